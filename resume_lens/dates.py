"""Dates and date ranges in resume lines, normalised to ``"YYYY-MM"`` or ``"present"``.

Month names are read with :func:`dateutil.parser.parse` (fixed default of the 1st of January, so a
missing day or month never picks up today's date). Precision rules, chosen so a range always covers
the whole period the resume names:

* a year alone is ``"YYYY-01"`` as a start and ``"YYYY-12"`` as an end;
* a season is its first month as a start and its last month as an end (Spring 03–05, Summer 06–08,
  Fall/Autumn 09–11, Winter 12–02 of the next year, written as the year given: ``"Winter 2020"`` is
  ``2020-12`` to ``2021-02``);
* a quarter ``Q1``–``Q4`` is its first month as a start and its last month as an end;
* a month and a year joined by a hyphen or a slash, ``"Mar-2020"``, ``"Mar - 2020"``, ``"March - 2020"``,
  ``"October/2020"``, is that month (so is a season or quarter, ``"Q1-2020"``). A month number and a year
  joined by a hyphen without spaces, ``"03-2020 – till date"``, ``"3-2020 - present"``, is that month as one
  end of a range (MM-YYYY, as ``"03/2020"``), not alone (``"ran 3-2020 simulations"``) and not after another
  hyphen or digit (``"555-03-2020"``); ``"03 - 2020"`` with spaces could be a count and a year and is not a
  month;
* ``present``, ``pres.`` (LaTeX resumes, session 26), ``current``, ``now``, ``today``, ``ongoing``,
  ``continuing``, ``to date``, ``till date``, ``till now``, ``till today``, ``until now``, ``up to date``
  (Indian and British English), ``date``, the Japanese ``現在`` ("now") and the Spanish, Portuguese,
  French, German and Italian ``actual``, ``actualidad``, ``actualmente``, ``presente``, ``hoy``, ``ahora``,
  ``atual``, ``atualmente``, ``atualidade``, ``hoje``, ``aujourd'hui``, ``heute``, ``oggi`` are
  ``"present"`` (only as the end of a range);
* month names are English (dateutil's table) or Spanish, Portuguese, French, German or Italian, full
  or abbreviated (``"feb. 2021 – actualidad"``, ``"mar. 2019 – ene. 2021"``, ``"Okt 2020"``,
  ``"févr. 2019"``; the names and abbreviations of the Unicode CLDR calendars of those languages).
  An abbreviation that is also an English word or name (``ago``, ``set``, ``out``, ``gen``, ``mag``,
  ``lug``, ``mars``, ``mayo``) is a month only as one end of a range (``"set 2019 – out 2021"``),
  never alone ("set 2019 targets");
* two months of one year, ``"Sept–Dec 2025"`` or ``"(Jan–Apr 2025)"``, are a range in that year;
  when the first month comes after the second (``"Nov–Feb 2025"``) the year of the first is unknown
  and the range is not read;
* a four-digit year and a two-digit one, ``"2019–22"``, ``"2016-19"``, are a range of years in the
  same century (``"1998–02"`` runs to 2002) of at most 20 years. With a plain hyphen the two digits
  must exceed 12, because ``"2021-03"`` is March 2021 (ISO 8601);
* ``since`` (or ``desde``, ``seit``, ``depuis``) and a date, at the start of a line or a part of it
  (after ``( [ | , . ; : – — ·``) and ending it (``"…, Hamilton. Since June 2022."``, ``"(since
  2021)"``), or opening the line (``"Since Apr 2021 Freelance, MLOps Engineer"``, a date-first entry),
  runs from that date to ``present``; inside a sentence (``"has run every night since September 2022
  on a server"``) it is no range;
* a two-digit year is 20YY below 50 and 19YY from 50 (``'21`` → 2021, ``’98`` → 1998). It is read
  after an apostrophe (``"Mar '21"``) anywhere, and without one only inside a range whose ends are
  both written that way (or end in ``present``): ``"Sep 15 - NOW"``, ``"Jan 15 - Sep 15"``,
  ``"09/15 – 03/18"``, and only on a line without a four-digit year. Alone, ``"Sep 15"`` could be
  a day of the month and ``"09/15"`` a month and day, so they are not dates, and ``"NeurIPS 2019,
  Dec 10 - Dec 15"`` is a range of days;
* a month with its day, ``"May 25, 2026"``, ``"25 May 2026"``, ``"June 30th, 2022"``, is that month;
* a range written end first, ``"Ongoing - September 2021"``, ``"(Present – Jan 2020)"``, at the start of
  a line or of a part of it and with a dash, runs from the date to ``present`` (only the words
  ``present``, ``current``, ``now``, ``ongoing``, ``today``);
* a year then a month, ``"2021 September - 2022 May"``, ``"2020 Jan – Present"``, is that month, only as
  one end of a range and only before the range's separator or the end of its part (``"2019 – 2021 March
  Networks"`` ends in 2021);
* a full numeric date written day and month first with ``/`` or ``.`` (``"06/15/2019"``, ``"15/06/2019"``,
  ``"15.06.2019"``) is its month: a number over 12 is the day, and when both could be the month the US
  order (month first) is taken, unless the other end of the range shows its day first
  (``"01/06/2019 – 15/08/2021"`` is June 2019 to August 2021), the dates are written with dots (European:
  ``"01.10.2021"`` is October) or the range runs forward only day first (``"12/01/2021 – 02/03/2021"``);
* a full numeric date written year first, ``"2021-03-15"``, ``"2025/12/01"``, ``"2024.01.15"`` (one
  separator throughout), is its month;
* the Japanese forms ``2018年04月`` / ``2018年4月`` are ``2018-04`` and ``2018年`` a year; ``〜`` (wave
  dash) and ``～`` separate a range as ``-`` does.

Template placeholders where the dates go (``"year–year"``, ``"Month 20XX – Ongoing"``,
``"MM/YYYY - present"``) are not dates; :func:`find_placeholder_dates` finds them so that a caller can
tell an unfilled date slot from no date at all.

A single date that is not part of a range gives ``start`` and ``end`` at its own precision
(``"2021"`` → ``2021-01`` … ``2021-12``; ``"Mar 2021"`` → ``2021-03`` … ``2021-03``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime

from dateutil import parser as _dateutil_parser
from dateutil.parser import parserinfo as _parserinfo

__all__ = [
    "DateRange",
    "find_date_range",
    "find_dates",
    "find_placeholder_dates",
    "month_number",
    "parse_date",
]

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_SHORT_YEAR = r"['\u2019]\d\d"
# Month names come from dateutil's own table (``parserinfo.MONTHS``: "Jan", "Sep", "Sept",
# "January", ...), longest first; dateutil then parses the matched word.
#: Spanish, Portuguese, French, German and Italian month names and abbreviations, January first (Unicode
#: CLDR, format calendars of es, pt, fr, de, it; plus the unaccented spellings people type: "fevr", "aout").
_FOREIGN_MONTHS: tuple[tuple[str, ...], ...] = (
    ("ene", "enero", "janeiro", "janv", "janvier", "januar", "j\u00e4nner", "gen", "gennaio"),
    ("febrero", "fev", "fevereiro", "f\u00e9vr", "fevr", "f\u00e9vrier", "fevrier", "februar", "febbraio"),
    ("marzo", "mar\u00e7o", "mars", "m\u00e4r", "m\u00e4rz", "maerz", "mrz"),
    ("abr", "abril", "avr", "avril", "aprile"),
    ("mayo", "mai", "maio", "mag", "maggio"),
    ("junio", "junho", "juin", "juni", "giu", "giugno"),
    ("julio", "julho", "juil", "juillet", "juli", "lug", "luglio"),
    ("ago", "agosto", "ao\u00fbt", "aout"),
    ("set", "septiembre", "setiembre", "setembro", "septembre", "sett", "settembre"),
    ("octubre", "out", "outubro", "octobre", "okt", "oktober", "ott", "ottobre"),
    ("noviembre", "novembro", "novembre"),
    ("dic", "diciembre", "dez", "dezembro", "d\u00e9c", "d\u00e9cembre", "decembre", "dezember", "dicembre"),
)
#: Foreign month words that are also English words or names: months only as one end of a range.
_RANGE_ONLY_MONTHS = frozenset({"ago", "set", "out", "gen", "mag", "lug", "mars", "mayo"})


class _MonthNames(_parserinfo):
    """dateutil's parser information with the foreign month names added to its English ones."""

    MONTHS = [
        (*english, *foreign) for english, foreign in zip(_parserinfo.MONTHS, _FOREIGN_MONTHS, strict=True)
    ]


