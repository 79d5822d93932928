"""Position and claim shapes found on real public resumes (probe of session 10): list-item position
headers, "Developer, Machine Learning", "I'm <name>, a …" summaries, "|"-separated taglines, an
organisation named after a field on the date line, and the organisation written next to the title.

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

import pytest
from structure_checks import assert_offsets

from resume_lens.claims import find_headline
from resume_lens.sections import find_sections, split_lines
from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure
from resume_lens.titles import classify_title

WORK = (
    "- Trained churn models in Jupyter notebooks reaching 0.81 AUC.\n"
    "- Presented the findings to the marketing team.\n"
)


def _seg(body: str, *, summary: str = "") -> tuple[str, ResumeStructure]:
    text = "Jane Doe\n\n" + (f"SUMMARY\n{summary}\n\n" if summary else "") + "EXPERIENCE\n" + body
    s = segment(text)
    assert_offsets(text, s)
    return text, s


def _rows(s: ResumeStructure) -> list[tuple[str, str | None, str | None, str | None, int]]:
    return [(p.title, p.organization, p.start_date, p.end_date, len(p.bullets)) for p in s.positions]


def _claims(s: ResumeStructure) -> list[tuple[str, str]]:
    return [(c.title, c.source) for c in s.claims]


# ------------------------------------------------------------------ list items as position headers


def test_dates_first_list_item_header() -> None:
    _, s = _seg("- 2019.07 - 2020.12, Machine Learning Engineer, TSMC, Hsinchu\n" + WORK)
    assert _rows(s) == [("Machine Learning Engineer", "TSMC", "2019-07", "2020-12", 2)]
    assert _claims(s) == [("Machine Learning Engineer", "position")]
    assert [b.text for b in s.positions[0].bullets][0].startswith("Trained churn models")


def test_dates_first_header_without_list_marker_gets_the_acronym_employer() -> None:
    _, s = _seg("2019.07 - 2020.12  Machine Learning Engineer, TSMC, Hsinchu\n" + WORK)
    assert _rows(s) == [("Machine Learning Engineer", "TSMC", "2019-07", "2020-12", 2)]


def test_list_item_header_with_dates_on_the_next_indented_line() -> None:
    _, s = _seg("- Machine Learning Engineer, Acme Corp, Berlin\n  Jan 2022 - Present\n" + WORK)
    assert _rows(s) == [("Machine Learning Engineer", "Acme Corp", "2022-01", "present", 2)]
    assert _claims(s) == [("Machine Learning Engineer", "position")]


def test_markdown_list_of_entries_with_nested_bullets() -> None:
    body = (
        "- **Data Engineer**, Northwind Ltd, 2023 – present\n"
        "  - Built the nightly Airflow loads for the sales tables.\n"
        "  - Moved the warehouse to BigQuery.\n"
        "- **Data Analyst**, Contoso, 2019 – 2022\n"
        "  - Weekly KPI dashboards in Tableau.\n"
        "- **Analyst Intern**, Fabrikam, summer 2018\n"
        "  - Cleaned survey data in Excel.\n"
    )
    _, s = _seg(body)
    assert _rows(s) == [
        ("Data Engineer", "Northwind Ltd", "2023-01", "present", 2),
        ("Data Analyst", "Contoso", "2019-01", "2022-12", 1),
        ("Analyst Intern", "Fabrikam", "2018-06", "2018-08", 1),
    ]
    assert s.claims == ()


@pytest.mark.parametrize(
    "bullet",
    [
        "- 2019: won the regional hackathon with a churn model",
        "- 2019 - 2020: led the migration of the reporting jobs",
        "- Python, SQL, Docker",
        "- Promoted to Senior ML Engineer in 2021",
        "- Machine Learning Engineer interviews: sat on 40 panels in 2022",
        "- Worked with the Machine Learning Engineer team, 2020 - 2021",
    ],
)
def test_work_bullets_stay_bullets(bullet: str) -> None:
    _, s = _seg("Data Analyst | Acme | Jan 2020 - Present\n" + bullet + "\n" + WORK)
    assert _rows(s) == [("Data Analyst", "Acme", "2020-01", "present", 3)]
    assert s.claims == ()


def test_title_list_item_without_a_date_line_below_stays_a_bullet() -> None:
    # only the date line below makes a dateless title item a header
    _, s = _seg("Data Analyst | Acme | Jan 2020 - Present\n- Machine Learning Engineer, Acme Corp\n" + WORK)
    assert _rows(s) == [("Data Analyst", "Acme", "2020-01", "present", 3)]
    assert s.claims == ()


# ------------------------------------------------------------------ "Developer, Machine Learning"


def test_developer_qualified_by_machine_learning_is_a_claim() -> None:
    _, s = _seg("Developer, Machine Learning | Acme | Jan 2022 - Present\n" + WORK)
    assert _rows(s) == [("Developer, Machine Learning", "Acme", "2022-01", "present", 2)]
    assert _claims(s) == [("Developer, Machine Learning", "position")]
    assert s.positions[0].title_family == "ml_engineer"


def test_developer_with_title_and_employer_lines() -> None:
    body = "Developer, Machine Learning\nKinaxis - Co-op | Ottawa, Canada | Jan 2026 - Aug 2026\n" + WORK
    _, s = _seg(body)
    assert _rows(s) == [("Developer, Machine Learning", "Kinaxis", "2026-01", "2026-08", 2)]


@pytest.mark.parametrize(
    ("title", "family", "claim"),
    [
        ("Developer, Machine Learning", "ml_engineer", True),
        ("Software Developer - ML", "ml_engineer", True),
        ("Developer, AI/ML", "ml_engineer", True),
        ("Developer, Workflow Intelligence & AI Automation", "software_engineer", False),
        ("Developer, AI Automation", "software_engineer", False),
        ("Backend Engineer | ML Systems Expert", "software_engineer", False),
        ("Software Engineer, Machine Learning", "ml_engineer", True),
    ],
)
def test_qualified_developer_titles(title: str, family: str, claim: bool) -> None:
    m = classify_title(title)
    assert (m.family, m.is_ml_claim) == (family, claim)


def test_ai_automation_developer_is_no_claim() -> None:
    _, s = _seg("Developer, Workflow Intelligence & AI Automation\nAcme | Jan 2022 - Present\n" + WORK)
    assert [(p.title, p.title_family) for p in s.positions] == [("Developer", "software_engineer")]
    assert s.claims == ()


# ------------------------------------------------------------------ summaries and taglines


@pytest.mark.parametrize(
    "summary",
    [
        "I'm Jane, a Machine Learning Engineer with expertise in NLP.",
        "I am Jane Doe, an ML Engineer who ships ranking models.",
        "Hi, I\u2019m Jane, a Machine Learning Engineer based in Lisbon.",
        "My name is Jane, a Machine Learning Engineer.",
    ],
)
def test_name_then_title_summary_is_a_headline_claim(summary: str) -> None:
    _, s = _seg("Data Analyst | Acme | Jan 2022 - Present\n" + WORK, summary=summary)
    assert s.claims[0].source == "headline"
    assert s.claims[0].title in ("Machine Learning Engineer", "ML Engineer")
    assert s.claims[0].title_family == "ml_engineer"


@pytest.mark.parametrize(
    "summary",
    [
        "I'm passionate about machine learning engineering.",
        "I'm thankful to Bob, a Machine Learning Engineer who mentored me.",
        "I'm Jane, and I worked with a Machine Learning Engineer on churn.",
        "I'm Jane, an aspiring Machine Learning Engineer.",
    ],
)
def test_summaries_that_are_not_claims(summary: str) -> None:
    _, s = _seg("Data Analyst | Acme | Jan 2022 - Present\n" + WORK, summary=summary)
    assert s.claims == ()


def test_research_engineer_tagline_is_no_claim_and_never_spans_a_bar() -> None:
    text = "Jane Doe\nAI Research Engineer | ML Systems Expert | PhD(c) in AI\n\nEXPERIENCE\n" + (
        "Data Analyst | Acme | Jan 2022 - Present\n" + WORK
    )
    s = segment(text)
    assert s.claims == ()
    assert s.headline == "AI Research Engineer | ML Systems Expert | PhD(c) in AI"


@pytest.mark.parametrize(
    ("tagline", "claim"),
    [
        ("Data Scientist | Machine Learning Engineer", "Machine Learning Engineer"),
        ("AI/ML Engineer | Data Science | Generative AI | MLOps", "AI/ML Engineer"),
        ("Backend Engineer | ML Engineer | Berlin", "ML Engineer"),
        ("Data Scientist / ML Engineer", "Data Scientist / ML Engineer"),
    ],
)
def test_tagline_claim_is_one_clean_part(tagline: str, claim: str) -> None:
    text = f"Jane Doe\n{tagline}\n\nEXPERIENCE\nData Analyst | Acme | Jan 2022 - Present\n{WORK}"
    found = find_headline(text, find_sections(text, split_lines(text)))
    assert found.claim is not None
    assert found.claim.title == claim
    assert text[found.claim.start : found.claim.end] == claim


def test_backend_engineer_tagline_with_ml_words_is_no_claim() -> None:
    text = (
        "Jane Doe\nBackend Engineer | ML Systems Expert\n\n"
        f"EXPERIENCE\nData Analyst | Acme | 2022 - 2023\n{WORK}"
    )
    assert segment(text).claims == ()


# ------------------------------------------------------------------ organisation lines


def test_field_named_organisation_on_the_date_line_is_the_employer() -> None:
    body = (
        "Applied Scientist Consultant\n"
        "Woods Coffee | Data Science Society at UW | Jan 2026 \u2013 Present\n" + WORK
    )
    _, s = _seg(body)
    assert _rows(s) == [("Applied Scientist Consultant", "Woods Coffee", "2026-01", "present", 2)]
    assert _claims(s) == [("Applied Scientist Consultant", "position")]


@pytest.mark.parametrize(
    ("part", "is_title"),
    [
        ("Data Science Society", False),
        ("Data Science Lab", False),
        ("Machine Learning Club", False),
        ("Data Science Lead", True),
        ("Head of Data Science", True),
    ],
)
def test_organisation_named_after_a_field_is_not_a_title(part: str, is_title: bool) -> None:
    _, s = _seg(f"Volunteer Tutor | {part} | 2020 - 2022\n" + WORK)
    p = s.positions[0]
    assert (p.title, p.organization) == ((part, "Volunteer Tutor") if is_title else ("Volunteer Tutor", part))


def test_header_with_only_a_field_named_organisation_has_no_title_family() -> None:
    _, s = _seg("Data Science Society at UW | 2020 - 2022\n" + WORK)
    assert [(p.title_family, p.start_date) for p in s.positions] == [("other", "2020-01")]


@pytest.mark.parametrize(
    ("header", "title", "org"),
    [
        (
            "Tech Mahindra -- AI Engineer Intern    Jun 2026 - Present, Pune",
            "AI Engineer Intern",
            "Tech Mahindra",
        ),
        ("Research Scientist (Intern), TSMC, Hsinchu, Taiwan, 2022 - 2025", "Research Scientist", "TSMC"),
        (
            "Teaching assistant (volunteer), HUST Data Science Club 2022 \u2013 2024",
            "Teaching assistant",
            "HUST Data Science Club",
        ),
        ("Software Engineer, QWERX, Inc. | 2023 - 2024", "Software Engineer", "QWERX, Inc."),
        (
            "LLM Engineer (contract) \u2014 NovaMind Studio, remote \u2014 Feb 2024 \u2013 Jun 2024",
            "LLM Engineer",
            "NovaMind Studio",
        ),
        ("Data Scientist - I | Bengaluru, India | 2022 - 2024", "Data Scientist", None),
        ("ML Engineer, Mountain View, CA, 2021 - 2022", "ML Engineer", None),
    ],
)
def test_organisation_beside_the_title(header: str, title: str, org: str | None) -> None:
    _, s = _seg(header + "\n" + WORK)
    assert [(p.title, p.organization) for p in s.positions] == [(title, org)]


def test_award_list_item_named_after_a_role_is_no_position() -> None:
    text = (
        "Jane Doe\n\nEXPERIENCE\nResearch Scientist | Acme Labs | 2021 - Present\n"
        + WORK
        + "\nGRANTS AND AWARDS\n"
        "- Young Researcher Grant, National Research Foundation, 2022 \u2013 2025\n"
        "- Best Paper Honorable Mention, KCCV 2021\n- Outstanding Reviewer, ECCV 2022\n"
    )
    s = segment(text)
    assert [(p.title, len(p.bullets)) for p in s.positions] == [("Research Scientist", 2)]
