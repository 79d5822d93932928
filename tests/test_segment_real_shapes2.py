"""Position and claim shapes left over from the two probes of real public resumes (session 10):
work history under an unusual heading or none, a former title in a summary, compound
self-descriptions, project sub-headings inside one job, "Title, Company, City" where the company is
named after its city, and two date ranges on one header line.

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

import pytest
from structure_checks import assert_offsets

from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure

PROD = (
    "- Productionized ranking models serving 2M shoppers a day behind a FastAPI endpoint.\n"
    "- Built drift monitoring with alerts on feature distributions.\n"
)
NOTEBOOK = (
    "- Built churn models in notebooks and presented results to leadership.\n"
    "- Ran A/B test analysis for pricing.\n"
)


def _seg(text: str) -> ResumeStructure:
    s = segment(text)
    assert_offsets(text, s)
    return s


def _rows(s: ResumeStructure) -> list[tuple[str, str | None, str | None, str | None, int]]:
    return [(p.title, p.organization, p.start_date, p.end_date, len(p.bullets)) for p in s.positions]


def _claims(s: ResumeStructure) -> list[tuple[str, str]]:
    return [(c.title, c.source) for c in s.claims]


# ------------------------------------------------------------------ 1. no Experience heading

TWO_JOBS = (
    "Machine Learning Engineer | Larkspur Retail | Mar 2021 - Present\n"
    + PROD
    + "\nData Scientist | Orbital Insights | Jan 2018 - Feb 2021\n"
    + NOTEBOOK
)
TWO_JOBS_ROWS = [
    ("Machine Learning Engineer", "Larkspur Retail", "2021-03", "present", 2),
    ("Data Scientist", "Orbital Insights", "2018-01", "2021-02", 2),
]


@pytest.mark.parametrize(
    "heading",
    [
        "Some things I've done professionally",
        "Some things I\u2019ve done professionally",
        "What I do",
        "Where I've worked",
        "Where I\u2019ve worked",
        "Career",
        "Professional journey",
        "Employment History",
        "Work",
        "Industry experience",
        "EXPERIENCE //",
    ],
)
def test_unusual_experience_headings_open_the_experience_section(heading: str) -> None:
    s = _seg(f"Dana Whitfield\ndana@example.com\n\n{heading}\n\n{TWO_JOBS}\nEducation\nMSc Physics, 2016\n")
    assert [x.name for x in s.sections] == ["header", "experience", "education"]
    assert s.sections[1].heading == heading
    assert _rows(s) == TWO_JOBS_ROWS
    assert _claims(s) == [("Machine Learning Engineer", "position")]


def test_positions_without_any_heading_stop_at_the_degree_entry() -> None:
    text = (
        "Dana Whitfield\ndana@example.com\n\n"
        + TWO_JOBS
        + "\nMSc Machine Learning, Tarn University, 2016 - 2017\n"
    )
    s = _seg(text)
    assert _rows(s) == TWO_JOBS_ROWS  # the degree is no third position
    assert [(x.name, x.heading) for x in s.sections] == [
        ("header", ""),
        ("experience", ""),
        ("education", ""),
    ]
    assert s.sections[2].start == text.index("MSc Machine")
    assert _claims(s) == [("Machine Learning Engineer", "position")]


def test_paragraph_of_two_sentences_makes_a_clear_position_without_heading() -> None:
    text = (
        "Jordan P.\njordan@example.com\n\n"
        "Machine Learning Engineer, Northwind (Mar 2021 - Present)\n"
        "Leading the retrieval team, where I productionized ranking models that serve 3M shoppers a day. "
        "I run the Spark pipelines and the SageMaker endpoints behind them.\n\n"
        "Software Engineer, Northwind (Jan 2019 - Feb 2021)\n"
        "Built internal tools with React and Java. I also kept the EMR jobs running.\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Machine Learning Engineer", "Northwind", "2021-03", "present", 1),
        ("Software Engineer", "Northwind", "2019-01", "2021-02", 1),
    ]
    # the title is a position's, so it is no headline claim with 0 lines of work
    assert _claims(s) == [("Machine Learning Engineer", "position")]


@pytest.mark.parametrize(
    "entry",
    [
        "MSc Machine Learning, Tarn University, 2019 - 2021\nThesis on graph networks. Graded with merit.",
        "B.Sc. Computer Science, Lagos Lagoon University, 2012 - 2016\nMinor in statistics. Dean's list.",
        "Best ML Engineer Award, Data Summit, 2021 - 2022\nChosen by a jury of 12. Given once a year.",
        "Fraud Detection App | ML Engineer Project | 2021 - 2022\nBuilt one model. Wrote a report.",
    ],
)
def test_education_award_and_project_lines_without_heading_are_no_positions(entry: str) -> None:
    s = _seg(f"Robin Vale\nrobin@example.com\n\n{entry}\n")
    assert s.positions == ()
    assert s.claims == ()


def test_publication_line_with_years_is_no_position() -> None:
    text = (
        "Robin Vale\n\nPublications\n"
        "Vale, R. and Lee, K. (2021). Drift detection for tabular models. ML Systems Workshop, 2021 - 2022.\n"
    )
    s = _seg(text)
    assert s.positions == ()
    assert s.claims == ()


def test_current_note_in_brackets_is_no_organization() -> None:
    text = "Jo\n\nWhat I do\n\nNorthwind Machine Learning Engineer (current)\nI ship ranking models.\n"
    s = _seg(text)
    # "(current)" is no organization; it says the job goes on (session 13: an undated "Ongoing" part
    # ends the entry at present, tests/test_segment_real_shapes4.py)
    assert _rows(s) == [("Northwind Machine Learning Engineer", None, None, "present", 1)]


# ------------------------------------------------------------------ 2. former title in a summary


@pytest.mark.parametrize(
    "summary",
    [
        "A former Machine Learning Engineer now studying for an MBA.",
        "Former ML Engineer now studying law.",
        "Ex-ML Engineer at Tallis Bank, now a product manager.",
        "I am an ex-ML Engineer at Tallis Bank.",
        "Previously an AI Engineer at Tallis Bank, now a teacher.",
        "I was previously an AI Engineer at Tallis Bank.",
        "ML engineer turned product manager.",
    ],
)
def test_former_title_in_summary_is_no_headline_claim(summary: str) -> None:
    text = (
        f"Priya Raman\n\nSummary\n{summary}\n\nExperience\n"
        "Machine Learning Engineer | Tallis Bank | Jan 2019 - Aug 2022\n" + PROD
    )
    s = _seg(text)
    # the position that held the title is the claim, judged like every past position (rubric §4)
    assert _claims(s) == [("Machine Learning Engineer", "position")]
    assert s.claims[0].end_date == "2022-08"


@pytest.mark.parametrize(
    ("tagline", "claims"),
    [
        ("Former ML Engineer | Berlin", []),
        ("ex-Google ML Engineer | Berlin", []),
        ("Senior ML Engineer (former) | Berlin", []),
        ("AI Engineer | ex-Google ML Engineer", [("AI Engineer", "headline")]),
    ],
)
def test_former_title_in_tagline(tagline: str, claims: list[tuple[str, str]]) -> None:
    s = _seg(f"Priya Raman\n{tagline}\n\nExperience\nProduct Manager | Tallis Bank | 2022 - Present\n" + PROD)
    assert _claims(s) == claims


@pytest.mark.parametrize(
    ("summary", "claim"),
    [
        ("Former ML Engineer, currently an AI Engineer at Beta.", "AI Engineer"),
        ("I am a Senior ML Engineer; formerly a data analyst.", "Senior ML Engineer"),
        ("ML Engineer with past experience in retail.", "ML Engineer"),
        ("I am an MLOps Engineer who was previously a data analyst.", "MLOps Engineer"),
    ],
)
def test_current_title_beside_a_former_one_stays_the_headline_claim(summary: str, claim: str) -> None:
    s = _seg(f"Priya Raman\n\nSummary\n{summary}\n")
    assert _claims(s) == [(claim, "headline")]


# ------------------------------------------------------------------ 3. compound self-descriptions


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sam Ortiz\n\nSummary\nI'm a full-stack + AI engineer who builds document tools.\n", "AI engineer"),
        ("Sam Ortiz\nFull-stack & AI Engineer\n", "Full-stack & AI Engineer"),
        ("Sam Ortiz\nML/AI Engineer\n", "ML/AI Engineer"),
        ("Sam Ortiz\nAI/ML Engineer | Berlin\n", "AI/ML Engineer"),
        ("Sam Ortiz\n\nSummary\nBackend and ML Engineer with 5 years of experience.\n", "ML Engineer"),
        ("Sam Ortiz\n\nSummary\nI am a backend and ML engineer.\n", "ML engineer"),
        ("Sam Ortiz\n\nSummary\nI'm a backend + ML engineer.\n", "ML engineer"),
    ],
)
def test_compound_self_description_naming_an_ml_title_is_a_claim(text: str, claim: str) -> None:
    s = _seg(text)
    assert _claims(s) == [(claim, "headline")]
    assert s.claims[0].title_family in ("ai_engineer", "ml_engineer")


@pytest.mark.parametrize(
    "summary",
    [
        "Passionate about AI engineering and data.",
        "Aspiring ML engineer with Kaggle medals.",
        "I am an aspiring full-stack + AI engineer.",
        "I worked with ML engineers and full-stack + AI engineers.",
        "I'm a full-stack engineer who likes AI.",
    ],
)
def test_no_claim_in_aspirations_and_other_peoples_titles(summary: str) -> None:
    s = _seg(f"Sam Ortiz\n\nSummary\n{summary}\n")
    assert s.claims == ()


# ------------------------------------------------------------------ 4. project sub-headings in one job


def test_project_sub_headings_stay_inside_their_position() -> None:
    text = (
        "Lee Chan\n\nExperience\n"
        "AI Engineer | Brightwave Analytics | Feb 2022 - Present\n"
        "Fraud Scoring System | AI Engineer\n"
        "- Deployed a fraud model behind a Kafka stream scoring 3M events a day.\n"
        "- Added drift monitoring with Grafana alerts.\n"
        "Project: Document AI Assistant\n"
        "- Built a RAG assistant over policy documents used by 200 analysts.\n"
        "- Cut answer latency to 800 ms p95.\n"
        "\nData Analyst | Meridian Co | Jan 2019 - Jan 2022\n"
        "- Built dashboards in Tableau.\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("AI Engineer", "Brightwave Analytics", "2022-02", "present", 4),
        ("Data Analyst", "Meridian Co", "2019-01", "2022-01", 1),
    ]
    assert [b.text for b in s.positions[0].bullets] == [
        "Deployed a fraud model behind a Kafka stream scoring 3M events a day.",
        "Added drift monitoring with Grafana alerts.",
        "Built a RAG assistant over policy documents used by 200 analysts.",
        "Cut answer latency to 800 ms p95.",
    ]
    # the sub-headings are no lines of work, but belong to the position
    sub = text.index("Fraud Scoring")
    assert next(ln for ln in s.lines if ln.start == sub).position_index == 0
    assert _claims(s) == [("AI Engineer", "position")]


def test_undated_position_after_a_dated_one_stays_a_position() -> None:
    text = (
        "Lee Chan\n\nExperience\n"
        "Machine Learning Engineer | Brightwave Analytics | Feb 2022 - Present\n"
        + PROD
        + "Research Intern | Lakeshore Systems\n"
        "- Labelled images for a detection benchmark.\n"
        "Teaching Assistant, Image Processing\n"
        "- Graded assignments.\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Machine Learning Engineer", "Brightwave Analytics", "2022-02", "present", 2),
        ("Research Intern", "Lakeshore Systems", None, None, 1),
        ("Teaching Assistant", "Image Processing", None, None, 1),
    ]


def test_dated_project_line_is_still_its_own_entry() -> None:
    text = (
        "Lee Chan\n\nExperience\n"
        "AI Engineer | Brightwave Analytics | Feb 2022 - Present\n"
        + PROD
        + "Search Platform | ML Engineer | 2019 - 2021\n"
        "- Trained ranking models offline.\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("AI Engineer", "Brightwave Analytics", "2022-02", "present", 2),
        ("ML Engineer", "Search Platform", "2019-01", "2021-12", 1),
    ]


# ------------------------------------------------------------------ 5. organisation shapes


@pytest.mark.parametrize(
    ("header", "org"),
    [
        ("Machine Learning Engineer, Sydney Water, Sydney\nJan 2021 - Present", "Sydney Water"),
        ("Tech Mahindra -- AI Engineer Intern | Jun 2019 - Dec 2019", "Tech Mahindra"),
        ("Machine Learning Engineer, Acme Corp, Berlin\nJan 2021 - Present", "Acme Corp"),
        ("Machine Learning Engineer, Berlin, Germany\nJan 2021 - Present", None),
        ("Machine Learning Engineer, Mountain View, CA\nJan 2021 - Present", None),
    ],
)
def test_organization_beside_title(header: str, org: str | None) -> None:
    s = _seg(f"Ravi Kumar\n\nExperience\n{header}\n{PROD}")
    assert len(s.positions) == 1
    p = s.positions[0]
    assert p.organization == org
    assert p.title in ("Machine Learning Engineer", "AI Engineer Intern")
    assert len(p.bullets) == 2


# ------------------------------------------------------------------ 6. two date ranges on one line


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("Jan 2020 \u2013 Jun 2021, Aug 2021 \u2013 Present", "2020-01", "present"),
        ("2016 - 2017; 2019 - 2020", "2016-01", "2020-12"),
        ("Jan 2020 - Jun 2021 and Aug 2021 - Dec 2022", "2020-01", "2022-12"),
    ],
)
def test_two_date_ranges_on_one_header_line(dates: str, start: str, end: str) -> None:
    s = _seg(f"Mia Novak\n\nExperience\nMachine Learning Engineer | Corvid Labs | {dates}\n{PROD}")
    assert _rows(s) == [("Machine Learning Engineer", "Corvid Labs", start, end, 2)]
    assert (s.claims[0].start_date, s.claims[0].end_date) == (start, end)


# ------------------------------------------------------------------ wrapped bullet naming a role


def test_wrapped_bullet_tail_naming_a_role_is_no_position() -> None:
    text = (
        "Ana K.\n\n## Experience\n\n**GenAI Engineer** \u2014 Vistula Lab, Krak\u00f3w\n"
        "*03.2023 \u2013 present*\n"
        "- Built a proof of concept of a RAG assistant over policy documents (LlamaIndex,\n"
        "  Azure OpenAI, FAISS); demoed to the Chief Risk Officer and the COO.\n"
        "- Ran workshops for 200+ employees.\n"
    )
    s = _seg(text)
    assert _rows(s) == [("GenAI Engineer", "Vistula Lab", "2023-03", "present", 2)]
    assert s.positions[0].bullets[0].text.endswith("the Chief Risk Officer and the COO.")


def test_name_with_an_initial_before_the_title_is_a_self_claim() -> None:
    s = _seg("Summary\nI'm Omar K., a Machine Learning Engineer with a focus on speech.\n")
    assert _claims(s) == [("Machine Learning Engineer", "headline")]


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Freelance AI & Software Engineer", "ai_engineer"),
        ("AI and Backend Engineer", "ai_engineer"),
        ("ML & Data Engineer", "ml_engineer"),
        ("Data & Software Engineer", "software_engineer"),
        ("AI/Web Intern", "student"),
    ],
)
def test_title_sharing_its_head_noun_with_an_ml_title(title: str, family: str) -> None:
    s = _seg(f"Nia O.\n\nExperience\n{title}    May 2024 - Present\n{PROD}")
    assert _rows(s) == [(title, None, "2024-05", "present", 2)]
    assert s.positions[0].title_family == family
    assert _claims(s) == ([(title, "position")] if family in ("ai_engineer", "ml_engineer") else [])
