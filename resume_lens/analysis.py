"""Run the rule stages on one document: segment, then tag evidence.

Kept apart from the model so that training, evaluation and screening share one code path. spaCy is
imported when a document is tagged, not with this module: the model side (``assess``, ``findings``) only
needs the :class:`Analysis` type, and a cold ``resume-lens triage`` loads the model while another process
tags the file (:mod:`resume_lens.forked_analysis`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from resume_lens.document import Document
from resume_lens.evidence import EvidenceSpan
from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Analysis", "analyze_document"]


@dataclass(frozen=True)
class Analysis:
    """A document with its segmented structure and every evidence span found in it."""

    document: Document
    structure: ResumeStructure
    spans: tuple[EvidenceSpan, ...]
    #: ``(line start offset, sentence start offsets)`` for each line of two or more sentences (rubric §3
    #: counts "bullets or sentences of work"); a line not listed is one sentence. Offsets are characters
    #: into ``document.text``.
    multi_sentence_lines: tuple[tuple[int, tuple[int, ...]], ...] = ()


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
    from resume_lens.sentences import multi_sentence_lines  # spaCy: see the module docstring
    from resume_lens.tagging import get_pipeline, tag_lines

    structure = segment(document.text)
    nlp = nlp if nlp is not None else get_pipeline()
    spans = tag_lines(structure.lines, nlp=nlp)
    return Analysis(
        document=document,
        structure=structure,
        spans=tuple(spans),
        multi_sentence_lines=multi_sentence_lines(structure.lines, nlp),
    )
