"""Section headings → canonical sections, and the text's lines with bullet markers removed.

Heading aliases are data: ``resume_lens/data/section_headings.json`` (its ``_doc`` key describes the
format). A heading is a short line (at most 5 words, no sentence-final period) whose normalised form
is an alias; markdown ``#``/``**``, a trailing colon and decoration runs (``—``, ``===``, ``|``, ``//``) are
ignored. Text above the first heading is the ``header`` section (name, headline, contacts). A line
that names the section it is already in, directly under a line with a date range, is an entry's
title, not a heading (Europass: "March 2002 – July 2002" / "Internship"). A heading with a note in
brackets must not start in lower case ("software (Java)" ends a wrapped sentence). Once a resume
has set at least :data:`_MIN_STYLED_HEADINGS` headings in capitals and none otherwise, a heading-like
label in mixed case that ends in a colon is a label inside the current entry, not a heading
(latexcv ``minimalistic`` prints "Publications:" under each of its RESEARCH PROJECTS).
A bilingual heading names one section in two languages, split by a slash with spaces around it
("EDUCACIÓN / EDUCATION", "PRÁCTICAS / INTERNSHIP"): it opens the section of its first part that is
an alias. Square brackets around a heading are decoration ("[Experience]").

Profile READMEs, "About" pages and portfolio pages (real public resumes, session 11) phrase headings
freely. Emoji and other symbols around a heading are decoration ("## 🚀 Featured Projects"). A
title-like line (a markdown heading, or every word capitalised or in capitals; no comma, period or
semicolon) made of modifier words or acronyms before a *modifiable* alias opens that alias's section
("Featured Projects", "Technical Stack", "Professional Overview", "AI/ML Projects"): the modifiers and
the modifiable aliases are data in ``section_headings.json``, so "Led Key Projects" (a verb) or
"Hybrid Recommendation Projects" (a project's name) stays a line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from resume_lens.dates import find_date_range
from resume_lens.errors import RuleFileError
from resume_lens.header_words import load_header_words
from resume_lens.rule_files import check_top_keys, read_rule_file
from resume_lens.structure import SECTION_NAMES, Section
from resume_lens.titles import classify_title

__all__ = [
    "HeadingRules",
    "SourceLine",
    "find_sections",
    "heading_name",
    "is_header_like",
    "load_heading_rules",
    "split_lines",
]

_HEADINGS_FILE = "section_headings.json"
_TOP_KEYS = {"_doc", "version", "sections", "generic_words", "modifiers", "modifiable", "header_like"}
_MAX_HEADING_WORDS = 5
_MAX_GENERIC_WORDS = 4

# List markers stripped from a line's start (the normaliser maps glyph bullets to "• "; "›" is one
# too). Dashes, "*", "+" (a sub-item) and arrows ("→ Taxi demand forecasting", real resumes, session
# 23) need a following space so "-5%", "*args" or "→B" stay text; "(cid:N)" is an unmapped glyph
# pdfminer prints for a bullet in some templates (moderncv).
_BULLET_RE = re.compile(
    r"^(?:[\u2022\u25aa\u25e6\u25cf\u25a0\u25ba\u25b8\u27a2\u27a4\u25c6\u25cb\u00b7\u203a]\s*|"
    r"[-*+\u2013\u2014\u2192\u21d2]\s+|\(cid:\d+\)\s*)+"
)
# A Markdown blockquote's marks ("> Senior Machine Learning Engineer with 5+ years …", a profile summary; real
# resumes, session 25) before a letter: "> 5 years" keeps its "more than".
_QUOTE_RE = re.compile(r"^(?:>[ \t]*)+(?=[^\W\d_])")
_DECORATION = r"[\s\u2014\u2013\-_=~|\u2022\u00b7:*#/\u3010\u3011\[\]]"  # and 【】, [], "//" around headings
_DECORATION_RE = re.compile(rf"^{_DECORATION}+|{_DECORATION}+$")
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s*")
# "Selected engagements (2021 – present)"; a Japanese heading needs no space: "学歴・職歴(名別にまとめて書く)"
_TRAILING_NOTE_RE = re.compile(r"(?:\s+|(?<=[\u3000-\u9fff]))\([^()]*\)\s*$")
# The two halves of a bilingual heading: "EXPERIENCIA LABORAL / WORK EXPERIENCE"
_BILINGUAL_SPLIT_RE = re.compile(r"\s+/\s+")
# A projects or experience heading with a subtitle after a spaced dash ("Key Project — Medical Imaging",
# "Work Experience - Internship").
_SUBTITLE_RE = re.compile(r"^([^\u2014\u2013]+?)\s+(?:[\u2014\u2013]|-{1,2})\s+([^\u2014\u2013]+)$")
#: The most words a heading's subtitle may have.
_MAX_SUBTITLE_WORDS = 5
# A numbered heading of a portfolio page: "01 · ABOUT — Who I Am", "02. Work — Projects", "03 | Skills"; a
# number with a middle dot or bar, or written with two digits. "1. Research" is a numbered item, often a
# sub-label inside a job (a review).
_ORDINAL_HEADING_RE = re.compile(r"^(?:(?:0?[1-9]|1\d)\s*[\u00b7|]|(?:0[1-9]|1\d)\s*[.):])\s+(?=\S)")


@dataclass(frozen=True)
class SourceLine:
    """One non-empty line of the text with its list marker removed.

    ``start``/``end`` are character offsets into the text, end-exclusive, of the line's words
    (after the marker, without surrounding spaces): ``text[start:end] == self.text``.
    ``bullet`` tells whether a list marker was removed.
    """

    text: str
    start: int
    end: int
    bullet: bool


@dataclass(frozen=True)
class HeadingRules:
    """The compiled contents of ``section_headings.json``."""

    aliases: dict[str, str]
    generic_words: frozenset[str]
    modifiers: frozenset[str] = frozenset()
    modifiable: frozenset[str] = frozenset()
    header_like: frozenset[str] = frozenset()


#: An unknown heading that ends in one of these words (and has no generic word such as VOLUNTEER or
#: LEADERSHIP) lists positions.
_EXPERIENCE_TAILS = frozenset({"experience", "experiences", "employment"})


def _fail(key: str, reason: str) -> RuleFileError:
    return RuleFileError(f"rule file {_HEADINGS_FILE}, key {key}: {reason}")


#: Unicode categories of the emoji and symbols a profile README sets around a heading ("## \U0001f680
#: Featured Projects", "\u26a1 Tech Stack \u26a1"): other symbols, modifier symbols, format characters
#: (zero-width joiner) and non-spacing marks (the emoji variation selector U+FE0F).
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf", "Mn"})


def _strip_symbols(s: str) -> str:
    """``s`` without emoji, symbols and spaces at either end."""
    start, end = 0, len(s)
    while start < end and (s[start].isspace() or unicodedata.category(s[start]) in _SYMBOL_CATEGORIES):
        start += 1
    while end > start and (s[end - 1].isspace() or unicodedata.category(s[end - 1]) in _SYMBOL_CATEGORIES):
        end -= 1
    return s[start:end]


def _core(line: str) -> str:
    """A heading line without markdown ``#``, emoji and decoration at either end, case kept."""
    s = _MARKDOWN_HEADING_RE.sub("", line.strip())
    for _ in range(2):  # "## \U0001f680 **Projects**": symbols, then decoration, then symbols again
        s = _DECORATION_RE.sub("", _strip_symbols(s))
    return s


