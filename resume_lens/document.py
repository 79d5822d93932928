"""The extracted text of one resume file."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Document"]


@dataclass(frozen=True)
class Document:
    """Text extracted from one resume file.

    Attributes
    ----------
    text:
        The normalised text, lines separated by ``"\\n"``. Every character offset elsewhere in
        resume_lens (sections, positions, evidence spans) indexes into this string, end-exclusive.
    source_format:
        ``"pdf"``, ``"docx"`` or ``"txt"``, chosen from the file's content (magic bytes).
    sha256:
        Hex SHA-256 of the file's bytes (of the UTF-8 text for :func:`Document.from_text`).
    pages:
        Number of pages for PDF; 1 for DOCX and text.
    file:
        The path the document was read from, or ``None`` for text given directly.
    warnings:
        Human-readable warnings about extraction quality (for example partly garbled text).
    """

    text: str
    source_format: str
    sha256: str
    pages: int = 1
    file: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_text(cls, text: str, *, file: str | None = None) -> Document:
        """Wrap already-extracted text (UTF-8 hashed) in a :class:`Document`.

        Raises
        ------
        EmptyDocumentError
            When ``text`` holds nothing but whitespace, as for an empty file.
        DocumentTooLargeError
            When ``text`` is longer than the default character limit of
            :class:`resume_lens.extract.ExtractionLimits`.
        TypeError
            When ``text`` is not a string.
        """
        import hashlib

        from resume_lens.errors import EmptyDocumentError
        from resume_lens.extract.limits import ExtractionLimits, too_many_chars
        from resume_lens.extract.normalize import normalize_text

        if not isinstance(text, str):
            raise TypeError(f"resume text must be a str, not {type(text).__name__}")
        limit = ExtractionLimits().max_chars
        if len(text) > limit:
            raise too_many_chars(file or "the text", len(text), limit)
        clean = normalize_text(text)
        if not clean.strip():
            raise EmptyDocumentError(f"{file or 'the text'} is empty; there is no resume text to screen.")
        # lone surrogates (undecodable bytes smuggled through str) must not break the hash
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(text=clean, source_format="txt", sha256=digest, pages=1, file=file)