_PARSER_INFO = _MonthNames()
_MONTH_NAMES = sorted({name for names in _MonthNames.MONTHS for name in names}, key=len, reverse=True)
# Longest first; ``_MONTH_WORD`` is any month, ``_ALONE_MONTH_WORD`` one that is a month even outside a range.
_MONTH_WORD = rf"(?:{'|'.join(_MONTH_NAMES)})\b\.?"
_ALONE_MONTH_WORD = rf"(?:{'|'.join(n for n in _MONTH_NAMES if n.lower() not in _RANGE_ONLY_MONTHS)})\b\.?"
_SEASON = r"(?:spring|summer|fall|autumn|winter|Q[1-4])"
_PRESENT = (
    r"(?:presente|present|pres\.?(?![a-z])|current(?:ly)?|now|today|ongoing|continuing|(?:till|until|up\s+to)\s+(?:date|now|today)"
    r"|to\s+date|date|\u73fe\u5728"
    r"|actual(?:idad|mente)?|hoy|ahora|atual(?:mente|idade)?|hoje|aujourd['\u2019]hui|heute|oggi)"
)
# Japanese year and month: 2018年04月, 2018年4月 (年 U+5E74 "year", 月 U+6708 "month")
# A day of the month written with the month ("May 25, 2026", "25 May 2026", "June 30th, 2022"): the date
# is that month (day precision is more than a position needs).
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_JA_MONTH = rf"{_YEAR}\s*\u5e74\s*(?:0?[1-9]|1[0-2])\s*\u6708"
_JA_YEAR = rf"{_YEAR}\s*\u5e74"


