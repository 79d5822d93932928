"""Text normalisation shared by every input format (PDF, DOCX and plain text).

The rules come from the measured pdfminer.six failures in ``docs/pdf-notes.md`` §1 (rows 2-6) and
the normaliser recipe in §6.6. Every step works within a line or on line breaks only, so
"lines stay lines": a line of the input never merges with the next one.

Not done here, on purpose:

* De-hyphenation of ``word-\\nbreak`` needs a vocabulary (pdf-notes §6.6); it is left to a later stage.
* The ZapfDingbats bullet that pdfminer prints as a lone ``"n"`` (pdf-notes §1 row 5) cannot be told
  apart from the letter n without font information; the PDF and DOCX extractors map glyphs of the
  fonts named by :data:`ICON_FONT_RE` to a bullet before the text gets here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "BULLET",
    "GARBLED_ERROR_SHARE",
    "GARBLED_WARNING_SHARE",
    "ICON_FONT_RE",
    "GarbledCounts",
    "count_garbled",
    "normalize_text",
]

#: The single bullet token every list marker is mapped to (followed by one space).
BULLET = "\u2022"

#: Share of unreadable glyphs above which a ``garbled_text`` warning is added (pdf-notes §6.7: 2 %).
GARBLED_WARNING_SHARE = 0.02
#: Share of unreadable glyphs above which the text layer is refused as garbled (issue 5 item 2:
#: "mostly garbled", 30 %). At that share most lines lose a word in three.
GARBLED_ERROR_SHARE = 0.30

# (cid:127) is WinAnsi 0x7F, which PDF writers such as reportlab use for "•" and pdfminer does not map
# (pdf-notes §1 row 3); pypdf prints the same code as a raw DEL character.
_CID_BULLET_RE = re.compile(r"\(cid:127\)")
# Any other "(cid:NN)": a glyph whose font has no Unicode mapping (pdf-notes §1 row 3).
_CID_RE = re.compile(r"\(cid:(\d+)\)")
# A lone unreadable glyph opening a line and followed by a space is a bullet drawn from a symbol
# font without a character map (the commonest unmapped glyph in resumes).
_LEADING_UNMAPPED_RE = re.compile(r"^([ \t]*)\ufffd[ \t]+(?=\S)", re.MULTILINE)

# Line breaks other than "\n": CRLF, CR, form feed (pdfminer's page separator), vertical tab,
# NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
_LINEBREAK_RE = re.compile(r"\r\n|[\r\f\v\x85\u2028\u2029]")

# Characters that only mark a possible break or join and carry no text: soft hyphen U+00AD,
# PDFium's soft-hyphen marker \x02 (pdf-notes §1 row 6), zero-width space/non-joiner/joiner,
# word joiner, the byte-order mark used as a zero-width no-break space, and the emoji/text
# variation selectors U+FE0E and U+FE0F that follow icon glyphs.
_INVISIBLE_RE = re.compile("[\u00ad\x02\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f]")
# A soft hyphen that does not follow a letter is a real dash: the awesome-cv LaTeX template in
# ../shared/resumes/templates maps its date-range dash to U+00AD ("Mar. 2010 \u00ad Aug. 2017").
_STANDALONE_SOFT_HYPHEN_RE = re.compile("(?<!\\S)\u00ad")
# The Unicode hyphen U+2010 (and the non-breaking hyphen U+2011, which NFKC turns into it) is written as
# the ASCII hyphen-minus, one character for one: the tokenizer splits words at "-" only, so "ROUGE\u20111",
# "prompt\u2011optimization" or "CI\u2010CD" would otherwise match no rule written with "-".
_UNICODE_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})

# Bullet-like glyphs seen in resumes: • ‣ ⁃ ∙ and the raw DEL from pypdf, the whole Geometric Shapes
# block (▪ ◦ ● ■ ► ▸ ◆ ▫ □ ○ ...), plus icon glyphs, which carry no words: every Private Use Area
# code point (Wingdings U+F0B7 and icon fonts such as FontAwesome, pdf-notes §1 row 5), the
# Dingbats block (✓ ✔ ✗ ➢ ➤ ➔ ❖ ✉ ...), the icons of Miscellaneous Symbols used in contact lines
# and ratings (☎ ★ ☆ ⚫ ⚪ ♦) and the emoji pictographs Canva-style templates use as icons
# (📞 📧 📍 🔗 ...). Any spaces or tabs after the glyph collapse into the one space of "• ".
_BULLET_CHARS = "\u2022\u2023\u2043\u2219\x7f\u260e\u2605\u2606\u26ab\u26aa\u2666"
_ICON_RANGES = "\u25a0-\u25ff\u2700-\u27bf\U0001f300-\U0001f6ff\U0001f900-\U0001faff"
_PUA = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_BULLET_RE = re.compile(f"[{_BULLET_CHARS}{_ICON_RANGES}{_PUA}][ \t]*")

# An emoji or dingbat that opens a short line ("💼 Experience", "🎓 Education", "✨ Projects"): a profile
# README's heading when the rest of the line is one (:func:`_emoji_heading`), else an icon like any other.
_EMOJI_HEADING_RE = re.compile(
    "^([ \t]*)[\u2700-\u27bf\U0001f300-\U0001f6ff\U0001f900-\U0001faff][ \t]+([^\n]{1,60})$", re.MULTILINE
)


def _emoji_heading(match: re.Match[str]) -> str:
    """The heading without its emoji when the line names a section (real resumes probe 24: the emoji made
    "💼 Experience" a list item and the whole resume one block); the line unchanged otherwise."""
    from resume_lens.sections import heading_name  # the heading words; imported here: no import cycle

    return (
        match.group(1) + match.group(2)
        if heading_name(match.group(2), after_heading=False)
        else match.group(0)
    )


#: Names of dingbat and icon fonts, whose glyphs are bullets or icons whatever letter they map to
#: (pdf-notes §1 row 5: ZapfDingbats "■" prints as "n"). A subset prefix ("ABCDEF+") may precede
#: the name. Symbol is not included: it also holds Greek letters and maths signs (≥, ±).
ICON_FONT_RE = re.compile(
    r"dingbat|wingding|webding|awesome|materialicons|material.?symbols|materialdesign|ionicons|icomoon"
    r"|glyphicon|octicon|remixicon|boxicons|bootstrap.?icons|tabler.?icons|lineicons|icofont|academicons",
    re.IGNORECASE,
)

# C0 and C1 control characters except "\n" and "\t" (DEL is handled above as a bullet).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x80-\x9f]")

# A run of at least four single letters separated by single spaces ("E X P E R I E N C E",
# "E x p e r i e n c e"), where two or more spaces mark a word break ("W O R K  H I S T O R Y"); a
# trailing colon is allowed. pdfminer emits these for letter-spaced headings at its default
# word_margin (pdf-notes §1 row 4, §6.6). The run must start with a capital.
_LETTER = r"[^\W\d_]"
_LETTER_SPACED_RE = re.compile(rf"(?<!\S){_LETTER}(?:(?: | {{2,}}){_LETTER}){{3,}}(?![^\s:])")
_WORD_GAP_RE = re.compile(r" {2,}")

_TRAILING_SPACE_RE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES_RE = re.compile(r"\n{4,}")


def _join_letter_spaced(match: re.Match[str]) -> str:
    words = _WORD_GAP_RE.split(match.group(0))
    if not match.group(0)[0].isupper():
        return match.group(0)  # "a b c d" in running text is not a heading
    if any(len(word.replace(" ", "")) < 2 for word in words):
        # A lone capital between wide gaps ("A  B C D") is not a spaced-out word; leave it.
        return match.group(0)
    return " ".join(word.replace(" ", "") for word in words)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# What counts as unreadable in count_garbled: unmapped glyph tokens, the replacement character, and
# the C0 control characters other engines print for glyphs without a character map (\x01 in
# pypdfium2's output, pdf-notes §1 row 3).
_UNREADABLE_RE = re.compile("\\(cid:(?!127\\))\\d+\\)|[\ufffd\x00-\x08\x0e-\x1f]")
_NON_SPACE_RE = re.compile(r"\S")


@dataclass(frozen=True)
class GarbledCounts:
    """How much of a text layer could not be decoded (see :func:`count_garbled`).

    Attributes
    ----------
    unreadable : int
        Glyphs without a Unicode mapping: ``(cid:NN)`` tokens other than ``(cid:127)`` (the
        WinAnsi bullet), U+FFFD replacement characters and C0 control characters.
    glyphs : int
        Non-space characters, each ``(cid:NN)`` token counted as one glyph.
    """

    unreadable: int
    glyphs: int

    @property
    def share(self) -> float:
        """``unreadable / glyphs`` in [0, 1]; 0.0 for a text without glyphs."""
        return self.unreadable / self.glyphs if self.glyphs else 0.0


def count_garbled(text: str) -> GarbledCounts:
    """Count the unreadable glyphs of raw extracted text (before :func:`normalize_text`).

    Parameters
    ----------
    text : str
        Raw text, for example pdfminer's, where a glyph its font cannot map prints as ``(cid:NN)``.

    Returns
    -------
    GarbledCounts
        Compare ``share`` with :data:`GARBLED_WARNING_SHARE` and :data:`GARBLED_ERROR_SHARE`.

    Examples
    --------
    >>> c = count_garbled("(cid:34)(cid:77) Alex (cid:127) ML")
    >>> c.unreadable, c.glyphs
    (2, 9)
    """
    tokens = re.findall(r"\(cid:\d+\)", text)
    glyphs = len(_NON_SPACE_RE.findall(text)) - sum(len(token) - 1 for token in tokens)
    return GarbledCounts(unreadable=len(_UNREADABLE_RE.findall(text)), glyphs=glyphs)


def normalize_text(text: str) -> str:
    """Normalise extracted resume text for display and rule matching.

    Steps, in order:

    1. Line breaks: ``\\r\\n``, ``\\r``, form feed, vertical tab, U+0085, U+2028 and U+2029 become ``\\n``.
    2. ``(cid:127)`` becomes a bullet (pdf-notes §1 row 3); any other ``(cid:NN)`` (a glyph without a
       Unicode mapping) becomes U+FFFD, the replacement character.
    3. Unicode NFKC, which expands ligatures (``ﬁ`` → ``fi``, ``ﬂ`` → ``fl``, pdf-notes §1 row 2) and
       full-width forms, and turns no-break spaces into spaces. The hyphens U+2010 and U+2011 (non-breaking)
       become ``"-"``, the only hyphen the tokenizer splits words at.
    4. Soft hyphens U+00AD, ``\\x02`` and zero-width characters are removed, joining the word
       (pdf-notes §1 row 6). A soft hyphen at the start of a line or after a space is a misencoded
       dash (seen in the awesome-cv template's date ranges) and becomes ``"-"``.
    5. An emoji that opens a line naming a section ("💼 Experience") is dropped: the line is a heading.
       Bullet and icon glyphs (``•``, ``▪``, ``◦``, ``●``, ``■``, ``✓``, ``☎``, ``📧``, U+F0B7, any
       Private Use Area glyph, ...) plus the spaces after them become ``"• "``. Emoji variation
       selectors are removed with the zero-width characters in step 4.
    6. Other control characters are removed; ``\\n`` and ``\\t`` are kept. Lone surrogates (undecodable
       bytes carried in a ``str``) become U+FFFD, since nothing downstream can encode them. A lone
       U+FFFD opening a line and followed by a space is a bullet from a symbol font without a
       character map and becomes ``"• "``.
    7. Letter-spaced words are joined: ``"E X P E R I E N C E"`` → ``"EXPERIENCE"``,
       ``"E x p e r i e n c e"`` → ``"Experience"``, ``"W O R K  H I S T O R Y"`` → ``"WORK HISTORY"``
       (four or more letters, the first a capital, pdf-notes §6.6).
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
    text = _CID_RE.sub("\ufffd", text)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_UNICODE_HYPHENS)
    text = _STANDALONE_SOFT_HYPHEN_RE.sub("-", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _EMOJI_HEADING_RE.sub(_emoji_heading, text)
    text = _BULLET_RE.sub(BULLET + " ", text)
    text = _CONTROL_RE.sub("", text)
    text = _SURROGATE_RE.sub("\ufffd", text)
    text = _LEADING_UNMAPPED_RE.sub(r"\1" + BULLET + " ", text)
    text = _LETTER_SPACED_RE.sub(_join_letter_spaced, text)
    text = _TRAILING_SPACE_RE.sub("", text)
    text = _MANY_BLANK_LINES_RE.sub("\n\n\n", text)
    return text.strip("\n")
