"""``resume-lens evaluate``: measure the product on a labelled folder (rubric §6 labels).

Two modes: :func:`evaluate_folder` screens the folder with a fitted model (the packaged one by
default); :func:`cross_validate_folder` fits the models and two baselines fold by fold on the folder
itself and reports cross-validated metrics, calibration and the issue-4 goals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resume_lens.baselines import KeywordCountBaseline, build_tfidf_baseline, keyword_count
from resume_lens.crossval import CV_FOLDS, analyze_corpus, out_of_fold, resume_folds, writer_folds, writer_of
from resume_lens.labels import ORIGINS, RESUME_LABELS, read_labels
from resume_lens.metrics import calibration_metrics, format_calibration, format_metrics, label_metrics
from resume_lens.model import ROLE_LABELS
from resume_lens.screener import Screener
from resume_lens.training import cross_validated_assessments

__all__ = [
    "EvaluationReport",
    "UNREAD",
    "evaluate_folder",
    "CrossValidationReport",
    "cross_validate_folder",
    "format_cv_report",
    "GOALS",
    "GROUPINGS",
]


#: The predicted label of a labelled file that could not be read (:func:`evaluate_folder`).
UNREAD = "error"


@dataclass(frozen=True)
class EvaluationReport:
    """Metrics for ``resume_label`` and ``evidence_role``, and the files that could not be read."""

    resume_label: dict[str, Any]
    evidence_role: dict[str, Any]
    errors: tuple[dict[str, str], ...]
    rows: tuple[dict[str, Any], ...]


def evaluate_folder(
    folder: str | Path, labels: str | Path | None = None, *, screener: Screener | None = None, n_jobs: int = 1
) -> EvaluationReport:
    """Screen every labelled file in ``folder`` and compute metrics against the labels.

    Parameters
    ----------
    folder:
        Folder of resume files.
    labels:
        A rubric §6 ``labels.csv``; ``folder/labels.csv`` when ``None``.
    screener:
        A loaded :class:`Screener`; the packaged model when ``None``.
    n_jobs:
        Worker processes for screening.

    Returns
    -------
    EvaluationReport
        A file that cannot be read counts as predicted label ``"error"`` (:data:`UNREAD`, a miss: it
        lowers accuracy and recall) and is listed in ``errors``; the metrics then carry an ``"error"``
        label, so each confusion-matrix row adds up to that gold label's support.

    Raises
    ------
    ResumeLensError
        When the labels file is malformed.
    """
    folder = Path(folder)
    rows = read_labels(Path(labels) if labels is not None else folder / "labels.csv")
    screener = screener or Screener()
    assessments = screener.assess_many([folder / r.file for r in rows], n_jobs=n_jobs)
    gold_label, pred_label, gold_role, pred_role, errors, table = [], [], [], [], [], []
    for row, assessment in zip(rows, assessments, strict=True):
        predicted = assessment.verdict if assessment.ok else UNREAD
        role = assessment.evidence_role if assessment.ok else UNREAD
        if not assessment.ok:
            errors.append({"file": row.file, **(assessment.error or {})})
        gold_label.append(row.resume_label)
        pred_label.append(predicted)
        gold_role.append(row.evidence_role)
        pred_role.append(role)
        table.append(
            {
                "file": row.file,
                "resume_label": row.resume_label,
                "predicted": predicted,
                "p_inflated": assessment.p_inflated,
                "evidence_role": row.evidence_role,
                "predicted_role": role,
            }
        )
    unread = (UNREAD,) if errors else ()  # a column of its own, so the confusion matrix adds up to n
    return EvaluationReport(
        resume_label=label_metrics(gold_label, pred_label, (*RESUME_LABELS, *unread)),
        evidence_role=label_metrics(gold_role, pred_role, (*ROLE_LABELS, *unread)),
        errors=tuple(errors),
        rows=tuple(table),
    )


# --- cross-validated evaluation with baselines (``resume-lens evaluate --cv``) -------------------

#: The product goals of issue 4, measured on the individually written resumes, cross-validated.
#: How cross-validation folds are drawn (:func:`cross_validate_folder`).
GROUPINGS = ("resume", "writer")

GOALS = {
    "macro_f1": 0.90,
    "inflated_precision": 0.90,
    "inflated_recall": 0.85,
    "evidence_role_accuracy": 0.80,
    "ece": 0.05,
    "accuracy_points_above_baselines": 20.0,
}
_BASELINES = ("keyword", "tfidf")
_BASELINE_NAMES = {"keyword": "keyword count", "tfidf": "TF-IDF + LR"}


@dataclass(frozen=True)
class CrossValidationReport:
    """Cross-validated metrics of resume_lens and both baselines, on the same folds.

    ``subsets`` maps ``"all"``, ``"individual"`` (and ``"template"`` when present) to the metrics of
    that subset of resumes (see :func:`cross_validate_folder`); ``goals`` are measured on
    ``"individual"``; ``rows`` hold one out-of-fold prediction record per resume.
    """

    folder: str
    n_folds: int
    seed: int
    subsets: dict[str, dict[str, Any]]
    group_by: str
    goals: tuple[dict[str, Any], ...]
    folds: tuple[dict[str, Any], ...]
    rows: tuple[dict[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict of every number."""
        return {
            "folder": self.folder,
            "n_resumes": len(self.rows),
            "n_folds": self.n_folds,
            "group_by": self.group_by,
            "seed": self.seed,
            "subsets": self.subsets,
            "goals": [dict(g) for g in self.goals],
            "folds": [dict(f) for f in self.folds],
            "rows": [dict(r) for r in self.rows],
        }