def _normalise(line: str) -> str:
    s = _strip_symbols(_MARKDOWN_HEADING_RE.sub("", line.strip()))
    s = _TRAILING_NOTE_RE.sub("", s)  # "Selected engagements (2021 – present, self-employed)"
    s = _strip_symbols(_DECORATION_RE.sub("", s))
    s = _DECORATION_RE.sub("", s)
    s = s.replace("&", " and ").replace("+", " and ").replace("\u2019", "'")  # "Where I\u2019ve worked"
    return " ".join(s.lower().split())


def parse_heading_rules(data: dict[str, Any]) -> HeadingRules:
    """Validate a parsed ``section_headings.json`` object.

    Raises
    ------
    RuleFileError
        On a missing or unknown key, an unknown section name, an alias that is not in normalised
        form, or an alias listed under two sections; the message names the file and key.
    """
    check_top_keys(data, _HEADINGS_FILE, _TOP_KEYS)
    sections = data["sections"]
    if not isinstance(sections, dict):
        raise _fail("sections", "must be an object mapping section names to alias lists")
    aliases: dict[str, str] = {}
    for name, alias_list in sections.items():
        if name not in SECTION_NAMES or name == "header":
            raise _fail(f"sections.{name}", f"unknown section name; use one of {SECTION_NAMES[1:]}")
        if not isinstance(alias_list, list) or not alias_list:
            raise _fail(f"sections.{name}", "must be a non-empty list of aliases")
        for i, alias in enumerate(alias_list):
            key = f"sections.{name}[{i}]"
            if not isinstance(alias, str) or _normalise(alias) != alias or not alias:
                raise _fail(key, f"alias {alias!r} must be lower case, normalised ('and' for '&')")
            if len(alias.split()) > _MAX_HEADING_WORDS:
                raise _fail(key, f"alias {alias!r} is longer than {_MAX_HEADING_WORDS} words")
            if alias in aliases and aliases[alias] != name:
                raise _fail(key, f"alias {alias!r} is already listed under {aliases[alias]!r}")
            aliases[alias] = name
    words = data["generic_words"]
    if not isinstance(words, list) or not all(isinstance(w, str) and w.isupper() for w in words):
        raise _fail("generic_words", "must be a list of upper-case words")
    modifiers = data["modifiers"]
    if not isinstance(modifiers, list) or not all(
        isinstance(w, str) and w == w.lower() and len(w.split()) == 1 for w in modifiers
    ):
        raise _fail("modifiers", "must be a list of single lower-case words")
    modifiable = data["modifiable"]
    if not isinstance(modifiable, list):
        raise _fail("modifiable", "must be a list of aliases")
    for i, alias in enumerate(modifiable):
        if alias not in aliases:
            raise _fail(f"modifiable[{i}]", f"{alias!r} is not an alias of any section")
    header_like = data["header_like"]
    if not isinstance(header_like, list):
        raise _fail("header_like", "must be a list of aliases")
    for i, alias in enumerate(header_like):
        if aliases.get(alias) != "other":
            raise _fail(f"header_like[{i}]", f"{alias!r} is not an alias of the 'other' section")
    return HeadingRules(
        aliases, frozenset(words), frozenset(modifiers), frozenset(modifiable), frozenset(header_like)
    )


