"""Coded findings: what a recruiter should look at on one resume, each pointing at its place in the text.

A finding is a triage signal for human review, never a decision. Each one has a stable ``code``, a
``severity`` (``high`` | ``medium`` | ``low``), the ``section`` it lies in and the span it points to
(``start``/``end`` character offsets into :attr:`resume_lens.document.Document.text`, end-exclusive;
``None`` for a finding about the file as a whole, such as hidden text, which is not part of the
text). Severities, labels and message wording are data (``resume_lens/data/findings.json``); the
conditions are below, each with its source:

``title_not_supported``
    A claim whose verdict is ``inflated`` (rubric §3).
``evidence_unclear``
    A claim whose verdict is ``unclear`` (rubric §3: too thin, or production and notebook evidence
    conflict).
``summary_only_claim``
    Every claim comes from the headline or summary: no position carries an ML-engineer-family title.
``summary_only_production``
    Production wording in the header or summary, and no asserted production work in the experience or
    projects (rubric §3: "the only production words are a generic phrase in the summary").
``prose_only_resume``
    A resume with claims but no experience or projects section and no position (an About page, a bio): its
    summary sentences that describe work were read as the headline claim's lines of work
    (:mod:`resume_lens.prose_work`), so the verdict rests on prose; ``summary_only_production`` is not raised
    for it when such a sentence holds asserted production work.
``skills_list_only_tools``
    The keyword-stuffing signal (:func:`resume_lens.stuffing.keyword_stuffing`) is flagged: at least
    :data:`~resume_lens.stuffing.STUFFING_MIN_UNUSED` production tools named only in the skills list.
``demo_only_deployment``
    A demo deployment in a claim's scope (``NB.DEMO_DEPLOY``, or production words in a demo context)
    and no asserted serving (``PROD.SERVING``) there (rubric §2: a demo app only the author uses is
    notebook-level).
``weakened_production_only``
    Production words in a claim's scope only hedged, learning, attributed to others or hypothetical,
    never asserted (evidence taxonomy §6, ConText polarity).
``hidden_text``, ``garbled_text``
    Taken from :attr:`Document.warnings` that start with that code (``"hidden_text: ..."``); detection
    lives in :mod:`resume_lens.extract`.
``future_dates``
    A position that starts or ends after the ``as_of`` month ("present" is not a date).
``dates_overlap``
    Two positions whose dates overlap by at least ``dates_overlap_min_months`` months (3: a one- or
    two-month overlap at a change of job is normal). A side role is held beside a job by its nature and
    is left out: a title that ends with one of ``side_role_title_words`` ("Core Member", "Volunteer
    Mentor") and names no job (``side_role_unless_words``: "Member of Technical Staff", "Founding Member &
    Director of Infrastructure", "Team Member").

Dates are compared at the precision written: a year alone is read as the narrowest period it can
mean (a start of ``2021`` as December 2021, an end of ``2021`` as January 2021), so only certain
overlaps and certainly-future dates are reported. ``present`` means the ``as_of`` month, which is
today unless given; pass ``as_of`` for reproducible runs.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from resume_lens.analysis import Analysis
from resume_lens.assess import Assessment
from resume_lens.dates import _RANGE_RE, find_date_range, month_number
from resume_lens.features import claim_context
from resume_lens.prose_work import is_prose_only, prose_work_spans
from resume_lens.structure import Position, ResumeStructure
from resume_lens.stuffing import keyword_stuffing

__all__ = [
    "FINDING_CODES",
    "Finding",
    "annotate",
    "findings_for",
    "load_rules",
    "parse_as_of",
]

#: Placeholders each message template may use (checked when the rules are loaded).
FINDING_CODES: dict[str, frozenset[str]] = {
    "title_not_supported": frozenset({"title", "where", "reason"}),
    "evidence_unclear": frozenset({"title", "where", "reason"}),
    "summary_only_claim": frozenset({"title"}),
    "summary_only_production": frozenset({"text"}),
    "prose_only_resume": frozenset(),
    "skills_list_only_tools": frozenset({"count", "tools"}),
    "demo_only_deployment": frozenset({"title", "text"}),
    "weakened_production_only": frozenset({"title", "text", "polarities"}),
    "hidden_text": frozenset({"warning"}),
    "garbled_text": frozenset({"warning"}),
    "future_dates": frozenset({"title", "dates", "as_of"}),
    "dates_overlap": frozenset({"title", "dates", "other_title", "other_dates", "months"}),
}

_WEAKENED = ("hedged", "learning", "attributed", "hypothetical", "vague")
_WARNING_CODE = re.compile(r"^([a-z_]+):\s*")


@dataclass(frozen=True)
class Rules:
    """The contents of ``findings.json``: severities (most serious first), thresholds, templates."""

    severities: tuple[str, ...]
    thresholds: dict[str, int]
    warning_codes: dict[str, str]
    findings: dict[str, dict[str, str]]
    side_role_title_words: frozenset[str] = frozenset()
    side_role_unless_words: frozenset[str] = frozenset()

    def is_side_role(self, title: str) -> bool:
        """Whether a position title names a side role and no job: its last word is a side-role word
        ("Core Member", "Volunteer Mentor", "Open Source Maintainer") and no word names a job ("Member of
        Technical Staff", "Board Member & CTO", "Team Member" and the employer "Mentor Graphics" are jobs)."""
        words = re.findall(r"[a-z]+", title.lower())
        return (
            bool(words)
            and words[-1] in self.side_role_title_words
            and not set(words) & self.side_role_unless_words
        )

    def rank(self, severity: str) -> int:
        """0 for the most serious severity."""
        return self.severities.index(severity)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Read and check ``resume_lens/data/findings.json``.

    Returns
    -------
    Rules

    Raises
    ------
    ValueError
        When the file lacks a code of :data:`FINDING_CODES`, names an unknown code, severity or warning
        code, or a template uses a placeholder its code does not fill.
    """
    data = json.loads((resources.files("resume_lens") / "data" / "findings.json").read_text("utf-8"))
    severities = tuple(data["severities"])
    findings = data["findings"]
    if set(findings) != set(FINDING_CODES):
        raise ValueError(
            f"findings.json: codes differ from FINDING_CODES: {sorted(set(findings) ^ set(FINDING_CODES))}"
        )
    for code, rule in findings.items():
        if set(rule) != {"severity", "label", "message"}:
            raise ValueError(f"findings.json: {code} needs exactly severity, label and message")
        if rule["severity"] not in severities:
            raise ValueError(f"findings.json: {code} has unknown severity {rule['severity']!r}")
        used = {name for _, name, _, _ in string.Formatter().parse(rule["message"]) if name}
        if not used <= FINDING_CODES[code]:
            raise ValueError(
                f"findings.json: {code} uses unknown placeholders {sorted(used - FINDING_CODES[code])}"
            )
    for target in data["warning_codes"].values():
        if target not in findings:
            raise ValueError(f"findings.json: warning code maps to unknown finding {target!r}")
    return Rules(
        severities,
        dict(data["thresholds"]),
        dict(data["warning_codes"]),
        findings,
        frozenset(word.lower() for word in data["side_role_title_words"]),
        frozenset(word.lower() for word in data["side_role_unless_words"]),
    )


@dataclass(frozen=True)
class Finding:
    """One coded finding.

    Attributes
    ----------
    code:
        A key of :data:`FINDING_CODES`.
    severity:
        ``"high"``, ``"medium"`` or ``"low"``.
    label, message:
        A short name and one sentence for the recruiter (templates in ``findings.json``).
    section:
        Canonical section name of the span (:data:`resume_lens.structure.SECTION_NAMES`), or ``None``.
    start, end:
        Character offsets into ``Document.text``, end-exclusive, or ``None`` when the finding is about
        the file as a whole.
    text:
        ``Document.text[start:end]`` with whitespace runs squashed, cut to ``excerpt_max_chars``
        characters (160) with ``…``; empty without a span.
    claim_index:
        Index into ``Assessment.claims`` of the claim the finding is about, or ``None``.
    detail:
        Code-specific JSON-safe values (dates, tool names, month counts, the warning text, ``as_of``).
    """

    code: str
    severity: str
    label: str
    message: str
    section: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""
    claim_index: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict (the shape stored in ``Assessment.findings``)."""
        return {
            "code": self.code,
            "severity": self.severity,
            "label": self.label,
            "message": self.message,
            "section": self.section,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claim_index": self.claim_index,
            "detail": dict(self.detail),
        }


def parse_as_of(value: date | str | None) -> date:
    """The screening date: ``value`` as a :class:`datetime.date`, or today when ``None``.

    Raises
    ------
    ValueError
        When a string is not an ISO date ``YYYY-MM-DD``.
    """
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"{value!r} is not a date written YYYY-MM-DD")
    return date.fromisoformat(value)


