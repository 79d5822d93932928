"""Extraction stage: a resume file (PDF, DOCX or text) becomes a :class:`~resume_lens.document.Document`.

The format is chosen from the file's content, not its name, except that text named as a data file
(``labels.csv``, ``.json``, ...) is refused (see :func:`resume_lens.extract.detect.detect_format`).
Every problem a user's file can cause is raised as a :class:`resume_lens.errors.ExtractionError`
subclass with a one-line message that names the file and says what to do.

Examples
--------
>>> from resume_lens.extract import extract_file
>>> doc = extract_file("cv.pdf")  # doctest: +SKIP
>>> doc.source_format, doc.pages  # doctest: +SKIP
('pdf', 2)
"""

from __future__ import annotations

import hashlib
import os
import stat as stat_module

from resume_lens.document import Document
from resume_lens.errors import DocumentTooLargeError, EmptyDocumentError, ExtractionError
from resume_lens.extract.budget import extraction_budget
from resume_lens.extract.detect import RawText, detect_format, display_name
from resume_lens.extract.limits import ExtractionLimits, too_many_chars
from resume_lens.extract.normalize import normalize_text

__all__ = ["DEFAULT_ENGINE", "ENGINES", "ExtractionLimits", "extract_bytes", "extract_file", "normalize_text"]

#: The PDF engines (see :mod:`resume_lens.extract.pdfium`): pdfminer.six, the default, and PDFium.
ENGINES = ("pdfminer", "pdfium")
DEFAULT_ENGINE = "pdfminer"


def extract_file(
    path: str | os.PathLike[str], *, limits: ExtractionLimits | None = None, engine: str = DEFAULT_ENGINE
) -> Document:
    """Read a resume file and return its normalised text.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read. The content decides the format; the extension only refuses text that is
        named as a data file (:data:`~resume_lens.extract.detect.DATA_FILE_EXTENSIONS`).
    limits : ExtractionLimits, optional
        Limits; ``ExtractionLimits()`` (10 MB, 20 pages, 200,000 characters, 15 seconds, 20 MB of
        decoded PDF data) when omitted. The byte limit is checked with ``os.stat`` before the file
        is read.
    engine : {"pdfminer", "pdfium"}
        The PDF engine; see :func:`extract_bytes`.

    Returns
    -------
    Document
        ``file`` is ``os.fspath(path)``; see :func:`extract_bytes` for the other fields.

    Raises
    ------
    ExtractionError
        The path does not exist, is not a regular file, or cannot be read.
    DocumentTooLargeError
        The file is larger than ``limits.max_bytes`` bytes (or see :func:`extract_bytes`).
    EmptyDocumentError, UnsupportedFormatError, EncryptedDocumentError, CorruptDocumentError, NoTextLayerError
        See :func:`extract_bytes`.
    ExtractionTimeoutError
        See :func:`extract_bytes`.
    ValueError
        ``engine`` is not one of :data:`ENGINES`.
    """
    _check_engine(engine)
    limits = limits or ExtractionLimits()
    file = os.fspath(path)
    name = display_name(file)
    try:
        stat = os.stat(file)
    except FileNotFoundError as e:
        if os.path.islink(file):
            raise ExtractionError(f"{name} is a link to a file that no longer exists; check the path.") from e
        raise ExtractionError(f"{name}: file not found; check the path.") from e
    except OSError as e:
        raise ExtractionError(
            f"{name} cannot be opened ({e.strerror}); check the path and permissions."
        ) from e
    if stat_module.S_ISDIR(stat.st_mode):
        raise ExtractionError(
            f"{name} is a folder, not a resume file; screen the files in it with resume-lens batch."
        )
    if not stat_module.S_ISREG(stat.st_mode):
        raise ExtractionError(
            f"{name} is a device or pipe, not a resume file; save the resume as a file to screen it."
        )
    if stat.st_size > limits.max_bytes:
        raise _too_many_bytes(name, stat.st_size, limits)
    try:
        with open(file, "rb") as handle:
            # Read one byte past the limit so a file that grew after stat() is still caught.
            data = handle.read(limits.max_bytes + 1)
    except OSError as e:
        raise ExtractionError(f"{name} cannot be read ({e.strerror}); check the file and permissions.") from e
    return extract_bytes(data, file=file, limits=limits, engine=engine)


