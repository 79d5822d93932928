"""Running a batch again (tester6's problems 3, 4, 5, 7, 8 and 12): what is scored again and what is kept,
what is never scored, and how many workers start.

- Rows with a transient error code (``timeout``, ``resource_limit``, ``worker_died``, ``internal_error``)
  are retried; scored rows and refusals of the file itself are kept. The rows file is only appended to, so
  a retried file's new row comes after the old one: the latest row for a file wins, everywhere.
- Rows of another resume_lens version are scored again; rows of another ``--as-of`` are refused.
- A folder that cannot be listed is an error row; the batch's own outputs are never scored.
- ``--jobs`` / ``n_jobs`` never start more workers than files or usable CPUs.

The CLI runs are subprocesses with ``cwd=tmp_path`` (CI installs the package non-editable; the checkout
would shadow it). Misbehaving files use the test-only fault hook of :mod:`resume_lens.batch`.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from batch_cli import SOURCES  # registered by conftest.py (tests/ is not a package)
from batch_cli import cli as _cli
from batch_cli import default_sigint as _default_sigint
from batch_cli import env as _env

from resume_lens import Screener, __version__
from resume_lens import batch as batch_module
from resume_lens.batch import (
    RETRIED_ERROR_CODES,
    TESTING_FAULTS,
    TESTING_FAULTS_ENABLED,
    AsOfMismatchError,
    WorkersCappedWarning,
    WorkerSettings,
    check_timeout,
    content_sha256,
    list_folder,
    model_version,
    run_batch,
    usable_cpus,
    worker_count,
)
from resume_lens.errors import ExtractionError
from resume_lens.extract.limits import ExtractionLimits
from resume_lens.output import latest_rows


def _run(cwd: Path, *args: str, prefix: tuple[str, ...] = (), **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, *_cli(), *args], cwd=cwd, env=_env(cwd, **env), capture_output=True, text=True, timeout=600
    )


def _make_folder(tmp_path: Path, examples_dir: Path, n: int, name: str = "in") -> Path:
    """``n`` distinct text resumes f00.txt ... (an example with a numbered line added, so each differs)."""
    folder = tmp_path / name
    folder.mkdir()
    for i in range(n):
        _add(folder, examples_dir, i)
    return folder


def _add(folder: Path, examples_dir: Path, i: int) -> None:
    text = (examples_dir / SOURCES[i % len(SOURCES)]).read_text(encoding="utf-8")
    (folder / f"f{i:02d}.txt").write_text(text + f"\nReference {i}\n", encoding="utf-8")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _row(path: Path, verdict: str | None = "supported", error: dict | None = None, **extra) -> dict:
    """A row as this version of run_batch writes it for ``path`` (so it is resumed unless ``extra`` says
    otherwise)."""
    return {
        "schema_version": "1.1",
        "file": str(path),
        "sha256": content_sha256(path),
        "model_version": model_version(),
        "engine": "pdfminer",
        "package_version": __version__,
        "as_of": None,
        "verdict": verdict,
        "error": error,
        "claims": [],
        "warnings": [],
        "findings": [],
        **extra,
    }


def _error(code: str) -> dict:
    return {"code": code, "message": f"failed with {code}"}


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


# --- problem 5: how many workers --------------------------------------------------------------------------


def test_worker_count_is_capped_by_the_files_and_the_usable_cpus():
    """Computed without starting a worker."""
    assert worker_count(100_000, cpus=2) == 2  # the 100,000 of the report: 2 workers on 2 CPUs
    assert worker_count(12, files=1, cpus=2) == 1  # never more workers than files
    assert worker_count(3, files=10, cpus=8) == 3  # below both ceilings: as asked
    assert worker_count(-1, cpus=4) == 4  # joblib's -1: one per usable CPU
    assert worker_count(-1, files=2, cpus=4) == 2
    assert worker_count(1, files=0, cpus=4) == 1
    assert worker_count(8, cpus=0) == 1  # at least one
    for bad in (0, -2, -100):
        with pytest.raises(ValueError, match="positive number of workers or -1"):
            worker_count(bad, cpus=2)
    for bad in ("2", 1.5, True, None):
        with pytest.raises(TypeError, match="whole number of workers"):
            worker_count(bad, cpus=2)


def test_usable_cpus_are_the_cpus_this_process_may_run_on():
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert usable_cpus() == max(1, expected or 1)
    assert worker_count(10_000) == min(10_000, usable_cpus())


def test_n_jobs_above_the_cpus_starts_one_worker_per_cpu_with_a_warning(tmp_path, examples_dir, monkeypatch):
    """One small real run: 1000 workers asked for on a machine that lets us use one CPU start one."""
    folder = _make_folder(tmp_path, examples_dir, 2)
    started = []

    class CountedWorker(batch_module._Worker):
        def __init__(self, *args, **kwargs):
            started.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(batch_module, "_Worker", CountedWorker)
    monkeypatch.setattr(batch_module, "usable_cpus", lambda: 1)
    screener = Screener()
    with pytest.warns(WorkersCappedWarning, match="1000 worker processes asked for, but .* use 1 CPU"):
        results = list(screener.assess_many(sorted(folder.iterdir()), n_jobs=1000, timeout=60))
    assert [r.error for r in results] == [None, None]
    assert len(started) == 1


def test_cli_lowers_jobs_above_the_cpus_with_a_one_line_note(tmp_path, examples_dir):
    """Only one CPU over the ceiling, so even a regression starts few workers."""
    _make_folder(tmp_path, examples_dir, 1)
    jobs = usable_cpus() + 1
    result = _run(tmp_path, "batch", "in", "-o", "r.csv", "--jobs", str(jobs))
    assert result.returncode == 0, result.stderr
    note = (
        f"note: --jobs {jobs} is more than the {usable_cpus()} CPU(s) this machine lets resume-lens use; "
        f"using at most {usable_cpus()} worker(s)"
    )
    assert result.stderr.splitlines()[0] == note
    assert [r["file"] for r in _csv(tmp_path / "r.csv")] == ["in/f00.txt"]


# --- problem 3: rows with transient errors are retried, the latest row wins --------------------------------


def test_transient_error_rows_are_retried_and_refusals_kept(tmp_path, examples_dir):
    folder = _make_folder(tmp_path, examples_dir, 6)
    out = tmp_path / "r.jsonl"
    codes = ["timeout", "resource_limit", "worker_died", "internal_error", "encrypted", "corrupt"]
    _write(out, [_row(folder / f"f{i:02d}.txt", None, _error(code)) for i, code in enumerate(codes)])
    assert RETRIED_ERROR_CODES == {"timeout", "resource_limit", "worker_died", "internal_error"}
    summary = run_batch(folder, out, jobs=1)
    assert (summary.files, summary.resumed, summary.scored, summary.retried) == (6, 2, 4, 4)
    # f00-f03 are SOURCES 0-3 (rubric examples: production MLE, notebook-only MLE, a thin claim, a data
    # scientist with no ML-engineer title); f04 and f05 keep their refusals
    assert summary.verdicts == {"supported": 1, "inflated": 1, "unclear": 1, "no_claim": 1}
    assert summary.errors == {"encrypted": 1, "corrupt": 1}
    rows = _lines(out)  # completed: exactly one row per file
    assert sorted(Path(r["file"]).name for r in rows) == [f"f{i:02d}.txt" for i in range(6)]
    by_name = {Path(r["file"]).name: r for r in rows}
    assert [by_name[f"f{i:02d}.txt"]["error"] for i in range(4)] == [None] * 4
    assert by_name["f04.txt"]["error"]["code"] == "encrypted"
    assert "retried 4 file(s) that failed last time" in "\n".join(summary.lines())


def test_a_file_over_the_size_limit_is_refused_unread_and_resumed_by_path(
    tmp_path, examples_dir, monkeypatch
):
    folder = _make_folder(tmp_path, examples_dir, 2)
    big = folder / "f01.txt"
    with big.open("a", encoding="utf-8") as handle:
        handle.write("Reference\n" * 300)
    size = big.stat().st_size
    limits = ExtractionLimits(max_bytes=size - 1)  # f01 is one byte over the limit; f00 is far under it
    assert (folder / "f00.txt").stat().st_size < size - 1000
    assert content_sha256(big, max_bytes=size - 1) is None
    assert content_sha256(big, max_bytes=size) == content_sha256(big)
    hashed: list[str] = []
    real = batch_module.content_sha256

    def spy(path, max_bytes=None):
        digest = real(path, max_bytes)
        if digest is not None:
            hashed.append(Path(path).name)
        return digest

    monkeypatch.setattr(batch_module, "content_sha256", spy)
    out = tmp_path / "r.jsonl"
    summary = run_batch(folder, out, settings=WorkerSettings(limits=limits))
    assert hashed == ["f00.txt"]  # the oversize file was never read to be hashed
    by_name = {Path(r["file"]).name: r for r in _lines(out)}
    assert by_name["f01.txt"]["error"]["code"] == "too_large"
    assert by_name["f01.txt"]["sha256"] is None
    assert by_name["f00.txt"]["sha256"] == real(folder / "f00.txt")
    assert (summary.scored, summary.errors) == (2, {"too_large": 1})
    again = run_batch(folder, out, settings=WorkerSettings(limits=limits))
    assert (again.resumed, again.scored) == (2, 0)
    assert len(_lines(out)) == 2


def test_the_latest_row_of_a_file_wins(tmp_path, examples_dir):
    """As after Ctrl-C during a retry: two rows for a file. The later one decides, both ways."""
    folder = _make_folder(tmp_path, examples_dir, 2)
    out = tmp_path / "r.csv"
    rows_file = tmp_path / "r.csv.jsonl"
    f00, f01 = folder / "f00.txt", folder / "f01.txt"
    _write(
        rows_file,
        [
            _row(f00, None, _error("timeout")),
            _row(f01, "inflated"),
            _row(f00, "supported"),  # f00 was retried: its latest row is a result, kept
            _row(f01, None, _error("worker_died")),  # f01's latest is transient: scored again
        ],
    )
    summary = run_batch(folder, out, jobs=1)
    assert (summary.resumed, summary.scored, summary.retried) == (1, 1, 1)
    assert summary.verdicts == {"supported": 1, "inflated": 1} and not summary.errors
    rows = _lines(rows_file)
    assert [(Path(r["file"]).name, r["verdict"]) for r in rows] == [
        ("f00.txt", "supported"),
        ("f01.txt", "inflated"),
    ]
    assert [(Path(r["file"]).name, r["verdict"], r["error_code"]) for r in _csv(out)] == [
        ("f00.txt", "supported", ""),
        ("f01.txt", "inflated", ""),
    ]


def test_latest_rows_keeps_the_last_row_of_each_file_in_the_order_written():
    rows = [
        {"file": "a", "n": 1},
        {"file": "b", "n": 2},
        {"file": "a", "n": 3},
        {"file": None, "n": 4},
        {"file": None, "n": 5},
    ]
    assert latest_rows(rows) == [
        {"file": "b", "n": 2},
        {"file": "a", "n": 3},
        {"file": None, "n": 4},
        {"file": None, "n": 5},
    ]


def test_rows_of_another_resume_lens_version_are_scored_again(tmp_path, examples_dir):
    """Extraction may have changed between versions: such rows are not this run's, and are dropped once
    the run completes. A row without a version was written before versions were recorded."""
    folder = _make_folder(tmp_path, examples_dir, 3)
    out = tmp_path / "r.jsonl"
    old = _row(folder / "f00.txt", "inflated", package_version="0.0.1")
    unversioned = _row(folder / "f01.txt", "inflated")
    del unversioned["package_version"], unversioned["as_of"]
    _write(out, [old, unversioned, _row(folder / "f02.txt", "inflated")])
    summary = run_batch(folder, out, jobs=1)
    assert (summary.resumed, summary.scored) == (1, 2)
    rows = _lines(out)
    assert len(rows) == 3 and {r["package_version"] for r in rows} == {__version__}
    by_name = {Path(r["file"]).name: r["verdict"] for r in rows}
    # scored again: f00 is the production MLE example, f01 the notebook-only one; f02's row was kept
    assert by_name == {"f00.txt": "supported", "f01.txt": "inflated", "f02.txt": "inflated"}


def test_cli_retries_timeouts_and_dead_workers_and_an_interrupted_retry_keeps_one_row_per_file(
    tmp_path, examples_dir
):
    """Run 1: f01 hangs (timeout), f02 kills its worker. Run 2, with two new files: f01 and f02 are
    retried, then Ctrl-C while f05 hangs: the rows file holds both rows of f01 and f02, and the CSV, the
    report and the summary only the latest. Run 3 completes with exactly one row per file."""
    folder = _make_folder(tmp_path, examples_dir, 4)
    log = tmp_path / "audit.jsonl"
    args = ("batch", "in", "-o", "r.csv", "--jobs", "1", "--audit-log", str(log))
    first = _run(
        tmp_path,
        *args,
        "--timeout",
        "3",
        **{TESTING_FAULTS_ENABLED: "1", TESTING_FAULTS: "hang=f01,crash=f02"},
    )
    assert first.returncode == 1, first.stderr
    assert "failed: timeout 1, worker_died 1" in first.stderr
    assert [r["error_code"] for r in _csv(tmp_path / "r.csv")] == ["", "timeout", "worker_died", ""]

    _add(folder, examples_dir, 4)
    _add(folder, examples_dir, 5)
    rows_file = tmp_path / "r.csv.jsonl"
    proc = subprocess.Popen(  # SIGINT reset: a pytest started in the background ignores it
        [*_cli(), *args, "--timeout", "600"],
        cwd=tmp_path,
        env=_env(tmp_path, **{TESTING_FAULTS_ENABLED: "1", TESTING_FAULTS: "hang=f05"}),
        preexec_fn=_default_sigint,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(3000):  # f01, f02 and f04 scored (4 + 3 lines), then the worker hangs on f05
        if rows_file.read_bytes().count(b"\n") >= 7:
            break
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    lines = _lines(rows_file)
    assert [Path(r["file"]).name for r in lines] == [
        "f00.txt", "f01.txt", "f02.txt", "f03.txt", "f01.txt", "f02.txt", "f04.txt"
    ]  # fmt: skip
    assert [r["error"] for r in lines[4:]] == [None, None, None]
    table = _csv(tmp_path / "r.csv")  # the winning rows: one per file, no error left
    assert [(Path(r["file"]).name, r["error_code"]) for r in table] == [
        ("f00.txt", ""), ("f03.txt", ""), ("f01.txt", ""), ("f02.txt", ""), ("f04.txt", "")
    ]  # fmt: skip
    assert "failed:" not in stderr and "retried 2 file(s)" in stderr
    report = _run(tmp_path, "report", "r.csv.jsonl", "-o", "report.html")
    assert report.returncode == 0 and "5 resume(s) → report.html" in report.stderr

    third = _run(tmp_path, *args)
    assert third.returncode == 0, third.stderr
    assert "scored 1 now" in third.stderr and "5 already in r.csv.jsonl (skipped)" in third.stderr
    lines = _lines(rows_file)
    assert sorted(Path(r["file"]).name for r in lines) == [f"f{i:02d}.txt" for i in range(6)]
    assert all(r["error"] is None for r in lines)
    # one audit record per row written: 4 in run 1, f01, f02 and f04 in run 2, f05 in run 3
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 8
    assert sorted(r["error_code"] or "" for r in records[:4]) == ["", "", "timeout", "worker_died"]
    assert [r["error_code"] for r in records[4:]] == [None] * 4


# --- problem 8: another --as-of ---------------------------------------------------------------------------


def test_resuming_with_another_as_of_is_refused_and_restart_rescores(tmp_path, examples_dir):
    folder = tmp_path / "a"
    folder.mkdir()
    shutil.copy(examples_dir / "production_mle.txt", folder / "production_mle.txt")
    first = _run(tmp_path, "batch", "a", "-o", "a.jsonl", "--as-of", "2019-06-01")
    assert first.returncode == 0, first.stderr
    before = (tmp_path / "a.jsonl").read_text(encoding="utf-8")
    row = json.loads(before)
    assert row["as_of"] == "2019-06-01"
    # the resume's current position starts in 2021 (examples/production_mle.txt): after 2019-06-01
    assert {f["code"] for f in row["findings"]} == {"future_dates"}

    for as_of, said in ((("--as-of", "2026-01-01"), "as of 2026-01-01"), ((), "without --as-of")):
        result = _run(tmp_path, "batch", "a", "-o", "a.jsonl", *as_of)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines()[-1] == (
            f"error: a.jsonl holds rows screened as of 2019-06-01, and this run is {said}"
            + (" (each file as of the day it was scored)" if not as_of else "")
            + "; to resume, run with --as-of 2019-06-01, or add --restart to screen every file again"
        )
        assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == before  # nothing touched

    same = _run(tmp_path, "batch", "a", "-o", "a.jsonl", "--as-of", "2019-06-01")
    assert same.returncode == 0 and "1 already in a.jsonl (skipped)" in same.stderr

    again = _run(tmp_path, "batch", "a", "-o", "a.jsonl", "--as-of", "2026-01-01", "--restart")
    assert again.returncode == 0, again.stderr
    (row,) = _lines(tmp_path / "a.jsonl")
    triage = _run(tmp_path, "triage", "a/production_mle.txt", "--as-of", "2026-01-01", "--json")
    assert row["as_of"] == "2026-01-01"
    assert row["findings"] == json.loads(triage.stdout)["findings"]


def test_run_batch_refuses_rows_of_another_as_of_before_reading_any_file(tmp_path, examples_dir):
    folder = _make_folder(tmp_path, examples_dir, 1)
    out = tmp_path / "r.jsonl"
    _write(out, [_row(folder / "f00.txt")])  # as_of None: screened without a fixed date
    with pytest.raises(AsOfMismatchError, match="run with no --as-of, or add --restart"):
        run_batch(folder, out, settings=WorkerSettings(as_of="2026-01-01"))
    with pytest.raises(ValueError, match="not a date written YYYY-MM-DD"):
        run_batch(folder, out, settings=WorkerSettings(as_of="1/2/2026"))
    # rows of another model are scored again anyway, so their date is no reason to refuse
    _write(out, [_row(folder / "f00.txt", model_version="another", as_of="2019-06-01")])
    summary = run_batch(folder, out, settings=WorkerSettings(as_of="2026-01-01"))
    assert (summary.resumed, summary.scored) == (0, 1)
    assert [r["as_of"] for r in _lines(out)] == ["2026-01-01"]


# --- problem 4: a folder that cannot be listed -------------------------------------------------------------


def test_a_folder_that_cannot_be_listed_is_an_error_row(tmp_path, monkeypatch):
    """``os.scandir`` refuses one subfolder, as it does for a folder without read permission."""
    folder = tmp_path / "inbox"
    (folder / "2024_applicants" / "deeper").mkdir(parents=True)
    (folder / "2024_applicants" / "cv.txt").write_text("x", encoding="utf-8")
    (folder / ".hidden").mkdir()
    real = os.scandir
    locked = folder / "2024_applicants"

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    listing = list_folder(folder)
    assert listing.files == [] and listing.unreadable == [(locked, "Permission denied")]
    out = tmp_path / "r.csv"
    summary = run_batch(folder, out)  # nothing else to score: no worker starts
    assert (summary.files, summary.scored, summary.unreadable_folders) == (1, 1, 1)
    assert summary.errors == {"extraction_error": 1} and summary.failed == 1
    (row,) = _csv(out)
    assert row["file"] == str(locked) and row["error_code"] == "extraction_error"
    assert row["error_message"] == (
        "2024_applicants is a folder that cannot be opened (Permission denied), so the resumes in it were "
        "not screened; give read access to it and run the batch again."
    )
    again = run_batch(folder, out)  # still locked: the row is kept, and still counts as a failure
    assert (again.resumed, again.scored, again.errors) == (1, 0, {"extraction_error": 1})


def _drop_file_permission_override() -> tuple[str, ...]:
    """A command prefix under which chmod applies to this user: none for a normal user; for root,
    setpriv without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, when the system allows that."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return ("missing",)
    drop = "-dac_override,-dac_read_search"
    return (setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}")


