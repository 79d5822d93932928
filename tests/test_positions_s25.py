"""Position headers that carry the job's description after a colon (text written for this test).

"* Senior AI Engineer (Feb 2024 - Present): Developing an AI-based search engine for the MENA region."
(a real resume of session 24's probes) was read as one header whose employer was the description; a longer
description made the line too long for a header and the title, and its claim, were lost. The part before the
colon is now the header and the part after it the position's first line of work. A title in sentence case
with the kind of job beside its dates ("ML engineer (contract), Mar 2023 to present") is a title.
"""

from __future__ import annotations

import pytest

from resume_lens.segment import segment

_TEXT = (
    "Jane Roe\n\nEXPERIENCE\n"
    "Machine Learning Engineer (2021 – 2023): Built a recommendation model in a Jupyter notebook for the"
    " marketing team.\n"
    "Data Analyst (2019 – 2021): Built dashboards in Tableau.\n"
)


def _positions(text: str) -> list[tuple[str, str | None, str | None, str | None, tuple[str, ...]]]:
    return [
        (p.title, p.organization, p.start_date, p.end_date, tuple(b.text for b in p.bullets))
        for p in segment(text).positions
    ]


def test_a_dated_title_before_a_colon_is_the_header_and_the_rest_its_line_of_work():
    assert _positions(_TEXT) == [
        (
            "Machine Learning Engineer",
            None,
            "2021-01",
            "2023-12",
            ("Built a recommendation model in a Jupyter notebook for the marketing team.",),
        ),
        ("Data Analyst", None, "2019-01", "2021-12", ("Built dashboards in Tableau.",)),
    ]


def test_the_title_before_the_colon_is_a_claim():
    claims = segment(_TEXT).claims
    assert [(c.title, c.start_date) for c in claims] == [("Machine Learning Engineer", "2021-01")]


def test_the_line_of_work_keeps_its_offsets():
    s = segment(_TEXT)
    for p in s.positions:
        for b in p.bullets:
            assert _TEXT[b.start : b.end] == b.text
    assert [line.text for line in s.lines if line.position_index == 1] == [
        "Data Analyst (2019 – 2021)",
        "Built dashboards in Tableau.",
    ]


def test_a_list_item_with_months_and_present():
    text = (
        "Jane Roe\n\nExperience\n"
        "* Senior AI Engineer (Feb 2024 - Present): Developing an AI-based search engine for the MENA"
        " region.\n"
        "* AI Engineer (Sep 2023 - Feb 2024): Developed innovative products using LLMs, NLP, and LangChain.\n"
    )
    assert [p[:4] for p in _positions(text)] == [
        ("Senior AI Engineer", None, "2024-02", "present"),
        ("AI Engineer", None, "2023-09", "2024-02"),
    ]


def test_a_short_part_after_the_colon_stays_the_employer():
    text = "Jane Roe\n\nExperience\nMachine Learning Engineer (2021 – 2023): Acme Corp\n- Built models.\n"
    assert _positions(text) == [
        ("Machine Learning Engineer", "Acme Corp", "2021-01", "2023-12", ("Built models.",))
    ]


def test_a_line_of_work_that_names_a_title_is_not_split():
    line = "Promoted to ML Engineer (2023): led the migration of four models to the new platform"
    text = f"Jane Roe\n\nExperience\nData Scientist, Initech, 2019 – 2024\n- Built churn models.\n- {line}\n"
    assert _positions(text) == [
        ("Data Scientist", "Initech", "2019-01", "2024-12", ("Built churn models.", line)),
    ]


@pytest.mark.parametrize(
    "date_line",
    [
        "ML engineer (contract), Mar 2023 to present",
        "ML engineer | Remote | Mar 2023 to present",
        "ML engineer, part-time, Mar 2023 to present",
    ],
)
def test_a_sentence_case_title_with_the_kind_of_job_before_the_dates(date_line):
    # under an employer line (session 24's review: the kind of job in brackets lost the title)
    text = f"Jane Roe\n\nExperience\nS8 Capital, Moscow\n{date_line}\n- Built a product matching model.\n"
    s = segment(text)
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions] == [
        ("ML engineer", "S8 Capital", "2023-03", "present")
    ]
    assert [c.title for c in s.claims] == ["ML engineer"]


