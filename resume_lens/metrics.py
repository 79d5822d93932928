"""Classification metrics shared by ``train`` (cross-validation) and ``evaluate``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

__all__ = ["label_metrics", "format_metrics"]


def label_metrics(y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Accuracy, per-class precision/recall/F1/support and the confusion matrix.

    Parameters
    ----------
    y_true, y_pred:
        Gold and predicted labels, same length.
    labels:
        Label order for the table and the matrix (rows = gold, columns = predicted).

    Returns
    -------
    dict
        ``{"n", "accuracy", "macro_f1", "per_class": {label: {precision, recall, f1, support}},
        "labels", "confusion"}``; values are fractions in [0, 1] and counts.
    """
    labels = list(labels)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0
    )
    per_class = {
        label: {
            "precision": round(float(p), 4),
            "recall": round(float(r), 4),
            "f1": round(float(f), 4),
            "support": int(s),
        }
        for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
    }
    present = [label for label in labels if per_class[label]["support"] > 0]
    macro = sum(per_class[label]["f1"] for label in present) / len(present) if present else 0.0
    return {
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4) if len(y_true) else 0.0,
        "macro_f1": round(macro, 4),
        "per_class": per_class,
        "labels": labels,
        "confusion": confusion_matrix(y_true, y_pred, labels=labels).tolist() if len(y_true) else [],
    }


def format_metrics(title: str, metrics: dict[str, Any]) -> str:
    """A plain-text table of :func:`label_metrics` output, for the terminal and the README."""
    labels = metrics["labels"]
    width = max([len(label) for label in labels] + [9])
    out = [
        f"{title}: n={metrics['n']}  accuracy={metrics['accuracy']:.3f}  macro F1={metrics['macro_f1']:.3f}",
        f"{'label':<{width}}  precision  recall     f1  support",
    ]
    for label in labels:
        row = metrics["per_class"][label]
        out.append(
            f"{label:<{width}}  {row['precision']:9.3f}  {row['recall']:6.3f}  "
            f"{row['f1']:5.3f}  {row['support']:7d}"
        )
    out.append("confusion matrix (rows = gold, columns = predicted):")
    short = [label[:10] for label in labels]
    out.append(" " * (width + 2) + " ".join(f"{s:>10}" for s in short))
    for label, row in zip(labels, metrics["confusion"], strict=True):
        out.append(f"{label:<{width}}  " + " ".join(f"{v:>10d}" for v in row))
    return "\n".join(out)
