"""Headline claims from About sentences of the session-25 probes (text written for this test).

"In my senior year, I interned as a Computer Vision Engineer at Deepsight" (a real About page) was taken as
the current, headline claim and judged against the whole resume. A title the sentence says the candidate
held before ("interned as", "Previously, I served as", "was a") is no headline claim (rubric §4 takes the
current claim; ``former_before`` in ``title_families.json``); "I have worked as" and "I am" are current.
"""

from __future__ import annotations

import pytest

from resume_lens.segment import segment


def _claims(sentence: str) -> list[tuple[str, str]]:
    text = (
        f"Jane Roe\n\nAbout\n{sentence}\n\n"
        "Experience\nData Scientist, Initech, 2023 - present\n- Built churn models.\n- Presented results.\n"
    )
    return [(c.title, c.source) for c in segment(text).claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "In my senior year, I interned as a Computer Vision Engineer at Deepsight, building detectors.",
        "Previously, I served as a senior Machine Learning Engineer at Greysoft Technologies.",
        "I was an AI engineer at Acme before the PhD.",
    ],
)
def test_a_title_held_before_is_no_headline_claim(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("I am a Machine Learning Engineer at Acme.", "Machine Learning Engineer"),
        ("I have worked as a Machine Learning Engineer for 5 years.", "Machine Learning Engineer"),
        ("I've worked as an ML engineer at two startups.", "ML engineer"),
        ("Working as a Machine Learning Engineer at Acme.", "Machine Learning Engineer"),
        # a review: "worked as" alone and "was promoted to" stay current
        ("Worked as a Machine Learning Engineer for the past 3 years.", "Machine Learning Engineer"),
        ("I was promoted to Senior ML Engineer in 2023 and lead the fraud team.", "Senior ML Engineer"),
        ("Currently interned as a Computer Vision Engineer at Deepsight.", "Computer Vision Engineer"),
    ],
)
def test_a_title_held_now_is_the_headline_claim(sentence, title):
    assert _claims(sentence) == [(title, "headline")]
