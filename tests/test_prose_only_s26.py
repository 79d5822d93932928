"""Resumes that describe their work only in prose (About pages, profile READMEs, bios; session-26 work).

Real About pages ("I have executed challenging tasks ... all the way to deploying ML models that serve
thousands of requests per second") have no experience or projects section and no position, so every
sentence sat in the summary, the claim had 0 lines of work and got the same ``unclear`` whatever the page
said. Rubric §2 takes evidence from summaries too: on such a resume the summary sentences that describe work
(an evidence span that is asserted, a demo or attributed) are the headline claim's lines of work (rubric
§3), and the ``prose_only_resume`` finding tells the recruiter the verdict rests on prose. Texts written for
this test; verdicts follow rubric §3 (a concrete P signal → supported; two or more sentences of work, all
N-level → inflated; no sentence of work → unclear).
"""

from __future__ import annotations

import pytest

from resume_lens import Screener
from resume_lens.analysis import analyze_document
from resume_lens.assess import work_lines
from resume_lens.document import Document
from resume_lens.features import claim_context, is_prose_only

PRODUCTION = (
    "# About\n\n"
    "I am a machine learning engineer working on search at a retail startup.\n\n"
    "I deployed the product ranking model behind a FastAPI service on Kubernetes that serves 2,000 requests "
    "per second.\n\n"
    "I set up drift monitoring with Evidently and alerts that page the on-call engineer.\n\n"
    "In my free time I climb and bake bread.\n"
)
NOTEBOOK = (
    "# About\n\n"
    "I am a machine learning engineer who loves data.\n\n"
    "I trained a CNN on CIFAR-10 in a Jupyter notebook and reached 91% accuracy.\n\n"
    "I took part in three Kaggle competitions and finished in the top 10% of one.\n\n"
    "I completed the Deep Learning Specialization on Coursera.\n"
)
THIN = (
    "# Hi, I'm Sam\n\n"
    "I am a machine learning engineer based in Lisbon.\n\n"
    "Ask me about RAG systems, agentic workflows and ML deployment.\n\n"
    "Feel free to reach out.\n"
)
WITH_EXPERIENCE = (
    "Jane Roe\nMachine Learning Engineer\n\n"
    "Summary\nI deployed ranking models behind a FastAPI service on Kubernetes.\n\n"
    "Experience\nData Analyst, Initech, 2021 - present\n- Built weekly sales dashboards in Tableau.\n"
    "- Analysed promotions in Jupyter notebooks.\n"
)


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(as_of="2026-12-02")


def _claim_lines(text: str) -> list[str]:
    analysis = analyze_document(Document.from_text(text))
    ctx = claim_context(analysis.structure.claims[0], analysis.structure, analysis.spans)
    return [line.text for line in work_lines(ctx, analysis.structure)]


def test_the_sentences_that_describe_work_are_the_claims_lines_of_work():
    # the claim's own sentence and the hobby sentence (no evidence) are no lines of work
    assert _claim_lines(PRODUCTION) == [
        "I deployed the product ranking model behind a FastAPI service on Kubernetes that serves 2,000 "
        "requests per second.",
        "I set up drift monitoring with Evidently and alerts that page the on-call engineer.",
    ]
    assert _claim_lines(NOTEBOOK) == [
        "I trained a CNN on CIFAR-10 in a Jupyter notebook and reached 91% accuracy.",
        "I took part in three Kaggle competitions and finished in the top 10% of one.",
        "I completed the Deep Learning Specialization on Coursera.",
    ]
    # "Ask me about ..." offers topics (hedged), it describes no work
    assert _claim_lines(THIN) == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [(PRODUCTION, "supported"), (NOTEBOOK, "inflated"), (THIN, "unclear")],
    ids=["serving-and-drift-alerts", "notebook-kaggle-course", "topics-only"],
)
def test_a_prose_only_resume_is_judged_on_its_prose(screener, text, verdict):
    assessment = screener.assess_text(text, file="about.md")
    assert assessment.verdict == verdict
    codes = {f["code"] for f in assessment.findings}
    assert "prose_only_resume" in codes
    assert "summary_only_production" not in codes


def test_a_resume_with_experience_keeps_its_summary_apart(screener):
    analysis = analyze_document(Document.from_text(WITH_EXPERIENCE))
    assert not is_prose_only(analysis.structure)
    # the headline claim is judged on the experience only: the summary's serving sentence does not count
    assert _claim_lines(WITH_EXPERIENCE) == [
        "Built weekly sales dashboards in Tableau.",
        "Analysed promotions in Jupyter notebooks.",
    ]
    codes = {f["code"] for f in screener.assess_text(WITH_EXPERIENCE, file="cv.txt").findings}
    assert "summary_only_production" in codes
    assert "prose_only_resume" not in codes


def test_an_empty_projects_heading_is_no_section_of_work():
    analysis = analyze_document(Document.from_text(PRODUCTION + "\n### Projects ###\n"))
    assert is_prose_only(analysis.structure)
    assert len(_claim_lines(PRODUCTION + "\n### Projects ###\n")) == 2


PARAGRAPH = (
    "# About\n\n"
    "I am a Machine Learning Engineer at Acme, whose recommendation engine serves 50 million users daily. "
    "I built the Airflow pipeline that retrains our ranking model every night. I also set up drift alerts in "
    "Grafana for the on-call rotation.\n"
)
DEGREE = (
    "# About\n\n"
    "I am a machine learning engineer.\n\n"
    "I hold an M.S. in Applied Data Science and a certificate in Deep Learning from Coursera. I've worked "
    "across several industries, including finance and law.\n"
)


def _scopes(text: str) -> tuple[list[str], list[str]]:
    analysis = analyze_document(Document.from_text(text))
    ctx = claim_context(analysis.structure.claims[0], analysis.structure, analysis.spans)
    return [s.text for s in ctx.spans["claim"]], [s.text for s in ctx.spans["summary"]]


def test_the_sentence_naming_the_title_is_an_introduction_not_work(screener):
    claim, summary = _scopes(PARAGRAPH)
    # the employer's engine and its users stay in the summary; the first-person sentences after it are work
    assert "serves 50 million users" in summary and "serves 50 million users" not in claim
    assert "drift alerts in Grafana for the on-call rotation" in claim
    assessment = screener.assess_text(PARAGRAPH, file="about.md")
    assert assessment.verdict == "supported"
    first_reason = assessment.claims[0].reasons[0]
    assert first_reason.startswith(
        "3 production signal(s) in the summary (the resume has no experience or projects"
    )


def test_only_sentences_that_describe_work_are_counted(screener):
    # one sentence names a certificate (notebook-level), the other no work: 1 sentence of work, too thin
    assert _scopes(DEGREE)[0] == ["certificate in Deep Learning from Coursera"]
    assessment = screener.assess_text(DEGREE, file="about.md")
    assert assessment.verdict == "unclear"
    first_reason = assessment.claims[0].reasons[0]
    assert first_reason.startswith(
        "only 1 bullet(s) or sentence(s) of work in the summary (the resume has no"
    )
