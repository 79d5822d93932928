"""Split the experience section into positions: title, organization, dates and bullets.

How a position header is found (design sketch step 2, taxonomy §5.11 "title positions"):

* A *header-like* line is a short line (at most 14 words) that is not a list item, does not start in
  lower case and does not end a sentence (a final period after a word longer than 4 letters).
* An *anchor* is a header-like line with a date range (:mod:`resume_lens.dates`) or with a title of a
  known family (:mod:`resume_lens.titles`) in title case or capitals.
* Consecutive anchors (with at most 2 header-like lines between them) form one header cluster, until
  a slot repeats: a second date range or a second title starts the next position. A list item or a
  sentence closes the cluster.
* A cluster without an organization takes up to 3 title-case lines just above it (org-first layouts:
  "Acme Corp / Berlin / ML Engineer / 2019 – 2021"), then up to 2 just below it.
* A cluster with only a date and nothing around it, right after a position without a date, is that
  position's date (some PDF layouts print the date after the first bullets).
* Bullets are the lines after a position's header up to the next position's header.
* A project's sub-heading inside one job ("Fraud Scoring System | AI Engineer", "Project: Document AI
  Assistant"): an undated header after a dated entry whose line opens with "Project:" or names a
  product (*system*, *platform*, *app*, *assistant*, ...) beside its role stays in that entry; it is
  no line of work, and the bullets under it count for the entry (real public resumes, session 10).
* Two date ranges joined by a comma, ";", "&" or "and" on one line ("Jan 2020 – Jun 2021, Aug 2021 –
  Present") are one entry's spells: the entry runs from the earlier start to the later end.

Entry shapes of real templates (issue 5 item 3, ``shared/resumes/templates``):

* A list item that holds only a date range (and perhaps a place) is header material: icon fonts
  draw a calendar before the dates and it reads as a bullet (AltaCV: "• July 2012 – Ongoing").
* A template's unfilled date slot ("year–year", "Month 20XX – Ongoing";
  :func:`resume_lens.dates.find_placeholder_dates`) anchors a header like a date range, but gives
  no dates: the position's dates stay ``None``.
* *Dates first*: when a section prints at least two date lines directly above a title line, and
  more of them than title lines directly above a date line (latexcv ``two_column``: "2014 - 2016 -
  We4IT GmbH Bremen" / "IT Consultant ..."), a date line opens the next entry instead of closing
  the one above, a line with a single date counts as a date line, and a title is looked for below
  the date first.
* An entry with a date and no title takes a short sentence-case title just below (or above) its
  date line ("Independent consultant", Europass): at most four words, a known family or a role
  noun last, no article, preposition or pronoun.
* A template's unfilled title slot ("Job title", "Job Title 1": a whole header part matching
  :func:`resume_lens.titles.find_placeholder_title`, not followed by a colon) is the entry's title
  as a person sees it: it anchors a header like a title, in family ``other`` (never a claim).
* A part naming a credential or course after a role ("Python Developer Certification"), an award
  ("Young Researcher Grant") or an organisation named after a field ("Data Science Society";
  :func:`resume_lens.titles.is_not_a_title`) is no title.

List items as headers (markdown and plain-text resumes, probe of real public resumes, session 10):

* A list item that reads as a header once its marker is dropped, with a title of a known family in
  title case opening it (or following the date range that opens it) and no article, preposition or
  pronoun in the title, is a position header when it also holds a date ("- 2019.07 - 2020.12,
  Machine Learning Engineer, TSMC, Hsinchu"; "- **Research Intern**, Albion, summer 2021") or when
  the next line is a date line without a title ("- Machine Learning Engineer, Acme Corp" / "  Jan
  2022 - Present"). "- Promoted to Senior ML Engineer in 2021" stays a line of work.

Organizations: a date line under a title that names the employer ("Kinaxis | Ottawa | Jan 2026 -
Aug 2026") is the entry's organization, so no line above is taken for it; a part that only names
the kind of job ("(Intern)", "part-time", "self-employed") or a level ("Data Scientist - I") is no
organization; "TSMC, Hsinchu" after a title (an acronym in capitals, then a place) names the
employer TSMC although it has the shape of "City, Region", and so does "Sydney Water, Sydney" (a
company named after its city); a note that the job goes on ("(current)") is no organization;
" -- " separates parts like " - ".
* *Year and month cells*: a Japanese résumé (履歴書, JIS layout) prints its history as a table of
  rows, a year cell, a month cell and the event ("2014" / "04" / "…・ソフトウェアエンジニア・入社").
  A line holding only a year, then one holding only a month (1–12), then an event line is one row
  dated that month. A row ending in 入社 ("joined") opens a position; a later row ending in 退社 or
  退職 ("left") with the same text before the marker closes it (its month is the end); a row that
  goes on with 現在に至る ("to this day") ends at ``present``; a joining row that is never closed
  is dated its own month only.

Layouts of real resumes, probe 5 (session 12):

* An employer-and-dates line, then a title line that ends with a period ("Corp, Seattle, WA (2019 --
  2023)" / "Senior Applied Scientist (L6)."), or a title of a known family that opens a line of
  description, set off by a note in parentheses or a separator ("Machine Learning Engineer (Ads
  team) Cross-functional team ..."): that line is the entry's title (:func:`_title_opening_line`).
* An employer line that ends with one date as its own part ("Corp, London UK, Feb 2022.", "Lab,
  Palo Alto, CA (Summer 2007)") dates the entry whose title is just below it; in the top entry of
  the resume a single month there is the start of a job that goes on (``present``).
* A short event note with a date ("Acquired by Globex January 2020") is a line of work, never the
  entry's date.
* A title in no family whose role part follows a note ("Senior Staff (IC7) and Data Lead") is read
  from its first part; the first entry of a section takes the employer line in parts with a place
  that opens the section ("GLOBEX | Bay Area, CA") even when its title line names a team.
* The organization is the first part of an employer line split at bars and dashes ("Globex |
  Bay Area, CA" is Globex), not at commas or parentheses.

Layouts of real resumes, probe 7 (session 14):

* A labelled header line ("Role: Principal ML Engineer (Freelance)", "Client: Canto Inc.";
  ``header_words.json`` ``title_labels`` / ``organization_labels``) gives the entry's title or
  organisation without its label; an employer on the title line wins over a "Client:" line, and a
  note on the kind of job ("(Freelance)") is no employer. A labelled list of four or more tools
  ("Technologies: Python, PyTorch, Kafka, AWS") is a line of work, never an employer line above the
  next entry.
* A list item written as a whole position header may end in a bare year ("- Senior Data Scientist
  Intern, IBM, 2022"): the year dates it, January to December (probe 6).
* An employer named by its web domain in lower case ("bol.com (via Xebia)") opens a header line like
  a capitalised name (probe 6).
* An untitled entry takes no title from a part in title case that ends in an organisation suffix or
  unit ("Altınay Aerospace Inc., Robotics Department"): its title stays empty. "Istanbul/Turkey" is a
  place.

Only the organization string of a position is kept from the header; names and contacts never are.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from resume_lens.dates import DateRange, find_date_range, find_dates, find_placeholder_dates
from resume_lens.header_words import load_header_words
from resume_lens.sections import SourceLine
from resume_lens.structure import Line, Position
from resume_lens.titles import (
    TitleMatch,
    classify_title,
    find_placeholder_title,
    find_titles,
    has_role_word,
    is_not_a_title,
    is_project_entry,
)

__all__ = ["HeaderLine", "find_positions", "header_signal", "split_inline_description", "split_segments"]

_MAX_HEADER_WORDS = 14
_MAX_TITLE_WORDS = 10
# A header line of short comma-separated parts may run longer (:func:`_is_listed_header`)
_MAX_LISTED_HEADER_WORDS = 26
_MAX_LISTED_PART_WORDS = 6
# An employer-and-dates list item over a title item (:func:`_employer_date_items_above_titles`)
_MAX_EMPLOYER_ITEM_WORDS = 5
# An employer, place and dates list item under a title line (:func:`_employer_date_items_below_titles`)
_MAX_EMPLOYER_PLACE_ITEM_WORDS = 8
_LOOKBACK = 3
_LOOKAHEAD = 2
_MAX_GAP = 2

# Separators between title, organization, location and date on one header line. "/" is not one:
# "AI/ML Engineer" and "Data Scientist / ML Engineer" are single titles.
_SEPARATOR_RE = re.compile(
    r"\s+(?:[|\u2013\u2014]|-{1,3})\s+|\s*[|\u2022\u00b7\u30fb]\s*|,\s*|\s+@\s+|@|\s+at\s+|\t+|\s{2,}|[()\[\]]"
)
_MAJOR_SEPARATOR_RE = re.compile(
    r"\s+(?:[|\u2013\u2014]|-{1,3})\s+|\s*[|\u2022\u00b7\u30fb]\s*|\s+@\s+|@|\s+at\s+|\t+|\s{2,}|[()\[\]]"
)
_TRIM = " \t*_#`:;,.-\u2013\u2014|()[]"
_TRIM_KEEP_BRACKETS = " \t*_#`:;,.-\u2013\u2014|"
# A list number before a header's title ("2. Machine Learning Engineer Associate", "3) Data Scientist")
_ORDINAL_RE = re.compile(r"\d{1,2}[.)]\s+")
_SMALL_WORDS = {
    "of",
    "and",
    "&",
    "for",
    "the",
    "in",
    "at",
    "to",
    "de",
    "la",
    "+",
    "-",
    "/",
    "@",
    "a",
    "an",
    "on",
    "via",
}
# Contact details and page footers ("John Doe – 1/3", "Page 2 of 3") are never position headers, so a
# name, e-mail or phone number can never become a title or an organization.
_CONTACT_RE = re.compile(
    r"@\S+\.|https?://|www\.|\b(?:e-?mail|mobile|phone|tel|linkedin|github)\b\s*:|\+\d[\d\s().-]{7,}\d"
    r"|\(\+?\d{1,3}\)\s*\d|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b",
    re.IGNORECASE,
)
# A page mark has page numbers of one or two digits; "12/2023" ending a header is a month and year,
# and :func:`_is_header_like` looks for page marks only outside the line's dates.
_PAGE_MARK_RE = re.compile(
    r"(?:^|\s)\d{1,2}\s*/\s*\d{1,2}\s*$|\bpage\s+\d+(?:\s+of\s+\d+)?\s*$", re.IGNORECASE
)
# The header words (organisation suffixes, job kinds, work arrangements, project words) are data:
# resume_lens/data/header_words.json, read through :func:`resume_lens.header_words.load_header_words`.
_DURATION_RE = re.compile(r"^(?:\d+\s*(?:years?|yrs?|months?|mos?)\.?\s*)+$", re.IGNORECASE)
# A level after a title ("Data Scientist - I", "ML Engineer - L4"), no organization
_LEVEL_RE = re.compile(r"^(?:[IVX]{1,4}|L\d{1,2}|\d)$")
# "TSMC, Hsinchu" after a title: a place is not written as an acronym in capitals, so the first piece
# is the employer although the part has the shape of "City, Region" (unless the region is a code: "LA, CA")
_ACRONYM_THEN_PLACE_RE = re.compile(r"^([A-Z][A-Z&]{2,7}),\s*(?![A-Z]{2,3}$)[A-Z][\w .'-]*$")
# A Japanese address: a prefecture (都道府県) then a ward, city, town, village or district ("東京都千代田区")
_JA_PLACE_RE = re.compile(
    r"^[\u3040-\u30ff\u4e00-\u9fff]+?[都道府県][\u3040-\u30ff\u4e00-\u9fff]*?[区市町村郡]$"
)
# A city and its country joined by a slash ("Istanbul/Turkey", "Paris/France"; real resumes, probe 7)
_CITY_SLASH_COUNTRY_RE = re.compile(r"^[A-Z][^\W\d_A-Z]+/[A-Z][^\W\d_A-Z]+$")
# Dot leaders after a sub-heading ("Vocational. . . . . ."; moderncv banking): a heading, never an org.
_DOT_LEADER_RE = re.compile(r"(?:\.\s?){4,}")


@dataclass(frozen=True)
class HeaderLine:
    """What the header reader found on one experience line (offsets into the resume text)."""

    line: SourceLine
    header_like: bool
    dates: DateRange | None = None
    title: TitleMatch | None = None
    title_start: int = 0
    title_end: int = 0
    placeholder: tuple[int, int] | None = None  # an unfilled date slot ("year–year"), line offsets


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)
    date_idx: int | None = None
    title_idx: int | None = None
    dates_first: bool = False
    folded: list[int] = field(default_factory=list)  # project sub-headings inside the entry

    @property
    def last_anchor(self) -> int:
        return max(i for i in (self.date_idx, self.title_idx) if i is not None)


def split_segments(text: str, *, commas: bool = True) -> list[tuple[int, int]]:
    """Split a header line into (start, end) spans of its parts, trimmed of markup and punctuation.

    Parameters
    ----------
    text : str
        One header line (``"Machine Learning Engineer — Acme Corp (Mar 2021 – Present)"``).
    commas : bool
        Whether a comma separates parts (``False`` keeps ``"Acme Corp, Berlin"`` together).

    Returns
    -------
    list of (int, int)
        Offsets into ``text``, end-exclusive; empty parts are dropped.
    """
    spans = []
    pos = 0
    regex = _SEPARATOR_RE if commas else _MAJOR_SEPARATOR_RE
    for m in [*regex.finditer(text), None]:
        end = m.start() if m else len(text)
        s, e = pos, end
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM and not _keeps_final_period(text[s:e]):
            e -= 1
        if s < e:
            spans.append((s, e))
        pos = m.end() if m else len(text)
    return spans


def _keeps_final_period(part: str) -> bool:
    # "Inc." and "Co." keep their period; "lines." does not.
    if not part.endswith("."):
        return False
    last = part[:-1].split()[-1] if part[:-1].split() else ""
    # dotted company forms: "s.r.o.", "S.A.", "B.V.", "S.p.A."
    return (0 < len(last) <= 4 and last[:1].isupper()) or ("." in last and len(last) <= 8)


#: A parenthetical note ("(electronics retail chain, 90 shops)", "(contract)"): not counted against the
#: header word limit, so that a long employer description or name cannot stop a header being read
#: (the fairness suite swaps employer names of different lengths).
_PARENTHESES_RE = re.compile(r"\([^()]*\)")


def _words(text: str) -> list[str]:
    # separators such as "|", "–" and "&" are not words
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def _is_dotted_form(word: str) -> bool:
    """A dotted abbreviation such as a company's legal form ("sp.", "o.o.", "s.r.o.", "S.A.S.")."""
    return word.endswith(".") and len(word) <= 8 and word[:-1].replace(".", "").isalpha()


