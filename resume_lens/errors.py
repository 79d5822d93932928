"""Typed errors raised by resume_lens.

Every error a user's file can cause is a :class:`ResumeLensError` subclass with a one-line
message a recruiter understands (what is wrong with which file, and what to do). Subclasses also
inherit the matching built-in where that helps callers (convention 9 of the house conventions).
Each class has a stable ``code`` used in error rows and ``--json`` output.
"""

from __future__ import annotations

__all__ = [
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
    "RuleFileError",
    "ResourceLimitError",
    "WorkerDiedError",
    "GarbledTextError",
    "DamagedResultsError",
]


class ResumeLensError(Exception):
    """Root of every error resume_lens raises on purpose."""

    code = "resume_lens_error"


class ExtractionError(ResumeLensError, ValueError):
    """A file could not be turned into resume text."""

    code = "extraction_error"


class EncryptedDocumentError(ExtractionError):
    """The file is password-protected and cannot be opened without the password."""

    code = "encrypted"


class NoTextLayerError(ExtractionError):
    """The file has no text layer (for example a scanned PDF); OCR is needed first."""

    code = "no_text_layer"


class CorruptDocumentError(ExtractionError):
    """The file is truncated or damaged and cannot be parsed."""

    code = "corrupt"


class UnsupportedFormatError(ExtractionError):
    """The file's content is not PDF, DOCX or plain text (checked by content, not by name)."""

    code = "unsupported_format"


class EmptyDocumentError(ExtractionError):
    """The file is zero bytes or holds no readable text at all."""

    code = "empty"


class DocumentTooLargeError(ExtractionError):
    """The file exceeds a limit on bytes, pages, characters or decoded data (a compression bomb).

    The limits are :class:`resume_lens.extract.ExtractionLimits` and the fixed caps of
    :mod:`resume_lens.extract.budget` (objects drawn per page, layout cells per page).
    """

    code = "too_large"


class ExtractionTimeoutError(ExtractionError, TimeoutError):
    """Reading a file took longer than its limit in seconds.

    Raised inside the process by extraction (``ExtractionLimits.max_seconds``, checked while the
    parsers work); batch workers report a file they had to stop with the same code.
    """

    code = "timeout"


class ModelError(ResumeLensError, RuntimeError):
    """The claim model is missing, untrusted or does not match its manifest."""

    code = "model_error"


class RuleFileError(ResumeLensError, ValueError):
    """A rule or pattern data file is malformed; the message names the file, line and reason."""

    code = "rule_file_error"


class ResourceLimitError(ResumeLensError, MemoryError):
    """Scoring a file needed more memory than a batch worker may use (``--max-memory-mb``, in MiB)."""

    code = "resource_limit"


class WorkerDiedError(ResumeLensError, RuntimeError):
    """The worker process scoring a file stopped abnormally (crash, killed, out of memory)."""

    code = "worker_died"


class GarbledTextError(ExtractionError):
    """Most of a PDF's text layer cannot be decoded; OCR or another export is needed.

    Raised when more than 30 % of the glyphs have no character map (``GARBLED_ERROR_SHARE`` in
    ``resume_lens.extract.normalize``).
    """

    code = "garbled_text"


class DamagedResultsError(ResumeLensError, ValueError):
    """A line of a batch's results file (JSON Lines) is not a result row, and not an unfinished last line.

    Raised by ``resume_lens.report.read_rows`` and ``resume_lens.audit.read_results`` (the rule is
    :func:`resume_lens.results_reader.read_result_rows`), also when a line is JSON but one of its fields is
    malformed (a ``p_inflated`` that is not a number in [0, 1], an unknown verdict, claims that are not a
    list, an evidence span without its offsets: :func:`resume_lens.results_reader.row_problem`); the
    message names the file, the line (counted from 1) and, for a field, which one.
    """

    code = "damaged_results"
