"""The shortcuts that make PDF extraction cheaper per character (issue 6) give pdfminer.six's answers.

Each test pins a helper added for speed to a hand-computed value, or shows that a limit still
counts exactly what it counted through the generic hook. Speed itself is measured by the bench
scripts, never here.
"""

from __future__ import annotations

from types import SimpleNamespace

import hostile_files as hf  # registered by conftest.py (tests/ is not a package)
import pytest

from resume_lens.errors import DocumentTooLargeError
from resume_lens.extract import ExtractionLimits, extract_bytes
from resume_lens.extract import budget as budget_module
from resume_lens.extract.budget import install_pdfminer_hooks, unhooked


class _Space:
    def __init__(self, name: str, ncomponents: int) -> None:
        self.name, self.ncomponents = name, ncomponents


# ---------------------------------------------------------------------------- budget hooks


def test_unhooked_gives_pdfminers_own_method() -> None:
    from pdfminer.converter import PDFLayoutAnalyzer

    install_pdfminer_hooks()
    hooked = PDFLayoutAnalyzer.render_char
    original = unhooked(hooked)
    assert original is not hooked
    assert original.__qualname__ == "PDFLayoutAnalyzer.render_char"
    assert original.__module__ == "pdfminer.converter"
    # A function that is not a hook comes back as it is.
    assert unhooked(len) is len
    assert unhooked(original) is original


def test_hidden_text_aggregator_uses_pdfminers_render_char() -> None:
    from pdfminer.converter import PDFLayoutAnalyzer

    from resume_lens.extract import hidden

    install_pdfminer_hooks()
    assert hidden._layout_render_char is unhooked(PDFLayoutAnalyzer.render_char)


def test_each_character_is_charged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The word grid draws w0..w39 and nothing else: 10 words of 2 characters and 30 of 3, 110
    # characters. Charged once each, 110 fit a cap of 110 and not one of 109.
    data = hf.word_grid_pdf(40)
    monkeypatch.setattr(budget_module, "MAX_PAGE_OBJECTS", 110)
    assert sorted(extract_bytes(data, file="grid.pdf").text.split()) == sorted(f"w{i}" for i in range(40))
    monkeypatch.setattr(budget_module, "MAX_PAGE_OBJECTS", 109)
    with pytest.raises(DocumentTooLargeError, match="more than 109 characters and shapes"):
        extract_bytes(data, file="grid.pdf")


