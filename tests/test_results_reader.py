"""``resume-lens report`` and ``resume-lens audit`` read a batch's rows file by one rule (a tester's list).

``report.read_rows`` raised on a bad line in the middle while ``audit.read_results`` skipped it silently,
and an empty file was no rows for one and an error for the other. Both now call
``resume_lens.results_reader.read_result_rows``; every case here runs through both, on hand-made files.
"""

from __future__ import annotations

import gzip
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import batch_cli
import pytest

from resume_lens.audit import AuditInputError, read_results
from resume_lens.cli import main
from resume_lens.errors import DamagedResultsError, ResumeLensError
from resume_lens.output import RowsFile
from resume_lens.report import ReportInputError, read_rows
from resume_lens.results_reader import CutShortRowWarning

READERS = [
    pytest.param(read_rows, id="report.read_rows"),
    pytest.param(read_results, id="audit.read_results"),
]
Reader = Callable[..., list[dict[str, Any]]]


def _row(file: str, verdict: str = "supported") -> dict[str, Any]:
    return {"schema_version": "1.1", "file": file, "verdict": verdict, "error": None, "claims": []}


def _line(row: dict[str, Any]) -> bytes:
    """One row as the batch writes it (``RowsFile.append``)."""
    return (json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


A, B = _line(_row("cvs/a.pdf")), _line(_row("cvs/b.pdf", "inflated"))
CAFE = _line(_row("cvs/café.pdf"))


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(
    "data", [b"", b"\n", b"\n\n  \n\r\n\t\n", b"\n   "], ids=["0 bytes", "1", "4", "no end"]
)
def test_an_empty_file_or_blank_lines_hold_no_rows(
    tmp_path: Path, read: Reader, data: bytes, recwarn
) -> None:
    assert read(_write(tmp_path, data)) == []
    assert not recwarn.list  # a blank last line without a line end is no unfinished row


@pytest.mark.parametrize("read", READERS)
def test_blank_lines_between_rows_are_skipped(tmp_path: Path, read: Reader) -> None:
    path = _write(tmp_path, b"\n" + A + b"\n\r\n" + B + b"\n")
    assert [r["file"] for r in read(path)] == ["cvs/a.pdf", "cvs/b.pdf"]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(
    "tail",
    [
        B[:25],  # a row cut short by kill -9
        CAFE[: CAFE.index("é".encode()) + 1],  # cut inside the two bytes of "é": not even UTF-8
        B[:-1],  # the whole row but its line end: the batch drops it too (RowsFile.repair)
    ],
    ids=["cut JSON", "cut UTF-8", "no line end"],
)
def test_an_unfinished_last_line_is_skipped_with_a_warning(tmp_path: Path, read: Reader, tail: bytes) -> None:
    path = _write(tmp_path, A + b"\n" + tail)  # lines: 1 row a, 2 blank, 3 the unfinished row
    with pytest.warns(CutShortRowWarning) as caught:
        rows = read(path, all_rows=True)
    assert [r["file"] for r in rows] == ["cvs/a.pdf"]
    (warning,) = caught
    assert str(warning.message).startswith(f"{path}, line 3: skipped an unfinished last row")
    assert "run the same resume-lens batch command again" in str(warning.message)
    # the batch agrees: when it resumes it cuts that line and keeps the same rows
    rows_file = RowsFile(path)
    assert rows_file.repair() == len(tail)
    assert [row for _, row in rows_file.rows()] == rows


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (b"not json", "not JSON"),
        (b'{"file": "cvs/x.pdf", "verdict": "supp', "not JSON"),  # a row cut short, then appended to
        (b"[1, 2]", "JSON but not an object"),
        (b'"cvs/x.pdf"', "JSON but not an object"),
        (b'{"verdict": "supported"}', "a JSON object without a 'file'"),
        (b'{"file": "cvs/\xff.pdf"}', "not UTF-8 text"),
    ],
    ids=["text", "cut row", "array", "string", "no file", "bytes"],
)
def test_a_bad_line_in_the_middle_is_a_damaged_file(
    tmp_path: Path, read: Reader, bad: bytes, problem: str
) -> None:
    path = _write(tmp_path, A + bad + b"\n" + B)
    with pytest.raises(DamagedResultsError) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}, line 2 is not a result row ({problem}); the results file is damaged.")
    # the advice is one the user can follow: a batch refuses such a file too (test_batch_foreign_output.py)
    assert message.endswith(
        "Fix or delete that line (resume-lens batch will not add to a results file with a damaged "
        "line either)"
    )
    assert "\n" not in message
    assert isinstance(caught.value, ResumeLensError) and isinstance(caught.value, ValueError)
    assert caught.value.code == "damaged_results"


