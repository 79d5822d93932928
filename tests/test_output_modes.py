"""The batch's CSV and JSONL rows file get the same permissions as any file the user writes."""

from __future__ import annotations

import os
import stat

import pytest

from resume_lens.output import RowsFile, write_csv


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_csv_follows_the_umask_like_the_rows_file(tmp_path, umask_022):
    csv_path = tmp_path / "results.csv"
    write_csv([], csv_path)
    rows = RowsFile(tmp_path / "results.csv.jsonl")
    rows.append({"file": "a.pdf"})
    rows.close()
    assert _mode(csv_path) == 0o644  # 0o666 less the umask 0o022, not mkstemp's 0o600
    assert _mode(rows.path) == 0o644


def test_rewriting_keeps_the_permissions_a_user_set(tmp_path, umask_022):
    csv_path = tmp_path / "results.csv"
    write_csv([], csv_path)
    os.chmod(csv_path, 0o600)
    write_csv([], csv_path)
    assert _mode(csv_path) == 0o600
    rows = RowsFile(tmp_path / "results.csv.jsonl")
    rows.append({"file": "a.pdf"})
    rows.close()
    os.chmod(rows.path, 0o640)
    rows.replace_with([{"file": "a.pdf"}])
    assert _mode(rows.path) == 0o640
