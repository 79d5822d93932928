"""resume_lens: flag ML-engineer title inflation in resumes.

Reads a resume (PDF, DOCX, TXT), finds its ML-engineer-family claims, tags production/MLOps and
notebook-level evidence with spaCy rule components, and scores each claim with a calibrated
scikit-learn classifier. The tool triages; it never rejects.
"""

from __future__ import annotations

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
    """Import the heavy parts (spaCy, scikit-learn) only when they are asked for.

    ``__version__`` is read from the installed package's metadata on first use, so that importing the
    package (the ``resume-lens`` console script does, before it can catch Ctrl-C) stays cheap:
    ``importlib.metadata`` pulls in zipfile, lzma and email.
    """
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("resume_lens")
        except PackageNotFoundError:  # running from a source checkout that is not installed
            return "0+unknown"
    if name == "Screener":
        from resume_lens.screener import Screener

        return Screener
    if name in ("Assessment", "ClaimAssessment"):
        from resume_lens import assess

        return getattr(assess, name)
    raise AttributeError(f"module 'resume_lens' has no attribute {name!r}")
