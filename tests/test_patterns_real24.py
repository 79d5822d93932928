"""Tagger rules of session 24, from the twentieth and twenty-first probes of public resumes.

* "Engineered automated retraining and drift-detection pipelines" monitors a model for drift (taxonomy P07,
  ``drift_alerts``): a hyphen between "drift" and its noun, or between "data" and "drift", joins them as a
  space does.
* Research is N-level work (rubric §3: "experiments, training runs, analysis, research, coursework") of the
  research-role kind (taxonomy R03): "Leading research on autoformalization …", "Carried out research on
  Local Surrogate Interpretability", "working on Artificial Intelligence/ML research" (``RES.ROLE``:
  ``t24_research_activity_verb``, ``t24_research_activity_carried_out``, ``t24_worked_on_topic_research``).
  Market, user, customer, pricing or literature research is no ML research (also after "research on":
  ``t24_excl_business_research``), and neither a research team nor a research data platform is the work
  (``t24_excl_research_platform``).

* A pipeline built for a model's training through its deployment is a production ML pipeline (taxonomy
  P02), even when it starts from the data: "Built the full pipeline for data processing, model training, and
  deployment of nutritional factors" (``t24_pipeline_through_deployment``; it was read as a data pipeline
  alone, which counts only beside a model in production). A data pipeline whose deployment is of dashboards
  names no model and stays a data pipeline; a process workflow and a notebook run are no pipeline (a review).

* Figures (probe 21 and 20): "$1.5M in annual savings" is a cost saved (``t24_money_in_savings``); "across 300
  patients and 680 images" and "data from 300 patients" are a study's cohort, not 300 users
  (``t24_excl_patients_and_images``, ``t24_excl_patient_cohort``; "used across 25,000 patients" stays users);
  "$2B in savings balances" is a bank's money (``t24_excl_savings_balances``); "Grad-CAM
  explanations that generated per-image heatmap overlays" returns no explanation per decision (the
  governance rule ``x_explanations_returned`` no longer ends at "per"; ``t24_explanations_per_decision``
  needs the decision, request or prediction after it).

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Engineered automated retraining and drift-detection pipelines.", "drift-detection"),
        ("Built data-drift alerts for the churn model.", "data-drift alerts for the churn model"),
        ("Added concept drift-monitoring to the scoring service.", "concept drift-monitoring"),
        ("Set up drift detection for the fraud model.", "drift detection"),
    ],
)
def test_a_hyphen_joins_drift_and_its_noun(nlp, line, span):
    assert ("PROD.MONITORING", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "Leading research on autoformalization pipeline for interactive theorem proving using LEAN4.",
            "Leading research on",
        ),
        ("Conducted applied research into graph neural networks.", "Conducted applied research into"),
        ("Led research projects on speech enhancement.", "Led research projects"),
        (
            "Carried out research on understanding Local Surrogate Interpretability.",
            "Carried out research on",
        ),
        (
            "Researching and working on Artificial Intelligence/ML research, solving real-world problems.",
            "working on Artificial Intelligence/ML research",
        ),
        ("Worked on NLP research with the applied science group.", "Worked on NLP research"),
    ],
)
def test_research_work_is_research(nlp, line, span):
    assert ("RES.ROLE", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Conducted market research on competitor pricing.",
        "Worked on user research for the checkout flow.",
        "Worked with the research team on data pipelines.",
        "Working on the research team's data platform.",
        "Led customer research interviews for the onboarding redesign.",
        "Performed literature research on survey methods.",
        # a review: business research after "research on", and research as a platform's or a model's name
        "Conducted research on customer satisfaction for the marketing team.",
        "Worked on pricing research for three product lines.",
        "Led research into competitor store layouts.",
        "Worked on deployment of research models to production behind FastAPI on EKS.",
        "Working on Research Data Platform migration to Kubernetes.",
    ],
)
def test_other_research_is_no_research_signal(nlp, line):
    assert not {label for label in labels(nlp, line) if label.startswith("RES.")}


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "Built the full pipeline for data processing, model training, and deployment of nutritional "
            "factors for any given recipe",
            "Built the full pipeline for data processing, model training, and deployment",
        ),
        (
            "Designed the pipeline for model training, evaluation and deployment on SageMaker",
            "Designed the pipeline for model training, evaluation and deployment",
        ),
        ("Built pipelines for ML model serving.", "Built pipelines for ML model serving"),
    ],
)
def test_a_pipeline_through_a_models_deployment_is_an_ml_pipeline(nlp, line, span):
    assert ("PROD.PIPELINE", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        # a review: a process workflow and a notebook run are no production pipeline
        "Designed a workflow for reviewing model training and deployment requests in Jira",
        "Ran a pipeline for model training and inference on the MNIST dataset in Colab",
    ],
)
def test_a_workflow_or_a_notebook_run_is_no_ml_pipeline(nlp, line):
    assert "PROD.PIPELINE" not in labels(nlp, line)


def test_a_data_pipeline_deploying_dashboards_is_no_ml_pipeline(nlp):
    found = evidence(nlp, "Built a data pipeline for customer reports and deployment of dashboards")
    assert "PROD.PIPELINE" not in {label for label, _, _ in found}
    assert ("PROD.DATA_ENG", "Built a data pipeline", "asserted") in found


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "The transformation was applied to 35% of the fleet, resulting in $1.5M in annual savings.",
            "$1.5M in annual savings",
        ),
        ("Delivered $300K+ cost savings for the claims team.", "$300K+ cost savings"),
    ],
)
def test_money_in_savings_is_a_cost_saved(nlp, line, span):
    assert ("MEAS.COST", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        # a review: a bank's savings are no money saved
        "Analysed $2B in savings balances in Jupyter notebooks.",
        "Built Tableau dashboards reporting $40M in savings products at risk.",
    ],
)
def test_a_banks_savings_are_no_cost_saved(nlp, line):
    assert "MEAS.COST" not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        # a review: patients the model is used for are users, whatever the preposition
        ("Used across 25,000 patients in a regional clinic network.", "Used across 25,000 patients"),
        (
            "Supports care for over 40,000 patients at 3 hospitals.",
            "for over 40,000 patients at 3 hospitals",
        ),
    ],
)
def test_patients_served_are_users(nlp, line, span):
    assert ("MEAS.USERS", span, "asserted") in evidence(nlp, line)


def test_a_studys_patient_cohort_is_no_user_count(nlp):
    assert "MEAS.USERS" not in labels(nlp, "Trained on data from 300 patients.")
    line = (
        "Architected a PyTorch multimodal pipeline that fused ultrasound embeddings with an MLP over "
        "clinical variables using gated fusion across 300 patients and 680 images."
    )
    assert "MEAS.USERS" not in labels(nlp, line)
    served = evidence(nlp, "Deployed the triage model serving 300 patients a day at two hospitals.")
    assert ("MEAS.USERS", "300 patients a day at two hospitals", "asserted") in served


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "Returned SHAP explanations per scored transaction to every API response.",
            "SHAP explanations per scored transaction",
        ),
        ("Served explanations per user to the support dashboard in production.", "explanations per user"),
    ],
)
def test_explanations_per_transaction_or_user_are_governance(nlp, line, span):
    assert ("PROD.GOVERNANCE", span, "asserted") in evidence(nlp, line)


def test_explanations_per_image_are_no_explanations_per_decision(nlp):
    assert "PROD.GOVERNANCE" not in labels(
        nlp, "Built SHAP explanations per customer segment for the marketing deck."
    )
    line = "Built patient-level Grad-CAM explanations that generated per-image heatmap overlays."
    assert "PROD.GOVERNANCE" not in labels(nlp, line)
    served = evidence(nlp, "Served SHAP explanations per decision to loan officers.")
    assert ("PROD.GOVERNANCE", "SHAP explanations per decision", "asserted") in served
