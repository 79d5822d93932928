"""Rule fixes of session 22, from the sixteenth and seventeenth probes of public resumes (36 real resumes
each, labels frozen before the tool ran).

* An ML pipeline whose outcome is an offline metric ("Optimized ML pipeline linking 3D facial geometry and
  DNA, achieving 0.73 AUROC") is the modelling sense of "pipeline": taxonomy P02 lists scikit-learn
  ``Pipeline`` objects as weak, and "pipeline" without an orchestrator is no ``PROD.PIPELINE``
  (``t22_excl_pipeline_reaching_offline_metric``). An orchestrator, a schedule, a production word or a
  figure of use in the line keeps the pipeline.
* A product "now serving Microsoft, AT&T, and other Fortune 500 clients" is used by named clients, and a
  model "now shipping in the company's smart speaker" is shipped inside a product (rubric §2, deployment or
  serving: "shipped inside a product … or used by named users/clients"; ``t22_now_serving_named_clients``,
  ``t22_now_shipping_in_a_product``). "now" or "currently" marks the product as live; a person "currently
  serving customers" is no such use.

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, recorded

from resume_lens.segment import segment

# --- an ML pipeline that reaches an offline metric is modelling work ----------------------------------------


@pytest.mark.parametrize(
    ("line", "metric"),
    [
        (
            "Optimized ML pipeline linking 3D facial geometry and DNA, achieving 0.73 AUROC",
            "achieving 0.73 AUROC",
        ),
        ("Built an end-to-end ML pipeline for churn prediction achieving 0.91 AUC", "achieving 0.91 AUC"),
        ("Built a training pipeline in scikit-learn reaching 92% accuracy", "reaching 92% accuracy"),
    ],
)
def test_a_pipeline_reaching_an_offline_metric_is_no_production_pipeline(nlp, line, metric):
    assert evidence(nlp, line) == {("NB.OFFLINE_METRIC", metric, "asserted")}


@pytest.mark.parametrize(
    ("line", "pipeline"),
    [
        # production in the line
        (
            "Built the feature pipeline feeding the fraud model in production, achieving 0.91 AUC",
            "Built the feature pipeline",
        ),
        # an orchestrator and a schedule
        (
            "Built an Airflow training pipeline that retrains weekly, reaching 0.91 AUC",
            "Built an Airflow training pipeline",
        ),
        # a managed ML platform
        ("Built ML pipelines on SageMaker achieving 0.9 AUC", "Built ML pipelines"),
        # a figure of scale
        ("Built an ML pipeline processing 2TB of data per day, reaching 0.88 F1", "Built an ML pipeline"),
    ],
)
def test_a_pipeline_with_production_in_its_line_stays(nlp, line, pipeline):
    assert ("PROD.PIPELINE", pipeline, "asserted") in evidence(nlp, line)


# --- "Flyte Bot" is a product, not the Flyte orchestrator (probe 17) ---------------------------------------


def test_a_product_named_flyte_is_no_pipeline(nlp):
    line = "Developed Flyte Bot, a conversational interface using Langchain, OpenAI, Gemini, and more."
    assert not {s for s in recorded(nlp, line) if s[0] in ("PROD.PIPELINE", "TOOL.PIPELINE")}


@pytest.mark.parametrize(
    ("line", "pipeline"),
    [
        ("Developed Flyte Workflows for the ranking model", "Developed Flyte Workflows"),
        ("Migrated our training jobs from cron to Flyte.", "Migrated our training jobs from cron to Flyte"),
    ],
)
def test_the_flyte_orchestrator_stays(nlp, line, pipeline):
    assert ("PROD.PIPELINE", pipeline, "asserted") in evidence(nlp, line)


# --- a labelled tool list under a bullet is no wrapped tail of it (probe 17) --------------------------------

TOOL_LIST_UNDER_BULLET = """Experience

