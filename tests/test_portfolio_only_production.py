"""Rubric §2-§3: production evidence only in personal projects nobody uses is demo-grade work.

Rubric §2 lists "a demo app (Streamlit, Gradio, Flask) that only the author uses, or a free-tier or
personal-cloud deployment of a class project" among the notebook-level signals: "on its own it does not make
a position ``supported``". A headline claim whose every production and LLM-application action sits in the
projects section, with no figure of use (users, traffic, business effect), has no job and no user behind it
(``resume_lens.assess.has_portfolio_only_production``); with two or more lines of work it is ``inflated``
(§3: "all of it is N-level ... demos"), with fewer ``unclear``. Every such claim labelled so far was
``inflated``: four corpus resumes and three real ones of the ninth probe (a portfolio of "production-ready"
RAG case studies with p95 latency gates).
"""

from __future__ import annotations

import pytest

from resume_lens.assess import decide_verdict, has_portfolio_only_production
from resume_lens.evidence import EvidenceSpan
from resume_lens.screener import Screener
from resume_lens.structure import Claim


def _span(label: str, category: str, section: str = "projects", polarity: str = "asserted") -> EvidenceSpan:
    position = 0 if section == "experience" else None
    return EvidenceSpan(label, category, "x", 0, 10, section, position, "r", polarity, 0, 10)


HEADLINE = Claim("AI Engineer", "ai_engineer", "headline", None, 0, 11)
POSITION = Claim("AI Engineer", "ai_engineer", "position", 0, 0, 11)

SERVING = _span("PROD.SERVING", "production")
RAG = _span("LLM.RAG", "llm")
LATENCY = _span("MEAS.LATENCY", "production")
USERS = _span("MEAS.USERS", "production")  # "used by 300 students of the course"
TRAFFIC = _span("MEAS.THROUGHPUT", "production")
JOB_SERVING = _span("PROD.SERVING", "production", section="experience")
DOCKER = _span("TOOL.INFRA", "tool")
DEMO = _span("PROD.SERVING", "production", polarity="demo")


@pytest.mark.parametrize(
    ("claim", "spans", "expected"),
    [
        (HEADLINE, [SERVING], True),
        (HEADLINE, [SERVING, RAG, LATENCY, DOCKER], True),  # a latency gate is not use by anyone
        (HEADLINE, [RAG], True),
        (HEADLINE, [SERVING, USERS], False),  # someone uses it
        (HEADLINE, [SERVING, TRAFFIC], False),
        (HEADLINE, [SERVING, JOB_SERVING], False),  # a job backs the claim
        (HEADLINE, [JOB_SERVING], False),
        (HEADLINE, [DOCKER, DEMO], False),  # no asserted action: the other rules and the model judge it
        (HEADLINE, [], False),
        (POSITION, [SERVING], False),  # a position claim is judged on its own bullets
    ],
)
def test_has_portfolio_only_production(claim, spans, expected):
    assert has_portfolio_only_production(claim, spans) is expected


LEANS_SUPPORTED = {"inflated": 0.30, "supported": 0.50, "unclear": 0.20}


def test_portfolio_only_production_is_inflated_when_there_is_enough_to_judge():
    assert decide_verdict(LEANS_SUPPORTED, lines_in_scope=6, has_production=True) == "supported"
    assert (
        decide_verdict(LEANS_SUPPORTED, lines_in_scope=6, has_production=True, portfolio_only=True)
        == "inflated"
    )
    # 0-1 lines: too thin to judge (rubric §3)
    assert (
        decide_verdict(LEANS_SUPPORTED, lines_in_scope=1, has_production=True, portfolio_only=True)
        == "unclear"
    )
    # it never turns an uncontested-production rule into supported
    both = {"portfolio_only": True, "uncontested_production": True}
    assert decide_verdict(LEANS_SUPPORTED, lines_in_scope=3, has_production=True, **both) == "inflated"


PORTFOLIO = """Dana Reyes
AI Application Engineer (LLM + RAG)

Summary
AI Application Engineer shipping production-ready LLM features. Portfolio of case studies below.

Selected Projects
DocChat RAG
- Built an ingestion-to-answer pipeline for PDF documents with hybrid retrieval and citations.
- Added runtime guardrails and fallback answers to reduce unsupported answers.
- Containerized the API with Docker and a FastAPI service.

Release Gate Lab
- Built an evaluation harness that blocks low-quality releases before deployment.
- Set gate thresholds such as a p95 latency of 1900ms and a minimum faithfulness of 0.88.

Skills
Python, FastAPI, Docker, pgvector, LangChain
"""


def test_a_portfolio_of_case_studies_is_inflated_and_says_why():
    assessment = Screener().assess_text(PORTFOLIO)
    assert [(c.title, c.source) for c in assessment.claims] == [("AI Application Engineer", "headline")]
    claim = assessment.claims[0]
    assert {e["section"] for e in claim.evidence} == {"projects"}
    assert claim.verdict == "inflated"
    assert any("only in personal projects that nobody is said to use" in r for r in claim.reasons)


def test_the_same_projects_with_users_are_judged_by_the_model():
    text = PORTFOLIO.replace(
        "- Containerized the API with Docker and a FastAPI service.",
        "- Containerized the API with Docker; it now serves 2,000 daily users at a local library network.",
    )
    claim = Screener().assess_text(text).claims[0]
    assert not any("nobody is said to use" in r for r in claim.reasons)


# --- a model's speed is no figure of use (probe 16 of public resumes: a portfolio "sustaining 50 tokens/sec")


@pytest.mark.parametrize(
    ("line", "nobody_uses_it"),
    [
        ("- Served a quantized Llama-3 with vLLM, sustaining 50 tokens/sec on one GPU.", True),
        # images per minute at a named place are traffic, not a benchmark (a review)
        ("- Processes 300 images per minute from the garage cameras of the city.", False),
        ("- The API handles 2M tokens per day for the library network.", False),  # tokens a day are traffic
        ("- The API answers 40 requests per second at peak.", False),
    ],
)
def test_a_speed_figure_is_not_use_by_anyone(line, nobody_uses_it):
    text = PORTFOLIO.replace("- Containerized the API with Docker and a FastAPI service.", line)
    claim = Screener().assess_text(text).claims[0]
    (figure,) = [e["figure"] for e in claim.evidence if e["label"] == "MEAS.THROUGHPUT"]
    assert figure["kind"] == "throughput"
    assert any("nobody is said to use" in r for r in claim.reasons) is nobody_uses_it
