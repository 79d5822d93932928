"""Word (.docx) resumes through python-docx.

Text comes out one line per paragraph, in document order: the first section's header, then the
body, where tables are read cell by cell (row by row), content controls (``w:sdt``) are opened,
and text boxes are read right after the paragraph that anchors them. List paragraphs get a
``"• "`` prefix. Footers are skipped (they mostly hold page numbers).

Within a paragraph, the text is what Word shows with tracked changes accepted (its default
"Simple Markup" view): runs are read in document order through the inline wrappers Word nests
them in (tracked insertions ``w:ins`` and moves ``w:moveTo``, content controls ``w:sdt``,
hyperlinks, smart tags, simple fields ``w:fldSimple`` whose result is the shown text, custom XML,
``w:dir``/``w:bdo``), while tracked deletions (``w:del``, ``w:delText``) and moved-away text
(``w:moveFrom``) are left out, as are text boxes inside them and paragraphs whose every word and
paragraph mark were deleted. The same runs are tested for hidden text.

Runs a reader cannot see (``w:vanish``, white or background-coloured font, under 3 pt; see
:class:`~resume_lens.extract.docx_hidden.DocxHiddenText`) are left out of the text and returned as
hidden spans with a ``hidden_text`` warning. Symbol characters (``w:sym``) and text in dingbat or
icon fonts (Wingdings bullets typed by hand) become "•".

Which Word files are read (the main part is found through the package relationships, so Word
Online's ``word/document2.xml`` is read like ``word/document.xml``):

* ``.docx`` documents, and also ``.docm`` (macro-enabled: the macros are never run, only the
  text is read) and ``.dotx``/``.dotm`` templates. Their main part is the same WordprocessingML as
  a ``.docx``; python-docx refuses them only by content type, so the part is loaded with
  python-docx's ``DocumentPart`` (a resume saved as a template is still the resume).
* Refused with :class:`~resume_lens.errors.UnsupportedFormatError`: Strict Open XML documents
  (Word's "Strict Open XML Document" save option), whose every element is in other namespaces
  that python-docx cannot read; and documents whose only content is an ``w:altChunk`` (an HTML,
  RTF or other file embedded for Word to convert on opening, as some web resume builders export),
  because reading HTML would bypass the hidden-text checks. A document with some text and an
  altChunk is read with an ``embedded_content`` warning that the chunk was not.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import docx  # noqa: F401  (registers python-docx's part classes with PartFactory)
from docx.exceptions import PythonDocxError
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.exceptions import OpcError
from docx.opc.package import Unmarshaller
from docx.opc.part import PartFactory
from docx.opc.pkgreader import PackageReader
from docx.oxml.ns import qn
from docx.package import Package
from docx.parts.document import DocumentPart
from docx.text.paragraph import Paragraph
from lxml import etree

from resume_lens.document import HiddenSpan
from resume_lens.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    ResumeLensError,
    UnsupportedFormatError,
)
from resume_lens.extract.budget import check_budget
from resume_lens.extract.detect import RawText
from resume_lens.extract.docx_hidden import DocxHiddenText
from resume_lens.extract.hidden import REASONS, hidden_text_warning
from resume_lens.extract.limits import ExtractionLimits, too_many_chars
from resume_lens.extract.normalize import BULLET, ICON_FONT_RE, normalize_text
from resume_lens.extract.safezip import WORD_MAIN_CONTENT_TYPES, check_zip_members, find_main_part

__all__ = ["MAX_INFLATION", "MAX_XML_INFLATION", "extract_docx_bytes"]

#: A DOCX whose zip members inflate to more than this multiple of ``max_bytes`` is refused before
#: python-docx loads it (python-docx reads every part into memory). 100 MB at the default limit.
MAX_INFLATION = 10
#: The XML parts alone (text and markup, not images) may inflate to this multiple of ``max_bytes``:
#: 20 MB at the default limit, far above any real resume (a few hundred KB), because walking the
#: XML costs seconds per MB.
MAX_XML_INFLATION = 2

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _R, _TBL, _TXBX = qn("w:p"), qn("w:r"), qn("w:tbl"), qn("w:txbxContent")
_ALT_CHUNK = qn("w:altChunk")
_SYM = qn("w:sym")
# The run children python-docx's ``Run.text`` reads, plus w:sym (a symbol-font character).
_RUN_CONTENT = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab | w:sym"
_NON_SPACE_RE = re.compile(r"\S")
# Block-level wrappers whose children are read in order: table parts, content controls,
# custom XML and tracked insertions or moves.
_CONTAINERS = frozenset(
    qn(tag) for tag in ("w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo")
)
# Inline wrappers whose runs Word shows (ECMA-376 Part 1 §17.3.2-17.3.3, §17.5.1, §17.5.2,
# §17.13.5, §17.16.19): read in order. w:sdt yields only its w:sdtContent (w:sdtPr holds no runs).
_INLINE_CONTAINERS = frozenset(
    qn(tag)
    for tag in (
        "w:ins",
        "w:moveTo",
        "w:hyperlink",
        "w:smartTag",
        "w:fldSimple",
        "w:customXml",
        "w:sdt",
        "w:sdtContent",
        "w:dir",
        "w:bdo",
    )
)
# Tracked deletions and moved-away text: Word shows them only as revision marks.
_REMOVED = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom"))
# A paragraph mark deleted (or moved away) as a tracked change.
_DELETED_MARK = "w:pPr/w:rPr/w:del | w:pPr/w:rPr/w:moveFrom"
# Main-part content types python-docx has no part class for (it loads only .docx main parts):
# the same WordprocessingML, loaded with its DocumentPart (see the module docstring).
_OTHER_WORD_MAIN_TYPES = WORD_MAIN_CONTENT_TYPES - {CONTENT_TYPE.WML_DOCUMENT_MAIN}
# What an altChunk's content type holds, for the message (ECMA-376 Part 1 §17.17.2.1).
_CHUNK_KINDS = {
    "text/html": "a web page (HTML)",
    "application/xhtml+xml": "a web page (HTML)",
    "message/rfc822": "a web archive (MHT)",
    "application/rtf": "an RTF document",
    "text/rtf": "an RTF document",
    "text/plain": "a plain-text file",
    CONTENT_TYPE.WML_DOCUMENT_MAIN: "a Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
}
# Built-in and library errors python-docx, zipfile and lxml raise on damaged files.
_DOCX_ERRORS: tuple[type[BaseException], ...] = (
    OpcError,
    PythonDocxError,
    zipfile.BadZipFile,
    zlib.error,
    etree.LxmlError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    EOFError,
    OSError,
    NotImplementedError,  # zipfile: an unsupported zip version or compression method
    RuntimeError,  # zipfile: a member encrypted with a zip password
)


def extract_docx_bytes(data: bytes, name: str, limits: ExtractionLimits) -> RawText:
    """Extract the paragraphs of a DOCX file as lines.

    Parameters
    ----------
    data : bytes
        The whole ``.docx`` file (a zip archive holding ``word/document.xml``).
    name : str
        File name for error messages.
    limits : ExtractionLimits
        The zip members may inflate to at most ``MAX_INFLATION * limits.max_bytes`` bytes.

    Returns
    -------
    RawText
        One line per paragraph (a paragraph with manual line breaks gives several), one page.

    Raises
    ------
    CorruptDocumentError
        The zip, a required part or its XML is damaged or missing, or python-docx cannot read it.
    DocumentTooLargeError
        The archive inflates past ``MAX_INFLATION * limits.max_bytes`` bytes, its XML parts past
        ``MAX_XML_INFLATION * limits.max_bytes``, or its text past ``limits.max_chars`` characters.
    EncryptedDocumentError, UnsupportedFormatError
        A member is zip-encrypted, or uses a compression method Word does not write (see
        :func:`~resume_lens.extract.safezip.check_zip_members`, which also refuses a member that
        inflates past its declared size as corrupt).
    ExtractionTimeoutError
        Reading took longer than ``limits.max_seconds`` (checked per member chunk and per line).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
            xml = sum(info.file_size for info in archive.infolist() if info.filename.endswith(".xml"))
        if inflated > MAX_INFLATION * limits.max_bytes or xml > MAX_XML_INFLATION * limits.max_bytes:
            raise DocumentTooLargeError(
                f"{name} unpacks to {inflated:,} bytes ({xml:,} of text and markup), more than the limits of "
                f"{MAX_INFLATION * limits.max_bytes:,} and {MAX_XML_INFLATION * limits.max_bytes:,}; "
                "ask the candidate for a PDF copy."
            )
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # no member inflates past its declared size
            check_zip_members(archive, name)
            main = find_main_part(archive)
        if main is not None and main.strict:
            raise UnsupportedFormatError(
                f"{name} is saved as a Strict Open XML Document, a Word format resume_lens cannot read; "
                "ask the candidate to save it as a normal Word Document (.docx) or PDF."
            )
        document = _open_document(data)
        reader = _Reader(DocxHiddenText(document))
        lines = _unique_header_lines(document, reader)
        chars = sum(len(line) + 1 for line in lines)
        for line in _walk(document.element.body, document, reader):
            check_budget()
            lines.append(line)
            chars += len(line) + 1 + reader.take_hidden_chars()
            if chars > limits.max_chars:  # stop walking as soon as the text is too long
                raise too_many_chars(name, chars, limits.max_chars)
        chunks = _alt_chunk_kinds(document)
    except ResumeLensError:
        raise
    except _DOCX_ERRORS as e:
        raise CorruptDocumentError(
            f"{name} is a damaged Word file that could not be read; "
            "ask the candidate to re-save it as .docx or PDF."
        ) from e
    warnings: list[str] = []
    if chunks:
        what = " and ".join(sorted(set(chunks)))
        if not any(line.strip() for line in lines) and not reader.spans:
            raise UnsupportedFormatError(
                f"{name} holds its content as {what} embedded for Word to convert when it opens the file, "
                "which resume_lens does not read; ask the candidate to open it in Word and save it as "
                ".docx or PDF."
            )
        warnings.append(
            f"embedded_content: part of {name} is {what} embedded for Word to convert when it opens "
            "the file; that part was not read, so ask for a .docx saved by Word or a PDF if evidence "
            "seems missing."
        )
    warning = hidden_text_warning(name, reader.spans)
    if warning:
        warnings.insert(0, warning)
    return RawText(
        text="\n".join(lines),
        pages=1,
        warnings=tuple(warnings),
        hidden_spans=tuple(reader.spans),
    )


