"""Resource limits applied to every file before and during extraction."""

from __future__ import annotations

from dataclasses import dataclass

from resume_lens.errors import DocumentTooLargeError

__all__ = ["ExtractionLimits", "too_many_chars"]


@dataclass(frozen=True)
class ExtractionLimits:
    """Upper bounds on what one resume file may cost to extract.

    Exceeding any of them raises :class:`resume_lens.errors.DocumentTooLargeError`.

    Parameters
    ----------
    max_bytes : int, default 10_000_000
        Largest accepted file, in bytes (10 MB). Checked with ``os.stat`` before the file is read.
        Resumes with photos are 0.1-5 MB (pdf-notes §6.1). A DOCX is also refused when its zip
        members inflate to more than ten times this many bytes (a zip-bomb guard).
    max_pages : int, default 20
        Largest accepted PDF, in pages, counted from the page tree before any page is parsed
        (pdf-notes §6.3).
    max_chars : int, default 200_000
        Longest accepted normalised text, in characters. A dense two-page resume is about
        8,000 characters, so this is 25x headroom.

    Notes
    -----
    There is no time limit or memory cap yet: a PDF "Flate bomb" can still keep pdfminer busy
    (pdf-notes §0 and §1 row 9). Run untrusted files in a worker process until that lands.
    """

    max_bytes: int = 10_000_000
    max_pages: int = 20
    max_chars: int = 200_000

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_pages", "max_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"ExtractionLimits.{name} must be a positive integer, got {value!r}")


def too_many_chars(name: str, count: int, limit: int) -> DocumentTooLargeError:
    """Build the error for text longer than ``limit`` characters (``count`` may be a lower bound)."""
    return DocumentTooLargeError(
        f"{name} holds more than {limit:,} characters of text ({count:,} found), too long for a resume; "
        "check it is the right file."
    )
