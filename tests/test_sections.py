"""Headings, sections and lines (resume_lens.sections)."""

from __future__ import annotations

import copy

import pytest

from resume_lens.errors import RuleFileError
from resume_lens.rule_files import read_rule_file
from resume_lens.sections import find_sections, heading_name, parse_heading_rules, split_lines
from resume_lens.segment import segment


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
        # issue 5 item 3: combined and Japanese headings of the template PDFs
        ("EXPERIENCE AND EDUCATION", "experience"),
        ("RESEARCH PROJECTS", "projects"),
        ("職歴", "experience"),
        ("【職務経歴】", "experience"),
        ("職務経歴書", "experience"),
        ("学歴", "education"),
        ("学歴・職歴(名別にまとめて書く)", "education"),
        ("免許・資格", "certifications"),
        ("【資格・特技】", "certifications"),
        ("【職歴要約】", "summary"),
        ("【自己PR】", "summary"),
        ("【経験・スキル】", "skills"),
        ("LIFE PHILOSOPHY", "other"),
        ("MOST PROUD OF", "other"),
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
        "software (Java)",  # the wrapped end of "co-developed software (Java)"
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
    text = (
        "• one\n- two\n* three\n  – four\n▪ five\n◦ six\n•\n-5% cost\n"
        "→ seven\n⇒ eight\n→B arrow\n  + nine\n+5% lift\n"
    )
    lines = split_lines(text)
    assert [(ln.text, ln.bullet) for ln in lines] == [
        ("one", True),
        ("two", True),
        ("three", True),
        ("four", True),
        ("five", True),
        ("six", True),
        ("-5% cost", False),
        ("seven", True),
        ("eight", True),
        ("→B arrow", False),
        ("nine", True),
        ("+5% lift", False),
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
        # a header-like block must be an alias of the 'other' section
        (lambda d: d["header_like"].append("summary"), r"header_like\[\d+\]"),
        (lambda d: d.update(header_like="contact"), "header_like"),
    ],
)
def test_bad_heading_file_names_file_and_key(mutate, key: str) -> None:
    data = copy.deepcopy(read_rule_file("section_headings.json"))
    mutate(data)
    with pytest.raises(RuleFileError, match=r"section_headings\.json, key " + key):
        parse_heading_rules(data)


def test_a_title_under_its_dates_is_no_heading() -> None:
    # Europass: "Internship" is the title of the entry dated just above it, not a new section
    text = (
        "Work Experience\nMarch 2002 – July 2002\nInternship\nEuropean Commission\n\nInternships\nLab work\n"
    )
    assert [(s.name, s.heading) for s in find_sections(text)] == [
        ("experience", "Work Experience"),
        ("experience", "Internships"),  # after a blank line, a heading of the same name stays one
    ]
    # a heading of another section under a date line is still a heading
    text = "Experience\nML Engineer, Acme, 2019 – 2021\nEducation\nMSc, 2018\n"
    assert [s.name for s in find_sections(text)] == ["experience", "education"]


def test_the_kind_of_job_under_its_title_is_no_heading() -> None:
    # a portfolio prints the title, then "Freelance" (also an experience heading), then the dates
    text = (
        "Experience\n\nMachine Learning Engineer\nFreelance\nJan 2024 - Mar 2024\nBuilt an accent model.\n"
        "\nFreelance\nLogo design for two shops\n"
    )
    assert [(s.name, s.heading) for s in find_sections(text)] == [
        ("experience", "Experience"),
        ("experience", "Freelance"),  # after a blank line it stays a heading
    ]
    # under a line that is no title it is a heading as before
    text = "Experience\nAcme Corp\nFreelance\nLogo design\n"
    assert [s.heading for s in find_sections(text)] == ["Experience", "Freelance"]


