"""Rubric §3: a claim whose only production wording is vague is ``unclear``, never supported or inflated."""

from __future__ import annotations

import pytest

from resume_lens.assess import decide_verdict, has_only_vague_production
from resume_lens.evidence import EvidenceSpan
from resume_lens.screener import Screener


def _span(label: str, category: str, polarity: str) -> EvidenceSpan:
    return EvidenceSpan(label, category, "x", 0, 10, "experience", 0, "r", polarity, 0, 10)


VAGUE_DEPLOY = _span("PROD.SERVING", "production", "vague")
SERVING = _span("PROD.SERVING", "production", "asserted")
DATA_VOLUME = _span("MEAS.DATA_VOLUME", "production", "asserted")
VAGUE_TOOL = _span("TOOL.MLOPS", "tool", "vague")
EDA = _span("NB.EDA", "notebook", "asserted")


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([VAGUE_DEPLOY, EDA], True),  # "developed and deployed ML models" + EDA
        ([VAGUE_DEPLOY, DATA_VOLUME, EDA], True),  # a figure ("30M records") is not a production action
        ([VAGUE_DEPLOY, SERVING], False),  # a concrete P signal beside it: the model judges
        ([VAGUE_TOOL, EDA], False),  # a vague tool name ("MLOps best practices") is not an action
        ([EDA], False),  # nothing vague: N-level work, the model judges (inflated)
        ([], False),
    ],
)
def test_has_only_vague_production(spans, expected):
    assert has_only_vague_production(spans) is expected


@pytest.mark.parametrize(
    "probabilities",
    [
        {"inflated": 0.8, "supported": 0.1, "unclear": 0.1},
        {"inflated": 0.1, "supported": 0.8, "unclear": 0.1},
    ],
)
def test_vague_only_is_unclear_whatever_the_probabilities(probabilities):
    assert decide_verdict(probabilities, lines_in_scope=5, has_production=True) != "unclear"
    assert (
        decide_verdict(probabilities, lines_in_scope=5, has_production=True, vague_production_only=True)
        == "unclear"
    )


RESUME = """Machine Learning Engineer

EXPERIENCE
Machine Learning Engineer — Northwind Telecom
Jan 2021 – Present
- Developed and deployed ML models for customer analytics.
- Performed EDA on 30M subscriber records to find churn drivers.
- Built churn models with XGBoost and random forest, compared by AUC in Jupyter.
- Prepared Power BI dashboards on churn drivers for the marketing department.
"""


def test_a_bare_deployment_claim_end_to_end():
    assessment = Screener().assess_text(RESUME)
    claim = assessment.claims[0]
    assert claim.verdict == "unclear"
    assert any("vague" in reason and "rubric §3" in reason for reason in claim.reasons)
    assert assessment.verdict == "unclear"


def test_a_concrete_signal_beside_the_vague_one_is_judged_by_the_model():
    text = RESUME.replace(
        "- Prepared Power BI",
        "- Served the churn model behind a FastAPI endpoint on Kubernetes at 300 requests per second.\n"
        "- Prepared Power BI",
    )
    claim = Screener().assess_text(text).claims[0]
    assert not any("vague" in reason and "rubric §3" in reason for reason in claim.reasons)
