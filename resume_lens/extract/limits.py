"""Resource limits applied to every file before and during extraction."""

from __future__ import annotations

import math
from dataclasses import dataclass

from resume_lens.errors import DocumentTooLargeError

__all__ = ["ExtractionLimits", "too_many_chars"]


@dataclass(frozen=True)
class ExtractionLimits:
    """Upper bounds on what one resume file may cost to extract.

    Exceeding ``max_bytes``, ``max_pages``, ``max_chars`` or ``max_decoded_bytes`` raises
    :class:`resume_lens.errors.DocumentTooLargeError`; exceeding ``max_seconds`` raises
    :class:`resume_lens.errors.ExtractionTimeoutError`.

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
    max_seconds : float, default 15.0
        Wall-clock seconds extraction of one file may take, checked while pdfminer.six decodes
        streams, reads content streams (every 4 KB), draws and lays out pages, and while a DOCX is
        unpacked and walked. pdf-notes §6.2 recommends 15 s per file; a normal 3-page resume takes
        0.3 s and the slowest of 25 public template PDFs 0.65 s. ``math.inf`` turns it off. This is
        a cooperative limit inside the process; batch workers also have a hard one
        (:mod:`resume_lens.batch`).
    max_decoded_bytes : int, default 20_000_000
        Decoded PDF stream data (content, fonts, object streams; every filter layer counts) one
        PDF may produce, in bytes (20 MB). Decoding stops at this size, so a small file that
        inflates to gigabytes (a compression bomb) costs about this much memory. The 25 public
        template PDFs decode at most 0.36 MB, and pdfminer.six reads content streams at roughly
        0.3 MB per second, so more than a few MB of content would pass ``max_seconds`` anyway.

    Notes
    -----
    Fixed caps that are not configurable are documented in :mod:`resume_lens.extract.budget`
    (objects drawn per page, text boxes grouped per page, font-table entries).
    """

    max_bytes: int = 10_000_000
    max_pages: int = 20
    max_chars: int = 200_000
    max_seconds: float = 15.0
    max_decoded_bytes: int = 20_000_000

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_pages", "max_chars", "max_decoded_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"ExtractionLimits.{name} must be a positive integer, got {value!r}")
        seconds = self.max_seconds
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or math.isnan(seconds)
            or seconds <= 0
        ):
            raise ValueError(f"ExtractionLimits.max_seconds must be a positive number, got {seconds!r}")


def too_many_chars(name: str, count: int, limit: int) -> DocumentTooLargeError:
    """Build the error for text longer than ``limit`` characters (``count`` may be a lower bound)."""
    return DocumentTooLargeError(
        f"{name} holds more than {limit:,} characters of text ({count:,} found), too long for a resume; "
        "check it is the right file."
    )
