"""What the rule coverage tests read from one resume line (``import line_evidence``, registered in conftest).

The evidence spans of a line as ``resume-lens evaluate --spans`` counts them: bare tool names and vague
mentions are recorded by the tagger but are not evidence.
"""

from __future__ import annotations

from spacy.language import Language

from resume_lens.structure import Line
from resume_lens.tagging import tag_lines


def recorded(nlp: Language, text: str, section: str = "experience") -> set[tuple[str, str, str]]:
    """``(label, span text, polarity)`` of every span the tagger records for one line, bare tool names
    and vague mentions included."""
    line = Line(text=text, start=0, end=len(text), section=section, position_index=0)
    return {(s.label, s.text, s.polarity) for s in tag_lines([line], nlp=nlp)}


def evidence(nlp: Language, text: str, section: str = "experience") -> set[tuple[str, str, str]]:
    """``(label, span text, polarity)`` of the evidence spans of one line, as ``evaluate --spans`` sees them
    (bare tool names and vague mentions are recorded, not evidence)."""
    line = Line(text=text, start=0, end=len(text), section=section, position_index=0)
    return {
        (s.label, s.text, s.polarity)
        for s in tag_lines([line], nlp=nlp)
        if s.category != "tool" and s.polarity != "vague"
    }


def labels(nlp: Language, text: str) -> set[str]:
    """The labels of :func:`evidence`."""
    return {label for label, _, _ in evidence(nlp, text)}
