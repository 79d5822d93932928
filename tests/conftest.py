"""Shared fixtures. Fixture files are found relative to this file, never the working directory."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent
SHARED_DIR = REPO_DIR.parent / "shared"
TEMPLATES_DIR = SHARED_DIR / "resumes" / "templates"
CORPUS_DIR = REPO_DIR / "corpora" / "resumes"
EXAMPLES_DIR = REPO_DIR / "examples"


def load_by_path(name: str, path: Path):  # noqa: ANN201 - returns the loaded module
    """Load ``path`` as module ``name`` and register it in ``sys.modules`` (once).

    tests/ and scripts/ are not packages (pytest runs with ``--import-mode=importlib``), so their
    helper modules are loaded by path. Registered before the module runs: dataclasses look their
    module up while a class is built.
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# Generators of hostile test files, imported by name (``import hostile_files``) in the test modules.
load_by_path("hostile_files", TESTS_DIR / "hostile_files.py")
# Helpers of the subprocess batch tests (``import batch_cli``).
load_by_path("batch_cli", TESTS_DIR / "batch_cli.py")
# The evidence of one line as the rule coverage tests read it (``import line_evidence``).
load_by_path("line_evidence", TESTS_DIR / "line_evidence.py")
# The headline claim of a summary, as the claim tests read it (``import claim_checks``).
load_by_path("claim_checks", TESTS_DIR / "claim_checks.py")
# The offset checks of the segmentation tests (``import structure_checks``).
load_by_path("structure_checks", TESTS_DIR / "structure_checks.py")


@pytest.fixture(scope="session")
def load_script():
    """``load_script("render")`` loads ``scripts/render.py`` (scripts are not in the package)."""
    loaded: list[str] = []

    def load(stem: str):  # noqa: ANN202
        name = f"resume_lens_scripts_{stem}"
        loaded.append(name)
        return load_by_path(name, REPO_DIR / "scripts" / f"{stem}.py")

    yield load
    for name in loaded:
        sys.modules.pop(name, None)


@pytest.fixture(scope="session")
def templates_dir() -> Path:
    """The 25 public template PDFs in ../shared/resumes/templates (skip when absent)."""
    if not TEMPLATES_DIR.is_dir():
        pytest.skip(f"{TEMPLATES_DIR} is absent: the shared template PDFs are not on this machine")
    return TEMPLATES_DIR


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The labelled training corpus shipped in the repository."""
    return CORPUS_DIR


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled sample resumes (PDF, DOCX, TXT) made by scripts/make_examples.py."""
    return EXAMPLES_DIR


@pytest.fixture(scope="session")
def render_module(load_script):
    """``scripts/render.py`` (the example and corpus renderer), loaded by path: it is not in the package."""
    return load_script("render")


@pytest.fixture(scope="session")
def nlp():
    """The evidence pipeline the tagger uses (built once per process: ``get_pipeline`` caches it)."""
    from resume_lens.tagging import get_pipeline

    return get_pipeline()
