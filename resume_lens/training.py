"""``resume-lens train``: fit the claim and role models on a labelled corpus, deterministically.

The same corpus (files and ``labels.csv``) always gives the same models: files are read in sorted
order, every random choice takes a fixed seed, and nothing depends on the clock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resume_lens.analysis import Analysis
from resume_lens.assess import Assessment, assess_analysis
from resume_lens.crossval import CV_FOLDS, Fold, analyze_corpus, out_of_fold, resume_folds
from resume_lens.features import claim_context, claim_features, role_features
from resume_lens.labels import RESUME_LABELS, LabelRow
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

__all__ = [
    "TrainingResult",
    "train",
    "fit_models",
    "cross_validated_assessments",
    "corpus_sha256",
    "CV_FOLDS",
]


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


def fit_models(
    analyses: Sequence[Analysis], rows: Sequence[LabelRow], seed: int
) -> tuple[Any, Any, int, list[dict[str, str]]]:
    """Fit the claim model and the role model on analysed, labelled resumes.

    The claim model learns from one row per resume that carries a claim (the deciding claim of
    rubric §4, labelled with ``resume_label``); ``no_claim`` resumes only train the role model.

    Returns
    -------
    tuple
        ``(claim_model, role_model, n_claim_rows, skipped)``; ``skipped`` lists resumes labelled
        with a claim in which no claim was found (``{"file", "reason"}``).
    """
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


def cross_validated_assessments(
    analyses: Sequence[Analysis], rows: Sequence[LabelRow], folds: Sequence[Fold], *, seed: int = 0
) -> list[Assessment]:
    """Assess every resume with models fitted on the other folds.

    Parameters
    ----------
    analyses, rows:
        The analysed resumes and their labels, in corpus order (sorted by file name).
    folds:
        From :func:`resume_lens.crossval.resume_folds` over ``rows``.
    seed:
        Seeds the calibration folds inside each fitted claim model.

    Returns
    -------
    list[Assessment]
        The out-of-fold assessment of each resume, in corpus order.
    """

    def fit(train_idx: list[int]) -> LoadedModels:
        claim_model, role_model, _, _ = fit_models(
            [analyses[i] for i in train_idx], [rows[i] for i in train_idx], seed
        )
        return LoadedModels(claim_model, role_model, {"fingerprint": "cross-validation"})

    def predict(models: LoadedModels, test_idx: list[int]) -> list[Assessment]:
        return [assess_analysis(analyses[i], models) for i in test_idx]

    return out_of_fold(len(rows), folds, fit, predict)


def _cross_validate(analyses: Sequence[Analysis], rows: Sequence[LabelRow], seed: int) -> dict[str, Any]:
    folds = resume_folds([r.resume_label for r in rows], CV_FOLDS, seed)
    assessments = cross_validated_assessments(analyses, rows, folds, seed=seed)
    return {
        "folds": CV_FOLDS,
        "resume_label": label_metrics(
            [r.resume_label for r in rows], [a.verdict for a in assessments], RESUME_LABELS
        ),
        "evidence_role": label_metrics(
            [r.evidence_role for r in rows], [a.evidence_role for a in assessments], ROLE_LABELS
        ),
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
    corpus = analyze_corpus(corpus_dir, labels)
    folder, labels_path = corpus.folder, corpus.labels_path
    rows, analyses = list(corpus.rows), list(corpus.analyses)
    cv = _cross_validate(analyses, rows, seed)
    claim_model, role_model, n_claims, skipped = fit_models(analyses, rows, seed)
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
