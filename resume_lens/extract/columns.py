"""Reading order of a laid-out PDF page: columns, side notes and rotated headings (issue 5 item 1).

pdfminer.six's own order (``LAParams.boxes_flow``) sorts whole text boxes and, on resume layouts,
interleaves boxes of two columns whose entries sit side by side (the latexcv ``two_column``
template), breaks justified lines into one word per line, and puts every rotated section title at
the top of the page. pdf-notes §1 row 1 quotes the maintainers: the order is "a custom algorithm in
``layout.py``", so "implement your own ``PDFDevice``". This module keeps pdfminer's characters,
words and text *lines* (``LTTextLine``, grouped with the default ``char_margin`` and
``word_margin``) and orders the lines itself, by a recursive X-Y cut:

1. **Fragments.** Every horizontal text line of the page (inside text boxes and figures) is one
   :class:`Fragment`. A vertical line of rotated characters (``detect_vertical``) is a rotated
   heading; a "vertical line" of upright characters (glyphs that merely stack) becomes one fragment
   per character.

   **Ruled label rows.** A fragment boxed by ruling lines on all four sides (thin ``LTLine`` or
   filled ``LTRect`` rules, or the edges of a stroked ``LTRect``) records its table cell. A table
   row that holds text in exactly two cells side by side on one rule, the left one no wider than
   :data:`MAX_LABEL_WIDTH_SHARE` of the row, is a label row: a period or label cell beside the
   cell it describes (the 職務経歴書 of a Japanese résumé, whose period "2018年04月〜 / 現在" is
   centred in its cell beside a title and bullets, so that it shares no baseline with them). Such
   a row is read as one block that no gutter cuts: the label cell, each of its paragraphs as one
   line (a narrow cell wraps its label), then the body cell. Boxes, sidebars and tables of three
   or more cells (Europass's language grid) are left to the steps below.
2. **Gutters.** In a region, a gutter at ``x`` splits the fragments into those left of it, those
   right of it and those crossing it; the crossing ones (a full-width name or heading) cut the region
   into horizontal bands. A band is split into columns when both sides are at least
   :data:`MIN_GUTTER` points apart and each side reaches over at least :data:`MIN_COLUMN_SHARE` of
   the page's text height (the gutter spans most of the page, not one table row), or over at least
   :data:`MIN_SIDEBAR_SHARE` when the two sides are not set in rows on shared baselines (a short
   sidebar or a header's contact block, not a table). In that second case only the lines of the
   long side level with the short one are its column; the rest is read before or after the pair.
3. **Columns or side notes.** When one side is narrow (at most :data:`MAX_NOTE_WIDTH_SHARE` of the
   band's width, :data:`MAX_LABEL_WIDTH_SHARE` for labels set flush right) and the tops of most of
   its blocks (:data:`MIN_NOTE_ANCHORED`, and at least two) sit on the baseline of a line of the
   other side, it is a column of *side notes*: dates, places or labels printed in a margin beside
   their entry (moderncv, RenderCV, latexcv ``modern``). Each note block stays next
   to the line it shares a baseline with: a left note just before that line, a right note just
   after it. Otherwise the band reads as columns: the left one, then the right one, each ordered
   recursively (a sidebar, deedy's two columns, AltaCV).
4. **Lines.** Within a column, fragments on the same baseline (vertical overlap of at least half
   the smaller height, pdfminer's ``line_overlap``) form a row, read left to right. Two fragments of
   a row are one line, joined by a space, when their gap is at most :data:`JOIN_GAP_EM` of the text
   height, when the line above or below in the same paragraph runs across the gap, or when three or
   more fragments of one size are evenly spaced (justified text that pdfminer split into words);
   otherwise each is its own line (a title and its right-aligned date). A
   vertical gap above a row of more than :data:`PARAGRAPH_GAP` of the line height starts a new
   paragraph (a blank line), as pdfminer's ``line_margin`` does.
5. **Rotated headings** (a section title turned 90° in the margin) go before the block of lines
   they stand beside: the lines level with the heading and the lines just above them that share
   their left or right edges (up to a wide vertical gap), since such a heading is often centred
   on its section.

Coordinates are PDF user-space points (1/72 inch) with ``y`` growing upwards, as in pdfminer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pdfminer.layout import (
    LTAnno,
    LTChar,
    LTContainer,
    LTItem,
    LTLine,
    LTRect,
    LTTextLine,
    LTTextLineVertical,
)

from resume_lens.extract.normalize import BULLET, ICON_FONT_RE

__all__ = [
    "JOIN_GAP_EM",
    "MAX_LABEL_WIDTH_SHARE",
    "MAX_NOTE_WIDTH_SHARE",
    "MIN_COLUMN_LINES",
    "MIN_COLUMN_SHARE",
    "MIN_GUTTER",
    "MIN_NOTE_ANCHORED",
    "MIN_SIDEBAR_SHARE",
    "PARAGRAPH_GAP",
    "Fragment",
    "page_fragments",
    "reading_order",
]

#: Narrowest gutter between two columns, in points. The narrowest column gutter among the 25
#: template PDFs of ``shared/resumes/templates`` is about 12 pt (latexcv ``two_column``); word gaps
#: that pdfminer leaves inside a line are below 3 pt at 10 pt text.
MIN_GUTTER = 6.0
#: Share of the page's text height (top of the highest line to the bottom of the lowest) that each
#: side of a gutter must reach over for the band to be split. The sidebars and columns of the
#: template PDFs reach over 60 % or more; a short table or a row of two items stays rows.
MIN_COLUMN_SHARE = 0.3
#: Share of the page's text height that each side of a gutter must reach over for the band to be
#: split when its two sides are not set in rows (fewer than :data:`_TABLE_ROWS` of the shorter
#: side's rows share a baseline with the other side): a short sidebar, such as the Education and
#: Skills column of ``scripts/render.py``'s two-column layout (about 20 % of the page), not a table.
MIN_SIDEBAR_SHARE = 0.15
#: Widest side-note column, as a share of the band's width (moderncv's date column is about 15 %,
#: RenderCV's date and place column about 20 %; the narrowest sidebar, deedy's, is about 30 %).
MAX_NOTE_WIDTH_SHARE = 0.22
#: Widest left column of labels set flush right against the gutter (Europass's "WORK EXPERIENCE",
#: "Communication skills", dates), as a share of the band's width; about 26 % in the Europass
#: template, whose label column is ragged-left unlike any sidebar.
MAX_LABEL_WIDTH_SHARE = 0.3
#: Share of a narrow column's blocks whose first line must share a baseline with a line of the
#: other side for it to be read as side notes rather than as a column of its own.
MIN_NOTE_ANCHORED = 0.6
#: Gap between two fragments of a row, in multiples of the text height, up to which they are one
#: line. pdfminer already joins characters closer than ``char_margin`` (2.0) times their width,
#: about 1 em, so what it leaves apart is wider than that.
JOIN_GAP_EM = 1.0
#: Vertical gap between two rows, in multiples of the taller row's height, above which a blank line
#: separates them (pdfminer's ``line_margin`` default, 0.5).
PARAGRAPH_GAP = 0.5
#: Fewest lines of body text (in multiples of the page's median line height) that each side of a
#: gutter must reach over, so that a page with little text is not cut into columns of one row.
MIN_COLUMN_LINES = 4

_SAME_ROW_OVERLAP = 0.5  # pdfminer's line_overlap default
_RULE_WIDTH = 2.0  # thickest ruling line, in points (table rules are 0.4-1 pt)
_RULE_SLACK = 1.0  # points by which a line may overlap the rules of its cell
# ... and of the taller one: an icon two lines tall beside a line does not pull the next line in.
_TALL_ROW_OVERLAP = 0.3
_FLUSH_SHARE = 0.8  # share of a label column's lines that end at its right edge
_TABLE_ROWS = 0.5  # share of rows level with the other side that makes two sides a table
_BASELINE = 0.15  # two text bottoms this close, in text heights, are one baseline
_SECTION_GAP = 2.5  # vertical gap, in line heights, that ends the block beside a rotated heading
_ALIGNED = 2.0  # points by which two left-aligned lines of a paragraph may differ in start
_EPS = 0.5
_JUSTIFIED_MAX_GAP_EM = 3.0  # widest word gap of a justified line, in text heights
_JUSTIFIED_SPREAD = 1.5  # largest ratio between the widest and the narrowest gap of such a line


@dataclass(frozen=True)
class Fragment:
    """One line of text as pdfminer laid it out.

    Attributes
    ----------
    x0, y0, x1, y1 : float
        Bounding box in PDF points, ``y`` upwards.
    text : str
        The characters of the line, without its final newline; icon-font glyphs are ``"•"``.
    rotated : bool
        The characters are turned (a vertical line of rotated glyphs, such as a heading in the
        margin); ``text`` is then read from top to bottom.
    cell : tuple of float, optional
        ``(x0, y0, x1, y1)`` in points of the table cell boxed by ruling lines that holds the line
        (the nearest rule to its left, below it, to its right and above it), or ``None`` when the
        line is not boxed on all four sides (module doc, step 0).
    """

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    rotated: bool = False
    cell: tuple[float, float, float, float] | None = None

    @property
    def height(self) -> float:
        """Height of the bounding box in points (the text size for a horizontal line)."""
        return self.y1 - self.y0

    @property
    def size(self) -> float:
        """Text size in points: the height of a horizontal line, the width of a rotated one."""
        return self.x1 - self.x0 if self.rotated else self.y1 - self.y0

    @property
    def center(self) -> float:
        """Vertical centre in points."""
        return (self.y0 + self.y1) / 2


# ------------------------------------------------------------------------------------ fragments


@lru_cache(maxsize=256)
def _is_icon_font(fontname: str) -> bool:
    """True for an icon font (:data:`~resume_lens.extract.normalize.ICON_FONT_RE`); a page has few fonts
    and thousands of characters, so the answer is kept per font name."""
    return ICON_FONT_RE.search(fontname) is not None


def _char_text(item: LTItem) -> str:
    if isinstance(item, LTChar):
        text = item.get_text()
        if _is_icon_font(str(item.fontname)) and not text.isspace():
            return BULLET
        return text
    if isinstance(item, LTAnno):
        return item.get_text()
    return ""


def _line_text(line: Iterable[LTItem]) -> str:
    return "".join(_char_text(item) for item in line).replace("\n", " ").rstrip()


def _line_text_and_extent(line: LTTextLine) -> tuple[str, float, float]:
    """A horizontal line's text (as :func:`_line_text`) and the bottom and top of its letters and
    digits, in one pass over its characters: an icon taller than the text (AltaCV's trophy beside
    "Courage I had") must not make the line reach into the next one."""
    parts: list[str] = []
    y0 = y1 = None
    for item in line:
        if isinstance(item, LTChar):
            text = item.get_text()
            icon = _is_icon_font(str(item.fontname))
            if icon and not text.isspace():
                parts.append(BULLET)
                continue
            parts.append(text)
            if not icon and text.isalnum():
                y0 = item.y0 if y0 is None or item.y0 < y0 else y0
                y1 = item.y1 if y1 is None or item.y1 > y1 else y1
        elif isinstance(item, LTAnno):
            parts.append(item.get_text())
    text = "".join(parts).replace("\n", " ").rstrip()
    if y0 is None or y1 is None:
        return text, line.y0, line.y1
    return text, y0, y1


def _text_lines(container: LTContainer[Any]) -> Iterator[LTTextLine]:
    for item in container:
        if isinstance(item, LTTextLine):
            yield item
        elif isinstance(item, LTContainer):
            yield from _text_lines(item)


def page_fragments(page: LTContainer[Any]) -> list[Fragment]:
    """Collect the text lines of a laid-out page as fragments.

    Parameters
    ----------
    page : LTContainer
        A page (``LTPage``) after pdfminer's layout analysis, with ``LAParams(detect_vertical=True,
        all_texts=True)`` so that rotated text and text inside figures are lines too.

    Returns
    -------
    list of Fragment
        In pdfminer's order; whitespace-only lines are dropped. Glyphs from icon fonts
        (:data:`~resume_lens.extract.normalize.ICON_FONT_RE`) read as ``"•"``. A horizontal line
        boxed by the page's ruling lines (``LTLine``, ``LTRect``) on all four sides has its ``cell``.
    """
    fragments: list[Fragment] = []
    for line in _text_lines(page):
        if isinstance(line, LTTextLineVertical):
            chars = [c for c in line if isinstance(c, LTChar)]
            if chars and all(c.upright for c in chars):
                # Upright glyphs that only happen to stack (an icon over a digit): each its own line.
                for c in chars:
                    text = _char_text(c).strip()
                    if text:
                        fragments.append(Fragment(c.x0, c.y0, c.x1, c.y1, text))
                continue
            text = _line_text(line)
            if text.strip():
                fragments.append(Fragment(line.x0, line.y0, line.x1, line.y1, text.strip(), rotated=True))
            continue
        text, y0, y1 = _line_text_and_extent(line)
        if text.strip():
            fragments.append(Fragment(line.x0, y0, line.x1, y1, text))
    rules = _Rules.of(page)
    if rules.vertical and rules.horizontal:
        fragments = [
            f if f.rotated else Fragment(f.x0, f.y0, f.x1, f.y1, f.text, cell=rules.cell(f))
            for f in fragments
        ]
    return fragments


@dataclass(frozen=True)
class _Rules:
    """A page's ruling lines: ``vertical`` as ``(x, y0, y1)``, ``horizontal`` as ``(y, x0, x1)``.

    A rule is an ``LTLine`` or a filled ``LTRect`` at most :data:`_RULE_WIDTH` points thick (its
    centre line), or an edge of a stroked ``LTRect``. Larger filled rectangles are backgrounds
    (a sidebar, a shaded header cell), not rules.
    """

    vertical: tuple[tuple[float, float, float], ...]
    horizontal: tuple[tuple[float, float, float], ...]

    @classmethod
    def of(cls, page: LTContainer[Any]) -> _Rules:
        vertical: list[tuple[float, float, float]] = []
        horizontal: list[tuple[float, float, float]] = []
        for item in _shapes(page):
            if item.width <= _RULE_WIDTH and item.height > _RULE_WIDTH:
                vertical.append(((item.x0 + item.x1) / 2, item.y0, item.y1))
            elif item.height <= _RULE_WIDTH and item.width > _RULE_WIDTH:
                horizontal.append(((item.y0 + item.y1) / 2, item.x0, item.x1))
            elif isinstance(item, LTRect) and item.stroke:
                vertical.extend([(item.x0, item.y0, item.y1), (item.x1, item.y0, item.y1)])
                horizontal.extend([(item.y0, item.x0, item.x1), (item.y1, item.x0, item.x1)])
        return cls(tuple(vertical), tuple(horizontal))

    def cell(self, f: Fragment) -> tuple[float, float, float, float] | None:
        """The box of the nearest rules around ``f`` on all four sides, or ``None``."""
        beside = [x for x, y0, y1 in self.vertical if y0 <= f.y0 + _RULE_SLACK and y1 >= f.y1 - _RULE_SLACK]
        level = [y for y, x0, x1 in self.horizontal if x0 <= f.x0 + _RULE_SLACK and x1 >= f.x1 - _RULE_SLACK]
        left = [x for x in beside if x <= f.x0 + _RULE_SLACK]
        right = [x for x in beside if x >= f.x1 - _RULE_SLACK]
        below = [y for y in level if y <= f.y0 + _RULE_SLACK]
        above = [y for y in level if y >= f.y1 - _RULE_SLACK]
        if not (left and right and below and above):
            return None
        return max(left), max(below), min(right), min(above)


def _shapes(container: LTContainer[Any]) -> Iterator[LTLine | LTRect]:
    for item in container:
        if isinstance(item, (LTLine, LTRect)):
            yield item
        elif isinstance(item, LTContainer):
            yield from _shapes(item)


# ------------------------------------------------------------------------------------- ordering


@dataclass(frozen=True)
class _Line:
    """An output line: its text and the box of the fragments it was made of."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def center(self) -> float:
        return (self.y0 + self.y1) / 2


