"""Tag resume lines with evidence spans (design sketch step 4; evidence taxonomy §2–§6).

:func:`tag_lines` runs the spaCy evidence pipeline of :mod:`resume_lens.nlp` over every line of a
resume in one ``nlp.pipe`` call and maps each span back to character offsets into ``Document.text``.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .evidence import EvidenceSpan
from .figures import parse_figure
from .nlp import EVIDENCE_KEY, build_pipeline
from .nlp.components import TOOL_RULE_PREFIXES, merge_clause_fragments, same_label_longest
from .reading_text import reading_text, squash_whitespace
from .structure import Line

__all__ = ["CATEGORY_BY_PREFIX", "category_of", "get_pipeline", "squash_whitespace", "tag_lines"]

#: Label namespace → :attr:`EvidenceSpan.category` (taxonomy §0.3). ``TOOL.*`` (a bare tool or
#: concept name, specificity S0 of §7.2) gets its own ``"tool"`` category so that it is never
#: counted as production evidence by accident.
CATEGORY_BY_PREFIX = {
    "PROD": "production",
    "MEAS": "production",
    "NB": "notebook",
    "LLM": "llm",
    "RES": "research",
    "FOUND": "foundation",
    "TOOL": "tool",
}


def category_of(label: str) -> str:
    """Category of a taxonomy label (``"PROD.SERVING"`` → ``"production"``).

    Raises
    ------
    ValueError
        For a label outside the known namespaces.
    """
    prefix = label.split(".", 1)[0]
    try:
        return CATEGORY_BY_PREFIX[prefix]
    except KeyError:
        known = sorted(CATEGORY_BY_PREFIX)
        raise ValueError(f"label {label!r} has no known category prefix {known}") from None


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The process-wide evidence pipeline, built on first use and cached (about 1 s to build)."""
    return build_pipeline()


def _polarity(span: Span) -> str:
    value = span._.rl_polarity if Span.has_extension("rl_polarity") else None
    return value or "asserted"


def _skills_tool_label(span: Span, section: str) -> str:
    """The span's label, except in a skills list, which is never evidence (issue 3, taxonomy §6.9): a tool
    name the context component qualified into a production label ("Familiar with: Docker") stays
    ``TOOL.*``, and an LLM technique or product listed there ("Techniques: RAG, LoRA, function calling",
    "LLM: LangChain, OpenAI API") is ``TOOL.LLM``, as the gold guidelines mark LLM names in skills lists
    (``corpora/EVIDENCE_LINES.md``: not spans)."""
    label = span.label_
    if section != "skills":
        return label
    if label.startswith("PROD.") and span.id_.startswith(TOOL_RULE_PREFIXES):
        return "TOOL." + label.split(".", 1)[1]
    if label.startswith("LLM."):
        return "TOOL.LLM"
    return label


def _figure(label: str, text: str) -> dict[str, Any] | None:
    figure = parse_figure(text, label)
    return None if figure is None else figure.to_dict()


#: Resumes a pipeline tags with their words kept in its vocabulary before :func:`tag_lines` switches to a
#: spaCy memory zone per resume (see there).
WARM_UP_RESUMES = 50
_tagged_resumes: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def tag_lines(
    lines: Sequence[Line], *, nlp: Language | None = None, batch_size: int = 256
) -> list[EvidenceSpan]:
    """Find evidence spans in resume lines.

    Parameters
    ----------
    lines:
        Lines (bullets or sentence lines) whose ``text`` equals ``document_text[line.start:line.end]``.
    nlp:
        The pipeline to use; default :func:`get_pipeline`. It must write ``doc.spans["rl_evidence"]``;
        without the ``resume_lens_context`` component every span is ``"asserted"``.
    batch_size:
        Lines per ``nlp.pipe`` batch.

    Returns
    -------
    list of EvidenceSpan
        In document order (``start``, ``end``, ``label``). ``start``/``end`` are character offsets into
        the document text, end-exclusive: ``document_text[s.start:s.end] == s.text``. Overlapping
        spans with the same label are reduced to the longest; different labels may overlap. Outside
        ``skills`` lines, tool names one cue qualifies ("familiar with Docker and Kubernetes") come back
        as one span (:func:`~resume_lens.nlp.components.merge_clause_fragments`). Spans in
        ``skills`` lines are returned but do not count (:attr:`EvidenceSpan.counts`, rubric §2).

    Examples
    --------
    >>> from resume_lens.structure import Line
    >>> text = "Experience\\nDeployed the ranking model to production at 2k QPS"
    >>> line = Line(text=text[11:], start=11, end=len(text), section="experience", position_index=0)
    >>> [(s.label, s.polarity) for s in tag_lines([line])]
    [('PROD.SERVING', 'asserted'), ('MEAS.THROUGHPUT', 'asserted')]
    """
    nlp = get_pipeline() if nlp is None else nlp
    todo = [line for line in lines if line.text.strip()]
    squashed = [reading_text(line.text) for line in todo]
    # New words, numbers and e-mail addresses add lexemes and strings to the shared vocabulary; inside
    # a memory zone they are freed when the resume is done, so a worker's memory stays flat over a
    # batch of thousands of resumes (issue 6). Nothing from a Doc leaves the zone but Python values.
    # The first WARM_UP_RESUMES calls on a pipeline run outside a zone: their words stay, so the common
    # ones are looked up, not rebuilt, in every later resume (a zone on every call costs ~30 % more).
    seen = _tagged_resumes.get(nlp, 0)
    if seen < WARM_UP_RESUMES:
        _tagged_resumes[nlp] = seen + 1
        zone: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
    else:  # a stand-in without memory zones (fairness.invariance.MemoPipeline keeps its Docs) runs without
        zone = getattr(nlp, "memory_zone", contextlib.nullcontext)()
    with zone:
        out = _spans_of(nlp.pipe((text for text, _ in squashed), batch_size=batch_size), todo, squashed)
    out.sort(key=lambda s: (s.start, s.end, s.label))
    return out


def _spans_of(
    docs: Iterable[Doc], todo: Sequence[Line], squashed: Sequence[tuple[str, list[int]]]
) -> list[EvidenceSpan]:
    """The evidence spans of tagged lines as :class:`EvidenceSpan` values (see :func:`tag_lines`)."""
    out: list[EvidenceSpan] = []
    for line, (_, offsets), doc in zip(todo, squashed, docs, strict=True):
        spans = doc.spans[EVIDENCE_KEY] if EVIDENCE_KEY in doc.spans else []
        kept = same_label_longest(spans)
        section = line.section
        if section != "skills":  # a skills list keeps tool names apart (keyword stuffing)
            kept = merge_clause_fragments(kept, join_qualified_tools=True)
        for span in kept:
            start = line.start + offsets[span.start_char]
            end = line.start + offsets[span.end_char - 1] + 1
            label = _skills_tool_label(span, section)
            out.append(
                EvidenceSpan(
                    label=label,
                    category=category_of(label),
                    text=line.text[start - line.start : end - line.start],
                    start=start,
                    end=end,
                    section=section,
                    position_index=line.position_index,
                    rule_id=span.id_,
                    polarity=_polarity(span),
                    line_start=line.start,
                    line_end=line.end,
                    figure=_figure(label, line.text[start - line.start : end - line.start]),
                )
            )
    return out
