"""PDF resumes through pdfminer.six, with the quality gates of pdf-notes §6.7.

Engine and settings follow pdf-notes §0 and §6.4: pdfminer.six with
``LAParams(all_texts=True, detect_vertical=True)`` and every other layout parameter at its default
(the defaults kept sidebars and main columns apart on every two-column test file, §1 row 1;
``all_texts`` un-glues text inside Form XObjects, §1 row 12; ``detect_vertical`` fixes
``/Rotate 90`` pages, §1 row 11).

Reading order (issue 5 item 1): pdfminer's text lines are kept, but their order is decided by
:mod:`resume_lens.extract.columns` rather than by ``boxes_flow``: columns and sidebars are read one
after the other, left to right; dates, places and labels set in a narrow margin column stay beside
their entry; justified lines that pdfminer broke into words are joined; rotated section titles head
their section.

Quality gates (pdf-notes §6.7), decided here:

* **scanned**: fewer than :data:`MIN_CHARS_PER_PAGE` non-space characters per page on average
  raises :class:`~resume_lens.errors.NoTextLayerError` (OCR needed). A PDF with no text *and*
  nothing drawn at all raises :class:`~resume_lens.errors.EmptyDocumentError` instead. In a
  multi-page file that passes, each individual text-less page with graphics gets a warning.
* **garbled**: pdfminer prints ``(cid:NN)`` for glyphs its font has no Unicode mapping for
  (§1 row 3). Counted by :func:`~resume_lens.extract.normalize.count_garbled` (each token one
  glyph), an unreadable share above :data:`MAX_GARBLED_SHARE` (2 %, the §6.7 threshold) adds a
  ``garbled_text`` warning; above :data:`UNREADABLE_GARBLED_SHARE` (30 %, issue 5 item 2) the
  text is unusable and :class:`~resume_lens.errors.GarbledTextError` is raised, because the
  maintainers' answer for a missing ToUnicode map is OCR or another export (§1 row 3). Every
  unmapped token is replaced by U+FFFD so that ``(cid:NN)`` noise never reaches the rules.
  ``(cid:127)`` is the WinAnsi bullet and is left for
  :func:`~resume_lens.extract.normalize.normalize_text`.
* **hidden text**: pages go through :class:`~resume_lens.extract.hidden.HiddenTextInterpreter`
  and :class:`~resume_lens.extract.hidden.HiddenTextAggregator`, which take characters a reader
  cannot see out of the page before layout analysis (§2). They are returned as
  ``RawText.hidden_spans`` with a ``hidden_text`` warning, never as text.
* **icon fonts**: a glyph drawn from a dingbat or icon font (ZapfDingbats, Wingdings, Webdings,
  FontAwesome, ...) is a bullet or an icon whatever letter its font maps it to (ZapfDingbats "■"
  prints as "n", §1 row 5), so it becomes "•".
* **encrypted**: a user password raises :class:`~resume_lens.errors.EncryptedDocumentError`;
  owner-only restrictions open with the empty password and extraction proceeds (§1 row 7).
* **corrupt**: every pdfminer error (all derive from ``PSException`` since pdfminer.six #949,
  §5.2) and the built-in errors a damaged file can still provoke raise
  :class:`~resume_lens.errors.CorruptDocumentError`.
* **too_large**: the page tree is counted before any page is parsed; more than ``max_pages``
  pages raises :class:`~resume_lens.errors.DocumentTooLargeError` (§6.3).

Time, decoded bytes, objects per page, layout work and font tables are bounded while pdfminer
works, by the hooks of :mod:`resume_lens.extract.budget` (a Flate bomb, §1 row 9, stops at
``limits.max_decoded_bytes``). Not done yet: AcroForm field values (§1 row 12).
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Iterator, Sequence
from itertools import islice

from pdfminer.layout import (
    LAParams,
    LTContainer,
    LTCurve,
    LTFigure,
    LTImage,
    LTItem,
    LTPage,
    LTTextContainer,
)
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psexceptions import PSException

from resume_lens.document import HiddenSpan
from resume_lens.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    GarbledTextError,
    NoTextLayerError,
    ResumeLensError,
)
from resume_lens.extract.columns import page_fragments, reading_order
from resume_lens.extract.detect import RawText
from resume_lens.extract.hidden import (
    HiddenTextAggregator,
    HiddenTextInterpreter,
    hidden_spans_from_chars,
    hidden_text_warning,
)
from resume_lens.extract.limits import ExtractionLimits, too_many_chars
from resume_lens.extract.normalize import (
    GARBLED_ERROR_SHARE,
    GARBLED_WARNING_SHARE,
    count_garbled,
)

__all__ = [
    "MAX_GARBLED_SHARE",
    "MIN_CHARS_PER_PAGE",
    "UNREADABLE_GARBLED_SHARE",
    "extract_pdf_bytes",
    "make_laparams",
]

#: pdf-notes §6.7 "scanned": fewer non-space characters than this per page means no text layer.
MIN_CHARS_PER_PAGE = 20
#: pdf-notes §6.7 "garbled": share of unmapped glyphs above which a warning is added.
MAX_GARBLED_SHARE = GARBLED_WARNING_SHARE
#: Share of unmapped glyphs above which the text is refused as garbled (issue 5 item 2: 30 %).
UNREADABLE_GARBLED_SHARE = GARBLED_ERROR_SHARE

_CID_RE = re.compile(r"\(cid:(\d+)\)")
_NON_SPACE_RE = re.compile(r"\S")

# Built-in errors that pdfminer can still raise on malformed input (OSS-Fuzz fixes in 20250324
# and 20250416 show the kinds). They are caught only around pdfminer calls and re-raised typed.
_PARSER_BUGS: tuple[type[BaseException], ...] = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    AssertionError,
    RecursionError,
    ZeroDivisionError,
    OverflowError,
    EOFError,
    zlib.error,
    struct.error,
)


def make_laparams() -> LAParams:
    """Return the layout parameters of pdf-notes §0: defaults plus ``all_texts`` and ``detect_vertical``."""
    return LAParams(all_texts=True, detect_vertical=True)


def extract_pdf_bytes(data: bytes, name: str, limits: ExtractionLimits) -> RawText:
    """Extract the text layer of a PDF.

    Parameters
    ----------
    data : bytes
        The whole PDF file.
    name : str
        File name for error messages.
    limits : ExtractionLimits
        ``max_pages`` is checked on the page tree before parsing; parsing stops early once the raw
        text passes twice ``max_chars`` characters (the caller checks the normalised length).

    Returns
    -------
    RawText
        Raw text of the visible characters with pages separated by ``"\\f"``, the page count,
        quality warnings (``garbled_text``, ``hidden_text``, scanned pages) and the hidden spans.

    Raises
    ------
    EncryptedDocumentError
        A user password is needed, or the encryption method is not supported.
    CorruptDocumentError
        The file is truncated or damaged, or has no pages.
    DocumentTooLargeError
        More than ``limits.max_pages`` pages, or far more than ``limits.max_chars`` characters.
    NoTextLayerError
        Too little text per page (scanned).
    GarbledTextError
        More than :data:`UNREADABLE_GARBLED_SHARE` of the glyphs cannot be mapped to characters.
    EmptyDocumentError
        No text and nothing drawn on any page, or all of the text is hidden from the reader.
    """
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        pages = list(islice(PDFPage.create_pages(document), limits.max_pages + 1))
        if len(pages) > limits.max_pages:
            raise DocumentTooLargeError(
                f"{name} has more than {limits.max_pages} pages, too many for a resume; "
                "check it is the right file."
            )
        if not pages:
            raise CorruptDocumentError(
                f"{name} is a PDF with no pages; ask the candidate to re-export or resend it."
            )
        page_texts: list[str] = []
        page_graphics: list[bool] = []
        hidden_spans: list[HiddenSpan] = []
        raw_length = 0
        for text, has_graphics, hidden in _iter_page_texts(pages):
            page_texts.append(text)
            page_graphics.append(has_graphics)
            hidden_spans.extend(hidden)
            raw_length += len(text) + sum(len(span.text) for span in hidden)
            if raw_length > 2 * limits.max_chars:
                raise too_many_chars(name, raw_length, limits.max_chars)
    except ResumeLensError:
        raise
    except PDFPasswordIncorrect as e:
        raise EncryptedDocumentError(
            f"{name} is password-protected; ask the candidate for an unprotected copy."
        ) from e
    except PDFEncryptionError as e:
        raise EncryptedDocumentError(
            f"{name} uses a PDF encryption method resume_lens cannot open; "
            "ask the candidate for an unprotected copy."
        ) from e
    except PSException as e:
        raise CorruptDocumentError(
            f"{name} is a damaged or truncated PDF; ask the candidate to re-export or resend it."
        ) from e
    except _PARSER_BUGS as e:
        raise CorruptDocumentError(
            f"{name} is a malformed PDF that could not be read; ask the candidate to re-export or resend it."
        ) from e
    return _apply_quality_gates(page_texts, page_graphics, name, hidden_spans)


def _iter_page_texts(pages: list[PDFPage]) -> Iterator[tuple[str, bool, list[HiddenSpan]]]:
    """Yield ``(text, has_graphics, hidden_spans)`` per page.

    The text is laid out like pdfminer's ``extract_text`` from the visible characters only; the
    hidden ones come back as spans (see :mod:`resume_lens.extract.hidden`).
    """
    laparams = make_laparams()
    resources = PDFResourceManager()
    device = HiddenTextAggregator(resources, laparams=laparams)
    interpreter = HiddenTextInterpreter(resources, device)
    for number, page in enumerate(pages, start=1):
        interpreter.process_page(page)
        text, has_graphics = _render_layout(device.get_result())
        yield text, has_graphics, hidden_spans_from_chars(device.hidden_chars, number, laparams)


def _render_layout(layout: LTPage) -> tuple[str, bool]:
    """Lay out a page's text in reading order and note drawn content.

    Returns the page's text (columns, side notes and rotated headings ordered by
    :func:`~resume_lens.extract.columns.reading_order`) and whether anything other than text
    (image, figure, path) is drawn.
    """
    has_graphics = _has_graphics(layout)
    return reading_order(page_fragments(layout)), has_graphics


def _has_graphics(container: LTContainer[LTItem]) -> bool:
    """True if ``container`` holds an image, figure or path at any depth.

    Text boxes, lines and groups are not searched: pdfminer builds them from characters alone
    (``LTLayoutContainer.analyze`` groups only the ``LTChar`` objects), so they hold no graphics,
    and a page's thousands of characters need not be visited.
    """
    for item in container:
        if isinstance(item, (LTFigure, LTImage, LTCurve)):
            return True
        if isinstance(item, LTContainer) and not isinstance(item, LTTextContainer) and _has_graphics(item):
            return True
    return False


def _non_space_count(text: str) -> int:
    return len(_NON_SPACE_RE.findall(text))


def _apply_quality_gates(
    page_texts: list[str],
    page_graphics: list[bool],
    name: str,
    hidden_spans: Sequence[HiddenSpan] = (),
) -> RawText:
    """Turn per-page raw text into :class:`RawText`, or raise when the text layer is unusable.

    Raises ``EmptyDocumentError`` (blank pages, or every character hidden), ``NoTextLayerError``
    (scanned) or ``GarbledTextError`` (more than :data:`UNREADABLE_GARBLED_SHARE` unreadable).
    """
    pages = len(page_texts)
    text = "\f".join(page_texts)
    counts = count_garbled(text)
    glyphs = counts.glyphs

    hidden_chars = sum(_non_space_count(span.text) for span in hidden_spans)
    if glyphs < MIN_CHARS_PER_PAGE * pages and hidden_chars >= MIN_CHARS_PER_PAGE * pages:
        raise EmptyDocumentError(
            f"{name} has no visible text: its text is hidden from the reader (white, tiny or invisible); "
            "ask the candidate for a readable copy."
        )
    if glyphs == 0 and not any(page_graphics):
        raise EmptyDocumentError(f"{name} has only blank pages; ask the candidate for the complete file.")
    if glyphs < MIN_CHARS_PER_PAGE * pages:
        raise NoTextLayerError(
            f"{name} has no text layer (it is probably a scanned image); "
            "run OCR on it (for example with ocrmypdf) and try again."
        )
    share = counts.share
    if share > UNREADABLE_GARBLED_SHARE:
        raise GarbledTextError(
            f"{name}: {share:.0%} of its characters cannot be read because the PDF's fonts have no "
            "character map; run OCR on it (for example with ocrmypdf) or ask for another export (DOCX or a "
            "PDF saved from another program)."
        )

    warnings: list[str] = []
    if share > MAX_GARBLED_SHARE:
        warnings.append(
            f"garbled_text: {share:.0%} of the characters of {name} could not be decoded "
            "(its fonts have no character map); some words may be missing."
        )
    if pages > 1:
        for number, (page_text, graphics) in enumerate(zip(page_texts, page_graphics, strict=True), start=1):
            if graphics and _non_space_count(page_text) < MIN_CHARS_PER_PAGE:
                warnings.append(
                    f"{name}: page {number} has no text layer (probably scanned); its content was not read."
                )
    hidden_warning = hidden_text_warning(name, hidden_spans)
    if hidden_warning is not None:
        warnings.append(hidden_warning)
    text = _CID_RE.sub(lambda m: m.group(0) if m.group(1) == "127" else "\ufffd", text)
    return RawText(text=text, pages=pages, warnings=tuple(warnings), hidden_spans=tuple(hidden_spans))
