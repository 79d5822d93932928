"""``evaluate --spans``: reading gold lines, matching spans, and the metric arithmetic."""

from __future__ import annotations

import json

import pytest

from resume_lens.span_eval import GoldFileError, GoldSpan, _match, evaluate_spans, read_gold_lines


def _record(rid, text, spans, split="heldout", section="experience"):
    out = []
    for phrase, label, polarity in spans:
        start = text.index(phrase)
        out.append({"start": start, "end": start + len(phrase), "label": label, "polarity": polarity})
    return {
        "id": rid,
        "split": split,
        "section": section,
        "text": text,
        "spans": out,
        "style": "terse_bullet",
    }


@pytest.fixture
def gold_file(tmp_path):
    records = [
        _record(
            "t1",
            "Deployed the ranking model to production at 2k QPS",
            [
                ("Deployed the ranking model to production", "PROD.SERVING", "asserted"),
                ("2k QPS", "MEAS.THROUGHPUT", "asserted"),
            ],
        ),
        # the tagger also finds NB.NOTEBOOK here, which the gold does not mark: one false positive
        _record(
            "t2",
            "Performed exploratory data analysis in Jupyter notebooks",
            [("exploratory data analysis", "NB.EDA", "asserted")],
        ),
        # gold says asserted, the tagger says hedged: matched span, wrong polarity
        _record(
            "t3",
            "Familiar with model monitoring and drift detection",
            [("model monitoring and drift detection", "PROD.MONITORING", "asserted")],
        ),
        _record("d1", "Deployed the ranking model to production", [], split="dev"),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_match_is_one_to_one_on_same_label_overlap():
    gold = [GoldSpan(0, 10, "PROD.SERVING", "asserted"), GoldSpan(20, 30, "MEAS.LATENCY", "asserted")]
    predicted = [
        GoldSpan(5, 12, "PROD.SERVING", "asserted"),
        GoldSpan(8, 9, "PROD.SERVING", "asserted"),  # second hit on an already matched gold span
        GoldSpan(20, 30, "MEAS.THROUGHPUT", "asserted"),  # overlaps, other label
    ]
    assert _match(gold, predicted) == [(gold[0], predicted[0])]


def test_evaluate_spans_arithmetic_on_held_out_lines(gold_file):
    report = evaluate_spans(read_gold_lines(gold_file))
    assert report["lines"] == 3  # the dev line is not scored
    # predicted: SERVING, THROUGHPUT, EDA, NOTEBOOK, MONITORING (bare tools are not evidence) = 5
    # gold: SERVING, THROUGHPUT, EDA, MONITORING = 4, all matched
    assert report["overall"] == {
        "precision": 0.8,
        "recall": 1.0,
        "f1": round(2 * 0.8 / 1.8, 4),
        "gold": 4,
        "predicted": 5,
        "matched": 4,
    }
    assert report["per_label"]["NB.NOTEBOOK"]["precision"] == 0.0
    assert report["per_category"]["production"]["recall"] == 1.0
    assert report["polarity_accuracy"] == 0.75  # 3 of 4 matched spans agree
    assert report["per_polarity"]["hedged"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "gold": 0,
        "predicted": 1,
        "matched": 0,
    }


def test_gold_file_errors_name_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match="bad.jsonl:1: keys must be exactly"):
        read_gold_lines(path)


def test_shipped_gold_set_is_valid_and_split_by_writer(corpus_dir):
    lines = read_gold_lines(corpus_dir.parent / "evidence_lines.jsonl")
    assert len(lines) == 3418
    held_out = [line for line in lines if line.split == "heldout"]
    dev = [line for line in lines if line.split == "dev"]
    assert len(held_out) == 580 and len(dev) == 2838
    # the held-out part is the third writer's (ids c…); no held-out text also appears in dev
    assert {line.id[0] for line in held_out} == {"c"}
    assert {line.id[0] for line in dev} == {"a", "b", "d", "e", "f"}
    assert not {line.text for line in held_out} & {line.text for line in dev}
    for line in lines:
        for span in line.spans:
            assert line.text[span.start : span.end].strip() == line.text[span.start : span.end] != ""
