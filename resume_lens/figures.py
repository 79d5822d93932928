"""Parse scale and reliability figures (``MEAS.*`` spans) into a value, unit and kind.

Evidence taxonomy §2 P13 lists the figures that show a system ran in production: latency with its
percentile, throughput (QPS, requests per second), uptime, users or events per period, data volume,
and cost or business impact. The rule layer finds the span; this module reads the number in it. Unit
words, magnitudes and periods are data (``data/figure_units.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Figure", "parse_figure"]

_NUMBER_RE = re.compile(
    r"(?P<cur>[$€£])?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<mag>thousand|million|billion|bn|mn|mm|[kKmMbB])(?![A-Za-z]))?",
)
_PERCENTILE_RE = re.compile(r"\bp(50|75|90|95|99|999)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-zµ%$€£]+")


@dataclass(frozen=True)
class Figure:
    """A parsed figure.

    ``value`` is in ``unit`` (latency in milliseconds, data volume in GB, throughput in requests per
    second when the span says so); ``kind`` is the taxonomy label's suffix in lower case
    (``latency``, ``throughput``, ``uptime``, ``users``, ``data_volume``, ``cost``, ``business``);
    ``counted`` names what was counted ("users", "requests") and ``period`` the time unit ("day",
    "month"), each ``None`` when absent; ``percentile`` is e.g. 99 for "p99".
    """

    value: float
    unit: str | None
    kind: str
    counted: str | None = None
    period: str | None = None
    percentile: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict."""
        return asdict(self)


@lru_cache(maxsize=1)
def _units() -> dict[str, Any]:
    return json.loads((resources.files("resume_lens") / "data" / "figure_units.json").read_text("utf-8"))


def parse_figure(text: str, label: str) -> Figure | None:
    """Read the number, unit and period of a ``MEAS.*`` span.

    Parameters
    ----------
    text:
        The span's words, e.g. ``"p99 latency 28 ms"``, ``"4k requests per second"``, ``"99.95%
        availability"``, ``"1.2M visitors a month"``, ``"$40k a year"``.
    label:
        The span's label; only ``MEAS.*`` labels are parsed.

    Returns
    -------
    Figure or None
        ``None`` when the label is not a figure or the span holds no number.
    """
    if not label.startswith("MEAS."):
        return None
    data = _units()
    percentile_match = _PERCENTILE_RE.search(text)
    searchable = _PERCENTILE_RE.sub(" ", text)
    match = _NUMBER_RE.search(searchable)
    if match is None:
        return None
    value = float(match.group("num").replace(",", ""))
    magnitude = (match.group("mag") or "").lower()
    rest = searchable[match.end() :]
    words = [w.lower() for w in _WORD_RE.findall(rest)]
    unit = None
    if match.group("cur"):
        unit, factor = data["units"][match.group("cur")]
        value *= factor
    # "40 ms", "3 m" (minutes are spelled out in resumes; a bare m after a number is a magnitude)
    if magnitude and not (magnitude == "m" and words and words[0] in ("s", "sec", "secs")):
        value *= data["magnitudes"].get(magnitude, 1.0)
    elif magnitude == "m":  # "40ms" split as 40 + m + s: milliseconds
        words = ["ms", *words[1:]]
    if unit is None and rest.lstrip().startswith("%"):
        unit = "%"
    elif unit is None and words and words[0] in data["units"]:
        unit, factor = data["units"][words[0]]
        value *= factor
        words = words[1:]  # the unit word is not also a period ("1.5 s")
    counted = next((w for w in words if w in data["counted"]), None)
    period = None
    for i, word in enumerate(words):
        if word in data["periods"] and i > 0 and words[i - 1] in ("per", "a", "an", "each", "every"):
            period = data["periods"][word]
            break
        if word in ("daily", "nightly", "weekly", "monthly", "yearly", "annually"):
            period = data["periods"][word]
            break
    if period is None and "/" in rest:
        tail = rest.split("/", 1)[1].strip().lower()
        first = _WORD_RE.findall(tail)[:1]
        if first and first[0] in data["periods"]:
            period = data["periods"][first[0]]
    if unit is None and counted is not None:
        unit = f"{counted}/{period}" if period else counted
    return Figure(
        value=round(value, 6),
        unit=unit,
        kind=label.split(".", 1)[1].lower(),
        counted=counted,
        period=period,
        percentile=int(percentile_match.group(1)) if percentile_match else None,
    )