@lru_cache(maxsize=1)
def load_heading_rules() -> HeadingRules:
    """Load and validate the packaged ``section_headings.json`` (cached).

    Raises
    ------
    RuleFileError
        When the file is unreadable or invalid.
    """
    return parse_heading_rules(read_rule_file(_HEADINGS_FILE))


def is_header_like(sections: Sequence[Section], index: int) -> bool:
    """Whether ``sections[index]`` is a contact block that stands for the header: its heading is one of
    the ``header_like`` aliases ("Personal Information", "Contact Details") and only the header comes
    before it, so its "Role: AI/ML Engineer" line is the candidate's headline (real resumes, probe 18).

    Parameters
    ----------
    sections : sequence of Section
        From :func:`find_sections`, in reading order.
    index : int
        Which section to judge.

    Returns
    -------
    bool
        ``True`` for a header-like first section; ``False`` otherwise (also for a contact block further
        down, whose lines are no headline).
    """
    section = sections[index]
    if section.name != "other" or not section.heading:
        return False
    if any(s.name != "header" for s in sections[:index]):
        return False
    return _normalise(section.heading) in load_heading_rules().header_like


def heading_name(line: str, *, after_heading: bool = True) -> str | None:
    """Return the canonical section a heading line opens, or ``None`` if the line is no heading.

    Parameters
    ----------
    line : str
        One line, as written (``"## Work Experience"``, ``"TECHNICAL SKILLS:"``, ``"Profile"``).
    after_heading : bool
        Whether a known heading came earlier; only then can an unknown short ALL-CAPS line with a
        generic heading word (``"COMMUNITY INVOLVEMENT"``) open an ``other`` section.

    Returns
    -------
    str or None
        One of :data:`resume_lens.structure.SECTION_NAMES` except ``header``.
    """
    stripped = line.strip()
    note = _TRAILING_NOTE_RE.search(stripped)
    if note is not None and len(stripped) > 60 and _MARKDOWN_HEADING_RE.sub("", stripped)[:1].isupper():
        # "Featured Data Science Projects (will add visualizations to this section)": a long note after a
        # short heading (real resumes, session 25)
        stripped = stripped[: note.start()]
    if not stripped or stripped.endswith(".") or len(stripped) > 60:
        return None
    ordinal = _ORDINAL_HEADING_RE.match(stripped)
    if ordinal is not None:
        return _numbered_heading(stripped[ordinal.end() :], after_heading=after_heading)
    subtitled = _SUBTITLE_RE.match(stripped)
    if (
        subtitled
        and not any(c.isdigit() for c in stripped)  # a dated line is a header, not a heading
        and len(subtitled.group(2).split()) <= _MAX_SUBTITLE_WORDS
        and (label := heading_name(subtitled.group(1), after_heading=after_heading)) is not None
        # "Featured Project — Master's Thesis", "Key Project — Medical Imaging"; "Work Experience -
        # Internship", "Projects - AlimBot" (real resumes, session 25); "Internship — Consultoría Levante
        # Datos" is a job
        and (label == "projects" or (label == "experience" and "experience" in subtitled.group(1).lower()))
    ):
        return label
    if _TRAILING_NOTE_RE.search(stripped) and stripped[:1].islower():
        return None  # "software (Java)": the wrapped end of a sentence, not "Software" with a note
    norm = _normalise(stripped)
    parts = _BILINGUAL_SPLIT_RE.split(norm)
    if not norm or any(len(part.split()) > _MAX_HEADING_WORDS for part in parts):
        return None
    rules = load_heading_rules()
    if norm in rules.aliases:
        return rules.aliases[norm]
    known = [rules.aliases[part] for part in parts if part in rules.aliases]
    if len(parts) > 1 and known:
        return known[0]  # "EDUCACIÓN / EDUCATION": one section in two languages
    joined = norm.split(" and ")
    if len(joined) > 1 and all(part in rules.aliases for part in joined):
        return rules.aliases[joined[0]]  # "PROJECTS & RESEARCH": two known headings, read as the first
    if len(norm.split()) > _MAX_HEADING_WORDS:
        return None
    core = _core(stripped)
    words = core.split()
    modified = _modified_alias(stripped, core, norm, rules)
    if modified is not None:
        return modified
    if (
        norm.split()[-1] in _EXPERIENCE_TAILS
        and (core.isupper() or all(w[:1].isupper() or not w.isalpha() or w in ("and", "of") for w in words))
        and not any(w.upper() in rules.generic_words for w in words)
    ):
        return "experience"  # "Research and Intern Experience", "ML ENGINEERING EXPERIENCE"
    if (
        after_heading
        and len(words) <= _MAX_GENERIC_WORDS
        and core.isupper()
        and all(w.isalpha() or w == "&" for w in words)
        and any(w in rules.generic_words for w in words)
    ):
        return "other"
    return None


