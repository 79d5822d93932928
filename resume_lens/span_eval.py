"""Measure the evidence tagger against gold-annotated resume lines (``evaluate --spans``).

The gold file is JSON Lines (``corpora/evidence_lines.jsonl``; format in ``corpora/EVIDENCE_LINES.md``):
each record holds one line of resume text, its section, its split (``dev`` or ``heldout``) and its gold
spans (character offsets, taxonomy label, polarity).

Matching: a predicted span matches a gold span of the **same label** when their character ranges
overlap; each gold span is matched at most once (greedy, left to right). Bare tool names (``TOOL.*``)
and ``vague`` mentions ("productionised ML solutions across the business") are recorded, not evidence
— the gold guidelines give neither a span ("work, not keywords") — so they are never predicted spans
here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from resume_lens.errors import ResumeLensError
from resume_lens.evidence import POLARITIES
from resume_lens.structure import Line
from resume_lens.tagging import category_of, get_pipeline, tag_lines

__all__ = ["GoldSpan", "GoldLine", "GoldFileError", "read_gold_lines", "evaluate_spans", "format_span_report"]

_KEYS = {"id", "split", "section", "text", "spans", "style"}
_SPLITS = ("dev", "heldout")


class GoldFileError(ResumeLensError, ValueError):
    """A gold evidence-lines file is malformed; the message names the file and line."""

    code = "gold_file_error"


@dataclass(frozen=True)
class GoldSpan:
    """One gold span: character offsets into the line's text (end-exclusive), label and polarity."""

    start: int
    end: int
    label: str
    polarity: str


@dataclass(frozen=True)
class GoldLine:
    """One annotated line of resume text."""

    id: str
    split: str
    section: str
    text: str
    spans: tuple[GoldSpan, ...]
    style: str


def read_gold_lines(path: str | Path) -> list[GoldLine]:
    """Read and validate a gold evidence-lines file.

    Raises
    ------
    GoldFileError
        A line that is not a JSON object with exactly the keys ``id, split, section, text, spans,
        style``, an unknown split or polarity, a span outside the text, or a duplicate id.
    """
    path = Path(path)
    try:
        raw_lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldFileError(f"cannot read gold file {path}: {e.strerror}") from e
    out: list[GoldLine] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record = json.loads(raw)
        except ValueError as e:
            raise GoldFileError(f"{where}: not JSON ({e.msg})") from e
        if not isinstance(record, dict) or set(record) != _KEYS:
            raise GoldFileError(f"{where}: keys must be exactly {sorted(_KEYS)}")
        if record["split"] not in _SPLITS or record["id"] in seen:
            raise GoldFileError(f"{where}: bad split {record['split']!r} or duplicate id {record['id']!r}")
        seen.add(record["id"])
        text = record["text"]
        spans = []
        for span in record["spans"]:
            start, end, label, polarity = span["start"], span["end"], span["label"], span["polarity"]
            if not (0 <= start < end <= len(text)) or polarity not in POLARITIES:
                raise GoldFileError(f"{where}: bad span {span!r}")
            spans.append(GoldSpan(start, end, label, polarity))
        out.append(
            GoldLine(record["id"], record["split"], record["section"], text, tuple(spans), record["style"])
        )
    return out


def _category(label: str) -> str:
    """Category of a gold or predicted label; namespaces the tagger does not emit (``FOUND.*``) keep
    their own name so that they show up as missed."""
    try:
        return category_of(label)
    except ValueError:
        return label.split(".", 1)[0].lower()


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
    }


