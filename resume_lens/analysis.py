"""Run the rule stages on one document: segment, then tag evidence.

Kept apart from the model so that training, evaluation and screening share one code path.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from resume_lens.document import Document
from resume_lens.evidence import EvidenceSpan
from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure
from resume_lens.tagging import get_pipeline, tag_lines

__all__ = ["Analysis", "analyze_document"]


@dataclass(frozen=True)
class Analysis:
    """A document with its segmented structure and every evidence span found in it."""

    document: Document
    structure: ResumeStructure
    spans: tuple[EvidenceSpan, ...]


def analyze_document(document: Document, *, nlp: Language | None = None) -> Analysis:
    """Segment ``document`` and tag its lines with the spaCy rule pipeline.

    Parameters
    ----------
    document:
        Extracted text (see :mod:`resume_lens.extract`).
    nlp:
        A pipeline from :func:`resume_lens.nlp.build_pipeline`; the cached per-process pipeline
        when ``None``.

    Returns
    -------
    Analysis
        Structure and spans; every span's ``start``/``end`` slice ``document.text``.
    """
    structure = segment(document.text)
    spans = tag_lines(structure.lines, nlp=nlp if nlp is not None else get_pipeline())
    return Analysis(document=document, structure=structure, spans=tuple(spans))
