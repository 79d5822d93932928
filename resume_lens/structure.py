"""The segmented structure of a resume: sections, positions, bullets, claims.

All offsets are character offsets into :attr:`resume_lens.document.Document.text`, end-exclusive,
so ``text[start:end]`` gives back exactly the item's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["SECTION_NAMES", "Section", "Line", "Position", "Claim", "ResumeStructure"]

#: Canonical section names (design sketch, step 2). ``header`` is the text above the first heading
#: (name, headline, contacts).
SECTION_NAMES = (
    "header",
    "summary",
    "experience",
    "projects",
    "skills",
    "education",
    "certifications",
    "publications",
    "other",
)


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading.

    ``name`` is one of :data:`SECTION_NAMES`; ``heading`` is the heading as written (empty for
    ``header``); ``start``/``end`` cover the heading line and the body.
    """

    name: str
    heading: str
    start: int
    end: int


@dataclass(frozen=True)
class Line:
    """One line of text (a bullet or a sentence line) with its offsets and section name; ``item`` tells a
    list item ("- ", "• ", "* ", its mark not in ``text``) from a line of running text."""

    text: str
    start: int
    end: int
    section: str
    position_index: int | None = None
    item: bool = False


@dataclass(frozen=True)
class Position:
    """One job (or project entry) in the experience section.

    ``start_date``/``end_date`` are ``"YYYY-MM"`` strings, ``end_date`` may be ``"present"``;
    either is ``None`` when the resume gives no date. ``title_family`` is one of the families in
    :mod:`resume_lens.titles`. ``bullets`` are the lines of work under the position.
    """

    index: int
    title: str
    organization: str | None
    start_date: str | None
    end_date: str | None
    title_family: str
    seniority: str | None
    start: int
    end: int
    title_start: int
    title_end: int
    bullets: tuple[Line, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Claim:
    """An ML-engineer-family title claim (rubric §1).

    ``source`` is ``"headline"`` (headline, tagline or summary) or ``"position"``;
    ``position_index`` is set for position claims. ``start``/``end`` locate the title words; ``title`` is
    them with each run of whitespace made one space (a title wrapped over two lines reads
    "Junior Machine Learning Engineer", :func:`resume_lens.titles.is_wrapped_title`).
    """

    title: str
    title_family: str
    source: str
    position_index: int | None
    start: int
    end: int
    start_date: str | None = None
    end_date: str | None = None


@dataclass(frozen=True)
class ResumeStructure:
    """Sections, positions, all lines, and the claims of one resume, in reading order."""

    sections: tuple[Section, ...]
    positions: tuple[Position, ...]
    lines: tuple[Line, ...]
    claims: tuple[Claim, ...]
    headline: str | None = None
