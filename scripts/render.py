"""Render a plain-text resume as a PDF (reportlab) or a DOCX (python-docx) for the bundled examples.

Line rules, shared by both renderers:

* a blank line separates blocks;
* a **bullet** is a line starting with ``"- "``, ``"* "`` or ``"• "``; it is drawn as a real list
  bullet, and its marker is not part of the text;
* a **heading** is a short line (at most :data:`MAX_HEADING_CHARS` characters, after an optional
  Markdown ``#`` prefix) that is all capitals or ends with ``":"``, or any line starting with ``#``;
* the first non-blank line is the candidate's name, drawn as a title;
* everything else is a body paragraph, one per line.

Output is deterministic: the PDF uses reportlab's ``invariant=1`` (fixed dates and IDs), and the DOCX
gets fixed core properties and zip timestamps, so re-running produces byte-identical files.
Only the standard PDF fonts are used, so characters outside Latin-1/WinAnsi render as boxes.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

__all__ = ["MAX_HEADING_CHARS", "Block", "parse_lines", "render_docx", "render_pdf"]

#: Longest line (characters) that can still be a heading.
MAX_HEADING_CHARS = 60
#: Headings whose sections go to the narrow left column in the two-column PDF layout.
SIDEBAR_HEADINGS = frozenset({"SKILLS", "EDUCATION", "LANGUAGES", "CERTIFICATIONS", "TOOLS", "CONTACT"})

_BULLET_MARKERS = ("- ", "* ", "• ")
_FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

Kind = Literal["title", "heading", "bullet", "body", "blank"]


@dataclass(frozen=True)
class Block:
    """One rendered line: its kind and its text (bullet markers and ``#`` removed)."""

    kind: Kind
    text: str


def _is_heading(line: str) -> bool:
    if line.startswith("#"):
        return True
    if len(line) > MAX_HEADING_CHARS:
        return False
    letters = [c for c in line if c.isalpha()]
    return line.endswith(":") or (bool(letters) and all(c.isupper() for c in letters))


def parse_lines(text: str) -> list[Block]:
    """Classify each line of ``text`` (see the module docstring for the rules).

    Parameters
    ----------
    text : str
        The resume as plain text.

    Returns
    -------
    list of Block
        One block per input line, in order.
    """
    blocks: list[Block] = []
    seen_title = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            blocks.append(Block("blank", ""))
        elif not seen_title:
            blocks.append(Block("title", line.lstrip("#").strip()))
            seen_title = True
        elif line.startswith(_BULLET_MARKERS):
            blocks.append(Block("bullet", line[2:].strip()))
        elif _is_heading(line):
            blocks.append(Block("heading", line.lstrip("#").strip()))
        else:
            blocks.append(Block("body", line))
    return blocks


def _split_sidebar(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Split blocks into (sidebar, main): sections under a SIDEBAR_HEADINGS heading go to the sidebar."""
    sidebar: list[Block] = []
    main: list[Block] = []
    target = main
    for block in blocks:
        if block.kind == "heading":
            key = block.text.rstrip(":").strip().upper()
            target = sidebar if key in SIDEBAR_HEADINGS else main
        (main if block.kind == "title" else target).append(block)
    return sidebar, main


def render_pdf(text: str, out_path: str | os.PathLike[str], *, columns: int = 1) -> None:
    """Write ``text`` as an A4 PDF resume.

    Parameters
    ----------
    text : str
        The resume as plain text (rules in the module docstring).
    out_path : str or os.PathLike
        Where to write the PDF.
    columns : {1, 2}, default 1
        ``2`` puts the Skills/Education-type sections (:data:`SIDEBAR_HEADINGS`) in a narrow left
        column on the first page and the rest in the main column; later pages are one column.

    Raises
    ------
    ValueError
        ``columns`` is not 1 or 2.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    if columns not in (1, 2):
        raise ValueError(f"columns must be 1 or 2, got {columns!r}")
    styles = getSampleStyleSheet()
    body = ParagraphStyle("Body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    bullet = ParagraphStyle("Bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName="Helvetica")
    heading = ParagraphStyle(
        "Head", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=2
    )
    title = ParagraphStyle(
        "Name", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=4
    )

    def flowables(blocks: list[Block]) -> list:
        out: list = []
        for block in blocks:
            content = escape(block.text)
            if block.kind == "blank":
                out.append(Spacer(1, 4))
            elif block.kind == "title":
                out.append(Paragraph(content, title))
            elif block.kind == "heading":
                out.append(Paragraph(content, heading))
            elif block.kind == "bullet":
                out.append(Paragraph(content, bullet, bulletText="\u2022"))
            else:
                out.append(Paragraph(content, body))
        return out

    width, height = A4
    margin = 18 * mm
    doc = BaseDocTemplate(
        os.fspath(out_path), pagesize=A4, invariant=1, leftMargin=margin, rightMargin=margin,
        topMargin=margin, bottomMargin=margin, title="Resume", author="resume_lens examples",
    )  # fmt: skip
    full = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="full")
    blocks = parse_lines(text)
    if columns == 1:
        doc.addPageTemplates([PageTemplate(id="one", frames=[full])])
        story = flowables(blocks)
    else:
        side_width = 0.3 * (width - 2 * margin)
        gap = 6 * mm
        side = Frame(margin, margin, side_width, height - 2 * margin, id="side")
        main_frame = Frame(
            margin + side_width + gap,
            margin,
            width - 2 * margin - side_width - gap,
            height - 2 * margin,
            id="main",
        )
        doc.addPageTemplates(
            [PageTemplate(id="two", frames=[side, main_frame]), PageTemplate(id="one", frames=[full])]
        )
        sidebar, main = _split_sidebar(blocks)
        story = [NextPageTemplate("one"), *flowables(sidebar), FrameBreak(), *flowables(main)]
    doc.build(story)


def render_docx(text: str, out_path: str | os.PathLike[str]) -> None:
    """Write ``text`` as a DOCX resume: the name as Title, headings as Heading 1, bullets as List Bullet.

    Parameters
    ----------
    text : str
        The resume as plain text (rules in the module docstring).
    out_path : str or os.PathLike
        Where to write the DOCX. Written byte-identically on every run.
    """
    import docx

    document = docx.Document()
    for block in parse_lines(text):
        if block.kind == "title":
            document.add_heading(block.text, level=0)
        elif block.kind == "heading":
            document.add_heading(block.text, level=1)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "body":
            document.add_paragraph(block.text)
    properties = document.core_properties
    properties.author = "resume_lens examples"
    properties.last_modified_by = "resume_lens examples"
    properties.created = properties.modified = _FIXED_TIME.replace(tzinfo=None)
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    _write_zip_deterministically(buffer.getvalue(), out_path)


def _write_zip_deterministically(data: bytes, out_path: str | os.PathLike[str]) -> None:
    """Re-pack a zip with fixed member timestamps (python-docx stamps them with the current time)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out_path, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