# What may follow a year-first date ("2021 September - 2022 May"): a range separator or the end of the part.
_YEAR_FIRST_END = r"\s*(?:$|[-\u2010-\u2014\u2212~|,;:)\]\u00b7\u2022]|to\b|until\b|till\b)"


# A full numeric date, year first, with one separator throughout: "2021-03-15" (ISO 8601), "2025/12/01",
# "2024.01.15" (East Asian and European resumes). Read as its month.
_YMD = (
    rf"{_YEAR}(?:-(?:0[1-9]|1[0-2])-|/(?:0[1-9]|1[0-2])/|\.(?:0[1-9]|1[0-2])\.)"
    r"(?:0[1-9]|[12]\d|3[01])(?!\d)"
)


# A full numeric date, day and month first, with one separator throughout: "06/15/2019" (US, month first),
# "15/06/2019" and "15.06.2019" (British, Indian, European: day first). Read as its month; which of the two
# numbers is the month is decided by :func:`_numeric_month` (a hyphen, "06-15-2019", is left out: it is too
# close to phone and reference numbers).
_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
_DMY = rf"(?:{_DAY_NUMBER}/{_DAY_NUMBER}/|{_DAY_NUMBER}\.{_DAY_NUMBER}\.){_YEAR}"
_DMY_PARTS_RE = re.compile(rf"({_DAY_NUMBER})([/.])({_DAY_NUMBER})\2({_YEAR})")


def _numeric_month(first: int, second: int, *, day_first: bool) -> int | None:
    """The month of a numeric date ``first/second/year``: the number that can only be a month when the
    other is over 12, else ``second`` when ``day_first`` and ``first`` otherwise (the US order); ``None``
    when neither can be a month."""
    if first > 12 and second <= 12:
        return second
    if second > 12 and first <= 12:
        return first
    if first > 12:
        return None
    return second if day_first else first


def _date_pattern(month_word: str, *, numeric_hyphen: bool) -> str:
    """One written date, with months written as ``month_word`` matches.

    ``numeric_hyphen`` also matches a month number and a year joined by a hyphen (``"03-2021"``), which
    is read only as one end of a range: alone, ``"ran 3-2020 simulations"`` is no date.
    """
    mm_yyyy = rf"|(?<![-\d])(?:0?[1-9]|1[0-2])-{_YEAR}(?!-?\d)" if numeric_hyphen else ""
    # 2021 September (year first), only as one end of a range and only before the range's separator or
    # the end of the part: "2019 – 2021 March Networks" ends in 2021, not in March
    year_first = rf"{_YEAR}\s+{_ALONE_MONTH_WORD}(?={_YEAR_FIRST_END})|" if numeric_hyphen else ""
    return (
        rf"(?:{year_first}"
        # May 25, 2026; 25 May 2026
        rf"(?:{_DAY}\s+{month_word}|{month_word}\s*{_DAY}\s*,?)\s*(?:{_YEAR}|{_SHORT_YEAR})"
        # Mar 2021, Mar - 2021, Mar/2021
        rf"|(?:{_SEASON}|{month_word})(?:\s*[-/]\s*|\s*,?\s*)(?:{_YEAR}|{_SHORT_YEAR})"
        rf"|{_JA_MONTH}|{_JA_YEAR}"  # 2018年04月, 2018年
        rf"|{_DMY}"  # 06/15/2019, 15/06/2019, 15.06.2019: the month
        rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}"  # 03/2021, 3.2021
        rf"{mm_yyyy}"  # 03-2021 (not "555-03-2021" nor "03-2021-05")
        rf"|{_YMD}"  # 2021-03-15, 2021/03/15, 2021.03.15: the month
        rf"|{_YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?![\d])"  # 2021-03
        rf"|{_YEAR})"  # 2021
    )


