"""The ``triage`` screen: one assessment rendered for a terminal with rich.

Works on the JSON shape of :meth:`resume_lens.assess.Assessment.to_dict` (a batch row), so the
terminal screen and the HTML report (:mod:`resume_lens.report`) show the same evidence the same way.
Colour only on a terminal (rich honours ``NO_COLOR``); piped output is plain text whose layout
depends only on the assessment and the console width. Every result is marked as a triage signal for
human review.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from resume_lens.reading_text import squash_whitespace

if TYPE_CHECKING:
    from resume_lens.assess import Assessment

__all__ = [
    "CATEGORY_ORDER",
    "REVIEW_NOTE",
    "VERDICT_STYLES",
    "EvidenceLine",
    "Segment",
    "claim_dates",
    "evidence_lines",
    "render_assessment",
    "render_row",
]

#: Shown with every result, on the screen and in the report.
REVIEW_NOTE = "Triage signal for human review, not a hiring decision."

VERDICT_STYLES = {
    "supported": "bold green",
    "inflated": "bold red",
    "unclear": "bold yellow",
    "no_claim": "bold blue",
}

#: Which category wins where spans overlap, and the order labels are listed in.
CATEGORY_ORDER = ("production", "llm", "notebook", "research", "foundation", "tool")

_CATEGORY_STYLES = {
    "production": "bold green",
    "llm": "bold cyan",
    "notebook": "bold yellow",
    "research": "bold magenta",
    "foundation": "bold blue",
    "tool": "underline",
}
_SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim"}


@dataclass(frozen=True)
class Segment:
    """A run of an evidence line: plain (``category`` ``None``) or covered by evidence spans.

    ``counted`` is true when a covering span is asserted (counted as done work); ``labels`` are the
    taxonomy labels of the spans covering the run.
    """

    text: str
    category: str | None = None
    counted: bool = True
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidenceLine:
    """One line of work with its evidence spans.

    ``segments`` rebuild the line with whitespace runs squashed to one space; ``labels`` maps each
    category (in :data:`CATEGORY_ORDER`) to its labels, a non-asserted one written
    ``LABEL[polarity]``; ``deciding`` is true when a span of the line is among the evidence of the
    claim's top features; ``start`` is the line's character offset in the resume text.
    """

    segments: tuple[Segment, ...]
    labels: dict[str, tuple[str, ...]]
    deciding: bool
    start: int

    @property
    def text(self) -> str:
        """The line with whitespace squashed."""
        return "".join(s.text for s in self.segments)

    def describe(self) -> str:
        """``"production: PROD.SERVING, MEAS.LATENCY; tool: TOOL.INFRA"``."""
        return "; ".join(f"{category}: {', '.join(labels)}" for category, labels in self.labels.items())


def _rank(span: dict[str, Any]) -> tuple[int, int]:
    category = span.get("category")
    order = CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else len(CATEGORY_ORDER)
    return (0 if span.get("polarity") == "asserted" else 1, order)


def _segments(line: str, line_start: int, spans: Sequence[dict[str, Any]]) -> tuple[Segment, ...]:
    """Split ``line`` (whitespace squashed) into plain and evidence runs; the strongest span wins."""
    stripped = line.strip()
    lead = len(line) - len(line.lstrip())
    squashed, offsets = squash_whitespace(stripped)
    owner: list[int | None] = [None] * len(squashed)
    covering: list[set[int]] = [set() for _ in squashed]
    ordered = sorted(range(len(spans)), key=lambda i: _rank(spans[i]))
    for i in ordered:
        span = spans[i]
        first = bisect_left(offsets, span["start"] - line_start - lead)
        last = bisect_left(offsets, span["end"] - line_start - lead)
        for k in range(max(first, 0), min(last, len(squashed))):
            covering[k].add(i)
            if owner[k] is None:
                owner[k] = i
    out: list[Segment] = []
    k = 0
    while k < len(squashed):
        j = k
        while j < len(squashed) and owner[j] == owner[k] and covering[j] == covering[k]:
            j += 1
        i = owner[k]
        if i is None:
            out.append(Segment(squashed[k:j]))
        else:
            labels = tuple(sorted({spans[n]["label"] for n in covering[k]}))
            counted = any(spans[n].get("polarity") == "asserted" for n in covering[k])
            out.append(Segment(squashed[k:j], spans[i].get("category"), counted, labels))
        k = j
    return tuple(out)


def _labels(spans: Iterable[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    by_category: dict[str, set[str]] = {}
    for span in spans:
        label = (
            span["label"] if span.get("polarity") == "asserted" else f"{span['label']}[{span['polarity']}]"
        )
        by_category.setdefault(span.get("category") or "other", set()).add(label)
    known = [c for c in CATEGORY_ORDER if c in by_category]
    rest = sorted(c for c in by_category if c not in CATEGORY_ORDER)
    return {c: tuple(sorted(by_category[c])) for c in [*known, *rest]}


def evidence_lines(claim: dict[str, Any]) -> list[EvidenceLine]:
    """The evidence lines of one claim row (``ClaimAssessment.to_dict()``), deciding lines first.

    A line is *deciding* when one of its spans is named in the evidence of the claim's
    ``top_features``; deciding lines come first, each group in reading order.

    Returns
    -------
    list[EvidenceLine]
        One per distinct line (``line_start``) holding evidence.
    """
    named = {
        (e.get("start"), e.get("end"), e.get("label"))
        for feature in claim.get("top_features", ())
        for e in feature.get("evidence", ())
    }
    by_line: dict[int, list[dict[str, Any]]] = {}
    for span in claim.get("evidence", ()):
        by_line.setdefault(span["line_start"], []).append(span)
    lines = []
    for line_start, spans in by_line.items():
        deciding = any((s["start"], s["end"], s["label"]) in named for s in spans)
        segments = _segments(spans[0].get("line", ""), line_start, spans)
        lines.append(EvidenceLine(segments, _labels(spans), deciding, line_start))
    return sorted(lines, key=lambda line: (not line.deciding, line.start))


def claim_dates(claim: dict[str, Any]) -> str:
    """``"2021-03 – present"`` for a position claim, ``""`` for a headline claim."""
    if claim.get("source") != "position":
        return ""
    return f"{claim.get('start_date') or '?'} – {claim.get('end_date') or '?'}"


def _line_text(line: EvidenceLine) -> Text:
    text = Text()
    for segment in line.segments:
        if segment.category is None:
            text.append(segment.text)
        else:
            style = _CATEGORY_STYLES.get(segment.category, "bold")
            text.append(segment.text, style=style if segment.counted else f"{style} dim")
    return text


def _p(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def render_row(row: dict[str, Any], console: Console, *, max_lines: int = 8) -> None:
    """Print one assessment row (``Assessment.to_dict()``): banner, claims, findings, evidence, questions.

    Parameters
    ----------
    row:
        An assessment as a dict, or an error row (``{"file", "error": {"code", "message"}}``).
    console:
        Where to print; colour only when it is a terminal.
    max_lines:
        Evidence lines shown per claim (deciding lines first); the rest are counted.
    """

    def say(text: str | Text, style: str = "") -> None:
        console.print(text if isinstance(text, Text) else Text(text, style=style), highlight=False)

    say(str(row.get("file")))
    if row.get("error"):
        say(f"ERROR  {row['error'].get('code')}: {row['error'].get('message')}", "bold red")
        return
    verdict = row.get("verdict") or "error"
    banner = Text()
    banner.append(verdict.upper(), style=VERDICT_STYLES.get(verdict, "bold"))
    banner.append(f"  p_inflated={_p(row.get('p_inflated'))}")
    role_p = row.get("evidence_role_probability")
    banner.append(f"  evidence fits: {row.get('evidence_role')}")
    if role_p is not None:
        banner.append(f" ({role_p:.2f})")
    say(banner)
    say(REVIEW_NOTE, "italic")
    claims = row.get("claims") or []
    if not claims:
        say("No ML-engineer-family title or headline claim was found (rubric §1).")
    else:
        table = Table(show_edge=False, box=None, pad_edge=False)
        for column in ("claim", "source", "dates", "verdict", "p_inflated"):
            table.add_column(
                column,
                no_wrap=column in ("claim", "dates"),
                justify="right" if column == "p_inflated" else "left",
            )
        for claim in claims:
            table.add_row(
                claim["title"],
                claim["source"],
                claim_dates(claim),
                Text(claim["verdict"], style=VERDICT_STYLES.get(claim["verdict"], "")),
                _p(claim.get("p_inflated")),
            )
        say("")
        console.print(table)
    findings = row.get("findings") or []
    if findings:
        say("")
        say("Findings", "bold")
        for f in findings:
            where = f.get("section") or "file"
            head = Text("  ")
            head.append(f"[{f['severity']}]", style=_SEVERITY_STYLES.get(f["severity"], ""))
            head.append(f" {f['code']} ({where})")
            say(head)
            say(f"    {f['message']}")
    for number, claim in enumerate(claims, start=1):
        say("")
        where = claim["source"] if claim["source"] == "headline" else f"position {claim_dates(claim)}"
        title = Text(f"Claim {number}: {claim['title']} ({where}) → ", style="bold")
        title.append(claim["verdict"], style=VERDICT_STYLES.get(claim["verdict"], "bold"))
        title.append(f", p_inflated={_p(claim.get('p_inflated'))}")
        say(title)
        for reason in claim.get("reasons", ()):
            say(f"  - {reason}")
        lines = evidence_lines(claim)
        if lines:
            say("  evidence (* deciding line, > other line):")
        for line in lines[:max_lines]:
            mark = "*" if line.deciding else ">"
            say(Text(f"  {mark} ").append(_line_text(line)).append(f"  ({line.describe()})", style="dim"))
        if len(lines) > max_lines:
            say(f"  … {len(lines) - max_lines} more evidence line(s); use --json for all")
        missing = claim.get("missing_categories") or []
        if missing:
            say(f"  production categories missing: {', '.join(missing)}")
        questions = claim.get("questions") or []
        if questions:
            say("  interview questions:")
            for q_number, question in enumerate(questions, start=1):
                say(f"    {q_number}. {question['text']}")
    warnings = row.get("warnings") or []
    if warnings:
        say("")
        for warning in warnings:
            say(f"warning: {warning}", "yellow")


def render_assessment(assessment: Assessment, console: Console, *, max_lines: int = 8) -> None:
    """Print the triage screen of one :class:`~resume_lens.assess.Assessment` (see :func:`render_row`)."""
    render_row(assessment.to_dict(), console, max_lines=max_lines)
