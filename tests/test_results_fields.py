"""Result rows whose fields have the wrong type or range are a damaged file for ``report`` and ``audit``.

A tester's list: rows that were JSON objects with a ``file`` but a string ``p_inflated``, a string
``claims``, a ``p_inflated`` of -3 or ``NaN``, or an evidence span without ``line_start`` made
``resume-lens report`` print a traceback (exit 1), and ``resume-lens audit`` took them all (exit 0),
counting the verdict ``"bogus_verdict"`` as selected. Both now refuse them with one line naming the file,
the line and the field (:func:`resume_lens.results_reader.row_problem`), exit 2. Rows written by a real
``resume-lens batch`` still pass (``test_rows_of_a_real_batch_pass`` and the report/audit tests).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from resume_lens.audit import read_results
from resume_lens.cli import main
from resume_lens.errors import DamagedResultsError
from resume_lens.report import read_rows
from resume_lens.results_reader import row_problem

LINE = "Deployed the model to production"
SPAN = {
    "label": "PROD.SERVING", "category": "production", "text": "Deployed the model", "start": 10, "end": 28,
    "polarity": "asserted", "line_start": 10, "line_end": 10 + len(LINE), "line": LINE,
}  # fmt: skip
FINDING = {
    "code": "title_not_supported", "severity": "high", "label": "Title not supported", "message": "m",
    "section": "header", "start": 0, "end": 5, "text": "ML Engineer", "claim_index": 0, "detail": {},
}  # fmt: skip


def _claim(**changes: Any) -> dict[str, Any]:
    claim = {
        "title": "ML Engineer", "title_family": "ml_engineer", "source": "position", "position_index": 0,
        "start_date": "2022-01", "end_date": None, "verdict": "supported", "p_inflated": 0.1,
        "probabilities": {"inflated": 0.1, "supported": 0.8, "unclear": 0.1}, "evidence": [dict(SPAN)],
        "reasons": ["verdict: supported"], "missing_categories": ["retraining"],
        "top_features": [{"feature": "prod:serving", "logit": -0.4, "evidence": [dict(SPAN)]}],
        "questions": [{"id": "x", "kind": "evidence", "text": "How?", "start": 10, "end": 28}],
    }  # fmt: skip
    return claim | changes


def _row(**changes: Any) -> dict[str, Any]:
    """A screened row in the shape of ``Assessment.to_dict()`` (and the keys the batch adds)."""
    row = {
        "schema_version": "1.1", "file": "cvs/a.pdf", "sha256": "0" * 64, "source_format": "pdf",
        "model_version": "abc", "verdict": "supported", "p_inflated": 0.1, "evidence_role": "ml_engineer",
        "evidence_role_probability": 0.7, "claims": [_claim()], "warnings": ["w"], "keyword_stuffing": None,
        "error": None, "findings": [dict(FINDING)], "notice": "n", "engine": "pdfminer",
        "package_version": "0.1.0", "as_of": "2026-01-01",
    }  # fmt: skip
    return row | changes


def _error_row(**changes: Any) -> dict[str, Any]:
    """An error row, as ``resume_lens.batch.failed_row`` writes it."""
    return _row(
        verdict=None, p_inflated=None, evidence_role=None, evidence_role_probability=None, claims=[],
        warnings=[], findings=[], sha256=None, error={"code": "encrypted", "message": "a.pdf is locked"},
    ) | changes  # fmt: skip


NAN, INF = float("nan"), float("inf")

# (row, the problem named in the message) — each row differs from a good one in one field
BAD = [
    pytest.param(_row(p_inflated="high"), 'p_inflated is "high", not a number from 0 to 1', id="p string"),
    pytest.param(_row(p_inflated=-3), "p_inflated is -3, not a number from 0 to 1", id="p -3"),
    pytest.param(_row(p_inflated=7.5), "p_inflated is 7.5, not a number from 0 to 1", id="p 7.5"),
    pytest.param(_row(p_inflated=NAN), "p_inflated is NaN, not a number from 0 to 1", id="p NaN"),
    pytest.param(_row(p_inflated=INF), "p_inflated is Infinity, not a number from 0 to 1", id="p Infinity"),
    pytest.param(_row(p_inflated=True), "p_inflated is true, not a number from 0 to 1", id="p true"),
    pytest.param(
        _row(evidence_role_probability="0.7"),
        'evidence_role_probability is "0.7", not a number from 0 to 1',
        id="role p string",
    ),
    pytest.param(_row(file=3), "file is 3, not text", id="file number"),
    pytest.param(
        _row(verdict="bogus_verdict"),
        'verdict is "bogus_verdict", not one of supported, inflated, unclear, no_claim',
        id="bogus verdict",
    ),
    pytest.param(
        _row(verdict=["x"]), 'verdict is ["x"], not one of supported, inflated, unclear, no_claim', id="list"
    ),
    pytest.param(_row(verdict=None), "it has neither a verdict nor an error", id="no verdict"),
    pytest.param({"file": "cvs/a.pdf"}, "it has neither a verdict nor an error", id="file only"),
    pytest.param(
        _error_row(verdict="inflated"), 'it has both a verdict ("inflated") and an error', id="both"
    ),
    pytest.param(
        _error_row(error="boom"), 'error is "boom", not an object with a code and a message', id="error text"
    ),
    pytest.param(
        _error_row(error={"code": "x"}),
        'error is {"code": "x"}, not an object with a code and a message',
        id="error without message",
    ),
    pytest.param(_row(claims="oops"), 'claims is "oops", not a list', id="claims string"),
    pytest.param(_row(claims=[5]), "claims item 1 is 5, not an object", id="claim number"),
    pytest.param(_row(claims=[_claim(title=None)]), "claims item 1: title is null, not text", id="title"),
    pytest.param(
        _row(claims=[_claim(verdict=5)]), "claims item 1: verdict is 5, not a verdict", id="claim verdict"
    ),
    pytest.param(
        _row(claims=[_claim(), _claim(p_inflated=-0.5)]),
        "claims item 2: p_inflated is -0.5, not a number from 0 to 1",
        id="claim p",
    ),
    pytest.param(
        _row(claims=[_claim(evidence=[{k: v for k, v in SPAN.items() if k != "line_start"}])]),
        "claims item 1: evidence item 1 has no line_start",
        id="span without line_start",
    ),
    pytest.param(
        _row(claims=[_claim(evidence=[SPAN | {"start": "x"}])]),
        'claims item 1: evidence item 1: start is "x", not a whole number',
        id="span start text",
    ),
    pytest.param(
        _row(claims=[_claim(top_features=[{"evidence": [{"start": [1]}]}])]),
        "claims item 1: top_features item 1: evidence item 1: start is [1], not a whole number",
        id="feature span",
    ),
    pytest.param(
        _row(claims=[_claim(questions=[{"id": "x"}])]),
        "claims item 1: questions item 1 has no text",
        id="question",
    ),
    pytest.param(
        _row(claims=[_claim(reasons="r")]), 'claims item 1: reasons is "r", not a list', id="reasons"
    ),
    pytest.param(_row(findings=5), "findings is 5, not a list", id="findings number"),
    pytest.param(
        _row(findings=[{"code": None}]), "findings item 1: code is null, not text", id="finding code"
    ),
    pytest.param(_row(warnings=[1]), "warnings item 1 is 1, not text", id="warning"),
    pytest.param(
        _row(p_inflated="x" * 60),
        'p_inflated is "' + "x" * 38 + "…, not a number from 0 to 1",
        id="long value cut",
    ),
]

GOOD = [
    pytest.param(_row(), id="screened"),
    pytest.param(_error_row(), id="error row"),
    pytest.param(_row(verdict="no_claim", p_inflated=None, claims=[], evidence_role=None), id="no claim"),
    pytest.param(_row(p_inflated=0, evidence_role_probability=1), id="0 and 1"),
    pytest.param({"file": "cvs/a.pdf", "verdict": "inflated"}, id="only file and verdict"),
    pytest.param({"file": "cvs/a.pdf", "verdict": None, "error": {"code": "c", "message": "m"}}, id="error"),
    pytest.param(_row(claims=None, findings=None, warnings=None), id="null lists"),
    pytest.param(_row(extra={"anything": [1]}), id="unknown key kept"),
]


@pytest.mark.parametrize(("row", "problem"), BAD)
def test_row_problem_names_the_field(row: dict[str, Any], problem: str) -> None:
    assert row_problem(row) == problem


@pytest.mark.parametrize("row", GOOD)
def test_rows_in_the_batch_shapes_pass(row: dict[str, Any]) -> None:
    assert row_problem(row) == ""


def _write(tmp_path: Path, *rows: dict[str, Any]) -> Path:
    path = tmp_path / "results.jsonl"
    # json.dumps writes NaN and Infinity as Python's json.loads reads them (not strict JSON)
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("read", [read_rows, read_results], ids=["report", "audit"])
@pytest.mark.parametrize(("row", "problem"), BAD[:4])
def test_readers_refuse_the_line(tmp_path: Path, read: Any, row: dict[str, Any], problem: str) -> None:
    path = _write(tmp_path, _row(file="cvs/b.pdf"), row)
    with pytest.raises(DamagedResultsError) as caught:
        read(path)
    assert str(caught.value) == (
        f"{path}, line 2 is not a result row ({problem}); the results file is damaged. Fix or delete that "
        "line (the resume-lens batch command that wrote it scores that resume again once its line is deleted)"
    )


def test_an_earlier_row_of_a_file_is_checked_too(tmp_path: Path) -> None:
    """A superseded row is still a line of the file: it is checked before the latest row is picked."""
    path = _write(tmp_path, _row(p_inflated=2), _row())
    with pytest.raises(DamagedResultsError, match=r"line 1 is not a result row \(p_inflated is 2,"):
        read_rows(path)


def _command(kind: str, path: Path, tmp_path: Path) -> list[str]:
    if kind == "report":
        return ["report", str(path), "-o", str(tmp_path / "report.html")]
    groups = tmp_path / "groups.csv"
    groups.write_text("file,sex\ncvs/a.pdf,F\ncvs/b.pdf,M\n", encoding="utf-8")
    return ["audit", str(path), "--groups", str(groups)]


@pytest.mark.parametrize("kind", ["report", "audit"])
@pytest.mark.parametrize(
    "bad",
    [
        _row(file=3, verdict=["x"], p_inflated="high"),  # the tester's d18
        _row(p_inflated=7.5, claims="oops", findings=5, warnings=None, error="boom", verdict="inflated"),
        _row(verdict="bogus_verdict", p_inflated=-3),  # d21: audit counted it as selected
        _row(claims=[{"title": None, "verdict": 5, "evidence": [{"start": "x"}]}], findings=[{"code": None}]),
        _row(p_inflated=NAN, evidence_role_probability=INF),  # d17
    ],
    ids=["d18", "d20", "d21", "d22", "d17"],
)
def test_cli_exit_2_with_one_line(tmp_path: Path, kind: str, bad: dict[str, Any], capsys) -> None:
    path = _write(tmp_path, _row(), bad)
    assert main(_command(kind, path, tmp_path)) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"error: {path}, line 2 is not a result row (")
    assert "the results file is damaged" in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert captured.out == ""
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize("kind", ["report", "audit"])
def test_cli_takes_good_and_error_rows(tmp_path: Path, kind: str, capsys) -> None:
    path = _write(tmp_path, _row(), _error_row(file="cvs/b.pdf"))
    assert main(_command(kind, path, tmp_path)) == 0
    if kind == "audit":
        assert "screened 1 resume(s); left out: 1 error row(s)" in capsys.readouterr().out
