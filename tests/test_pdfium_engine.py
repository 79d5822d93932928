"""The optional PDFium engine (issue 6 item 5): ``engine="pdfium"`` / ``--engine pdfium``.

PDFium's text is used only when it can be trusted; otherwise the file falls back to pdfminer.six with an
``engine_fallback`` warning (:mod:`resume_lens.extract.pdfium`). Tests that need pypdfium2 skip without it;
``.ci/run`` installs the ``pdfium`` extra so they run in CI.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import hostile_files
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from resume_lens.errors import ExtractionError
from resume_lens.extract import ExtractionLimits, extract_bytes, extract_file
from resume_lens.extract.pdfium import _Line, interleaving, pdfium_available


def _load_hidden_fixtures() -> ModuleType:
    """``tests/hidden_fixtures.py`` by path, under the name tests/test_hidden_text.py registers it with."""
    name = "resume_lens_hidden_fixtures"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("hidden_fixtures.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


hidden_fixtures = _load_hidden_fixtures()

needs_pdfium = pytest.mark.skipif(
    not pdfium_available(), reason="pypdfium2 is not installed (pip install -e '.[test,pdfium]')"
)

#: The main column of the test resumes (10 pt Helvetica, 16 pt leading, from x = 60).
MAIN = [
    "Jordan Lee",
    "Machine Learning Engineer",
    "EXPERIENCE",
    "- Deployed the ranking model to production on",
    "Kubernetes with a canary release and rollback.",
    "- Built feature pipelines in Airflow that retrain",
    "the churn model every week from fresh data.",
    "- Monitored drift and latency with Prometheus",
    "and paged the on-call engineer on alerts.",
]
#: The second column (from x = 330), one line beside each main line.
SIDE = [
    "SKILLS",
    "Python and SQL every day",
    "Docker images for services",
    "Terraform for the clusters",
    "LANGUAGES",
    "English and German fluent",
    "Spanish at a basic level",
    "INTERESTS",
    "Running and chess clubs",
]


def _resume_pdf(path: Path, *, side: bool = False, interleaved: bool = False) -> Path:
    """One page: :data:`MAIN`; with ``side`` also :data:`SIDE` beside it, drawn column after column or, with
    ``interleaved``, row by row (main line, side line, next main line, ...) as pdf-notes §3 file r8."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    if interleaved:
        for i, (main, other) in enumerate(zip(MAIN, SIDE, strict=True)):
            c.drawString(60, 760 - 16 * i, main)
            c.drawString(330, 760 - 16 * i, other)
    else:
        for i, main in enumerate(MAIN):
            c.drawString(60, 760 - 16 * i, main)
        for i, other in enumerate(SIDE if side else []):
            c.drawString(330, 760 - 16 * i, other)
    c.showPage()
    c.save()
    return path


def _fallbacks(document) -> list[str]:
    return [w for w in document.warnings if w.startswith("engine_fallback:")]


# --------------------------------------------------------------------------------------- the text


@needs_pdfium
def test_one_column_pdf_is_read_by_pdfium_line_by_line(tmp_path):
    pdf = _resume_pdf(tmp_path / "one.pdf")
    document = extract_file(pdf, engine="pdfium")
    assert document.warnings == ()
    assert [line for line in document.text.splitlines() if line.strip()] == MAIN
    assert (document.source_format, document.pages) == ("pdf", 1)
    assert document.sha256 == extract_file(pdf).sha256


@needs_pdfium
def test_columns_drawn_one_after_the_other_stay_on_pdfium(tmp_path):
    document = extract_file(_resume_pdf(tmp_path / "cols.pdf", side=True), engine="pdfium")
    assert document.warnings == ()
    assert [line for line in document.text.splitlines() if line.strip()] == MAIN + SIDE


@needs_pdfium
def test_row_interleaved_two_columns_fall_back_to_pdfminer(tmp_path):
    pdf = _resume_pdf(tmp_path / "inter.pdf", side=True, interleaved=True)
    document = extract_file(pdf, engine="pdfium")
    assert _fallbacks(document) == [
        "engine_fallback: inter.pdf was read with pdfminer.six, not PDFium, because PDFium's text looks "
        "interleaved (two columns mixed line by line): 9 lines in a row join two columns on page 1 "
        "(interleaved)."
    ]
    default = extract_file(pdf)
    assert document.text == default.text  # exactly what the default engine reads
    assert document.warnings[1:] == default.warnings
    assert "- Deployed the ranking model to production on" in document.text.splitlines()


