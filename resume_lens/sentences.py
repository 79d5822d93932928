"""Sentences in a line of work: rubric §3 counts "bullets or sentences of work", so a paragraph of four
sentences under a position is four lines of work, not one.

spaCy's rule-based ``Sentencizer`` splits a line tokenized by the resume tokenizer (whose exceptions keep
"e.g.", "Sr." or "99.9%" whole). Only lines that may hold a second sentence (a ``.``, ``!`` or ``?`` followed
by more text) are tokenized again, inside a spaCy memory zone so a worker's vocabulary does not grow.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from resume_lens.structure import Line

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Sentencizer

__all__ = ["multi_sentence_lines"]

#: A line that may hold more than one sentence: sentence punctuation with more text after it.
_MAY_HAVE_TWO = re.compile(r"[.!?]\s+\S")


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def multi_sentence_lines(lines: Sequence[Line], nlp: Language) -> tuple[tuple[int, int], ...]:
    """The lines of more than one sentence and how many sentences each holds.

    Parameters
    ----------
    lines:
        Lines of the segmented resume (:attr:`resume_lens.structure.ResumeStructure.lines`).
    nlp:
        The tagging pipeline; only its tokenizer is used.

    Returns
    -------
    tuple of (int, int)
        ``(line.start, sentences)`` for every line of two or more sentences, in line order; a line not
        listed is one sentence. ``line.start`` is a character offset into the document text.
    """
    candidates = [line for line in lines if _MAY_HAVE_TWO.search(line.text)]
    if not candidates:
        return ()
    sentencizer = _sentencizer()
    texts = [line.text for line in candidates]
    out: list[tuple[int, int]] = []
    # a wrapper such as resume_lens.fairness.invariance.MemoPipeline offers only ``pipe``
    with getattr(nlp, "memory_zone", contextlib.nullcontext)():
        make_doc = getattr(nlp, "make_doc", None)
        docs = map(make_doc, texts) if make_doc is not None else nlp.pipe(texts)
        for line, doc in zip(candidates, docs, strict=True):
            n = sum(1 for _ in sentencizer(doc).sents)
            if n > 1:
                out.append((line.start, n))
    return tuple(out)
