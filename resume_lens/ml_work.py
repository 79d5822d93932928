"""Which positions describe ML work, so that only their production evidence backs an ML-engineer claim.

Rubric §2 defines P signals as taking *models* to production; rubric clarification 2 makes a claim
whose bullets describe only non-ML software work ``inflated``; evidence taxonomy §2 (P05 rule note)
counts data engineering only when it feeds models. The rule tagger works line by line and tags
"Deployed builds to production using Jenkins" or "on-call for the booking service" as production
work, which it is, but not ML production work. This module decides, per position, whether its
bullets are about ML at all; :func:`resume_lens.features.claim_context` then keeps the generic
production spans (CI/CD, monitoring, data engineering, infrastructure, figures…) of a position
without ML work out of the claim's evidence.

The words, acronyms and labels live in ``resume_lens/data/ml_work.json``. Only the bullets of a
position are read, never its title, employer, client or date lines (design card: employers are
never features), so neither a job title nor a company called "… AI" makes a position ML work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from resume_lens.errors import RuleFileError
from resume_lens.evidence import EvidenceSpan
from resume_lens.rule_files import read_rule_file
from resume_lens.structure import Line, ResumeStructure

__all__ = [
    "describes_ml_text",
    "describes_ml_work",
    "MlWorkRules",
    "load_ml_work_rules",
    "is_ml_text",
    "is_software_text",
    "may_be_ml_work",
    "is_english_text",
    "ml_work_positions",
    "is_non_ml_production",
]

_RULE_FILE = "ml_work.json"


@dataclass(frozen=True)
class MlWorkRules:
    """The compiled rules of ``resume_lens/data/ml_work.json``."""

    words: re.Pattern[str]
    acronyms: re.Pattern[str]
    acronyms_in_context: re.Pattern[str]
    not_words: re.Pattern[str]
    not_lines: re.Pattern[str]
    ml_labels: frozenset[str]
    ml_categories: frozenset[str]
    software_words: re.Pattern[str]
    ml_hints: re.Pattern[str]
    non_english_words: re.Pattern[str]
    vague_openings: re.Pattern[str]


def _strings(data: dict, key: str) -> list[str]:
    values = data.get(key)
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        raise RuleFileError(
            f"rule file {_RULE_FILE}, key {key}: must be a non-empty list of non-empty strings"
        )
    return values


def _alternation(values: Sequence[str], *, flags: int) -> re.Pattern[str]:
    # longest first, so that "machine learning" wins over a shorter overlapping entry
    parts = sorted({re.escape(v) for v in values}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


@lru_cache(maxsize=1)
def load_ml_work_rules() -> MlWorkRules:
    """Load and compile ``resume_lens/data/ml_work.json`` (cached).

    Returns
    -------
    MlWorkRules

    Raises
    ------
    RuleFileError
        When the file is missing, not JSON, or a key is missing or not a list of strings.
    """
    data = read_rule_file(_RULE_FILE)
    acronyms = "|".join(
        re.escape(a) for a in sorted(_strings(data, "acronyms_in_context"), key=len, reverse=True)
    )
    followers = "|".join(
        re.escape(f).replace(r"\ ", r"\s+")
        for f in sorted(_strings(data, "acronym_followers"), key=len, reverse=True)
    )
    labels = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _strings(data, "not_lines"))
    return MlWorkRules(
        words=_alternation(_strings(data, "words"), flags=re.IGNORECASE),
        # "GPT", "GPT-4", "MLOps": whole words, a hyphenated suffix allowed
        acronyms=re.compile(
            r"(?<![\w-])(?:"
            + "|".join(re.escape(a) for a in sorted(_strings(data, "acronyms"), key=len, reverse=True))
            + r")(?:-[\w.]+)?(?!\w)"
        ),
        # "ML-powered", "AI features", "the ML platform"; the follower is matched case-insensitively
        acronyms_in_context=re.compile(
            rf"(?<![\w-])(?:{acronyms})(?:-[^\W\d_]+|\s+(?i:{followers})(?![\w-]))"
        ),
        not_words=_alternation(_strings(data, "not_words"), flags=re.IGNORECASE),
        not_lines=re.compile(rf"^[\W_]*(?:{labels})\s*:", re.IGNORECASE),
        ml_labels=frozenset(_strings(data, "ml_labels")),
        ml_categories=frozenset(_strings(data, "ml_categories")),
        software_words=_alternation(_strings(data, "software_words"), flags=re.IGNORECASE),
        ml_hints=_alternation(_strings(data, "ml_hints"), flags=re.IGNORECASE),
        non_english_words=_alternation(_strings(data, "non_english_words"), flags=re.IGNORECASE),
        vague_openings=re.compile(
            r"^[\W_]*(?:"
            + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _strings(data, "vague_openings"))
            + r")(?![\w-])",
            re.IGNORECASE,
        ),
    )


def is_ml_text(text: str, rules: MlWorkRules | None = None) -> bool:
    """True when a line of work mentions ML: a word or acronym of the rule file.

    Phrases of ``not_words`` ("data model", "business model", "threat model") are blanked first; "AI" or
    "ML" counts only before a work noun or as part of a hyphenated word ("AI features", "ML-powered"), not
    alone ("Acme AI"); a line that starts "Client:" or "Company:" is an organisation line, never ML work.

    Parameters
    ----------
    text:
        One bullet or sentence.
    rules:
        Default :func:`load_ml_work_rules`.
    """
    rules = rules or load_ml_work_rules()
    if rules.not_lines.match(text):
        return False
    text = rules.not_words.sub(" ", text)
    return bool(
        rules.words.search(text) or rules.acronyms.search(text) or rules.acronyms_in_context.search(text)
    )


def is_software_text(text: str, rules: MlWorkRules | None = None) -> bool:
    """True when a line of work names software work: a word of the rule file's ``software_words`` ("responsive
    websites", "legacy web systems", "Salesforce integration", "admin pages"), case-insensitive, whole words.

    Rubric clarification 2 calls such work, with no ML in it, no evidence for an ML-engineer claim.

    Parameters
    ----------
    text:
        One bullet or sentence.
    rules:
        Default :func:`load_ml_work_rules`.

    Examples
    --------
    >>> is_software_text("Designed and developed responsive websites for government agencies.")
    True
    >>> is_software_text("Wrote onboarding documentation for new team members.")
    False
    """
    rules = rules or load_ml_work_rules()
    if rules.vague_openings.match(text):  # "Responsible for API design": a responsibility (rubric §3)
        return False
    return bool(rules.software_words.search(text))


def may_be_ml_work(text: str, rules: MlWorkRules | None = None) -> bool:
    """True when a line of work may describe ML work written without ML words: a word of ``ml_hints``
    ("wake word", "click-through rate estimates", "the ranking service", "intelligent features").

    Used only to keep rubric clarification 2 (:func:`resume_lens.assess.non_ml_software_lines`) off such
    lines; :func:`is_ml_text` decides which positions are ML work.

    Parameters
    ----------
    text:
        One bullet or sentence.
    rules:
        Default :func:`load_ml_work_rules`.

    Examples
    --------
    >>> may_be_ml_work("Shipped on-device wake word detection in the Android app.")
    True
    >>> may_be_ml_work("Rebuilt the Careers page in React.")
    False
    """
    rules = rules or load_ml_work_rules()
    return bool(rules.ml_hints.search(rules.not_words.sub(" ", text)))


def is_english_text(texts: Sequence[str], rules: MlWorkRules | None = None) -> bool:
    """False when lines of work hold two or more function words of another language (``non_english_words``:
    "de", "und", "para", "avec"…): the ML words of the rule file are English, so such work cannot be
    judged free of ML by them.

    Parameters
    ----------
    texts:
        The claim's bullets or sentences of work.
    rules:
        Default :func:`load_ml_work_rules`.

    Returns
    -------
    bool
        True when fewer than two such words stand in all of ``texts`` together.

    Examples
    --------
    >>> is_english_text(["Desarrollé modelos de detección de fraude y los desplegué en producción."])
    False
    >>> is_english_text(["Built REST endpoints in Node for the scheduling team."])
    True
    """
    rules = rules or load_ml_work_rules()
    return sum(len(rules.non_english_words.findall(t)) for t in texts) < 2


#: Polarities of spans that describe no work done (evidence taxonomy §6).
_NOT_DONE = frozenset({"hypothetical", "negated", "hedged", "learning"})


def ml_work_positions(
    structure: ResumeStructure, spans: Sequence[EvidenceSpan], rules: MlWorkRules | None = None
) -> frozenset[int]:
    """Indices of the positions whose bullets describe ML work.

    A position counts when any of its bullets passes :func:`is_ml_text` or holds an evidence span
    whose category (notebook, LLM, research, foundation) or label (model serving, registry,
    feature store, retraining, cloud ML, inference optimisation, distributed training, and their
    tool names) is specific to ML. A span that says work was not done or not yet done (hypothetical,
    negated, hedged, learning: "delivering production-ready platforms" in a web developer's bullet) makes
    no work ML work (real resumes, session 23).

    Parameters
    ----------
    structure:
        The segmented resume.
    spans:
        Every evidence span of the resume.

    Returns
    -------
    frozenset[int]
        ``Position.index`` values.
    """
    rules = rules or load_ml_work_rules()
    by_position: dict[int, list[EvidenceSpan]] = {}
    for span in spans:
        if span.position_index is not None:
            by_position.setdefault(span.position_index, []).append(span)
    return frozenset(
        p.index
        for p in structure.positions
        if describes_ml_work(p.bullets, by_position.get(p.index, ()), rules)
    )


def describes_ml_work(
    lines: Sequence[Line], spans: Sequence[EvidenceSpan], rules: MlWorkRules | None = None
) -> bool:
    """Whether lines of work describe ML work: one passes :func:`is_ml_text`, or one holds a span (of
    ``spans``) whose category or label is specific to ML and that says the work was done (see
    :func:`ml_work_positions`, which applies this to each position's bullets)."""
    starts = {line.start for line in lines}
    inside = [s for s in spans if s.line_start in starts]
    return describes_ml_text([line.text for line in lines], inside, rules)


def describes_ml_text(
    texts: Sequence[str], spans: Sequence[EvidenceSpan], rules: MlWorkRules | None = None
) -> bool:
    """Whether pieces of text describe ML work: one passes :func:`is_ml_text`, or one of ``spans`` (those in
    the pieces) has a category or label specific to ML and says the work was done (:func:`describes_ml_work`
    for whole lines; a prose-only resume's clauses of work, :mod:`resume_lens.prose_work`)."""
    rules = rules or load_ml_work_rules()
    if any(is_ml_text(text, rules) for text in texts):
        return True
    return any(
        span.polarity not in _NOT_DONE
        and (span.category in rules.ml_categories or span.label in rules.ml_labels)
        for span in spans
    )


def is_non_ml_production(
    span: EvidenceSpan, ml_positions: frozenset[int], rules: MlWorkRules | None = None
) -> bool:
    """True for a generic production span (or figure) in a position whose bullets are not ML work.

    Spans outside any position (summary, projects without a position, education) are never
    non-ML by this rule: it judges positions only.

    Parameters
    ----------
    span:
        One evidence span.
    ml_positions:
        From :func:`ml_work_positions`.
    """
    rules = rules or load_ml_work_rules()
    return (
        span.category == "production"
        and span.position_index is not None
        and span.position_index not in ml_positions
        and span.label not in rules.ml_labels
    )