def _is_title_case(text: str) -> bool:
    words = [
        w
        for w in re.findall(r"[^\s/&+\-]+", text)
        if w.lower() not in _SMALL_WORDS and w[:1].isalpha() and not _is_dotted_form(w)
    ]
    if not words:
        return False
    # a word in a script without case (Japanese ソフトウェアエンジニア) counts as capitalised, and so does a
    # brand written with a lower-case first letter ("iOPEX", "eBay")
    domain = load_header_words().web_domain_word
    caps = sum(
        1
        for w in words
        if w[:1].isupper() or not w[:1].islower() or _BRAND_WORD_RE.match(w) or domain.match(w)
    )
    return caps / len(words) >= 0.6


def _ends_sentence(text: str) -> bool:
    if not text.endswith((".", ";", "!", "?")) or _is_emphasised_title(text):
        return False
    return not _keeps_final_period(text)


#: A line wholly in emphasis, then a period: "*Senior Applied Scientist (L6)*." (real resumes, session 27)
#: styles a title; the period ends no sentence.
_EMPHASISED_THEN_PERIOD_RE = re.compile(r"\s*([*_]{1,2})([^*_]+)\1\.\s*")
#: Most words of such a title, a bracket left out.
_MAX_EMPHASISED_TITLE_WORDS = 6


def _is_emphasised_title(text: str) -> bool:
    """A title in emphasis followed by a period ("*Senior Applied Scientist (L6)*."), not a note in emphasis
    ("*Promoted from Data Scientist*.", "*Reported to the Head of Machine Learning*."; a review): a few
    words, none a preposition, article or pronoun, the first no -ed word."""
    m = _EMPHASISED_THEN_PERIOD_RE.fullmatch(text)
    if m is None:
        return False
    words = _words(_PARENTHESES_RE.sub(" ", m.group(2)))
    return (
        0 < len(words) <= _MAX_EMPHASISED_TITLE_WORDS
        and not any(w.lower() in _NOT_IN_NOTE_TITLES for w in words)
        and not words[0].lower().endswith("ed")
        and _is_whole_title(m.group(2).strip(), opening=True)
    )


# Between two date ranges of one entry on one line ("Jan 2020 – Jun 2021, Aug 2021 – Present")
_RANGE_JOINER_RE = re.compile(r"\s*(?:,|;|&|\+|/|\band\b)\s*", re.IGNORECASE)


def _entry_range(text: str) -> DateRange | None:
    """The line's date range; two ranges joined by a comma, ";", "&" or "and" are one entry's spells
    ("Jan 2020 – Jun 2021, Aug 2021 – Present": a break, or a return to the same employer), read as
    one range from the earlier start to the later end, its span covering both."""
    first = find_date_range(text)
    if first is None or not first.is_range:
        return first
    joiner = _RANGE_JOINER_RE.match(text, first.span_end)
    if joiner is None:
        return first
    second = find_date_range(text[joiner.end() :])
    if second is None or not second.is_range or second.span_start != 0:
        return first
    end = (
        first.end
        if first.end == "present" or (second.end != "present" and first.end > second.end)
        else second.end
    )
    return DateRange(
        min(first.start, second.start), end, first.span_start, joiner.end() + second.span_end, True
    )


def _date_span(text: str) -> tuple[int, int] | None:
    """Offsets of the line's date range (both spells of :func:`_entry_range`), else of its unfilled
    date slot (``"year–year"``)."""
    found = _entry_range(text)
    if found is not None:
        return found.span_start, found.span_end
    return find_placeholder_dates(text)


def _starts_with_date_slot(text: str) -> bool:
    """A line that opens with a date range or a template's unfilled slot, which may be in lower case:
    Spanish and French month abbreviations ("feb. 2021 – actualidad") and moderncv's "year–year Job
    title, Employer"."""
    span = find_placeholder_dates(text)
    if span is not None and span[0] == 0:
        return True
    found = find_date_range(text)
    return found is not None and found.span_start == 0


def _is_date_item(line: SourceLine) -> bool:
    """A list item that holds only a date range, or a date slot, and perhaps a place.

    Icon fonts draw a calendar before an entry's dates (AltaCV: "• July 2012 – Ongoing"), and the
    icon reads as a list marker; nobody writes a bullet of work that is only a date.
    """
    span = _date_span(line.text)
    if not line.bullet or span is None:
        return False
    rest = _blank(line.text, *span).strip(_TRIM + " ")
    return not rest or _is_location(rest)


# A bracket before an item's title ("* (Intern) Research AI Engineer : May 2022 - Oct 2022", real resumes,
# session 25; "[Contract / Remote]"): its parts, between "/", "," or "&" (:func:`_job_kind_bracket`)
_BRACKETED_LEAD_RE = re.compile(r"^\s*[(\[]\s*([^()\[\]]{1,40}?)\s*[)\]]\s*$")
_BRACKET_PART_SPLIT_RE = re.compile(r"\s*[/,&]\s*")
# More job kinds a bracket may name ("(Summer Intern)", "(Consultant)", "(Werkstudent)", "(Hyprid)"; a review)
_BRACKET_JOB_WORD_RE = re.compile(
    r"^(?:(?:summer|phd|research|graduate|industrial|winter|spring|fall|autumn)\s+)?(?:intern|internship|placement)$"
    r"|^(?:consultant|contractor|contract[\s-]to[\s-]hire|temp|temporary|interim|acting|fixed[\s-]term|graduate|"
    r"werkstudent|stagiaire|praktikum|hyprid|hybird|on\s+site)$",
    re.IGNORECASE,
)


def _job_kind_bracket(lead: str) -> bool:
    """Whether ``lead`` is one bracket of kinds of job or work arrangements ("(Intern)", "[Contract /
    Remote]"): "(Forage)", "(Course)" or "(Google)" before a title name no job (session 25's review)."""
    m = _BRACKETED_LEAD_RE.match(lead)
    if m is None:
        return False
    words = load_header_words()
    parts = _BRACKET_PART_SPLIT_RE.split(m.group(1))
    return all(
        words.job_kind.match(p) or words.work_arrangement.match(p) or _BRACKET_JOB_WORD_RE.search(p)
        for p in parts
    )


def _title_item_reading(line: SourceLine) -> HeaderLine | None:
    """The header reading of a list item that is written as a position header, else ``None``.

    Markdown and plain-text resumes put a list marker before each entry's header ("- 2019.07 -
    2020.12, Machine Learning Engineer, TSMC, Hsinchu", "* **ML Engineer**, Acme Corp"). Read
    without its marker, the item must be header-like and hold a title of a known family (not a role
    noun alone) in title case that opens the item, or follows the date range that opens it, and has
    no article, preposition or pronoun: "- Promoted to Senior ML Engineer in 2021 - 2022" is a line
    of work. The caller decides whether the
    item also needs dates (:func:`_is_dated_title_item`) or a date line below it
    (:func:`_title_items_above_dates`).
    """
    if not line.bullet:
        return None
    h = _read_header_line(dataclasses.replace(line, bullet=False))
    if not h.header_like or h.title is None:
        return None
    if h.title.family == "other" and not _opens_with_date_range(line.text):
        return None  # a title of no known family only after opening dates ("- 2020.01 - 2022.02, Consultant")
    text = line.text
    lead = _without_dates(text)[: h.title_start - line.start]
    if (
        lead.strip(_TRIM + " ")
        and not _employer_part_after_dates(text, lead)
        and not _job_kind_bracket(lead)
        and not _employer_part_before_barred_title(text, lead)
    ):
        return None
    title_words = _words(text[h.title_start - line.start : h.title_end - line.start])
    return None if any(w.lower() in _NOT_IN_TITLES for w in title_words) else h


def _employer_part_after_dates(text: str, lead: str) -> bool:
    """Whether ``lead``, the item's text before its title with the dates blanked, is one employer part set
    off by a comma or bar after the date range that opens the item: "- Nov 2018 - Mar 2021 Cathedral
    Software, Senior Data Engineer & DevOps." (real resumes, session 23)."""
    if not _opens_with_date_range(text):
        return False
    part = lead.strip(_TRIM + " ")
    if not re.search(r"[,|]\s*$", lead) or not part:
        return False
    words = _words(part)
    return (
        len(words) <= _MAX_EMPLOYER_PART_WORDS
        and _is_title_case(part)
        and not any(w.lower() in _NOT_IN_TITLES for w in words)
    )


