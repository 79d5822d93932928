"""Cross-validated evaluation (``resume-lens evaluate --cv``): calibration, baselines, grouped folds, CLI."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from sklearn.model_selection import StratifiedKFold

from resume_lens import training
from resume_lens.baselines import (
    KeywordCountBaseline,
    baseline_keywords,
    build_tfidf_baseline,
    fit_keyword_threshold,
    keyword_count,
)
from resume_lens.crossval import analyze_corpus, out_of_fold, resume_folds, writer_folds, writer_of
from resume_lens.labels import LabelRow, LabelsFileError, read_labels
from resume_lens.metrics import calibration_metrics, format_calibration

# --- calibration -----------------------------------------------------------------------------------


def test_reliability_table_and_ece_worked_example():
    p = [0.05, 0.15, 0.12, 0.55, 0.95, 0.91, 1.0]
    inflated = [False, False, True, True, True, True, False]
    m = calibration_metrics(p, inflated)
    bins = {b["lower"]: b for b in m["bins"] if b["n"]}
    # bin 0.0–0.1: {0.05}, 0 of 1 inflated → |0.05 − 0| = 0.05
    assert bins[0.0] == {"lower": 0.0, "upper": 0.1, "n": 1, "mean_predicted": 0.05, "observed": 0.0}
    # bin 0.1–0.2: {0.15, 0.12} → mean 0.135, observed 1/2 → gap 0.365
    assert (bins[0.1]["n"], bins[0.1]["mean_predicted"], bins[0.1]["observed"]) == (2, 0.135, 0.5)
    # bin 0.5–0.6: {0.55}, 1 of 1 → gap 0.45
    assert (bins[0.5]["n"], bins[0.5]["mean_predicted"], bins[0.5]["observed"]) == (1, 0.55, 1.0)
    # bin 0.9–1.0 takes p = 1.0 too: {0.95, 0.91, 1.0} → mean 0.9533, observed 2/3 → gap 0.2867
    assert (bins[0.9]["n"], bins[0.9]["mean_predicted"], bins[0.9]["observed"]) == (3, 0.9533, 0.6667)
    assert len(bins) == 4 and len(m["bins"]) == 10 and m["n"] == 7
    # ECE = (1·0.05 + 2·0.365 + 1·0.45 + 3·0.28667) / 7 = 2.09 / 7
    assert m["ece"] == round(2.09 / 7, 4) == 0.2986
    empty = next(b for b in m["bins"] if b["lower"] == 0.3)
    assert empty == {"lower": 0.3, "upper": 0.4, "n": 0, "mean_predicted": None, "observed": None}
    text = format_calibration("p_inflated", m)
    assert "n=7  ECE=0.299" in text
    assert "0.1–0.2       2           0.135     0.500" in text


def test_perfect_calibration_has_zero_ece_and_bin_edges_go_up():
    # 0.1 and 0.2 sit on lower edges; each bin's mean equals its observed rate
    m = calibration_metrics([0.1, 0.1, 0.2, 0.2, 0.2, 0.2, 0.2], [True, False] * 3 + [False])
    assert [b["n"] for b in m["bins"]][:3] == [0, 2, 5]
    assert m["bins"][1]["observed"] == 0.5 and m["bins"][2]["observed"] == pytest.approx(0.4)
    assert m["ece"] == round((2 * 0.4 + 5 * 0.2) / 7, 4)  # |0.1−0.5| and |0.2−0.4|
    assert calibration_metrics([], [])["ece"] == 0.0


@pytest.mark.parametrize("p", [-0.01, 1.2])
def test_calibration_rejects_probabilities_outside_0_1(p):
    with pytest.raises(ValueError, match="outside"):
        calibration_metrics([p], [True])


# --- keyword-count baseline ------------------------------------------------------------------------

KEYWORDS = ["deployed", "docker", "kubernetes", "production", "ci/cd", "mlflow"]
TEXTS = [
    # 0: notebook work, but a stuffed skills list: docker, kubernetes, mlflow, ci/cd → 4
    "Machine Learning Engineer\n- EDA in Jupyter\nSKILLS\nDocker, Kubernetes, MLflow, CI/CD",
    # 1: deployed + production + docker + kubernetes → 4
    "ML Engineer\n- Deployed the churn model to production on Docker and Kubernetes.",
    # 2: nothing counted ("deploy" and "dockerfile" are other words) → 0
    "ML Engineer\n- Built a dashboard; learned to deploy; wrote a Dockerfile.",
    # 3: "production-ready" still holds the word production (an ATS splits on "-") → 1
    "ML Engineer\nProduction-ready, scalable, end-to-end.\n- Kaggle medals.",
]


def test_keyword_count_on_tiny_texts_counts_every_section_including_skills():
    assert [keyword_count(t, KEYWORDS) for t in TEXTS] == [4, 4, 0, 1]
    assert keyword_count("docker docker DOCKER", ["docker"]) == 3  # every occurrence counts
    assert "kubernetes" in baseline_keywords() and "ci/cd" in baseline_keywords()


def test_keyword_threshold_is_fitted_on_training_labels_only():
    # counts 0 and 1 inflated, 4 supported → best cut between 1 and 4
    assert fit_keyword_threshold([0, 1, 4], ["inflated", "inflated", "supported"]) == 2.5
    # unclear and no_claim rows do not take part; a tie keeps the lowest threshold
    assert fit_keyword_threshold([0, 9, 4], ["inflated", "unclear", "supported"]) == 2.0
    assert fit_keyword_threshold([3], ["unclear"]) == 0.5


def test_keyword_baseline_predicts_no_claim_from_the_title_finder_and_is_fooled_by_stuffing():
    labels = ["inflated", "supported", "inflated", "inflated"]
    model = KeywordCountBaseline.fit(TEXTS[1:], [True, True, True], labels[1:], keywords=KEYWORDS)
    assert model.threshold == 2.5  # counts 4 (supported) vs 0, 1 (inflated)
    predicted = model.predict(TEXTS, [True, True, True, False])
    # the stuffed skills list makes notebook work "supported": the failure the product avoids
    assert predicted == ["supported", "supported", "inflated", "no_claim"]


def test_tfidf_baseline_fits_and_predicts_labels():
    texts = ["deployed served kubernetes latency"] * 3 + ["kaggle notebook jupyter accuracy"] * 3
    labels = ["supported"] * 3 + ["inflated"] * 3
    model = build_tfidf_baseline(labels, seed=0).fit(texts, labels)
    assert list(model.predict(["served on kubernetes", "a jupyter notebook"])) == ["supported", "inflated"]


# --- grouped folds ---------------------------------------------------------------------------------


def test_resume_folds_are_trainings_stratified_folds_and_test_each_resume_once():
    labels = ["inflated"] * 6 + ["supported"] * 6 + ["unclear"] * 5 + ["no_claim"] * 5
    folds = resume_folds(labels, 5, seed=0)
    expected = StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(labels, labels)
    for (train, test), (train_sk, test_sk) in zip(folds, expected, strict=True):
        assert train == train_sk.tolist() and test == test_sk.tolist()
        assert not set(train) & set(test)
    assert sorted(i for _, test in folds for i in test) == list(range(len(labels)))
    assert folds == resume_folds(labels, 5, seed=0)  # deterministic


def test_out_of_fold_rejects_folds_that_miss_an_item():
    with pytest.raises(ValueError, match="exactly once"):
        out_of_fold(3, [([0], [1])], lambda train: None, lambda model, test: ["x"] * len(test))


def test_grouped_folds_keep_every_claim_of_a_resume_in_one_fold(monkeypatch):
    # 12 resumes with 1–3 claims each; the claim model must never see a claim of a test resume
    labels = ["inflated", "supported", "unclear"] * 4
    analyses = [
        SimpleNamespace(structure=SimpleNamespace(claims=[f"r{i}c{k}" for k in range(1 + i % 3)]))
        for i in range(12)
    ]
    rows = [LabelRow(file=f"r{i}.txt", resume_label=y, evidence_role="student") for i, y in enumerate(labels)]
    trained_claims: list[set[str]] = []

    def fake_fit(fold_analyses, fold_rows, seed):
        trained_claims.append({c for a in fold_analyses for c in a.structure.claims})
        return None, None, 0, []

    def fake_assess(analysis, models):
        return SimpleNamespace(claims=list(analysis.structure.claims), fold=len(trained_claims) - 1)

    monkeypatch.setattr(training, "fit_models", fake_fit)
    monkeypatch.setattr(training, "assess_analysis", fake_assess)
    folds = resume_folds(labels, 3, seed=0)
    out = training.cross_validated_assessments(analyses, rows, folds, seed=0)
    assert len(trained_claims) == 3
    for analysis, assessment in zip(analyses, out, strict=True):
        assert assessment.claims == analysis.structure.claims  # assessed whole, in one fold
        assert not set(analysis.structure.claims) & trained_claims[assessment.fold]


# --- labels.csv origin column ----------------------------------------------------------------------


def test_labels_origin_column_is_optional_and_validated(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("file,resume_label,evidence_role\na.txt,inflated,student\n", encoding="utf-8")
    assert read_labels(path)[0].origin == "individual"  # files without the column read as before
    path.write_text(
        "file,resume_label,evidence_role,origin\na.txt,inflated,student,template\nb.txt,unclear,student,\n",
        encoding="utf-8",
    )
    assert [r.origin for r in read_labels(path)] == ["template", "individual"]
    path.write_text("file,resume_label,evidence_role,origin\na.txt,inflated,student,scraped\n", "utf-8")
    with pytest.raises(LabelsFileError, match="line 2: unknown origin 'scraped'"):
        read_labels(path)


# --- the command on a small labelled folder --------------------------------------------------------


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command, run from another folder as a user would."""
    exe = shutil.which("resume-lens")
    command = [exe] if exe else [sys.executable, "-m", "resume_lens.cli"]
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "NO_COLOR": "1", "HOME": str(cwd)}
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def small_labels(tmp_path_factory, corpus_dir) -> Path:
    """6 corpus resumes per label (the first by file name), every fourth marked ``template``."""
    rows = sorted(read_labels(corpus_dir / "labels.csv"), key=lambda r: r.file)
    picked = []
    for label in ("inflated", "no_claim", "supported", "unclear"):
        picked += [r for r in rows if r.resume_label == label][:6]
    path = tmp_path_factory.mktemp("cv") / "labels.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "resume_label", "evidence_role", "origin"])
        for i, r in enumerate(sorted(picked, key=lambda r: r.file)):
            writer.writerow([r.file, r.resume_label, r.evidence_role, "template" if i % 4 == 0 else ""])
    return path


