"""Model persistence, integrity checks and deterministic training."""

from __future__ import annotations

import json
import shutil
from importlib import resources

import numpy as np
import pytest

from resume_lens.errors import ModelError
from resume_lens.model import (
    CLAIM_MODEL_FILE,
    MANIFEST_FILE,
    build_claim_pipeline,
    build_role_pipeline,
    load_models,
    model_fingerprint,
    save_models,
)
from resume_lens.training import train

# Hand-made feature rows: production evidence → supported, notebook evidence → inflated, thin → unclear.
ROWS = (
    [
        ({"claim:prod_action": 2.0 + i / 10, "claim:notebook": 0.0, "claim:lines": 1.5}, "supported")
        for i in range(9)
    ]
    + [
        ({"claim:prod_action": 0.0, "claim:notebook": 1.5 + i / 10, "claim:lines": 1.5}, "inflated")
        for i in range(9)
    ]
    + [
        ({"claim:prod_action": 0.0, "claim:notebook": 0.0, "claim:lines": 0.3 + i / 50}, "unclear")
        for i in range(9)
    ]
)


@pytest.fixture(scope="module")
def fitted():
    x = [r for r, _ in ROWS]
    y = [label for _, label in ROWS]
    return build_claim_pipeline(0).fit(x, y), build_role_pipeline().fit(
        x, ["student" if v == "unclear" else "ml_engineer" for v in y]
    )


def test_save_and_load_round_trip_gives_identical_probabilities(tmp_path, fitted):
    claim_model, role_model = fitted
    manifest = save_models(tmp_path, claim_model, role_model, extra={"note": "test"})
    loaded = load_models(tmp_path)
    probe = [r for r, _ in ROWS]
    np.testing.assert_array_equal(loaded.claim_model.predict_proba(probe), claim_model.predict_proba(probe))
    assert (
        loaded.manifest["fingerprint"]
        == manifest["fingerprint"]
        == model_fingerprint(claim_model, role_model)
    )
    assert loaded.version == manifest["fingerprint"][:12]
    proba = loaded.claim_probabilities([ROWS[0][0], ROWS[9][0]])
    assert max(proba[0], key=proba[0].get) == "supported"
    assert max(proba[1], key=proba[1].get) == "inflated"
    assert all(abs(sum(p.values()) - 1.0) < 1e-9 for p in proba)


def test_contributions_push_notebook_rows_towards_inflated(tmp_path, fitted):
    save_models(tmp_path, *fitted, extra={})
    contributions = load_models(tmp_path).claim_contributions(ROWS[9][0])
    assert contributions["claim:notebook"] > 0  # notebook evidence raises the inflated log-odds
    assert contributions["claim:prod_action"] > 0  # and so does the absence of production evidence


def test_tampered_model_file_is_refused(tmp_path, fitted):
    save_models(tmp_path, *fitted, extra={})
    with (tmp_path / CLAIM_MODEL_FILE).open("ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(ModelError, match="does not match the sha256"):
        load_models(tmp_path)


def test_missing_model_folder_says_what_to_do(tmp_path):
    with pytest.raises(ModelError, match="run 'resume-lens train' first"):
        load_models(tmp_path)


def test_shipped_model_is_the_repository_model(corpus_dir):
    shipped = json.loads((resources.files("resume_lens.models") / MANIFEST_FILE).read_text("utf-8"))
    in_repo = json.loads((corpus_dir.parent.parent / "models" / MANIFEST_FILE).read_text("utf-8"))
    assert shipped == in_repo


def test_training_is_deterministic_and_reproduces_the_shipped_model(tmp_path, corpus_dir):
    first = train(corpus_dir, tmp_path / "a")
    second = train(corpus_dir, tmp_path / "b")
    assert first.manifest["fingerprint"] == second.manifest["fingerprint"]
    assert first.cv_metrics == second.cv_metrics
    shipped = json.loads((resources.files("resume_lens.models") / MANIFEST_FILE).read_text("utf-8"))
    # the committed model was trained from the committed corpus: same data hash, same parameters
    assert shipped["training_data"]["sha256"] == first.manifest["training_data"]["sha256"]
    assert shipped["fingerprint"] == first.manifest["fingerprint"]
    card = (tmp_path / "a" / "MODEL_CARD.md").read_text("utf-8")
    assert f"≥ **{shipped['decision_threshold_p_inflated']}**" in card
    assert shipped["fingerprint"] in card
    # and byte for byte: retraining leaves models/ unchanged
    shipped_dir = resources.files("resume_lens.models")
    for name in ("claim_model.skops", "role_model.skops", "MODEL_CARD.md", "metrics.json"):
        assert (tmp_path / "a" / name).read_bytes() == (shipped_dir / name).read_bytes(), name
    shutil.rmtree(tmp_path)


def test_model_from_another_sklearn_minor_version_is_refused(tmp_path, fitted):
    save_models(tmp_path, *fitted, extra={})
    manifest = json.loads((tmp_path / MANIFEST_FILE).read_text("utf-8"))
    manifest["sklearn_version"] = "1.7.2"
    (tmp_path / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match="trained with scikit-learn 1.7.2"):
        load_models(tmp_path)


def test_a_manifest_without_a_scikit_learn_version_is_refused_in_plain_words(tmp_path):
    (tmp_path / MANIFEST_FILE).write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError) as raised:
        load_models(tmp_path)
    assert str(raised.value) == (
        f"the model manifest in {tmp_path} does not say which scikit-learn version saved the model; it is "
        "not a manifest written by 'resume-lens train': retrain with 'resume-lens train'"
    )


def test_saved_model_files_are_byte_identical_for_the_same_model(tmp_path, fitted):
    save_models(tmp_path / "a", *fitted, extra={})
    save_models(tmp_path / "b", *fitted, extra={})
    for name in (CLAIM_MODEL_FILE, "role_model.skops", MANIFEST_FILE):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