def _employer_part_before_barred_title(text: str, lead: str) -> bool:
    """Whether ``lead``, the item's text before its title, is an employer part in an item of parts set off by
    bars or spaced dashes: employer, title, dates ("- **Speechify** | Machine Learning Engineer | Dec 2022 -
    Present", real resumes, session 26; "- Prenuvo - Applied Machine Learning Scientist   Aug 2024 --
    Present", session 27; "- Machine Learning Engineer | Speechify | Dec 2022 - Present" was read already).
    Nothing but the dates may follow the title's part, and the title's part may not name a certification
    ("- **Google Cloud** | Professional Machine Learning Engineer | Jan 2024 - Jan 2026", a review: rubric
    §1, a certificate is no claim)."""
    separator = _LEAD_SEPARATOR_RE.search(lead)
    if separator is None:
        return False
    kind = separator.group().strip()
    parts = (_BAR_RE if kind == "|" else _SPACED_DASH_RE).split(_without_dates(text))
    if not 2 <= len(parts) <= 3 or any(x.strip(_TRIM + " ") for x in parts[2:]):
        return False
    if kind != "|" and len(parts) == 3:
        return False  # "- Acme - ML Engineer - Berlin": a third dashed part is a place or a project
    header_words = load_header_words()
    title_part = parts[1].strip(_TRIM)
    part = lead.strip(_TRIM + " ")
    dashed = kind != "|"
    # the title without its bracket: "Machine Learning Engineer Track (online course)"
    core = _PARENTHESES_RE.sub(" ", parts[1]).strip(_TRIM)
    programme = header_words.issuer_title_last.search(core) and not _TEAM_SEPARATOR_RE.search(core)
    certificate = header_words.certification_title.search(title_part) and not _TEAM_SEPARATOR_RE.search(core)
    if certificate or (
        (dashed or header_words.certification_issuer.fullmatch(part))
        and (header_words.issuer_title.search(title_part) or programme)
    ):
        return False
    whole = _is_whole_title(parts[1].strip(_TRIM_KEEP_BRACKETS))
    if dashed and (header_words.course_provider.fullmatch(part) or not whole):
        return False  # "- Acme Online - ML Engineer Program", "- HackZurich - AI Engineer (team of 4)"
    words = _words(part)
    return (
        0 < len(words) <= _MAX_EMPLOYER_PART_WORDS
        and _is_title_case(part)
        and not any(w.lower() in _NOT_IN_TITLES for w in words)
    )


#: Most words of a bracket after a title in a dashed item ("(L6)", "(Search & Ranking)"; not "(team of 4)").
_MAX_TITLE_BRACKET_WORDS = 2


def _is_whole_title(text: str, *, opening: bool = False) -> bool:
    """Whether a title part is a job title and nothing more but a level, a short bracket or a team after a
    comma: "Applied Machine Learning Scientist", "ML Engineer (Contract)", "Senior ML Engineer, Search",
    "Machine Learning Engineer II"; not "Machine Learning Engineer Program" nor "AI Engineer (team of 4)"
    (reviews of session 27's dashed items). With ``opening``, the title must also open the text ("*Senior
    Applied Scientist (L6)*."; not "*Interviewing ML Engineer candidates*.")."""
    titles = [m for m in find_titles(text) if m.family != "other"]
    if not titles or (opening and min(m.start for m in titles) > 0):
        return False
    rest = text[max(m.end for m in titles) :].strip()
    bracket = re.fullmatch(r"\(([^()]*)\)", rest)
    return (
        not rest
        or (bracket is not None and len(_words(bracket.group(1))) <= _MAX_TITLE_BRACKET_WORDS)
        or _TITLE_TAIL_RE.fullmatch(rest) is not None
    )


#: What may follow a title in its part: a level ("II", "L5") or a team after a comma (", Search & Ranking").
_TITLE_TAIL_RE = re.compile(r"(?:I{1,3}|IV|V|L\d{1,2}|\d)|,\s*[A-Z][\w&/.-]*(?:\s+(?:&|[A-Z][\w&/.-]*)){0,3}")


#: A team after a title ("ML Engineer, Degrees Program", "Senior ML Engineer \u2013 Nanodegree Platform").
_TEAM_SEPARATOR_RE = re.compile(r",|\s[-\u2013\u2014]\s")
#: The separator of an item's employer, title and dates parts: a bar, or a dash with spaces around it (the
#: lead's kind splits the item: "| Machine Learning Engineer \u2013 Associate |" is one part).
_BAR_RE = re.compile(r"\s*\|\s*")
_SPACED_DASH_RE = re.compile(r"\s+[-\u2013\u2014]{1,2}\s+")
_LEAD_SEPARATOR_RE = re.compile(r"(?:\s*\|\s*|\s+[-\u2013\u2014]{1,2}\s+)$")


#: Most words of the employer part between a list item's opening dates and its title.
_MAX_EMPLOYER_PART_WORDS = 6


def _opens_with_date_range(text: str) -> bool:
    """Whether the text starts with a date range (after list punctuation): "2020.01 - 2022.02, Consultant"."""
    found = find_date_range(text)
    return found is not None and not text[: found.span_start].strip(_TRIM + " ")


def _is_dated_title_item(line: SourceLine) -> bool:
    """A list item that is a whole position header: a title (:func:`_title_item_reading`) and a
    date range, a single date ("- **Research Intern**, Albion Weather Centre, summer 2021") or a year
    as its last part ("- Senior Data Scientist Intern, IBM, 2022"; :func:`_year_part`)."""
    if not line.bullet or (find_dates(line.text) is None and _year_part(line.text) is None):
        return False
    return _title_item_reading(line) is not None


# A year as the last part of a header line, set off by a comma, a bar or a spaced dash ("..., IBM, 2022")
_YEAR_PART_RE = re.compile(r"(?:,|\||\s[-\u2013\u2014])\s*((?:19|20)\d\d)\s*\.?\s*$")


def _year_part(text: str) -> DateRange | None:
    """The year that ends a list item written as a position header ("- Senior Data Scientist Intern,
    IBM, 2022"; real resumes, probe 6): the whole year, January to December. A bare year in running
    text is no date (:func:`resume_lens.dates.find_dates`), so only a year set off as a part counts."""
    m = _YEAR_PART_RE.search(text)
    if m is None:
        return None
    year = m.group(1)
    return DateRange(f"{year}-01", f"{year}-12", m.start(1), m.end(1), is_range=False)


# A year as the last part of a header line set off by a bar ("Robert Bosch GmbH | Renningen, Germany | 2018")
_BAR_YEAR_PART_RE = re.compile(r"\S\s*\|\s*((?:19|20)\d\d)\s*$")


def _bar_year_part(text: str) -> DateRange | None:
    """The year that ends an employer-and-place line after a bar, "Robert Bosch GmbH | Renningen, Germany |
    2018" (real resumes, session 25): the whole year, January to December, as :func:`_year_part` reads one
    that ends a list item. The bar sets it off as a part of the header; a year after a comma on a line that
    is no list item stays no date ("Best Paper Award, 2019"), and so does a line with a title or without a
    place."""
    m = _BAR_YEAR_PART_RE.search(text)
    if m is None:
        return None
    # only an employer-and-place line: a part with a title ("Fraud Detection Platform | Lead Developer |
    # 2022", a project inside a job; "Senior ML Engineer | Promoted | 2022") or no place ("Deep Learning for
    # Vision | NeurIPS Workshop | 2019", a paper) keeps its year undated (session 25's review)
    rest = _blank(text, m.start(1), m.end(1))
    if has_role_word(rest) or classify_title(rest).family != "other":
        return None
    if not any(_is_location(rest[a:b]) for a, b in split_segments(rest, commas=False)):
        return None
    year = m.group(1)
    return DateRange(f"{year}-01", f"{year}-12", m.start(1), m.end(1), is_range=False)


def _title_items_above_dates(infos: list[HeaderLine]) -> None:
    """Read a list item with a title just above a date line as its entry's header (in place).

    Markdown CV pages print "* **Machine Learning Engineer**, Acme Corp, Berlin" with the dates on
    the next, indented line ("  Jan 2022 - Present"). The item must read as a title item
    (:func:`_title_item_reading`) without dates of its own, and the next line must be a header-like
    line with dates (a range, a template's date slot or a single date) and no title.
    """
    for i in range(len(infos) - 1):
        h, below = infos[i], infos[i + 1]
        if h.header_like or not _is_date_line(below):
            continue
        reading = _title_item_reading(h.line)
        if reading is not None and not _has_date_slot(reading) and find_dates(h.line.text) is None:
            infos[i] = reading


def _employer_date_items_above_titles(infos: list[HeaderLine]) -> None:
    """Read a list item of an employer and its dates over a title item as the entry's header (in place).

    Markdown resumes nest the title under the employer: "- Twitter, 2015 - present" with "  - ML Engineer,
    Tech Lead" below it (real resumes, session 24). The upper item must read, without its marker, as a
    header line with a date range, no title and at most :data:`_MAX_EMPLOYER_ITEM_WORDS` other words; the
    item below must read as a title item (:func:`_title_item_reading`) with no dates of its own.
    """
    # Only in a section written this way from its start: under a regular header ("ML Engineer | Acme |
    # 2019 - 2023") a "- Fraud model, 2019 - 2021" item over "  - Data Scientist, Tech Lead" is a project of
    # that job, and a flat "- Sales dashboards, 2018 - 2020" item a line of work (a review)
    first_header = next((i for i, h in enumerate(infos) if h.header_like and h.title is not None), len(infos))
    for i in range(first_header - 1):
        h, below = infos[i], infos[i + 1]
        if h.header_like or below.header_like or not (h.line.bullet and below.line.bullet):
            continue
        if find_date_range(h.line.text) is None or find_dates(below.line.text) is not None:
            continue
        upper = _read_header_line(dataclasses.replace(h.line, bullet=False))
        if not upper.header_like or upper.title is not None or upper.dates is None:
            continue
        if not 1 <= len(_words(_without_dates(h.line.text))) <= _MAX_EMPLOYER_ITEM_WORDS:
            continue
        title = _title_item_reading(below.line)
        if title is not None:
            infos[i] = upper
            infos[i + 1] = title


