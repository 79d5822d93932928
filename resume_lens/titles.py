"""Job titles → title family, seniority and whether the title is an ML-engineer-family claim.

The rules are data: ``resume_lens/data/title_families.json`` (its ``_doc`` key describes the format).
Which titles are claims follows rubric §1 exactly; variants, levels and collisions follow taxonomy
§5.1–§5.11. The first family (in file order) with a matching rule wins, so a combined title such as
"Data Scientist / ML Engineer" is ``ml_engineer`` (taxonomy §5.7).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from resume_lens.errors import RuleFileError
from resume_lens.rule_files import check_top_keys, read_rule_file

__all__ = [
    "FAMILIES",
    "MENTION_CONTEXTS",
    "TitleMatch",
    "TitleRules",
    "classify_title",
    "find_placeholder_title",
    "find_titles",
    "has_role_word",
    "is_award_entry",
    "is_not_a_title",
    "is_project_entry",
    "is_wrapped_title",
    "load_title_rules",
]

#: Every family :func:`classify_title` can return (design sketch step 3, plus ``student``).
FAMILIES = (
    "ml_engineer",
    "mlops_engineer",
    "ai_engineer",
    "applied_scientist",
    "data_scientist",
    "data_analyst",
    "data_engineer",
    "software_engineer",
    "research_scientist",
    "student",
    "other",
)

_TITLE_FILE = "title_families.json"
_TOP_KEYS = {
    "_doc",
    "version",
    "macros",
    "claim_families",
    "not_a_claim",
    "seniority",
    "prefix_words",
    "role_words",
    "placeholder_titles",
    "not_a_title",
    "project_entry",
    "award_entry",
    "mention_context",
    "wrapped_title",
    "families",
}
_RULE_KEYS = {"id", "pattern", "case_sensitive", "note"}
#: The entries of ``wrapped_title``, both required (see the ``_doc`` of ``title_families.json``).
WRAPPED_TITLE_PARTS = ("line_end", "next_line_start")
#: The entries of ``mention_context``, all required (see the ``_doc`` of ``title_families.json``).
MENTION_CONTEXTS = (
    "sentence_start",
    "self_assignment",
    "others_before",
    "sought_after",
    "former_before",
    "former_after",
    "future_before",
    "future_after",
    "intern_after",
    "title_label",
)
_MACRO_RE = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True)
class TitleMatch:
    """The reading of one title.

    Attributes
    ----------
    family:
        One of :data:`FAMILIES`.
    seniority:
        ``intern``, ``junior``, ``mid``, ``senior``, ``lead``, ``staff``, ``principal``, ``manager``,
        ``director``, ``head`` or ``None`` (taxonomy §5.6).
    is_ml_claim:
        Whether the title is an ML-engineer-family claim (rubric §1).
    rule_id:
        The stable id of the rule that decided (``None`` when no rule matched).
    start, end:
        Character offsets of the matched title words in the string that was read, end-exclusive
        (``0, 0`` when nothing matched).
    """

    family: str
    seniority: str | None
    is_ml_claim: bool
    rule_id: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class _Rule:
    id: str
    family: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class TitleRules:
    """The compiled contents of ``title_families.json``."""

    rules: tuple[_Rule, ...]
    claim_families: frozenset[str]
    not_a_claim: tuple[tuple[str, re.Pattern[str]], ...]
    seniority: tuple[tuple[str, re.Pattern[str]], ...]
    prefix: re.Pattern[str]
    role_words: re.Pattern[str]
    placeholders: tuple[tuple[str, re.Pattern[str]], ...] = ()
    not_a_title: tuple[tuple[str, re.Pattern[str]], ...] = ()
    project_entry: tuple[tuple[str, re.Pattern[str]], ...] = ()
    award_entry: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: ``mention_context`` entry name → compiled regex (every name in :data:`MENTION_CONTEXTS`)
    mention_context: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    #: ids of the ``not_a_claim`` rules marked ``"search": true`` (a job search, not an aspiration)
    search_rule_ids: frozenset[str] = frozenset()
    #: ids of the ``not_a_claim`` rules marked ``"before_title": true`` (searched only before a mention)
    before_title_rule_ids: frozenset[str] = frozenset()
    #: ids of the ``not_a_claim`` rules marked ``"after_title": true`` (matched right after a mention)
    after_title_rule_ids: frozenset[str] = frozenset()
    #: ``wrapped_title`` entry name → compiled regex (every name in :data:`WRAPPED_TITLE_PARTS`)
    wrapped_title: Mapping[str, re.Pattern[str]] = field(default_factory=dict)


def _fail(key: str, reason: str) -> RuleFileError:
    return RuleFileError(f"rule file {_TITLE_FILE}, key {key}: {reason}")


def _compile(
    pattern: Any, key: str, macros: dict[str, str], *, case_sensitive: bool = False
) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise _fail(key, "the pattern must be a non-empty string")

    def expand(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise _fail(key, f"unknown macro {{{m.group(1)}}}")
        return macros[m.group(1)]

    expanded = _MACRO_RE.sub(expand, pattern)
    try:
        return re.compile(expanded, 0 if case_sensitive else re.IGNORECASE)
    except re.error as e:
        raise _fail(key, f"invalid regex: {e}") from e


def parse_title_rules(data: dict[str, Any]) -> TitleRules:
    """Validate and compile a title-rule object (the parsed ``title_families.json``).

    Parameters
    ----------
    data : dict
        The parsed JSON object.

    Returns
    -------
    TitleRules

    Raises
    ------
    RuleFileError
        On a missing or unknown key, an unknown family or level, a duplicate rule id, an unknown
        macro or an invalid regex; the message names the file and the key.
    """
    check_top_keys(data, _TITLE_FILE, _TOP_KEYS)
    macros = data["macros"]
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise _fail("macros", "must map names to regex strings")
    claim_families = data["claim_families"]
    if not isinstance(claim_families, list) or any(f not in FAMILIES for f in claim_families):
        raise _fail("claim_families", f"must be a list of families from {FAMILIES}")

    not_a_claim = []
    search_rule_ids = set()
    before_title_rule_ids = set()
    after_title_rule_ids = set()
    for i, rule in enumerate(_as_list(data["not_a_claim"], "not_a_claim")):
        key = f"not_a_claim[{i}]"
        _check_keys(
            rule, key, {"id", "pattern"}, {"id", "pattern", "search", "before_title", "after_title", "note"}
        )
        for flag in ("search", "before_title", "after_title"):
            if not isinstance(rule.get(flag, False), bool):
                raise _fail(f"{key}.{flag}", "must be true or false")
        if rule.get("search", False):
            search_rule_ids.add(str(rule["id"]))
        if rule.get("before_title", False) and rule.get("after_title", False):
            raise _fail(key, "a rule is searched before the title or matched after it, not both")
        if rule.get("before_title", False):
            before_title_rule_ids.add(str(rule["id"]))
        if rule.get("after_title", False):
            after_title_rule_ids.add(str(rule["id"]))
        not_a_claim.append((str(rule["id"]), _compile(rule["pattern"], f"{key}.pattern", macros)))

    levels = (
        "intern",
        "junior",
        "mid",
        "senior",
        "lead",
        "staff",
        "principal",
        "manager",
        "director",
        "head",
    )
    seniority = []
    for i, rule in enumerate(_as_list(data["seniority"], "seniority")):
        key = f"seniority[{i}]"
        _check_keys(rule, key, {"level", "pattern"}, {"level", "pattern", "note"})
        if rule["level"] not in levels:
            raise _fail(f"{key}.level", f"unknown level {rule['level']!r}; use one of {levels}")
        seniority.append((rule["level"], _compile(rule["pattern"], f"{key}.pattern", macros)))

    words = _as_list(data["prefix_words"], "prefix_words")
    if not words or not all(isinstance(w, str) and w for w in words):
        raise _fail("prefix_words", "must be a non-empty list of regex words")
    prefix = _compile(r"(?:\b(?:" + "|".join(words) + r")\s+)+$", "prefix_words", macros)
    roles = _as_list(data["role_words"], "role_words")
    if not roles or not all(isinstance(w, str) and w for w in roles):
        raise _fail("role_words", "must be a non-empty list of regex words")
    role_words = _compile(r"\b(?:" + "|".join(roles) + r")\b", "role_words", macros)

    placeholders = []
    for i, rule in enumerate(_as_list(data["placeholder_titles"], "placeholder_titles")):
        key = f"placeholder_titles[{i}]"
        _check_keys(rule, key, {"id", "pattern"}, {"id", "pattern", "note"})
        placeholders.append((str(rule["id"]), _compile(rule["pattern"], f"{key}.pattern", macros)))
    not_a_title = []
    for i, rule in enumerate(_as_list(data["not_a_title"], "not_a_title")):
        key = f"not_a_title[{i}]"
        _check_keys(rule, key, {"id", "pattern"}, {"id", "pattern", "note"})
        not_a_title.append((str(rule["id"]), _compile(rule["pattern"], f"{key}.pattern", macros)))
    project_entry = []
    for i, rule in enumerate(_as_list(data["project_entry"], "project_entry")):
        key = f"project_entry[{i}]"
        _check_keys(rule, key, {"id", "pattern"}, {"id", "pattern", "note"})
        project_entry.append((str(rule["id"]), _compile(rule["pattern"], f"{key}.pattern", macros)))
    award_entry = []
    for i, rule in enumerate(_as_list(data["award_entry"], "award_entry")):
        key = f"award_entry[{i}]"
        _check_keys(rule, key, {"id", "pattern"}, {"id", "pattern", "note"})
        award_entry.append((str(rule["id"]), _compile(rule["pattern"], f"{key}.pattern", macros)))

    mention_context = _named_patterns(data["mention_context"], "mention_context", MENTION_CONTEXTS, macros)
    wrapped_title = _named_patterns(data["wrapped_title"], "wrapped_title", WRAPPED_TITLE_PARTS, macros)

    rules: list[_Rule] = []
    seen: set[str] = set()
    for i, fam in enumerate(_as_list(data["families"], "families")):
        key = f"families[{i}]"
        _check_keys(fam, key, {"family", "rules"}, {"family", "rules"})
        if fam["family"] not in FAMILIES or fam["family"] == "other":
            raise _fail(f"{key}.family", f"unknown family {fam['family']!r}")
        for j, rule in enumerate(_as_list(fam["rules"], f"{key}.rules")):
            rkey = f"{key}.rules[{j}]"
            _check_keys(rule, rkey, {"id", "pattern"}, _RULE_KEYS)
            if rule["id"] in seen:
                raise _fail(f"{rkey}.id", f"duplicate rule id {rule['id']!r}")
            seen.add(rule["id"])
            case_sensitive = rule.get("case_sensitive", False)
            if not isinstance(case_sensitive, bool):
                raise _fail(f"{rkey}.case_sensitive", "must be true or false")
            regex = _compile(rule["pattern"], f"{rkey}.pattern", macros, case_sensitive=case_sensitive)
            rules.append(_Rule(str(rule["id"]), fam["family"], regex))
    return TitleRules(
        tuple(rules),
        frozenset(claim_families),
        tuple(not_a_claim),
        tuple(seniority),
        prefix,
        role_words,
        tuple(placeholders),
        tuple(not_a_title),
        tuple(project_entry),
        tuple(award_entry),
        MappingProxyType(mention_context),
        frozenset(search_rule_ids),
        frozenset(before_title_rule_ids),
        frozenset(after_title_rule_ids),
        MappingProxyType(wrapped_title),
    )


def _named_patterns(
    entries: Any, key: str, names: tuple[str, ...], macros: dict[str, str]
) -> dict[str, re.Pattern[str]]:
    """Compile named ``{'pattern', optional 'case_sensitive', optional 'note'}`` entries, all required."""
    if not isinstance(entries, dict):
        raise _fail(key, "must be an object")
    missing = set(names) - entries.keys()
    if missing:
        raise _fail(f"{key}.{sorted(missing)[0]}", "required entry is missing")
    unknown = entries.keys() - set(names)
    if unknown:
        raise _fail(f"{key}.{sorted(unknown)[0]}", "unknown entry")
    out = {}
    for name in names:
        entry, entry_key = entries[name], f"{key}.{name}"
        _check_keys(entry, entry_key, {"pattern"}, {"pattern", "case_sensitive", "note"})
        case_sensitive = entry.get("case_sensitive", False)
        if not isinstance(case_sensitive, bool):
            raise _fail(f"{entry_key}.case_sensitive", "must be true or false")
        out[name] = _compile(entry["pattern"], f"{entry_key}.pattern", macros, case_sensitive=case_sensitive)
    return out


def _as_list(value: Any, key: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(key, "must be a list")
    return value


def _check_keys(obj: Any, key: str, required: set[str], allowed: set[str]) -> None:
    if not isinstance(obj, dict):
        raise _fail(key, "must be an object")
    if required - obj.keys():
        raise _fail(f"{key}.{sorted(required - obj.keys())[0]}", "required key is missing")
    if obj.keys() - allowed:
        raise _fail(f"{key}.{sorted(obj.keys() - allowed)[0]}", "unknown key")


@lru_cache(maxsize=1)
def load_title_rules() -> TitleRules:
    """Load, validate and compile the packaged ``title_families.json`` (cached).

    Raises
    ------
    RuleFileError
        When the file is unreadable or invalid (see :func:`parse_title_rules`).
    """
    return parse_title_rules(read_rule_file(_TITLE_FILE))


def _seniority(text: str, rules: TitleRules) -> str | None:
    for level, regex in rules.seniority:
        if regex.search(text):
            return level
    return None


def classify_title(raw: str) -> TitleMatch:
    """Classify one title as written.

    Parameters
    ----------
    raw : str
        A title taken from a title position (position header, headline or tagline), for example
        ``"Sr. Machine Learning Engineer II"`` or ``"Data Scientist / ML Engineer"``. Acronyms such as
        ``MLE`` are only read as titles here, so callers must not pass running prose.

    Returns
    -------
    TitleMatch
        ``family`` is the first family in ``title_families.json`` with a matching rule, else
        ``"other"``; ``is_ml_claim`` follows rubric §1 (aspirational forms such as "Aspiring ML
        Engineer" are family ``other`` and no claim); ``start``/``end`` locate the matched words in
        ``raw``.

    Examples
    --------
    >>> m = classify_title("Senior ML Engineer")
    >>> m.family, m.seniority, m.is_ml_claim, m.rule_id
    ('ml_engineer', 'senior', True, 'TITLE.MLE.CORE')
    """
    rules = load_title_rules()
    seniority = _seniority(raw, rules)
    for rule_id, regex in rules.not_a_claim:
        if rule_id in rules.before_title_rule_ids or rule_id in rules.after_title_rule_ids:
            continue  # cues around a mention in text (resume_lens.claims), not in the title itself
        if regex.search(raw):
            return TitleMatch("other", seniority, False, rule_id)
    for rule in rules.rules:
        m = rule.regex.search(raw)
        if m:
            return TitleMatch(
                rule.family, seniority, rule.family in rules.claim_families, rule.id, m.start(), m.end()
            )
    return TitleMatch("other", seniority, False)


def has_role_word(text: str) -> bool:
    """Whether ``text`` holds a role noun (``role_words``: engineer, consultant, founder, ...).

    Used to pick the title part of a position header whose title is in no family.
    """
    return load_title_rules().role_words.search(text) is not None


def is_not_a_title(text: str) -> bool:
    """Whether ``text`` names a credential or course after a role (``not_a_title``: "Python
    Developer Certification", "Data Analyst Course"), so that it is no job title at all."""
    return any(regex.search(text) for _, regex in load_title_rules().not_a_title)


def is_project_entry(header: str) -> bool:
    """Whether a position header names a personal, side, academic or capstone project
    (``project_entry``: "AI/ML Engineer - RAG Assistant (Personal Project)", "ML Engineer (Capstone)"),
    so that the entry is a project listed among the jobs, not a position."""
    return any(regex.search(header) for _, regex in load_title_rules().project_entry)


def is_award_entry(title: str) -> bool:
    """Whether a position title names an award, prize, grant or scholarship (``award_entry``:
    "Extraordinary Doctoral Thesis Award for the promotion of", "Best Paper Award"), so that the entry
    is no position at all.

    Examples
    --------
    >>> is_award_entry("Doctoral Thesis Award for the class of"), is_award_entry("Awards Coordinator")
    (True, False)
    """
    return any(regex.search(title) for _, regex in load_title_rules().award_entry)


def is_wrapped_title(line: str, next_line: str) -> bool:
    """Whether ``line`` is an ML title broken before its role word, which ``next_line`` starts with.

    Parameters
    ----------
    line, next_line : str
        Two adjacent physical lines, without their line break.

    Returns
    -------
    bool
        True when ``line`` is only the start of a title ("Junior Machine Learning", "Senior AI/ML") and
        ``next_line`` begins with the role word ("Engineer — Acme Labs, 2021 – Present"): a PDF column too
        narrow for the title breaks it there (real resumes, session 22). Rules: ``wrapped_title`` in
        ``title_families.json``.

    Examples
    --------
    >>> is_wrapped_title("Junior Machine Learning", "Engineer | Acme Labs")
    True
    >>> is_wrapped_title("Machine Learning", "Built a churn model in Python")
    False
    """
    rules = load_title_rules().wrapped_title
    return bool(rules["line_end"].search(line) and rules["next_line_start"].search(next_line))


def find_placeholder_title(part: str) -> TitleMatch | None:
    """Read one header part as an unfilled template's title slot ("Job title", "Job Title 1").

    Recruiters' folders hold half-filled templates; the words printed where the title goes are the
    entry's title as a person sees it, but they name no role.

    Parameters
    ----------
    part : str
        One part of a position header (a whole line, or one of its separated parts).

    Returns
    -------
    TitleMatch or None
        Family ``"other"``, no seniority, never a claim (rubric §1), ``rule_id`` of the
        ``placeholder_titles`` rule that matched and ``start``/``end`` around the part without its
        surrounding spaces; ``None`` unless a rule matches the whole part.

    Examples
    --------
    >>> m = find_placeholder_title("Job Title 1")
    >>> m.family, m.is_ml_claim, m.rule_id
    ('other', False, 'TITLE.PLACEHOLDER.JOB_TITLE')
    >>> find_placeholder_title("Job title: Data Scientist") is None
    True
    """
    stripped = part.strip()
    start = part.find(stripped) if stripped else 0
    for rule_id, regex in load_title_rules().placeholders:
        if stripped and regex.fullmatch(stripped):
            return TitleMatch("other", None, False, rule_id, start, start + len(stripped))
    return None


def find_titles(text: str) -> tuple[TitleMatch, ...]:
    """Find every title mention in a piece of text, left to right, without overlaps.

    Where two rules match overlapping words the family listed first wins. Each span is extended to
    the left over level and qualifier words ("Senior", "Freelance", "Head of", ...: ``prefix_words``),
    so ``text[m.start:m.end]`` is the title as written. Whether a mention is a self-assigned claim is
    decided by the caller from its context (taxonomy §5.11); this function only finds titles.

    Parameters
    ----------
    text : str
        Any text, for example a summary sentence.

    Returns
    -------
    tuple of TitleMatch
        Offsets into ``text``, end-exclusive.
    """
    rules = load_title_rules()
    found: list[tuple[int, int, _Rule]] = []
    for rule in rules.rules:  # file order = priority order
        for m in rule.regex.finditer(text):
            if m.end() > m.start() and all(m.end() <= s or m.start() >= e for s, e, _ in found):
                found.append((m.start(), m.end(), rule))
    out = []
    for start, end, rule in sorted(found, key=lambda item: item[0]):
        window_start = max(0, start - 80)
        prefix = rules.prefix.search(text[window_start:start])
        if prefix:
            start = window_start + prefix.start()
        title = text[start:end]
        out.append(
            TitleMatch(
                rule.family,
                _seniority(title, rules),
                rule.family in rules.claim_families,
                rule.id,
                start,
                end,
            )
        )
    return tuple(out)
