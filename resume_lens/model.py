"""The claim model and the evidence-role model: build, fit, save, load, predict.

Two scikit-learn :class:`~sklearn.pipeline.Pipeline` estimators over feature dicts
(:mod:`resume_lens.features`):

* the **claim model** — ``DictVectorizer`` → ``StandardScaler`` → ``LogisticRegression``, wrapped
  in ``CalibratedClassifierCV`` (sigmoid) — gives calibrated probabilities for the three claim
  verdicts of rubric §3 (``supported``, ``inflated``, ``unclear``);
* the **role model** — the same parts, uncalibrated — gives the evidence role of rubric §5.

Models are persisted with skops (no code runs on load, only a fixed list of trusted types;
conventions §8), next to a ``manifest.json`` holding their sha256, the scikit-learn version, the
feature names, the labels, the decision threshold and the training-data hash. The default models
ship inside the package as ``resume_lens.models`` and are read with :mod:`importlib.resources`.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
import skops.io as sio
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from resume_lens.errors import ModelError
from resume_lens.labels import INFLATED_THRESHOLD, ROLE_LABELS
from resume_lens.model_types import MODEL_TYPES, sklearn_types_in_file

__all__ = [
    "CLAIM_LABELS",
    "ROLE_LABELS",
    "INFLATED_THRESHOLD",
    "CLAIM_MODEL_FILE",
    "ROLE_MODEL_FILE",
    "MANIFEST_FILE",
    "LoadedModels",
    "build_claim_pipeline",
    "build_role_pipeline",
    "save_models",
    "load_models",
    "file_sha256",
    "model_fingerprint",
]

#: Claim verdicts the claim model predicts (rubric §3).
CLAIM_LABELS = ("inflated", "supported", "unclear")

CLAIM_MODEL_FILE = "claim_model.skops"
ROLE_MODEL_FILE = "role_model.skops"
MANIFEST_FILE = "manifest.json"


def build_claim_pipeline(seed: int = 0) -> CalibratedClassifierCV:
    """An unfitted calibrated claim classifier.

    Parameters
    ----------
    seed:
        Seed for the calibration folds, so the same corpus gives the same model.

    Returns
    -------
    CalibratedClassifierCV
        Wraps ``DictVectorizer → StandardScaler → LogisticRegression(C=0.05, balanced)``; sigmoid
        calibration on 3 stratified folds, ``ensemble=False`` so one fitted pipeline explains
        every prediction.
    """
    base = Pipeline(
        [
            ("vectorize", DictVectorizer(sparse=False, sort=True)),
            ("scale", StandardScaler()),
            ("classify", LogisticRegression(C=0.05, class_weight="balanced", max_iter=5000)),
        ]
    )
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=seed)
    return CalibratedClassifierCV(base, method="sigmoid", cv=folds, ensemble=False)


def build_role_pipeline() -> Pipeline:
    """An unfitted evidence-role classifier (``DictVectorizer → StandardScaler → LogisticRegression``)."""
    return Pipeline(
        [
            ("vectorize", DictVectorizer(sparse=False, sort=True)),
            ("scale", StandardScaler()),
            ("classify", LogisticRegression(C=0.3, class_weight="balanced", max_iter=5000)),
        ]
    )


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _parameters(estimator: Any) -> list[Any]:
    """The fitted arrays of our pipelines, in a fixed order (see :func:`model_fingerprint`)."""
    out: list[Any] = []
    if isinstance(estimator, CalibratedClassifierCV):
        calibrated = estimator.calibrated_classifiers_[0]
        out += _parameters(calibrated.estimator)
        for calibrator in calibrated.calibrators:
            out += [calibrator.a_, calibrator.b_]
        return out
    vectorizer = estimator.named_steps["vectorize"]
    scaler = estimator.named_steps["scale"]
    classifier = estimator.named_steps["classify"]
    out.append(list(vectorizer.feature_names_))
    out += [scaler.mean_, scaler.scale_, classifier.coef_, classifier.intercept_, list(classifier.classes_)]
    return out


def model_fingerprint(claim_model: CalibratedClassifierCV, role_model: Pipeline) -> str:
    """Hex SHA-256 of the fitted parameters of both models (rounded to 10 decimals).

    Two trainings on the same corpus give the same fingerprint; the skops files themselves are not
    byte-identical (their archive member names and times vary), so the fingerprint, not the file
    hash, is the model's version. The file hash guards the file's integrity.
    """
    digest = hashlib.sha256()
    for value in _parameters(claim_model) + _parameters(role_model):
        if isinstance(value, list):
            digest.update(json.dumps([str(v) for v in value]).encode("utf-8"))
        else:
            digest.update(np.round(np.asarray(value, dtype=float), 10).tobytes())
    return digest.hexdigest()


_ARCHIVE_TIME = (1980, 1, 1, 0, 0, 0)


def _dump_reproducible(estimator: Any, path: Path) -> None:
    """Write ``estimator`` with skops so that the same parameters give the same bytes.

    skops names archive members and memo entries after Python object ids and stamps members with
    the current time; both change from run to run. Here every id is renumbered in order of first
    appearance in ``schema.json`` and every member gets a fixed time, so a retrain on the same corpus
    leaves ``models/`` unchanged in git.
    """
    source = zipfile.ZipFile(io.BytesIO(sio.dumps(estimator)))
    schema = source.read("schema.json").decode("utf-8")
    ids = set(re.findall(r'"__id__": (\d+)', schema))
    ids |= {Path(name).stem for name in source.namelist() if name != "schema.json"}
    order: dict[str, str] = {}
    for match in re.finditer(r"\d+", schema):
        if match.group() in ids and match.group() not in order:
            order[match.group()] = str(len(order) + 1)
    renumber = lambda m: order.get(m.group(), m.group())  # noqa: E731
    schema = re.sub(r"(?<![\d.])\d+(?!\d)", renumber, schema)
    members = {"schema.json": schema.encode("utf-8")}
    for name in source.namelist():
        if name != "schema.json":
            stem, suffix = Path(name).stem, Path(name).suffix
            members[f"{order.get(stem, stem)}{suffix}"] = source.read(name)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as target:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=_ARCHIVE_TIME)
            info.external_attr = 0o644 << 16
            target.writestr(info, members[name])


def save_models(
    out_dir: str | Path,
    claim_model: CalibratedClassifierCV,
    role_model: Pipeline,
    *,
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """Write both models with skops and a manifest beside them.

    Parameters
    ----------
    out_dir:
        Folder to write into (created if missing).
    claim_model, role_model:
        Fitted estimators.
    extra:
        Additional manifest entries (training-data hash, corpus size, metrics summary).

    Returns
    -------
    dict
        The manifest as written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _dump_reproducible(claim_model, out / CLAIM_MODEL_FILE)
    _dump_reproducible(role_model, out / ROLE_MODEL_FILE)
    claim_base = claim_model.calibrated_classifiers_[0].estimator
    manifest = {
        "format": "resume_lens-models/1",
        "fingerprint": model_fingerprint(claim_model, role_model),
        "sklearn_version": sklearn.__version__,
        "claim_model": {
            "file": CLAIM_MODEL_FILE,
            "sha256": file_sha256(out / CLAIM_MODEL_FILE),
            "labels": [str(c) for c in claim_model.classes_],
            "feature_names": [str(f) for f in claim_base.named_steps["vectorize"].feature_names_],
            "threshold": {"p_inflated": INFLATED_THRESHOLD},
        },
        "role_model": {
            "file": ROLE_MODEL_FILE,
            "sha256": file_sha256(out / ROLE_MODEL_FILE),
            "labels": [str(c) for c in role_model.classes_],
            "feature_names": [str(f) for f in role_model.named_steps["vectorize"].feature_names_],
        },
        **extra,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


@dataclass(frozen=True)
class LoadedModels:
    """Both fitted models and their manifest."""

    claim_model: CalibratedClassifierCV
    role_model: Pipeline
    manifest: dict[str, Any]

    @property
    def version(self) -> str:
        """Short model version: the first 12 hex digits of the parameter fingerprint."""
        return str(self.manifest.get("fingerprint", "unversioned"))[:12]

    def claim_probabilities(self, rows: Sequence[Mapping[str, float]]) -> list[dict[str, float]]:
        """Calibrated verdict probabilities per claim feature dict; each dict sums to 1."""
        if not rows:
            return []
        proba = self.claim_model.predict_proba([dict(r) for r in rows])
        classes = [str(c) for c in self.claim_model.classes_]
        return [{c: float(p) for c, p in zip(classes, row, strict=True)} for row in proba]

    def role_probabilities(self, row: Mapping[str, float]) -> dict[str, float]:
        """Probabilities of each evidence role (rubric §5) for one resume's role features."""
        proba = self.role_model.predict_proba([dict(row)])[0]
        return {str(c): float(p) for c, p in zip(self.role_model.classes_, proba, strict=True)}

    def claim_contributions(self, row: Mapping[str, float]) -> dict[str, float]:
        """How much each feature moved the inflated log-odds of one claim, in logits.

        Uses the full-data logistic regression inside the calibrated model: contribution =
        coefficient for ``inflated`` × standardised feature value. Positive values push towards
        ``inflated``; features whose contribution is 0 are left out.
        """
        base = self.claim_model.calibrated_classifiers_[0].estimator
        vectorizer = base.named_steps["vectorize"]
        scaler = base.named_steps["scale"]
        classifier = base.named_steps["classify"]
        x = scaler.transform(vectorizer.transform([dict(row)]))[0]
        classes = [str(c) for c in classifier.classes_]
        coef = classifier.coef_[classes.index("inflated")] if len(classes) > 2 else classifier.coef_[0]
        contrib = np.asarray(coef) * x
        names = vectorizer.feature_names_
        return {str(n): float(c) for n, c in zip(names, contrib, strict=True) if abs(c) > 1e-12}


def _default_model_dir() -> Path:
    try:
        root = resources.files("resume_lens.models")
    except ModuleNotFoundError as e:  # the package was not installed with its models
        import resume_lens

        where = Path(resume_lens.__file__).parent
        raise ModelError(
            f"the packaged model is missing: resume_lens was imported from {where}, which holds no model "
            "(a source checkout shadows the installed package); run from another folder, or install "
            "with 'pip install -e .' for development"
        ) from e
    return Path(str(root))


def _check_sklearn_version(manifest: dict[str, Any], folder: Path) -> None:
    """Refuse a model saved by another scikit-learn minor version (its estimators may not load)."""
    if not isinstance(manifest, dict) or not manifest.get("sklearn_version"):
        raise ModelError(
            f"the model manifest in {folder} does not say which scikit-learn version saved the model; "
            "it is not a manifest written by 'resume-lens train': retrain with 'resume-lens train'"
        )
    saved = str(manifest["sklearn_version"])
    if saved.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"the model in {folder} was trained with scikit-learn {saved} but {sklearn.__version__} is "
            f"installed; install scikit-learn {'.'.join(saved.split('.')[:2])}.x or retrain with "
            "'resume-lens train'"
        )