def test_cli_gives_an_unreadable_subfolder_a_row_and_exit_code_1(tmp_path, examples_dir):
    folder = tmp_path / "inbox"
    locked = folder / "2024_applicants"
    locked.mkdir(parents=True)
    shutil.copy(examples_dir / "thin_claim.txt", folder / "thin_claim.txt")
    shutil.copy(examples_dir / "production_mle.txt", locked / "production_mle.txt")
    locked.chmod(0)
    try:
        prefix = _drop_file_permission_override()
        denied = None
        if prefix != ("missing",):
            denied = subprocess.run([*prefix, "ls", str(locked)], capture_output=True, check=False)
        if denied is None or denied.returncode == 0:
            pytest.skip("running as root: chmod 000 does not deny access here (no usable setpriv)")
        result = _run(tmp_path, "batch", "inbox", "-o", "inbox.csv", prefix=prefix)
        assert result.returncode == 1, result.stderr
        assert "failed: extraction_error 1" in result.stderr
        assert "1 folder(s) could not be opened" in result.stderr
        assert [(r["file"], r["verdict"], r["error_code"]) for r in _csv(tmp_path / "inbox.csv")] == [
            ("inbox/2024_applicants", "", "extraction_error"),
            ("inbox/thin_claim.txt", "unclear", ""),
        ]
    finally:
        locked.chmod(0o755)
    fixed = _run(tmp_path, "batch", "inbox", "-o", "inbox.csv")  # readable now: its resume is scored
    assert fixed.returncode == 0, fixed.stderr
    assert [(r["file"], r["error_code"]) for r in _csv(tmp_path / "inbox.csv")] == [
        ("inbox/thin_claim.txt", ""),
        ("inbox/2024_applicants/production_mle.txt", ""),
    ]


