"""The fast PDF engine: the text layer read with PDFium (pypdfium2), falling back to pdfminer.six per file.

``engine="pdfium"`` (``resume-lens batch --engine pdfium``) reads a PDF's text with PDFium, which
pdf-notes §3 measured about 29x faster than pdfminer.six ``extract_text`` (2.7 vs 79.7 ms per page).
It needs the optional extra ``pip install "resume_lens[pdfium]"`` (pypdfium2, BSD-3-Clause and
Apache-2.0, pdf-notes §4). The default engine stays pdfminer.six (:mod:`resume_lens.extract.pdf`).

PDFium is used only when it can be trusted to give the same text a reader sees. Otherwise the file is
read again with pdfminer.six (**fall-back**) and the document gets one warning starting with
``engine_fallback:`` that names the reason; the codes, in the order they are checked:

==================  =======================================================================================
``not_installed``   pypdfium2 cannot be imported
``unreadable``      PDFium cannot open the file (damaged, password-protected, not really a PDF): pdfminer.six
                    decides the error, so a bad file gets the same error class under both engines
``pdfium_error``    PDFium failed while reading a page
``hidden_text``     the page may draw text a reader cannot see (rules below); only the pdfminer.six engine
                    has the hidden-text detector (:mod:`resume_lens.extract.hidden`)
``little_text``     a page has fewer than :data:`~resume_lens.extract.pdf.MIN_CHARS_PER_PAGE` non-space
                    characters (scanned, blank or image pages: pdfminer.six decides error or warning)
``garbled``         the text holds U+FFFD or control characters (PDFium prints shifted letters and
                    ``\\x01`` for fonts without a character map, pdf-notes §1 row 3)
``interleaved``     the text looks interleaved: two columns mixed line by line (rules below)
==================  =======================================================================================

**Hidden text never reaches the text.** Rather than a second detector, PDFium's page objects are
scanned for anything :mod:`resume_lens.extract.hidden` could flag, and any hit sends the whole file
to pdfminer.six, whose detector then takes hidden characters out and reports them. The scan is a
superset of the detector's rules (pdf-notes §2.4), so it errs towards falling back. A page falls back
when a text object

* has a render mode other than fill, stroke or fill-and-stroke (``invisible``; modes 3-7);
* has a fill or stroke alpha below 255 (``transparent``);
* is smaller than :data:`SUSPECT_TEXT_SIZE_PT` (``tiny``; the detector's limit is 3 pt) or
  horizontally scaled below :data:`SUSPECT_HORIZONTAL_SCALE` (``squashed``; the detector's is 0.25),
  from its font size and text matrix;
* is not wholly inside the crop box (``off_page``) or inside its clipping path's bounding box
  (``clipped``);
* has a WCAG contrast ratio below :data:`~resume_lens.extract.hidden.MIN_CONTRAST` against any colour
  that may lie under it (``low_contrast``): white paper, unless an opaque shape painted earlier covers
  the whole text object (then that shape's fill), and the fill of every filled shape painted earlier that
  overlaps it, translucent ones also blended over the colours before them;
* is overlapped by a filled shape, image, shading or form painted after it (``covered``);
* lies over a Form XObject painted before it, or the page holds text inside a Form XObject (the objects
  inside a form are not scanned).

Shapes thinner than 1 pt are left out, as :mod:`resume_lens.extract.hidden` leaves them out (rules and
borders hide nothing). On the fixtures of ``tests/hidden_fixtures.py`` every hidden case falls back; of the
visible ones, a translucent highlight over the text and an OCR layer over a scan fall back too.

**Interleaved columns.** PDFium follows the content stream, so a two-column page whose stream
alternates left and right lines comes out mixed (pdf-notes §3, file r8: 0 of 12 bullets intact), while
pdfminer.six's layout analysis and :mod:`resume_lens.extract.columns` recover it. PDFium's text page
gives one rectangle per run of text on a line, in output order (``FPDFText_GetRect``, about 1 ms a
page); runs side by side on one row form a line. A page is interleaved when either

* at least :data:`MIN_SPLIT_RUN` consecutive lines each hold a horizontal gap wider than
  :data:`SPLIT_GAP_EM` times the line's height between two neighbouring runs, and the text after
  the gap starts at the same x in each (within :data:`COLUMN_ALIGN_PT`): a left-aligned second column
  joined line by line to the first. Right-aligned dates and places ("Company      Berlin") end at the
  same x but start wherever their length puts them, so they do not count; or
* the reading goes back up the page (the next line's baseline is less than half a line height below the
  previous one's, or above it) at least :data:`MIN_BACK_JUMPS` times and on more than
  :data:`MAX_BACK_JUMP_SHARE` of the line breaks (columns read in turn go back up once per column or
  block; interleaved columns on every other line).

Limits: ``max_bytes`` is checked before the engine is chosen; ``max_pages`` on PDFium's page count
before any page is read; ``max_chars`` while pages are read (twice the limit in raw text, as the
pdfminer.six engine does); ``max_seconds`` between pages (cooperatively: one page is one C call).
``max_decoded_bytes`` cannot be metered inside PDFium: a compression bomb costs what PDFium needs to
decode it (4 s on the 256 MB bomb of ``tests/hostile_files.py``) before the empty page sends it to
pdfminer.six, which refuses it (``too_large``). The batch's hard per-file ``--timeout`` and
``--max-memory-mb`` apply to both engines.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from resume_lens.errors import DocumentTooLargeError
from resume_lens.extract.budget import check_budget
from resume_lens.extract.detect import RawText
from resume_lens.extract.hidden import MIN_CONTRAST, OPAQUE_ALPHA, contrast_ratio
from resume_lens.extract.limits import ExtractionLimits, too_many_chars
from resume_lens.extract.normalize import count_garbled

__all__ = [
    "FALLBACK_REASONS",
    "COLUMN_ALIGN_PT",
    "MAX_BACK_JUMP_SHARE",
    "MIN_BACK_JUMPS",
    "MIN_SPLIT_RUN",
    "SPLIT_GAP_EM",
    "SUSPECT_HORIZONTAL_SCALE",
    "SUSPECT_TEXT_SIZE_PT",
    "PdfiumFallback",
    "extract_pdf_pdfium",
    "pdfium_available",
]

#: Fall-back reason code -> what the warning says.
FALLBACK_REASONS = {
    "not_installed": "pypdfium2 is not installed (pip install 'resume_lens[pdfium]')",
    "unreadable": "PDFium could not open it",
    "pdfium_error": "PDFium failed while reading it",
    "hidden_text": "it may draw text a reader cannot see, which only pdfminer.six checks",
    "little_text": "a page has little or no text for PDFium",
    "garbled": "PDFium's text holds unreadable characters",
    "interleaved": "PDFium's text looks interleaved (two columns mixed line by line)",
}

#: Text under this size in points sends the page to pdfminer.six (its hidden-text limit is 3 pt,
#: :data:`resume_lens.extract.hidden.MIN_TEXT_SIZE_PT`; the margin covers the two engines measuring size
#: differently).
SUSPECT_TEXT_SIZE_PT = 3.2
#: Text scaled horizontally below this (1.0 = normal) sends the page to pdfminer.six (its limit is 0.25,
#: :data:`resume_lens.extract.hidden.MIN_HORIZONTAL_SCALE`).
SUSPECT_HORIZONTAL_SCALE = 0.35
#: A gap between neighbouring runs of one line wider than this many line heights splits the line in two
#: (a column gutter; word spaces are about 0.25 em).
SPLIT_GAP_EM = 2.0
#: Consecutive split lines whose second parts start at the same x (within :data:`COLUMN_ALIGN_PT`) that make
#: a page interleaved.
MIN_SPLIT_RUN = 3
#: Points within which the second parts of split lines start at "the same x" (a left-aligned column).
COLUMN_ALIGN_PT = 2.0
#: Going back up the page at least this many times, ...
MIN_BACK_JUMPS = 4
#: ... on more than this share of a page's line breaks, makes it interleaved.
MAX_BACK_JUMP_SHARE = 0.2

_MIN_SHAPE_SIDE = 1.0  # points; hidden.py's _MIN_SHAPE_SIDE
_PAGE_BOX_TOLERANCE = 1.0  # points: text touching the crop box edge is not off the page
_MIN_CHARS_PER_PAGE = 20  # resume_lens.extract.pdf.MIN_CHARS_PER_PAGE (not imported: that loads pdfminer)
_GENERATED_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class PdfiumFallback(Exception):
    """PDFium's text is not used for this file; read it with pdfminer.six.

    Parameters
    ----------
    reason : str
        A key of :data:`FALLBACK_REASONS`.
    detail : str
        Optional specifics (the hidden-text rule, the page number).
    """

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail

    def warning(self, name: str) -> str:
        """The document warning: ``"engine_fallback: NAME was read with pdfminer.six ... (REASON)"``."""
        why = FALLBACK_REASONS[self.reason]
        if self.detail:
            why += f": {self.detail}"
        return (
            f"engine_fallback: {name} was read with pdfminer.six, not PDFium, because {why} ({self.reason})."
        )


def pdfium_available() -> bool:
    """Whether pypdfium2 can be imported (the ``resume_lens[pdfium]`` extra)."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def extract_pdf_pdfium(data: bytes, name: str, limits: ExtractionLimits) -> RawText:
    """Extract the text layer of a PDF with PDFium, or raise :class:`PdfiumFallback`.

    Parameters
    ----------
    data : bytes
        The whole PDF file.
    name : str
        File name for error messages.
    limits : ExtractionLimits
        ``max_pages`` (checked on the page count before any page is read) and ``max_chars`` (raw text
        over twice the limit stops the reading) are used; ``max_seconds`` through the current
        :func:`~resume_lens.extract.budget.extraction_budget`, checked between pages.

    Returns
    -------
    RawText
        Pages separated by ``"\\f"``, lines by ``"\\n"``; no warnings and no hidden spans (a file that
        might have hidden text falls back).

    Raises
    ------
    PdfiumFallback
        The file must be read with pdfminer.six (see the module docstring for the reasons).
    DocumentTooLargeError
        More than ``limits.max_pages`` pages, or far more than ``limits.max_chars`` characters.
    ExtractionTimeoutError
        ``limits.max_seconds`` passed (checked between pages).
    """
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError as e:
        raise PdfiumFallback("not_installed") from e
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise PdfiumFallback("unreadable") from e
    try:
        pages = len(document)
        if pages > limits.max_pages:
            raise DocumentTooLargeError(
                f"{name} has more than {limits.max_pages} pages, too many for a resume; "
                "check it is the right file."
            )
        if pages == 0:
            raise PdfiumFallback("unreadable")
        page_texts: list[str] = []
        raw_length = 0
        for number in range(pages):
            check_budget()
            text = _read_page(document, number, raw)
            page_texts.append(text)
            raw_length += len(text)
            if raw_length > 2 * limits.max_chars:
                raise too_many_chars(name, raw_length, limits.max_chars)
        check_budget()
    except pdfium.PdfiumError as e:
        raise PdfiumFallback("pdfium_error") from e
    finally:
        document.close()
    return RawText(text="\f".join(page_texts), pages=pages)


