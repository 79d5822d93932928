"""Hidden text: characters a reader of the resume cannot see (issue 5 item 5, pdf-notes §2).

Resumes increasingly carry text drawn so that a recruiter never sees it but a parser reads it
(keyword stuffing, prompts aimed at screening tools). Every engine's plain output includes it
(pdf-notes §2.1). This module finds it so that the extractors can leave it out of
:attr:`~resume_lens.document.Document.text` (so it never becomes evidence) and report it in
:attr:`~resume_lens.document.Document.hidden_spans` and a ``hidden_text`` warning.

**PDF.** pdfminer.six exposes size, colour and colour space on each ``LTChar`` but not the text
render mode or the fill alpha (pdf-notes §2.2). :class:`HiddenTextInterpreter` tracks the
``ExtGState`` alpha (``ca``/``CA``, a ``# TODO`` in pdfminer's ``do_gs``), hands a Form XObject the
graphics state and render mode of the page that invokes it (PDF 1.7 §8.10.1; pdfminer resets
them), tracks the clipping path as a bounding box (``W``/``W*``, stubs in pdfminer) and reports
shadings (``sh``). :class:`HiddenTextAggregator` records on every ``LTChar`` its
``paint_order`` and a ``text_style`` shared by the characters of one string, holding
``render_mode``, ``fill_alpha``, ``stroke_alpha``, ``font_size`` (pt, in device space, whatever
the orientation), ``horizontal_scale`` (1.0 = normal width) and ``clip``; and on every filled
shape and image its ``paint_order`` and alpha. Before
pdfminer's layout analysis, each page's characters are tested against the rules of pdf-notes
§2.4 (a character is hidden if **any** holds):

=================  ========================================================================
reason code        rule
=================  ========================================================================
``invisible``      text render mode 3 (neither fill nor stroke) or 7 (clip only)
``transparent``    fill alpha (stroke alpha for render modes 1 and 5) below
                   :data:`MIN_VISIBLE_ALPHA`
``tiny``           font size below :data:`MIN_TEXT_SIZE_PT` points
``squashed``       horizontal scale below :data:`MIN_HORIZONTAL_SCALE` (``Tz`` or the matrix)
``off_page``       the character's centre lies outside the crop box (or media box)
``clipped``        the character's box lies wholly outside the clipping path (``W``/``W*``),
                   taken as the path's bounding box, so only text surely cut away is flagged
                   (browsers clip full-width punctuation and icons half away)
``covered``        an opaque filled shape or image painted *later* covers it
``low_contrast``   WCAG contrast ratio below :data:`MIN_CONTRAST` against what is painted
                   under it: the topmost opaque filled shape painted earlier, or the white page
=================  ========================================================================

Hidden characters are taken out of the page before layout analysis, so they neither show up in
the text nor disturb how the visible lines are grouped. Whitespace drawn next to hidden
characters goes with them. Exceptions that keep visible text visible (the negatives of issue 5):

* A filled shape under the text is its background, so white text on a dark banner or a coloured
  sidebar has high contrast and stays. When the background cannot be known (an image, a shading,
  a pattern or spot colour under the text), the colour rule is not applied.
* Text over a page-sized image (at least :data:`SCAN_IMAGE_SHARE` of the page) is the OCR layer
  of a scanned resume (ocrmypdf writes it in render mode 3 over or under the scan): it is neither
  ``invisible`` nor ``covered``.
* Shapes less than :data:`OPAQUE_ALPHA` opaque (highlights, tints) do not cover text; under text
  they are blended into its background.

Shapes and images are clipped to their clipping box and to the boxes of the Form XObjects holding
them before they can cover text (a photo clipped to a circle covers only the circle's box).
Not modelled (so not detected): optional-content layers switched off, soft masks and blend modes
(pdf-notes §2.3 "Limits").

**DOCX:** see :mod:`resume_lens.extract.docx_hidden` (same reasons and thresholds).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pdfminer.converter import PDFLayoutAnalyzer, PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTContainer, LTCurve, LTFigure, LTImage, LTPage, LTTextLine
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import literal_name
from pdfminer.utils import Matrix, Rect, apply_matrix_pt, apply_matrix_rect

from resume_lens.document import HiddenSpan
from resume_lens.extract.budget import Budget, current_budget, unhooked
from resume_lens.extract.normalize import normalize_text

__all__ = [
    "MAX_LISTED_WORDS",
    "MIN_WORD_ALNUM",
    "MIN_CONTRAST",
    "MIN_HORIZONTAL_SCALE",
    "MIN_TEXT_SIZE_PT",
    "MIN_VISIBLE_ALPHA",
    "OPAQUE_ALPHA",
    "REASONS",
    "SCAN_IMAGE_SHARE",
    "HiddenTextAggregator",
    "HiddenTextInterpreter",
    "contrast_ratio",
    "hidden_spans_from_chars",
    "hidden_text_warning",
    "relative_luminance",
]

#: Fill alpha below which text is invisible (pdf-notes §2.4: ``fill_alpha < 0.1``).
MIN_VISIBLE_ALPHA = 0.1
#: Text smaller than this many points is hidden. Issue 5 asks for "about 2 pt or less"; pdf-notes
#: §2.4 proposes 4 pt. 3 pt lies between them and far below resume small print (7-8 pt footers).
MIN_TEXT_SIZE_PT = 3.0
#: Horizontal scale (1.0 = normal) below which text is squashed flat (pdf-notes §2.4: width below
#: a quarter of the size catches ``Tz`` and matrix squashing; condensed fonts are 0.75-0.9).
MIN_HORIZONTAL_SCALE = 0.25
#: WCAG 2 contrast ratio below which text is the colour of its background (pdf-notes §2.4).
#: White on white is 1.0, grey 0.97 on white 1.07; light grey 0.55 on white is 3.3.
MIN_CONTRAST = 1.5
#: A shape at least this opaque hides what it is painted over and is the background of what is
#: painted on it (our choice; a 30 % highlight leaves text readable).
OPAQUE_ALPHA = 0.9
#: An image covering at least this share of the page is a scan, and text over it its OCR layer.
SCAN_IMAGE_SHARE = 0.5
#: A hidden token needs this many letters or digits to count as a word in the warning.
MIN_WORD_ALNUM = 2
#: Words listed in the ``hidden_text`` warning; the rest are counted.
MAX_LISTED_WORDS = 20
#: Longest word shown in the warning, in characters (longer ones are cut with "…").
MAX_LISTED_WORD_CHARS = 30

#: Reason codes, in the order they are tested and reported, with the words used in warnings.
REASONS: dict[str, str] = {
    "invisible": "invisible text mode",
    "transparent": "fully transparent",
    "tiny": f"under {MIN_TEXT_SIZE_PT:g} pt",
    "squashed": "squashed flat",
    "off_page": "outside the page",
    "clipped": "outside its clipping path",
    "covered": "painted over",
    "low_contrast": "same colour as the background",
    "vanish": "Word hidden text",
    "html_comment": "an HTML comment",
    "css_hidden": "hidden by CSS or the hidden attribute",
}
_INVISIBLE_RENDER_MODES = frozenset({3, 7})
_STROKE_ONLY_RENDER_MODES = frozenset({1, 5})
# A shape thinner than this (pt) cannot hide or back a character (rules, underlines, borders).
_MIN_SHAPE_SIDE = 1.0
# A character counts as inside a shape when its core (the bbox shrunk by this share on each side)
# is; glyph boxes include ascender and descender room that banners do not always cover.
_CORE_INSET = 0.25
WHITE = (1.0, 1.0, 1.0)

RGB = tuple[float, float, float]


# ----------------------------------------------------------------------------------- colour


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance of an sRGB colour with components in [0, 1]; result in [0, 1]."""
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG 2 contrast ratio of two sRGB colours, from 1.0 (identical) to 21.0 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


