"""Generate the hidden-text fixture resumes: one PDF or DOCX per positive and negative case.

Every file is the same short resume (an ML-engineer claim over notebook-level bullets) plus one
*special* line, :data:`SPECIAL_LINE`, which would be production evidence if it were read. In a
**positive** case the special line is drawn so that a reader cannot see it (white, tiny, squashed,
render mode 3 or 7, transparent, off the page, covered, coloured like its background, or hidden
in Word); in a **negative** case it is drawn in a way that looks unusual to a parser but is
plainly visible (white on a dark banner or sidebar, 7 pt small print, condensed, light grey, an
OCR text layer over a scanned page). The cases follow issue 5 item 5 and pdf-notes §2.1.

Run ``python tests/hidden_fixtures.py OUT_DIR`` to write every case to ``OUT_DIR`` for a look.
The tests call :func:`write_case` into ``tmp_path``.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

#: The line every case hides or shows. It is production evidence (deployment, serving, a figure).
SPECIAL_LINE = (
    "Deployed the ranking model to production on Kubeflow with Triton serving 9,000 requests per second."
)
#: Words of :data:`SPECIAL_LINE` that appear nowhere else in the resume.
SPECIAL_WORDS = ("Kubeflow", "Triton", "9,000")

NAME = "Jordan Lee"
HEADLINE = "Machine Learning Engineer"
EXPERIENCE = [
    ("heading", "EXPERIENCE"),
    ("body", "Machine Learning Engineer, Acme Analytics, 2021 - 2024"),
    ("bullet", "Built churn models in Jupyter notebooks and shared charts with the marketing team."),
    ("bullet", "Ran exploratory data analysis on three years of customer orders."),
]
# The special line is the last bullet of the experience section, between these two lists.
EDUCATION = [
    ("heading", "EDUCATION"),
    ("body", "BSc Statistics, Example University, 2020"),
]
BODY = EXPERIENCE + EDUCATION

PAGE_W, PAGE_H = A4  # 595.27 x 841.89 pt
LEFT = 72.0
TOP = 730.0  # baseline of the first body line; 18 pt leading
LEADING = 18.0
# Baseline (pt from the bottom) of the special line: the slot after the experience bullets.
SPECIAL_Y = TOP - LEADING * len(EXPERIENCE)


@dataclass(frozen=True)
class Case:
    """One fixture: its file kind, whether the special line is hidden, and its writer."""

    name: str
    kind: str  # "pdf" or "docx"
    hidden: bool
    write: Callable[[Path], None]
    #: Hidden-span reason codes the detector must report (positives only).
    reasons: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        return f"{self.name}.{self.kind}"


# ----------------------------------------------------------------------------------------- PDF


def _pdf_base(path: Path, *, visible_special: bool = False) -> canvas.Canvas:
    """A canvas with the visible resume drawn on it (black 11 pt Helvetica, 18 pt leading).

    The slot at :data:`SPECIAL_Y` (the last experience bullet) is left empty unless
    ``visible_special``, which draws the special line there in plain black.
    """
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, 780, NAME)
    c.setFont("Helvetica", 11)
    c.drawString(LEFT, 762, HEADLINE)
    y = TOP
    for kind, line in EXPERIENCE + [("slot", "")] + EDUCATION:
        c.setFont("Helvetica-Bold" if kind == "heading" else "Helvetica", 11)
        if kind != "slot":
            c.drawString(LEFT, y, f"- {line}" if kind == "bullet" else line)
        elif visible_special:
            c.drawString(LEFT, y, f"- {SPECIAL_LINE}")
        y -= LEADING
    return c


def _special_text(
    c: canvas.Canvas, x: float = LEFT, y: float = SPECIAL_Y, size: float = 10, **text_state
) -> None:
    """Draw :data:`SPECIAL_LINE` with a text object; ``text_state`` sets render mode, scale, rise."""
    text = c.beginText(x, y)
    text.setFont("Helvetica", size)
    if "render_mode" in text_state:
        text.setTextRenderMode(text_state["render_mode"])
    if "horiz_scale" in text_state:
        text.setHorizScale(text_state["horiz_scale"])
    text.textOut(SPECIAL_LINE)
    c.drawText(text)


def _finish(c: canvas.Canvas) -> None:
    c.showPage()
    c.save()


def pdf_control(path: Path) -> None:
    """The special line drawn in plain black: the evidence the hidden cases must not yield."""
    _finish(_pdf_base(path, visible_special=True))


def pdf_white(path: Path) -> None:
    c = _pdf_base(path)
    c.setFillColorRGB(1, 1, 1)
    _special_text(c)
    _finish(c)


def pdf_near_white(path: Path) -> None:
    c = _pdf_base(path)
    c.setFillGray(0.97)
    _special_text(c)
    _finish(c)


def pdf_cmyk_white(path: Path) -> None:
    c = _pdf_base(path)
    c.setFillColorCMYK(0, 0, 0, 0)
    _special_text(c)
    _finish(c)


def pdf_tiny(path: Path) -> None:
    c = _pdf_base(path)
    _special_text(c, size=1)
    _finish(c)


def pdf_two_point(path: Path) -> None:
    c = _pdf_base(path)
    _special_text(c, size=2)
    _finish(c)


def pdf_squashed(path: Path) -> None:
    c = _pdf_base(path)
    _special_text(c, horiz_scale=1)
    _finish(c)


def pdf_invisible(path: Path) -> None:
    c = _pdf_base(path)
    _special_text(c, render_mode=3)
    _finish(c)


def pdf_clip_only(path: Path) -> None:
    c = _pdf_base(path)
    _special_text(c, render_mode=7)
    _finish(c)


def pdf_transparent(path: Path) -> None:
    c = _pdf_base(path)
    c.setFillAlpha(0)
    _special_text(c)
    _finish(c)


def pdf_off_page(path: Path) -> None:
    c = _pdf_base(path)
    _special_text(c, x=PAGE_W + 50)
    _finish(c)


def pdf_outside_crop_box(path: Path) -> None:
    """The special line sits on the media box but below a crop box that cuts the page at y=600."""
    c = _pdf_base(path)
    c.setCropBox((0, 600, PAGE_W, PAGE_H))
    _special_text(c, y=300)
    _finish(c)


def pdf_covered(path: Path) -> None:
    """Black text, then an opaque white rectangle painted over it."""
    c = _pdf_base(path)
    _special_text(c)
    c.setFillColorRGB(1, 1, 1)
    c.rect(LEFT - 4, SPECIAL_Y - 4, 480, 16, stroke=0, fill=1)
    _finish(c)


def pdf_background_match(path: Path) -> None:
    """Text in the same blue as the filled rectangle painted under it."""
    c = _pdf_base(path)
    c.setFillColorRGB(0.2, 0.4, 0.8)
    c.rect(LEFT - 4, SPECIAL_Y - 4, 480, 16, stroke=0, fill=1)
    _special_text(c)
    _finish(c)


def pdf_white_in_form(path: Path) -> None:
    """White text inside a Form XObject (pdfminer resets the graphics state there)."""
    c = _pdf_base(path)
    c.beginForm("hidden_form")
    c.setFillColorRGB(1, 1, 1)
    _special_text(c)
    c.endForm()
    c.doForm("hidden_form")
    _finish(c)


def pdf_white_outside_form(path: Path) -> None:
    """Black-by-default text in a Form XObject, invoked while the page's fill colour is white.

    A form inherits the graphics state of the page that invokes it (PDF 1.7 §8.10.1), so this is
    white text; stock pdfminer restarts forms in black.
    """
    c = _pdf_base(path)
    c.beginForm("plain_form")
    _special_text(c)
    c.endForm()
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, 1, 1, stroke=0, fill=1)  # makes reportlab write the colour before the form
    c.doForm("plain_form")
    _finish(c)


def pdf_all_white(path: Path) -> None:
    """Every line of the resume drawn in white: nothing is visible."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica", 11)
    for i, line in enumerate([NAME, HEADLINE] + [line for _, line in BODY] + [SPECIAL_LINE]):
        c.drawString(LEFT, 780 - LEADING * i, line)
    _finish(c)


