"""Production work outside ML (rubric §2, clarification 2; taxonomy P05 rule note) never backs a claim."""

from __future__ import annotations

import pytest

from resume_lens.analysis import analyze_document
from resume_lens.document import Document
from resume_lens.evidence import EvidenceSpan
from resume_lens.features import claim_context, claim_features
from resume_lens.ml_work import is_ml_text, is_non_ml_production, ml_work_positions
from resume_lens.screener import Screener
from resume_lens.structure import Claim, Line, Position, ResumeStructure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deployed builds to UAT and production environments using Jenkins.", False),
        ("Handled production support tickets in ServiceNow during the on-call week.", False),
        ("Designed the data model for the policy administration system.", False),  # not_words
        ("Conducted training sessions for new support staff.", False),  # "training" alone is not ML
        ("Regression tests for the checkout flow run on every merge.", False),
        ("Worked on various ML models using Python and scikit-learn.", True),
        ("On-call for the fraud model's scoring service.", True),
        ("Shipped the recommendation service to 2M users.", True),
        ("Built AI features for the grocery app.", True),  # acronym, case-sensitive
        ("Said ai once in lower case.", False),
        # an organisation's name is not ML work (fairness): "AI"/"ML" alone, or a "Client:" line
        ("Client: Acme AI", False),
        ("At Acme AI I built the booking service.", False),
        ("Company: Churn Analytics Ltd", False),
        ("Shipped the ML-powered search.", True),
        ("Owned the ML platform for 40 data scientists.", True),
        ("Integrated GPT-4 into the support desk.", True),
        ("Trained a gradient-boosted ranker.", True),
        ("Fine tuned Llama 3 with LoRA.", True),
        # ML work in plain words (a tester's production ML resumes, session 8)
        ("Hyperparameter tuning with Optuna.", True),
        ("Feature engineering on 200 merchant signals.", True),
        ("Word error rate from 21% to 12%.", True),
        ("Precision and recall reviewed weekly with the risk team.", True),
        ("Personalised offers for 2M customers.", True),
        ("Speech-to-text for call-centre recordings.", True),
        ("Computer-vision system on the factory line.", True),
        ("Forecasted demand for 600 stores.", True),
        ("Credit risk scorecards used by underwriters.", True),
        ("Collected and labelled images with the quality team.", True),
        ("Labelled the warehouse shelves and bins.", False),  # labelling as such is not ML work
    ],
)
def test_is_ml_text(text, expected):
    assert is_ml_text(text) is expected


def _span(label, category, position_index, line_start, polarity="asserted"):
    return EvidenceSpan(
        label,
        category,
        "x",
        line_start,
        line_start + 1,
        "experience",
        position_index,
        "r",
        polarity,
        line_start,
        line_start + 10,
    )


def _structure():
    title = Line("Machine Learning Engineer, Acme AI Labs", 0, 40, "experience", 0)
    ml_bullet = Line("Trained churn models in notebooks", 41, 74, "experience", 0)
    java_title = Line("Senior Software Engineer", 75, 99, "experience", 1)
    cicd = Line("Deployed builds to production using Jenkins", 100, 143, "experience", 1)
    oncall = Line("On-call for the payments service", 144, 176, "experience", 1)
    lines = (title, ml_bullet, java_title, cicd, oncall)
    positions = (
        Position(
            0,
            "Machine Learning Engineer",
            "Acme AI Labs",
            None,
            None,
            "ml_engineer",
            None,
            0,
            74,
            0,
            25,
            (ml_bullet,),
        ),
        Position(
            1,
            "Senior Software Engineer",
            None,
            None,
            None,
            "software_engineer",
            None,
            75,
            176,
            75,
            99,
            (cicd, oncall),
        ),
    )
    return ResumeStructure(sections=(), positions=positions, lines=lines, claims=())


HEADLINE = Claim("Machine Learning Engineer", "ml_engineer", "headline", None, 0, 25)


def test_generic_production_of_a_position_without_ml_work_leaves_the_claim():
    structure = _structure()
    spans = [
        _span("NB.NOTEBOOK", "notebook", 0, 41),
        _span("PROD.CICD", "production", 1, 100),
        _span("PROD.MONITORING", "production", 1, 144),
    ]
    assert ml_work_positions(structure, spans) == frozenset({0})
    context = claim_context(HEADLINE, structure, spans)
    assert [s.label for s in context.spans["claim"]] == ["NB.NOTEBOOK"]
    assert [s.label for s in context.spans["non_ml"]] == ["PROD.CICD", "PROD.MONITORING"]
    features = claim_features(context)
    assert features["claim:prod_action"] == 0.0
    assert features["claim:has_prod_action"] == 0.0
    # the Java position's lines are still text to judge: 5 lines in the headline claim's scope
    assert len(context.lines["claim"]) == 5


