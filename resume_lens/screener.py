"""The public entry point: :class:`Screener` loads the models once and screens resumes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from resume_lens.analysis import Analysis, analyze_document
from resume_lens.assess import Assessment, assess_analysis
from resume_lens.document import Document
from resume_lens.errors import ExtractionError, ResourceLimitError, ResumeLensError
from resume_lens.extract import DEFAULT_ENGINE, ENGINES, ExtractionLimits, extract_file
from resume_lens.extract.detect import display_name
from resume_lens.findings import annotate, parse_as_of
from resume_lens.model import LoadedModels, load_models

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Screener"]


class Screener:
    """Screens resumes for ML-engineer title inflation.

    Loads the claim and role models once (and builds the spaCy rule pipeline on first use, see
    :attr:`nlp`), then scores any number of files.

    Parameters
    ----------
    model_dir:
        A folder written by ``resume-lens train``; ``None`` (default) uses the models shipped in
        the package. Each model file's sha256 is checked against its manifest.
    limits:
        Extraction limits (bytes, pages, characters); the documented defaults when ``None``.
    as_of:
        The screening date (``date`` or ``"YYYY-MM-DD"``) that "present" and future dates in the
        findings are measured against (:mod:`resume_lens.findings`); today when ``None``.
    engine:
        How PDFs are read: ``"pdfminer"`` (pdfminer.six, the default) or ``"pdfium"`` (PDFium, much
        faster; needs ``pip install "resume_lens[pdfium]"``). With ``"pdfium"`` a PDF that PDFium cannot
        read as a reader sees it (possible hidden text, interleaved columns, damaged, scanned) is read
        with pdfminer.six and its assessment gets an ``engine_fallback`` warning; see
        :mod:`resume_lens.extract.pdfium`.

    Raises
    ------
    ValueError
        When ``as_of`` is a string that is not a ``YYYY-MM-DD`` date, or ``engine`` is unknown.
    ModelError
        When the models are missing or do not match their manifest.

    Examples
    --------
    >>> from resume_lens import Screener
    >>> screener = Screener()
    >>> a = screener.assess_text("Jane Roe\\nMachine Learning Engineer\\n...")  # doctest: +SKIP
    >>> a.verdict, a.p_inflated  # doctest: +SKIP
    """

    def __init__(
        self,
        model_dir: str | os.PathLike[str] | None = None,
        *,
        limits: ExtractionLimits | None = None,
        as_of: date | str | None = None,
        engine: str = DEFAULT_ENGINE,
    ):
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        self.engine = engine
        self.model_dir = None if model_dir is None else str(model_dir)
        self.limits = limits
        self.as_of = None if as_of is None else parse_as_of(as_of)  # ValueError unless YYYY-MM-DD
        self.models: LoadedModels = load_models(self.model_dir)
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy rule pipeline (the process-wide one), built on first use (about 0.3 s).

        Not built in ``__init__``: a screener handed already-tagged documents (:meth:`assess_analysis`)
        never needs spaCy. Assign a pipeline to use another one.
        """
        if self._nlp is None:
            from resume_lens.tagging import get_pipeline

            self._nlp = get_pipeline()
        return self._nlp

    @nlp.setter
    def nlp(self, pipeline: Language) -> None:
        self._nlp = pipeline

    def assess_document(self, document: Document) -> Assessment:
        """Screen already-extracted text; see :meth:`assess_file` for the result."""
        return self.assess_analysis(analyze_document(document, nlp=self.nlp))

    def assess_analysis(self, analysis: Analysis) -> Assessment:
        """Screen a document already segmented and tagged (:func:`resume_lens.analysis.analyze_document`).

        Returns
        -------
        Assessment
            As :meth:`assess_file`, with the findings and interview questions measured against
            ``as_of``.
        """
        return annotate(analysis, assess_analysis(analysis, self.models), self.as_of)  # findings, questions

    def assess_text(self, text: str, *, file: str | None = None) -> Assessment:
        """Screen resume text given as a string (lines separated by newlines).

        Returns
        -------
        Assessment
            ``file`` is the given label or ``None``.
        """
        return self.assess_document(Document.from_text(text, file=file))

    def assess_file(self, path: str | os.PathLike[str]) -> Assessment:
        """Screen one PDF, DOCX or text file (format chosen by content, not name).

        Returns
        -------
        Assessment
            Resume-level verdict, calibrated ``p_inflated`` in [0, 1], evidence role, claims with
            their evidence spans and reasons, and warnings.

        Raises
        ------
        ExtractionError
            A subclass naming what is wrong with the file (encrypted, no text layer, corrupt,
            empty, unsupported, too large), or a plain one when the path cannot be opened, is a folder
            (``folder/`` too) or holds a NUL character.
        """
        return self.assess_document(extract_file(_file_path(path), limits=self.limits, engine=self.engine))

    def assess_many(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        n_jobs: int = 1,
        timeout: float | None = None,
        max_memory_mb: int | None = None,
    ) -> Iterator[Assessment]:
        """Screen many files, yielding one :class:`Assessment` per path in input order.

        A file that cannot be screened is yielded as an error row (``Assessment.error`` holds
        ``code`` and ``message``); nothing is raised for a user's file and the batch goes on.

        Parameters
        ----------
        paths:
            Files to screen (read lazily).
        n_jobs:
            Worker processes; ``1`` runs in this process with the models already loaded, ``-1`` uses one
            worker per usable CPU. Each worker loads the models once (about 2–3 s, 250 MiB), never per
            file. Never more workers start than there are files, nor than the CPUs this process may use
            (:func:`resume_lens.batch.usable_cpus`): a larger ``n_jobs`` is lowered to that, with a
            :class:`resume_lens.batch.WorkersCappedWarning`.
        timeout:
            Wall-clock seconds one file may take in a worker before the worker is killed and the file gets a
            ``timeout`` row; ``None`` or ``0`` for no limit (as ``--timeout 0`` on the command line).
        max_memory_mb:
            Address-space limit (``RLIMIT_AS``) of each worker, in MiB; a file that needs more gets a
            ``resource_limit`` row. ``None`` or ``0`` for no limit (as ``--max-memory-mb 0`` on the
            command line). A worker that dies (segfault, killed) costs only its file, which gets a
            ``worker_died`` row.

        With ``n_jobs=1`` and neither limit, files are screened in this process; otherwise in worker
        processes (see :func:`resume_lens.batch.score_files`).

        Returns
        -------
        Iterator[Assessment]
            A generator: one assessment per path, in input order.

        Raises
        ------
        TypeError
            When ``paths`` is a single path rather than an iterable of paths, or ``n_jobs`` or ``timeout``
            is not a number, or ``max_memory_mb`` not a whole number.
        ValueError
            When ``n_jobs`` is 0 or below -1, ``timeout`` is negative, NaN or infinite, or ``max_memory_mb``
            is negative.
        ModelError
            When a worker cannot load the model (``model_dir`` changed or damaged since this screener).

        The arguments are checked when ``assess_many`` is called; the files are read as results are asked
        for.
        """
        from resume_lens.batch import (
            check_max_memory_mb,
            check_timeout,
            usable_cpus,
            warn_workers_capped,
            worker_count,
        )

        if isinstance(paths, str | bytes | os.PathLike):
            raise TypeError("assess_many takes an iterable of paths; use assess_file for one path")
        try:
            worker_count(n_jobs, cpus=1)  # only checks the value; the workers are counted in score_files
        except (TypeError, ValueError) as e:
            raise type(e)(str(e).replace("jobs must", "n_jobs must")) from None
        timeout = check_timeout(timeout)
        max_memory_mb = check_max_memory_mb(max_memory_mb)  # 0 → None: no limit
        cpus = usable_cpus()
        if n_jobs > cpus:
            warn_workers_capped(n_jobs, cpus, stacklevel=2)
            n_jobs = cpus
        return self._assess_many(paths, n_jobs, timeout, max_memory_mb)

    def _assess_many(
        self,
        paths: Iterable[str | os.PathLike[str]],
        n_jobs: int,
        timeout: float | None,
        max_memory_mb: int | None,
    ) -> Iterator[Assessment]:
        if n_jobs == 1 and timeout is None and max_memory_mb is None:
            for path in paths:
                yield safe_assess(self, os.fsdecode(path))
            return
        from resume_lens.batch import WorkerSettings, score_files

        settings = WorkerSettings(
            self.model_dir,
            self.limits,
            timeout=timeout,
            max_memory_mb=max_memory_mb,
            as_of=self.as_of,
            engine=self.engine,
        )
        for done in score_files(paths, settings, jobs=n_jobs, ordered=True):
            yield done.result  # an Assessment: settings.as_rows is False


