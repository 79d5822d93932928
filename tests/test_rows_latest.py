"""The Python readers of a batch's rows take the latest row per file, as the CLI does (a tester's report).

A rerun appends: a file whose first row was an error (here a ``timeout``, retried) gets its scored row
below it. ``resume-lens report`` and ``resume-lens audit`` counted it once, but ``report.read_rows``
and ``audit.read_results`` called from Python returned both rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from resume_lens.audit import bias_report, read_results
from resume_lens.report import build_report, read_rows, write_report


def _row(file: str, verdict: str | None, *, error: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "schema_version": "1.1",
        "file": file,
        "verdict": verdict,
        "p_inflated": None if verdict is None else 0.8,
        "evidence_role": None,
        "claims": [],
        "findings": [],
        "warnings": [],
        "error": error,
    }


TIMEOUT = {"code": "timeout", "message": "cvs/a.pdf took longer than 60 s; it is tried again on the next run"}


def _rows_file(tmp_path: Path) -> Path:
    rows = [
        _row("cvs/a.pdf", None, error=TIMEOUT),  # first run: an error row
        _row("cvs/b.pdf", "supported"),
        _row("cvs/a.pdf", "inflated"),  # the rerun: a.pdf scored, appended below
    ]
    path = tmp_path / "results.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_read_rows_returns_the_latest_row_per_file(tmp_path: Path) -> None:
    path = _rows_file(tmp_path)
    rows = read_rows(path)
    # b.pdf's row was written before a.pdf's winning row: the order is that of the winning rows
    assert [(r["file"], r["verdict"], r["error"]) for r in rows] == [
        ("cvs/b.pdf", "supported", None),
        ("cvs/a.pdf", "inflated", None),
    ]
    every = read_rows(path, all_rows=True)
    assert [(r["file"], r["verdict"]) for r in every] == [
        ("cvs/a.pdf", None),
        ("cvs/b.pdf", "supported"),
        ("cvs/a.pdf", "inflated"),
    ]


def test_write_report_from_a_path_shows_one_row_per_file(tmp_path: Path) -> None:
    path = _rows_file(tmp_path)
    html = write_report(path, tmp_path / "r.html", as_of="2026-11-29").read_text(encoding="utf-8")
    assert html.count('<tr data-index="') == 2
    assert "took longer than 60 s" not in html  # the error row lost to the scored one
    assert html == build_report(read_rows(path), as_of="2026-11-29", source="results.jsonl")


def test_read_results_returns_the_latest_row_per_file(tmp_path: Path) -> None:
    path = _rows_file(tmp_path)
    rows = read_results(path)
    assert [(r["file"], r["verdict"]) for r in rows] == [
        ("cvs/b.pdf", "supported"),
        ("cvs/a.pdf", "inflated"),
    ]
    assert len(read_results(path, all_rows=True)) == 3
    groups = {"cvs/a.pdf": {"sex": "F"}, "cvs/b.pdf": {"sex": "M"}}
    report = bias_report(rows, ["sex"], groups)
    # a.pdf counts once, as scored (flagged); its old timeout row is not an error row any more
    assert (report.screened, report.errors, report.unmatched) == (2, 0, 0)
    f = next(g for g in report.groups if g.group == "F")
    assert (f.n, f.flagged) == (1, 1)
    every = bias_report(read_results(path, all_rows=True), ["sex"], groups)
    assert (every.screened, every.errors) == (2, 1)


def test_a_file_name_with_a_line_separator_is_one_row(tmp_path: Path) -> None:
    """Rows end with "\\n" only; U+2028 (LINE SEPARATOR) in a file name must not split a row (a tester's
    batch of four with one such name was audited as three)."""
    name = "cvs/odd\u2028name.pdf"
    path = tmp_path / "results.jsonl"
    rows = [_row(name, "inflated"), _row("cvs/b.pdf", "supported")]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert [r["file"] for r in read_results(path)] == [name, "cvs/b.pdf"]
    assert [r["file"] for r in read_rows(path)] == [name, "cvs/b.pdf"]


def test_an_audit_log_record_with_a_line_separator_is_one_record(tmp_path: Path) -> None:
    from resume_lens.audit_log import append_records, audit_record, read_records

    # a record holds no file name or resume text today; a reviewer's override note may hold anything
    records = [audit_record(_row("cvs/a.pdf", v), {"fingerprint": "f"}) for v in ("inflated", "supported")]
    records[0]["reviewer_override"] = {"verdict": "unclear", "note": "see\u2028page 2"}
    log = tmp_path / "audit.jsonl"
    assert append_records(log, records) == 2
    assert [r["verdict"] for r in read_records(log)] == ["inflated", "supported"]
    assert read_records(log)[0]["reviewer_override"]["note"] == "see\u2028page 2"