class _WordPartFactory(PartFactory):
    """python-docx's part factory, also loading template and macro-enabled main parts as documents.

    ``PartFactory.part_type_for`` is python-docx's documented hook for choosing a part class by
    content type; a subclass keeps the change out of python-docx's global registry.
    """

    part_type_for = {
        **PartFactory.part_type_for,
        **{content_type: DocumentPart for content_type in _OTHER_WORD_MAIN_TYPES},
    }


def _open_document(data: bytes) -> Any:
    """The python-docx ``Document`` of a .docx, .docm, .dotx or .dotm file.

    Does what ``docx.Document`` does (``OpcPackage.open``) with :class:`_WordPartFactory`, then
    checks, as ``docx.Document`` does, that the main part is a WordprocessingML document.

    Raises
    ------
    ValueError
        The main part is not a Word document part (python-docx's own error for that case).
    KeyError
        The package has no ``officeDocument`` relationship (python-docx's own error).
    """
    package = Package()
    Unmarshaller.unmarshal(PackageReader.from_file(io.BytesIO(data)), package, _WordPartFactory)
    part = package.part_related_by(RELATIONSHIP_TYPE.OFFICE_DOCUMENT)
    if not isinstance(part, DocumentPart) or part.content_type not in WORD_MAIN_CONTENT_TYPES:
        raise ValueError(f"the main part has content type {part.content_type!r}, not a Word document's")
    return part.document


