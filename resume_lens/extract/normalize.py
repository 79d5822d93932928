"""Text normalisation shared by every input format (PDF, DOCX and plain text).

The rules come from the measured pdfminer.six failures in ``docs/pdf-notes.md`` §1 (rows 2-6) and
the normaliser recipe in §6.6. Every step works within a line or on line breaks only, so
"lines stay lines": a line of the input never merges with the next one.

Not done here, on purpose:

* De-hyphenation of ``word-\\nbreak`` needs a vocabulary (pdf-notes §6.6); it is left to a later stage.
* The ZapfDingbats bullet that pdfminer prints as a lone ``"n"`` (pdf-notes §1 row 5) cannot be told
  apart from the letter n without font information, so it is kept as is.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["BULLET", "normalize_text"]

#: The single bullet token every list marker is mapped to (followed by one space).
BULLET = "\u2022"

# (cid:127) is WinAnsi 0x7F, which PDF writers such as reportlab use for "•" and pdfminer does not map
# (pdf-notes §1 row 3); pypdf prints the same code as a raw DEL character.
_CID_BULLET_RE = re.compile(r"\(cid:127\)")

# Line breaks other than "\n": CRLF, CR, form feed (pdfminer's page separator), vertical tab,
# NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
_LINEBREAK_RE = re.compile(r"\r\n|[\r\f\v\x85\u2028\u2029]")

# Characters that only mark a possible break or join and carry no text: soft hyphen U+00AD,
# PDFium's soft-hyphen marker \x02 (pdf-notes §1 row 6), zero-width space/non-joiner/joiner,
# word joiner and the byte-order mark used as a zero-width no-break space.
_INVISIBLE_RE = re.compile("[\u00ad\x02\u200b\u200c\u200d\u2060\ufeff]")
# A soft hyphen that does not follow a letter is a real dash: the awesome-cv LaTeX template in
# ../shared/resumes/templates maps its date-range dash to U+00AD ("Mar. 2010 \u00ad Aug. 2017").
_STANDALONE_SOFT_HYPHEN_RE = re.compile("(?<!\\S)\u00ad")

# Bullet-like glyphs seen in resumes: • ▪ ◦ ● ■ ‣ ⁃ ∙ ► ▸ ➢ ➤ ◆ ▫ □ ○ and the raw DEL from pypdf,
# plus every Private Use Area code point (Wingdings U+F0B7 and icon fonts such as FontAwesome,
# pdf-notes §1 row 5). Any spaces or tabs after the glyph collapse into the one space of "• ".
_BULLET_CHARS = (
    "\u2022\u25aa\u25e6\u25cf\u25a0\u2023\u2043\u2219\u25ba\u25b8\u27a2\u27a4\u25c6\u25ab\u25a1\u25cb\x7f"
)
_PUA = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_BULLET_RE = re.compile(f"[{_BULLET_CHARS}{_PUA}][ \t]*")

# C0 and C1 control characters except "\n" and "\t" (DEL is handled above as a bullet).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x80-\x9f]")

# A run of at least four single capitals separated by single spaces ("E X P E R I E N C E"), where
# two or more spaces mark a word break ("W O R K  H I S T O R Y"); a trailing colon is allowed.
# pdfminer emits these for letter-spaced headings at its default word_margin (pdf-notes §1 row 4, §6.6).
_LETTER_SPACED_RE = re.compile(r"(?<!\S)[A-Z](?:(?: | {2,})[A-Z]){3,}(?![^\s:])")
_WORD_GAP_RE = re.compile(r" {2,}")

_TRAILING_SPACE_RE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES_RE = re.compile(r"\n{4,}")


def _join_letter_spaced(match: re.Match[str]) -> str:
    words = _WORD_GAP_RE.split(match.group(0))
    if any(len(word.replace(" ", "")) < 2 for word in words):
        # A lone capital between wide gaps ("A  B C D") is not a spaced-out word; leave it.
        return match.group(0)
    return " ".join(word.replace(" ", "") for word in words)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """Normalise extracted resume text for display and rule matching.

    Steps, in order:

    1. Line breaks: ``\\r\\n``, ``\\r``, form feed, vertical tab, U+0085, U+2028 and U+2029 become ``\\n``.
    2. ``(cid:127)`` becomes a bullet (pdf-notes §1 row 3).
    3. Unicode NFKC, which expands ligatures (``ﬁ`` → ``fi``, ``ﬂ`` → ``fl``, pdf-notes §1 row 2) and
       full-width forms, and turns no-break spaces into spaces.
    4. Soft hyphens U+00AD, ``\\x02`` and zero-width characters are removed, joining the word
       (pdf-notes §1 row 6). A soft hyphen at the start of a line or after a space is a misencoded
       dash (seen in the awesome-cv template's date ranges) and becomes ``"-"``.
    5. Bullet glyphs (``•``, ``▪``, ``◦``, ``●``, ``■``, U+F0B7, any Private Use Area glyph, ...) plus
       the spaces after them become ``"• "``.
    6. Other control characters are removed; ``\\n`` and ``\\t`` are kept. Lone surrogates (undecodable
       bytes carried in a ``str``) become U+FFFD, since nothing downstream can encode them.
    7. Letter-spaced capitals are joined: ``"E X P E R I E N C E"`` → ``"EXPERIENCE"``,
       ``"W O R K  H I S T O R Y"`` → ``"WORK HISTORY"`` (four or more letters, pdf-notes §6.6).
    8. Trailing spaces and tabs are stripped from every line, runs of three or more blank lines
       become two, and blank lines at the start and end are removed.

    The function is pure and idempotent: ``normalize_text(normalize_text(t)) == normalize_text(t)``.

    Parameters
    ----------
    text : str
        Raw text from any extractor.

    Returns
    -------
    str
        The normalised text. Lines are separated by ``"\\n"``; a line of the input is never joined
        with another line (blank-line runs may shrink).

    Examples
    --------
    >>> normalize_text("E X P E R I E N C E\\r\\n(cid:127) Built MLﬂow pipelines  \\r\\n")
    'EXPERIENCE\\n• Built MLflow pipelines'
    """
    text = _LINEBREAK_RE.sub("\n", text)
    text = _CID_BULLET_RE.sub(BULLET, text)
    text = unicodedata.normalize("NFKC", text)
    text = _STANDALONE_SOFT_HYPHEN_RE.sub("-", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _BULLET_RE.sub(BULLET + " ", text)
    text = _CONTROL_RE.sub("", text)
    text = _SURROGATE_RE.sub("\ufffd", text)
    text = _LETTER_SPACED_RE.sub(_join_letter_spaced, text)
    text = _TRAILING_SPACE_RE.sub("", text)
    text = _MANY_BLANK_LINES_RE.sub("\n\n\n", text)
    return text.strip("\n")
