"""Import spaCy without its command-line package, in processes resume_lens owns.

``import spacy`` runs ``from .cli.info import info`` (spaCy 3.8), which imports the whole ``spacy.cli``
package: its download, project and debug commands and, through them, weasel, typer, requests and httpx.
That is about 0.4 s of the 1.1 s spaCy import on a 2-core machine (``python -X importtime -c "import
spacy"``), on the critical path of a cold ``resume-lens triage`` (``bench/throughput.py``), and resume_lens
uses none of it: it builds its pipeline from ``spacy.blank("en")`` and never calls spaCy's CLI.

:func:`defer_spacy_cli`, called before spaCy is first imported, makes spaCy's import of ``spacy.cli``
and ``spacy.cli.info`` give two stand-in modules (an import finder of ours). They load the real modules
the first time anything in them is used (``spacy.info()``, ``from spacy.cli import download``), so
nothing behaves differently; only the import is deferred. Like
:func:`resume_lens.model_types.import_skops_io_for_our_models`, it acts only in a process resume_lens owns
(:func:`resume_lens.model_types.own_this_process`: the console script, batch workers); an application that
imports resume_lens keeps spaCy's import as it is.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from resume_lens.model_types import owns_this_process

__all__ = ["defer_spacy_cli"]

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


class _DeferredModule(ModuleType):
    """A stand-in for a spaCy CLI module: the first attribute it is asked for loads the real module."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # import machinery probing a stand-in
            raise AttributeError(name)
        return getattr(_load_real(self.__name__), name)


class _DeferringFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes the stand-ins when spaCy imports its CLI modules, so the import system binds them as it
    binds real modules (``spacy.cli`` on ``spacy``, ``info`` on ``spacy.cli``)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in (_CLI, _INFO):
            return None
        return importlib.util.spec_from_loader(fullname, self, is_package=fullname == _CLI)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return _DeferredModule(spec.name)

    def exec_module(self, module: ModuleType) -> None:
        if module.__name__ == _INFO:
            module.info = _info  # type: ignore[attr-defined]  # so "from .cli.info import info" loads nothing


_FINDER = _DeferringFinder()


def _load_real(name: str) -> ModuleType:
    """Stop deferring, drop both stand-ins and import the real ``name`` (the import system rebinds
    ``spacy.cli`` and ``spacy.cli.info`` to the real modules)."""
    if _FINDER in sys.meta_path:
        sys.meta_path.remove(_FINDER)
    for stand_in in (_INFO, _CLI):
        if isinstance(sys.modules.get(stand_in), _DeferredModule):
            del sys.modules[stand_in]
    return importlib.import_module(name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, loaded on first call."""
    return _load_real(_INFO).info(*args, **kwargs)


def defer_spacy_cli() -> bool:
    """Let ``import spacy`` skip spaCy's CLI package until something uses it, in a process we own.

    Returns
    -------
    bool
        Whether deferring is on: ``False`` when this process is not resume_lens's own
        (:func:`resume_lens.model_types.own_this_process` was not called) or spaCy or its CLI is already
        imported (nothing to save, nothing changed).
    """
    if not owns_this_process() or "spacy" in sys.modules or _CLI in sys.modules:
        return False
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
    return True