# A region's output: lines, with None where a blank line separates paragraphs.
_Out = list[_Line | None]


def reading_order(fragments: Iterable[Fragment]) -> str:
    """Order a page's fragments for reading and return the page's text.

    Parameters
    ----------
    fragments : iterable of Fragment
        The page's text lines (:func:`page_fragments`).

    Returns
    -------
    str
        One line per output line, ``"\\n"``-terminated; paragraphs (and columns) are separated by
        one blank line. Empty for a page without text. The rules are in the module docstring.
    """
    frags = [f for f in fragments if f.text.strip()]
    flat = [f for f in frags if not f.rotated]
    rotated = [f for f in frags if f.rotated]
    out: _Out = []
    if flat:
        top = max(f.y1 for f in flat)
        bottom = min(f.y0 for f in flat)
        heights = sorted(f.height for f in flat)
        line = MIN_COLUMN_LINES * heights[len(heights) // 2]
        limits = _Limits(
            strict=max(MIN_COLUMN_SHARE * (top - bottom), line),
            loose=max(MIN_SIDEBAR_SHARE * (top - bottom), line),
        )
        out = _arrange(_label_rows(flat), limits)
    for heading in sorted(rotated, key=lambda f: -f.y1):
        _insert_rotated(out, heading)
    return _render(out)


def _insert_rotated(out: _Out, heading: Fragment) -> None:
    """Put a rotated heading before the block of lines it stands beside (module doc, step 5).

    The block is the lines level with the heading plus those above them, in reading order, that
    start or end where one of them does (the section's left margin, bullets or right-aligned dates);
    a heading is often centred on its section, so the lines level with it are not the first ones.
    """
    line = _Line(heading.text, heading.x0, heading.y0, heading.x1, heading.y1)
    beside = [
        i for i, item in enumerate(out) if item is not None and item.y0 < heading.y1 and item.y1 > heading.y0
    ]
    if not beside:
        below = [i for i, item in enumerate(out) if item is not None and item.y1 <= heading.y1]
        index = below[0] if below else len(out)
        out[index:index] = [None, line, None]
        return
    starts = [out[i].x0 for i in beside]  # type: ignore[union-attr]
    ends = [out[i].x1 for i in beside]  # type: ignore[union-attr]
    index = beside[0]
    for j in range(beside[0] - 1, -1, -1):
        item = out[j]
        if item is None:
            continue
        below = out[index]
        assert below is not None
        if item.y0 - below.y1 > _SECTION_GAP * (item.y1 - item.y0):
            break  # a wide gap: the block (section) starts below it
        if not any(abs(item.x0 - x) <= _ALIGNED for x in starts) and not any(
            abs(item.x1 - x) <= _ALIGNED for x in ends
        ):
            break
        index = j
    out[index:index] = [None, line, None]


def _render(out: _Out) -> str:
    lines: list[str] = []
    for item in out:
        if item is None:
            if lines and lines[-1] != "":
                lines.append("")
        else:
            lines.append(item.text)
    while lines and lines[-1] == "":
        lines.pop()
    return "".join(line + "\n" for line in lines)


# ----------------------------------------------------------------------------------- label rows


@dataclass(frozen=True)
class _Block(Fragment):
    """A ruled table row of a label cell and a body cell, ordered in advance (module doc, step 0).

    The box is the row's, between its rules; ``lines`` are its output lines.
    """

    lines: tuple[_Line | None, ...] = ()


def _label_rows(frags: list[Fragment]) -> list[Fragment]:
    """Replace the fragments of every ruled label row by one :class:`_Block` (module doc, step 0).

    A label row is a row of a table boxed by ruling lines that holds text in exactly two cells,
    side by side on one rule, the left one no wider than :data:`MAX_LABEL_WIDTH_SHARE` of the row:
    a period, date or label cell beside the cell it describes (the 職務経歴書 of a Japanese
    résumé). The label cell is read whole, then the body cell; their lines need not share
    baselines, since a label is often centred in its cell.
    """
    cells: dict[tuple[float, float, float, float], list[Fragment]] = {}
    for f in frags:
        if f.cell is not None:
            cells.setdefault(f.cell, []).append(f)
    rows: list[list[tuple[float, float, float, float]]] = []
    for box in sorted(cells, key=lambda b: (-b[3], b[0])):
        for row in rows:
            if abs(row[0][1] - box[1]) <= _RULE_SLACK and abs(row[0][3] - box[3]) <= _RULE_SLACK:
                row.append(box)
                break
        else:
            rows.append([box])
    taken: set[int] = set()
    blocks: list[Fragment] = []
    for row in rows:
        if len(row) != 2:
            continue
        label, body = sorted(row)
        if abs(label[2] - body[0]) > _RULE_SLACK:
            continue  # not side by side on one rule (nested boxes)
        if label[2] - label[0] > MAX_LABEL_WIDTH_SHARE * (body[2] - label[0]):
            continue
        lines = [*_joined(_rows_to_lines(cells[label])), *_rows_to_lines(cells[body])]
        taken.update(id(f) for box in row for f in cells[box])
        text = " ".join(line.text for line in lines if line is not None)
        top, bottom = max(label[3], body[3]), min(label[1], body[1])
        blocks.append(_Block(label[0], bottom, body[2], top, text, lines=(None, *lines, None)))
    if not blocks:
        return frags
    return [f for f in frags if id(f) not in taken] + blocks


def _joined(lines: _Out) -> _Out:
    """Join each paragraph of a label cell into one line: a narrow cell wraps its label
    ("2018年04月〜" over "現在" is one period)."""
    out: _Out = []
    for item in lines:
        last = out[-1] if out else None
        if item is None or last is None:
            out.append(item)
            continue
        out[-1] = _Line(
            f"{last.text} {item.text}",
            min(last.x0, item.x0),
            min(last.y0, item.y0),
            max(last.x1, item.x1),
            max(last.y1, item.y1),
        )
    return out


@dataclass
class _Split:
    """A gutter and the bands it cuts: ``(left, right)`` pairs, or ``None`` for a run of the rest."""

    gutter: float
    parts: list[tuple[list[Fragment], list[Fragment]] | list[Fragment]]


def _span(frags: list[Fragment]) -> float:
    return max(f.y1 for f in frags) - min(f.y0 for f in frags) if frags else 0.0


@dataclass(frozen=True)
class _Limits:
    """Shortest side span, in points, for a band to be split into columns (module doc, step 2)."""

    strict: float  # any band reaching this is split
    loose: float  # a band reaching only this is split when its two sides are not in rows


def _band_score(left: list[Fragment], right: list[Fragment], limits: _Limits) -> float:
    """The shorter side's span when the band qualifies as two columns, else 0."""
    if not left or not right:
        return 0.0
    span = min(_span(left), _span(right))
    if span >= limits.strict or (span >= limits.loose and not _in_rows(left, right)):
        return span
    return 0.0


def _in_rows(left: list[Fragment], right: list[Fragment]) -> bool:
    """Whether most rows of the side with fewer rows share a baseline with the other side (a table)."""
    left_rows, right_rows = _rows(left), _rows(right)
    few, many = (left_rows, right) if len(left_rows) <= len(right_rows) else (right_rows, left)
    paired = sum(1 for row in few if any(_same_baseline(row[0], f) for f in many))
    return paired >= _TABLE_ROWS * len(few)


def _same_baseline(a: Fragment, b: Fragment) -> bool:
    """Bottoms within :data:`_BASELINE` of the smaller height: cells of one table row."""
    return abs(a.y0 - b.y0) <= _BASELINE * min(a.height, b.height)


def _find_split(frags: list[Fragment], limits: _Limits) -> _Split | None:
    """The gutter whose best band has the tallest shorter side, if one band qualifies."""
    by_top = sorted(frags, key=lambda f: (-f.y1, f.x0))
    # Best gutter: the tallest shorter side, then the fewest lines crossing it, then the widest.
    best: tuple[float, int, float, float] | None = None
    for x in sorted({f.x1 for f in frags}):
        score, crossing, width = _score_gutter(by_top, x, limits)
        key = (round(score), -crossing, width, x)
        if score > 0 and (best is None or key > best):
            best = key
    if best is None:
        return None
    x = best[3]
    parts: list[tuple[list[Fragment], list[Fragment]] | list[Fragment]] = []
    rest: list[Fragment] = []
    for band, crossing in _bands(by_top, x):
        left = [f for f in band if f.x1 <= x + _EPS]
        right = [f for f in band if f.x1 > x + _EPS]
        score = _band_score(left, right, limits)
        if score > 0:
            above: list[Fragment] = []
            below: list[Fragment] = []
            if score < limits.strict:
                left, right, above, below = _trim_short_band(left, right)
            if not left or not right:  # nothing of the long side is level with the short one
                rest.extend(band)
                rest.extend(crossing)
                continue
            rest.extend(above)
            if rest:
                parts.append(rest)
                rest = []
            parts.append((left, right))
            rest.extend(below)
        else:
            rest.extend(band)
        rest.extend(crossing)
    if rest:
        parts.append(rest)
    return _Split(x, parts)


def _trim_short_band(
    left: list[Fragment], right: list[Fragment]
) -> tuple[list[Fragment], list[Fragment], list[Fragment], list[Fragment]]:
    """Keep beside a short column only the lines of the long side that are level with it.

    A short sidebar or a header's contact block (split under the loose limit) stands beside the top
    of the other side only; the lines of the long side wholly above or below the short one are read
    before or after the pair of columns. Returns ``(left, right, above, below)``.
    """
    short, long_ = (left, right) if _span(left) <= _span(right) else (right, left)
    top = max(f.y1 for f in short)
    bottom = min(f.y0 for f in short)
    above = [f for f in long_ if f.y0 > top]
    below = [f for f in long_ if f.y1 < bottom]
    kept = [f for f in long_ if f not in above and f not in below]
    if short is left:
        return left, kept, above, below
    return kept, right, above, below


def _bands(by_top: list[Fragment], x: float) -> Iterator[tuple[list[Fragment], list[Fragment]]]:
    """Cut fragments (sorted top-down) at the ones crossing the gutter that starts at ``x``.

    Yields ``(band, crossing)``: the fragments on either side between two crossings, then the
    crossing fragments that end the band.
    """
    band: list[Fragment] = []
    crossing: list[Fragment] = []
    for f in by_top:
        if f.x1 <= x + _EPS or f.x0 >= x + MIN_GUTTER:
            if crossing:
                yield band, crossing
                band, crossing = [], []
            band.append(f)
        else:
            crossing.append(f)
    if band or crossing:
        yield band, crossing


def _score_gutter(by_top: list[Fragment], x: float, limits: _Limits) -> tuple[float, int, float]:
    """For a gutter starting at ``x``: the best qualifying band's shorter side span (0 if none),
    how many fragments cross the gutter, and that band's gutter width (points but the count)."""
    score = 0.0
    width = 0.0
    crossings = 0
    for band, crossing in _bands(by_top, x):
        crossings += len(crossing)
        left = [f for f in band if f.x1 <= x + _EPS]
        right = [f for f in band if f.x1 > x + _EPS]
        if not left or not right or min(_span(left), _span(right)) <= score:
            continue
        s = _band_score(left, right, limits)
        if s > score:
            score = s
            width = min(f.x0 for f in right) - max(f.x1 for f in left)
    return score, crossings, width


def _arrange(frags: list[Fragment], limits: _Limits) -> _Out:
    """Order one region's fragments (module docstring, steps 2-4)."""
    split = _find_split(frags, limits)
    if split is None:
        return _rows_to_lines(frags)
    out: _Out = []
    for part in split.parts:
        if isinstance(part, tuple):
            left, right = part
            notes = _note_side(left, right)
            if notes == "left":
                chunk = _with_notes(_arrange(right, limits), left, before=True)
            elif notes == "right":
                chunk = _with_notes(_arrange(left, limits), right, before=False)
            else:
                chunk = [*_arrange(left, limits), None, *_arrange(right, limits)]
        elif len(part) == len(frags):  # nothing to cut apart: the gutter only separated rows
            chunk = _rows_to_lines(part)
        else:
            chunk = _arrange(part, limits)
        out.extend([None, *chunk])
    return out


# ----------------------------------------------------------------------------------- side notes


def _blocks(frags: list[Fragment]) -> list[list[Fragment]]:
    """Group a column's fragments into blocks of rows no further apart than a paragraph gap."""
    blocks: list[list[Fragment]] = []
    for row in _rows(frags):
        if blocks:
            above = blocks[-1][-1]
            gap = above.y0 - max(f.y1 for f in row)
            if gap <= PARAGRAPH_GAP * max(above.height, *(f.height for f in row)):
                blocks[-1].extend(row)
                continue
        blocks.append(list(row))
    return blocks


def _note_side(left: list[Fragment], right: list[Fragment]) -> str | None:
    """``"left"`` or ``"right"`` when that side is a column of side notes, else ``None``."""
    band_width = max(f.x1 for f in right) - min(f.x0 for f in left)
    for side, notes, body in (("left", left, right), ("right", right, left)):
        width = max(f.x1 for f in notes) - min(f.x0 for f in notes)
        limit = MAX_NOTE_WIDTH_SHARE
        if side == "left" and _flush_right(notes):
            limit = MAX_LABEL_WIDTH_SHARE
        if width > limit * band_width:
            continue
        blocks = _blocks(notes)
        anchored = sum(1 for block in blocks if any(_same_row(block[0], f) for f in body))
        if len(blocks) >= 2 and anchored >= MIN_NOTE_ANCHORED * len(blocks):
            return side
    return None


def _flush_right(frags: list[Fragment]) -> bool:
    """Whether nearly all fragments end at the same ``x`` (labels set flush against a gutter)."""
    edge = max(f.x1 for f in frags)
    return sum(1 for f in frags if f.x1 >= edge - _ALIGNED) >= _FLUSH_SHARE * len(frags)


def _with_notes(body: _Out, notes: list[Fragment], *, before: bool) -> _Out:
    """Put each block of side notes next to the body line it shares a baseline with.

    A block with no such line goes before the first body line below its top (left notes) or after
    the last body line above it (right notes).
    """
    out = list(body)
    for block in _blocks(notes):
        lines = [ln for ln in _rows_to_lines(block) if ln is not None]
        index = _note_index(out, block[0], before=before)
        out[index:index] = lines
    return out


def _note_index(out: _Out, top: Fragment, *, before: bool) -> int:
    """Where a note block whose first fragment is ``top`` goes into the body's lines."""
    for i, item in enumerate(out):
        if item is not None and _same_row(top, item):
            return i if before else i + 1
    if before:
        below = [i for i, item in enumerate(out) if item is not None and item.y1 < top.y1]
        return below[0] if below else len(out)
    above = [i for i, item in enumerate(out) if item is not None and item.y1 > top.y1]
    return above[-1] + 1 if above else 0


# ----------------------------------------------------------------------------------------- rows


def _same_row(a: Fragment | _Line, b: Fragment | _Line) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    low, high = sorted((a.y1 - a.y0, b.y1 - b.y0))
    return overlap >= _SAME_ROW_OVERLAP * low and overlap >= _TALL_ROW_OVERLAP * high


def _rows(frags: list[Fragment]) -> list[list[Fragment]]:
    """Group fragments into rows, top to bottom; each row left to right."""
    rows: list[list[Fragment]] = []
    for f in sorted(frags, key=lambda f: (-f.y1, f.x0)):
        for row in reversed(rows[-3:]):
            if all(_same_row(g, f) for g in row):
                row.append(f)
                break
        else:
            rows.append([f])
    for row in rows:
        row.sort(key=lambda f: f.x0)
    return rows


def _covered(gap: tuple[float, float], row: list[Fragment], frags: list[Fragment]) -> bool:
    """Whether the line above or below in the same paragraph runs across the gap (justified text).

    That line must be of the same size, start where the row starts and be no paragraph gap away.
    """
    height = max(f.height for f in row)
    top = max(f.y1 for f in row)
    bottom = min(f.y0 for f in row)
    start = row[0].x0
    for f in frags:
        if f in row or not _similar_size(f.height, height) or abs(f.x0 - start) > _ALIGNED:
            continue
        distance = f.y0 - top if f.y0 >= top else bottom - f.y1
        if not 0 <= distance <= PARAGRAPH_GAP * height:
            continue
        if f.x0 <= gap[0] + _EPS and f.x1 >= gap[1] - _EPS:
            return True
    return False


def _similar_size(a: float, b: float) -> bool:
    return min(a, b) >= 0.8 * max(a, b)


def _evenly_spaced(row: list[Fragment]) -> bool:
    """Whether a row is words of one justified line: three or more, with even gaps."""
    if len(row) < 3 or not all(_similar_size(f.height, row[0].height) for f in row):
        return False
    gaps = [b.x0 - a.x1 for a, b in zip(row, row[1:], strict=False)]
    size = max(f.height for f in row)
    return max(gaps) <= _JUSTIFIED_MAX_GAP_EM * size and max(gaps) <= _JUSTIFIED_SPREAD * min(gaps)


def _rows_to_lines(frags: list[Fragment]) -> _Out:
    """Render one column: rows top to bottom, split or joined within a row (module doc, step 4)."""
    out: _Out = []
    previous: list[Fragment] | None = None
    for row in _rows(frags):
        if previous is not None:
            gap = min(f.y0 for f in previous) - max(f.y1 for f in row)
            if gap > PARAGRAPH_GAP * max(f.height for f in (*previous, *row)):
                out.append(None)
        pieces: list[list[Fragment]] = [[row[0]]]
        even = _evenly_spaced(row)
        for a, b in zip(row, row[1:], strict=False):
            size = min(a.height, b.height)
            if isinstance(a, _Block) or isinstance(b, _Block):
                pieces.append([b])
            elif even or b.x0 - a.x1 <= JOIN_GAP_EM * size or _covered((a.x1, b.x0), row, frags):
                pieces[-1].append(b)
            else:
                pieces.append([b])
        for piece in pieces:
            if isinstance(piece[0], _Block):
                out.extend(piece[0].lines)
                continue
            text = " ".join(f.text.strip() for f in piece)
            out.append(
                _Line(
                    text,
                    min(f.x0 for f in piece),
                    min(f.y0 for f in piece),
                    max(f.x1 for f in piece),
                    max(f.y1 for f in piece),
                )
            )
        previous = row
    return out
