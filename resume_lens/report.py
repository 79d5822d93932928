"""The HTML report: one self-contained page for a batch of screened resumes.

``resume-lens report results.jsonl -o report.html`` reads the JSON Lines rows a batch writes
(``Assessment.to_dict()`` per file) and writes one HTML file with counts per verdict, a histogram of
``p_inflated`` (inline SVG), a sortable and filterable table, and a detail view per resume with the
highlighted evidence, reasons, findings and interview questions.

The page loads nothing: CSS and JavaScript are inline, and a Content-Security-Policy allows no
network access and runs only the report's own script (by its sha256). Every piece of resume text
(file names included) goes through Jinja2 autoescaping and is never placed in a URL, so a resume
holding ``<script>``, ``<img onerror=...>`` or ``javascript:`` links shows them as text.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from resume_lens import __version__
from resume_lens.errors import ResumeLensError
from resume_lens.render import REVIEW_NOTE, claim_dates, evidence_lines
from resume_lens.results_reader import read_result_rows

__all__ = ["ReportInputError", "VERDICT_ORDER", "build_report", "read_rows", "write_report"]

#: Verdicts in the order the counts and the filter list them; ``error`` is a row that could not be read.
VERDICT_ORDER = ("supported", "inflated", "unclear", "no_claim", "error")

_HIST_BINS = 10  # p_inflated bins of width 0.1, as in the README's calibration table


class ReportInputError(ResumeLensError, ValueError):
    """The results file for a report is missing, unreadable, or not batch rows."""

    code = "report_input_error"


def read_rows(path: str | os.PathLike[str], *, all_rows: bool = False) -> list[dict[str, Any]]:
    """Read batch rows from a JSON Lines file (one ``Assessment.to_dict()`` object per line).

    The rules are :func:`resume_lens.results_reader.read_result_rows`, shared with ``resume-lens audit``:
    blank lines and an empty file give no rows; a last line without a line end (a row cut short by a
    stopped batch) is skipped with a :class:`~resume_lens.results_reader.CutShortRowWarning`; any other
    line that is not a JSON object with a ``file``, or has malformed fields, raises
    :class:`~resume_lens.errors.DamagedResultsError`.
    A batch only appends, so a file scored again (a retried error, a new model or version) has its old row
    above its new one until the run completes: by default only the **latest row of each file** is
    returned (:func:`resume_lens.output.latest_rows`, the rule ``resume-lens report`` and the batch
    CSV use), so there is one result per file.

    Parameters
    ----------
    path:
        The ``.jsonl`` file written by ``resume-lens batch`` (for ``-o results.csv`` it is
        ``results.csv.jsonl``).
    all_rows:
        Return every row as written, earlier rows of a file included.

    Returns
    -------
    list[dict]
        One row per ``file``, the last written for it, in the order those rows were written (every
        row in file order with ``all_rows=True``); ``[]`` for an empty file.

    Raises
    ------
    ReportInputError
        The file is missing, a folder, unreadable, or the batch's ``.csv`` summary.
    DamagedResultsError
        A line other than an unfinished last one is not a result row, or is one whose fields are malformed
        (:func:`~resume_lens.results_reader.row_problem`); the message names the line.
    """
    return read_result_rows(path, all_rows=all_rows, input_error=ReportInputError)


def _p_text(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _row_view(index: int, row: dict[str, Any]) -> dict[str, Any]:
    error = row.get("error")
    verdict = "error" if error else str(row.get("verdict") or "error")
    p = row.get("p_inflated")
    claims = row.get("claims") or []
    findings = row.get("findings") or []
    role_p = row.get("evidence_role_probability")
    return {
        "index": index,
        "anchor": f"resume-{index}",
        "file": str(row.get("file") or ""),
        "verdict": verdict,
        "p_text": _p_text(p),
        "p_sort": "-1" if p is None else f"{float(p):.6f}",
        "role": str(row.get("evidence_role") or ""),
        "role_p": None if role_p is None else f"{float(role_p):.2f}",
        "top_claim": str(claims[0]["title"]) if claims else "",
        "findings": findings,
        "finding_codes": ", ".join(dict.fromkeys(str(f.get("code")) for f in findings)),
        "error": error,
        "warnings": row.get("warnings") or [],
        "claims": [
            {
                "title": c.get("title", ""),
                "where": "headline" if c.get("source") == "headline" else f"position {claim_dates(c)}",
                "verdict": c.get("verdict", ""),
                "p_text": _p_text(c.get("p_inflated")),
                "reasons": c.get("reasons") or [],
                "lines": evidence_lines(c),
                "missing": c.get("missing_categories") or [],
                "questions": c.get("questions") or [],
            }
            for c in claims
        ],
    }


def _histogram(values: Sequence[float]) -> dict[str, Any]:
    """Bars of an inline SVG histogram: ``_HIST_BINS`` bins of width 0.1 over [0, 1] (1.0 in the last)."""
    counts = [0] * _HIST_BINS
    for value in values:
        counts[min(int(value * _HIST_BINS), _HIST_BINS - 1)] += 1
    width, height, left, right, top, base = 420, 170, 20, 410, 16, 145
    bar_w = (right - left) / _HIST_BINS
    peak = max(counts) or 1
    bars = []
    for i, count in enumerate(counts):
        h = round((base - top) * count / peak, 1)
        bars.append(
            {
                "x": round(left + i * bar_w + 2, 1),
                "y": round(base - h, 1),
                "w": round(bar_w - 4, 1),
                "h": h,
                "count": count,
                "low": i / _HIST_BINS,
                "label": f"{i / _HIST_BINS:.1f}–{(i + 1) / _HIST_BINS:.1f}",
            }
        )
    ticks = [{"x": round(left + (right - left) * t, 1), "label": f"{t:g}"} for t in (0, 0.25, 0.5, 0.75, 1)]
    return {
        "bars": bars,
        "ticks": ticks,
        "total": len(values),
        "width": width,
        "height": height,
        "left": left,
        "right": right,
        "top": top,
        "base": base,
        "threshold_x": round(left + (right - left) * 0.5, 1),
    }


def _asset(name: str) -> str:
    return (resources.files("resume_lens") / "templates" / name).read_text("utf-8")


def build_report(
    rows: Iterable[dict[str, Any]],
    *,
    as_of: date | str | None = None,
    source: str = "results.jsonl",
    title: str = "resume_lens screening report",
) -> str:
    """The report as one HTML string.

    Parameters
    ----------
    rows:
        Batch rows (``Assessment.to_dict()``, error rows included), in the order to list them.
    as_of:
        The date printed as "screened as of" (``date`` or ``YYYY-MM-DD``); today when ``None``. Given
        the same rows and date the output is byte-identical.
    source:
        The name of the results file, shown in the header.
    title:
        The page title.

    Returns
    -------
    str
        A complete HTML document that needs no network.
    """
    views = [_row_view(i, row) for i, row in enumerate(rows)]
    tally = Counter(v["verdict"] for v in views)
    counts = [{"verdict": v, "count": tally.get(v, 0)} for v in VERDICT_ORDER if v != "error" or tally.get(v)]
    counts += [{"verdict": v, "count": n} for v, n in sorted(tally.items()) if v not in VERDICT_ORDER]
    values = [float(v["p_sort"]) for v in views if v["p_sort"] != "-1"]
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    env = Environment(
        loader=PackageLoader("resume_lens", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    day = as_of if isinstance(as_of, str) else (as_of or date.today()).isoformat()
    return env.get_template("report.html.j2").render(
        title=title,
        source=source,
        as_of=day,
        version=__version__,
        review_note=REVIEW_NOTE,
        rows=views,
        counts=counts,
        histogram=_histogram(values),
        css=Markup(_asset("report.css")),
        script=Markup(script),
        script_hash=f"sha256-{digest}",
    )


def write_report(
    rows: str | os.PathLike[str] | Iterable[dict[str, Any]],
    output: str | os.PathLike[str],
    *,
    as_of: date | str | None = None,
    source: str | None = None,
) -> Path:
    """Write the HTML report of batch rows (or of a ``.jsonl`` rows file) to ``output``.

    Parameters
    ----------
    rows:
        A path to the rows file (read with :func:`read_rows`: the latest row per file) or the rows
        themselves (all of them are shown).
    output:
        The HTML file to write (UTF-8); its folder must exist.
    as_of:
        See :func:`build_report`.
    source:
        The results file's name for the header; the name of ``rows`` when it is a path.

    Returns
    -------
    Path
        ``output``.

    Raises
    ------
    ReportInputError
        When the rows file cannot be read, or ``output`` cannot be written.
    """
    if isinstance(rows, str | os.PathLike):
        source = source or Path(rows).name
        rows = read_rows(rows)
    html = build_report(rows, as_of=as_of, source=source or "batch results")
    out = Path(output)
    try:
        out.write_text(html, encoding="utf-8", errors="backslashreplace")  # a file name not in UTF-8
    except OSError as e:
        raise ReportInputError(f"cannot write {out}: {e.strerror}") from None
    return out
