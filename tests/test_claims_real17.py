"""Title fixes of session 17, from the eighth probe of public resumes (rubric §1, taxonomy §5.7).

* A software title qualified by AI ends at its qualifier: when the AI word qualifies a further noun
  ("Software Engineer, AI Maker & Statistics MSc Student") the line names a software engineer and an AI
  maker, not a "Software Engineer, AI" (``TITLE.AIE.QUALIFIED_SWE``); "Software Engineer, AI" alone, before
  a separator or before "at <employer>" stays a claim.
* A summary sentence that opens with a slash-compound title written without spaces ("Lead Platform/MLOps
  Engineer with …") is a headline claim, as it already was with spaces round the slash or without the
  first half (``mention_context.sentence_start``).
"""

from __future__ import annotations

import pytest

from resume_lens.claims import find_headline
from resume_lens.sections import find_sections


def _headline(text: str):
    return find_headline(text, find_sections(text))


@pytest.mark.parametrize(
    ("text", "title", "family"),
    [
        ("Jane Doe\nSoftware Engineer, AI | Berlin", "Software Engineer, AI", "ai_engineer"),
        ("Jane Doe\nSoftware Engineer, AI at Acme", "Software Engineer, AI", "ai_engineer"),
        ("Jane Doe\nSoftware Engineer - GenAI", "Software Engineer - GenAI", "ai_engineer"),
        # the team's area after the AI qualifier stays a claim, like "ML Platform Engineer" (rubric §1)
        ("Jane Doe\nSoftware Engineer, AI Platform | Berlin", "Software Engineer, AI", "ai_engineer"),
        (
            "Jane Doe\n\nSummary\nLead Platform/MLOps Engineer with six years across AWS and Azure.",
            "MLOps Engineer",
            "mlops_engineer",
        ),
        (
            "Jane Doe\n\nSummary\nSenior Backend / ML Engineer with a fintech background.",
            "ML Engineer",
            "ml_engineer",
        ),
        (
            "Jane Doe\n\nSummary\nSenior MLOps Engineer with six years across AWS and Azure.",
            "Senior MLOps Engineer",
            "mlops_engineer",
        ),
    ],
)
def test_headline_claims_round_17(text: str, title: str, family: str) -> None:
    claim = _headline(text).claim
    assert claim is not None
    assert (claim.title, claim.title_family) == (title, family)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe\nSoftware Engineer, AI Maker & Statistics MSc Student.",
        "Jane Doe\nSoftware Engineer, AI Enthusiast",
        # the slash compound must still start the sentence: someone else's title is no claim
        "Jane Doe\n\nSummary\nWorked with a Platform/MLOps Engineer on the release tooling.",
    ],
)
def test_not_headline_claims_round_17(text: str) -> None:
    assert _headline(text).claim is None
