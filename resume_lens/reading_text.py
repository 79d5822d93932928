"""The text the evidence tagger reads, with a map back to the resume's characters.

A resume line as extracted can hold what breaks multi-word patterns: a bullet joined across a line wrap
keeps ``"\\n"`` and indentation, a PDF keeps the hyphen of a word broken at the end of a line
(``"Serv-\\ning"``, pdf-notes §1 row 6; pdfminer.six does no de-hyphenation by design) and a text layer
that was not normalised keeps ligatures (``"Airﬂow"``), and a Markdown resume marks words as bold or code
(``"**multi-agents**"``, ``"`kubectl`"``). :func:`reading_text` undoes those four and
returns, for every character it produces, the offset of the character it came from, so evidence spans
found in the reading text map back exactly to the resume's own characters.

De-hyphenation follows pdf-notes §6.6: a break ``word-<whitespace>rest`` is joined into one word only
when the joined word is in an English vocabulary (the lower-case words of the ``en_lexeme_prob`` table of
spacy-lookups-data, 321,969 words, shipped as ``resume_lens/data/english_words.txt.gz`` by
``scripts/make_word_list.py``); otherwise only the whitespace goes (``"self- hosted"`` → ``"self-hosted"``).
A suspended hyphen before a conjunction (``"pre- and post-processing"``) is left alone.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

__all__ = ["dehyphenate", "is_known_word", "reading_text", "squash_whitespace"]

_WHITESPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-\s+(?=[a-z])")
_NEXT_WORD = re.compile(r"[a-z]+")
_PREV_WORD = re.compile(r"[A-Za-z]+$")
#: Words after a suspended hyphen ("pre- and post-", "front- or back-end"): never a broken word.
_SUSPENDED = frozenset({"and", "or", "nor", "to", "vs", "versus", "und", "as"})
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE_RE = re.compile("[" + "".join(_LIGATURES) + "]")
#: Markdown emphasis and code marks around words: "**multi-agents**", "*Airflow*", "__LLaMA__", "`kubectl`".
#: A lone "*" between spaces ("Python * SQL") or inside a word ("3*4") is no mark and stays.
_MARKUP_RE = re.compile(
    r"\*{2,}|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])|(?<![\w_])_{2,}(?=\S)|(?<=\S)_{2,}(?![\w_])|`+"
)


#: The word list in the package: one word a line, gzipped (``scripts/make_word_list.py``).
WORD_LIST = "english_words.txt.gz"


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Lower-case alphabetic words of three or more letters from spacy-lookups-data's English
    ``lexeme_prob`` table, read once per process from the package's word list (about 0.08 s; the JSON
    table itself took 0.6-1.7 s)."""
    data = (resources.files("resume_lens") / "data" / WORD_LIST).read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split("\n"))


def is_known_word(word: str) -> bool:
    """True when ``word`` (any case) is an English word of spacy-lookups-data's vocabulary."""
    return word.lower() in _vocabulary()


def _rewrite(text: str, pattern: re.Pattern[str], replace) -> tuple[str, list[int]]:
    """Apply ``replace(match) -> str`` to every match; offsets map each output character to its source.

    A replacement's characters all map to the match's first character; the map has one extra entry,
    ``len(text)``, for end offsets.
    """
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        pieces.append(text[last : match.start()])
        offsets.extend(range(last, match.start()))
        new = replace(match)
        pieces.append(new)
        offsets.extend([match.start()] * len(new))
        last = match.end()
    pieces.append(text[last:])
    offsets.extend(range(last, len(text)))
    offsets.append(len(text))
    return "".join(pieces), offsets


def squash_whitespace(text: str) -> tuple[str, list[int]]:
    """Collapse every whitespace run (and any single non-space whitespace) to one space.

    Returns
    -------
    tuple[str, list[int]]
        The squashed text and ``offsets`` with ``len(offsets) == len(squashed) + 1``: ``offsets[i]`` is
        the offset in ``text`` of squashed character ``i``; the last entry is ``len(text)``.
    """
    return _rewrite(text, _WHITESPACE_RUN, lambda _m: " ")


def dehyphenate(text: str) -> tuple[str, list[int]]:
    """Join words broken by a hyphen and whitespace (``"Serv- ing"``, ``"plat-\\nform"``).

    The hyphen and whitespace are removed when the joined word is known (:func:`is_known_word`),
    only the whitespace when it is not (``"self- hosted"`` → ``"self-hosted"``); nothing changes before
    a conjunction (``"pre- and post-"``). Returns the text and an offset map as :func:`squash_whitespace`.

    Examples
    --------
    >>> dehyphenate("p99 la- tency on the plat-\\n  form")[0]
    'p99 latency on the platform'
    """
    if "-" not in text:
        return text, [*range(len(text) + 1)]

    def replace(match: re.Match[str]) -> str:
        before = _PREV_WORD.search(text, 0, match.start())
        after = _NEXT_WORD.match(text, match.end())
        if after is None or after.group() in _SUSPENDED:
            return match.group()
        if before is not None and is_known_word(before.group() + after.group()):
            return ""
        return "-"

    return _rewrite(text, _BROKEN_WORD, replace)


def _compose(outer: list[int], inner: list[int]) -> list[int]:
    """Offsets into the original text for a text rewritten twice (``inner`` then ``outer``)."""
    return [inner[i] for i in outer]


def reading_text(text: str) -> tuple[str, list[int]]:
    """The text the tagger reads: Markdown emphasis and code marks dropped, ligatures expanded, broken words
    joined, whitespace squashed.

    A third of the real public resumes of the session 24–25 probes are Markdown with bold phrases
    ("deploying **multi-agents** for HR, IT, Finance"): the marks stood between the words of a pattern.

    Parameters
    ----------
    text:
        One resume line (a bullet may span wrapped lines).

    Returns
    -------
    tuple[str, list[int]]
        The reading text and ``offsets`` (``len(reading) + 1`` entries): character ``i`` of the reading
        text comes from ``text[offsets[i]]``; the last entry is ``len(text)``. A span ``[a, b)`` of the
        reading text covers ``text[offsets[a] : offsets[b - 1] + 1]``.
    """
    offsets = [*range(len(text) + 1)]
    if ("*" in text or "_" in text or "`" in text) and _MARKUP_RE.search(text):
        text, step = _rewrite(text, _MARKUP_RE, lambda _m: "")
        offsets = _compose(step, offsets)
    if _LIGATURE_RE.search(text):
        text, step = _rewrite(text, _LIGATURE_RE, lambda m: _LIGATURES[m.group()])
        offsets = _compose(step, offsets)
    if "-" in text:
        text, step = dehyphenate(text)
        offsets = _compose(step, offsets)
    text, step = squash_whitespace(text)
    return text, _compose(step, offsets)
