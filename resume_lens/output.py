"""Batch output: one row per file, as JSON Lines or CSV (written with the csv module).

:class:`RowsFile` is the append-only JSON Lines file a batch run writes as each file finishes and reads
back to resume; :func:`write_csv` writes the CSV from those rows. Nothing here imports the model stack,
so the parent process of a batch stays light.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resume_lens.assess import Assessment

__all__ = [
    "CSV_COLUMNS",
    "RowsFile",
    "csv_row",
    "csv_row_from_dict",
    "latest_rows",
    "open_row_writer",
    "rows_path_for",
    "write_csv",
]

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


def _probability_cell(p: float | None) -> str:
    """A probability (in [0, 1]) as the CSV shows it: 4 decimals of the 6-decimal value a JSON row stores, so
    that a CSV written from stored rows and one written from assessments agree to the last digit."""
    return "" if p is None else f"{round(p, 6):.4f}"


def csv_row(assessment: Assessment) -> dict[str, Any]:
    """Flatten one assessment into the :data:`CSV_COLUMNS` (text cells made formula-safe)."""
    return {key: _cell(value) for key, value in _csv_fields(assessment).items()}


def _csv_fields(assessment: Assessment) -> dict[str, Any]:
    top = assessment.claims[0] if assessment.claims else None
    return {
        "file": assessment.file,
        "verdict": assessment.verdict or "",
        "p_inflated": _probability_cell(assessment.p_inflated),
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


def csv_row_from_dict(row: dict[str, Any]) -> dict[str, Any]:
    """Flatten one ``Assessment.to_dict()`` row (a line of a results ``.jsonl``) into :data:`CSV_COLUMNS`."""
    claims = row.get("claims") or []
    top = claims[0] if claims else None
    error = row.get("error") or {}
    p_inflated = row.get("p_inflated")
    fields = {
        "file": row.get("file"),
        "verdict": row.get("verdict") or "",
        "p_inflated": _probability_cell(p_inflated),
        "evidence_role": row.get("evidence_role") or "",
        "claim_title": top.get("title", "") if top else "",
        "claim_verdict": top.get("verdict", "") if top else "",
        "claims": len(claims),
        "evidence_spans": len(top.get("evidence") or []) if top else 0,
        "warnings": " | ".join(row.get("warnings") or []),
        "error_code": error.get("code", ""),
        "error_message": error.get("message", ""),
        "model_version": row.get("model_version") or "",
        "sha256": row.get("sha256") or "",
    }
    return {key: _cell(value) for key, value in fields.items()}


def rows_path_for(output: str | Path) -> Path:
    """The JSON Lines file that holds a batch's full rows: ``output`` itself when it is ``.jsonl``,
    else ``output`` with ``.jsonl`` appended (``results.csv`` → ``results.csv.jsonl``)."""
    output = Path(output)
    return output if output.suffix.lower() == ".jsonl" else output.with_name(output.name + ".jsonl")


def latest_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The winning row of each file in a batch's rows: the **last** row for each ``file``, in the order
    those rows were written.

    A batch only ever appends: a file scored again (a row with a ``timeout``, ``resource_limit``,
    ``worker_died`` or ``internal_error`` code retried, a new model, engine or resume_lens version) gets
    a new row below the old one, and the old one is dropped only when that run completes. After Ctrl-C
    or ``kill -9`` a file can therefore have two rows; its latest is the current one. Rows without a
    ``file`` are all kept.
    """
    latest: dict[Any, dict[str, Any]] = {}
    for number, row in enumerate(rows):
        file = row.get("file")
        key = ("row", number) if file is None else ("file", str(file))
        latest.pop(key, None)  # re-inserted below: the order is that of the winning rows
        latest[key] = row
    return list(latest.values())


def _is_row(value: Any) -> bool:
    return isinstance(value, dict) and "schema_version" in value and "file" in value


