"""A resume written only as an "About" page: its summary is the account of the work.

Rubric §2 takes evidence "only from position bullets, project bullets and summaries"; §3 judges a headline
claim on "the experience or projects". A profile page with no experience or projects section writes its
work in the summary, and the tool used to set all of it aside as summary wording and judge the claim on "0
bullets of work" (real resumes, probes 20–22: four such pages, all labelled ``supported``, came out
``unclear``). Now the headline claim of such a resume takes the summary as its scope
(``resume_lens.features.is_summary_only``); a resume with an experience section still keeps its summary out
of the claim's scope.
"""

from __future__ import annotations

import pytest

from resume_lens.features import claim_context, is_summary_only
from resume_lens.screener import Screener
from resume_lens.segment import segment

PRODUCTION_PAGE = """Jane Roe
Senior Machine Learning Engineer

About
I am a Senior Machine Learning Engineer at a payments company in Lisbon.
I build the fraud scoring service that deploys containerised models to GCP Vertex AI with canary rollout.
I monitor production performance via Prometheus and Grafana dashboards and retrain the models weekly.
Before that I worked on search ranking models served to 2 million users a day.
"""

NOTEBOOK_PAGE = """Jane Roe
Machine Learning Engineer

About
I am a Machine Learning Engineer who loves data.
I conduct exploratory data analysis in Jupyter notebooks and build proof-of-concept models.
I trained a churn classifier reaching 91% accuracy on a Kaggle dataset.
I present insights to stakeholders in Tableau dashboards.
"""

WITH_EXPERIENCE = """Jane Roe
Machine Learning Engineer

About
I am a Machine Learning Engineer who deploys models to production on Vertex AI with canary rollout.

Experience
Data Analyst | Acme | 2021 - Present
- Built Tableau dashboards for the sales team.
- Analysed churn in SQL and presented findings.
"""


@pytest.fixture(scope="module")
def screener():
    return Screener()


def test_an_about_pages_production_work_supports_its_claim(screener):
    assessment = screener.assess_text(PRODUCTION_PAGE)
    assert assessment.verdict == "supported"
    claim = assessment.claims[0]
    assert claim.source == "headline"
    assert claim.reasons[0].startswith(
        "7 production signal(s) in the summary (the resume has no experience or projects section)"
    )


def test_an_about_pages_notebook_work_is_inflated(screener):
    assessment = screener.assess_text(NOTEBOOK_PAGE)
    assert assessment.verdict == "inflated"
    assert assessment.claims[0].reasons[0] == (
        "no asserted production evidence in the summary (the resume has no experience or projects section)"
    )


def test_a_summary_beside_an_experience_section_stays_out_of_the_claims_scope(screener):
    assessment = screener.assess_text(WITH_EXPERIENCE)
    # the summary's deployment wording does not count as work: the data-analyst job is the work
    assert assessment.verdict == "inflated"
    assert assessment.claims[0].reasons[0] == "no asserted production evidence in the experience and projects"


def test_is_summary_only_and_the_claims_scope():
    page = segment(PRODUCTION_PAGE)
    assert is_summary_only(page)
    scopes = claim_context(page.claims[0], page, [])
    assert [line.text for line in scopes.lines["claim"]][1].startswith("I build the fraud scoring service")
    assert {line.section for line in scopes.lines["summary"]} == {"header"}  # the name and headline stay out
    other = segment(WITH_EXPERIENCE)
    assert not is_summary_only(other)
    summary = claim_context(other.claims[0], other, []).lines["summary"]
    assert [line.text for line in summary if line.section == "summary"] == [
        "I am a Machine Learning Engineer who deploys models to production on Vertex AI with canary rollout."
    ]