@pytest.mark.parametrize("read", READERS)
def test_a_bad_first_line_may_be_another_kind_of_file(tmp_path: Path, read: Reader) -> None:
    path = _write(tmp_path, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(
        DamagedResultsError, match=r"line 1 is not a result row \(not JSON\); the file is damaged, or"
    ):
        read(path)


@pytest.mark.parametrize(("read", "error"), [(read_rows, ReportInputError), (read_results, AuditInputError)])
def test_a_file_that_cannot_be_used_is_the_commands_input_error(
    tmp_path: Path, read: Reader, error: type[ResumeLensError]
) -> None:
    with pytest.raises(error, match="does not exist"):
        read(tmp_path / "missing.jsonl")
    with pytest.raises(error, match="is a folder"):
        read(tmp_path)
    (tmp_path / "results.csv").write_text("file,verdict\ncvs/a.pdf,supported\n", encoding="utf-8")
    with pytest.raises(error, match=r"give the full rows in results\.csv\.jsonl"):
        read(tmp_path / "results.csv")


@pytest.mark.parametrize("read", READERS)
def test_rows_end_at_newline_only(tmp_path: Path, read: Reader) -> None:
    """U+2028, U+2029 and U+0085 end a line for ``str.splitlines`` but sit unescaped inside a JSON string."""
    name = "cvs/a\u2028b\u2029c\u0085d.pdf"
    path = _write(tmp_path, _line(_row(name)) + B)
    assert [r["file"] for r in read(path)] == [name, "cvs/b.pdf"]


def test_a_byte_order_mark_before_the_first_row_is_ignored(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + A)  # a file saved by an editor that adds one
    assert [r["file"] for r in read_results(path)] == [r["file"] for r in read_rows(path)] == ["cvs/a.pdf"]


def _groups(tmp_path: Path) -> Path:
    groups = tmp_path / "groups.csv"
    groups.write_text("file,sex\ncvs/a.pdf,F\ncvs/b.pdf,M\n", encoding="utf-8")
    return groups


def _command(kind: str, path: Path, tmp_path: Path) -> list[str]:
    if kind == "report":
        return ["report", str(path), "-o", str(tmp_path / "report.html")]
    return ["audit", str(path), "--groups", str(_groups(tmp_path))]


@pytest.mark.parametrize("kind", ["report", "audit"])
def test_cli_names_a_damaged_line_in_one_line(tmp_path: Path, kind: str, capsys) -> None:
    path = _write(tmp_path, A + b"oops\n" + B)
    assert main(_command(kind, path, tmp_path)) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"error: {path}, line 2 is not a result row (not JSON); the results file is damaged."
    )
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("kind", ["report", "audit"])
def test_cli_warns_of_an_unfinished_last_row_and_goes_on(tmp_path: Path, kind: str, capsys) -> None:
    path = _write(tmp_path, A + B[:30])
    assert main(_command(kind, path, tmp_path)) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(f"warning: {path}, line 2: skipped an unfinished last row")
    assert "CutShortRowWarning" not in captured.err  # not Python's warning format
    if kind == "report":
        assert "1 resume(s) → " in captured.err
    else:
        assert "screened 1 resume(s)" in captured.out


def test_installed_cli_damaged_results_exit_code(tmp_path: Path) -> None:
    path = _write(tmp_path, A + b"[1]\n" + B)
    done = subprocess.run(
        [*batch_cli.cli(), "report", str(path), "-o", str(tmp_path / "r.html")],
        env=batch_cli.env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {path}, line 2 is not a result row (JSON but not an object)")
    assert "Traceback" not in done.stderr and not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("indent", [None, 2], ids=["one line, no line end", "indented"])
def test_a_json_array_of_rows_is_read_as_those_rows(tmp_path: Path, read: Reader, indent, recwarn) -> None:
    # rows gathered into a list (``jq -s .``, a screening service's export) used to be "not JSON"
    rows = [_row("cvs/a.pdf"), _row("cvs/café.pdf", "inflated")]
    path = _write(tmp_path, b"\n" + json.dumps(rows, indent=indent, ensure_ascii=False).encode("utf-8"))
    assert [(row["file"], row["verdict"]) for row in read(path)] == [
        ("cvs/a.pdf", "supported"),
        ("cvs/café.pdf", "inflated"),
    ]
    assert not recwarn.list  # one line without a line end is the whole array, no unfinished row


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ('"cvs/x.pdf"', "JSON but not an object"),
        ('{"verdict": "supported"}', "a JSON object without a \\'file\\'"),
        ('{"file": "cvs/x.pdf", "verdict": "great"}', "verdict"),
    ],
)
def test_an_array_item_that_is_no_row_is_refused_by_number(
    tmp_path: Path, read: Reader, item: str, problem: str
) -> None:
    path = _write(
        tmp_path, b"[\n" + json.dumps(_row("cvs/a.pdf")).encode() + b",\n" + item.encode() + b"\n]\n"
    )
    with pytest.raises(
        DamagedResultsError, match=rf"item 2 of its JSON array is not a result row \(.*{problem}"
    ):
        read(path)


@pytest.mark.parametrize("read", READERS)
def test_an_array_cut_short_is_refused(tmp_path: Path, read: Reader) -> None:
    path = _write(tmp_path, b"[\n" + json.dumps(_row("cvs/a.pdf")).encode() + b",\n")
    with pytest.raises(
        DamagedResultsError, match=r"is not a results file \(not JSON\): its first line opens a"
    ):
        read(path)


@pytest.mark.parametrize(("read", "error"), [(read_rows, ReportInputError), (read_results, AuditInputError)])
@pytest.mark.parametrize(
    ("encode", "kind"),
    [
        (lambda data: gzip.compress(data), "a gzip-compressed file"),
        (lambda data: data.decode("utf-8").encode("utf-16"), "UTF-16 text"),
        (lambda data: data.decode("utf-8").encode("utf-32"), "UTF-32 text"),
        (lambda data: b"PK\x03\x04" + data, "a ZIP archive"),
    ],
    ids=["gzip", "utf-16", "utf-32", "zip"],
)
def test_another_kind_of_file_is_refused_as_what_it_is(
    tmp_path: Path, read: Reader, error: type[ResumeLensError], encode, kind: str
) -> None:
    # a one-line gzip file used to be one unfinished row: "0 resume(s)" and exit status 0 (a review)
    path = _write(tmp_path, encode(A.rstrip(b"\n")))
    with pytest.raises(error, match=rf"results.jsonl is {kind}.*, not the UTF-8 JSON Lines results file"):
        read(path)
