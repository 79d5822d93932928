"""Interview questions (issue 7): three to five per claim, from the vaguest evidence and the gaps."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from resume_lens import Screener
from resume_lens.assess import CORE_PRODUCTION_CATEGORIES, ClaimAssessment
from resume_lens.questions import CONDITIONS, load_templates, questions_for_claim
from resume_lens.stuffing import KeywordStuffing

STUFFED = """Alex Doe
Machine Learning Engineer

EXPERIENCE
Machine Learning Engineer, Acme Corp, Mar 2021 - Present
- Deployed models.
- Helped the platform team deploy the fraud model to Kubernetes.
- Trained gradient boosting models in Jupyter notebooks, reaching 91% accuracy on the test set.

SKILLS
Python, Kubeflow, MLflow, Airflow, SageMaker, Docker, Kubernetes, Prometheus, Terraform
"""


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(as_of="2026-11-29")


def _claim(evidence=(), missing=()) -> ClaimAssessment:
    return ClaimAssessment(
        title="ML Engineer", title_family="ml_engineer", source="position", position_index=0,
        start_date="2024-01", end_date="present", verdict="unclear", p_inflated=0.3,
        probabilities={"inflated": 0.3, "supported": 0.3, "unclear": 0.4}, evidence=tuple(evidence),
        reasons=(), missing_categories=tuple(missing), top_features=(),
    )  # fmt: skip


def _span(label, text, start, line, line_start, polarity="asserted", category="production", tool_only=False):
    return {
        "label": label, "category": category, "text": text, "start": start, "end": start + len(text),
        "section": "experience", "position_index": 0, "rule_id": "r", "polarity": polarity,
        "line_start": line_start, "line_end": line_start + len(line), "line": line, "tool_only": tool_only,
    }  # fmt: skip


NO_STUFFING = KeywordStuffing((), (), 0.0, False)


def test_template_file_is_complete_and_uses_known_conditions():
    templates = load_templates()
    assert set(templates.gaps) == set(CORE_PRODUCTION_CATEGORIES.values())
    assert {item["when"] for item in templates.vague} <= set(CONDITIONS)
    assert templates.limits == {
        "min_per_claim": 3,
        "max_per_claim": 5,
        "max_vague_per_claim": 2,
        "line_max_chars": 90,
    }
    raw = (resources.files("resume_lens") / "data" / "interview_questions.json").read_text("utf-8")
    assert not re.search(r"\b(fraud|fake|reject)", raw, re.IGNORECASE)
    assert json.loads(raw)["vague"][0]["template"] == (
        "You list {tool} and '{phrase}': which model, served how, and what did you monitor after launch?"
    )


def test_vague_claims_and_gaps_make_five_questions_filled_from_the_resume(screener):
    a = screener.assess_text(STUFFED, file="s.txt")
    headline, position = a.claims
    assert headline.questions == position.questions  # the same scope: this resume has one position
    texts = [q["text"] for q in position.questions]
    assert texts == [
        "You list Kubeflow and 'Deployed models': which model, served how, and what did you monitor "
        "after launch?",
        "You wrote 'Helped the platform team deploy the fraud model to Kubernetes'. Which part of that "
        "did you build and run yourself, and what happened after launch?",
        # the bare "Deployed models." is vague (rubric §3), so deployment and serving is a gap too
        "Walk me through one model you took to production: where did it run, how was it called, and what "
        "latency did it have to meet?",
        "How did data get from the source to your model in training and in production, and what scheduled or "
        "orchestrated those steps?",
        "After a model went live, what did you monitor, and tell me about a time a metric or an alert "
        "made you act?",
    ]
    kinds = [(q["kind"], q["id"]) for q in position.questions]
    assert kinds == [
        ("evidence", "tool_and_vague_production"),
        ("evidence", "weakened_production"),
        ("gap", "deployment and serving"),
        ("gap", "pipelines and orchestration"),
        ("gap", "monitoring and drift"),
    ]
    first = position.questions[0]
    assert STUFFED[first["start"] : first["end"]] == "Deployed models"  # the quoted span, by offset
    assert position.missing_categories[:4] == (
        "deployment and serving", "pipelines and orchestration", "monitoring and drift", "retraining"
    )  # fmt: skip
    row = a.to_dict()
    assert row["claims"][1]["questions"][0]["text"] == texts[0]


def test_a_claim_with_no_gaps_and_no_vague_evidence_gets_the_general_questions():
    line = "Served the ranking model on Kubernetes at 3k requests per second."
    evidence = [
        _span("PROD.SERVING", "Served the ranking model", 100, line, 100),
        _span("TOOL.INFRA", "Kubernetes", 128, line, 100, category="tool", tool_only=True),
        _span("MEAS.THROUGHPUT", "3k requests per second", 142, line, 100),
    ]
    questions = questions_for_claim(_claim(evidence), NO_STUFFING, {})
    general = load_templates().general
    assert [q["text"] for q in questions] == list(general[:3])
    assert [q["kind"] for q in questions] == ["general"] * 3


def test_each_span_is_quoted_once_and_the_vaguest_line_comes_first():
    long_line = "Deployed the churn model for the marketing team"
    short_line = "Deployed models"
    evidence = [
        _span("PROD.SERVING", "Deployed the churn model", 0, long_line, 0),
        _span("PROD.SERVING", "Deployed models", 60, short_line, 60),
    ]
    questions = questions_for_claim(_claim(evidence, missing=("retraining",)), NO_STUFFING, {})
    assert [(q["id"], q["start"]) for q in questions] == [
        ("vague_production", 60),
        ("retraining", None),
        ("general_1", None),
    ]
    assert questions[0]["text"].startswith("You wrote 'Deployed models': which model was that")


def test_between_three_and_five_questions_for_every_claim_of_the_examples(screener, examples_dir):
    for path in sorted(examples_dir.glob("*.txt")):
        a = screener.assess_text(path.read_text(encoding="utf-8"), file=path.name)
        for claim in a.claims:
            assert 3 <= len(claim.questions) <= 5, (path.name, claim.title)
            assert len({q["text"] for q in claim.questions}) == len(claim.questions)
            for q in claim.questions:
                assert "{" not in q["text"] and "}" not in q["text"]