def _numbered_heading(rest: str, *, after_heading: bool) -> str | None:
    """The section a numbered heading opens, its number removed: ``"ABOUT — Who I Am"`` is ``summary``;
    with a subtitle that names a section itself, the subtitle's (``"WORK — Projects"`` is ``projects``,
    real resumes probe 25)."""
    subtitled = _SUBTITLE_RE.match(rest)
    if subtitled is None:
        return heading_name(rest, after_heading=after_heading)
    label = heading_name(subtitled.group(1), after_heading=after_heading)
    if label is None:
        return None
    subtitle = heading_name(subtitled.group(2), after_heading=after_heading)
    return subtitle if subtitle not in (None, "other") else label


# An acronym used as a modifier: "AI/ML", "NLP", "LLM", "CV" (capitals, with "/", "-" or "&" between)
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:[/&-][A-Z][A-Z0-9]*)*s?$")


#: Modifiable aliases whose modifiers may not be joined by "and"/"&": "ML & MLOps Highlights" after an
#: Experience section lists work, not a summary (a review of session 26: its deployment bullets were lost).
_NOT_JOINED = frozenset({"highlights"})


def _modified_alias(line: str, core: str, norm: str, rules: HeadingRules) -> str | None:
    """The section of a heading written as modifiers before a modifiable alias ("Featured Projects",
    "Technical Stack", "Professional Overview", "AI/ML Projects"), or ``None``.

    The line must look like a title: a markdown ``#`` heading, or every word capitalised, in capitals
    or an acronym (so "worked on key projects" or a sentence ending in "projects" is no heading), with
    no comma, period or semicolon. Every word before the longest modifiable alias that ends the line is
    a modifier from ``section_headings.json`` or an acronym.
    """
    if any(c in core for c in ",.;") or not core:
        return None
    words = core.split()
    norm_words = norm.split()
    if len(words) != len(norm_words):
        return None  # "&"/"+" became "and": the words no longer line up
    markdown = _MARKDOWN_HEADING_RE.match(line.strip()) is not None
    capitals = _is_capitals(core)
    if not markdown and not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None
    for k in range(1, len(norm_words)):
        alias = " ".join(norm_words[k:])
        if alias not in rules.modifiable:
            continue
        if all(
            _is_modifier(m, w, capitals, rules)
            or (m == "and" and 0 < j < k - 1 and alias not in _NOT_JOINED)  # "Industrial & Real-world"
            for j, (m, w) in enumerate(zip(norm_words[:k], words[:k], strict=True))
        ):
            return rules.aliases[alias]
    return None


def _is_modifier(norm_word: str, word: str, capitals: bool, rules: HeadingRules) -> bool:
    """Whether one word before a modifiable alias is a modifier: a listed word ("featured"), listed
    words joined by "/" or "-" ("ai/ml"), or an acronym ("LLM") in a line that is not all capitals
    (in "OUTSIDE WORK" every word looks like an acronym)."""
    if all(part in rules.modifiers for part in re.split(r"[/-]", norm_word) if part):
        return True
    return not capitals and _ACRONYM_RE.match(word) is not None


