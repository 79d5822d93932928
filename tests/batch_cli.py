"""Shared helpers of the subprocess batch tests (``import batch_cli``; registered by conftest.py)."""

from __future__ import annotations

import shutil
import signal
import sys
from pathlib import Path

#: Bundled examples the batch tests copy, one per rubric outcome (production MLE, notebook-only MLE,
#: a thin claim, a data scientist).
SOURCES = ["production_mle.txt", "notebook_only_mle.txt", "thin_claim.txt", "data_scientist.txt"]


def default_sigint() -> None:
    """In the child: Ctrl-C back to its default (a job started with ``&`` inherits SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def cli() -> list[str]:
    """The installed ``resume-lens`` command (or the module, when no script is on PATH)."""
    exe = shutil.which("resume-lens")
    return [exe] if exe else [sys.executable, "-m", "resume_lens.cli"]


def env(cwd: Path, **extra: str) -> dict[str, str]:
    """A minimal environment: this Python's bin first, no colour, ``HOME`` in the test folder."""
    return {
        "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
        "NO_COLOR": "1",
        "HOME": str(cwd),
        **extra,
    }
