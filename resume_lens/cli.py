"""The ``resume-lens`` command line: a thin layer over the Python API.

Exit codes: 0 success; 1 a file could not be screened (``triage``) or any file failed
(``batch``); 2 usage error or a missing/damaged model.
"""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from resume_lens import __version__
from resume_lens.batch import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, AsOfMismatchError, NotAResultsFileError
from resume_lens.errors import ResourceLimitError, ResumeLensError, WorkerDiedError

if TYPE_CHECKING:  # for annotations only; each command imports what it needs when it runs
    from resume_lens.forked_analysis import FailedAnalysis

__all__ = ["main", "build_parser"]

_EXAMPLES = {
    "triage": "example:\n  resume-lens triage cv.pdf\n  resume-lens triage cv.docx --json --as-of 2026-01-31",
    "report": (
        "example:\n  resume-lens report results.jsonl -o report.html\n"
        "  resume-lens report results.csv.jsonl -o report.html --as-of 2026-01-31"
    ),
    "batch": (
        "example:\n  resume-lens batch resumes/ -o results.jsonl --jobs 2\n"
        "  resume-lens batch resumes/ -o results.csv --timeout 30 --max-memory-mb 1536\n"
        "  resume-lens batch resumes/ -o results.jsonl --jobs 2 --engine pdfium\n"
        "Run the same command again after an interruption: files already in the results are skipped."
    ),
    "train": "example:\n  resume-lens train --corpus corpora/resumes --out models",
    "audit": (
        "example:\n  resume-lens audit results.jsonl --groups groups.csv\n"
        "  resume-lens audit results.jsonl --groups groups.csv --json bias.json\n"
        "groups.csv: a 'file' column as in the results, then one column per attribute (e.g. sex, race)."
    ),
    "evaluate": (
        "example:\n  resume-lens evaluate corpora/resumes --labels corpora/resumes/labels.csv\n"
        "  resume-lens evaluate --cv corpora/resumes --folds 5 --seed 0 --json cv.json\n"
        "  resume-lens evaluate --cv corpora/resumes --group-by writer\n"
        "  resume-lens evaluate --spans corpora/evidence_lines.jsonl"
    ),
}


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


class _PipedConsole(Console):
    """A console whose closed output pipe (``triage x.pdf | head -1``) is handled like ``--json``'s: rich's
    default ``on_broken_pipe`` exits with status 1, which a shell pipeline would report as a failure."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError  # _run sends stdout to /dev/null and returns 0


def _redact_row_function():  # imported only when --redact is given
    from resume_lens.redact import redact_row

    return redact_row


def _error_line(exc: BaseException) -> str:
    return f"error: {exc}"


def _jobs(value: str) -> int:
    """``--jobs``: a positive number of worker processes, or -1 for every core."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if jobs == 0 or jobs < -1:
        raise argparse.ArgumentTypeError("use a positive number of workers, or -1 for every core")
    return jobs


def _capped_jobs(jobs: int) -> int:
    """``--jobs`` lowered to the CPUs this process may use, with a one-line note on stderr when it was
    above them (``resume_lens.batch.usable_cpus``; -1 stays -1, one worker per usable CPU)."""
    from resume_lens.batch import usable_cpus

    cpus = usable_cpus()
    if jobs > cpus:
        _stderr().print(
            f"note: --jobs {jobs} is more than the {cpus} CPU(s) this machine lets resume-lens use; "
            f"using at most {cpus} worker(s)"
        )
        return cpus
    return jobs


def _seconds(value: str) -> float | None:
    """``--timeout``: seconds per file (a positive number), or 0 for no limit (``None``); the same rule as
    the Python API's ``timeout`` (``resume_lens.batch.check_timeout``)."""
    from resume_lens.batch import check_timeout

    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    try:
        return check_timeout(seconds)
    except ValueError:
        raise argparse.ArgumentTypeError("use a positive number of seconds, or 0 for no limit") from None


