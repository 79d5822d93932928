"""The extracted text of one resume file."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Document", "HiddenSpan"]


@dataclass(frozen=True)
class HiddenSpan:
    """A run of text in the file that a reader cannot see (hidden-text detection, issue 5 item 5).

    Hidden text is left out of :attr:`Document.text`, so it can never become evidence; it is kept
    here, and named in a ``hidden_text`` warning, so a recruiter can see what was hidden.

    Attributes
    ----------
    text:
        The hidden characters, normalised like the document text, runs of whitespace collapsed to
        one space. This is *not* a slice of :attr:`Document.text` (the text does not contain it).
    reasons:
        Why the text counts as hidden, as stable codes in detection order:
        ``"invisible"`` (PDF text render mode 3 or 7), ``"transparent"`` (fill alpha below 0.1),
        ``"tiny"`` (under 3 pt), ``"squashed"`` (horizontally scaled to under 25 %),
        ``"off_page"`` (outside the crop or media box), ``"clipped"`` (outside its
        clipping path), ``"covered"`` (an opaque shape or image
        painted over it), ``"low_contrast"`` (white or nearly the colour beneath it), in Word
        files ``"vanish"`` (the hidden-text font property), and in text and Markdown files
        ``"html_comment"`` (``<!-- … -->``) and ``"css_hidden"`` (an element styled ``display:none`` or
        ``visibility:hidden``, or with the ``hidden`` attribute). See :mod:`resume_lens.extract.hidden`
        and :mod:`resume_lens.extract.markup`.
    page:
        1-based PDF page number; ``None`` for DOCX.
    """

    text: str
    reasons: tuple[str, ...]
    page: int | None = None


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
        Human-readable warnings about extraction quality, each starting with its code, for
        example ``"garbled_text: ..."`` or ``"hidden_text: ..."``.
    hidden_spans:
        Text drawn so that a reader cannot see it (white, tiny, invisible, covered, ...), in
        reading order. It is **not** part of ``text``: the tagger and the claim model never see it.
    """

    text: str
    source_format: str
    sha256: str
    pages: int = 1
    file: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    hidden_spans: tuple[HiddenSpan, ...] = field(default_factory=tuple)

    @property
    def hidden_words(self) -> tuple[str, ...]:
        """The words of :attr:`hidden_spans`, in order, each once."""
        return tuple(dict.fromkeys(word for span in self.hidden_spans for word in span.text.split()))

    @classmethod
    def from_text(cls, text: str, *, file: str | None = None) -> Document:
        """Wrap already-extracted text (UTF-8 hashed) in a :class:`Document`.

        HTML comments and hidden elements (``display:none``, ``visibility:hidden``, ``hidden``), which
        a Markdown viewer does not show, are left out of ``text`` and kept as ``hidden_spans`` with a
        ``hidden_text`` warning, as for a ``.md`` file (:func:`resume_lens.extract.text.strip_hidden_markup`).

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
        from resume_lens.extract.text import strip_hidden_markup

        if not isinstance(text, str):
            raise TypeError(f"resume text must be a str, not {type(text).__name__}")
        limit = ExtractionLimits().max_chars
        if len(text) > limit:
            raise too_many_chars(file or "the text", len(text), limit)
        # HTML comments and hidden elements of Markdown text are left out, as for a .md file
        visible, hidden_spans, warning = strip_hidden_markup(text, file or "the text")
        clean = normalize_text(visible)
        if not clean.strip():
            raise EmptyDocumentError(f"{file or 'the text'} is empty; there is no resume text to screen.")
        # lone surrogates (undecodable bytes smuggled through str) must not break the hash
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(
            text=clean,
            source_format="txt",
            sha256=digest,
            pages=1,
            file=file,
            warnings=(warning,) if warning else (),
            hidden_spans=hidden_spans,
        )