# --- problem 7: the batch's own outputs --------------------------------------------------------------------


def test_the_batch_never_scores_its_own_report_audit_log_or_temporary_files(tmp_path, examples_dir):
    folder = _make_folder(tmp_path, examples_dir, 1, name="h")
    args = ("batch", "h", "-o", "h/results.csv", "--html", "h/report.html", "--audit-log", "h/audit.jsonl")
    first = _run(tmp_path, *args)
    assert first.returncode == 0, first.stderr
    (folder / "results.csv.redacting").write_text("left by a killed --redact\n", encoding="utf-8")
    (folder / ".results.csv.x1y2.tmp").write_text("left by a killed rewrite\n", encoding="utf-8")
    second = _run(tmp_path, *args)
    assert second.returncode == 0, second.stderr
    assert "1 file(s)" in second.stderr and "1 already in h/results.csv.jsonl (skipped)" in second.stderr
    assert [r["file"] for r in _csv(folder / "results.csv")] == ["h/f00.txt"]
    assert "audit log: 0 record(s)" in second.stderr
    assert len((folder / "audit.jsonl").read_text(encoding="utf-8").splitlines()) == 1


# --- problem 12: Python API edges -------------------------------------------------------------------------


def test_timeout_zero_means_no_limit_and_bad_timeouts_are_refused(examples_dir):
    assert check_timeout(0) is None and check_timeout(None) is None and check_timeout(2) == 2.0
    assert WorkerSettings(timeout=0).timeout is None
    for bad in (-5, float("nan"), float("inf"), -0.5):
        with pytest.raises(ValueError, match="positive number of seconds, or 0 or None for no limit"):
            check_timeout(bad)
    with pytest.raises(TypeError, match="number of seconds or None"):
        check_timeout("60")
    screener = Screener()
    path = examples_dir / "production_mle.txt"
    (result,) = screener.assess_many([path], timeout=0)  # no limit: screened in this process
    assert result.error is None and result.verdict == "supported"
    for bad in (-5, float("nan")):
        with pytest.raises(ValueError, match="positive number of seconds"):
            screener.assess_many([path], timeout=bad)  # raised at the call, before any file is read


