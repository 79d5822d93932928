"""Check that a screen is blind to identity: score a resume and its counterfactuals side by side.

:func:`check_invariance` screens each resume and every variant from
:func:`resume_lens.fairness.counterfactual.make_variants` and reports each variant whose verdict or
``p_inflated`` (resume-level or of any claim) differs from the original. :func:`model_inputs` gives
the claim and role feature dicts the models see, for the proxy test (can an attribute be predicted
from them?).

Counterfactuals share most of their lines with the original, so :class:`MemoPipeline` runs each
distinct line through the spaCy pipeline once; the pipeline tags every line on its own, so a cached
``Doc`` is exactly the one a fresh run would give.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from resume_lens.analysis import analyze_document
from resume_lens.assess import Assessment
from resume_lens.document import Document
from resume_lens.fairness.counterfactual import Persona, load_personas, make_variants
from resume_lens.features import claim_context, claim_features, role_features

__all__ = ["MemoPipeline", "Mismatch", "check_invariance", "model_inputs", "outcome"]


class MemoPipeline:
    """A spaCy pipeline that processes each distinct text once and hands back the cached ``Doc``.

    Only :meth:`pipe` is offered, which is all :func:`resume_lens.tagging.tag_lines` calls. Memory
    grows with the number of distinct lines (about 1 kB per line).
    """

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._docs: dict[str, Doc] = {}

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
        """Docs for ``texts`` in order; new texts go through the real pipeline in one ``pipe`` call."""
        texts = list(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in self._docs]
        for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=batch_size), strict=True):
            self._docs[text] = doc
        return iter([self._docs[t] for t in texts])


def outcome(assessment: Assessment) -> tuple[Any, ...]:
    """What must not change under a counterfactual: the verdict, ``p_inflated`` and each claim's pair."""
    claims = tuple((c.source, c.verdict, c.p_inflated) for c in assessment.claims)
    return (assessment.verdict, assessment.p_inflated, claims)


def _same(a: tuple[Any, ...], b: tuple[Any, ...], tolerance: float) -> bool:
    if a[0] != b[0] or (a[1] is None) != (b[1] is None) or len(a[2]) != len(b[2]):
        return False
    if a[1] is not None and abs(a[1] - b[1]) > tolerance:
        return False
    return all(x[:2] == y[:2] and abs(x[2] - y[2]) <= tolerance for x, y in zip(a[2], b[2], strict=True))


@dataclass(frozen=True)
class Mismatch:
    """A counterfactual whose outcome differs from the original's (see :func:`outcome`)."""

    name: str
    persona: str
    original: tuple[Any, ...]
    variant: tuple[Any, ...]


def check_invariance(
    screener: Any,
    resumes: Sequence[tuple[str, str]],
    *,
    personas: tuple[Persona, ...] | None = None,
    tolerance: float = 1e-9,
) -> tuple[int, list[Mismatch]]:
    """Screen each resume and its counterfactuals; list the variants whose outcome moved.

    Parameters
    ----------
    screener:
        A :class:`resume_lens.Screener`; its pipeline is wrapped in a :class:`MemoPipeline` for the
        run and restored afterwards.
    resumes:
        ``(name, text)`` pairs.
    personas:
        Default: all of :func:`load_personas`.
    tolerance:
        Largest allowed difference of a probability (absolute, in [0, 1]).

    Returns
    -------
    (int, list of Mismatch)
        How many variants were screened, and the ones that differ from their original.
    """
    nlp = screener.nlp
    screener.nlp = MemoPipeline(nlp)
    try:
        n, mismatches = 0, []
        for name, text in resumes:
            original = outcome(screener.assess_text(text))
            for variant in make_variants(text, personas or load_personas()):
                n += 1
                moved = outcome(screener.assess_text(variant.text))
                if not _same(original, moved, tolerance):
                    mismatches.append(Mismatch(name, variant.persona.key, original, moved))
        return n, mismatches
    finally:
        screener.nlp = nlp


def model_inputs(text: str, nlp: Any) -> dict[str, float]:
    """Every feature the two models see for one resume: the current claim's and the role features.

    Claim features are prefixed ``"claim_model:"`` (all zero without a claim), role features
    ``"role_model:"``.
    """
    analysis = analyze_document(Document.from_text(text), nlp=nlp)
    structure = analysis.structure
    row = {f"role_model:{k}": v for k, v in role_features(structure, analysis.spans).items()}
    if structure.claims:
        context = claim_context(structure.claims[0], structure, analysis.spans)
        row.update({f"claim_model:{k}": v for k, v in claim_features(context).items()})
    return row
