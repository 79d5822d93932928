"""Extraction stage: a resume file (PDF, DOCX or text) becomes a :class:`~resume_lens.document.Document`.

The format is chosen from the file's content, never its name (see
:func:`resume_lens.extract.detect.detect_format`). Every problem a user's file can cause is raised
as a :class:`resume_lens.errors.ExtractionError` subclass with a one-line message that names the
file and says what to do.

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
from resume_lens.extract.detect import detect_format, display_name
from resume_lens.extract.limits import ExtractionLimits, too_many_chars
from resume_lens.extract.normalize import normalize_text

__all__ = ["ExtractionLimits", "extract_bytes", "extract_file", "normalize_text"]


def extract_file(path: str | os.PathLike[str], *, limits: ExtractionLimits | None = None) -> Document:
    """Read a resume file and return its normalised text.

    Parameters
    ----------
    path : str or os.PathLike
        The file to read. Its name (extension) is ignored; the content decides the format.
    limits : ExtractionLimits, optional
        Limits; ``ExtractionLimits()`` (10 MB, 20 pages, 200,000 characters, 15 seconds, 20 MB of
        decoded PDF data) when omitted. The byte limit is checked with ``os.stat`` before the file
        is read.

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
    """
    limits = limits or ExtractionLimits()
    file = os.fspath(path)
    name = display_name(file)
    try:
        stat = os.stat(file)
    except FileNotFoundError as e:
        raise ExtractionError(f"{name}: file not found; check the path.") from e
    except OSError as e:
        raise ExtractionError(
            f"{name} cannot be opened ({e.strerror}); check the path and permissions."
        ) from e
    if stat_module.S_ISDIR(stat.st_mode):
        raise ExtractionError(f"{name} is a folder, not a file; pass the resume file itself.")
    if not stat_module.S_ISREG(stat.st_mode):
        raise ExtractionError(f"{name} is a device or pipe, not a file; pass the resume file itself.")
    if stat.st_size > limits.max_bytes:
        raise _too_many_bytes(name, stat.st_size, limits)
    try:
        with open(file, "rb") as handle:
            # Read one byte past the limit so a file that grew after stat() is still caught.
            data = handle.read(limits.max_bytes + 1)
    except OSError as e:
        raise ExtractionError(f"{name} cannot be read ({e.strerror}); check the file and permissions.") from e
    return extract_bytes(data, file=file, limits=limits)


def extract_bytes(
    data: bytes, *, file: str | None = None, limits: ExtractionLimits | None = None
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

    Returns
    -------
    Document
        ``text`` normalised by :func:`normalize_text`; ``source_format`` ``"pdf"``, ``"docx"`` or
        ``"txt"``; ``sha256`` of ``data``; ``pages`` (1 for DOCX and text); extraction ``warnings``.

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
        Not a PDF, DOCX or text file (for example an image, another zip, a legacy .doc, binary).
    EncryptedDocumentError
        Password-protected PDF or Office file.
    CorruptDocumentError
        Truncated or damaged PDF, zip or DOCX.
    NoTextLayerError
        A PDF without usable text (scanned, or fonts without a character map); OCR is needed.
    """
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
            from resume_lens.extract.pdf import extract_pdf_bytes

            raw = extract_pdf_bytes(data, name, limits)
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


def _too_many_bytes(name: str, size: int, limits: ExtractionLimits) -> DocumentTooLargeError:
    return DocumentTooLargeError(
        f"{name} is {size:,} bytes, more than the limit of {limits.max_bytes:,}; "
        "ask the candidate for a smaller copy (a PDF without large images)."
    )
