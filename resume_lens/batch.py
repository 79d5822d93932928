"""Batch scoring at scale: files in worker processes with hard per-file limits, written to a resumable file.

Two layers:

* :func:`score_files` runs files in ``jobs`` worker processes (started with loky's process context, the
  one joblib uses). Each worker builds one :class:`~resume_lens.screener.Screener` (spaCy pipeline and
  model) when it starts and then scores one file at a time; the parent keeps the next file queued in each
  worker's pipe (:data:`QUEUED_FILES_PER_WORKER`), so a worker never waits for the parent to write a row.
  The parent gives each file a wall-clock limit from the moment its worker starts it and kills the worker
  when it is passed; each worker runs under ``RLIMIT_AS``. A file that hangs,
  blows the memory limit or kills its worker (segfault, ``os._exit``, the kernel's OOM killer) becomes one
  error row (codes ``timeout``, ``resource_limit``, ``worker_died``); a fresh worker takes the place of a
  lost one, the file queued behind it is handed out again, and the batch goes on.

  joblib's ``Parallel`` is not used for this: it cannot stop one task that hangs, and a worker that dies
  aborts the whole call (``TerminatedWorkerError``), so every other file in flight would be lost.

* :func:`run_batch` scores every file under a folder into a results file that survives interruption:
  rows are appended to a JSON Lines file and flushed as each file finishes; running the same command again
  skips the files already in it (matched by content sha256, model version, engine, resume_lens version and
  as-of date), scores the rest, and tries again the files whose row was a transient failure
  (:data:`RETRIED_ERROR_CODES`); the latest row of a file wins, so no file is lost or counted twice. A
  ``.csv`` output is written from the winning rows at the end.

At most :func:`worker_count` workers start: never more than the files, nor than :func:`usable_cpus`.

Examples
--------
>>> from resume_lens.batch import run_batch
>>> summary = run_batch("resumes/", "results.csv", jobs=2)  # doctest: +SKIP
>>> summary.verdicts, summary.errors, summary.rate  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import logging
import math
import numbers
import operator
import os
import re
import signal
import stat as stat_module
import threading
import time
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resume_lens import __version__
from resume_lens.errors import (
    ExtractionError,
    ExtractionTimeoutError,
    ModelError,
    ResourceLimitError,
    ResumeLensError,
    WorkerDiedError,
)
from resume_lens.extract.detect import display_name
from resume_lens.extract.limits import ExtractionLimits
from resume_lens.output import CSV_COLUMNS, RowsFile, rows_path_for, write_csv

if TYPE_CHECKING:  # the parent of a CLI batch never imports the model stack (scikit-learn, spaCy)
    from resume_lens.assess import Assessment

__all__ = [
    "DEFAULT_MAX_MEMORY_MB",
    "MAX_MEMORY_MB",
    "DEFAULT_TIMEOUT",
    "RETRIED_ERROR_CODES",
    "AsOfMismatchError",
    "NotAResultsFileError",
    "BatchSummary",
    "FolderListing",
    "ScoredFile",
    "WorkerSettings",
    "WorkersCappedWarning",
    "check_max_memory_mb",
    "check_timeout",
    "list_files",
    "list_folder",
    "model_version",
    "run_batch",
    "score_files",
    "score_files_on_cluster",
    "usable_cpus",
    "warn_workers_capped",
    "worker_count",
]

#: Default wall-clock limit per file, in seconds. A normal 3-page resume takes well under a second
#: (pdf-notes §6 measured 0.3 s for extraction); the limit is for files that hang the parser.
DEFAULT_TIMEOUT = 60.0
#: Default address-space limit (``RLIMIT_AS``) of each worker process, in MiB. A worker holds about
#: 0.4 GiB of address space once the model and the spaCy pipeline are loaded (measured with
#: ``/proc/self/statm``); pdfminer normally peaks near 40 MB per file (pdf-notes §6).
DEFAULT_MAX_MEMORY_MB = 2048

#: Error codes of rows a resumed :func:`run_batch` scores again: causes that may pass on another run
#: (a busy machine, a limit since raised, a worker killed from outside, a bug since fixed). Rows with any
#: other code (``encrypted``, ``no_text_layer``, ``corrupt``, ``empty``, ``too_large`` ...) describe the
#: file itself and are kept, like scored rows.
RETRIED_ERROR_CODES = frozenset(
    {ExtractionTimeoutError.code, ResourceLimitError.code, WorkerDiedError.code, "internal_error"}
)


class WorkersCappedWarning(UserWarning):
    """More worker processes were asked for than the machine has usable CPUs; fewer were started."""


class AsOfMismatchError(ResumeLensError, ValueError):
    """A batch would resume from rows whose findings were measured against another ``--as-of`` date."""

    code = "as_of_mismatch"


class NotAResultsFileError(ResumeLensError, ValueError):
    """The output a batch would resume and rewrite holds lines resume_lens did not write: it is refused, so
    that nothing in it is lost (a ``.jsonl`` of other data, or a CSV that is not a results table)."""

    code = "not_a_results_file"


def _refuse_foreign_output(output: Path, rows_file: RowsFile) -> None:
    """Raise :class:`NotAResultsFileError` when ``output`` or its rows file holds what a batch did not write.

    A batch rewrites both files (and ``restart`` deletes them), so an unrelated ``.jsonl`` or ``.csv``
    given as ``-o`` would be lost. The rows file may hold only rows (and a last line cut short by a kill);
    an existing CSV must start with a results header (first column ``file``, a ``verdict`` column:
    :data:`resume_lens.output.CSV_COLUMNS`, or an earlier version's).
    """
    bad = rows_file.first_foreign_line()
    if bad is not None:
        raise NotAResultsFileError(
            f"{rows_file.path} is not a resume_lens results file (line {bad} is not a result row), so the "
            "batch will not add to it or rewrite it; choose another output file, or move this one away"
        )
    if output != rows_file.path and output.is_file():
        try:
            with output.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
                header = next(csv.reader(handle), None)
        except OSError:
            return
        # a results table of this or an earlier version (columns have been added over time)
        if header is not None and not (header[:1] == [CSV_COLUMNS[0]] and "verdict" in header):
            raise NotAResultsFileError(
                f"{output} is not a resume_lens results table (its first line is not the results header), "
                "so the batch will not overwrite it; choose another output file, or move this one away"
            )


def check_timeout(timeout: float | None) -> float | None:
    """A per-file time limit in seconds as the batch uses it: ``None`` (no limit) or a positive float.

    ``0`` means no limit, as ``--timeout 0`` on the command line.

    Raises
    ------
    TypeError
        ``timeout`` is not a number.
    ValueError
        ``timeout`` is negative, NaN or infinite.
    """
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be a number of seconds or None, not {type(timeout).__name__}")
    if not timeout >= 0 or math.isinf(timeout):  # NaN fails the comparison
        raise ValueError(
            f"timeout must be a positive number of seconds, or 0 or None for no limit, not {timeout!r}"
        )
    return float(timeout) or None


#: The largest ``max_memory_mb`` (MiB): ``RLIMIT_AS`` is a signed 64-bit count of bytes, so
#: 2**43 MiB (2**63 bytes) and more overflow ``resource.setrlimit`` in every worker.
MAX_MEMORY_MB = 2**43 - 1


def check_max_memory_mb(max_memory_mb: int | None) -> int | None:
    """A per-worker memory limit in MiB as the batch uses it: ``None`` (no limit) or a positive int.

    ``0`` means no limit, as ``--max-memory-mb 0`` on the command line. Any whole number type is
    accepted (``numpy.int64`` too); ``bool`` is not.

    Raises
    ------
    TypeError
        ``max_memory_mb`` is not a whole number.
    ValueError
        ``max_memory_mb`` is negative or above :data:`MAX_MEMORY_MB`.
    """
    if max_memory_mb is None:
        return None
    if isinstance(max_memory_mb, bool) or not isinstance(max_memory_mb, numbers.Integral):
        raise TypeError(
            f"max_memory_mb must be a whole number of MiB or None, not {type(max_memory_mb).__name__}"
        )
    mib = int(max_memory_mb)
    if mib < 0:
        raise ValueError(
            f"max_memory_mb must be a positive number of MiB, or 0 or None for no limit, not {mib}"
        )
    if mib > MAX_MEMORY_MB:
        raise ValueError(
            f"max_memory_mb must be at most {MAX_MEMORY_MB} MiB, or 0 or None for no limit, not {mib}"
        )
    return mib or None


def usable_cpus() -> int:
    """The CPUs this process may run on: the ceiling on batch worker processes.

    ``len(os.sched_getaffinity(0))`` where the system has it (Linux: it honours ``taskset`` and the
    cpuset of a container), else ``os.cpu_count()``; at least 1. Scoring a file keeps one CPU busy, so
    more workers than this only add memory (each holds about 250 MiB once loaded; :func:`_limit_memory`) and
    start-up time.
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def warn_workers_capped(jobs: int, cpus: int, *, stacklevel: int = 2) -> None:
    """Warn (:class:`WorkersCappedWarning`) that ``jobs`` workers were asked for and at most ``cpus`` start;
    ``stacklevel`` as for :func:`warnings.warn`, counted from the function that calls this one."""
    warnings.warn(
        f"{jobs} worker processes asked for, but this machine lets resume_lens use {cpus} CPU(s); "
        f"starting at most {cpus}",
        WorkersCappedWarning,
        stacklevel=stacklevel + 1,
    )


def worker_count(jobs: int, files: int | None = None, cpus: int | None = None) -> int:
    """How many worker processes a batch of ``files`` files starts for ``jobs`` (``--jobs``, ``n_jobs``).

    ``min(jobs, cpus, files)``, at least 1: ``-1`` means one per usable CPU (joblib's meaning); a number
    above the usable CPUs is lowered to them; never more workers than files (``files=None``: not known).

    Parameters
    ----------
    jobs:
        A positive whole number, or -1.
    files:
        Files to score, when known.
    cpus:
        The ceiling; :func:`usable_cpus` when ``None``.

    Raises
    ------
    TypeError
        ``jobs`` is not a whole number.
    ValueError
        ``jobs`` is 0 or below -1.
    """
    if isinstance(jobs, bool):
        raise TypeError("jobs must be a whole number of workers, not a bool")
    try:
        jobs = operator.index(jobs)
    except TypeError:
        raise TypeError(f"jobs must be a whole number of workers, not {type(jobs).__name__}") from None
    if jobs == 0 or jobs < -1:
        raise ValueError(f"jobs must be a positive number of workers or -1 for every core, not {jobs}")
    ceiling = usable_cpus() if cpus is None else max(1, cpus)
    count = ceiling if jobs == -1 else min(jobs, ceiling)
    if files is not None:
        count = min(count, max(1, files))
    return count


#: Test-only fault injection: honoured only when this variable is ``"1"``.
TESTING_FAULTS_ENABLED = "RESUME_LENS_TESTING_ENABLE_FAULTS"
#: ``"hang=STEM,crash=STEM,memory=STEM,slow=STEM"``: a worker sleeps for an hour, ``os._exit(1)``s, asks
#: for more memory than its limit, or sleeps :data:`TESTING_SLOW_SECONDS` before scoring, when it is given a
#: file whose stem is STEM (only with :data:`TESTING_FAULTS_ENABLED`).
TESTING_FAULTS = "RESUME_LENS_TESTING_FAULTS"
TESTING_SLOW_SECONDS = 3.0

#: Files handed to a worker at once: the one it scores and the next, queued in its pipe. One more than
#: one is enough to hide the parent's turn-around (receiving a row, writing it, sending the next path),
#: and no more is needed: a queued file is handed out again if its worker is lost.
QUEUED_FILES_PER_WORKER = 2

_MIB = 1024 * 1024
_GRACE_SECONDS = 10.0  # how long finished workers get to exit before they are killed
_STARTUP_FAILURES = 3  # workers that die while loading, with none ever ready, before the batch gives up
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerSettings:
    """What each worker process needs: the model, the extraction limits and the hard limits.

    Parameters
    ----------
    model_dir:
        A folder written by ``resume-lens train``; ``None`` for the packaged model.
    limits:
        Extraction limits (bytes, pages, characters); the documented defaults when ``None``.
    timeout:
        Wall-clock seconds one file may take in a worker (reading and scoring) before the worker is killed
        and the file gets a ``timeout`` row; ``None`` or ``0`` for no limit (:func:`check_timeout`; a
        negative, NaN or infinite value raises ``ValueError``).
    max_memory_mb:
        Address-space limit (``RLIMIT_AS``) of each worker process, in MiB; ``None`` or ``0`` for no limit
        (:func:`check_max_memory_mb`; a negative value raises ``ValueError``).
        It counts address space, not only memory in use, and must leave room for the loaded worker's
        (about 520 MiB; :func:`_limit_memory`).
    as_rows:
        Workers send ``Assessment.to_dict()`` rows instead of :class:`~resume_lens.assess.Assessment`
        objects, so the parent never imports scikit-learn or spaCy (what :func:`run_batch` uses).
    as_of:
        The screening date for the findings (``Screener(as_of=...)``); today when ``None``.
    engine:
        The PDF engine, ``"pdfminer"`` (default) or ``"pdfium"`` (``Screener(engine=...)``). Part of the
        key :func:`run_batch` resumes by: rows written with another engine are scored again.
    """

    model_dir: str | None = None
    limits: ExtractionLimits | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    as_rows: bool = False
    as_of: date | str | None = None
    engine: str = "pdfminer"

    def __post_init__(self) -> None:
        object.__setattr__(self, "timeout", check_timeout(self.timeout))  # 0 → None; TypeError, ValueError
        object.__setattr__(self, "max_memory_mb", check_max_memory_mb(self.max_memory_mb))  # 0 → None


@dataclass(frozen=True)
class ScoredFile:
    """One finished file from :func:`score_files`.

    ``index`` is the file's position in the input; ``result`` is the
    :class:`~resume_lens.assess.Assessment` (or, with ``WorkerSettings.as_rows``, its ``to_dict()`` row),
    which may be an error row.
    ``worker_pid`` is the process that scored it (``None`` when the worker was lost), ``worker_loads`` how
    many times that process had built a :class:`~resume_lens.screener.Screener` (1: once per worker),
    ``worker_peak_rss_kb`` its peak resident memory so far in KiB (``getrusage`` ``ru_maxrss``) and
    ``seconds`` the wall time the file took in the worker.
    """

    index: int
    path: str
    result: Assessment | dict[str, Any]
    worker_pid: int | None = None
    worker_loads: int | None = None
    worker_peak_rss_kb: int | None = None
    seconds: float | None = None


# ---------------------------------------------------------------------------------------------------------
# The worker process


_LOADS = 0  # Screener builds in this process; reported with every row so tests can check "once per worker"


def _worker_main(conn: Connection, settings: WorkerSettings) -> None:
    """Entry point of a worker process: load once, then score the files the parent sends, one at a time.

    Messages to the parent: ``("ready", pid, error_row_template)``; ``("fatal", code, message)`` when the
    model cannot be loaded or the memory limit is below what the loaded worker holds; ``("row", index,
    assessment, pid, loads, peak_rss_kb, seconds, retire)`` per file (``retire``: the worker exits next).
    A ``None`` task, or the parent going away, ends the worker.
    """
    global _LOADS
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"  # one process per core: no nested thread pools
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _exit_with_parent()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        from resume_lens.model_types import import_skops_io_for_our_models, own_this_process

        own_this_process()  # a worker process: nothing else in it loads skops models
        from resume_lens.spacy_cli import defer_spacy_cli

        defer_spacy_cli()  # nor uses spaCy's CLI package, so spaCy's import may skip it
        import_skops_io_for_our_models()  # so skip skops' walk over scikit-learn
        from resume_lens.screener import Screener

        screener = Screener(
            settings.model_dir, limits=settings.limits, as_of=settings.as_of, engine=settings.engine
        )
        _ = screener.nlp  # the spaCy pipeline too, before the memory limit and the first file's clock
        _LOADS += 1
        _limit_memory(settings.max_memory_mb)
    except ResumeLensError as e:
        _send(conn, ("fatal", e.code, str(e)))  # not the exception: some classes do not unpickle
        return
    # an error row as this version of Assessment writes it, for the rows the parent makes (timeouts, deaths)
    template = None
    if settings.as_rows:
        from resume_lens.assess import Assessment

        template = Assessment.failed(None, "", "").to_dict()
    if not _send(conn, ("ready", os.getpid(), template)):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        started = time.perf_counter()
        assessment = _score_in_worker(screener, path, settings)
        seconds = time.perf_counter() - started
        # after a MemoryError the heap may be in a bad way: this worker retires and a fresh one takes over
        retire = bool(assessment.error and assessment.error.get("code") == ResourceLimitError.code)
        result = assessment.to_dict() if settings.as_rows else assessment
        row = ("row", index, result, os.getpid(), _LOADS, _peak_rss_kb(), seconds, retire)
        if not _send(conn, row) or retire:
            return


_FATAL = {e.code: e for e in (ModelError, ResourceLimitError, WorkerDiedError)}


def _send(conn: Connection, message: tuple[Any, ...]) -> bool:
    try:
        conn.send(message)
    except (BrokenPipeError, EOFError, OSError):
        return False
    return True


def _exit_with_parent() -> None:
    """Stop this worker within a second of its parent dying (even by ``kill -9``), even mid-file."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="resume-lens-parent-watch", daemon=True).start()


def _address_space_bytes() -> int | None:
    """This process's virtual address space in bytes (Linux ``/proc/self/statm``), or ``None``."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _limit_memory(max_memory_mb: int | None) -> None:
    """Cap this process's address space (``RLIMIT_AS``) at ``max_memory_mb`` MiB.

    The limit counts the whole address space, not the memory in use: with spaCy and the model loaded a
    worker maps about 520 MiB (510–530 MiB measured on Linux x86-64, Python 3.11: ``/proc/self/statm``
    once loaded), of which about 220–240 MiB is resident (``ru_maxrss``); the rest is shared libraries,
    thread stacks and memory reserved but not used. Scoring adds a little: the peak RSS that
    ``bench/throughput.py`` prints is 241–246 MB on its generated PDFs, and the 298 resumes of
    ``corpora/resumes`` reach 308 MiB resident and 590 MiB of address space (long two-column PDFs).

    Raises
    ------
    ResourceLimitError
        When the worker already holds more than that with the model loaded.
    """
    if max_memory_mb is None:
        return
    import resource

    limit = max_memory_mb * _MIB
    in_use = _address_space_bytes()
    if in_use is not None and in_use + 64 * _MIB > limit:
        need = (in_use // _MIB + 64 + 255) // 256 * 256
        raise ResourceLimitError(
            f"--max-memory-mb {max_memory_mb} is too low: the limit counts address space, and a worker "
            f"with the model loaded already maps {in_use // _MIB} MiB (libraries included, not only memory "
            f"in use); allow at least {need} (the default is {DEFAULT_MAX_MEMORY_MB})"
        )
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _peak_rss_kb() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


def _score_in_worker(screener: Any, path: str, settings: WorkerSettings) -> Assessment:
    from resume_lens.screener import safe_assess

    return safe_assess(screener, path, before=_inject_test_fault, max_memory_mb=settings.max_memory_mb)


def _inject_test_fault(path: str) -> None:
    """Test-only: misbehave on a named file, when :data:`TESTING_FAULTS_ENABLED` is ``"1"``."""
    if os.environ.get(TESTING_FAULTS_ENABLED) != "1":
        return
    stem = Path(path).stem
    for item in os.environ.get(TESTING_FAULTS, "").split(","):
        kind, _, target = item.partition("=")
        if target != stem:
            continue
        if kind == "hang":
            time.sleep(3600)
        elif kind == "slow":
            time.sleep(TESTING_SLOW_SECONDS)
        elif kind == "crash":
            os._exit(1)
        elif kind == "memory":
            import resource

            soft, _ = resource.getrlimit(resource.RLIMIT_AS)
            size = soft if soft != resource.RLIM_INFINITY else 1 << 48
            bytearray(size)  # more than the whole limit at once: MemoryError without touching memory


# ---------------------------------------------------------------------------------------------------------
# The parent: one file per worker at a time, a deadline per file, a replacement for every lost worker


class _Worker:
    """One worker process and the files sent to it, in the order it scores them (parent side)."""

    def __init__(self, context: Any, settings: WorkerSettings):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, settings), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.retiring = False  # it said it exits after its last row (after a MemoryError)
        self.tasks: deque[tuple[int, str]] = deque()  # tasks[0] is the file it is scoring
        self.deadline: float | None = None  # for tasks[0]

    def assign(self, task: tuple[int, str], timeout: float | None) -> bool:
        """Send ``task``; its clock starts now if the worker is idle, else when the file before it ends.

        Returns ``False``, keeping nothing, when the worker's pipe is closed: it has just died (its death
        is handled with the file it was scoring, if any) and the task goes to another worker.
        """
        try:
            self.conn.send(task)
        except OSError:  # BrokenPipeError: the worker is gone; it takes no more files
            self.ready = False
            self.retiring = True  # not a start-up failure: it was loaded and scoring
            return False
        if not self.tasks:
            self.deadline = None if timeout is None else time.monotonic() + timeout
        self.tasks.append(task)
        return True

    def finished(self, timeout: float | None) -> tuple[int, str]:
        """The worker sent the row of ``tasks[0]``: it starts the next queued file now."""
        task = self.tasks.popleft()
        self.deadline = None if timeout is None or not self.tasks else time.monotonic() + timeout
        return task

    def take_queued(self) -> list[tuple[int, str]]:
        """Remove and return the files queued behind the current one (to hand out again)."""
        queued = list(self.tasks)[1:]
        while len(self.tasks) > 1:
            self.tasks.pop()
        return queued

    def kill(self) -> None:
        if self.process.is_alive():
            try:  # SIGKILL: a hung parser or a C-level loop cannot ignore it (loky's Popen has no kill())
                os.kill(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask an idle worker to finish (it exits when it reads ``None``)."""
        try:
            self.conn.send(None)
        except OSError:
            pass


def _how_it_died(exitcode: int | None) -> str:
    if exitcode is None:
        return "it stopped responding"
    if exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def _timeout_message(path: str, timeout: float) -> str:
    return (
        f"{display_name(path)} took longer than {timeout:g} s to read and score, so it was stopped; "
        "open it to check it is a normal resume, or allow more time with --timeout."
    )


def _died_message(path: str, exitcode: int | None) -> str:
    return (
        f"{display_name(path)} stopped the worker process reading it ({_how_it_died(exitcode)}); "
        "the file may be damaged or too large: open it to check."
    )


def failed_row(
    file: str | None, code: str, message: str, template: dict[str, Any] | None = None
) -> dict[str, Any]:
    """``Assessment.failed(file, code, message).to_dict()``, built without importing the model stack.

    ``template`` is such a row as a worker made it (so the keys follow the installed ``Assessment``); without
    one a built-in copy is used, which a test keeps identical to ``Assessment.failed``.
    """
    if template is not None:
        return {**template, "file": file, "error": {"code": code, "message": message}}
    return {
        "schema_version": "1.1",
        "file": file,
        "sha256": None,
        "source_format": None,
        "model_version": None,
        "verdict": None,
        "p_inflated": None,
        "evidence_role": None,
        "evidence_role_probability": None,
        "claims": [],
        "warnings": [],
        "keyword_stuffing": None,
        "findings": [],
        "error": {"code": code, "message": message},
        "notice": "Triage signal for human review, not a hiring decision.",
    }


def _failed(
    path: str, code: str, message: str, settings: WorkerSettings, template: dict[str, Any] | None = None
) -> Assessment | dict[str, Any]:
    if settings.as_rows:
        return failed_row(path, code, message, template)
    from resume_lens.assess import Assessment

    return Assessment.failed(path, code, message)


def score_files(
    paths: Iterable[str | os.PathLike[str]],
    settings: WorkerSettings | None = None,
    *,
    jobs: int = 1,
    ordered: bool = False,
) -> Iterator[ScoredFile]:
    """Score files in worker processes, each file under a wall-clock and a memory limit.

    Parameters
    ----------
    paths:
        Files to score; read lazily, so a generator of millions of paths is fine.
    settings:
        Model, extraction limits, ``timeout`` (seconds per file) and ``max_memory_mb`` (MiB per worker);
        :class:`WorkerSettings` defaults when ``None``.
    jobs:
        Worker processes; ``-1`` for one per usable CPU. At most :func:`worker_count` start: never more
        than the files, nor than :func:`usable_cpus` (a larger number is lowered to it, with a
        :class:`WorkersCappedWarning`). Each loads the model once (about 2–3 s and 250 MiB of memory;
        :func:`_limit_memory`).
    ordered:
        Yield in input order (results finished early wait, at most ``4 × jobs`` of them) instead of in the
        order files finish.

    Yields
    ------
    ScoredFile
        One per path, including error rows (``timeout``, ``resource_limit``, ``worker_died`` and every
        extraction error code). The parent keeps nothing per file once it is yielded.

    Raises
    ------
    ModelError
        The model cannot be loaded (raised from the first worker that tries).
    ResourceLimitError
        ``max_memory_mb`` is below what a worker holds with the model loaded.
    WorkerDiedError
        Workers keep dying while they load the model, before any file is scored.
    TypeError, ValueError
        ``jobs`` is not a whole number, or is 0 or below -1 (raised when the first result is asked for).
    """
    from joblib.externals.loky.backend.context import get_context

    settings = settings or WorkerSettings()
    cpus = usable_cpus()
    n_workers = worker_count(jobs, cpus=cpus)
    if jobs > cpus:
        warn_workers_capped(jobs, cpus, stacklevel=2)
    tasks = enumerate(os.fsdecode(p) for p in paths)
    # read ahead as many paths as there could be workers: a short list starts only as many workers as files
    first = list(itertools.islice(tasks, n_workers))
    if not first:  # nothing to score: start no worker
        return
    n_workers = worker_count(n_workers, files=len(first), cpus=cpus)
    tasks = itertools.chain(first, tasks)
    retry: deque[tuple[int, str]] = deque()  # files queued in a worker that was lost, to hand out again
    context = get_context("loky")
    workers = [_Worker(context, settings) for _ in range(n_workers)]
    window = 4 * n_workers
    waiting: dict[int, ScoredFile] = {}  # ordered mode: finished early, waiting for their turn
    next_out = 0  # ordered mode: the index to yield next
    next_in = 0  # index of the next task to hand out
    exhausted = False
    startup_failures = 0
    template: dict[str, Any] | None = None  # an error row from a worker (see _worker_main)

    def emit(done: ScoredFile) -> Iterator[ScoredFile]:
        nonlocal next_out
        if not ordered:
            yield done
            return
        waiting[done.index] = done
        while next_out in waiting:
            yield waiting.pop(next_out)
            next_out += 1

    try:
        while True:
            for depth in range(QUEUED_FILES_PER_WORKER):  # hand out files, round robin, to loaded workers
                for worker in workers:
                    if not worker.ready or len(worker.tasks) > depth:
                        continue
                    if retry:
                        task = retry.popleft()
                    elif exhausted or (ordered and next_in >= next_out + window):
                        break
                    else:
                        task = next(tasks, None)
                        if task is None:
                            exhausted = True
                            break
                        next_in += 1
                    if not worker.assign(task, settings.timeout):
                        retry.appendleft(task)
            busy = [w for w in workers if w.tasks]
            if exhausted and not busy and not retry:
                break
            deadlines = [w.deadline for w in busy if w.deadline is not None]
            wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            ready = wait([w.conn for w in workers] + [w.process.sentinel for w in workers], wait_for)
            for worker in list(workers):
                lost: ScoredFile | None = None
                if worker.conn in ready or worker.process.sentinel in ready:
                    message = _receive(worker.conn)
                    if message is not None and message[0] == "ready":
                        worker.ready = True
                        template = message[2]
                        startup_failures = 0
                        continue
                    if message is not None and message[0] == "fatal":
                        raise _FATAL.get(message[1], ResumeLensError)(message[2])
                    if message is not None and message[0] == "row" and worker.tasks:
                        _, index, result, pid, loads, rss, seconds, retire = message
                        path = worker.finished(settings.timeout)[1]
                        if retire:  # it exits now, unread files and all: they go to the other workers
                            retry.extend(worker.tasks)
                            worker.tasks.clear()
                            worker.deadline = None
                        worker.retiring = retire
                        worker.ready = not retire
                        yield from emit(ScoredFile(index, path, result, pid, loads, rss, seconds))
                        continue
                    # no message: the process is gone (or its pipe is), so the worker died
                    worker.process.join(5)
                    retry.extend(worker.take_queued())
                    if worker.tasks:
                        index, path = worker.tasks[0]
                        message = _died_message(path, worker.process.exitcode)
                        row = _failed(path, WorkerDiedError.code, message, settings, template)
                        lost = ScoredFile(index, path, row)
                    elif not worker.ready and not worker.retiring:
                        startup_failures += 1
                        if startup_failures >= _STARTUP_FAILURES:
                            raise WorkerDiedError(
                                "the batch workers stop while loading the model "
                                f"({_how_it_died(worker.process.exitcode)}); check the installation and "
                                "the --max-memory-mb limit"
                            )
                elif worker.tasks and worker.deadline is not None:
                    if time.monotonic() < worker.deadline:
                        continue
                    retry.extend(worker.take_queued())
                    index, path = worker.tasks[0]
                    message = _timeout_message(path, settings.timeout or 0.0)
                    lost = ScoredFile(
                        index, path, _failed(path, ExtractionTimeoutError.code, message, settings, template)
                    )
                else:
                    continue
                worker.kill()
                if exhausted and not retry:
                    workers.remove(worker)
                else:
                    workers[workers.index(worker)] = _Worker(context, settings)
                if lost is not None:
                    yield from emit(lost)
    finally:
        for worker in workers:
            if not worker.tasks and worker.ready:
                worker.stop()
        grace_until = time.monotonic() + _GRACE_SECONDS
        for worker in workers:
            if not worker.tasks and worker.ready:
                worker.process.join(max(0.0, grace_until - time.monotonic()))
            worker.kill()


def _receive(conn: Connection) -> tuple[Any, ...] | None:
    """The next message from a worker, or ``None`` when there is none because its end is closed."""
    try:
        if conn.poll():
            return conn.recv()
    except (EOFError, OSError):
        return None
    return None


# ---------------------------------------------------------------------------------------------------------
# A folder into a resumable results file


@dataclass
class FolderListing:
    """What :func:`list_folder` found: ``files`` to score and the ``unreadable`` folders, as
    ``(path, reason)`` with the system's reason (``"Permission denied"``), each sorted by path."""

    files: list[Path] = field(default_factory=list)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)


#: The start of the name of the owner ("lock") file Microsoft Office writes beside an open document.
OWNER_FILE_PREFIX = "~$"


def list_folder(folder: str | os.PathLike[str]) -> FolderListing:
    """Every non-hidden entry under ``folder`` that is not a folder, and every folder that cannot be listed.

    Broken links, pipes and other odd entries are kept, so each gets an error row instead of vanishing
    from the count; a link to a folder is kept as an entry, not followed. Hidden files and folders (name
    starting with ".") are skipped, and so are Microsoft Office owner ("lock") files: a file whose name
    starts with ``~$`` (:data:`OWNER_FILE_PREFIX`), followed by the document's name with its first
    characters cut when it is long (``~$name.docx``, ``~$oduction_mle.docx``), which Word leaves beside a
    document while it is open. It holds the name of the user who opened it, not a resume. (LibreOffice's
    lock file, ``.~lock.name.docx#``, is hidden.) A folder that cannot be listed (no read permission, an I/O
    error) is reported in ``unreadable`` rather than skipped: the resumes in it would otherwise vanish unseen.
    ``folder`` itself is listed like its subfolders.
    """
    listing = FolderListing()
    stack = [Path(folder)]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        is_folder = entry.is_dir(follow_symlinks=False)
                    except OSError:
                        is_folder = False
                    if not is_folder and entry.name.startswith(OWNER_FILE_PREFIX):
                        continue  # an Office lock file, not a resume
                    (stack if is_folder else listing.files).append(current / entry.name)
        except OSError as e:  # scandir (or reading its entries) failed: the folder cannot be listed
            listing.unreadable.append((current, e.strerror or type(e).__name__))
    listing.files.sort()
    listing.unreadable.sort()
    return listing


def list_files(folder: str | os.PathLike[str]) -> list[Path]:
    """``list_folder(folder).files``: the entries a batch scores, sorted (see :func:`list_folder`, which
    also names the folders that could not be listed)."""
    return list_folder(folder).files


def _unreadable_folder_message(path: Path, reason: str) -> str:
    return (
        f"{path.name or path} is a folder that cannot be opened ({reason}), so the resumes in it were not "
        "screened; give read access to it and run the batch again."
    )


def content_sha256(path: str | os.PathLike[str], max_bytes: int | None = None) -> str | None:
    """sha256 (hex) of a regular file's bytes, read in chunks; ``None`` when it is not one or cannot be read.

    Pipes and devices are never opened (reading a pipe could block the batch). A file of more than
    ``max_bytes`` bytes is not read either: extraction refuses it unread (``too_large``), and hashing an
    11 GB file first cost the batch about 12 s. Its row then carries no sha256 and a later run resumes
    it by its path alone, as it does for an unreadable file.
    """
    try:
        info = os.stat(path)
        if not stat_module.S_ISREG(info.st_mode):
            return None
        if max_bytes is not None and info.st_size > max_bytes:
            return None
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def model_version(model_dir: str | os.PathLike[str] | None = None) -> str:
    """The version batch rows carry for a model: the first 12 hex digits of its manifest's fingerprint.

    Reads only ``manifest.json`` (the same rule as ``LoadedModels.version``); the workers check the model
    files against it when they load them.

    Raises
    ------
    ModelError
        When there is no readable manifest.
    """
    if model_dir is None:
        from importlib import resources

        try:
            manifest = resources.files("resume_lens.models").joinpath("manifest.json")
        except ModuleNotFoundError as e:
            raise ModelError(
                "the packaged model is missing (a source checkout shadows the installed package); run from "
                "another folder, or install with 'pip install -e .' for development"
            ) from e
    else:
        manifest = Path(model_dir) / "manifest.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"no readable model manifest at {manifest}; run 'resume-lens train' first") from e
    return str(data.get("fingerprint", "unversioned"))[:12]


@dataclass
class BatchSummary:
    """What a batch run did. Counts are over every file of the folder, resumed ones included (a folder
    that cannot be listed counts as one file, with its error row).

    ``seconds`` is the wall time of the run (listing, hashing, worker start-up and scoring);
    ``startup_seconds`` the time until the first worker had loaded the model and took a file;
    ``scoring_seconds`` the rest, up to the last row (``rate`` uses it, so it excludes model loading);
    ``peak_rss_kb`` the highest peak resident memory any worker reported, in KiB;
    ``retried`` the files scored again because their earlier row had a :data:`RETRIED_ERROR_CODES` code;
    ``unreadable_folders`` the folders that could not be listed (each has an ``extraction_error`` row,
    counted in ``errors``).
    """

    output: Path
    rows_file: Path
    files: int = 0
    resumed: int = 0
    scored: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    startup_seconds: float = 0.0
    scoring_seconds: float = 0.0
    peak_rss_kb: int = 0
    dropped_lines: int = 0
    retried: int = 0
    unreadable_folders: int = 0
    interrupted: bool = False

    @property
    def failed(self) -> int:
        """Files with an error row."""
        return sum(self.errors.values())

    @property
    def rate(self) -> float:
        """Resumes scored per second in this run (over ``scoring_seconds``; 0 when nothing was scored)."""
        return self.scored / self.scoring_seconds if self.scored and self.scoring_seconds > 0 else 0.0

    def lines(self) -> list[str]:
        """The summary as short lines for a terminal."""
        verdicts = ", ".join(f"{k} {v}" for k, v in sorted(self.verdicts.items())) or "none"
        counted = f"{self.files} file(s)"
        if self.interrupted:  # the files that have a row, of all the folder's files
            counted = f"stopped after {sum(self.verdicts.values()) + self.failed} of {counted}"
        head = f"{counted} in {self.seconds:.1f} s → {self.output}: {verdicts}"
        lines = [head]
        if self.errors:
            lines.append("failed: " + ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())))
        done = f"scored {self.scored} now"
        if self.scored:
            done += f" ({self.rate:.1f} resumes/s after {self.startup_seconds:.1f} s loading the model)"
        if self.resumed:
            done += f", {self.resumed} already in {self.rows_file} (skipped)"
        lines.append(done)
        if self.retried:
            lines.append(
                f"retried {self.retried} file(s) that failed last time with a time or memory limit, a "
                "stopped worker or an internal error"
            )
        if self.unreadable_folders:
            lines.append(
                f"{self.unreadable_folders} folder(s) could not be opened: the resumes in them were not "
                "screened (see their error rows)"
            )
        if self.dropped_lines:
            lines.append(
                f"dropped {self.dropped_lines} line(s) of {self.rows_file} that were not result rows"
            )
        if not self.files and not self.interrupted:
            lines.append(
                "no files found: the folder and its subfolders hold no file to screen (hidden files and "
                "Office lock files are skipped); check the folder name"
            )
        if self.interrupted:
            lines.append("interrupted: run the same command again to score the rest")
        return lines


