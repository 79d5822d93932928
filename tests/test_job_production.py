"""Rubric §3: a claim is ``inflated`` only when all of its evidence is N-level.

A claim whose scope holds a concrete production action done in a job (not a project, not a bare tool, not
a figure alone, not a weak signal, not a data pipeline) has P evidence, so it is ``supported`` or
``unclear`` whatever the model leans (``resume_lens.assess.concrete_job_production``). The thirteenth real
probe had a headline "Full-Stack & AI Engineer" whose job said "Deployed ML models via FastAPI handling
500+ RPS at 150ms latency" called ``inflated`` at p 0.56 because a dozen Kaggle and demo lines sat beside it.
"""

from __future__ import annotations

import pytest

from resume_lens.assess import concrete_job_production, decide_verdict
from resume_lens.evidence import EvidenceSpan
from resume_lens.screener import Screener


def _span(label: str, category: str, section: str = "experience", polarity: str = "asserted") -> EvidenceSpan:
    position = 0 if section == "experience" else None
    return EvidenceSpan(label, category, "x", 0, 10, section, position, "r", polarity, 0, 10)


JOB_SERVING = _span("PROD.SERVING", "production")
JOB_MONITORING = _span("PROD.MONITORING", "production")
PROJECT_SERVING = _span("PROD.SERVING", "production", section="projects")
DEMO_SERVING = _span("PROD.SERVING", "production", polarity="demo")
VAGUE_SERVING = _span("PROD.SERVING", "production", polarity="vague")
LATENCY = _span("MEAS.LATENCY", "production")  # a figure alone
INFER_OPT = _span("PROD.INFER_OPT", "production")  # "inference 30% faster": clarification 3
ETL = _span("PROD.DATA_ENG", "production")  # taxonomy P05: only when it feeds models
DOCKER = _span("TOOL.INFRA", "tool")
NOTEBOOK = _span("NB.OFFLINE_METRIC", "notebook")


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([JOB_SERVING, NOTEBOOK, NOTEBOOK], [JOB_SERVING]),
        ([JOB_MONITORING, PROJECT_SERVING], [JOB_MONITORING]),
        ([PROJECT_SERVING, NOTEBOOK], []),
        ([DEMO_SERVING, VAGUE_SERVING], []),
        ([LATENCY, INFER_OPT, ETL, DOCKER], []),
        ([], []),
    ],
)
def test_concrete_job_production(spans, expected):
    assert concrete_job_production(spans) == expected


LEANS_INFLATED = {"inflated": 0.56, "supported": 0.25, "unclear": 0.19}
LEANS_INFLATED_UNSURE = {"inflated": 0.60, "supported": 0.10, "unclear": 0.30}


def test_a_job_with_concrete_production_is_never_inflated():
    assert decide_verdict(LEANS_INFLATED, lines_in_scope=12, has_production=True) == "inflated"
    # then the more probable of supported and unclear
    assert decide_verdict(LEANS_INFLATED, lines_in_scope=12, has_production=True, job_production=True) == (
        "supported"
    )
    assert (
        decide_verdict(LEANS_INFLATED_UNSURE, lines_in_scope=12, has_production=True, job_production=True)
        == "unclear"
    )


HEADLINE_WITH_ONE_JOB = """Sam Okafor
Machine Learning Engineer

Experience
Machine Learning Engineer | Northwind Logistics | Jun 2024 - Present
- Deployed the delivery-time model behind a FastAPI service on AWS ECS.
- Engineered features from courier GPS pings.

Projects
Kaggle: Santander Transaction Prediction
- Benchmarked LightGBM, XGBoost and Naive Bayes; tuned hyperparameters for AUC-ROC.
- Applied feature engineering and handled class imbalance with SMOTE.
House Prices
- Trained gradient boosting in a Jupyter notebook and reached an RMSE of 0.12 on the validation set.
- Performed exploratory data analysis and visualised correlations with seaborn.
Sentiment Notebook
- Fine-tuned a BERT model on IMDB reviews in Colab, reaching 93% accuracy on the test set.
- Compared logistic regression, SVM and random forest baselines.
"""


def test_a_headline_backed_by_one_deploying_job_says_why_it_is_not_inflated():
    assessment = Screener().assess_text(HEADLINE_WITH_ONE_JOB)
    headline = next(c for c in assessment.claims if c.source == "headline")
    # rubric §3: one concrete P signal (a model behind a named service) makes it supported, or unclear
    # when a reader weighs the notebooks against it; never inflated
    assert headline.verdict in ("supported", "unclear")
    assert headline.p_inflated >= 0.5  # the model leans inflated on the notebook lines ...
    # ... and the reason says why the verdict is not
    assert any("a job shows concrete production work (serving)" in r for r in headline.reasons)
    job_spans = [
        e for e in headline.evidence if e["section"] == "experience" and e["label"] == "PROD.SERVING"
    ]
    assert [e["text"] for e in job_spans] and all(e["polarity"] == "asserted" for e in job_spans)
