"""An append-only audit log of screens (``--audit-log FILE``, issue 8 item 4).

One JSON Lines record per screened resume, holding what a later reviewer or auditor needs to
reproduce and contest a result, and no personal data: no file name, no text, no evidence words —
only hashes, versions, numbers, character offsets and rule ids. EU AI Act Art. 12 (record-keeping)
and Art. 14 (human oversight) motivate the fields; the ``reviewer_override`` slot is left empty for
the human who reviews the signal.

Record fields
-------------
``record_format``
    ``"resume_lens-audit/1"``.
``timestamp``
    UTC time the record was written, ISO 8601 with seconds (``"2026-11-29T20:15:02Z"``).
``package_version``, ``model_version``, ``model_sha256``
    resume_lens version; the model's parameter fingerprint (12 hex digits, as in results); the
    sha256 of the claim and role model files (``{"claim_model": ..., "role_model": ...}``).
``sklearn_version``
    The scikit-learn version the model was saved with.
``input_sha256``
    Hex sha256 of the file's bytes (of the UTF-8 text for text given directly).
``as_of``
    The screening date used for date findings (``YYYY-MM-DD``), or ``null`` for today.
``verdict``, ``p_inflated``, ``threshold``, ``evidence_role``
    The resume-level result, the calibrated probability (in [0, 1], ``null`` without a claim) and
    the decision threshold on it (:data:`resume_lens.model.INFLATED_THRESHOLD`).
``claims``
    Per claim: ``source``, ``verdict``, ``p_inflated`` and ``evidence``, a list of
    ``{"start", "end", "label", "rule_id", "polarity", "section"}`` (character offsets into the
    extracted text, end-exclusive).
``findings``
    Codes and severities of the findings (``[{"code", "severity"}]``).
``error_code``
    Set when the file could not be screened.
``reviewer_override``
    ``{"reviewer": null, "verdict": null, "reason": null, "timestamp": null}``, to be filled by the
    person who reviews the signal.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from resume_lens import __version__
from resume_lens.errors import ResumeLensError
from resume_lens.labels import INFLATED_THRESHOLD
from resume_lens.model import MANIFEST_FILE

__all__ = [
    "RECORD_FORMAT",
    "AuditLogError",
    "audit_record",
    "append_records",
    "read_records",
    "model_manifest",
]

RECORD_FORMAT = "resume_lens-audit/1"


class AuditLogError(ResumeLensError, OSError):
    """The audit log cannot be written or read."""

    code = "audit_log_error"


def model_manifest(model_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The manifest of the models in ``model_dir`` (``None``: the packaged models), or ``{}``."""
    folder = Path(model_dir) if model_dir is not None else Path(str(resources.files("resume_lens.models")))
    try:
        return json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def audit_record(
    row: Mapping[str, Any],
    manifest: Mapping[str, Any],
    *,
    as_of: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The audit record of one screen.

    Parameters
    ----------
    row:
        ``Assessment.to_dict()`` (or a batch row, the same shape), before any redaction.
    manifest:
        The model manifest (:func:`model_manifest`).
    as_of:
        The screening date used, ``YYYY-MM-DD``, or ``None``.
    now:
        The time to record (UTC); the current time when ``None``.

    Returns
    -------
    dict
        The fields listed in the module docstring; JSON-safe.
    """
    when = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    claims = []
    for claim in row.get("claims") or []:
        evidence = [
            {k: e.get(k) for k in ("start", "end", "label", "rule_id", "polarity", "section")}
            for e in claim.get("evidence") or []
        ]
        claims.append(
            {
                "source": claim.get("source"),
                "verdict": claim.get("verdict"),
                "p_inflated": claim.get("p_inflated"),
                "evidence": evidence,
            }
        )
    error = row.get("error") or {}
    return {
        "record_format": RECORD_FORMAT,
        "timestamp": when,
        "package_version": __version__,
        "model_version": row.get("model_version"),
        "model_sha256": {
            "claim_model": (manifest.get("claim_model") or {}).get("sha256"),
            "role_model": (manifest.get("role_model") or {}).get("sha256"),
        },
        "sklearn_version": manifest.get("sklearn_version"),
        "input_sha256": row.get("sha256"),
        "as_of": as_of,
        "verdict": row.get("verdict"),
        "p_inflated": row.get("p_inflated"),
        "threshold": INFLATED_THRESHOLD,
        "evidence_role": row.get("evidence_role"),
        "claims": claims,
        "findings": [
            {"code": f.get("code"), "severity": f.get("severity")} for f in row.get("findings") or []
        ],
        "error_code": error.get("code"),
        "reviewer_override": {"reviewer": None, "verdict": None, "reason": None, "timestamp": None},
    }


def append_records(path: str | os.PathLike[str], records: Iterable[Mapping[str, Any]]) -> int:
    """Append ``records`` to the JSON Lines file ``path`` (created if missing); returns how many.

    Raises
    ------
    AuditLogError
        When the file cannot be opened or written.
    """
    n = 0
    try:
        with open(path, "a", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
                n += 1
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as e:
        raise AuditLogError(f"cannot write the audit log {path}: {e.strerror or e}") from e
    return n


def read_records(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Every record of an audit log, in order.

    Raises
    ------
    AuditLogError
        When the file cannot be read or a line is not a record.
    """
    try:
        # records end with "\n" only: str.splitlines would also break a record at U+2028 in a file name
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except OSError as e:
        raise AuditLogError(f"cannot read the audit log {path}: {e.strerror or e}") from e
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip() and number == len(lines):
            continue  # the final newline
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict) or record.get("record_format") != RECORD_FORMAT:
            raise AuditLogError(f"{path} line {number} is not an audit record")
        records.append(record)
    return records


def row_keys(rows_path: str | os.PathLike[str]) -> set[tuple[str, str, str]]:
    """``(file, sha256, model_version)`` of every row of a batch rows file (empty when missing)."""
    from resume_lens.output import RowsFile

    return {
        (str(r.get("file")), str(r.get("sha256")), str(r.get("model_version")))
        for _, r in RowsFile(rows_path).rows()
    }


def audit_new_rows(
    rows_path: str | os.PathLike[str],
    before: set[tuple[str, str, str]],
    log: str | os.PathLike[str],
    manifest: Mapping[str, Any],
    *,
    as_of: str | None = None,
) -> int:
    """Append an audit record for each row of a batch rows file that was not there ``before``
    (:func:`row_keys` taken before the run): the files this run scored. Returns how many."""
    from resume_lens.output import RowsFile

    new = [
        row
        for _, row in RowsFile(rows_path).rows()
        if (str(row.get("file")), str(row.get("sha256")), str(row.get("model_version"))) not in before
    ]
    return append_records(log, (audit_record(row, manifest, as_of=as_of) for row in new))
