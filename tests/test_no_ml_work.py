"""Rubric clarification 2: a claim whose bullets describe only non-ML software work is ``inflated``."""

from __future__ import annotations

import pytest

from resume_lens.analysis import analyze_document
from resume_lens.assess import _reasons, decide_verdict, has_no_ml_work, work_lines
from resume_lens.document import Document
from resume_lens.evidence import EvidenceSpan
from resume_lens.features import claim_context
from resume_lens.screener import Screener
from resume_lens.structure import Claim

# A web developer under an ML-qualified title: every bullet is web pages, integrations or scripting.
RESUME = """Priya Raman
Software Engineer – AI/ML

EXPERIENCE
Software Engineer – AI/ML — Harbor Health Plans
Oct 2022 – Present
- Built the React pages for the member portal's claim-status section.
- Integrated the portal with the vendor's claims API and with Salesforce for case creation.
- Wrote Node.js scripts that move nightly CSV extracts from SFTP into S3.
- Set up Cypress end-to-end tests and the GitHub Actions workflow for the portal.

EDUCATION
B.S. Cognitive Science, 2019
"""

ML_BULLET = "- Served the claim-triage model behind a FastAPI endpoint at 300 requests per second.\n"


def _contexts(text: str):
    analysis = analyze_document(Document.from_text(text))
    structure = analysis.structure
    return [(claim_context(c, structure, analysis.spans), structure) for c in structure.claims]


def test_only_web_work_under_an_ml_title_has_no_ml_work():
    contexts = _contexts(RESUME)
    assert [ctx.claim.source for ctx, _ in contexts] == ["headline", "position"]
    assert [has_no_ml_work(ctx, structure) for ctx, structure in contexts] == [True, True]


def test_one_ml_bullet_is_ml_work():
    text = RESUME.replace("- Set up Cypress", ML_BULLET + "- Set up Cypress")
    assert [has_no_ml_work(ctx, structure) for ctx, structure in _contexts(text)] == [False, False]


def test_one_bullet_is_too_thin_for_the_rule():
    lines = RESUME.splitlines(keepends=True)
    first_bullet = next(i for i, line in enumerate(lines) if line.startswith("- "))
    text = "".join(line for i, line in enumerate(lines) if not line.startswith("- ") or i == first_bullet)
    assert [has_no_ml_work(ctx, structure) for ctx, structure in _contexts(text)] == [False, False]


@pytest.mark.parametrize(
    "probabilities",
    [
        {"inflated": 0.1, "supported": 0.8, "unclear": 0.1},
        {"inflated": 0.1, "supported": 0.1, "unclear": 0.8},
    ],
)
def test_no_ml_work_is_inflated_whatever_the_probabilities(probabilities):
    assert decide_verdict(probabilities, lines_in_scope=4, has_production=False) != "inflated"
    judged = decide_verdict(probabilities, lines_in_scope=4, has_production=False, no_ml_work=True)
    assert judged == "inflated"
    # too thin to judge comes first (rubric §3: a title with 0-1 bullets is unclear)
    thin = decide_verdict(probabilities, lines_in_scope=1, has_production=False, no_ml_work=True)
    assert thin == "unclear"


def test_a_web_developer_under_an_ml_title_end_to_end():
    assessment = Screener().assess_text(RESUME)
    assert [c.verdict for c in assessment.claims] == ["inflated", "inflated"]
    for claim in assessment.claims:
        assert any("rubric clarification 2" in r and "judged inflated" in r for r in claim.reasons)
    assert assessment.verdict == "inflated"


def test_the_same_resume_with_ml_work_is_not_judged_by_the_rule():
    text = RESUME.replace("- Set up Cypress", ML_BULLET + "- Set up Cypress")
    for claim in Screener().assess_text(text).claims:
        assert not any("judged inflated (rubric clarification 2)" in r for r in claim.reasons)


# --- rubric §3 counts lines of work, not a position's title, employer and date lines ---------------

THIN = """EXPERIENCE
ML Engineer, Kustline Shipping, 2024 - Present
- Working with machine learning for the operations team.

Software Developer, Kustline Shipping, 2019 - 2024
- Built the vessel-booking portal in C# and .NET.
- Integrated port authority APIs for arrival schedules.
"""


def test_work_lines_leave_out_the_position_header():
    ((ctx, structure),) = _contexts(THIN)
    assert [line.text for line in work_lines(ctx, structure)] == [
        "Working with machine learning for the operations team."
    ]


def test_a_title_with_one_bullet_is_too_thin_to_judge():
    (claim,) = Screener().assess_text(THIN).claims
    assert claim.verdict == "unclear"
    assert "only 1 line(s) of work in this position: too thin to judge (rubric §3)" in claim.reasons


# --- an unclear verdict from the model says which evidence pulled each way ----------------------------

_CLAIM = Claim(
    title="ML Engineer", title_family="ml_engineer", source="position", position_index=0, start=0, end=11
)
_PROBABILITIES = {"supported": 0.30, "unclear": 0.45, "inflated": 0.25}


def _span(label: str, category: str, polarity: str = "asserted") -> EvidenceSpan:
    return EvidenceSpan(label, category, "x", 0, 10, "experience", 0, "r", polarity, 0, 10)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        (
            [_span("PROD.SERVING", "production"), _span("NB.NOTEBOOK", "notebook")],
            "production signals sit beside notebook-level work or uncounted production mentions: a careful "
            "reader could go either way (p_supported 0.30, p_unclear 0.45, p_inflated 0.25; rubric §3)",
        ),
        (
            [_span("PROD.SERVING", "production")],
            "the production evidence is too thin for the claim to count as supported: a careful reader could "
            "go either way (p_supported 0.30, p_unclear 0.45, p_inflated 0.25; rubric §3)",
        ),
        (
            [_span("NB.EDA", "notebook")],
            "no production evidence, but too little notebook-level work to call the claim inflated: "
            "a careful reader could go either way "
            "(p_supported 0.30, p_unclear 0.45, p_inflated 0.25; rubric §3)",
        ),
    ],
)
def test_a_model_decided_unclear_verdict_gives_its_reason(spans, expected):
    reasons = _reasons(_CLAIM, spans, 4, "unclear", probabilities=_PROBABILITIES)
    assert expected in reasons
    # a verdict decided by a rule gives that rule's reason only
    assert expected not in _reasons(
        _CLAIM, spans, 4, "unclear", vague_only=True, probabilities=_PROBABILITIES
    )
    assert expected not in _reasons(_CLAIM, spans, 4, "supported", probabilities=_PROBABILITIES)
