"""The triage screen (issue 7): plain and stable when piped, highlighted on a terminal, NO_COLOR honoured."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from resume_lens.render import REVIEW_NOTE, evidence_lines, render_row

LINE = "Served the churn model on Kubernetes,\n  p99 latency 40 ms."
_L = {"line_start": 100, "line_end": 100 + len(LINE), "line": LINE}

ROW = {
    "schema_version": "1.0",
    "file": "cv.txt",
    "verdict": "supported",
    "p_inflated": 0.1234,
    "evidence_role": "ml_engineer",
    "evidence_role_probability": 0.8,
    "warnings": ["the skills list names 6 production tools never used in any bullet"],
    "findings": [
        {
            "code": "dates_overlap", "severity": "low", "label": "Overlapping positions",
            "message": "'A' (2020-01 – 2021-06) and 'B' (2021-03 – present) overlap by 4 months.",
            "section": "experience", "start": 10, "end": 20, "text": "x", "claim_index": None, "detail": {},
        }
    ],
    "claims": [
        {
            "title": "ML Engineer", "source": "position", "start_date": "2021-03", "end_date": "present",
            "verdict": "supported", "p_inflated": 0.1234,
            "reasons": ["2 production signal(s) in this position: latency, serving", "verdict: supported"],
            "missing_categories": ["retraining"],
            "evidence": [
                {"label": "NB.NOTEBOOK", "category": "notebook", "text": "notebooks", "start": 14, "end": 23,
                 "polarity": "asserted", "line_start": 0, "line_end": 24, "line": "Prototyped in notebooks."},
                {"label": "PROD.SERVING", "category": "production", "text": "Served the churn model",
                 "start": 100, "end": 122, "polarity": "asserted", **_L},
                {"label": "TOOL.INFRA", "category": "tool", "text": "Kubernetes", "start": 126, "end": 136,
                 "polarity": "asserted", **_L},
                {"label": "MEAS.LATENCY", "category": "production", "text": "p99 latency 40 ms", "start": 140,
                 "end": 157, "polarity": "asserted", **_L},
                {"label": "PROD.SERVING", "category": "production", "text": "deployed", "start": 210,
                 "end": 218, "polarity": "demo", "line_start": 200, "line_end": 229,
                 "line": "Demo app, deployed on Heroku."},
            ],
            "top_features": [
                {"feature": "claim:prod_action", "contribution": -1.2,
                 "evidence": [{"start": 140, "end": 157, "label": "MEAS.LATENCY", "text": "p99 latency"}]}
            ],
            "questions": [
                {"id": "retraining", "kind": "gap", "text": "How and when were your models retrained?",
                 "start": None, "end": None}
            ],
        }
    ],
}  # fmt: skip

EXPECTED = "\n".join(
    [
        "cv.txt",
        "SUPPORTED  p_inflated=0.12  evidence fits: ml_engineer (0.80)",
        "Triage signal for human review, not a hiring decision.",
        "",
        "claim        source    dates              verdict    p_inflated",
        "ML Engineer  position  2021-03 – present  supported        0.12",
        "",
        "Findings",
        "  [low] dates_overlap (experience)",
        "    'A' (2020-01 – 2021-06) and 'B' (2021-03 – present) overlap by 4 months.",
        "",
        "Claim 1: ML Engineer (position 2021-03 – present) → supported, p_inflated=0.12",
        "  - 2 production signal(s) in this position: latency, serving",
        "  - verdict: supported",
        "  evidence (* deciding line, > other line):",
        "  * Served the churn model on Kubernetes, p99 latency 40 ms."
        "  (production: MEAS.LATENCY, PROD.SERVING; tool: TOOL.INFRA)",
        "  > Prototyped in notebooks.  (notebook: NB.NOTEBOOK)",
        "  > Demo app, deployed on Heroku.  (production: PROD.SERVING[demo])",
        "  production categories missing: retraining",
        "  interview questions:",
        "    1. How and when were your models retrained?",
        "",
        "warning: the skills list names 6 production tools never used in any bullet",
        "",
    ]
)

_COLOUR = re.compile(r"\x1b\[([0-9;]*)m")


def _render(row: dict, **console_args) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=160, highlight=False, soft_wrap=True, markup=False, **console_args)
    render_row(row, console)
    return buf.getvalue()


def _colour_codes(text: str) -> set[str]:
    """SGR parameters that set a foreground or background colour (30-37, 38, 40-47, 48, 90-97, 100-107)."""
    codes = set()
    for params in _COLOUR.findall(text):
        for p in params.split(";"):
            if p and (30 <= int(p) <= 48 or 90 <= int(p) <= 107):
                codes.add(p)
    return codes


def test_piped_screen_is_plain_and_exact():
    assert _render(ROW, force_terminal=False) == EXPECTED


def test_terminal_highlights_matched_words_by_category(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = _render(ROW, force_terminal=True, color_system="standard")
    assert "\x1b[1;32mServed the churn model\x1b[0m on \x1b[4mKubernetes\x1b[0m" in out  # production, tool
    assert "Prototyped in \x1b[1;33mnotebooks\x1b[0m." in out  # notebook
    assert "\x1b[1;2;32mdeployed\x1b[0m" in out  # a demo mention is dimmed: not counted as done work
    assert _colour_codes(out)


def test_no_color_drops_colour_on_a_terminal(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = _render(ROW, force_terminal=True, color_system="standard")
    assert not _colour_codes(out)
    assert _COLOUR.sub("", out) == EXPECTED


def test_deciding_lines_come_first_and_whitespace_is_squashed():
    lines = evidence_lines(ROW["claims"][0])
    assert [line.text for line in lines] == [
        "Served the churn model on Kubernetes, p99 latency 40 ms.",
        "Prototyped in notebooks.",
        "Demo app, deployed on Heroku.",
    ]
    assert [line.deciding for line in lines] == [True, False, False]
    first = lines[0]
    assert [(s.text, s.category) for s in first.segments] == [
        ("Served the churn model", "production"),
        (" on ", None),
        ("Kubernetes", "tool"),
        (", ", None),
        ("p99 latency 40 ms", "production"),
        (".", None),
    ]


def test_error_and_no_claim_rows():
    error = {"file": "x.pdf", "error": {"code": "encrypted", "message": "x.pdf is password-protected."}}
    assert _render(error, force_terminal=False) == "x.pdf\nERROR  encrypted: x.pdf is password-protected.\n"
    no_claim = {"file": "d.txt", "verdict": "no_claim", "p_inflated": None, "evidence_role": "data_scientist",
                "evidence_role_probability": 0.5, "claims": [], "findings": [], "warnings": []}  # fmt: skip
    assert _render(no_claim, force_terminal=False) == (
        "d.txt\nNO_CLAIM  p_inflated=n/a  evidence fits: data_scientist (0.50)\n"
        f"{REVIEW_NOTE}\nNo ML-engineer-family title or headline claim was found (rubric §1).\n"
    )


def _cli() -> list[str]:
    exe = shutil.which("resume-lens")
    return [exe] if exe else [sys.executable, "-m", "resume_lens.cli"]


@pytest.mark.parametrize("name", ["notebook_only_mle.txt"])
def test_triage_cli_piped_shows_findings_and_questions_stably(tmp_path: Path, examples_dir: Path, name: str):
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "HOME": str(tmp_path)}
    args = [*_cli(), "triage", str(examples_dir / name), "--as-of", "2026-11-29"]
    first = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    second = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout  # stable
    assert "\x1b[" not in first.stdout  # piped: plain
    out = first.stdout
    assert out.splitlines()[1].startswith("INFLATED  p_inflated=")
    assert REVIEW_NOTE in out
    assert "[high] title_not_supported (header)" in out
    assert "title not supported by the evidence described" in out
    assert "  * Performed exploratory data analysis on 3 years of online orders in Jupyter notebooks." in out
    assert "production categories missing: deployment and serving" in out
    # the first question quotes the offline metric the tagger found (its exact words follow the patterns)
    assert re.search(r"\n    1\. You report '[^']*accuracy[^']*': did that model go beyond the test set", out)
    assert not re.search(r"\b(fraud|fake|reject)", out, re.IGNORECASE)
    bad = subprocess.run([*args[:-1], "29/11/2026"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