class RowsFile:
    """An append-only JSON Lines file of batch rows (``Assessment.to_dict()``), one line per file.

    Rows are appended and flushed one at a time, so after ``kill -9`` every finished row is on disk and
    at most the last line is cut short; :meth:`repair` removes such a line before the file is read again.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.dropped = 0  # lines read back that are not rows (cut short, or not written by resume_lens)
        self._handle: IO[str] | None = None

    def first_foreign_line(self) -> int | None:
        """The number (from 1) of the first line that resume_lens did not write, or ``None``.

        A batch only appends rows and flushes each whole, so a kill leaves at most a last line cut short
        (no newline, starting with ``{``), which :meth:`repair` removes. Any other line that is not a row
        (blank lines aside) means the file is not a resume_lens results file, or was edited: a batch
        refuses it rather than rewrite it and lose those lines.
        """
        try:
            handle = self.path.open("rb")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None
        with handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.endswith(b"\n"):  # the last line, cut short by a kill or never ended
                    return None if raw.lstrip().startswith(b"{") or not raw.strip() else number
                if not raw.strip():
                    continue
                try:
                    row = json.loads(raw)
                except ValueError:
                    return number
                if not _is_row(row):
                    return number
        return None

    def repair(self) -> int:
        """Cut a last line that has no newline (a row cut short by a kill). Returns the bytes removed."""
        try:
            handle = self.path.open("rb+")
        except FileNotFoundError:
            return 0
        with handle:
            size = handle.seek(0, os.SEEK_END)
            end = size
            while end > 0:
                start = max(0, end - 65536)
                handle.seek(start)
                chunk = handle.read(end - start)
                cut = chunk.rfind(b"\n")
                if cut >= 0:
                    end = start + cut + 1
                    break
                end = start
            if end != size:
                handle.truncate(end)
            return size - end

    def latest_rows(self) -> list[dict[str, Any]]:
        """The winning row of each file (:func:`latest_rows`) among the rows of this file."""
        return latest_rows(row for _, row in self.rows())

    def rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """``(line number from 0, row)`` for every line that is a row; other lines count in ``dropped``."""
        self.dropped = 0
        try:
            handle = self.path.open(encoding="utf-8", errors="replace", newline="\n")
        except FileNotFoundError:
            return
        with handle:
            for number, line in enumerate(handle):
                try:
                    row = json.loads(line)
                except ValueError:
                    row = None
                if _is_row(row):
                    yield number, row
                else:
                    self.dropped += 1

    def line_count(self) -> int:
        """Lines in the file (rows and dropped lines), after :meth:`repair`."""
        try:
            with self.path.open("rb") as handle:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        except FileNotFoundError:
            return 0

    def append(self, row: dict[str, Any]) -> None:
        """Write one row and flush it to the operating system (it survives the process being killed)."""
        if self._handle is None:
            self._handle = self.path.open("a", encoding="utf-8", errors="backslashreplace", newline="")
        self._handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None

    def replace_with(self, rows: Iterable[dict[str, Any]]) -> None:
        """Rewrite the file with ``rows`` (atomically: a temporary file, then a rename)."""
        with _atomic(self.path) as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def _new_file_mode() -> int:
    """The permission bits ``open(path, "w")`` would give a new file: 0o666 less the process umask.

    The umask is read from ``/proc/self/status`` where it exists (Linux), because setting it to read it
    back is not safe while other threads create files.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def _atomic(path: Path) -> Iterator[IO[str]]:
    """Write ``path`` through a temporary file and a rename, keeping the permissions a plain write gives.

    An existing file keeps its permission bits; a new one gets those of ``open(path, "w")`` (the umask),
    so the CSV and the JSONL rows file of one batch are readable by the same people.
    """
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = _new_file_mode()
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as handle:
            os.fchmod(handle.fileno(), mode)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_csv(rows: Iterable[dict[str, Any]], path: str | Path) -> None:
    """Write rows (``Assessment.to_dict()`` dicts) as CSV with :data:`CSV_COLUMNS`, atomically."""
    with _atomic(Path(path)) as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(csv_row_from_dict(row))


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
