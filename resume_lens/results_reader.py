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
* A file whose first non-blank line is a lone ``{`` and that holds **one JSON object over several lines**
  — what ``resume-lens triage FILE --json`` prints — is read as that one row (a report of one resume).
* A file whose first non-blank line starts with ``[`` and that holds **one JSON array of rows** (the rows
  gathered into a list, as ``jq -s . results.jsonl`` or a screening service's export writes them, on one
  line or indented) is read as those rows. An item that is not a result row makes the whole file refused,
  naming the item, counted from 1.
* So does a row whose fields do not have the shape ``resume-lens batch`` writes (``Assessment.to_dict()``,
  or an error row ``Assessment.failed(...).to_dict()``), where the report or the audit reads them:
  :func:`row_problem` is the one check, and its docstring lists what it requires. A field that is absent
  is not checked (the commands use a default), keys the check does not know are kept.

Nothing here imports the model stack, Jinja2 or SciPy.
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from resume_lens.errors import DamagedResultsError, ResumeLensError
from resume_lens.output import latest_rows

__all__ = ["VERDICTS", "CutShortRowWarning", "read_result_rows", "row_problem"]

_BOM = b"\xef\xbb\xbf"

#: The verdicts of a screened row and of its claims (rubric §4; ``Assessment.verdict``). An error row's
#: verdict is null.
VERDICTS = ("supported", "inflated", "unclear", "no_claim")
_CLAIM_TEXTS = ("source", "start_date", "end_date")


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


def _one_indented_row(path: Path, handle: Any) -> dict[str, Any]:
    """The one row of a file that opens with a ``{`` line (``handle`` is just past it): the whole file is
    one indented JSON object, as ``resume-lens triage --json`` prints.

    Raises
    ------
    DamagedResultsError
        The file is not one JSON object holding a result row.
    """
    row, problem = _row_problem(b"{" + handle.read())
    if row is None:
        raise DamagedResultsError(
            f"{path} is not a results file ({problem}): its first line opens an indented JSON object, as "
            "resume-lens triage --json prints one, but the whole file does not hold one. Give the .jsonl "
            "rows written by resume-lens batch, or the unchanged output of resume-lens triage --json"
        )
    problem = row_problem(row)
    if problem:
        raise DamagedResultsError(f"{path} is not a result row ({problem}); the file is damaged")
    return row


#: The first bytes of files that are surely no results file, and what they are (a UTF-16 or UTF-32 text
#: editor's "Unicode" save, a compressed or zipped copy): refused as such rather than read as one damaged
#: or unfinished row (a review found a one-line gzip file reported as 0 resumes, exit status 0).
_FOREIGN_STARTS = (
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\xff\xfe\x00\x00", "UTF-32 text"),
    (b"\x00\x00\xfe\xff", "UTF-32 text"),
    (b"\xff\xfe", "UTF-16 text"),
    (b"\xfe\xff", "UTF-16 text"),
)


def _foreign_kind(start: bytes) -> str | None:
    """What a file that opens with ``start`` (its first bytes) is, when it is surely no results file."""
    for magic, kind in _FOREIGN_STARTS:
        if start.startswith(magic):
            return kind
    return None


def _array_rows(path: Path, first: bytes, handle: Any) -> list[dict[str, Any]]:
    """The rows of a file whose first non-blank line ``first`` opens a JSON array (``handle`` is just past
    that line): the whole file is one JSON array of result rows.

    Raises
    ------
    DamagedResultsError
        The file is not one JSON array, or an item of it is not a result row (the item is named, from 1).
    """
    try:
        items = json.loads((first + handle.read()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        problem = "not UTF-8 text" if isinstance(e, UnicodeDecodeError) else "not JSON"
        raise DamagedResultsError(
            f"{path} is not a results file ({problem}): its first line opens a JSON array, but the whole "
            "file does not hold one. Give the .jsonl rows written by resume-lens batch, or a JSON array of "
            "those rows"
        ) from None
    if not isinstance(items, list):  # pragma: no cover  (a line that starts with "[" parses to a list)
        raise DamagedResultsError(f"{path} is not a results file: not a JSON array of rows")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problem = "JSON but not an object"
        elif "file" not in item:
            problem = "a JSON object without a 'file'"
        else:
            problem = row_problem(item)
        if problem:
            raise DamagedResultsError(
                f"{path}, item {number} of its JSON array is not a result row ({problem}); the file is "
                "damaged, or is not a list of rows written by resume-lens batch"
            )
    return items


def _shown(value: Any) -> str:
    """``value`` as JSON for a message, cut to 40 characters (the 40th an ellipsis)."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_text_or_null(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _is_verdict(value: Any) -> bool:
    return isinstance(value, str) and value in VERDICTS


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_probability(value: Any) -> bool:
    """A finite number in [0, 1] (JSON ``true`` is no number; ``NaN`` and ``Infinity`` are not finite)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= 1
    )


def _optional(row: Mapping[str, Any], key: str, ok: Callable[[Any], bool], what: str, where: str = "") -> str:
    """``""`` when ``row[key]`` is absent, null or passes ``ok``; else ``"{where}{key} is …, not {what}"``."""
    value = row.get(key)
    if value is None or ok(value):
        return ""
    return f"{where}{key} is {_shown(value)}, not {what}"


def _items(row: Mapping[str, Any], key: str, check: Callable[[Any, str], str], where: str = "") -> str:
    """The first problem of the list ``row[key]`` (absent or null: none) or of an item (``check``)."""
    value = row.get(key)
    if value is None:
        return ""
    if not isinstance(value, list):
        return f"{where}{key} is {_shown(value)}, not a list"
    for number, item in enumerate(value, start=1):
        problem = check(item, f"{where}{key} item {number}")
        if problem:
            return problem
    return ""


def _text_item(item: Any, where: str) -> str:
    return "" if isinstance(item, str) else f"{where} is {_shown(item)}, not text"


def _required(
    item: Mapping[str, Any], keys: tuple[str, ...], ok: Callable[[Any], bool], what: str, where: str
) -> str:
    for key in keys:
        if key not in item:
            return f"{where} has no {key}"
        if not ok(item[key]):
            return f"{where}: {key} is {_shown(item[key])}, not {what}"
    return ""


def _object(item: Any, where: str) -> str:
    return "" if isinstance(item, dict) else f"{where} is {_shown(item)}, not an object"


def _span(item: Any, where: str) -> str:
    """An evidence span of a claim, as ``resume_lens.render.evidence_lines`` reads it."""
    return (
        _object(item, where)
        or _required(item, ("start", "end", "line_start"), _is_int, "a whole number", where)
        or _required(item, ("label", "polarity"), _is_text, "text", where)
        or _optional(item, "category", _is_text, "text", f"{where}: ")
        or _optional(item, "line", _is_text, "text", f"{where}: ")
    )


def _named_span(item: Any, where: str) -> str:
    """A span named by a top feature: only its start, end and label are read (as a set member)."""
    return (
        _object(item, where)
        or _optional(item, "start", _is_int, "a whole number", f"{where}: ")
        or _optional(item, "end", _is_int, "a whole number", f"{where}: ")
        or _optional(item, "label", _is_text, "text", f"{where}: ")
    )


def _feature(item: Any, where: str) -> str:
    return _object(item, where) or _items(item, "evidence", _named_span, f"{where}: ")


def _question(item: Any, where: str) -> str:
    return _object(item, where) or _required(item, ("text",), _is_text, "text", where)


def _finding(item: Any, where: str) -> str:
    """A finding (``Finding.to_dict()``) as the report shows it."""
    return (
        _object(item, where)
        or _required(item, ("code", "severity", "label", "message"), _is_text, "text", where)
        or _required(item, ("section", "text"), _is_text_or_null, "text or null", where)
    )


def _claim(item: Any, where: str) -> str:
    """A claim (``ClaimAssessment.to_dict()``) as the report reads it."""
    return (
        _object(item, where)
        or _required(item, ("title",), _is_text, "text", where)
        or next(filter(None, (_optional(item, k, _is_text, "text", f"{where}: ") for k in _CLAIM_TEXTS)), "")
        or _optional(item, "verdict", _is_verdict, "a verdict", f"{where}: ")
        or _optional(item, "p_inflated", _is_probability, "a number from 0 to 1", f"{where}: ")
        or _items(item, "reasons", _text_item, f"{where}: ")
        or _items(item, "missing_categories", _text_item, f"{where}: ")
        or _items(item, "questions", _question, f"{where}: ")
        or _items(item, "evidence", _span, f"{where}: ")
        or _items(item, "top_features", _feature, f"{where}: ")
    )


def row_problem(row: Mapping[str, Any]) -> str:
    """What is wrong with the fields of a result row that ``resume-lens report`` or ``audit`` reads; ``""`` if
    nothing.

    The shapes are those of ``Assessment.to_dict()`` and ``Assessment.failed(...).to_dict()``
    (:mod:`resume_lens.assess`). A key that is absent is not checked (the commands use a default), and a
    list field may be null (no items). Where present:

    * ``file`` is text.
    * A row is either **screened**: ``verdict`` one of :data:`VERDICTS` and ``error`` null; or an **error
      row**: ``error`` an object with text ``code`` and ``message``, and ``verdict`` null.
    * ``p_inflated`` and ``evidence_role_probability`` are null or a finite number from 0 to 1 (``NaN``,
      ``Infinity`` and ``true`` are not); ``evidence_role`` is null or text.
    * ``warnings`` is a list of text; ``findings`` a list of objects with text ``code``, ``severity``,
      ``label``, ``message`` and a ``section`` and ``text`` that are text or null.
    * ``claims`` is a list of objects with a text ``title``; where present a ``verdict`` from
      :data:`VERDICTS`, a ``p_inflated`` as above, text ``source``/``start_date``/``end_date``, lists of
      text ``reasons`` and ``missing_categories``, ``questions`` objects with a text ``text``, ``evidence``
      spans with whole-number ``start``, ``end`` and ``line_start`` (character offsets) and text ``label``
      and ``polarity``, and ``top_features`` objects whose ``evidence`` spans have whole-number
      ``start``/``end`` and a text ``label`` where present.

    Returns
    -------
    str
        The first problem found, in words for the one-line message of a
        :class:`~resume_lens.errors.DamagedResultsError` (e.g. ``'p_inflated is "high", not a number from 0
        to 1'``); ``""`` for a row that passes.
    """
    if not isinstance(row.get("file"), str):
        return f"file is {_shown(row.get('file'))}, not text"
    verdict, error = row.get("verdict"), row.get("error")
    if error is not None:
        if not (
            isinstance(error, dict)
            and isinstance(error.get("code"), str)
            and isinstance(error.get("message"), str)
        ):
            return f"error is {_shown(error)}, not an object with a code and a message"
        if verdict is not None:
            return f"it has both a verdict ({_shown(verdict)}) and an error"
    elif verdict is None:
        return "it has neither a verdict nor an error"
    elif not _is_verdict(verdict):
        return f"verdict is {_shown(verdict)}, not one of {', '.join(VERDICTS)}"
    return (
        _optional(row, "p_inflated", _is_probability, "a number from 0 to 1")
        or _optional(row, "evidence_role_probability", _is_probability, "a number from 0 to 1")
        or _optional(row, "evidence_role", _is_text, "text")
        or _items(row, "warnings", _text_item)
        or _items(row, "findings", _finding)
        or _items(row, "claims", _claim)
    )


def _damaged(path: Path, number: int, problem: str, *, first: bool, fields: bool = False) -> str:
    """The one-line message of a :class:`DamagedResultsError` for line ``number`` (from 1).

    ``fields``: the line is a JSON object with a ``file`` whose fields are wrong (:func:`row_problem`). The
    batch keeps such a row when it resumes, so only deleting the line makes it score that resume again.
    """
    if fields:
        return (
            f"{path}, line {number} is not a result row ({problem}); the results file is damaged. Fix or "
            "delete that line (the resume-lens batch command that wrote it scores that resume again once its "
            "line is deleted)"
        )
    what = (
        "the file is damaged, or is not a results file written by resume-lens batch"
        if first
        else "the results file is damaged"
    )
    return (
        f"{path}, line {number} is not a result row ({problem}); {what}. Fix or delete that line "
        "(resume-lens batch will not add to a results file with a damaged line either)"
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
        ``path`` is missing, a folder, unreadable, a ``.csv`` (the batch's flat summary, not its rows), or
        plainly another kind of file: gzip, ZIP, or UTF-16/UTF-32 text.

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
    seen_text = False  # a non-blank line came before
    try:
        with p.open("rb") as handle:
            kind = _foreign_kind(handle.read(4))
            if kind is not None:
                raise input_error(
                    f"{p} is {kind}, not the UTF-8 JSON Lines results file resume-lens batch writes; "
                    "give that file as written"
                )
            handle.seek(0)
            for number, raw in enumerate(handle, start=1):  # binary lines end at b"\n" only
                if number == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM) :]
                if not raw.strip():
                    continue
                if not seen_text and raw.lstrip().startswith(b"["):  # a JSON array of rows
                    rows = _array_rows(p, raw, handle)
                    break
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
                if row is None and not seen_text and raw.strip() == b"{":  # triage --json: one indented row
                    return [_one_indented_row(p, handle)]
                seen_text = True
                if row is None:
                    raise DamagedResultsError(_damaged(p, number, problem, first=not rows))
                problem = row_problem(row)
                if problem:
                    raise DamagedResultsError(_damaged(p, number, problem, first=not rows, fields=True))
                rows.append(row)
    except FileNotFoundError:
        raise input_error(f"{p} does not exist; run resume-lens batch FOLDER -o {p.name} first") from None
    except OSError as e:
        raise input_error(f"cannot read {p}: {e.strerror or e}") from None
    return rows if all_rows else latest_rows(rows)
