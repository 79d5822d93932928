"""Tests for resume_lens.extract: format detection, PDF/DOCX/text extraction, limits and typed errors.

Test files are generated in ``tmp_path`` with reportlab and python-docx; the shared template PDFs
come from the ``templates_dir`` fixture.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from resume_lens.document import Document
from resume_lens.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ExtractionError,
    GarbledTextError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from resume_lens.extract import ExtractionLimits, extract_bytes, extract_file
from resume_lens.extract.detect import is_html
from resume_lens.extract.pdf import _apply_quality_gates

RESUME_LINES = [
    ("heading", "Alex Morgan"),
    ("body", "Machine Learning Engineer"),
    ("spaced", "EXPERIENCE"),
    ("body", "Senior ML Engineer, Acme Corp, 2021 - 2024"),
    ("bullet", "Deployed a fraud model to production serving 3,000 requests per second"),
    ("bullet", "Owned the feature store and the on-call rotation"),
    ("heading", "Education"),
    ("body", "MSc Computer Science, Example University"),
]
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(40)


def write_resume_pdf(path: Path, *, pages: int = 1, encrypt: StandardEncryption | None = None) -> Path:
    """A plain one-column resume drawn with reportlab's standard Helvetica."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    for page in range(pages):
        y = 800
        for kind, line in RESUME_LINES:
            text = c.beginText(72, y)
            text.setFont("Helvetica-Bold" if kind in ("heading", "spaced") else "Helvetica", 11)
            # Letter-spaced heading (pdf-notes §1 row 4); Tc persists across BT/ET, so reset it.
            text.setCharSpace(4 if kind == "spaced" else 0)
            text.textOut(f"\u2022 {line}" if kind == "bullet" else line)
            c.drawText(text)
            y -= 18
        if pages > 1:
            c.drawString(72, 100, f"Page {page + 1}")
        c.showPage()
    c.save()
    return path


