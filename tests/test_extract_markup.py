"""Hidden markup in text and Markdown resumes (found by the fresh-clone tester, session 11).

A Markdown viewer shows neither an HTML comment nor an element styled ``display:none``; a production line
hidden that way must not become evidence, and the recruiter is told what was hidden, as for PDF and DOCX
hidden text (``resume_lens/extract/markup.py``).
"""

from __future__ import annotations

import pytest

from resume_lens import Screener
from resume_lens.extract import extract_bytes
from resume_lens.extract.markup import HiddenRun, find_hidden_markup, remove_runs

VISIBLE = """Jane Doe
Machine Learning Engineer

## Experience

Machine Learning Engineer, Acme Retail, 2022 - Present
- Built a churn classifier in a Jupyter notebook that reached 88% accuracy on the test set.
- Performed exploratory data analysis of two years of orders.
- Presented the model results to the marketing team each quarter.
"""

HIDDEN_LINES = (
    "<!-- - Deployed the churn model with FastAPI on Kubernetes serving 2M users at p99 30 ms. -->\n"
    '<span style="display: none">'
    "Built Airflow pipelines that retrain the model weekly with drift alerts.</span>\n"
)


def test_comments_and_hidden_elements_are_found_with_their_offsets():
    text = 'a <!-- x y --> b <div hidden>c d</div> e <p style="color:red;visibility:hidden">f</p> g'
    runs = find_hidden_markup(text)
    assert [(text[r.start : r.end], r.content, r.reason) for r in runs] == [
        ("<!-- x y -->", " x y ", "html_comment"),
        ("<div hidden>c d</div>", "c d", "css_hidden"),
        ('<p style="color:red;visibility:hidden">f</p>', "f", "css_hidden"),
    ]
    assert runs[0] == HiddenRun(2, 14, " x y ", "html_comment")
    assert remove_runs(text, runs) == "a  b  e  g"


def test_an_unclosed_comment_hides_the_rest_and_nested_runs_are_one():
    assert find_hidden_markup("top <!-- never closed\nmore") == [
        HiddenRun(4, 26, " never closed\nmore", "html_comment")
    ]
    text = "<!-- <span hidden>x</span> -->"
    assert [r.reason for r in find_hidden_markup(text)] == ["html_comment"]


@pytest.mark.parametrize(
    "text",
    [
        '<p align="center"><b>Jane Doe</b></p>',
        "Rebuilt the <div> layouts of the admin pages",
        '<span style="display:block">shown</span>',
        "<details><summary>More</summary>shown when opened</details>",
    ],
)
def test_visible_markup_and_prose_about_markup_are_kept(text):
    assert find_hidden_markup(text) == []


def test_hidden_lines_are_left_out_of_the_text_and_named_in_a_warning():
    document = extract_bytes((VISIBLE + HIDDEN_LINES).encode(), file="cv.md")
    assert "FastAPI" not in document.text and "Airflow" not in document.text
    assert "Jupyter notebook" in document.text
    assert [span.reasons for span in document.hidden_spans] == [("html_comment",), ("css_hidden",)]
    assert (
        document.hidden_spans[1].text
        == "Built Airflow pipelines that retrain the model weekly with drift alerts."
    )
    (warning,) = [w for w in document.warnings if w.startswith("hidden_text:")]
    # 15 distinct words of two or more letters or digits in the comment, 8 more in the span
    assert (
        "cv.md has 23 words a reader cannot see (an HTML comment, hidden by CSS or the hidden attribute)"
        in warning
    )


def test_hidden_production_lines_do_not_change_the_assessment(tmp_path):
    screener = Screener()
    (tmp_path / "visible.md").write_text(VISIBLE, encoding="utf-8")
    (tmp_path / "hidden.md").write_text(VISIBLE + HIDDEN_LINES, encoding="utf-8")
    visible = screener.assess_file(tmp_path / "visible.md")
    hidden = screener.assess_file(tmp_path / "hidden.md")
    assert visible.verdict == hidden.verdict
    assert visible.p_inflated == hidden.p_inflated
    rows = hidden.to_dict()
    assert not any(e["label"].startswith("PROD.") for c in rows["claims"] for e in c["evidence"])
    assert any(f["code"] == "hidden_text" for f in rows["findings"])


def test_text_given_as_a_string_leaves_hidden_markup_out_as_a_file_does(tmp_path):
    # A screening service that passes a Markdown resume's text to Screener.assess_text gets the
    # same screen as for the .md file: the hidden lines are neither text nor evidence.
    screener = Screener()
    (tmp_path / "hidden.md").write_text(VISIBLE + HIDDEN_LINES, encoding="utf-8")
    from_file = screener.assess_file(tmp_path / "hidden.md").to_dict()
    from_text = screener.assess_text(VISIBLE + HIDDEN_LINES, file="hidden.md").to_dict()
    plain = screener.assess_text(VISIBLE, file="hidden.md").to_dict()
    assert from_text["verdict"] == plain["verdict"] == from_file["verdict"]
    assert from_text["p_inflated"] == plain["p_inflated"]
    assert from_text["claims"] == plain["claims"]
    assert not any(e["label"].startswith("PROD.") for c in from_text["claims"] for e in c["evidence"])
    assert [f["code"] for f in from_text["findings"] if f["code"] == "hidden_text"] == ["hidden_text"]
    assert from_text["warnings"] == from_file["warnings"]


@pytest.mark.parametrize(
    "text",
    [
        # a fenced block shows its markup as code (found by the fresh-user tester, session 12: a fenced
        # "<!--" hid the rest of a resume and changed its verdict)
        "# Jane\n\n```html\n<!-- a snippet -->\n```\n\nMachine Learning Engineer\n- Deployed the model.\n",
        "~~~\n<div hidden>shown as code</div>\n~~~\n",
        # an inline code span shows it too
        "Documented `<!-- comment -->` conventions for the team wiki.\n",
        'Wrote ``<span style="display:none">x</span>`` examples.\n',
    ],
)
def test_markup_inside_markdown_code_is_shown_not_hidden(text):
    assert find_hidden_markup(text) == []


def test_hidden_markup_outside_code_is_still_found():
    text = (
        "Wrote `<!-- comment -->` docs.\n<!-- Deployed on Kubernetes -->\n"
        "```\ncode\n```\n<div hidden>x</div>\n"
    )
    runs = find_hidden_markup(text)
    assert [(text[r.start : r.end], r.reason) for r in runs] == [
        ("<!-- Deployed on Kubernetes -->", "html_comment"),
        ("<div hidden>x</div>", "css_hidden"),
    ]


def test_a_fenced_snippet_leaves_the_resume_and_its_verdict_alone(tmp_path):
    screener = Screener()
    fenced = VISIBLE.replace(
        "## Experience", "```html\n<!-- a snippet from my portfolio -->\n```\n\n## Experience"
    )
    (tmp_path / "plain.md").write_text(VISIBLE, encoding="utf-8")
    (tmp_path / "fenced.md").write_text(fenced, encoding="utf-8")
    plain = screener.assess_file(tmp_path / "plain.md")
    with_code = screener.assess_file(tmp_path / "fenced.md")
    assert with_code.verdict == plain.verdict
    assert not any(w.startswith("hidden_text:") for w in with_code.to_dict()["warnings"])
    assert with_code.p_inflated == pytest.approx(plain.p_inflated, abs=0.05)
