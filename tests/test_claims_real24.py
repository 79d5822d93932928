"""Claims fixed after the session-24 probes of public resumes (60 real resumes, labels frozen before the tool
ran).

A Markdown summary that sets the title in bold ("Dynamic and highly motivated **ML Engineer** with hands-on
experience …") claims it just as the plain sentence does (rubric §4: a summary claim counts as the current
claim): the emphasis markers are no words, so the cues before and after the title are read without them. A
bold title that is someone else's, wished for or a kind of job stays no claim.
"""

from __future__ import annotations

import pytest
from claim_checks import headline_title


@pytest.mark.parametrize(
    ("summary", "title"),
    [
        (
            "Dynamic and highly motivated **ML Engineer** with hands-on experience developing LLM systems.",
            "ML Engineer",
        ),
        (
            "Experienced **Machine Learning Engineer** with a track record in NLP.",
            "Machine Learning Engineer",
        ),
        ("I am a *Senior ML Engineer* at a fintech.", "Senior ML Engineer"),
        # the plain sentence claims the same title
        (
            "Dynamic and highly motivated ML Engineer with hands-on experience developing LLM systems.",
            "ML Engineer",
        ),
    ],
)
def test_a_bold_title_in_a_summary_is_claimed(summary, title):
    assert headline_title(summary) == title


@pytest.mark.parametrize(
    "summary",
    [
        "A data analyst seeking **Machine Learning Engineer** roles.",
        "A data analyst applying for **ML Engineer** roles in fintech.",
        "Mentored three **ML Engineers** on the data team.",
        "An aspiring **Machine Learning Engineer** with Python skills.",
        # a review: the former and future cues are read without the markers too
        "Former **ML Engineer**, now data analyst.",
        "Data analyst, previously **ML Engineer** at Uber.",
        "Incoming **ML Engineer** at Google (Sept 2026); currently a data analyst.",
        "Data analyst; will join as **ML Engineer** in 2026.",
    ],
)
def test_a_bold_title_that_is_not_held_claims_nothing(summary):
    assert headline_title(summary) is None