def test_other_words_beside_a_sentence_case_title_keep_it_a_line_of_text():
    text = (
        "Jane Roe\n\nExperience\nS8 Capital, Moscow\nML engineer, our team, Mar 2023 to present\n- Built X.\n"
    )
    assert [c.title for c in segment(text).claims] == []


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("* (Hybrid) AI/ML Engineer : Apr. 2023 - Apr. 2024", "AI/ML Engineer"),
        ("* [Contract / Remote] ML Engineer : Jan 2021 - Dec 2021", "ML Engineer"),
        ("* (Intern) Research AI Engineer : May 2022 - Oct 2022", "Research AI Engineer"),
        ("* (Part-time) ML Engineer, Acme, Jan 2021 - Dec 2021", "ML Engineer"),
    ],
)
def test_a_bracketed_kind_of_job_before_an_items_title(item, title):
    # real resumes, session 25: the item was read as a line of the entry above and the claim lost
    text = (
        "Jane Roe\n\nWork experience\n\n* Hanoi University -- Hanoi\n"
        "  * Teaching Assistant Aug. 2023 - Aug. 2024\n"
        f"{item}\n"
    )
    s = segment(text)
    assert [p.title for p in s.positions] == ["Teaching Assistant", title]
    assert [c.title for c in s.claims] == [title]


def test_a_bracketed_sentence_before_a_title_is_no_header():
    text = (
        "Jane Roe\n\nWork experience\n\nTeaching Assistant, Hanoi University, Aug. 2023 - Aug. 2024\n"
        "- (See below) Mentored the ML Engineer team during the 2023 - 2024 term\n"
    )
    assert [p.title for p in segment(text).positions] == ["Teaching Assistant"]


def test_a_year_after_a_bar_ends_a_header():
    text = (
        "Experience\n\nResearch Scientist\nPaytomat | Kyiv, Ukraine | 2018-2019\n- Analysed markets.\n\n"
        "Computer Vision Engineer\nRobert Bosch GmbH | Renningen, Germany | 2018\n"
        "- Developed object recognition for pick-and-place robots.\n"
    )
    s = segment(text)
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions] == [
        ("Research Scientist", "Paytomat", "2018-01", "2019-12"),
        ("Computer Vision Engineer", "Robert Bosch GmbH", "2018-01", "2018-12"),
    ]
    assert [c.title for c in s.claims] == ["Computer Vision Engineer"]


def test_a_year_after_a_comma_on_a_line_of_text_is_no_date():
    text = (
        "Experience\n\nData Scientist | Acme | 2019 - 2021\n- Best Paper Award, 2019\n- Built churn models.\n"
    )
    s = segment(text)
    assert [(p.title, p.start_date, p.end_date) for p in s.positions] == [
        ("Data Scientist", "2019-01", "2021-12")
    ]


def test_a_certificate_under_education_before_the_experience_is_no_claim():
    # session 25's review: searching an education section before the experience for clear positions (tried for
    # jobs listed after a degree) turned certificates and programmes into ML-engineer claims; taken out
    text = (
        "Priya Raman\n\nEDUCATION\nBSc Mathematics, University of Leeds, 2016 – 2019\n"
        "Google Professional Machine Learning Engineer, Google Cloud, 2023 – 2025\n"
        "- Built a capstone image classifier in PyTorch.\n- Completed graded projects in Jupyter notebooks.\n"
        "EXPERIENCE\nData Analyst, Globex Ltd, 2022 – Present\n- Built SQL reports and Tableau dashboards.\n"
        "- Automated KPI reporting in Power BI.\n"
    )
    s = segment(text)
    assert s.claims == ()
    assert [p.title for p in s.positions] == ["Data Analyst"]


def test_a_degree_with_course_lines_under_education_stays_education():
    text = (
        "Jane Roe\n\nEducation\nMSc Machine Learning, University of Leeds, 2019 – 2021\n"
        "- Thesis on drift detection.\n- Modules in deep learning and statistics.\n\n"
        "Experience\nML Engineer, Acme, 2021 – present\n- Deployed a fraud model behind a REST API.\n"
    )
    s = segment(text)
    assert [(x.name, x.heading) for x in s.sections] == [
        ("header", ""),
        ("education", "Education"),
        ("experience", "Experience"),
    ]
    assert [p.title for p in s.positions] == ["ML Engineer"]