def _read_page(document: Any, number: int, raw: Any) -> str:
    """One page's text, after the hidden-text scan and the quality and interleaving checks."""
    page = document[number]
    try:
        suspicion = _hidden_text_suspicion(page, raw)
        if suspicion is not None:
            raise PdfiumFallback("hidden_text", f"{suspicion} on page {number + 1}")
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            garbled = count_garbled(text.replace("\x02", ""))
            if garbled.glyphs - garbled.unreadable < _MIN_CHARS_PER_PAGE:
                raise PdfiumFallback("little_text", f"page {number + 1}")
            if garbled.unreadable:
                raise PdfiumFallback("garbled", f"page {number + 1}")
            layout = _line_layout(textpage, raw)
        finally:
            textpage.close()
    finally:
        page.close()
    why = interleaving(layout)
    if why is not None:
        raise PdfiumFallback("interleaved", f"{why} on page {number + 1}")
    # PDFium joins a word hyphenated at a line end into one line, marking the break with U+FFFE;
    # pdfminer.six keeps "applica-\ntion", and so does this engine (the lines stay lines).
    return _GENERATED_LINE_BREAK.sub("\n", text).replace("\ufffe", "-\n")


# ----------------------------------------------------------------------------------- hidden text


@dataclass(frozen=True)
class _Object:
    """A page object as the scan sees it: kind, bounds (left, bottom, right, top in points), fill RGBA."""

    kind: str  # "text", "fill" (a filled path), "image", "shading", "form", "other"
    box: tuple[float, float, float, float]
    fill: tuple[int, int, int, int] | None
    handle: Any


