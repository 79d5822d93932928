"""Classification and calibration metrics shared by ``train`` (cross-validation) and ``evaluate``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

__all__ = [
    "label_metrics",
    "format_metrics",
    "calibration_metrics",
    "format_calibration",
    "CALIBRATION_BINS",
]

#: Equal-width bins of the reliability table (Guo et al. 2017, "On calibration of modern neural
#: networks", use 10 or 15; 10 keeps a few dozen resumes per bin readable).
CALIBRATION_BINS = 10


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


def calibration_metrics(
    probabilities: Sequence[float], outcomes: Sequence[bool], *, n_bins: int = CALIBRATION_BINS
) -> dict[str, Any]:
    """Reliability table and expected calibration error of predicted probabilities.

    Bin ``b`` holds the predictions ``p`` with ``b/n_bins <= p < (b+1)/n_bins`` (the last bin also
    takes ``p = 1``). For each bin: ``n``, the mean predicted probability and the observed rate of
    positive outcomes. ECE = Σ_b n_b/N · |mean_predicted_b − observed_b| (Naeini et al. 2015; Guo
    et al. 2017); empty bins add nothing.

    Parameters
    ----------
    probabilities:
        Predicted probabilities of the positive outcome, each in [0, 1].
    outcomes:
        Whether the outcome was positive, same length.
    n_bins:
        Number of equal-width bins over [0, 1].

    Returns
    -------
    dict
        ``{"n", "ece", "n_bins", "bins": [{"lower", "upper", "n", "mean_predicted", "observed"}]}``;
        ``mean_predicted`` and ``observed`` are ``None`` for an empty bin; ``ece`` is 0.0 when
        there are no predictions. Fractions are rounded to 4 decimals (the ECE is computed
        before rounding).

    Raises
    ------
    ValueError
        When the lengths differ or a probability lies outside [0, 1].

    Examples
    --------
    >>> m = calibration_metrics([0.05, 0.15, 0.95, 0.85], [False, True, True, True], n_bins=2)
    >>> m["bins"][0]["mean_predicted"], m["bins"][0]["observed"], m["ece"]
    (0.1, 0.5, 0.25)
    """
    if len(probabilities) != len(outcomes):
        raise ValueError(f"{len(probabilities)} probabilities but {len(outcomes)} outcomes")
    sums = [0.0] * n_bins
    hits = [0] * n_bins
    counts = [0] * n_bins
    for p, outcome in zip(probabilities, outcomes, strict=True):
        p = float(p)
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"probability {p} is outside [0, 1]")
        b = min(int(p * n_bins), n_bins - 1)
        counts[b] += 1
        sums[b] += p
        hits[b] += bool(outcome)
    total = sum(counts)
    bins, ece = [], 0.0
    for b in range(n_bins):
        n = counts[b]
        mean = sums[b] / n if n else None
        observed = hits[b] / n if n else None
        if n:
            ece += n / total * abs(mean - observed)
        bins.append(
            {
                "lower": round(b / n_bins, 4),
                "upper": round((b + 1) / n_bins, 4),
                "n": n,
                "mean_predicted": None if mean is None else round(mean, 4),
                "observed": None if observed is None else round(observed, 4),
            }
        )
    return {"n": total, "ece": round(ece, 4), "n_bins": n_bins, "bins": bins}


def format_calibration(title: str, metrics: dict[str, Any]) -> str:
    """A plain-text reliability table of :func:`calibration_metrics` output."""
    out = [
        f"{title}: n={metrics['n']}  ECE={metrics['ece']:.3f}",
        "bin          n  mean predicted  observed",
    ]
    for row in metrics["bins"]:
        span = f"{row['lower']:.1f}–{row['upper']:.1f}"
        if row["n"]:
            out.append(f"{span:<9}  {row['n']:4d}  {row['mean_predicted']:14.3f}  {row['observed']:8.3f}")
        else:
            out.append(f"{span:<9}  {0:4d}  {'–':>14}  {'–':>8}")
    return "\n".join(out)
