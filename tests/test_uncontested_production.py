"""Rubric §3: one concrete production signal with nothing against it makes a claim ``supported``.

The rubric asks for "at least one concrete P signal tied to the work of that position" and keeps ``unclear``
for text too thin to judge or evidence that conflicts "so that a careful reader could go either way". When
the claim model leans ``unclear`` on a scope whose production evidence is concrete and uncontested (no
notebook-level work, no vague, hedged, attributed, demo, hypothetical, negated or learning mention, and no
offline speed-up, ML test coverage, training compute or governance as its only signal: none is a P signal of
rubric §2, and clarification 3 calls a speed-up weak), the verdict is ``supported``
(``resume_lens.assess.has_uncontested_production``). Real resumes labelled by the rubric showed the case:
three of forty on a fifth probe set and one of forty on a sixth (held out when the rule was written).

"Starting to work on the deployment ..." is work not yet done: hypothetical
(``t14_hyp_starting_to_work_on``), so a new graduate's first week does not count as production.
"""

from __future__ import annotations

import pytest
from line_evidence import recorded

from resume_lens.assess import decide_verdict, has_uncontested_production
from resume_lens.evidence import EvidenceSpan
from resume_lens.screener import Screener
from resume_lens.structure import Line
from resume_lens.tagging import get_pipeline, tag_lines


def _span(label: str, category: str, polarity: str = "asserted") -> EvidenceSpan:
    return EvidenceSpan(label, category, "x", 0, 10, "experience", 0, "r", polarity, 0, 10)


SERVING = _span("PROD.SERVING", "production")
MONITORING = _span("PROD.MONITORING", "production")
LATENCY = _span("MEAS.LATENCY", "production")
SPEED_UP = _span("PROD.INFER_OPT", "production")
TEST_COVERAGE = _span("PROD.QUALITY", "production")  # "raised unit-test coverage of the inference API to 85%"
TRAINING_COMPUTE = _span("PROD.DIST_TRAIN", "production")  # "trained on 64 A100s with FSDP"
GOVERNANCE = _span("PROD.GOVERNANCE", "production")
DATA_PIPELINE = _span(
    "PROD.DATA_ENG", "production"
)  # "Automated data pipelines for large-scale web crawling"
REGISTRY = _span(
    "PROD.TRACKING", "production"
)  # "Registered and versioned the models in the MLflow Model Registry"
INFRA_TOOL = _span("TOOL.INFRA", "tool")
EDA = _span("NB.EDA", "notebook")
DEMO = _span("NB.DEMO_DEPLOY", "notebook")
ATTRIBUTED = _span("PROD.SERVING", "production", "attributed")
HYPOTHETICAL = _span("PROD.PIPELINE", "production", "hypothetical")
VAGUE_TOOL = _span("TOOL.MLOPS", "tool", "vague")  # "responsible for MLOps processes"


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([SERVING], True),
        ([SERVING, MONITORING, LATENCY], True),
        ([SERVING, INFRA_TOOL], True),  # a tool named in the same bullet does not pull against it
        ([SERVING, EDA], False),  # notebook-level work beside it: P and N conflict, the model judges
        ([SERVING, DEMO], False),
        ([SERVING, ATTRIBUTED], False),  # "helped the team that deployed ..."
        ([SERVING, HYPOTHETICAL], False),
        ([SERVING, VAGUE_TOOL], False),
        ([SPEED_UP], False),  # an offline speed-up alone is a weak signal (clarification 3)
        # no P signal of rubric §2 on their own (the claim model still weighs them)
        ([TEST_COVERAGE], False),
        ([TRAINING_COMPUTE], False),
        ([GOVERNANCE], False),
        # a data pipeline counts only when it feeds models (taxonomy P05): alone, it is no concrete P signal
        # (real resumes probe 21: a crawling pipeline); a model registry or versioning is one (rubric §2)
        ([DATA_PIPELINE], False),
        ([DATA_PIPELINE, SERVING], True),
        ([REGISTRY], True),
        ([DATA_PIPELINE, REGISTRY], True),
        ([TEST_COVERAGE, MONITORING], True),  # with a rubric §2 signal beside them, nothing contests it
        ([LATENCY], False),  # a figure alone is not an action
        ([INFRA_TOOL], False),
        ([], False),
    ],
)
def test_has_uncontested_production(spans, expected):
    assert has_uncontested_production(spans) is expected


LEANS_UNCLEAR = {"inflated": 0.05, "supported": 0.40, "unclear": 0.55}
LEANS_INFLATED = {"inflated": 0.70, "supported": 0.20, "unclear": 0.10}