RESUMED = """Jane Doe

WORK EXPERIENCE
ML Engineer
Jan 2020 - Present
- Built the ranking service
- Shipped it to production

EDUCATION
2009 - 2011
M.Sc. Physics
University of Bonn
Thesis on numerical time series analysis.

Data Engineer
Mar 2017 - Dec 2019
Acme Corp
- Built the pipelines
- Ran Airflow

CERTIFICATIONS
AWS Certified Developer
"""


def test_experience_goes_on_after_a_sidebar_heading() -> None:
    # latexcv sidebarleft: on page 2 the sidebar's EDUCATION comes before the main column's next
    # positions in reading order; they are still experience, in a section without a heading
    s = segment(RESUMED)
    assert [(sec.name, sec.heading) for sec in s.sections] == [
        ("header", ""),
        ("experience", "WORK EXPERIENCE"),
        ("education", "EDUCATION"),
        ("experience", ""),
        ("certifications", "CERTIFICATIONS"),
    ]
    edu, resumed = s.sections[2], s.sections[3]
    assert RESUMED[edu.start : edu.end].endswith("Thesis on numerical time series analysis.")
    assert RESUMED[resumed.start : resumed.end] == (
        "Data Engineer\nMar 2017 - Dec 2019\nAcme Corp\n- Built the pipelines\n- Ran Airflow"
    )
    got = [(p.title, p.start_date, p.end_date, len(p.bullets)) for p in s.positions]
    assert got == [("ML Engineer", "2020-01", "present", 2), ("Data Engineer", "2017-03", "2019-12", 2)]
    by_text = {ln.text: ln for ln in s.lines}
    assert (by_text["Ran Airflow"].section, by_text["Ran Airflow"].position_index) == ("experience", 1)
    assert by_text["M.Sc. Physics"].section == "education"


def test_positions_without_any_experience_heading() -> None:
    text = (
        "Noa Levi\nBackend engineer in payments.\n\n"
        "Software Engineer — Kesher Pay\nSeptember 2022 – present\n- Own the payouts service\n"
        "- Serve the fraud model over gRPC\n\nEducation\nBSc Computer Science, 2016\n"
    )
    s = segment(text)
    assert [(sec.name, sec.heading) for sec in s.sections] == [
        ("header", ""),
        ("experience", ""),
        ("education", "Education"),
    ]
    assert [(p.title, p.organization, p.start_date) for p in s.positions] == [
        ("Software Engineer", "Kesher Pay", "2022-09")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a student title alone is too weak a sign ("Best Student Paper nomination" under awards)
        "Awards\nBest Student Paper nomination\nInterspeech, 2020 – 2022\n- shortlisted\n- invited talk\n",
        # an entry with a single bullet is not beyond doubt
        "Teaching\nData Engineer\nMar 2017 - Dec 2019\n- Built the pipelines\n",
        # skills, projects and publications are never positions
        "Projects\nLead Developer\nMar 2017 - Dec 2019\n- Built the app\n- Shipped it\n",
    ],
)
def test_no_positions_outside_experience_without_clear_signs(body: str) -> None:
    s = segment("Jane Doe\n\nExperience\nML Engineer, Acme, 2020 – 2023\n- Built X\n\n" + body)
    assert [sec.name for sec in s.sections].count("experience") == 1
    assert [p.title for p in s.positions] == ["ML Engineer"]