def _employer_date_items_below_titles(infos: list[HeaderLine]) -> None:
    """Read a list item of an employer, its place and its dates just below a title line as part of the entry's
    header (in place).

    "Senior AI Consultant IV" over "- Ernst & Young, Warsaw, Poland, February 2025 - present" and "- Duties
    include ..." (real resumes, session 26): the title line is a header line with a title and no dates; the
    item below it must read, without its marker, as a header line with a date range, no title, at most
    :data:`_MAX_EMPLOYER_PLACE_ITEM_WORDS` other words, no work verb first ("- Deployed fraud model on
    SageMaker, Jan 2022 - Jun 2022" is a line of work) and only Title Case parts (an employer and its place;
    "- Real-time fraud scoring on SageMaker, Jan 2022 - Jun 2022" is work), and no other list item of the
    entry may carry a date range ("Data Scientist" over "- Fraud model, 2019 - 2021" and "- Churn model,
    2021 - 2023" lists projects of that job).
    """
    for i in range(len(infos) - 1):
        h, below = infos[i], infos[i + 1]
        if not h.header_like or h.title is None or h.dates is not None or h.line.bullet:
            continue
        if below.header_like or not below.line.bullet or find_date_range(below.line.text) is None:
            continue
        upper = _read_header_line(dataclasses.replace(below.line, bullet=False))
        if not upper.header_like or upper.title is not None or upper.dates is None:
            continue
        words = _words(_without_dates(below.line.text))
        if not 1 <= len(words) <= _MAX_EMPLOYER_PLACE_ITEM_WORDS:
            continue
        if load_header_words().work_verb.fullmatch(words[0]):
            continue  # "- Deployed fraud model on SageMaker, Jan 2022 - Jun 2022": a line of work (a review)
        parts = [x.strip(_TRIM) for x in _without_dates(below.line.text).split(",")]
        if not all(_is_title_case(x) for x in parts if x):
            continue  # "- Real-time fraud scoring on SageMaker, Jan 2022 - Jun 2022": work (a review)
        rest = itertools.takewhile(lambda x: x.line.bullet and not x.header_like, infos[i + 2 :])
        if any(find_date_range(x.line.text) is not None for x in rest):
            continue
        infos[i + 1] = upper


def _engagements_under_a_dated_job(infos: list[HeaderLine]) -> None:
    """Read dashed list items under a dated job header as that job's lines, not positions (in place).

    "Machine Learning Engineer, Acme Consulting, Jan 2019 - Present" over "- Allianz - Data Scientist   2021 -
    2022" and "- Munich Re - Data Analyst   2019 - 2020" lists the consultancy's client engagements (a review
    of session 27's dashed items): an item in the "- Employer - Title   dates" form whose dates lie within
    those of the last consulting, freelance or contract header line above it is part of that job (a
    "PhD Researcher, TU Munich, 2018 - Present" above a job is no consultancy; a later review).
    """
    above: HeaderLine | None = None
    for i, h in enumerate(infos):
        if not h.line.bullet:
            dated = h.header_like and h.dates is not None and h.dates.is_range
            if dated and _CONSULTING_RE.search(h.line.text):
                above = h
            elif h.header_like and h.title is not None:
                above = None
            continue
        if above is None or not h.header_like or h.dates is None or h.title is None:
            continue
        if not _SPACED_DASH_RE.search(_without_dates(h.line.text)[: h.title_start - h.line.start]):
            continue
        if above.dates.start <= h.dates.start and _end_key(h.dates.end) <= _end_key(above.dates.end):
            infos[i] = HeaderLine(h.line, header_like=False)


#: A consultancy's or a freelancer's header, under which dashed items are client engagements.
_CONSULTING_RE = re.compile(r"consult|freelanc|contract|agency|self[\s-]?employed|independent", re.IGNORECASE)


def _end_key(end: str) -> str:
    return "9999-99" if end == "present" else end


def _is_page_footer(line: SourceLine) -> bool:
    """A page footer or header printed between an entry's bullets ("Jane Doe - 1/2", "Page 2 of 3"): a
    short line that is not a list item and ends in a page mark. It is never a line of work (rubric §3
    counts bullets or sentences of work)."""
    text = line.text
    return not line.bullet and len(_words(text)) <= 6 and bool(_PAGE_MARK_RE.search(_without_dates(text)))


# A name written with a lower-case first letter and a capital after it ("iOPEX Technologies", "eBay",
# "mParticle"): a brand, not the lower-case start of a wrapped sentence.
_BRAND_WORD_RE = re.compile(r"^[a-z]{1,2}[A-Z][\w&.-]*$")


def _brand_lead(text: str) -> bool:
    """Whether a line that opens in lower case opens with a brand name ("iOPEX Technologies | Jan 2021 -
    Dec 2021", real resumes, probe 6) and is in parts with a date range: an employer-and-dates line."""
    words = text.split()
    return (
        bool(words)
        and _BRAND_WORD_RE.match(words[0].rstrip(",|")) is not None
        and find_date_range(text) is not None
        and _PART_SEPARATOR_RE.search(text) is not None
    )


def _is_web_domain(word: str) -> bool:
    """A company named by its web domain in lower case ("bol.com (via Xebia)"; real resumes, probe 6)."""
    return load_header_words().web_domain_word.match(word) is not None


#: A first-person sentence: "I've been a Computer Vision Engineer at EnVsion since June 2020" is prose under
#: the header, not a second position (real resumes, probe 15). The next word is in lower case, so a company
#: named "I Love Data" still opens an entry.
_FIRST_PERSON_RE = re.compile(r"^\W*(?:I|I['\u2019](?:m|ve|d|ll)|We|We['\u2019](?:re|ve|d|ll))\s+[a-z]")


def _is_header_like(line: SourceLine) -> bool:
    text = line.text
    return (
        (not line.bullet or _is_date_item(line) or _is_dated_title_item(line))
        and not _FIRST_PERSON_RE.match(text)
        and (
            len(_words(_PARENTHESES_RE.sub(" ", _without_dates(text)))) <= _MAX_HEADER_WORDS
            or _is_listed_header(text)
        )
        and (
            not text[:1].islower()
            or _starts_with_date_slot(text)
            or _brand_lead(text)
            or _is_web_domain((text.split(maxsplit=1) or [""])[0].rstrip(",|"))
        )
        and not _CONTACT_RE.search(text)
        and not _PAGE_MARK_RE.search(_without_dates(text))
        and (not _ends_sentence(text) or find_date_range(text) is not None or _ends_with_date_part(text))
    )


def _is_listed_header(text: str) -> bool:
    """A long header line made of short comma-separated parts around a date range, opening with a title:
    "Teaching and Research Assistant, Computer Science Institute (InCo), School of Engineering, University
    of the Republic (UdelaR), Feb 2023 - Feb 2025, Montevideo, Uruguay" (real resumes, session 24) is a
    header, where a sentence of as many words would not be."""
    if find_date_range(text) is None:
        return False
    rest = _without_dates(text)
    if len(_words(_PARENTHESES_RE.sub(" ", rest))) > _MAX_LISTED_HEADER_WORDS:
        return False
    parts = split_segments(rest)
    if len(parts) < 3 or any(len(_words(rest[s:e])) > _MAX_LISTED_PART_WORDS for s, e in parts):
        return False
    # "Team Lead Duties, hired 4 engineers, ran sprint reviews, …" is a line of work (a review)
    if any(not rest[s:e][:1].isupper() and not rest[s:e][:1].isdigit() for s, e in parts):
        return False
    first = rest[parts[0][0] : parts[0][1]]
    return has_role_word(first) and _is_title_case(first)


# What may stand between the other parts of a header line and a single date that ends it
_DATE_PART_LEAD_RE = re.compile(r"(?:[,|(\[\u2013\u2014\u00b7\u2022]|\s-{1,3})\s*$")


def _ends_with_date_part(text: str) -> bool:
    """Whether a single date is the last part of the line, set off by a separator, after other parts
    ("Expedia, London UK, Feb 2022.", "Nokia Research Center, Palo Alto, CA (Summer 2007)"): an
    employer-and-date line, which may end with a period (real resumes, probe 5). "Shipped the model
    in March 2023." ends a sentence."""
    single = find_dates(text)
    if single is None or single.is_range or not text[: single.span_start].strip(_TRIM + " "):
        return False
    if text[single.span_end :].strip(_TRIM + " "):
        return False
    return _DATE_PART_LEAD_RE.search(text[: single.span_start]) is not None


def header_signal(line: SourceLine) -> str | None:
    """Why a line could belong to a position header, or ``None`` when nothing suggests it.

    Used by :func:`resume_lens.segment.segment` to keep a header, date or company line from being
    read as the wrapped tail of the bullet above it.

    Returns
    -------
    str or None
        ``"date_range"`` (any line with a date range, :func:`resume_lens.dates.find_date_range`),
        ``"contact"`` (an e-mail, URL, phone number or page footer), ``"date"`` (a single date on a
        line that does not start in lower case, unless the date sits inside a sentence), ``"title"``
        (a header-like line whose title is of a known family, or names a role in title case),
        ``"entry"`` (another header-like line that is in title case or a location: a company or place
        line) or ``None``.
    """
    text = line.text
    if find_date_range(text) is not None or find_placeholder_dates(text) is not None:
        return "date_range"
    if _CONTACT_RE.search(text) or _PAGE_MARK_RE.search(text):
        return "contact"
    single = None if text[:1].islower() else find_dates(text)
    if single is not None and not _in_running_prose(text, single.span_start, single.span_end):
        return "date"
    h = _read_header_line(line)
    if h.title is not None:
        return "title"
    if h.header_like and (_is_title_case(text) or _is_location(text)):
        return "entry"
    return None


#: Words on both sides of a date that make it part of a sentence, not a header's date line.
_PROSE_WORDS_AROUND_DATE = 4


