"""Hidden text in Word documents: which runs of a DOCX a reader cannot see.

Kept apart from :mod:`resume_lens.extract.hidden` (the PDF rules, whose reasons and thresholds it
shares) so that reading a PDF does not import python-docx.

A run is hidden if its resolved properties (direct formatting, then its character
style chain, then the paragraph style chain, then the document defaults) have ``w:vanish`` or
``w:specVanish`` (``vanish``), a font size below :data:`~resume_lens.extract.hidden.MIN_TEXT_SIZE_PT`
(``tiny``), or a font colour with contrast below :data:`~resume_lens.extract.hidden.MIN_CONTRAST`
against its background (``low_contrast``): run shading or highlight, paragraph shading, table cell
shading, a text box fill or the page colour, else white. If any of those is unknown (a theme colour,
a table style with shading, a gradient) or the document anchors a drawing behind its text
(``behindDoc``, often a coloured sidebar), the colour rule is not applied.

The runs tested are those the DOCX reader reads (:mod:`resume_lens.extract.docx`: runs inside
tracked insertions, content controls, fields, smart tags and hyperlinks, never inside tracked
deletions); a run's properties come from its own ``w:rPr``, so a wrapper around it changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

from resume_lens.extract.hidden import MIN_CONTRAST, MIN_TEXT_SIZE_PT, RGB, WHITE, contrast_ratio

__all__ = ["DocxHiddenText"]

_W_VAL = qn("w:val")
_W_FILL = qn("w:fill")
_W_COLOR = qn("w:color")
_W_STYLE_ID = qn("w:styleId")
_W_TYPE = qn("w:type")
_W_DEFAULT = qn("w:default")
_HEX_RE = re.compile(r"^#?([0-9A-Fa-f]{6})$")
# w:highlight names (ECMA-376 §17.18.40) as sRGB.
_HIGHLIGHTS: dict[str, RGB] = {
    "black": (0, 0, 0),
    "blue": (0, 0, 1),
    "cyan": (0, 1, 1),
    "green": (0, 1, 0),
    "magenta": (1, 0, 1),
    "red": (1, 0, 0),
    "yellow": (1, 1, 0),
    "white": (1, 1, 1),
    "darkBlue": (0, 0, 0.5),
    "darkCyan": (0, 0.5, 0.5),
    "darkGreen": (0, 0.5, 0),
    "darkMagenta": (0.5, 0, 0.5),
    "darkRed": (0.5, 0, 0),
    "darkYellow": (0.5, 0.5, 0),
    "darkGray": (0.5, 0.5, 0.5),
    "lightGray": (0.75, 0.75, 0.75),
}
_OFF_VALUES = frozenset({"0", "false", "off"})
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_WP_ANCHOR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"
_V_NS = "urn:schemas-microsoft-com:vml"
_Z_INDEX_RE = re.compile(r"z-index:\s*-")
_REMOVED = frozenset({qn("w:del"), qn("w:moveFrom")})
# Marker for "background unknown": the colour rule is skipped.
_UNKNOWN = None


def _hex_rgb(value: str | None) -> RGB | None:
    match = _HEX_RE.match(value or "")
    if not match:
        return None
    h = match.group(1)
    return int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255


class DocxHiddenText:
    """Decide which runs of a Word document a reader cannot see (see the module docstring).

    Parameters
    ----------
    document : docx.document.Document
        The opened document; its styles, defaults, page colour and behind-text drawings are read
        once.
    """

    def __init__(self, document: Any) -> None:
        styles = document.styles.element
        self._styles: dict[str, Any] = {}
        default_paragraph = None
        for style in styles.iterchildren(qn("w:style")):
            style_id = style.get(_W_STYLE_ID)
            if style_id is not None:
                self._styles.setdefault(style_id, style)
            if style.get(_W_TYPE) == "paragraph" and style.get(_W_DEFAULT) in ("1", "true", "on"):
                default_paragraph = style
        self._default_paragraph_style = default_paragraph
        defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self._default_rpr = defaults
        background = document.element.find(qn("w:background"))
        page_colour = background.get(_W_COLOR) if background is not None else None
        page = WHITE if page_colour in (None, "auto") else _hex_rgb(page_colour)
        parts = [document.element]
        for section in document.sections:
            for part in (section.header, section.first_page_header, section.even_page_header):
                if not part.is_linked_to_previous:
                    parts.append(part._element)
        if any(_has_behind_text_drawing(part) for part in parts):
            page = _UNKNOWN
        self._page: RGB | None = page
        self._table_style_cache: dict[str, bool] = {}

    # -- style resolution -----------------------------------------------------------------

    def _style_chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        style = self._styles.get(style_id) if style_id is not None else None
        while style is not None and style.get(_W_STYLE_ID) not in seen:
            seen.add(style.get(_W_STYLE_ID))
            yield style
            based = style.find(qn("w:basedOn"))
            style = self._styles.get(based.get(_W_VAL)) if based is not None else None

    def _paragraph_style_id(self, paragraph: Any) -> str | None:
        p_style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if p_style is not None:
            return p_style.get(_W_VAL)
        if self._default_paragraph_style is not None:
            return self._default_paragraph_style.get(_W_STYLE_ID)
        return None

    def _run_property_sources(self, run: Any, paragraph: Any) -> list[Any]:
        """The ``w:rPr`` elements that apply to ``run``, strongest first."""
        sources: list[Any] = []
        direct = run.find(qn("w:rPr"))
        if direct is not None:
            sources.append(direct)
            r_style = direct.find(qn("w:rStyle"))
            if r_style is not None:
                sources.extend(s.find(qn("w:rPr")) for s in self._style_chain(r_style.get(_W_VAL)))
        sources.extend(s.find(qn("w:rPr")) for s in self._style_chain(self._paragraph_style_id(paragraph)))
        sources.append(self._default_rpr)
        return [s for s in sources if s is not None]

    @staticmethod
    def _first(sources: list[Any], tag: str) -> Any:
        for source in sources:
            element = source.find(qn(tag))
            if element is not None:
                return element
        return None

    # -- background ---------------------------------------------------------------------------

    def _background(self, run: Any, paragraph: Any, sources: list[Any]) -> RGB | None:
        """The colour under ``run``, or ``None`` when it cannot be known."""
        highlight = self._first(sources, "w:highlight")
        if highlight is not None and highlight.get(_W_VAL) not in (None, "none"):
            return _HIGHLIGHTS.get(highlight.get(_W_VAL) or "", _UNKNOWN)
        shading = self._first(sources, "w:shd")
        fill = _shading_fill(shading)
        if fill != "none":
            return fill
        paragraph_sources = [paragraph.find(qn("w:pPr"))]
        paragraph_sources += [
            s.find(qn("w:pPr")) for s in self._style_chain(self._paragraph_style_id(paragraph))
        ]
        fill = _shading_fill(self._first([s for s in paragraph_sources if s is not None], "w:shd"))
        if fill != "none":
            return fill
        for ancestor in paragraph.iterancestors():
            tag = ancestor.tag
            if tag == qn("w:tc"):
                fill = _shading_fill(ancestor.find(f"{qn('w:tcPr')}/{qn('w:shd')}"))
                if fill != "none":
                    return fill
            elif tag == qn("w:tbl"):
                fill = _shading_fill(ancestor.find(f"{qn('w:tblPr')}/{qn('w:shd')}"))
                if fill != "none":
                    return fill
                if self._table_style_shaded(ancestor):
                    return _UNKNOWN
            elif tag == qn("w:txbxContent"):
                fill = _text_box_fill(ancestor)
                if fill != "none":
                    return fill
        return self._page

    def _table_style_shaded(self, table: Any) -> bool:
        """True if the table's style (or a style it is based on) shades any cells."""
        style = table.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}")
        style_id = style.get(_W_VAL) if style is not None else None
        if style_id is None:
            return False
        if style_id not in self._table_style_cache:
            shaded = False
            for element in self._style_chain(style_id):
                for shd in element.iter(qn("w:shd")):
                    if _shading_fill(shd) not in ("none", WHITE):
                        shaded = True
            self._table_style_cache[style_id] = shaded
        return self._table_style_cache[style_id]

    # -- public -------------------------------------------------------------------------------

    def run_reasons(self, run: Any, paragraph: Any) -> tuple[str, ...]:
        """Reason codes why ``run`` (a ``w:r`` in ``paragraph``, a ``w:p``) is hidden; ``()`` if shown."""
        sources = self._run_property_sources(run, paragraph)
        reasons: list[str] = []
        for tag in ("w:vanish", "w:specVanish"):
            element = self._first(sources, tag)
            if element is not None and (element.get(_W_VAL) or "true").lower() not in _OFF_VALUES:
                reasons.append("vanish")
                break
        size = self._first(sources, "w:sz")
        try:
            half_points = float(size.get(_W_VAL)) if size is not None else None
        except (TypeError, ValueError):
            half_points = None
        if half_points is not None and half_points / 2 < MIN_TEXT_SIZE_PT:
            reasons.append("tiny")
        colour_element = self._first(sources, "w:color")
        colour = _hex_rgb(colour_element.get(_W_VAL)) if colour_element is not None else None
        if colour is not None:
            background = self._background(run, paragraph, sources)
            if background is not None and contrast_ratio(colour, background) < MIN_CONTRAST:
                reasons.append("low_contrast")
        return tuple(reasons)

    def run_font(self, run: Any, paragraph: Any) -> str:
        """The run's resolved ``w:rFonts/@w:ascii`` font name, or ``""``."""
        fonts = self._first(self._run_property_sources(run, paragraph), "w:rFonts")
        return (fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or "") if fonts is not None else ""