class _Builder:
    """Collects findings for one resume, filling templates and excerpts."""

    def __init__(self, text: str, structure: ResumeStructure, rules: Rules):
        self.text = text
        self.structure = structure
        self.rules = rules
        self.found: list[Finding] = []

    def section_at(self, offset: int | None) -> str | None:
        if offset is None:
            return None
        for section in self.structure.sections:
            if section.start <= offset < section.end:
                return section.name
        return None

    def excerpt(self, start: int | None, end: int | None) -> str:
        if start is None or end is None:
            return ""
        squashed = " ".join(self.text[start:end].split())
        limit = int(self.rules.thresholds["excerpt_max_chars"])
        return squashed if len(squashed) <= limit else squashed[: limit - 1].rstrip() + "…"

    def add(
        self,
        code: str,
        values: dict[str, Any],
        *,
        start: int | None = None,
        end: int | None = None,
        section: str | None = None,
        claim_index: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        rule = self.rules.findings[code]
        self.found.append(
            Finding(
                code=code,
                severity=rule["severity"],
                label=rule["label"],
                message=rule["message"].format_map({k: str(v) for k, v in values.items()}),
                section=section if section is not None else self.section_at(start),
                start=start,
                end=end,
                text=self.excerpt(start, end),
                claim_index=claim_index,
                detail=detail or {},
            )
        )


def _is_year(token: str | None) -> bool:
    return token is not None and re.fullmatch(r"(?:19|20)\d\d", token.strip()) is not None


@dataclass(frozen=True)
class _Dated:
    """A position's dates at the precision written, and where they are in the text."""

    position: Position
    start: str  # narrowest reading, "YYYY-MM"
    end: str  # narrowest reading, "YYYY-MM" or "present"
    written: str  # as shown to a recruiter: "2021-03 – present"
    span: tuple[int, int]


def _dated_positions(text: str, structure: ResumeStructure) -> list[_Dated]:
    """Positions with a start date; a year alone is read at its narrowest (module docstring)."""
    dated = []
    for p in structure.positions:
        if not p.start_date or not p.end_date:
            continue
        start, end, span = p.start_date, p.end_date, (p.title_start, p.title_end)
        offset = p.start
        for line in text[p.start : p.end].split("\n"):
            found = find_date_range(line)
            if found is not None and (found.start, found.end) == (p.start_date, p.end_date):
                span = (offset + found.span_start, offset + found.span_end)
                match = _RANGE_RE.match(line, found.span_start)
                if match is not None:
                    if _is_year(match.group("start") or match.group("start2")):
                        start = p.start_date[:4] + "-12"
                    if _is_year(match.group("end") or match.group("end2")):
                        end = p.end_date[:4] + "-01"
                break
            offset += len(line) + 1
        dated.append(_Dated(p, start, end, f"{p.start_date} – {p.end_date}", span))
    return dated


_HEADER_PART_RE = re.compile(r"\s*(?:[,|@\u2013\u2014\u00b7]|\s-\s|\sat\s)\s*")


def _header_first_part(text: str, position: Position) -> str:
    """The first part of a position's header line ("Core Member" of "Core Member, Open Source Society, 2011 -
    Present"), for a position whose title was not read."""
    first = text[position.start : position.end].split("\n", 1)[0]
    return _HEADER_PART_RE.split(first, maxsplit=1)[0]


def _date_findings(out: _Builder, as_of: date) -> None:
    now = f"{as_of.year:04d}-{as_of.month:02d}"
    dated = _dated_positions(out.text, out.structure)
    for d in dated:
        late = [m for m in (d.start, d.end) if m != "present" and m > now]
        if late:
            out.add(
                "future_dates",
                {"title": d.position.title, "dates": d.written, "as_of": as_of.isoformat()},
                start=d.span[0],
                end=d.span[1],
                detail={
                    "position_index": d.position.index,
                    "start_date": d.position.start_date,
                    "end_date": d.position.end_date,
                    "as_of": as_of.isoformat(),
                },
            )
    minimum = int(out.rules.thresholds["dates_overlap_min_months"])
    jobs = [
        d
        for d in dated
        if not out.rules.is_side_role(d.position.title or _header_first_part(out.text, d.position))
    ]
    ordered = sorted(jobs, key=lambda d: (d.start, d.position.index))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            end_a = now if a.end == "present" else a.end
            end_b = now if b.end == "present" else b.end
            months = month_number(min(end_a, end_b)) - month_number(max(a.start, b.start)) + 1
            if months < minimum:
                continue
            out.add(
                "dates_overlap",
                {
                    "title": b.position.title,
                    "dates": b.written,
                    "other_title": a.position.title,
                    "other_dates": a.written,
                    "months": months,
                },
                start=b.span[0],
                end=b.span[1],
                detail={
                    "position_index": b.position.index,
                    "other_position_index": a.position.index,
                    "months": months,
                    "as_of": as_of.isoformat(),
                },
            )


def _claim_findings(out: _Builder, analysis: Analysis, assessment: Assessment) -> None:
    claims = analysis.structure.claims
    for index, (claim, scored) in enumerate(zip(claims, assessment.claims, strict=False)):
        where = (
            "headline"
            if scored.source == "headline"
            else f"position {scored.start_date or '?'} – {scored.end_date or '?'}"
        )
        reason = "; ".join(r for r in scored.reasons if not r.startswith("verdict:")) or scored.verdict
        values = {"title": scored.title, "where": where, "reason": reason}
        if scored.verdict == "inflated":
            out.add("title_not_supported", values, start=claim.start, end=claim.end, claim_index=index)
        elif scored.verdict == "unclear":
            out.add("evidence_unclear", values, start=claim.start, end=claim.end, claim_index=index)
        evidence = [e for e in scored.evidence if e.get("section") != "skills"]
        own_production = [
            e
            for e in evidence
            if e["category"] == "production" and not e.get("tool_only") and e["polarity"] == "asserted"
        ]
        served = [e for e in own_production if e["label"] == "PROD.SERVING"]
        demo = [
            e
            for e in evidence
            if e["label"] == "NB.DEMO_DEPLOY" or (e["category"] == "production" and e["polarity"] == "demo")
        ]
        if demo and not served:
            first = demo[0]
            out.add(
                "demo_only_deployment",
                {"title": scored.title, "text": out.excerpt(first["start"], first["end"])},
                start=first["start"],
                end=first["end"],
                claim_index=index,
                detail={"label": first["label"], "polarity": first["polarity"]},
            )
        weakened = [
            e
            for e in evidence
            if e["category"] == "production" and not e.get("tool_only") and e["polarity"] in _WEAKENED
        ]
        if weakened and not own_production:
            first = weakened[0]
            kinds = sorted({e["polarity"] for e in weakened}, key=_WEAKENED.index)
            out.add(
                "weakened_production_only",
                {
                    "title": scored.title,
                    "text": out.excerpt(first["start"], first["end"]),
                    "polarities": " or ".join(kinds),
                },
                start=first["start"],
                end=first["end"],
                claim_index=index,
                detail={"polarities": kinds},
            )
    if assessment.claims and all(c.source == "headline" for c in assessment.claims):
        first_claim = claims[0]
        out.add(
            "summary_only_claim",
            {"title": assessment.claims[0].title},
            start=first_claim.start,
            end=first_claim.end,
            claim_index=0,
        )
    structure = analysis.structure
    prose_work = False
    if assessment.claims and is_prose_only(structure):
        # no experience or projects to back the summary with: its sentences of work were read as the work
        out.add("prose_only_resume", {})
        # the summary's production wording is backed when a clause of work holds production work done that
        # is the claim's (not non-ML work, rubric clarification 2; a review)
        for c in structure.claims:
            read = prose_work_spans(c, structure, analysis.spans)
            own = claim_context(c, structure, analysis.spans).spans["claim"] if read else ()
            prose_work = prose_work or any(
                s.start in read and s.category == "production" and s.polarity == "asserted" for s in own
            )
    if assessment.claims and not prose_work:
        top = [s for s in analysis.spans if s.section in ("header", "summary") and s.category == "production"]
        top = [s for s in top if not s.label.startswith("TOOL.")]
        backed = any(
            s.section in ("experience", "projects")
            and s.category == "production"
            and s.polarity == "asserted"
            and not s.label.startswith("TOOL.")
            for s in analysis.spans
        )
        if top and not backed:
            first = top[0]
            out.add(
                "summary_only_production",
                {"text": out.excerpt(first.start, first.end)},
                start=first.start,
                end=first.end,
                section=first.section,
                detail={"label": first.label},
            )


def _stuffing_finding(out: _Builder, analysis: Analysis) -> None:
    stuffing = keyword_stuffing(analysis)
    if not stuffing.flagged:
        return
    unused = set(stuffing.unused)
    spans = [s for s in analysis.spans if s.section == "skills" and s.text.lower() in unused]
    start = min((s.start for s in spans), default=None)
    end = max((s.end for s in spans), default=None)
    out.add(
        "skills_list_only_tools",
        {"count": len(stuffing.unused), "tools": ", ".join(stuffing.unused)},
        start=start,
        end=end,
        section="skills",
        detail={"unused": list(stuffing.unused), "listed": list(stuffing.listed)},
    )


def _warning_findings(out: _Builder, warnings: Iterable[str], analysis: Analysis) -> None:
    for warning in warnings:
        match = _WARNING_CODE.match(warning)
        code = out.rules.warning_codes.get(match.group(1)) if match else None
        if code is None:
            continue
        body = warning[match.end() :] if match else warning
        detail: dict[str, Any] = {"warning": warning}
        if code == "hidden_text":
            hidden = getattr(analysis.document, "hidden_spans", ())
            detail["hidden"] = [{"text": h.text, "reasons": list(h.reasons), "page": h.page} for h in hidden]
        out.add(code, {"warning": body}, detail=detail)


def findings_for(
    analysis: Analysis, assessment: Assessment, as_of: date | str | None = None
) -> tuple[Finding, ...]:
    """Every finding on one screened resume, most serious first.

    Parameters
    ----------
    analysis:
        The analysed resume (:func:`resume_lens.analysis.analyze_document`).
    assessment:
        Its assessment (:func:`resume_lens.assess.assess_analysis`); ``assessment.claims`` must be in
        the order of ``analysis.structure.claims``, as ``assess_analysis`` makes them.
    as_of:
        The screening date (``datetime.date`` or ``"YYYY-MM-DD"``) that "present" and future dates are
        measured against; today when ``None``.

    Returns
    -------
    tuple[Finding, ...]
        Sorted by severity, then by offset (findings without a span last), then code; a finding with
        the same code and span as an earlier one (a headline claim and a position claim sharing a
        demo line) is kept once.

    Raises
    ------
    ValueError
        When ``as_of`` is a string that is not ``YYYY-MM-DD``.
    """
    day = parse_as_of(as_of)
    rules = load_rules()
    out = _Builder(analysis.document.text, analysis.structure, rules)
    _claim_findings(out, analysis, assessment)
    _stuffing_finding(out, analysis)
    _warning_findings(out, assessment.warnings, analysis)
    _date_findings(out, day)
    unique: dict[tuple[str, int | None, int | None, str], Finding] = {}
    for finding in out.found:
        key = (finding.code, finding.start, finding.end, finding.message if finding.start is None else "")
        unique.setdefault(key, finding)
    big = 1 << 62
    return tuple(
        sorted(
            unique.values(),
            key=lambda f: (rules.rank(f.severity), f.start if f.start is not None else big, f.code),
        )
    )


def annotate(analysis: Analysis, assessment: Assessment, as_of: date | str | None = None) -> Assessment:
    """The assessment with its findings and, on each claim, interview questions.

    What the :class:`~resume_lens.screener.Screener` calls after scoring; the verdicts and
    probabilities are left exactly as they are.

    Parameters
    ----------
    analysis, assessment, as_of:
        As for :func:`findings_for`.

    Returns
    -------
    Assessment
        A copy with ``findings`` (``Finding.to_dict()`` rows) and each claim's ``questions``
        (:func:`resume_lens.questions.questions_for`).
    """
    from resume_lens.questions import questions_for

    if assessment.error is not None:
        return assessment
    findings = findings_for(analysis, assessment, as_of)
    questions = questions_for(analysis, assessment)
    claims = tuple(replace(c, questions=q) for c, q in zip(assessment.claims, questions, strict=True))
    return replace(assessment, claims=claims, findings=tuple(f.to_dict() for f in findings))
