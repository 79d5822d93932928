"""A data file beside the resumes (``labels.csv``, a JSON export) is refused, not scored as a resume.

Rule (resume_lens.extract.detect.DATA_FILE_EXTENSIONS): content decides the format of every document
and image; only text whose name ends in a data or config extension is refused, as
``unsupported_format``. ``.txt``, ``.md``, no extension and other extensions are read as text.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from resume_lens.cli import main
from resume_lens.errors import UnsupportedFormatError
from resume_lens.extract import extract_bytes, extract_file
from resume_lens.extract.detect import DATA_FILE_EXTENSIONS
from resume_lens.labels import read_labels
from resume_lens.screener import Screener

LABELS_CSV = "file,resume_label,evidence_role\na.txt,supported,ml_engineer\nb.txt,inflated,data_scientist\n"

DATA_FILES = {
    "labels.csv": LABELS_CSV,
    "export.json": '{"file": "a.txt", "resume_label": "supported", "evidence_role": "ml_engineer"}\n',
    "labels.jsonl": '{"file": "a.txt", "resume_label": "supported"}\n{"file": "b.txt"}\n',
    "config.yaml": "model: models/claim.skops\nthreshold: 0.5\nroles:\n  - ml_engineer\n",
    "config.yml": "threshold: 0.5\n",
    "scores.tsv": "file\tverdict\na.txt\tsupported\n",
    "feed.xml": '<?xml version="1.0"?><resumes><resume file="a.txt"/></resumes>\n',
    "rows.ndjson": '{"a": 1}\n',
    "run.log": "2026-01-01 12:00:00 INFO scored a.txt\n",
    "dump.sql": "SELECT file, verdict FROM results;\n",
    "setup.ini": "[model]\nthreshold = 0.5\n",
    "pyproject.toml": '[project]\nname = "x"\n',
    "LABELS.CSV": LABELS_CSV,  # the extension is matched without regard to case
}


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


def _message(name: str, extension: str) -> str:
    return (
        f"{name} is a data file ({extension}), not a resume; "
        "save the resume as PDF, DOCX or plain text (.txt) to screen it."
    )


def test_the_list_of_data_extensions():
    assert DATA_FILE_EXTENSIONS == (
        ".csv",
        ".tsv",
        ".json",
        ".jsonl",
        ".ndjson",
        ".xml",
        ".yaml",
        ".yml",
        ".log",
        ".sql",
        ".ini",
        ".toml",
    )
    assert {Path(name).suffix.lower() for name in DATA_FILES} == set(DATA_FILE_EXTENSIONS)


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_a_text_data_file_is_unsupported_format(tmp_path, name):
    path = tmp_path / name
    path.write_text(DATA_FILES[name], encoding="utf-8")
    with pytest.raises(UnsupportedFormatError) as raised:
        extract_file(path)
    assert raised.value.code == "unsupported_format"
    assert str(raised.value) == _message(name, Path(name).suffix.lower())


def test_a_utf16_csv_export_is_a_data_file_too(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_bytes(LABELS_CSV.encode("utf-16"))  # with a byte-order mark, as Excel's "Unicode" export
    with pytest.raises(UnsupportedFormatError, match=r"^labels\.csv is a data file \(\.csv\)"):
        extract_file(path)


def test_bytes_without_a_file_name_are_read_as_text():
    document = extract_bytes(LABELS_CSV.encode())
    assert document.source_format == "txt"
    assert document.text.startswith("file,resume_label,evidence_role")


@pytest.mark.parametrize("name", ["resume.txt", "resume.md", "resume", "resume.text", "resume.cv", "csv"])
def test_the_same_resume_as_text_still_scores(tmp_path, examples_dir, screener, name):
    source = examples_dir / "production_mle.txt"
    path = tmp_path / name
    shutil.copy(source, path)
    document = extract_file(path)
    assert document.source_format == "txt"
    assert document.text == extract_file(source).text
    assessment = screener.assess_file(path)
    assert assessment.ok
    assert assessment.verdict == "supported"
    assert assessment.p_inflated == screener.assess_file(source).p_inflated


@pytest.mark.parametrize(
    ("source", "name", "source_format"),
    [
        ("production_mle.pdf", "production_mle.csv", "pdf"),
        ("production_mle.pdf", "production_mle.txt", "pdf"),
        ("notebook_only_mle.docx", "notebook_only_mle.json", "docx"),
    ],
)
def test_a_document_named_as_data_is_read_by_its_content(
    tmp_path, examples_dir, screener, source, name, source_format
):
    path = tmp_path / name
    shutil.copy(examples_dir / source, path)
    document = extract_file(path)
    assert document.source_format == source_format
    assert document.text == extract_file(examples_dir / source).text
    assert screener.assess_file(path).verdict == screener.assess_file(examples_dir / source).verdict


def test_an_image_named_csv_keeps_the_image_message(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(UnsupportedFormatError, match=r"^photo\.csv is a PNG image, not a resume document"):
        extract_file(path)


def test_screener_assess_file_and_assess_many_give_an_error_row(tmp_path, screener):
    path = tmp_path / "labels.csv"
    path.write_text(LABELS_CSV, encoding="utf-8")
    with pytest.raises(UnsupportedFormatError):
        screener.assess_file(path)
    [row] = list(screener.assess_many([path], n_jobs=1))
    assert not row.ok
    assert row.error == {"code": "unsupported_format", "message": _message("labels.csv", ".csv")}


def test_triage_of_a_data_file_is_a_one_line_error(tmp_path, capsys):
    path = tmp_path / "labels.jsonl"
    path.write_text(DATA_FILES["labels.jsonl"], encoding="utf-8")
    assert main(["triage", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [f"error: {_message('labels.jsonl', '.jsonl')}"]


def _rows(out: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {Path(row["file"]).name: row for row in rows}


def test_a_folder_of_two_resumes_and_labels_csv_gives_one_error_row(tmp_path, examples_dir, capsys):
    folder = tmp_path / "cvs"
    folder.mkdir()
    shutil.copy(examples_dir / "production_mle.txt", folder / "a.txt")
    shutil.copy(examples_dir / "notebook_only_mle.txt", folder / "b.txt")
    before = tmp_path / "before.jsonl"
    assert main(["batch", str(folder), "-o", str(before)]) == 0
    capsys.readouterr()

    (folder / "labels.csv").write_text(LABELS_CSV, encoding="utf-8")
    out = tmp_path / "results.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 1  # an error row makes exit 1
    err = capsys.readouterr().err
    assert "3 file(s)" in err and "inflated 1, supported 1" in err
    assert "failed: unsupported_format 1" in err

    rows = _rows(out)
    assert set(rows) == {"a.txt", "b.txt", "labels.csv"}
    assert rows["labels.csv"]["error"] == {
        "code": "unsupported_format",
        "message": _message("labels.csv", ".csv"),
    }
    old = _rows(before)
    for name, verdict in (("a.txt", "supported"), ("b.txt", "inflated")):
        assert rows[name]["verdict"] == old[name]["verdict"] == verdict
        assert rows[name]["p_inflated"] == old[name]["p_inflated"]
        assert rows[name]["claims"] == old[name]["claims"]


def test_the_batch_outputs_inside_the_folder_are_not_screened(tmp_path, examples_dir, capsys):
    """``-o``, ``--html`` and ``--audit-log`` are JSON Lines / HTML files: skipped, not error rows."""
    folder = tmp_path / "cvs"
    folder.mkdir()
    shutil.copy(examples_dir / "production_mle.txt", folder / "a.txt")
    args = ["batch", str(folder), "-o", str(folder / "results.csv"), "--html", str(folder / "report.html")]
    args += ["--audit-log", str(folder / "audit.jsonl")]
    assert main(args) == 0
    assert main(args) == 0  # the second run sees results.csv.jsonl and audit.jsonl in the folder
    capsys.readouterr()
    with (folder / "results.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(Path(r["file"]).name, r["verdict"], r["error_code"]) for r in rows] == [
        ("a.txt", "supported", "")
    ]


def test_the_corpus_labels_list_no_data_file(corpus_dir):
    """``evaluate`` and ``train`` read the files labels.csv lists, never labels.csv itself."""
    files = [row.file for row in read_labels(corpus_dir / "labels.csv")]
    assert files and "labels.csv" not in files
    assert not [f for f in files if Path(f).suffix.lower() in DATA_FILE_EXTENSIONS]


def test_a_name_that_is_only_a_data_extension_is_a_data_file(tmp_path):
    path = tmp_path / ".csv"  # os.path.splitext(".csv") has no extension: the name is the extension
    path.write_text("file,resume_label\na.txt,supported\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError) as raised:
        extract_file(path)
    assert str(raised.value) == _message(".csv", ".csv")


def test_files_an_earlier_batch_wrote_say_what_they_are(tmp_path, examples_dir):
    """A results file, audit log or HTML report left in the screened folder is named as such."""
    folder, earlier = tmp_path / "resumes", tmp_path / "earlier"
    folder.mkdir()
    earlier.mkdir()
    shutil.copy(examples_dir / "thin_claim.txt", folder / "thin_claim.txt")
    out = earlier / "results.csv"
    audit, html = earlier / "audit.jsonl", earlier / "report.html"
    args = ["batch", str(folder), "-o", str(out), "--audit-log", str(audit), "--html", str(html)]
    assert main(args) == 0
    written = {
        "results.csv": out,
        "results.csv.jsonl": earlier / "results.csv.jsonl",  # the rows file beside a CSV
        "audit.jsonl": audit,
        "report.html": html,
    }
    messages = {}
    for name, path in written.items():
        with pytest.raises(UnsupportedFormatError) as raised:
            extract_file(shutil.copy(path, folder / name))
        messages[name] = str(raised.value)
    keep = "keep results files outside the folder you screen."
    assert messages == {
        "results.csv": (
            f"results.csv is the results file of an earlier resume_lens batch, not a resume; {keep}"
        ),
        "results.csv.jsonl": (
            f"results.csv.jsonl is the results file of an earlier resume_lens batch, not a resume; {keep}"
        ),
        "audit.jsonl": f"audit.jsonl is the audit log of an earlier resume_lens batch, not a resume; {keep}",
        "report.html": (
            "report.html is a resume_lens HTML report from an earlier run, not a resume; "
            "keep reports outside the folder you screen."
        ),
    }
    # other data and other web pages keep their own messages
    assert "rows.ndjson is a data file" in _refusal(folder / "rows.ndjson", '{"file": "a.txt"}\n')
    assert "page.html is a web page (HTML)" in _refusal(folder / "page.html", "<html><body>CV</body></html>")


def _refusal(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UnsupportedFormatError) as raised:
        extract_file(path)
    return str(raised.value)