def _count(summary: BatchSummary, row: dict[str, Any]) -> None:
    error = row.get("error")
    if error:
        summary.errors[str(error.get("code"))] += 1
    else:
        summary.verdicts[str(row.get("verdict"))] += 1


def _resolved(path: Path) -> Path:
    """``path.resolve()``, or the absolute path when it cannot be resolved (a symlink loop raises
    ``RuntimeError``); such a file is kept and gets its own error row."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _as_of_key(as_of: date | str | None) -> str | None:
    """The screening date as rows record it: ``"YYYY-MM-DD"``, or ``None`` when none was given (the
    findings of each file were measured against the day it was scored).

    Raises
    ------
    ValueError
        A string that is not a ``YYYY-MM-DD`` date.
    """
    if as_of is None:
        return None
    if isinstance(as_of, date):
        return as_of.isoformat()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(as_of)):
        raise ValueError(f"{as_of!r} is not a date written YYYY-MM-DD")
    return date.fromisoformat(as_of).isoformat()


def _own_files(paths: Iterable[str | os.PathLike[str]]) -> set[Path]:
    """The files a batch writes, as resolved paths, with the temporary copies made while they are
    rewritten (``NAME.redacting``; the ``.NAME.*.tmp`` files of :mod:`resume_lens.output` are hidden, so
    never listed)."""
    own = set()
    for path in map(Path, paths):
        own.add(_resolved(path))
        own.add(_resolved(path.with_name(path.name + ".redacting")))
    return own


def _as_of_words(as_of: str | None) -> str:
    return f"as of {as_of}" if as_of else "without --as-of (each file as of the day it was scored)"


def run_batch(
    folder: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    settings: WorkerSettings | None = None,
    jobs: int = 1,
    restart: bool = False,
    progress: Callable[[int, int], None] | None = None,
    scheduler: str | None = None,
    row_transform: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    skip_files: Iterable[str | os.PathLike[str]] = (),
    on_row: Callable[[dict[str, Any]], None] | None = None,
) -> BatchSummary:
    """Score every file under ``folder`` into ``output`` (``.jsonl`` or ``.csv``), resuming an earlier run.

    Rows (``Assessment.to_dict()`` plus ``engine``, the PDF engine the run asked for, ``package_version``,
    the resume_lens version, and ``as_of``, the ``settings.as_of`` date or ``None``) are appended to the
    JSON Lines file :func:`rows_path_for` names and flushed as each file finishes; the file is only ever
    appended to while a run goes on.

    **Resuming.** Only rows of this run's kind count: same model version, engine, package version and
    as-of date. Rows of another model, engine or resume_lens version are not this run's (extraction or
    scoring may differ): their files are scored again and, once the run completes, the old rows are
    dropped. Rows of another as-of date are refused (:class:`AsOfMismatchError`), since their findings
    were measured against that date. Among this run's rows, the **latest** row for a file (its path and
    content sha256) wins; a file without one under its path takes a row of the same content under another
    path (a renamed folder is not scored again). A winning row is kept, unless its error code is in
    :data:`RETRIED_ERROR_CODES` (a timeout, a memory limit, a dead worker, an internal error): that file
    is scored again and its new row, appended later, wins. The CSV, the summary counts and the compacted
    rows file use only the winning row of each file. When the run completes, the rows file is rewritten to
    hold exactly one row per file of the folder, in the order they finished; after Ctrl-C it keeps every
    line (readers take the latest row per file: :func:`resume_lens.output.latest_rows`). A ``.csv`` output
    is written from the winning rows at the end (also after Ctrl-C). The parent keeps no result per file.

    A folder under ``folder`` that cannot be listed gets an ``extraction_error`` row (and counts as a
    failure) instead of vanishing; the resumes in it are scored once it can be read.

    Parameters
    ----------
    folder:
        Folder of resumes, searched recursively (hidden entries skipped).
    output:
        The results file, ``.jsonl`` or ``.csv``; skipped when it lies inside ``folder``.
    settings:
        Model, extraction limits, per-file ``timeout`` (seconds), per-worker ``max_memory_mb`` (MiB),
        ``as_of`` and ``engine``.
    jobs:
        Worker processes (``-1``: one per usable CPU; see :func:`worker_count` for the ceiling).
    restart:
        Delete earlier results and score everything again.
    progress:
        Called as ``progress(done, total)`` with the files scored so far in this run and the number to score.
    scheduler:
        A Dask distributed scheduler address (``tcp://HOST:PORT``): score on that cluster with
        :func:`score_files_on_cluster` instead of local workers (``jobs`` is then unused).
    row_transform:
        Applied to each new row before it is written (``--redact`` masks personal data here, so an
        unmasked row never reaches the disk, even if the run is killed).
    skip_files:
        Other files this run writes (``--html``, ``--audit-log``): never scored, like ``output``.
    on_row:
        Called with each new row (before ``row_transform``) once it is on disk (``--audit-log``).

    Returns
    -------
    BatchSummary
        ``interrupted`` is set when Ctrl-C stopped the run; rows written so far are kept.

    Raises
    ------
    ModelError, ResourceLimitError, WorkerDiedError
        See :func:`score_files`; the model is checked before any file is read.
    AsOfMismatchError
        The rows file holds rows of this model, engine and version screened as of another date (use the
        same ``as_of`` to resume, or ``restart=True``).
    NotADirectoryError
        ``folder`` is not a folder.
    ValueError
        ``settings.as_of`` is a string that is not a ``YYYY-MM-DD`` date.
    """
    started = time.perf_counter()
    settings = replace(settings or WorkerSettings(), as_rows=True)
    if not Path(folder).is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    output = Path(output)
    rows_file = RowsFile(rows_path_for(output))
    summary = BatchSummary(output=output, rows_file=rows_file.path)
    as_of = _as_of_key(settings.as_of)
    version = model_version(settings.model_dir)
    max_bytes = (settings.limits or ExtractionLimits()).max_bytes
    _refuse_foreign_output(output, rows_file)
    if restart:
        rows_file.path.unlink(missing_ok=True)
        output.unlink(missing_ok=True)

    # what is already done: the latest row of this run's kind for each (path, sha256)
    rows_file.repair()
    kind = (version, settings.engine, __version__)
    latest: dict[tuple[str, str | None], int] = {}  # (path, sha256) → line of its latest row
    outcome: dict[int, dict[str, Any]] = {}  # line → its error and verdict
    other_dates: set[str | None] = set()
    for number, row in rows_file.rows():
        if (row.get("model_version"), row.get("engine", "pdfminer"), row.get("package_version")) != kind:
            continue  # another model, engine or version: scored again, the old row dropped on completion
        if row.get("as_of") != as_of:
            other_dates.add(row.get("as_of"))
            continue
        key = (str(row.get("file")), row.get("sha256"))
        outcome.pop(latest.pop(key, -1), None)  # an earlier row for the same file and content loses
        latest[key] = number
        outcome[number] = {"error": row.get("error"), "verdict": row.get("verdict")}
    if other_dates:
        other = sorted(other_dates, key=lambda d: d or "")[0]
        raise AsOfMismatchError(
            f"{rows_file.path} holds rows screened {_as_of_words(other)}, and this run is "
            f"{_as_of_words(as_of)}; to resume, run with "
            f"{'--as-of ' + other if other else 'no --as-of'}, or add --restart to screen every file again"
        )
    summary.dropped_lines = rows_file.dropped
    original_lines = rows_file.line_count()

    listing = list_folder(folder)
    own = _own_files([output, rows_file.path, *skip_files])
    files = [f for f in listing.files if _resolved(f) not in own]
    summary.files = len(files) + len(listing.unreadable)
    by_content: dict[str, list[int]] = {}
    for (_, sha), number in latest.items():
        if sha:
            by_content.setdefault(sha, []).append(number)
    matched: list[tuple[str, str | None, int | None]] = []
    for path in files:  # first under the same path
        name, sha = os.fsdecode(path), content_sha256(path, max_bytes)
        number = latest.pop((name, sha), None)
        if number is not None and sha:
            by_content[sha].remove(number)
        matched.append((name, sha, number))
    moved: dict[int, str] = {}  # row line → the file's path now, for rows matched by content only
    for i, (name, sha, number) in enumerate(matched):  # then under any path: a renamed or moved file
        if number is None and sha and by_content.get(sha):
            number = by_content[sha].pop(0)
            moved[number] = name
            matched[i] = (name, sha, number)
    kept: set[int] = set()
    pending: dict[int, str] = {}  # line of a row with a retried error code → that code
    retry_of: dict[int, int] = {}  # index in todo → the line of the row its new row replaces
    todo: list[tuple[str, str | None]] = []
    for name, sha, number in matched:
        code = None if number is None else (outcome[number]["error"] or {}).get("code")
        if number is not None and code not in RETRIED_ERROR_CODES:
            kept.add(number)
            continue
        if number is not None:
            pending[number] = str(code)
            retry_of[len(todo)] = number
        todo.append((name, sha))
    folder_rows: list[tuple[str, str, int | None]] = []  # unreadable folders without a row to keep
    for path, reason in listing.unreadable:
        name = os.fsdecode(path)
        number = latest.pop((name, None), None)
        code = None if number is None else (outcome[number]["error"] or {}).get("code")
        if number is not None and code not in RETRIED_ERROR_CODES:
            kept.add(number)
        else:
            if number is not None:
                pending[number] = str(code)
            folder_rows.append((name, _unreadable_folder_message(path, reason), number))
    del latest, by_content, matched
    for number in kept:
        _count(summary, outcome[number])
    summary.resumed = len(kept)
    summary.retried = len(retry_of)
    summary.unreadable_folders = len(listing.unreadable)
    del outcome
    superseded: set[int] = set()  # lines of pending rows whose file has its new row

    def append(row: dict[str, Any], sha: str | None) -> None:
        if not row.get("sha256"):
            row["sha256"] = sha
        if not row.get("model_version"):
            row["model_version"] = version
        written = row_transform(row) if row_transform is not None else row
        # the keys a later run resumes by, after any masking
        written.update(engine=settings.engine, package_version=__version__, as_of=as_of)
        rows_file.append(written)
        if on_row is not None:
            on_row({**row, "engine": settings.engine, "package_version": __version__, "as_of": as_of})
        _count(summary, written)
        summary.scored += 1
        if progress is not None:
            progress(summary.scored, total)

    total = len(todo) + len(folder_rows)
    if progress is not None:
        progress(0, total)
    scoring_started = time.perf_counter()
    first_started: float | None = None  # when the first file went into a loaded worker
    try:
        for name, message, replaced in folder_rows:
            append(failed_row(name, ExtractionError.code, message), None)
            if replaced is not None:
                superseded.add(replaced)
        names = (name for name, _ in todo)
        if scheduler:
            scored = score_files_on_cluster(names, settings, scheduler=scheduler)
        else:
            scored = score_files(names, settings, jobs=jobs)
        for done in scored:
            if first_started is None:
                first_started = time.perf_counter() - (done.seconds or 0.0)
                summary.startup_seconds = first_started - scoring_started
            row = dict(done.result)  # as_rows: a to_dict() row
            row["file"] = done.path
            append(row, todo[done.index][1])
            replaced = retry_of.pop(done.index, None)
            if replaced is not None:
                superseded.add(replaced)
            summary.peak_rss_kb = max(summary.peak_rss_kb, done.worker_peak_rss_kb or 0)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        rows_file.close()
        summary.scoring_seconds = time.perf_counter() - (first_started or scoring_started)
    for number, code in pending.items():  # not scored again before Ctrl-C: the earlier row still stands
        if number not in superseded:
            summary.errors[code] += 1

    def this_run() -> Iterator[dict[str, Any]]:
        """The winning row of each file, in file order."""
        for number, row in rows_file.rows():
            if number in superseded:
                continue
            if number in kept or number in pending or number >= original_lines:
                if number in moved:
                    row["file"] = moved[number]
                yield row

    stale = original_lines - len(kept)  # rows of other files, models or versions, replaced rows, bad lines
    if not summary.interrupted and (stale or moved):
        rows_file.replace_with(this_run())
        original_lines, kept, moved, pending, superseded = 0, set(), {}, {}, set()
    if output != rows_file.path:
        write_csv(this_run(), output)
    summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------------------------------------------------
# The same files on a Dask distributed cluster (optional extra: resume_lens[dask])

_CLUSTER_LOCK = threading.Lock()
_CLUSTER_SCREENERS: dict[tuple[Any, ...], Any] = {}


def _cluster_screener(settings: WorkerSettings) -> Any:
    """The Screener of this Dask worker process, built on its first file (once per process and model)."""
    global _LOADS
    key = (settings.model_dir, settings.limits, settings.as_of, settings.engine)
    with _CLUSTER_LOCK:
        if key not in _CLUSTER_SCREENERS:
            from resume_lens.screener import Screener

            logging.getLogger("pdfminer").setLevel(logging.ERROR)
            screener = Screener(
                settings.model_dir, limits=settings.limits, as_of=settings.as_of, engine=settings.engine
            )
            _ = screener.nlp  # built once here, not inside the first file's task
            _CLUSTER_SCREENERS[key] = screener
            _LOADS += 1
        return _CLUSTER_SCREENERS[key]


def _cluster_task(path: str, settings: WorkerSettings) -> tuple[Any, int, int, int, float]:
    """Score one file inside a Dask worker: ``(result, pid, loads, peak_rss_kb, seconds)``."""
    from resume_lens.screener import safe_assess

    screener = _cluster_screener(settings)
    started = time.perf_counter()
    assessment = safe_assess(screener, path)
    seconds = time.perf_counter() - started
    result = assessment.to_dict() if settings.as_rows else assessment
    return result, os.getpid(), _LOADS, _peak_rss_kb(), seconds


def score_files_on_cluster(
    paths: Iterable[str | os.PathLike[str]],
    settings: WorkerSettings | None = None,
    *,
    scheduler: str,
    connect_timeout: float = 30.0,
) -> Iterator[ScoredFile]:
    """Score files on a running Dask distributed cluster, yielding them as they finish.

    Each Dask worker process builds one Screener on its first file and keeps it. At most four files per
    worker thread are in flight, so the client holds nothing per file beyond that. The workers must see the
    files at the same paths (a shared filesystem). Dask restarts a worker that dies and retries its task on
    another (``distributed.scheduler.allowed-failures``); a file that keeps killing workers becomes a
    ``worker_died`` row. ``settings.timeout`` and ``settings.max_memory_mb`` are not applied on a cluster:
    give the workers a memory limit (``dask worker --memory-limit``) instead.

    Parameters
    ----------
    paths:
        Files to score.
    settings:
        Model and extraction limits.
    scheduler:
        The scheduler's address, e.g. ``"tcp://10.0.0.5:8786"``.
    connect_timeout:
        Seconds to wait for the scheduler.

    Yields
    ------
    ScoredFile

    Raises
    ------
    ImportError
        ``distributed`` is not installed (``pip install 'resume_lens[dask]'``).
    OSError
        The scheduler cannot be reached.
    """
    try:
        from distributed import Client, as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker
    except ImportError as e:
        raise ImportError(
            "--scheduler needs Dask distributed: pip install 'resume_lens[dask]'", name="distributed"
        ) from e
    settings = settings or WorkerSettings()
    tasks = enumerate(os.fsdecode(p) for p in paths)
    with Client(scheduler, timeout=connect_timeout, set_as_default=False) as client:
        window = 4 * max(1, sum(client.nthreads().values()))
        where: dict[str, tuple[int, str]] = {}

        def submit_next() -> Any:
            task = next(tasks, None)
            if task is None:
                return None
            future = client.submit(_cluster_task, task[1], settings, pure=False)
            where[future.key] = task
            return future

        first = [f for f in (submit_next() for _ in range(window)) if f is not None]
        if not first:
            return
        pending = as_completed(first, loop=client.loop)  # not the default client: set_as_default=False
        for future in pending:
            index, path = where.pop(future.key)
            try:
                result, pid, loads, rss, seconds = future.result()
                done = ScoredFile(index, path, result, pid, loads, rss, seconds)
            except (KilledWorker, FutureCancelledError) as e:
                message = (
                    f"{display_name(path)} stopped the cluster workers reading it ({type(e).__name__}); "
                    "the file may be damaged or too large: open it to check."
                )
                done = ScoredFile(index, path, _failed(path, WorkerDiedError.code, message, settings))
            future.release()
            yield done
            future = submit_next()
            if future is not None:
                pending.add(future)
