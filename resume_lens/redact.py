"""Redact personal data from resume text and from every output (``--redact``, issue 8 item 3).

:func:`find_pii` finds names, emails, phone numbers, URLs, street addresses and dates of birth;
:func:`redact_text` masks them; :func:`redact_row` masks them in every string of an
``Assessment.to_dict()`` row, so the triage screen, JSON, JSONL/CSV rows and the HTML report carry
none. Tool names and evidence survive: only the characters of a personal-data span change.

Masks keep the length of what they hide (``"jane@example.com"`` → ``"[EMAIL]█████████"``), so every
character offset in a row (``start``/``end``, ``line_start``/``line_end``) still points at the same
place of the original text and highlighting keeps working.

How each kind is found:

* **phone** — Google's libphonenumber (the ``phonenumbers`` package), ``PhoneNumberMatcher`` at
  leniency ``VALID`` for international numbers and for the national formats of the regions in
  :data:`PHONE_REGIONS`; at least 7 digits.
* **email**, **url** — regular expressions (RFC 5322 local parts without quoting; a URL is a scheme or
  ``www.`` address, or a host name under a known top-level domain, with its path).
* **date of birth** — a date (numeric, ISO or with a month name, or a bare year) after a cue such as
  "Date of birth", "DOB", "Born", "Geburtsdatum", "Fecha de nacimiento".
* **address** — a house number with a street type ("214 East 72nd Street", "Hauptstraße 5",
  "Calle de Durango 245", "ul. Marszałkowska 84/92", "PO Box 4821"), extended over the unit, city
  and postcode that follow; or whatever follows an "Address:" / "Home:" / "Residence:" cue.
* **name** — the first line of the text when it is only a name (the header of a resume: 2–4
  capitalised words, none of them a title, section heading or tool word, optionally followed by
  ``· title`` or ``, PhD``); a name after
  a cue ("Name:", "Referee:", "Reports to:", "Mentored by", ...) or an honorific (Dr, Prof, Mr, Ms,
  Mrs, Mx); an initial and surname ("M. Ferreira Lopes", author lists). Once found, each name word
  is masked wherever else it appears in the same text. Without a statistical model (none can be
  downloaded) a name in the middle of a sentence with no cue is missed.

Measured on ``tests/data/redaction_set.jsonl`` (written for this purpose, 178 lines in many formats
and countries) by ``tests/test_redact.py``.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import phonenumbers

__all__ = [
    "PII_KINDS",
    "PHONE_REGIONS",
    "PiiSpan",
    "find_pii",
    "candidate_names",
    "redact_text",
    "redact_row",
    "redact_results",
]

#: The kinds of personal data found, in the order used to settle overlaps (first wins).
PII_KINDS = ("email", "url", "dob", "address", "phone", "name")

#: Regions whose national phone formats are recognised (numbers written with ``+`` or ``00`` are
#: recognised from any country).
PHONE_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "MX", "NG", "KE", "CN", "JP", "AU", "PL", "IT", "ES")

#: Row keys whose values are codes, hashes or labels, never free text: left as they are. ``file`` is
#: kept so that a batch can resume and rows can be matched to files (name files by candidate id).
SAFE_KEYS = frozenset(
    {
        "file",
        "sha256",
        "model_version",
        "schema_version",
        "source_format",
        "verdict",
        "label",
        "category",
        "rule_id",
        "polarity",
        "section",
        "code",
        "severity",
        "id",
        "kind",
        "feature",
        "title_family",
        "source",
        "evidence_role",
        "start_date",
        "end_date",
        "unit",
    }
)

_LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏ"
_UPPER = r"A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĮİĶĹĻĽĿŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_NAME_WORD = (
    rf"(?:[{_UPPER}][{_LETTER}'’]+(?:-[{_UPPER}][{_LETTER}'’]+)*|[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})*)"
)
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
_HONORIFIC = r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dra|Sr|Sra)\.?"

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_TLDS = (
    "com|org|net|io|dev|ai|co|me|app|info|biz|site|page|tech|edu|gov|uk|ie|de|fr|it|es|pt|nl|be|ch|at|"
    "se|no|dk|fi|pl|cz|ru|ua|in|pk|bd|lk|cn|jp|kr|tw|hk|sg|my|id|ph|vn|th|au|nz|ca|us|mx|br|ar|cl|co|"
    "pe|za|ng|ke|gh|eg|ma|ae|sa|jo|il|tr"
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'|·•,;)]+[^\s<>\"'|·•,;).]"
    rf"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})\b(?:/[^\s<>\"'|·•,;)]*[^\s<>\"'|·•,;).])?"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|(?:19|20)\d{{2}})"
)
_DOB = re.compile(
    r"(?:date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|born(?:\s+on)?|geburtsdatum|geboren(?:\s+am)?|"
    r"fecha\s+de\s+nacimiento|data\s+de\s+nascimento|date\s+de\s+naissance|né(?:e)?\s+le)"
    rf"\s*[:–—-]?\s*(?P<date>{_DATE})(?![\d])",
    re.IGNORECASE,
)
_STREET_TYPE = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Square|"
    r"Sq|Crescent|Close|Parkway|Pkwy|Highway|Hwy|Row|Walk|Mews|Hill|Cross|Gardens)\.?"
)
_UNIT = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|No)\.?\s*[\w/-]+"
_STREET = re.compile(
    rf"(?:(?:{_UNIT}),\s*)?"
    rf"(?:\d{{1,5}}[A-Za-z]?\s+(?:[{_UPPER}0-9][\w'’.-]*\s+){{0,4}}{_STREET_TYPE}(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    rf"|(?:Avenida|Av\.|Calle|Carrer|Rua|Via|Viale|Rue|Boulevard|Piazza|Plaza|Praça|ul\.|al\.|Jalan|Jl\.)"
    rf"\s+(?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+,?\s+\d{{1,5}}[A-Za-z]?(?:/\d+)?"
    rf"|\d{{1,5}},?\s+(?:Rue|Via|Calle|Avenida|Rua)\s+(?:[\w'’.-]+\s+){{0,4}}?[{_UPPER}][\w'’.-]+"
    rf"|[{_UPPER}][\wäöüß-]*(?:straße|strasse|weg|platz|gasse|allee|damm|ring)\s+\d{{1,5}}[a-z]?"
    rf"|P\.?\s?O\.?\s+Box\s+\d+"
    rf"|No\.\s*\d+,\s*\d+(?:st|nd|rd|th)\s+(?:Cross|Main|Street|Road))"
)
_POSTCODE = (
    r"(?:\d{5}(?:-\d{3,4})?|\d{6}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4})"
)
_PLACE_PART = re.compile(
    rf",?\s*(?:(?:{_UNIT})|(?:{_POSTCODE}\s+)?[{_UPPER}][\w'’.-]*"
    rf"(?:\s+(?:{_POSTCODE}\b|[{_UPPER}][\w'’.-]*|de|del|la|do|da))*"
    rf"(?:\s+{_POSTCODE})?|{_POSTCODE})"
)
_ADDRESS_CUE = re.compile(
    r"(?:(?:home|mailing|postal|street|residential)\s+)?(?:address|residence|home|lives\s+at)\s*[:–—-]?\s+"
    r"(?P<rest>[^|·•;\n]+)",
    re.IGNORECASE,
)
_NAME_CUE = re.compile(
    r"(?:\b(?i:full\s+name|name|candidate|references?|referee|supervisor|manager|reports\s+to|advis[eo]r|"
    r"thesis\s+advis[eo]r|prepared\s+by|mentored\s+by|supervised\s+by|co-authored\s+with|contact)"
    rf"\s*[:–—-]?\s*(?:{_HONORIFIC}\s+)?|\b{_HONORIFIC}\s+)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
)
_INITIAL_NAME = re.compile(
    rf"(?<![\w.])(?:[{_UPPER}]\.\s?)?[{_UPPER}]\.\s"
    rf"(?:[{_UPPER}][{_LETTER}'’]+)(?:[ -][{_UPPER}][{_LETTER}'’]+)?"
    r"(?=\s*(?:[,.;:)*\]]|et\s+al\b|and\b|&|$))"
)
_NAME_LINE = re.compile(
    rf"^[\s#*_>]*(?:{_HONORIFIC}\s+)?(?P<name>{_NAME})[\s*_]*"
    r"(?:(?:[,·|•–—-]\s*.*)?)$"
)
#: Words that make a line a heading, title or tool list rather than a name.
_NOT_NAME_WORDS = frozenset(
    """
    engineer engineering scientist science analyst analytics developer manager lead head director intern
    student researcher research consultant architect specialist officer founder professor lecturer
    machine learning data deep ai ml mlops platform software senior junior staff principal applied
    experience education skills summary profile projects publications certifications awards interests
    languages references contact work history technical professional personal details objective
    python java sql spark docker kubernetes aws azure gcp google amazon microsoft power bi tableau excel
    university college institute school academy inc ltd llc gmbh corp company group team
    street road avenue lane drive city state country department faculty
    msc bsc ba bs ma ms mba phd beng meng btech mtech bachelor master masters diploma degree
    january february march april may june july august september october november december present
    """.split()
)
_FUNCTION_WORDS = frozenset("the and of for with in at on to from by a an".split())


@dataclass(frozen=True)
class PiiSpan:
    """One piece of personal data: ``kind`` (one of :data:`PII_KINDS`) and character offsets
    ``start``/``end`` into the text searched, end-exclusive."""

    kind: str
    start: int
    end: int


def _phones(text: str) -> Iterable[PiiSpan]:
    """Numbers libphonenumber finds: ``VALID`` in any region of :data:`PHONE_REGIONS`, or ``POSSIBLE``
    when written in international format (``+`` or ``00`` first), which ordinary figures never are."""
    seen: set[tuple[int, int]] = set()
    tries = [(region, phonenumbers.Leniency.VALID) for region in PHONE_REGIONS]
    tries.append(("US", phonenumbers.Leniency.POSSIBLE))
    for region, leniency in tries:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency):
            raw = match.raw_string
            if leniency == phonenumbers.Leniency.POSSIBLE and not raw.startswith(("+", "00")):
                continue
            if sum(ch.isdigit() for ch in raw) >= 7 and (match.start, match.end) not in seen:
                seen.add((match.start, match.end))
                yield PiiSpan("phone", match.start, match.end)


_DEGREES = frozenset(
    "b.s. m.s. b.a. m.a. b.sc. m.sc. b.e. m.e. b.tech. m.tech. ph.d. b.eng. m.eng. b.com. m.d.".split()
)


def _words_of(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield from re.findall(r"[a-z][a-z0-9+#.'’-]*", value.lower())
    elif isinstance(value, dict):
        for v in value.values():
            yield from _words_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from _words_of(v)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Words that are never taken for a name: :data:`_NOT_NAME_WORDS`, section headings
    (``data/section_headings.json``) and every tool and product word of the tool patterns
    (``nlp/patterns/tools.jsonl``), so that "GitHub Actions" or "Hugging Face" is left alone."""
    words = set(_NOT_NAME_WORDS) | _FUNCTION_WORDS
    headings = json.loads(
        (resources.files("resume_lens") / "data" / "section_headings.json").read_text("utf-8")
    )
    words |= set(_words_of(headings["sections"]))
    tools = (resources.files("resume_lens.nlp") / "patterns" / "tools.jsonl").read_text("utf-8")
    for line in tools.splitlines():
        if line.strip():
            words |= set(_words_of(json.loads(line).get("pattern")))
    return frozenset(w.strip(".'’") for w in words)


