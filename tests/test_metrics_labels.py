"""Metrics arithmetic on a worked example, and labels.csv validation (rubric §6)."""

from __future__ import annotations

import pytest

from resume_lens.labels import LabelsFileError, read_labels
from resume_lens.metrics import format_metrics, label_metrics


def test_label_metrics_worked_example():
    gold = ["inflated", "inflated", "supported", "supported", "unclear"]
    pred = ["inflated", "supported", "supported", "supported", "inflated"]
    m = label_metrics(gold, pred, ["inflated", "supported", "unclear"])
    assert m["accuracy"] == 0.6  # 3 of 5
    # inflated: TP 1, FP 1 (the unclear one), FN 1 → P 0.5, R 0.5
    assert m["per_class"]["inflated"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    # supported: TP 2, FP 1 → P 2/3, R 1 → F1 0.8
    assert m["per_class"]["supported"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "support": 2}
    assert m["per_class"]["unclear"]["recall"] == 0.0
    assert m["confusion"] == [[1, 1, 0], [0, 2, 0], [1, 0, 0]]
    assert m["macro_f1"] == round((0.5 + 0.8 + 0.0) / 3, 4)
    assert "accuracy=0.600" in format_metrics("resume_label", m)


def _write(tmp_path, text):
    path = tmp_path / "labels.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_read_labels_accepts_rubric_format(tmp_path):
    path = _write(
        tmp_path,
        "file,resume_label,evidence_role,claimed_titles,notes\n"
        'a.txt,inflated,data_scientist,ML Engineer,"EDA only, Kaggle"\n'
        "b.pdf,no_claim,data_analyst,,\n",
    )
    rows = read_labels(path)
    assert [(r.file, r.resume_label, r.evidence_role) for r in rows] == [
        ("a.txt", "inflated", "data_scientist"),
        ("b.pdf", "no_claim", "data_analyst"),
    ]
    assert rows[0].notes == "EDA only, Kaggle"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("file,resume_label\na.txt,inflated\n", "missing column(s) evidence_role"),
        ("file,resume_label,evidence_role\na.txt,fake,student\n", "line 2: unknown resume_label 'fake'"),
        ("file,resume_label,evidence_role\na.txt,inflated,chef\n", "line 2: unknown evidence_role 'chef'"),
        ("file,resume_label,evidence_role\na.txt,inflated,student\na.txt,unclear,student\n", "duplicate"),
    ],
)
def test_read_labels_rejects_bad_files(tmp_path, text, message):
    with pytest.raises(LabelsFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_labels(_write(tmp_path, text))
