"""Plain-text and Markdown resumes: decode bytes to text."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from resume_lens.errors import UnsupportedFormatError
from resume_lens.extract.detect import RawText

__all__ = ["decode_text", "extract_text_bytes"]

# Single-byte Western encodings that charset-normalizer often reports for short English or
# Western European text (it said cp1250 for "Résumé ... José Müller" on this machine). cp1250
# and cp1252 disagree on bytes such as 0xE3 (ă vs ã), so for this family we prefer cp1252,
# the Windows default in the markets resume_lens targets.
_WESTERN_ENCODINGS = frozenset(
    {"ascii", "cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15", "mac_roman"}
)
# Control characters other than tab, newline, form feed and carriage return.
_BINARY_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
#: More control characters than this share of the decoded text means the file is binary.
MAX_CONTROL_SHARE = 0.05


def decode_text(data: bytes, name: str = "the document") -> tuple[str, str]:
    """Decode text bytes, returning ``(text, encoding)``.

    Order: a UTF-8, UTF-16 or UTF-32 byte-order mark wins; then strict UTF-8; then the encoding
    charset-normalizer (already a pdfminer.six dependency) finds, with its Western single-byte
    guesses replaced by cp1252; then cp1252; then latin-1, which never fails.

    Parameters
    ----------
    data : bytes
        The whole file.
    name : str
        File name for error messages.

    Returns
    -------
    tuple of (str, str)
        The decoded text (BOM removed) and the Python codec name used.

    Raises
    ------
    UnsupportedFormatError
        The decoded text is mostly control characters, i.e. the file is binary.
    """
    text, encoding = _decode(data)
    if text and len(_BINARY_CONTROL_RE.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise UnsupportedFormatError(
            f"{name} is a binary file, not a PDF, DOCX or text resume; ask for one of those formats."
        )
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break  # a lying BOM: fall through to the guesses below
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding not in _WESTERN_ENCODINGS:
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def extract_text_bytes(data: bytes, name: str) -> RawText:
    """Decode a plain-text or Markdown resume.

    Parameters
    ----------
    data : bytes
        The whole file, already known not to be PDF or DOCX.
    name : str
        File name for error messages.

    Returns
    -------
    RawText
        The decoded text, one page, and no warnings. The caller checks ``max_chars`` on the
        normalised text.

    Raises
    ------
    UnsupportedFormatError
        The bytes are binary.
    """
    text, _encoding = decode_text(data, name)
    return RawText(text=text, pages=1)
