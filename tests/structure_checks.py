"""Offset checks every segmentation test makes (``import structure_checks``, registered in conftest)."""

from __future__ import annotations

from resume_lens.structure import ResumeStructure


def assert_offsets(text: str, s: ResumeStructure) -> None:
    """Every line, title, bullet and claim of ``s`` slices ``text`` back to its own text."""
    for ln in s.lines:
        assert text[ln.start : ln.end] == ln.text
    for p in s.positions:
        assert text[p.title_start : p.title_end] == p.title
        for b in p.bullets:
            assert text[b.start : b.end] == b.text
    for c in s.claims:
        assert text[c.start : c.end] == c.title