#: :func:`contrast_ratio` remembered per pair of colours: a page draws thousands of characters in a
#: few colours over a few backgrounds.
_cached_contrast = functools.lru_cache(maxsize=1024)(contrast_ratio)


def _pdf_rgb(space: object, value: object) -> RGB | None:
    """Convert a pdfminer colour (a colour space and its value) to sRGB, or ``None`` if unknown.

    Gray, RGB and CMYK (device, calibrated or ICC-based by component count) are converted, CMYK
    naively as ``(1-c)(1-k)`` (pdf-notes §2.4). Pattern, Separation, DeviceN and Indexed colours
    and malformed values give ``None``: such text is never called low-contrast (pdf-notes §2.4:
    "treat non-numeric colours conservatively").

    Cached, since a page repeats a few colours thousands of times.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        components: tuple[float, ...] = (float(value),)
    elif isinstance(value, (list, tuple)) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in value
    ):
        components = tuple(float(v) for v in value)
    else:
        return None
    name = str(getattr(space, "name", None))
    ncomponents = getattr(space, "ncomponents", None)
    return _to_rgb(name, ncomponents if isinstance(ncomponents, int) else None, components)


@functools.lru_cache(maxsize=256)
def _to_rgb(name: str, ncomponents: int | None, components: tuple[float, ...]) -> RGB | None:
    """:func:`_pdf_rgb` for a colour space given by name and component count, values as floats."""
    if not all(math.isfinite(c) for c in components):
        return None
    components = tuple(min(1.0, max(0.0, c)) for c in components)
    count = {"DeviceGray": 1, "CalGray": 1, "DeviceRGB": 3, "CalRGB": 3, "DeviceCMYK": 4}.get(name)
    if name == "ICCBased":
        count = ncomponents
    if count is None or count != len(components):
        return None
    if count == 1:
        return (components[0],) * 3
    if count == 3:
        return components[0], components[1], components[2]
    c, m, y, k = components
    return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)


# -------------------------------------------------------------------------------------- PDF


class _GraphicState(PDFGraphicState):
    """pdfminer's graphics state plus the fill and stroke alpha of ``ExtGState`` ``ca``/``CA`` and
    the clipping box (device space; ``None`` for no clipping)."""

    def __init__(self) -> None:
        super().__init__()
        self.fill_alpha = 1.0
        self.stroke_alpha = 1.0
        self.clip: Rect | None = None

    def copy(self) -> _GraphicState:
        obj = _GraphicState()
        obj.__dict__.update(self.__dict__)
        return obj


class _TextStyle:
    """How the characters of one string are drawn; one object shared by all of them.

    ``render_mode`` is the text render mode (0-7), ``fill_alpha`` and ``stroke_alpha`` in [0, 1],
    ``font_size`` in pt in device space (``None``: unknown, use the character's size),
    ``horizontal_scale`` 1.0 for normal width, ``clip`` the clip box in device space or ``None``.
    """

    __slots__ = ("render_mode", "fill_alpha", "stroke_alpha", "font_size", "horizontal_scale", "clip")

    def __init__(
        self,
        render_mode: int,
        fill_alpha: float,
        stroke_alpha: float,
        font_size: float | None,
        horizontal_scale: float,
        clip: Rect | None,
    ) -> None:
        self.render_mode = render_mode
        self.fill_alpha = fill_alpha
        self.stroke_alpha = stroke_alpha
        self.font_size = font_size
        self.horizontal_scale = horizontal_scale
        self.clip = clip

    @classmethod
    def of(
        cls, matrix: Matrix, fontsize: float, scaling: float, render_mode: int, graphicstate: PDFGraphicState
    ) -> _TextStyle:
        """The style of a character drawn with pdfminer's ``render_char`` arguments.

        ``font_size`` is ``fontsize`` times the vertical scale of ``matrix`` (the text matrix times
        the CTM), ``horizontal_scale`` the horizontal scale relative to the vertical one times
        ``scaling`` (``Tz`` / 100); alphas and clip come from the graphics state (1.0 and ``None``
        for pdfminer's own state).
        """
        a, b, c, d = matrix[:4]
        vertical = math.hypot(c, d)
        return cls(
            render_mode,
            getattr(graphicstate, "fill_alpha", 1.0),
            getattr(graphicstate, "stroke_alpha", 1.0),
            abs(fontsize) * vertical,
            abs(scaling) * math.hypot(a, b) / vertical if vertical else 0.0,
            getattr(graphicstate, "clip", None),
        )


#: The style assumed for a character not drawn through :class:`HiddenTextAggregator`.
_PLAIN_STYLE = _TextStyle(0, 1.0, 1.0, None, 1.0, None)


class HiddenTextInterpreter(PDFPageInterpreter):
    """A ``PDFPageInterpreter`` that also tracks what hides text (pdf-notes §2.3).

    * ``gs``: reads ``ca`` (fill alpha) and ``CA`` (stroke alpha) from the named ``ExtGState``.
    * Form XObjects start from the invoking graphics state and text render mode, as the PDF
      specification says (pdfminer starts them from the defaults).
    * ``W``/``W*`` narrow the graphics state's ``clip`` box to the bounding box of the path.
    * ``sh`` (paint a shading) is reported to the device, since pdfminer draws nothing for it.
    * ``Do`` and inline images tell the device the clip box the image is drawn under.

    Use it with :class:`HiddenTextAggregator`.
    """

    _inherited: tuple[PDFGraphicState, int] | None = None

    def subinterp(self) -> PDFPageInterpreter:
        interp = super().subinterp()
        if isinstance(interp, HiddenTextInterpreter):
            interp._inherited = (self.graphicstate.copy(), self.textstate.render)
        return interp

    def init_state(self, ctm: Matrix) -> None:
        super().init_state(ctm)
        if self._inherited is not None:
            graphicstate, render = self._inherited
            self.graphicstate = graphicstate.copy()
            self.textstate.render = render
        else:
            self.graphicstate = _GraphicState()

    def do_gs(self, name: Any) -> None:
        """Set the fill and stroke alpha from a graphics state parameter dictionary."""
        resources = self.resources if isinstance(self.resources, dict) else {}
        states = resolve1(resources.get("ExtGState"))
        params = resolve1(states.get(literal_name(name))) if isinstance(states, dict) else None
        if not isinstance(params, dict):
            return
        for key, attribute in (("ca", "fill_alpha"), ("CA", "stroke_alpha")):
            value = resolve1(params.get(key))
            if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
                setattr(self.graphicstate, attribute, min(1.0, max(0.0, float(value))))

    def do_W(self) -> None:
        """Set the clipping path (nonzero rule): narrow the clip box to the path's bounding box."""
        self._clip_to_path()

    def do_W_a(self) -> None:
        """Set the clipping path (even-odd rule): narrow the clip box to the path's bounding box."""
        self._clip_to_path()

    def _clip_to_path(self) -> None:
        points = [
            apply_matrix_pt(self.ctm, (segment[i], segment[i + 1]))
            for segment in self.curpath
            for i in range(1, len(segment) - 1, 2)
        ]
        if not points:
            return
        xs, ys = [x for x, _ in points], [y for _, y in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        current = getattr(self.graphicstate, "clip", None)
        self.graphicstate.clip = box if current is None else _intersect(current, box)

    def do_Do(self, xobjid_arg: Any) -> None:
        self.device.image_clip = getattr(self.graphicstate, "clip", None)
        super().do_Do(xobjid_arg)

    def do_EI(self, obj: Any) -> None:
        self.device.image_clip = getattr(self.graphicstate, "clip", None)
        super().do_EI(obj)

    def do_sh(self, name: object) -> None:
        """Paint a shading: pdfminer ignores it; tell the device the background is now unknown."""
        note = getattr(self.device, "note_shading", None)
        if note is not None:
            note()


# pdfminer.six's own render_char, without the budget hook: HiddenTextAggregator.render_char charges
# the budget itself, with the budget looked up once per page rather than once per character.
_layout_render_char = unhooked(PDFLayoutAnalyzer.render_char)


class HiddenTextAggregator(PDFPageAggregator):
    """A ``PDFPageAggregator`` whose pages come out without their hidden characters.

    After each page, :attr:`hidden_chars` holds the characters taken out (each with a
    ``hidden_reasons`` tuple of reason codes), in paint order; :meth:`get_result` returns the
    laid-out page of the visible ones.
    """

    def __init__(self, rsrcmgr: PDFResourceManager, laparams: LAParams | None = None) -> None:
        super().__init__(rsrcmgr, laparams=laparams)
        self.hidden_chars: list[LTChar] = []
        self._paint_order = 0
        self._render_mode = 0
        # The style of the string being drawn, worked out at its first character.
        self._in_string = False
        self._string_style: _TextStyle | None = None
        self._shadings: list[int] = []
        self._page_box: Rect = (0.0, 0.0, 0.0, 0.0)
        self._in_path = False
        #: Clip box for the next image, set by :class:`HiddenTextInterpreter` before it draws one.
        self.image_clip: Rect | None = None
        # The budget of the document being read (resume_lens.extract.budget), taken at each page.
        self._budget: Budget | None = None

    def _next(self) -> int:
        self._paint_order += 1
        return self._paint_order

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        super().begin_page(page, ctm)
        self._budget = current_budget()
        self.hidden_chars = []
        self._paint_order = 0
        self._shadings = []
        self._page_box = _visible_box(page, ctm, self.cur_item.bbox)

    def note_shading(self) -> None:
        """Record that a shading was painted (see :meth:`HiddenTextInterpreter.do_sh`)."""
        self._shadings.append(self._next())

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        self._render_mode = textstate.render
        # The characters of one string share the render mode, graphics state, font size and
        # scaling, and pdfminer only translates the text matrix from one to the next (PDF 1.7
        # §9.4.4): they share one style, worked out at the first.
        self._in_string = True
        self._string_style = None
        try:
            super().render_string(textstate, seq, ncs, graphicstate)
        finally:
            self._in_string = False
            self._string_style = None

    def render_char(
        self,
        matrix: Matrix,
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: PDFGraphicState,
    ) -> float:
        # What the budget hook on pdfminer's render_char does, without its per-call look-up.
        if self._budget is not None:
            self._budget.charge_page_object()
        adv = _layout_render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        style = self._string_style
        if style is None:
            style = _TextStyle.of(matrix, fontsize, scaling, self._render_mode, graphicstate)
            if self._in_string:
                self._string_style = style
        # pdfminer has just added the LTChar as the last child of the current container.
        char = self.cur_item._objs[-1]
        char.text_style = style
        self._paint_order += 1
        char.paint_order = self._paint_order
        return adv

    def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Sequence[Any]) -> None:
        if self._in_path:  # pdfminer recurses once per subpath; the outer call annotates
            super().paint_path(gstate, stroke, fill, evenodd, path)
            return
        start = len(self.cur_item)
        self._in_path = True
        try:
            super().paint_path(gstate, stroke, fill, evenodd, path)
        finally:
            self._in_path = False
        order = self._next()
        # A path of several subpaths may have holes (a ring drawn as two circles): pdfminer splits
        # it into separate filled shapes, so none of them can be trusted to cover or back text.
        compound = sum(1 for segment in path if segment and segment[0] == "m") > 1
        for item in self.cur_item._objs[start:]:
            item.paint_order = order
            item.fill_alpha = getattr(gstate, "fill_alpha", 1.0)
            item.fill_rgb = None if compound else _pdf_rgb(gstate.ncs, gstate.ncolor)
            item.compound = compound
            item.clip = getattr(gstate, "clip", None)

    def render_image(self, name: str, stream: Any) -> None:
        super().render_image(name, stream)
        image = self.cur_item._objs[-1]
        image.paint_order = self._next()
        image.clip = self.image_clip
        # Stencil masks and soft-masked images do not paint their whole box.
        image.opaque = not (
            image.imagemask or stream.get("SMask") is not None or stream.get("Mask") is not None
        )

    def end_page(self, page: PDFPage) -> None:
        self.hidden_chars = _take_out_hidden(self.cur_item, self._page_box, self._shadings)
        super().end_page(page)


def _visible_box(page: PDFPage, ctm: Matrix, fallback: Rect) -> Rect:
    """The crop box clipped to the media box, in the device space pdfminer's layout uses."""
    try:
        crop = tuple(float(v) for v in page.cropbox)
        media = tuple(float(v) for v in page.mediabox)
        box = (max(crop[0], media[0]), max(crop[1], media[1]), min(crop[2], media[2]), min(crop[3], media[3]))
        if box[0] >= box[2] or box[1] >= box[3]:
            return fallback
        return apply_matrix_rect(ctm, box)
    except (TypeError, ValueError, IndexError):
        return fallback


def _intersect(a: Rect, b: Rect) -> Rect:
    """The overlap of two boxes; empty overlaps come out with ``x0 > x1`` or ``y0 > y1``."""
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def _contains(outer: Rect, inner: Rect) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(point: tuple[float, float], box: Rect) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _core(char: LTChar) -> Rect:
    dx, dy = char.width * _CORE_INSET, char.height * _CORE_INSET
    return (char.x0 + dx, char.y0 + dy, char.x1 - dx, char.y1 - dy)


class _Paint:
    """Something painted on the page that can back or hide text: a filled shape, image or shading."""

    __slots__ = ("order", "bbox", "rgb", "alpha", "hides", "scan")

    def __init__(
        self, order: int, bbox: Rect | None, rgb: RGB | None, alpha: float, hides: bool, scan: bool
    ) -> None:
        self.order = order
        self.bbox = bbox  # None: the whole page (a shading)
        self.rgb = rgb  # None: colour unknown
        self.alpha = alpha
        self.hides = hides
        self.scan = scan


def _painted_box(item: Any, frame: Rect) -> Rect | None:
    """``item``'s box cut to its clip box and enclosing form boxes; ``None`` if (nearly) empty."""
    box = _intersect(item.bbox, frame)
    clip = getattr(item, "clip", None)
    if clip is not None:
        box = _intersect(box, clip)
    if min(box[2] - box[0], box[3] - box[1]) < _MIN_SHAPE_SIDE:
        return None
    return box


def _collect(page: LTPage, page_area: float) -> tuple[list[LTChar], list[_Paint]]:
    chars: list[LTChar] = []
    paints: list[_Paint] = []
    everywhere = (-math.inf, -math.inf, math.inf, math.inf)

    def walk(container: LTContainer[Any], frame: Rect) -> None:
        for item in container:
            if isinstance(item, LTChar):
                chars.append(item)
            elif isinstance(item, LTImage):
                box = _painted_box(item, frame)
                if box is not None:
                    scan = (box[2] - box[0]) * (box[3] - box[1]) >= SCAN_IMAGE_SHARE * page_area
                    hides = bool(getattr(item, "opaque", False)) and not scan
                    paints.append(_Paint(getattr(item, "paint_order", 0), box, None, 1.0, hides, scan))
            elif isinstance(item, LTCurve):
                box = _painted_box(item, frame) if item.fill else None
                if box is not None:
                    order, rgb = getattr(item, "paint_order", 0), getattr(item, "fill_rgb", None)
                    alpha = getattr(item, "fill_alpha", 1.0)
                    hides = alpha >= OPAQUE_ALPHA and not getattr(item, "compound", False)
                    paints.append(_Paint(order, box, rgb, alpha, hides, False))
            if isinstance(item, LTFigure):
                walk(item, _intersect(frame, item.bbox))

    walk(page, everywhere)
    return chars, paints


def _reasons(char: LTChar, page_box: Rect, paints: list[_Paint], colour: RGB | None) -> tuple[str, ...]:
    """Reason codes why ``char`` is hidden (in :data:`REASONS` order); ``()`` if a reader sees it.

    ``paints`` holds the page's paints in paint order; ``colour`` is the character's own colour
    (:func:`_char_colour`).
    """
    order = getattr(char, "paint_order", 0)
    if paints:
        core = _core(char)
        # Everything painted over the character's core, in paint order (usually a handful).
        around = [p for p in paints if p.bbox is None or _contains(p.bbox, core)]
    else:
        around = []
    style: _TextStyle = getattr(char, "text_style", _PLAIN_STYLE)
    size = char.size if style.font_size is None else style.font_size
    reasons = _style_reasons(style, size, any(p.scan for p in around))
    reasons.extend(_place_reasons(char, page_box, style.clip))
    if around and any(p.order > order and p.hides for p in around):
        reasons.append("covered")
    if colour is not None:
        background = _background(around, order) if around else WHITE
        if background is not None and _cached_contrast(colour, background) < MIN_CONTRAST:
            reasons.append("low_contrast")
    return tuple(reasons)


def _style_reasons(style: _TextStyle, size: float, on_scan: bool) -> list[str]:
    """The reasons that hold for every character of a string: ``invisible``, ``transparent``,
    ``tiny`` (``size`` in pt) and ``squashed``; ``on_scan`` spares OCR layers ``invisible``."""
    reasons: list[str] = []
    mode = style.render_mode
    if mode in _INVISIBLE_RENDER_MODES and not on_scan:
        reasons.append("invisible")
    alpha = style.stroke_alpha if mode in _STROKE_ONLY_RENDER_MODES else style.fill_alpha
    if alpha < MIN_VISIBLE_ALPHA:
        reasons.append("transparent")
    if size < MIN_TEXT_SIZE_PT:
        reasons.append("tiny")
    if style.horizontal_scale < MIN_HORIZONTAL_SCALE:
        reasons.append("squashed")
    return reasons


def _place_reasons(char: LTChar, page_box: Rect, clip: Rect | None) -> list[str]:
    """The reasons that depend on where ``char`` lies: ``off_page`` and ``clipped``."""
    reasons: list[str] = []
    x0, y0, x1, y1 = char.bbox
    if not _inside(((x0 + x1) / 2, (y0 + y1) / 2), page_box):
        reasons.append("off_page")
    if clip is not None and not _overlaps(char.bbox, clip):
        reasons.append("clipped")
    return reasons


def _char_colour(char: LTChar) -> RGB | None:
    """The colour ``char`` is drawn in: the stroke colour for render modes 1 and 5, else the fill."""
    if getattr(char, "text_style", _PLAIN_STYLE).render_mode in _STROKE_ONLY_RENDER_MODES:
        return _pdf_rgb(char.graphicstate.scs, char.graphicstate.scolor)
    return _pdf_rgb(char.ncs, char.graphicstate.ncolor)


def _background(around: list[_Paint], order: int) -> RGB | None:
    """The colour painted under a character (white paper first), or ``None`` if it is unknown.

    ``around`` holds what is painted over the character's core, in paint order.

    Translucent fills are blended over what lies beneath (a teal bar at 85 % opacity); an image,
    shading or colour that cannot be converted makes the background unknown until an opaque fill
    of known colour is painted over it.
    """
    background: RGB | None = WHITE
    for paint in around:
        if paint.order >= order:
            break
        if paint.rgb is None:
            if paint.alpha >= MIN_VISIBLE_ALPHA:
                background = None
        elif paint.alpha >= OPAQUE_ALPHA:
            background = paint.rgb
        elif background is not None:
            a = paint.alpha
            r0, g0, b0 = background
            r1, g1, b1 = paint.rgb
            background = (a * r1 + (1 - a) * r0, a * g1 + (1 - a) * g0, a * b1 + (1 - a) * b0)
    return background


def _take_out_hidden(page: LTPage, page_box: Rect, shadings: list[int]) -> list[LTChar]:
    """Mark hidden characters, remove them (and whitespace next to them) from ``page``; return them."""
    x0, y0, x1, y1 = page_box
    chars, paints = _collect(page, max((x1 - x0) * (y1 - y0), 1.0))
    paints.extend(_Paint(order, None, None, 1.0, False, False) for order in shadings)
    paints.sort(key=lambda p: p.order)
    hidden: set[int] = set()
    # A character's colour depends only on its graphics state object, colour space and text style
    # (the render mode); the characters of one string share all three, so the colour is worked
    # out once per run of characters that share them. On a page with nothing painted, so are
    # all reasons but off_page and clipped, and most characters are tested by position alone.
    last: tuple[Any, Any, Any] | None = None
    colour: RGB | None = None
    head: tuple[str, ...] | None = None
    tail: tuple[str, ...] = ()
    for char in chars:
        if char.get_text().isspace():
            continue
        style: _TextStyle = getattr(char, "text_style", _PLAIN_STYLE)
        key = (char.graphicstate, char.ncs, style)
        if last is None or key[0] is not last[0] or key[1] is not last[1] or key[2] is not last[2]:
            last = key
            colour = _char_colour(char)
            if paints or style.font_size is None:
                head = None
            else:
                head = tuple(_style_reasons(style, style.font_size, False))
                low = colour is not None and _cached_contrast(colour, WHITE) < MIN_CONTRAST
                tail = ("low_contrast",) if low else ()
        if head is None:
            reasons = _reasons(char, page_box, paints, colour)
        else:
            reasons = head + tuple(_place_reasons(char, page_box, style.clip)) + tail
        if reasons:
            char.hidden_reasons = reasons
            hidden.add(id(char))
    if not hidden:
        return []
    taken: list[LTChar] = []

    def prune(container: LTContainer[Any]) -> None:
        items = container._objs  # pdfminer keeps a container's children in this list
        keep: list[Any] = []
        for i, item in enumerate(items):
            if isinstance(item, LTChar) and (id(item) in hidden or _whitespace_next_to(items, i, hidden)):
                if id(item) not in hidden:
                    item.hidden_reasons = ()
                taken.append(item)
                continue
            if isinstance(item, LTFigure):
                prune(item)
            keep.append(item)
        container._objs = keep

    prune(page)
    taken.sort(key=lambda c: getattr(c, "paint_order", 0))
    return taken


def _whitespace_next_to(items: list[Any], i: int, hidden: set[int]) -> bool:
    """True for a whitespace character directly before or after a hidden character."""
    if not items[i].get_text().isspace():
        return False
    return any(0 <= j < len(items) and id(items[j]) in hidden for j in (i - 1, i + 1))


def hidden_spans_from_chars(
    chars: Sequence[LTChar], page_number: int, laparams: LAParams
) -> list[HiddenSpan]:
    """Lay out hidden characters like visible text and return one span per text line.

    Parameters
    ----------
    chars : sequence of LTChar
        :attr:`HiddenTextAggregator.hidden_chars` of one page.
    page_number : int
        1-based page number stored on each span.
    laparams : LAParams
        The layout parameters used for the visible text.

    Returns
    -------
    list of HiddenSpan
        In pdfminer's reading order, text normalised by
        :func:`~resume_lens.extract.normalize.normalize_text`; whitespace-only lines are dropped.
    """
    if not chars:
        return []
    x0 = min(c.x0 for c in chars)
    y0 = min(c.y0 for c in chars)
    x1 = max(c.x1 for c in chars)
    y1 = max(c.y1 for c in chars)
    layout = LTPage(page_number, (x0, y0, x1, y1))
    for char in chars:
        layout.add(char)
    layout.analyze(laparams)
    spans: list[HiddenSpan] = []
    for line in _text_lines(layout):
        text = " ".join(normalize_text(line.get_text()).split())
        if not text:
            continue
        reasons: dict[str, None] = {}
        for char in line:
            for reason in getattr(char, "hidden_reasons", ()):
                reasons[reason] = None
        ordered = tuple(r for r in REASONS if r in reasons)
        spans.append(HiddenSpan(text=text, reasons=ordered, page=page_number))
    return spans


def _text_lines(container: LTContainer[Any]) -> Iterator[LTTextLine]:
    for item in container:
        if isinstance(item, LTTextLine):
            yield item
        elif isinstance(item, LTContainer):
            yield from _text_lines(item)


# ------------------------------------------------------------------------------------- warning


def hidden_text_warning(name: str, spans: Iterable[HiddenSpan]) -> str | None:
    """The one-line ``hidden_text`` warning naming the hidden words, or ``None`` if there are none.

    Words are the whitespace-separated tokens of the spans with at least :data:`MIN_WORD_ALNUM`
    letters or digits: a lone hidden page number, bullet or bracket (a LaTeX page number pushed
    below the page) stays in the spans but raises no warning. Lists the first
    :data:`MAX_LISTED_WORDS` distinct words (each cut to :data:`MAX_LISTED_WORD_CHARS`
    characters), each quoted on its own so the list does not read as a verbatim quote of the hidden
    text, and counts the rest.

    Examples
    --------
    >>> warning = hidden_text_warning("cv.pdf", [HiddenSpan("Kubeflow Triton", ("low_contrast",), 1)])
    >>> warning.startswith("hidden_text: cv.pdf has 2 words a reader cannot see (same colour")
    True
    >>> warning.endswith('left out of the screening; its words: "Kubeflow", "Triton"')
    True
    """
    spans = list(spans)
    words = list(
        dict.fromkeys(
            word
            for span in spans
            for word in span.text.split()
            if sum(ch.isalnum() for ch in word) >= MIN_WORD_ALNUM
        )
    )
    if not words:
        return None
    reasons = [REASONS[r] for r in REASONS if any(r in span.reasons for span in spans)]
    shown = [
        w if len(w) <= MAX_LISTED_WORD_CHARS else w[: MAX_LISTED_WORD_CHARS - 1] + "…"
        for w in words[:MAX_LISTED_WORDS]
    ]
    more = len(words) - len(shown)
    tail = f" and {more} more" if more else ""
    noun = "word" if len(words) == 1 else "words"
    return (
        f"hidden_text: {name} has {len(words)} {noun} a reader cannot see ({', '.join(reasons)}), "
        f"left out of the screening; its words: {', '.join(f'{chr(34)}{w}{chr(34)}' for w in shown)}{tail}"
    )
