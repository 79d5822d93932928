"""Tagger rules of session 23, from the eighteenth probe of public resumes.

* "deployed and maintained several … workflows using Argo" and "Deployed several distributed pipelines using
  Kubeflow" are production pipelines (taxonomy P02: pipelines that run in production, orchestrated);
  ``t23_workflows_run_on_argo``, and "deploy" among the verbs of ``orchestrator_action``. A closing bracket
  ends the reach of those verbs ("Kubernetes (deploying services, not cluster admin), Airflow").
* An application deployed with a model server among its parts ("Deployed a Docker Compose application
  integrating Django, MySQL, and TorchServe APIs to an AWS EC2 instance") is serving (rubric §2: a model
  served behind an API); ``t23_deployed_an_app_with_a_model_server`` (probe 19).
* "Built large-scale AutoML pipelines" is an engineered system, not the low-code notebook work of using an
  AutoML product (taxonomy §3); ``t23_excl_automl_system_built``.

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
    # using an AutoML product stays low-code, notebook-level work (taxonomy §3)
    for used in ("Trained churn models on the Google AutoML platform.", "Used AutoML to build a baseline."):
        assert ("NB.LOWCODE", "AutoML", "asserted") in evidence(nlp, used)


def test_an_app_deployed_with_a_model_server_is_serving(nlp):
    line = (
        "Deployed a Docker Compose application integrating Django, MySQL, and TorchServe APIs to an AWS EC2 "
        "instance"
    )
    span = "Deployed a Docker Compose application integrating Django, MySQL, and TorchServe"
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, line)
    # planned or learning is no serving done
    learning = evidence(nlp, "I have deployed apps before; I want to learn TorchServe.")
    assert learning == {("PROD.SERVING", "TorchServe", "learning")}
    assert ("PROD.SERVING", "deploy the recommender with BentoML", "hypothetical") in recorded(
        nlp, "Planned to deploy the recommender with BentoML next quarter."
    )