def _name_ok(name: str) -> bool:
    words = [w.strip(".'’") for w in re.split(r"[\s-]+", name.lower())]
    return bool(words) and not any(w in _vocabulary() for w in words)


def _addresses(text: str) -> Iterable[PiiSpan]:
    for m in _ADDRESS_CUE.finditer(text):
        rest = m.group("rest").rstrip(" .,")
        if any(ch.isdigit() for ch in rest) or len(rest.split()) >= 2:
            yield PiiSpan("address", m.start("rest"), m.start("rest") + len(rest))
    for m in _STREET.finditer(text):
        end = m.end()
        for _ in range(5):  # unit, district, city, region, postcode
            part = _PLACE_PART.match(text, end)
            if not part or part.end() == end or len(part.group().split()) > 6:
                break
            words = part.group().strip(", ").lower().split()
            if words and (words[0] in _NOT_NAME_WORDS - {"street", "road", "avenue", "lane", "drive"}):
                break
            end = part.end()
        yield PiiSpan("address", m.start(), end)


def _names(text: str) -> list[PiiSpan]:
    found: list[PiiSpan] = []
    first = re.search(r"\S[^\n]*", text)  # the name line of a resume is its first line
    if first:
        m = _NAME_LINE.match(first.group())
        if m and _name_ok(m.group("name")) and not re.search(r"\d|@", m.group("name")):
            found.append(PiiSpan("name", first.start() + m.start("name"), first.start() + m.end("name")))
    for m in _NAME_CUE.finditer(text):
        name = m.group("name")
        words = name.split()
        while words and words[-1].lower() in _vocabulary():
            words.pop()
        kept = " ".join(words)
        if (
            kept
            and (len(words) >= 2 or re.match(rf"\b{_HONORIFIC}\s", m.group(), re.IGNORECASE))
            and _name_ok(kept)
        ):
            found.append(PiiSpan("name", m.start("name"), m.start("name") + len(kept)))
    for m in _INITIAL_NAME.finditer(text):
        initials = m.group()[: m.group().rfind(".") + 1].replace(" ", "").lower()
        if initials not in _DEGREES and _name_ok(m.group().split(".")[-1]):
            found.append(PiiSpan("name", m.start(), m.end()))
    return found