def _hidden_text_suspicion(page: Any, raw: Any) -> str | None:
    """The first hidden-text rule a page object might break (a reason code of ``hidden.py``), or ``None``.

    The rules are listed in the module docstring; each errs on the side of a fall-back.
    """
    crop = _page_box(page)
    backgrounds: list[_Object] = []  # filled shapes painted so far, in paint order
    forms: list[_Object] = []  # forms painted so far (their inner shapes are not scanned)
    texts: list[_Object] = []
    for obj in _objects(page.raw, raw):
        if obj.kind == "text":
            if any(_overlaps(form.box, obj.box) for form in forms):
                return "text over a form"
            reason = _text_suspicion(obj, raw, crop, backgrounds)
            if reason is not None:
                return reason
            texts.append(obj)
        elif obj.kind == "form" and _form_has_text(obj.handle, raw):
            return "text inside a form"
        elif any(_overlaps(obj.box, text.box) for text in texts):
            return "covered"
        elif obj.kind == "fill":
            backgrounds.append(obj)
        elif obj.kind == "form":
            forms.append(obj)
    return None


def _objects(parent: Any, raw: Any) -> Iterator[_Object]:
    count = raw.FPDFPage_CountObjects(parent)
    kinds = {
        raw.FPDF_PAGEOBJ_TEXT: "text",
        raw.FPDF_PAGEOBJ_PATH: "path",
        raw.FPDF_PAGEOBJ_IMAGE: "image",
        raw.FPDF_PAGEOBJ_SHADING: "shading",
        raw.FPDF_PAGEOBJ_FORM: "form",
    }
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    rgba = [ctypes.c_uint() for _ in range(4)]
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    for index in range(count):
        handle = raw.FPDFPage_GetObject(parent, index)
        kind = kinds.get(raw.FPDFPageObj_GetType(handle), "other")
        if kind == "path":
            raw.FPDFPath_GetDrawMode(handle, fillmode, stroke)
            kind = "fill" if fillmode.value else "other"
        if kind == "other":
            continue
        if not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            box = (-math.inf, -math.inf, math.inf, math.inf)  # unknown: overlaps everything
        else:
            box = (left.value, bottom.value, right.value, top.value)
            if kind != "text" and min(box[2] - box[0], box[3] - box[1]) < _MIN_SHAPE_SIDE:
                continue  # a rule or border line: hidden.py ignores shapes this thin too
        fill = None
        if raw.FPDFPageObj_GetFillColor(handle, *rgba):
            fill = (rgba[0].value, rgba[1].value, rgba[2].value, rgba[3].value)
        yield _Object(kind, box, fill, handle)


