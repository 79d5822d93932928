"""Headings, sections and lines (resume_lens.sections)."""

from __future__ import annotations

import copy

import pytest

from resume_lens.errors import RuleFileError
from resume_lens.sections import find_sections, heading_name, parse_heading_rules, split_lines
from resume_lens.segment import segment
from resume_lens.titles import read_rule_file


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("EXPERIENCE", "experience"),
        ("Work Experience", "experience"),
        ("Professional Experience:", "experience"),
        ("## Experience", "experience"),
        ("**Experience**", "experience"),
        ("— EXPERIENCE —", "experience"),
        ("Employment History", "experience"),
        ("Career", "experience"),
        ("Profile", "summary"),
        ("About me", "summary"),
        ("Summary", "summary"),
        ("Technical Skills", "skills"),
        ("Core Competencies", "skills"),
        ("Tools", "skills"),
        ("Selected Projects", "projects"),
        ("Personal Projects", "projects"),
        ("Courses", "education"),
        ("EDUCATION", "education"),
        ("Licenses & Certifications", "certifications"),
        ("Publications", "publications"),
        ("Awards", "other"),
        ("Honors & Awards", "other"),
        ("Interests", "other"),
        ("Languages", "other"),
        ("Volunteering", "other"),
    ],
)
def test_heading_aliases(line: str, name: str) -> None:
    assert heading_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "ACME CORP",
        "Machine Learning Engineer",
        "Experience.",
        "Skills: Python, SQL",
        "Experience in six teams of ML",
    ],
)
def test_not_headings(line: str) -> None:
    assert heading_name(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("RESEARCH AND INTERN EXPERIENCE", "experience"),
        ("Machine Learning Experience", "experience"),
        ("Relevant Industry Experience:", "experience"),
        ("Volunteer Experience", "other"),
        ("LEADERSHIP EXPERIENCE", "other"),
        ("5 years experience", None),
        ("Selected engagements (2021 – present, self-employed)", "experience"),
        ("WHERE I HAVE WORKED", "experience"),
        ("Python (advanced)", None),
    ],
)
def test_unknown_headings_ending_in_experience(line: str, name: str | None) -> None:
    assert heading_name(line) == name


def test_generic_all_caps_heading_only_after_a_known_heading() -> None:
    assert heading_name("CHESS ACHIEVEMENTS", after_heading=True) == "other"
    assert heading_name("CHESS ACHIEVEMENTS", after_heading=False) is None


TEXT = """Jane Doe
Machine Learning Engineer | Berlin

## Summary
ML Engineer with 5 years of experience.

Work Experience:
ML Engineer — Acme Corp (Mar 2021 – Present)
• Deployed a fraud model
ACME CORP
- Built monitoring

Technical Skills
Python, SQL

Education
MSc Computer Science, 2019
"""


def test_sections_names_headings_and_offsets() -> None:
    sections = find_sections(TEXT)
    assert [(s.name, s.heading) for s in sections] == [
        ("header", ""),
        ("summary", "## Summary"),
        ("experience", "Work Experience:"),
        ("skills", "Technical Skills"),
        ("education", "Education"),
    ]
    for s in sections:
        assert TEXT[s.start : s.start + len(s.heading)] == s.heading
    assert TEXT[sections[0].start : sections[0].end] == "Jane Doe\nMachine Learning Engineer | Berlin"
    assert TEXT[sections[-1].start : sections[-1].end] == "Education\nMSc Computer Science, 2019"
    assert TEXT[sections[2].start : sections[2].end].endswith("- Built monitoring")


def test_all_caps_company_inside_experience_is_not_a_heading() -> None:
    s = segment(TEXT)
    acme = [ln for ln in s.lines if ln.text == "ACME CORP"]
    assert len(acme) == 1 and acme[0].section == "experience"


def test_split_lines_strips_markers_and_keeps_offsets() -> None:
    text = "• one\n- two\n* three\n  – four\n▪ five\n◦ six\n•\n-5% cost\n"
    lines = split_lines(text)
    assert [(ln.text, ln.bullet) for ln in lines] == [
        ("one", True),
        ("two", True),
        ("three", True),
        ("four", True),
        ("five", True),
        ("six", True),
        ("-5% cost", False),
    ]
    for ln in lines:
        assert text[ln.start : ln.end] == ln.text


def test_lines_hold_every_non_heading_line_with_its_section() -> None:
    s = segment(TEXT)
    for ln in s.lines:
        assert TEXT[ln.start : ln.end] == ln.text
    assert [ln.section for ln in s.lines if ln.text in ("Deployed a fraud model", "Python, SQL")] == [
        "experience",
        "skills",
    ]
    headings = {sec.heading for sec in s.sections}
    assert not any(ln.text in headings for ln in s.lines)
    assert len(s.lines) == 9


def test_no_heading_means_one_header_section() -> None:
    text = "Jane Doe\nSome text"
    assert [(s.name, s.start, s.end) for s in find_sections(text)] == [("header", 0, len(text))]


def test_empty_text() -> None:
    s = segment("")
    assert (s.sections, s.positions, s.lines, s.claims, s.headline) == ((), (), (), (), None)


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d["sections"].update(hobbies=["hobbies"]), "sections.hobbies"),
        (lambda d: d["sections"]["skills"].append("Tools & Tech"), r"sections.skills\[\d+\]"),
        (lambda d: d["sections"]["other"].append("experience"), r"sections.other\[\d+\]"),
        (lambda d: d.update(generic_words=["awards"]), "generic_words"),
    ],
)
def test_bad_heading_file_names_file_and_key(mutate, key: str) -> None:
    data = copy.deepcopy(read_rule_file("section_headings.json"))
    mutate(data)
    with pytest.raises(RuleFileError, match=r"section_headings\.json, key " + key):
        parse_heading_rules(data)
