"""``resume-lens train``: fit the claim and role models on a labelled corpus, deterministically.

The same corpus (files and ``labels.csv``) always gives the same models: files are read in sorted
order, every random choice takes a fixed seed, and nothing depends on the clock.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sklearn.model_selection import StratifiedKFold

from resume_lens.analysis import Analysis, analyze_document
from resume_lens.assess import assess_analysis
from resume_lens.extract import extract_file
from resume_lens.features import claim_context, claim_features, role_features
from resume_lens.labels import RESUME_LABELS, LabelRow, read_labels
from resume_lens.metrics import label_metrics
from resume_lens.model import (
    CLAIM_LABELS,
    INFLATED_THRESHOLD,
    ROLE_LABELS,
    LoadedModels,
    build_claim_pipeline,
    build_role_pipeline,
    save_models,
)
from resume_lens.model_card import write_model_card
from resume_lens.tagging import get_pipeline

__all__ = ["TrainingResult", "train", "corpus_sha256", "CV_FOLDS"]

#: Folds of the cross-validation reported in the model card (stratified by resume label; one
#: resume is one group, so no resume is in a training and a test fold at once).
CV_FOLDS = 5


@dataclass
class TrainingResult:
    """What ``train`` produced: metrics, counts, and the manifest written."""

    n_resumes: int
    n_claim_rows: int
    skipped: list[dict[str, str]] = field(default_factory=list)
    cv_metrics: dict[str, Any] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)


def corpus_sha256(folder: Path, rows: list[LabelRow], labels_path: Path) -> str:
    """Hex SHA-256 over the labels file and every labelled resume's bytes, in sorted order."""
    digest = hashlib.sha256(labels_path.read_bytes())
    for row in sorted(rows, key=lambda r: r.file):
        digest.update(row.file.encode("utf-8"))
        digest.update(hashlib.sha256((folder / row.file).read_bytes()).digest())
    return digest.hexdigest()


def _claim_row(analysis: Analysis) -> dict[str, float] | None:
    claims = analysis.structure.claims
    if not claims:
        return None
    return claim_features(claim_context(claims[0], analysis.structure, analysis.spans))


def _fit(
    analyses: list[Analysis], rows: list[LabelRow], seed: int
) -> tuple[Any, Any, int, list[dict[str, str]]]:
    claim_x, claim_y, role_x, role_y = [], [], [], []
    skipped: list[dict[str, str]] = []
    for analysis, row in zip(analyses, rows, strict=True):
        role_x.append(role_features(analysis.structure, analysis.spans))
        role_y.append(row.evidence_role)
        if row.resume_label == "no_claim":
            continue
        features = _claim_row(analysis)
        if features is None:
            skipped.append({"file": row.file, "reason": "labelled with a claim, but no claim was found"})
            continue
        claim_x.append(features)
        claim_y.append(row.resume_label)
    claim_model = build_claim_pipeline(seed).fit(claim_x, claim_y)
    role_model = build_role_pipeline().fit(role_x, role_y)
    return claim_model, role_model, len(claim_x), skipped


def _cross_validate(analyses: list[Analysis], rows: list[LabelRow], seed: int) -> dict[str, Any]:
    folds = StratifiedKFold(n_splits=CV_FOLDS, shuffle=True, random_state=seed)
    gold_label, pred_label, gold_role, pred_role = [], [], [], []
    labels = [r.resume_label for r in rows]
    for train_idx, test_idx in folds.split(rows, labels):
        claim_model, role_model, _, _ = _fit(
            [analyses[i] for i in train_idx], [rows[i] for i in train_idx], seed
        )
        models = LoadedModels(claim_model, role_model, {"fingerprint": "cross-validation"})
        for i in test_idx:
            assessment = assess_analysis(analyses[i], models)
            gold_label.append(rows[i].resume_label)
            pred_label.append(assessment.verdict)
            gold_role.append(rows[i].evidence_role)
            pred_role.append(assessment.evidence_role)
    return {
        "folds": CV_FOLDS,
        "resume_label": label_metrics(gold_label, pred_label, RESUME_LABELS),
        "evidence_role": label_metrics(gold_role, pred_role, ROLE_LABELS),
    }


def train(
    corpus_dir: str | Path, out_dir: str | Path, *, labels: str | Path | None = None, seed: int = 0
) -> TrainingResult:
    """Fit both models on a labelled corpus and write them, a manifest, metrics and a model card.

    Parameters
    ----------
    corpus_dir:
        Folder of resumes (TXT, MD, PDF, DOCX) with a rubric §6 ``labels.csv``.
    out_dir:
        Where ``claim_model.skops``, ``role_model.skops``, ``manifest.json``, ``metrics.json`` and
        ``MODEL_CARD.md`` are written (``models/`` in the repository).
    labels:
        The labels file; ``corpus_dir/labels.csv`` when ``None``.
    seed:
        Seed for the calibration and cross-validation folds.

    Returns
    -------
    TrainingResult

    Raises
    ------
    ResumeLensError
        When the labels file is malformed or a labelled resume cannot be read.
    """
    folder = Path(corpus_dir)
    labels_path = Path(labels) if labels is not None else folder / "labels.csv"
    rows = sorted(read_labels(labels_path), key=lambda r: r.file)
    nlp = get_pipeline()
    analyses = [analyze_document(extract_file(folder / row.file), nlp=nlp) for row in rows]
    cv = _cross_validate(analyses, rows, seed)
    claim_model, role_model, n_claims, skipped = _fit(analyses, rows, seed)
    data_hash = corpus_sha256(folder, rows, labels_path)
    counts = {label: sum(r.resume_label == label for r in rows) for label in RESUME_LABELS}
    roles = {role: sum(r.evidence_role == role for r in rows) for role in ROLE_LABELS}
    extra = {
        "training_data": {
            "sha256": data_hash,
            "resumes": len(rows),
            "claim_rows": n_claims,
            "resume_labels": counts,
            "evidence_roles": roles,
            "skipped": skipped,
        },
        "claim_labels_predicted": list(CLAIM_LABELS),
        "decision_threshold_p_inflated": INFLATED_THRESHOLD,
        "seed": seed,
        "cv_summary": {
            "resume_label_accuracy": cv["resume_label"]["accuracy"],
            "resume_label_macro_f1": cv["resume_label"]["macro_f1"],
            "evidence_role_accuracy": cv["evidence_role"]["accuracy"],
        },
    }
    out = Path(out_dir)
    manifest = save_models(out, claim_model, role_model, extra=extra)
    (out / "metrics.json").write_text(json.dumps(cv, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    write_model_card(out / "MODEL_CARD.md", manifest, cv)
    return TrainingResult(len(rows), n_claims, skipped, cv, manifest)