def _megabytes(value: str) -> int | None:
    """``--max-memory-mb``: MiB per worker (a whole number), or 0 for no limit."""
    from resume_lens.batch import MAX_MEMORY_MB

    try:
        mib = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of MiB") from None
    if mib < 0 or mib > MAX_MEMORY_MB:
        raise argparse.ArgumentTypeError(
            f"use a positive number of MiB up to {MAX_MEMORY_MB}, or 0 for no limit"
        )
    return mib or None


def _as_of(value: str) -> str:
    """``--as-of``: the screening date, ``YYYY-MM-DD``."""
    from resume_lens.findings import parse_as_of

    try:
        return parse_as_of(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD") from None


def _output_file(kind: str) -> Callable[[str], Path]:
    """An argparse type for an output file of ``kind`` ("HTML", "JSON") in a folder that exists, so that
    a bad path is a usage error before any work is done (``-o``/``--html``, ``audit --json``)."""

    def check(value: str) -> Path:
        path = Path(value)
        if not path.parent.resolve().is_dir():
            raise argparse.ArgumentTypeError(f"{value}: the folder {path.parent} does not exist")
        if path.is_dir():
            raise argparse.ArgumentTypeError(
                f"{value} is a folder; name {'an' if kind == 'HTML' else 'a'} {kind} file"
            )
        return path

    return check


_html_path = _output_file("HTML")
_json_path = _output_file("JSON")


def _results_path(value: str) -> Path:
    """``-o``: a .jsonl or .csv file in a folder that exists."""
    path = Path(value)
    if path.suffix.lower() not in (".jsonl", ".csv"):
        raise argparse.ArgumentTypeError(f"{value}: the results file must end in .jsonl or .csv")
    if not path.parent.resolve().is_dir():
        raise argparse.ArgumentTypeError(f"{value}: the folder {path.parent} does not exist")
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value} is a folder; name a results file")
    return path


def _engine_note(engine: str) -> None:
    """Say once, on stderr, that ``--engine pdfium`` will fall back for every PDF (pypdfium2 missing)."""
    import importlib.util

    if engine == "pdfium" and importlib.util.find_spec("pypdfium2") is None:
        _stderr().print(
            "note: --engine pdfium needs pypdfium2 (pip install 'resume_lens[pdfium]'); every PDF is read "
            "with pdfminer.six and gets an 'engine_fallback' warning"
        )


def _folder_problem(folder: str) -> str | None:
    """Why ``folder`` cannot be read as a folder of resumes, in a recruiter's words, or ``None`` if it can.

    Returns one line for stderr: the folder does not exist (or is a broken link), or it is a file.
    """
    path = Path(folder)
    if path.is_dir():
        return None
    if path.is_symlink() and not path.exists():
        return f"{folder} is a link to a folder that no longer exists; check the path."
    if not path.exists():
        return f"{folder}: folder not found; check the path."
    return f"{folder} is a file, not a folder; pass the folder that holds the resumes."


