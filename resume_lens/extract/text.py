"""Plain-text and Markdown resumes: decode bytes to text.

The decoding order (see :func:`decode_text`) trusts what the bytes say about themselves before it
guesses: a byte-order mark, then the NUL pattern of BOM-less UTF-16, then UTF-8. A file that is
UTF-8 except for a few stray bytes (a Windows-1252 apostrophe pasted into a UTF-8 file is the
common case) stays UTF-8, with those bytes replaced and a ``garbled_text`` warning, so that one
byte cannot turn every dash, bullet and accented name of the file into mojibake. Only files that
are not mostly UTF-8 go to charset detection (charset-normalizer).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from resume_lens.document import HiddenSpan
from resume_lens.errors import UnsupportedFormatError
from resume_lens.extract.detect import RawText, utf16_without_bom
from resume_lens.extract.hidden import hidden_text_warning
from resume_lens.extract.markup import find_hidden_markup, remove_runs

__all__ = ["decode_text", "extract_text_bytes"]

# Single-byte Western encodings that charset-normalizer often reports for short English or
# Western European text (it said cp1250 for "Résumé ... José Müller" on this machine, and cp775
# for a three-line French/German one). cp1250 and cp1252 disagree on bytes such as 0xE3 (ă vs ã),
# so for this family we prefer cp1252, the Windows default in the markets resume_lens targets.
_WESTERN_ENCODINGS = frozenset(
    {"ascii", "cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15", "mac_roman"}
)
# Encodings read without a guess (a byte-order mark, the UTF-16 NUL pattern or valid UTF-8) or by
# the Western default: no ``encoding`` warning for these.
_UNGUESSED = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"}
)
# Control characters other than tab, newline, form feed and carriage return.
_BINARY_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
#: More control characters than this share of the decoded text means the file is binary.
MAX_CONTROL_SHARE = 0.05
_REPLACEMENT = "\ufffd"
_UTF8_REPLACEMENT = _REPLACEMENT.encode()
_REPLACEMENT_RUN_RE = re.compile(f"{_REPLACEMENT}+")
# Two non-ASCII bytes in a row. Text in a multi-byte code page (Shift-JIS, GBK, Big5) or in a
# non-Latin single-byte one (Cyrillic, Greek) has them in nearly every word; ASCII text with a few
# accented letters or Windows quotes and dashes does not.
_ADJACENT_HIGH_BYTES_RE = re.compile(rb"[\x80-\xff]{2}")


def decode_text(data: bytes, name: str = "the document") -> tuple[str, str]:
    """Decode text bytes, returning ``(text, encoding)``.

    Order:

    1. A UTF-8, UTF-16 or UTF-32 byte-order mark wins (unless the bytes do not decode with it).
    2. BOM-less UTF-16, recognised by where its NUL bytes fall
       (:func:`~resume_lens.extract.detect.utf16_without_bom`), if it decodes strictly.
    3. Strict UTF-8.
    4. UTF-8 with the invalid bytes replaced by U+FFFD, when the file holds at least one valid
       multi-byte UTF-8 character and no more unreadable spots (runs of invalid bytes) than valid
       multi-byte characters: it is a UTF-8 file with a few stray bytes. A file in a legacy code
       page almost never holds valid multi-byte UTF-8 by chance (that takes an accented capital or
       ß followed by a symbol from 0x80-0xBF).
    5. If no two non-ASCII bytes stand side by side, the file is ASCII with a few accented letters
       or Windows quotes and dashes: cp1252 (charset detection has too little to go on there, and
       read ``I\x92ve`` as Big5-HKSCS). Otherwise the encoding charset-normalizer (already a
       pdfminer.six dependency) finds, except that a Western single-byte guess, or any guess with a
       Western candidate as good (the same ``chaos``), is replaced by cp1252; then cp1252; then
       latin-1, which never fails.

    Parameters
    ----------
    data : bytes
        The whole file.
    name : str
        File name for error messages.

    Returns
    -------
    tuple of (str, str)
        The decoded text (BOM removed) and the Python codec name used (``"utf-8"`` also for step 4:
        the replaced bytes are the U+FFFD characters that were not in the file).

    Raises
    ------
    UnsupportedFormatError
        More than :data:`MAX_CONTROL_SHARE` of the decoded text are control characters, i.e. the
        file is binary.
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
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid = non_ascii - _replaced_count(data, text)
    # Adjacent replacements are one unreadable spot (b"\xed\xa0\x80", an encoded surrogate, gives
    # three); a legacy code page gives one spot per accented letter.
    invalid_spots = len(_REPLACEMENT_RUN_RE.findall(text))
    if valid >= 1 and invalid_spots <= valid:
        return text, "utf-8"
    results = charset_normalizer.from_bytes(data) if _ADJACENT_HIGH_BYTES_RE.search(data) else None
    best = results.best() if results is not None else None
    if results is not None and best is not None:
        western = any(m.encoding in _WESTERN_ENCODINGS and m.chaos <= best.chaos for m in results)
        if not western:
            try:
                return data.decode(best.encoding), best.encoding
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _replaced_count(data: bytes, text: str) -> int:
    """U+FFFD characters of ``text`` (``data`` decoded as UTF-8) that stand for invalid bytes."""
    return text.count(_REPLACEMENT) - data.count(_UTF8_REPLACEMENT)


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
        The decoded text and one page. Warnings: ``garbled_text`` when some bytes were not UTF-8 in
        a UTF-8 file and were replaced (step 4 of :func:`decode_text`), naming in how many places
        (adjacent invalid bytes are one place); ``encoding`` when charset detection chose an
        encoding other than cp1252 (a Russian or Japanese file, or a wrong guess), naming it;
        ``hidden_text`` when HTML comments or hidden elements (:mod:`resume_lens.extract.markup`), which
        Markdown viewers do not show, were left out of the text and kept as ``hidden_spans``. The
        caller checks ``max_chars`` on the normalised text.

    Raises
    ------
    UnsupportedFormatError
        The bytes are binary.
    """
    text, encoding = decode_text(data, name)
    warnings: list[str] = []
    replaced = _replaced_count(data, text) if encoding == "utf-8" else 0
    if replaced:
        # Count places, not bytes: an invalid 3-byte sequence is one unreadable character.
        places = max(1, len(_REPLACEMENT_RUN_RE.findall(text)) - data.count(_UTF8_REPLACEMENT))
        what, shown, near = (
            ("1 character", "is", "it") if places == 1 else (f"{places:,} characters", "are", "them")
        )
        warnings.append(
            f"garbled_text: {what} of {name} could not be read (bytes that are not UTF-8 in a UTF-8 "
            f'file, such as a pasted Windows apostrophe) and {shown} shown as "\ufffd"; check the '
            f"words around {near}."
        )
    elif encoding not in _UNGUESSED:
        warnings.append(
            f"encoding: {name} is not saved as UTF-8 and was read as {encoding}, the encoding charset "
            "detection found most likely; if names, dates or bullets look garbled, ask for a UTF-8 "
            "text, DOCX or PDF copy."
        )
    text, spans, warning = strip_hidden_markup(text, name)
    if warning:
        warnings.append(warning)
    return RawText(text=text, pages=1, warnings=tuple(warnings), hidden_spans=spans)


def strip_hidden_markup(text: str, name: str) -> tuple[str, tuple[HiddenSpan, ...], str | None]:
    """Take HTML comments and hidden elements (:mod:`resume_lens.extract.markup`) out of ``text``.

    Markdown viewers show none of them, so they are not evidence a recruiter can see (pdf-notes §2).

    Parameters
    ----------
    text : str
        A decoded plain-text or Markdown resume.
    name : str
        File name (or "the text") for the warning.

    Returns
    -------
    tuple
        The text without the hidden runs; the runs as :class:`HiddenSpan` (inner text, whitespace
        collapsed, empty ones dropped), in order; and the ``hidden_text`` warning of
        :func:`resume_lens.extract.hidden.hidden_text_warning`, or ``None`` when no hidden run holds a word.
    """
    runs = find_hidden_markup(text)
    if not runs:
        return text, (), None
    spans = tuple(HiddenSpan(text=" ".join(r.content.split()), reasons=(r.reason,)) for r in runs)
    spans = tuple(span for span in spans if span.text)
    return remove_runs(text, runs), spans, hidden_text_warning(name, spans)