def _alt_chunk_kinds(document: Any) -> list[str]:
    """What each ``w:altChunk`` of the body holds ("a web page (HTML)", ...), in document order."""
    kinds: list[str] = []
    related = document.part.related_parts
    for chunk in document.element.body.iter(_ALT_CHUNK):
        part = related.get(chunk.get(qn("r:id")))
        content_type = getattr(part, "content_type", "")
        kinds.append(_CHUNK_KINDS.get(content_type, "an embedded file"))
    return kinds


@dataclass
class _Reader:
    """What the walk needs besides the XML: the hidden-run test, and the hidden spans found so far."""

    hidden: DocxHiddenText
    spans: list[HiddenSpan] = field(default_factory=list)
    _new_chars: int = 0

    def add_span(self, text: str, reasons: set[str]) -> None:
        text = " ".join(normalize_text(text).split())
        if text:
            self.spans.append(HiddenSpan(text=text, reasons=tuple(r for r in REASONS if r in reasons)))
            self._new_chars += len(text)

    def take_hidden_chars(self) -> int:
        """Characters of hidden text found since the last call (they count towards ``max_chars``)."""
        count, self._new_chars = self._new_chars, 0
        return count


def _unique_header_lines(document: Any, reader: _Reader) -> list[str]:
    """Lines of the first section's headers (first-page header first), without repeats."""
    if not document.sections:
        return []
    section = document.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.insert(0, section.first_page_header)
    lines: list[str] = []
    for header in headers:
        if header.is_linked_to_previous:  # no header defined; reading it would create one
            continue
        # python-docx has no public accessor for the w:hdr root; _element is its documented proxy.
        for line in _walk(header._element, header, reader):
            if line not in lines:
                lines.append(line)
    return lines