def _match(gold: Sequence[GoldSpan], predicted: Sequence[GoldSpan]) -> list[tuple[GoldSpan, GoldSpan]]:
    """Greedy one-to-one matching of same-label overlapping spans, left to right."""
    pairs = []
    used: set[int] = set()
    for p in sorted(predicted, key=lambda s: (s.start, s.end)):
        for i, g in enumerate(gold):
            if i not in used and g.label == p.label and g.start < p.end and p.start < g.end:
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _predict(lines: Sequence[GoldLine], nlp: Language) -> list[list[GoldSpan]]:
    offsets, start, doc_lines = [], 0, []
    for line in lines:
        doc_lines.append(Line(line.text, start, start + len(line.text), line.section, 0))
        offsets.append(start)
        start += len(line.text) + 1
    by_line: list[list[GoldSpan]] = [[] for _ in lines]
    index = {offset: i for i, offset in enumerate(offsets)}
    for span in tag_lines(doc_lines, nlp=nlp):
        if span.category == "tool" or span.polarity == "vague":
            continue
        i = index[span.line_start]
        by_line[i].append(GoldSpan(span.start - offsets[i], span.end - offsets[i], span.label, span.polarity))
    return by_line


def evaluate_spans(
    lines: Iterable[GoldLine], *, split: str | None = "heldout", nlp: Language | None = None
) -> dict[str, Any]:
    """Precision, recall and F1 of the tagger against gold spans, overall and per label, category
    and polarity, plus polarity accuracy on matched spans.

    Parameters
    ----------
    lines:
        From :func:`read_gold_lines`.
    split:
        ``"heldout"`` (default), ``"dev"``, or ``None`` for every line.
    nlp:
        The evidence pipeline; the cached one when ``None``.

    Returns
    -------
    dict
        ``{"lines", "overall", "per_label", "per_category", "per_polarity", "polarity_accuracy"}``;
        each metric block is ``{"precision", "recall", "f1", "gold", "predicted", "matched"}`` with
        fractions in [0, 1]. ``per_polarity`` counts a match only when the polarity agrees too.
    """
    chosen = [line for line in lines if split is None or line.split == split]
    predicted = _predict(chosen, nlp or get_pipeline())
    counts: dict[tuple[str, str], list[int]] = {}

    def bump(kind: str, key: str, idx: int) -> None:
        counts.setdefault((kind, key), [0, 0, 0])[idx] += 1

    same_polarity = matched_total = 0
    for line, preds in zip(chosen, predicted, strict=True):
        pairs = _match(line.spans, preds)
        for g in line.spans:
            bump("label", g.label, 2)
            bump("category", _category(g.label), 2)
            bump("polarity", g.polarity, 2)
            bump("overall", "all", 2)
        for p in preds:
            bump("label", p.label, 1)
            bump("category", _category(p.label), 1)
            bump("polarity", p.polarity, 1)
            bump("overall", "all", 1)
        for g, p in pairs:
            bump("label", g.label, 0)
            bump("category", _category(g.label), 0)
            bump("overall", "all", 0)
            matched_total += 1
            if g.polarity == p.polarity:
                same_polarity += 1
                bump("polarity", g.polarity, 0)

    def block(kind: str) -> dict[str, Any]:
        return {key: _prf(*value) for (k, key), value in sorted(counts.items()) if k == kind}

    return {
        "split": split or "all",
        "lines": len(chosen),
        "overall": _prf(*counts.get(("overall", "all"), [0, 0, 0])),
        "per_label": block("label"),
        "per_category": block("category"),
        "per_polarity": block("polarity"),
        "polarity_accuracy": round(same_polarity / matched_total, 4) if matched_total else 0.0,
    }


def format_span_report(report: dict[str, Any]) -> str:
    """A plain-text table of :func:`evaluate_spans` output."""
    overall = report["overall"]
    out = [
        f"evidence spans, split={report['split']}: {report['lines']} lines  "
        f"precision={overall['precision']:.3f}  recall={overall['recall']:.3f}  F1={overall['f1']:.3f}  "
        f"polarity accuracy={report['polarity_accuracy']:.3f}",
    ]
    for title in ("per_category", "per_polarity", "per_label"):
        out.append(f"\n{title.replace('_', ' ')}:")
        out.append(f"{'':<22} precision  recall     f1   gold  predicted")
        for key, m in report[title].items():
            out.append(
                f"{key:<22} {m['precision']:9.3f}  {m['recall']:6.3f}  {m['f1']:5.3f}  {m['gold']:5d}  "
                f"{m['predicted']:9d}"
            )
    return "\n".join(out)
