"""Cross-validation grouped by resume, shared by ``resume-lens train`` and ``resume-lens evaluate --cv``.

One resume is one group: folds are drawn over resumes (``StratifiedKFold`` by ``resume_label``),
and every model — the claim model, the role model and the baselines — is fitted on the resumes of
the training folds and asked about the resumes of the test fold. A resume's claims are derived from
the resume inside ``fit`` and ``predict``, so all of them land in the same fold: no claim of a test
resume is ever seen in training. Training's model-card metrics and ``evaluate --cv`` call the same
:func:`resume_folds`, so with the same corpus, fold count and seed they test every resume with the
same model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from sklearn.model_selection import StratifiedKFold

from resume_lens.analysis import Analysis, analyze_document
from resume_lens.extract import extract_file
from resume_lens.labels import LabelRow, read_labels
from resume_lens.tagging import get_pipeline

__all__ = [
    "CV_FOLDS",
    "Fold",
    "LabelledCorpus",
    "resume_folds",
    "writer_folds",
    "writer_of",
    "out_of_fold",
    "analyze_corpus",
]

#: Default number of folds (stratified by resume label; one resume is one group).
CV_FOLDS = 5

M = TypeVar("M")

#: One fold: indices of the training resumes and of the test resumes, both ascending.
Fold = tuple[list[int], list[int]]


def resume_folds(resume_labels: Sequence[str], n_folds: int = CV_FOLDS, seed: int = 0) -> list[Fold]:
    """Assign resumes to folds: ``StratifiedKFold(n_folds, shuffle=True, random_state=seed)``.

    Parameters
    ----------
    resume_labels:
        The gold ``resume_label`` of each resume, in corpus order (training sorts by file name).
    n_folds:
        Number of folds, at least 2 and at most the number of resumes.
    seed:
        Seed of the shuffle; the same labels and seed always give the same folds.

    Returns
    -------
    list[Fold]
        ``(train_indices, test_indices)`` per fold; each resume index is in exactly one test fold.

    Raises
    ------
    ValueError
        When ``n_folds`` is below 2 or above the number of resumes (from scikit-learn).
    """
    labels = np.asarray(list(resume_labels))
    splitter = StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    return [
        (train.tolist(), test.tolist()) for train, test in splitter.split(np.zeros((len(labels), 1)), labels)
    ]


def out_of_fold(
    n_items: int,
    folds: Sequence[Fold],
    fit: Callable[[list[int]], M],
    predict: Callable[[M, list[int]], Sequence[Any]],
) -> list[Any]:
    """Predict every item with a model fitted on the other folds.

    Parameters
    ----------
    n_items:
        Number of resumes.
    folds:
        From :func:`resume_folds`.
    fit:
        Called once per fold with the training indices; returns a fitted model.
    predict:
        Called with that model and the test indices; returns one prediction per test index.

    Returns
    -------
    list
        The prediction for each item, in item order.

    Raises
    ------
    ValueError
        When the folds do not test every item exactly once.
    """
    out: list[Any] = [None] * n_items
    tested = [0] * n_items
    for train_idx, test_idx in folds:
        model = fit(list(train_idx))
        predictions = list(predict(model, list(test_idx)))
        if len(predictions) != len(test_idx):
            raise ValueError(f"predict returned {len(predictions)} predictions for {len(test_idx)} items")
        for i, prediction in zip(test_idx, predictions, strict=True):
            out[i] = prediction
            tested[i] += 1
    if any(count != 1 for count in tested):
        raise ValueError("the folds must test every item exactly once")
    return out


def writer_of(file_name: str) -> str:
    """The writer of a corpus resume: its file-name prefix before the first ``_`` (``"h_002_x.txt"`` →
    ``"h"``; corpora/DATASHEET.md gives each writer one prefix); the whole stem when there is none."""
    stem = file_name.rsplit(".", 1)[0]
    return stem.split("_", 1)[0]


def writer_folds(file_names: Sequence[str]) -> list[Fold]:
    """Leave-one-writer-out folds: each fold tests every resume of one writer (:func:`writer_of`) with
    models fitted on the other writers' resumes, so the numbers say how the model does on wording and
    layouts it has never seen (the test the product faces on real resumes).

    Parameters
    ----------
    file_names:
        The labelled files in corpus order.

    Returns
    -------
    list[Fold]
        One fold per writer, in sorted writer order.

    Raises
    ------
    ValueError
        When there are fewer than two writers.
    """
    writers = [writer_of(f) for f in file_names]
    groups = sorted(set(writers))
    if len(groups) < 2:
        raise ValueError(
            f"leave-one-writer-out needs at least two writers (file-name prefixes); found {groups}"
        )
    return [
        (
            [i for i, w in enumerate(writers) if w != g],
            [i for i, w in enumerate(writers) if w == g],
        )
        for g in groups
    ]


@dataclass(frozen=True)
class LabelledCorpus:
    """A labelled folder read and analysed once: rows sorted by file name, one analysis per row."""

    folder: Path
    labels_path: Path
    rows: tuple[LabelRow, ...]
    analyses: tuple[Analysis, ...]


def analyze_corpus(folder: str | Path, labels: str | Path | None = None) -> LabelledCorpus:
    """Read ``labels.csv`` and extract, segment and tag every labelled resume.

    Parameters
    ----------
    folder:
        Folder of resumes (TXT, MD, PDF, DOCX).
    labels:
        A rubric §6 labels file; ``folder/labels.csv`` when ``None``.

    Returns
    -------
    LabelledCorpus
        Rows sorted by file name (the order the folds are drawn in).

    Raises
    ------
    ResumeLensError
        When the labels file is malformed (``LabelsFileError``) or a labelled resume cannot be
        read (an ``ExtractionError`` naming the file).
    """
    folder = Path(folder)
    labels_path = Path(labels) if labels is not None else folder / "labels.csv"
    rows = tuple(sorted(read_labels(labels_path), key=lambda r: r.file))
    nlp = get_pipeline()
    analyses = tuple(analyze_document(extract_file(folder / row.file), nlp=nlp) for row in rows)
    return LabelledCorpus(folder, labels_path, rows, analyses)
