"""Counterfactual resumes: the same work history under another identity.

:func:`make_variants` rewrites a resume's text so that only who the candidate is changes, never what
they did: the name (across gender- and ethnicity-associated name lists), third-person pronouns, the
contact line's location, email and phone, school names, employer names, and an appended
"Personal details" block with a street address and postcode, nationality, native language,
pronouns and a date of birth. The date of birth is chosen from the resume's own graduation year (an
age band of 22, 30 or 45 years before it), so the graduation years themselves never change and the
age cue stays consistent with them.

A fair screen gives every variant the verdict and probability of the original (issue 8,
counterfactual invariance; Kusner et al. 2017, "Counterfactual Fairness"). The name lists and cue
lists are data: ``resume_lens/fairness/data/names.json`` and ``identity_cues.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure

__all__ = ["Persona", "Variant", "load_personas", "make_variants", "apply_persona", "PERSONA_ATTRIBUTES"]

#: The attributes each persona carries (the labels of the proxy test, issue 8 item 2).
PERSONA_ATTRIBUTES = ("gender", "ethnicity", "location", "school", "employer", "nationality", "age_band")

_SCHOOL_WORDS = re.compile(
    r"\b(University|Universit[äàéy]|Universidad|Universidade|College|Institute|Instituto|Institut|"
    r"School|Academy|Polytechnic|Politécnico|Hochschule|IIT|Schule|École|Ecole)\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d ().-]{6,}\d(?![\w/])")
_URLISH = re.compile(
    r"https?://|www\.|\.(com|org|io|dev|net|me|in|ca|uk|de|it|mx)\b|github|linkedin|orcid", re.I
)
_ROLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|analyst|developer|manager|research|lead|intern|student|consultant|architect|"
    r"specialist|director|head|officer|founder|freelanc|ml|ai|data|mlops|open to|remote|relocat)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_CONTACT_SPLIT = re.compile(r"\s*(?:·|•|\||\u2022|;)\s*")
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
_PRONOUNS = {
    "he": "subject",
    "she": "subject",
    "him": "object",
    "his": "possessive",
    "her": "possessive",
}


@dataclass(frozen=True)
class Persona:
    """One identity to swap into resumes; every field is a personal fact, never work evidence."""

    key: str
    first: str
    last: str
    gender: str
    ethnicity: str
    pronouns: dict[str, str]
    location: dict[str, str]
    schools: tuple[str, str]
    employers: tuple[str, str]
    nationality: str
    language: str
    age_band: str
    years_before_graduation: int
    dob_format: str
    phone: str

    @property
    def name(self) -> str:
        """Full name, given name first."""
        return f"{self.first} {self.last}"

    def attributes(self) -> dict[str, str]:
        """The persona's value of each of :data:`PERSONA_ATTRIBUTES`."""
        return {
            "gender": self.gender,
            "ethnicity": self.ethnicity,
            "location": self.location["key"],
            "school": self.schools[0],
            "employer": self.employers[0],
            "nationality": self.nationality,
            "age_band": self.age_band,
        }


@dataclass(frozen=True)
class Variant:
    """A counterfactual resume: the persona and the rewritten text."""

    persona: Persona
    text: str


def _data(name: str) -> dict[str, Any]:
    return json.loads((resources.files("resume_lens.fairness") / "data" / name).read_text("utf-8"))


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum()).lower()


