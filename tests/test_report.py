"""The HTML report (issue 7): self-contained, all resume text escaped, counts and histogram right."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from resume_lens.errors import DamagedResultsError
from resume_lens.report import ReportInputError, build_report, read_rows, write_report
from resume_lens.results_reader import CutShortRowWarning

PAYLOAD_SCRIPT = '<script>window.__pwned=1;document.title="PWNED"</script>'
PAYLOAD_IMG = "<img src=x onerror=\"window.__pwned_img=1;document.title='PWNED'\">"
PAYLOAD_LINK = '<a href="javascript:window.__pwned_link=1">portfolio</a>'

HOSTILE_RESUME = f"""Mallory Example {PAYLOAD_SCRIPT}
Machine Learning Engineer {PAYLOAD_IMG}

EXPERIENCE
Machine Learning Engineer {PAYLOAD_LINK}, Evil Corp, Jan 2022 - Present
- Deployed the churn model {PAYLOAD_SCRIPT} to a SageMaker endpoint serving 2M requests per day.
- Built notebooks {PAYLOAD_IMG} and {PAYLOAD_LINK} dashboards in Jupyter.
- Monitored drift with Prometheus alerts <svg onload="window.__pwned_svg=1"></svg>.

SKILLS
Python, {PAYLOAD_SCRIPT}
"""

_ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1", "h2", "h3", "h4",
    "p", "span", "div", "strong", "figure", "figcaption", "svg", "rect", "text", "line", "label", "select",
    "option", "input", "table", "thead", "tbody", "tr", "th", "td", "button", "a", "details", "summary", "ul",
    "ol", "li", "mark", "br", "script",
}  # fmt: skip


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def _row(file, verdict, p, *, title="ML Engineer", findings=(), error=None, text=""):
    line = f"Deployed the model {text} to production."
    claims = []
    if verdict in ("supported", "inflated", "unclear"):
        claims = [
            {
                "title": title, "source": "position", "start_date": "2022-01", "end_date": "present",
                "verdict": verdict, "p_inflated": p, "reasons": [f"reason {text}", f"verdict: {verdict}"],
                "missing_categories": ["retraining"],
                "evidence": [
                    {"label": "PROD.SERVING", "category": "production", "text": "Deployed the model",
                     "start": 10, "end": 28, "polarity": "asserted", "line_start": 10,
                     "line_end": 10 + len(line), "line": line}
                ],
                "top_features": [],
                "questions": [
                    {"id": "x", "kind": "evidence", "text": f"About '{text}'?", "start": 1, "end": 2}
                ],
            }
        ]  # fmt: skip
    return {
        "schema_version": "1.0", "file": file, "verdict": None if error else verdict, "p_inflated": p,
        "evidence_role": None if error else "ml_engineer",
        "evidence_role_probability": None if error else 0.7,
        "claims": claims, "warnings": [f"warning {text}"] if text else [], "findings": list(findings),
        "error": error,
    }  # fmt: skip


def _finding(code, message):
    return {"code": code, "severity": "high", "label": "Title not supported by the evidence described",
            "message": message, "section": "header", "start": 0, "end": 5, "text": message[:20],
            "claim_index": 0, "detail": {}}  # fmt: skip


ROWS = [
    _row("a.txt", "supported", 0.05),
    _row("b.txt", "supported", 0.15),
    _row("c.pdf", "unclear", 0.19),
    _row(
        f"evil{PAYLOAD_SCRIPT}.txt",
        "inflated",
        0.95,
        title=f"ML Engineer {PAYLOAD_IMG}",
        findings=[_finding("title_not_supported", f"'{PAYLOAD_LINK}' title not supported")],
        text=PAYLOAD_SCRIPT + PAYLOAD_LINK,
    ),
    _row("d.docx", "no_claim", None),
    _row("e.pdf", None, None, error={"code": "encrypted", "message": f"e.pdf is locked {PAYLOAD_IMG}"}),
]


def _assert_inert(html: str) -> _Tags:
    """Nothing from the resume became markup: only our tags, no event handlers, links only to the page."""
    tags = _parse(html)
    names = {tag for tag, _ in tags.tags}
    assert names <= _ALLOWED_TAGS, names - _ALLOWED_TAGS
    for tag, attrs in tags.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "src" not in attrs and "style" not in attrs, (tag, attrs)
        if "href" in attrs:
            assert re.fullmatch(r"#resume-\d+", attrs["href"] or ""), attrs
    assert len(tags.scripts) == 1
    assert tags.scripts[0] == (resources.files("resume_lens") / "templates" / "report.js").read_text("utf-8")
    assert 'href="javascript' not in html.lower()
    return tags


def test_hostile_text_is_escaped_everywhere():
    html = build_report(ROWS, as_of="2026-11-29")
    _assert_inert(html)
    assert "&lt;script&gt;window.__pwned=1;document.title=&#34;PWNED&#34;&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned_img=1;document.title=&#39;PWNED&#39;&#34;&gt;" in html
    assert "&lt;a href=&#34;javascript:window.__pwned_link=1&#34;&gt;portfolio&lt;/a&gt;" in html
    # the file name, the claim title, the evidence line, a reason, a finding, a question, a warning, an error
    text = re.sub(r"<[^>]+>", "", html)
    assert text.count("&lt;script&gt;window.__pwned=1") >= 6
    assert "e.pdf is locked &lt;img" in text


def test_page_needs_no_network_and_pins_its_own_script():
    html = build_report(ROWS, as_of="2026-11-29")
    tags = _parse(html)
    csp = next(
        a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    digest = base64.b64encode(hashlib.sha256(tags.scripts[0].encode("utf-8")).digest()).decode()
    assert csp.startswith("default-src 'none'; ")
    assert f"script-src 'sha256-{digest}'" in csp
    assert not re.search(r"<link|@import|url\(|https?://(?!www\.w3\.org/2000/svg)", html)


def test_counts_histogram_table_and_details():
    html = build_report(ROWS, as_of="2026-11-29", source="results.jsonl")
    tags = _parse(html)
    cards = [a["data-verdict"] for t, a in tags.tags if t == "div" and "data-verdict" in a]
    assert cards == ["supported", "inflated", "unclear", "no_claim", "error"]
    counts = re.findall(r'<div class="card (\w+)" data-verdict="\w+"><div class="n">(\d+)</div>', html)
    assert counts == [
        ("supported", "2"),
        ("inflated", "1"),
        ("unclear", "1"),
        ("no_claim", "1"),
        ("error", "1"),
    ]
    bars = re.findall(r"<title>(\d\.\d–\d\.\d): (\d+)</title>", html)
    assert len(bars) == 10
    assert [int(n) for _, n in bars] == [1, 2, 0, 0, 0, 0, 0, 0, 0, 1]  # 0.05 | 0.15, 0.19 | ... | 0.95
    rows = [a for t, a in tags.tags if t == "tr" and "data-verdict" in a]
    assert [r["data-verdict"] for r in rows] == [
        "supported",
        "supported",
        "unclear",
        "inflated",
        "no_claim",
        "error",
    ]
    assert [r["data-p"] for r in rows] == ["0.050000", "0.150000", "0.190000", "0.950000", "-1", "-1"]
    details = [a["id"] for t, a in tags.tags if t == "details"]
    assert details == [f"resume-{i}" for i in range(6)]
    assert html.count("Triage signal for human review, not a hiring decision.") == 7  # header and each detail
    assert '6 resume(s) from <span class="quote">results.jsonl</span>, screened as of 2026-11-29' in html
    assert '<mark class="ev-production" title="PROD.SERVING">Deployed the model</mark>' in html
    assert "<li>About &#39;&lt;script&gt;" in html  # the question, escaped
    assert build_report(ROWS, as_of="2026-11-29", source="results.jsonl") == html  # reproducible


def test_read_rows_skips_a_cut_last_line_and_names_bad_lines(tmp_path):
    path = tmp_path / "results.jsonl"
    good = json.dumps(ROWS[0])
    path.write_text(good + "\n\n" + good + "\n" + good[:40], encoding="utf-8")
    with pytest.warns(CutShortRowWarning, match="results.jsonl, line 4: skipped an unfinished last row"):
        assert len(read_rows(path, all_rows=True)) == 2  # the same file twice: all_rows keeps both
    path.write_text(good + "\nnot json\n" + good + "\n", encoding="utf-8")
    with pytest.raises(DamagedResultsError, match=r"results.jsonl, line 2 is not a result row \(not JSON\)"):
        read_rows(path)
    path.write_text('{"a": 1}\n', encoding="utf-8")
    with pytest.raises(DamagedResultsError, match="line 1 is not a result row"):
        read_rows(path)
    with pytest.raises(ReportInputError, match="does not exist"):
        read_rows(tmp_path / "missing.jsonl")
    csv = tmp_path / "results.csv"
    csv.write_text("file,verdict\na.txt,supported\n", encoding="utf-8")
    with pytest.raises(ReportInputError, match="results.csv.jsonl"):
        read_rows(csv)
    with pytest.raises(ReportInputError, match="is a folder"):
        read_rows(tmp_path)


def test_a_screened_hostile_resume_stays_text():
    from resume_lens import Screener

    assessment = Screener(as_of="2026-11-29").assess_text(HOSTILE_RESUME, file=f"cv{PAYLOAD_IMG}.txt")
    row = assessment.to_dict()
    assert any(
        PAYLOAD_SCRIPT in e["line"] for c in row["claims"] for e in c["evidence"]
    )  # it reached the row
    html = build_report([row], as_of="2026-11-29")
    _assert_inert(html)
    assert PAYLOAD_SCRIPT not in html and PAYLOAD_IMG not in html and "<svg onload" not in html


def _cli() -> list[str]:
    exe = shutil.which("resume-lens")
    return [exe] if exe else [sys.executable, "-m", "resume_lens.cli"]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "NO_COLOR": "1", "HOME": str(cwd)}
    return subprocess.run([*_cli(), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


def test_report_command(tmp_path):
    rows = tmp_path / "results.jsonl"
    rows.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    result = _run("report", "results.jsonl", "-o", "report.html", "--as-of", "2026-11-29", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "6 resume(s) → report.html"
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html == build_report(ROWS, as_of="2026-11-29", source="results.jsonl")
    missing = _run("report", "nothing.jsonl", "-o", "report.html", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [
        "error: nothing.jsonl does not exist; run resume-lens batch FOLDER -o nothing.jsonl first"
    ]
    no_folder = _run("report", "results.jsonl", "-o", "nowhere/report.html", cwd=tmp_path)
    assert no_folder.returncode == 2 and "does not exist" in no_folder.stderr


def test_batch_html_writes_the_report_of_its_rows(tmp_path, examples_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(examples_dir / "notebook_only_mle.txt", folder / "nb.txt")
    (folder / "hostile.txt").write_text(HOSTILE_RESUME, encoding="utf-8")
    result = _run(
        "batch", "in", "-o", "results.csv", "--html", "report.html", "--as-of", "2026-11-29", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    _assert_inert(html)
    assert html.count('<tr data-index="') == 2
    assert "title not supported by the evidence described" in html
    rows = read_rows(tmp_path / "results.csv.jsonl")
    assert html == build_report(rows, as_of="2026-11-29", source="results.csv.jsonl")


def test_write_report_to_a_path(tmp_path):
    out = write_report(ROWS, tmp_path / "r.html", as_of="2026-11-29")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_file_name_that_is_not_utf8_is_written_escaped(tmp_path):
    # a name with the byte 0xFF reaches Python as the lone surrogate U+DCFF (os.fsdecode); the report
    # used to stop with a UnicodeEncodeError and leave an empty file (fresh-clone tester, session 16)
    rows = [_row("resumes/bad\udcffname.txt", "unclear", 0.4)]
    out = write_report(rows, tmp_path / "r.html", as_of="2026-11-29")
    html = out.read_text(encoding="utf-8")
    assert "bad\\udcffname.txt" in html
