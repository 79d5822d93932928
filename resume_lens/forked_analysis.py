"""Read and tag one file in a forked child while the parent loads the model (a cold ``triage``).

A cold ``resume-lens triage one.pdf`` spends about 1.5 s importing scikit-learn and skops and loading the
model, and about 1 s importing spaCy, building the rule pipeline, reading the PDF and tagging it (issue 6
measurements, ``bench/throughput.py``). Neither half needs the other until the model scores the tagged
document, so on a machine with two cores they can run side by side: :func:`start_analysis` forks a child
that extracts and analyses the file (:func:`resume_lens.analysis.analyze_document`) and sends the
:class:`~resume_lens.analysis.Analysis` back through a pipe as a pickle; the parent loads the model
meanwhile and collects it with :meth:`PendingAnalysis.result`.

The child only ever makes the same result the parent would. A file the extractor refuses comes back as
a :class:`FailedAnalysis` holding the error's code and message (what the parent would have reported,
without reading the file a second time); anything else (a crash, a kill, a ``MemoryError``, an
unreadable message) comes back as ``None`` and the caller screens the file in its own process, which
raises or reports exactly what it always did. The pickle is trusted because it comes from a child of
this process through a private pipe, never from a file.

The child never outlives the command: it asks the kernel to kill it when its parent dies
(``PR_SET_PDEATHSIG``), and :meth:`PendingAnalysis.close` kills and reaps it when the parent stops
early (a bad ``--model-dir``, Ctrl-C).

Forking is used only where ``os.fork`` is safe to call before any thread starts: on Linux, before the
heavy imports. Elsewhere :func:`start_analysis` returns ``None``.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from resume_lens.errors import ResumeLensError
from resume_lens.extract import DEFAULT_ENGINE, ExtractionLimits

if TYPE_CHECKING:  # imported in the child, after the fork: 0.2 s (segmentation rules) off the serial start
    from resume_lens.analysis import Analysis

__all__ = ["FailedAnalysis", "PendingAnalysis", "can_fork", "start_analysis"]

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass(frozen=True)
class FailedAnalysis:
    """The file was refused in the child: the ``code`` and ``message`` of its :class:`ResumeLensError`."""

    code: str
    message: str


def can_fork() -> bool:
    """Whether :func:`start_analysis` forks here: Linux with ``os.fork`` (macOS forks unsafely once
    system frameworks are loaded; Windows has no fork)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class PendingAnalysis:
    """The analysis a forked child is making; :meth:`result` waits for it (once)."""

    def __init__(self, pid: int, read_fd: int):
        self.pid = pid
        self._read_fd: int | None = read_fd

    def result(self) -> Analysis | FailedAnalysis | None:
        """Wait for the child and return what it made (once; later calls return ``None``).

        Returns
        -------
        Analysis, FailedAnalysis or None
            The analysis; the error the file raised; or ``None`` when the child did not finish cleanly
            (it crashed or was killed, or its message was incomplete): screen the file in this process.
        """
        if self._read_fd is None:
            return None
        with os.fdopen(self._read_fd, "rb") as pipe:
            self._read_fd = None
            payload = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not payload:
            return None
        try:
            made = pickle.loads(payload)  # noqa: S301  (our own child, through a private pipe)
        except Exception:  # a truncated message: the caller does the work itself
            return None
        from resume_lens.analysis import Analysis

        return made if isinstance(made, Analysis | FailedAnalysis) else None

    def close(self) -> None:
        """Kill and reap the child if its result was never collected; a no-op after :meth:`result`."""
        if self._read_fd is None:
            return
        os.close(self._read_fd)
        self._read_fd = None
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:  # already gone
            pass
        os.waitpid(self.pid, 0)


def start_analysis(
    path: str, *, limits: ExtractionLimits | None = None, engine: str = DEFAULT_ENGINE
) -> PendingAnalysis | None:
    """Fork a child that extracts and analyses ``path``; return at once.

    Parameters
    ----------
    path:
        The resume file (PDF, DOCX or text; format chosen by content).
    limits, engine:
        As for :func:`resume_lens.extract.extract_file`.

    Returns
    -------
    PendingAnalysis or None
        ``None`` when this platform does not fork here (:func:`can_fork`) or the fork failed (no memory,
        process limit); the caller then screens the file in its own process.

    Notes
    -----
    Call it before importing anything that starts threads. The child writes nothing to the terminal
    (its standard output and error go to ``/dev/null``) and ends with ``os._exit``, so it never runs the
    parent's exit handlers or flushes the parent's buffers.
    """
    if not can_fork():
        return None
    parent = os.getpid()
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child
        os.close(read_fd)
        _child(path, limits, engine, write_fd, parent)  # never returns
    os.close(write_fd)
    return PendingAnalysis(pid, read_fd)


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this child when its parent dies (even by ``kill -9``)."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no prctl: close() still reaps it on every orderly exit
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _child(path: str, limits: ExtractionLimits | None, engine: str, write_fd: int, parent: int) -> None:
    code = 1
    try:
        _die_with_parent(parent)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        from resume_lens.analysis import analyze_document
        from resume_lens.extract import extract_file

        made: Analysis | FailedAnalysis
        try:
            made = analyze_document(extract_file(path, limits=limits, engine=engine))
        except ResumeLensError as e:  # the same row the parent would make (screener.safe_assess)
            made = FailedAnalysis(e.code, str(e))
        payload = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(payload)
        code = 0
    except BaseException:  # noqa: BLE001  (any failure: the parent screens the file itself)
        code = 1
    finally:
        os._exit(code)
