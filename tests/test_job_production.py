"""Rubric §3: a claim is ``inflated`` only when all of its evidence is N-level.

A claim whose scope holds corroborated production work done in a job has P evidence, so it is ``supported``
or ``unclear`` whatever the model leans (``resume_lens.assess.concrete_job_production``). The thirteenth real
probe had a headline "Full-Stack & AI Engineer" whose job said "Deployed ML models via FastAPI handling
500+ RPS at 150ms latency" called ``inflated`` at p 0.56 because a dozen Kaggle and demo lines sat beside it.

A review then broke the first cut, where any one production span in an experience section was enough: one
tagger error ("Deployed a Power BI dashboard to production", "Attended a workshop on deploying models",
"Built a training pipeline with scikit-learn Pipeline", "Logged experiments in MLflow") or non-ML work in an
ML-titled job ("CI/CD with GitHub Actions for the WordPress websites") turned an intern's notebook-only claim
from ``inflated`` to ``unclear``, and so did lines of an experience section that belong to no position. Now
the action must be ML work, in a position and on a line without notebook work; experiment tracking no longer
counts, and a scikit-learn ``Pipeline`` is no orchestrated pipeline (``t20_excl_sklearn_pipeline_object``).
Requiring a second line or a figure on the same line as well was tried: it lost six corpus claims its
writers called ``unclear`` (seed-0 accuracy 0.927 → 0.917, ``inflated`` precision 0.903 → 0.872).
"""

from __future__ import annotations

import dataclasses

import pytest

from resume_lens.analysis import analyze_document
from resume_lens.assess import claim_context, concrete_job_production, decide_verdict, intern_job_production
from resume_lens.document import Document
from resume_lens.evidence import EvidenceSpan
from resume_lens.screener import Screener

LINES = [
    "Deployed the churn model behind a REST API serving 2k requests per second.",  # 0: action + figure
    "Deployed the churn model to production.",  # 1: action alone
    "Set up drift monitoring for the churn model.",  # 2: a second action
    "Set up CI/CD with GitHub Actions for the WordPress websites.",  # 3: not ML work
    "Migrated the web servers to AWS EC2.",  # 4: not ML work
    "Retrained the model in a notebook whenever new data arrived.",  # 5: notebook line
]
TEXT = "\n".join(LINES)


def _span(
    label: str,
    line: int,
    words: str,
    *,
    category: str = "production",
    section: str = "experience",
    position: int | None = 0,
    polarity: str = "asserted",
    rule_id: str = "r",
) -> EvidenceSpan:
    line_start = sum(len(x) + 1 for x in LINES[:line])
    start = line_start + LINES[line].index(words)
    end = start + len(words)
    assert TEXT[start:end] == words
    return EvidenceSpan(
        label, category, words, start, end, section, position, rule_id, polarity, line_start,
        line_start + len(LINES[line]),
    )  # fmt: skip


SERVING_WITH_FIGURE = _span("PROD.SERVING", 0, "Deployed the churn model behind a REST API")
FIGURE = _span("MEAS.THROUGHPUT", 0, "2k requests per second")
SERVING_ALONE = _span("PROD.SERVING", 1, "Deployed the churn model to production")
MONITORING = _span("PROD.MONITORING", 2, "drift monitoring")
CICD = _span("PROD.CICD", 3, "Set up CI/CD")
GH_ACTIONS = _span("TOOL.CICD", 3, "GitHub Actions", category="tool", rule_id="tool_github_actions")
INFRA = _span("PROD.INFRA", 4, "Migrated the web servers to AWS EC2")
RETRAIN_IN_NOTEBOOK = _span("PROD.RETRAIN", 5, "Retrained the model")
NOTEBOOK = _span("NB.NOTEBOOK", 5, "in a notebook", category="notebook")


