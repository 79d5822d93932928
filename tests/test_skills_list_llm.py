"""LLM techniques and products listed in a skills section are tool mentions, never evidence (issue 3 item 5;
the gold guidelines in ``corpora/EVIDENCE_LINES.md`` give LLM names in skills lists no span)."""

from __future__ import annotations

from line_evidence import evidence

from resume_lens.structure import Line
from resume_lens.tagging import tag_lines


def _labels(nlp, text: str, section: str) -> set[str]:
    line = Line(text=text, start=0, end=len(text), section=section, position_index=0)
    return {s.label for s in tag_lines([line], nlp=nlp)}


def test_llm_techniques_in_a_skills_list_are_tools(nlp):
    text = "Techniques: RAG pipelines, prompt engineering, LoRA fine-tuning, function calling"
    assert evidence(nlp, text, section="skills") == set()
    assert _labels(nlp, text, "skills") == {"TOOL.LLM"}


def test_the_same_words_in_a_bullet_are_evidence(nlp):
    text = "Built RAG pipelines with function calling for the support team."
    assert any(label.startswith("LLM.") for label in _labels(nlp, text, "experience"))
