"""Unit tests for resume_lens.extract.normalize: normalize_text and the garbled-text gate (exact values)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from resume_lens.errors import ExtractionError, GarbledTextError
from resume_lens.extract import extract_bytes
from resume_lens.extract.normalize import (
    GARBLED_ERROR_SHARE,
    GARBLED_WARNING_SHARE,
    GarbledCounts,
    count_garbled,
    normalize_text,
)
from resume_lens.extract.pdf import _apply_quality_gates


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Ligatures (pdf-notes §1 row 2): NFKC expands them.
        ("MLﬂow and Airﬂow, Staﬀ engineer, ﬁne-tuning", "MLflow and Airflow, Staff engineer, fine-tuning"),
        # Soft hyphen and PDFium's \x02 marker join the word (§1 row 6).
        ("pro\u00adduction and pro\x02duction", "production and production"),
        # A soft hyphen after a space is a misencoded dash (awesome-cv date ranges).
        ("Mar. 2010 \u00ad Aug. 2017", "Mar. 2010 - Aug. 2017"),
        # Letter-spaced headings (§1 row 4), with a word gap and a trailing colon.
        ("E X P E R I E N C E", "EXPERIENCE"),
        ("W O R K  H I S T O R Y", "WORK HISTORY"),
        ("S K I L L S:", "SKILLS:"),
        # Too short, or single letters between wide gaps: left alone.
        ("A B C", "A B C"),
        ("Grades A  B  C  D", "Grades A  B  C  D"),
        # Bullets: (cid:127) from reportlab/WinAnsi, U+F0B7 (Wingdings), other PUA icons, ▪ ● ■ ◦.
        ("(cid:127) Deployed models", "• Deployed models"),
        ("(cid:127)Deployed models", "• Deployed models"),
        ("\uf0b7\tShipped a feature store", "• Shipped a feature store"),
        ("\ue001 Phone", "• Phone"),
        ("▪ one\n● two\n■ three\n◦ four\n•    five", "• one\n• two\n• three\n• four\n• five"),
        # Line endings, trailing spaces, blank-line runs.
        ("Summary  \r\nLine two\rLine three\t\r\n", "Summary\nLine two\nLine three"),
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),
        ("a\n\n\nb", "a\n\n\nb"),
        # Form feed (pdfminer page separator) becomes a line break; blank edges are trimmed.
        ("\n\npage one\fpage two\f", "page one\npage two"),
        # Other control characters and zero-width characters disappear; tabs stay.
        ("Py\x00th\x1bon\u200b\tSQL\x85next", "Python\tSQL\nnext"),
        # No-break space and full-width letters become plain.
        ("ML\u00a0Engineer ＰＹＴＨＯＮ", "ML Engineer PYTHON"),
        # The ZapfDingbats bullet that pdfminer prints as "n" cannot be told from a letter: kept.
        ("n Built pipelines", "n Built pipelines"),
        # Icon glyphs (issue 5 item 2): Dingbats, contact-line symbols and emoji become bullets;
        # the emoji variation selector U+FE0F goes with them.
        ("\u2714\ufe0f Shipped v2", "• Shipped v2"),
        ("\U0001f4e7 jo@example.com \u260e 555-0100", "• jo@example.com • 555-0100"),
        ("\u2605\u2605\u2605\u2606 Python", "• • • • Python"),
        ("\u27a4 Led the team", "• Led the team"),
        # Unicode hyphens (U+2010, and U+2011 non-breaking) are the ASCII hyphen the tokenizer splits at;
        # en and em dashes stay.
        (
            "ROUGE\u20111 gains, prompt\u2010optimization, 2019 \u2013 2021",
            "ROUGE-1 gains, prompt-optimization, 2019 \u2013 2021",
        ),
        # Arrows are text, not icons.
        ("latency 200 ms \u2192 40 ms", "latency 200 ms \u2192 40 ms"),
        # Unmapped glyphs (pdf-notes §1 row 3): (cid:NN) becomes U+FFFD; a lone one opening a line
        # before a space is a bullet from a symbol font without a character map.
        ("(cid:12) Built models\nPy(cid:3)thon", "• Built models\nPy\ufffdthon"),
        ("\ufffd  Ran EDA", "• Ran EDA"),
        ("(cid:12)(cid:13) Built", "\ufffd\ufffd Built"),
        ("\ufffdBuilt", "\ufffdBuilt"),
        # Letter-spaced headings in mixed case, and around an ampersand.
        ("E x p e r i e n c e", "Experience"),
        ("S K I L L S & T O O L S", "SKILLS & TOOLS"),
        ("É D U C A T I O N", "ÉDUCATION"),
        # Lower-case single letters in running text are not a heading.
        ("options a b c d", "options a b c d"),
    ],
)
def test_normalize_text_exact(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "E X P E R I E N C E\r\n(cid:127) Built MLﬂow pipelines  \r\n\n\n\n\n",
        "• \n\uf0b7\n  indented\u00ad line\t \n",
        "",
        "(cid:12) a\n\ud800 b\n\u2714\ufe0f c\nE x p e r i e n c e",
    ],
)
def test_normalize_text_is_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_lines_stay_lines() -> None:
    raw = "Experience\nML Engineer, Acme\n(cid:127) Shipped\nS K I L L S\nPython"
    expected = ["Experience", "ML Engineer, Acme", "• Shipped", "SKILLS", "Python"]
    assert normalize_text(raw).split("\n") == expected


# ------------------------------------------------------------------------- garbled text layers


@pytest.mark.parametrize(
    ("raw", "unreadable", "glyphs"),
    [
        # Each (cid:NN) token is one glyph; (cid:127) is the WinAnsi bullet, readable.
        ("(cid:34)(cid:77) Alex (cid:127) ML", 2, 9),
        # U+FFFD and C0 controls (pypdfium2's \x01 for an unmapped glyph) are unreadable; \n, \t not.
        ("ab\ufffd\x01\n\tcd", 2, 6),
        ("plain text", 0, 9),
        ("", 0, 0),
    ],
)
def test_count_garbled(raw: str, unreadable: int, glyphs: int) -> None:
    assert count_garbled(raw) == GarbledCounts(unreadable=unreadable, glyphs=glyphs)


def test_thresholds() -> None:
    assert (GARBLED_WARNING_SHARE, GARBLED_ERROR_SHARE) == (0.02, 0.30)
    assert GarbledCounts(0, 0).share == 0.0
    assert GarbledCounts(3, 10).share == pytest.approx(0.3)


READABLE = "Engineer " * 7  # 56 glyphs


@pytest.mark.parametrize(
    ("unmapped", "warning"),
    [
        # 1 / 57 = 1.75 %: at most 2 %, nothing to say.
        (1, None),
        # 2 / 58 = 3.4 %: a warning.
        (2, "garbled_text: 3% of the characters of cv.pdf could not be decoded"),
        # 24 / 80 = 30 % exactly: still a warning (the error is for more than 30 %).
        (24, "garbled_text: 30% of the characters of cv.pdf could not be decoded"),
    ],
)
def test_partly_garbled_text_warns(unmapped: int, warning: str | None) -> None:
    raw = _apply_quality_gates([READABLE + "(cid:34)" * unmapped], [False], "cv.pdf")
    garbled = [w for w in raw.warnings if w.startswith("garbled_text:")]
    if warning is None:
        assert garbled == []
    else:
        assert len(garbled) == 1 and garbled[0].startswith(warning)
    assert raw.text.count("\ufffd") == unmapped and "(cid:34)" not in raw.text


def test_mostly_garbled_text_is_an_error_of_its_own() -> None:
    # 25 / 81 = 30.9 %: more than 30 %.
    with pytest.raises(GarbledTextError) as excinfo:
        _apply_quality_gates([READABLE + "(cid:34)" * 25], [False], "cv.pdf")
    error = excinfo.value
    assert isinstance(error, ExtractionError) and error.code == "garbled_text"
    message = str(error)
    assert "\n" not in message and message.startswith("cv.pdf: 31% of its characters cannot be read")
    assert "fonts" in message and "OCR" in message and "another export" in message


def _hidden_fixtures() -> ModuleType:
    """``tests/hidden_fixtures.py``, loaded by path (the suite runs with ``--import-mode=importlib``)."""
    path = Path(__file__).with_name("hidden_fixtures.py")
    spec = importlib.util.spec_from_file_location("resume_lens_hidden_fixtures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_garbled_pdf_end_to_end() -> None:
    """A real PDF whose second font has no character map (written by tests/hidden_fixtures.py)."""
    fixtures = _hidden_fixtures()
    document = extract_bytes(fixtures.garbled_pdf_bytes(READABLE, 24), file="cv.pdf")
    assert (
        document.text == "Engineer Engineer Engineer Engineer Engineer Engineer Engineer\n\n" + "\ufffd" * 24
    )
    assert document.warnings[0].startswith("garbled_text: 30% of the characters of cv.pdf")
    with pytest.raises(GarbledTextError):
        extract_bytes(fixtures.garbled_pdf_bytes(READABLE, 25), file="cv.pdf")
