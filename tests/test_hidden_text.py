"""Hidden text (issue 5 item 5): what a reader cannot see is never text, never evidence, always reported.

Fixture files come from ``tests/hidden_fixtures.py``: the same resume with one production bullet
(:data:`hidden_fixtures.SPECIAL_LINE`) hidden in one way per positive case, or drawn in an unusual
but visible way per negative case. The control files show that bullet in plain black, and with it
the verdict is ``supported``; hidden, it must leave no trace in the text or the evidence.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from resume_lens import Screener
from resume_lens.document import HiddenSpan
from resume_lens.errors import EmptyDocumentError
from resume_lens.extract import extract_file
from resume_lens.extract.hidden import (
    MAX_LISTED_WORDS,
    contrast_ratio,
    hidden_text_warning,
    relative_luminance,
)
from resume_lens.extract.hidden import _pdf_rgb as pdf_rgb
from resume_lens.extract.pdf import _apply_quality_gates


def _load_fixtures() -> ModuleType:
    """``tests/hidden_fixtures.py``, loaded by path (the suite runs with ``--import-mode=importlib``)."""
    path = Path(__file__).with_name("hidden_fixtures.py")
    spec = importlib.util.spec_from_file_location("resume_lens_hidden_fixtures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


hf = _load_fixtures()
POSITIVES = [case for case in hf.CASES if case.hidden]
NEGATIVES = [case for case in hf.CASES if not case.hidden]


@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hidden")
    for case in hf.CASES + hf.CONTROLS:
        hf.write_case(case, folder)
    return folder


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


def hidden_warnings(warnings: tuple[str, ...]) -> list[str]:
    return [w for w in warnings if w.startswith("hidden_text:")]


# ------------------------------------------------------------------------------ extraction


@pytest.mark.parametrize("case", POSITIVES, ids=lambda c: c.name)
def test_hidden_words_go_to_hidden_spans_not_text(case: hf.Case, fixture_dir: Path) -> None:
    document = extract_file(fixture_dir / case.filename)
    hidden_text = " ".join(span.text for span in document.hidden_spans)
    for word in hf.SPECIAL_WORDS:
        assert word not in document.text, word
        assert word in hidden_text, word
        assert word in document.hidden_words
    assert {reason for span in document.hidden_spans for reason in span.reasons} == set(case.reasons)
    assert all(span.page == (1 if case.kind == "pdf" else None) for span in document.hidden_spans)
    # The visible resume is untouched.
    assert "Acme Analytics" in document.text and "Jupyter notebooks" in document.text
    (warning,) = hidden_warnings(document.warnings)
    assert "\n" not in warning and case.filename in warning
    assert all(word in warning for word in hf.SPECIAL_WORDS)


@pytest.mark.parametrize("case", NEGATIVES, ids=lambda c: c.name)
def test_visible_oddities_are_kept_and_not_flagged(case: hf.Case, fixture_dir: Path) -> None:
    document = extract_file(fixture_dir / case.filename)
    assert document.hidden_spans == ()
    assert hidden_warnings(document.warnings) == []
    for word in hf.SPECIAL_WORDS:
        assert word in document.text, word


def test_hidden_words_inside_a_visible_line_leave_the_rest_of_it(fixture_dir: Path) -> None:
    pdf = extract_file(fixture_dir / "pdf_mid_line.pdf")
    assert [s.text for s in pdf.hidden_spans] == ["Kubeflow Triton 9,000"]
    # Removing the white words leaves a visible gap, which pdfminer's layout turns into a break.
    assert "- Presented quarterly churn findings\nto the sales leadership." in pdf.text
    word = extract_file(fixture_dir / "docx_mid_line.docx")
    assert [s.text for s in word.hidden_spans] == ["Kubeflow Triton 9,000"]
    assert "• Presented quarterly churn findings to the sales leadership." in word.text.split("\n")


def test_hidden_spans_hold_the_whole_hidden_line(fixture_dir: Path) -> None:
    document = extract_file(fixture_dir / "pdf_invisible.pdf")
    assert document.hidden_spans == (HiddenSpan(text=hf.SPECIAL_LINE, reasons=("invisible",), page=1),)
    assert document.warnings == (
        "hidden_text: pdf_invisible.pdf has 15 words a reader cannot see (invisible text mode), left out of "
        "the screening; its words: " + ", ".join(f'"{word}"' for word in hf.SPECIAL_LINE.split()),
    )


def test_a_pdf_with_only_hidden_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "all_white.pdf"
    hf.pdf_all_white(path)
    with pytest.raises(EmptyDocumentError) as excinfo:
        extract_file(path)
    assert "all_white.pdf" in str(excinfo.value) and "hidden" in str(excinfo.value)


# ------------------------------------------------------------------------------ assessment


@pytest.mark.parametrize("case", hf.CONTROLS, ids=lambda c: c.name)
def test_control_the_special_line_is_production_evidence(
    case: hf.Case, fixture_dir: Path, screener: Screener
) -> None:
    """Shown in black, the special bullet is evidence and makes the claim supported."""
    assessment = screener.assess_file(fixture_dir / case.filename)
    claims = json.dumps(assessment.to_dict()["claims"])
    assert assessment.verdict == "supported"
    assert all(word in claims for word in hf.SPECIAL_WORDS)


@pytest.mark.parametrize("case", POSITIVES, ids=lambda c: c.name)
def test_hidden_words_are_never_evidence(case: hf.Case, fixture_dir: Path, screener: Screener) -> None:
    assessment = screener.assess_file(fixture_dir / case.filename)
    data = assessment.to_dict()
    evidence = [span for claim in assessment.claims for span in claim.evidence]
    for word in hf.SPECIAL_WORDS:
        assert not any(word in span["text"] or word in span.get("line", "") for span in evidence), word
        assert word not in json.dumps(data["claims"]), word
        assert word not in json.dumps(data["keyword_stuffing"]), word
    # Without its one production bullet the resume is notebook work only.
    assert assessment.verdict == "inflated"
    # Document.warnings flow into the assessment (resume_lens/assess.py).
    assert len(hidden_warnings(assessment.warnings)) == 1


# ------------------------------------------------------------------------------ units


def test_contrast_ratio_hand_computed() -> None:
    white, black = (1.0, 1.0, 1.0), (0.0, 0.0, 0.0)
    assert contrast_ratio(white, black) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # Grey 0.97: linear ((0.97 + 0.055) / 1.055) ** 2.4 = 0.9331; ratio 1.05 / 0.9831 = 1.068.
    assert relative_luminance((0.97, 0.97, 0.97)) == pytest.approx(0.9331, abs=1e-4)
    assert contrast_ratio((0.97, 0.97, 0.97), white) == pytest.approx(1.068, abs=1e-3)
    # Grey 0.55 (the light-grey negative): linear 0.2623; ratio 1.05 / 0.3123 = 3.36.
    assert contrast_ratio((0.55, 0.55, 0.55), white) == pytest.approx(3.36, abs=1e-2)


class _Space:
    def __init__(self, name: str, ncomponents: int) -> None:
        self.name, self.ncomponents = name, ncomponents


@pytest.mark.parametrize(
    ("space", "value", "rgb"),
    [
        (_Space("DeviceGray", 1), 0.97, (0.97, 0.97, 0.97)),
        (_Space("DeviceRGB", 3), (0.2, 0.4, 0.8), (0.2, 0.4, 0.8)),
        (_Space("DeviceCMYK", 4), (0, 0, 0, 0), (1.0, 1.0, 1.0)),
        (_Space("DeviceCMYK", 4), (0, 0, 0, 1), (0.0, 0.0, 0.0)),
        (_Space("DeviceCMYK", 4), (0.5, 0, 0, 0.5), (0.25, 0.5, 0.5)),
        (_Space("ICCBased", 3), [1, 1, 1], (1.0, 1.0, 1.0)),
        # Unknown colours are never called low-contrast.
        (_Space("Pattern", 1), "P0", None),
        (_Space("Separation", 1), 1.0, None),
        (_Space("DeviceRGB", 3), 0.5, None),
        (_Space("DeviceGray", 1), True, None),
    ],
)
def test_pdf_colours_to_rgb(space: _Space, value: object, rgb: tuple[float, float, float] | None) -> None:
    assert pdf_rgb(space, value) == (pytest.approx(rgb) if rgb else None)


def test_colour_cache_tells_true_from_one() -> None:
    """Regression: ``True == 1`` and hashes alike, so a cached 1.0 once answered for ``True``."""
    gray = _Space("DeviceGray", 1)
    assert pdf_rgb(gray, 1) == (1.0, 1.0, 1.0)
    assert pdf_rgb(gray, True) is None
    assert pdf_rgb(_Space("DeviceRGB", 3), (True, 1, 1)) is None


def test_warning_lists_words_and_truncates() -> None:
    spans = [HiddenSpan(text=" ".join(f"word{i:02d}" for i in range(25)), reasons=("tiny",), page=1)]
    warning = hidden_text_warning("cv.pdf", spans)
    assert warning is not None
    listed = ", ".join(f'"word{i:02d}"' for i in range(MAX_LISTED_WORDS))
    assert warning == (
        "hidden_text: cv.pdf has 25 words a reader cannot see (under 3 pt), left out of the screening; "
        f"its words: {listed} and 5 more"
    )
    long_word = HiddenSpan(text="x" * 40, reasons=("vanish",))
    assert hidden_text_warning("cv.docx", [long_word]) == (
        "hidden_text: cv.docx has 1 word a reader cannot see (Word hidden text), left out of the screening; "
        'its words: "' + "x" * 29 + '…"'
    )
    repeated = HiddenSpan(text="use Kubeflow , use a Kubeflow", reasons=("tiny",))
    assert hidden_text_warning("cv.pdf", [repeated]).endswith('its words: "use", "Kubeflow"')


def test_a_lone_hidden_page_number_raises_no_warning() -> None:
    """LaTeX templates can push the page number below the page: kept as a span, not warned about."""
    assert hidden_text_warning("cv.pdf", [HiddenSpan(text="1", reasons=("off_page",), page=1)]) is None
    raw = _apply_quality_gates(
        ["Senior ML Engineer at Acme building pipelines"],
        [False],
        "cv.pdf",
        [HiddenSpan("1", ("off_page",), 1)],
    )
    assert raw.warnings == () and raw.hidden_spans == (HiddenSpan("1", ("off_page",), 1),)


def test_shared_templates_have_no_hidden_text_warnings(templates_dir: Path) -> None:
    """None of the 25 public templates hides text; only one has a (harmless) off-page page number."""
    flagged = {}
    for pdf in sorted(templates_dir.glob("*.pdf")):
        document = extract_file(pdf)
        assert hidden_warnings(document.warnings) == [], pdf.name
        if document.hidden_spans:
            flagged[pdf.name] = [(s.text, s.reasons) for s in document.hidden_spans]
    assert flagged == {"sidebar-right-latexcv-sidebar.pdf": [("1", ("off_page",))]}