def test_cli_refuses_nan_and_infinite_timeouts(tmp_path, examples_dir):
    for value in ("nan", "inf", "-0.1"):
        result = _run(tmp_path, "batch", str(examples_dir), "-o", "r.csv", "--timeout", value)
        assert result.returncode == 2, value
        assert (
            result.stderr.strip()
            .splitlines()[-1]
            .endswith("use a positive number of seconds, or 0 for no limit")
        )


def test_a_path_with_a_nul_character_is_a_clear_error(tmp_path):
    screener = Screener()
    (result,) = screener.assess_many(["cv\x00.pdf"])
    assert result.error == {
        "code": "extraction_error",
        "message": "cv\\x00.pdf is not a valid file name (it holds a NUL character); check the path.",
    }
    with pytest.raises(ExtractionError, match="not a valid file name"):
        screener.assess_file("cv\x00.pdf")


def test_a_folder_with_a_trailing_slash_is_a_folder(tmp_path, examples_dir):
    folder = _make_folder(tmp_path, examples_dir, 1)
    screener = Screener()
    (result,) = screener.assess_many([f"{folder}/"])
    assert result.error["message"] == (
        "in is a folder, not a resume file; screen the files in it with resume-lens batch."
    )
    first = run_batch(f"{folder}/", tmp_path / "r.jsonl")
    assert first.scored == 1 and [r["file"] for r in _lines(tmp_path / "r.jsonl")] == [
        str(folder / "f00.txt")
    ]
    again = run_batch(folder, tmp_path / "r.jsonl")  # the same files, with or without the slash
    assert (again.resumed, again.scored) == (1, 0)


def test_cli_read_only_rows_file_is_a_one_line_error(tmp_path, examples_dir):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(examples_dir / "thin_claim.txt", folder / "thin_claim.txt")
    assert _run(tmp_path, "batch", "inbox", "-o", "ro.csv").returncode == 0
    rows = tmp_path / "ro.csv.jsonl"
    rows.chmod(0o444)
    try:
        prefix = _drop_file_permission_override()
        denied = None
        if prefix != ("missing",):
            denied = subprocess.run([*prefix, "sh", "-c", f": >> '{rows}'"], capture_output=True, check=False)
        if denied is None or denied.returncode == 0:
            pytest.skip("running as root: chmod 444 does not deny writing here (no usable setpriv)")
        result = _run(tmp_path, "batch", "inbox", "-o", "ro.csv", prefix=prefix)
        assert result.returncode == 2
        assert result.stderr.strip() == f"error: cannot write {rows.name}: Permission denied"
        assert "Traceback" not in result.stderr
    finally:
        rows.chmod(0o644)