def _with(span: EvidenceSpan, **changes: object) -> EvidenceSpan:
    return dataclasses.replace(span, **changes)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([SERVING_WITH_FIGURE, FIGURE], [SERVING_WITH_FIGURE]),  # a figure is no action itself
        ([SERVING_ALONE, MONITORING], [SERVING_ALONE, MONITORING]),
        ([SERVING_ALONE], [SERVING_ALONE]),
        # not in a job: a project, or experience lines that belong to no position
        ([_with(SERVING_WITH_FIGURE, section="projects"), _with(FIGURE, section="projects")], []),
        ([_with(SERVING_ALONE, position_index=None), _with(MONITORING, position_index=None)], []),
        # not ML work (clarification 2), even named and on two lines
        ([CICD, GH_ACTIONS, INFRA], []),
        # a line that holds notebook work
        ([RETRAIN_IN_NOTEBOOK, NOTEBOOK], []),
        ([RETRAIN_IN_NOTEBOOK, NOTEBOOK, SERVING_ALONE], [SERVING_ALONE]),
        # only asserted actions count
        ([_with(SERVING_ALONE, polarity="vague"), _with(MONITORING, polarity="demo")], []),
    ],
)
def test_concrete_job_production(spans, expected):
    assert concrete_job_production(spans, TEXT) == expected


LEANS_INFLATED = {"inflated": 0.56, "supported": 0.25, "unclear": 0.19}
LEANS_INFLATED_UNSURE = {"inflated": 0.60, "supported": 0.10, "unclear": 0.30}


def test_a_job_with_concrete_production_is_never_inflated():
    assert decide_verdict(LEANS_INFLATED, lines_in_scope=12, has_production=True) == "inflated"
    # then the more probable of supported and unclear
    assert decide_verdict(LEANS_INFLATED, lines_in_scope=12, has_production=True, job_production=True) == (
        "supported"
    )
    assert (
        decide_verdict(LEANS_INFLATED_UNSURE, lines_in_scope=12, has_production=True, job_production=True)
        == "unclear"
    )


HEADLINE_WITH_ONE_JOB = """Sam Okafor
Machine Learning Engineer

Experience
Machine Learning Engineer | Northwind Logistics | Jun 2024 - Present
- Deployed the delivery-time model behind a FastAPI service on AWS ECS.
- Engineered features from courier GPS pings.

Projects
Kaggle: Santander Transaction Prediction
- Benchmarked LightGBM, XGBoost and Naive Bayes; tuned hyperparameters for AUC-ROC.
- Applied feature engineering and handled class imbalance with SMOTE.
House Prices
- Trained gradient boosting in a Jupyter notebook and reached an RMSE of 0.12 on the validation set.
- Performed exploratory data analysis and visualised correlations with seaborn.
Sentiment Notebook
- Fine-tuned a BERT model on IMDB reviews in Colab, reaching 93% accuracy on the test set.
- Compared logistic regression, SVM and random forest baselines.
"""


def test_a_headline_backed_by_one_deploying_job_says_why_it_is_not_inflated():
    assessment = Screener().assess_text(HEADLINE_WITH_ONE_JOB)
    headline = next(c for c in assessment.claims if c.source == "headline")
    # rubric §3: one concrete P signal (a model behind a named service) makes it supported, or unclear
    # when a reader weighs the notebooks against it; never inflated
    assert headline.verdict in ("supported", "unclear")
    assert headline.p_inflated >= 0.5  # the model leans inflated on the notebook lines ...
    # ... and the reason says why the verdict is not
    assert any("a job shows concrete production work (serving)" in r for r in headline.reasons)
    job_spans = [
        e for e in headline.evidence if e["section"] == "experience" and e["label"] == "PROD.SERVING"
    ]
    assert [e["text"] for e in job_spans] and all(e["polarity"] == "asserted" for e in job_spans)


INTERN = """Priya Raman
Machine Learning Engineer

Experience
Machine Learning Engineer Intern | Acme Analytics | Jun 2024 - Aug 2024
- Explored customer churn data in Jupyter notebooks and performed exploratory data analysis.
- Trained logistic regression and random forest models reaching 87% accuracy on the validation set.
- Presented findings to the analytics team in weekly meetings.
{extra}

Projects
Kaggle: Titanic Survival Prediction
- Feature engineering and hyperparameter tuning with XGBoost; top 20% on the leaderboard.

Education
B.Sc. Computer Science, State University, expected 2025
"""


