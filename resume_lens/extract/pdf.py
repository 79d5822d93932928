"""PDF resumes through pdfminer.six, with the quality gates of pdf-notes §6.7.

Engine and settings follow pdf-notes §0 and §6.4: pdfminer.six with
``LAParams(all_texts=True, detect_vertical=True)`` and every other layout parameter at its default
(the defaults kept sidebars and main columns apart on every two-column test file, §1 row 1;
``all_texts`` un-glues text inside Form XObjects, §1 row 12; ``detect_vertical`` fixes
``/Rotate 90`` pages, §1 row 11).

Quality gates (pdf-notes §6.7), decided here:

* **scanned**: fewer than :data:`MIN_CHARS_PER_PAGE` non-space characters per page on average
  raises :class:`~resume_lens.errors.NoTextLayerError` (OCR needed). A PDF with no text *and*
  nothing drawn at all raises :class:`~resume_lens.errors.EmptyDocumentError` instead. In a
  multi-page file that passes, each individual text-less page with graphics gets a warning.
* **garbled**: pdfminer prints ``(cid:NN)`` for glyphs its font has no Unicode mapping for
  (§1 row 3). Counting each such token as one character, an unmapped share above
  :data:`MAX_GARBLED_SHARE` (2 %, the §6.7 threshold) adds a warning; above
  :data:`UNREADABLE_GARBLED_SHARE` (50 %) the text is unusable and
  :class:`~resume_lens.errors.NoTextLayerError` is raised, because the maintainers' answer for a
  missing ToUnicode map is OCR (§1 row 3). Every unmapped token is replaced by U+FFFD so that
  ``(cid:NN)`` noise never reaches the rules. ``(cid:127)`` is the WinAnsi bullet and is left for
  :func:`~resume_lens.extract.normalize.normalize_text`.
* **encrypted**: a user password raises :class:`~resume_lens.errors.EncryptedDocumentError`;
  owner-only restrictions open with the empty password and extraction proceeds (§1 row 7).
* **corrupt**: every pdfminer error (all derive from ``PSException`` since pdfminer.six #949,
  §5.2) and the built-in errors a damaged file can still provoke raise
  :class:`~resume_lens.errors.CorruptDocumentError`.
* **too_large**: the page tree is counted before any page is parsed; more than ``max_pages``
  pages raises :class:`~resume_lens.errors.DocumentTooLargeError` (§6.3).

Not done yet: hidden-text detection (§2), AcroForm field values (§1 row 12), and a time or
memory limit, without which a Flate bomb can still keep pdfminer busy (§1 row 9).
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Iterator
from itertools import islice

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTContainer,
    LTCurve,
    LTFigure,
    LTImage,
    LTItem,
    LTPage,
    LTText,
    LTTextBox,
)
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psexceptions import PSException

from resume_lens.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ResumeLensError,
)
from resume_lens.extract.detect import RawText
from resume_lens.extract.limits import ExtractionLimits, too_many_chars

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
MAX_GARBLED_SHARE = 0.02
#: Share of unmapped glyphs above which the text is treated as unreadable (our choice: "most").
UNREADABLE_GARBLED_SHARE = 0.5

_CID_RE = re.compile(r"\(cid:(\d+)\)")
_NON_SPACE_RE = re.compile(r"\S")
# Control characters other than whitespace: the other engines' sign of a missing ToUnicode map.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f]")

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
        Raw text with pages separated by ``"\\f"``, the page count, and quality warnings.

    Raises
    ------
    EncryptedDocumentError
        A user password is needed, or the encryption method is not supported.
    CorruptDocumentError
        The file is truncated or damaged, or has no pages.
    DocumentTooLargeError
        More than ``limits.max_pages`` pages, or far more than ``limits.max_chars`` characters.
    NoTextLayerError
        Too little text per page (scanned), or most glyphs cannot be mapped to characters.
    EmptyDocumentError
        No text and nothing drawn on any page.
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
        raw_length = 0
        for text, has_graphics in _iter_page_texts(pages):
            page_texts.append(text)
            page_graphics.append(has_graphics)
            raw_length += len(text)
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
            f"{name} is a damaged or truncated PDF ({type(e).__name__}); "
            "ask the candidate to re-export or resend it."
        ) from e
    except _PARSER_BUGS as e:
        raise CorruptDocumentError(
            f"{name} is a malformed PDF that could not be read ({type(e).__name__}); "
            "ask the candidate to re-export or resend it."
        ) from e
    return _apply_quality_gates(page_texts, page_graphics, name)


def _iter_page_texts(pages: list[PDFPage]) -> Iterator[tuple[str, bool]]:
    """Yield ``(text, has_graphics)`` per page, laid out like pdfminer's ``extract_text``."""
    resources = PDFResourceManager()
    device = PDFPageAggregator(resources, laparams=make_laparams())
    interpreter = PDFPageInterpreter(resources, device)
    for page in pages:
        interpreter.process_page(page)
        yield _render_layout(device.get_result())


