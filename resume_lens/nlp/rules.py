"""Loading and strict validation of the JSONL rule files under ``resume_lens/nlp/patterns``.

Two kinds of file live there (see ``patterns/README.md``):

* **evidence pattern files** (every ``*.jsonl`` except ``context.jsonl``): one spaCy ``SpanRuler``
  pattern per line with exactly the keys ``label``, ``id`` and ``pattern`` (house convention 2);
* **the context rule file** ``context.jsonl``: ConText-style cue rules (evidence taxonomy §6) with
  ``label``, ``id``, ``pattern``, ``direction`` and, depending on the direction, ``polarity``,
  ``scope``, ``max_scope``, ``targets`` and ``unless``.

Validation is strict (house convention 3): a line that is not a JSON object, an unknown or missing
key, an empty or duplicate ``id``, a label outside the namespaces, a token pattern spaCy's schema
rejects, or a regular expression that does not compile raises :class:`~resume_lens.errors.RuleFileError`
naming the file, the 1-based line number and the reason. Files are read with :mod:`importlib.resources`
so they are found inside an installed wheel (house convention 6).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from spacy.schemas import validate_token_pattern

from ..errors import RuleFileError
from ..evidence import POLARITIES

__all__ = [
    "EVIDENCE_KEYS",
    "CONTEXT_KEYS",
    "CONTEXT_FILE",
    "DIRECTIONS",
    "ContextRule",
    "packaged_pattern_files",
    "load_pattern_file",
    "load_evidence_patterns",
    "load_context_rules",
    "parse_context_rule",
]

#: Keys allowed (and required) in an evidence pattern line.
EVIDENCE_KEYS = frozenset({"label", "id", "pattern"})
#: Keys allowed in a context rule line; ``label``, ``id``, ``pattern`` and ``direction`` are required.
CONTEXT_KEYS = frozenset(
    {"label", "id", "pattern", "direction", "polarity", "scope", "max_scope", "targets", "unless"}
)
CONTEXT_FILE = "context.jsonl"
#: ``forward``: the cue scopes over evidence after it (or overlapping it); ``backward``: over evidence
#: before it; ``both``; ``pseudo``: a look-alike that cancels cues it overlaps ("zero-downtime",
#: "without manual intervention"); ``terminate``: ends a clause ("but", ";").
DIRECTIONS = ("forward", "backward", "both", "pseudo", "terminate", "exclude")
SCOPES = ("clause", "line")

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_EVIDENCE_LABEL_RE = re.compile(r"^(PROD|MEAS|FOUND|NB|LLM|RES|TOOL)\.[A-Z][A-Z0-9_]*$")
_CONTEXT_LABEL_RE = re.compile(r"^MOD\.[A-Z][A-Z0-9_]*$")
_NON_ASSERTED = tuple(p for p in POLARITIES if p != "asserted")

Source = str | Path | Traversable


@dataclass(frozen=True)
class ContextRule:
    """One context cue rule (evidence taxonomy §6; medspaCy ConTextRule in spirit).

    Attributes
    ----------
    label, id, pattern:
        As in an evidence pattern; ``label`` is a ``MOD.*`` label.
    direction:
        One of :data:`DIRECTIONS`.
    polarity:
        The polarity the cue gives to evidence in its scope (one of the non-``asserted``
        :data:`~resume_lens.evidence.POLARITIES`); ``None`` for ``pseudo``, ``terminate`` and ``exclude``
        rules (an ``exclude`` cue removes the evidence spans it reaches, looking forward: "interviewed 30
        caseworkers" names people acted on, not users served).
    scope:
        ``"clause"`` (default: up to a terminator) or ``"line"`` (the whole line, e.g. demo hosts).
    max_scope:
        Largest gap in tokens between cue and evidence, or ``None`` for the whole scope.
    targets:
        Label prefixes the cue applies to (``("PROD.", "TOOL.")``); empty means every label.
    unless:
        Evidence labels whose presence anywhere in the line cancels the cue (``MEAS.USERS`` cancels a
        demo cue, taxonomy N10).
    """

    label: str
    id: str
    pattern: str | list[dict[str, Any]]
    direction: str
    polarity: str | None = None
    scope: str = "clause"
    max_scope: int | None = None
    targets: tuple[str, ...] = field(default_factory=tuple)
    unless: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """The rule as one JSONL object without default values (read back by :func:`parse_context_rule`)."""
        out: dict[str, Any] = {"label": self.label, "id": self.id, "pattern": self.pattern}
        out["direction"] = self.direction
        if self.polarity is not None:
            out["polarity"] = self.polarity
        if self.scope != "clause":
            out["scope"] = self.scope
        if self.max_scope is not None:
            out["max_scope"] = self.max_scope
        if self.targets:
            out["targets"] = list(self.targets)
        if self.unless:
            out["unless"] = list(self.unless)
        return out


def _patterns_dir() -> Traversable:
    return resources.files("resume_lens.nlp").joinpath("patterns")


def packaged_pattern_files() -> list[Traversable]:
    """The evidence pattern files shipped in the package, sorted by name (``context.jsonl`` excluded)."""
    return sorted(
        (p for p in _patterns_dir().iterdir() if p.name.endswith(".jsonl") and p.name != CONTEXT_FILE),
        key=lambda p: p.name,
    )


def _name(source: Source) -> str:
    if isinstance(source, str | Path):
        return str(source)
    return getattr(source, "name", str(source))


def _read_lines(source: Source) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, text)`` for the non-blank lines of a file (1-based numbers)."""
    if isinstance(source, str):
        source = Path(source)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RuleFileError(f"{_name(source)}: cannot read the rule file ({e})") from e
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def _check_regexes(node: Any) -> None:
    """Compile every ``REGEX`` value in a token pattern; raise ``ValueError`` with the bad one."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key.upper() == "REGEX" and isinstance(value, str):
                try:
                    re.compile(value)
                except re.error as e:
                    raise ValueError(f"invalid REGEX {value!r}: {e}") from e
            else:
                _check_regexes(value)
    elif isinstance(node, list):
        for item in node:
            _check_regexes(item)


def _validate_pattern(pattern: Any) -> str | None:
    """Return a reason string when ``pattern`` is not a valid phrase or token pattern, else ``None``."""
    if isinstance(pattern, str):
        return None if pattern.strip() else "empty phrase pattern"
    if not isinstance(pattern, list) or not pattern:
        return "pattern must be a non-empty string (phrase) or a non-empty list of token dicts"
    errors = validate_token_pattern(pattern)
    if errors:
        return "; ".join(errors)
    try:
        _check_regexes(pattern)
    except ValueError as e:
        return str(e)
    return None


def load_pattern_file(
    source: Source,
    *,
    kind: str = "evidence",
    seen_ids: dict[str, str] | None = None,
    check_patterns: bool = True,
) -> list[dict[str, Any]]:
    """Read and validate one JSONL rule file.

    Parameters
    ----------
    source:
        A path or an :mod:`importlib.resources` traversable.
    kind:
        ``"evidence"`` (keys exactly ``label``, ``id``, ``pattern``; labels ``PROD.*``, ``MEAS.*``,
        ``NB.*``, ``LLM.*``, ``RES.*`` or ``TOOL.*``) or ``"context"`` (see :data:`CONTEXT_KEYS`;
        labels ``MOD.*``).
    seen_ids:
        Ids already loaded from other files (id → ``file:line``); updated in place so that ids are
        unique across a whole rule set.
    check_patterns:
        Check each pattern against spaCy's token-pattern schema and compile its ``REGEX`` values.
        The packaged files skip it (their tests check them; it is a quarter of a second of every cold
        start); any other file is checked.

    Returns
    -------
    list of dict
        The pattern dicts in file order.

    Raises
    ------
    RuleFileError
        ``"<file>:<line>: <reason>"`` for the first bad line.
    """
    if kind not in ("evidence", "context"):
        raise ValueError(f"kind must be 'evidence' or 'context', not {kind!r}")
    name = _name(source)
    seen = {} if seen_ids is None else seen_ids
    allowed = EVIDENCE_KEYS if kind == "evidence" else CONTEXT_KEYS
    required = EVIDENCE_KEYS if kind == "evidence" else EVIDENCE_KEYS | {"direction"}
    label_re = _EVIDENCE_LABEL_RE if kind == "evidence" else _CONTEXT_LABEL_RE
    out: list[dict[str, Any]] = []
    for number, line in _read_lines(source):
        where = f"{name}:{number}"

        def fail(reason: str, where: str = where) -> RuleFileError:
            return RuleFileError(f"{where}: {reason}")

        try:
            entry = json.loads(line)
        except json.JSONDecodeError as e:
            raise fail(f"invalid JSON ({e.msg} at column {e.colno})") from e
        if not isinstance(entry, dict):
            raise fail("each line must be a JSON object")
        unknown = sorted(set(entry) - allowed)
        if unknown:
            raise fail(f"unknown key(s) {unknown}; allowed: {sorted(allowed)}")
        missing = sorted(required - set(entry))
        if missing:
            raise fail(f"missing key(s) {missing}")
        rule_id = entry["id"]
        if not isinstance(rule_id, str) or not _ID_RE.match(rule_id):
            raise fail(f"id {rule_id!r} must be a non-empty lower_snake_case string")
        if rule_id in seen:
            raise fail(f"duplicate id {rule_id!r} (first defined at {seen[rule_id]})")
        label = entry["label"]
        if not isinstance(label, str) or not label_re.match(label):
            raise fail(f"label {label!r} does not match {label_re.pattern}")
        reason = _validate_pattern(entry["pattern"]) if check_patterns else None
        if reason:
            raise fail(f"malformed pattern for id {rule_id!r}: {reason}")
        if kind == "context":
            try:
                parse_context_rule(entry)
            except ValueError as e:
                raise fail(f"bad context rule {rule_id!r}: {e}") from e
        seen[rule_id] = where
        out.append(entry)
    return out


def load_evidence_patterns(sources: Iterable[Source] | None = None) -> list[dict[str, Any]]:
    """Load every evidence pattern file, with ids checked for uniqueness across files.

    Parameters
    ----------
    sources:
        Files to read, each pattern checked against spaCy's schema; default: the packaged files
        (:func:`packaged_pattern_files`), whose patterns the test suite checks instead.

    Returns
    -------
    list of dict
        ``{"label", "id", "pattern"}`` dicts ready for ``SpanRuler.add_patterns``.

    Raises
    ------
    RuleFileError
        On the first malformed line of any file.
    """
    seen: dict[str, str] = {}
    patterns: list[dict[str, Any]] = []
    for source in packaged_pattern_files() if sources is None else sources:
        patterns.extend(
            load_pattern_file(source, kind="evidence", seen_ids=seen, check_patterns=sources is not None)
        )
    return patterns


def parse_context_rule(entry: dict[str, Any]) -> ContextRule:
    """Build a :class:`ContextRule` from one JSON object; raise ``ValueError`` with the reason."""
    unknown = sorted(set(entry) - CONTEXT_KEYS)
    if unknown:
        raise ValueError(f"unknown key(s) {unknown}")
    direction = entry.get("direction")
    if direction not in DIRECTIONS:
        raise ValueError(f"direction {direction!r} must be one of {list(DIRECTIONS)}")
    polarity = entry.get("polarity")
    if direction in ("pseudo", "terminate", "exclude"):
        if polarity is not None:
            raise ValueError(f"a {direction} rule takes no polarity")
    elif polarity not in _NON_ASSERTED:
        raise ValueError(f"polarity {polarity!r} must be one of {list(_NON_ASSERTED)}")
    scope = entry.get("scope", "clause")
    if scope not in SCOPES:
        raise ValueError(f"scope {scope!r} must be one of {list(SCOPES)}")
    max_scope = entry.get("max_scope")
    bad_scope = isinstance(max_scope, bool) or not isinstance(max_scope, int) or max_scope < 0
    if max_scope is not None and bad_scope:
        raise ValueError(f"max_scope {max_scope!r} must be a non-negative integer")
    targets = entry.get("targets", [])
    unless = entry.get("unless", [])
    for key, value in (("targets", targets), ("unless", unless)):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"{key} must be a list of non-empty strings")
    if direction == "exclude" and not targets:
        raise ValueError("an exclude rule needs targets (the evidence labels it removes)")
    return ContextRule(
        label=entry["label"],
        id=entry["id"],
        pattern=entry["pattern"],
        direction=direction,
        polarity=polarity,
        scope=scope,
        max_scope=max_scope,
        targets=tuple(targets),
        unless=tuple(unless),
    )


def load_context_rules(source: Source | None = None) -> list[ContextRule]:
    """Load and validate the context rule file (default: the packaged ``context.jsonl``).

    Raises
    ------
    RuleFileError
        On the first malformed line.
    """
    src = _patterns_dir().joinpath(CONTEXT_FILE) if source is None else source
    return [
        parse_context_rule(e)
        for e in load_pattern_file(src, kind="context", check_patterns=source is not None)
    ]