def test_an_ml_specific_label_is_kept_and_makes_its_position_ml_work():
    structure = _structure()
    serving = _span("PROD.SERVING", "production", 1, 100)
    monitoring = _span("PROD.MONITORING", "production", 1, 144)
    # position 0 by its words ("models"), position 1 by the serving span alone
    assert ml_work_positions(structure, [serving, monitoring]) == frozenset({0, 1})
    context = claim_context(HEADLINE, structure, [serving, monitoring])
    assert [s.label for s in context.spans["claim"]] == ["PROD.SERVING", "PROD.MONITORING"]
    assert context.spans["non_ml"] == ()


@pytest.mark.parametrize("polarity", ["hypothetical", "negated", "hedged", "learning"])
def test_a_span_of_work_not_done_makes_no_position_ml_work(polarity):
    # "delivering production-ready platforms" (hypothetical serving) in a web developer's bullet
    structure = _structure()
    serving = _span("PROD.SERVING", "production", 1, 100, polarity=polarity)
    assert ml_work_positions(structure, [serving]) == frozenset({0})
    # done work that is someone else's or a demo still names ML work
    for kept in ("asserted", "attributed", "demo"):
        done = _span("PROD.SERVING", "production", 1, 100, polarity=kept)
        assert ml_work_positions(structure, [done]) == frozenset({0, 1})


def test_title_and_employer_never_make_a_position_ml_work():
    """Position 0 is titled ML engineer at "Acme AI Labs"; with a non-ML bullet it is not ML work."""
    title = Line("Machine Learning Engineer, Acme AI Labs", 0, 40, "experience", 0)
    bullet = Line("Built admin pages and CRM webhooks", 41, 75, "experience", 0)
    structure = ResumeStructure(
        sections=(),
        positions=(
            Position(
                0,
                "Machine Learning Engineer",
                "Acme AI Labs",
                None,
                None,
                "ml_engineer",
                None,
                0,
                75,
                0,
                25,
                (bullet,),
            ),
        ),
        lines=(title, bullet),
        claims=(),
    )
    # a span on the title line (e.g. a tool name in "MLOps Engineer") does not count either
    title_tool = _span("TOOL.MLOPS", "tool", 0, 0)
    assert ml_work_positions(structure, [title_tool]) == frozenset()
    cicd = _span("PROD.CICD", "production", 0, 41)
    assert is_non_ml_production(cicd, frozenset())
    # outside any position (summary, projects without a position) the rule does not apply
    assert not is_non_ml_production(_span("PROD.CICD", "production", None, 41), frozenset())


RESUME = """Machine Learning Engineer

EXPERIENCE
Machine Learning Engineer — Kaveri Labs
2022 – 2024
- Trained churn models in Jupyter notebooks.
- Explored customer data with pandas and presented the findings.

Senior Software Engineer — Northwind Insurance
2018 – 2022
- Deployed builds to UAT and production environments using Jenkins.
- Handled production support tickets during the on-call week.
"""


@pytest.fixture(scope="module")
def screener():
    return Screener()


def test_a_java_position_does_not_back_the_headline_claim_end_to_end(screener):
    analysis = analyze_document(Document.from_text(RESUME, file="r.txt"), nlp=screener.nlp)
    java = {s.label for s in analysis.spans if s.position_index == 1 and s.category == "production"}
    assert java >= {"PROD.CICD", "PROD.MONITORING"}  # tagged: it is production work, just not ML
    headline = screener.assess_analysis(analysis).claims[0]
    assert headline.source == "headline"
    assert not {e["label"] for e in headline.evidence} & {"PROD.CICD", "PROD.MONITORING"}
    assert headline.verdict != "supported"
    # the recruiter is told why the Java position's production work did not count
    assert any(
        r.startswith("2 production signal(s) in positions whose bullets never mention ML work, not counted")
        and r.endswith("cicd, monitoring")
        for r in headline.reasons
    ), headline.reasons


def test_the_same_bullet_about_a_model_backs_the_claim_end_to_end(screener):
    text = RESUME.replace(
        "Deployed builds to UAT and production environments using Jenkins.",
        "Deployed the fraud model to production using Jenkins.",
    )
    headline = screener.assess_text(text).claims[0]
    assert {e["label"] for e in headline.evidence if e["position_index"] == 1} & {"PROD.CICD", "PROD.SERVING"}
