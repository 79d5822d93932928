"""A cold triage reads and tags the file in a forked child: same result, and any failure falls back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from resume_lens import forked_analysis
from resume_lens.analysis import analyze_document
from resume_lens.cli import main
from resume_lens.extract import extract_file
from resume_lens.forked_analysis import can_fork, start_analysis

needs_fork = pytest.mark.skipif(not can_fork(), reason="triage forks only on Linux")


@needs_fork
@pytest.mark.parametrize("name", ["notebook_only_mle.pdf", "production_mle.docx", "ai_engineer_rag.txt"])
def test_child_analysis_equals_in_process_analysis(examples_dir, name):
    path = str(examples_dir / name)
    pending = start_analysis(path)
    assert pending is not None
    analysis = pending.result()
    assert analysis == analyze_document(extract_file(path))
    assert analysis.spans  # a real resume: the child tagged it, it did not just segment it


@needs_fork
def test_a_bad_file_comes_back_as_none(tmp_path):
    empty = tmp_path / "cv.pdf"
    empty.write_bytes(b"")
    pending = start_analysis(str(empty))
    assert pending is not None
    assert pending.result() is None  # the parent screens it and reports the error itself


@needs_fork
def test_a_killed_child_comes_back_as_none(examples_dir, tmp_path):
    pending = start_analysis(str(examples_dir / "notebook_only_mle.pdf"))
    assert pending is not None
    os.kill(pending.pid, signal.SIGKILL)
    assert pending.result() is None


def test_no_fork_off_linux(monkeypatch, examples_dir):
    monkeypatch.setattr(forked_analysis.sys, "platform", "darwin")
    assert start_analysis(str(examples_dir / "notebook_only_mle.pdf")) is None


def _triage_json(capsys, path, *extra: str) -> tuple[int, str]:
    code = main(["triage", str(path), "--json", "--as-of", "2026-11-30", *extra])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("name", ["notebook_only_mle.pdf", "data_scientist.docx"])
def test_triage_output_is_the_same_with_and_without_the_child(monkeypatch, capsys, examples_dir, name):
    forked = _triage_json(capsys, examples_dir / name)
    monkeypatch.setattr(forked_analysis, "can_fork", lambda: False)
    in_process = _triage_json(capsys, examples_dir / name)
    assert forked == in_process
    assert forked[0] == 0 and json.loads(forked[1])["file"] == str(examples_dir / name)


def test_triage_error_is_the_same_with_and_without_the_child(monkeypatch, capsys, tmp_path):
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"%PDF-1.4\n% truncated here")
    forked = _triage_json(capsys, bad)
    monkeypatch.setattr(forked_analysis, "can_fork", lambda: False)
    assert forked == _triage_json(capsys, bad)
    assert forked[0] == 1 and json.loads(forked[1])["error"]["code"] == "corrupt"


def test_cold_triage_does_not_import_spacy_in_the_parent(examples_dir):
    """The point of the child: the parent loads the model while the child imports spaCy and tags."""
    script = (
        "import sys\n"
        "from resume_lens.cli import main\n"
        f"code = main(['triage', {str(examples_dir / 'notebook_only_mle.pdf')!r}, '--json'])\n"
        "print('spacy' in sys.modules, code, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    expected = "False 0" if can_fork() else "True 0"
    assert result.stderr.strip().splitlines()[-1] == expected
    assert json.loads(result.stdout)["verdict"] == "inflated"