def test_uncontested_production_turns_unclear_into_supported_only():
    assert decide_verdict(LEANS_UNCLEAR, lines_in_scope=3, has_production=True) == "unclear"
    assert (
        decide_verdict(LEANS_UNCLEAR, lines_in_scope=3, has_production=True, uncontested_production=True)
        == "supported"
    )
    # it never overrides the model's inflated call, nor the rubric's vague-only rule
    assert (
        decide_verdict(LEANS_INFLATED, lines_in_scope=3, has_production=True, uncontested_production=True)
        == "inflated"
    )
    # a scope of one line is too thin to force (rubric §3: "a title with 0-1 bullets"): the model decides
    assert (
        decide_verdict(LEANS_UNCLEAR, lines_in_scope=1, has_production=True, uncontested_production=True)
        == "unclear"
    )
    assert (
        decide_verdict(LEANS_UNCLEAR, lines_in_scope=2, has_production=True, uncontested_production=True)
        == "supported"
    )
    both = {"uncontested_production": True, "vague_production_only": True}
    assert decide_verdict(LEANS_UNCLEAR, lines_in_scope=3, has_production=True, **both) == "unclear"


RESUME = """Machine Learning Engineer

EXPERIENCE
Machine Learning Engineer — Harbour Payments
Mar 2022 – Present
- Deployed the fraud-scoring model behind a REST endpoint that the checkout service calls.
- Wrote onboarding documentation for new team members.
- Took part in weekly planning meetings with product managers.

Software Engineer — Harbour Payments
Jun 2019 – Feb 2022
- Built internal admin pages in React and TypeScript.
- Maintained the billing service written in Java.

SKILLS
Python, SQL, Java, React
"""


def test_a_position_with_one_concrete_deployment_is_supported_and_says_why():
    assessment = Screener().assess_text(RESUME)
    position = next(c for c in assessment.claims if c.source == "position")
    assert [(e["label"], e["polarity"]) for e in position.evidence] == [("PROD.SERVING", "asserted")]
    # the shipped model leans unclear on one production bullet beside two bullets of other work
    assert position.probabilities["unclear"] > position.probabilities["supported"]
    assert position.verdict == "supported"
    assert any("nothing there pulls against it: supported (rubric §3)" in r for r in position.reasons)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Onboarding; starting to work on the deployment of the churn model to AWS with the team.",
            "deployment of the churn model",
        ),
        (
            "About to help with the rollout of the ranking model to all regions.",
            "rollout of the ranking model",
        ),
    ],
)
def test_work_about_to_start_is_hypothetical(text, span):
    assert ("PROD.SERVING", span, "hypothetical") in recorded(get_pipeline(), text)


def test_work_that_started_stays_asserted():
    text = "Deployed the churn model to AWS, starting from a notebook prototype."
    assert ("PROD.SERVING", "Deployed the churn model", "asserted") in recorded(get_pipeline(), text)


# --- rubric §2: "a demo app (Streamlit, Gradio, Flask) that only the author uses" is weak (probe 17) --------

FLASK_API = RESUME.replace(
    "- Deployed the fraud-scoring model behind a REST endpoint that the checkout service calls.",
    "- Developed Flask-based inference API.",
)


def test_an_api_built_with_a_demo_app_framework_is_not_uncontested_production():
    assessment = Screener().assess_text(FLASK_API)
    position = next(c for c in assessment.claims if c.source == "position")
    assert ("PROD.SERVING", "inference API", "asserted") in {
        (e["label"], e["text"], e["polarity"]) for e in position.evidence
    }
    assert not any("nothing there pulls against it" in r for r in position.reasons)
    assert position.probabilities["unclear"] > position.probabilities["supported"]
    assert position.verdict == "unclear"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Developed Flask-based inference API.", False),
        ("Built a Streamlit app around the churn model.", False),
        ("Developed Flask-based inference API serving 3,000 daily users.", True),  # someone uses it
        ("Served the fraud model behind a FastAPI endpoint that the checkout service calls.", True),
        # a line that says who calls the app is no bare demo (a review)
        (
            "Served the fraud model behind a Flask API that the checkout service calls on every payment.",
            True,
        ),
    ],
)
def test_a_demo_app_framework_api_is_uncontested_only_with_its_users(line, expected):
    spans = tag_lines([Line(text=line, start=0, end=len(line), section="experience", position_index=0)])
    assert has_uncontested_production(spans, line) is expected