def extract_bytes(
    data: bytes,
    *,
    file: str | None = None,
    limits: ExtractionLimits | None = None,
    engine: str = DEFAULT_ENGINE,
) -> Document:
    """Turn the bytes of a resume file into a :class:`~resume_lens.document.Document`.

    Parameters
    ----------
    data : bytes
        The whole file.
    file : str, optional
        Where the bytes came from. Used as ``Document.file`` and, by base name, in messages.
    limits : ExtractionLimits, optional
        Limits; ``ExtractionLimits()`` when omitted. ``max_seconds`` counts from this call.
    engine : {"pdfminer", "pdfium"}
        How a PDF's text layer is read: ``"pdfminer"`` (pdfminer.six, the default, with the
        hidden-text detector and the column reading order) or ``"pdfium"`` (PDFium through the
        optional pypdfium2, much faster). A PDF that PDFium cannot read as a reader sees it falls
        back to pdfminer.six and gets an ``engine_fallback`` warning naming the reason (see
        :mod:`resume_lens.extract.pdfium`); so does every PDF when pypdfium2 is not installed.
        Other formats ignore it.

    Returns
    -------
    Document
        ``text`` normalised by :func:`normalize_text`; ``source_format`` ``"pdf"``, ``"docx"`` or
        ``"txt"``; ``sha256`` of ``data``; ``pages`` (1 for DOCX and text); extraction ``warnings``
        (with ``engine="pdfium"``, an ``engine_fallback`` warning when pdfminer.six read the PDF).

    Raises
    ------
    EmptyDocumentError
        ``data`` is empty, or holds no text once normalised.
    DocumentTooLargeError
        More than ``limits.max_bytes`` bytes, ``limits.max_pages`` PDF pages,
        ``limits.max_chars`` characters of normalised text, or ``limits.max_decoded_bytes`` of
        decoded PDF stream data (a compression bomb); a page drawing more than
        :data:`~resume_lens.extract.budget.MAX_PAGE_OBJECTS` objects; a DOCX inflating too far.
    ExtractionTimeoutError
        Extraction took longer than ``limits.max_seconds`` (checked inside the parsers).
    UnsupportedFormatError
        Not a PDF, DOCX or text file (for example an image, another zip, a legacy .doc, binary), or
        text whose ``file`` name is a data file (``.csv``, ``.json``, ...).
    EncryptedDocumentError
        Password-protected PDF or Office file.
    CorruptDocumentError
        Truncated or damaged PDF, zip or DOCX.
    NoTextLayerError
        A PDF without usable text (scanned, or fonts without a character map); OCR is needed.
    ValueError
        ``engine`` is not one of :data:`ENGINES`.
    """
    _check_engine(engine)
    limits = limits or ExtractionLimits()
    name = display_name(file)
    if not data:
        raise EmptyDocumentError(f"{name} is empty (0 bytes); ask the candidate to resend it.")
    if len(data) > limits.max_bytes:
        raise _too_many_bytes(name, len(data), limits)

    # The budget (resume_lens.extract.budget) enforces max_seconds and max_decoded_bytes inside
    # the parsers; its clock starts here.
    with extraction_budget(name, limits) as budget:
        source_format = detect_format(data, name)
        if source_format == "pdf":
            raw = _extract_pdf(data, name, limits, engine)
        elif source_format == "docx":
            from resume_lens.extract.docx import extract_docx_bytes

            raw = extract_docx_bytes(data, name, limits)
        else:
            from resume_lens.extract.text import extract_text_bytes

            # A character takes at most 4 bytes in the encodings read here: refuse a file that
            # must hold more than twice max_chars before decoding it.
            if len(data) > 8 * limits.max_chars:
                raise too_many_chars(name, len(data) // 4, limits.max_chars)
            raw = extract_text_bytes(data, name)
    # As for PDF pages: raw text of more than twice max_chars is refused before it is normalised
    # (normalising megabytes costs seconds).
    if len(raw.text) > 2 * limits.max_chars:
        raise too_many_chars(name, len(raw.text), limits.max_chars)

    text = normalize_text(raw.text)
    if not text.strip():
        raise EmptyDocumentError(f"{name} contains no text; ask the candidate to resend it.")
    if len(text) > limits.max_chars:
        raise too_many_chars(name, len(text), limits.max_chars)
    return Document(
        text=text,
        source_format=source_format,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=raw.pages,
        file=file,
        warnings=raw.warnings + tuple(budget.warnings),
        hidden_spans=raw.hidden_spans,
    )


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")


def _extract_pdf(data: bytes, name: str, limits: ExtractionLimits, engine: str) -> RawText:
    """A PDF's raw text with ``engine``; PDFium falls back to pdfminer.six with a warning first."""
    fallback = None
    if engine == "pdfium":
        from resume_lens.extract.pdfium import PdfiumFallback, extract_pdf_pdfium

        try:
            return extract_pdf_pdfium(data, name, limits)
        except PdfiumFallback as e:
            fallback = e.warning(name)
    from resume_lens.extract.pdf import extract_pdf_bytes

    raw = extract_pdf_bytes(data, name, limits)
    if fallback is None:
        return raw
    return raw._replace(warnings=(fallback, *raw.warnings))


def _too_many_bytes(name: str, size: int, limits: ExtractionLimits) -> DocumentTooLargeError:
    return DocumentTooLargeError(
        f"{name} is {size:,} bytes, more than the limit of {limits.max_bytes:,}; check it is the right "
        "file, or ask the candidate for a smaller copy (a PDF or Word file without large images)."
    )
