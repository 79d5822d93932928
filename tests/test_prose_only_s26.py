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
from resume_lens.features import claim_context
from resume_lens.prose_work import is_prose_only

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
    ]  # "I completed the Deep Learning Specialization": a course taken, not work (a review)
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
    # production wording only in the summary is still flagged when no sentence of work was read (a review)
    assert ("summary_only_production" in codes) == (text is THIN)


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


def test_a_degree_is_no_sentence_of_work(screener):
    # "I hold" a degree and a certificate: a credential, not work done (a review); nothing else is work
    assert _scopes(DEGREE)[0] == []
    assessment = screener.assess_text(DEGREE, file="about.md")
    assert assessment.verdict == "unclear"
    assert (
        assessment.claims[0].reasons[0].startswith("only 0 bullet(s) or sentence(s) of work in the summary")
    )


def test_a_sentence_wrapped_over_two_lines_counts_once(screener):
    text = (
        "# Home\n\nHi! I am a Machine Learning Engineer. During my master's I trained a CNN in a notebook\n"
        "and I reached 91% accuracy on CIFAR-10, which I presented in my thesis.\n"
    )
    assessment = screener.assess_text(text, file="about.md")
    # one sentence of N-level work: too thin for inflated (rubric §3 needs two or more)
    assert assessment.verdict == "unclear"
    assert (
        assessment.claims[0].reasons[0].startswith("only 1 bullet(s) or sentence(s) of work in the summary")
    )


_ABOUT = "# About\n\nI am a machine learning engineer.\n\n{}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "My expertise is in MLOps, model deployment, model monitoring and CI/CD for ML.",
        "I have experience in developing and deploying ML models on AWS SageMaker endpoints.",
        "I write about deploying models to production and monitoring them for drift on my blog.",
        "I gave a talk at PyData London about real-time inference at scale.",
        "I recently learned how to deploy models on Kubernetes with autoscaling.",
        "Our app serves 10 million users every month through Kafka streaming pipelines.",
        "At HealthCo we build AI; our models run on Azure ML endpoints.",
        "I was impressed by your real-time feature store serving 30 million shoppers.",
        "The team's I/O-bound inference service handles 5k QPS.",
        "Fun fact: I deployed my first model when I was 16.",
        # a second review
        "I'm currently working at Swiggy, India's largest food delivery platform serving 80 million users.",
        "I wrote a book on deploying models with Kubernetes and monitoring them for drift.",
        "I wrote a Medium series on deploying models with FastAPI, Docker and Kubernetes.",
        "I delivered a talk at PyData Berlin on monitoring models in production.",
        "I am trained in MLOps, model deployment on SageMaker endpoints and CI/CD for ML.",
        "If I deployed my model on Kubernetes it could serve 10k requests per second.",
        'My post "How I built a real-time feature store serving 2M users" went viral.',
        "Phase I targeted 2M users of the banking app.",
        "I received my Ph.D. in machine learning and did my thesis on federated learning.",
    ],
)
def test_sentences_that_only_talk_about_the_candidate_are_no_work(sentence):
    # reviews of session 21's and session 26's About-page rules: expertise, wishes, talks, learning, the
    # employer's or reader's systems, "I/O", a bare first deployment
    assert _scopes(_ABOUT.format(sentence))[0] == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "At Twitter I built the ranking models and ran the A/B tests behind the downvote button.",
            "ran the A/B tests",
        ),
        (
            "My team and I shipped a contract Q&A assistant on Amazon Bedrock for the legal team.",
            "Amazon Bedrock",
        ),
        ("I'm currently building LLM agents that triage insurance claims with LangGraph.", "LLM agents"),
        ("We shipped the fraud model behind a gRPC service at 2k QPS.", "2k QPS"),
    ],
)
def test_sentences_where_the_candidate_did_the_work(sentence, span):
    claim, _ = _scopes(_ABOUT.format(sentence))
    assert any(span in text for text in claim)


@pytest.mark.parametrize(
    "bullets",
    [
        "- Built weekly sales dashboards in Tableau.\n- Analysed promotions in Jupyter.\n",
        "- Building weekly sales dashboards.\n- Running churn analyses in Jupyter.\n",  # a second review
        "- Responsible for weekly sales reporting.\n- Presented insights to the regional managers.\n",
    ],
)
def test_resume_bullets_under_an_unknown_heading_are_not_prose(bullets):
    text = (
        "Jane Roe\nMachine Learning Engineer\n\nI deployed models to production on AWS for four years.\n\n"
        f"Career Highlights\n{bullets}"
    )
    assert not is_prose_only(analyze_document(Document.from_text(text)).structure)


def test_a_position_header_under_an_unknown_heading_is_not_prose():
    # a second review: present-tense and noun bullets under "Acme Analytics — Machine Learning Engineer"
    text = (
        "Jane Roe\nMachine Learning Engineer\n\nSummary\nI deployed models to production on AWS.\n\n"
        "Career Highlights\nAcme Analytics — Machine Learning Engineer\n"
        "- Weekly sales dashboards in Tableau.\n- Churn analyses in Jupyter notebooks.\n"
    )
    assert not is_prose_only(analyze_document(Document.from_text(text)).structure)


def test_lines_about_where_the_candidate_lives_or_what_interests_them_are_no_resume_bullets():
    text = PRODUCTION + "\nBased in Lisbon.\n\nInterested in causal inference and MLOps.\n"
    assert is_prose_only(analyze_document(Document.from_text(text)).structure)
    assert len(_claim_lines(text)) == 2


_DATA_ENGINEERING = (
    "# About\n\nMachine Learning Engineer\n\n"
    "At Uber I built Spark pipelines processing 10 TB a day and kept them running at 99.9% uptime.\n\n"
    "I also deployed the {} on Kubernetes serving 3,000 requests per second.\n"
)


def test_production_work_without_ml_in_prose_is_no_ml_production(screener):
    # rubric clarification 2, as for a position: pipelines and an API with no ML in them back no ML claim
    assessment = screener.assess_text(_DATA_ENGINEERING.format("payments REST API"), file="about.md")
    assert assessment.verdict != "supported"
    assert assessment.claims[0].reasons[0].startswith("no asserted production evidence in the summary")
    # the same sentences with a model in them are ML production work
    ml = screener.assess_text(_DATA_ENGINEERING.format("fraud model behind a REST API"), file="about.md")
    assert ml.verdict == "supported"
