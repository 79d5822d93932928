"""Position, title and claim shapes from the fifth probe of real resumes (session 12):

1. An employer-and-dates line, then a title line that ends with a period ("Corp, City, ST (2019 --
   2023)" / "Senior Applied Scientist (L6)."): the title line is the entry's title, not a bullet, and
   an internship under the same layout with a season date ("Lab, City, ST (Summer 2007)") is an entry
   of its own instead of lines of the job above.
2. An employer line that ends with one date and a period ("Corp, London UK, Feb 2022.") above a title
   that opens a line of description ("Machine Learning Engineer (Ads team) Cross-functional team
   ..."): the entry is read, and as the top entry its single month is a start that goes on
   (``present``); a date that opens a timeline entry stays its own start and end.
3. A software title with a level and an AI & ML qualifier ("Software Engineer II/AI & Machine
   Learning") is an ML-engineer claim (rubric §1: "Software Engineer – AI/ML").
4. A head word shared over three parts ("ML / Backend / DevOps Engineer") is an ML Engineer headline
   claim; "Frontend / Backend Engineer" is none.
5. A short event note with a date under a title ("Acquired by Globex January 2020") is a line of
   work, not the entry's dates; an undated entry that opens the section with its employer line and
   a title in parts ("Senior Staff (IC7) and Data Lead, AI Research") keeps its lines.
6. An entry whose header names a personal, side or capstone project ("AI/ML Engineer - Doc Search
   Assistant (Personal Project with a university)") is a project: its lines are in a ``projects``
   section and its title is no position claim.

Employer lines are split at "|" and dashes, not at commas or parentheses, when the organization is
picked ("Globex | Bay Area, CA" is Globex; "Council of Trade, Lyon (France)" stays one employer).

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

import pytest
from structure_checks import bullet_texts as _bullets
from structure_checks import claim_rows as _claims
from structure_checks import position_rows as _rows
from structure_checks import segmented as _seg

from resume_lens.titles import classify_title, find_titles, is_project_entry

# ------------------------------------------------------------- 1. title line ending with a period

DEFINITION_LIST = (
    "Professional Experience\n\n"
    "Orinoco Retail, Seattle, WA (2019 -- 2023)\n"
    "Senior Applied Scientist (L6).\n"
    "- Trained ranking models for the storefront search.\n"
    "- Shipped a query classifier behind an online A/B test.\n\n"
    "Tarn University, Duluth, MN (2012 -- 2019)\n"
    "Research Scientist.\n"
    "- Ran user studies on a movie recommender.\n\n"
    "Kestrel Labs, Palo Alto, CA (Summer 2007)\n"
    "Research Intern.\n"
    "- Built a kiosk prototype.\n\n"
    "Early Career (1998 -- 2003)\n"
    "Software Engineer for Fabrikam (billing systems) and Contoso (web tools).\n"
)


def test_title_line_with_a_final_period_under_the_dates_line() -> None:
    s = _seg(DEFINITION_LIST)
    assert _rows(s) == [
        ("Senior Applied Scientist", "Orinoco Retail", "2019-01", "2023-12", "applied_scientist"),
        ("Research Scientist", "Tarn University", "2012-01", "2019-12", "research_scientist"),
        ("Research Intern", "Kestrel Labs", "2007-06", "2007-08", "research_scientist"),
        # "Software Engineer for Fabrikam ..." goes on with "for": a sentence, not a title line
        ("Early Career", None, "1998-01", "2003-12", "other"),
    ]
    assert _bullets(s, 0) == [
        "Trained ranking models for the storefront search.",
        "Shipped a query classifier behind an online A/B test.",
    ]
    assert _bullets(s, 1) == ["Ran user studies on a movie recommender."]
    assert _bullets(s, 2) == ["Built a kiosk prototype."]
    assert _bullets(s, 3) == ["Software Engineer for Fabrikam (billing systems) and Contoso (web tools)."]
    # Applied Scientist is a claim family (rubric §1)
    assert _claims(s) == [("Senior Applied Scientist", "position", 0, "2019-01", "2023-12")]


def test_dates_on_their_own_line_between_employer_and_period_title() -> None:
    text = (
        "Experience\n"
        "Orinoco Retail, Seattle, WA\n"
        "(2019 -- 2023)\n"
        "Machine Learning Engineer.\n"
        "- Served a ranking model to 3M shoppers a day.\n"
    )
    s = _seg(text)
    assert _rows(s) == [("Machine Learning Engineer", "Orinoco Retail", "2019-01", "2023-12", "ml_engineer")]
    assert _bullets(s, 0) == ["Served a ranking model to 3M shoppers a day."]
    assert _claims(s) == [("Machine Learning Engineer", "position", 0, "2019-01", "2023-12")]


def test_sentence_with_a_period_under_dates_stays_a_bullet() -> None:
    # near miss: a sentence in title case under the dates line is no title
    text = (
        "Experience\n"
        "Orinoco Retail, Seattle, WA (2019 -- 2023)\n"
        "Owned Search Relevance Models.\n"
        "- Built a ranking model.\n"
    )
    s = _seg(text)
    assert [p.title_family for p in s.positions] == ["other"]
    assert "Owned Search Relevance Models." in _bullets(s, 0)
    assert s.claims == ()


# ------------------------------------------------- 2. single date then a title opening description

SINGLE_DATE = (
    "Experience\n\n"
    "Skyfare, London UK, Feb 2022.\n"
    "Machine Learning Engineer (Growth team - bidding) Cross-functional team running prediction "
    "pipelines for bidding on cloud infrastructure\n"
    "- Led a shared QA library used by four teams.\n"
    "- Migrated legacy jobs into scheduled DAGs.\n\n"
    "Armature, Cambridge UK, November 2020 -- Jan 2022.\n"
    "Software Engineer, Vision Group\n"
    "- Built a data generator for video datasets.\n"
)


def test_single_date_employer_line_and_title_opening_a_description() -> None:
    s = _seg(SINGLE_DATE)
    assert [(p.title, p.start_date, p.end_date, p.title_family) for p in s.positions] == [
        ("Machine Learning Engineer", "2022-02", "present", "ml_engineer"),
        ("Software Engineer", "2020-11", "2022-01", "software_engineer"),
    ]
    assert _bullets(s, 0) == [
        "Led a shared QA library used by four teams.",
        "Migrated legacy jobs into scheduled DAGs.",
    ]
    assert not [ln for ln in s.lines if ln.section == "experience" and ln.position_index is None]
    assert _claims(s) == [("Machine Learning Engineer", "position", 0, "2022-02", "present")]


def test_single_date_of_a_lower_entry_is_its_own_start_and_end() -> None:
    text = (
        "Experience\n"
        "Orinoco Retail, Seattle, WA (2019 -- 2023)\n"
        "Data Scientist\n"
        "- Built forecasts.\n\n"
        "Kestrel Labs, Palo Alto, CA, March 2018.\n"
        "Machine Learning Engineer (contract) Four-week engagement on a fraud model\n"
        "- Tuned a fraud model.\n"
    )
    s = _seg(text)
    assert [(p.title, p.start_date, p.end_date) for p in s.positions] == [
        ("Data Scientist", "2019-01", "2023-12"),
        ("Machine Learning Engineer", "2018-03", "2018-03"),
    ]
    assert _bullets(s, 1) == ["Tuned a fraud model."]


def test_title_going_on_with_a_word_is_no_opening_title() -> None:
    # near miss: "Machine Learning Engineer working on ..." has no separator after the title
    text = (
        "Experience\n"
        "Skyfare, London UK, Feb 2022.\n"
        "Machine Learning Engineer working on bidding models for the growth team in a squad\n"
        "- Built a pipeline.\n"
    )
    s = _seg(text)
    assert all(p.title_family != "ml_engineer" for p in s.positions)
    assert s.claims == ()


def test_sentence_with_a_date_is_not_a_header() -> None:
    # near miss: a prose line that ends in a date and a period is no employer line
    text = (
        "Experience\n"
        "Data Scientist | Orinoco Retail | 2019 - 2023\n"
        "- Built forecasts.\n"
        "Shipped the forecasting service in March 2023.\n"
    )
    s = _seg(text)
    assert [(p.title, p.start_date, p.end_date) for p in s.positions] == [
        ("Data Scientist", "2019-01", "2023-12")
    ]
    assert _bullets(s, 0) == ["Built forecasts.", "Shipped the forecasting service in March 2023."]


# --------------------------------------------------------- 3. level and "AI & ML" qualifier


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Software Engineer II/AI & Machine Learning", "ml_engineer"),
        ("Software Engineer I /AI & Machine Learning", "ml_engineer"),
        ("Software Engineer 2, Machine Learning", "ml_engineer"),
        ("Software Engineer III - AI/ML", "ml_engineer"),
        ("Software Engineer II - AI", "ai_engineer"),
        ("Software Engineer II", "software_engineer"),
        ("Software Engineer II/Frontend", "software_engineer"),
    ],
)
def test_level_before_an_ml_qualifier(title: str, family: str) -> None:
    m = classify_title(title)
    assert m.family == family
    assert m.is_ml_claim is (family in ("ml_engineer", "ai_engineer"))


def test_software_engineer_with_ai_and_ml_qualifier_is_a_position_claim() -> None:
    text = (
        "Experience\n"
        "Software Engineer II/AI & Machine Learning [Jan 2022 - Present]\n"
        "- Deployed document models on serverless functions.\n"
        "Jr. Software Engineer [Dec 2019 - Dec 2021]\n"
        "- Built a CRUD service.\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Software Engineer II/AI & Machine Learning", None, "2022-01", "present", "ml_engineer"),
        ("Jr. Software Engineer", None, "2019-12", "2021-12", "software_engineer"),
    ]
    assert _claims(s) == [("Software Engineer II/AI & Machine Learning", "position", 0, "2022-01", "present")]


# ------------------------------------------------------------- 4. shared head over three parts


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("ML / Backend / DevOps Engineer", "ml_engineer"),
        ("ML/Data/Platform Engineer", "ml_engineer"),
        ("Frontend / Backend Engineer", "software_engineer"),
        ("Frontend / Backend / DevOps Engineer", "software_engineer"),
    ],
)
def test_head_word_shared_over_three_parts(title: str, family: str) -> None:
    assert classify_title(title).family == family


def test_slash_combined_headline_claims_ml_engineer() -> None:
    text = (
        "Deniz K.\n\nSUMMARY\n"
        "ML / Backend / DevOps Engineer with a record of leading teams and automating releases.\n\n"
        "EXPERIENCE\nTeam Lead | Novacore | Oct 2023 - Present\n- Led five engineers.\n"
    )
    s = _seg(text)
    headline = [c for c in s.claims if c.source == "headline"]
    assert [(c.title, c.title_family) for c in headline] == [
        ("ML / Backend / DevOps Engineer", "ml_engineer")
    ]
    assert text[headline[0].start : headline[0].end] == "ML / Backend / DevOps Engineer"
    assert [(m.family, m.is_ml_claim) for m in find_titles("Frontend / Backend Engineer with 5 years")] == [
        ("software_engineer", False)
    ]


def test_frontend_backend_headline_is_no_claim() -> None:
    text = (
        "Deniz K.\n\nSUMMARY\n"
        "Frontend / Backend Engineer with a record of leading teams and automating releases.\n\n"
        "EXPERIENCE\nTeam Lead | Novacore | Oct 2023 - Present\n- Led five engineers.\n"
    )
    assert _seg(text).claims == ()


# ------------------------------------------- 5. event note with a date; undated opening entry

ORG_MODE = (
    "Experience\n\n"
    "GLOBEX | Bay Area, CA\n"
    "Senior Staff (IC7) and Data Lead, AI Research\n"
    "FAIRLAB\n"
    "- Scaling data pipelines for large models.\n"
    "Reality Research\n"
    "- Built a search API over video datasets.\n\n"
    "VANTA TECHNOLOGIES | London, UK\n"
    "Machine Learning Engineer\n"
    "Acquired by Globex January 2020\n"
    "- Deployed a localisation pipeline on cloud GPUs.\n\n"
    "NORTHWIND CONSULTING LLP | Reston, VA, USA\n"
    "Senior Consultant\n"
    "- Built graph analytics for a client.\n"
)


def test_event_note_with_a_date_is_a_bullet_not_the_dates() -> None:
    s = _seg(ORG_MODE)
    assert _rows(s) == [
        ("Senior Staff (IC7) and Data Lead", "GLOBEX", None, None, "other"),
        ("Machine Learning Engineer", "VANTA TECHNOLOGIES", None, None, "ml_engineer"),
        ("Senior Consultant", "NORTHWIND CONSULTING LLP", None, None, "other"),
    ]
    assert _bullets(s, 1) == [
        "Acquired by Globex January 2020",
        "Deployed a localisation pipeline on cloud GPUs.",
    ]
    assert _claims(s) == [("Machine Learning Engineer", "position", 1, None, None)]


def test_undated_opening_entry_keeps_its_lines() -> None:
    s = _seg(ORG_MODE)
    assert not [ln.text for ln in s.lines if ln.section == "experience" and ln.position_index is None]
    assert _bullets(s, 0) == [
        "Scaling data pipelines for large models.",
        "Reality Research",
        "Built a search API over video datasets.",
    ]


def test_date_line_in_parts_under_a_title_still_dates_it() -> None:
    # near miss: "Founding analyst -- became Fabrikam in 2018 -- July 2017" is a header line in parts
    text = (
        "Experience\n"
        "Data Scientist\n"
        "Lendwell -- San Jose, CA -- became Fabrikam in 2018 -- July 2017\n"
        "- Built credit models.\n"
    )
    s = _seg(text)
    assert [(p.title, p.start_date, p.end_date) for p in s.positions] == [
        ("Data Scientist", "2017-07", "2017-07")
    ]


def test_employer_line_split_at_bars_and_dashes_only() -> None:
    text = (
        "Experience\n"
        "Data Scientist\n"
        "Council of Trade, Lyon (France)\n"
        "Jan 2019 - Dec 2020\n"
        "- Built forecasts.\n\n"
        "Analyst\n"
        "Fabrikam Foods (grocery chain) \u2014 Leeds\n"
        "Jan 2016 - Dec 2018\n"
        "- Built reports.\n"
    )
    s = _seg(text)
    assert [p.organization for p in s.positions] == ["Council of Trade", "Fabrikam Foods"]


# ------------------------------------------------------------------ 6. personal project entries


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("AI/ML Engineer - Doc Search Assistant (Personal Project with Tarn University)", True),
        ("ML Engineer | Side project", True),
        ("Machine Learning Engineer (Capstone)", True),
        ("Data Scientist - Capstone Project, Tarn University", True),
        ("Data Scientist, Capstone Partners", False),
        ("ML Engineer, Platform Project Group", False),
        ("Machine Learning Engineer | Orinoco Retail", False),
    ],
)
def test_project_entry_qualifiers(header: str, expected: bool) -> None:
    assert is_project_entry(header) is expected


PROJECT_AS_JOB = (
    "Work Experience\n\n"
    "AI/ML Engineer - Doc Search Assistant (Personal Project with Tarn University)\n"
    "January 2025 - January 2026\n"
    "- Built a retrieval pipeline over 10k PDFs.\n"
    "- Containerized the app with Docker.\n\n"
    "Data Analyst | Orinoco Retail | Mar 2021 - Dec 2024\n"
    "- Built weekly sales dashboards.\n"
)


def test_personal_project_entry_is_a_project_not_a_position() -> None:
    s = _seg(PROJECT_AS_JOB)
    assert _rows(s) == [("Data Analyst", "Orinoco Retail", "2021-03", "2024-12", "data_analyst")]
    assert s.claims == ()
    project_lines = [ln.text for ln in s.lines if ln.section == "projects"]
    assert project_lines == [
        "AI/ML Engineer - Doc Search Assistant (Personal Project with Tarn University)",
        "January 2025 - January 2026",
        "Built a retrieval pipeline over 10k PDFs.",
        "Containerized the app with Docker.",
    ]
    assert all(ln.position_index is None for ln in s.lines if ln.section == "projects")
    assert [(sec.name, sec.heading) for sec in s.sections] == [
        ("experience", "Work Experience"),
        ("projects", ""),
        ("experience", ""),
    ]
    assert [ln.position_index for ln in s.lines if ln.section == "experience"] == [0, 0]


def test_job_with_a_project_word_stays_a_position() -> None:
    # near miss: a product named in the header is no personal-project qualifier
    text = (
        "Work Experience\n\n"
        "AI/ML Engineer - Doc Search Assistant | Orinoco Retail\n"
        "January 2025 - Present\n"
        "- Served a retrieval API to 300 staff.\n"
    )
    s = _seg(text)
    assert [(p.title, p.title_family) for p in s.positions] == [("AI/ML Engineer", "ml_engineer")]
    assert _claims(s) == [("AI/ML Engineer", "position", 0, "2025-01", "present")]
