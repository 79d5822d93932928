"""Read and tag one file in a forked child while the parent loads the model (a cold ``triage``).

A cold ``resume-lens triage one.pdf`` spends about 1.5 s importing scikit-learn and skops and loading the
model, and about 1 s importing spaCy, building the rule pipeline, reading the PDF and tagging it (issue 6
measurements, ``bench/throughput.py``). Neither half needs the other until the model scores the tagged
document, so on a machine with two cores they can run side by side: :func:`start_analysis` forks a child
that extracts and analyses the file (:func:`resume_lens.analysis.analyze_document`) and sends the
:class:`~resume_lens.analysis.Analysis` back through a pipe as a pickle; the parent loads the model
meanwhile and collects it with :meth:`PendingAnalysis.result`.

The child only ever makes the same result the parent would: anything other than a clean analysis (a bad
file, a crash, a kill, an unreadable message) comes back as ``None`` and the caller screens the file in
its own process, which raises or reports exactly what it always did. The pickle is trusted because it
comes from a child of this process through a private pipe, never from a file.

Forking is used only where ``os.fork`` is safe to call before any thread starts: on Linux, before the
heavy imports. Elsewhere :func:`start_analysis` returns ``None``.
"""

from __future__ import annotations

import os
import pickle
import sys

from resume_lens.analysis import Analysis
from resume_lens.extract import DEFAULT_ENGINE, ExtractionLimits

__all__ = ["PendingAnalysis", "can_fork", "start_analysis"]


def can_fork() -> bool:
    """Whether :func:`start_analysis` forks here: Linux with ``os.fork`` (macOS forks unsafely once
    system frameworks are loaded; Windows has no fork)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class PendingAnalysis:
    """The analysis a forked child is making; :meth:`result` waits for it (once)."""

    def __init__(self, pid: int, read_fd: int):
        self.pid = pid
        self._read_fd = read_fd

    def result(self) -> Analysis | None:
        """Wait for the child and return its analysis.

        Returns
        -------
        Analysis or None
            ``None`` when the child did not finish cleanly (the file raised an error, the child crashed
            or was killed, or its message was incomplete): screen the file in this process instead.
        """
        with os.fdopen(self._read_fd, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not payload:
            return None
        try:
            analysis = pickle.loads(payload)  # noqa: S301  (our own child, through a private pipe)
        except Exception:  # a truncated message: the caller does the work itself
            return None
        return analysis if isinstance(analysis, Analysis) else None


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
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child
        os.close(read_fd)
        _child(path, limits, engine, write_fd)  # never returns
    os.close(write_fd)
    return PendingAnalysis(pid, read_fd)


def _child(path: str, limits: ExtractionLimits | None, engine: str, write_fd: int) -> None:
    code = 1
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        from resume_lens.analysis import analyze_document
        from resume_lens.extract import extract_file

        analysis = analyze_document(extract_file(path, limits=limits, engine=engine))
        payload = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(payload)
        code = 0
    except BaseException:  # noqa: BLE001  (any failure: the parent screens the file itself)
        code = 1
    finally:
        os._exit(code)