def _render_layout(layout: LTPage) -> tuple[str, bool]:
    """Mirror ``pdfminer.converter.TextConverter.receive_layout`` and note drawn content.

    Returns the page's text and whether anything other than text (image, figure, path) is drawn.
    """
    parts: list[str] = []
    has_graphics = False

    def render(item: LTItem) -> None:
        nonlocal has_graphics
        if isinstance(item, (LTFigure, LTImage, LTCurve)):
            has_graphics = True
        if isinstance(item, LTContainer):
            for child in item:
                render(child)
        elif isinstance(item, LTText):
            parts.append(item.get_text())
        if isinstance(item, LTTextBox):
            parts.append("\n")

    render(layout)
    return "".join(parts), has_graphics


def _non_space_count(text: str) -> int:
    return len(_NON_SPACE_RE.findall(text))


def _apply_quality_gates(page_texts: list[str], page_graphics: list[bool], name: str) -> RawText:
    pages = len(page_texts)
    text = "\f".join(page_texts)
    unmapped = sum(1 for m in _CID_RE.finditer(text) if m.group(1) != "127")
    unmapped += len(_CONTROL_RE.findall(text))
    # Each "(cid:NN)" token stands for one glyph: count it once, not by its length.
    cid_token_chars = sum(len(m.group(0)) - 1 for m in _CID_RE.finditer(text))
    glyphs = _non_space_count(text) - cid_token_chars

    if glyphs == 0 and not any(page_graphics):
        raise EmptyDocumentError(f"{name} has only blank pages; ask the candidate for the complete file.")
    if glyphs < MIN_CHARS_PER_PAGE * pages:
        raise NoTextLayerError(
            f"{name} has no text layer (it is probably a scanned image); "
            "run OCR on it (for example with ocrmypdf) and try again."
        )
    share = unmapped / glyphs
    if share > UNREADABLE_GARBLED_SHARE:
        raise NoTextLayerError(
            f"{name} has text that cannot be decoded (its fonts lack a character map); "
            "run OCR on it (for example with ocrmypdf) and try again."
        )

    warnings: list[str] = []
    if share > MAX_GARBLED_SHARE:
        warnings.append(
            f"{name}: {share:.0%} of the characters could not be decoded (fonts without a character map); "
            "some words may be missing."
        )
    if pages > 1:
        for number, (page_text, graphics) in enumerate(zip(page_texts, page_graphics, strict=True), start=1):
            if graphics and _non_space_count(page_text) < MIN_CHARS_PER_PAGE:
                warnings.append(
                    f"{name}: page {number} has no text layer (probably scanned); its content was not read."
                )
    text = _CID_RE.sub(lambda m: m.group(0) if m.group(1) == "127" else "\ufffd", text)
    return RawText(text=text, pages=pages, warnings=tuple(warnings))
