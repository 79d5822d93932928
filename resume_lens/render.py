"""Render an :class:`Assessment` for the terminal (the ``triage`` screen)."""

from __future__ import annotations

from bisect import bisect_left

from rich.console import Console
from rich.table import Table
from rich.text import Text

from resume_lens.assess import Assessment
from resume_lens.tagging import squash_whitespace

__all__ = ["render_assessment", "VERDICT_STYLES"]

VERDICT_STYLES = {
    "supported": "bold green",
    "inflated": "bold red",
    "unclear": "bold yellow",
    "no_claim": "bold blue",
}


def _highlight(line: str, spans: list[tuple[int, int]], style: str) -> Text:
    """The line on one row (wrap whitespace squashed) with the span offsets highlighted."""
    squashed, offsets = squash_whitespace(line.strip())
    lead = len(line) - len(line.lstrip())
    text = Text(squashed)
    for start, end in spans:
        text.stylize(style, bisect_left(offsets, start - lead), bisect_left(offsets, end - lead))
    return text


def render_assessment(assessment: Assessment, console: Console, *, max_lines: int = 8) -> None:
    """Print the verdict, a table of claims, and the evidence lines that decided each claim.

    Matched words are highlighted on a colour terminal (``NO_COLOR`` is honoured by rich);
    output stays plain when piped.
    """
    verdict = assessment.verdict or "error"
    p = "n/a" if assessment.p_inflated is None else f"{assessment.p_inflated:.2f}"
    banner = Text(f"{verdict.upper()}", style=VERDICT_STYLES.get(verdict, "bold"))
    banner.append(f"  p_inflated={p}  evidence fits: {assessment.evidence_role}", style="")
    console.print(Text(f"{assessment.file}"), highlight=False)
    console.print(banner, highlight=False)
    if not assessment.claims:
        console.print("No ML-engineer-family title or headline claim was found (rubric §1).", highlight=False)
    table = Table(show_edge=False, box=None, pad_edge=False)
    for column in ("claim", "source", "dates", "verdict", "p_inflated"):
        table.add_column(column, no_wrap=column in ("claim", "dates"))
    for claim in assessment.claims:
        dates = f"{claim.start_date or '?'} – {claim.end_date or '?'}" if claim.source == "position" else ""
        table.add_row(
            claim.title,
            claim.source,
            dates,
            Text(claim.verdict, style=VERDICT_STYLES.get(claim.verdict, "")),
            f"{claim.p_inflated:.2f}",
        )
    if assessment.claims:
        console.print(table)
    for number, claim in enumerate(assessment.claims, start=1):
        console.print(
            Text(f"\nClaim {number}: {claim.title} → {claim.verdict}", style="bold"), highlight=False
        )
        for reason in claim.reasons:
            console.print(f"  - {reason}", highlight=False)
        by_line: dict[int, list[dict]] = {}
        for span in claim.evidence:
            by_line.setdefault(span["line_start"], []).append(span)
        shown = 0
        for line_start, spans in sorted(by_line.items()):
            counted = [s for s in spans if s["polarity"] == "asserted"]
            style = "green" if any(s["category"] == "production" for s in counted) else "yellow"
            offsets = [(s["start"] - line_start, s["end"] - line_start) for s in spans]
            labels = ", ".join(sorted({f"{s['label']}[{s['polarity']}]" for s in spans}))
            line = _highlight(spans[0]["line"], offsets, f"bold {style}")
            console.print(Text("  > ").append(line).append(f"  ({labels})", style="dim"), highlight=False)
            shown += 1
            if shown >= max_lines:
                remaining = len(by_line) - shown
                if remaining:
                    console.print(
                        f"  … {remaining} more evidence line(s); use --json for all", highlight=False
                    )
                break
        if claim.missing_categories:
            console.print(f"  missing: {', '.join(claim.missing_categories)}", highlight=False)
    for warning in assessment.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"), highlight=False)