_DATE = _date_pattern(_MONTH_WORD, numeric_hyphen=True)  # as one end of a range
_ALONE_DATE = _date_pattern(_ALONE_MONTH_WORD, numeric_hyphen=False)  # alone
# Range separators: hyphen, en/em dash, minus, tilde, arrows ("->", "→", "⟶", "»"), "to", "until", "till",
# "through" and their Spanish, Portuguese, German, Italian and French words ("hasta", "até", "bis", "a", "al",
# "à", "au"): both ends must still be dates ("mar. 2019 a ene. 2021", "março 2022 até hoje"); two full dates
# separated by whitespace only are also a range (the soft hyphen of some PDFs is removed upstream), and so
# are two separated by a slash with spaces around it ("Feb, 2021 / Present", real resumes, session 27;
# "06/2021" has none).
_SEP = (
    r"(?:\s*(?:[-\u2010\u2011\u2012\u2013\u2014\u2212~>\u2192\u27f6\u00bb\u301c\uff5e]+"
    r"|(?<=\s)/(?=\s)|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bhasta\b|\bat\u00e9\b|\bbis\b|\bal\b|\bau\b|\b[a\u00e0]\b)\s*)"
)
# A date is not part of a longer word or number; an underscore (Markdown italics, "_2021 – now_") is no
# letter.
_EDGE_L = r"(?<![^\W_]|[/.+$])"
_EDGE_R = r"(?![^\W_]|[/%+])"

