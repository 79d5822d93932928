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
def render_module():
    """``scripts/render.py`` (the example and corpus renderer), loaded by path: it is not in the package."""
    path = REPO_DIR / "scripts" / "render.py"
    spec = importlib.util.spec_from_file_location("resume_lens_scripts_render", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]
