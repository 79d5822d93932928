"""resume_lens: flag ML-engineer title inflation in resumes.

Reads a resume (PDF, DOCX, TXT), finds its ML-engineer-family claims, tags production/MLOps and
notebook-level evidence with spaCy rule components, and scores each claim with a calibrated
scikit-learn classifier. The tool triages; it never rejects.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from resume_lens.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ExtractionError,
    ExtractionTimeoutError,
    ModelError,
    NoTextLayerError,
    ResumeLensError,
    UnsupportedFormatError,
)

try:
    __version__ = version("resume_lens")
except PackageNotFoundError:  # running from a source checkout that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Screener",
    "Assessment",
    "ClaimAssessment",
    "ResumeLensError",
    "ExtractionError",
    "EncryptedDocumentError",
    "NoTextLayerError",
    "CorruptDocumentError",
    "UnsupportedFormatError",
    "EmptyDocumentError",
    "DocumentTooLargeError",
    "ExtractionTimeoutError",
    "ModelError",
    "__version__",
]


def __getattr__(name: str):
    """Import the heavy parts (spaCy, scikit-learn) only when they are asked for."""
    if name == "Screener":
        from resume_lens.screener import Screener

        return Screener
    if name in ("Assessment", "ClaimAssessment"):
        from resume_lens import assess

        return getattr(assess, name)
    raise AttributeError(f"module 'resume_lens' has no attribute {name!r}")
