"""Wording (issue 8 item 7): outputs say "title not supported by the evidence described", never "fraud",
"fake" or "reject", and every result is marked as a triage signal for human review.

Every user-facing string is searched: the data files the findings and questions are written from, the
HTML report's templates, the help of every CLI command and option, and the string literals (not the
docstrings) of the modules that write output.
"""

from __future__ import annotations

import ast
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from rich.console import Console

from resume_lens import Screener
from resume_lens.cli import build_parser
from resume_lens.render import REVIEW_NOTE, render_row
from resume_lens.report import build_report

PACKAGE = Path(str(resources.files("resume_lens")))
FORBIDDEN = re.compile(
    r"\b(fraud\w*|fake\w*|fabricat\w*|liar|lie[sd]?|dishonest\w*|reject\w*)\b", re.IGNORECASE
)
#: Where a forbidden word may stand: saying what the tool never does.
ALLOWED = re.compile(r"\b(never|not|no)\b[^.;]{0,40}\breject\w*|\bautomatic rejection", re.IGNORECASE)
OUTPUT_MODULES = (
    "render.py",
    "report.py",
    "findings.py",
    "questions.py",
    "assess.py",
    "cli.py",
    "output.py",
    "batch.py",
    "stuffing.py",
    "audit.py",
    "redact.py",
    "audit_log.py",
)
#: Words of the tagger's own vocabulary that name ML work (a fraud-detection model, a fake-news
#: classifier) may appear in question templates only as the candidate's subject matter.
SUBJECT_MATTER = re.compile(r"fraud[- ]detection|fraud model|fake[- ]news", re.IGNORECASE)


def _violations(where: str, text: str) -> list[str]:
    text = SUBJECT_MATTER.sub(" ", ALLOWED.sub(" ", text))
    return [f"{where}: {m.group()!r}" for m in FORBIDDEN.finditer(text)]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != "_doc" for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _literals(path: Path) -> list[str]:
    """String constants of a module, without its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]


def test_the_checker_catches_and_allows() -> None:
    assert _violations("x", "This resume looks fraudulent; reject it.") == ["x: 'fraudulent'", "x: 'reject'"]
    assert _violations("x", "The tool triages; it never rejects. Out of scope: automatic rejection.") == []
    assert _violations("x", "Built a fraud-detection model") == []


@pytest.mark.parametrize("name", sorted(p.name for p in (PACKAGE / "data").glob("*.json")))
def test_data_files(name: str) -> None:
    data = json.loads((PACKAGE / "data" / name).read_text(encoding="utf-8"))
    assert [v for s in _strings(data) for v in _violations(name, s)] == []


@pytest.mark.parametrize("name", sorted(p.name for p in (PACKAGE / "templates").iterdir()))
def test_templates(name: str) -> None:
    assert _violations(name, (PACKAGE / "templates" / name).read_text(encoding="utf-8")) == []


def test_cli_help() -> None:
    parser = build_parser()
    texts = [parser.description or "", parser.epilog or ""]
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for sub in subparsers.choices.values():
        texts += [sub.description or "", sub.epilog or "", sub.format_help()]
        texts += [a.help or "" for a in sub._actions]
    assert [v for t in texts for v in _violations("cli help", t)] == []


@pytest.mark.parametrize("name", OUTPUT_MODULES)
def test_output_module_strings(name: str) -> None:
    assert [v for s in _literals(PACKAGE / name) for v in _violations(name, s)] == []


def test_inflated_is_worded_as_not_supported() -> None:
    findings = json.loads((PACKAGE / "data" / "findings.json").read_text(encoding="utf-8"))["findings"]
    entry = findings["title_not_supported"]
    assert entry["label"] == "Title not supported by the evidence described"
    assert "title not supported by the evidence described" in entry["message"]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    screener = Screener(as_of="2026-06-01")
    texts = {
        "inflated": (
            "Ana Li\nMachine Learning Engineer\n\nEXPERIENCE\n"
            "Machine Learning Engineer — Acme — 2022 – Present\n"
            "- Performed exploratory data analysis in Jupyter notebooks.\n"
            "- Built a churn classifier with 89% accuracy on the test set.\n"
            "- Created Tableau dashboards for the marketing team.\n"
        ),
        "no_claim": "Ana Li\nData Analyst\n\nEXPERIENCE\nData Analyst — Acme — 2022 – Present\n- Reports.\n",
    }
    out = [screener.assess_text(text, file=f"{name}.txt").to_dict() for name, text in texts.items()]
    assert [r["verdict"] for r in out] == ["inflated", "no_claim"]
    return out


def test_every_screen_is_marked_for_human_review(rows) -> None:
    for row in rows:
        console = Console(record=True, width=160, color_system=None)
        render_row(row, console)
        screen = console.export_text()
        assert REVIEW_NOTE in screen
        assert _violations("screen", screen) == []
    inflated = Console(record=True, width=400, color_system=None)
    render_row(rows[0], inflated)
    assert "title not supported by the evidence described" in inflated.export_text()


def test_every_report_entry_is_marked_for_human_review(rows) -> None:
    page = build_report(rows, as_of="2026-06-01")
    assert page.count(REVIEW_NOTE) >= len(rows)
    assert _violations("report", re.sub(r"<script.*?</script>", " ", page, flags=re.S)) == []
