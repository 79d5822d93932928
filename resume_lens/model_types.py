"""The scikit-learn types our model files hold, and a quicker import of skops for processes we own.

:data:`MODEL_TYPES` is the fixed trusted-type list of conventions §8: the only scikit-learn classes
:func:`resume_lens.model.load_models` lets skops rebuild. :func:`sklearn_types_in_file` lists the
scikit-learn classes a skops file names, so that a file holding any other estimator is refused
whatever skops trusts by default.

skops computes its default trusted list when ``skops.io`` is first imported, from
``sklearn.utils.all_estimators()``, which imports every scikit-learn subpackage (ensemble, neighbors,
manifold, …) to find them: about 1.4 s of a 3.5 s cold ``resume-lens triage`` on a 2-core machine
(skops 0.16, scikit-learn 1.9; ``python -X importtime``, ``bench/throughput.py``). Our files need
none of them, so :func:`import_skops_io_for_our_models` imports skops with that walk limited to
:data:`MODEL_TYPES`. The same import also lists every scipy.special ufunc as trusted, finding each one's
module by a search through every loaded module (``skops.io._utils.whichmodule``: 232 ufuncs × about 700
modules in the console script, 0.6 s); our files hold no ufunc, so that list is left empty. It changes
skops' default trust for the rest of the process, so it does so only in a process resume_lens owns, marked
by :func:`own_this_process` (the ``resume-lens`` console script, batch worker processes); an application
that imports resume_lens, or calls ``resume_lens.cli.main`` itself, keeps skops as it is.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, cast

__all__ = [
    "MODEL_TYPES",
    "import_skops_io_for_our_models",
    "own_this_process",
    "owns_this_process",
    "sklearn_types_in_file",
]

#: Every scikit-learn class in the claim and role model files (``resume-lens train`` writes no other).
MODEL_TYPES: tuple[str, ...] = (
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.model_selection._split.StratifiedKFold",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler",
)


_owned = False


def own_this_process() -> None:
    """Mark this process as resume_lens's own (the console script, a batch worker): nothing else in it
    loads skops models, so :func:`import_skops_io_for_our_models` may narrow skops' default trust."""
    global _owned
    _owned = True


def owns_this_process() -> bool:
    """Whether :func:`own_this_process` was called in this process."""
    return _owned


def _resolve(type_name: str) -> type:
    """The class named ``module.Class``."""
    module, _, name = type_name.rpartition(".")
    return getattr(importlib.import_module(module), name)


_TRUSTED_TYPES_MODULE = "skops.io._trusted_types"


class _NoScipyUfuncsLoader(importlib.abc.Loader):
    """Runs ``skops.io._trusted_types`` with its list of scipy.special ufuncs left empty."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        utils = importlib.import_module("skops.io._utils")
        public_type_names = utils.get_public_type_names

        def without_scipy_special(module: ModuleType, oftype: type) -> list[str]:
            if module.__name__ == "scipy.special":
                return []
            return cast(list[str], public_type_names(module=module, oftype=oftype))

        utils.get_public_type_names = without_scipy_special
        try:
            self._loader.exec_module(module)
        finally:
            utils.get_public_type_names = public_type_names


class _TrustedTypesFinder(importlib.abc.MetaPathFinder):
    """Gives ``skops.io._trusted_types`` the loader above, once."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != _TRUSTED_TYPES_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _NoScipyUfuncsLoader(spec.loader)
        return spec


def import_skops_io_for_our_models() -> ModuleType:
    """Import ``skops.io`` with its default trusted list computed from :data:`MODEL_TYPES` only.

    In a process marked by :func:`own_this_process`, before anything else imports skops, it saves the
    walk over every scikit-learn subpackage (about 1.4 s on a 2-core machine, see the module docstring)
    and the search for the modules of scipy.special's ufuncs (0.6 s; none is trusted by default then);
    anywhere else, or when ``skops.io`` is already imported, skops is imported as it is.

    Returns
    -------
    module
        ``skops.io``.
    """
    if "skops.io" in sys.modules or not _owned:
        import skops.io

        return skops.io
    import sklearn.utils

    classes = [_resolve(name) for name in MODEL_TYPES]
    walk_every_subpackage = sklearn.utils.all_estimators

    def our_estimators(*args: Any, **kwargs: Any) -> list[tuple[str, type]]:
        return [(cls.__name__, cls) for cls in classes]

    sklearn.utils.all_estimators = our_estimators
    finder = _TrustedTypesFinder()
    sys.meta_path.insert(0, finder)
    try:
        import skops.io
    finally:
        sklearn.utils.all_estimators = walk_every_subpackage
        if finder in sys.meta_path:
            sys.meta_path.remove(finder)
    return skops.io


def _named_types(node: Any) -> Iterator[str]:
    """Every ``module.Class`` a skops schema names (its ``__module__`` / ``__class__`` pairs)."""
    if isinstance(node, dict):
        module, name = node.get("__module__"), node.get("__class__")
        if isinstance(module, str) and isinstance(name, str):
            yield f"{module}.{name}"
        for value in node.values():
            yield from _named_types(value)
    elif isinstance(node, list):
        for item in node:
            yield from _named_types(item)


def sklearn_types_in_file(path: str | Path) -> set[str]:
    """The scikit-learn classes a skops file names (read from its ``schema.json``; nothing is built).

    Parameters
    ----------
    path:
        A ``.skops`` file.

    Returns
    -------
    set of str
        ``module.Class`` names starting with ``sklearn.``.

    Raises
    ------
    OSError, zipfile.BadZipFile, KeyError, ValueError
        When the file is unreadable, not a zip archive, has no ``schema.json`` or it is not JSON.
    """
    with zipfile.ZipFile(path) as archive:
        schema = json.loads(archive.read("schema.json"))
    return {name for name in _named_types(schema) if name.startswith("sklearn.")}
