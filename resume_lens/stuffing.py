"""The keyword-stuffing signal: tools listed in the skills section but never used in any bullet.

Evidence taxonomy §6.10 (``FLAG.STUFFING``): a long skills list of MLOps tools that no position,
project or summary line mentions is the classic shape of a stuffed resume. The signal is reported
with every assessment and never enters the claim model (a skills list is not evidence, rubric §2).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from resume_lens.analysis import Analysis

__all__ = ["KeywordStuffing", "STUFFING_MIN_UNUSED", "keyword_stuffing"]

#: At least this many listed-but-unused production tools raise the stuffing warning. Five is where a
#: skills list stops reading as "my stack" and starts reading as a keyword wall (taxonomy §6.10).
STUFFING_MIN_UNUSED = 5

_LISTED_CATEGORIES = frozenset({"tool", "production", "llm"})


@dataclass(frozen=True)
class KeywordStuffing:
    """Counts of production and LLM tools named in the skills section.

    ``listed`` and ``unused`` are sorted lower-case tool names; ``unused_share`` is the fraction of
    listed tools that no line outside the skills section mentions, in [0, 1] (0 when none are listed).
    """

    listed: tuple[str, ...]
    unused: tuple[str, ...]
    unused_share: float
    flagged: bool

    def to_dict(self) -> dict:
        """JSON-safe dict."""
        data = asdict(self)
        data["listed"] = list(self.listed)
        data["unused"] = list(self.unused)
        return data


def keyword_stuffing(analysis: Analysis) -> KeywordStuffing:
    """Measure tools listed in the skills section but never used in any other line.

    Parameters
    ----------
    analysis:
        An analysed resume (:func:`resume_lens.analysis.analyze_document`).

    Returns
    -------
    KeywordStuffing
        ``flagged`` when at least :data:`STUFFING_MIN_UNUSED` listed tools are unused.
    """
    listed = sorted(
        {s.text.lower() for s in analysis.spans if s.section == "skills" and s.category in _LISTED_CATEGORIES}
    )
    elsewhere = " ".join(line.text.lower() for line in analysis.structure.lines if line.section != "skills")
    unused = [tool for tool in listed if not re.search(rf"(?<!\w){re.escape(tool)}(?!\w)", elsewhere)]
    share = len(unused) / len(listed) if listed else 0.0
    return KeywordStuffing(tuple(listed), tuple(unused), round(share, 4), len(unused) >= STUFFING_MIN_UNUSED)
