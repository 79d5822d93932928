"""Durable, resumable batch output (issue 6 item 3): ``kill -9`` or Ctrl-C mid-run, then the same command
again, gives exactly one row per file; finished rows are never rewritten or lost.

The run is stopped at a known point without timing: a test-only fault makes one file hang in its worker
(the hook of :mod:`resume_lens.batch`), the test waits until the rows before it are on disk, then kills.
"""

from __future__ import annotations

import csv
import json
import shutil
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from batch_cli import SOURCES  # registered by conftest.py (tests/ is not a package)
from batch_cli import cli as _cli
from batch_cli import default_sigint as _default_sigint
from batch_cli import env as _env

from resume_lens import __version__
from resume_lens.batch import TESTING_FAULTS, TESTING_FAULTS_ENABLED, content_sha256, model_version, run_batch
from resume_lens.output import RowsFile


def _make_folder(tmp_path: Path, examples_dir: Path, n: int) -> Path:
    """``n`` distinct text resumes f00.txt ... (an example with a numbered line added, so each differs)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        text = (examples_dir / SOURCES[i % len(SOURCES)]).read_text(encoding="utf-8")
        (folder / f"f{i:02d}.txt").write_text(text + f"\nReference {i}\n", encoding="utf-8")
    return folder


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _wait_for_rows(path: Path, n: int, proc: subprocess.Popen) -> None:
    """Wait until ``path`` has ``n`` complete lines (a bounded wait, not a timing assertion)."""
    for _ in range(3000):
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    raise AssertionError(f"{path} never reached {n} rows")


@pytest.mark.parametrize("how", ["kill -9", "ctrl-c"])
def test_interrupted_batch_resumes_with_exactly_one_row_per_file(tmp_path, examples_dir, how):
    folder = _make_folder(tmp_path, examples_dir, 10)
    out = tmp_path / "results.csv"
    rows_file = tmp_path / "results.csv.jsonl"
    faults = {TESTING_FAULTS_ENABLED: "1", TESTING_FAULTS: "hang=f06"}
    proc = subprocess.Popen(  # SIGINT reset: a pytest started in the background ignores it
        [*_cli(), "batch", str(folder), "-o", str(out), "--jobs", "1", "--timeout", "600"],
        cwd=tmp_path,
        env=_env(tmp_path, **faults),
        preexec_fn=_default_sigint,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_rows(rows_file, 6, proc)  # f00-f05 are done; the worker hangs on f06
    if how == "kill -9":
        proc.kill()
        proc.communicate(timeout=60)
        with rows_file.open("a", encoding="utf-8") as handle:
            handle.write('{"schema_version": "1.0", "file": "in/f06.t')  # as if killed mid-write
    else:
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130, stderr
        assert "interrupted: run the same command again" in stderr
        assert "stopped after 6 of 10 file(s) in " in stderr  # f00-f05 have rows; f06 hung, f07-f09 waited
        assert "Traceback" not in stderr
        with out.open(newline="", encoding="utf-8") as handle:  # the CSV holds the rows so far
            assert [r["file"] for r in csv.DictReader(handle)] == [
                str(folder / f"f{i:02d}.txt") for i in range(6)
            ]
    before = rows_file.read_text(encoding="utf-8").splitlines()[:6]

    result = subprocess.run(
        [*_cli(), "batch", str(folder), "-o", str(out), "--jobs", "2"],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "scored 4 now" in result.stderr and f"6 already in {rows_file} (skipped)" in result.stderr
    rows = _rows(rows_file)
    assert Counter(Path(r["file"]).name for r in rows) == {f"f{i:02d}.txt": 1 for i in range(10)}
    assert rows_file.read_text(encoding="utf-8").splitlines()[:6] == before  # finished rows kept as written
    with out.open(newline="", encoding="utf-8") as handle:
        csv_rows = list(csv.DictReader(handle))
    assert sorted(r["file"] for r in csv_rows) == sorted(str(p) for p in folder.iterdir())
    assert all(r["sha256"] == content_sha256(r["file"]) and r["model_version"] for r in csv_rows)


def _done_row(path: Path, verdict: str = "supported", **extra) -> dict:
    return {
        "schema_version": "1.0",
        "file": str(path),
        "sha256": content_sha256(path),
        "model_version": model_version(),
        "package_version": __version__,
        "as_of": None,
        "verdict": verdict,
        "error": None,
        "claims": [],
        "warnings": [],
        **extra,
    }


def _write_rows(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_finished_files_are_matched_by_path_then_by_content(tmp_path, examples_dir):
    """Rows already on disk are not scored again, even after the folder is renamed; no worker starts."""
    folder = _make_folder(tmp_path, examples_dir, 3)
    out = tmp_path / "r.jsonl"
    old = tmp_path / "old_name"
    _write_rows(
        out,
        [
            _done_row(folder / "f00.txt", "inflated"),
            {**_done_row(folder / "f01.txt"), "file": str(old / "f01.txt")},  # the folder was renamed
            _done_row(folder / "f02.txt", "no_claim", error=None),
        ],
    )
    summary = run_batch(folder, out, jobs=2)
    assert (summary.files, summary.resumed, summary.scored) == (3, 3, 0)
    assert summary.verdicts == {"inflated": 1, "supported": 1, "no_claim": 1}
    assert (
        summary.dropped_lines == 0
    )  # a line that is not a row is refused: tests/test_batch_foreign_output.py
    rows = _rows(out)  # rewritten: one row per file, under today's path
    assert [r["file"] for r in rows] == [str(folder / f"f{i:02d}.txt") for i in range(3)]


def test_changed_content_another_model_and_duplicates_are_scored(tmp_path, examples_dir):
    folder = _make_folder(tmp_path, examples_dir, 2)
    shutil.copy(folder / "f00.txt", folder / "same_as_f00.txt")
    out = tmp_path / "r.jsonl"
    stale = {**_done_row(folder / "f01.txt"), "sha256": "0" * 64}
    _write_rows(out, [_done_row(folder / "f00.txt"), stale])
    summary = run_batch(folder, out, jobs=1)
    assert (summary.files, summary.resumed, summary.scored) == (3, 1, 2)
    rows = _rows(out)
    assert Counter(Path(r["file"]).name for r in rows) == {"f00.txt": 1, "f01.txt": 1, "same_as_f00.txt": 1}
    assert {r["sha256"] for r in rows if r["file"].endswith("f01.txt")} == {
        content_sha256(folder / "f01.txt")
    }

    summary = run_batch(folder, out, jobs=1, restart=True)
    assert (summary.resumed, summary.scored) == (0, 3)


def test_summary_counts_verdicts_failures_and_rate(tmp_path, examples_dir):
    folder = _make_folder(tmp_path, examples_dir, 4)
    (folder / "empty.pdf").write_bytes(b"")
    summary = run_batch(folder, tmp_path / "r.csv", jobs=1)
    assert summary.verdicts == {"supported": 1, "inflated": 1, "unclear": 1, "no_claim": 1}
    assert summary.errors == {"empty": 1}
    assert summary.scored == 5 and summary.rate > 0 and summary.peak_rss_kb > 0
    lines = summary.lines()
    assert lines[0].startswith(f"5 file(s) in {summary.seconds:.1f} s → {tmp_path / 'r.csv'}: inflated 1, ")
    assert lines[1] == "failed: empty 1"
    assert lines[2] == (
        f"scored 5 now ({summary.rate:.1f} resumes/s after {summary.startup_seconds:.1f} s loading the model)"
    )


def test_a_symlink_loop_in_the_folder_is_an_error_row_not_a_crash(tmp_path, examples_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(examples_dir / "thin_claim.txt", folder / "thin_claim.txt")
    (folder / "loop_a").symlink_to("loop_b")
    (folder / "loop_b").symlink_to("loop_a")
    summary = run_batch(folder, tmp_path / "r.csv", jobs=1)
    assert summary.scored == 3
    assert summary.errors == {"extraction_error": 2}
    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as handle:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(handle)}
    assert rows["loop_a"]["error_message"] == (
        "loop_a cannot be opened (Too many levels of symbolic links); check the path and permissions."
    )
    assert rows["thin_claim.txt"]["error_code"] == ""


def test_rows_file_repair_cuts_only_a_torn_last_line(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    rows = RowsFile(path)
    assert rows.repair() == len(b'{"c": ')
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    assert rows.repair() == 0
    path.write_bytes(b"no newline at all")
    assert rows.repair() == len(b"no newline at all") and path.read_bytes() == b""
    assert RowsFile(tmp_path / "missing.jsonl").repair() == 0


def test_cli_rejects_bad_limits_and_a_memory_limit_too_small_for_the_model(tmp_path, examples_dir):
    for args, message in [
        (("--timeout", "-1"), "positive number of seconds"),
        (("--timeout", "x"), "not a number of seconds"),
        (("--max-memory-mb", "-5"), "positive number of MiB"),
        (("--max-memory-mb", "100"), "--max-memory-mb 100 is too low"),
    ]:
        result = subprocess.run(
            [*_cli(), "batch", str(examples_dir), "-o", str(tmp_path / "r.csv"), *args],
            cwd=tmp_path,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr
        assert message in result.stderr.strip().splitlines()[-1], result.stderr  # usage, then one line


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads worker processes from Linux /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path, examples_dir):
    """After ``kill -9`` of the batch, its workers stop too (each watches its parent), even mid-file."""
    folder = _make_folder(tmp_path, examples_dir, 2)
    out = tmp_path / "r.jsonl"
    faults = {TESTING_FAULTS_ENABLED: "1", TESTING_FAULTS: "hang=f01"}
    proc = subprocess.Popen(  # SIGINT reset: a pytest started in the background ignores it
        [*_cli(), "batch", str(folder), "-o", str(out), "--jobs", "1", "--timeout", "600"],
        cwd=tmp_path,
        env=_env(tmp_path, **faults),
        preexec_fn=_default_sigint,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_for_rows(out, 1, proc)
    workers = _children(proc.pid)
    assert workers, "no worker process found"
    proc.kill()
    proc.communicate(timeout=60)
    for _ in range(300):
        if not any(_alive(pid) for pid in workers):
            return
        time.sleep(0.1)
    raise AssertionError(f"workers {workers} still running after their parent died")


def _children(pid: int) -> list[int]:
    """Worker processes (loky's process launcher) whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"popen_loky_posix" in cmdline:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
