"""Which files a batch reads, and how its messages name the rows file (a tester's report).

- A Word owner ("lock") file, ``~$name.docx``, left beside a document open in Word, became an
  ``unsupported_format`` row and exit 1. Files whose name starts with ``~$`` are skipped, as hidden files
  are (LibreOffice's ``.~lock.name.docx#`` is one).
- ``batch folder -o out/results.csv`` said "N already in results.csv.jsonl (skipped)" and "results.csv.jsonl
  holds rows screened as of ...", without the ``out/`` folder: the rows file is named as given.

The CLI runs are subprocesses with ``cwd=tmp_path`` (CI installs the package non-editable).
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from batch_cli import cli as _cli  # registered by conftest.py (tests/ is not a package)
from batch_cli import env as _env

from resume_lens.batch import OWNER_FILE_PREFIX, BatchSummary, list_folder

# a stand-in for a Word owner file (the tester's was 162 bytes holding the name of the user)
OWNER_BYTES = b"\x05Alice" + b"\x00" * 156


def test_office_lock_files_are_not_listed(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "~$folder").mkdir()  # a folder, not a lock file: listed as any folder
    for name in ("a.txt", "sub/b.txt", "~$folder/c.txt", "a~$.txt"):
        (folder / name).write_text("ML Engineer\n", encoding="utf-8")
    for name in ("~$a.docx", "~$old.doc", "~$oduction_mle.docx", "sub/~$b.docx", ".~lock.a.docx#"):
        (folder / name).write_bytes(OWNER_BYTES)
    listing = list_folder(folder)
    assert [p.relative_to(folder).as_posix() for p in listing.files] == [
        "a.txt", "a~$.txt", "sub/b.txt", "~$folder/c.txt"
    ]  # fmt: skip
    assert listing.unreadable == [] and OWNER_FILE_PREFIX == "~$"


def _batch(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_cli(), "batch", "folder", "-o", "out/results.csv", *args],
        cwd=cwd,
        env=_env(cwd),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_cli_batch_skips_lock_files_and_names_the_rows_file_as_given(
    tmp_path: Path, examples_dir: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (tmp_path / "out").mkdir()
    text = (examples_dir / "production_mle.txt").read_text(encoding="utf-8")
    (folder / "production_mle.txt").write_text(text, encoding="utf-8")
    (folder / "~$oduction_mle.docx").write_bytes(OWNER_BYTES)
    (folder / ".~lock.production_mle.docx#").write_bytes(OWNER_BYTES)
    rows = Path("out") / "results.csv.jsonl"

    first = _batch(tmp_path, "--as-of", "2026-01-01")
    assert first.returncode == 0, first.stderr  # no unsupported_format row, so no exit 1
    assert "1 file(s)" in first.stderr and "failed:" not in first.stderr
    with (tmp_path / "out" / "results.csv").open(newline="", encoding="utf-8") as handle:
        assert [r["file"] for r in csv.DictReader(handle)] == [str(Path("folder") / "production_mle.txt")]

    again = _batch(tmp_path, "--as-of", "2026-01-01")
    assert again.returncode == 0, again.stderr
    assert f"scored 0 now, 1 already in {rows} (skipped)" in again.stderr

    other = _batch(tmp_path, "--as-of", "2025-01-01")
    assert other.returncode == 2
    assert other.stderr.strip().splitlines()[-1] == (
        f"error: {rows} holds rows screened as of 2026-01-01, and this run is as of 2025-01-01; to resume, "
        "run with --as-of 2026-01-01, or add --restart to screen every file again"
    )


def test_summary_names_the_rows_file_as_given_when_it_dropped_lines():
    summary = BatchSummary(output=Path("out/results.csv"), rows_file=Path("out/results.csv.jsonl"), files=2)
    summary.dropped_lines = 3
    assert "dropped 3 line(s) of out/results.csv.jsonl that were not result rows" in summary.lines()


def test_summary_says_when_the_folder_held_no_file():
    empty = BatchSummary(output=Path("r.jsonl"), rows_file=Path("r.jsonl"))
    assert empty.lines()[-1].startswith("no files found: the folder and its subfolders hold no file")
    one = BatchSummary(output=Path("r.jsonl"), rows_file=Path("r.jsonl"), files=1, scored=1)
    assert not any(line.startswith("no files found") for line in one.lines())


def test_cli_batch_on_an_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / ".hidden.pdf").write_bytes(b"%PDF-1.4")  # hidden: never listed
    (tmp_path / "out").mkdir()
    result = _batch(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0 file(s)" in result.stderr and "\nno files found: " in result.stderr
    assert (tmp_path / "out" / "results.csv").read_text(encoding="utf-8").splitlines()[0].startswith("file,")
