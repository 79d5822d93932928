"""Bias report of a batch's results by group (``resume-lens audit``, issue 8 item 6).

Joins the rows of a batch (``results.jsonl``) with a CSV of self-reported or audit-assigned group
attributes (``groups.csv``: a ``file`` column, then one column per attribute, e.g. ``sex``,
``race_ethnicity``) and computes, per group of each attribute and per intersection of every two
attributes, the numbers a bias audit under NYC Local Law 144 (6 RCNY §5-301, "impact ratio") asks
for, plus a significance test:

* ``n`` — screened resumes in the group (rows with an error are left out of every number and counted
  apart, and so are rows whose attribute is blank: "unknown");
* ``flagged`` — resumes whose verdict is ``inflated`` (title not supported by the evidence described);
* ``flag_rate`` = flagged / n; ``selection_rate`` = 1 − flag_rate (not flagged, so passed on);
* ``impact_ratio`` = selection_rate / the highest selection_rate among the attribute's groups that are
  at least 2 % of the screened resumes. LL144 lets an auditor leave groups under 2 % out of that
  comparison; they are reported with ``small_group`` set and no impact ratio;
* ``flag_rate_ratio`` = flag_rate / flag_rate of that same reference group (``None`` when the
  reference group has no flags);
* ``fisher_p`` — two-sided Fisher exact test (``scipy.stats.fisher_exact``) of the 2×2 table
  [[flagged, not flagged] of the group, [flagged, not flagged] of the rest of the attribute's groups].

The four-fifths rule of thumb (EEOC Uniform Guidelines, 29 CFR §1607.4(D)) marks an impact ratio
under 0.8 for attention; :attr:`GroupStats.below_four_fifths` says so, it decides nothing.
"""

from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from scipy.stats import fisher_exact

from resume_lens.errors import ResumeLensError
from resume_lens.results_reader import read_result_rows

__all__ = ["AuditInputError", "GroupStats", "BiasReport", "bias_report", "read_groups", "format_bias_report"]

#: A group under this share of the screened resumes is reported but left out of the impact-ratio
#: reference (NYC DCWP rules, 6 RCNY §5-301).
SMALL_GROUP_SHARE = 0.02
FOUR_FIFTHS = 0.8
FLAGGED_VERDICT = "inflated"


class AuditInputError(ResumeLensError, ValueError):
    """The results or groups file of a bias report cannot be used."""

    code = "audit_input_error"


@dataclass(frozen=True)
class GroupStats:
    """The numbers of one group (see the module docstring for each)."""

    attribute: str
    group: str
    n: int
    flagged: int
    flag_rate: float
    selection_rate: float
    impact_ratio: float | None
    flag_rate_ratio: float | None
    fisher_p: float | None
    small_group: bool
    reference: bool

    @property
    def below_four_fifths(self) -> bool:
        """True when the impact ratio is under 0.8 (a rule of thumb for attention, not a finding)."""
        return self.impact_ratio is not None and self.impact_ratio < FOUR_FIFTHS