def split_lines(text: str) -> tuple[SourceLine, ...]:
    """Split text into its non-empty lines, removing list markers, blockquote marks and surrounding spaces.

    Parameters
    ----------
    text : str
        The normalised resume text (``Document.text``).

    Returns
    -------
    tuple of SourceLine
        In reading order; offsets into ``text``, end-exclusive. Lines that hold only a marker
        (``"•"``) are dropped.
    """
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if not body:
            continue
        quote = _QUOTE_RE.match(body)
        if quote:
            lead += quote.end()
            body = body[quote.end() :]
        marker = _BULLET_RE.match(body)
        if marker:
            lead += marker.end()
            body = body[marker.end() :].strip()
            if not body:
                continue
            lead = raw.index(body, lead)
        start = m.start() + lead
        out.append(SourceLine(body, start, start + len(body), marker is not None))
    return tuple(out)


def _entry_line_after_header(
    text: str, previous: SourceLine | None, line: SourceLine, following: SourceLine | None = None
) -> bool:
    """Whether a heading-like line is part of an entry, printed just below its dates or its title.

    Europass prints "March 2002 – July 2002" and, on the next line, the position "Internship"; a
    portfolio prints "Machine Learning Engineer" and, on the next line, the kind of job "Freelance"
    (real resumes, session 23). A line that names the section it is already in, directly under a line
    with a date range or a job title of a known family (no blank line between), is part of that entry,
    not a new heading. A PDF may print a blank line between the lines of one header ("MLOps Engineer &
    DevOps", "Freelance", "04/01/2021 - Current", each a paragraph; session 24): one blank line is allowed
    when the line is a kind of job (``job_kinds`` of ``header_words.json``: "Freelance", "Contract"), the
    title is above and the entry's dates follow on the next line.
    """
    if previous is None or line.bullet:
        return False
    gap = text[previous.end : line.start].count("\n")
    if gap == 1:
        return find_date_range(previous.text) is not None or classify_title(previous.text).family != "other"
    return (
        gap == 2
        and following is not None
        and not following.bullet
        and load_header_words().job_kind.match(line.text.strip(" *_#:")) is not None
        and classify_title(previous.text).family != "other"
        and find_date_range(following.text) is not None
    )


#: Headings in capitals a resume must have set before a mixed-case "Label:" can be told from them.
_MIN_STYLED_HEADINGS = 2


def _is_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _label_in_entry(line: str, headings: list[str]) -> bool:
    """Whether a heading-like line is a label inside an entry: it ends in a colon and is not in
    capitals, while every heading so far (at least :data:`_MIN_STYLED_HEADINGS`) is in capitals."""
    return (
        line.rstrip().endswith(":")
        and not _is_capitals(line)
        and len(headings) >= _MIN_STYLED_HEADINGS
        and all(_is_capitals(h) for h in headings)
    )


def find_sections(text: str, lines: tuple[SourceLine, ...] | None = None) -> tuple[Section, ...]:
    """Find the sections of a resume.

    Parameters
    ----------
    text : str
        The normalised resume text.
    lines : tuple of SourceLine, optional
        ``split_lines(text)``, when the caller already has it.

    Returns
    -------
    tuple of Section
        In reading order. ``header`` (when there is text above the first heading) comes first.
        Each section's ``start`` is its heading line's first character (``text[start:start +
        len(heading)] == heading``) and ``end`` the end of its last line, end-exclusive.
    """
    if lines is None:
        lines = split_lines(text)
    sections: list[Section] = []
    name, heading, start, end = "header", "", None, None
    seen_heading = False
    headings: list[str] = []
    previous: SourceLine | None = None
    for k, line in enumerate(lines):
        found = None if line.bullet else heading_name(line.text, after_heading=seen_heading)
        following = lines[k + 1] if k + 1 < len(lines) else None
        if found is not None and found == name and _entry_line_after_header(text, previous, line, following):
            found = None
        if found is not None and _label_in_entry(line.text, headings):
            found = None
        previous = line
        if found is None:
            if start is None:
                start = line.start
            end = line.end
            continue
        if start is not None and end is not None:
            sections.append(Section(name, heading, start, end))
        seen_heading = True
        headings.append(line.text)
        name, heading, start, end = found, line.text, line.start, line.end
    if start is not None and end is not None:
        sections.append(Section(name, heading, start, end))
    return tuple(sections)