def test_time_is_checked_once_per_4_kb_of_content(monkeypatch: pytest.MonkeyPatch) -> None:
    # pdfminer.six reads a content stream 4,096 bytes at a time; the clock is read at each refill,
    # not before every token. 1 MB more of "q Q" (262,144 pairs of operators) is 256 more refills.
    calls: list[int] = []
    original = budget_module.Budget.check_time

    def counting(self: budget_module.Budget) -> None:
        calls.append(1)
        original(self)

    monkeypatch.setattr(budget_module.Budget, "check_time", counting)
    # the count is the point, not the time: a generous limit keeps a busy machine (CI beside other jobs took
    # more than the default 15 s over the 1 MB stream) from ending the read early
    roomy = ExtractionLimits(max_seconds=600)
    extract_bytes(hf.page_pdf(hf.stream(hf.text_content())), file="cv.pdf", limits=roomy)
    plain = len(calls)
    calls.clear()
    padded = hf.page_pdf(hf.stream(hf.text_content() + b"\n" + b"q Q " * (hf.MB // 4)))
    extract_bytes(padded, file="cv.pdf", limits=roomy)
    assert len(calls) - plain == 256


# ---------------------------------------------------------------------------- hidden text


def test_cached_contrast_is_the_contrast_ratio() -> None:
    from resume_lens.extract.hidden import _cached_contrast

    # Black on white: (1.0 + 0.05) / (0.0 + 0.05) = 21; grey 0.97 on white 1.05 / 0.9831 = 1.068.
    assert _cached_contrast((0.0, 0.0, 0.0), (1.0, 1.0, 1.0)) == pytest.approx(21.0)
    assert _cached_contrast((1.0, 1.0, 1.0), (0.0, 0.0, 0.0)) == pytest.approx(21.0)
    assert _cached_contrast((0.97, 0.97, 0.97), (1.0, 1.0, 1.0)) == pytest.approx(1.068, abs=1e-3)
    assert _cached_contrast((0.97, 0.97, 0.97), (1.0, 1.0, 1.0)) == pytest.approx(1.068, abs=1e-3)


@pytest.mark.parametrize(
    ("render_mode", "rgb"),
    [(0, (0.0, 0.0, 0.0)), (1, (1.0, 0.0, 0.0)), (2, (0.0, 0.0, 0.0)), (5, (1.0, 0.0, 0.0))],
)
def test_char_colour_is_the_stroke_colour_only_for_stroke_only_modes(
    render_mode: int, rgb: tuple[float, float, float]
) -> None:
    from resume_lens.extract.hidden import _char_colour, _TextStyle

    # Filled black (DeviceGray 0), stroked red (DeviceRGB 1 0 0).
    state = SimpleNamespace(scs=_Space("DeviceRGB", 3), scolor=(1, 0, 0), ncolor=0)
    style = _TextStyle(render_mode, 1.0, 1.0, 10.0, 1.0, None)
    char = SimpleNamespace(text_style=style, ncs=_Space("DeviceGray", 1), graphicstate=state)
    assert _char_colour(char) == rgb


def test_char_colour_without_a_text_style_is_the_fill_colour() -> None:
    from resume_lens.extract.hidden import _char_colour

    state = SimpleNamespace(scs=_Space("DeviceRGB", 3), scolor=(1, 0, 0), ncolor=0.5)
    char = SimpleNamespace(ncs=_Space("DeviceGray", 1), graphicstate=state)
    assert _char_colour(char) == (0.5, 0.5, 0.5)


@pytest.mark.parametrize(
    ("matrix", "fontsize", "scaling", "font_size", "horizontal_scale"),
    [
        # 10 pt, unscaled: size 10, normal width.
        ((1, 0, 0, 1, 72, 700), 10, 1.0, 10.0, 1.0),
        # The matrix doubles x and triples y; Tz 50: size 30, width 0.5 * 2 / 3 of normal.
        ((2, 0, 0, 3, 72, 700), 10, 0.5, 30.0, 1 / 3),
        # Turned 90 degrees: the vertical scale is |(c, d)| = |(-1, 0)| = 1.
        ((0, 1, -1, 0, 72, 700), 12, 1.0, 12.0, 1.0),
        # A negative font size is drawn mirrored, at its absolute size.
        ((1, 0, 0, 1, 0, 0), -8, 1.0, 8.0, 1.0),
        # Squashed to nothing vertically: no scale can be worked out, so it counts as squashed.
        ((1, 0, 0, 0, 0, 0), 10, 1.0, 0.0, 0.0),
    ],
)
def test_text_style_of_render_char_arguments(
    matrix: tuple[float, ...], fontsize: float, scaling: float, font_size: float, horizontal_scale: float
) -> None:
    from resume_lens.extract.hidden import _GraphicState, _TextStyle

    state = _GraphicState()
    state.fill_alpha, state.stroke_alpha, state.clip = 0.5, 0.25, (0.0, 0.0, 10.0, 10.0)
    style = _TextStyle.of(matrix, fontsize, scaling, 3, state)
    assert (style.render_mode, style.fill_alpha, style.stroke_alpha) == (3, 0.5, 0.25)
    assert style.clip == (0, 0, 10, 10)
    assert style.font_size == pytest.approx(font_size)
    assert style.horizontal_scale == pytest.approx(horizontal_scale)


def test_text_style_of_pdfminers_own_graphics_state() -> None:
    from pdfminer.pdfinterp import PDFGraphicState

    from resume_lens.extract.hidden import _TextStyle

    style = _TextStyle.of((1, 0, 0, 1, 0, 0), 11, 1.0, 0, PDFGraphicState())
    assert (style.fill_alpha, style.stroke_alpha, style.clip) == (1.0, 1.0, None)


def _page_chars(content: bytes) -> list:  # noqa: ANN401 - pdfminer LTChar objects
    """The characters of a one-page PDF drawing ``content``, read through the hidden-text classes."""
    import io

    from pdfminer.layout import LTChar
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    from resume_lens.extract.hidden import HiddenTextAggregator, HiddenTextInterpreter

    resources = PDFResourceManager()
    device = HiddenTextAggregator(resources)  # no layout analysis: the page keeps its characters
    interpreter = HiddenTextInterpreter(resources, device)
    (page,) = PDFPage.get_pages(io.BytesIO(hf.page_pdf(hf.stream(content))))
    interpreter.process_page(page)
    return [item for item in device.get_result() if isinstance(item, LTChar)]


def test_characters_of_one_string_share_one_style() -> None:
    # Three strings: "ab" at 10 pt, "cd" filled and stroked (render mode 2) at 50 % width, "e" at
    # 4 pt (all visible, so the page keeps them).
    chars = _page_chars(b"BT /F1 10 Tf 72 700 Td (ab) Tj 2 Tr 50 Tz (cd) Tj 0 Tr 100 Tz /F1 4 Tf (e) Tj ET")
    assert "".join(c.get_text() for c in chars) == "abcde"
    a, b, c, d, e = (char.text_style for char in chars)
    assert a is b and c is d and len({id(a), id(c), id(e)}) == 3
    assert (a.render_mode, a.font_size, a.horizontal_scale) == (0, 10.0, 1.0)
    assert (c.render_mode, c.font_size, c.horizontal_scale) == (2, 10.0, 0.5)
    assert (e.render_mode, e.font_size, e.horizontal_scale) == (0, 4.0, 1.0)
    assert [char.paint_order for char in chars] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------------------- pdf.py


def test_has_graphics_finds_paths_images_and_figures_but_not_text() -> None:
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTPage, LTRect

    from resume_lens.extract.pdf import _has_graphics

    (text_page,) = extract_pages(io.BytesIO(hf.word_grid_pdf(3)), laparams=LAParams())
    assert _has_graphics(text_page) is False
    (rect_page,) = extract_pages(io.BytesIO(hf.many_rects_pdf(1)), laparams=LAParams())
    assert _has_graphics(rect_page) is True
    assert _has_graphics(LTPage(1, (0, 0, 100, 100))) is False
    page = LTPage(1, (0, 0, 100, 100))
    page.add(LTFigure("Fm1", (0, 0, 10, 10), (1, 0, 0, 1, 0, 0)))
    assert _has_graphics(page) is True
    page = LTPage(1, (0, 0, 100, 100))
    page.add(LTRect(1, (0, 0, 10, 10)))
    assert _has_graphics(page) is True


# ------------------------------------------------------------------- reasons, piece by piece


@pytest.mark.parametrize(
    ("style_args", "size", "on_scan", "reasons"),
    [
        ((0, 1.0, 1.0, 10.0, 1.0, None), 10.0, False, []),
        # Render mode 3 is invisible, unless it is the OCR layer over a scan.
        ((3, 1.0, 1.0, 10.0, 1.0, None), 10.0, False, ["invisible"]),
        ((3, 1.0, 1.0, 10.0, 1.0, None), 10.0, True, []),
        # Fill alpha 0.05 < 0.1 is transparent; stroke-only mode 1 looks at the stroke alpha.
        ((0, 0.05, 1.0, 10.0, 1.0, None), 10.0, False, ["transparent"]),
        ((1, 0.05, 1.0, 10.0, 1.0, None), 10.0, False, []),
        ((1, 1.0, 0.05, 10.0, 1.0, None), 10.0, False, ["transparent"]),
        # 2.9 pt < 3 pt is tiny; a scale of 0.2 < 0.25 is squashed; all together, in order.
        ((0, 1.0, 1.0, 10.0, 1.0, None), 2.9, False, ["tiny"]),
        ((0, 1.0, 1.0, 10.0, 0.2, None), 10.0, False, ["squashed"]),
        ((7, 0.0, 0.0, 1.0, 0.1, None), 1.0, False, ["invisible", "transparent", "tiny", "squashed"]),
    ],
)
def test_style_reasons(style_args: tuple, size: float, on_scan: bool, reasons: list[str]) -> None:
    from resume_lens.extract.hidden import _style_reasons, _TextStyle

    assert _style_reasons(_TextStyle(*style_args), size, on_scan) == reasons


@pytest.mark.parametrize(
    ("bbox", "clip", "reasons"),
    [
        # Centre (15, 15) inside the 100 x 100 page, no clip.
        ((10, 10, 20, 20), None, []),
        # Centre (105, 15) is outside, though the box overlaps the page.
        ((95, 10, 115, 20), None, ["off_page"]),
        # The clip box (50, 50)-(60, 60) does not touch the character; touching it is enough.
        ((10, 10, 20, 20), (50, 50, 60, 60), ["clipped"]),
        ((10, 10, 20, 20), (19, 19, 60, 60), []),
        ((-30, 10, -20, 20), (50, 50, 60, 60), ["off_page", "clipped"]),
    ],
)
def test_place_reasons(bbox: tuple, clip: tuple | None, reasons: list[str]) -> None:
    from resume_lens.extract.hidden import _place_reasons

    char = SimpleNamespace(bbox=bbox)
    assert _place_reasons(char, (0, 0, 100, 100), clip) == reasons
