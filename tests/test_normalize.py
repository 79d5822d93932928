"""Unit tests for resume_lens.extract.normalize.normalize_text (exact expected strings)."""

from __future__ import annotations

import pytest

from resume_lens.extract.normalize import normalize_text


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
    ],
)
def test_normalize_text_is_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_lines_stay_lines() -> None:
    raw = "Experience\nML Engineer, Acme\n(cid:127) Shipped\nS K I L L S\nPython"
    expected = ["Experience", "ML Engineer, Acme", "• Shipped", "SKILLS", "Python"]
    assert normalize_text(raw).split("\n") == expected