_RANGE_RE = re.compile(
    rf"{_EDGE_L}(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_PRESENT}){_EDGE_R}"
    rf"|{_EDGE_L}(?P<start2>(?:{_SEASON}|{_MONTH_WORD})\s*,?\s*(?:{_YEAR}|{_SHORT_YEAR}))\s+"
    rf"(?P<end2>(?:{_SEASON}|{_MONTH_WORD})\s*,?\s*(?:{_YEAR}|{_SHORT_YEAR})|{_PRESENT}){_EDGE_R}",
    re.IGNORECASE,
)
_SINGLE_RE = re.compile(rf"{_EDGE_L}{_ALONE_DATE}{_EDGE_R}", re.IGNORECASE)
# "Sept–Dec 2025": two months of one year (module docstring)
_MONTH_PAIR_RE = re.compile(
    rf"{_EDGE_L}(?P<first>{_MONTH_WORD}){_SEP}(?P<last>{_MONTH_WORD})\s*,?\s*(?P<year>{_YEAR}|{_SHORT_YEAR}){_EDGE_R}",
    re.IGNORECASE,
)
# "2019–22": a year and the last two digits of a later one (module docstring)
_YEAR_PAIR_RE = re.compile(
    rf"{_EDGE_L}(?P<first>{_YEAR})(?P<sep>\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*|\s+to\s+)(?P<last>\d\d)"
    rf"(?![-/.]?\d){_EDGE_R}",
    re.IGNORECASE,
)
_MAX_YEAR_PAIR_SPAN = 20
# "…, Hamilton. Since June 2022.": a start date that runs to the present (module docstring)
_SINCE_RE = re.compile(
    r"(?:^|(?<=[(\[])|(?<=[|,.;:\u2013\u2014\u00b7])\s+)"
    rf"(?P<word>since|desde|seit|depuis)\s+(?P<date>{_ALONE_DATE})"
    r"(?=\s*[)\]]|\s*\.?\s*(?:$|[|\u00b7\u2022]))",
    re.IGNORECASE,
)
# Two-digit years without an apostrophe, only as both ends of a range (module docstring): "Sep 15",
# "Sept. 15", "09/15", "9/15". A day of the month followed by a year ("Sep 15, 2020") is not one.
_SHORT_DATE = rf"(?:{_ALONE_MONTH_WORD}\s*\d\d|(?:0?[1-9]|1[0-2])\s*/\s*\d\d)(?![\d,/]|\.\d|\s*,?\s*{_YEAR})"
_SHORT_RANGE_RE = re.compile(
    rf"{_EDGE_L}(?P<start>{_SHORT_DATE}){_SEP}(?P<end>{_SHORT_DATE}|{_PRESENT}){_EDGE_R}", re.IGNORECASE
)
_FULL_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_SHORT_PARTS_RE = re.compile(rf"(?:({_MONTH_WORD})|(0?[1-9]|1[0-2])\s*/)\s*(\d\d)", re.IGNORECASE)
# Placeholders of unfilled templates (module docstring): "year", "yyyy", "20XX", "Month 20XX", "MM/YYYY".
_PLACEHOLDER_YEAR = r"(?:year|yyyy|(?:19|20)(?:xx|\?\?))"
_PLACEHOLDER_DATE = (
    rf"(?:(?:{_MONTH_WORD}|{_SEASON}|month|mm)\s*[/.]?\s*{_PLACEHOLDER_YEAR}"
    rf"|(?:month|mm)\s*[/.]?\s*{_YEAR}|{_PLACEHOLDER_YEAR})"
)
# Dashes and tildes only: "year to year" is prose ("grew year to year"), "year–year" is a slot.
_PLACEHOLDER_SEP = r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212~\u301c\uff5e]+\s*"
_PLACEHOLDER_RE = re.compile(
    rf"{_EDGE_L}(?P<start>{_PLACEHOLDER_DATE}|{_DATE}){_PLACEHOLDER_SEP}"
    rf"(?P<end>{_PLACEHOLDER_DATE}|{_DATE}|{_PRESENT}){_EDGE_R}",
    re.IGNORECASE,
)
_PLACEHOLDER_WORD_RE = re.compile(rf"^{_PLACEHOLDER_DATE}$", re.IGNORECASE)
# Every date the patterns above read holds a digit (its year, ``_YEAR`` or ``_SHORT_YEAR``), and every
# placeholder range an end that is a placeholder (``_PLACEHOLDER_DATE``: a placeholder year, or "month"
# or "mm" before a year): a line without one is passed over before the long patterns run (most lines of
# a resume are bullets without dates).
_MAY_HOLD_DATE_RE = re.compile(r"\d")
_MAY_HOLD_PLACEHOLDER_RE = re.compile(rf"{_PLACEHOLDER_YEAR}|month|mm", re.IGNORECASE)
_PRESENT_RE = re.compile(rf"^{_PRESENT}$", re.IGNORECASE)

_SEASON_MONTHS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
}
_PARSE_DEFAULT = datetime(2000, 1, 1)
_DAY_FIRST_RE = re.compile(rf"^{_DAY}\s+(?={_MONTH_WORD})", re.IGNORECASE)
_DAY_AFTER_MONTH_RE = re.compile(
    rf"^({_MONTH_WORD})\s*{_DAY}\s+(?=(?:{_YEAR}|{_SHORT_YEAR})$)", re.IGNORECASE
)
# "Ongoing - September 2021", "(Present – Jan 2020)": the end written first, at the start of the line or of a
# part of it, with a dash; the range runs from the date to the present. Only the plain present words, and
# only dashes: "now a 2021 winner" and "due date - 2021" are none.
_PRESENT_FIRST_RE = re.compile(
    r"(?:^\s*|(?<=[(\[|,;:\u00b7\u2022])\s*)(?P<now>present|current|now|ongoing|today)"
    rf"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212~]+\s*(?P<date>{_DATE}){_EDGE_R}",
    re.IGNORECASE,
)


#: Lines whose dates are remembered: segmentation asks about the same line several times (a line is
#: read as a possible header, a wrapped tail and a position), and the answers are immutable.
_REMEMBERED_LINES = 4096


@dataclass(frozen=True)
class DateRange:
    """A date range found in a line.

    Attributes
    ----------
    start, end:
        ``"YYYY-MM"``; ``end`` may be ``"present"``.
    span_start, span_end:
        Character offsets of the whole range within the searched string, end-exclusive.
    is_range:
        ``False`` when a single date was found (``start``/``end`` then cover that date's period).
    """

    start: str
    end: str
    span_start: int
    span_end: int
    is_range: bool = True