@lru_cache(maxsize=1)
def load_personas() -> tuple[Persona, ...]:
    """The 18 personas: 8 ethnicity groups × female/male, and 2 with they/them pronouns.

    Locations, schools, employers, nationalities and age bands rotate with different strides, so no
    attribute is tied to the name group (each persona mixes them differently).

    Returns
    -------
    tuple of Persona
        In a fixed order; the same on every call.
    """
    names = _data("names.json")
    cues = _data("identity_cues.json")
    slots: list[tuple[str, str]] = []
    for group, lists in names["groups"].items():
        for gender in ("female", "male", "nonbinary"):
            if gender in lists:
                slots.append((group, gender))
    slots += [("unisex", "nonbinary")]  # a second they/them persona
    locations, schools, employers = cues["locations"], cues["schools"], cues["employers"]
    nations, bands, formats = cues["nationalities"], cues["age_bands"], cues["dob_formats"]
    personas = []
    for i, (group, gender) in enumerate(slots):
        lists = names["groups"][group]
        first = lists[gender][i % len(lists[gender])]
        last = lists["surnames"][(i // 2 + i) % len(lists["surnames"])]
        location = locations[(i * 5) % len(locations)]
        nation = nations[(i * 7 + 3) % len(nations)]
        band = bands[i % len(bands)]
        digits = f"{(i * 7919) % 10000:04d}"
        personas.append(
            Persona(
                key=f"{group}_{gender}_{i}",
                first=first,
                last=last,
                gender=gender,
                ethnicity=group,
                pronouns=names["pronouns"][gender],
                location=location,
                schools=tuple(schools[(i * 3 + 1) % len(schools)]),  # type: ignore[arg-type]
                employers=tuple(employers[(i * 11 + 2) % len(employers)]),  # type: ignore[arg-type]
                nationality=nation["nationality"],
                language=nation["language"],
                age_band=band["key"],
                years_before_graduation=int(band["years_before_graduation"]),
                dob_format=formats[i % len(formats)],
                phone=f"+{1 + i * 3} {200 + i * 37} 555 {digits}",
            )
        )
    return tuple(personas)


def _header_lines(text: str, structure: ResumeStructure) -> list[tuple[int, int]]:
    """``(start, end)`` of every header line (above the first heading)."""
    return [(line.start, line.end) for line in structure.lines if line.section == "header"]


def _find_name(text: str) -> tuple[int, int] | None:
    """Offsets of the candidate's name: the first non-empty line when it looks like a name."""
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            core = stripped.strip("#* _").strip()
            core = re.sub(r"^(Dr\.?|Prof\.?|Mr\.?|Ms\.?|Mrs\.?)\s+", "", core)
            core = re.split(r"\s+[|·•—–-]\s+|,\s", core)[0].strip()
            tokens = core.split()
            if 2 <= len(tokens) <= 5 and all(_NAME_TOKEN.match(t) for t in tokens):
                start = offset + raw.index(core)
                return start, start + len(core)
            return None
        offset += len(raw) + 1
    return None


def _looks_like_employer(org: str) -> bool:
    """True for an organisation string that names a company (not a course, team or department)."""
    words = re.sub(r"\([^)]*\)", " ", org).split()
    return (
        len(org) >= 3
        and bool(words)
        and not any(ch.isdigit() for ch in org)
        and not _ROLE_WORDS.search(org)
        and not _SCHOOL_WORDS.search(org)
        and not re.search(r"\b(Department|Dept|Faculty|Lab|Team|Group)\b", org)
        and words[0][0].isupper()
    )


def _case_like(model: str, text: str) -> str:
    return text.upper() if model.isupper() and len(model) > 3 else text


def _replace_spans(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping ``(start, end, new)`` edits (later ones first)."""
    out = text
    last = len(text) + 1
    for start, end, new in sorted(edits, key=lambda e: e[0], reverse=True):
        if end > last:
            continue  # overlaps an edit already applied
        out = out[:start] + new + out[end:]
        last = start
    return out


def _graduation_year(text: str, structure: ResumeStructure) -> int:
    years = [
        int(m.group())
        for line in structure.lines
        if line.section == "education"
        for m in _YEAR.finditer(line.text)
    ]
    if not years:
        years = [int(m.group()) for m in _YEAR.finditer(text)]
    return min(years) if years else 2015


def _heading_style(text: str) -> str:
    if re.search(r"^#{1,3} ", text, re.M):
        return "## Personal Details"
    if re.search(r"^[A-Z][A-Z &]{5,}$", text, re.M):
        return "PERSONAL DETAILS"
    return "Personal Details"


def apply_persona(text: str, persona: Persona, structure: ResumeStructure | None = None) -> str:
    """Rewrite ``text`` as if written by ``persona``; the work it describes is left as it is.

    Parameters
    ----------
    text:
        A resume's text (lines separated by ``"\\n"``).
    persona:
        From :func:`load_personas`.
    structure:
        ``segment(text)`` when the caller has it already (it is computed otherwise).

    Returns
    -------
    str
        The counterfactual resume. Changed: the name line and other whole-word uses of the name,
        emails and phone numbers in the header, the header's location, he/she pronouns, school names
        in education lines, employer names of the positions; added: a "Personal details" section
        with street address, postcode, date of birth, nationality, language and pronouns.
    """
    structure = segment(text) if structure is None else structure
    edits: list[tuple[int, int, str]] = []
    name_span = _find_name(text)
    old_tokens: list[str] = []
    if name_span is not None:
        old = text[name_span[0] : name_span[1]]
        parts = old.split()
        old_tokens = [parts[0], parts[-1]]
        edits.append((name_span[0], name_span[1], _case_like(old, persona.name)))
    local = f"{_ascii(persona.first)}.{_ascii(persona.last)}"
    for start, end in _header_lines(text, structure):
        line = text[start:end]
        for m in _EMAIL.finditer(line):
            edits.append((start + m.start(), start + m.end(), f"{local}@example.org"))
        if "@" in line or _PHONE.search(line):
            for m in _PHONE.finditer(line):
                edits.append((start + m.start(), start + m.end(), persona.phone))
            pos = 0
            for part in _CONTACT_SPLIT.split(line):
                where = line.find(part, pos)
                pos = where + len(part)
                core = part.strip("*_ ")
                if (
                    core
                    and not _EMAIL.search(core)
                    and not _PHONE.search(core)
                    and not _URLISH.search(core)
                    and not _ROLE_WORDS.search(core)
                    and not any(ch.isdigit() for ch in core)
                    and core[0].isupper()
                    and len(core.split()) <= 5
                    and (name_span is None or not (name_span[0] <= start + where < name_span[1]))
                ):
                    loc = persona.location
                    s = start + where + part.find(core)
                    edits.append((s, s + len(core), f"{loc['city']}, {loc['region']}"))
                    break
    # schools: the parts of education lines that name an institution
    n_school = 0
    for line in structure.lines:
        if line.section != "education":
            continue
        pos = 0
        for part in re.split(r"\s*(?:,|—|–|\||·|\(|\)| - )\s*", line.text):
            where = line.text.find(part, pos)
            pos = where + len(part)
            core = part.strip("*_ ")
            if core and _SCHOOL_WORDS.search(core) and not any(ch.isdigit() for ch in core):
                s = line.start + where + part.find(core)
                edits.append((s, s + len(core), persona.schools[n_school % 2]))
                n_school += 1
    # employers: the organisation of each position, where it is written outside the title
    orgs: dict[str, str] = {}
    for position in structure.positions:
        org = (position.organization or "").strip()
        if not _looks_like_employer(org) or org.lower() in position.title.lower():
            continue
        head_end = position.bullets[0].start if position.bullets else position.end
        region = text[position.start : head_end]
        where = region.find(org)
        if where < 0:
            continue
        s = position.start + where
        if position.title_start <= s < position.title_end or s <= position.title_start < s + len(org):
            continue
        new = orgs.setdefault(org, persona.employers[len(orgs) % 2])
        edits.append((s, s + len(org), new))
    out = _replace_spans(text, edits)
    for token, new in zip(old_tokens, (persona.first, persona.last), strict=False):
        if len(token) < 3 or token.isupper() or not token[0].isupper():
            continue
        out = re.sub(rf"(?<![\w@.]){re.escape(token)}(?![\w@])", new, out)
    out = _swap_pronouns(out, persona.pronouns)
    return out.rstrip("\n") + "\n\n" + _personal_details(text, structure, persona) + "\n"


def _swap_pronouns(text: str, pronouns: dict[str, str]) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group()
        new = pronouns[_PRONOUNS[word.lower()]]
        return new.capitalize() if word[0].isupper() else new

    return re.sub(r"\b(he|she|him|his|her|He|She|Him|His|Her)\b", swap, text)


def _personal_details(text: str, structure: ResumeStructure, persona: Persona) -> str:
    born = _graduation_year(text, structure) - persona.years_before_graduation
    dob = date(born, 3 + len(persona.first) % 9, 1 + len(persona.last) * 3 % 27).strftime(persona.dob_format)
    loc = persona.location
    return "\n".join(
        [
            _heading_style(text),
            f"Address: {loc['street']}, {loc['city']} {loc['postcode']}, {loc['country']}",
            f"Date of birth: {dob}",
            f"Nationality: {persona.nationality}",
            f"Pronouns: {persona.pronouns['label']}",
            f"Languages: {persona.language} (native), English (fluent)",
        ]
    )


def make_variants(text: str, personas: tuple[Persona, ...] | None = None) -> list[Variant]:
    """One counterfactual of ``text`` per persona (default: all of :func:`load_personas`).

    Examples
    --------
    >>> variants = make_variants("Jane Roe\\nMachine Learning Engineer\\nBoston, MA · jane@x.org\\n")
    >>> len(variants) >= 16
    True
    """
    structure = segment(text)
    return [Variant(p, apply_persona(text, p, structure)) for p in personas or load_personas()]
