"""Text a reader cannot see in a plain-text or Markdown resume: HTML comments and hidden elements.

Markdown allows raw HTML, and every Markdown viewer (GitHub, GitLab, VS Code, a static-site page)
renders ``<!-- … -->`` comments and elements styled ``display:none`` or ``visibility:hidden``, or
carrying the ``hidden`` attribute, as nothing. A line hidden that way ("<!-- Deployed the model on
Kubernetes serving 2M users -->") would otherwise be screened as evidence the recruiter never sees,
which is what the hidden-text checks of PDF and DOCX files exist to stop (pdf-notes §2). This module
finds such runs; :func:`resume_lens.extract.text.extract_text_bytes` takes them out of the text and
records them as :class:`~resume_lens.document.HiddenSpan` with a ``hidden_text`` warning, as the other
extractors do.

Only well-formed, non-nested markup is recognised (a regular expression per kind, not an HTML parser):
an element's hidden content runs to the first closing tag of the same name. An unclosed comment hides
the rest of the file in a browser and is treated the same way. Text that merely mentions markup in
prose ("used <div> layouts") is untouched, and so is markup inside Markdown code (a fenced block of
```` ``` ```` or ``~~~``, or an inline `` `code` `` span), which viewers show as it is written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["HiddenRun", "find_hidden_markup", "remove_runs"]

_COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# An opening tag whose attributes hide it, then its content up to the closing tag of the same name.
_HIDDEN_ELEMENT_RE = re.compile(
    r"<(?P<tag>[A-Za-z][A-Za-z0-9-]*)\b(?P<attrs>[^<>]*?"
    r"(?:\bstyle\s*=\s*(?P<q>[\"'])[^\"']*?(?:display\s*:\s*none|visibility\s*:\s*hidden)[^\"']*(?P=q)"
    r"|\shidden(?=[\s>/=])))[^<>]*>"
    r"(?P<body>.*?)</(?P=tag)\s*>",
    re.DOTALL | re.IGNORECASE,
)


# A fenced code block (CommonMark: up to 3 spaces, then 3+ backticks or tildes) up to its closing fence or the
# end of the text, and an inline code span of one or more backticks closed by the same number.
_FENCE_RE = re.compile(
    r"^ {0,3}(?P<fence>`{3,}|~{3,})[^\n]*\n(?:.*?\n)?? {0,3}(?P=fence)[`~]*[ \t]*(?:\n|\Z)"  # closed
    r"|^ {0,3}(?:`{3,}|~{3,}).*\Z",  # never closed: code to the end of the text
    re.MULTILINE | re.DOTALL,
)
_CODE_SPAN_RE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`)[^\n]*?(?<!`)(?P=ticks)(?!`)")


def _code_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of Markdown code (fenced blocks, then inline spans outside them), sorted."""
    regions = [m.span() for m in _FENCE_RE.finditer(text)]
    spans = [
        m.span()
        for m in _CODE_SPAN_RE.finditer(text)
        if not any(start <= m.start() < end for start, end in regions)
    ]
    return sorted(regions + spans)


class HiddenRun(NamedTuple):
    """One hidden run: characters ``[start, end)`` of the text, the part a reader would not see
    (``content``: the comment's or element's inner text) and the reason code of
    :data:`resume_lens.extract.hidden.REASONS`."""

    start: int
    end: int
    content: str
    reason: str


def find_hidden_markup(text: str) -> list[HiddenRun]:
    """The HTML comments and hidden elements of ``text``, in order, none overlapping another.

    Parameters
    ----------
    text : str
        A decoded plain-text or Markdown resume.

    Returns
    -------
    list of HiddenRun
        Character offsets into ``text`` (``end`` exclusive) of each whole comment or element,
        markup included; an element inside a comment, or a comment inside a hidden element, is
        part of the outer run.
    """
    if "<" not in text:
        return []
    code = _code_regions(text) if "`" in text or "~~~" in text else []
    runs = [
        HiddenRun(m.start(), m.end(), m.group(0)[4:].removesuffix("-->"), "html_comment")
        for m in _COMMENT_RE.finditer(text)
    ]
    runs += [
        HiddenRun(m.start(), m.end(), m.group("body"), "css_hidden")
        for m in _HIDDEN_ELEMENT_RE.finditer(text)
    ]
    runs.sort(key=lambda r: (r.start, -r.end))
    kept: list[HiddenRun] = []
    for run in runs:
        if kept and run.start < kept[-1].end:
            continue
        if any(start <= run.start < end for start, end in code):
            continue  # shown as code, not hidden
        kept.append(run)
    return kept


def remove_runs(text: str, runs: list[HiddenRun]) -> str:
    """``text`` without the characters of ``runs`` (sorted, not overlapping, as returned by
    :func:`find_hidden_markup`); a line left empty by a removal becomes an empty line."""
    parts: list[str] = []
    at = 0
    for run in runs:
        parts.append(text[at : run.start])
        at = run.end
    parts.append(text[at:])
    return "".join(parts)