def pdf_mid_line(path: Path) -> None:
    """A visible bullet with white words inserted in the middle of it."""
    c = _pdf_base(path)
    text = c.beginText(LEFT, SPECIAL_Y)
    text.setFont("Helvetica", 11)
    text.textOut("- Presented quarterly churn findings ")
    text.setFillColorRGB(1, 1, 1)
    text.textOut("Kubeflow Triton 9,000 ")
    text.setFillColorRGB(0, 0, 0)
    text.textOut("to the sales leadership.")
    c.drawText(text)
    _finish(c)


# Negatives: unusual but visible.


def pdf_white_on_banner(path: Path) -> None:
    """White text on a dark navy banner painted underneath it."""
    c = _pdf_base(path)
    c.setFillColorRGB(0.07, 0.12, 0.3)
    c.rect(0, SPECIAL_Y - 5, PAGE_W, 18, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    _special_text(c)
    _finish(c)


def pdf_white_on_sidebar(path: Path) -> None:
    """A teal sidebar down the left with white text in it, the main column on the right."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFillColorRGB(0.0, 0.45, 0.45)
    c.rect(0, 0, 190, PAGE_H, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(20, 780, NAME)
    c.setFont("Helvetica", 9)
    for i, word in enumerate(SPECIAL_WORDS):
        c.drawString(20, 740 - 14 * i, f"Tools: {word}")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 11)
    c.drawString(210, 780, HEADLINE)
    y = 750.0
    for kind, line in BODY:
        c.setFont("Helvetica-Bold" if kind == "heading" else "Helvetica", 10)
        c.drawString(210, y, f"- {line[:60]}" if kind == "bullet" else line)
        y -= 18
    c.setFont("Helvetica", 10)
    c.drawString(210, y, "- Deployed the ranking model to production.")
    _finish(c)


def pdf_small_print(path: Path) -> None:
    """The special line as a 7 pt footer."""
    c = _pdf_base(path)
    _special_text(c, y=40, size=7)
    _finish(c)


def pdf_light_grey(path: Path) -> None:
    """Grey 0.55: light, but clearly readable."""
    c = _pdf_base(path)
    c.setFillGray(0.55)
    _special_text(c)
    _finish(c)


def pdf_condensed(path: Path) -> None:
    """Horizontal scale 80 %, as condensed fonts are often faked."""
    c = _pdf_base(path)
    _special_text(c, horiz_scale=80)
    _finish(c)


def pdf_rotated_heading(path: Path) -> None:
    """The special words in a heading turned 90 degrees (a sidebar label)."""
    c = _pdf_base(path)
    c.saveState()
    c.translate(40, 300)
    c.rotate(90)
    c.setFont("Helvetica", 10)
    c.drawString(0, 0, "Kubeflow Triton 9,000")
    c.restoreState()
    _finish(c)


def pdf_translucent_highlight(path: Path) -> None:
    """A 30 %-opaque yellow highlight painted over the text: still readable."""
    c = _pdf_base(path)
    _special_text(c)
    c.setFillColorRGB(1, 1, 0)
    c.setFillAlpha(0.3)
    c.rect(LEFT - 4, SPECIAL_Y - 4, 480, 16, stroke=0, fill=1)
    _finish(c)


def pdf_ocr_layer(path: Path) -> None:
    """A scanned page (one page-sized image) with an invisible OCR text layer, as ocrmypdf writes.

    The text is in render mode 3 on purpose: the image shows it, the text layer makes it searchable.
    """
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    scan = Image.new("L", (120, 170), color=245)
    buffer = io.BytesIO()
    scan.save(buffer, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width=PAGE_W, height=PAGE_H)
    lines = (
        [NAME, HEADLINE] + [line for _, line in EXPERIENCE] + [SPECIAL_LINE] + [line for _, line in EDUCATION]
    )
    y = 780.0
    for line in lines:
        text = c.beginText(LEFT, y)
        text.setFont("Helvetica", 11)
        text.setTextRenderMode(3)
        text.textOut(line)
        c.drawText(text)
        y -= 18
    _finish(c)


# ---------------------------------------------------------------------------------------- DOCX


def _docx_base(special: Callable[[Any], None] | None = None) -> Any:
    """The resume as a Word document; ``special(document)`` adds the last experience bullet."""
    document = docx.Document()
    document.add_paragraph(NAME)
    document.add_paragraph(HEADLINE)
    for section in (EXPERIENCE, EDUCATION):
        for kind, line in section:
            if kind == "heading":
                document.add_heading(line.title(), level=1)
            elif kind == "bullet":
                document.add_paragraph(line, style="List Bullet")
            else:
                document.add_paragraph(line)
        if section is EXPERIENCE and special is not None:
            special(document)
    return document


def _special_run(document: Any) -> tuple[Any, Any]:
    """Add the special line as a bullet paragraph with one run; return both."""
    paragraph = document.add_paragraph(style="List Bullet")
    return paragraph, paragraph.add_run(SPECIAL_LINE)


def _docx_with_special(path: Path, style_run: Callable[[Any, Any, Any], None]) -> None:
    """Write the resume whose special bullet is styled by ``style_run(document, paragraph, run)``."""

    def special(document: Any) -> None:
        paragraph, run = _special_run(document)
        style_run(document, paragraph, run)

    _docx_base(special).save(str(path))


def _shade(element, fill: str) -> None:
    """Give a paragraph (``w:pPr``) or table cell (``w:tcPr``) properties element a solid fill."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    element.append(shd)


def docx_control(path: Path) -> None:
    _docx_with_special(path, lambda document, paragraph, run: None)


def docx_vanish(path: Path) -> None:
    def style(document: Any, paragraph: Any, run: Any) -> None:
        run.font.hidden = True

    _docx_with_special(path, style)


def docx_vanish_style(path: Path) -> None:
    """Hidden through a character style, not on the run itself."""

    def style(document: Any, paragraph: Any, run: Any) -> None:
        secret = document.styles.add_style("Secret", WD_STYLE_TYPE.CHARACTER)
        secret.font.hidden = True
        run.style = secret

    _docx_with_special(path, style)


def docx_white(path: Path) -> None:
    def style(document: Any, paragraph: Any, run: Any) -> None:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    _docx_with_special(path, style)


def docx_tiny(path: Path) -> None:
    def style(document: Any, paragraph: Any, run: Any) -> None:
        run.font.size = Pt(1)

    _docx_with_special(path, style)


def docx_mid_line(path: Path) -> None:
    """A visible bullet with white words inserted in the middle of it."""

    def special(document: Any) -> None:
        paragraph = document.add_paragraph("Presented quarterly churn findings ", style="List Bullet")
        hidden = paragraph.add_run("Kubeflow Triton 9,000 ")
        hidden.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        paragraph.add_run("to the sales leadership.")

    _docx_base(special).save(str(path))


# Negatives.


def docx_white_on_shaded_cell(path: Path) -> None:
    """A two-column table whose left cell is a dark sidebar with white text (a common template)."""
    document = _docx_base()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _shade(left._tc.get_or_add_tcPr(), "1F3864")
    run = left.paragraphs[0].add_run(SPECIAL_LINE)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    right.paragraphs[0].add_run("Main column")
    document.save(str(path))


def docx_white_on_shaded_paragraph(path: Path) -> None:
    """A banner: white text on a paragraph shaded dark blue."""

    def style(document: Any, paragraph: Any, run: Any) -> None:
        _shade(paragraph._p.get_or_add_pPr(), "203864")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    _docx_with_special(path, style)


def docx_small_print(path: Path) -> None:
    """The special line at 8 pt."""

    def style(document: Any, paragraph: Any, run: Any) -> None:
        run.font.size = Pt(8)

    _docx_with_special(path, style)


PDF_CASES = [
    Case("pdf_white", "pdf", True, pdf_white, ("low_contrast",)),
    Case("pdf_near_white", "pdf", True, pdf_near_white, ("low_contrast",)),
    Case("pdf_cmyk_white", "pdf", True, pdf_cmyk_white, ("low_contrast",)),
    Case("pdf_tiny", "pdf", True, pdf_tiny, ("tiny",)),
    Case("pdf_two_point", "pdf", True, pdf_two_point, ("tiny",)),
    Case("pdf_squashed", "pdf", True, pdf_squashed, ("squashed",)),
    Case("pdf_invisible", "pdf", True, pdf_invisible, ("invisible",)),
    Case("pdf_clip_only", "pdf", True, pdf_clip_only, ("invisible",)),
    Case("pdf_transparent", "pdf", True, pdf_transparent, ("transparent",)),
    Case("pdf_off_page", "pdf", True, pdf_off_page, ("off_page",)),
    Case("pdf_outside_crop_box", "pdf", True, pdf_outside_crop_box, ("off_page",)),
    Case("pdf_covered", "pdf", True, pdf_covered, ("covered",)),
    Case("pdf_background_match", "pdf", True, pdf_background_match, ("low_contrast",)),
    Case("pdf_white_in_form", "pdf", True, pdf_white_in_form, ("low_contrast",)),
    Case("pdf_white_outside_form", "pdf", True, pdf_white_outside_form, ("low_contrast",)),
    Case("pdf_mid_line", "pdf", True, pdf_mid_line, ("low_contrast",)),
    Case("pdf_white_on_banner", "pdf", False, pdf_white_on_banner),
    Case("pdf_white_on_sidebar", "pdf", False, pdf_white_on_sidebar),
    Case("pdf_small_print", "pdf", False, pdf_small_print),
    Case("pdf_light_grey", "pdf", False, pdf_light_grey),
    Case("pdf_condensed", "pdf", False, pdf_condensed),
    Case("pdf_rotated_heading", "pdf", False, pdf_rotated_heading),
    Case("pdf_translucent_highlight", "pdf", False, pdf_translucent_highlight),
    Case("pdf_ocr_layer", "pdf", False, pdf_ocr_layer),
]
DOCX_CASES = [
    Case("docx_vanish", "docx", True, docx_vanish, ("vanish",)),
    Case("docx_vanish_style", "docx", True, docx_vanish_style, ("vanish",)),
    Case("docx_white", "docx", True, docx_white, ("low_contrast",)),
    Case("docx_tiny", "docx", True, docx_tiny, ("tiny",)),
    Case("docx_mid_line", "docx", True, docx_mid_line, ("low_contrast",)),
    Case("docx_white_on_shaded_cell", "docx", False, docx_white_on_shaded_cell),
    Case("docx_white_on_shaded_paragraph", "docx", False, docx_white_on_shaded_paragraph),
    Case("docx_small_print", "docx", False, docx_small_print),
]
CASES = PDF_CASES + DOCX_CASES
CONTROLS = [Case("pdf_control", "pdf", False, pdf_control), Case("docx_control", "docx", False, docx_control)]


def garbled_pdf_bytes(readable: str, unmapped: int) -> bytes:
    """A one-page PDF: ``readable`` in Helvetica, then ``unmapped`` glyphs pdfminer cannot decode.

    The second line uses a Type0 font with ``Identity-H`` encoding and no ``ToUnicode`` map, as
    in pdf-notes §1 row 3, so pdfminer prints each glyph as ``(cid:NN)`` (NN from 34 upwards). The
    file is written by hand (reportlab always adds a character map).
    """
    codes = "".join(f"{34 + i % 60:04X}" for i in range(unmapped))
    content = (
        f"BT /F1 11 Tf 72 720 Td ({readable}) Tj ET\nBT /F2 11 Tf 72 700 Td <{codes}> Tj ET\n"
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 7 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def write_case(case: Case, folder: Path) -> Path:
    """Write ``case`` into ``folder`` and return the file's path."""
    path = folder / case.filename
    case.write(path)
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tests/hidden_fixtures.py OUT_DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES + CONTROLS:
        print(write_case(case, folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