def test_evaluate_cv_prints_the_tables_and_goals_and_writes_json(tmp_path, corpus_dir, small_labels):
    out = tmp_path / "cv.json"
    result = _run(
        "evaluate", "--cv", str(corpus_dir), "--labels", str(small_labels), "--json", str(out), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "24 resumes (18 individual, 6 template), 5 folds grouped by resume" in text
    for needle in (
        "== individually written: 18 resumes ==",
        "confusion matrix (rows = gold, columns = predicted):",
        "calibration of p_inflated",
        "bin          n  mean predicted  observed",
        "baseline keyword count: n=24",
        "baseline TF-IDF + LR: n=24",
        "summary (cross-validated accuracy / macro-F1 of resume_label):",
        "goals (individually written resumes, cross-validated):",
        "expected calibration error    ≤ 0.05",
        "accuracy above TF-IDF + LR    ≥ 20 points",
    ):
        assert needle in text, needle
    assert text.rstrip().splitlines()[-1].split()[-1] in ("met", "not")  # "met" / "not met"
    report = json.loads(out.read_text("utf-8"))
    assert report["n_resumes"] == 24 and report["n_folds"] == 5
    individual = report["subsets"]["individual"]
    assert individual["n"] == 18
    product = individual["resume_lens"]["resume_label"]["accuracy"]
    for name in ("keyword", "tfidf"):
        baseline = individual[f"{name}_baseline"]["resume_label"]["accuracy"]
        assert individual["accuracy_gap_points"][name] == round(100 * (product - baseline), 1)
    assert [g["goal"] for g in report["goals"]][0] == "resume-level macro-F1"
    assert {r["fold"] for r in report["rows"]} == set(range(5))

    # the product's folds are training's: the same numbers as train's cross-validation
    corpus = analyze_corpus(corpus_dir, small_labels)
    cv = training._cross_validate(list(corpus.analyses), list(corpus.rows), 0)
    assert report["subsets"]["all"]["resume_lens"]["resume_label"] == cv["resume_label"]
    assert report["subsets"]["all"]["resume_lens"]["evidence_role"] == cv["evidence_role"]


def test_writer_folds_leave_one_file_prefix_out():
    files = ["a_001_x.txt", "a_002_y.md", "b_001_z.pdf", "c_001.docx", "b_002.txt"]
    assert [writer_of(f) for f in files] == ["a", "a", "b", "c", "b"]
    assert writer_folds(files) == [([2, 3, 4], [0, 1]), ([0, 1, 3], [2, 4]), ([0, 1, 2, 4], [3])]
    with pytest.raises(ValueError, match="at least two writers"):
        writer_folds(["a_1.txt", "a_2.txt"])


def test_evaluate_cv_by_writer_reports_each_writer(tmp_path, corpus_dir):
    rows = sorted(read_labels(corpus_dir / "labels.csv"), key=lambda r: r.file)
    picked = [
        r
        for writer in ("a", "b")
        for label in ("inflated", "no_claim", "supported", "unclear")
        for r in [r for r in rows if r.file.startswith(writer + "_") and r.resume_label == label][:3]
    ]
    labels = tmp_path / "labels.csv"
    with labels.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "resume_label", "evidence_role"])
        writer.writerows(
            [r.file, r.resume_label, r.evidence_role] for r in sorted(picked, key=lambda r: r.file)
        )
    out = tmp_path / "cv.json"
    result = _run(
        "evaluate", "--cv", str(corpus_dir), "--labels", str(labels), "--group-by", "writer",
        "--json", str(out), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text("utf-8"))
    writers = sorted({r["file"].split("_", 1)[0] for r in report["rows"]})
    assert report["group_by"] == "writer" and report["n_folds"] == len(writers)
    assert f"{len(writers)} folds leaving one writer out" in result.stdout
    # each writer's resumes are one test fold, and the per-writer subsets add up to all resumes
    for row in report["rows"]:
        assert row["fold"] == writers.index(row["file"].split("_", 1)[0])
    assert writers == ["a", "b"]
    assert report["subsets"]["writer a"]["n"] == report["subsets"]["writer b"]["n"] == 12


