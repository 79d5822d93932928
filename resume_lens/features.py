"""Claim features: a flat dict of numbers per ML-engineer claim, and per resume for the role model.

Fairness rule (design card): features are computed only from evidence spans, their sections and
polarities, line counts, title families and seniority. Names, contact details, addresses, schools,
employers and dates of birth never enter a feature — the organisation string of a position is not
read here at all, and the skills list is excluded (rubric §2: a bare skills list is never evidence).

Feature names are stable strings, ``"<scope>:<what>"``; the values are counts passed through
``log1p`` (evidence taxonomy §7.7: saturate so that the tenth hit adds little) or fractions in
[0, 1].
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from resume_lens.claims import newest_position
from resume_lens.dates import month_number
from resume_lens.evidence import EvidenceSpan
from resume_lens.ml_work import describes_ml_text, is_non_ml_production, load_ml_work_rules, ml_work_positions
from resume_lens.prose_work import prose_work
from resume_lens.structure import Claim, Line, Position, ResumeStructure

__all__ = [
    "CLAIM_FEATURES",
    "CLAIM_SCOPES",
    "claim_feature_evidence",
    "ClaimContext",
    "claim_context",
    "claim_features",
    "has_long_job",
    "lasted_a_year_or_goes_on",
    "role_features",
    "is_tool_mention",
    "span_scope",
]

#: Scopes a claim's evidence is split into (evidence taxonomy §7.1 and §7.6): the claim's own
#: position (for a headline claim: all experience and projects, rubric §3), other positions and
#: projects, the summary/header, the rest (education, certifications, publications, other), and
#: ``non_ml``: generic production spans of positions whose bullets are not ML work
#: (:mod:`resume_lens.ml_work`; rubric clarification 2), recorded but never the claim's evidence.
CLAIM_SCOPES = ("claim", "other", "summary", "rest", "non_ml")

_WORK_SECTIONS = frozenset({"experience", "projects"})
_SUMMARY_SECTIONS = frozenset({"summary", "header"})
_EXCLUDED_SECTIONS = frozenset({"skills"})

#: Polarities that record a mention without counting it as done work (evidence.POLARITIES).
_WEAK_POLARITIES = ("hedged", "learning", "negated", "attributed", "demo", "hypothetical", "vague")

_SENIORITY_BANDS = {
    "intern": "junior",
    "junior": "junior",
    "graduate": "junior",
    "mid": "mid",
    "senior": "senior",
    "lead": "senior",
    "staff": "senior",
    "principal": "senior",
    "head": "senior",
    "manager": "senior",
    "director": "senior",
}


def is_tool_mention(span: EvidenceSpan) -> bool:
    """True when a span is a bare tool or product name rather than a described action.

    A tool name alone is the weakest rung of the specificity ladder (evidence taxonomy §7.2, S0);
    the rule files give such patterns a ``TOOL.*`` label, which tagging maps to the ``"tool"``
    category (``resume_lens/nlp/patterns/README.md``).
    """
    return span.category == "tool" or span.label.startswith("TOOL.")


@dataclass(frozen=True)
class ClaimContext:
    """Which lines and spans fall in each scope for one claim."""

    claim: Claim
    lines: dict[str, tuple[Line, ...]]
    spans: dict[str, tuple[EvidenceSpan, ...]]


def span_scope(claim: Claim, section: str, position_index: int | None) -> str | None:
    """The scope (one of :data:`CLAIM_SCOPES`) of a line or span for ``claim``, or ``None``.

    ``None`` means excluded: the skills list never counts (rubric §2).
    """
    if section in _EXCLUDED_SECTIONS:
        return None
    if section in _SUMMARY_SECTIONS:
        return "summary"
    if section in _WORK_SECTIONS:
        if claim.source == "headline":
            return "claim"
        if position_index is not None and position_index == claim.position_index:
            return "claim"
        return "other"
    return "rest"


def claim_context(claim: Claim, structure: ResumeStructure, spans: Sequence[EvidenceSpan]) -> ClaimContext:
    """Split the resume's lines and evidence spans into the scopes of ``claim``.

    Parameters
    ----------
    claim:
        One claim from ``structure.claims``.
    structure:
        The segmented resume.
    spans:
        Every evidence span of the resume (from :func:`resume_lens.tagging.tag_lines`).

    Returns
    -------
    ClaimContext
        Lines and spans per scope; excluded (skills) items are dropped, and so are spans on a position's
        header lines (title, employer, dates: "Applied Scientist" or "Kaggle" there is a job fact, not
        work described; design card fairness rule). Lines of a position without
        ML work stay in their scope (they are text to judge); its generic production spans go to
        ``non_ml``.
    """
    lines: dict[str, list[Line]] = {s: [] for s in CLAIM_SCOPES}
    work = prose_work(claim, structure, spans)
    prose = work.span_starts(spans)
    prose_lines = {s.line_start for s in spans if s.start in prose}
    # a prose-only resume whose clauses of work hold no ML: its generic production is non-ML work (rubric
    # clarification 2), as a position's is; only the clauses are read, not the title or skills sentence on
    # the same line (a review)
    rules = load_ml_work_rules()
    prose_ml = not prose or describes_ml_text(
        [text for _, _, text in work.clauses], [s for s in spans if s.start in prose], rules
    )
    for line in structure.lines:
        scope = "claim" if line.start in prose_lines else span_scope(claim, line.section, line.position_index)
        if scope is not None:
            lines[scope].append(line)
    by_scope: dict[str, list[EvidenceSpan]] = {s: [] for s in CLAIM_SCOPES}
    ml_positions = ml_work_positions(structure, spans)
    bullet_lines = {(p.index, b.start) for p in structure.positions for b in p.bullets}
    for span in spans:
        if span.position_index is not None and (span.position_index, span.line_start) not in bullet_lines:
            continue  # a position's title, employer or date line: job facts, never evidence (fairness rule)
        scope = "claim" if span.start in prose else span_scope(claim, span.section, span.position_index)
        if scope in ("claim", "other") and is_non_ml_production(span, ml_positions):
            scope = "non_ml"
        elif span.start in prose and not prose_ml and span.category == "production":
            scope = "non_ml" if span.label not in rules.ml_labels else scope
        if scope is not None:
            by_scope[scope].append(span)
    return ClaimContext(
        claim=claim,
        lines={k: tuple(v) for k, v in lines.items()},
        spans={k: tuple(v) for k, v in by_scope.items()},
    )


def _log(n: float) -> float:
    return math.log1p(n)


def _selections(prefix: str, spans: Iterable[EvidenceSpan]) -> dict[str, list[EvidenceSpan]]:
    """The spans behind each count feature of one scope (the same selection the counts use)."""
    spans = list(spans)
    asserted = [s for s in spans if s.polarity == "asserted"]
    prod_action = [s for s in asserted if s.category == "production" and not is_tool_mention(s)]
    notebook = [s for s in spans if s.category == "notebook"]
    selected = {
        f"{prefix}:prod_action": prod_action,
        f"{prefix}:has_prod_action": prod_action,
        f"{prefix}:prod_figure_lines": _on_figure_lines(prod_action),
        f"{prefix}:prod_tool": [s for s in asserted if is_tool_mention(s)],
        f"{prefix}:prod_kinds": [s for s in prod_action if s.label.startswith("PROD.")],
        f"{prefix}:serving": [s for s in prod_action if s.label == "PROD.SERVING"],
        f"{prefix}:measures": [s for s in prod_action if s.label.startswith("MEAS.")],
        f"{prefix}:prod_line_share": prod_action,
        f"{prefix}:notebook": notebook,
        f"{prefix}:notebook_kinds": notebook,
        f"{prefix}:notebook_line_share": notebook,
        f"{prefix}:llm": [s for s in asserted if s.category == "llm" and not is_tool_mention(s)],
        f"{prefix}:research": [s for s in spans if s.category == "research"],
        f"{prefix}:vague_tools": [s for s in spans if s.polarity == "vague" and is_tool_mention(s)],
    }
    for polarity in _WEAK_POLARITIES:
        selected[f"{prefix}:weak_{polarity}"] = [
            s for s in spans if s.polarity == polarity and s.category in ("production", "llm")
        ]
    return selected


def _on_figure_lines(prod_action: list[EvidenceSpan]) -> list[EvidenceSpan]:
    """The production spans on lines that hold both a production action and an operations figure."""
    actions = {s.line_start for s in prod_action if not s.label.startswith("MEAS.")}
    figures = {s.line_start for s in prod_action if s.label.startswith("MEAS.")}
    return [s for s in prod_action if s.line_start in actions & figures]


def _evidence_counts(prefix: str, spans: Iterable[EvidenceSpan], n_lines: int) -> dict[str, float]:
    """Aggregate counts for one scope; see the module docstring for the scale of each value."""
    sel = _selections(prefix, spans)
    out = {
        f"{prefix}:prod_action": _log(len(sel[f"{prefix}:prod_action"])),
        f"{prefix}:has_prod_action": 1.0 if sel[f"{prefix}:prod_action"] else 0.0,
        f"{prefix}:prod_figure_lines": _log(len({s.line_start for s in sel[f"{prefix}:prod_figure_lines"]})),
        f"{prefix}:prod_tool": _log(len(sel[f"{prefix}:prod_tool"])),
        f"{prefix}:prod_kinds": float(len({s.label for s in sel[f"{prefix}:prod_kinds"]})),
        f"{prefix}:serving": _log(len(sel[f"{prefix}:serving"])),
        f"{prefix}:measures": _log(len(sel[f"{prefix}:measures"])),
        f"{prefix}:notebook": _log(len(sel[f"{prefix}:notebook"])),
        f"{prefix}:notebook_kinds": float(len({s.label for s in sel[f"{prefix}:notebook"]})),
        f"{prefix}:llm": _log(len(sel[f"{prefix}:llm"])),
        f"{prefix}:research": _log(len(sel[f"{prefix}:research"])),
        f"{prefix}:lines": _log(n_lines),
        f"{prefix}:vague_tools": _log(len(sel[f"{prefix}:vague_tools"])),
    }
    if n_lines:
        prod_lines = {s.line_start for s in sel[f"{prefix}:prod_action"]}
        nb_lines = {s.line_start for s in sel[f"{prefix}:notebook"]}
        out[f"{prefix}:prod_line_share"] = min(1.0, len(prod_lines) / n_lines)
        out[f"{prefix}:notebook_line_share"] = min(1.0, len(nb_lines) / n_lines)
    for polarity in _WEAK_POLARITIES:
        out[f"{prefix}:weak_{polarity}"] = _log(len(sel[f"{prefix}:weak_{polarity}"]))
    return out


#: The claim features, each tied to a rubric rule (rubric §2–§3, evidence taxonomy §7.9). Only the
#: claim's own scope and the summary enter: rubric §3 judges a position claim by the work of that
#: position and a headline claim by all experience and projects. Bare tool names (S0, taxonomy §7.2)
#: are left out so that naming tools in a bullet cannot stand in for described work.
CLAIM_FEATURES = (
    "claim:prod_action",  # asserted production actions (P signals)
    "claim:has_prod_action",  # at least one: the threshold of rubric §3 ("at least one concrete P signal")
    # lines with a production action *and* an operations figure ("deployed … serving 9,000 requests per
    # second"): the most concrete P signal, what went to production and at what scale (rubric §2–§3)
    "claim:prod_figure_lines",
    "claim:prod_kinds",  # distinct production categories: corroboration (taxonomy §7.5)
    # deployment and serving actions, the first P signal of rubric §2 (a model deployed, served behind an
    # API or endpoint, shipped inside a product, run on devices in the field)
    "claim:serving",
    "claim:measures",  # operations figures: latency, QPS, uptime, users (P13)
    "claim:prod_line_share",  # share of the claim's lines that hold a P signal
    "claim:notebook",  # N signals (rubric §2)
    "claim:notebook_kinds",
    "claim:notebook_line_share",
    "claim:llm",  # LLM-application work (AI-engineer claims)
    "claim:research",  # papers and research (N-level for an engineering claim, rubric §2)
    "claim:lines",  # how much text there is to judge (rubric §3, "unclear")
    "claim:weak_hedged",
    "claim:weak_learning",
    "claim:weak_negated",
    "claim:weak_attributed",
    "claim:weak_demo",
    "claim:weak_hypothetical",
    "claim:weak_vague",  # a bare "developed and deployed ML models" is weak (rubric §3, taxonomy §6.8)
    # tool and concept names under a vague cue ("drove adoption of MLOps best practices", "MLOps
    # initiatives"): a claim of only such responsibilities is ``unclear`` (rubric §3, taxonomy §6.8)
    "claim:vague_tools",
    "summary:prod_action",
    "summary:weak_hypothetical",  # "production-ready, end-to-end" with nothing behind (rubric §3)
    "claim_is_headline",
)


def claim_features(context: ClaimContext) -> dict[str, float]:
    """Flat feature dict for one claim.

    Parameters
    ----------
    context:
        From :func:`claim_context`.

    Returns
    -------
    dict[str, float]
        The :data:`CLAIM_FEATURES`: counts are ``log1p`` of span counts, ``*_kinds`` are numbers of
        distinct taxonomy labels, ``*_share`` are fractions of the scope's lines in [0, 1], and
        ``claim_is_headline`` and ``*:has_prod_action`` are 0 or 1.
    """
    features: dict[str, float] = {}
    for scope in ("claim", "summary"):
        features.update(_evidence_counts(scope, context.spans[scope], len(context.lines[scope])))
    features["claim_is_headline"] = 1.0 if context.claim.source == "headline" else 0.0
    return {name: features.get(name, 0.0) for name in CLAIM_FEATURES}


def claim_feature_evidence(context: ClaimContext) -> dict[str, tuple[EvidenceSpan, ...]]:
    """The evidence spans behind each claim feature, to explain a prediction.

    Parameters
    ----------
    context:
        From :func:`claim_context`.

    Returns
    -------
    dict[str, tuple[EvidenceSpan, ...]]
        For every name in :data:`CLAIM_FEATURES`, the spans its value counts, in document order;
        empty for features that count no spans (``claim:lines``, ``claim_is_headline``).
    """
    selected: dict[str, list[EvidenceSpan]] = {}
    for scope in ("claim", "summary"):
        selected.update(_selections(scope, context.spans[scope]))
    return {
        name: tuple(sorted(selected.get(name, ()), key=lambda s: (s.start, s.end, s.label)))
        for name in CLAIM_FEATURES
    }


#: Months a job must last to be more than a short internship (rubric §5).
_LONG_JOB_MONTHS = 12


def has_long_job(positions: Sequence[Position]) -> bool:
    """Whether a dated position that is no student or intern position lasted a year or more, or goes on.

    Rubric §5 calls ``student`` the evidence of coursework, academic projects and *short* internships; a
    year in a job is more, and so is a job held now (real resumes: engineers with years in industry and a
    certificate list, a principal data scientist since 2017, read as ``student``). A closed range counts its
    months; an open one ("present") is a job the candidate holds, whatever its length, so the answer depends
    only on the text, not on today's date. A yes or no, not years: the length of a career is no feature (it
    stands for age, a fairness rule of the design).
    """
    return any(
        p.title_family != "student" and p.seniority != "intern" and lasted_a_year_or_goes_on(p)
        for p in positions
    )


def lasted_a_year_or_goes_on(position: Position) -> bool:
    """Whether a dated position ran 12 months or more (its closed range, both months counted) or is open
    ("present": held now, whatever its length, so the answer depends only on the text, not on today's date).
    False without a start date."""
    if not position.start_date:
        return False
    if position.end_date == "present":
        return True
    return bool(position.end_date) and (
        month_number(position.end_date) - month_number(position.start_date) + 1 >= _LONG_JOB_MONTHS
    )


def role_features(structure: ResumeStructure, spans: Sequence[EvidenceSpan]) -> dict[str, float]:
    """Resume-level features for the evidence-role model (rubric §5).

    Counts asserted spans per taxonomy label and per category over every section except the skills
    list, plus the title families of the positions (titles are job facts, not personal data), whether a job
    outside student and intern positions lasted a year or goes on (:func:`has_long_job`), and
    the seniority band and title family of the newest position
    (:func:`resume_lens.claims.newest_position`: the first listed, or the latest by its dates when the
    resume lists its jobs oldest first).

    Returns
    -------
    dict[str, float]
        Feature name → ``log1p`` count or indicator in {0, 1}.
    """
    features: dict[str, float] = {}
    counts: dict[str, int] = {}
    for span in spans:
        if span.section in _EXCLUDED_SECTIONS:
            continue
        kind = "asserted" if span.polarity == "asserted" else "weak"
        tool = "tool" if is_tool_mention(span) else "action"
        for key in (
            f"label={span.label}:{kind}",
            f"cat={span.category}:{kind}:{tool}",
            f"section={span.section}:cat={span.category}",
        ):
            counts[key] = counts.get(key, 0) + 1
    for key, n in counts.items():
        features[key] = _log(n)
    families: dict[str, int] = {}
    for position in structure.positions:
        families[position.title_family] = families.get(position.title_family, 0) + 1
    for family, n in families.items():
        features[f"position_family={family}"] = _log(n)
    features["positions"] = _log(len(structure.positions))
    sections = {line.section for line in structure.lines}
    for name in ("projects", "publications", "certifications"):
        features[f"has_section={name}"] = 1.0 if name in sections else 0.0
    features["has_long_job"] = 1.0 if has_long_job(structure.positions) else 0.0
    newest = newest_position(structure.positions)  # the last listed when the jobs are listed oldest first
    if newest is not None:
        band = _SENIORITY_BANDS.get(newest.seniority or "", "unknown")
        features[f"newest_seniority={band}"] = 1.0
        features[f"newest_family={newest.title_family}"] = 1.0
    return features
