"""Compound titles and a date end of session 26's probes (text written for this test).

"NLP & Software Development Engineer" and "Experienced Deep learning / Data science engineer" name an ML
specialisation and another kind of work under one "Engineer": an ML-engineer-family claim, as "ML & Backend
Engineer" already was (rubric §1; taxonomy §5.7). The shared-head rule ``TITLE.MLE.SHARED_HEAD`` now takes
deep learning, computer vision and NLP before the joiner, and "software development" and "data science"
after it.
"""

from __future__ import annotations

import pytest

from resume_lens.dates import find_date_range
from resume_lens.titles import classify_title


@pytest.mark.parametrize(
    "title",
    [
        "NLP & Software Development Engineer",
        "Deep learning / Data science engineer",
        "Computer Vision & Software Engineer",
        "Natural Language Processing and Data Engineer",
        "ML & Backend Engineer",
    ],
)
def test_an_ml_specialisation_sharing_an_engineer_title_is_a_claim(title):
    assert classify_title(title).is_ml_claim


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Sales and Software Engineer", "software_engineer"),
        ("Research and Data Engineer", "data_engineer"),
        ("Software Development Engineer", "software_engineer"),
    ],
)
def test_other_shared_titles_are_no_claim(title, family):
    match = classify_title(title)
    assert (match.family, match.is_ml_claim) == (family, False)


@pytest.mark.parametrize(
    ("text", "end"),
    [("2024 -- Pres.", "present"), ("Mar 2023 – Pres.", "present"), ("Jan 2024 - President of a club", None)],
)
def test_pres_ends_a_range_at_present(text, end):
    # a LaTeX resume of probe N: "2024--Pres." (the month of a bare year is its first)
    found = find_date_range(text)
    assert (found.end if found else None) == end
