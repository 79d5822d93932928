"""Batch workers: the model loads once per worker, and a file that hangs, blows the memory limit or kills
its worker costs only its own row (issue 6 items 1 and 2).

The misbehaving files use the test-only fault hook of :mod:`resume_lens.batch`, honoured only when
``RESUME_LENS_TESTING_ENABLE_FAULTS=1``; the workers inherit the environment.
"""

from __future__ import annotations

import shutil
import time
from collections import defaultdict
from pathlib import Path

import pytest

from resume_lens import Screener
from resume_lens.assess import Assessment
from resume_lens.batch import (
    QUEUED_FILES_PER_WORKER,
    TESTING_FAULTS,
    TESTING_FAULTS_ENABLED,
    TESTING_SLOW_SECONDS,
    WorkerSettings,
    failed_row,
    score_files,
)
from resume_lens.errors import ResourceLimitError
from resume_lens.output import csv_row, csv_row_from_dict

GOOD = ["production_mle.pdf", "notebook_only_mle.docx", "thin_claim.txt", "data_scientist.txt"]


@pytest.fixture(scope="module")
def screener():
    return Screener()


def _folder(tmp_path: Path, examples_dir: Path, extra: list[str]) -> list[Path]:
    """The GOOD examples plus copies of production_mle.pdf under the names in ``extra``, in a new folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for name in GOOD:
        shutil.copy(examples_dir / name, folder / name)
        paths.append(folder / name)
    for name in extra:
        shutil.copy(examples_dir / "production_mle.pdf", folder / name)
        paths.append(folder / name)
    return paths


def test_two_workers_load_the_model_once_each_and_agree_with_the_screener(tmp_path, examples_dir, screener):
    paths = _folder(tmp_path, examples_dir, [])
    paths = paths * 3  # 12 files for 2 workers
    done = list(score_files(paths, WorkerSettings(), jobs=2, ordered=True))
    assert [d.index for d in done] == list(range(12))
    assert [d.path for d in done] == [str(p) for p in paths]
    loads: dict[int, set[int]] = defaultdict(set)
    for d in done:
        loads[d.worker_pid].add(d.worker_loads)
    assert 1 <= len(loads) <= 2  # at most the two workers, none replaced
    assert all(seen == {1} for seen in loads.values()), loads  # each built its Screener once
    expected = {str(p): screener.assess_file(p).to_dict() for p in paths[:4]}
    for d in done:
        assert d.result.to_dict() == expected[d.path]
        assert d.worker_peak_rss_kb > 0


def test_hanging_crashing_and_memory_hungry_files_cost_one_row_each(
    tmp_path, examples_dir, screener, monkeypatch
):
    paths = _folder(
        tmp_path, examples_dir, {"hangs.pdf": "hang", "crashes.pdf": "crash", "hog.pdf": "memory"}
    )
    monkeypatch.setenv(TESTING_FAULTS_ENABLED, "1")
    monkeypatch.setenv(TESTING_FAULTS, "hang=hangs,crash=crashes,memory=hog")
    settings = WorkerSettings(timeout=10, max_memory_mb=1536, as_rows=True)
    rows = {Path(d.path).name: d for d in score_files(paths, settings, jobs=2)}
    assert set(rows) == {p.name for p in paths}
    errors = {name: (d.result["error"] or {}).get("code") for name, d in rows.items()}
    assert errors == {
        "production_mle.pdf": None,
        "notebook_only_mle.docx": None,
        "thin_claim.txt": None,
        "data_scientist.txt": None,
        "hangs.pdf": "timeout",
        "crashes.pdf": "worker_died",
        "hog.pdf": "resource_limit",
    }
    assert (
        rows["hangs.pdf"]
        .result["error"]["message"]
        .startswith("hangs.pdf took longer than 10 s to read and score, so it was stopped")
    )
    assert "(exit code 1)" in rows["crashes.pdf"].result["error"]["message"]
    assert "1536 MiB memory limit" in rows["hog.pdf"].result["error"]["message"]
    for name in GOOD:  # the other files are scored as usual, by workers that loaded the model once
        assert rows[name].result == screener.assess_file(tmp_path / "in" / name).to_dict()
        assert rows[name].worker_loads == 1


def test_one_worker_with_a_queued_file_behind_every_fault_loses_none_of_them(
    tmp_path, examples_dir, screener, monkeypatch
):
    """One worker holds two files at once: the file queued behind a hang, a crash or a memory error is
    handed out again and scored as usual, in input order."""
    assert QUEUED_FILES_PER_WORKER == 2
    folder = tmp_path / "in"
    folder.mkdir()
    order = [
        "production_mle.pdf", "hangs.pdf", "thin_claim.txt", "crashes.pdf", "data_scientist.txt",
        "hog.pdf", "notebook_only_mle.docx",
    ]  # fmt: skip
    for name in order:
        source = name if (examples_dir / name).exists() else "production_mle.pdf"
        shutil.copy(examples_dir / source, folder / name)
    monkeypatch.setenv(TESTING_FAULTS_ENABLED, "1")
    monkeypatch.setenv(TESTING_FAULTS, "hang=hangs,crash=crashes,memory=hog")
    settings = WorkerSettings(timeout=8, max_memory_mb=1536, as_rows=True)
    done = list(score_files([folder / n for n in order], settings, jobs=1, ordered=True))
    assert [Path(d.path).name for d in done] == order
    codes = [(d.result["error"] or {}).get("code") for d in done]
    assert codes == [None, "timeout", None, "worker_died", None, "resource_limit", None]
    for d in done:
        if d.result["error"] is None:
            assert d.result == screener.assess_file(d.path).to_dict()


def test_a_worker_that_died_before_it_was_sent_its_next_file_costs_only_its_own(
    tmp_path, examples_dir, screener, monkeypatch
):
    """The caller takes a second per result; meanwhile the worker starts its queued file and dies on it, so
    the next file is sent down a broken pipe. That file must go to a fresh worker, not end the batch
    (found by helper-37: BrokenPipeError escaped score_files)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a_ok.txt", "b_crash.txt", "c_ok.txt", "d_ok.txt"):
        shutil.copy(examples_dir / "thin_claim.txt", folder / name)
    monkeypatch.setenv(TESTING_FAULTS_ENABLED, "1")
    monkeypatch.setenv(TESTING_FAULTS, "crash=b_crash")
    rows = []
    for done in score_files(sorted(folder.iterdir()), WorkerSettings(as_rows=True), jobs=1, ordered=True):
        rows.append((Path(done.path).name, (done.result["error"] or {}).get("code")))
        time.sleep(1.0)  # the caller's own work: the worker reaches its queued file and dies meanwhile
    assert rows == [
        ("a_ok.txt", None),
        ("b_crash.txt", "worker_died"),
        ("c_ok.txt", None),
        ("d_ok.txt", None),
    ]


