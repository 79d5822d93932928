"""Rubric §3 counts lines of work (bullets or sentences), not a position's header lines; an ``unclear``
verdict the model decided says which evidence pulled each way."""

from __future__ import annotations

import pytest

from resume_lens.analysis import analyze_document
from resume_lens.assess import _reasons, work_lines
from resume_lens.document import Document
from resume_lens.evidence import EvidenceSpan
from resume_lens.features import claim_context
from resume_lens.screener import Screener
from resume_lens.structure import Claim


def _contexts(text: str):
    analysis = analyze_document(Document.from_text(text))
    structure = analysis.structure
    return [(claim_context(c, structure, analysis.spans), structure) for c in structure.claims]


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
    assert (
        "only 1 bullet(s) or sentence(s) of work in this position: too thin to judge (rubric §3)"
        in claim.reasons
    )


# --- rubric §3 counts sentences: a paragraph of several sentences is several lines of work -------------

PARAGRAPH = """EXPERIENCE
Machine Learning Engineer, Kustline Shipping, 2024 - Present
I trained churn models in Jupyter notebooks and reached 0.81 AUC on the test set. I built Tableau dashboards \
for the sales team, e.g. weekly churn by region. I presented the findings to the leadership team every month.
"""


def test_a_paragraph_of_three_sentences_is_three_lines_of_work():
    analysis = analyze_document(Document.from_text(PARAGRAPH))
    (line,) = [ln for ln in analysis.structure.lines if ln.text.startswith("I trained")]
    starts = dict(analysis.multi_sentence_lines)[line.start]  # "e.g." does not end a sentence
    assert [analysis.document.text[s : s + 9] for s in starts] == ["I trained", "I built T", "I present"]
    (claim,) = Screener().assess_text(PARAGRAPH).claims
    assert not any("too thin" in reason for reason in claim.reasons)
    assert claim.verdict == "inflated"  # three sentences of notebook-level work (rubric §3)


def test_one_sentence_with_abbreviations_and_figures_is_one_line():
    text = (
        "EXPERIENCE\nML Engineer, Acme, 2024 - Present\n"
        "- Worked with Sr. engineers on a 99.9% uptime API, e.g. the U.S. site.\n"
    )
    assert analyze_document(Document.from_text(text)).multi_sentence_lines == ()


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


def test_an_unclear_verdict_held_back_by_an_attributed_deployment_says_so():
    spans = [_span("NB.NOTEBOOK", "notebook"), _span("PROD.SERVING", "production", "attributed")]
    reasons = _reasons(_CLAIM, spans, 4, "unclear", probabilities=_PROBABILITIES)
    assert (
        "production is only mentioned, not shown as the candidate's own done work (attributed): a careful "
        "reader could go either way (p_supported 0.30, p_unclear 0.45, p_inflated 0.25; rubric §3)"
    ) in reasons


@pytest.mark.parametrize(
    "bullet",
    [
        # the sentencizer splits after an abbreviation, but the text goes on in lower case (a review)
        "Trained demand models on approx. two years of data in Jupyter notebooks.",
        "Built classifiers, regressors, etc. in Jupyter notebooks for the pricing team.",
        "Benchmarked the ver. two ranking baseline offline.",
    ],
)
def test_an_abbreviation_before_lower_case_text_ends_no_sentence(bullet):
    text = f"EXPERIENCE\nML Engineer, Acme, 2024 - Present\n- {bullet}\n"
    assert analyze_document(Document.from_text(text)).multi_sentence_lines == ()


def test_a_sentence_starts_at_its_first_letter_after_a_double_space():
    text = "EXPERIENCE\nML Engineer, Acme, 2024 - Present\nTrained churn models.\u00a0 Presented results.\n"
    analysis = analyze_document(Document.from_text(text))
    ((_, starts),) = analysis.multi_sentence_lines
    assert [analysis.document.text[s : s + 9] for s in starts] == ["Trained c", "Presented"]