def month_number(month: str) -> int:
    """A ``"YYYY-MM"`` month as a count of months (year × 12 + month − 1), so that two months subtract.

    >>> month_number("2021-03") - month_number("2020-12")
    3
    """
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def _year(token: str) -> int:
    token = token.strip()
    if token.startswith(("'", "\u2019")):
        two = int(token[1:])
        return 2000 + two if two < 50 else 1900 + two
    return int(token)


def parse_date(token: str, *, end: bool = False, day_first: bool = False) -> str | None:
    """Normalise one written date to ``"YYYY-MM"`` (or ``"present"`` for an end).

    Parameters
    ----------
    token : str
        One date as written: ``"Mar 2021"``, ``"March 2021"``, ``"Sept. 2018"``, ``"03/2021"``,
        ``"2021-03"``, ``"2021"``, ``"Summer 2020"``, ``"Q3 2022"``, ``"Mar '21"``, ``"Present"``,
        ``"Mar - 2021"``, ``"03-2021"`` (module docstring).
    end : bool
        Read the token as the end of a period: a year alone becomes December, a season or quarter
        its last month (module docstring).
    day_first : bool
        Read a numeric date whose two numbers could both be the month (``"03/04/2021"``) as day first
        (4 = April); by default month first (March), the US order. A number over 12 settles it either way
        (``"15/06/2019"`` is June, ``"06/15/2019"`` June too).

    Returns
    -------
    str or None
        ``"YYYY-MM"``, ``"present"`` (only when ``end`` is true), or ``None`` when the token is not a
        date (for example ``"Python 2021"``: dateutil rejects ``Python`` as a month).

    Examples
    --------
    >>> parse_date("Sept 2018"), parse_date("2021", end=True), parse_date("Summer 2020")
    ('2018-09', '2021-12', '2020-06')
    """
    tok = " ".join(token.replace(",", " ").split())
    if not tok:
        return None
    if _PRESENT_RE.match(tok):
        return "present" if end else None
    # "Mar-2020", "Sept.-2019", "Mar - 2020", "Mar/2020"
    tok = re.sub(r"(?<=[^\W\d_.])\.?\s*[-/]\s*(?=\d)", " ", tok)
    tok = _DAY_FIRST_RE.sub("", tok)  # "25 May 2026"
    tok = _DAY_AFTER_MONTH_RE.sub(r"\1 ", tok)  # "May 25 2026"
    m = re.fullmatch(rf"({_YEAR})", tok)
    if m:
        return f"{m.group(1)}-{'12' if end else '01'}"
    m = re.fullmatch(rf"(0?[1-9]|1[0-2])(?:\s*[/.]\s*|-)({_YEAR})", tok)  # 03/2021, 3.2021, 03-2021
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(rf"({_YEAR})\s*[-/.]\s*(0[1-9]|1[0-2])", tok) or re.fullmatch(
        rf"({_YEAR})[-/.](0[1-9]|1[0-2])[-/.](?:0[1-9]|[12]\d|3[01])", tok
    )  # 2021-03, or 2021-03-15 (its month)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = _DMY_PARTS_RE.fullmatch(tok)  # 06/15/2019, 15/06/2019, 15.06.2019
    if m:
        month = _numeric_month(int(m.group(1)), int(m.group(3)), day_first=day_first)
        return None if month is None else f"{m.group(4)}-{month:02d}"
    m = re.fullmatch(rf"({_YEAR})\s*\u5e74(?:\s*(0?[1-9]|1[0-2])\s*\u6708)?", tok)
    if m:
        month = int(m.group(2)) if m.group(2) else (12 if end else 1)
        return f"{m.group(1)}-{month:02d}"
    m = re.fullmatch(rf"({_SEASON})(?:\s*-\s*|\s*)({_YEAR}|{_SHORT_YEAR})", tok, re.IGNORECASE)
    if m:
        first, last = _SEASON_MONTHS[m.group(1).lower()]
        year = _year(m.group(2))
        if end and last < first:  # winter runs into the next year
            return f"{year + 1}-{last:02d}"
        return f"{year}-{(last if end else first):02d}"
    year_first = re.fullmatch(rf"({_YEAR})\s+({_MONTH_WORD})", tok, re.IGNORECASE)
    if year_first:  # "2021 September"
        tok = f"{year_first.group(2)} {year_first.group(1)}"
    m = re.fullmatch(rf"({_MONTH_WORD})\s*({_YEAR}|{_SHORT_YEAR})", tok, re.IGNORECASE)
    if m:
        try:
            parsed = _dateutil_parser.parse(
                f"{m.group(1)} {_year(m.group(2))}", parserinfo=_PARSER_INFO, default=_PARSE_DEFAULT
            )
        except (ValueError, OverflowError):
            return None
        return f"{parsed.year}-{parsed.month:02d}"
    return None