def test_evaluate_cv_usage_errors_exit_2(tmp_path, corpus_dir, small_labels):
    cases = [
        (("--cv", str(tmp_path / "missing")), "missing: folder not found"),
        (("--cv", str(corpus_dir), "--labels", str(small_labels), "--folds", "1"), "at least 2 folds"),
        (("--cv", str(corpus_dir), "--labels", str(small_labels), "--folds", "30"), "cannot cross-validate"),
    ]
    for args, message in cases:
        result = _run("evaluate", *args, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr, args


def test_calibration_covers_every_resume_with_a_claim():
    """p_inflated is P(inflated) against supported *and* unclear: gold-unclear claims count as
    outcome False; no_claim resumes (no probability) are left out. Hand-computed with 10 bins."""
    from resume_lens.evaluate import _BASELINES, _subset_metrics

    def row(gold, p):
        r = {"resume_label": gold, "predicted": gold, "evidence_role": "student", "predicted_role": "student"}
        r["p_inflated"] = p
        r.update({f"{name}_predicted": gold for name in _BASELINES})
        return r

    rows = [
        row("inflated", 0.95),
        row("supported", 0.05),
        row("unclear", 0.15),
        row("unclear", 0.95),
        row("no_claim", None),
    ]
    calibration = _subset_metrics(rows)["resume_lens"]["calibration"]
    assert calibration["n"] == 4
    # bin 0.0-0.1: p 0.05, observed 0 -> 0.05; bin 0.1-0.2: p 0.15, observed 0 -> 0.15;
    # bin 0.9-1.0: p 0.95 twice, observed 1/2 -> |0.95 - 0.5| = 0.45 over 2 claims
    assert calibration["ece"] == pytest.approx((0.05 + 0.15 + 2 * 0.45) / 4)
