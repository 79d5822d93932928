"""Choose the extractor from a file's content (magic bytes); the name only refuses data files.

Content always decides between PDF, DOCX and the refused document and image formats. The name's
extension is looked at only when the content would be read as plain text: a data or config file
(:data:`DATA_FILE_EXTENSIONS`, such as a ``labels.csv`` beside the resumes) is refused rather than
screened as a resume.

Also holds the small pieces every extractor shares: the :class:`RawText` result and
:func:`display_name` for error messages.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from typing import Literal, NamedTuple

from resume_lens.document import HiddenSpan
from resume_lens.errors import CorruptDocumentError, EncryptedDocumentError, UnsupportedFormatError
from resume_lens.extract.safezip import WORD_MAIN_CONTENT_TYPES, find_main_part
from resume_lens.output import CSV_COLUMNS

__all__ = [
    "DATA_FILE_EXTENSIONS",
    "Format",
    "RawText",
    "detect_format",
    "display_name",
    "earlier_output_kind",
    "is_html",
    "utf16_without_bom",
]

Format = Literal["pdf", "docx", "txt"]

#: pdf-notes §6.1: accept the ``%PDF-`` header anywhere in the first 1024 bytes (the PDF spec's
#: own tolerance; pdfminer extracted files with 400 bytes of junk before the header, §1 row 8).
PDF_HEADER_WINDOW = 1024

#: Extensions (lower case) of data and config formats that are text but never a resume: a file whose
#: content would be read as plain text is refused when its name ends in one of them (matched without
#: regard to case), so a spreadsheet export or a label file in a folder of resumes is not screened.
#: Content still wins for every other format (a PDF named ``.csv`` is read as a PDF); ``.txt``,
#: ``.md``, ``.text``, no extension and any other extension are read as text.
DATA_FILE_EXTENSIONS: tuple[str, ...] = (
    ".csv",
    ".tsv",
    ".json",
    ".jsonl",
    ".ndjson",
    ".xml",
    ".yaml",
    ".yml",
    ".log",
    ".sql",
    ".ini",
    ".toml",
)

#: The mark of resume_lens's own HTML report (``templates/report.html.j2``), near the top of the page.
REPORT_GENERATOR_MARK = b'<meta name="generator" content="resume_lens">'

#: Bytes of a text file read to decide whether it is a web page (:func:`is_html`).
HTML_SNIFF_BYTES = 65536
_HTML_START_RE = re.compile(r"<!doctype\s+html|<(?:html|head|body)(?=[\s>/])")
# Byte-order marks and their codecs, the UTF-32 ones first (UTF-32-LE's starts with UTF-16-LE's).
_TEXT_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
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
# Byte-order marks of UTF-16 and UTF-32 text files (Windows Notepad's "Unicode"), which contain
# NUL bytes. The UTF-32-LE mark starts with the UTF-16-LE one.
UTF16_BOMS: tuple[bytes, ...] = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
#: Bytes inspected for NUL when deciding whether a file is binary.
BINARY_SNIFF_BYTES = 8192
#: Share of NUL bytes in the sniffed bytes above which a file is binary (at least one NUL is always
#: allowed): a text resume with a stray NUL (a copy-paste or editor slip) is read, and the decoder's
#: control-character rule (:data:`resume_lens.extract.text.MAX_CONTROL_SHARE`) judges it. Compressed
#: or random data holds about 1 NUL in 256 bytes (0.39 %), executables and images far more.
MAX_NUL_SHARE = 0.001
#: BOM-less UTF-16 is recognised when at least this share of the code units at one byte position
#: (odd bytes for little-endian, even for big-endian) are NUL, i.e. at least one character in ten
#: is Latin-1 (English text: nearly all; a CJK resume: its spaces, digits and tool names) ...
UTF16_MIN_NUL_SHARE = 0.1
#: ... the other byte position holds at most this many NULs per NUL at the first (a CJK
#: character such as U+4E00 has a NUL low byte) ...
UTF16_MAX_OTHER_NUL_RATIO = 0.05
#: ... and at least this share of the code units are spaces, tabs or line breaks (English prose has
#: about one in six, a CJK resume's line breaks alone one in forty; random or binary data about one
#: in 16,000).
UTF16_MIN_SPACE_SHARE = 0.01
_UTF16_SPACES = {
    "utf-16-le": (b" \x00", b"\t\x00", b"\n\x00", b"\r\x00"),
    "utf-16-be": (b"\x00 ", b"\x00\t", b"\x00\n", b"\x00\r"),
}


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
        ``os.path.basename(file)`` (trailing slashes ignored), or ``"the document"`` when no usable name is
        known.
    """
    if file is None:
        return "the document"
    path = os.fspath(file)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    # "cvs/" or "cv.txt/" (a trailing slash): the name before it, not "" (a review found "the document")
    name = os.path.basename(path.rstrip("/" + os.sep)) if path.strip("/" + os.sep) else ""
    return name or "the document"