def _subset_metrics(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    gold = [r["resume_label"] for r in rows]
    product = label_metrics(gold, [r["predicted"] for r in rows], RESUME_LABELS)
    # p_inflated is the probability that a claim is inflated rather than supported or unclear, so it
    # is calibrated over every resume with a claim; leaving out the gold-unclear ones would condition
    # on the outcome and make the probability look under-confident.
    judged = [r for r in rows if r["resume_label"] in ("supported", "inflated", "unclear")]
    scored = [r for r in judged if r["p_inflated"] is not None]
    calibration = calibration_metrics(
        [r["p_inflated"] for r in scored], [r["resume_label"] == "inflated" for r in scored]
    )
    calibration["left_out_no_claim_found"] = len(judged) - len(scored)
    out: dict[str, Any] = {
        "n": len(rows),
        "resume_lens": {
            "resume_label": product,
            "inflated": {
                "precision": product["per_class"]["inflated"]["precision"],
                "recall": product["per_class"]["inflated"]["recall"],
            },
            "evidence_role": label_metrics(
                [r["evidence_role"] for r in rows], [r["predicted_role"] for r in rows], ROLE_LABELS
            ),
            "calibration": calibration,
        },
        "accuracy_gap_points": {},
    }
    for name in _BASELINES:
        metrics = label_metrics(gold, [r[f"{name}_predicted"] for r in rows], RESUME_LABELS)
        out[f"{name}_baseline"] = {"resume_label": metrics}
        out["accuracy_gap_points"][name] = round(100 * (product["accuracy"] - metrics["accuracy"]), 1)
    return out


def _goal(name: str, target: str, measured: Any, met: bool, unit: str) -> dict[str, Any]:
    return {"goal": name, "target": target, "measured": measured, "unit": unit, "met": bool(met)}


def _goals(subset: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Each issue-4 goal with its measured value; ``measured`` is ``None`` and the goal not met
    when there are no individually written resumes. ``unit`` is ``fraction``, ``points`` or
    ``precision_recall`` (then ``measured`` is ``{"precision", "recall"}``)."""
    if subset is None:
        m: dict[str, Any] = {}
        macro_f1 = role_accuracy = ece = p = r = None
        gaps: dict[str, Any] = {}
    else:
        m = subset["resume_lens"]
        macro_f1 = m["resume_label"]["macro_f1"]
        role_accuracy = m["evidence_role"]["accuracy"]
        ece = m["calibration"]["ece"] if m["calibration"]["n"] else None
        p, r = m["inflated"]["precision"], m["inflated"]["recall"]
        gaps = subset["accuracy_gap_points"]
    points = GOALS["accuracy_points_above_baselines"]
    goals = [
        _goal(
            "resume-level macro-F1",
            f"≥ {GOALS['macro_f1']:.2f}",
            macro_f1,
            macro_f1 is not None and macro_f1 >= GOALS["macro_f1"],
            "fraction",
        ),
        _goal(
            "inflated precision at recall",
            f"P ≥ {GOALS['inflated_precision']:.2f} at R ≥ {GOALS['inflated_recall']:.2f}",
            None if p is None else {"precision": p, "recall": r},
            p is not None and p >= GOALS["inflated_precision"] and r >= GOALS["inflated_recall"],
            "precision_recall",
        ),
        _goal(
            "evidence-role accuracy",
            f"≥ {GOALS['evidence_role_accuracy']:.2f}",
            role_accuracy,
            role_accuracy is not None and role_accuracy >= GOALS["evidence_role_accuracy"],
            "fraction",
        ),
        _goal(
            "expected calibration error",
            f"≤ {GOALS['ece']:.2f}",
            ece,
            ece is not None and ece <= GOALS["ece"],
            "fraction",
        ),
    ]
    for name in _BASELINES:
        gap = gaps.get(name)
        goals.append(
            _goal(
                f"accuracy above {_BASELINE_NAMES[name]}",
                f"≥ {points:.0f} points",
                gap,
                gap is not None and gap >= points,
                "points",
            )
        )
    return goals


def cross_validate_folder(
    folder: str | Path,
    labels: str | Path | None = None,
    *,
    n_folds: int = CV_FOLDS,
    seed: int = 0,
    group_by: str = "resume",
) -> CrossValidationReport:
    """Cross-validate resume_lens and two baselines on a labelled folder, grouped by resume.

    The folds are training's (:func:`resume_lens.crossval.resume_folds`: stratified by
    ``resume_label`` over the resumes sorted by file name), so with the default folds and seed the
    product's numbers are those of the model card. In each fold the claim and role models
    (:func:`resume_lens.training.fit_models`), the keyword-count baseline and the TF-IDF baseline
    (:mod:`resume_lens.baselines`) are fitted on the training resumes and predict the test resumes.

    Per subset (all resumes; the individually written ones, ``origin`` = ``individual`` in
    ``labels.csv``; the template ones when there are any) the report holds: the resume-level
    verdict metrics (rubric §4; :func:`resume_lens.metrics.label_metrics`), ``inflated`` precision
    and recall, evidence-role metrics (rubric §5), the reliability table and expected calibration
    error of the deciding claim's ``p_inflated`` over resumes labelled ``supported`` or
    ``inflated`` (those in which no claim was found have no probability and are counted in
    ``left_out_no_claim_found``), each baseline's verdict metrics, and the accuracy gap to each
    baseline in percentage points.

    Parameters
    ----------
    folder:
        Folder of resumes.
    labels:
        A rubric §6 labels file (optional ``origin`` column); ``folder/labels.csv`` when ``None``.
    n_folds:
        Number of folds (at least 2); ignored when ``group_by`` is ``"writer"``.
    seed:
        Seed of the folds, the calibration folds and the TF-IDF baseline's inner folds.
    group_by:
        ``"resume"`` (default): the stratified folds above. ``"writer"``: leave one writer out
        (:func:`resume_lens.crossval.writer_folds`, one fold per file-name prefix), which measures the
        model on wording it has never seen; a ``per_writer`` subset then holds each writer's metrics.

    Returns
    -------
    CrossValidationReport

    Raises
    ------
    ResumeLensError
        When the labels file is malformed or a labelled resume cannot be read.
    ValueError
        When ``n_folds`` is below 2 or above the number of resumes, when ``group_by`` is unknown, or
        when leaving one writer out finds fewer than two writers.
    """
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {', '.join(GROUPINGS)}, not {group_by!r}")
    corpus = analyze_corpus(folder, labels)
    rows, analyses = corpus.rows, corpus.analyses
    gold = [r.resume_label for r in rows]
    if group_by == "writer":
        folds = writer_folds([r.file for r in rows])
        n_folds = len(folds)
    else:
        folds = resume_folds(gold, n_folds, seed)
    assessments = cross_validated_assessments(analyses, rows, folds, seed=seed)
    texts = [a.document.text for a in analyses]
    has_claim = [bool(a.structure.claims) for a in analyses]
    fitted: dict[str, list[Any]] = {"keyword": [], "tfidf": []}

    def fit_keyword(train: list[int]) -> KeywordCountBaseline:
        model = KeywordCountBaseline.fit(
            [texts[i] for i in train], [has_claim[i] for i in train], [gold[i] for i in train]
        )
        fitted["keyword"].append(model.threshold)
        return model

    def fit_tfidf(train: list[int]) -> Any:
        y = [gold[i] for i in train]
        model = build_tfidf_baseline(y, seed).fit([texts[i] for i in train], y)
        best = getattr(model, "best_params_", {}).get("classify__C", 10.0)
        fitted["tfidf"].append(float(best))
        return model

    def predict_keyword(model: KeywordCountBaseline, test: list[int]) -> list[str]:
        return model.predict([texts[i] for i in test], [has_claim[i] for i in test])

    keyword = out_of_fold(len(rows), folds, fit_keyword, predict_keyword)
    tfidf = out_of_fold(len(rows), folds, fit_tfidf, lambda m, test: m.predict([texts[i] for i in test]))
    fold_of = {i: k for k, (_, test) in enumerate(folds) for i in test}
    table = []
    for i, (row, assessment) in enumerate(zip(rows, assessments, strict=True)):
        table.append(
            {
                "file": row.file,
                "origin": row.origin,
                "fold": fold_of[i],
                "resume_label": row.resume_label,
                "predicted": assessment.verdict,
                "p_inflated": None if assessment.p_inflated is None else round(assessment.p_inflated, 6),
                "evidence_role": row.evidence_role,
                "predicted_role": assessment.evidence_role,
                "keyword_count": keyword_count(texts[i]),
                "keyword_predicted": keyword[i],
                "tfidf_predicted": str(tfidf[i]),
            }
        )
    subsets = {"all": _subset_metrics(table)}
    for origin in ORIGINS:
        chosen = [r for r in table if r["origin"] == origin]
        if chosen or origin == "individual":
            subsets[origin] = _subset_metrics(chosen)
    if group_by == "writer":
        for writer in sorted({writer_of(r["file"]) for r in table}):
            subsets[f"writer {writer}"] = _subset_metrics(
                [r for r in table if writer_of(r["file"]) == writer]
            )
    individual = subsets["individual"] if subsets["individual"]["n"] else None
    fold_info = tuple(
        {
            "fold": k,
            "n_train": len(train),
            "n_test": len(test),
            "keyword_threshold": fitted["keyword"][k],
            "tfidf_C": fitted["tfidf"][k],
        }
        for k, (train, test) in enumerate(folds)
    )
    return CrossValidationReport(
        folder=str(folder),
        n_folds=n_folds,
        seed=seed,
        subsets=subsets,
        group_by=group_by,
        goals=tuple(_goals(individual)),
        folds=fold_info,
        rows=tuple(table),
    )


def _format_subset(name: str, subset: dict[str, Any]) -> list[str]:
    m = subset["resume_lens"]
    calibration = m["calibration"]
    out = [f"== {name}: {subset['n']} resumes ==", ""]
    if not subset["n"]:
        return out + ["(none)", ""]
    out += [format_metrics("resume_lens resume_label", m["resume_label"]), ""]
    out.append(f"inflated: precision={m['inflated']['precision']:.3f}  recall={m['inflated']['recall']:.3f}")
    out += ["", format_metrics("resume_lens evidence_role", m["evidence_role"]), ""]
    title = "calibration of p_inflated (deciding claim; every resume labelled with a claim)"
    out.append(format_calibration(title, calibration))
    if calibration["left_out_no_claim_found"]:
        out.append(f"({calibration['left_out_no_claim_found']} left out: no claim found, so no p_inflated)")
    out.append("")
    for key in _BASELINES:
        metrics = subset[f"{key}_baseline"]["resume_label"]
        out += [format_metrics(f"baseline {_BASELINE_NAMES[key]}", metrics), ""]
    acc = m["resume_label"]["accuracy"]
    parts = [
        f"{_BASELINE_NAMES[k]} {subset[f'{k}_baseline']['resume_label']['accuracy']:.3f} "
        f"({subset['accuracy_gap_points'][k]:+.1f} points)"
        for k in _BASELINES
    ]
    out += [f"accuracy: resume_lens {acc:.3f}; " + "; ".join(parts), ""]
    return out


def _format_measured(goal: dict[str, Any]) -> str:
    value = goal["measured"]
    if value is None:
        return "n/a"
    if goal["unit"] == "precision_recall":
        return f"P={value['precision']:.3f} R={value['recall']:.3f}"
    if goal["unit"] == "points":
        return f"{value:+.1f} points"
    return f"{value:.3f}"


def format_cv_report(report: CrossValidationReport) -> str:
    """Plain-text tables of a :class:`CrossValidationReport`, ending with the goals table."""
    counts = {k: v["n"] for k, v in report.subsets.items() if k != "all"}
    origin = ", ".join(f"{v} {k}" for k, v in counts.items())
    out = [
        f"cross-validation of {report.folder}: {len(report.rows)} resumes ({origin}), {report.n_folds} folds "
        + (
            "leaving one writer out (file-name prefix)"
            if report.group_by == "writer"
            else f"grouped by resume (stratified by resume_label), seed {report.seed}"
        ),
        "",
    ]
    names = {"all": "all resumes", "individual": "individually written", "template": "from templates"}
    for name, subset in report.subsets.items():
        out += _format_subset(names.get(name, name), subset)
    out.append("summary (cross-validated accuracy / macro-F1 of resume_label):")
    systems = [("resume_lens", "resume_lens")] + [(_BASELINE_NAMES[k], f"{k}_baseline") for k in _BASELINES]
    out.append((f"{'subset':<20}  {'n':>4}  " + "  ".join(f"{title:<15}" for title, _ in systems)).rstrip())
    for name, subset in report.subsets.items():
        cells = []
        for _, key in systems:
            m = subset[key]["resume_label"]
            cells.append(f"{m['accuracy']:.3f} / {m['macro_f1']:.3f}" if subset["n"] else "–")
        row = f"{names.get(name, name):<20}  {subset['n']:>4}  " + "  ".join(f"{c:<15}" for c in cells)
        out.append(row.rstrip())
    out.append("")
    out.append("goals (individually written resumes, cross-validated):")
    width = max(len(g["goal"]) for g in report.goals)
    target_width = max(len(g["target"]) for g in report.goals)
    out.append(f"{'goal':<{width}}  {'target':<{target_width}}  {'measured':<18}  status")
    for g in report.goals:
        status = "met" if g["met"] else "not met"
        measured = _format_measured(g)
        out.append(f"{g['goal']:<{width}}  {g['target']:<{target_width}}  {measured:<18}  {status}")
    return "\n".join(out)
