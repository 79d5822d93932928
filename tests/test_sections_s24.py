"""Headings fixed after the session-24 probes of public resumes.

An About page's "## My Expertise" and "## Technology Stack" are skills lists ("expertise" is a heading that a
modifier such as "my" or "technical" may precede; "technology" is such a modifier, as "tech" and "technical"
are). Before, neither was a heading, so the capability lines under them ("End-to-End ML Systems: From data
engineering to model deployment.") stayed in the "What I Do" section above and read as lines of work.
"""

from __future__ import annotations

import pytest

from resume_lens.sections import heading_name


@pytest.mark.parametrize(
    "line",
    [
        "## My Expertise",
        "Technical Expertise",
        "Machine Learning Expertise",
        "## Technology Stack",
        "Technology Stack",
    ],
)
def test_expertise_and_technology_stack_headings_open_skills(line):
    assert heading_name(line) == "skills"


@pytest.mark.parametrize(
    "line", ["Expertise in model deployment.", "Technology stack migration for the bank"]
)
def test_sentences_with_those_words_are_no_headings(line):
    assert heading_name(line) is None