def _propagate(text: str, names: list[PiiSpan], extra: Iterable[str]) -> list[PiiSpan]:
    """Every other whole-word use of a found name word (3+ letters) in ``text``."""
    words = {w for s in names for w in re.split(r"[\s.]+", text[s.start : s.end]) if len(w) >= 3}
    words |= {w for name in extra for w in name.split() if len(w) >= 3}
    words = {w for w in words if w.lower() not in _vocabulary()}
    if not words:
        return []
    pattern = re.compile(
        r"(?<![\w@./-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![\w@])"
    )
    return [PiiSpan("name", m.start(), m.end()) for m in pattern.finditer(text)]


def find_pii(text: str, *, names: Iterable[str] = ()) -> list[PiiSpan]:
    """Personal data in ``text``.

    Parameters
    ----------
    text:
        Any text: a whole resume, one line, or one string of an output row.
    names:
        Names already known to belong to the candidate (for example found in the full resume when
        only a line is redacted); each of their words is masked wherever it appears.

    Returns
    -------
    list of PiiSpan
        Non-overlapping spans in text order; where two kinds overlap, the earlier kind of
        :data:`PII_KINDS` wins and the longer span of the same kind wins.
    """
    candidates: list[PiiSpan] = []
    candidates += [PiiSpan("email", m.start(), m.end()) for m in _EMAIL.finditer(text)]
    candidates += [PiiSpan("url", m.start(), m.end()) for m in _URL.finditer(text)]
    candidates += [PiiSpan("dob", m.start("date"), m.end("date")) for m in _DOB.finditer(text)]
    candidates += list(_phones(text))
    candidates += list(_addresses(text))
    name_spans = _names(text)
    candidates += name_spans + _propagate(text, name_spans, names)
    rank = {kind: i for i, kind in enumerate(PII_KINDS)}
    chosen: list[PiiSpan] = []
    taken = [False] * len(text)
    for span in sorted(candidates, key=lambda s: (rank[s.kind], -(s.end - s.start), s.start)):
        if span.end > span.start and not any(taken[span.start : span.end]):
            chosen.append(span)
            for i in range(span.start, span.end):
                taken[i] = True
    return sorted(chosen, key=lambda s: s.start)


