"""Rule fixes of session 12, found reading the corpus's misses and a fifth probe of public resumes.

* "Regression tests" and "regression testing" are software tests, not exploratory statistics: a
  Jenkins-and-regression-tests line of a trading platform was an EDA span (``stats_analysis``); regression
  *analysis* still is one (``stats_regression_analysis``; taxonomy §3 N02).

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, recorded

from resume_lens.tagging import get_pipeline


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "Introduced continuous integration (Jenkins) and automated regression tests for the platform.",
        "Owned regression testing for the mobile banking app.",
    ],
)
def test_regression_tests_are_no_exploratory_analysis(nlp, text):
    assert not any(label == "NB.EDA" for label, _, _ in recorded(nlp, text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ran regression analysis on three years of store sales.", "regression analysis"),
        # two EDA phrases joined by "and" are one span
        (
            "Hypothesis testing and correlation analysis of survey answers.",
            "Hypothesis testing and correlation analysis",
        ),
    ],
)
def test_regression_and_hypothesis_analysis_stay_exploratory(nlp, text, span):
    assert ("NB.EDA", span, "asserted") in evidence(nlp, text)
