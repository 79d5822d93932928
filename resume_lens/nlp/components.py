"""Registered spaCy components and functions of the evidence tagger.

* ``resume_lens_context`` (factory, :func:`make_context`): ConText-style polarity for evidence spans
  (evidence taxonomy §6.1–§6.7). Cue rules are data (``patterns/context.jsonl``); in a line that has
  evidence the component writes the cues it found to ``doc.spans[modifiers_key]`` (``MOD.*`` labels,
  kept apart from evidence as Appendix B advises), de-duplicates ``doc.spans[spans_key]`` and sets
  ``Span._.rl_polarity`` (one of :data:`~resume_lens.evidence.POLARITIES`) and ``Span._.rl_cues``
  (ids of the cues that applied).
* ``resume_lens.same_label_longest_spans.v1`` (``@misc``): keep the longest span per label among
  overlapping spans of that label; spans of different labels may overlap ("model serving at 2k QPS"
  is both ``PROD.SERVING`` and ``MEAS.THROUGHPUT``).

Importing this module registers both; ``spacy.load`` of a saved pipeline finds the factory through the
``spacy_factories`` entry point declared in ``pyproject.toml`` (house conventions 1, 4, 5).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import SimpleFrozenList, ensure_path, registry

from ..errors import RuleFileError
from ..evidence import POLARITIES
from .gated import GatedMatcher
from .rules import ContextRule, load_context_rules, load_pattern_file, parse_context_rule

__all__ = [
    "EVIDENCE_KEY",
    "MODIFIERS_KEY",
    "DEFAULT_PRIORITY",
    "ContextComponent",
    "make_context",
    "make_same_label_longest_filter",
    "merge_clause_fragments",
    "prefer_specific_production",
    "same_label_longest",
    "CLAUSE_BREAKS",
    "TOOL_RULE_PREFIXES",
]

EVIDENCE_KEY = "rl_evidence"
MODIFIERS_KEY = "rl_modifiers"
#: When several cues scope over one span, the first polarity in this order wins (an explicit
#: negation outweighs everything; a demo host is the weakest qualifier).
DEFAULT_PRIORITY = ("negated", "learning", "hedged", "hypothetical", "attributed", "demo", "vague")
#: A bare tool name under a qualifying cue ("familiar with Kubernetes", "not yet used SageMaker",
#: "the platform team runs Kafka") is recorded as the production label it would be, with that
#: polarity: the gold guidelines mark such mentions, and a non-asserted span never counts as
#: production evidence, so nothing is credited. Asserted bare tool names stay ``TOOL.*``.
DEFAULT_QUALIFIED_TOOLS = {
    "TOOL.INFRA": "PROD.INFRA",
    "TOOL.SERVING": "PROD.SERVING",
    "TOOL.PIPELINE": "PROD.PIPELINE",
    "TOOL.TRACKING": "PROD.TRACKING",
    "TOOL.MONITORING": "PROD.MONITORING",
    "TOOL.CICD": "PROD.CICD",
    "TOOL.CLOUD_ML": "PROD.CLOUD_ML",
    "TOOL.DATA_ENG": "PROD.DATA_ENG",
    "TOOL.FEATURE_STORE": "PROD.FEATURE_STORE",
    "TOOL.INFER_OPT": "PROD.INFER_OPT",
    "TOOL.DIST_TRAIN": "PROD.DIST_TRAIN",
}
_RULES_FILE = "rules.jsonl"


def same_label_longest(spans: Iterable[Span]) -> list[Span]:
    """Drop spans that overlap a longer span with the same label.

    Parameters
    ----------
    spans:
        Spans of one ``Doc`` (any order, overlaps and duplicates allowed).

    Returns
    -------
    list of Span
        Sorted by ``(start, end, label)``. Among same-label overlaps the longest wins, then the earliest,
        then the smallest rule id, so the output is deterministic. Spans with different labels are
        all kept.
    """
    return [item[4] for item in _same_label_longest(_span_items(spans))]


#: A span with its offsets, label and rule id read once: ``(start, end, label, rule_id, span)``.
#: ``Span.label_`` and ``Span.id_`` look their strings up on every access, and the filters below sort
#: and compare them many times per line.
_SpanItem = tuple[int, int, str, str, Span]


def _span_items(spans: Iterable[Span]) -> list[_SpanItem]:
    return [(s.start, s.end, s.label_, s.id_, s) for s in spans]


def _same_label_longest(items: list[_SpanItem]) -> list[_SpanItem]:
    """:func:`same_label_longest` on :data:`_SpanItem` tuples."""
    kept: list[_SpanItem] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for item in sorted(items, key=lambda t: (t[0] - t[1], t[0], t[2], t[3])):
        start, end, label = item[0], item[1], item[2]
        ranges = taken.setdefault(label, [])
        if any(start < e and s < end for s, e in ranges):
            continue
        ranges.append((start, end))
        kept.append(item)
    kept.sort(key=lambda t: (t[0], t[1], t[2]))
    return kept


@registry.misc("resume_lens.same_label_longest_spans.v1")
def make_same_label_longest_filter() -> Callable[[Iterable[Span]], list[Span]]:
    """Registered factory of :func:`same_label_longest` (for component configs)."""
    return same_label_longest


_NOT_CONTAINERS = frozenset({"PROD.SERVING", "PROD.INFRA"})
#: LLM work that is not a deployment: a serving span overlapping it is kept ("Fine-tuned and deployed
#: Llama 3 to RunPod" is fine-tuning and serving, taxonomy A06 and P01).
_NOT_DEPLOYMENT_LLM = frozenset({"LLM.FINETUNE", "LLM.EVAL", "LLM.PROMPT"})
#: A throughput figure per second ("60k events/sec", "12k req/s", "5 thousands per second", "2k QPS").
_PER_SECOND = re.compile(
    r"(/\s*s(ec(ond)?)?\b|\b(per|a|each|every|in one)\s+sec(ond)?\b|\b[qr]ps\b)", re.IGNORECASE
)


def prefer_specific_production(spans: Iterable[Span]) -> list[Span]:
    """:func:`same_label_longest`, then drop a ``PROD.SERVING`` span that overlaps a span of another
    ``PROD.*`` label (other than ``PROD.INFRA``) or of an ``LLM.*`` label other than fine-tuning,
    evaluation and prompting (which are not deployments).

    "models in production" inside "monitor models in production with Evidently" is monitoring
    evidence, and "deployed the model" inside "deployed the model on Vertex AI" is cloud-ML
    evidence, and "served on TGI" is LLM serving (taxonomy §2 and A09: the more specific category
    names what was done); counting the generic
    deployment words again as serving adds a second span for one piece of work. Infrastructure is
    the exception: "deployed the model to production on EKS" is a deployment that names its cluster.
    In the same way an ``LLM.API`` span ("scored by GPT-4o", "tool calling") that overlaps a span of
    another ``LLM.*`` label is that span's mechanism (taxonomy §4: A02–A10 name the work, A01 the
    provider) and is dropped. And a ``MEAS.DATA_VOLUME`` span that overlaps a ``MEAS.THROUGHPUT``
    span per second is the count inside that rate ("900K events" in "900K events/sec"): taxonomy §2 P13
    reads the rate as throughput, not as a second, data-volume figure. A rate per day or month of data
    items ("800 million rows per day") stays both, as the gold guidelines mark it a data volume. A
    ``PROD.*`` span wholly inside a ``RES.NOVEL`` span is the subject of the research, not production
    work: "drift detection" in "developed a novel drift detection algorithm" (taxonomy R02).
    """
    return [item[4] for item in _prefer_specific_production(_span_items(spans))]


def _prefer_specific_production(items: list[_SpanItem]) -> list[_SpanItem]:
    """:func:`prefer_specific_production` on :data:`_SpanItem` tuples."""
    kept = _same_label_longest(items)
    llm_containers = [(t[0], t[1]) for t in kept if t[2].startswith("LLM.") and t[2] != "LLM.API"]
    kept = [
        t for t in kept if not (t[2] == "LLM.API" and any(s < t[1] and t[0] < e for s, e in llm_containers))
    ]
    containers = [
        (t[0], t[1])
        for t in kept
        if t[2].startswith(("PROD.", "LLM."))
        and t[2] not in _NOT_CONTAINERS
        and t[2] not in _NOT_DEPLOYMENT_LLM
    ]
    rates = [(t[0], t[1]) for t in kept if t[2] == "MEAS.THROUGHPUT" and _PER_SECOND.search(t[4].text)]
    novel = [(t[0], t[1]) for t in kept if t[2] == "RES.NOVEL"]
    return [
        t
        for t in kept
        if not (t[2] == "PROD.SERVING" and any(s < t[1] and t[0] < e for s, e in containers))
        and not (t[2] == "MEAS.DATA_VOLUME" and any(s < t[1] and t[0] < e for s, e in rates))
        and not (t[2].startswith("PROD.") and any(s <= t[0] and t[1] <= e for s, e in novel))
    ]


@registry.misc("resume_lens.prefer_specific_production_spans.v1")
def make_prefer_specific_production_filter() -> Callable[[Iterable[Span]], list[Span]]:
    """Registered factory of :func:`prefer_specific_production`."""
    return prefer_specific_production


#: Tokens that end a clause for :func:`merge_clause_fragments`: two same-label spans on either side of
#: one of these describe two pieces of work, not one. Parentheses, slashes and colons are not breaks:
#: what they add ("(KServe)", "train/serve", "CI for ML: lint, tests") qualifies the same work.
CLAUSE_BREAKS = frozenset(
    {";", ".", ",", "•", "|", "but", "however", "although", "whereas", "though", "yet", "while"}
)


#: Rule-id prefixes of bare tool and concept names (``tools.jsonl``); also used by
#: :mod:`resume_lens.tagging` to keep a qualified tool name a tool in a skills list.
TOOL_RULE_PREFIXES = ("tool_", "term_")


def merge_clause_fragments(spans: Iterable[Span], *, join_qualified_tools: bool = False) -> list[Span]:
    """Join same-label spans of one clause into one span (from the first's start to the last's end).

    "Great Expectations suites gate every nightly load" and "deployed … behind a gRPC service" are
    one piece of work each; rules written for their parts ("Great Expectations", "gate every … load")
    otherwise count it twice. Two spans join when they share a label and a polarity and the tokens
    between them hold none of :data:`CLAUSE_BREAKS`. The joined span keeps the first span's rule id
    and the union of both spans' context cues (``span._.rl_cues``). Bare tool names (``TOOL.*``) are
    never joined, nor, by default, are tool names the context made production spans ("familiar with
    Docker and Kubernetes"): in a skills list the keyword-stuffing signal counts them one by one.

    Parameters
    ----------
    spans:
        Spans of one ``Doc``, same-label overlaps already removed (:func:`same_label_longest`).
    join_qualified_tools:
        Also join tool names one cue qualifies (polarity set and not ``asserted``): "familiar with
        Docker and Kubernetes" is one hedged mention, as the gold guidelines mark it.
        :func:`resume_lens.tagging.tag_lines` asks for this outside skills lists.

    Returns
    -------
    list of Span
        Sorted by ``(start, end, label)``.
    """
    return [item[4] for item in _merge_clause_fragments(_span_items(spans), join_qualified_tools)]


def _merge_clause_fragments(items: list[_SpanItem], join_qualified_tools: bool = False) -> list[_SpanItem]:
    """:func:`merge_clause_fragments` on :data:`_SpanItem` tuples."""
    out: list[_SpanItem] = []
    last_of_label: dict[str, int] = {}
    for item in sorted(items, key=lambda t: (t[0], t[1], t[2])):
        start, end, label, rule_id, span = item
        if label.startswith("TOOL.") or (
            rule_id.startswith(TOOL_RULE_PREFIXES)
            and not (join_qualified_tools and span._.rl_polarity not in (None, "asserted"))
        ):
            # bare tool names, qualified or not, are counted one by one (keyword stuffing)
            out.append(item)
            continue
        at = last_of_label.get(label)
        if at is not None:
            prev = out[at][4]
            gap = prev.doc[prev.end : start] if start > prev.end else ()
            if prev._.rl_polarity == span._.rl_polarity and not any(t.lower_ in CLAUSE_BREAKS for t in gap):
                joined = Span(prev.doc, prev.start, max(prev.end, end), label=label, span_id=out[at][3])
                extensions = joined._
                extensions.rl_polarity = prev._.rl_polarity
                extensions.rl_cues = tuple(dict.fromkeys((*prev._.rl_cues, *span._.rl_cues)))
                out[at] = (joined.start, joined.end, label, out[at][3], joined)
                continue
        last_of_label[label] = len(out)
        out.append(item)
    out.sort(key=lambda t: (t[0], t[1], t[2]))
    return out


def prefer_specific_production_merged(spans: Iterable[Span]) -> list[Span]:
    """:func:`prefer_specific_production`, then :func:`merge_clause_fragments`."""
    spans = list(spans)
    if len(spans) < 2:  # one span is neither dropped (it overlaps no other) nor joined
        return spans
    return [item[4] for item in _merge_clause_fragments(_prefer_specific_production(_span_items(spans)))]


@registry.misc("resume_lens.prefer_specific_production_spans.v2")
def make_prefer_specific_production_merged_filter() -> Callable[[Iterable[Span]], list[Span]]:
    """Registered factory of :func:`prefer_specific_production_merged` (the context component's default)."""
    return prefer_specific_production_merged


def _register_extensions() -> None:
    # Namespaced, registered once, never force=True (house convention 4).
    if not Span.has_extension("rl_polarity"):
        Span.set_extension("rl_polarity", default=None)
    if not Span.has_extension("rl_cues"):
        Span.set_extension("rl_cues", default=())


def _cancels(pseudo_start: int, pseudo_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether a ``pseudo`` cue at tokens ``[pseudo_start, pseudo_end)`` cancels the cue at
    ``[cue_start, cue_end)``: they overlap and the cue does not hold the whole, shorter pseudo phrase."""
    if not (pseudo_start < cue_end and cue_start < pseudo_end):
        return False
    holds = cue_start <= pseudo_start and pseudo_end <= cue_end
    return not (holds and cue_end - cue_start > pseudo_end - pseudo_start)


class ContextComponent:
    """Assign a polarity to every evidence span from cue rules in the same line (taxonomy §6).

    A cue applies to an evidence span when all hold:

    * the span's label starts with one of the rule's ``targets`` (or the rule has none);
    * no label in the rule's ``unless`` list is present among the line's evidence that stands: a span that
      no exclude cue removes and no other cue (one without an ``unless`` list) qualifies;
    * the cue is not overlapped by a ``pseudo`` cue ("zero-downtime", "without manual intervention",
      "no more than 40 ms", "machine learning" for the learning cue), unless the cue is longer and holds
      the whole pseudo phrase ("developed and deployed machine learning models" stays a vague cue:
      "machine learning" cancels only a learning cue inside it); ``exclude`` cues are never
      cancelled ("Led a team" is a pseudo cue for attribution, but "a team of 6 analysts" is still no
      user count);
    * direction: ``forward`` and ``exclude`` cues start before the span ends, ``backward`` cues end after
      it starts, ``both`` either way; a cue inside the span applies in every direction;
    * scope: for ``scope="clause"`` no ``terminate`` cue (but, however, although, ``;``, ``.``) lies
      between cue and span; ``max_scope`` bounds the token gap.

    The polarity is the first of ``priority`` among the applying cues, else ``"asserted"``. A span that an
    ``exclude`` cue reaches is removed: it is not evidence at all (people acted on, such as "interviewed 30
    caseworkers" or "taught 120 students a year", are not users served; taxonomy §2 P13 counts users only
    when they use the system).
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "resume_lens_context",
        *,
        spans_key: str = EVIDENCE_KEY,
        modifiers_key: str = MODIFIERS_KEY,
        rules: str = "packaged",
        spans_filter: Callable[[Iterable[Span]], list[Span]] | None = None,
        priority: Sequence[str] = DEFAULT_PRIORITY,
        qualify_tools: bool = True,
    ) -> None:
        bad = [p for p in priority if p not in POLARITIES or p == "asserted"]
        if bad or sorted(priority) != sorted(set(priority)):
            raise ValueError(f"priority must list distinct non-asserted polarities, got {list(priority)}")
        if rules not in ("packaged", ""):
            raise ValueError("rules must be 'packaged' (the shipped context.jsonl) or '' (add them later)")
        _register_extensions()
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.modifiers_key = modifiers_key
        self.spans_filter = spans_filter
        self.priority = tuple(priority)
        self._rank = {p: i for i, p in enumerate(self.priority)}
        self.qualified_tools = dict(DEFAULT_QUALIFIED_TOOLS) if qualify_tools else {}
        self.clear()
        if rules == "packaged":
            self.add_rules(load_context_rules())

    # -- rules -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Remove all cue rules."""
        self.rules: dict[str, ContextRule] = {}
        self.matcher = GatedMatcher(self.nlp.vocab, validate=True)
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")

    def add_rules(self, rules: Iterable[ContextRule | dict[str, Any]]) -> None:
        """Add cue rules (:class:`~resume_lens.nlp.rules.ContextRule` or their dict form).

        Raises
        ------
        RuleFileError
            On a duplicate id or an invalid rule dict.
        """
        phrases: list[tuple[str, str]] = []
        for rule in rules:
            if isinstance(rule, dict):
                try:
                    rule = parse_context_rule(rule)
                except (KeyError, ValueError) as e:
                    raise RuleFileError(f"context rule {rule.get('id')!r}: {e}") from e
            if rule.id in self.rules:
                raise RuleFileError(f"context rule {rule.id!r}: duplicate id")
            self.rules[rule.id] = rule
            if isinstance(rule.pattern, str):
                phrases.append((rule.id, rule.pattern))
            else:
                self.matcher.add(rule.id, [rule.pattern])
        for rule_id, text in phrases:
            self.phrase_matcher.add(rule_id, [self.nlp.make_doc(text)])

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        rules: Sequence[dict[str, Any]] | None = None,
    ) -> None:
        """Replace the cue rules with ``rules`` when given (``[initialize.components]`` hook)."""
        if rules is not None:
            self.clear()
            self.add_rules(rules)

    # -- processing --------------------------------------------------------------------------
    def _cues(self, doc: Doc) -> list[tuple[int, int, ContextRule]]:
        """The cues of ``doc`` as ``(start, end, rule)`` token offsets, sorted by start, end, rule id."""
        strings = self.nlp.vocab.strings
        matches: set[tuple[int, int, int]] = self.matcher.match_set(doc) if len(self.matcher) else set()
        if len(self.phrase_matcher):
            matches.update(self.phrase_matcher(doc))
        found = {(strings[m_id], start, end) for m_id, start, end in matches if end > start}
        rules = self.rules
        return [
            (start, end, rules[rule_id])
            for rule_id, start, end in sorted(found, key=lambda x: (x[1], x[2], x[0]))
        ]

    def __call__(self, doc: Doc) -> Doc:
        evidence = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        if not evidence:  # cues qualify evidence only: a line without evidence needs no cue search
            doc.spans[self.modifiers_key] = []
            doc.spans[self.spans_key] = []
            return doc
        cues = self._cues(doc)
        pseudo = [(start, end) for start, end, rule in cues if rule.direction == "pseudo"]
        active: list[tuple[int, int, ContextRule]] = []  # (start, end, rule) of the cues that can apply
        terminators: list[int] = []  # token indices inside terminate cues
        modifiers: list[Span] = []  # a Span only for the cues written to doc.spans
        for cue_start, cue_end, rule in cues:
            if rule.direction == "terminate":
                terminators.extend(range(cue_start, cue_end))
                continue
            modifiers.append(Span(doc, cue_start, cue_end, label=rule.label, span_id=rule.id))
            if rule.direction == "exclude" or (
                rule.direction != "pseudo"
                and not any(_cancels(start, end, cue_start, cue_end) for start, end in pseudo)
            ):
                active.append((cue_start, cue_end, rule))
        doc.spans[self.modifiers_key] = modifiers

        if self.spans_filter is not None:
            evidence = self.spans_filter(evidence)
        applies = self._applies
        # an "unless" label counts only when its own span stands: kept and asserted by the cues that have no
        # "unless" list ("would serve 1M users" does not make a "production-ready" beside it real; a review)
        plain = [(cue_start, cue_end, rule) for cue_start, cue_end, rule in active if not rule.unless]
        labels = {
            s.label_
            for s in evidence
            if not any(
                applies(cs, ce, rule, s.start, s.end, s.label_, set(), terminators) for cs, ce, rule in plain
            )
        }
        qualified: list[Span] = []
        for span in evidence:
            start, end, label = span.start, span.end, span.label_
            applied = [
                rule
                for cue_start, cue_end, rule in active
                if applies(cue_start, cue_end, rule, start, end, label, labels, terminators)
            ]
            if any(rule.direction == "exclude" for rule in applied):
                continue
            polarity = "asserted"
            if applied:
                polarity = min((r.polarity for r in applied), key=lambda p: self._rank.get(p, 99))
            if polarity != "asserted" and label in self.qualified_tools:
                span = Span(doc, start, end, label=self.qualified_tools[label], span_id=span.id_)
            extensions = span._  # one Underscore object for both attributes
            extensions.rl_polarity = polarity
            extensions.rl_cues = tuple(dict.fromkeys(r.id for r in applied))
            qualified.append(span)
        if self.spans_filter is not None:
            qualified = self.spans_filter(qualified)
        doc.spans[self.spans_key] = qualified
        return doc

    @staticmethod
    def _applies(
        cue_start: int,
        cue_end: int,
        rule: ContextRule,
        start: int,
        end: int,
        label: str,
        labels: set[str],
        terminators: list[int],
    ) -> bool:
        """Whether the cue at tokens ``[cue_start, cue_end)`` with ``rule`` applies to the evidence span at
        tokens ``[start, end)`` labelled ``label``; ``labels`` are the line's evidence labels and
        ``terminators`` the token indices inside terminate cues (see the class docstring)."""
        if rule.targets and not label.startswith(rule.targets):
            return False
        if rule.unless and labels.intersection(rule.unless):
            return False
        if cue_end <= start:  # cue before the span
            if rule.direction == "backward":
                return False
            lo, hi = cue_end, start
        elif end <= cue_start:  # cue after the span
            if rule.direction in ("forward", "exclude"):
                return False
            lo, hi = end, cue_start
        else:  # overlapping: the cue is part of the span's own words
            return True
        if rule.max_scope is not None and hi - lo > rule.max_scope:
            return False
        if rule.scope == "clause" and any(lo <= t < hi for t in terminators):
            return False
        return True

    # -- serialization (house convention 2) ---------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Write the cue rules to ``path/rules.jsonl``."""
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / _RULES_FILE, [r.to_dict() for r in self.rules.values()])

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> ContextComponent:
        """Replace the cue rules with those in ``path/rules.jsonl`` (validated like the packaged file)."""
        path = ensure_path(path)
        self.clear()
        self.add_rules(load_pattern_file(path / _RULES_FILE, kind="context"))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        """Serialize the cue rules."""
        return srsly.json_dumps([r.to_dict() for r in self.rules.values()]).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> ContextComponent:
        """Load cue rules serialized by :meth:`to_bytes`."""
        self.clear()
        self.add_rules(srsly.json_loads(data))
        return self