def _mask(kind: str, length: int) -> str:
    tag = f"[{kind.upper()}]"
    return (tag + "█" * (length - len(tag))) if length >= len(tag) else "█" * length


def redact_text(text: str, *, names: Iterable[str] = ()) -> str:
    """``text`` with every span of :func:`find_pii` masked, keeping its length.

    Examples
    --------
    >>> redact_text("Jane Doe\\njane@example.com · Deployed the model on Kubernetes")
    '[NAME]██\\n[EMAIL]█████████ · Deployed the model on Kubernetes'
    """
    out = list(text)
    for span in find_pii(text, names=names):
        out[span.start : span.end] = _mask(span.kind, span.end - span.start)
    return "".join(out)


def redact_row(row: Any, *, names: Iterable[str] = ()) -> Any:
    """A copy of an output row (``Assessment.to_dict()``, nested dicts and lists) with every free-text
    string redacted by :func:`redact_text`; values under :data:`SAFE_KEYS` are kept as they are.

    Lengths are kept, so offsets in the row stay valid. Numbers, booleans and ``None`` are copied.
    """
    names = tuple(names)
    if isinstance(row, dict):
        return {k: (v if k in SAFE_KEYS else redact_row(v, names=names)) for k, v in row.items()}
    if isinstance(row, list | tuple):
        return [redact_row(v, names=names) for v in row]
    if isinstance(row, str):
        return redact_text(row, names=names)
    return row


