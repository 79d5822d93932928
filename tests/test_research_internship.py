"""Rubric clarification 4: an Applied Scientist internship that is explicitly research is ``unclear``."""

from __future__ import annotations

import pytest

from resume_lens.assess import decide_verdict, is_research_internship
from resume_lens.evidence import EvidenceSpan
from resume_lens.screener import Screener
from resume_lens.structure import Claim, Line, Position, ResumeStructure

INFLATED = {"inflated": 0.8, "supported": 0.1, "unclear": 0.1}


def test_a_research_internship_is_unclear_rather_than_inflated():
    assert decide_verdict(INFLATED, lines_in_scope=4, has_production=False) == "inflated"
    assert (
        decide_verdict(INFLATED, lines_in_scope=4, has_production=False, research_internship=True)
        == "unclear"
    )
    # it only turns inflated into unclear: a supported call stays supported
    supported = {"inflated": 0.1, "supported": 0.8, "unclear": 0.1}
    assert (
        decide_verdict(supported, lines_in_scope=4, has_production=True, research_internship=True)
        == "supported"
    )


def _resume(
    title: str,
    seniority: str | None,
    family: str = "applied_scientist",
    extra_claim: bool = False,
    headline=None,
):
    bullet = Line("Submitted a paper to ICASSP on the method", 30, 71, "experience", 0)
    position = Position(0, title, None, None, None, family, seniority, 0, 71, 0, len(title), (bullet,))
    claim = Claim(title, family, "position", 0, 0, len(title))
    claims = (Claim("Applied Scientist", family, "headline", None, 0, 17), claim) if extra_claim else (claim,)
    if headline:
        claims = (Claim(headline, family, "headline", None, 0, len(headline)), claim)
    structure = ResumeStructure(sections=(), positions=(position,), lines=(bullet,), claims=claims)
    return structure, claim


PAPER = EvidenceSpan("RES.PUB", "research", "x", 30, 71, "experience", 0, "r", "asserted", 30, 71)


@pytest.mark.parametrize(
    ("title", "seniority", "extra_claim", "spans", "expected"),
    [
        ("Applied Scientist Intern", "intern", False, [PAPER], True),
        ("Applied Scientist Intern", "intern", False, [], False),  # not explicitly research
        ("Applied Scientist", None, False, [PAPER], False),  # not an intern
        ("Applied Scientist Intern", "intern", True, [PAPER], False),  # not the only ML-family claim
    ],
)
def test_is_research_internship(title, seniority, extra_claim, spans, expected):
    structure, claim = _resume(title, seniority, extra_claim=extra_claim)
    assert is_research_internship(claim, structure, spans) is expected


def test_machine_learning_engineer_intern_is_not_covered():
    structure, claim = _resume("Machine Learning Engineer Intern", "intern", family="ml_engineer")
    assert not is_research_internship(claim, structure, [PAPER])


RESUME = """EXPERIENCE
Applied Scientist Intern — Speech Research Group
Jun 2024 – Sep 2024
- Ran ablations of the diarisation model and reported offline F1 on the AMI benchmark.
- Submitted a paper on the method to ICASSP 2025.
- Compared three encoders in Jupyter notebooks and wrote up the results.

EDUCATION
PhD candidate in Computer Science, 2021 – present
"""


def test_end_to_end_research_internship_is_never_inflated():
    claim = Screener().assess_text(RESUME).claims[0]
    assert claim.title == "Applied Scientist Intern"
    assert claim.verdict != "inflated"
    assert any("clarification 4" in reason for reason in claim.reasons)


def test_a_headline_repeating_the_intern_title_is_the_same_claim():
    structure, claim = _resume("Applied Scientist Intern", "intern", headline="APPLIED SCIENTIST  INTERN")
    assert is_research_internship(claim, structure, [PAPER])