def _line(*parts: tuple[float, float], baseline: float, height: float = 10.0) -> _Line:
    return _Line(tuple(p[0] for p in parts), tuple(p[1] for p in parts), baseline, height)


def test_interleaving_rules_on_measured_lines():
    # a second column starting at x = 330 on three rows in a row, after a 69-100 pt gutter
    joined = [_line((60, 261), (330, 386), baseline=750 - 16 * i) for i in range(3)]
    assert interleaving(joined) == "3 lines in a row join two columns"
    assert interleaving(joined[:2]) is None
    # right-aligned dates: the runs end at the same x but start where their length puts them
    dates = [_line((60, 200), (470 + 10 * i, 540), baseline=750 - 16 * i) for i in range(4)]
    assert interleaving(dates) is None
    # one run per line, alternating between two rows' worth of height: back up the page 4 times in 8 breaks
    zigzag = [
        _line((60 + 270 * (i % 2), 250 + 270 * (i % 2)), baseline=750 - 16 * (i // 2)) for i in range(9)
    ]
    assert interleaving(zigzag) == "the text goes back up the page 4 times in 8 line breaks"
    assert interleaving(zigzag[:7]) is None  # 3 back-jumps: under MIN_BACK_JUMPS


# --------------------------------------------------------------------------------------- bad files


_BAD_KINDS = sorted(name for name in hostile_files.BROKEN_KINDS if name != "slow.pdf")


@needs_pdfium
@pytest.mark.parametrize("name", _BAD_KINDS)
def test_each_bad_file_gives_the_same_error_under_both_engines(name):
    make, code = hostile_files.BROKEN_KINDS[name]
    data = make()
    errors = []
    for engine in ("pdfminer", "pdfium"):
        with pytest.raises(ExtractionError) as info:
            extract_bytes(data, file=name, engine=engine)
        errors.append(info.value)
    assert [type(e) for e in errors] == [type(errors[0])] * 2
    assert [e.code for e in errors] == [code, code]


@needs_pdfium
def test_a_stalling_pdf_times_out_under_both_engines():
    data = hostile_files.slow_content_pdf()
    for engine in ("pdfminer", "pdfium"):
        with pytest.raises(ExtractionError) as info:
            extract_bytes(data, file="slow.pdf", limits=ExtractionLimits(max_seconds=1.0), engine=engine)
        assert info.value.code == "timeout"


@needs_pdfium
def test_page_limit_is_checked_by_pdfium_before_reading():
    with pytest.raises(ExtractionError) as info:
        extract_bytes(
            hostile_files.resume_pdf(pages=3), limits=ExtractionLimits(max_pages=2), engine="pdfium"
        )
    assert info.value.code == "too_large"
    assert str(info.value) == (
        "the document has more than 2 pages, too many for a resume; check it is the right file."
    )


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine must be one of pdfminer, pdfium, not 'fitz'"):
        extract_bytes(b"Machine Learning Engineer", engine="fitz")


# --------------------------------------------------------------------------------------- hidden text

_PDF_CASES = list(hidden_fixtures.PDF_CASES)
#: Visible-text negatives that still fall back: PDFium's scan cannot tell a translucent highlight over the
#: text or an OCR layer over a scan (render mode 3) from hiding, so pdfminer.six's detector decides.
_NEGATIVES_THAT_FALL_BACK = {"pdf_translucent_highlight", "pdf_ocr_layer"}


@needs_pdfium
@pytest.mark.parametrize("case", _PDF_CASES, ids=lambda case: case.name)
def test_hidden_words_never_reach_the_text_under_pdfium(case, tmp_path):
    path = hidden_fixtures.write_case(case, tmp_path)
    document = extract_file(path, engine="pdfium")
    words = [w for w in hidden_fixtures.SPECIAL_WORDS if w in document.text]
    if case.hidden:
        assert words == []
        fallback = _fallbacks(document)
        assert len(fallback) == 1 and fallback[0].endswith("(hidden_text).")
        default = extract_file(path)
        assert (document.text, document.hidden_spans) == (default.text, default.hidden_spans)
        assert document.hidden_spans  # reported, as the default engine reports it
    else:
        assert words == list(hidden_fixtures.SPECIAL_WORDS)
        assert bool(_fallbacks(document)) == (case.name in _NEGATIVES_THAT_FALL_BACK)


# --------------------------------------------------------------------------------------- not installed


def test_without_pypdfium2_every_pdf_falls_back_with_a_warning(tmp_path, monkeypatch):
    """pypdfium2 not importable (simulated): the file is read by pdfminer.six and says why."""
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # `import pypdfium2` now raises ImportError
    pdf = _resume_pdf(tmp_path / "one.pdf")
    document = extract_file(pdf, engine="pdfium")
    assert document.warnings == (
        "engine_fallback: one.pdf was read with pdfminer.six, not PDFium, because pypdfium2 is not installed "
        "(pip install 'resume_lens[pdfium]') (not_installed).",
    )
    assert document.text == extract_file(pdf).text
    assert not pdfium_available()


# --------------------------------------------------------------------------------------- CLI and batch


def _cli() -> list[str]:
    exe = shutil.which("resume-lens")
    return [exe] if exe else [sys.executable, "-m", "resume_lens.cli"]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "NO_COLOR": "1", "HOME": str(cwd)}
    return subprocess.run([*_cli(), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


@needs_pdfium
def test_cli_triage_and_batch_with_engine_pdfium(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    one = _resume_pdf(folder / "one.pdf")
    _resume_pdf(folder / "inter.pdf", side=True, interleaved=True)
    white = hidden_fixtures.write_case(next(c for c in _PDF_CASES if c.name == "pdf_white"), folder)

    fast = _run("triage", str(one), "--engine", "pdfium", "--json", "--as-of", "2026-01-31", cwd=tmp_path)
    default = _run("triage", str(one), "--json", "--as-of", "2026-01-31", cwd=tmp_path)
    assert fast.returncode == default.returncode == 0, fast.stderr
    fast_row, default_row = json.loads(fast.stdout), json.loads(default.stdout)
    assert fast_row["warnings"] == []
    # the same verdict; p_inflated may differ a little (pdfminer.six adds blank lines between these lines)
    assert fast_row["verdict"] == default_row["verdict"] == "supported"

    out = tmp_path / "rows.jsonl"
    done = _run("batch", str(folder), "-o", str(out), "--engine", "pdfium", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = {Path(r["file"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(rows) == ["inter.pdf", "one.pdf", white.name]
    assert {r["engine"] for r in rows.values()} == {"pdfium"}
    assert [w.rsplit("(", 1)[1] for w in rows["inter.pdf"]["warnings"] if "engine_fallback" in w] == [
        "interleaved)."
    ]
    assert [w.rsplit("(", 1)[1] for w in rows[white.name]["warnings"] if "engine_fallback" in w] == [
        "hidden_text)."
    ]
    evidence = json.dumps([c["evidence"] for r in rows.values() for c in r["claims"]])
    assert not [w for w in hidden_fixtures.SPECIAL_WORDS if w in evidence]


@needs_pdfium
def test_resumed_batch_never_mixes_rows_of_two_engines(tmp_path):
    from resume_lens.batch import WorkerSettings, run_batch

    folder = tmp_path / "in"
    folder.mkdir()
    _resume_pdf(folder / "one.pdf")
    _resume_pdf(folder / "cols.pdf", side=True)
    out = tmp_path / "rows.jsonl"

    def run(engine: str):  # in this process: the model loads once for the whole test
        settings = WorkerSettings(timeout=None, max_memory_mb=None, engine=engine)
        summary = run_batch(folder, out, settings=settings, jobs=1)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        return (summary.resumed, summary.scored), sorted(
            (Path(r["file"]).name, r.get("engine")) for r in rows
        )

    assert run("pdfium") == ((0, 2), [("cols.pdf", "pdfium"), ("one.pdf", "pdfium")])
    assert run("pdfium") == ((2, 0), [("cols.pdf", "pdfium"), ("one.pdf", "pdfium")])
    # another engine: every file is scored again and the pdfium rows are replaced, not kept beside
    assert run("pdfminer") == ((0, 2), [("cols.pdf", "pdfminer"), ("one.pdf", "pdfminer")])
    # rows written before the engine was recorded count as pdfminer rows (and are kept as they are)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    out.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "engine"}) + "\n" for r in rows))
    assert run("pdfminer") == ((2, 0), [("cols.pdf", None), ("one.pdf", None)])
    assert run("pdfium")[0] == (0, 2)
