"""The fixed trusted-type list of our model files, and skops imported without its walk over scikit-learn."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import RidgeClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from resume_lens.errors import ModelError
from resume_lens.model import (
    CLAIM_MODEL_FILE,
    ROLE_MODEL_FILE,
    _default_model_dir,
    build_claim_pipeline,
    file_sha256,
    load_models,
    save_models,
)
from resume_lens.model_types import MODEL_TYPES, sklearn_types_in_file

ROWS = [{"prod": float(i % 3), "nb": float(i % 2)} for i in range(18)]
VERDICTS = ["supported", "inflated", "unclear"] * 6


def test_the_packaged_models_hold_exactly_the_trusted_types():
    folder = _default_model_dir()
    claim = sklearn_types_in_file(folder / CLAIM_MODEL_FILE)
    role = sklearn_types_in_file(folder / ROLE_MODEL_FILE)
    assert claim == set(MODEL_TYPES)  # the calibrated pipeline uses all eight
    assert role == {
        "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.pipeline.Pipeline",
        "sklearn.preprocessing._data.StandardScaler",
    }


def test_a_model_holding_another_scikit_learn_estimator_is_refused(tmp_path):
    # skops trusts every scikit-learn estimator by default; a ridge classifier is one, but our files
    # never hold it, so a model folder with one is refused by name
    claim_model = build_claim_pipeline(0).fit(ROWS, VERDICTS)
    role_model = Pipeline(
        [
            ("vectorize", DictVectorizer(sparse=False)),
            ("scale", StandardScaler()),
            ("classify", RidgeClassifier()),
        ]
    ).fit(ROWS, ["student", "ml_engineer"] * 9)
    save_models(tmp_path, claim_model, role_model, extra={})
    with pytest.raises(
        ModelError,
        match=r"role_model.skops holds untrusted types: \['sklearn.linear_model._ridge.RidgeClassifier'",
    ):
        load_models(tmp_path)


def test_a_model_file_that_is_not_a_skops_archive_is_refused_by_name(tmp_path):
    claim_model = build_claim_pipeline(0).fit(ROWS, VERDICTS)
    role_model = build_claim_pipeline(0).estimator.fit(ROWS, ["student", "ml_engineer"] * 9)
    save_models(tmp_path, claim_model, role_model, extra={})
    (tmp_path / ROLE_MODEL_FILE).write_bytes(b"not a zip archive")
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    manifest["role_model"]["sha256"] = file_sha256(tmp_path / ROLE_MODEL_FILE)
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match="model file role_model.skops could not be loaded"):
        load_models(tmp_path)


def test_skops_imported_for_our_models_skips_the_walk_and_still_loads_them():
    # a fresh interpreter, as the triage command and a batch worker start
    script = (
        "import json, sys\n"
        "import sklearn.utils\n"
        "walk = sklearn.utils.all_estimators\n"
        "from resume_lens.model_types import MODEL_TYPES, import_skops_io_for_our_models, own_this_process\n"
        "own_this_process()\n"
        "import_skops_io_for_our_models()\n"
        "from skops.io import _trusted_types\n"
        "from resume_lens.model import load_models\n"
        "models = load_models()\n"
        "print(json.dumps({\n"
        "    'restored': sklearn.utils.all_estimators is walk,\n"
        "    'default_trust': sorted(_trusted_types.SKLEARN_ESTIMATOR_TYPE_NAMES) == sorted(MODEL_TYPES),\n"
        "    'walked': sorted(m for m in ('sklearn.neural_network', 'sklearn.gaussian_process',\n"
        "                                 'sklearn.mixture') if m in sys.modules),\n"
        "    'version': models.version,\n"
        "    'scipy_ufuncs': len(_trusted_types.SCIPY_UFUNC_TYPE_NAMES),\n"
        "    'numpy_ufuncs': len(_trusted_types.NUMPY_UFUNC_TYPE_NAMES) > 0,\n"
        "    'hooks_left': [type(f).__name__ for f in sys.meta_path\n"
        "                   if type(f).__module__ == 'resume_lens.model_types'],\n"
        "}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd="/")
    got = json.loads(done.stdout)
    assert got["restored"] and got["default_trust"]
    # scipy.special's ufuncs are not listed (their module search costs 0.6 s; our files hold none), numpy's
    # are, and the import hook is gone
    assert (got["scipy_ufuncs"], got["numpy_ufuncs"], got["hooks_left"]) == (0, True, [])
    assert got["walked"] == []  # subpackages only the walk imports were never imported
    assert got["version"] == load_models().version


def test_a_process_resume_lens_does_not_own_keeps_skops_default_trust():
    # an application calling the CLI's main() in its own process, or importing the library, may load its
    # own scikit-learn models with skops afterwards: skops' default trusted list stays whole there
    script = (
        "import json, sys\n"
        "from resume_lens.model_types import import_skops_io_for_our_models\n"
        "import_skops_io_for_our_models()\n"
        "from skops.io import _trusted_types\n"
        "names = _trusted_types.SKLEARN_ESTIMATOR_TYPE_NAMES\n"
        "print(json.dumps(['sklearn.linear_model._ridge.Ridge' in names,\n"
        "                  len(_trusted_types.SCIPY_UFUNC_TYPE_NAMES) > 0]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd="/")
    assert json.loads(done.stdout) == [True, True]


def test_the_console_script_owns_its_process(monkeypatch):
    from resume_lens import launcher, model_types

    monkeypatch.setattr(model_types, "_owned", False)
    monkeypatch.setattr(sys, "argv", ["resume-lens", "--version"])
    with pytest.raises(SystemExit):
        launcher.main()
    assert model_types._owned is True
