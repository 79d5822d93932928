"""Reading a batch's results file (JSON Lines) back: one rule for ``resume-lens report`` and ``audit``.

:func:`read_result_rows` is what :func:`resume_lens.report.read_rows` and
:func:`resume_lens.audit.read_results` call, so the two commands accept and refuse the same files:

* Rows end with ``"\\n"`` only (the batch writes them so; :class:`resume_lens.output.RowsFile`). A U+2028
  LINE SEPARATOR or a carriage return inside a file name never splits a row, as ``str.splitlines`` would.
* Blank lines hold no row; an empty file (0 bytes) or one of blank lines gives no rows, not an error.
* A non-blank **last line without a line end** is a row the batch was writing when it was stopped
  (``kill -9``, a crash, a full disk). It is skipped with a :class:`CutShortRowWarning`, whether or not what
  was written happens to parse: ``resume-lens batch`` treats such a line the same way when it resumes
  (:meth:`resume_lens.output.RowsFile.repair` cuts it) and scores that file again.
* **Any other line** that is not UTF-8 JSON holding an object with a ``"file"`` key means the file is damaged
  (or is not a results file at all): :class:`resume_lens.errors.DamagedResultsError` names the file and the
  line, counted from 1. Nothing is skipped silently, so a report or bias audit never quietly leaves out
  resumes.

Nothing here imports the model stack, Jinja2 or SciPy.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any

from resume_lens.errors import DamagedResultsError, ResumeLensError
from resume_lens.output import latest_rows

__all__ = ["CutShortRowWarning", "read_result_rows"]

_BOM = b"\xef\xbb\xbf"


class CutShortRowWarning(UserWarning):
    """The last line of a results file has no line end: a row cut short when its batch stopped; skipped."""


def _row_problem(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """``(row, "")`` for a line that is a result row, else ``(None, what is wrong with it)``."""
    try:
        row = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "not UTF-8 text"
    except ValueError:
        return None, "not JSON"
    if not isinstance(row, dict):
        return None, "JSON but not an object"
    if "file" not in row:
        return None, "a JSON object without a 'file'"
    return row, ""


def _damaged(path: Path, number: int, problem: str, *, first: bool) -> str:
    """The one-line message of a :class:`DamagedResultsError` for line ``number`` (from 1)."""
    what = (
        "the file is damaged, or is not a results file written by resume-lens batch"
        if first
        else "the results file is damaged"
    )
    return (
        f"{path}, line {number} is not a result row ({problem}); {what}. Fix or delete that line, or run "
        "the resume-lens batch command that wrote it again, which drops damaged lines"
    )


def read_result_rows(
    path: str | os.PathLike[str],
    *,
    all_rows: bool = False,
    input_error: type[ResumeLensError] = ResumeLensError,
) -> list[dict[str, Any]]:
    """The rows of a ``.jsonl`` results file written by ``resume-lens batch`` (rules: the module docstring).

    Parameters
    ----------
    path:
        The rows file (``results.jsonl``, or ``results.csv.jsonl`` beside ``-o results.csv``).
    all_rows:
        Return every row as written. By default only the latest row of each ``file`` is returned
        (:func:`resume_lens.output.latest_rows`), so a file scored again counts once.
    input_error:
        The error raised when ``path`` cannot be used at all (missing, a folder, unreadable, a CSV):
        the calling command's own ``ResumeLensError`` subclass.

    Returns
    -------
    list[dict]
        The rows (``Assessment.to_dict()`` dicts), in the order they were written; ``[]`` for an empty file.

    Raises
    ------
    DamagedResultsError
        A line other than an unfinished last one is not a result row; the message names the file and the line.
    input_error
        ``path`` is missing, a folder, unreadable, or a ``.csv`` (the batch's flat summary, not its rows).

    Warns
    -----
    CutShortRowWarning
        The last line has no line end (a row cut short by a stopped batch); it is skipped.
    """
    p = Path(path)
    if p.suffix.lower() == ".csv":
        raise input_error(
            f"{p} is the batch's CSV summary; give the full rows in {p.name}.jsonl, written beside it by "
            "resume-lens batch"
        )
    if p.is_dir():
        raise input_error(f"{p} is a folder; give the results .jsonl file written by resume-lens batch")
    rows: list[dict[str, Any]] = []
    try:
        with p.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):  # binary lines end at b"\n" only
                if number == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM) :]
                if not raw.strip():
                    continue
                row, problem = _row_problem(raw)
                if not raw.endswith(b"\n"):  # only the last line can lack one
                    warnings.warn(
                        f"{p}, line {number}: skipped an unfinished last row (it has no line end: the batch "
                        "was stopped while writing it); run the same resume-lens batch command again to "
                        "score that file",
                        CutShortRowWarning,
                        stacklevel=3,
                    )
                    break
                if row is None:
                    raise DamagedResultsError(_damaged(p, number, problem, first=not rows))
                rows.append(row)
    except FileNotFoundError:
        raise input_error(f"{p} does not exist; run resume-lens batch FOLDER -o {p.name} first") from None
    except OSError as e:
        raise input_error(f"cannot read {p}: {e.strerror or e}") from None
    return rows if all_rows else latest_rows(rows)