def test_a_blockquote_summary_is_the_headline_claim():
    # "> Senior Machine Learning Engineer with 5+ years …" (a Markdown profile, a real resume of session 25):
    # the quote mark hid the claim, and the first job's bold title was taken for the headline
    text = (
        "# Past Experiences, Education\n\n"
        "> Senior Machine Learning Engineer with 5+ years delivering production ML across e-commerce.\n\n"
        "**ML Engineer**\n*Acme*\n**Aug 2022 - Oct 2025**\n\n- Built a RAG system for product search.\n"
    )
    s = segment(text)
    assert (
        s.headline
        == "Senior Machine Learning Engineer with 5+ years delivering production ML across e-commerce."
    )
    assert [(c.title, c.source) for c in s.claims][0] == ("Senior Machine Learning Engineer", "headline")


def test_quote_marks_before_lines_of_work_are_dropped_and_more_than_stays():
    from resume_lens.sections import split_lines

    text = "  > Built 12+ GenAI prototypes for client pitches.\n> 5 years of Python\n"
    lines = split_lines(text)
    assert [line.text for line in lines] == [
        "Built 12+ GenAI prototypes for client pitches.",
        "> 5 years of Python",
    ]
    assert all(text[line.start : line.end] == line.text for line in lines)


def test_an_internship_for_a_final_year_project_at_an_employer_is_a_position():
    # real resume, session 25: the project qualifier made the internship a project and its employer was lost
    text = (
        "Jane Roe\n\nWork Experience\n\nData Science Intern (Final Year Project)\n"
        "Caplogy Innovation | Vélizy-Villacoublay, France | Apr 2025 - Sep 2025\n"
        "- Built detection and tracking for drones in fisheye video.\n- Collected fisheye data.\n\n"
        "Data Analyst\nAcme | Paris | 2023 - 2024\n- Built dashboards.\n"
    )
    s = segment(text)
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions] == [
        ("Data Science Intern", "Caplogy Innovation", "2025-04", "2025-09"),
        ("Data Analyst", "Acme", "2023-01", "2024-12"),
    ]
    assert [x.name for x in s.sections] == ["header", "experience"]


def test_a_personal_project_listed_among_the_jobs_stays_a_project():
    text = (
        "Jane Roe\n\nExperience\n\nML Engineer (Personal Project)\n2024 - 2025\n- Built a RAG demo.\n\n"
        "Data Analyst\nAcme | Paris | 2023 - 2024\n- Built dashboards.\n"
    )
    s = segment(text)
    assert [p.title for p in s.positions] == ["Data Analyst"]
    assert s.claims == ()
    assert "projects" in [x.name for x in s.sections]


def test_an_instructor_is_a_title():
    # real resume, session 25: "Instructor" was no role word, so the employer line's city became the title
    text = (
        "Jane Roe\n\nExperience\n\n**Runmila AI Institute** — Accra, Ghana\n"
        "**AI Instructor - Remote Contract — July 2025-September 2025**\n- Taught a GenAI summer camp.\n"
    )
    assert [(p.title, p.organization, p.start_date) for p in segment(text).positions] == [
        ("AI Instructor", "Runmila AI Institute", "2025-07")
    ]


@pytest.mark.parametrize(
    "description",
    [
        "Reporting to the CTO, Globex Ltd",
        "Member of the Fraud Engineering Team, Globex Bank",
        "Sole Machine Learning Engineer in a team of Data Analysts",
    ],
)
def test_header_material_after_the_colon_stays_on_the_header(description):
    # session 25's review: split off, such a part opened an entry of its own that took the job's lines
    text = (
        f"Priya Raman\n\nEXPERIENCE\nMachine Learning Engineer (2021 – 2023): {description}\n"
        "- Deployed the fraud model on SageMaker endpoints serving 3M customers.\n"
        "- Set up drift monitoring with Evidently and weekly retraining in Airflow.\n"
    )
    s = segment(text)
    assert [(p.title, p.start_date, len(p.bullets)) for p in s.positions] == [
        ("Machine Learning Engineer", "2021-01", 2)
    ]
    assert [c.title for c in s.claims] == ["Machine Learning Engineer"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Applied Scientist (2021 – 2023): Built a ranking model and deployed it behind an API.",
            "Applied Scientist",
        ),
        (
            "Machine Learning Engineer (2021 – 2023) — Built a churn model and deployed it behind FastAPI.",
            "Machine Learning Engineer",
        ),
    ],
)
def test_inline_descriptions_after_a_title_opening_like_a_verb_or_after_a_dash(line, title):
    s = segment(f"Priya Raman\n\nEXPERIENCE\n{line}\n")
    assert [(p.title, p.start_date, p.end_date, len(p.bullets)) for p in s.positions] == [
        (title, "2021-01", "2023-12", 1)
    ]