def test_a_queued_file_gets_its_full_time_limit_from_when_its_worker_starts_it(
    tmp_path, examples_dir, monkeypatch
):
    """Two files that each take 3 s under a 5 s limit, queued in one worker: both finish. Were the second
    file's clock started when it was queued, it would be cut off after 2 s of its own."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("slow_a.txt", "slow_b.txt"):
        shutil.copy(examples_dir / "thin_claim.txt", folder / name)
    monkeypatch.setenv(TESTING_FAULTS_ENABLED, "1")
    monkeypatch.setenv(TESTING_FAULTS, "slow=slow_a,slow=slow_b")
    assert 2 * TESTING_SLOW_SECONDS > 5 > TESTING_SLOW_SECONDS
    done = list(score_files(sorted(folder.iterdir()), WorkerSettings(timeout=5, as_rows=True), jobs=1))
    assert [(Path(d.path).name, d.result["error"]) for d in done] == [
        ("slow_a.txt", None),
        ("slow_b.txt", None),
    ]
    assert all(d.seconds >= TESTING_SLOW_SECONDS for d in done)


def test_faults_are_ignored_without_the_enabling_variable(tmp_path, examples_dir, monkeypatch):
    paths = _folder(tmp_path, examples_dir, ["crashes.pdf"])
    monkeypatch.delenv(TESTING_FAULTS_ENABLED, raising=False)
    monkeypatch.setenv(TESTING_FAULTS, "crash=crashes")
    results = list(score_files(paths[-1:], WorkerSettings(as_rows=True)))
    assert results[0].result["verdict"] == "supported"


def test_a_memory_limit_below_the_loaded_model_is_refused(examples_dir):
    with pytest.raises(ResourceLimitError, match="--max-memory-mb 100 is too low"):
        list(score_files([examples_dir / "thin_claim.txt"], WorkerSettings(max_memory_mb=100)))


def test_assess_many_with_limits_uses_workers_in_input_order(tmp_path, examples_dir, monkeypatch):
    paths = _folder(tmp_path, examples_dir, ["crashes.pdf"])
    monkeypatch.setenv(TESTING_FAULTS_ENABLED, "1")
    monkeypatch.setenv(TESTING_FAULTS, "crash=crashes")
    results = list(Screener().assess_many(paths, n_jobs=1, timeout=60, max_memory_mb=2048))
    assert [r.file for r in results] == [str(p) for p in paths]
    assert [r.verdict for r in results] == ["supported", "inflated", "unclear", "no_claim", None]
    assert results[-1].error["code"] == "worker_died"


def test_no_files_start_no_worker():
    assert list(score_files([], WorkerSettings(max_memory_mb=1))) == []


def test_failed_row_is_assessment_failed_to_dict():
    assert failed_row("a.pdf", "timeout", "a.pdf took too long") == (
        Assessment.failed("a.pdf", "timeout", "a.pdf took too long").to_dict()
    )


def test_csv_rows_from_stored_dicts_equal_csv_rows_from_assessments(screener, examples_dir):
    for name in [*GOOD, "ai_engineer_rag.pdf"]:
        assessment = screener.assess_file(examples_dir / name)
        assert csv_row_from_dict(assessment.to_dict()) == csv_row(assessment), name
    failed = Assessment.failed("=x.pdf", "empty", "=x.pdf is empty")
    assert csv_row_from_dict(failed.to_dict()) == csv_row(failed)


def test_a_probability_on_a_rounding_edge_shows_the_same_in_both_csv_paths():
    # the JSON row stores 6 decimals (0.0035496 -> 0.00355); the CSV shows 4 of those, not of the raw value
    assessment = Assessment(
        file="a.pdf",
        verdict="supported",
        p_inflated=0.0035496,
        evidence_role="ai_engineer",
        evidence_role_probability=0.9,
    )
    assert assessment.to_dict()["p_inflated"] == 0.00355
    assert (
        csv_row(assessment)["p_inflated"] == csv_row_from_dict(assessment.to_dict())["p_inflated"] == "0.0036"
    )