def _walk(element: Any, parent: Any, reader: _Reader) -> Iterator[str]:
    """Yield the lines of every paragraph under ``element`` in document order."""
    for child in element.iterchildren():
        if child.tag == _P:
            yield from _paragraph_lines(Paragraph(child, parent), reader)
            for textbox in _text_boxes(child):
                yield from _walk(textbox, parent, reader)
        elif child.tag in _CONTAINERS:
            yield from _walk(child, parent, reader)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """``w:txbxContent`` elements anchored in ``paragraph``, skipping VML fallback copies, nesting,
    and text boxes inside tracked deletions or moved-away text."""
    for textbox in paragraph.iter(_TXBX):
        ancestors = []
        for ancestor in textbox.iterancestors():
            if ancestor is paragraph:
                break
            ancestors.append(ancestor.tag)
        if _MC_FALLBACK not in ancestors and _TXBX not in ancestors and _REMOVED.isdisjoint(ancestors):
            yield textbox


def _paragraph_lines(paragraph: Paragraph, reader: _Reader) -> list[str]:
    text, had_hidden = _visible_text(paragraph._p, reader)
    if had_hidden and not text.strip():
        return []  # every word of the paragraph is hidden: no blank line in its place
    if not text and paragraph._p.xpath(_DELETED_MARK):
        return []  # a paragraph deleted with Track Changes: Word shows nothing in its place
    if _is_list_item(paragraph) and text.strip() and not text.lstrip().startswith(BULLET):
        text = f"{BULLET} {text.lstrip()}"
    return text.split("\n")


def _runs(container: Any) -> Iterator[Any]:
    """The ``w:r`` elements Word shows in ``container`` (a ``w:p`` or inline wrapper), in order.

    Descends into :data:`_INLINE_CONTAINERS`; skips tracked deletions and moved-away text (any
    element not listed, like ``w:del`` and ``w:moveFrom``, is not entered). Runs are not entered,
    so text boxes and other paragraphs inside a run's drawing are not read here.
    """
    for child in container.iterchildren():
        if child.tag == _R:
            yield child
        elif child.tag in _INLINE_CONTAINERS:
            yield from _runs(child)


def _visible_text(p: Any, reader: _Reader) -> tuple[str, bool]:
    """The paragraph's text as Word shows it, without the runs a reader cannot see.

    The runs are those of :func:`_runs` (python-docx's ``Paragraph.text`` reads only direct runs
    and hyperlinks). Hidden runs next to each other form one hidden span (added to ``reader``).
    Where a hidden run had a space at either end, one space is kept between the visible text around
    it, so words do not run together. Returns the visible text and whether any run was hidden.
    """
    pieces: list[str] = []
    had_hidden = False
    hidden_text: list[str] = []
    hidden_reasons: set[str] = set()
    gap = False
    for run in _runs(p):
        text = "".join(BULLET if e.tag == _SYM else str(e) for e in run.xpath(_RUN_CONTENT))
        if not text:
            continue
        reasons = reader.hidden.run_reasons(run, p) if text.strip() else ()
        if reasons:
            had_hidden = True
            hidden_text.append(text)
            hidden_reasons.update(reasons)
            gap = gap or text[0].isspace() or text[-1].isspace()
            continue
        if hidden_text:
            reader.add_span("".join(hidden_text), hidden_reasons)
            hidden_text, hidden_reasons = [], set()
        if gap and pieces and not pieces[-1][-1:].isspace() and not text[0].isspace():
            pieces.append(" ")
        gap = False
        if ICON_FONT_RE.search(reader.hidden.run_font(run, p)):
            text = _NON_SPACE_RE.sub(BULLET, text)
        pieces.append(text)
    if hidden_text:
        reader.add_span("".join(hidden_text), hidden_reasons)
    return "".join(pieces), had_hidden


def _is_list_item(paragraph: Paragraph) -> bool:
    """True for numbered or bulleted paragraphs: direct numbering, or a list style (or its base)."""
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    style = paragraph.style
    seen: set[str | None] = set()  # a damaged or hostile styles.xml can base a style on itself
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        if (style.name or "").lower().startswith("list"):
            return True
        s_pr = style.element.pPr
        if s_pr is not None and s_pr.numPr is not None:
            return True
        style = style.base_style
    return False
