"""``resume-lens batch --scheduler``: the same batch on a Dask distributed cluster gives the same rows as a
local run (issue 6 item 4). The cluster is a ``distributed.LocalCluster`` on loopback; skipped when the
optional ``dask`` extra is not installed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from resume_lens.batch import run_batch

distributed = pytest.importorskip(
    "distributed", reason="the optional extra resume_lens[dask] is not installed"
)

FILES = ["production_mle.pdf", "notebook_only_mle.docx", "thin_claim.txt", "data_scientist.txt"]


def _rows(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {r["file"]: r for r in rows}


def test_cluster_rows_equal_local_rows(tmp_path, examples_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in FILES:
        shutil.copy(examples_dir / name, folder / name)
    (folder / "empty.pdf").write_bytes(b"")
    local = run_batch(folder, tmp_path / "local.jsonl", jobs=1)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        remote = run_batch(folder, tmp_path / "cluster.jsonl", scheduler=cluster.scheduler_address)
    assert (remote.files, remote.scored, remote.resumed) == (5, 5, 0)
    assert remote.verdicts == local.verdicts and remote.errors == local.errors == {"empty": 1}
    assert _rows(tmp_path / "cluster.jsonl") == _rows(tmp_path / "local.jsonl")