def _shading_fill(shd: Any) -> RGB | None | str:
    """A ``w:shd`` fill as sRGB; ``"none"`` for no shading; ``None`` (unknown) for theme fills."""
    if shd is None:
        return "none"
    fill = shd.get(_W_FILL)
    if fill is None or fill == "auto":
        if shd.get(qn("w:themeFill")) is not None:
            return _UNKNOWN
        val = shd.get(_W_VAL)
        if val in (None, "clear", "nil"):
            return "none"
        return _UNKNOWN  # a pattern (e.g. "solid" in the pattern colour): do not guess
    return _hex_rgb(fill) or _UNKNOWN


def _text_box_fill(textbox: Any) -> RGB | None | str:
    """The fill of the shape holding ``textbox``: sRGB, ``"none"`` if unfilled, ``None`` if unknown."""
    for ancestor in textbox.iterancestors():
        if ancestor.tag == f"{{{_WPS_NS}}}wsp":
            properties = ancestor.find(f"{{{_WPS_NS}}}spPr")
            if properties is not None:
                if properties.find(f"{{{_A_NS}}}noFill") is not None:
                    return "none"
                solid = properties.find(f"{{{_A_NS}}}solidFill/{{{_A_NS}}}srgbClr")
                if solid is not None:
                    return _hex_rgb(solid.get("val")) or _UNKNOWN
            return _UNKNOWN
        if ancestor.tag.startswith(f"{{{_V_NS}}}"):
            if (ancestor.get("filled") or "").lower() in ("f", "false"):
                return "none"
            return _hex_rgb(ancestor.get("fillcolor")) or _UNKNOWN
    return "none"


def _has_behind_text_drawing(part: Any) -> bool:
    """True if ``part`` anchors a drawing behind the text (a coloured sidebar or background).

    A drawing inside a tracked deletion or moved-away text (``w:del``, ``w:moveFrom``) does not
    count: Word does not show it, and the DOCX reader does not read the text around it either.
    """
    for anchor in part.iter(_WP_ANCHOR):
        if (anchor.get("behindDoc") or "").lower() in ("1", "true", "on") and not _removed(anchor):
            return True
    for shape in part.iter(f"{{{_V_NS}}}*"):
        if _Z_INDEX_RE.search(shape.get("style") or "") and not _removed(shape):
            return True
    return False


def _removed(element: Any) -> bool:
    """True if ``element`` lies inside a tracked deletion or moved-away text."""
    return any(ancestor.tag in _REMOVED for ancestor in element.iterancestors())
