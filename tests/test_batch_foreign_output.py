"""An output file a batch did not write is refused, never rewritten (found by a fresh-user tester, s12).

``resume-lens batch FOLDER -o other.jsonl`` on a ``.jsonl`` of other data used to drop every line of it
that was not a result row and rewrite the file with the batch's rows; ``-o mine.csv`` overwrote any CSV.
Both files are now checked before anything is written: a rows file may hold only result rows (and a last
line cut short by a kill, which is still repaired), an existing CSV must have a results header, and
anything else stops the batch with exit code 2 and the file untouched, as ``report`` refuses a damaged
results file.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from batch_cli import cli as _cli
from batch_cli import env as _env

from resume_lens.batch import NotAResultsFileError, run_batch
from resume_lens.output import RowsFile

OTHER_DATA = (
    '{"id": "e0001", "text": "Deployed the model.", "spans": []}\n{"id": "e0002", "text": "x", "spans": []}\n'
)


@pytest.fixture()
def folder(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "resumes"
    folder.mkdir()
    shutil.copy(examples_dir / "thin_claim.txt", folder / "thin_claim.txt")
    return folder


def test_a_jsonl_of_other_data_is_refused_and_left_as_it_was(tmp_path: Path, folder: Path) -> None:
    out = tmp_path / "other.jsonl"
    out.write_text(OTHER_DATA, encoding="utf-8")
    run = subprocess.run(
        [*_cli(), "batch", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=300,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert f"{out} is not a resume_lens results file (line 1 is not a result row)" in run.stderr
    assert out.read_text(encoding="utf-8") == OTHER_DATA


def test_restart_does_not_delete_a_file_of_other_data(tmp_path: Path, folder: Path) -> None:
    out = tmp_path / "other.jsonl"
    out.write_text(OTHER_DATA, encoding="utf-8")
    with pytest.raises(NotAResultsFileError, match=r"line 1 is not a result row"):
        run_batch(folder, out, restart=True)
    assert out.read_text(encoding="utf-8") == OTHER_DATA


def test_a_csv_that_is_not_a_results_table_is_not_overwritten(tmp_path: Path, folder: Path) -> None:
    out = tmp_path / "mine.csv"
    out.write_text("name,score\nAda,1\n", encoding="utf-8")
    with pytest.raises(NotAResultsFileError, match=r"its first line is not the results header"):
        run_batch(folder, out)
    assert out.read_text(encoding="utf-8") == "name,score\nAda,1\n"
    assert not (tmp_path / "mine.csv.jsonl").exists()


def test_a_results_table_and_its_rows_are_resumed(tmp_path: Path, folder: Path) -> None:
    out = tmp_path / "results.csv"
    first = run_batch(folder, out)
    again = run_batch(folder, out)
    assert (first.scored, again.scored, again.resumed) == (1, 0, 1)


@pytest.mark.parametrize(
    ("content", "foreign"),
    [
        (
            '{"schema_version": "1.1", "file": "a.txt"}\n{"schema_version": "1.1", "fi',
            None,
        ),  # cut short by a kill
        ('{"schema_version": "1.1", "file": "a.txt"}\n\n', None),  # a blank line loses nothing
        ('{"schema_version": "1.1", "file": "a.txt"}\nnotes about this batch\n', 2),
        ('{"schema_version": "1.1", "file": "a.txt"}\n{"id": 1}\n', 2),  # JSON, but no result row
        ("my own notes without a newline", 1),  # a last line that cannot be a row cut short
        ("", None),
    ],
)
def test_first_foreign_line(tmp_path: Path, content: str, foreign: int | None) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(content, encoding="utf-8")
    assert RowsFile(path).first_foreign_line() == foreign


def test_a_missing_rows_file_is_no_foreign_file(tmp_path: Path) -> None:
    assert RowsFile(tmp_path / "absent.jsonl").first_foreign_line() is None