def _form_has_text(form: Any, raw: Any) -> bool:
    for index in range(raw.FPDFFormObj_CountObjects(form)):
        child = raw.FPDFFormObj_GetObject(form, index)
        kind = raw.FPDFPageObj_GetType(child)
        if kind == raw.FPDF_PAGEOBJ_TEXT or (kind == raw.FPDF_PAGEOBJ_FORM and _form_has_text(child, raw)):
            return True
    return False


def _text_suspicion(
    obj: _Object, raw: Any, crop: tuple[float, float, float, float], backgrounds: list[_Object]
) -> str | None:
    handle = obj.handle
    mode = raw.FPDFTextObj_GetTextRenderMode(handle)
    if mode not in (
        raw.FPDF_TEXTRENDERMODE_FILL,
        raw.FPDF_TEXTRENDERMODE_STROKE,
        raw.FPDF_TEXTRENDERMODE_FILL_STROKE,
    ):
        return "invisible"
    rgba = [ctypes.c_uint() for _ in range(4)]
    if not raw.FPDFPageObj_GetStrokeColor(handle, *rgba):
        return "transparent"  # colour unknown
    stroke = tuple(c.value for c in rgba)
    if obj.fill is None or obj.fill[3] < 255 or stroke[3] < 255:
        return "transparent"
    size = ctypes.c_float()
    matrix = raw.FS_MATRIX()
    if not raw.FPDFTextObj_GetFontSize(handle, size) or not raw.FPDFPageObj_GetMatrix(handle, matrix):
        return "tiny"  # size unknown
    height = math.hypot(matrix.c, matrix.d)
    width = math.hypot(matrix.a, matrix.b)
    if size.value * height < SUSPECT_TEXT_SIZE_PT:
        return "tiny"
    if height <= 0 or width / height < SUSPECT_HORIZONTAL_SCALE:
        return "squashed"
    box = obj.box
    if box[2] > box[0] and box[3] > box[1] and not _inside(box, crop, _PAGE_BOX_TOLERANCE):
        return "off_page"
    clip = _clip_box(handle, raw)
    if clip is not None and not _inside(box, clip, _PAGE_BOX_TOLERANCE):
        return "clipped"
    colour = _rgb(obj.fill if mode != raw.FPDF_TEXTRENDERMODE_STROKE else stroke)
    if any(contrast_ratio(colour, under) < MIN_CONTRAST for under in _backgrounds(box, backgrounds)):
        return "low_contrast"
    return None


