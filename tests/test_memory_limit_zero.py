"""``max_memory_mb=0`` means no limit in Python, as ``--max-memory-mb 0`` does on the command line.

A tester found ``Screener().assess_many(paths, max_memory_mb=0)`` refused with "--max-memory-mb 0 is too
low" (``RLIMIT_AS`` of 0 MiB) while ``resume-lens batch --max-memory-mb 0`` ran without a limit.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import resume_lens.batch as batch
from resume_lens.batch import WorkerSettings, check_max_memory_mb, score_files
from resume_lens.cli import main
from resume_lens.screener import Screener


@pytest.mark.parametrize(("value", "expected"), [(None, None), (0, None), (1, 1), (1536, 1536)])
def test_check_max_memory_mb(value: int | None, expected: int | None) -> None:
    assert check_max_memory_mb(value) == expected


def test_check_max_memory_mb_refuses_negative_and_non_integers() -> None:
    with pytest.raises(ValueError, match="0 or None for no limit, not -1"):
        check_max_memory_mb(-1)
    for bad in (1.5, "512", True):
        with pytest.raises(TypeError, match="whole number of MiB"):
            check_max_memory_mb(bad)  # type: ignore[arg-type]


def test_worker_settings_zero_is_no_limit() -> None:
    assert WorkerSettings(max_memory_mb=0).max_memory_mb is None
    assert WorkerSettings(max_memory_mb=1536).max_memory_mb == 1536
    assert WorkerSettings().max_memory_mb == batch.DEFAULT_MAX_MEMORY_MB  # 2048, the default limit


def test_score_files_with_zero_runs_without_a_limit(examples_dir: Path) -> None:
    # before: the worker refused to start ("--max-memory-mb 0 is too low") and the call raised
    done = list(
        score_files([examples_dir / "notebook_only_mle.txt"], WorkerSettings(max_memory_mb=0, as_rows=True))
    )
    assert [(d.result["verdict"], d.result["error"]) for d in done] == [("inflated", None)]


def test_assess_many_zero_is_no_limit_and_stays_in_process(examples_dir: Path, monkeypatch) -> None:
    # n_jobs=1 with no timeout and no memory limit screens in this process: no worker is started
    def no_workers(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("max_memory_mb=0 started worker processes")

    monkeypatch.setattr(batch, "score_files", no_workers)
    results = list(Screener().assess_many([examples_dir / "notebook_only_mle.txt"], max_memory_mb=0))
    assert [(r.verdict, r.error) for r in results] == [("inflated", None)]
    with pytest.raises(ValueError, match="not -5"):
        Screener().assess_many([examples_dir / "notebook_only_mle.txt"], max_memory_mb=-5)


def test_cli_zero_is_no_limit(tmp_path: Path, examples_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(examples_dir / "notebook_only_mle.txt", folder / "nb.txt")
    out = tmp_path / "results.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--max-memory-mb", "0"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["file"]).name, r["verdict"]) for r in rows] == [("nb.txt", "inflated")]


def test_check_max_memory_mb_takes_any_whole_number_type_and_refuses_an_overflowing_limit() -> None:
    numpy = pytest.importorskip("numpy")
    assert check_max_memory_mb(numpy.int64(1024)) == 1024
    assert check_max_memory_mb(batch.MAX_MEMORY_MB) == 2**43 - 1
    # RLIMIT_AS is a signed 64-bit count of bytes: 2**43 MiB would overflow setrlimit in every worker
    with pytest.raises(ValueError, match="at most 8796093022207 MiB"):
        check_max_memory_mb(2**43)


def test_cli_refuses_an_overflowing_limit_as_a_usage_error(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["batch", str(tmp_path), "-o", str(tmp_path / "r.csv"), "--max-memory-mb", "99999999999999"])
    assert stop.value.code == 2
    assert "up to 8796093022207, or 0 for no limit" in capsys.readouterr().err
