"""Batch output: one row per file, as JSON Lines or CSV (written with the csv module)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from resume_lens.assess import Assessment

__all__ = ["CSV_COLUMNS", "csv_row", "open_row_writer"]

#: Columns of the CSV batch output; the JSONL output carries the full ``Assessment.to_dict()``.
CSV_COLUMNS = (
    "file",
    "verdict",
    "p_inflated",
    "evidence_role",
    "claim_title",
    "claim_verdict",
    "claims",
    "evidence_spans",
    "warnings",
    "error_code",
    "error_message",
    "model_version",
    "sha256",
)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Neutralise a text cell a spreadsheet would run as a formula (OWASP CSV injection guidance):
    a leading ``= + - @``, tab or carriage return gets a ``'`` in front. File names are user input."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_row(assessment: Assessment) -> dict[str, Any]:
    """Flatten one assessment into the :data:`CSV_COLUMNS` (text cells made formula-safe)."""
    return {key: _cell(value) for key, value in _csv_fields(assessment).items()}


def _csv_fields(assessment: Assessment) -> dict[str, Any]:
    top = assessment.claims[0] if assessment.claims else None
    return {
        "file": assessment.file,
        "verdict": assessment.verdict or "",
        "p_inflated": "" if assessment.p_inflated is None else f"{assessment.p_inflated:.4f}",
        "evidence_role": assessment.evidence_role or "",
        "claim_title": top.title if top else "",
        "claim_verdict": top.verdict if top else "",
        "claims": len(assessment.claims),
        "evidence_spans": len(top.evidence) if top else 0,
        "warnings": " | ".join(assessment.warnings),
        "error_code": (assessment.error or {}).get("code", ""),
        "error_message": (assessment.error or {}).get("message", ""),
        "model_version": assessment.model_version or "",
        "sha256": assessment.sha256 or "",
    }


class _RowWriter:
    def __init__(self, handle: IO[str], kind: str):
        self.handle = handle
        self.kind = kind
        self.csv = csv.DictWriter(handle, fieldnames=CSV_COLUMNS) if kind == "csv" else None
        if self.csv is not None:
            self.csv.writeheader()

    def write(self, assessment: Assessment) -> None:
        if self.csv is not None:
            self.csv.writerow(csv_row(assessment))
        else:
            self.handle.write(json.dumps(assessment.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        self.handle.flush()

    def write_all(self, assessments: Iterable[Assessment]) -> Iterator[Assessment]:
        for assessment in assessments:
            self.write(assessment)
            yield assessment


@contextmanager
def open_row_writer(path: str | Path) -> Iterator[_RowWriter]:
    """Open ``path`` for batch rows; ``.csv`` gives CSV, anything else JSON Lines.

    Each row is flushed as soon as it is written, so finished rows survive an interruption. File names
    that are not valid UTF-8 are written with backslash escapes rather than failing the batch.
    """
    path = Path(path)
    kind = "csv" if path.suffix.lower() == ".csv" else "jsonl"
    with path.open("w", encoding="utf-8", errors="backslashreplace", newline="") as handle:
        yield _RowWriter(handle, kind)
