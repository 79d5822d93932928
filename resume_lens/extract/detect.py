"""Choose the extractor from a file's content (magic bytes), never from its name.

Also holds the small pieces every extractor shares: the :class:`RawText` result and
:func:`display_name` for error messages.
"""

from __future__ import annotations

import io
import os
import zipfile
from typing import Literal, NamedTuple

from resume_lens.document import HiddenSpan
from resume_lens.errors import CorruptDocumentError, EncryptedDocumentError, UnsupportedFormatError
from resume_lens.extract.safezip import WORD_MAIN_CONTENT_TYPES, find_main_part

__all__ = ["Format", "RawText", "detect_format", "display_name"]

Format = Literal["pdf", "docx", "txt"]

#: pdf-notes §6.1: accept the ``%PDF-`` header anywhere in the first 1024 bytes (the PDF spec's
#: own tolerance; pdfminer extracted files with 400 bytes of junk before the header, §1 row 8).
PDF_HEADER_WINDOW = 1024

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Name of the stream Office writes into the OLE container of a password-protected .docx/.xlsx.
_OLE_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)
# Text decoders for UTF-16 text files (Windows Notepad's "Unicode"), which contain NUL bytes.
UTF16_BOMS: tuple[bytes, ...] = (b"\xff\xfe", b"\xfe\xff")
#: Bytes inspected for NUL when deciding whether a file is binary.
BINARY_SNIFF_BYTES = 8192


class RawText(NamedTuple):
    """Text from one extractor, before normalisation.

    Attributes
    ----------
    text : str
        Raw extracted text; lines separated by ``"\\n"`` (PDF pages also by ``"\\f"``).
    pages : int
        Page count (1 for DOCX and text).
    warnings : tuple of str
        One-line, recruiter-readable notes about extraction quality.
    hidden_spans : tuple of HiddenSpan
        Text a reader cannot see, left out of ``text`` (see :mod:`resume_lens.extract.hidden`).
    """

    text: str
    pages: int
    warnings: tuple[str, ...] = ()
    hidden_spans: tuple[HiddenSpan, ...] = ()


def display_name(file: str | os.PathLike[str] | None) -> str:
    """Return the name used in messages: the file's base name, or ``"the document"``.

    Parameters
    ----------
    file : str, os.PathLike or None
        Path the bytes came from, if any.

    Returns
    -------
    str
        ``os.path.basename(file)``, or ``"the document"`` when no usable name is known.
    """
    if file is None:
        return "the document"
    name = os.path.basename(os.fspath(file))
    return name or "the document"


def detect_format(data: bytes, name: str = "the document") -> Format:
    """Return the format of ``data`` judged from its content.

    Rules, in order: ``%PDF-`` within the first 1024 bytes is PDF; a zip archive is DOCX when its
    main part (the target of the package's ``officeDocument`` relationship, see
    :func:`~resume_lens.extract.safezip.find_main_part`) has a WordprocessingML content type
    (document, template or macro-enabled), or when it holds ``word/document.xml``; an OLE compound
    file is a password-protected Office file or a legacy ``.doc``; other zips, images, RTF and
    anything with NUL bytes are refused; everything else is treated as text (Markdown included).
    Text decoding itself happens in :mod:`resume_lens.extract.text`.

    Parameters
    ----------
    data : bytes
        The whole file. Must not be empty (the caller checks that first).
    name : str
        File name for error messages.

    Returns
    -------
    {"pdf", "docx", "txt"}

    Raises
    ------
    EncryptedDocumentError
        An OLE container with an ``EncryptionInfo`` stream: a password-protected Office file.
    CorruptDocumentError
        The data starts like a zip archive but its directory cannot be read.
    UnsupportedFormatError
        Any other zip (XLSX, ODT, ...), a legacy ``.doc``, an image, RTF, or binary data.
    """
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return _detect_zip(data, name)
    if data.startswith(_OLE_MAGIC):
        if _OLE_ENCRYPTION_INFO in data:
            raise EncryptedDocumentError(
                f"{name} is a password-protected Office file; ask the candidate for an unprotected copy."
            )
        raise UnsupportedFormatError(
            f"{name} is an old-style Word .doc (or other Office binary) file; "
            "save it as .docx or PDF and try again."
        )
    for magic, what in _IMAGE_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormatError(
                f"{name} is {what}, not a resume document; run OCR or ask for a PDF, DOCX or text copy."
            )
    if data.lstrip()[:5] == b"{\\rtf":
        raise UnsupportedFormatError(f"{name} is an RTF file; save it as .docx or PDF and try again.")
    if not data.startswith(UTF16_BOMS) and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise UnsupportedFormatError(
            f"{name} is a binary file, not a PDF, DOCX or text resume; ask for one of those formats."
        )
    return "txt"


def _detect_zip(data: bytes, name: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            main = find_main_part(archive)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,  # a zip "version needed" newer than zipfile supports (found by fuzzing)
    ) as e:
        raise CorruptDocumentError(
            f"{name} looks like a zip or DOCX file but is damaged; ask the candidate to re-save or resend it."
        ) from e
    if main is not None and main.content_type in WORD_MAIN_CONTENT_TYPES:
        return "docx"
    if "word/document.xml" in names:  # a damaged package: the DOCX reader says what is wrong
        return "docx"
    raise UnsupportedFormatError(
        f"{name} is a zip archive but not a Word document; ask for a PDF, DOCX or text copy."
    )
