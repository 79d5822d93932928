"""No protected or proxy features (issue 8 item 2).

1. No feature name of the shipped models (``models/manifest.json``), no rule pattern
   (``resume_lens/nlp/patterns/*.jsonl``: ids, labels and every token value) and no vocabulary entry
   of ``resume_lens/data/*.json`` contains a word naming identity (``tests/data/protected_terms.json``:
   names, gender, age, nationality, location, school, employer), except the reviewed entries of its
   ``allowed`` table.
2. Those attributes of the counterfactual resumes cannot be predicted from what the models see: a
   logistic regression on the claim and role feature vectors of 40 resumes × 18 personas, 5-fold
   cross-validated, reaches a ROC AUC of at most 0.6 for each attribute (one-vs-rest, macro).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold, StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from resume_lens.fairness.counterfactual import PERSONA_ATTRIBUTES, load_personas, make_variants
from resume_lens.fairness.invariance import MemoPipeline, model_inputs
from resume_lens.features import CLAIM_FEATURES
from resume_lens.model import load_models
from resume_lens.tagging import get_pipeline

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS.parent / "corpora" / "resumes"
TERMS = json.loads((TESTS / "data" / "protected_terms.json").read_text(encoding="utf-8"))
MAX_AUC = 0.6


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            if k != "_doc":
                yield k
                yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _terms() -> dict[str, str]:
    """Every protected term → its kind, with the names and cues of the counterfactual data."""
    out = {t: kind for kind, words in TERMS["terms"].items() for t in words}
    fairness = resources.files("resume_lens.fairness") / "data"
    names = json.loads((fairness / "names.json").read_text("utf-8"))
    for lists in names["groups"].values():
        for key, words in lists.items():
            for word in words:
                out[word.lower()] = "names" if key != "surnames" else "names"
    cues = json.loads((fairness / "identity_cues.json").read_text("utf-8"))
    for loc in cues["locations"]:
        out[loc["city"].lower()] = out[loc["country"].lower()] = "location"
    for pair in cues["schools"]:
        out.update({s.lower(): "school" for s in pair})
    for pair in cues["employers"]:
        out.update({e.lower(): "employer" for e in pair})
    for nation in cues["nationalities"]:
        out[nation["nationality"].split(" (")[0].lower()] = "nationality"
    return out


TERM_KINDS = _terms()
_TERM_RE = re.compile(
    r"(?<![a-z0-9])("
    + "|".join(re.escape(t) for t in sorted(TERM_KINDS, key=len, reverse=True))
    + r")(?![a-z0-9])"
)


def protected_hits(where: str, strings: list[str]) -> list[str]:
    """``"<where> <term>"`` for each protected term in ``strings`` (case and underscores ignored)."""
    text = " ".join(strings).lower().replace("_", " ")
    return sorted({f"{where} {m.group(1)}" for m in _TERM_RE.finditer(text)})


def _unexpected(hits: list[str]) -> list[str]:
    return [h for h in hits if h not in TERMS["allowed"]]


def test_the_term_finder_finds_terms() -> None:
    assert protected_hits("x", ["Date_of_birth", "Stanford University", "thompson-sampling"]) == [
        "x birth",
        "x stanford university",
        "x thompson",
    ]
    assert protected_hits("x", ["deployment", "seniority", "history", "Herbert"]) == []
    assert TERM_KINDS["lakisha"] == "names" and TERM_KINDS["howard university"] == "school"


def test_no_model_feature_names_identity() -> None:
    manifest = load_models().manifest
    names = manifest["claim_model"]["feature_names"] + manifest["role_model"]["feature_names"]
    # every claim feature (CLAIM_FEATURES) and the role model's vocabulary as fitted on the corpus
    assert len(manifest["claim_model"]["feature_names"]) == len(CLAIM_FEATURES) == 24
    # 183 with has_long_job: a yes/no for a year in a job, not the length of a career (which stands for age)
    assert len(manifest["role_model"]["feature_names"]) == 183
    assert "has_long_job" in manifest["role_model"]["feature_names"]
    assert protected_hits("manifest", names) == []


PATTERN_FILES = sorted((resources.files("resume_lens.nlp") / "patterns").iterdir(), key=lambda p: p.name)


@pytest.mark.parametrize(
    "path", [p for p in PATTERN_FILES if p.name.endswith(".jsonl")], ids=lambda p: p.name
)
def test_no_pattern_refers_to_identity(path) -> None:
    hits = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            rule = json.loads(line)
            hits += protected_hits(f"{path.name} {rule.get('id')}", list(_strings(rule)))
    assert _unexpected(hits) == []


DATA_FILES = sorted(
    (p for p in (resources.files("resume_lens") / "data").iterdir() if p.name.endswith(".json")),
    key=lambda p: p.name,
)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_no_vocabulary_entry_refers_to_identity(path) -> None:
    hits = protected_hits(path.name, list(_strings(json.loads(path.read_text("utf-8")))))
    assert _unexpected(hits) == []


def test_every_allowed_entry_is_still_needed() -> None:
    """An allowance whose pattern changed is stale; remove it so it cannot hide a new use."""
    hits = []
    for path in PATTERN_FILES:
        if path.name.endswith(".jsonl"):
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    rule = json.loads(line)
                    hits += protected_hits(f"{path.name} {rule.get('id')}", list(_strings(rule)))
    for path in DATA_FILES:
        hits += protected_hits(path.name, list(_strings(json.loads(path.read_text("utf-8")))))
    assert sorted(set(TERMS["allowed"]) - set(hits)) == []


# --- attributes cannot be predicted from the model's inputs ------------------------------------------


@pytest.fixture(scope="module")
def variant_rows() -> tuple[list[dict[str, float]], list[dict[str, str]], list[int]]:
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    bases = [files[int(i * len(files) / 40) + 1] for i in range(40)]  # not the invariance suite's
    nlp = MemoPipeline(get_pipeline())
    rows, labels, groups = [], [], []
    for i, path in enumerate(bases):
        for variant in make_variants(path.read_text(encoding="utf-8")):
            rows.append(model_inputs(variant.text, nlp))
            labels.append(variant.persona.attributes())
            groups.append(i)
    return rows, labels, groups


def cross_validated_auc(x: np.ndarray, y: list[str], groups: list[int] | None = None, seed: int = 0) -> float:
    """Macro one-vs-rest ROC AUC of a logistic regression, 5-fold cross-validated.

    One binary model per value of ``y`` (that value against the rest); the AUCs are averaged. With
    ``groups`` (the base resume of each variant) the folds keep all variants of a resume together
    (``GroupKFold``): otherwise a fold's training part would hold fewer variants of the held-out value
    for the same resume and the estimate would sink below 0.5 by construction.
    """
    aucs = []
    classes = sorted(set(y))
    for value in classes[1:] if len(classes) == 2 else classes:
        target = np.array([v == value for v in y])
        model = make_pipeline(StandardScaler(), LogisticRegression(solver="liblinear"))
        if groups is None:
            folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(x, target)
        else:
            folds = GroupKFold(n_splits=5).split(x, target, groups)
        proba = cross_val_predict(model, x, target, cv=list(folds), method="predict_proba")[:, 1]
        aucs.append(roc_auc_score(target, proba))
    return float(np.mean(aucs))


def test_the_auc_check_detects_a_leak() -> None:
    """Control: a feature that carries the attribute gives an AUC near 1, noise one near 0.5."""
    rng = np.random.default_rng(0)
    y = ["a", "b"] * 200
    noise = rng.normal(size=(400, 5))
    leak = np.column_stack([noise, [1.0 if v == "b" else 0.0 for v in y] + rng.normal(0, 0.3, 400)])
    assert cross_validated_auc(leak, y) > 0.9
    assert cross_validated_auc(noise, y) < 0.6


@pytest.mark.parametrize("attribute", PERSONA_ATTRIBUTES)
def test_attribute_cannot_be_predicted_from_model_inputs(attribute: str, variant_rows) -> None:
    rows, labels, groups = variant_rows
    assert len(rows) == 40 * len(load_personas()) == 720
    x = DictVectorizer(sparse=False, sort=True).fit_transform(rows)
    y = [label[attribute] for label in labels]
    auc = cross_validated_auc(x, y, groups)
    # an AUC far under 0.5 would carry the attribute too (inverted), so both sides are bounded
    assert 1 - MAX_AUC <= auc <= MAX_AUC, f"{attribute}: cross-validated AUC {auc:.3f} outside [0.4, 0.6]"
