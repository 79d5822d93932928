"""Read a labelled set: a folder of resumes plus ``labels.csv`` in the format of rubric §6."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from resume_lens.errors import ResumeLensError

__all__ = [
    "INFLATED_THRESHOLD",
    "RESUME_LABELS",
    "ROLE_LABELS",
    "ORIGINS",
    "LabelRow",
    "LabelsFileError",
    "read_labels",
]

#: A claim is ``inflated`` when its calibrated probability of being inflated is at least this
#: value; otherwise the more probable of ``supported`` and ``unclear`` wins. 0.5 is the point where
#: inflation is more likely than not; the tool only triages, so it does not trade recall for a
#: lower bar (see the model card). Here, not in :mod:`resume_lens.model`, so that an error row
#: never imports scikit-learn.
INFLATED_THRESHOLD = 0.5
#: Resume-level labels (rubric §4).
RESUME_LABELS = ("inflated", "no_claim", "supported", "unclear")
#: Evidence roles (rubric §5).
ROLE_LABELS = (
    "ai_engineer",
    "data_analyst",
    "data_scientist",
    "ml_engineer",
    "mlops_engineer",
    "research_scientist",
    "software_engineer",
    "student",
)
#: How a resume was written (optional ``origin`` column): ``individual`` — written one by one by a
#: person — or ``template`` — assembled from templates. A missing column or empty cell means
#: ``individual``, so files written before the column existed read as before.
ORIGINS = ("individual", "template")
_REQUIRED = ("file", "resume_label", "evidence_role")


class LabelsFileError(ResumeLensError, ValueError):
    """A labels.csv file does not follow rubric §6."""

    code = "labels_file_error"


@dataclass(frozen=True)
class LabelRow:
    """One labelled resume (rubric §6 columns)."""

    file: str
    resume_label: str
    evidence_role: str
    claimed_titles: str = ""
    notes: str = ""
    origin: str = "individual"


def read_labels(path: str | Path) -> list[LabelRow]:
    """Read and validate a rubric §6 ``labels.csv``.

    Parameters
    ----------
    path:
        The CSV file; columns ``file,resume_label,evidence_role`` are required, ``claimed_titles``,
        ``notes`` and ``origin`` (one of :data:`ORIGINS`; empty or absent = ``individual``)
        optional, others ignored.

    Returns
    -------
    list[LabelRow]
        In file order.

    Raises
    ------
    LabelsFileError
        Missing columns, an unknown label, role or origin, or a duplicate file name; the message
        names the CSV line.
    """
    path = Path(path)
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as e:
        raise LabelsFileError(f"cannot read labels file {path}: {e.strerror}") from e
    rows: list[LabelRow] = []
    seen: set[str] = set()
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise LabelsFileError(f"{path.name}: missing column(s) {', '.join(missing)} (rubric §6)")
        for raw in reader:
            line = reader.line_num
            row = LabelRow(
                file=(raw["file"] or "").strip(),
                resume_label=(raw["resume_label"] or "").strip(),
                evidence_role=(raw["evidence_role"] or "").strip(),
                claimed_titles=(raw.get("claimed_titles") or "").strip(),
                notes=(raw.get("notes") or "").strip(),
                origin=(raw.get("origin") or "").strip() or "individual",
            )
            if row.resume_label not in RESUME_LABELS:
                raise LabelsFileError(f"{path.name} line {line}: unknown resume_label {row.resume_label!r}")
            if row.evidence_role not in ROLE_LABELS:
                raise LabelsFileError(f"{path.name} line {line}: unknown evidence_role {row.evidence_role!r}")
            if row.origin not in ORIGINS:
                raise LabelsFileError(
                    f"{path.name} line {line}: unknown origin {row.origin!r} (use {' or '.join(ORIGINS)})"
                )
            if not row.file or row.file in seen:
                raise LabelsFileError(f"{path.name} line {line}: empty or duplicate file {row.file!r}")
            seen.add(row.file)
            rows.append(row)
    return rows
