"""Tagger rules of session 23, from the eighteenth probe of public resumes.

* "deployed and maintained several … workflows using Argo" and "Deployed several distributed pipelines using
  Kubeflow" are production pipelines (taxonomy P02: pipelines that run in production, orchestrated);
  ``t23_workflows_run_on_argo`` and ``t23_pipelines_deployed_on_orchestrator`` (a deploy verb needs the
  pipelines between it and the orchestrator: "Deployed the ranking model … on Kubeflow" is serving, and
  "Deploy: Docker, Kubernetes, Kubeflow" a tool list). A bracket ends the reach of ``orchestrator_action``
  ("Kubernetes (deploying services, not cluster admin), Airflow"). "Argo CD" is continuous delivery, no
  workflow engine.
* An application deployed with a model server among its parts ("Deployed a Docker Compose application
  integrating Django, MySQL, and TorchServe APIs to an AWS EC2 instance") is serving (rubric §2: a model
  served behind an API); ``t23_deployed_an_app_with_a_model_server`` (probe 19) needs the server's APIs,
  endpoints or inference after its name, so "Triton Digital", "Triton kernels" and a blog post comparing
  BentoML and Seldon are no serving (a review).
* "Built large-scale AutoML pipelines" and "Built an internal AutoML platform" are engineered systems, not the
  low-code notebook work of using an AutoML product (taxonomy §3); ``t23_excl_automl_system_built`` and
  ``t23_excl_automl_platform_built``. A low-code tool's AutoML pipeline ("Developed DataRobot AutoML
  pipelines", "Created an AutoML pipeline in Azure ML designer") stays notebook-level work.

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, recorded


@pytest.mark.parametrize(
    ("line", "pipeline"),
    [
        (
            "Implemented, deployed and maintained several high-performing, scalable and distributed "
            "workflows "
            "using Argo and Kubernetes to different business needs.",
            "maintained several high-performing, scalable and distributed workflows using Argo",
        ),
        (
            "Deployed several distributed pipelines using Kubeflow.",
            "Deployed several distributed pipelines using Kubeflow",
        ),
        ("Deployed the nightly scoring DAGs on Dagster.", "Deployed the nightly scoring DAGs on Dagster"),
    ],
)
def test_workflows_deployed_on_an_orchestrator_are_production_pipelines(nlp, line, pipeline):
    assert ("PROD.PIPELINE", pipeline, "asserted") in evidence(nlp, line)


def test_argo_the_company_is_no_orchestrator(nlp):
    assert not any(
        label == "PROD.PIPELINE" for label, _, _ in recorded(nlp, "Developed perception models at Argo AI.")
    )


def test_an_automl_system_built_is_no_low_code_work(nlp):
    line = "Built large-scale AutoML pipelines for time series forecasting using PySpark and Kubernetes."
    assert not any(label == "NB.LOWCODE" for label, _, _ in recorded(nlp, line))
    assert not any(
        label == "NB.LOWCODE" for label, _, _ in recorded(nlp, "Built an internal AutoML platform.")
    )
    # using an AutoML product stays low-code, notebook-level work (taxonomy §3), also when the line says
    # "built … AutoML pipeline" of a low-code tool (a review)
    for used, span in (
        ("Trained churn models on the Google AutoML platform.", "AutoML"),
        ("Used AutoML to build a baseline.", "AutoML"),
        ("Created an AutoML pipeline in Azure ML designer with drag-and-drop modules.", None),
        ("Developed DataRobot AutoML pipelines for the weekly churn report.", "DataRobot AutoML"),
        ("Built a PyCaret AutoML pipeline comparing 15 classifiers.", "PyCaret AutoML"),
    ):
        found = [text for label, text, _ in evidence(nlp, used) if label == "NB.LOWCODE"]
        assert found and (span is None or span in found)


def test_an_app_deployed_with_a_model_server_is_serving(nlp):
    line = (
        "Deployed a Docker Compose application integrating Django, MySQL, and TorchServe APIs to an AWS EC2 "
        "instance"
    )
    span = "Deployed a Docker Compose application integrating Django, MySQL, and TorchServe APIs"
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, line)
    # planned or learning is no serving done
    learning = evidence(nlp, "I have deployed apps before; I want to learn TorchServe.")
    assert learning == {("PROD.SERVING", "TorchServe", "learning")}
    assert ("PROD.SERVING", "deploy the recommender with BentoML", "hypothetical") in recorded(
        nlp, "Planned to deploy the recommender with BentoML next quarter."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Launched the spring campaign for Triton Digital across three podcast networks.",
        "Shipped a blog post comparing BentoML, KServe and Seldon for my newsletter.",
        "Deployed a Next.js app and explored BentoML in a Udemy course.",
        "Deployed custom Triton kernels for attention.",
    ],
)
def test_a_model_server_named_beside_other_work_is_no_serving(nlp, line):
    assert not any(rule == "PROD.SERVING" for rule, _, _ in recorded(nlp, line))


def test_a_tool_list_labelled_deploy_is_no_pipeline(nlp):
    assert not any(
        label.startswith("PROD.") for label, _, _ in recorded(nlp, "Deploy: Docker, Kubernetes, Kubeflow")
    )


def test_argo_cd_is_no_workflow_engine(nlp):
    line = "Deployed release jobs using Argo CD for the web team."
    assert not any(label == "PROD.PIPELINE" for label, _, _ in recorded(nlp, line))
