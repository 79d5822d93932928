"""Keyword stuffing is measured, and never moves a verdict (rubric §2: a skills list is not evidence)."""

from __future__ import annotations

import json

import pytest

from resume_lens import Screener

NOTEBOOK_ONLY = """Ana Lima
Machine Learning Engineer

SUMMARY
Machine learning engineer who turns data into insight.

EXPERIENCE
Machine Learning Engineer, Example Retail, Jan 2022 - Present
- Performed exploratory data analysis on sales data in Jupyter notebooks.
- Trained a gradient boosting model that reached 88% accuracy on the test set.
- Built Tableau dashboards and presented findings to the marketing team.
- Used Docker to run notebooks locally.
"""

MLOPS_TOOLS = (
    "Docker, Kubernetes, Helm, Terraform, MLflow, Kubeflow, Airflow, Argo Workflows, Prefect, Dagster, "
    "SageMaker, Vertex AI, Azure ML, BentoML, KServe, Seldon Core, TorchServe, Triton Inference Server, "
    "Ray Serve, TensorFlow Serving, Feast, Tecton, Great Expectations, Evidently AI, WhyLabs, Prometheus, "
    "Grafana, Datadog, Jenkins, GitHub Actions, GitLab CI, Argo CD, DVC, Weights & Biases, Neptune.ai, "
    "ONNX Runtime, TensorRT, vLLM, Spark, Kafka"
)


@pytest.fixture(scope="module")
def screener():
    return Screener()


def test_stuffed_skills_list_is_flagged_and_does_not_change_the_verdict(screener):
    plain = screener.assess_text(NOTEBOOK_ONLY)
    stuffed = screener.assess_text(NOTEBOOK_ONLY + "\nSKILLS\n" + MLOPS_TOOLS + "\n")
    assert plain.verdict == "inflated"
    assert stuffed.verdict == "inflated"
    assert stuffed.p_inflated == pytest.approx(plain.p_inflated, abs=1e-12)
    signal = stuffed.keyword_stuffing
    assert signal["flagged"] is True
    assert "docker" in signal["listed"] and "docker" not in signal["unused"]  # used in a bullet
    assert "kubeflow" in signal["unused"]
    assert len(signal["unused"]) >= 20
    assert any("never used in any bullet" in w for w in stuffed.warnings)
    assert plain.keyword_stuffing["flagged"] is False


def test_production_buzzwords_in_the_summary_do_not_make_a_claim_supported(screener):
    buzz = NOTEBOOK_ONLY.replace(
        "Machine learning engineer who turns data into insight.",
        "Machine learning engineer building production-ready, scalable, end-to-end ML systems.",
    )
    assessment = screener.assess_text(buzz)
    assert assessment.verdict != "supported"


def test_same_text_twice_gives_byte_identical_json(screener):
    first = json.dumps(screener.assess_text(NOTEBOOK_ONLY, file="cv.txt").to_dict(), sort_keys=True)
    second = json.dumps(screener.assess_text(NOTEBOOK_ONLY, file="cv.txt").to_dict(), sort_keys=True)
    assert first == second
