"""Build the evidence-tagging pipeline (design sketch step 4; evidence taxonomy §2–§4, §6).

The pipeline is ``spacy.blank("en")`` plus:

1. the resume tokenizer of :mod:`resume_lens.nlp.tokenizer` (§6.13), built once as the registered
   tokenizer ``resume_lens.resume_tokenizer.v1``;
2. ``rl_evidence_ruler``: a stock ``span_ruler`` writing ``doc.spans["rl_evidence"]`` from the packaged
   evidence pattern files (``patterns/*.jsonl``), phrase patterns matched on ``LOWER`` (case-sensitive
   collision terms of §6.12 are token patterns on ``ORTH``), overlaps kept;
3. ``resume_lens_context``: cue rules from ``patterns/context.jsonl`` → ``doc.spans["rl_modifiers"]``,
   same-label de-duplication of the evidence, and ``Span._.rl_polarity`` / ``Span._.rl_cues``.

No lemmatizer: the lookup tables of spacy-lookups-data are case-sensitive ("Deployed" at the start of
a bullet keeps its form, "DEPLOYED" too) and map "data" to "datum"; explicit inflection lists on
``LOWER`` are both exact and case-proof for resume bullets.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the context factory and the spans filter)
from . import ruler as _ruler  # noqa: F401  (registers resume_lens_span_ruler)
from .components import EVIDENCE_KEY, MODIFIERS_KEY
from .rules import load_evidence_patterns
from .tokenizer import RESUME_TOKENIZER

__all__ = ["EVIDENCE_RULER", "CONTEXT", "build_pipeline"]

EVIDENCE_RULER = "rl_evidence_ruler"
CONTEXT = "resume_lens_context"


def build_pipeline() -> Language:
    """Build a fresh evidence-tagging pipeline.

    Returns
    -------
    Language
        Components ``["rl_evidence_ruler", "resume_lens_context"]``. After ``nlp(text)``,
        ``doc.spans["rl_evidence"]`` holds the evidence spans (label = taxonomy label, ``span.id_`` =
        stable rule id, ``span._.rl_polarity`` set) and ``doc.spans["rl_modifiers"]`` the ``MOD.*``
        cues. Building takes well under a second.

    Raises
    ------
    RuleFileError
        When a packaged pattern file is malformed (names file, line and reason).

    Examples
    --------
    >>> nlp = build_pipeline()
    >>> doc = nlp("Familiar with Docker and Kubernetes")
    >>> sorted({(s.label_, s._.rl_polarity) for s in doc.spans["rl_evidence"]})
    [('TOOL.INFRA', 'hedged')]
    """
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": RESUME_TOKENIZER}}})
    ruler = nlp.add_pipe(
        "resume_lens_span_ruler",
        name=EVIDENCE_RULER,
        config={
            "spans_key": EVIDENCE_KEY,
            "phrase_matcher_attr": "LOWER",
            # load_evidence_patterns has validated every pattern against spaCy's schema, naming the
            # file and line of a bad one; validating again here only costs start-up time (~0.06 s)
            "validate": False,
            "overwrite": True,
            "spans_filter": None,
        },
    )
    ruler.add_patterns(load_evidence_patterns())
    nlp.add_pipe(CONTEXT, config={"spans_key": EVIDENCE_KEY, "modifiers_key": MODIFIERS_KEY})
    return nlp