@pytest.mark.parametrize("lead", ["(Forage)", "(Course)", "(Google)", "(Hackathon)"])
def test_a_bracket_that_names_no_kind_of_job_opens_no_entry(lead):
    text = (
        "Priya Raman\n\n## Experience\n"
        f"* {lead} Machine Learning Engineer : Jun 2022 - Jul 2022\n"
        "  * Trained image classifiers in Colab notebooks.\n"
        "* Data Analyst : 2019 - 2021\n  * Built SQL reports.\n"
    )
    assert segment(text).claims == ()


@pytest.mark.parametrize(
    "sub_line",
    [
        "Fraud Detection Platform | Lead Developer | 2022",
        "Recommendation Engine | Team of 5 Engineers | 2022",
    ],
)
def test_a_project_line_with_a_year_inside_a_job_opens_no_entry(sub_line):
    text = (
        "Priya Raman\n\nExperience\nSenior ML Engineer | Globex Ltd | 2019 – Present\n"
        f"{sub_line}\n- Deployed the fraud model on SageMaker endpoints serving 3M customers.\n"
        "- Set up drift monitoring with Evidently.\n"
    )
    s = segment(text)
    assert [(p.title, p.start_date, p.end_date) for p in s.positions] == [
        ("Senior ML Engineer", "2019-01", "present")
    ]


def test_a_paper_line_with_a_year_is_no_entry():
    text = (
        "Priya Raman\n\nExperience\nData Scientist | Globex Ltd | 2019 – 2024\n- Built churn models.\n"
        "Deep Learning for Vision | NeurIPS Workshop | 2019\n"
    )
    assert [p.title for p in segment(text).positions] == ["Data Scientist"]


@pytest.mark.parametrize(
    "item",
    [
        "Assisted senior ML engineer (part-time), Jun 2022 – Aug 2022",
        "Supervised ML engineer interns (remote), 2021 – 2022",
    ],
)
def test_a_line_of_work_that_opens_with_a_verb_is_no_title(item):
    text = (
        "Priya Raman\n\nExperience\nData Analyst, Globex Ltd, 2019 – 2024\n- Built SQL reports.\n"
        f"- {item}\n- Automated KPI reporting.\n"
    )
    s = segment(text)
    assert s.claims == ()
    assert [(p.title, len(p.bullets)) for p in s.positions] == [("Data Analyst", 3)]


_TECHNOLOGIES_LABELS = """# Curriculum Vitae

_Aug 2022 - Present_

## Lead Engineer at Logpoint

- Led the native cloud log ingestion project across two teams.
- Crafted the roadmap for the Cloud Fetchers project.

Technologies:

- Cloud - AWS
- Databases - PostgreSQL, MongoDB

## Lead Data Engineer at Leo Pharma

_Jan 2021 - June 2022_

- Designed the data architecture that powers the R&D use cases.
- Structured the hiring process for data and cloud engineers.

Technologies:

- Cloud - Azure
"""


def test_a_technologies_label_inside_a_job_does_not_swallow_the_later_jobs():
    # real resume, session 25: "Technologies:" opened a skills section that ran over every later job
    s = segment(_TECHNOLOGIES_LABELS)
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions] == [
        ("Lead Engineer", "Logpoint", "2022-08", "present"),
        ("Lead Data Engineer", "Leo Pharma", "2021-01", "2022-06"),
    ]
    assert [(x.name, x.heading) for x in s.sections] == [
        ("header", ""),
        ("experience", ""),
        ("skills", "Technologies:"),
        ("experience", ""),
        ("skills", "Technologies:"),
    ]