@pytest.mark.parametrize(
    "extra",
    [
        "- Deployed a Power BI dashboard to production for the sales team.",
        "- Built a training pipeline with scikit-learn Pipeline and GridSearchCV.",
        "- Attended a workshop on deploying models with Kubernetes.",
        "- Logged experiments and metrics in MLflow.",
        "- Retrained the model in a notebook whenever new data arrived.",
        "- Set up CI/CD with GitHub Actions and Docker for the company's WordPress websites.",
    ],
)
def test_one_weak_or_non_ml_line_does_not_rescue_a_notebook_only_claim(extra):
    # rubric §3: every line of work is N-level (or not ML work, clarification 2), so the claim is inflated
    claims = Screener().assess_text(INTERN.format(extra=extra)).claims
    assert [(c.source, c.verdict) for c in claims] == [("headline", "inflated"), ("position", "inflated")]


def test_production_work_of_internships_alone_makes_a_claim_leaning_inflated_unclear():
    # rubric clarification 3: weak signals on an intern profile give unclear or inflated, not supported
    kwargs = {"lines_in_scope": 12, "has_production": True, "job_production": True}
    assert decide_verdict(LEANS_INFLATED, **kwargs) == "supported"
    assert decide_verdict(LEANS_INFLATED, **kwargs, intern_production_only=True) == "unclear"
    # a claim the model does not lean inflated on is left to the model
    leans_supported = {"inflated": 0.2, "supported": 0.7, "unclear": 0.1}
    assert decide_verdict(leans_supported, **kwargs, intern_production_only=True) == "supported"


STUDENT_AI_ENGINEER = """Omar Haddad
AI Engineer

Education
B.Sc. Artificial Intelligence, Tarn University | Expected 2026

Experience
Data Engineer Intern | Ministry of Digital Services | Apr 2024 - Dec 2024
- Developed and deployed ML models using scikit-learn and MLflow with Flask on Azure{users}
- Implemented MLOps practices for CI/CD workflows with model tracking and versioning

Projects
Wallet Risk Scoring
- Trained XGBoost and Prophet models in Jupyter notebooks reaching 95% precision
- Explored 460K transactions and visualised fraud patterns with seaborn
Sentiment Notebook
- Fine-tuned a BERT model on IMDB reviews in Colab, reaching 93% accuracy on the test set
- Compared logistic regression, SVM and random forest baselines
"""


def test_an_interns_deployment_wording_beside_notebooks_is_unclear_end_to_end():
    assessment = Screener().assess_text(STUDENT_AI_ENGINEER.format(users=""))
    headline = assessment.claims[0]
    assert headline.p_inflated >= 0.5  # the model leans inflated on the notebook lines
    assert headline.verdict == "unclear"
    assert any(
        "production wording on an intern profile is weak (rubric clarification 3)" in r
        for r in headline.reasons
    )


def test_an_interns_deployed_system_in_use_is_not_weak():
    for users, weak in (("", True), (", used by 300 caseworkers", False)):
        text = STUDENT_AI_ENGINEER.format(users=users)
        analysis = analyze_document(Document.from_text(text))
        ctx = claim_context(analysis.structure.claims[0], analysis.structure, analysis.spans)
        scope = ctx.spans["claim"]
        job = concrete_job_production(scope, text)
        assert job  # the deployment line is production work done in a job
        assert intern_job_production(job, scope, analysis.structure) is weak


NAMED_SYSTEM_INTERN = """Lena Fischer
Machine Learning Engineer

EDUCATION
B.Sc. Computer Science, TU Munich    Oct 2021 - Present

EXPERIENCE
Machine Learning Engineer Intern, Zalando    Apr 2025 - Sep 2025
- Containerised the size-recommendation model with Docker and deployed it as a SageMaker real-time endpoint.
- Added CloudWatch drift alarms and a GitHub Actions pipeline that retrains and redeploys the model weekly.

PROJECTS
Kaggle: House Prices
- Trained XGBoost and LightGBM regressors in a Jupyter notebook; top 15% on the leaderboard.
Sentiment Analysis
- Fine-tuned BERT on IMDB reviews in Colab for a course project, reaching 92% accuracy.
- Performed EDA and built visualisations with seaborn.
"""


def test_an_interns_deployed_system_with_monitoring_and_retraining_is_no_weak_wording():
    # a review (session 23): clarification 3 is about weak signals "with no deployed system named"; an
    # endpoint with drift alarms and weekly retraining is such a system, so the headline stays supported
    headline = Screener().assess_text(NAMED_SYSTEM_INTERN).claims[0]
    assert headline.source == "headline"
    assert headline.verdict == "supported"