def test_a_mixed_case_label_under_capital_headings_is_no_heading() -> None:
    # latexcv minimalistic: every project prints a "Publications:" label under headings in capitals
    text = (
        "Jan Doe\n\nPUBLICATIONS\nDoe, J. (2024). A paper.\n\nRESEARCH PROJECTS\nlea.online\n"
        "University of Bremen | 2019 - 2023\nPublications:\nDoe, J. (2023). Another paper.\n\n"
        "CARO\nUniversity of Bremen | 2016 - 2019\n\nEDUCATION\nM.Sc. Digital Media\n"
    )
    got = [(s.name, s.heading) for s in find_sections(text)]
    assert got == [
        ("header", ""),
        ("publications", "PUBLICATIONS"),
        ("projects", "RESEARCH PROJECTS"),
        ("education", "EDUCATION"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one capital heading before it is too little to know the resume's style
        "Jan Doe\nEXPERIENCE\nData Analyst, Acme\nSkills:\nSQL, Python\n",
        # headings in mixed case: "Skills:" is one of them
        "Jan Doe\nEXPERIENCE\nData Analyst, Acme\nEducation\nBSc\nSkills:\nSQL, Python\n",
    ],
)
def test_a_colon_heading_is_kept_unless_the_headings_are_all_capitals(text: str) -> None:
    assert [s.name for s in find_sections(text)][-1] == "skills"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the seventh writer's headings (corpora/resumes/h_*)
        ("What I do now", "experience"),  # h_002: a prose resume's plain-language headings
        ("Before this", "experience"),
        ("Study", "education"),
        ("Things I use", "skills"),
        ("Co-op experience", "experience"),  # h_007: sentence case, so the capitalised-tail rule misses it
        ("## Appointments", "experience"),  # h_050: an academic CV's positions
        ("## Research interests", "summary"),
        ("Research profile", "summary"),
        ("## Datasets and software", "projects"),
        ("## Students supervised", "other"),
        ("Military service", "other"),  # never read as a position
        ("KNOW-HOW", "skills"),
        ("ABOUT MYSELF", "summary"),
        ("## In short", "summary"),
        ("TRAJECTORY", "experience"),
        ("KAGGLE", "projects"),
        # monolingual French headings (h_012)
        ("## Missions", "experience"),
        ("## Formation", "education"),
        ("## Langues", "other"),
        ("Berufserfahrung", "experience"),
        ("Experiencia profesional", "experience"),
        # square brackets are decoration (h_015)
        ("[Experience]", "experience"),
        ("[Language]", "other"),
        # bilingual headings: the first part that is an alias names the section (h_055, h_058, h_012)
        ("EDUCACIÓN / EDUCATION", "education"),
        ("HERRAMIENTAS / TOOLS", "skills"),
        ("IDIOMAS / LANGUAGES", "other"),
        ("PRÁCTICAS / INTERNSHIP", "experience"),
        ("PROYECTOS ACADÉMICOS / ACADEMIC PROJECTS", "projects"),
        ("## Compétences / Skills", "skills"),
        ("EXPERIENCIA LABORAL / WORK EXPERIENCE", "experience"),
        ("Ausbildung / Formación", "education"),  # both parts known: the first one decides
        ("WORK HISTORY / EDUCATION", "experience"),
        ("Werdegang / Experience", "experience"),  # only the second part is known
    ],
)
def test_new_heading_aliases(line: str, name: str) -> None:
    assert heading_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "I study part-time",  # the alias word inside a sentence
        "Before this role I was a tester",
        "Study.",  # a sentence
        "Data Scientist / ML Engineer",  # a slash between parts that are no aliases
        "Python / SQL / Docker",
        "Skills/Tools",  # no spaces around the slash: one unknown word, as before
        "Experiencia laboral relevante en seis equipos / Work",  # a part of more than 5 words
        "[Experience in six teams of ML]",
    ],
)
def test_new_aliases_only_as_a_whole_heading_line(line: str) -> None:
    assert heading_name(line) is None


def test_prose_resume_headings_split_its_sections() -> None:
    # h_002_hamilton_dairy_coop.txt, shortened
    text = (
        "Aroha W\nHamilton, New Zealand\n\n"
        "What I do now\n\nMachine Learning Engineer, Waikato Dairy, Hamilton.\n\n"
        "Before this\n\nData Analyst, Waikato Dairy, 2019–22. Monthly reports.\n\nStudy\n\n"
        "BSc (Statistics), University of Waikato, 2015.\n\nThings I use\n\nPython, R, SQL Server.\n"
    )
    got = [(s.name, s.heading) for s in find_sections(text)]
    assert got == [
        ("header", ""),
        ("experience", "What I do now"),
        ("experience", "Before this"),
        ("education", "Study"),
        ("skills", "Things I use"),
    ]
