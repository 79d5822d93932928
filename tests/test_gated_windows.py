"""A gated pattern runs only where all its gates' words allow a match, with unchanged matches."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher

from resume_lens.nlp.gated import GatedMatcher, pattern_min_length

# "deployed", at most two tokens, then "model": each gate word anchors the match (reach (0, 3) from
# "deployed", (3, 0) from "model").
PATTERN = [{"LOWER": "deployed"}, {"OP": "{0,2}"}, {"LOWER": "model"}]


class _CountingMatcher:
    """Wraps a spaCy ``Matcher`` and records the token span of every ``Doc``/``Span`` it is run on."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self.calls: list[tuple[int, int]] = []

    def __call__(self, doclike):
        start = getattr(doclike, "start", 0)
        self.calls.append((start, start + len(doclike)))
        return self.matcher(doclike)


def _gated_with_counter(nlp):
    gated = GatedMatcher(nlp.vocab)
    gated.add("DEPLOY", [PATTERN])
    gated._build_index()
    counter = _CountingMatcher(gated._entries[0][0])
    gated._entries[0] = (counter, *gated._entries[0][1:])
    return gated, counter


def test_pattern_is_not_run_when_its_gate_words_are_too_far_apart():
    nlp = spacy.blank("en")
    gated, counter = _gated_with_counter(nlp)
    doc = nlp("model training was done before we deployed it")  # "model" at 0, "deployed" at 6
    assert gated(doc) == []
    assert counter.calls == []


def test_pattern_runs_on_the_overlap_of_its_gate_windows():
    nlp = spacy.blank("en")
    gated, counter = _gated_with_counter(nlp)
    # tokens: 0 We 1 deployed 2 the 3 new 4 model 5 to 6 production 7 and 8 more 9 text
    doc = nlp("We deployed the new model to production and more text")
    deploy = nlp.vocab.strings["DEPLOY"]
    assert gated(doc) == [(deploy, 1, 5)]
    # "deployed" at 1 allows tokens 1..4, "model" at 4 allows tokens 1..4: one run on doc[1:5]
    assert counter.calls == [(1, 5)]


def test_gate_words_outside_the_other_gates_windows_do_not_count():
    nlp = spacy.blank("en")
    gated, counter = _gated_with_counter(nlp)
    # "deployed" at 0 and 6, "model" at 5: the hulls overlap on tokens 2..5, but no "deployed" lies
    # there, so no match can ("model deployed" is the wrong order, 0 → 5 too far)
    doc = nlp("deployed a b c d model deployed")
    assert gated(doc) == []
    assert counter.calls == []


def test_an_unbounded_list_runs_from_its_first_word_on():
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab)
    # a list that starts with "pandas" and runs on: unbounded after the gate word, nothing before it
    gated.add("LIST", [[{"LOWER": "pandas"}, {"LOWER": {"IN": [",", "and"]}}, {"OP": "+"}]])
    gated._build_index()
    counter = _CountingMatcher(gated._entries[0][0])
    gated._entries[0] = (counter, *gated._entries[0][1:])
    doc = nlp("Skills used daily: pandas, numpy and scipy")  # "pandas" at 4, 9 tokens
    found = [(s, e) for _, s, e in gated(doc)]
    assert (4, 9) in found and all(s == 4 for s, _ in found)
    assert counter.calls == [(4, 9)]


def test_pattern_min_length():
    assert pattern_min_length(PATTERN) == 2
    assert pattern_min_length([{"LOWER": "a", "OP": "?"}, {"OP": "*"}]) == 0
    assert pattern_min_length([{"LOWER": "a", "OP": "!"}, {"OP": "{3}"}, {"OP": "{2,}"}]) == 6


def test_windows_give_the_matches_of_one_plain_matcher():
    nlp = spacy.blank("en")
    plain, gated = Matcher(nlp.vocab), GatedMatcher(nlp.vocab)
    patterns = {
        "DEPLOY": PATTERN,
        "SERVE": [
            {"LOWER": {"IN": ["served", "serving"]}},
            {"OP": "{0,3}"},
            {"LOWER": "behind"},
            {"OP": "?"},
        ],
        "OPEN": [{"LOWER": "model"}, {"OP": "*"}, {"LOWER": "api"}],
    }
    for key, pattern in patterns.items():
        plain.add(key, [pattern])
        gated.add(key, [pattern])
    texts = [
        "deployed model; model deployed; deployed a b model deployed c model",
        "model deployed the x y z model",
        "serving it behind an API, then the model was served behind nginx and the api",
        "behind the scenes we were serving nothing, model without api",
    ]
    for doc in nlp.pipe(texts):
        assert gated(doc) == sorted(plain(doc), key=lambda m: (m[1], m[2], m[0])), doc.text