def detect_format(data: bytes, name: str = "the document") -> Format:
    """Return the format of ``data`` judged from its content.

    Rules, in order: ``%PDF-`` within the first 1024 bytes is PDF; a zip archive is DOCX when its
    main part (the target of the package's ``officeDocument`` relationship, see
    :func:`~resume_lens.extract.safezip.find_main_part`) has a WordprocessingML content type
    (document, template or macro-enabled), or when it holds ``word/document.xml``; an OLE compound
    file is a password-protected Office file or a legacy ``.doc``; other zips, images, RTF and web
    pages (:func:`is_html`) are refused; so is data with more than :data:`MAX_NUL_SHARE` NUL bytes
    in its first :data:`BINARY_SNIFF_BYTES`, unless it starts with a UTF-16 or UTF-32 byte-order mark or looks
    like BOM-less UTF-16 (:func:`utf16_without_bom`); everything else is text (Markdown included),
    unless ``name`` ends in one of :data:`DATA_FILE_EXTENSIONS` (a data or config file, refused).
    Text decoding itself happens in :mod:`resume_lens.extract.text`.

    Parameters
    ----------
    data : bytes
        The whole file. Must not be empty (the caller checks that first).
    name : str
        File name (base name) for error messages; its extension refuses text data files.

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
        Any other zip (XLSX, ODT, ...), a legacy ``.doc``, an image, RTF, a web page, binary data (too many
        NUL bytes), or text named as a data file (``.csv``, ``.json``, ... :data:`DATA_FILE_EXTENSIONS`).
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
    if is_html(data):
        if REPORT_GENERATOR_MARK in data[:HTML_SNIFF_BYTES]:
            raise UnsupportedFormatError(
                f"{name} is a resume_lens HTML report from an earlier run, not a resume; "
                "keep reports outside the folder you screen."
            )
        raise UnsupportedFormatError(
            f"{name} is a web page (HTML), not a resume document; "
            "save it as PDF or plain text (.txt) and try again."
        )
    window = data[:BINARY_SNIFF_BYTES]
    if data.startswith(UTF16_BOMS) or utf16_without_bom(data) is not None:
        return _text_unless_data_file(name, data)
    if window.count(0) > max(1, int(len(window) * MAX_NUL_SHARE)):
        raise UnsupportedFormatError(
            f"{name} is a binary file, not a PDF, DOCX or text resume; ask for one of those formats."
        )
    return _text_unless_data_file(name, data)


def is_html(data: bytes) -> bool:
    """True when ``data`` is a web page: after an optional byte-order mark, white space, an XML
    declaration and comments, it opens with ``<!DOCTYPE html`` or an ``<html``, ``<head`` or ``<body``
    tag (any case), in UTF-8 or in UTF-16/32 with or without a byte-order mark.

    Such a file read as text would be screened with its markup, and its CSS-hidden text would escape
    the hidden-text checks (the reason a DOCX whose only content is an HTML ``altChunk`` is refused,
    :mod:`resume_lens.extract.docx`). Markdown with inline tags (``<p align="center">``) is not a web
    page and stays text. The first :data:`HTML_SNIFF_BYTES` bytes are looked at, so a long comment or
    run of blank lines before the doctype does not hide the page.
    """
    window = data[: HTML_SNIFF_BYTES - HTML_SNIFF_BYTES % 4]
    codec = next((c for bom, c in _TEXT_BOMS if window.startswith(bom)), None)
    if codec is None:
        codec = utf16_without_bom(data) or "utf-8"
        if codec != "utf-8" and len(window) % 2:
            window = window[:-1]
    head = window.decode(codec, errors="ignore").removeprefix("\ufeff").lstrip().lower()
    while head.startswith(("<?xml", "<!--")):
        end = head.find("?>" if head.startswith("<?xml") else "-->")
        if end < 0:
            return False
        head = head[end + 3 if head.startswith("<!--") else end + 2 :].lstrip()
    return _HTML_START_RE.match(head) is not None


def _text_unless_data_file(name: str, data: bytes = b"") -> Format:
    """``"txt"``, unless ``name`` ends in a :data:`DATA_FILE_EXTENSIONS` extension (any case).

    Raises
    ------
    UnsupportedFormatError
        ``name`` is a data or config file, e.g. ``labels.csv``; the message says so when it is the
        results file or audit log of an earlier resume_lens batch (:func:`earlier_output_kind`).
    """
    base = os.path.basename(name).lower()
    # endswith, not splitext: splitext(".csv") finds no extension in a name that is only one
    extension = next((e for e in DATA_FILE_EXTENSIONS if base.endswith(e)), "")
    kind = earlier_output_kind(data) if extension else None
    if kind:
        raise UnsupportedFormatError(
            f"{name} is the {kind} of an earlier resume_lens batch, not a resume; "
            "keep results files outside the folder you screen."
        )
    if extension:
        raise UnsupportedFormatError(
            f"{name} is a data file ({extension}), not a resume; "
            "save the resume as PDF, DOCX or plain text (.txt) to screen it."
        )
    return "txt"


def earlier_output_kind(data: bytes) -> str | None:
    """``"results file"`` or ``"audit log"`` when ``data`` starts like one resume_lens wrote; else ``None``.

    Only the first line is looked at: the header of a results CSV (:data:`resume_lens.output.CSV_COLUMNS`),
    a JSON Lines result row (an object with ``schema_version`` and ``file``) or an audit record (its
    ``record_format`` starts with ``resume_lens-audit/``). A batch uses it to give a file it wrote in an
    earlier run, left in the screened folder, a message that says what it is.
    """
    first = data.split(b"\n", 1)[0].strip().removeprefix(b"\xef\xbb\xbf")
    if first == ",".join(CSV_COLUMNS).encode():
        return "results file"
    if not first.startswith(b"{"):
        return None
    try:
        value = json.loads(first)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    if str(value.get("record_format", "")).startswith("resume_lens-audit/"):
        return "audit log"
    return "results file" if "schema_version" in value and "file" in value else None


def utf16_without_bom(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text, judged from where its NUL bytes fall; else ``None``.

    Latin-1 characters in UTF-16 have one NUL byte per two-byte code unit: the second byte in
    little-endian, the first in big-endian. Only the first :data:`BINARY_SNIFF_BYTES` are looked at.

    Parameters
    ----------
    data : bytes
        The whole file.

    Returns
    -------
    {"utf-16-le", "utf-16-be"} or None
        ``None`` unless ``data`` has an even length, at least :data:`UTF16_MIN_NUL_SHARE` of the
        code units have a NUL at one byte position, the other position has at most
        :data:`UTF16_MAX_OTHER_NUL_RATIO` times as many, and at least
        :data:`UTF16_MIN_SPACE_SHARE` of the code units are spaces, tabs or line breaks. Whether
        the bytes then decode, and are text rather than control characters, is for the decoder to
        say.
    """
    window = data[: BINARY_SNIFF_BYTES - BINARY_SNIFF_BYTES % 2]
    if len(data) % 2 or not window:
        return None
    units = len(window) // 2
    first, second = window[0::2].count(0), window[1::2].count(0)
    if second >= UTF16_MIN_NUL_SHARE * units and first <= UTF16_MAX_OTHER_NUL_RATIO * second:
        codec = "utf-16-le"
    elif first >= UTF16_MIN_NUL_SHARE * units and second <= UTF16_MAX_OTHER_NUL_RATIO * first:
        codec = "utf-16-be"
    else:
        return None
    code_units = [window[i : i + 2] for i in range(0, len(window), 2)]
    spaces = sum(1 for unit in code_units if unit in _UTF16_SPACES[codec])
    return codec if spaces >= UTF16_MIN_SPACE_SHARE * units else None


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
