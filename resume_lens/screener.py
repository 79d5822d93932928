"""The public entry point: :class:`Screener` loads the models once and screens resumes."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from joblib import Parallel, delayed

from resume_lens.analysis import analyze_document
from resume_lens.assess import Assessment, assess_analysis
from resume_lens.document import Document
from resume_lens.errors import ResumeLensError
from resume_lens.extract import ExtractionLimits, extract_file
from resume_lens.model import LoadedModels, load_models
from resume_lens.tagging import get_pipeline

__all__ = ["Screener"]


class Screener:
    """Screens resumes for ML-engineer title inflation.

    Loads the claim and role models (and builds the spaCy rule pipeline) once, then scores any
    number of files.

    Parameters
    ----------
    model_dir:
        A folder written by ``resume-lens train``; ``None`` (default) uses the models shipped in
        the package. Each model file's sha256 is checked against its manifest.
    limits:
        Extraction limits (bytes, pages, characters); the documented defaults when ``None``.

    Raises
    ------
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
        self, model_dir: str | os.PathLike[str] | None = None, *, limits: ExtractionLimits | None = None
    ):
        self.model_dir = None if model_dir is None else str(model_dir)
        self.limits = limits
        self.models: LoadedModels = load_models(self.model_dir)
        self.nlp = get_pipeline()

    def assess_document(self, document: Document) -> Assessment:
        """Screen already-extracted text; see :meth:`assess_file` for the result."""
        return assess_analysis(analyze_document(document, nlp=self.nlp), self.models)

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
            empty, unsupported, too large).
        """
        return self.assess_document(extract_file(os.fsdecode(path), limits=self.limits))

    def assess_many(
        self, paths: Iterable[str | os.PathLike[str]], *, n_jobs: int = 1
    ) -> Iterator[Assessment]:
        """Screen many files, yielding one :class:`Assessment` per path in input order.

        A file that cannot be screened is yielded as an error row (``Assessment.error`` holds
        ``code`` and ``message``); nothing is raised for a user's file and the batch goes on.

        Parameters
        ----------
        paths:
            Files to screen.
        n_jobs:
            Worker processes (joblib/loky); ``1`` runs in this process, ``-1`` uses every core.
            Each worker loads the models once.

        Yields
        ------
        Assessment

        Raises
        ------
        TypeError
            When ``paths`` is a single path rather than an iterable of paths.
        """
        if isinstance(paths, str | bytes | os.PathLike):
            raise TypeError("assess_many takes an iterable of paths; use assess_file for one path")
        items = [os.fsdecode(p) for p in paths]
        if n_jobs == 1:
            for path in items:
                yield _safe_assess(self, path)
            return
        tasks = (delayed(_assess_in_worker)(self.model_dir, self.limits, path) for path in items)
        yield from Parallel(n_jobs=n_jobs, return_as="generator")(tasks)


def _safe_assess(screener: Screener, path: str) -> Assessment:
    try:
        return screener.assess_file(path)
    except ResumeLensError as e:
        return Assessment.failed(path, e.code, str(e))
    except Exception as e:  # a bug must cost one row, never the batch; the row names the file
        name = Path(path).name
        return Assessment.failed(path, "internal_error", f"{name}: unexpected {type(e).__name__}: {e}")


@lru_cache(maxsize=2)
def _worker_screener(model_dir: str | None, limits: ExtractionLimits | None) -> Screener:
    return Screener(model_dir, limits=limits)


def _assess_in_worker(model_dir: str | None, limits: ExtractionLimits | None, path: str) -> Assessment:
    return _safe_assess(_worker_screener(model_dir, limits), path)