def write_image_only_pdf(path: Path) -> Path:
    """A 'scanned' page: one raster image and a frame, no text at all."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawInlineImage(Image.new("L", (60, 80), color=200), 72, 400, width=300, height=400)
    c.rect(60, 380, 320, 440)
    c.showPage()
    c.save()
    return path


def write_resume_docx(path: Path) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Alex Morgan - alex@example.com"
    document.add_heading("Experience", level=1)
    document.add_paragraph("Senior ML Engineer, Acme Corp")
    document.add_paragraph("Deployed a fraud model to production", style="List Bullet")
    document.add_paragraph("Ran A/B tests on ranking", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Skills"
    table.cell(0, 1).text = "Python, Kubernetes"
    document.add_paragraph("Education")
    document.save(str(path))
    return path


def assert_typed_error(excinfo: pytest.ExceptionInfo[BaseException], cls: type, name: str) -> None:
    """Exactly ``cls`` (not a sibling or the base), a one-line message, the file name in it."""
    assert type(excinfo.value) is cls, f"{type(excinfo.value).__name__}: {excinfo.value}"
    message = str(excinfo.value)
    assert "\n" not in message
    assert name in message


# --------------------------------------------------------------------------------------- PDF


def test_pdf_resume_headings_and_bullets(tmp_path: Path) -> None:
    path = write_resume_pdf(tmp_path / "cv.pdf")
    document = extract_file(path)
    lines = document.text.split("\n")
    assert "Alex Morgan" in lines
    assert "EXPERIENCE" in lines  # letter-spaced by Tc 4, joined by the normaliser
    assert "Education" in lines
    # reportlab draws "•" as WinAnsi 0x7F, which pdfminer prints as (cid:127) (pdf-notes §1 row 3).
    assert "• Deployed a fraud model to production serving 3,000 requests per second" in lines
    assert "• Owned the feature store and the on-call rotation" in lines
    assert document.source_format == "pdf"
    assert document.pages == 1
    assert document.file == str(path)
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert document.warnings == ()
    assert isinstance(document, Document)


def test_pdf_user_password_is_encrypted_error(tmp_path: Path) -> None:
    path = write_resume_pdf(tmp_path / "cv.pdf", encrypt=StandardEncryption("pw", ownerPassword="owner"))
    with pytest.raises(EncryptedDocumentError) as excinfo:
        extract_file(path)
    assert_typed_error(excinfo, EncryptedDocumentError, "cv.pdf")
    assert "password-protected" in str(excinfo.value)


@pytest.mark.parametrize("strength", [40, 128])
def test_pdf_owner_password_only_extracts(tmp_path: Path, strength: int) -> None:
    encrypt = StandardEncryption("", ownerPassword="owner", canCopy=0, canModify=0, strength=strength)
    path = write_resume_pdf(tmp_path / "cv.pdf", encrypt=encrypt)
    document = extract_file(path)
    assert "Alex Morgan" in document.text.split("\n")


def test_pdf_image_only_needs_ocr(tmp_path: Path) -> None:
    path = write_image_only_pdf(tmp_path / "scan.pdf")
    with pytest.raises(NoTextLayerError) as excinfo:
        extract_file(path)
    assert_typed_error(excinfo, NoTextLayerError, "scan.pdf")
    assert "OCR" in str(excinfo.value)


def test_pdf_blank_pages_are_empty(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "blank.pdf"), invariant=1)
    c.showPage()
    c.save()
    with pytest.raises(EmptyDocumentError) as excinfo:
        extract_file(tmp_path / "blank.pdf")
    assert_typed_error(excinfo, EmptyDocumentError, "blank.pdf")


def test_pdf_truncated_is_corrupt(tmp_path: Path) -> None:
    data = write_resume_pdf(tmp_path / "full.pdf").read_bytes()
    path = tmp_path / "cv.pdf"
    path.write_bytes(data[: int(len(data) * 0.6)])
    with pytest.raises(CorruptDocumentError) as excinfo:
        extract_file(path)
    assert_typed_error(excinfo, CorruptDocumentError, "cv.pdf")
    assert excinfo.value.__cause__ is not None  # wrapped with "raise ... from e"
    # the parser's exception name stays in the cause, not in the recruiter's message
    assert type(excinfo.value.__cause__).__name__ not in str(excinfo.value)
    assert str(excinfo.value) == (
        "cv.pdf is a damaged or truncated PDF; ask the candidate to re-export or resend it."
    )


def test_pdf_header_only_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError) as excinfo:
        extract_bytes(b"%PDF-1.7\n" + b"garbage " * 50, file="uploads/cv.pdf")
    assert_typed_error(excinfo, CorruptDocumentError, "cv.pdf")
    assert "uploads" not in str(excinfo.value)  # base name only


def test_pdf_too_many_pages(tmp_path: Path) -> None:
    path = write_resume_pdf(tmp_path / "cv.pdf", pages=3)
    assert extract_file(path, limits=ExtractionLimits(max_pages=3)).pages == 3
    with pytest.raises(DocumentTooLargeError) as excinfo:
        extract_file(path, limits=ExtractionLimits(max_pages=2))
    assert_typed_error(excinfo, DocumentTooLargeError, "cv.pdf")


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    path = write_resume_pdf(tmp_path / "resume.txt")
    document = extract_file(path)
    assert document.source_format == "pdf"
    assert "Alex Morgan" in document.text.split("\n")


def test_pdf_with_junk_before_header_is_read_as_pdf(tmp_path: Path) -> None:
    data = write_resume_pdf(tmp_path / "cv.pdf").read_bytes()
    document = extract_bytes(b"\x00junk" * 80 + data, file="cv.pdf")
    assert document.source_format == "pdf"


def test_pdf_garbled_glyphs_warn_or_fail() -> None:
    readable = "Senior ML Engineer at Acme building pipelines " * 5
    # About 5 % unmapped glyphs: a warning, and the tokens become U+FFFD.
    raw = _apply_quality_gates([readable + "(cid:34)" * 12], [False], "cv.pdf")
    assert len(raw.warnings) == 1 and "cv.pdf" in raw.warnings[0] and "\n" not in raw.warnings[0]
    assert "(cid:34)" not in raw.text and raw.text.count("\ufffd") == 12
    # (cid:127) is the WinAnsi bullet, not garbage.
    assert _apply_quality_gates([readable + "(cid:127)" * 12], [False], "cv.pdf").warnings == ()
    # Mostly unmapped: unusable text, OCR or another export needed (issue 5 item 2).
    with pytest.raises(GarbledTextError) as excinfo:
        _apply_quality_gates(["(cid:34)(cid:77) " * 40 + "Alex"], [False], "cv.pdf")
    assert_typed_error(excinfo, GarbledTextError, "cv.pdf")


def test_pdf_scanned_page_in_text_pdf_warns() -> None:
    text = "Senior ML Engineer at Acme building pipelines on Kubernetes"
    raw = _apply_quality_gates([text, "2"], [False, True], "cv.pdf")
    assert raw.pages == 2
    assert raw.warnings == ("cv.pdf: page 2 has no text layer (probably scanned); its content was not read.",)


# -------------------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_bullets_tables_header(tmp_path: Path) -> None:
    path = write_resume_docx(tmp_path / "cv.docx")
    document = extract_file(path)
    assert document.source_format == "docx"
    assert document.pages == 1
    assert document.text.split("\n") == [
        "Alex Morgan - alex@example.com",
        "Experience",
        "Senior ML Engineer, Acme Corp",
        "• Deployed a fraud model to production",
        "• Ran A/B tests on ranking",
        "Skills",
        "Python, Kubernetes",
        "Education",
    ]


def test_docx_named_pdf_is_read_as_docx(tmp_path: Path) -> None:
    path = write_resume_docx(tmp_path / "cv.pdf")
    document = extract_file(path)
    assert document.source_format == "docx"
    assert "• Deployed a fraud model to production" in document.text


def test_corrupt_zip_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x14\x00garbage" * 40)
    with pytest.raises(CorruptDocumentError) as excinfo:
        extract_file(path)
    assert_typed_error(excinfo, CorruptDocumentError, "cv.docx")


def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    data = write_resume_docx(tmp_path / "full.docx").read_bytes()
    with pytest.raises(CorruptDocumentError) as excinfo:
        extract_bytes(data[: len(data) // 2], file="cv.docx")
    assert_typed_error(excinfo, CorruptDocumentError, "cv.docx")


def test_docx_with_broken_parts_is_corrupt() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(CorruptDocumentError) as excinfo:
        extract_bytes(buffer.getvalue(), file="cv.docx")
    assert_typed_error(excinfo, CorruptDocumentError, "cv.docx")
    assert excinfo.value.__cause__ is not None


def test_docx_zip_bomb_is_too_large() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/padding.bin", bytes(2_000_000))
    data = buffer.getvalue()
    assert len(data) < 100_000
    with pytest.raises(DocumentTooLargeError) as excinfo:
        extract_bytes(data, file="cv.docx", limits=ExtractionLimits(max_bytes=100_000))
    assert_typed_error(excinfo, DocumentTooLargeError, "cv.docx")


def test_other_zip_is_unsupported() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError) as excinfo:
        extract_bytes(buffer.getvalue(), file="cv.docx")
    assert_typed_error(excinfo, UnsupportedFormatError, "cv.docx")


def test_ole_files_encrypted_or_legacy() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(EncryptedDocumentError) as excinfo:
        extract_bytes(ole + "EncryptionInfo".encode("utf-16-le") + bytes(64), file="cv.docx")
    assert_typed_error(excinfo, EncryptedDocumentError, "cv.docx")
    with pytest.raises(UnsupportedFormatError) as excinfo:
        extract_bytes(ole + "WordDocument".encode("utf-16-le") + bytes(64), file="cv.doc")
    assert_typed_error(excinfo, UnsupportedFormatError, "cv.doc")
    assert ".docx or PDF" in str(excinfo.value)


# -------------------------------------------------------------------------------------- text


def test_text_named_pdf_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_text("Alex Morgan\r\nEXPERIENCE\r\n- Deployed models\r\n", encoding="utf-8")
    document = extract_file(path)
    assert document.source_format == "txt"
    assert document.text == "Alex Morgan\nEXPERIENCE\n- Deployed models"
    assert document.pages == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Résumé — José".encode("utf-8-sig"), "Résumé — José"),
        ("Résumé — José".encode("utf-16"), "Résumé — José"),
        ("Résumé — José, João".encode("cp1252"), "Résumé — José, João"),
        (b"# Alex\n\n* Python\n", "# Alex\n\n* Python"),
    ],
)
def test_text_encodings(data: bytes, expected: str) -> None:
    assert extract_bytes(data, file="cv.md").text == expected


def test_sha256_is_of_file_bytes() -> None:
    data = b"Alex Morgan\nML Engineer\n"
    assert extract_bytes(data).sha256 == hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------------- errors and limits


def test_zero_bytes_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocumentError) as excinfo:
        extract_file(path)
    assert_typed_error(excinfo, EmptyDocumentError, "cv.pdf")


def test_whitespace_only_is_empty() -> None:
    with pytest.raises(EmptyDocumentError) as excinfo:
        extract_bytes(b" \r\n\t\n   \n", file="cv.txt")
    assert_typed_error(excinfo, EmptyDocumentError, "cv.txt")


@pytest.mark.parametrize(
    "data",
    [PNG_BYTES, b"\xff\xd8\xff\xe0" + bytes(40), b"GIF89a" + bytes(20), b"II*\x00" + bytes(20)],
    ids=["png", "jpeg", "gif", "tiff"],
)
def test_images_are_unsupported(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormatError) as excinfo:
        extract_file(path)
    assert_typed_error(excinfo, UnsupportedFormatError, "cv.pdf")


@pytest.mark.parametrize("data", [b"ELF\x00\x01\x02" * 20, b"{\\rtf1\\ansi Alex}"], ids=["binary", "rtf"])
def test_binary_and_rtf_are_unsupported(data: bytes) -> None:
    with pytest.raises(UnsupportedFormatError) as excinfo:
        extract_bytes(data, file="cv.txt")
    assert_typed_error(excinfo, UnsupportedFormatError, "cv.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html>\n<html><body><h2>Experience</h2><p>Machine Learning Engineer</p></body></html>",
        b"  <HTML lang='en'><body>Machine Learning Engineer</body></HTML>",
        b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- saved by a browser -->\n<html><body>Jane</body></html>",
    ],
    ids=["doctype", "html-tag-upper-case", "bom-xml-declaration-comment"],
)
def test_web_pages_are_unsupported_whatever_their_name(data: bytes) -> None:
    for name in ("cv.html", "cv.txt", "cv"):
        with pytest.raises(UnsupportedFormatError) as excinfo:
            extract_bytes(data, file=name)
        assert_typed_error(excinfo, UnsupportedFormatError, name)
        assert "web page (HTML)" in str(excinfo.value)


_PAGE = "<!DOCTYPE html>\n<html><body><h2>Experience</h2><p>Machine Learning Engineer</p></body></html>\n"


@pytest.mark.parametrize(
    "data",
    [
        _PAGE.encode("utf-16"),  # with a byte-order mark
        _PAGE.encode("utf-16-le"),  # without one
        _PAGE.encode("utf-32"),
        ("<!-- " + "saved page " * 150 + "-->\n" + _PAGE).encode(),  # a comment longer than 1 KB first
        (" \n" * 700 + _PAGE).encode(),  # 1,400 blank bytes first
        b"<head><title>CV</title></head>\n<body><p>Machine Learning Engineer</p></body>\n",
        b"<BODY>\n<p>Machine Learning Engineer</p>\n</BODY>\n",
    ],
    ids=[
        "utf16-bom",
        "utf16le-no-bom",
        "utf32",
        "long-comment-first",
        "blank-lines-first",
        "head-first",
        "body-first",
    ],
)
def test_web_pages_in_other_encodings_or_after_a_long_preamble_are_unsupported(data: bytes) -> None:
    with pytest.raises(UnsupportedFormatError) as excinfo:
        extract_bytes(data, file="cv.html")
    assert_typed_error(excinfo, UnsupportedFormatError, "cv.html")
    assert "web page (HTML)" in str(excinfo.value)


def test_a_header_tag_or_an_unclosed_comment_does_not_make_a_web_page() -> None:
    assert not is_html(b"<header>Jane Doe</header>\n\n## Experience\n")
    assert not is_html(b"<!-- draft, never closed\n## Experience\n")


def test_markdown_with_inline_tags_is_not_a_web_page() -> None:
    data = b'<p align="center"><b>Jane Doe</b></p>\n\n## Experience\n\nMachine Learning Engineer, Acme\n'
    assert not is_html(data)
    assert not is_html(b"<!-- a comment that never ends <html>")
    assert "Machine Learning Engineer" in extract_bytes(data, file="README.md").text


def test_too_many_bytes(tmp_path: Path) -> None:
    path = write_resume_pdf(tmp_path / "cv.pdf")
    with pytest.raises(DocumentTooLargeError) as excinfo:
        extract_file(path, limits=ExtractionLimits(max_bytes=100))
    assert_typed_error(excinfo, DocumentTooLargeError, "cv.pdf")
    with pytest.raises(DocumentTooLargeError) as excinfo:
        extract_bytes(b"x" * 101, file="cv.txt", limits=ExtractionLimits(max_bytes=100))
    assert_typed_error(excinfo, DocumentTooLargeError, "cv.txt")


def test_too_many_chars(tmp_path: Path) -> None:
    with pytest.raises(DocumentTooLargeError) as excinfo:
        extract_bytes(b"word " * 100, file="cv.txt", limits=ExtractionLimits(max_chars=50))
    assert_typed_error(excinfo, DocumentTooLargeError, "cv.txt")
    path = write_resume_pdf(tmp_path / "cv.pdf")
    with pytest.raises(DocumentTooLargeError) as excinfo:
        extract_file(path, limits=ExtractionLimits(max_chars=50))
    assert_typed_error(excinfo, DocumentTooLargeError, "cv.pdf")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError) as excinfo:
        extract_file(tmp_path / "nope.pdf")
    assert_typed_error(excinfo, ExtractionError, "nope.pdf")
    assert "not found" in str(excinfo.value)
    folder = tmp_path / "resumes"
    folder.mkdir()
    with pytest.raises(ExtractionError) as excinfo:
        extract_file(folder)
    assert_typed_error(excinfo, ExtractionError, "resumes")
    with pytest.raises(ExtractionError) as excinfo:
        extract_file("/dev/null")
    assert_typed_error(excinfo, ExtractionError, "null")


def test_errors_without_a_file_name_still_read_well() -> None:
    with pytest.raises(EmptyDocumentError, match="^the document is empty"):
        extract_bytes(b"")


@pytest.mark.parametrize("field", ["max_bytes", "max_pages", "max_chars"])
def test_limits_validate(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        ExtractionLimits(**{field: 0})
    assert ExtractionLimits() == ExtractionLimits(max_bytes=10_000_000, max_pages=20, max_chars=200_000)


# --------------------------------------------------------------------------- shared templates


def test_every_template_pdf_extracts(templates_dir: Path) -> None:
    pdfs = sorted(templates_dir.glob("*.pdf"))
    assert len(pdfs) == 25
    for pdf in pdfs:
        document = extract_file(pdf)
        assert document.source_format == "pdf", pdf.name
        assert len(document.text) >= 300, pdf.name
        assert "(cid:" not in document.text, pdf.name


# Facts read by hand from the extracted text of these templates (2026-05 check).
TEMPLATE_FACTS = {
    "onecolumn-jakestyle-rendercv-sb2nov.pdf": [
        "John Doe",
        "Education",
        "Experience",
        "• Built foundation model infrastructure serving 2M+ monthly API requests with 99.97% uptime",
    ],
    "twocolumn-deedy.pdf": [
        "Debarghya Das",
        "EXPERIENCE",
        "FACEBOOK | SOFTWARE ENGINEER",
        "Java • Shell • Python • Javascript",
    ],
    "multipage-icons-awesomecv-cv.pdf": [
        "Claud D. Park",
        "Experience",
        # The template encodes its date dash as U+00AD; regression for dropping it.
        "Mar. 2010 - Aug. 2017",
    ],
    "onecolumn-rotated-headings-latexcv-rows.pdf": [
        "EXPERIENCE",
        "Fullstack Javascript Engineer (University of Bremen)",
    ],
}


@pytest.mark.parametrize("name", sorted(TEMPLATE_FACTS))
def test_template_facts(templates_dir: Path, name: str) -> None:
    lines = extract_file(templates_dir / name).text.split("\n")
    for fact in TEMPLATE_FACTS[name]:
        assert fact in lines, f"{fact!r} missing from {name}"


# ------------------------------------------------------- scripts/render.py round trip (examples)

SAMPLE_TEXT = """Alex Morgan
Machine Learning Engineer