def _rgb(rgba: tuple[int, ...]) -> tuple[float, float, float]:
    return (rgba[0] / 255, rgba[1] / 255, rgba[2] / 255)


def _backgrounds(box: tuple[float, ...], shapes: list[_Object]) -> list[tuple[float, float, float]]:
    """Every colour that may lie under some character of a text object with bounds ``box``.

    The paper (white) unless an opaque shape covering the whole box was painted earlier (then the
    topmost such shape), then every later filled shape overlapping the box, and for a translucent one
    its blend over each colour before it (as :func:`resume_lens.extract.hidden._background` blends).
    A shape of unknown colour makes the background unknown, where hidden.py applies no colour rule.
    """
    colours = [(1.0, 1.0, 1.0)]
    for shape in shapes:
        if shape.fill is None or not _overlaps(shape.box, box):
            continue
        rgb, alpha = _rgb(shape.fill), shape.fill[3] / 255
        if alpha >= OPAQUE_ALPHA and _inside(box, shape.box, 0.0):
            colours = [rgb]
        elif alpha >= OPAQUE_ALPHA:
            colours.append(rgb)
        else:
            blends = [
                tuple(alpha * a + (1 - alpha) * b for a, b in zip(rgb, base, strict=True)) for base in colours
            ]
            colours.extend([rgb, *blends])  # type: ignore[list-item]
    return colours


