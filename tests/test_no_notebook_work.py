"""Rubric §3: a claim is ``inflated`` when "all of it is N-level" and ``unclear`` when its work is "only vague
responsibilities". The eighteenth probe of public resumes had a headline "AI/ML Engineer" whose work was
"Building intelligent systems with modern frameworks and APIs" and "Focused on developing AI solutions for
enterprise applications": nothing N-level, yet the model leaned ``inflated`` (p 0.67) and the verdict
followed it. ``resume_lens.assess.has_no_notebook_work`` finds such claims, and :func:`decide_verdict` does
not follow the lean for them.
"""

from __future__ import annotations

import dataclasses

from resume_lens.analysis import analyze_document
from resume_lens.assess import assess_analysis, decide_verdict, has_no_notebook_work
from resume_lens.document import Document
from resume_lens.evidence import EvidenceSpan
from resume_lens.model import LoadedModels, load_models
from resume_lens.structure import Line


def _line(text: str) -> Line:
    return Line(text=text, start=0, end=len(text), section="experience", position_index=0)


def _span(label: str, category: str, section: str = "experience") -> EvidenceSpan:
    return EvidenceSpan(
        label=label,
        category=category,
        text="x",
        start=0,
        end=1,
        section=section,
        position_index=0,
        rule_id="test",
        polarity="asserted",
        line_start=0,
        line_end=1,
    )


VAGUE = [
    _line("Building intelligent systems with modern frameworks and APIs"),
    _line("Focused on developing AI solutions for enterprise applications"),
]


def test_vague_responsibilities_hold_no_notebook_work():
    assert has_no_notebook_work(VAGUE, [], [])
    # a line of modelling work is N-level (resume_lens.modelling_work)
    assert not has_no_notebook_work([*VAGUE, _line("Trained churn models on three years of orders.")], [], [])
    # so is a notebook-level, research or LLM-application span
    for label, category in (("NB.NOTEBOOK", "notebook"), ("RES.PAPER", "research"), ("LLM.RAG", "llm")):
        assert not has_no_notebook_work(VAGUE, [_span(label, category)], [])
    # two lines of software work are something to judge (rubric clarification 2), one is not
    web = [
        _line("Built the React pages of the member portal."),
        _line("Migrated five client sites to React."),
    ]
    assert not has_no_notebook_work([*VAGUE, *web], [], [])
    assert has_no_notebook_work([VAGUE[1], web[0]], [], [])
    # software work that hints at ML ("intelligent systems … APIs") is no line of plain software work
    assert has_no_notebook_work([*VAGUE, web[0]], [], [])
    # anything tagged but vague is for the model to judge: a tool named in a line of work, a deployment
    # being learnt or only planned (a review: "Currently learning Docker and FastAPI to deploy models")
    for label, category, polarity in (
        ("TOOL.SERVING", "tool", "asserted"),
        ("PROD.SERVING", "production", "learning"),
        ("PROD.SERVING", "production", "hypothetical"),
    ):
        tagged = dataclasses.replace(_span(label, category), polarity=polarity)
        assert not has_no_notebook_work(VAGUE, [tagged], [])
    vague = dataclasses.replace(_span("PROD.SERVING", "production"), polarity="vague")
    assert has_no_notebook_work(VAGUE, [vague], [])
    # work in another language is left to the model: the word lists are English
    spanish = [
        _line("Entrené modelos de clasificación para la empresa"),
        _line("Análisis de los datos de ventas"),
    ]
    assert not has_no_notebook_work(spanish, [], [])
    # rubric §3: production words only in the summary make the claim inflated, so they count
    summary_words = _span("PROD.SERVING", "production", section="summary")
    assert not has_no_notebook_work(VAGUE, [], [summary_words])


def test_no_notebook_work_stops_the_lean_to_inflated():
    leaning_inflated = {"supported": 0.01, "unclear": 0.32, "inflated": 0.67}
    assert decide_verdict(leaning_inflated, lines_in_scope=3, has_production=False) == "inflated"
    assert (
        decide_verdict(leaning_inflated, lines_in_scope=3, has_production=False, no_notebook_work=True)
        == "unclear"
    )
    # web work with no ML is still inflated by rubric clarification 2
    assert (
        decide_verdict(
            leaning_inflated,
            lines_in_scope=3,
            has_production=False,
            no_notebook_work=True,
            non_ml_software_only=True,
        )
        == "inflated"
    )


VAGUE_RESUME = """Lena Park
AI/ML Engineer

Experience
AI/ML Engineer | Northwind | 2023 - Present
- Building intelligent systems with modern frameworks and APIs
- Focused on developing AI solutions for enterprise applications
- Collaborating with teams to build innovative solutions
"""


class _LeaningInflated(LoadedModels):
    """The shipped models, with every claim's probabilities replaced by a lean to ``inflated`` (the real
    resume of the probe had p_inflated 0.67; this test needs the lean, not that resume's wording)."""

    def claim_probabilities(self, rows):
        return [{"supported": 0.01, "unclear": 0.32, "inflated": 0.67} for _ in rows]


def test_a_claim_of_vague_work_is_unclear_even_when_the_model_leans_inflated_and_says_why():
    shipped = load_models()
    leaning = _LeaningInflated(shipped.claim_model, shipped.role_model, shipped.manifest)
    assessment = assess_analysis(analyze_document(Document.from_text(VAGUE_RESUME)), leaning)
    assert [(c.source, c.verdict) for c in assessment.claims] == [
        ("headline", "unclear"),
        ("position", "unclear"),
    ]
    assert assessment.verdict == "unclear"
    for claim in assessment.claims:
        assert any(
            r.startswith("the model leaned inflated (p_inflated 0.67), but no line of work")
            and r.endswith("only vague responsibilities, so unclear, not inflated (rubric §3)")
            for r in claim.reasons
        )
    # one line of modelling work gives the lean something N-level to stand on: inflated
    modelling = VAGUE_RESUME + "- Trained churn models on three years of orders.\n"
    assessment = assess_analysis(analyze_document(Document.from_text(modelling)), leaning)
    assert [c.verdict for c in assessment.claims] == ["inflated", "inflated"]