def _file_path(path: str | os.PathLike[str]) -> str:
    """``path`` as a ``str`` for :func:`~resume_lens.extract.extract_file`.

    A folder named with a trailing separator (``"resumes/"``) loses it, so messages name the folder
    rather than an empty base name.

    Raises
    ------
    ExtractionError
        The path holds a NUL character, which no file name can (the operating system would refuse it
        with a bare ``ValueError``).
    """
    file = os.fsdecode(path)
    if "\x00" in file:
        shown = display_name(file.replace("\x00", "\\x00"))
        raise ExtractionError(f"{shown} is not a valid file name (it holds a NUL character); check the path.")
    stripped = file.rstrip(os.sep + (os.altsep or ""))
    if stripped and stripped != file and os.path.isdir(file):
        return stripped
    return file


def safe_assess(
    screener: Screener,
    path: str,
    *,
    before: Callable[[str], None] | None = None,
    max_memory_mb: int | None = None,
) -> Assessment:
    """Screen one file and turn every failure into an error row; never raises for a user's file.

    Parameters
    ----------
    screener:
        The loaded screener.
    path:
        The file.
    before:
        Called with ``path`` first (batch workers use it for test-only fault injection).
    max_memory_mb:
        The worker's memory limit in MiB, named in the message of a ``resource_limit`` row.

    Returns
    -------
    Assessment
        The screen, or an error row: the error's ``code`` for a :class:`ResumeLensError`,
        ``resource_limit`` for a ``MemoryError``, ``internal_error`` (naming the file and the exception)
        for anything else.
    """
    try:
        if before is not None:
            before(path)
        return screener.assess_file(path)
    except ResumeLensError as e:
        return Assessment.failed(path, e.code, str(e))
    except MemoryError:
        name = Path(path).name
        limit = "the memory limit" if max_memory_mb is None else f"the {max_memory_mb} MiB memory limit"
        message = (
            f"{name} needed more than {limit} of a worker, so it was stopped; open it to check it is a "
            "normal resume, or allow more with --max-memory-mb."
        )
        return Assessment.failed(path, ResourceLimitError.code, message)
    except Exception as e:  # a bug must cost one row, never the batch; the row names the file
        name = Path(path).name
        return Assessment.failed(path, "internal_error", f"{name}: unexpected {type(e).__name__}: {e}")
