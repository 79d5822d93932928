"""Headline and position claims (resume_lens.claims, rubric §1 and §4, taxonomy §5.11)."""

from __future__ import annotations

import pytest

from resume_lens.claims import find_claims, find_headline
from resume_lens.sections import find_sections
from resume_lens.segment import segment


def _headline(text: str):
    return find_headline(text, find_sections(text))


@pytest.mark.parametrize(
    ("text", "title", "line"),
    [
        (
            "Jane Doe\nMachine Learning Engineer | Berlin\njane@example.com",
            "Machine Learning Engineer",
            "Machine Learning Engineer | Berlin",
        ),
        ("Jane Doe — Senior ML Engineer\nBerlin", "Senior ML Engineer", "Jane Doe — Senior ML Engineer"),
        (
            "Jane Doe\nData Scientist / ML Engineer",
            "Data Scientist / ML Engineer",
            "Data Scientist / ML Engineer",
        ),
        (
            "Jane Doe\n\nSummary\nMachine Learning Engineer with 5 years of experience in NLP.",
            "Machine Learning Engineer",
            "Machine Learning Engineer with 5 years of experience in NLP.",
        ),
        (
            "Jane Doe\n\nAbout me\nI am an ML engineer who ships models.",
            "ML engineer",
            "I am an ML engineer who ships models.",
        ),
        (
            "Jane Doe\n\nProfile\nResults-driven AI Engineer building RAG systems.",
            "AI Engineer",
            "Results-driven AI Engineer building RAG systems.",
        ),
        (
            "Jane Doe\n\nSummary\nJane is a Machine Learning Engineer at Acme.",
            "Machine Learning Engineer",
            "Jane is a Machine Learning Engineer at Acme.",
        ),
        (
            "Jane Doe\n\nSummary\nBuilt things. Promoted to Staff MLOps Engineer in 2022.",
            "Staff MLOps Engineer",
            "Built things. Promoted to Staff MLOps Engineer in 2022.",
        ),
        # probe 11 (real resumes): passion for something else after the title does not undo it
        (
            "Jane Doe\n\nAbout\nA Machine Learning Engineer passionate about software engineering.",
            "Machine Learning Engineer",
            "A Machine Learning Engineer passionate about software engineering.",
        ),
        (
            "Jane Doe\nMachine Learning Engineer and AI enthusiast",
            "Machine Learning Engineer",
            "Machine Learning Engineer and AI enthusiast",
        ),
        (
            "Jane Doe\n\nAbout\nSince 2019 I have been a self taught Data Scientist and ML engineer.",
            "Data Scientist and ML engineer",
            "Since 2019 I have been a self taught Data Scientist and ML engineer.",
        ),
    ],
)
def test_headline_claims(text: str, title: str, line: str) -> None:
    h = _headline(text)
    assert h.claim is not None
    assert (h.claim.title, h.claim.source, h.line) == (title, "headline", line)
    assert text[h.claim.start : h.claim.end] == title


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe\nAspiring ML Engineer | Berlin",
        "Jane Doe\nML enthusiast",
        "Jane Doe\nMachine Learning Engineer enthusiast",
        "Jane Doe\n\nSummary\nPassionate about becoming a Machine Learning Engineer.",
        "Jane Doe\n\nSummary\nAnalyst, enthusiastic about the ML Engineer track.",
        # a passion before the title, or becoming one, wishes for it (session 16 review; rubric §1)
        "Jane Doe\nData Analyst passionate about ML, becoming a Machine Learning Engineer",
        "Jane Doe\n\nSummary\nPassionate about, and working toward, becoming an AI Engineer.",
        "Jane Doe\n\nSummary\nData scientist passionate about a career as an ML Engineer.",
        "Jane Doe\n\nSummary\nPassionate about my next step as a Machine Learning Engineer.",
        "Jane Doe\n\nSummary\nBecoming an ML Engineer.",
        "Jane Doe\n\nSummary\nData analyst seeking an MLE role.",
        "Jane Doe\n\nSummary\nLooking for a Machine Learning Engineer role in Berlin.",
        "Jane Doe\n\nSummary\nData Scientist who worked with ML engineers on churn models.",
        "Jane Doe\n\nSummary\nEngineering manager; mentored 3 ML engineers.",
        "Jane Doe\n\nSummary\nAnalyst reporting to the Head of ML.",
        "Jane Doe\n\nSummary\nI want to become a Machine Learning Engineer.",
        "Jane Doe\nData Scientist | Berlin",
        "Jane Doe\nMachine Learning Intern",
        "Jane Doe\n\nSummary\nStatistician; MLE estimators for survival models.",
    ],
)
def test_not_headline_claims(text: str) -> None:
    assert _headline(text).claim is None


def test_headline_line_without_claim_keeps_the_tagline() -> None:
    h = _headline("Jane Doe\nData Scientist | Berlin")
    assert (h.claim, h.line) == (None, "Data Scientist | Berlin")


RESUME = """Jane Doe
Machine Learning Engineer | Berlin

Experience
Data Scientist, Foo Ltd (2014 – 2016)
• Ran analyses
ML Engineer, Acme (2019 – present)
• Deployed a model
Machine Learning Intern, Bar (2013 – 2013)
• Trained a model
Data Scientist / ML Engineer, Baz (2016 – 2019)
• Built pipelines
Applied Scientist, Qux
• Shipped ranking
"""


def test_claims_headline_first_then_positions_newest_first() -> None:
    s = segment(RESUME)
    got = [(c.source, c.title, c.position_index, c.start_date, c.end_date) for c in s.claims]
    assert got == [
        ("headline", "Machine Learning Engineer", None, None, None),
        ("position", "ML Engineer", 1, "2019-01", "present"),
        ("position", "Data Scientist / ML Engineer", 3, "2016-01", "2019-12"),
        ("position", "Applied Scientist", 4, None, None),
    ]
    assert [c.title_family for c in s.claims] == [
        "ml_engineer",
        "ml_engineer",
        "ml_engineer",
        "applied_scientist",
    ]
    for c in s.claims:
        assert " ".join(RESUME[c.start : c.end].split()) == c.title
    assert s.headline == "Machine Learning Engineer | Berlin"
    assert find_claims(RESUME, s.sections, s.positions) == s.claims


def test_no_claim_resume() -> None:
    s = segment("Jane Doe\nData Analyst\n\nExperience\nData Analyst, Foo (2019 – 2021)\n• Built dashboards\n")
    assert s.claims == ()
    assert s.headline == "Data Analyst"


def test_position_claims_without_headline() -> None:
    s = segment(
        "Jane Doe\n\nExperience\nSoftware Engineer, Machine Learning — Acme (2020 – 2022)\n• Shipped X\n"
    )
    assert [(c.source, c.title) for c in s.claims] == [("position", "Software Engineer, Machine Learning")]
