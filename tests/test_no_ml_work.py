"""Rubric clarification 2: a claim whose bullets describe only non-ML software work is ``inflated``."""

from __future__ import annotations

import pytest

from resume_lens.analysis import analyze_document
from resume_lens.assess import decide_verdict, has_no_ml_work
from resume_lens.document import Document
from resume_lens.features import claim_context
from resume_lens.screener import Screener

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
