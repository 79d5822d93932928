"""A cold triage reads and tags the file in a forked child: same result, and any failure falls back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from resume_lens import analysis as analysis_module
from resume_lens import forked_analysis
from resume_lens.analysis import analyze_document
from resume_lens.cli import main
from resume_lens.errors import EmptyDocumentError
from resume_lens.extract import extract_file
from resume_lens.forked_analysis import FailedAnalysis, can_fork, start_analysis

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
def test_a_refused_file_comes_back_as_its_error(tmp_path):
    """The parent reports the child's error instead of reading a slow, bad file a second time."""
    empty = tmp_path / "cv.pdf"
    empty.write_bytes(b"")
    pending = start_analysis(str(empty))
    assert pending is not None
    with pytest.raises(EmptyDocumentError) as raised:
        extract_file(str(empty))
    assert pending.result() == FailedAnalysis("empty", str(raised.value))
    assert pending.result() is None  # collected once


def _gone(pid: int) -> bool:
    """The process has exited (it may linger as a zombie until its new parent reaps it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


@needs_fork
def test_close_kills_and_reaps_a_child_still_at_work(monkeypatch, examples_dir):
    monkeypatch.setattr(analysis_module, "analyze_document", lambda *a, **k: time.sleep(60))
    pending = start_analysis(str(examples_dir / "thin_claim.txt"))
    assert pending is not None
    started = time.monotonic()
    pending.close()
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):  # reaped: no zombie left
        os.waitpid(pending.pid, os.WNOHANG)
    pending.close()  # twice is fine


@needs_fork
def test_the_child_dies_with_its_parent(examples_dir, tmp_path):
    """kill -9 of the command (or a TERM to its pid alone) leaves no child working on."""
    script = (
        "import os, signal, time\n"
        "import resume_lens.analysis as a\n"
        "a.analyze_document = lambda *args, **kwargs: time.sleep(60)\n"
        "from resume_lens.forked_analysis import start_analysis\n"
        f"pending = start_analysis({str(examples_dir / 'thin_claim.txt')!r})\n"
        "print(pending.pid, flush=True)\n"
        "time.sleep(1)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    child = int(result.stdout.split()[0])
    deadline = time.monotonic() + 10
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(child)


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


def test_a_bad_model_dir_takes_the_child_down_too(tmp_path, examples_dir, capsys, monkeypatch):
    started: list[forked_analysis.PendingAnalysis] = []
    original = forked_analysis.start_analysis

    def spy(*args, **kwargs):
        pending = original(*args, **kwargs)
        started.append(pending)
        return pending

    monkeypatch.setattr(forked_analysis, "start_analysis", spy)
    monkeypatch.setattr(analysis_module, "analyze_document", lambda *a, **k: time.sleep(60))
    code = main(["triage", str(examples_dir / "thin_claim.txt"), "--model-dir", str(tmp_path / "missing")])
    assert code != 0 and "error" in capsys.readouterr().err
    if can_fork():
        assert started and _gone(started[0].pid)


def test_triage_error_is_the_same_with_and_without_the_child(monkeypatch, capsys, tmp_path):
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"%PDF-1.4\n% truncated here")
    forked = _triage_json(capsys, bad)
    monkeypatch.setattr(forked_analysis, "can_fork", lambda: False)
    assert forked == _triage_json(capsys, bad)
    assert forked[0] == 1 and json.loads(forked[1])["error"]["code"] == "corrupt"


def test_cold_triage_does_not_import_spacy_in_the_parent(examples_dir, tmp_path):
    """The point of the child: the parent loads the model while the child imports spaCy and tags."""
    script = (
        "import sys\n"
        "from resume_lens.cli import main\n"
        f"code = main(['triage', {str(examples_dir / 'notebook_only_mle.pdf')!r}, '--json'])\n"
        "print('spacy' in sys.modules, code, file=sys.stderr)\n"
    )
    # run outside the checkout, so that the installed package (with its model) is imported, not the source
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    expected = "False 0" if can_fork() else "True 0"
    assert result.stderr.strip().splitlines()[-1] == expected
    assert json.loads(result.stdout)["verdict"] == "inflated"
