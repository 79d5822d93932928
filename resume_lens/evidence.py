"""Evidence spans: what the spaCy rule layer found, where, and how it is asserted."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["EvidenceSpan", "POLARITIES", "COUNTED_POLARITY"]

#: How a span is asserted (ConText-style, evidence taxonomy §6). Only ``asserted`` production
#: evidence counts as production evidence; the others are recorded with their polarity. ``vague``
#: (taxonomy §6.8, MOD.VAGUE) marks a generic phrase with no object, mechanism, user or figure
#: ("developed and deployed ML models", "productionised ML solutions across the business"): rubric §3
#: counts it as a weak signal only.
POLARITIES = ("asserted", "hedged", "learning", "negated", "attributed", "demo", "hypothetical", "vague")
COUNTED_POLARITY = "asserted"


@dataclass(frozen=True)
class EvidenceSpan:
    """One piece of evidence in the resume text.

    Attributes
    ----------
    label:
        Taxonomy label, e.g. ``"PROD.SERVING"``, ``"NB.NOTEBOOK"``, ``"MEAS.LATENCY"``,
        ``"LLM.RAG"``, ``"RES.PUB"``, ``"TOOL.INFRA"`` (evidence taxonomy §0.3).
    category:
        ``"production"`` (PROD.* and MEAS.*), ``"notebook"`` (NB.*), ``"llm"`` (LLM.*),
        ``"research"`` (RES.*) or ``"tool"`` (TOOL.*: a bare tool or concept name, never counted
        as production work).
    text:
        The matched words; always equal to ``document.text[start:end]``.
    start, end:
        Character offsets into ``Document.text``, end-exclusive.
    section:
        Canonical section name the span lies in (see :data:`resume_lens.structure.SECTION_NAMES`).
    position_index:
        Index of the position the span belongs to, or ``None`` outside any position.
    rule_id:
        Stable id of the pattern that fired (from the JSONL pattern files).
    polarity:
        One of :data:`POLARITIES`.
    line_start, line_end:
        Offsets of the whole line (bullet) holding the span, for showing context.
    figure:
        For ``MEAS.*`` spans, the parsed figure (``value``, ``unit``, ``kind``, ``counted``,
        ``period``, ``percentile``; see :class:`resume_lens.figures.Figure`), else ``None``.
    """

    label: str
    category: str
    text: str
    start: int
    end: int
    section: str
    position_index: int | None
    rule_id: str
    polarity: str
    line_start: int
    line_end: int
    figure: dict[str, Any] | None = None

    @property
    def counts(self) -> bool:
        """True when the span is evidence of work done (asserted and not in a skills list)."""
        return self.polarity == COUNTED_POLARITY and self.section != "skills"

    def to_dict(self) -> dict:
        """JSON-safe dict of all fields."""
        return asdict(self)