def candidate_names(text: str) -> list[str]:
    """The names :func:`find_pii` finds in a whole resume (its header name first), as written."""
    return list(dict.fromkeys(text[s.start : s.end] for s in find_pii(text) if s.kind == "name"))


def redact_results(rows_path: str | os.PathLike[str], csv_path: str | os.PathLike[str] | None = None) -> int:
    """Redact a batch's results in place: the JSON Lines rows file and, if given, the CSV written from it.

    Rows keep their order and every code, hash and number; strings are masked by :func:`redact_row`
    (so a second pass changes nothing). CSV cells are masked the same way, except the ``file``,
    ``sha256``, ``model_version``, ``verdict``, ``claim_verdict``, ``evidence_role`` and ``error_code``
    columns. Both files are replaced atomically.

    Returns
    -------
    int
        The number of rows.
    """
    from resume_lens.output import RowsFile

    rows_file = RowsFile(rows_path)
    rows = [redact_row(row) for _, row in rows_file.rows()]
    rows_file.replace_with(rows)
    if csv_path is not None and Path(csv_path).is_file():
        keep = {"file", "sha256", "model_version", "verdict", "claim_verdict", "evidence_role", "error_code"}
        with open(csv_path, encoding="utf-8", newline="") as handle:
            table = list(csv.DictReader(handle))
            fields = list(table[0]) if table else []
        if table:
            tmp = Path(csv_path).with_name(Path(csv_path).name + ".redacting")
            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=fields)
                writer.writeheader()
                for row in table:
                    writer.writerow({k: (v if k in keep else redact_text(v or "")) for k, v in row.items()})
            os.replace(tmp, csv_path)
    return len(rows)


def names_in_file(path: str | os.PathLike[str]) -> list[str]:
    """:func:`candidate_names` of a resume file, or ``[]`` when it cannot be read."""
    from resume_lens.errors import ResumeLensError
    from resume_lens.extract import extract_file

    try:
        return candidate_names(extract_file(os.fsdecode(path)).text)
    except (ResumeLensError, OSError):
        return []