AI Engineer | VisionCore | 2024 - 2024
- Built low-latency TFLite/ONNX models for Jetson & Raspberry Pi
- Implemented robust deployment pipelines for edge AI devices
Technologies: Python, PyTorch, TensorFlow, ONNX, TFLite, YOLOv8, OpenCV, Quantization, LoRA, PEFT
"""


def test_a_tool_list_line_is_not_joined_to_the_bullet_above():
    structure = segment(TOOL_LIST_UNDER_BULLET)
    (bullet,) = [ln for ln in structure.lines if ln.text.startswith("Implemented")]
    assert bullet.text == "Implemented robust deployment pipelines for edge AI devices"
    (tools,) = [ln for ln in structure.lines if ln.text.startswith("Technologies")]
    assert tools.section == "skills"  # a skills list under the job: recorded, never evidence


# --- a product in use by named clients, a model shipping inside a product (probe 17, a review of probe 15) --


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "Led Adobe GenStudio for Performance Marketing — now serving Microsoft, AT&T, and other "
            "Fortune 500 clients.",
            "now serving Microsoft, AT&T, and other Fortune 500 clients",
        ),
        ("The recommender is now used by 40 publishers across Europe.", "now used by 40 publishers"),
        (
            "Trained speech recognition models now shipping in the company's smart speaker.",
            "now shipping in the company's smart speaker",
        ),
        ("Now running in the Android app for 2M users", "Now running in the Android app"),
    ],
)
def test_a_live_product_in_use_is_serving(nlp, line, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Currently serving customers as a part-time barista.",
        "Now serving as the team's scrum master for two product squads.",
        # a review: a volunteer role, and a demo on the author's own site
        "Currently serving as a volunteer coding mentor for two local schools",
        "The recommender is currently running on my personal website",
    ],
)
def test_a_person_serving_people_is_no_serving(nlp, line):
    assert not {s for s in recorded(nlp, line) if s[0] == "PROD.SERVING"}


def test_a_platform_the_candidate_joined_is_not_their_serving(nlp):
    # "trusted by" customers is the platform's reputation, not the candidate's work (a review)
    line = "Joined the data team of a platform now trusted by hundreds of enterprise customers"
    assert not {s for s in recorded(nlp, line) if s[0] == "PROD.SERVING"}


# --- training given to staff is no model opened to them (the corpus's web-only AI/ML engineer, j_011) -------


@pytest.mark.parametrize(
    "line",
    [
        "Give training to client staff how to update their website content.",
        "Gave workshops to the support staff on the new CRM.",
    ],
)
def test_training_given_to_staff_is_no_serving(nlp, line):
    assert not {s for s in recorded(nlp, line) if s[0] == "PROD.SERVING"}


def test_a_model_opened_to_staff_is_still_serving(nlp):
    line = "Opened the triage model to all clinic staff in March."
    assert ("PROD.SERVING", "Opened the triage model to all clinic staff", "asserted") in evidence(nlp, line)


def test_a_lower_case_tool_list_tail_stays_on_its_bullet():
    # "...onto the company's serving\nstack: SageMaker endpoints, ..." is one wrapped bullet (a review)
    text = TOOL_LIST_UNDER_BULLET.replace(
        "- Implemented robust deployment pipelines for edge AI devices\n",
        "- Moved the detector onto the company's serving\nstack: SageMaker endpoints, Airflow, Evidently\n",
    )
    structure = segment(text)
    (bullet,) = [ln for ln in structure.lines if ln.text.startswith("Moved")]
    assert bullet.text.endswith("stack: SageMaker endpoints, Airflow, Evidently")
    assert bullet.section == "experience"


def test_a_department_line_engineering_systems_is_no_projects_heading():
    # only a modifier ("Featured", "Selected") or "I've built" makes "Systems" a projects heading (a review)
    text = """Experience

Senior Machine Learning Engineer | Acme Corp | 2020 - Present
Engineering Systems
- Deployed the ranking model to production on Kubernetes, serving 4k QPS at p99 40 ms.
- Built the Airflow retraining pipeline and the drift monitoring dashboards.
"""
    structure = segment(text)
    assert [s.name for s in structure.sections] == ["experience"]
    bullets = [b.text[:12] for b in structure.positions[0].bullets]
    assert bullets[-2:] == ["Deployed the", "Built the Ai"]