def test_an_open_source_heading_opens_projects():
    text = (
        "Ashwini Kumar\n\nExperience\n\nSoftware Engineer | Epam Systems | Hyderabad | Nov-2020 - Nov-2021\n"
        "- Presented data reports in Power BI.\n\nOpenSource Contribution\n\n"
        "Linux Accessibility Developer Guide | Contributor | linux-a11y-dev-guide | A 2023 - Present\n"
        "- Writing parts of a guide for building accessible Linux desktop applications.\n"
    )
    s = segment(text)
    assert [(x.name, x.heading) for x in s.sections][-1] == ("projects", "OpenSource Contribution")
    assert [p.title for p in s.positions] == ["Software Engineer"]


@pytest.mark.parametrize("heading", ["TECHNICAL SKILLS:", "SKILLS:", "Skills & Certifications:", "Tools:"])
def test_a_skills_section_with_a_colon_is_not_searched_for_jobs(heading):
    # a second review: a certificate with dates under "SKILLS:" became a supported ML-engineer claim
    text = (
        "Priya Raman\n\nExperience\nData Analyst, Globex Ltd, 2022 – Present\n- Built SQL reports.\n"
        f"- Automated KPI reporting.\n\n{heading}\n"
        "AWS Certified Machine Learning Engineer – Associate, Amazon Web Services, Mar 2024 – Mar 2027\n"
        "Cloud: SageMaker endpoints, Lambda\nMLOps: MLflow model registry, Evidently drift monitoring\n"
    )
    assert segment(text).claims == ()


@pytest.mark.parametrize("lead", ["(Consultant)", "(Summer Intern)", "(Werkstudent)", "(Hyprid)"])
def test_more_kinds_of_job_in_a_bracket(lead):
    text = f"Priya\n\n## Experience\n* {lead} AI/ML Engineer : Apr. 2023 - Apr. 2024\n  * Deployed models.\n"
    assert [c.title for c in segment(text).claims] == ["AI/ML Engineer"]


@pytest.mark.parametrize(
    ("qualifier", "organization"),
    [("(Capstone Project)", "University of Leeds"), ("(Final Year Project)", "University of Leeds")],
)
def test_a_course_project_at_a_university_stays_a_project(qualifier, organization):
    text = (
        f"Priya\n\nExperience\n\nMachine Learning Engineer Intern {qualifier}\n{organization} | Leeds, UK | "
        "Jan 2021 - Apr 2021\n- Trained models in notebooks.\n- Wrote a report.\n"
    )
    assert segment(text).claims == ()


@pytest.mark.parametrize("title", ["Pricing ML Engineer", "Streaming ML Engineer", "Founding ML Engineer"])
def test_a_title_opening_with_an_ing_word_splits_its_description(title):
    text = f"Priya\n\nEXPERIENCE\n{title} (2021 – 2023): Deployed fraud models on SageMaker for 3M users.\n"
    assert [(p.title, p.organization, len(p.bullets)) for p in segment(text).positions] == [(title, None, 1)]


def test_experience_and_projects_headings_with_a_subtitle_after_a_hyphen():
    # probes I and J: "Work Experience - Internship" and "Projects - AlimBot" were no headings, so everything
    # after the summary was read as summary and no line of work was found
    from resume_lens.sections import heading_name

    assert heading_name("Work Experience - Internship") == "experience"
    assert heading_name("Projects - AlimBot") == "projects"
    assert heading_name("Internship — Consultoría Levante Datos") is None  # a job's header
    assert heading_name("Data Scientist - Acme") is None


def test_a_profile_overview_heading_and_a_long_note_after_a_projects_heading():
    # probes I and J: "## Profile Overview" was no heading, so its "AI Engineer looking to grow …" claim was
    # lost; "### Featured Data Science Projects (will add visualizations to this section)" was too long to be
    # a heading, and the student projects were read as lines of the job above
    from resume_lens.sections import heading_name

    assert heading_name("Profile Overview") == "summary"
    assert (
        heading_name("### Featured Data Science Projects (will add visualizations to this section)")
        == "projects"
    )
    # a long line with a note in brackets is still no heading
    assert (
        heading_name("Machine Learning Engineer at Acme Corporation International (Remote, full time)")
        is None
    )
    assert heading_name("Work Projects") is None  # projects done at work stay work (probe I)
