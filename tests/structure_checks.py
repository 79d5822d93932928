"""Offset checks every segmentation test makes (``import structure_checks``, registered in conftest)."""

from __future__ import annotations

from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure


def assert_offsets(text: str, s: ResumeStructure) -> None:
    """Every line, title, bullet and claim of ``s`` slices ``text`` back to its own text.

    A claim's title is its slice with each run of whitespace made one space.
    """
    for ln in s.lines:
        assert text[ln.start : ln.end] == ln.text
    for p in s.positions:
        assert text[p.title_start : p.title_end] == p.title
        for b in p.bullets:
            assert text[b.start : b.end] == b.text
    for c in s.claims:
        assert " ".join(text[c.start : c.end].split()) == c.title


def segmented(text: str) -> ResumeStructure:
    """``segment(text)``, its offsets checked (:func:`assert_offsets`)."""
    s = segment(text)
    assert_offsets(text, s)
    return s


def position_rows(s: ResumeStructure) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """``(title, organization, start, end, title family)`` of each position."""
    return [(p.title, p.organization, p.start_date, p.end_date, p.title_family) for p in s.positions]


def bullet_texts(s: ResumeStructure, k: int) -> list[str]:
    """The bullet texts of position ``k``."""
    return [b.text for b in s.positions[k].bullets]


def claim_rows(s: ResumeStructure) -> list[tuple[str, str, int | None, str | None, str | None]]:
    """``(title, source, position index, start, end)`` of each claim."""
    return [(c.title, c.source, c.position_index, c.start_date, c.end_date) for c in s.claims]