@dataclass(frozen=True)
class BiasReport:
    """Groups of each attribute and of each pair of attributes, and what was left out."""

    screened: int
    errors: int
    unmatched: int
    unknown: dict[str, int]
    groups: tuple[GroupStats, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict."""
        return {
            "screened": self.screened,
            "errors": self.errors,
            "unmatched": self.unmatched,
            "unknown": dict(self.unknown),
            "groups": [asdict(g) | {"below_four_fifths": g.below_four_fifths} for g in self.groups],
        }


def read_groups(path: str | os.PathLike[str]) -> tuple[list[str], dict[str, dict[str, str]]]:
    """Read ``groups.csv``: a ``file`` column and one column per attribute.

    Returns
    -------
    (attributes, groups)
        The attribute column names in file order, and ``file → {attribute: value}`` (values stripped;
        blank means unknown).

    Raises
    ------
    AuditInputError
        When the file is missing or unreadable, has no ``file`` column or no attribute column, or lists
        one resume file on two lines with different values (the same line repeated is harmless).
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = [f.strip() for f in reader.fieldnames or []]
            rows = [(reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise AuditInputError(f"cannot read the groups file {path}: {e}") from e
    if "file" not in fields:
        raise AuditInputError(f"the groups file {path} needs a 'file' column naming each resume file")
    attributes = [f for f in fields if f != "file"]
    if not attributes:
        raise AuditInputError(f"the groups file {path} has no attribute column besides 'file'")
    groups: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    for line, row in rows:
        clean = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        file, values = clean["file"], {a: clean.get(a, "") for a in attributes}
        if file in groups and groups[file] != values:
            raise AuditInputError(
                f"the groups file {path} lists {file} twice with different groups (lines {first_line[file]} "
                f"and {line}); keep one line per resume file"
            )
        groups[file] = values
        first_line.setdefault(file, line)
    return attributes, groups


def _lookup(groups: Mapping[str, dict[str, str]], file: str) -> dict[str, str] | None:
    if file in groups:
        return groups[file]
    by_name = [v for k, v in groups.items() if Path(k).name == Path(file).name]
    return by_name[0] if len(by_name) == 1 else None


def _stats(attribute: str, counts: dict[str, tuple[int, int]], screened: int) -> list[GroupStats]:
    """Per group of one attribute (or intersection) from ``group → (n, flagged)``."""
    small = {g: n < SMALL_GROUP_SHARE * screened for g, (n, _) in counts.items()}
    rates = {g: 1 - f / n for g, (n, f) in counts.items()}
    eligible = sorted(g for g in counts if not small[g])  # ties go to the first name
    reference = max(eligible, key=lambda g: (rates[g], counts[g][0])) if eligible else None
    total_n = sum(n for n, _ in counts.values())
    total_f = sum(f for _, f in counts.values())
    out = []
    for g in sorted(counts):
        n, f = counts[g]
        flag_rate = f / n
        ref_rate = rates[reference] if reference is not None else None
        ref_flag = 1 - ref_rate if ref_rate is not None else None
        rest_n, rest_f = total_n - n, total_f - f
        p = float(fisher_exact([[f, n - f], [rest_f, rest_n - rest_f]])[1]) if rest_n else None
        out.append(
            GroupStats(
                attribute=attribute,
                group=g,
                n=n,
                flagged=f,
                flag_rate=flag_rate,
                selection_rate=1 - flag_rate,
                impact_ratio=None if small[g] or not ref_rate else (1 - flag_rate) / ref_rate,
                flag_rate_ratio=None if small[g] or not ref_flag else flag_rate / ref_flag,
                fisher_p=p,
                small_group=small[g],
                reference=g == reference,
            )
        )
    return out


def bias_report(
    rows: Sequence[Mapping[str, Any]], attributes: Sequence[str], groups: Mapping[str, dict[str, str]]
) -> BiasReport:
    """Compute the report (see the module docstring).

    Parameters
    ----------
    rows:
        Batch rows (``Assessment.to_dict()``): ``file`` and ``verdict`` are read (``error`` rows skipped).
    attributes:
        Attribute names, the columns of the groups file.
    groups:
        ``file → {attribute: value}``; a row's file is matched exactly, else by its unique base name.

    Returns
    -------
    BiasReport
        Groups of each attribute, then of each pair of attributes (named ``"a × b"``, groups
        ``"x × y"``); ``unmatched`` rows had no line in the groups file; ``unknown`` counts the blank
        values per attribute (and pair).
    """
    screened, errors, unmatched = 0, 0, 0
    people: list[tuple[dict[str, str], bool]] = []
    for row in rows:
        if row.get("error") or row.get("verdict") is None:
            errors += 1
            continue
        values = _lookup(groups, str(row.get("file", "")))
        if values is None:
            unmatched += 1
            continue
        screened += 1
        people.append((values, row.get("verdict") == FLAGGED_VERDICT))
    unknown: dict[str, int] = {}
    stats: list[GroupStats] = []
    combos = [(a,) for a in attributes] + list(itertools.combinations(attributes, 2))
    for combo in combos:
        name = " × ".join(combo)
        counts: dict[str, tuple[int, int]] = {}
        for values, flagged in people:
            parts = [values.get(a, "") for a in combo]
            if not all(parts):
                unknown[name] = unknown.get(name, 0) + 1
                continue
            key = " × ".join(parts)
            n, f = counts.get(key, (0, 0))
            counts[key] = (n + 1, f + int(flagged))
        stats += _stats(name, counts, screened)
    return BiasReport(
        screened=screened, errors=errors, unmatched=unmatched, unknown=unknown, groups=tuple(stats)
    )


def read_results(path: str | os.PathLike[str], *, all_rows: bool = False) -> list[dict[str, Any]]:
    """The rows of a ``results.jsonl`` written by ``resume-lens batch``, one per file by default.

    The rules are :func:`resume_lens.results_reader.read_result_rows`, shared with ``resume-lens report``:
    blank lines and an empty file give no rows; a last line without a line end (a row cut short by a
    stopped batch) is skipped with a :class:`~resume_lens.results_reader.CutShortRowWarning`; any other
    line that is not a JSON object with a ``file``, or has malformed fields, raises
    :class:`~resume_lens.errors.DamagedResultsError`,
    so no resume is left out of a bias report unseen. A batch only appends, so a file scored again (a
    retried error, a new model or version) has its old row above its new one until the run completes. By
    default only the **latest row of each file** is returned (:func:`resume_lens.output.latest_rows`, the
    rule ``resume-lens audit`` uses), so no resume counts twice in a bias report.

    Parameters
    ----------
    path:
        The ``.jsonl`` rows file.
    all_rows:
        Return every row as written, earlier rows of a file included.

    Returns
    -------
    list[dict]
        One row per ``file``, the last written for it, in the order those rows were written (every
        row in file order with ``all_rows=True``); ``[]`` for an empty file.

    Raises
    ------
    AuditInputError
        The file is missing, a folder, unreadable, or the batch's ``.csv`` summary.
    DamagedResultsError
        A line other than an unfinished last one is not a result row, or is one whose fields are malformed
        (:func:`~resume_lens.results_reader.row_problem`); the message names the line.
    """
    return read_result_rows(path, all_rows=all_rows, input_error=AuditInputError)


def _num(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def format_bias_report(report: BiasReport) -> str:
    """The report as plain-text tables, one per attribute and intersection."""
    lines = [
        f"screened {report.screened} resume(s); left out: {report.errors} error row(s), "
        f"{report.unmatched} with no line in the groups file",
        "flagged = verdict 'inflated' (title not supported by the evidence described), a triage signal for "
        "human review; selection = not flagged",
        "",
    ]
    by_attribute: dict[str, list[GroupStats]] = {}
    for g in report.groups:
        by_attribute.setdefault(g.attribute, []).append(g)
    head = ("group", "n", "flagged", "flag rate", "selection", "impact ratio", "flag ratio", "Fisher p")
    widths = (28, 6, 8, 10, 10, 13, 11, 9)
    for attribute, groups in by_attribute.items():
        unknown = report.unknown.get(attribute)
        lines.append(attribute + (f"  (unknown: {unknown})" if unknown else ""))
        lines.append(
            "  "
            + " ".join(
                f"{h:<{w}}" if i == 0 else f"{h:>{w}}"
                for i, (h, w) in enumerate(zip(head, widths, strict=True))
            )
        )
        for g in groups:
            note = " (under 2%: left out of the comparison)" if g.small_group else ""
            note += " (reference)" if g.reference else ""
            note += " (< 4/5)" if g.below_four_fifths else ""
            cells = (
                g.group[:28],
                str(g.n),
                str(g.flagged),
                _num(g.flag_rate),
                _num(g.selection_rate),
                _num(g.impact_ratio),
                _num(g.flag_rate_ratio),
                _num(g.fisher_p, 4),
            )
            row = " ".join(
                f"{c:<{w}}" if i == 0 else f"{c:>{w}}"
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
            lines.append("  " + row + note)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