@Language.factory(
    "resume_lens_context",
    assigns=["doc.spans", "span._.rl_polarity", "span._.rl_cues"],
    default_config={
        "spans_key": EVIDENCE_KEY,
        "modifiers_key": MODIFIERS_KEY,
        "rules": "packaged",
        "spans_filter": {"@misc": "resume_lens.prefer_specific_production_spans.v2"},
        "priority": list(DEFAULT_PRIORITY),
        "qualify_tools": True,
    },
)
def make_context(
    nlp: Language,
    name: str,
    *,
    spans_key: str,
    modifiers_key: str,
    rules: str,
    spans_filter: Callable[[Iterable[Span]], list[Span]] | None,
    priority: list[str],
    qualify_tools: bool,
) -> ContextComponent:
    """Factory of :class:`ContextComponent` (registered as ``resume_lens_context``).

    Parameters
    ----------
    spans_key:
        ``doc.spans`` key holding the evidence spans to qualify (default ``"rl_evidence"``).
    modifiers_key:
        ``doc.spans`` key that receives the ``MOD.*`` cue spans (default ``"rl_modifiers"``).
    rules:
        ``"packaged"`` loads ``patterns/context.jsonl``; ``""`` starts empty (use ``initialize``).
    spans_filter:
        Applied to the evidence before polarity (default: same label, keep longest).
    priority:
        Polarity precedence when several cues apply.
    qualify_tools:
        Give a bare tool span whose polarity is not ``asserted`` its production label
        (:data:`DEFAULT_QUALIFIED_TOOLS`); ``False`` keeps every ``TOOL.*`` label.
    """
    return ContextComponent(
        nlp,
        name,
        spans_key=spans_key,
        modifiers_key=modifiers_key,
        rules=rules,
        spans_filter=spans_filter,
        priority=priority,
        qualify_tools=qualify_tools,
    )
