"""Write the model card (Mitchell et al. sections) from the manifest and cross-validated metrics."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from resume_lens.metrics import format_metrics

__all__ = ["write_model_card"]


def write_model_card(path: str | Path, manifest: dict[str, Any], cv: dict[str, Any]) -> str:
    """Fill ``data/model_card.md.tmpl`` and write it to ``path``.

    Parameters
    ----------
    path:
        Output Markdown file.
    manifest:
        As returned by :func:`resume_lens.model.save_models`.
    cv:
        Cross-validation metrics from training (``resume_label`` and ``evidence_role`` entries of
        :func:`resume_lens.metrics.label_metrics`).

    Returns
    -------
    str
        The card's text.
    """
    template = Template((resources.files("resume_lens") / "data" / "model_card.md.tmpl").read_text("utf-8"))
    data = manifest["training_data"]
    text = template.substitute(
        fingerprint=manifest["fingerprint"],
        claim_sha=manifest["claim_model"]["sha256"],
        role_sha=manifest["role_model"]["sha256"],
        sklearn_version=manifest["sklearn_version"],
        seed=manifest["seed"],
        n_claim_features=len(manifest["claim_model"]["feature_names"]),
        n_role_features=len(manifest["role_model"]["feature_names"]),
        threshold=manifest["decision_threshold_p_inflated"],
        n_resumes=data["resumes"],
        data_sha=data["sha256"],
        label_counts=", ".join(f"{k} {v}" for k, v in data["resume_labels"].items()),
        role_counts=", ".join(f"{k} {v}" for k, v in data["evidence_roles"].items()),
        n_claim_rows=data["claim_rows"],
        skipped=", ".join(f"{s['file']} ({s['reason']})" for s in data["skipped"]) or "none",
        folds=cv["folds"],
        label_table=format_metrics("resume_label", cv["resume_label"]),
        role_table=format_metrics("evidence_role", cv["evidence_role"]),
    )
    Path(path).write_text(text, encoding="utf-8")
    return text
