"""Interview questions for each claim, built from its gaps and its vaguest evidence.

Templates are data (``resume_lens/data/interview_questions.json``); their placeholders are filled
from the resume's own evidence spans. Per claim (limits in the data file):

1. up to ``max_vague_per_claim`` (2) questions about the vaguest evidence, trying the ``vague``
   templates in file order, each span used once. The conditions (``when``):

   ``listed_tool_and_vague_production``
       a production tool named in the skills list and in no line of work (the first the list
       names), and a vague production action in the claim's scope;
   ``weakened_production``
       production words hedged, learning, attributed to others or hypothetical (evidence taxonomy §6;
       a vague action is asked about by the vague-production templates instead);
   ``demo_deployment``
       a demo deployment (``NB.DEMO_DEPLOY`` or production words in a demo context; rubric §2);
   ``vague_production``
       an asserted or vague production action alone in a line that names no tool and holds no
       figure or digit, shortest line first (rubric §3: "a bare 'developed and deployed ML models' with no
       object, mechanism, user or figure is weak");
   ``offline_metric``
       an accuracy-style metric on a test set (``NB.OFFLINE_METRIC``);
   ``listed_tool_unused``
       a production tool named in the skills list and in no line of work (keyword stuffing);
   ``notebook_work``
       notebook or exploratory work (``NB.NOTEBOOK``, ``NB.EDA``);

2. one question per missing production category (``ClaimAssessment.missing_categories``, in the
   order of :data:`resume_lens.assess.CORE_PRODUCTION_CATEGORIES`) up to ``max_per_claim`` (5);
3. ``general`` questions until the claim has ``min_per_claim`` (3).

Each question is a dict ``{"id", "kind", "text", "start", "end"}``: ``kind`` is ``"evidence"``,
``"gap"`` or ``"general"``; ``start``/``end`` are the character offsets (into ``Document.text``,
end-exclusive) of the span a question quotes, else ``None``.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from resume_lens.analysis import Analysis
from resume_lens.assess import CORE_PRODUCTION_CATEGORIES, Assessment, ClaimAssessment
from resume_lens.stuffing import KeywordStuffing, keyword_stuffing

__all__ = ["CONDITIONS", "QuestionTemplates", "load_templates", "questions_for", "questions_for_claim"]

_WEAKENED = frozenset({"hedged", "learning", "attributed", "hypothetical"})
_PLACEHOLDERS = frozenset({"tool", "phrase", "line", "title"})


@dataclass(frozen=True)
class QuestionTemplates:
    """The contents of ``interview_questions.json``."""

    limits: dict[str, int]
    vague: tuple[dict[str, str], ...]
    gaps: dict[str, str]
    general: tuple[str, ...]


@dataclass(frozen=True)
class _Context:
    """What the conditions look at for one claim."""

    claim: ClaimAssessment
    evidence: tuple[dict[str, Any], ...]  # the claim's scope, skills list excluded
    stuffing: KeywordStuffing
    tool_names: dict[str, tuple[str, int, int]]  # lower-case tool → (as written, start, end) in skills


def _production_actions(ctx: _Context) -> list[dict[str, Any]]:
    """Production actions stated as done: asserted, or vague (the tagger's ``MOD.VAGUE`` cues mark a
    bare "deployed ML models", which is what the vague-production questions ask about)."""
    return [
        e
        for e in ctx.evidence
        if e["category"] == "production"
        and e["label"].startswith("PROD.")
        and not e.get("tool_only")
        and e["polarity"] in ("asserted", "vague")
    ]


def _vague_actions(ctx: _Context) -> list[dict[str, Any]]:
    """Asserted production actions alone in a line with no figure, no digit and no tool name.

    Vaguest first: shorter lines before longer ones, then reading order (rubric §3: a bare
    "developed and deployed ML models" names no object, mechanism, user or figure).
    """
    specific_lines = {
        e["line_start"] for e in ctx.evidence if e["label"].startswith("MEAS.") or e.get("tool_only")
    }
    actions = _production_actions(ctx)
    kinds_per_line: dict[int, set[str]] = {}
    for e in actions:
        kinds_per_line.setdefault(e["line_start"], set()).add(e["label"])
    vague = [
        e
        for e in actions
        if e["line_start"] not in specific_lines
        and len(kinds_per_line[e["line_start"]]) == 1
        and not any(ch.isdigit() for ch in e["line"])
    ]
    return sorted(vague, key=lambda e: (len(" ".join(e["line"].split())), e["start"]))


def _span_values(span: dict[str, Any]) -> dict[str, Any]:
    return {"phrase": span["text"], "line": span["line"], "start": span["start"], "end": span["end"]}


def _unused_tools(ctx: _Context) -> list[tuple[str, int, int]]:
    """Listed-but-unused tools as written, in the order the skills list names them."""
    return sorted((ctx.tool_names[n] for n in ctx.stuffing.unused if n in ctx.tool_names), key=lambda t: t[1])


def _listed_tool(ctx: _Context) -> dict[str, Any] | None:
    unused = _unused_tools(ctx)
    return {"tool": unused[0][0]} if unused else None


def _when_listed_tool_and_vague(ctx: _Context) -> list[dict[str, Any]]:
    tool = _listed_tool(ctx)
    if tool is None:
        return []
    return [{**_span_values(e), **tool} for e in _vague_actions(ctx)]


def _when_weakened(ctx: _Context) -> list[dict[str, Any]]:
    return [
        _span_values(e)
        for e in ctx.evidence
        if e["category"] == "production" and not e.get("tool_only") and e["polarity"] in _WEAKENED
    ]


def _when_demo(ctx: _Context) -> list[dict[str, Any]]:
    return [
        _span_values(e)
        for e in ctx.evidence
        if e["label"] == "NB.DEMO_DEPLOY" or (e["category"] == "production" and e["polarity"] == "demo")
    ]


def _when_vague(ctx: _Context) -> list[dict[str, Any]]:
    return [_span_values(e) for e in _vague_actions(ctx)]


def _when_offline_metric(ctx: _Context) -> list[dict[str, Any]]:
    return [_span_values(e) for e in ctx.evidence if e["label"] == "NB.OFFLINE_METRIC"]


def _when_listed_tool_unused(ctx: _Context) -> list[dict[str, Any]]:
    return [{"tool": written, "start": start, "end": end} for written, start, end in _unused_tools(ctx)[:1]]


def _when_notebook(ctx: _Context) -> list[dict[str, Any]]:
    return [_span_values(e) for e in ctx.evidence if e["label"] in ("NB.NOTEBOOK", "NB.EDA")]


#: The ``when`` conditions of the ``vague`` templates: each gives candidate placeholder values in
#: reading order (``start``/``end`` locate the span quoted).
CONDITIONS: dict[str, Callable[[_Context], list[dict[str, Any]]]] = {
    "listed_tool_and_vague_production": _when_listed_tool_and_vague,
    "weakened_production": _when_weakened,
    "demo_deployment": _when_demo,
    "vague_production": _when_vague,
    "offline_metric": _when_offline_metric,
    "listed_tool_unused": _when_listed_tool_unused,
    "notebook_work": _when_notebook,
}


@lru_cache(maxsize=1)
def load_templates() -> QuestionTemplates:
    """Read and check ``resume_lens/data/interview_questions.json``.

    Raises
    ------
    ValueError
        When a ``vague`` template names an unknown condition or placeholder, a gap is not one of the
        core production categories, or the limits are inconsistent.
    """
    data = json.loads(
        (resources.files("resume_lens") / "data" / "interview_questions.json").read_text("utf-8")
    )
    limits = {k: int(v) for k, v in data["limits"].items()}
    if not 1 <= limits["min_per_claim"] <= limits["max_per_claim"]:
        raise ValueError("interview_questions.json: need 1 <= min_per_claim <= max_per_claim")
    if len(data["general"]) < limits["min_per_claim"]:
        raise ValueError("interview_questions.json: fewer general questions than min_per_claim")
    for item in data["vague"]:
        if set(item) != {"id", "when", "template"}:
            raise ValueError(
                f"interview_questions.json: {item.get('id')} needs exactly id, when and template"
            )
        if item["when"] not in CONDITIONS:
            raise ValueError(f"interview_questions.json: {item['id']} has unknown condition {item['when']!r}")
        used = {name for _, name, _, _ in string.Formatter().parse(item["template"]) if name}
        if not used <= _PLACEHOLDERS:
            raise ValueError(
                f"interview_questions.json: {item['id']} uses unknown placeholders {sorted(used)}"
            )
    if set(data["gaps"]) != set(CORE_PRODUCTION_CATEGORIES.values()):
        raise ValueError("interview_questions.json: 'gaps' must name exactly the core production categories")
    return QuestionTemplates(limits, tuple(data["vague"]), dict(data["gaps"]), tuple(data["general"]))


def _short(text: str, limit: int) -> str:
    """Whitespace squashed, closing punctuation dropped (the template adds its own), cut at ``limit``."""
    squashed = " ".join(text.split()).rstrip(".;,: ")
    return squashed if len(squashed) <= limit else squashed[: limit - 1].rstrip() + "…"


def questions_for_claim(
    claim: ClaimAssessment, stuffing: KeywordStuffing, tool_names: dict[str, tuple[str, int, int]]
) -> tuple[dict[str, Any], ...]:
    """Three to five interview questions for one claim (module docstring for the order).

    Parameters
    ----------
    claim:
        A scored claim with its ``evidence`` and ``missing_categories``.
    stuffing:
        The resume's keyword-stuffing signal (:func:`resume_lens.stuffing.keyword_stuffing`).
    tool_names:
        Lower-case tool name → (the name as written, start, end) of its first mention in the skills list.

    Returns
    -------
    tuple[dict, ...]
        ``{"id", "kind", "text", "start", "end"}`` rows.
    """
    templates = load_templates()
    limits = templates.limits
    ctx = _Context(
        claim, tuple(e for e in claim.evidence if e.get("section") != "skills"), stuffing, tool_names
    )
    out: list[dict[str, Any]] = []
    used_spans: set[tuple[int, int]] = set()
    for item in templates.vague:
        if len(out) >= limits["max_vague_per_claim"]:
            break
        for values in CONDITIONS[item["when"]](ctx):
            key = (values["start"], values["end"])
            if key in used_spans:
                continue
            fill = {
                "tool": values.get("tool", ""),
                "phrase": _short(values.get("phrase", ""), limits["line_max_chars"]),
                "line": _short(values.get("line", ""), limits["line_max_chars"]),
                "title": claim.title,
            }
            text = item["template"].format_map(fill)
            out.append({"id": item["id"], "kind": "evidence", "text": text, "start": key[0], "end": key[1]})
            used_spans.add(key)
            break
    for category in claim.missing_categories:
        if len(out) >= limits["max_per_claim"]:
            break
        if category in templates.gaps:
            out.append(
                {"id": category, "kind": "gap", "text": templates.gaps[category], "start": None, "end": None}
            )
    for number, text in enumerate(templates.general, start=1):
        if len(out) >= limits["min_per_claim"]:
            break
        out.append({"id": f"general_{number}", "kind": "general", "text": text, "start": None, "end": None})
    return tuple(out)


def questions_for(analysis: Analysis, assessment: Assessment) -> tuple[tuple[dict[str, Any], ...], ...]:
    """Interview questions for every claim of an assessment, in the order of ``assessment.claims``.

    Parameters
    ----------
    analysis:
        The analysed resume (for the skills list's tool names as written).
    assessment:
        Its assessment.

    Returns
    -------
    tuple[tuple[dict, ...], ...]
        One tuple of question rows per claim (see :func:`questions_for_claim`).
    """
    stuffing = keyword_stuffing(analysis)
    tool_names: dict[str, tuple[str, int, int]] = {}
    for span in analysis.spans:
        if span.section == "skills":
            tool_names.setdefault(span.text.lower(), (" ".join(span.text.split()), span.start, span.end))
    return tuple(questions_for_claim(c, stuffing, tool_names) for c in assessment.claims)
