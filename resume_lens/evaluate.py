"""``resume-lens evaluate``: score a labelled folder and compare with its rubric §6 labels."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resume_lens.labels import RESUME_LABELS, read_labels
from resume_lens.metrics import label_metrics
from resume_lens.model import ROLE_LABELS
from resume_lens.screener import Screener

__all__ = ["EvaluationReport", "evaluate_folder"]


@dataclass(frozen=True)
class EvaluationReport:
    """Metrics for ``resume_label`` and ``evidence_role``, and the files that could not be read."""

    resume_label: dict[str, Any]
    evidence_role: dict[str, Any]
    errors: tuple[dict[str, str], ...]
    rows: tuple[dict[str, Any], ...]


def evaluate_folder(
    folder: str | Path, labels: str | Path | None = None, *, screener: Screener | None = None, n_jobs: int = 1
) -> EvaluationReport:
    """Screen every labelled file in ``folder`` and compute metrics against the labels.

    Parameters
    ----------
    folder:
        Folder of resume files.
    labels:
        A rubric §6 ``labels.csv``; ``folder/labels.csv`` when ``None``.
    screener:
        A loaded :class:`Screener`; the packaged model when ``None``.
    n_jobs:
        Worker processes for screening.

    Returns
    -------
    EvaluationReport
        A file that cannot be read counts as predicted label ``error`` (a miss) and is listed.

    Raises
    ------
    ResumeLensError
        When the labels file is malformed.
    """
    folder = Path(folder)
    rows = read_labels(Path(labels) if labels is not None else folder / "labels.csv")
    screener = screener or Screener()
    assessments = screener.assess_many([folder / r.file for r in rows], n_jobs=n_jobs)
    gold_label, pred_label, gold_role, pred_role, errors, table = [], [], [], [], [], []
    for row, assessment in zip(rows, assessments, strict=True):
        predicted = assessment.verdict if assessment.ok else "error"
        role = assessment.evidence_role if assessment.ok else "error"
        if not assessment.ok:
            errors.append({"file": row.file, **(assessment.error or {})})
        gold_label.append(row.resume_label)
        pred_label.append(predicted)
        gold_role.append(row.evidence_role)
        pred_role.append(role)
        table.append(
            {
                "file": row.file,
                "resume_label": row.resume_label,
                "predicted": predicted,
                "p_inflated": assessment.p_inflated,
                "evidence_role": row.evidence_role,
                "predicted_role": role,
            }
        )
    return EvaluationReport(
        resume_label=label_metrics(gold_label, pred_label, RESUME_LABELS),
        evidence_role=label_metrics(gold_role, pred_role, ROLE_LABELS),
        errors=tuple(errors),
        rows=tuple(table),
    )