EXPERIENCE
Senior ML Engineer, Acme Corp (2021 - 2024)
- Deployed a fraud model to production serving 3,000 requests per second
* Owned the feature store & on-call rotation <ranking>

Skills:
• Python, Kubernetes

EDUCATION
MSc Computer Science, Example University
"""


@pytest.mark.parametrize("kind", ["pdf", "pdf2", "docx"])
def test_rendered_examples_extract_back_and_are_deterministic(
    tmp_path: Path, render_module, kind: str
) -> None:
    def render(out: Path) -> None:
        if kind == "docx":
            render_module.render_docx(SAMPLE_TEXT, out)
        else:
            render_module.render_pdf(SAMPLE_TEXT, out, columns=2 if kind == "pdf2" else 1)

    first, second = tmp_path / "a.bin", tmp_path / "b.bin"
    render(first)
    render(second)
    assert first.read_bytes() == second.read_bytes()
    lines = extract_file(first).text.split("\n")
    for expected in [
        "Alex Morgan",
        "EXPERIENCE",
        "Senior ML Engineer, Acme Corp (2021 - 2024)",
        "• Owned the feature store & on-call rotation <ranking>",
        "Skills:",
        "• Python, Kubernetes",
        "EDUCATION",
    ]:
        assert expected in lines, (kind, expected)
