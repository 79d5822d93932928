"""The spaCy evidence tagger: pipeline, registered components and rule files (taxonomy §2–§6)."""

from __future__ import annotations

from .components import EVIDENCE_KEY, MODIFIERS_KEY
from .pipeline import build_pipeline

__all__ = ["build_pipeline", "EVIDENCE_KEY", "MODIFIERS_KEY"]