def _in_running_prose(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` sits inside a sentence: at least
    :data:`_PROSE_WORDS_AROUND_DATE` words before and after it ("The job has run nightly since March
    2023; I get a Slack alert"). A header's date line has the date at one end ("Acme Ltd, March 2023",
    "March 2023 – Acme")."""
    before = re.findall(r"[^\W\d_]+", text[:start])
    after = re.findall(r"[^\W\d_]+", text[end:])
    return min(len(before), len(after)) >= _PROSE_WORDS_AROUND_DATE


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _is_location(part: str) -> bool:
    """A location ("Mountain View, CA", "Remote") or a duration ("2 years 10 months"): not a title/org."""
    part = part.strip(_TRIM)
    words = load_header_words()
    if words.work_arrangement.match(part) or _DURATION_RE.match(part) or _JA_PLACE_RE.match(part):
        return True
    if _CITY_SLASH_COUNTRY_RE.match(part) and not has_role_word(part):
        return True  # "Istanbul/Turkey"
    pieces = [p.strip() for p in part.split(",")]
    if len(pieces) != 2 or words.organization_suffix.search(part) or re.search(r"\d", part):
        return False
    if _MAJOR_SEPARATOR_RE.search(part.replace(", ", ",")):
        return False  # "System Administrator      Yandex, Moscow": a title or name, then the place
    return all(0 < len(p.split()) <= 3 and p[:1].isupper() for p in pieces)


@functools.lru_cache(maxsize=1024)  # header_signal and find_positions ask about the same lines
def _read_header_line(line: SourceLine) -> HeaderLine:
    if not _is_header_like(line):
        return HeaderLine(line, False)
    text = line.text
    dates = _entry_range(text)
    placeholder = None if dates is not None else find_placeholder_dates(text)
    if dates is None and placeholder is None:
        dates = _bar_year_part(text)
    rest = _without_label(_without_dates(text))
    match = classify_title(rest)
    if match.family == "other":
        slot = _placeholder_title_part(rest)
        if slot is not None:
            return HeaderLine(
                line, True, dates, slot, line.start + slot.start, line.start + slot.end, placeholder
            )
        # a title in no family still anchors a header when it names a role in title case
        # ("Co-Founder & CTO", "Founding Member & Director of Infrastructure Division")
        part = _fallback_part(HeaderLine(line, True, dates, placeholder=placeholder))
        if part is not None:
            p_text = text[part[0] : part[1]]
            if (
                has_role_word(p_text)
                and not p_text[:1].islower()  # "demoed to the Chief Risk Officer": a wrapped sentence
                # "Freelancer | Remote | 2023 - Present" under "Generative AI & LLM Engineer": the kind of
                # job on the employer-and-dates line, not a title that opens an entry (real resumes, probe 6)
                and not load_header_words().job_kind.match(_trim(p_text))
                and not is_not_a_title(p_text)
                and _is_title_case(p_text)
                and len(_words(p_text)) <= _MAX_TITLE_WORDS
            ):
                weak = TitleMatch("other", classify_title(p_text).seniority, False)
                return HeaderLine(
                    line, True, dates, weak, line.start + part[0], line.start + part[1], placeholder
                )
        return HeaderLine(line, True, dates, placeholder=placeholder)
    # the title is the union of the parts the matched words touch ("Software Engineer – AI/ML")
    parts = [(s, e) for s, e in split_segments(rest) if s < match.end and e > match.start]
    if not parts:
        return HeaderLine(line, True, dates, placeholder=placeholder)
    t_start, t_end = parts[0][0], parts[-1][1]
    ordinal = _ORDINAL_RE.match(text, t_start, t_end)
    if ordinal is not None and ordinal.end() <= match.start:
        t_start = ordinal.end()  # "## 2. Machine Learning Engineer Associate": the list number is no title
    if text.count("(", t_start, t_end) > text.count(")", t_start, t_end) and text.startswith(")", t_end):
        t_end += 1  # "Software Engineer (AI)": the qualifier's bracket closes inside the title
    title_text = text[t_start:t_end]
    # "ML engineer    Mar 2023 to present": a title in sentence case is a title when it is all the line
    # holds besides its dates (real resumes, session 23), separators aside ("ML engineer, Mar 2023 to
    # present" under "S8 Capital, Moscow", session 24); in running text it would be a sentence
    alone_with_dates = (
        dates is not None
        and title_text[:1].isupper()
        # "Assisted senior ML engineer (part-time), Jun 2022 – Aug 2022" is a line of work (a review)
        and not _starts_with_verb(title_text)
        and (rest.strip(_TRIM) == title_text.strip(_TRIM) or _only_job_kinds_beside(rest, t_start, t_end))
        # "Assisted the senior ML engineer, Jun 2022 - Aug 2022" is a line of work (a review)
        and not any(w.lower() in _NOT_IN_DATED_TITLES for w in _words(title_text))
    )
    if (
        len(_words(title_text)) > _MAX_TITLE_WORDS
        or not (_is_title_case(title_text) or alone_with_dates)
        or is_not_a_title(title_text)
    ):
        return HeaderLine(line, True, dates, placeholder=placeholder)
    return HeaderLine(line, True, dates, match, line.start + t_start, line.start + t_end, placeholder)


#: "Machine Learning Engineer (2021 – 2023): Built a recommendation model …": a dated title, a colon (or a
#: spaced dash after the bracketed dates), then the job's description on the same line.
_INLINE_DESCRIPTION_RES = (
    re.compile(r"^(?P<head>[^:]{3,100}?\S)\s*:\s+(?P<body>\S.*)$", re.DOTALL),
    re.compile(r"^(?P<head>[^:]{3,100}?\))\s+(?:[\u2013\u2014]|-{1,2})\s+(?P<body>\S.*)$", re.DOTALL),
)
_MIN_DESCRIPTION_WORDS = 4
#: Past participles that open titles ("Applied Scientist", "Embedded ML Engineer").
_TITLE_PARTICIPLES = frozenset(
    {"applied", "embedded", "distributed", "licensed", "certified", "chartered", "advanced"}
)


#: "-ing" words that open a line of work, not a title ("Pricing ML Engineer" is a title).
_WORK_GERUNDS = frozenset(
    {
        "assisting", "supporting", "helping", "interviewing", "mentoring", "supervising", "working",
        "building", "developing", "coaching", "onboarding", "hiring", "reviewing", "joining", "moving",
        "serving",
    }
)  # fmt: skip


def _starts_with_verb(title: str) -> bool:
    """Whether a title read from a line opens with a verb form that opens no title: "Assisted senior ML
    engineer", "Promoted to ML Engineer", "Interviewing ML engineer candidates" are lines of work; "Applied
    Scientist" (:data:`_TITLE_PARTICIPLES`), "Founding ML Engineer" and "Pricing ML Engineer" (an "-ing" word
    not in :data:`_WORK_GERUNDS`) are titles."""
    first = (_words(title) or [""])[0].strip(_TRIM).lower()
    return (first.endswith("ed") and first not in _TITLE_PARTICIPLES) or first in _WORK_GERUNDS


def split_inline_description(line: SourceLine) -> tuple[SourceLine, SourceLine] | None:
    """Split a position header that carries its description after a colon into the header and a line of work.

    ``"Data Analyst (2019 – 2021): Built dashboards in Tableau."`` is read as the header ``"Data Analyst
    (2019 – 2021)"`` and the line of work ``"Built dashboards in Tableau."``; read whole, the description was
    taken for the employer, or the line was too long to be a header and the title was lost (session 24's
    review, session 25).

    Parameters
    ----------
    line : SourceLine
        One logical line of an experience section.

    Returns
    -------
    tuple of SourceLine or None
        ``(header, description)``, both with offsets into the resume text, when the part before the first
        colon (or a spaced dash after bracketed dates) reads as a header with a date range and a title
        (:func:`_read_header_line`) that does not open with a verb (:func:`_starts_with_verb`: "Promoted to ML
        Engineer (2023): …" is a line of work), and the part after it holds at least
        :data:`_MIN_DESCRIPTION_WORDS` words, starts with a letter and is no header material
        (:func:`header_signal`); ``None`` otherwise.
    """
    for pattern in _INLINE_DESCRIPTION_RES:
        m = pattern.match(line.text)
        if m is None:
            continue
        body = m.group("body")
        if not body[:1].isalpha() or len(_words(body)) < _MIN_DESCRIPTION_WORDS:
            continue
        head_text = m.group("head")
        head = SourceLine(head_text, line.start, line.start + len(head_text), line.bullet)
        h = _read_header_line(head)
        if h.dates is None or h.title is None or _starts_with_verb(head_text[h.title_start - head.start :]):
            continue
        b_start = line.start + m.start("body")
        description = SourceLine(body, b_start, b_start + len(body), False)
        # "…: Reporting to the CTO, Globex Ltd" is header material (an employer, a title): left whole, it
        # stays the header's; split off, it opened an entry of its own that took the job's lines (a review)
        if header_signal(description) is not None:
            continue
        return head, description
    return None


def _only_job_kinds_beside(rest: str, t_start: int, t_end: int) -> bool:
    """Whether every part of ``rest`` outside ``rest[t_start:t_end]`` is a kind of job or a work arrangement:
    "ML engineer (contract), Mar 2023 to present" holds its title, the kind of job and its dates (session 24's
    review)."""
    words = load_header_words()
    others = [rest[s:e].strip(_TRIM) for s, e in split_segments(rest) if e <= t_start or s >= t_end]
    return bool(others) and all(words.job_kind.match(o) or words.work_arrangement.match(o) for o in others)


def _placeholder_title_part(text: str) -> TitleMatch | None:
    """The first header part that is a template's unfilled title slot ("Job Title 1"), with offsets
    into ``text``; a part followed by a colon is a label ("Job title: Data Scientist"), not a slot."""
    for s, e in split_segments(text):
        if text[e:].lstrip().startswith(":"):
            continue
        found = find_placeholder_title(text[s:e])
        if found is not None:
            return TitleMatch(found.family, None, False, found.rule_id, s + found.start, s + found.end)
    return None


def _without_dates(text: str) -> str:
    """The line with its date range, date slot, single date or year part (:func:`_bar_year_part`) blanked
    (offsets kept)."""
    span = _date_span(text)
    if span is None:
        single = find_dates(text) or _bar_year_part(text)
        span = (single.span_start, single.span_end) if single is not None else None
    return text if span is None else _blank(text, *span)


def _is_anchor(h: HeaderLine) -> bool:
    return h.header_like and (_has_date_slot(h) or h.title is not None)


def _has_date_slot(h: HeaderLine) -> bool:
    """A date range, or a template's unfilled date slot that marks where an entry's dates go."""
    return h.dates is not None or h.placeholder is not None


# A labelled list ("Technologies: Python, PyTorch, Milvus, Kafka"): four or more items after a label; a
# line of work, never an employer line
_LABELLED_LIST_RE = re.compile(r"^[^\W\d][\w &/+-]{0,30}:\s*[^,]+(?:,[^,]+){3,}$")


def _without_label(text: str) -> str:
    """The line with a leading title or organisation label ("Role:", "Client:") blanked (offsets
    kept): the label names the value, it is no part of it (``header_words.json``)."""
    words = load_header_words()
    m = words.title_label.match(text) or words.organization_label.match(text)
    return text if m is None else _blank(text, 0, m.start("value"))


def _orgish(h: HeaderLine) -> bool:
    return (
        h.header_like
        and not _is_anchor(h)
        and not _LABELLED_LIST_RE.match(h.line.text)
        and _is_title_case(h.line.text)
        and find_dates(h.line.text) is None
        and not _DOT_LEADER_RE.search(h.line.text)
    )


def _is_date_line(h: HeaderLine) -> bool:
    """A header-like line with a date (range, slot or single date) and no title."""
    return h.header_like and h.title is None and (_has_date_slot(h) or find_dates(h.line.text) is not None)


def _is_title_line(h: HeaderLine) -> bool:
    """A header-like line with a title and no date."""
    return h.header_like and h.title is not None and not _has_date_slot(h) and find_dates(h.line.text) is None


def _dates_before_titles(infos: list[HeaderLine]) -> bool:
    """Whether the section prints each entry's dates on the line just above its title.

    latexcv ``two_column`` and Europass print "2014 - 2016 - We4IT GmbH Bremen" above "IT
    Consultant for IBM XPages"; most resumes print the title first. The section's shape is what most
    of its date-and-title pairs do: at least two date lines directly above a title line, and more of
    them than title lines directly above a date line.
    """
    above = sum(1 for a, b in zip(infos, infos[1:], strict=False) if _is_date_line(a) and _is_title_line(b))
    below = sum(1 for a, b in zip(infos, infos[1:], strict=False) if _is_title_line(a) and _is_date_line(b))
    return above >= 2 and above > below


def _single_dates_as_anchors(infos: list[HeaderLine]) -> list[HeaderLine]:
    """In a dates-first section, a line with one date ("2016 / 09 - University of Bremen") is the
    date line of the entry below it, like a line with a range."""
    out = []
    for h in infos:
        if _is_date_line(h) and not _has_date_slot(h):
            h = HeaderLine(h.line, True, find_dates(h.line.text), placeholder=h.placeholder)
        out.append(h)
    return out


def _single_dates_above_titles(infos: list[HeaderLine]) -> None:
    """Read an employer line that ends with a single date ("Expedia, London UK, Feb 2022.", "Nokia
    Research Center, Palo Alto, CA (Summer 2007)") as the date line of the entry whose title is just
    below it (a header title, or a title line :func:`_title_opening_line` reads), in place. Without
    this the line is read as a line of work of the entry above (real resumes, probe 5)."""
    for i in range(len(infos) - 1):
        h, below = infos[i], infos[i + 1]
        if not _is_date_line(h) or _has_date_slot(h) or not _ends_with_date_part(h.line.text):
            continue
        if _is_title_line(below) or _title_opening_line(below) is not None:
            infos[i] = HeaderLine(h.line, True, find_dates(h.line.text), placeholder=h.placeholder)


def _title_follows(infos: list[HeaderLine], i: int) -> bool:
    """Whether a title (of a family, a role or sentence case) follows the date line ``infos[i]``
    within :data:`_MAX_GAP` header lines, before a list item, a sentence or another date.

    In a dates-first section a date line with no title after it is the date of the entry above,
    printed after its title in this one entry (moderncv banking: "Job title" / "year--year" /
    "Description" after two entries read as "year--year" / "Job title")."""
    for j in range(i + 1, min(len(infos), i + 2 + _MAX_GAP)):
        h = infos[j]
        if not h.header_like or _has_date_slot(h) or find_dates(h.line.text) is not None:
            return False
        if h.title is not None or _sentence_case_title(h) is not None:
            return True
    return False


_JA_TEXT_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_YEAR_CELL_RE = re.compile(r"(?:19[5-9]\d|20\d\d)\s*\u5e74?")
_MONTH_CELL_RE = re.compile(r"(?:0?[1-9]|1[0-2])\s*\u6708?")
# 入社 joined, 退社 / 退職 left, 現在に至る to this day (JIS résumé wording), with "・" or spaces between
_JOINED_RE = re.compile(
    r"[\s\u30fb]*\u5165\u793e(?P<now>[\s\u30fb]*\u73fe\u5728\u306b\u81f3\u308b)?[\s\u3002.]*$"
)
_LEFT_RE = re.compile(r"[\s\u30fb]*\u9000(?:\u793e|\u8077)[\s\u3002.]*$")


def _table_rows(lines: Sequence[SourceLine]) -> dict[int, tuple[int, int, str]]:
    """Year-and-month rows of a Japanese résumé's history table (module docstring).

    Returns
    -------
    dict
        Maps the index of each row's event line to ``(year_index, month_index, "YYYY-MM")``.
    """
    rows: dict[int, tuple[int, int, str]] = {}
    for i in range(len(lines) - 2):
        year, month, event = lines[i], lines[i + 1], lines[i + 2]
        if year.bullet or month.bullet or event.bullet:
            continue
        if not (_YEAR_CELL_RE.fullmatch(year.text) and _MONTH_CELL_RE.fullmatch(month.text)):
            continue
        if find_dates(event.text) is not None or not _JA_TEXT_RE.search(event.text):
            continue  # the row layout is the Japanese résumé's: its events are written in Japanese
        y = int(year.text[:4])
        m = int(re.match(r"\d+", month.text).group(0))  # type: ignore[union-attr]
        rows[i + 2] = (i, i + 1, f"{y}-{m:02d}")
    return rows


def _read_table_rows(
    lines: Sequence[SourceLine], infos: list[HeaderLine], rows: dict[int, tuple[int, int, str]]
) -> None:
    """Date the joining rows of a history table and blank its other rows (module docstring).

    Writes into ``infos``: a joining row with a title gets its dates; its year and month cells,
    leaving rows and rows of other events are header-like lines without title or date.
    """
    joined: dict[str, int] = {}  # event text before the marker -> index of its open joining row
    ends: dict[int, str] = {}
    for i in sorted(rows):
        text = lines[i].text
        left = _LEFT_RE.search(text)
        if left is not None:
            k = joined.pop(text[: left.start()], None)
            if k is not None:
                ends[k] = rows[i][2]
            continue
        came = _JOINED_RE.search(text)
        if came is not None:
            joined[text[: came.start()]] = i
            if came.group("now"):
                ends[i] = "present"
    for i, (y, m, ym) in rows.items():
        infos[y] = HeaderLine(lines[y], True)
        infos[m] = HeaderLine(lines[m], True)
        h = infos[i]
        if i in ends or (_JOINED_RE.search(lines[i].text) and h.title is not None):
            end = ends.get(i, ym)
            dates = DateRange(ym, end, 0, 0, is_range=end != ym)
            infos[i] = HeaderLine(h.line, True, dates, h.title, h.title_start, h.title_end)
        else:
            infos[i] = HeaderLine(h.line, True)


def _build_clusters(infos: list[HeaderLine], *, dates_first: bool = False) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    cur: _Cluster | None = None
    for i, h in enumerate(infos):
        if not h.header_like:
            cur = None
            continue
        if not _is_anchor(h):
            continue
        dated = _has_date_slot(h)
        joins = (
            cur is not None
            and i - cur.members[-1] - 1 <= _MAX_GAP
            and not (dated and cur.date_idx is not None)
            and not (h.title is not None and cur.title_idx is not None)
            # dates first: a date line opens the next entry (when a title follows it), it does not
            # close the one above
            and not (
                dates_first
                and dated
                and h.title is None
                and cur.title_idx is not None
                and _title_follows(infos, i)
            )
        )
        if not joins or cur is None:
            cur = _Cluster(dates_first=dates_first)
            clusters.append(cur)
        else:
            cur.members.extend(range(cur.members[-1] + 1, i))
        cur.members.append(i)
        if dated:
            cur.date_idx = i
        if h.title is not None:
            cur.title_idx = i
    return clusters


_NOT_IN_TITLES = frozenset(
    {"a", "an", "the", "as", "with", "for", "to", "in", "on", "by", "from", "was", "i"}
)
# Nor in a sentence-case title beside its dates: "Replaced our ML engineer, Mar 2023 to present" (a review)
_NOT_IN_DATED_TITLES = _NOT_IN_TITLES | {"our", "my", "their", "his", "her", "its", "we", "they"}
# Nor in a title in emphasis followed by a period ("*Promoted from Data Scientist*." is a note; a review)
_NOT_IN_NOTE_TITLES = _NOT_IN_DATED_TITLES | {"of", "at", "after", "before", "since", "same"}


def _sentence_case_title(h: HeaderLine) -> HeaderLine | None:
    """Read a short line in sentence case as a title ("Independent consultant", Europass).

    Only used beside the date line of an entry that has no title otherwise: at most four words, an
    upper-case start, a known title family or a role noun as its last word, no article, preposition
    or pronoun ("Worked as a data analyst" is a sentence) and no date.
    """
    text = h.line.text
    if not h.header_like or h.title is not None or _has_date_slot(h) or find_dates(text) is not None:
        return None
    words = _words(text)
    if not 1 <= len(words) <= 4 or not text[:1].isupper() or _is_location(text):
        return None
    if any(w.lower() in _NOT_IN_TITLES for w in words) or is_not_a_title(text):
        return None
    match = classify_title(text)
    if match.family == "other" and not has_role_word(words[-1]):
        return None
    s, e = 0, len(text)
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    found = match if match.family != "other" else TitleMatch("other", match.seniority, False)
    return HeaderLine(h.line, True, None, found, h.line.start + s, h.line.start + e)


# After a title that opens a line of description: a note in parentheses, a separator or the line end
_AFTER_OPENING_TITLE_RE = re.compile(
    r"(?:\s+(?:[IVX]{1,3}|[1-9]|L[1-9]\d?)\b)?()\s*(?:$|[(\[|:,;]|[\u2013\u2014-]\s)"
)


def _title_opening_line(h: HeaderLine) -> HeaderLine | None:
    """Read the line just below an untitled entry's date line as its title when a period or a
    description keeps it from being a header line (real resumes, probe 5).

    Two shapes: a title line that ends with a period ("Amazon, Seattle, WA (2019 -- 2023)" /
    "Senior Applied Scientist (L6)."), read without the period like any header line; and a title of
    a known family that opens a long line and is set off from the description after it by a note in
    parentheses or a separator ("Machine Learning Engineer (Ads team) Cross-functional team
    maintaining ..."), with only level words before it. A line that goes on from the title with a
    word ("Software Engineer for Fair Isaac, AT&T and OneSecure") is a sentence.
    """
    line = h.line
    text = line.text
    if line.bullet or h.header_like or not text[:1].isupper() or find_dates(text) is not None:
        return None
    if text.endswith(".") and not text.endswith(".."):
        body = text[:-1].rstrip()
        short = _read_header_line(SourceLine(body, line.start, line.start + len(body), False))
        if short.header_like and short.title is not None and not _has_date_slot(short):
            words = _words(text[short.title_start - line.start : short.title_end - line.start])
            if any(w.lower() in _NOT_IN_TITLES for w in words):
                return None  # "Software Engineer for Fair Isaac (...), AT&T Wireless (...)."
            return dataclasses.replace(short, line=line)
        if short.header_like:
            found = _sentence_case_title(short)
            return None if found is None else dataclasses.replace(found, line=line)
    mentions = find_titles(text)
    if not mentions or text[: mentions[0].start].strip(_TRIM + " "):
        return None
    first = mentions[0]
    after = _AFTER_OPENING_TITLE_RE.match(text, first.end)
    if after is None:
        return None
    end = after.start(1)
    title = text[first.start : end]
    match = classify_title(title)
    if (
        match.family == "other"
        or len(_words(title)) > _MAX_TITLE_WORDS
        or not _is_title_case(title)
        or is_not_a_title(title)
    ):
        return None
    return HeaderLine(line, True, None, match, line.start + first.start, line.start + end)


def _add_sentence_case_titles(clusters: list[_Cluster], infos: list[HeaderLine]) -> None:
    """Give an entry with a date and no title the sentence-case title just below or above its date,
    or the title that opens the line below its date (:func:`_title_opening_line`)."""
    taken = {i for c in clusters for i in c.members}
    for c in clusters:
        if c.title_idx is not None or c.date_idx is None:
            continue
        for j in (c.date_idx + 1, c.date_idx - 1):
            if not 0 <= j < len(infos) or j in taken:
                continue
            title = _sentence_case_title(infos[j])
            if title is None and j == c.date_idx + 1:
                title = _title_opening_line(infos[j])
            if title is not None:
                infos[j] = title
                c.members = sorted({*c.members, *range(min(j, c.members[0]), max(j, c.members[-1]) + 1)})
                c.title_idx = j
                taken.update(c.members)
                break


def _has_org(cluster: _Cluster, infos: list[HeaderLine]) -> bool:
    for i in cluster.members:
        h = infos[i]
        if i == cluster.title_idx and h.title is not None:
            rel_s, rel_e = h.title_start - h.line.start, h.title_end - h.line.start
            rest = h.line.text[:rel_s] + " " * (rel_e - rel_s) + h.line.text[rel_e:]
            rest = _without_label(_without_dates(rest))
            # "Role: ML Engineer (Freelance)": a note on the kind of job names no employer
            if any(_org_part(rest[s:e]) is not None for s, e in split_segments(rest)):
                return True
        elif i == cluster.date_idx and (
            cluster.dates_first or (cluster.title_idx is not None and i > cluster.title_idx)
        ):
            # "2014 - 2016 - We4IT GmbH Bremen": the line that opens the entry names the employer;
            # "Developer, Machine Learning" / "Kinaxis | Ottawa | Jan 2026 - Aug 2026": so does the
            # date line under a title
            rest = _without_dates(h.line.text)
            if any(not _is_location(rest[s:e]) for s, e in split_segments(rest)):
                return True
        elif i != cluster.date_idx and not _is_location(h.line.text):
            return True
    return False


def _employer_line(h: HeaderLine) -> bool:
    """An org-like line in parts, one of them a place ("META | Bay Area, CA"); a sub-heading such as
    "Vocational" is none."""
    if not _orgish(h) or not _PART_SEPARATOR_RE.search(h.line.text):
        return False
    text = h.line.text
    return any(_is_location(text[s:e]) for s, e in split_segments(text, commas=False))


def _org_above_bare_dates(clusters: list[_Cluster], k: int, infos: list[HeaderLine], taken: set[int]) -> bool:
    """Whether the line above the bare date line that opens entry ``k`` of a dates-first section is its
    employer: "Politie (via Acme Consulting)" / "2020 - 2021" / "MLOps Engineer" (a portfolio page that
    lists work as org, dates, title; real resumes, probe 6). The date line holds nothing but dates, and
    the line above is org-like and cannot be the employer line under the entry above (a line of work, or
    more than :data:`_LOOKAHEAD` lines, lies between that entry's last anchor and it)."""
    c = clusters[k]
    d = c.members[0]
    j = d - 1
    if j < 0 or j in taken or infos[d].dates is None or not _orgish(infos[j]):
        return False  # a template's "year--year" slot keeps its layout's own reading
    if _without_dates(infos[d].line.text).strip(_TRIM + " "):
        return False  # "2014 - 2016 - We4IT GmbH Bremen": the date line names the employer
    if k == 0:
        return j == 0 or not infos[j - 1].header_like
    prev = clusters[k - 1]
    between = range(prev.members[-1] + 1, j)
    return j - prev.last_anchor > _LOOKAHEAD or any(not _orgish(infos[i]) for i in between)


def _extend_clusters(clusters: list[_Cluster], infos: list[HeaderLine]) -> None:
    taken = {i for c in clusters for i in c.members}
    for k, c in enumerate(clusters):  # lines above (org-first layouts)
        if _has_org(c, infos) and c.title_idx is not None:
            # the section's first entry still takes the employer lines that open the section
            # ("META | Bay Area, CA" / "Senior Staff (IC7) and Data Lead, AI Research"): no entry
            # above could own them
            first = c.members[0]
            if k == 0 and 0 < first <= _LOOKBACK and all(_employer_line(infos[j]) for j in range(first)):
                c.members[:0] = range(first)
                taken.update(range(first))
            continue
        if c.dates_first and c.members[0] == c.date_idx and _org_above_bare_dates(clusters, k, infos, taken):
            # "KPN (via Acme Consulting)" / "2019 - 2020" / "Machine Learning Engineer": the employer on
            # its own line above the dates
            c.members.insert(0, c.members[0] - 1)
            taken.add(c.members[0])
            continue
        if (c.dates_first and c.members[0] == c.date_idx) or (
            c.title_idx is None and c.date_idx is not None and _is_full_header(infos[c.date_idx])
        ):
            continue  # the entry opens with its date line
        first = c.members[0]
        j = first - 1
        while j >= 0 and first - j <= _LOOKBACK and j not in taken and _orgish(infos[j]):
            c.members.insert(0, j)
            taken.add(j)
            j -= 1
    for k, c in enumerate(clusters):  # lines below
        if _has_org(c, infos) and c.date_idx is not None:
            continue
        limit = clusters[k + 1].members[0] if k + 1 < len(clusters) else len(infos)
        j = c.members[-1] + 1
        while j < limit and j not in taken:
            h = infos[j]
            late_date = (
                c.date_idx is None
                and h.header_like
                and find_dates(h.line.text) is not None
                and not _is_dated_event(h.line.text)
            )
            if not (_orgish(h) or late_date) or j - c.members[-1] > 1 or j - c.last_anchor > _LOOKAHEAD:
                break
            c.members.append(j)
            taken.add(j)
            j += 1


def _is_dated_event(text: str) -> bool:
    """A short note of an event with its date ("Acquired by Facebook January 2020", "Promoted to lead
    in March 2021"): an article, preposition or pronoun outside the date makes it a sentence, not the
    entry's date line, and its date is not the entry's (real resumes, probe 5). A line in parts
    ("LendUp -- San Francisco, CA – became Mission Lane in 2018 -- July 2017") is a header's."""
    rest = _without_dates(text)
    return not _MAJOR_SEPARATOR_RE.search(rest.strip()) and any(
        w.lower() in _NOT_IN_TITLES for w in _words(rest)
    )


def _merge_stray_dates(clusters: list[_Cluster], infos: list[HeaderLine]) -> list[_Cluster]:
    """Give a date printed after a position's bullets back to that position (when it has none).

    A date on its entry's own title line ("Data Analyst, Contoso, 2015 - 2019") is that entry's
    header, never a stray date: taking it would fold the entry, bullets and all, into the position
    above when that one has no readable date.
    """
    out: list[_Cluster] = []
    for c in clusters:
        d = c.date_idx
        after_bullets = d is not None and d == c.members[0] and d > 0 and not infos[d - 1].header_like
        own_title_line = d is not None and d == c.title_idx
        if (
            d is not None
            and not own_title_line
            and out
            and out[-1].date_idx is None
            and (after_bullets or len(c.members) == 1)
        ):
            out[-1].members.append(d)
            out[-1].date_idx = d
            c.members.remove(d)
            c.date_idx = None
            if not c.members or c.title_idx is None:
                out[-1].members.extend(c.members)
                continue
        out.append(c)
    return out


def _is_project_heading(c: _Cluster, infos: list[HeaderLine]) -> bool:
    """Whether an undated cluster is a project's sub-heading inside the entry above it.

    Resumes list the projects of one job under its header, each with a line that names the project
    and perhaps the candidate's role on it ("Fraud Scoring System | AI Engineer", "Project: Document AI
    Assistant"; real public resumes, session 10 probe). Such a line has no date of its own, and the
    part beside the role (or the whole line) names a project: it opens with "Project:", or it holds
    a product word such as *system*, *platform*, *app*, *assistant* or *pipeline* (singular, so
    "Lakeshore Systems" stays an employer).
    """
    if c.date_idx is not None or any(find_dates(infos[i].line.text) is not None for i in c.members):
        return False
    for i in c.members:
        h = infos[i]
        text = h.line.text
        if load_header_words().project_lead.match(text):
            return True
        rest = text
        if h.title is not None and h.title_end > h.title_start:
            rest = _blank(text, h.title_start - h.line.start, h.title_end - h.line.start)
        if not rest.strip(_TRIM + " "):
            continue
        if load_header_words().project_word.search(rest):
            return True
    return False


def _fold_project_headings(clusters: list[_Cluster], infos: list[HeaderLine]) -> list[_Cluster]:
    """Keep project sub-headings (:func:`_is_project_heading`) inside the dated entry above them, so
    that their bullets count for that position."""
    out: list[_Cluster] = []
    for c in clusters:
        if out and out[-1].date_idx is not None and _is_project_heading(c, infos):
            out[-1].folded.extend(c.members)
            continue
        out.append(c)
    return out


def _fallback_part(h: HeaderLine) -> tuple[int, int] | None:
    """The part of a line without a known title that names the role (offsets into the line): a part
    with a role word, else the first part that names no organisation ("Altınay Aerospace Inc., Robotics
    Department" under an "Internship" heading names the employer and its department, no title; real
    resumes, probe 7)."""
    text = _without_label(_without_dates(h.line.text))
    if _is_location(text):
        return None
    parts = [
        (s, e)
        for s, e in split_segments(text)
        if not _is_location(text[s:e]) and any(ch.isalpha() for ch in text[s:e])
    ]
    if not parts:
        return None
    # "PHABRICATOR | OPEN SOURCE CONTRIBUTOR & TEAM LEADER": the part with a role word
    for k, (s, e) in enumerate(parts):
        if has_role_word(text[s:e]):
            if k and _CONJUNCTION_LEAD_RE.match(text[s:e]):
                # "Senior Staff (IC7) and Data Lead": the part goes on from the one before the note
                j = k - 1
                while j and text[parts[j][0] - 1 : parts[j][0]] == "(":
                    j -= 1
                return parts[j][0], e
            return s, e
    org_end = load_header_words().organization_end
    return next(
        ((s, e) for s, e in parts if not (org_end.search(text[s:e]) and _is_title_case(text[s:e]))), None
    )


_CONJUNCTION_LEAD_RE = re.compile(r"(?:and|&)\s+\S")


def _pick_title(c: _Cluster, infos: list[HeaderLine]) -> tuple[str, int, int, TitleMatch | None]:
    if c.title_idx is not None:
        h = infos[c.title_idx]
        rel_s, rel_e = h.title_start - h.line.start, h.title_end - h.line.start
        return h.line.text[rel_s:rel_e], h.title_start, h.title_end, h.title
    # no known title: the line just above the date, then the date line itself, then the lines below
    others = [i for i in c.members if i != c.date_idx]
    if c.date_idx is not None:
        above = [i for i in others if i < c.date_idx][::-1]
        below = [i for i in others if i > c.date_idx]
        order = [*below, c.date_idx, *above] if c.dates_first else [*above, c.date_idx, *below]
    else:
        order = others
    for i in order:
        part = _fallback_part(infos[i])
        if part is not None:
            h = infos[i]
            s, e = part
            return h.line.text[s:e], h.line.start + s, h.line.start + e, None
    return "", 0, 0, None


def _is_full_header(h: HeaderLine) -> bool:
    """A line that starts with its dates and goes on with two or more parts ("year–year Job title,
    Employer, City.", moderncv's date column): the entry's whole header, so a line above it (a
    sub-heading such as "Vocational") is not its title."""
    span = _date_span(h.line.text)
    if span is None or h.line.text[: span[0]].strip(_TRIM):
        return False
    text = _without_dates(h.line.text)
    return sum(1 for s, e in split_segments(text) if not _is_location(text[s:e])) >= 2


def _trim(text: str) -> str:
    """Strip markup and separators around a part, keeping "Inc." and a balanced "(KarrotPay)"."""
    t = text.strip()
    while t and t[0] in _TRIM and not (t[0] == "(" and ")" in t):
        t = t[1:]
    while t and t[-1] in _TRIM:
        if (t[-1] == ")" and "(" in t) or (t[-1] == "." and _keeps_final_period(t)):
            break
        t = t[:-1]
    return t


def _acronym_employer(part: str) -> str | None:
    """The employer of a part shaped like a place that opens with an acronym ("TSMC, Hsinchu")."""
    m = _ACRONYM_THEN_PLACE_RE.match(part)
    if m is None or load_header_words().organization_suffix.search(part[m.end(1) :]):
        return None  # "QWERX, Inc." is one name
    return m.group(1)


def _named_after_its_city(part: str) -> str | None:
    """The employer of a part shaped like a place whose head is named after the tail ("Sydney Water,
    Sydney", "Berlin Partner GmbH, Berlin"): a place is not written "City Something, City"."""
    pieces = [p.strip() for p in part.split(",")]
    if len(pieces) != 2:
        return None
    head, tail = pieces[0].split(), pieces[1].split()
    if len(head) > len(tail) and tail and head[: len(tail)] == tail:
        return pieces[0]
    return None


def _org_part(text: str) -> str | None:
    """The organization in a header part: ``"Acme Corp, Berlin"`` → ``"Acme Corp"``; locations → None."""
    t = _trim(text)
    words = load_header_words()
    if not t or not any(ch.isalpha() for ch in t) or words.job_kind.match(t) or _LEVEL_RE.match(t):
        return None
    if is_project_entry(t):  # "Data Science Intern (Final Year Project)": the kind of work, no employer
        return None
    acronym = _acronym_employer(t)
    if acronym:
        return acronym
    named = _named_after_its_city(t)
    if named:
        return named
    if _is_location(t):
        return None
    if "," in t:
        head, tail = (_trim(p) for p in t.split(",", 1))
        tail_is_place = words.work_arrangement.match(tail) is not None or (
            0 < len(tail.split()) <= 3 and tail[:1].isupper() and not words.organization_suffix.search(tail)
        )
        if head and tail_is_place:
            return head
    return t


# Between the parts of an employer line ("META | Bay Area, CA", "Aceros del Norte — Planta Apodaca");
# not a comma or parentheses: "Council of Europe, Budapest (Hungary)" is one employer and its place
_PART_SEPARATOR_RE = re.compile(r"\s+(?:[|\u2013\u2014]|-{1,3})\s+|\s*[|\u2022\u00b7]\s*|\s+@\s+|\t+")


def _org_of_date_line(c: _Cluster, infos: list[HeaderLine]) -> str | None:
    """The employer of a date line under the title line, written in parts "Employer | Place | dates"
    (two or more parts besides the dates, the first no place): "Applied Scientist Intern - Agentic AI" /
    "Tempora Labs | Remote | May 25, 2026 - Aug 7, 2026" is at Tempora Labs, and "Agentic AI" after the
    dash is the team (real resumes, probe 6)."""
    if c.title_idx is None or c.date_idx is None or c.date_idx <= c.title_idx:
        return None
    h = infos[c.title_idx]
    rel_e = h.title_end - h.line.start
    if not re.match(r"\s+[-\u2013\u2014]\s+\S", h.line.text[rel_e:]):
        return None  # the team or employer is joined to the title by a dash only
    text = _without_dates(infos[c.date_idx].line.text)
    if "|" not in text:
        return None
    parts = [(a, b) for a, b in split_segments(text, commas=False) if text[a:b].strip(_TRIM + " ")]
    if len(parts) < 2 or _is_location(text[parts[0][0] : parts[0][1]]):
        return None
    return _org_part(text[parts[0][0] : parts[0][1]])


def _pick_org(c: _Cluster, infos: list[HeaderLine], t_start: int, t_end: int) -> str | None:
    below = _org_of_date_line(c, infos)
    if below is not None:
        return below
    labelled = [i for i in c.members if load_header_words().organization_label.match(infos[i].line.text)]
    if labelled and c.title_idx is not None and t_end > t_start:
        # "ML Engineer — Kaveri Ltd" / "Client: a US retailer": the employer on the title line wins
        org = _org_of_members([c.title_idx], infos, t_start, t_end)
        if org is not None:
            return org
    for i in labelled:  # "Client: Canto Inc." names the organisation whatever stands above it
        text = infos[i].line.text
        label = load_header_words().organization_label.match(text)
        if label is not None:
            value = _without_dates(text)[label.start("value") :]
            org = next((_org_part(value[s:e]) for s, e in split_segments(value, commas=False)), None)
            if org:
                return org
    return _org_of_members(c.members, infos, t_start, t_end)


def _org_of_members(members: list[int], infos: list[HeaderLine], t_start: int, t_end: int) -> str | None:
    """The organisation named on the first of the header lines ``members`` that names one."""
    for i in members:
        h = infos[i]
        text = h.line.text
        on_title_line = t_end > t_start and h.line.start <= t_start < h.line.end
        if on_title_line:
            text = _without_label(_blank(text, t_start - h.line.start, t_end - h.line.start))
        dated = _has_date_slot(h)
        if dated:
            text = _without_dates(text)
        elif not on_title_line and find_dates(text) is not None:
            continue  # a single-date line ("Summer 2012 and 2013") holds no organization
        if on_title_line or dated:  # each part on its own: "Tech Mahindra -- AI Engineer Intern, Pune"
            text = _without_dates(text)  # "Research Intern, Albion Weather Centre, summer 2021"
            year = _year_part(text) if h.line.bullet else None
            if year is not None:  # "- Senior Data Scientist Intern, IBM, 2022"
                text = _blank(text, year.span_start, year.span_end)
            for s, e in split_segments(text, commas=False):
                org = _org_part(text[s:e])
                if org:
                    return org
            continue
        if _is_location(text):
            continue
        if _PART_SEPARATOR_RE.search(text):  # "SCAPE TECHNOLOGIES | London, UK": the first part
            for s, e in split_segments(text, commas=False):
                org = _org_part(text[s:e])
                if org:
                    return org
        org = _org_part(text)
        if org:
            return org
    return None


# A header part that says the job goes on, with no date ("Ongoing", "Present", "Current")
_ONGOING_PART_RE = re.compile(r"^(?:present|current|ongoing|now|to\s+date|till\s+date)$", re.IGNORECASE)


def _dates_of(c: _Cluster, infos: list[HeaderLine]) -> tuple[str | None, str | None, bool]:
    """Start and end of the entry, and whether they come from one date that ends an employer line
    ("Expedia, London UK, Feb 2022."; :func:`_ends_with_date_part`)."""
    if c.date_idx is not None:
        d = infos[c.date_idx].dates
        if d is not None:
            text = infos[c.date_idx].line.text
            return d.start, d.end, not d.is_range and _ends_with_date_part(text)
    for i in c.members:
        line = infos[i].line
        single = find_dates(line.text) or (_year_part(line.text) if line.bullet else None)
        if single is not None:
            return single.start, single.end, False
    # "Data Analyst | Beta | Ongoing": no date, but the entry goes on (its start is unknown)
    for i in c.members:
        text = infos[i].line.text
        if infos[i].placeholder is not None:
            continue  # "Month 20XX – Present": a template's unfilled slot, no job that goes on
        if any(_ONGOING_PART_RE.match(_trim(text[a:b])) for a, b in split_segments(text, commas=False)):
            return None, "present", False
    return None, None, False


def find_positions(
    lines: Sequence[SourceLine], *, first_index: int = 0, section: str = "experience"
) -> tuple[tuple[Position, ...], dict[int, int]]:
    """Split the lines of one experience section into positions.

    Parameters
    ----------
    lines : sequence of SourceLine
        The section's non-heading lines, in reading order.
    first_index : int
        The index given to the first position (positions are numbered across sections).
    section : str
        The section name written on the bullets' :class:`~resume_lens.structure.Line`.

    Returns
    -------
    positions : tuple of Position
        In reading order. ``title`` is the title as written (``""`` with ``title_start == title_end``
        when no line could be read as one); ``organization`` is ``None`` when none was found.
        ``start``/``end`` span the header and bullets; all offsets are character offsets into the
        resume text, end-exclusive.
    owner : dict
        Maps each line's ``start`` offset to the index of the position it belongs to.
    """
    infos = [_read_header_line(line) for line in lines]
    _title_items_above_dates(infos)
    _employer_date_items_above_titles(infos)
    _employer_date_items_below_titles(infos)
    _engagements_under_a_dated_job(infos)
    rows = _table_rows(lines)
    if rows:
        _read_table_rows(lines, infos, rows)
    dates_first = _dates_before_titles(infos)
    if dates_first:
        infos = _single_dates_as_anchors(infos)
    else:
        _single_dates_above_titles(infos)
    clusters = _build_clusters(infos, dates_first=dates_first)
    _add_sentence_case_titles(clusters, infos)
    _extend_clusters(clusters, infos)
    for c in clusters:  # a table row's year and month cells open its entry
        if c.date_idx in rows:
            y, m, _ = rows[c.date_idx]
            c.members = sorted({y, m, *c.members})
    clusters = _merge_stray_dates(clusters, infos)
    clusters = _fold_project_headings(clusters, infos)
    positions: list[Position] = []
    owner: dict[int, int] = {}
    for k, c in enumerate(clusters):
        index = first_index + k
        header = {*c.members, *c.folded}
        first = min(c.members)
        stop = min(clusters[k + 1].members) if k + 1 < len(clusters) else len(lines)
        last = max(max(c.members), stop - 1)
        title, t_start, t_end, match = _pick_title(c, infos)
        if not title:
            t_start = t_end = lines[first].start
        if match is None:
            # a part read for want of a title names no family when it is no title at all ("Data
            # Science Society")
            no_title = not title or is_not_a_title(title)
            match = TitleMatch("other", None, False) if no_title else classify_title(title)
        start_date, end_date, since = _dates_of(c, infos)
        if index == 0 and since and start_date is not None and start_date == end_date:
            # the resume's top entry whose employer line ends with one month ("Expedia, London UK,
            # Feb 2022."): the month it began, and it goes on (real resumes, probe 5); a date that
            # opens a timeline entry ("10/2018 Software Engineer @UB") stays its own start and end
            end_date = "present"
        bullets = tuple(
            Line(lines[i].text, lines[i].start, lines[i].end, section, index)
            for i in range(first + 1, last + 1)
            if i not in header and not _is_page_footer(lines[i])
        )
        for i in range(first, last + 1):
            owner[lines[i].start] = index
        positions.append(
            Position(
                index=index,
                title=title,
                organization=_pick_org(c, infos, t_start, t_end),
                start_date=start_date,
                end_date=end_date,
                title_family=match.family,
                seniority=match.seniority,
                start=lines[first].start,
                end=lines[last].end,
                title_start=t_start,
                title_end=t_end,
                bullets=bullets,
            )
        )
    return _merge_untitled_sub_periods(positions, owner, first_index)


def _within(inner: Position, outer: Position) -> bool:
    """Whether ``inner``'s dates lie inside ``outer``'s (``present`` is the latest; unknown dates never
    do)."""
    if None in (inner.start_date, inner.end_date, outer.start_date, outer.end_date):
        return False
    if str(inner.start_date) < str(outer.start_date):
        return False
    return outer.end_date == "present" or (
        inner.end_date != "present" and str(inner.end_date) <= str(outer.end_date)
    )


def _merge_untitled_sub_periods(
    positions: list[Position], owner: dict[int, int], first_index: int
) -> tuple[tuple[Position, ...], dict[int, int]]:
    """Fold an untitled entry whose dates lie inside the titled entry above it into that entry.

    "Machine Learning Engineer | OptoScale | Jun. 2024 - present" followed by "Responsibilities &
    progression", "Jan. 2025 – present" and its bullets, then "Jun. 2024 – Dec. 2024" and its bullets, is one
    job in two periods: the periods' bullets are that job's work (real resumes, probe 19, where "Deployed and
    maintained models and services on production hardware" had been left in an untitled entry). An untitled
    entry with dates outside the job above it, or with an employer of its own ("Globex Corporation | Mar
    2021 - Dec 2021", a side contract), stays an entry of its own. Indices are renumbered from
    ``first_index`` and ``owner`` follows.
    """
    merged: list[Position] = []
    renumber: dict[int, int] = {}
    for position in positions:
        host = merged[-1] if merged else None
        if (
            host is not None
            and not position.title
            # "Globex Corporation | Mar 2021 - Dec 2021": a job of its own
            and position.organization is None
            and host.title
            and _within(position, host)
        ):
            bullets = tuple(dataclasses.replace(b, position_index=host.index) for b in position.bullets)
            merged[-1] = dataclasses.replace(host, end=position.end, bullets=host.bullets + bullets)
            renumber[position.index] = host.index
            continue
        index = first_index + len(merged)
        renumber[position.index] = index
        if index != position.index:
            bullets = tuple(dataclasses.replace(b, position_index=index) for b in position.bullets)
            position = dataclasses.replace(position, index=index, bullets=bullets)
        merged.append(position)
    return tuple(merged), {start: renumber[i] for start, i in owner.items()}
