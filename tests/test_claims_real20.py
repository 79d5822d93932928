"""Claims fixed after the twentieth probe of public resumes (40 real resumes, labels frozen before the tool
ran).

A summary that opens "A highly motivated and accomplished Senior AI Engineer with extensive expertise in …"
makes the claim of its title (rubric §4: "A headline, tagline or summary claim … counts as the current
claim"): after "A" or "An", one to four describing words of any case may stand before the title
(``sentence_start`` in ``title_families.json``). Words that make the title someone else's or a wish keep it
from being a claim: a preposition ("A mentor to Machine Learning Engineers"), a relative word ("A student who
wants to be …"), a negation ("A data analyst, not an ML Engineer"), an aspiration ("An aspiring …"), a
certification ("A Google Cloud certified Professional Machine Learning Engineer" names a certificate).
"""

from __future__ import annotations

import pytest
from claim_checks import headline_title


@pytest.mark.parametrize(
    ("summary", "title"),
    [
        (
            "A highly motivated and accomplished Senior AI Engineer with extensive expertise in Deep "
            "Learning, Generative AI, and Arabic NLP.",
            "Senior AI Engineer",
        ),
        ("A results-driven Machine Learning Engineer specializing in NLP.", "Machine Learning Engineer"),
        ("An experienced, detail-oriented ML Engineer with 6 years in retail.", "ML Engineer"),
        # the forms that were claims before stay claims
        ("Machine Learning Engineer with 5 years of experience in NLP.", "Machine Learning Engineer"),
        ("Experienced Machine Learning Engineer with a track record in NLP.", "Machine Learning Engineer"),
    ],
)
def test_a_summary_opening_with_describing_words_claims_its_title(summary, title):
    assert headline_title(summary) == title


@pytest.mark.parametrize(
    "summary",
    [
        "A mentor to Machine Learning Engineers in the data guild.",
        "A friend of a Machine Learning Engineer, I love data.",
        "A student who wants to be a Machine Learning Engineer.",
        "A data analyst, not an ML Engineer.",
        "An aspiring Machine Learning Engineer with Python skills.",
        "A recent graduate seeking Machine Learning Engineer roles.",
        "A data analyst working with ML Engineers on NLP.",
        "A data analyst collaborating closely with ML Engineers.",
        # a review: the Google certificate's name holds the title; a certificate is no title held
        "A Google Cloud certified Professional Machine Learning Engineer with four years of SQL reporting.",
        "A certified Professional Machine Learning Engineer (Google Cloud, 2024) and data scientist.",
    ],
)
def test_a_summary_naming_someone_elses_or_a_wished_title_claims_nothing(summary):
    assert headline_title(summary) is None
