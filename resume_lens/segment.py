"""Segment a resume's text into sections, lines, positions and claims (design sketch step 2–3)."""

from __future__ import annotations

from resume_lens.claims import find_claims, find_headline
from resume_lens.positions import find_positions
from resume_lens.sections import SourceLine, find_sections, split_lines
from resume_lens.structure import Line, Position, ResumeStructure, Section

__all__ = ["segment"]


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
        heading); ``lines`` holds every non-empty, non-heading line with list markers removed;
        ``positions`` come from the experience sections only (projects lines keep
        ``position_index=None``); ``claims`` are the headline claim then ML-titled positions,
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
    sections = find_sections(text, src)
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

    positions: list[Position] = []
    owner: dict[int, int] = {}
    for s, bucket in by_section:
        if s.name != "experience" or not bucket:
            continue
        found, owned = find_positions(bucket, first_index=len(positions), section=s.name)
        positions.extend(found)
        owner.update(owned)

    lines = tuple(
        Line(line.text, line.start, line.end, s.name, owner.get(line.start))
        for s, bucket in by_section
        for line in bucket
    )
    headline = find_headline(text, sections)
    claims = find_claims(text, sections, positions)
    return ResumeStructure(
        sections=sections,
        positions=tuple(positions),
        lines=lines,
        claims=claims,
        headline=headline.line,
    )