def _clip_box(handle: Any, raw: Any) -> tuple[float, float, float, float] | None:
    """The bounding box of an object's clipping path (page space), or ``None`` when it has none."""
    clip = raw.FPDFPageObj_GetClipPath(handle)
    if not clip:
        return None
    xs: list[float] = []
    ys: list[float] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(raw.FPDFClipPath_CountPaths(clip)):
        for index in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
            segment = raw.FPDFClipPath_GetPathSegment(clip, path, index)
            if segment and raw.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
    if not xs:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


def _page_box(page: Any) -> tuple[float, float, float, float]:
    left, bottom, right, top = page.get_cropbox()
    return (min(left, right), min(bottom, top), max(left, right), max(bottom, top))


def _inside(inner: tuple[float, ...], outer: tuple[float, ...], tolerance: float) -> bool:
    return (
        inner[0] >= outer[0] - tolerance
        and inner[1] >= outer[1] - tolerance
        and inner[2] <= outer[2] + tolerance
        and inner[3] <= outer[3] + tolerance
    )


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# ----------------------------------------------------------------------------------- interleaving


@dataclass(frozen=True)
class _Line:
    """One line of PDFium's text: the boxes of its text runs, left to right, in output order."""

    lefts: tuple[float, ...]
    rights: tuple[float, ...]
    baseline: float  # lowest bottom of the runs, points from the page's bottom
    height: float  # tallest run (about the font size), points


def _line_layout(textpage: Any, raw: Any) -> list[_Line]:
    """The page's lines, from the rectangles PDFium gives for its text runs (``FPDFText_GetRect``).

    PDFium returns one rectangle per run of characters from one text object on one line, in output
    order. Consecutive rectangles form one line while each starts to the right of the one before and
    its vertical centre lies within that one's height; anything else starts a new line.
    """
    handle = textpage.raw
    count = raw.FPDFText_CountRects(handle, 0, -1)
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    lines: list[_Line] = []
    current: list[tuple[float, float, float, float]] = []

    def close() -> None:
        if current:
            lines.append(
                _Line(
                    tuple(box[0] for box in current),
                    tuple(box[2] for box in current),
                    min(box[1] for box in current),
                    max(box[3] - box[1] for box in current),
                )
            )
        current.clear()

    for index in range(count):
        if not raw.FPDFText_GetRect(handle, index, left, top, right, bottom):
            continue
        box = (left.value, min(bottom.value, top.value), right.value, max(bottom.value, top.value))
        if current:
            before = current[-1]
            centre = (box[1] + box[3]) / 2
            if not (box[0] >= before[2] - 0.5 and before[1] <= centre <= before[3]):
                close()
        current.append(box)
    close()
    return lines


def interleaving(lines: list[_Line]) -> str | None:
    """Why a page's output lines look like interleaved columns, or ``None`` (rules in the module docstring).

    Parameters
    ----------
    lines : list of _Line
        The page's output lines in PDFium's order.

    Returns
    -------
    str or None
        ``"N lines in a row join two columns"`` or ``"the text goes back up the page N times in M line
        breaks"``.
    """
    run = longest = 0
    previous: list[float] = []  # where the previous line's parts after a wide gap start
    for line in lines:
        gap = SPLIT_GAP_EM * max(line.height, 1.0)
        starts = [
            left for right, left in zip(line.rights, line.lefts[1:], strict=False) if left - right > gap
        ]
        aligned = any(abs(a - b) <= COLUMN_ALIGN_PT for a in starts for b in previous)
        run = run + 1 if aligned else (1 if starts else 0)
        longest = max(longest, run)
        previous = starts
    if longest >= MIN_SPLIT_RUN:
        return f"{longest} lines in a row join two columns"
    breaks = len(lines) - 1
    back = sum(
        1
        for before, after in zip(lines, lines[1:], strict=False)
        if after.baseline >= before.baseline - 0.5 * max(before.height, 1.0)
    )
    if back >= MIN_BACK_JUMPS and back > MAX_BACK_JUMP_SHARE * breaks:
        return f"the text goes back up the page {back} times in {breaks} line breaks"
    return None
