"""Segment a resume's text into sections, lines, positions and claims (design sketch step 2–3).

Wrapped lines
-------------
PDF and DOCX extraction, and hard-wrapped text files, break one bullet or one sentence into several
physical lines (``examples/production_mle.txt``; the jake/sb2nov, awesomecv and deedy templates in
``shared/resumes/templates`` print a continuation after a blank line). :func:`join_wrapped` joins
them back into one logical line, so that evidence phrases and negations that cross the wrap stay on
one :class:`~resume_lens.structure.Line`. The joined line's text is ``text[start:end]``: it keeps
the ``"\\n"``, blank lines and indentation between the physical lines.

A physical line *continues* the line above it (the rules are conservative on purpose; a missed join
costs a phrase, a wrong join can swallow a position header):

* both are in the same section, the line is not a list item and its only separation from the line
  above is whitespace (a marker-only ``"•"`` line between them stops the join);
* it is no position-header material (:func:`resume_lens.positions.header_signal`): no date range, no
  contact or page footer, no single date unless it starts in lower case, no header-like line with a
  title; headings never reach here (they end the section);
* it is no labelled tool list opening with a capital (``"Technologies: Python, PyTorch, ONNX"``: a skills
  list under the job, :meth:`resume_lens.header_words.HeaderWords.is_tool_list`; ``"stack: SageMaker
  endpoints, Airflow"`` in lower case goes on the line above);
* **after a list item** (or its continuation), on the next physical line or after one blank line
  (PDF layouts print one between wrapped lines), it starts with a lower-case letter, or with a
  digit when it is not a company, place or duration line (``"1.2M visitors a month"``, not
  ``"2 years 3 months"``);
* **after a list item, directly on the next physical line**, also when it

  - starts with opening punctuation (``( [ { " ' “ ‘``), or
  - is indented exactly where the item's text starts after its marker (text files:
    ``"- Own the model ...\\n  second at peak"``), or
  - the line above does not end a sentence (``. ! ? ;``), the line starts with a letter or digit
    (not an icon glyph) and does not look like a new entry (a short title-case or location line: a
    company or place), or
  - it looks like such an entry but starts with a letter and the line above ends on a word no phrase
    ends on ("with", "using", "and", a comma), or filled its column (80 % of the section's widest
    line) while this one holds small words of running text: "…SQL Server, Power / BI, and Azure ML"
    (:func:`_wraps_after`);

* **in prose** (a non-bullet line in ``summary``, ``experience`` or ``projects``), on the next
  physical line or after one blank line, only when it starts with a lower-case letter, the line
  above does not end a sentence and the first line is no position header.

The header block and other sections only get the list-item rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from resume_lens.claims import find_claims, find_headline
from resume_lens.dates import find_date_range
from resume_lens.header_words import load_header_words
from resume_lens.positions import find_positions, header_signal, split_inline_description, split_segments
from resume_lens.sections import SourceLine, find_sections, heading_name, split_lines
from resume_lens.structure import Line, Position, ResumeStructure, Section
from resume_lens.titles import (
    classify_title,
    has_role_word,
    is_award_entry,
    is_not_a_title,
    is_project_entry,
    is_wrapped_title,
)

__all__ = ["is_study_text", "join_wrapped", "segment"]

_PROSE_SECTIONS = frozenset({"summary", "experience", "projects"})
_SENTENCE_END = (".", "!", "?", ";")
_OPENING = "([{\"'\u201c\u2018"
_BLANK_GAP_RE = re.compile(r"[ \t]*\n[ \t]*\n[ \t]*")


def _column(text: str, offset: int) -> int:
    return offset - (text.rfind("\n", 0, offset) + 1)


#: Words a wrapped line can break after but a phrase does not end on ("…models using Scikit-learn + MLflow
#: with / Flask on Azure").
_DANGLING_WORDS = frozenset(
    {
        "and",
        "or",
        "with",
        "using",
        "on",
        "of",
        "for",
        "to",
        "the",
        "a",
        "an",
        "in",
        "via",
        "by",
        "from",
        "into",
    }
    | {"at", "as", "&", "+", "/", ","}
)
#: Small words of running text that a company or place line rarely holds ("BI, and Azure ML", "Flask on
#: Azure"), in lower case; "of", "for", "with" and "the" are left out: "Bank of America", "The Home Depot",
#: a project's title "Movie Recommendation System for MovieLens" (a review, session 23).
_RUNNING_TEXT_RE = re.compile(r"(?:^|[\s,])(?:and|or|on)\s")
#: A physical line this share of the section's widest line or more filled its column, so the next one
#: goes on with it.
_FULL_LINE_SHARE = 0.8


def _wraps_after(text: str, prev: SourceLine, line: SourceLine, width: int) -> bool:
    """Whether a capitalised ``line`` that reads like a company or place line is a bullet's wrapped tail.

    A PDF column breaks a bullet wherever the line is full, also before a tool or product name ("…SQL
    Server, Power / BI, and Azure ML"; real resumes rendered to two columns, session 23). The line goes on
    the one above when that one ends on a word no phrase ends on (:data:`_DANGLING_WORDS`), or when it
    filled its column (:data:`_FULL_LINE_SHARE` of ``width``, the section's widest physical line) and
    the line holds small words of running text (:data:`_RUNNING_TEXT_RE`).
    """
    words = prev.text.rstrip().split()
    if words and (words[-1].casefold() in _DANGLING_WORDS or prev.text.rstrip().endswith(",")):
        return True
    full = width > 0 and len(text[text.rfind("\n", 0, prev.end) + 1 : prev.end]) >= _FULL_LINE_SHARE * width
    return full and _RUNNING_TEXT_RE.search(line.text) is not None


def _continues(text: str, group: list[SourceLine], line: SourceLine, section: str, width: int = 0) -> bool:
    """Whether ``line`` is the wrapped tail of the logical line made of ``group`` (see module doc)."""
    first, prev = group[0], group[-1]
    if line.bullet:
        return False
    gap = text[prev.end : line.start]
    adjacent = gap.count("\n") == 1 and not gap.strip()
    across_blank = _BLANK_GAP_RE.fullmatch(gap) is not None
    if not (adjacent or across_blank):
        return False
    if adjacent and len(group) == 1 and not first.bullet and is_wrapped_title(first.text, line.text):
        return True
    signal = header_signal(line)
    if signal in ("date_range", "contact", "date", "title"):
        return False
    lead = line.text[:1]
    # "Technologies: Python, PyTorch, ONNX" under a bullet is a new line; "stack: SageMaker endpoints,
    # Airflow" in lower case is the bullet's wrapped tail ("...onto the company's serving\nstack: ...")
    if not lead.islower() and load_header_words().is_tool_list(line.text):
        return False
    open_end = not prev.text.rstrip().endswith(_SENTENCE_END)
    if first.bullet:
        if lead.islower() or (lead.isdigit() and signal is None):
            return True
        if across_blank:
            return False
        if lead in _OPENING or _column(text, line.start) == _column(text, first.start) > 0:
            return True
        if open_end and signal == "entry" and lead.isalpha() and adjacent:
            return _wraps_after(text, prev, line, width)
        return open_end and signal is None and lead.isalnum()
    if section not in _PROSE_SECTIONS or not (lead.islower() and open_end):
        return False
    return len(group) > 1 or header_signal(first) is None


def join_wrapped(text: str, lines: Sequence[SourceLine], section: str) -> list[SourceLine]:
    """Join the wrapped physical lines of one section into logical lines (rules: module docstring).

    Parameters
    ----------
    text : str
        The normalised resume text.
    lines : sequence of SourceLine
        One section's non-heading lines, in reading order (from :func:`split_lines`).
    section : str
        The section's canonical name; prose is only joined in ``summary``, ``experience`` and
        ``projects``.

    Returns
    -------
    list of SourceLine
        One per logical line: ``text[ln.start:ln.end] == ln.text`` still holds, ``bullet`` is the first
        physical line's.

    Examples
    --------
    >>> t = "- Served 4k requests per\\n  second at peak\\nAcme Corp, 2019 - 2021"
    >>> [ln.text for ln in join_wrapped(t, split_lines(t), "experience")]
    ['Served 4k requests per\\n  second at peak', 'Acme Corp, 2019 - 2021']
    """
    groups: list[list[SourceLine]] = []
    width = max((len(text[text.rfind("\n", 0, ln.end) + 1 : ln.end]) for ln in lines), default=0)
    for line in lines:
        if groups and _continues(text, groups[-1], line, section, width):
            groups[-1].append(line)
        else:
            groups.append([line])
    out = []
    for group in groups:
        first, last = group[0], group[-1]
        joined = (
            first
            if len(group) == 1
            else SourceLine(text[first.start : last.end], first.start, last.end, first.bullet)
        )
        out.append(joined)
    return out


#: Sections whose entries are never read as positions, even without an experience heading.
_NEVER_POSITIONS = frozenset({"experience", "skills", "projects", "publications", "summary"})
#: Fewest lines of work under a position found outside an experience section (bullets, or sentences
#: of a paragraph: rubric §3 counts "bullets or sentences of work").
_MIN_RESUMED_BULLETS = 2
# A sentence end inside a paragraph: ". " after a word of three or more lower-case letters or a
# figure, before a capital ("... a day. I run the pipelines"); "B.S. Chemistry" and "Dr. Lee" go on
_SENTENCE_BREAK_RE = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d))[.!?]\s+(?=[A-Z])")
# A degree entry ("MSc Machine Learning, Tarn University, 2016 - 2017", "B.Tech in CS", "PhD, ..."):
# education, never a position, in a resume that has no heading to say so
_DEGREE_RE = re.compile(
    r"^(?:(?:B|M)\.?\s?(?:Sc|S|A|Eng|Tech|E|Phil|Res)\.?|MBA|Ph\.?\s?D\.?|D\.?Phil|Bachelor(?:'s)?|"
    r"Master(?:'s)?|Doctor(?:ate)?\s+of|Diploma|Associate\s+of|BTech|MTech|BEng|MEng|BSc|MSc)\b"
)

# A line about the candidate's studies ("3rd-year B.Tech CSE (AI/ML) · Tarn University (2024–2028)",
# "MSc in Data Science, 2023 - 2025"): in the header block its date range is a study period, not a job's
# ("University" alone is no sign: "Research Assistant, Tarn University, 2019 - 2021"). A profile README
# prints one under its headline ("Jane D. / ML Engineer · NLP / 3rd-year B.Tech ... (2024–2028)"),
# and without it the headline would read as a position (real public resumes, session 11).
_STUDY_RE = re.compile(
    r"(?:\b(?:B|M)\.?\s?(?:Sc|Tech|Eng|Phil)\b\.?|\bBTech\b|\bMTech\b|\bBSc\b|\bMSc\b|\bPh\.?\s?D\b|"
    r"\b(?:Bachelor|Master)(?:'s)?\s+(?:of|in|degree|student)\b|\b(?:under)?graduate\s+student\b|"
    r"\b\d(?:st|nd|rd|th)[\s-]year\b)",
    re.IGNORECASE,
)


def is_study_text(text: str) -> bool:
    """Whether ``text`` names a degree or a course of study ("MSc in Data Science, 2023 - 2025",
    "B.Sc. in Statistics", "3rd-year B.Tech CSE", "graduate student"): :data:`_DEGREE_RE` at its start or
    :data:`_STUDY_RE` anywhere."""
    return _DEGREE_RE.match(text.strip()) is not None or _STUDY_RE.search(text) is not None


def _lines_of_work(p: Position) -> int:
    """Bullets and sentences of work under a position (a paragraph of two sentences counts two)."""
    return sum(1 + len(_SENTENCE_BREAK_RE.findall(b.text)) for b in p.bullets)


def _names_a_role(p: Position) -> bool:
    """Whether the position's title names a job (a known family other than student, or a role noun),
    not a degree, an award, a credential or a project."""
    return not (
        not p.title
        or p.title_family == "student"
        or (p.title_family == "other" and not has_role_word(p.title))
        or _DEGREE_RE.match(p.title)
        # "Master's, Data Science | Columbia University | 2019 - 2020": the degree read as the organisation
        or (p.organization is not None and _DEGREE_RE.match(p.organization))
        or is_not_a_title(p.title)  # "Best ML Engineer Award", "ML Engineer Project"
    )


def _clear_position(text: str, p: Position, section: str) -> bool:
    """A position beyond doubt: a title naming a role, a date range and lines of work under it. In the
    header block a date range on a line about studies (:data:`_STUDY_RE`) is no job's date."""
    if not _names_a_role(p):
        return False  # a student title ("Best Student Paper nomination") is too weak a sign alone
    if _lines_of_work(p) < _MIN_RESUMED_BULLETS:
        return False
    header_end = p.bullets[0].start if p.bullets else p.end
    return any(
        find_date_range(line) is not None and not (section == "header" and _STUDY_RE.search(line))
        for line in text[p.start : header_end].split("\n")
    )


#: Labels a resume prints inside each job over that job's stack ("Technologies:", "Tech stack:").
_IN_JOB_LABEL_RE = re.compile(
    r"^(?:key\s+)?(?:technologies|technology\s+stack|tech\s+stack|stack|tools\s+used|technologies\s+used|"
    r"environment|tech)\s*:$",
    re.IGNORECASE,
)


def _is_in_job_label(heading: str) -> bool:
    """Whether a skills heading is a label printed inside a job ("Technologies:"), not the resume's skills
    section ("SKILLS:", "Technical Skills:")."""
    return _IN_JOB_LABEL_RE.match(heading.strip().strip("*_#").strip()) is not None


def _resume_experience(
    text: str, by_section: list[tuple[Section, list[SourceLine]]]
) -> list[tuple[Section, list[SourceLine]]]:
    """Give positions found outside an experience section to an experience section (no heading).

    Two layouts put positions under another heading. A sidebar that goes on over several pages
    prints its own headings beside the main column: in reading order, the experience that goes on
    on page 2 comes after the sidebar's "EDUCATION" (latexcv ``sidebarleft``). And some resumes have
    no experience heading at all. A recruiter reads both as positions, so from the first *clear*
    position (a title with a known family or a role noun, a date range and at least
    :data:`_MIN_RESUMED_BULLETS` lines of work, bullets or sentences of a paragraph) to its end, the
    section becomes an ``experience`` section with an empty heading. A degree, an award or a project
    ("MSc Machine Learning, 2019 – 2021", "Best ML Engineer Award", "ML Engineer Project") is never a
    clear position, and a degree entry after the positions opens an ``education`` section with an
    empty heading (a resume without headings goes on from its jobs to its degrees). Only sections
    after an experience section are searched when the resume has one, and never the skills,
    projects, publications or summary sections. In the header block a date range on a line about
    studies ("3rd-year B.Tech CSE · Tarn University (2024–2028)") dates no position: a profile
    README's headline above it ("Machine Learning Engineer · NLP") is no job (real public resumes,
    session 11).

    Returns the sections and their lines, in reading order.
    """
    names = [s.name for s, _ in by_section]
    first_experience = names.index("experience") if "experience" in names else -1
    out: list[tuple[Section, list[SourceLine]]] = []
    for k, (section, bucket) in enumerate(by_section):
        # a label inside a job ("Technologies:" over the job's stack, real resumes, session 25) opens a skills
        # section that would run over the later jobs: searched like any other section (only such labels: a
        # "SKILLS:" section may list a certificate with dates, which is no job; a review)
        skills_label = section.name == "skills" and _is_in_job_label(section.heading)
        never = section.name in _NEVER_POSITIONS and not skills_label
        if never or k < first_experience or not bucket:
            out.append((section, bucket))
            continue
        found, _ = find_positions(bucket, section="experience")
        clear = next((p for p in found if _clear_position(text, p, section.name)), None)
        if clear is None:
            out.append((section, bucket))
            continue
        before = [line for line in bucket if line.end <= clear.start]
        after = [line for line in bucket if line.start >= clear.start]
        if before or section.heading:
            end = before[-1].end if before else section.start + len(section.heading)
            out.append((Section(section.name, section.heading, section.start, end), before))
        cut = next((i for i, line in enumerate(after) if i and _is_degree_entry(line)), len(after))
        if cut == len(after):
            out.append((Section("experience", "", clear.start, section.end), after))
            continue
        out.append((Section("experience", "", clear.start, after[cut - 1].end), after[:cut]))
        out.append((Section("education", "", after[cut].start, section.end), after[cut:]))
    return out


#: Fewest entries of a "Projects" section that make it a work history when every one is a clear
#: position (:func:`_work_history_projects`).
_MIN_WORK_HISTORY_ENTRIES = 3


def _work_history_projects(
    text: str, by_section: list[tuple[Section, list[SourceLine]]]
) -> list[tuple[Section, list[SourceLine]]]:
    """Read a "Projects" section that lists jobs as an experience section.

    A portfolio page can put a whole work history under a "Projects" heading, entry after entry of
    employer, dates and job title ("Politie (via Acme Consulting)" / "2020 - 2021" / "MLOps Engineer" /
    a paragraph; real resumes, probe 6). Personal and course projects name a project, not a job title
    held at an employer. So the section is read as experience (its heading kept) only when it holds at
    least :data:`_MIN_WORK_HISTORY_ENTRIES` entries, every one a job (:func:`_names_a_role`: a title
    naming a role, not "ML Engineer Project"; a date, a year at least; :data:`_MIN_RESUMED_BULLETS` or
    more lines of work), at least two thirds of them with an employer, and none whose header names a
    personal, side or capstone project (:func:`resume_lens.titles.is_project_entry`).

    Returns the sections and their lines, in reading order.
    """

    def is_work_history(found: list[Position]) -> bool:
        return (
            len(found) >= _MIN_WORK_HISTORY_ENTRIES
            and all(
                _names_a_role(p) and p.start_date is not None and _lines_of_work(p) >= _MIN_RESUMED_BULLETS
                for p in found
            )
            and 3 * sum(p.organization is not None for p in found) >= 2 * len(found)
            and not any(is_project_entry(_header_text(text, p)) for p in found)
        )

    return _projects_as_experience(by_section, is_work_history)


def _header_text(text: str, p: Position) -> str:
    """The text of a position's header: from its start to its first bullet (or its end)."""
    return text[p.start : p.bullets[0].start if p.bullets else p.end]


def _projects_as_experience(
    by_section: list[tuple[Section, list[SourceLine]]], is_jobs: Callable[[list[Position]], bool]
) -> list[tuple[Section, list[SourceLine]]]:
    """Relabel each non-empty ``projects`` section ``experience`` (its heading kept) when ``is_jobs``
    holds for the positions :func:`find_positions` reads in it; other sections pass unchanged."""
    out: list[tuple[Section, list[SourceLine]]] = []
    for section, bucket in by_section:
        if section.name == "projects" and bucket and is_jobs(find_positions(bucket, section="experience")[0]):
            section = Section("experience", section.heading, section.start, section.end)
        out.append((section, bucket))
    return out


def _labelled_header(text: str, p: Position) -> bool:
    """Whether the entry's header has a title label and an organisation label on lines of their own
    ("Client: Canto Inc." / "Role: Principal ML Engineer (Freelance)"; ``header_words.json``), and its
    title names a role."""
    words = load_header_words()
    header = _header_text(text, p).split("\n")
    return (
        _names_a_role(p)
        and any(words.title_label.match(line.strip()) for line in header)
        and any(words.organization_label.match(line.strip()) for line in header)
    )


def _client_engagements(
    text: str, by_section: list[tuple[Section, list[SourceLine]]]
) -> list[tuple[Section, list[SourceLine]]]:
    """Read a "Projects" or "Portfolio" section whose entries are client engagements as experience.

    A freelancer's portfolio lists each engagement as a project name, a "Client:" line and a "Role:"
    line ("Enterprise-Scale Visual Search" / "Client: Canto Inc." / "Role: Principal Machine Learning
    Engineer (Freelance)"), with or without dates (real resumes, probe 7). Work for a named client in
    a named role is a job (rubric §1 keeps "Freelance" and "Contract" titles), so the section is read as
    experience, its heading kept, when every entry found in it has both labels and a title naming a
    role (:func:`_names_a_role`), and none names a personal or side project
    (:func:`resume_lens.titles.is_project_entry`).

    Returns the sections and their lines, in reading order.
    """
    return _projects_as_experience(
        by_section,
        lambda found: (
            bool(found)
            and all(_labelled_header(text, p) and not is_project_entry(_header_text(text, p)) for p in found)
        ),
    )


def _is_degree_entry(line: SourceLine) -> bool:
    """A header-like line that opens with a degree ("MSc Machine Learning, Tarn University, 2016 -
    2017"): where a resume without headings goes on from its positions to its education."""
    return (
        not line.bullet
        and _DEGREE_RE.match(line.text) is not None
        and header_signal(line) in ("date_range", "date", "entry", "title")
    )


def _project_entries(
    text: str, by_section: list[tuple[Section, list[SourceLine]]]
) -> list[tuple[Section, list[SourceLine]]]:
    """Read an entry of an experience section whose header names a personal, side, academic or
    capstone project (:func:`resume_lens.titles.is_project_entry`: "AI/ML Engineer - RAG Assistant
    (Personal Project with TH Köln)", "ML Engineer (Capstone)") as a project: its lines go to a
    ``projects`` section with an empty heading, so its title is no position claim and its lines are
    in project scope (real resumes, probe 5). So is a bootcamp or cohort programme ("AI Engineering
    Fellow (Cohort 3)"), and a self-employed entry whose first line of work is personal practice
    ("MLOps Engineer @ Self-Employed" / "- Building personal projects to practice MLOps"; rubric §2:
    bootcamps and personal projects are notebook-level work; real resumes, probe 7). An entry whose
    title names an award, prize, grant or scholarship (:func:`resume_lens.titles.is_award_entry`:
    "Doctoral Thesis Award for the class of 2020 | University | 2021") is no position: its lines go
    to an ``other`` section with an empty heading. The experience lines around them stay in
    experience sections (the one before keeps the heading).

    Returns the sections and their lines, in reading order.
    """
    out: list[tuple[Section, list[SourceLine]]] = []
    for section, bucket in by_section:
        if section.name != "experience" or not bucket:
            out.append((section, bucket))
            continue
        found, _ = find_positions(bucket, section="experience")
        spans = []
        for p in found:
            kind = _entry_kind(text, p)
            if kind is not None:
                spans.append((p.start, p.end, kind))
        if not spans:
            out.append((section, bucket))
            continue
        pieces: list[tuple[str, list[SourceLine]]] = []
        for line in bucket:
            name = next((k for s, e, k in spans if s <= line.start < e), "experience")
            if pieces and pieces[-1][0] == name:
                pieces[-1][1].append(line)
            else:
                pieces.append((name, [line]))
        if pieces[0][0] != "experience" and section.heading:
            heading_end = section.start + len(section.heading)
            out.append((Section("experience", section.heading, section.start, heading_end), []))
        for k, (name, lines) in enumerate(pieces):
            first = k == 0 and name == "experience"
            heading = section.heading if first else ""
            start = section.start if first else lines[0].start
            end = section.end if k == len(pieces) - 1 else lines[-1].end
            out.append((Section(name, heading, start, end), lines))
    return out


def _entry_kind(text: str, p: Position) -> str | None:
    """``"projects"`` for an entry of an experience section that is a project, ``"other"`` for one
    that is an award, else ``None`` (see :func:`_project_entries`)."""
    header_end = p.bullets[0].start if p.bullets else p.end
    header = text[p.start : header_end]
    # "Data Science Intern (Final Year Project)" over "Caplogy Innovation | Vélizy, France | Apr 2025 - Sep
    # 2025": an internship at a named employer, whose project is the intern's work (real resumes, session 25)
    internship = (
        p.seniority == "intern"
        and p.organization is not None
        and p.start_date is not None
        and _FINAL_YEAR_RE.search(header) is not None
        and _SCHOOL_OR_SELF_RE.search(p.organization) is None
    )
    if is_project_entry(header) and not internship:
        return "projects"
    if p.bullets and _self_employed(header) and is_project_entry(p.bullets[0].text):
        return "projects"
    if p.title and is_award_entry(p.title):
        return "other"
    return None


#: The project qualifiers an internship at an employer may carry (a degree's final project done there).
_FINAL_YEAR_RE = re.compile(r"final[\s-]year|thesis|dissertation|graduation\s+project", re.IGNORECASE)
#: Organisations that make an intern entry a course or a personal project, not an internship at an employer.
_SCHOOL_OR_SELF_RE = re.compile(
    r"universit|college|school|academy|institute\s+of\s+technology|coursera|udemy|udacity|bootcamp|le\s+wagon|"
    r"\bself\b",
    re.IGNORECASE,
)


def _self_employed(header: str) -> bool:
    """Whether a header part says the candidate worked for nobody ("MLOps Engineer @ Self-Employed")."""
    words = load_header_words()
    return any(
        words.self_employment.match(line[a:b].strip())
        for line in header.split("\n")
        for a, b in split_segments(line)
    )


# A person's name as a header prints it: two to four capitalised words of letters ("Alp Tamer",
# "Mary-Jane O'Neil", "J. R. Smith"); used only to find where the header block starts, never as a feature
_NAME_SHAPE_RE = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*\s*$")
#: Sections a sidebar holds, which a two-column PDF can print before the header's name and title.
_SIDEBAR_SECTIONS = frozenset({"skills", "education", "certifications"})
#: Most words of a title line under a name.
_MAX_TITLE_LINE_WORDS = 8
# A certificate printed as issuer over name ("Google Cloud / Professional Machine Learning Engineer",
# "Microsoft Azure / Data Analyst Associate"): no name and title (a review, session 23)
_CREDENTIAL_RE = re.compile(
    r"\b(?:professional|certified|certificate|certification|associate|specialty|specialist|practitioner|"
    r"foundations?|fundamentals|nanodegree)\b",
    re.IGNORECASE,
)


def _header_after_sidebar(
    text: str, lines: Sequence[SourceLine], sections: tuple[Section, ...]
) -> tuple[Section, ...]:
    """Give back the header block a two-column PDF reads after its sidebar.

    With the sidebar (skills, education) left of the main column, the text starts with a sidebar
    heading, and the name, title line and summary at the top of the main column come after the sidebar's
    last entry (real resumes rendered to two columns, session 23). When the text starts with no header,
    the first paragraph in a sidebar section that opens with a name-shaped line directly followed by a
    short title line of a known family (no digits, no credential word: "Google Cloud / Professional Machine
    Learning Engineer" is a certificate) starts a ``header`` section that runs to that section's end, so
    its headline claim is found as in any header.
    """
    if not sections or sections[0].name == "header":
        return sections
    previous: SourceLine | None = None
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        section = _section_of(line, sections)
        if section is None or section.name == "experience" or section.start == line.start:
            if section is not None and section.name == "experience":
                return sections  # the experience section came first: the layout is not a sidebar's
            previous = line
            continue
        paragraph_start = previous is None or text[previous.end : line.start].count("\n") >= 2
        previous = line
        if not (section.name in _SIDEBAR_SECTIONS and paragraph_start and nxt is not None):
            continue
        if text[line.end : nxt.start].count("\n") != 1 or not _is_name_shaped(line.text):
            continue
        words = nxt.text.split()
        if len(words) > _MAX_TITLE_LINE_WORDS or re.search(r"\d", nxt.text):
            continue
        if classify_title(nxt.text).family == "other" or _CREDENTIAL_RE.search(nxt.text):
            continue
        cut = Section(section.name, section.heading, section.start, _end_before(text, line.start))
        header = Section("header", "", line.start, section.end)
        return tuple(x for s in sections for x in ((cut, header) if s is section else (s,)))
    return sections


def _end_before(text: str, offset: int) -> int:
    """The end of the last non-blank text before ``offset`` (trailing whitespace left out)."""
    return len(text[:offset].rstrip())


def _is_name_shaped(line: str) -> bool:
    return (
        _NAME_SHAPE_RE.match(line) is not None
        and not has_role_word(line)
        and heading_name(line) is None
        and classify_title(line).family == "other"
        and not load_header_words().organization_suffix.search(line)
    )


def _end_key(end_date: str | None) -> str:
    """Sort key of an end date: "present" after every month, no date before all."""
    return "9999-99" if end_date == "present" else (end_date or "")


def _merge_promotion_stacks(
    text: str, positions: list[Position], owner: dict[int, int]
) -> tuple[list[Position], dict[int, int]]:
    """Read titles stacked under one employer with one list of work as one position.

    A promotion is often printed as two dated titles on consecutive lines over one list of bullets
    ("Senior Machine Learning Engineer    December 2024 – present" / "Machine Learning Engineer    June
    2022 – December 2024" / "• Developed and deployed …"; real resumes, session 23). Read line by line,
    the newer title has no work and the older one all of it. When a dated position with an employer and
    no bullets is followed on the very next line by another dated position of no other employer (or, after
    one blank line as a PDF may print it, of the same employer named again; session 24), the two
    are one position: the newer title (by end date, whichever order the stack is printed in) with its end
    date, the employer, the older start date and the shared bullets. A title with no employer of its own
    ("AI Engineer, Self-employed" over an analyst job) is no promotion within one employer.

    Returns
    -------
    tuple
        The positions, renumbered from 0 in order, and the line owner map (line start → position index)
        updated to match.
    """
    merged: list[Position] = []
    skip: set[int] = set()
    for i, p in enumerate(positions):
        if i in skip:
            continue
        nxt = positions[i + 1] if i + 1 < len(positions) else None
        if (
            nxt is not None
            and not p.bullets
            and nxt.bullets
            and p.start_date
            and nxt.start_date
            and p.organization is not None
            and nxt.organization in (None, p.organization)
            and p.end <= nxt.start
            and not text[p.end : nxt.start].strip()
            # a PDF may print a blank line between the two titles: then both must name the employer
            and (
                text[p.end : nxt.start].count("\n") == 1
                or (
                    text[p.end : nxt.start].count("\n") == 2
                    and nxt.organization == p.organization
                    and p.start_date != p.end_date  # ranges, not a timeline's single dates
                    and nxt.start_date != nxt.end_date
                )
            )
        ):
            start = min(p.start_date, nxt.start_date)
            # the newer title holds the claim, whichever order the stack is printed in
            newer = nxt if _end_key(nxt.end_date) > _end_key(p.end_date) else p
            p = replace(
                newer,
                index=p.index,
                organization=p.organization,
                start_date=start,
                start=p.start,
                end=nxt.end,
                bullets=nxt.bullets,
            )
            skip.add(i + 1)
        merged.append(p)
    if not skip:
        return positions, owner
    new_index = {}
    out = []
    for k, p in enumerate(merged):
        new_index[p.index] = k
        out.append(p)
    # the absorbed position's lines belong to the position that took them
    for i in skip:
        new_index[positions[i].index] = new_index[positions[i - 1].index]
    out = [
        replace(p, index=k, bullets=tuple(replace(b, position_index=k) for b in p.bullets))
        for k, p in enumerate(out)
    ]
    return out, {start: new_index[index] for start, index in owner.items()}


def _split_inline_descriptions(lines: list[SourceLine]) -> list[SourceLine]:
    """The section's lines with each "Title (dates): description" line read as its header and its line of
    work (:func:`resume_lens.positions.split_inline_description`); other lines unchanged."""
    out: list[SourceLine] = []
    for line in lines:
        parts = split_inline_description(line)
        out.extend(parts if parts is not None else (line,))
    return out


def _section_of(line: SourceLine, sections: tuple[Section, ...]) -> Section | None:
    for s in sections:
        if s.start <= line.start and line.end <= s.end:
            return s
    return None


def segment(text: str) -> ResumeStructure:
    """Segment normalised resume text.

    Parameters
    ----------
    text : str
        ``Document.text``: the normalised text, lines separated by ``"\\n"``.

    Returns
    -------
    ResumeStructure
        ``sections`` in reading order (``header`` first when there is text above the first
        heading); ``lines`` holds every non-empty, non-heading logical line with list markers
        removed, a wrapped bullet or sentence joined into one line (module docstring);
        ``positions`` come from the experience sections only (projects lines keep
        ``position_index=None``), including an ``experience`` section with an empty heading that
        holds clear positions found under another heading or without any (see
        :func:`_resume_experience`), and an entry whose header names a personal, side or capstone
        project is read as a project (:func:`_project_entries`); ``claims`` are the headline claim
        then ML-titled positions,
        newest first; ``headline`` is the headline line as written. Every offset is a character
        offset into ``text``, end-exclusive, so ``text[x.start:x.end]`` gives back the item.

    Examples
    --------
    >>> text = "Jane Doe\\nML Engineer | Berlin\\nExperience\\nML Engineer, Acme (2020 - 2023)\\n- Built X"
    >>> s = segment(text)
    >>> [c.title for c in s.claims], s.positions[0].organization, s.positions[0].end_date
    (['ML Engineer', 'ML Engineer'], 'Acme', '2023-12')
    """
    src = split_lines(text)
    sections = _header_after_sidebar(text, src, find_sections(text, src))
    heading_starts = {s.start for s in sections if s.heading}

    by_section: list[tuple[Section, list[SourceLine]]] = [(s, []) for s in sections]
    for line in src:
        if line.start in heading_starts:
            continue
        section = _section_of(line, sections)
        for s, bucket in by_section:
            if s is section:
                bucket.append(line)
                break

    by_section = [(s, join_wrapped(text, bucket, s.name)) for s, bucket in by_section]
    by_section = [
        (s, _split_inline_descriptions(bucket) if s.name == "experience" else bucket)
        for s, bucket in by_section
    ]
    by_section = _work_history_projects(text, by_section)
    by_section = _client_engagements(text, by_section)
    by_section = _resume_experience(text, by_section)
    by_section = _project_entries(text, by_section)
    sections = tuple(s for s, _ in by_section)

    positions: list[Position] = []
    owner: dict[int, int] = {}
    for s, bucket in by_section:
        if s.name != "experience" or not bucket:
            continue
        found, owned = find_positions(bucket, first_index=len(positions), section=s.name)
        positions.extend(found)
        owner.update(owned)
    positions, owner = _merge_promotion_stacks(text, positions, owner)

    # "Technologies: Python, PySpark, Plotly, Dash" under a job is a skills list, never a line of work; so is
    # "Python, PySpark, Plotly, Dash" with no label among a job's lines of work or in the projects (a job's
    # header line, "Data Scientist | Acme | Montréal", is no list)
    header_words = load_header_words()
    work_lines = {b.start for p in positions for b in p.bullets}
    header_lines = {
        line.start
        for s, bucket in by_section
        if s.name == "experience"
        for line in bucket
        if line.start not in work_lines
    }
    lines = tuple(
        Line(
            line.text,
            line.start,
            line.end,
            "skills"
            if s.name in ("experience", "projects")
            and (
                header_words.is_tool_list(line.text)
                or (line.start not in header_lines and header_words.is_bare_tool_list(line.text))
            )
            else s.name,
            owner.get(line.start),
            line.bullet,
        )
        for s, bucket in by_section
        for line in bucket
    )
    joined = [line for _, bucket in by_section for line in bucket]
    headline = find_headline(text, sections, joined)
    claims = find_claims(text, sections, positions, joined)
    return ResumeStructure(
        sections=sections,
        positions=tuple(positions),
        lines=lines,
        claims=claims,
        headline=headline.line,
    )