def _parse_short(token: str, *, end: bool) -> str | None:
    """Read one end of a two-digit-year range (``"Sep 15"``, ``"09/15"``, ``"NOW"``) as ``"YYYY-MM"``."""
    tok = " ".join(token.split())
    if _PRESENT_RE.match(tok):
        return "present" if end else None
    m = _SHORT_PARTS_RE.fullmatch(tok)
    if m is None:
        return None
    year = _year("'" + m.group(3))
    if m.group(2):
        return f"{year}-{int(m.group(2)):02d}"
    return parse_date(f"{m.group(1)} {year}", end=end)


def _ordered(start: str | None, end: str | None) -> bool:
    return start is not None and end is not None and (end == "present" or end >= start)


def _day_first(token: str) -> bool:
    """Whether a numeric date shows its day first (``"15/06/2019"``, or any date with dots, the European
    form ``"01.10.2021"``): one end of a range that does so settles the order of the other
    (``"01/06/2019 – 15/08/2021"`` is June to August)."""
    m = _DMY_PARTS_RE.fullmatch(" ".join(token.split()))
    return m is not None and ((int(m.group(1)) > 12 and int(m.group(3)) <= 12) or m.group(2) == ".")


def _full_range(line: str) -> DateRange | None:
    """The first range of two full dates (or a date and ``present``): ``"Mar 2021 – Present"``."""
    for m in _RANGE_RE.finditer(line):
        start_token, end_token = m.group("start") or m.group("start2"), m.group("end") or m.group("end2")
        day_first = _day_first(start_token) or _day_first(end_token)
        start = parse_date(start_token, day_first=day_first)
        end = parse_date(end_token, end=True, day_first=day_first)
        if not day_first and not _ordered(start, end):  # "12/01/2021 – 02/03/2021": forward only day first
            start = parse_date(start_token, day_first=True)
            end = parse_date(end_token, end=True, day_first=True)
        if start is not None and end is not None and _ordered(start, end):
            return DateRange(start, end, m.start(), m.end())
    return None


def _month_pair(line: str) -> DateRange | None:
    """The first range of two months of one year: ``"Sept–Dec 2025"`` is 2025-09 to 2025-12."""
    for m in _MONTH_PAIR_RE.finditer(line):
        start = parse_date(f"{m.group('first')} {m.group('year')}")
        end = parse_date(f"{m.group('last')} {m.group('year')}", end=True)
        if start is not None and end is not None and _ordered(start, end):
            return DateRange(start, end, m.start(), m.end())
    return None


def _year_pair(line: str) -> DateRange | None:
    """The first range of a year and two digits of a later one: ``"2019–22"`` is 2019-01 to 2022-12."""
    for m in _YEAR_PAIR_RE.finditer(line):
        first, two = int(m.group("first")), int(m.group("last"))
        if m.group("sep").strip() == "-" and two <= 12:
            continue  # "2021-03" is March 2021
        last = first - first % 100 + two
        if last < first:
            last += 100  # "1998–02"
        if first < last <= first + _MAX_YEAR_PAIR_SPAN:
            return DateRange(f"{first}-01", f"{last}-12", m.start(), m.end())
    return None


def _present_first(line: str) -> DateRange | None:
    """A range written end first: ``"Ongoing - September 2021"`` is 2021-09 to present."""
    for m in _PRESENT_FIRST_RE.finditer(line):
        start = parse_date(m.group("date"))
        if start is not None:
            return DateRange(start, "present", m.start("now"), m.end())
    return None


# "Since Apr 2021 Freelance, MLOps Engineer": a date-first entry opens with its start (real resumes, session
# 23); "Since 2019 I have led …" is a sentence
_SINCE_LEAD_RE = re.compile(
    rf"^\s*(?P<word>since|desde|seit|depuis)\s+(?P<date>{_ALONE_DATE})"
    r"(?=[\s,.;:|\u2013\u2014]|$)(?![\s,;:]+(?:I|we|my|our|they)\b)",
    re.IGNORECASE,
)