def _json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON text with keys sorted and non-ASCII letters kept, for stdout.

    A file name that is not valid UTF-8 reaches Python with its bad bytes as lone surrogates
    (``os.fsdecode``); they are written as the JSON escape ``\\udcff``, as the batch's JSON Lines rows
    write them, so the output is always valid UTF-8 and the two commands name the file the same way.
    """
    text = json.dumps(value, indent=indent, sort_keys=True, ensure_ascii=False)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _refused_unread(path: str, engine: str) -> FailedAnalysis | None:
    """The refusal of a ``path`` that names no regular file (missing, a folder, a broken link, a pipe), as a
    :class:`~resume_lens.forked_analysis.FailedAnalysis` with the extractor's own code and message, or
    ``None`` for a regular file. Only ``os.stat`` is called: nothing is opened or read."""
    if os.path.isfile(path):
        return None
    from resume_lens.extract import extract_file
    from resume_lens.forked_analysis import FailedAnalysis

    try:
        extract_file(path, engine=engine)
    except ResumeLensError as e:
        return FailedAnalysis(e.code, str(e))
    return None  # pragma: no cover  (it became a file meanwhile: screened as ever)


def _cmd_triage(args: argparse.Namespace) -> int:
    from resume_lens.forked_analysis import FailedAnalysis, start_analysis

    _engine_note(args.engine)
    # read and tag the file in a forked child while this process loads the model (about 1 s of a 3 s
    # cold start); before the imports below, so that no thread exists yet
    path = os.fsdecode(args.file)
    # a typo, a folder, a broken link: refused at once, before 3 s of loading the model
    refused = _refused_unread(path, args.engine)
    pending = None if refused is not None else start_analysis(path, engine=args.engine)
    try:
        from resume_lens.assess import Assessment
        from resume_lens.render import render_row

        screener = None
        made = refused
        if refused is None:
            from resume_lens.model_types import import_skops_io_for_our_models

            import_skops_io_for_our_models()  # in the console script: skip skops' walk over scikit-learn
            from resume_lens.screener import Screener

            screener = Screener(args.model_dir, as_of=args.as_of, engine=args.engine)
            made = None if pending is None else pending.result()
    finally:  # a bad --model-dir, Ctrl-C: the child goes too
        if pending is not None:
            pending.close()
    if isinstance(made, FailedAnalysis):  # the file was refused: the row safe_assess makes
        assessment = Assessment.failed(path, made.code, made.message)
    elif screener is None:  # pragma: no cover  (only a refused file skips the model)
        raise AssertionError("triage: no model loaded for a file that was not refused")
    elif made is not None:
        assessment = screener.assess_analysis(made)
    else:  # no fork here, or the child failed: screen in this process, with its errors as ever
        assessment = next(screener.assess_many([args.file]))
    row = assessment.to_dict()
    if not row.get("sha256") and row.get("error"):  # a refused file: its hash, as a batch row carries it
        from resume_lens.batch import content_sha256
        from resume_lens.extract.limits import ExtractionLimits

        limits = (screener.limits if screener is not None else None) or ExtractionLimits()
        row["sha256"] = content_sha256(path, limits.max_bytes)
    if args.audit_log:
        from resume_lens.audit_log import append_records, audit_record, model_manifest

        append_records(args.audit_log, [audit_record(row, model_manifest(args.model_dir), as_of=args.as_of)])
    if args.redact:
        from resume_lens.redact import names_in_file, redact_row

        row = redact_row(row, names=names_in_file(args.file))
    if assessment.error is not None:
        if args.json:
            print(_json_text({"file": str(args.file), "error": assessment.error}))
        else:
            _stderr().print(f"error: {assessment.error['message']}")
        return 1
    if args.json:
        print(_json_text(row, indent=2))
    else:
        # piped output gets a fixed, wide width so it is stable and tables do not wrap
        width = None if sys.stdout.isatty() else 160
        render_row(row, _PipedConsole(highlight=False, soft_wrap=True, width=width, markup=False))
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from resume_lens.batch import WorkerSettings, run_batch

    problem = _folder_problem(args.folder)
    if problem:
        _stderr().print(f"error: {problem}")
        return 2
    from resume_lens.output import rows_path_for

    rows_path = rows_path_for(args.output)
    for path in dict.fromkeys((Path(args.output), rows_path)):  # the CSV and the rows file it is written from
        # checked before any work, without creating a file: a run refused later (a --max-memory-mb too low
        # for a worker) leaves nothing behind
        try:
            if path == rows_path and path.exists():
                with path.open("rb+"):  # read, repaired and appended to
                    pass
            elif path.exists():
                with path.open("ab"):
                    pass
            elif not os.access(path.parent, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        except OSError as e:
            _stderr().print(f"error: cannot write {path}: {e.strerror}")
            return 2
    _engine_note(args.engine)
    settings = WorkerSettings(
        args.model_dir,
        timeout=args.timeout,
        max_memory_mb=args.max_memory_mb,
        as_of=args.as_of,
        engine=args.engine,
    )
    jobs = args.jobs if args.scheduler else _capped_jobs(args.jobs)
    on_row, audited = None, 0
    if args.audit_log:  # one record per row this run writes, as it is written
        from resume_lens.audit_log import AuditLogError, append_records, audit_record, model_manifest

        try:
            with open(args.audit_log, "a", encoding="utf-8"):
                pass
        except OSError as e:
            raise AuditLogError(f"cannot write the audit log {args.audit_log}: {e.strerror or e}") from e
        manifest = model_manifest(args.model_dir)

        def on_row(row: dict) -> None:
            nonlocal audited
            audited += append_records(args.audit_log, [audit_record(row, manifest, as_of=args.as_of)])

    columns = (TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=_stderr(), transient=True) as bar:
        task = bar.add_task("batch", total=None)
        try:
            summary = run_batch(
                args.folder,
                args.output,
                settings=settings,
                jobs=jobs,
                restart=args.restart,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                scheduler=args.scheduler,
                row_transform=_redact_row_function() if args.redact else None,
                skip_files=[p for p in (args.html, args.audit_log) if p is not None],
                on_row=on_row,
            )
        except (ResourceLimitError, WorkerDiedError) as e:  # the limits leave no room for the model
            _stderr().print(_error_line(e))
            return 2
        except (AsOfMismatchError, NotAResultsFileError) as e:  # rows of another date; not our file
            _stderr().print(_error_line(e))
            return 2
        except ImportError as e:  # --scheduler without the dask extra
            _stderr().print(f"error: {e}")
            return 2
        except OSError as e:  # the scheduler cannot be reached
            if not args.scheduler:
                raise
            _stderr().print(f"error: cannot reach the Dask scheduler at {args.scheduler}: {e}")
            return 2
    for line in summary.lines():
        _stderr().print(line)
    if args.audit_log:
        _stderr().print(f"audit log: {audited} record(s) → {args.audit_log}")
    if args.redact:  # new rows were masked as written; this also masks rows kept from an earlier run
        from resume_lens.redact import redact_results

        redact_results(summary.rows_file, None if Path(args.output) == summary.rows_file else args.output)
    if args.html is not None:
        from resume_lens.output import RowsFile
        from resume_lens.report import write_report

        rows = RowsFile(summary.rows_file).latest_rows()  # after Ctrl-C a retried file has two rows
        write_report(rows, args.html, as_of=args.as_of, source=summary.rows_file.name)
        _stderr().print(f"report → {args.html}")
    if summary.interrupted:
        return 130
    return 1 if summary.failed else 0


def _read_results_file(read: Callable[[str], list[dict[str, Any]]], path: str) -> list[dict[str, Any]]:
    """``read(path)`` (``report.read_rows`` or ``audit.read_results``), with each skipped unfinished last row
    (:class:`resume_lens.results_reader.CutShortRowWarning`) shown as one ``warning:`` line on stderr."""
    import warnings

    from resume_lens.results_reader import CutShortRowWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CutShortRowWarning)
        rows = read(path)
    for w in caught:
        if issubclass(w.category, CutShortRowWarning):
            _stderr().print(f"warning: {w.message}")
        else:
            warnings.showwarning(w.message, w.category, w.filename, w.lineno)
    return rows


def _cmd_report(args: argparse.Namespace) -> int:
    from resume_lens.output import latest_rows
    from resume_lens.report import read_rows, write_report

    rows = latest_rows(_read_results_file(read_rows, args.results))  # one row per file, the latest
    if args.redact:
        from resume_lens.redact import redact_row

        rows = [redact_row(row) for row in rows]
    write_report(rows, args.output, as_of=args.as_of, source=Path(args.results).name)
    _stderr().print(f"{len(rows)} resume(s) → {args.output}")
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from resume_lens.audit import AuditInputError, bias_report, format_bias_report, read_groups, read_results
    from resume_lens.output import latest_rows

    attributes, groups = read_groups(args.groups)
    report = bias_report(latest_rows(_read_results_file(read_results, args.results)), attributes, groups)
    if args.json:  # written first: a file that cannot be written is an error before any output
        text = json.dumps(report.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)
        try:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
        except OSError as e:  # e.g. no write permission; the folder was checked by _json_path
            raise AuditInputError(f"cannot write {args.json}: {e.strerror or e}") from None
    print(format_bias_report(report), end="")
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from resume_lens.metrics import format_metrics
    from resume_lens.training import train

    result = train(args.corpus, args.out, labels=args.labels, seed=args.seed)
    print(f"trained on {result.n_resumes} resumes ({result.n_claim_rows} claim rows) → {args.out}")
    for skipped in result.skipped:
        print(f"skipped {skipped['file']}: {skipped['reason']}")
    print(format_metrics("cross-validated resume_label", result.cv_metrics["resume_label"]))
    print(format_metrics("cross-validated evidence_role", result.cv_metrics["evidence_role"]))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from resume_lens.metrics import format_metrics

    if args.spans:
        from resume_lens.span_eval import evaluate_spans, format_span_report, read_gold_lines

        split = None if args.split == "all" else args.split
        print(format_span_report(evaluate_spans(read_gold_lines(args.spans), split=split)))
        return 0
    if args.cv:
        return _cmd_evaluate_cv(args)
    if not args.folder:
        _stderr().print(
            "error: give a FOLDER of labelled resumes, --cv FOLDER to cross-validate, "
            "or --spans FILE of gold evidence lines"
        )
        return 2
    problem = _folder_problem(args.folder)
    if problem:
        _stderr().print(f"error: {problem}")
        return 2
    from resume_lens.evaluate import evaluate_folder
    from resume_lens.screener import Screener

    screener = Screener(args.model_dir)
    report = evaluate_folder(args.folder, args.labels, screener=screener, n_jobs=_capped_jobs(args.jobs))
    if report.errors:
        print(
            f"{len(report.errors)} of {report.resume_label['n']} labelled file(s) could not be read; each "
            "counts as a miss (predicted 'error'):"
        )
        for error in report.errors:
            print(f"  could not read {error['file']}: {error.get('message')}")
        print()
    print(format_metrics("resume_label", report.resume_label))
    print()
    print(format_metrics("evidence_role", report.evidence_role))
    return 1 if report.errors else 0


def _cmd_evaluate_cv(args: argparse.Namespace) -> int:
    from resume_lens.evaluate import cross_validate_folder, format_cv_report

    problem = _folder_problem(args.cv)
    if problem:
        _stderr().print(f"error: {problem}")
        return 2
    if args.json:
        try:
            Path(args.json).touch()
        except OSError as e:
            _stderr().print(f"error: cannot write {args.json}: {e.strerror}")
            return 2
    try:
        report = cross_validate_folder(
            args.cv, args.labels, n_folds=args.folds, seed=args.seed, group_by=args.group_by
        )
    except ResumeLensError:
        raise
    except ValueError as e:  # more folds than resumes or than members of each label (sklearn says which)
        _stderr().print(f"error: cannot cross-validate {args.cv}: {e}")
        return 2
    print(format_cv_report(report))
    if args.json:
        text = json.dumps(report.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


def _folds(value: str) -> int:
    """``--folds``: a whole number of at least 2."""
    try:
        folds = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if folds < 2:
        raise argparse.ArgumentTypeError("cross-validation needs at least 2 folds")
    return folds


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every ``resume-lens`` command (each with help and an example)."""
    parser = argparse.ArgumentParser(
        prog="resume-lens",
        description="Flag ML-engineer title inflation: does the evidence back the ML-engineer claim?",
        epilog="example:\n  resume-lens triage cv.pdf\n  resume-lens batch resumes/ -o results.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"resume-lens {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    raw = argparse.RawDescriptionHelpFormatter

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name, help=help_text, description=help_text, epilog=_EXAMPLES[name], formatter_class=raw
        )
        return p

    triage = add("triage", "Screen one resume (PDF, DOCX or TXT) and explain the verdict.")
    triage.add_argument("file", help="the resume file")
    triage.add_argument("--json", action="store_true", help="print Assessment.to_dict() as JSON")
    triage.set_defaults(run=_cmd_triage)

    batch = add("batch", "Screen every file under a folder; one row per file (JSONL or CSV).")
    batch.add_argument("folder", help="folder of resumes (searched recursively)")
    batch.add_argument(
        "-o", "--output", required=True, type=_results_path, help="results file: .jsonl (full rows) or .csv"
    )
    batch.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        help="worker processes (default 1; -1 = one per usable CPU); each loads the model once (about "
        "250 MiB); never more than the files to score or the usable CPUs (a larger number is lowered, "
        "with a note)",
    )
    batch.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="wall-clock limit per file; a slower file gets a 'timeout' row (default: %(default)g; 0 = none)",
    )
    batch.add_argument(
        "--max-memory-mb",
        type=_megabytes,
        default=DEFAULT_MAX_MEMORY_MB,
        metavar="MIB",
        help="memory (address space) limit of each worker; a file over it gets a 'resource_limit' row "
        "(default: %(default)s; 0 = none)",
    )
    batch.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help="score on this Dask distributed cluster (pip install 'resume_lens[dask]'; the workers must see "
        "FOLDER at the same path)",
    )
    batch.add_argument(
        "--restart",
        action="store_true",
        help="score every file again instead of resuming (deletes the earlier results)",
    )
    batch.add_argument(
        "--html",
        type=_html_path,
        default=None,
        metavar="FILE",
        help="also write the HTML report of the results",
    )
    batch.set_defaults(run=_cmd_batch)

    report = add("report", "Write one self-contained HTML page for the results of a batch (JSONL rows).")
    report.add_argument(
        "results", help="the .jsonl rows written by resume-lens batch, or the saved output of triage --json"
    )
    report.add_argument("-o", "--output", required=True, type=_html_path, help="the HTML file to write")
    report.set_defaults(run=_cmd_report)

    audit = add(
        "audit",
        "Bias report of a batch by group: flag and selection rates, NYC LL144 impact ratios, ratios of flag "
        "rates and Fisher exact p-values, per group and per intersection of two attributes.",
    )
    audit.add_argument(
        "results", help="the .jsonl rows written by resume-lens batch, or the saved output of triage --json"
    )
    audit.add_argument("--groups", required=True, help="CSV: a 'file' column, then one column per attribute")
    audit.add_argument(
        "--json", metavar="FILE", type=_json_path, default=None, help="also write every number as JSON"
    )
    audit.set_defaults(run=_cmd_audit)

    train = add("train", "Train the claim and role models on a labelled corpus (deterministic).")
    train.add_argument(
        "--corpus", default="corpora/resumes", help="labelled corpus folder (default: %(default)s)"
    )
    train.add_argument("--labels", default=None, help="labels.csv (default: CORPUS/labels.csv)")
    train.add_argument("--out", default="models", help="output folder for the models (default: %(default)s)")
    train.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")
    train.set_defaults(run=_cmd_train)

    evaluate = add(
        "evaluate",
        "Score a labelled folder (accuracy, per-class P/R/F1, confusion matrices); cross-validate on it "
        "against a keyword-count and a TF-IDF baseline, with calibration and the goals (--cv); or "
        "measure the evidence tagger against gold lines (--spans).",
    )
    evaluate.add_argument("folder", nargs="?", help="folder of resumes")
    evaluate.add_argument(
        "--cv",
        metavar="FOLDER",
        default=None,
        help="cross-validate on this labelled folder, grouped by resume, with both baselines",
    )
    evaluate.add_argument(
        "--folds", type=_folds, default=5, help="with --cv: number of folds (default: %(default)s)"
    )
    evaluate.add_argument("--seed", type=int, default=0, help="with --cv: random seed (default: %(default)s)")
    evaluate.add_argument(
        "--group-by",
        choices=("resume", "writer"),
        default="resume",
        help="with --cv: folds by resume (default), or leave one writer (file-name prefix) out",
    )
    evaluate.add_argument("--json", metavar="FILE", default=None, help="with --cv: write every number here")
    evaluate.add_argument(
        "--spans", default=None, help="gold evidence lines (JSONL) to measure the tagger on"
    )
    evaluate.add_argument(
        "--split",
        choices=("heldout", "dev", "all"),
        default="heldout",
        help="with --spans (default: %(default)s)",
    )
    evaluate.add_argument("--labels", default=None, help="rubric §6 labels.csv (default: FOLDER/labels.csv)")
    evaluate.add_argument("--jobs", type=_jobs, default=1, help="worker processes (default 1)")
    evaluate.set_defaults(run=_cmd_evaluate)

    for p in (triage, batch, evaluate):
        p.add_argument(
            "--model-dir", default=None, help="a folder written by 'resume-lens train' (default: packaged)"
        )
    for p in (triage, batch, report):
        p.add_argument(
            "--redact",
            action="store_true",
            help="mask names, emails, phones, URLs, street addresses and dates of birth in every output",
        )
    for p in (triage, batch):
        p.add_argument(
            "--engine",
            choices=("pdfminer", "pdfium"),
            default="pdfminer",
            help="how PDFs are read: pdfminer (pdfminer.six, default) or pdfium (PDFium, much faster; "
            "pip install 'resume_lens[pdfium]'); pdfium falls back to pdfminer per file when its text "
            "may be wrong or hide something, with an 'engine_fallback' warning",
        )
        p.add_argument(
            "--audit-log",
            metavar="FILE",
            default=None,
            help="append one JSON Lines audit record per screened file (versions, hashes, score; no "
            "personal data)",
        )
    for p, what in (
        (triage, "the screening date: what 'present' means for date findings"),
        (batch, "the screening date: what 'present' means for date findings"),
        (report, "the date the report says it was screened as of; give the batch's --as-of"),
    ):
        p.add_argument(
            "--as-of", type=_as_of, default=None, metavar="YYYY-MM-DD", help=f"{what} (default: today)"
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see the module docstring).

    Run as the ``resume-lens`` command (``argv`` is ``None``), ``triage`` ends the process as soon as its
    output is flushed (:func:`_exit_now`): tearing down the imported spaCy, scikit-learn and SciPy modules
    takes the interpreter about 0.4 s, a seventh of a cold start, and a one-shot command needs none of it.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:  # started with the stream closed (`>&-`): write nowhere, not fail
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115  (for the process)
    args = build_parser().parse_args(argv)
    code = _run(args)
    if argv is None and args.command == "triage":
        _exit_now(code)
    return code


def _exit_now(code: int) -> None:
    """Flush stdout, stderr and logging, then end the process with ``code`` without interpreter teardown.

    Every file triage writes (the audit log) is closed before this; nothing else is left to clean up.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be written anyway
            pass
    logging.shutdown()
    os._exit(code)


def _run(args: argparse.Namespace) -> int:
    # pdfminer logs recoverable oddities (e.g. "Invalid MediaBox") that name no file; they are
    # noise on a recruiter's terminal. Real problems reach the user as typed errors or warnings.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        return int(args.run(args))
    except ResumeLensError as e:
        _stderr().print(_error_line(e))
        return (
            2
            if e.code
            in (
                "model_error",
                "labels_file_error",
                "gold_file_error",
                "report_input_error",
                "audit_input_error",
                "damaged_results",
                "audit_log_error",
            )
            else 1
        )
    except KeyboardInterrupt:
        _stderr().print("interrupted")
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which closed early: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
