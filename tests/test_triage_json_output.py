"""What ``resume-lens triage --json`` prints is valid UTF-8 and is a result row ``report`` reads.

A fresh-clone tester found two gaps: a file name that is not valid UTF-8 came out as its raw byte (the
batch's JSON Lines rows write the escape ``\\udcff``), and ``resume-lens report`` refused the saved
output of ``triage --json`` as "not JSON" (it is one indented object, not one row per line).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from resume_lens.cli import main
from resume_lens.errors import DamagedResultsError
from resume_lens.extract.detect import display_name
from resume_lens.report import read_rows


def _name_with_byte_ff(folder: Path, suffix: str) -> Path:
    """``folder/cv_<0xFF><suffix>``, a name that is not valid UTF-8, as Python sees it (``os.fsdecode``)."""
    return Path(os.fsdecode(os.path.join(os.fsencode(folder), b"cv_\xff" + suffix.encode())))


def test_a_name_that_is_not_utf8_is_escaped_as_the_batch_rows_escape_it(tmp_path, examples_dir, capsys):
    path = _name_with_byte_ff(tmp_path, ".txt")
    shutil.copyfile(examples_dir / "thin_claim.txt", path)
    assert main(["triage", str(path), "--json", "--as-of", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # strict: no lone surrogate is left to write as a raw byte
    assert '"file": "' + str(tmp_path) + '/cv_\\udcff.txt"' in out
    row = json.loads(out)
    assert row["file"] == str(path)  # the escape reads back as the name the batch rows hold
    assert row["verdict"] == "unclear"  # thin_claim.txt: one bare bullet under the claim (rubric §3)


def test_a_refused_file_with_such_a_name_is_escaped_too(tmp_path, capsys):
    path = _name_with_byte_ff(tmp_path, ".txt")
    path.write_bytes(b"")
    assert main(["triage", str(path), "--json"]) == 1
    out = capsys.readouterr().out
    out.encode("utf-8")
    row = json.loads(out)
    assert row["file"] == str(path)
    assert row["error"]["code"] == "empty"


def test_report_reads_the_saved_output_of_triage_json_as_one_row(tmp_path, examples_dir, capsys):
    resume = tmp_path / "Café résumé.txt"
    shutil.copyfile(examples_dir / "thin_claim.txt", resume)
    assert main(["triage", str(resume), "--json", "--as-of", "2026-06-01"]) == 0
    saved = tmp_path / "one.json"
    saved.write_text(capsys.readouterr().out, encoding="utf-8")
    rows = read_rows(saved)
    assert [(row["file"], row["verdict"]) for row in rows] == [(str(resume), "unclear")]
    html = tmp_path / "one.html"
    assert main(["report", str(saved), "-o", str(html), "--as-of", "2026-06-01"]) == 0
    assert "Café résumé.txt" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b'{\n  "file": "cvs/a.pdf",\n  "verdict": "supp\n', "not JSON"),  # cut short
        (b'{\n  "verdict": "supported"\n}\n', "a JSON object without a 'file'"),
    ],
)
def test_an_indented_object_that_is_no_row_is_refused_by_name(tmp_path, data, problem):
    path = tmp_path / "one.json"
    path.write_bytes(data)
    with pytest.raises(DamagedResultsError, match=rf"one.json is not a results file \({problem}\)"):
        read_rows(path)


def test_an_indented_row_with_malformed_fields_is_refused(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"file": "cvs/a.pdf", "verdict": "great"}, indent=2) + "\n", encoding="utf-8")
    with pytest.raises(DamagedResultsError, match=r"one.json is not a result row \(.*verdict"):
        read_rows(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.pdf", "missing.pdf: file not found; check the path."),
        ("old_link.pdf", "old_link.pdf is a link to a file that no longer exists; check the path."),
        (
            "a_folder",
            "a_folder is a folder, not a resume file; screen the files in it with resume-lens batch.",
        ),  # noqa: E501
    ],
)
def test_a_path_that_names_no_file_is_refused_without_loading_the_model(tmp_path, name, message):
    # a typo used to wait about 3 s for scikit-learn and skops before saying "file not found"
    (tmp_path / "old_link.pdf").symlink_to(tmp_path / "gone.pdf")
    (tmp_path / "a_folder").mkdir()
    script = (
        "import json, sys\n"
        "from resume_lens.cli import main\n"
        f"code = main(['triage', {name!r}, '--json'])\n"
        "print(json.dumps(sorted(m for m in ('sklearn', 'skops', 'spacy') if m in sys.modules)))\n"
        "sys.exit(code)\n"
    )
    command = [sys.executable, "-c", script]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    error_json, loaded = done.stdout.splitlines()
    assert json.loads(error_json) == {"file": name, "error": {"code": "extraction_error", "message": message}}
    assert json.loads(loaded) == []


def test_blank_lines_before_the_saved_output_of_triage_json_are_skipped(tmp_path):
    row = {"file": "cvs/a.pdf", "verdict": "unclear", "error": None, "claims": []}
    path = tmp_path / "one.json"
    path.write_text("\n\n" + json.dumps(row, indent=2) + "\n", encoding="utf-8")
    assert read_rows(path) == [row]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("cvs/", "cvs"),
        ("cvs/cv.txt/", "cv.txt"),
        ("cv.txt", "cv.txt"),
        ("/", "the document"),
        ("", "the document"),
    ],
)
def test_a_trailing_slash_still_names_the_file(path, name):
    assert display_name(path) == name