def _since(line: str) -> DateRange | None:
    """A start date after ``since`` that ends its part of the line (``"Since June 2022."``) or opens the
    line (``"Since Apr 2021 Freelance, …"``): it runs to present."""
    lead = _SINCE_LEAD_RE.match(line)
    if lead is not None:
        start = parse_date(lead.group("date"))
        if start is not None:
            return DateRange(start, "present", lead.start("word"), lead.end())
    for m in _SINCE_RE.finditer(line):
        start = parse_date(m.group("date"))
        if start is not None:
            return DateRange(start, "present", m.start("word"), m.end())
    return None


@functools.lru_cache(maxsize=_REMEMBERED_LINES)
def find_date_range(line: str) -> DateRange | None:
    """Find the first date range in ``line``.

    Parameters
    ----------
    line : str
        One line of resume text.

    Returns
    -------
    DateRange or None
        The first range whose both ends parse (``"Mar 2021 – Present"``, ``"2019-2021"``,
        ``"03/2021 to 06/2022"``, ``"Sep. 2023  Mar. 2024"``, ``"2018年04月〜現在"``,
        ``"feb. 2021 – actualidad"``), of two months of one year (``"Sept–Dec 2025"``), of a year
        and two digits (``"2019–22"``) or a start ``"Since June 2022"`` (module docstring), whichever
        starts first, with offsets into ``line``; else the first range of two-digit years
        (``"Sep 15 - NOW"``, ``"09/15 – 03/18"``; module docstring); ``None`` when there is none.
        Single dates are not ranges; see :func:`find_dates`.
    """
    if _MAY_HOLD_DATE_RE.search(line) is None:
        return None
    found = [
        r
        for r in (_full_range(line), _month_pair(line), _year_pair(line), _since(line), _present_first(line))
        if r is not None
    ]
    if found:
        return min(found, key=lambda r: r.span_start)
    if _FULL_YEAR_RE.search(line):
        return None  # "NeurIPS 2019, Dec 10 - Dec 15": days of a dated event, not two-digit years
    for m in _SHORT_RANGE_RE.finditer(line):
        start = _parse_short(m.group("start"), end=False)
        end = _parse_short(m.group("end"), end=True)
        if start is None or end is None or not _ordered(start, end):
            continue
        return DateRange(start, end, m.start(), m.end())
    return None


@functools.lru_cache(maxsize=_REMEMBERED_LINES)
def find_placeholder_dates(line: str) -> tuple[int, int] | None:
    """Find a template's unfilled date slot: a range with a placeholder end and no real date.

    Parameters
    ----------
    line : str
        One line of resume text.

    Returns
    -------
    (int, int) or None
        Offsets into ``line``, end-exclusive, of the first range written with dashes whose start or
        end is a placeholder (``"year–year"``, ``"year--year"``, ``"Month 20XX – Ongoing"``,
        ``"MM/YYYY - Present"``, ``"2019 – 20XX"``); ``None`` when there is none, or when the range
        is a real one (:func:`find_date_range`).

    Examples
    --------
    >>> find_placeholder_dates("year–year Job title, Employer, City.")
    (0, 9)
    >>> find_placeholder_dates("Revenue grew year to year") is None
    True
    """
    if _MAY_HOLD_PLACEHOLDER_RE.search(line) is None:
        return None
    for m in _PLACEHOLDER_RE.finditer(line):
        ends = (m.group("start").strip(), m.group("end").strip())
        if all(_PLACEHOLDER_WORD_RE.match(" ".join(e.split())) is None for e in ends):
            continue  # two real dates (or a date and "present"): not a placeholder
        return m.start(), m.end()
    return None


@functools.lru_cache(maxsize=_REMEMBERED_LINES)
def find_dates(line: str) -> DateRange | None:
    """Find the first date range, or else the first single month-precision or season date.

    A bare year on its own is only taken when it is the whole line apart from punctuation and a
    location, because four-digit numbers in running text ("5000 lines") are not dates.

    Parameters
    ----------
    line : str
        One line of resume text.

    Returns
    -------
    DateRange or None
        ``is_range`` is ``False`` for a single date; offsets are into ``line``, end-exclusive.
    """
    if _MAY_HOLD_DATE_RE.search(line) is None:
        return None
    found = find_date_range(line)
    if found is not None:
        return found
    for m in _SINGLE_RE.finditer(line):
        tok = m.group(0)
        start = parse_date(tok)
        end = parse_date(tok, end=True)
        if start is None or end is None:
            continue
        if re.fullmatch(_YEAR, tok.strip()) and line.strip(" ,|()[]") != tok.strip():
            continue
        return DateRange(start, end, m.start(), m.end(), is_range=False)
    return None
