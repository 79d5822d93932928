"""A keyword-gated wrapper around spaCy's :class:`~spacy.matcher.Matcher` for large rule sets.

spaCy's ``Matcher`` tries every pattern at every token. With a few hundred evidence patterns whose first
token is an ``IN`` list, that costs a few hundred set look-ups per token even on a line that holds none of
the patterns' words, and tagging ran at about 400 lines per second (``bench/tagging_speed.py``).

Most patterns cannot match unless the line contains certain words: a token without an ``OP`` (or with
``+`` or ``{n,m}``, n ≥ 1) that constrains ``LOWER``/``ORTH``/``TEXT`` to one value or an ``IN`` list
*must* match some token. Those lower-cased word sets are the pattern's **gates**. :class:`GatedMatcher`
keeps one spaCy ``Matcher`` per pattern key and, for each ``Doc``, runs only the matchers whose every gate
meets the ``Doc``'s lower-cased words. Patterns without a gate (a ``REGEX``-only or shape-only token) always
run. A bounded pattern runs only on the tokens all its gates allow: a match holds one word of each gate, so
it lies within the pattern's reach of the first and the last of them in the ``Doc``; when those windows do
not overlap the pattern is not run at all. The gates are a necessary condition, so the matches are exactly
those of one ``Matcher`` holding all patterns; only the time changes.

It offers the subset of the ``Matcher`` API that :class:`spacy.pipeline.SpanRuler` uses (``add``,
``remove``, ``__call__``, ``__contains__``, ``__len__``), so it can stand in for the ruler's matcher.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = [
    "GatedMatcher",
    "direct_token",
    "gate_reach",
    "pattern_gates",
    "pattern_max_length",
    "pattern_min_length",
    "pattern_regex_gates",
]

_WORD_ATTRS = ("LOWER", "ORTH", "TEXT")
#: Token strings whose REGEX-gate test is remembered at most (the memo is emptied when full).
_MAX_REMEMBERED_STRINGS = 20_000
_REPEAT_RE = re.compile(r"^\{(\d*),?(\d*)\}$")
#: Sort key of ``(match_id, start, end)``: start, end, then match id (the order ``Matcher`` gives).
_START_END_KEY = itemgetter(1, 2, 0)
#: The reach of a gate on a side where the pattern is unbounded (longer than any Doc).
_UNBOUNDED = 1 << 40


def _common_words(words: frozenset[str]) -> int:
    """How many of ``words`` are English stop words (spaCy's list) or contain no letter."""
    return sum(1 for word in words if word in STOP_WORDS or not any(c.isalpha() for c in word))


def _is_mandatory(op: str | None) -> bool:
    """True when a token with this ``OP`` must match at least once."""
    if op is None or op in ("+", "1"):
        return True
    found = _REPEAT_RE.match(op)
    return bool(found and found.group(1) and int(found.group(1)) >= 1)


def _token_words(token: Mapping[str, Any]) -> frozenset[str] | None:
    """The lower-cased words one token spec accepts, or ``None`` when it is not a word constraint."""
    for key, value in token.items():
        if key.upper() not in _WORD_ATTRS:
            continue
        if isinstance(value, str):
            return frozenset({value.lower()})
        if isinstance(value, Mapping) and set(value) == {"IN"} and value["IN"]:
            return frozenset(str(v).lower() for v in value["IN"])
    return None


def direct_token(pattern: Sequence[Mapping[str, Any]]) -> tuple[str, frozenset[str]] | None:
    """``(attribute, values)`` when ``pattern`` is one token that only requires ``LOWER``, ``ORTH`` or
    ``TEXT`` to be one of ``values`` (such a pattern is matched by a look-up, without a ``Matcher``).

    >>> attribute, values = direct_token([{"ORTH": {"IN": [";", "."]}}])
    >>> attribute, sorted(values)
    ('ORTH', ['.', ';'])
    """
    if len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    ((key, value),) = pattern[0].items()
    attribute = key.upper()
    if attribute not in _WORD_ATTRS:
        return None
    if isinstance(value, str):
        values = frozenset({value})
    elif isinstance(value, Mapping) and set(value) == {"IN"} and value["IN"]:
        values = frozenset(str(v) for v in value["IN"])
    else:
        return None
    return ("LOWER" if attribute == "LOWER" else "ORTH"), values


def _op_bounds(op: str | None) -> tuple[int, int | None]:
    """``(fewest, most)`` tokens one token spec with this ``OP`` matches; ``most`` is ``None`` when
    unbounded (``*``, ``+``, ``{n,}``) or unknown (an unknown ``OP`` counts as matching none at least)."""
    if op in (None, "!", "1"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op in ("*", "+"):
        return (1 if op == "+" else 0), None
    found = _REPEAT_RE.match(op)
    if not found:
        return 0, None
    low = int(found.group(1) or 0)
    if "," not in op:
        return low, low
    return low, (int(found.group(2)) if found.group(2) else None)


def pattern_max_length(pattern: Sequence[Mapping[str, Any]]) -> int | None:
    """The most tokens ``pattern`` can match, or ``None`` when a ``*``, ``+`` or ``{n,}`` makes it unbounded.

    >>> pattern_max_length([{"LOWER": "a"}, {"OP": "{0,3}"}, {"LOWER": "b", "OP": "?"}])
    5
    """
    highs = [_op_bounds(token.get("OP"))[1] for token in pattern]
    return None if None in highs else sum(highs)  # type: ignore[arg-type]


def pattern_min_length(pattern: Sequence[Mapping[str, Any]]) -> int:
    """The fewest tokens a match of ``pattern`` holds (an unknown ``OP`` counts as none).

    >>> pattern_min_length([{"LOWER": "a"}, {"OP": "{0,3}"}, {"LOWER": "b", "OP": "+"}, {"OP": "{2,4}"}])
    4
    """
    return sum(_op_bounds(token.get("OP"))[0] for token in pattern)


def gate_reach(pattern: Sequence[Mapping[str, Any]], gate: frozenset[str]) -> tuple[int, int] | None:
    """How far a match of ``pattern`` can reach either side of a token whose word is in ``gate``.

    Returns ``(before, after)``: a match that contains such a token at position ``i`` lies within
    tokens ``i - before`` to ``i + after``. Only tokens that must match exactly once (no ``OP``) with
    ``gate`` as their word set anchor the match; ``None`` when there is none, or when the pattern is
    unbounded on either side of it.

    >>> gate_reach([{"LOWER": "a", "OP": "?"}, {"LOWER": "model"}, {"OP": "{0,3}"}], frozenset({"model"}))
    (1, 3)
    """
    return _reach(pattern, [_token_words(token) for token in pattern], gate, open_sides=False)


def _reach(
    pattern: Sequence[Mapping[str, Any]],
    words: Sequence[frozenset[str] | None],
    gate: frozenset[str],
    *,
    open_sides: bool,
) -> tuple[int, int] | None:
    """:func:`gate_reach` given each token's word set (``words``, from :func:`_token_words`, computed
    once per pattern); with ``open_sides`` an unbounded side counts as :data:`_UNBOUNDED` rather than
    giving ``None`` (``None`` still when both sides are unbounded or no token anchors the gate)."""
    reaches: list[tuple[int, int]] = []
    for k, token in enumerate(pattern):
        if words[k] != gate or token.get("OP") not in (None, "1"):
            continue
        before, after = pattern_max_length(pattern[:k]), pattern_max_length(pattern[k + 1 :])
        if not open_sides and (before is None or after is None):
            return None
        reaches.append((_UNBOUNDED if before is None else before, _UNBOUNDED if after is None else after))
    if not reaches:
        return None
    reach = max(b for b, _ in reaches), max(a for _, a in reaches)
    return None if reach == (_UNBOUNDED, _UNBOUNDED) else reach


def _open_gate_reach(pattern: Sequence[Mapping[str, Any]], gate: frozenset[str]) -> tuple[int, int] | None:
    """:func:`gate_reach` with an unbounded side as :data:`_UNBOUNDED` (``None`` when both sides are
    unbounded or no token anchors the gate): a list pattern that starts with the gate word cannot begin
    before it, however far it runs after it."""
    return _reach(pattern, [_token_words(token) for token in pattern], gate, open_sides=True)


def pattern_regex_gates(pattern: Sequence[Mapping[str, Any]]) -> tuple[tuple[str, bool], ...]:
    """Regular expressions a ``Doc``'s text must contain for ``pattern`` to match.

    For each mandatory token whose ``LOWER``, ``ORTH`` or ``TEXT`` is a ``REGEX``, the expression with
    its ``^``/``$`` anchors removed, and whether it applies to the lower-cased text (``LOWER``): a token
    that matches the anchored expression puts the unanchored one somewhere in the text.

    >>> pattern_regex_gates([{"LOWER": {"REGEX": "^p9[0-9]$"}}, {"LOWER": "ms", "OP": "?"}])
    (('p9[0-9]', True),)
    """
    gates = []
    for token in pattern:
        if not _is_mandatory(token.get("OP")):
            continue
        for key, value in token.items():
            if key.upper() in _WORD_ATTRS and isinstance(value, Mapping) and set(value) == {"REGEX"}:
                expression = str(value["REGEX"])
                if expression.startswith("^"):
                    expression = expression[1:]
                if expression.endswith("$") and not expression.endswith("\\$"):
                    expression = expression[:-1]
                gates.append((expression, key.upper() == "LOWER"))
    return tuple(gates)


def pattern_gates(pattern: Sequence[Mapping[str, Any]]) -> tuple[frozenset[str], ...]:
    """The word sets a ``Doc`` must meet (one word of each, lower-cased) for ``pattern`` to match.

    Parameters
    ----------
    pattern:
        A spaCy token pattern (list of token specs).

    Returns
    -------
    tuple of frozenset of str
        One set per mandatory word-constrained token, smallest first; empty when the pattern has none
        (it must then be tried on every ``Doc``).

    Examples
    --------
    >>> [sorted(g) for g in pattern_gates([{"LOWER": {"IN": ["deployed", "shipped"]}}, {"LOWER": "model"}])]
    [['model'], ['deployed', 'shipped']]
    """
    return _gates(pattern, [_token_words(token) for token in pattern])


def _gates(
    pattern: Sequence[Mapping[str, Any]], words: Sequence[frozenset[str] | None]
) -> tuple[frozenset[str], ...]:
    """:func:`pattern_gates` given each token's word set (``words``, from :func:`_token_words`)."""
    gates = {
        token_words
        for token, token_words in zip(pattern, words, strict=True)
        if token_words is not None and _is_mandatory(token.get("OP"))
    }
    return tuple(sorted(gates, key=lambda g: (len(g), sorted(g))))


class GatedMatcher:
    """Token-pattern matcher that runs only the patterns a ``Doc``'s words allow.

    Parameters
    ----------
    vocab:
        The pipeline's vocabulary.
    validate:
        Validate patterns against spaCy's schema when added.
    """

    def __init__(self, vocab: Vocab, validate: bool = True) -> None:
        self.vocab = vocab
        self.validate = validate
        self._matchers: dict[
            str,
            list[
                tuple[
                    Matcher,
                    tuple[frozenset[str], ...],
                    tuple[tuple[int, int] | None, ...],
                    tuple[tuple[str, bool], ...],
                    tuple[str, frozenset[str]] | None,
                    int,
                ]
            ],
        ] = {}
        self._index: dict[int, list[int]] | None = None

    def __len__(self) -> int:
        return len(self._matchers)

    def __contains__(self, key: str) -> bool:
        return key in self._matchers

    def add(self, key: str, patterns: Iterable[Sequence[Mapping[str, Any]]]) -> None:
        """Add token patterns under ``key`` (a string; match ids are its hash in ``vocab.strings``)."""
        entries = self._matchers.setdefault(key, [])
        for pattern in patterns:
            matcher = Matcher(self.vocab, validate=self.validate)
            matcher.add(key, [list(pattern)])
            words = [_token_words(token) for token in pattern]
            gates = _gates(pattern, words)
            # A pattern only needs the tokens its match can reach from each gate's words: ``gate_reach``
            # when that gate anchors one token, else max_length - 1 either side (the match holds one
            # of the gate's words and is at most max_length tokens long), else the one bounded side
            # of an anchoring token (an unbounded list still starts at or after its first word).
            max_length = pattern_max_length(pattern)
            reaches = []
            for gate in gates:
                reach = _reach(pattern, words, gate, open_sides=False)
                if reach is None and max_length is not None:
                    reach = (max_length - 1, max_length - 1)
                if reach is None:
                    reach = _reach(pattern, words, gate, open_sides=True)
                reaches.append(reach)
            entries.append(
                (
                    matcher,
                    gates,
                    tuple(reaches),
                    pattern_regex_gates(pattern),
                    direct_token(pattern),
                    pattern_min_length(pattern),
                )
            )
        self._index = None

    def remove(self, key: str) -> None:
        """Remove every pattern under ``key``; ``KeyError`` when there is none."""
        del self._matchers[key]
        self._index = None

    def _build_index(self) -> dict[int, list[int]]:
        # Permanent strings: the index may first be built inside a memory zone (tagging.tag_lines).
        strings = self.vocab.strings
        index: dict[int, list[int]] = defaultdict(list)
        # position → (matcher, windows, fewest tokens of a match): a window (gate number, before, after)
        # says that a match lies within ``before`` tokens before and ``after`` tokens after one of the
        # gate's words in the Doc (the match holds that word)
        self._entries: list[tuple[Matcher, tuple[tuple[int, int, int], ...], int]] = []
        self._gates: list[frozenset[int]] = []
        gate_numbers: dict[frozenset[int], int] = {}
        # one-token patterns matched by look-up: position → (on LOWER?, accepted hashes, match id, gate):
        # the gate holds the lower-cased forms of the accepted strings, which an ``ORTH`` match's
        # ``LOWER`` must be among
        self._direct: dict[int, tuple[bool, frozenset[int], int, frozenset[int]]] = {}
        self._always: list[int] = []
        self._text_gated: list[tuple[int, tuple[tuple[re.Pattern[str], bool], ...]]] = []
        self._gated_texts: dict[int, str] = {}
        self._plain_texts: set[int] = set()  # the keys of _gated_texts whose string holds no match
        # The gates after the first, as bits: a pattern's required bits, and each word's bits (the
        # gates it belongs to). A pattern passes when the words' bits cover its required bits.
        gate_bits: dict[frozenset[int], int] = {}
        word_bits: dict[int, int] = {}
        self._required: list[int] = []
        for key in sorted(self._matchers):
            for matcher, gates, reaches, regex_gates, direct, min_length in self._matchers[key]:
                position = len(self._entries)
                hashed = tuple(
                    frozenset(strings.add(word, allow_transient=False) for word in gate) for gate in gates
                )
                if direct is not None:
                    attribute, values = direct
                    accepted = frozenset(strings.add(v, allow_transient=False) for v in values)
                    key_id = strings.add(key, allow_transient=False)
                    self._direct[position] = (attribute == "LOWER", accepted, key_id, hashed[0])
                windows = []
                for gate, reach in zip(hashed, reaches, strict=True):
                    if reach is not None:
                        number = gate_numbers.setdefault(gate, len(gate_numbers))
                        if number == len(self._gates):
                            self._gates.append(gate)
                        windows.append((number, reach[0], reach[1]))
                self._entries.append((matcher, tuple(windows), max(1, min_length)))
                # The index holds one gate's words; the other gates become required bits. The index
                # gate is the smallest one without a common word (spaCy's English stop words and
                # punctuation: "to", "in", "-"), which far fewer lines hold.
                lead = min(
                    range(len(gates)), key=lambda k: (_common_words(gates[k]), len(gates[k]), k), default=0
                )
                required = 0
                for gate in hashed[:lead] + hashed[lead + 1 :]:
                    bit = gate_bits.setdefault(gate, 1 << len(gate_bits))
                    required |= bit
                    for word in gate:
                        word_bits[word] = word_bits.get(word, 0) | bit
                self._required.append(required)
                if not hashed and regex_gates:
                    compiled = tuple((re.compile(expression), lower) for expression, lower in regex_gates)
                    self._text_gated.append((position, compiled))
                elif not hashed:
                    self._always.append(position)
                else:
                    for word in hashed[lead]:
                        index[word].append(position)
        # word → (positions whose index gate holds it and that need no other gate, (position, required
        # bits) of those that do, bits of the later gates that hold it)
        required = self._required
        self._words = {
            word: (
                tuple(p for p in index.get(word, ()) if not required[p]),
                tuple((p, required[p]) for p in index.get(word, ()) if required[p]),
                word_bits.get(word, 0),
            )
            for word in set(index) | set(word_bits)
        }
        self._gate_words = frozenset(self._words)
        self._lower_text_gates = all(lower for _, gates in self._text_gated for _, lower in gates)
        # the REGEX-gated patterns that an empty text passes (most lines hold no REGEX gate's match)
        self._empty_text_passes = [
            position for position, gates in self._text_gated if all(g.search("") for g, _ in gates)
        ]
        self._index = dict(index)
        return self._index

    def candidates(self, words: set[int], text: str | None = None) -> list[int]:
        """Positions of the patterns whose every gate meets ``words`` (``LOWER`` hashes) and, for
        patterns gated by a regular expression only, whose expressions all occur in ``text`` (the
        ``Doc``'s text, or its distinct token texts joined by newlines; ``None`` runs those patterns
        unconditionally), in order."""
        return sorted(self._candidates(words, text))

    def _candidates(self, words: set[int], text: str | None) -> set[int]:
        """:meth:`candidates` as an unordered set."""
        if self._index is None:
            self._build_index()
        found = set(self._always)
        if self._text_gated and text == "":
            found.update(self._empty_text_passes)
        elif self._text_gated:
            lowered = text.lower() if text is not None else None
            for position, gates in self._text_gated:
                if text is None or all(
                    g.search(lowered if lower else text)
                    for g, lower in gates  # type: ignore[arg-type]
                ):
                    found.add(position)
        present = 0
        table = self._words
        pending: list[tuple[int, int]] = []  # (position, required bits) of patterns with later gates
        for word in words & self._gate_words:
            free, gated, bits = table[word]
            if free:
                found.update(free)
            if gated:
                pending.extend(gated)
            present |= bits
        if present:  # else only patterns with one gate can pass
            found.update(position for position, required in pending if required & present == required)
        return found

    def _gated_text(self, orth: int) -> str:
        """The string of ``orth`` when it contains a match of some REGEX gate, else ``""`` (memoised)."""
        found = self._gated_texts.get(orth)
        if found is None:
            text = self.vocab.strings[orth]
            lowered = text.lower()
            hit = any(
                g.search(lowered if lower else text) for _, gates in self._text_gated for g, lower in gates
            )
            found = text if hit else ""
            if len(self._gated_texts) >= _MAX_REMEMBERED_STRINGS:
                self._gated_texts.clear()
                self._plain_texts.clear()
            self._gated_texts[orth] = found
            if not found:
                self._plain_texts.add(orth)
        return found

    def _token_text(self, orths: Collection[int]) -> str:
        """The strings of ``orths`` that contain a match of some REGEX gate, joined by newlines."""
        if self._plain_texts.issuperset(orths):  # the usual line: every string is known to hold none
            return ""
        parts = list(map(self._gated_texts.get, orths))
        if None in parts:  # a string not seen before (or the memo was emptied): test each one
            parts = [self._gated_text(o) for o in orths]
        return "\n".join(filter(None, parts))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches as ``(match_id, start, end)`` token offsets, sorted, like ``Matcher(doc)``."""
        return sorted(self.match_set(doc), key=_START_END_KEY)

    def match_set(self, doc: Doc) -> set[tuple[int, int, int]]:
        """The matches of :meth:`__call__` as an unordered set, for callers that sort them their own way.

        A bounded pattern runs on the slice of ``doc`` its gates' words allow: for each gate, the
        tokens from ``before`` tokens before its first word in ``doc`` to ``after`` tokens after its
        last (no match can lie outside any of these windows), narrowed to the windows of the gate
        words inside the slice until it no longer shrinks; the pattern is skipped when the slice is
        shorter than its shortest match. The others run on the whole ``Doc``.
        """
        lowers = doc.to_array(LOWER).tolist()
        words = set(lowers)
        if self._index is None:
            self._build_index()
        # A REGEX gate comes from one token's whole text, so it occurs in the strings of the tokens that
        # contain one of the gates, joined by newlines (whether a token string contains one is
        # remembered per string); that costs far less than Doc.text, which builds a Token object per token.
        if self._text_gated and self._lower_text_gates:  # every REGEX gate is on LOWER: no ORTH needed
            orth_array = None
            token_text = self._token_text(words)
        elif self._text_gated:
            orth_array = doc.to_array(ORTH).tolist()
            token_text = self._token_text(set(orth_array))
        else:
            orth_array, token_text = None, ""
        positions = self._candidates(words, token_text)
        if not positions:
            return set()
        entries = self._entries
        gates = self._gates
        length = len(lowers)
        occurrences: dict[int, list[int]] = {}  # gate number → token indices of its words, ascending
        matches: set[tuple[int, int, int]] = set()
        direct = self._direct
        for position in positions:
            if position in direct:
                on_lower, accepted, key_id, gate = direct[position]
                if on_lower:
                    if not accepted.isdisjoint(words):
                        matches.update((key_id, i, i + 1) for i, v in enumerate(lowers) if v in accepted)
                else:  # the ORTH array is read once per Doc, when the first such pattern needs it
                    if orth_array is None:
                        orth_array = doc.to_array(ORTH).tolist()
                    matches.update((key_id, i, i + 1) for i, v in enumerate(orth_array) if v in accepted)
                continue
            matcher, windows, min_length = entries[position]
            lo, hi = 0, length
            for number, before, after in windows:
                at = occurrences.get(number)
                if at is None:
                    gate = gates[number]
                    at = occurrences[number] = [i for i, word in enumerate(lowers) if word in gate]
                if at[0] - before > lo:
                    lo = at[0] - before
                if at[-1] + after + 1 < hi:
                    hi = at[-1] + after + 1
            # A match holds one word of each gate inside [lo, hi): narrow to those words' windows
            # until nothing changes (one gate's words are all inside its own window already).
            while hi - lo >= min_length and len(windows) > 1:
                new_lo, new_hi = lo, hi
                for number, before, after in windows:
                    at = occurrences[number]
                    j, k = bisect_left(at, lo), bisect_left(at, hi) - 1
                    if j > k:  # none of this gate's words is left: no match
                        new_hi = new_lo
                        break
                    if at[j] - before > new_lo:
                        new_lo = at[j] - before
                    if at[k] + after + 1 < new_hi:
                        new_hi = at[k] + after + 1
                if (new_lo, new_hi) == (lo, hi):
                    break
                lo, hi = new_lo, new_hi
            if hi - lo < min_length:  # too few tokens for a match
                continue
            if hi - lo < length:
                found = matcher(doc[lo:hi])
                if found:
                    matches.update((key, lo + start, lo + end) for key, start, end in found)
            else:
                matches.update(matcher(doc))
        return matches
