"""The keyword-gated matcher returns exactly what one spaCy ``Matcher`` with all patterns returns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from resume_lens.nlp.gated import (
    GatedMatcher,
    direct_token,
    gate_reach,
    pattern_gates,
    pattern_max_length,
    pattern_regex_gates,
)
from resume_lens.nlp.rules import load_context_rules, load_evidence_patterns
from resume_lens.nlp.tokenizer import customize_tokenizer

GOLD = Path(__file__).resolve().parent.parent / "corpora" / "evidence_lines.jsonl"


def test_pattern_gates_are_the_mandatory_word_sets_smallest_first():
    pattern = [
        {"LOWER": {"IN": ["deployed", "shipped"]}},
        {"LOWER": {"NOT_IN": ["."]}, "OP": "{0,4}"},
        {"LOWER": "the", "OP": "?"},
        {"ORTH": "Model"},
        {"LIKE_NUM": True},
        {"LOWER": {"IN": ["k", "m"]}, "OP": "+"},
    ]
    assert pattern_gates(pattern) == (
        frozenset({"model"}),
        frozenset({"deployed", "shipped"}),
        frozenset({"k", "m"}),
    )
    assert pattern_gates([{"LOWER": {"REGEX": "^p9\\d$"}}]) == ()
    assert pattern_gates([{"LOWER": "a", "OP": "*"}, {"LOWER": "b", "OP": "{1,3}"}]) == (frozenset({"b"}),)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ([{"LOWER": "a"}], 1),
        ([{"LOWER": "a"}, {"OP": "?"}, {"LOWER": "b", "OP": "!"}], 3),
        ([{"LOWER": "a"}, {"OP": "{0,8}"}, {"LOWER": "b", "OP": "{2}"}], 11),
        ([{"LOWER": "a"}, {"OP": "*"}], None),
        ([{"LOWER": "a", "OP": "+"}], None),
        ([{"LOWER": "a", "OP": "{2,}"}], None),
    ],
)
def test_pattern_max_length(pattern, expected):
    assert pattern_max_length(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "gate", "expected"),
    [
        # the gate word is the first token: nothing before it, up to 2 + 1 tokens after
        ([{"LOWER": "deployed"}, {"OP": "{0,2}"}, {"LOWER": "model"}], {"deployed"}, (0, 3)),
        # in the middle, after an optional token
        ([{"LOWER": "a", "OP": "?"}, {"LOWER": "model"}, {"OP": "{0,3}"}], {"model"}, (1, 3)),
        # the gate appears twice: the widest reach either side
        ([{"LOWER": "x"}, {"LOWER": "y"}, {"LOWER": "x"}], {"x"}, (2, 2)),
        # unbounded after the gate, or the gate token may repeat: no anchor
        ([{"LOWER": "model"}, {"OP": "*"}], {"model"}, None),
        ([{"LOWER": "model", "OP": "+"}], {"model"}, None),
        ([{"LOWER": "other"}], {"model"}, None),
    ],
)
def test_gate_reach(pattern, gate, expected):
    assert gate_reach(pattern, frozenset(gate)) == expected


def test_small_example_gates_and_windows():
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab)
    gated.add("DEPLOY", [[{"LOWER": "deployed"}, {"OP": "{0,2}"}, {"LOWER": "model"}]])
    gated.add("SERVE", [[{"LOWER": "served"}, {"LOWER": "model", "OP": "?"}]])
    doc = nlp("We trained a model. Later we deployed the model and deployed a new model again")
    ids = {nlp.vocab.strings["DEPLOY"]: "DEPLOY", nlp.vocab.strings["SERVE"]: "SERVE"}
    assert [(ids[m], doc[s:e].text) for m, s, e in gated(doc)] == [
        ("DEPLOY", "deployed the model"),
        ("DEPLOY", "deployed a new model"),
    ]
    assert len(gated) == 2 and "SERVE" in gated
    gated.remove("DEPLOY")
    assert gated(doc) == [] and "DEPLOY" not in gated


def test_same_matches_as_one_matcher_on_the_packaged_rules():
    """Every packaged token pattern (evidence and context cues) over the dev gold lines."""
    nlp = customize_tokenizer(spacy.blank("en"))
    patterns = [(p["id"], p["pattern"]) for p in load_evidence_patterns() if isinstance(p["pattern"], list)]
    patterns += [(r.id, r.pattern) for r in load_context_rules() if isinstance(r.pattern, list)]
    plain, gated = Matcher(nlp.vocab), GatedMatcher(nlp.vocab)
    for key, pattern in patterns:
        plain.add(key, [pattern])
        gated.add(key, [pattern])
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in records if r["split"] == "dev"]
    texts += ["", "deployed", "Deployed the ranking model to production at 2k QPS with drift alerts; " * 20]
    compared = 0
    for doc in nlp.tokenizer.pipe(texts):
        expected = sorted(plain(doc), key=lambda m: (m[1], m[2], m[0]))
        assert gated(doc) == expected, doc.text
        compared += len(expected)
    assert compared > 1000


def test_regex_only_patterns_are_gated_by_the_text():
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab)
    gated.add("AT_K", [[{"LOWER": {"REGEX": "^recall@[0-9]+$"}}]])
    assert pattern_regex_gates([{"LOWER": {"REGEX": "^recall@[0-9]+$"}}]) == (("recall@[0-9]+", True),)
    hit, miss = nlp("Recall@5 of 0.87"), nlp("no metric here")
    assert gated.candidates(set(), hit.text) == [0] and gated.candidates(set(), miss.text) == []
    assert [(s, e) for _, s, e in gated(hit)] == [(0, 1)] and gated(miss) == []
    # the per-string memo answers the second time as the first
    assert [(s, e) for _, s, e in gated(nlp("recall@5 and Recall@5"))] == [(0, 1), (2, 3)]
    assert [(s, e) for _, s, e in gated(nlp("recall@5 and Recall@5"))] == [(0, 1), (2, 3)]


def test_one_token_patterns_are_matched_by_look_up():
    assert direct_token([{"ORTH": {"IN": [";", "."]}}]) == ("ORTH", frozenset({";", "."}))
    assert direct_token([{"LOWER": "but"}]) == ("LOWER", frozenset({"but"}))
    assert direct_token([{"LOWER": "but", "OP": "?"}]) is None
    assert direct_token([{"LOWER": "a"}, {"LOWER": "b"}]) is None
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab)
    gated.add("PUNCT", [[{"ORTH": {"IN": [";", "."]}}]])
    gated.add("BUT", [[{"LOWER": "but"}]])
    doc = nlp("Shipped it; But not the A/B test.")
    ids = {nlp.vocab.strings["PUNCT"]: "PUNCT", nlp.vocab.strings["BUT"]: "BUT"}
    assert [(ids[m], s, e) for m, s, e in gated(doc)] == [("PUNCT", 2, 3), ("BUT", 3, 4), ("PUNCT", 10, 11)]


def test_an_empty_text_passes_only_the_regex_gates_that_match_an_empty_string():
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab)
    gated.add("ANY_X", [[{"LOWER": {"REGEX": "^x*$"}}]])  # gate "x*" matches "": position 0
    gated.add("AT_K", [[{"LOWER": {"REGEX": "^recall@\\d+$"}}]])  # gate "recall@\d+": position 1
    assert gated.candidates(set(), "") == [0]
    assert gated.candidates(set(), "recall@5") == [0, 1]
    assert gated.candidates(set(), None) == [0, 1]
    assert [(s, e) for _, s, e in gated(nlp("xx and recall@10"))] == [(0, 1), (2, 3)]


def test_the_regex_gate_memo_gives_the_same_matches_when_it_is_emptied(monkeypatch):
    import resume_lens.nlp.gated as gated_module

    monkeypatch.setattr(gated_module, "_MAX_REMEMBERED_STRINGS", 2)  # emptied every few strings
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab)
    gated.add("AT_K", [[{"LOWER": {"REGEX": "^recall@\\d+$"}}]])
    for _ in range(3):
        assert gated(nlp("plain words only")) == []
        assert [(s, e) for _, s, e in gated(nlp("a recall@5 b"))] == [(1, 2)]
        assert gated(nlp("words")) == []


def test_a_one_token_orth_pattern_matches_only_the_exact_case():
    # ORTH look-ups read the ORTH of just the tokens whose lower-cased form is in the gate
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab)
    gated.add("CLOUD", [[{"ORTH": {"IN": ["AWS", "GCP"]}}]])
    doc = nlp("aws and AWS, Aws GCP")
    assert [(s, e) for _, s, e in gated(doc)] == [(2, 3), (5, 6)]
    plain = Matcher(nlp.vocab)
    plain.add("CLOUD", [[{"ORTH": {"IN": ["AWS", "GCP"]}}]])
    assert gated(doc) == plain(doc)
    cloud = nlp.vocab.strings["CLOUD"]
    assert gated.match_set(doc) == {(cloud, 2, 3), (cloud, 5, 6)}  # the same matches, unordered
    assert gated(nlp("aws and gcp")) == [] and gated.match_set(nlp("aws and gcp")) == set()


def test_gated_span_ruler_match_equals_the_stock_span_ruler_match():
    """Same spans in the same order as ``SpanRuler.match`` (which builds, deduplicates and sorts Spans)."""
    from spacy.pipeline.span_ruler import SpanRuler

    from resume_lens.nlp import build_pipeline

    nlp = build_pipeline()
    ruler = nlp.get_pipe(nlp.pipe_names[0])
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    compared = 0
    for doc in nlp.tokenizer.pipe(r["text"] for r in records if r["split"] == "dev"):
        ours = [(s.start, s.end, s.label_, s.id_) for s in ruler.match(doc)]
        stock = [(s.start, s.end, s.label_, s.id_) for s in SpanRuler.match(ruler, doc)]
        assert ours == stock, doc.text
        compared += len(ours)
    assert compared > 2000
