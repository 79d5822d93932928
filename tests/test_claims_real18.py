"""Claims and titles fixed after the eighteenth probe of public resumes (38 real resumes, labels frozen before
the tool ran; rubric §1).

* a self-description with a dash for the comma, "Hi! I'm Jane - an ML Engineer with over 5 years";
* a self-description with several describing words, "I am a highly skilled and experienced Machine Learning
  Engineer" (but "I am a mentor to the ML Engineers" names someone else);
* a "Role: AI/ML Engineer | Generative AI" line in a "Personal Information" block at the top, which stands
  for the header (``header_like`` in ``data/section_headings.json``); the label is not part of the title;
* "Software Engineering Intern (AI)", the intern form of "Software Engineer (AI)" (rubric §1: an intern
  title keeps the claim); "Software Engineering (AI)" alone is a degree;
* a position title closes its bracket: "Software Engineer (AI)", not "Software Engineer (AI".
"""

from __future__ import annotations

import pytest

from resume_lens.claims import find_headline
from resume_lens.sections import find_sections, is_header_like
from resume_lens.segment import segment
from resume_lens.titles import classify_title


def _headline(text: str):
    return find_headline(text, find_sections(text))


# --- headline claims ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "About Me\n\nHi! I'm Priya - an ML Engineer with over 5 years of experience in computer vision.",
            "ML Engineer",
        ),
        ("About Me\nI'm Jane Roe \u2013 a Machine Learning Engineer at a bank.", "Machine Learning Engineer"),
        (
            "About me\nI am a highly skilled and experienced Machine Learning Engineer with a passion "
            "for AI.",
            "Machine Learning Engineer",
        ),
        ("Summary\nAs a passionate, results-driven AI Engineer, I build agents.", "AI Engineer"),
    ],
)
def test_self_descriptions_with_a_dash_or_describing_words_are_claims(text, title):
    claim = _headline(text).claim
    assert claim is not None
    assert claim.title == title


@pytest.mark.parametrize(
    "text",
    [
        "Summary\nI am a mentor to the ML Engineers of the lab.",
        "Summary\nI am a big fan of the work every ML Engineer does.",
        "Summary\nI am working with the ML Engineer on retrieval.",
        # a dash after a word that is no name: the title is not self-assigned
        "Summary\nI'm curious - ML Engineer roles interest me.",
        # a negation or a future among the describing words (a review)
        "Summary\nI am a data scientist, not an ML Engineer, and I enjoy analysis.",
        "Jane Roe\nI'm Jane Roe \u2013 currently a data analyst, soon an ML Engineer.",
        # a label that introduces no title held
        "Jane Roe\nGoal: Machine Learning Engineer",
        "Jane Roe\nFormerly: ML Engineer | Now: Data Analyst",
    ],
)
def test_someone_elses_title_is_no_claim(text):
    assert _headline(text).claim is None


PERSONAL_BLOCK = """Personal Information
Name: Asha Rao
Role: AI/ML Engineer | Generative AI | LLM Expert

Professional Summary
Builds chatbots.

Skills
Python, PyTorch
"""


def test_a_role_line_in_a_personal_information_block_at_the_top_is_the_headline():
    sections = find_sections(PERSONAL_BLOCK)
    assert sections[0].name == "other"
    assert is_header_like(sections, 0)
    claim = find_headline(PERSONAL_BLOCK, sections).claim
    assert claim is not None
    # the label "Role:" is not part of the title
    assert (claim.title, claim.title_family) == ("AI/ML Engineer", "ml_engineer")


@pytest.mark.parametrize(
    "line",
    [
        "Guardian's Occupation: AI Engineer",
        "Reference: John Smith, ML Engineer at Google",
        "Emergency contact: Raj Roe, AI Engineer",
        "Manager: Tom Hill | ML Engineer | tom@example.com",
        "Career Goal: ML Engineer | Remote",
    ],
)
def test_other_peoples_titles_and_goals_in_a_contact_block_are_no_claim(line):
    text = PERSONAL_BLOCK.replace("Role: AI/ML Engineer | Generative AI | LLM Expert", line)
    assert find_headline(text, find_sections(text)).claim is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Current Role: Senior ML Engineer | Berlin", "Senior ML Engineer"),
        ("Now: ML Engineer at Acme", "ML Engineer"),
        ("Status: Consultant GenAI Engineer @ Acme (Remote)", "Consultant GenAI Engineer"),
    ],
)
def test_a_title_label_in_a_header_keeps_the_claim(line, title):
    text = f"Jane Roe\n{line}\n"
    claim = find_headline(text, find_sections(text)).claim
    assert claim is not None and claim.title == title


def test_a_contact_block_further_down_is_no_header():
    text = (
        "Jane Roe\n\nExperience\nData Analyst | Acme | 2021 - Present\n- Built dashboards.\n\n"
        + PERSONAL_BLOCK
    )
    sections = find_sections(text)
    index = next(i for i, s in enumerate(sections) if s.heading.startswith("Personal"))
    assert not is_header_like(sections, index)
    assert find_headline(text, sections).claim is None


@pytest.mark.parametrize(
    ("title", "family", "is_claim"),
    [
        ("Software Engineering Intern (AI)", "ai_engineer", True),
        ("Software Engineering Intern - Machine Learning", "ml_engineer", True),
        ("Software Engineering Intern", "software_engineer", False),
        ("Software Engineering (AI)", "software_engineer", False),
    ],
)
def test_the_intern_form_of_a_qualified_software_title(title, family, is_claim):
    match = classify_title(title)
    assert (match.family, match.is_ml_claim) == (family, is_claim)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Software Engineer (AI) | Acme | Jan 2022 - Present", "Software Engineer (AI)"),
        (
            "Software Engineering Intern (AI) | Northwind | Aug 2024 - Oct 2024",
            "Software Engineering Intern (AI)",
        ),
    ],
)
def test_a_position_title_closes_its_bracket(header, title):
    text = f"Jane Roe\n\nExperience\n{header}\n- Built a chatbot with the OpenAI API.\n"
    structure = segment(text)
    assert [p.title for p in structure.positions] == [title]
    assert [c.title for c in structure.claims] == [title]
