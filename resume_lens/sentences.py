"""Sentences in a line of work: rubric §3 counts "bullets or sentences of work", so a paragraph of four
sentences under a position is four lines of work, not one.

spaCy's rule-based ``Sentencizer`` splits a line tokenized by the resume tokenizer (whose exceptions keep
"e.g.", "Sr." or "99.9%" whole). Only lines that may hold a second sentence (a ``.``, ``!`` or ``?`` followed
by more text) are tokenized again, inside a spaCy memory zone so a worker's vocabulary does not grow.
The verdict rule of N-level work (:func:`resume_lens.assess.modelling_only_lines`) reads each sentence of
such a paragraph on its own, so the sentences' start offsets are kept.
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
#: Characters that may come before a sentence's first letter.
_OPENERS = "\"'\u201c\u2018([ \t\u00a0"


def _opens_a_sentence(text: str) -> bool:
    """Whether a piece the sentencizer split off opens a new sentence: its first letter is not lower case.

    After "approx.", "etc." or "ver." the sentencizer splits too, but the text goes on in lower case ("on
    approx. two years of data", "regressors, etc. in Jupyter"): no new sentence (a review)."""
    rest = text.lstrip(_OPENERS)
    return not rest or not rest[0].islower()


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def multi_sentence_lines(lines: Sequence[Line], nlp: Language) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """The lines of more than one sentence and where each of their sentences starts.

    Parameters
    ----------
    lines:
        Lines of the segmented resume (:attr:`resume_lens.structure.ResumeStructure.lines`).
    nlp:
        The tagging pipeline; only its tokenizer is used.

    Returns
    -------
    tuple of (int, tuple of int)
        ``(line.start, sentence starts)`` for every line of two or more sentences, in line order: the
        character offsets into the document text where each sentence begins (the first is ``line.start``
        itself, as the line's text starts with its first token). A line not listed is one sentence.
    """
    candidates = [line for line in lines if _MAY_HAVE_TWO.search(line.text)]
    if not candidates:
        return ()
    sentencizer = _sentencizer()
    texts = [line.text for line in candidates]
    out: list[tuple[int, tuple[int, ...]]] = []
    # a wrapper such as resume_lens.fairness.invariance.MemoPipeline offers only ``pipe``
    with getattr(nlp, "memory_zone", contextlib.nullcontext)():
        make_doc = getattr(nlp, "make_doc", None)
        docs = map(make_doc, texts) if make_doc is not None else nlp.pipe(texts)
        for line, doc in zip(candidates, docs, strict=True):
            starts = tuple(
                # a double or no-break space after the period belongs to no sentence
                line.start + sent.start_char + len(sent.text) - len(sent.text.lstrip())
                for i, sent in enumerate(sentencizer(doc).sents)
                if i == 0 or _opens_a_sentence(sent.text)
            )
            if len(starts) > 1:
                out.append((line.start, starts))
    return tuple(out)