def load_models(model_dir: str | Path | None = None) -> LoadedModels:
    """Load the claim and role models, checking each file's sha256 against the manifest.

    Parameters
    ----------
    model_dir:
        A folder written by :func:`save_models` (for example by ``resume-lens train``). ``None``
        loads the models shipped inside the package.

    Returns
    -------
    LoadedModels

    Raises
    ------
    ModelError
        When a file is missing, its sha256 differs from the manifest, it holds types outside the
        trusted list, or it was saved by another scikit-learn minor version.
    """
    folder = Path(model_dir) if model_dir is not None else _default_model_dir()
    manifest_path = folder / MANIFEST_FILE
    if not manifest_path.is_file():
        raise ModelError(f"no model manifest at {manifest_path}; run 'resume-lens train' first")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"the model manifest {manifest_path} is unreadable: {e}") from e
    _check_sklearn_version(manifest, folder)
    loaded = []
    for key in ("claim_model", "role_model"):
        entry = manifest.get(key) or {}
        path = folder / str(entry.get("file", ""))
        if not path.is_file():
            raise ModelError(f"model file {path} is missing; run 'resume-lens train' first")
        if file_sha256(path) != entry.get("sha256"):
            raise ModelError(f"model file {path.name} does not match the sha256 in its manifest")
        try:
            # skops trusts every scikit-learn estimator by default; ours hold only MODEL_TYPES, the only
            # types skops may rebuild from our files (conventions §8)
            untrusted = (set(sio.get_untrusted_types(file=path)) | sklearn_types_in_file(path)) - set(
                MODEL_TYPES
            )
        except Exception as e:  # not a zip, no schema: name the file
            raise ModelError(f"model file {path.name} could not be loaded: {e}") from e
        if untrusted:
            raise ModelError(f"model file {path.name} holds untrusted types: {sorted(untrusted)}")
        try:
            loaded.append(sio.load(path, trusted=sorted(MODEL_TYPES)))
        except Exception as e:  # skops raises several types for a damaged file; name the file
            raise ModelError(f"model file {path.name} could not be loaded: {e}") from e
    return LoadedModels(claim_model=loaded[0], role_model=loaded[1], manifest=manifest)
