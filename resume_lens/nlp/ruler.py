"""``resume_lens_span_ruler``: spaCy's ``SpanRuler`` with a keyword-gated token matcher.

Same configuration, patterns, serialization and output as the stock ``span_ruler``; only the token
patterns run through :class:`~resume_lens.nlp.gated.GatedMatcher`, which skips the patterns a line's
words cannot satisfy. Phrase patterns keep spaCy's ``PhraseMatcher``. ``spacy.load`` finds the factory
through the ``spacy_factories`` entry point declared in ``pyproject.toml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc, Span

from .gated import GatedMatcher

__all__ = ["GatedSpanRuler", "make_gated_span_ruler"]


class GatedSpanRuler(SpanRuler):
    """A ``SpanRuler`` whose token matcher is a :class:`GatedMatcher` (fuzzy matching is not used)."""

    def clear(self) -> None:
        """Reset all patterns (the token matcher becomes an empty :class:`GatedMatcher`)."""
        super().clear()
        self.matcher = GatedMatcher(self.nlp.vocab, validate=self.validate)  # type: ignore[assignment]
        # match id → (label hash, id hash, label, id), filled as matches come: a match id is the hash
        # of its (label, id) pair, so an entry never goes stale
        self._span_keys: dict[int, tuple[int, int, str, str]] = {}

    def match(self, doc: Doc) -> list[Span]:
        """The pattern matches of ``doc`` as spans, deduplicated and sorted like ``SpanRuler.match``.

        The stock method builds a ``Span`` for every match and deduplicates and sorts those, inside a
        ``warnings.catch_warnings`` block (for the empty-matcher warning W036, which a
        :class:`GatedMatcher` never gives; an empty ``PhraseMatcher`` is not run). Here the
        ``(match_id, start, end)`` triples are deduplicated and sorted by the key ``Span`` compares on
        (character offsets, then label and id hashes, looked up once per match id), and a ``Span`` is
        built once per result.
        """
        self._require_patterns()
        found = self.matcher.match_set(doc)  # type: ignore[attr-defined]
        if len(self.phrase_matcher):
            found.update(self.phrase_matcher(doc))
        keys = self._span_keys
        keyed = []
        for match_id, start, end in found:
            if start == end:
                continue
            key = keys.get(match_id)
            if key is None:
                entry = self._match_label_id_map[match_id]
                strings = self.nlp.vocab.strings
                key = keys[match_id] = (
                    strings[entry["label"]],
                    strings[entry["id"]],
                    entry["label"],
                    entry["id"],
                )
            keyed.append((start, end, *key))
        keyed.sort()
        return [
            Span(doc, start, end, label=label, span_id=span_id) for start, end, _, _, label, span_id in keyed
        ]


@Language.factory(
    "resume_lens_span_ruler",
    assigns=["doc.spans"],
    default_config={
        "spans_key": "ruler",
        "spans_filter": None,
        "annotate_ents": False,
        "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
        "phrase_matcher_attr": None,
        "validate": False,
        "overwrite": True,
        "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": "ruler"},
    },
)
def make_gated_span_ruler(
    nlp: Language,
    name: str,
    spans_key: str | None,
    spans_filter: Callable[[Iterable[Span], Iterable[Span]], Iterable[Span]] | None,
    annotate_ents: bool,
    ents_filter: Callable[[Iterable[Span], Iterable[Span]], Iterable[Span]],
    phrase_matcher_attr: int | str | None,
    validate: bool,
    overwrite: bool,
    scorer: Callable | None,
) -> GatedSpanRuler:
    """Factory of :class:`GatedSpanRuler`; the arguments are those of spaCy's ``span_ruler``."""
    return GatedSpanRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=spans_filter,
        annotate_ents=annotate_ents,
        ents_filter=ents_filter,
        phrase_matcher_attr=phrase_matcher_attr,
        validate=validate,
        overwrite=overwrite,
        scorer=scorer,
    )
