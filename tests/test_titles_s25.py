"""Title forms of the session-25 probes of real public resumes (rubric §1).

"Deep Learning Vision Engineer" is a computer vision engineer, an ML specialisation with "Engineer" in the
title; "AI Lead Engineer" is a lead AI engineer (rubric §1: Lead keeps the claim). A bare "Vision Engineer"
(industrial machine vision) or "Lead Engineer" names no ML field.
"""

from __future__ import annotations

import pytest

from resume_lens.titles import classify_title


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Deep Learning Vision Engineer", "ml_engineer"),
        ("Machine Learning Vision Engineer", "ml_engineer"),
        ("ML Lead Engineer", "ml_engineer"),
        ("Computer Vision Lead Engineer", "ml_engineer"),
        ("AI Lead Engineer", "ai_engineer"),
        ("AI Vision Engineer", "ai_engineer"),
        # rubric §1: a software title qualified by ML, with a level after a dash, or "in ML" (probes G and H)
        ("Software Development Engineer - II (AI/ML)", "ml_engineer"),
        ("SDE-2 (ML)", "ml_engineer"),
        ("SWE in ML", "ml_engineer"),
    ],
)
def test_ml_engineer_family_titles(title, family):
    match = classify_title(title)
    assert (match.family, match.is_ml_claim) == (family, True)


@pytest.mark.parametrize(
    "title",
    [
        "Vision Engineer",
        "Lead Engineer",
        "Data Lead Engineer",
        "AI Lead",
        "Software Engineer - II",
        "SWE in Madrid",
    ],
)
def test_titles_that_name_no_ml_field_are_no_claim(title):
    assert classify_title(title).is_ml_claim is False
