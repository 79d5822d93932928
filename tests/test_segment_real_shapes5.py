"""Position shapes from the seventh probe of real resumes (session 14):

1. Client engagements. A freelancer's portfolio lists each engagement as a project name, a "Client:"
   line and a "Role:" line ("Client: Norrbacka Inc." / "Role: Principal Machine Learning Engineer
   (Freelance)"), with or without dates. The labels name the entry's organisation and title (the label
   is no part of either; ``header_words.json`` ``title_labels`` / ``organization_labels``), a note on the
   kind of job ("(Freelance)") names no employer, and a labelled list of tools ("Technologies: a, b, c,
   d") is a line of work, never an employer line. A "Portfolio" or "Projects" section whose every entry
   has both labels and a title naming a role is read as experience, its heading kept (rubric §1 keeps
   "Freelance" titles). An employer named on the title line wins over a "Client:" line under it (an
   IT-services consultant's end client is not the employer). Projects with only a "Role:" line stay
   projects.
2. Awards. An entry of an experience section whose title names an award, prize, grant or scholarship
   ("Outstanding Doctoral Thesis Award for the class of 2019-2020 | University | Nov 2021", "Prize to
   the best talk", "Best Paper Award"; ``title_families.json`` ``award_entry``) is no position: its lines
   go to an ``other`` section. "Grants & awards", "Prizes" and their variants are ``other`` headings.
   Near misses: "Awards Coordinator", "Grant Manager", a "Research Fellowship" with work under it.
3. An untitled entry's header part that names an organisation or a unit of one ("Altay Aerospace
   Inc., Robotics Department"; ``organization_suffixes`` / ``organization_units`` as its last word) is no
   title: the title stays empty and the organisation is the company. A city and country joined by a
   slash ("Istanbul/Turkey") is a place.
4. Seniority. "Associate" before a title is junior ("Associate ML Engineer", "Associate Data
   Scientist"), but "Research Associate" and "Postdoctoral Research Associate" are academic research
   posts (taxonomy §5.8 lists them in the research family) and "Associate Professor" is a senior
   academic: no level.
5. Practice is no job. A bootcamp or cohort programme listed as a job ("AI Engineering Fellow (Cohort
   3)", "Data Science Bootcamp") and a self-employed entry whose first line of work is personal practice
   ("MLOps Engineer @ Self-Employed" / "- Building personal projects to practice MLOps") are read as
   projects: their lines are in project scope and their titles are no position claims (rubric §2 counts
   bootcamps, courses and personal projects as notebook-level work; taxonomy §5.9 calls programme titles
   training, not employment). A headline claim stays. Near misses: a self-employed freelancer whose
   first line names client work, and a "Research Fellow" at a university.
6. "Accomplishments" is a certifications heading (courses and certificates are listed under it).
7. Left from probe 6: a Markdown list item written as a whole job header and ending in a bare year
   ("- Senior Data Scientist Intern, IBM, 2022") is a position dated that year, also with no lines
   under it; "- Promoted to Senior Data Scientist, 2021" stays a line of work. An employer named by its
   web domain in lower case ("bol.com (via Xebia)") above the dates and title keeps its employer line.

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

import pytest
from structure_checks import bullet_texts as _bullets
from structure_checks import claim_rows as _claims
from structure_checks import position_rows as _rows
from structure_checks import segmented as _seg

from resume_lens.titles import classify_title, is_award_entry

# ------------------------------------------------------------- 1. client engagements

_PORTFOLIO = """Mira Okafor
Freelance AI engineer

Portfolio

Visual Search at Scale
Client: Norrbacka Inc.
Role: Principal Machine Learning Engineer (Freelance)
Built a platform that indexes the customers' images. It runs distributed inference on GPUs.
Technologies: Python, PyTorch, Milvus, Triton, Kafka

Content Filter Models
Client: Vasstrand Security GmbH
Role: Machine Learning Engineer
Trained vision models that classify web pages for the parental-control product.
Technologies: Python, TensorFlow, Keras, MLflow
"""


def test_client_and_role_labels_make_a_portfolio_a_work_history() -> None:
    s = _seg(_PORTFOLIO)
    assert [(sec.name, sec.heading) for sec in s.sections] == [("header", ""), ("experience", "Portfolio")]
    assert _rows(s) == [
        ("Principal Machine Learning Engineer", "Norrbacka Inc.", None, None, "ml_engineer"),
        ("Machine Learning Engineer", "Vasstrand Security GmbH", None, None, "ml_engineer"),
    ]
    assert _bullets(s, 0) == [
        "Built a platform that indexes the customers' images. It runs distributed inference on GPUs.",
        "Technologies: Python, PyTorch, Milvus, Triton, Kafka",
    ]
    assert s.positions[0].seniority == "principal"
    assert _claims(s) == [
        ("Freelance AI engineer", "headline", None, None, None),
        ("Principal Machine Learning Engineer", "position", 0, None, None),
        ("Machine Learning Engineer", "position", 1, None, None),
    ]


def test_dated_client_engagements_under_a_projects_heading() -> None:
    text = (
        "Projects\n"
        "Demand Forecasting Service\n"
        "Client: Pelican Foods Ltd\n"
        "Role: Senior Data Scientist (Contract)\n"
        "Mar 2021 - Feb 2022\n"
        "- Built weekly demand forecasts for 300 stores\n"
        "- Moved the forecasts to a nightly Airflow job\n"
    )
    s = _seg(text)
    assert [sec.name for sec in s.sections] == ["experience"]
    row = ("Senior Data Scientist", "Pelican Foods Ltd", "2021-03", "2022-02", "data_scientist")
    assert _rows(s) == [row]


def test_labelled_title_in_an_experience_section() -> None:
    text = "Experience\nClient: Ostwind AG\nRole: MLOps Engineer\n2020 - 2022\n- Ran the model registry\n"
    assert _rows(_seg(text)) == [("MLOps Engineer", "Ostwind AG", "2020-01", "2022-12", "mlops_engineer")]


def test_employer_on_the_title_line_wins_over_the_client() -> None:
    text = (
        "Experience\n"
        "Machine Learning Engineer — Kestrel Infotech Ltd, Pune\n"
        "Client: A large European retailer\n"
        "Duration: Nov 2022 – Present\n"
        "- Owned the pricing models for the client\n"
    )
    assert _rows(_seg(text))[0][:2] == ("Machine Learning Engineer", "Kestrel Infotech Ltd")


def test_projects_with_only_a_role_line_stay_projects() -> None:
    # near miss: a team role on a course project names no client, so the section is no work history
    text = (
        "Projects\n"
        "Traffic Sign Classifier\n"
        "Role: Team Lead\n"
        "- Trained a CNN on a public traffic-sign dataset\n"
        "- Reached 97% test accuracy\n"
    )
    s = _seg(text)
    assert [sec.name for sec in s.sections] == ["projects"]
    assert s.positions == () and s.claims == ()


def test_a_role_heading_without_colon_is_no_label() -> None:
    # near miss: "Roles & Responsibilities:" is a sub-heading, not a title label
    text = (
        "Experience\n"
        "Data Analyst — Harbour Retail Ltd\n"
        "Jan 2020 - Dec 2021\n"
        "Roles & Responsibilities:\n"
        "- Built the weekly sales report\n"
    )
    assert _rows(_seg(text)) == [("Data Analyst", "Harbour Retail Ltd", "2020-01", "2021-12", "data_analyst")]


# ------------------------------------------------------------- 3. organisation parts are no title


def test_company_and_department_under_an_internship_heading() -> None:
    text = (
        "Experience\n"
        "Research Assistant\n"
        "Tarn Technical University | Tarn/Norway | Feb 2021 - Jun 2022\n"
        "- Prepared datasets for the navigation models\n"
        "\n"
        "Internship\n"
        "Altay Aerospace Technology Inc., Robotics Department | Istanbul/Turkey | Jan 2020 - Mar 2020\n"
        "- Helped build a rover simulator in Gazebo\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Research Assistant", "Tarn Technical University", "2021-02", "2022-06", "research_scientist"),
        ("", "Altay Aerospace Technology Inc.", "2020-01", "2020-03", "other"),
    ]
    assert _bullets(s, 1) == ["Helped build a rover simulator in Gazebo"]


def test_a_title_word_that_is_no_organisation_stays_the_title() -> None:
    # near miss: "Summer Research Scholar" holds an organisation word ("Research") but does not end in one
    text = "Experience\nSummer Research Scholar — Tarn Robotics Centre\nNov 2018 – Feb 2019\n- Labelled\n"
    assert _rows(_seg(text))[0][:2] == ("Summer Research Scholar", "Tarn Robotics Centre")


# ------------------------------------------------------------- 2. awards are no positions


def test_an_award_line_in_an_experience_list_is_no_position() -> None:
    text = (
        "Experience\n"
        "Researcher\n"
        "Tarn Polytechnic University | Tarn, Norway | May 2013 - Oct 2019\n"
        "- Built text classifiers for noise complaints\n"
        "- Analysed sensor data from the city\n"
        "\n"
        "Outstanding Doctoral Thesis Award for the class of 2019-2020. | Tarn Polytechnic | Nov 2021\n"
        "Prize to the best talk by a young researcher | Nordic Acoustics Society | Jun 2019\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Researcher", "Tarn Polytechnic University", "2013-05", "2019-10", "research_scientist")
    ]
    assert [sec.name for sec in s.sections] == ["experience", "other"]
    award_lines = [ln.text for ln in s.lines if ln.section == "other"]
    assert award_lines[0].startswith("Outstanding Doctoral Thesis Award")
    assert all(ln.position_index is None for ln in s.lines if ln.section == "other")


@pytest.mark.parametrize(
    "heading", ["Grants & awards", "Prizes", "Scholarships and Awards", "Awards and Grants"]
)
def test_grants_and_awards_headings_are_other(heading: str) -> None:
    text = (
        "Experience\nData Scientist, Pelican Foods (2020 - 2022)\n- Built churn models\n"
        f"{heading}\nYoung Researcher Grant | Nordic Science Fund | 2016 - 2018\n- Funded a year of study\n"
        "- Paid for two conference trips\n"
    )
    s = _seg(text)
    assert [sec.name for sec in s.sections] == ["experience", "other"]
    assert _rows(s) == [("Data Scientist", "Pelican Foods", "2020-01", "2022-12", "data_scientist")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Outstanding Doctoral Thesis Award for the class of", True),
        ("Prize to the best talk", True),
        ("Award to the best speaker", True),
        ("Best Paper Award", True),
        ("Young Researcher Grant", True),
        ("Awards Coordinator", False),
        ("Grant Manager for Research", False),
        ("Research Fellowship", False),
        ("Machine Learning Engineer", False),
    ],
)
def test_award_entry_titles(title: str, expected: bool) -> None:
    assert is_award_entry(title) is expected


def test_a_grant_manager_stays_a_position() -> None:
    text = "Experience\nGrant Manager | Nordic Science Fund | 2018 - 2021\n- Ran the review panels\n"
    assert _rows(_seg(text)) == [("Grant Manager", "Nordic Science Fund", "2018-01", "2021-12", "other")]


# ------------------------------------------------------------- 4. "Associate"


@pytest.mark.parametrize(
    ("title", "family", "level"),
    [
        ("Research Associate", "research_scientist", None),
        ("Postdoctoral Research Associate", "research_scientist", None),
        ("Senior Research Associate", "research_scientist", "senior"),
        ("Associate ML Engineer", "ml_engineer", "junior"),
        ("Associate Data Scientist", "data_scientist", "junior"),
        ("Associate Professor", "other", None),
    ],
)
def test_associate_is_junior_only_before_a_job_title(title: str, family: str, level: str | None) -> None:
    m = classify_title(title)
    assert (m.family, m.seniority) == (family, level)


def test_research_associate_position_has_no_junior_level() -> None:
    text = "Experience\nResearch Associate - ML\nTarn Radar Institute | Aug 2022 – Aug 2024\n- Built models\n"
    s = _seg(text)
    assert (s.positions[0].title, s.positions[0].seniority) == ("Research Associate", None)


# ------------------------------------------------------------- 5. practice is no job

_HEADLINE = "Lena Varga\nMLOps Engineer / Software Architect\n\nExperience\n\n"
_LATER_JOB = (
    "\nSenior Software Engineer @ Brightwave\nJul 2019 – Jun 2025\n- Built the claims microservices\n"
)


def test_self_employed_practice_is_a_project() -> None:
    text = (
        _HEADLINE + "MLOps Engineer @ Self-Employed\n"
        "Jun 2025 – Present • Munich, Germany\n"
        "- Building personal projects to practice MLOps: MLflow and Airflow pipelines\n"
        "- Containerised the demo models with Docker\n" + _LATER_JOB
    )
    s = _seg(text)
    assert _rows(s) == [("Senior Software Engineer", "Brightwave", "2019-07", "2025-06", "software_engineer")]
    project_lines = [ln.text for ln in s.lines if ln.section == "projects"]
    assert project_lines[0] == "MLOps Engineer @ Self-Employed"
    assert "Containerised the demo models with Docker" in project_lines
    assert _claims(s) == [("MLOps Engineer / Software Architect", "headline", None, None, None)]


def test_a_self_employed_freelancer_with_clients_stays_a_position() -> None:
    # near miss: self-employment with client work is a job
    text = (
        _HEADLINE + "MLOps Engineer @ Self-Employed\n"
        "Jun 2023 – Present\n"
        "- Run the model serving platform for two logistics clients\n"
        "- On call for their retraining pipelines\n"
    )
    s = _seg(text)
    assert _rows(s) == [("MLOps Engineer", None, "2023-06", "present", "mlops_engineer")]
    assert [c.source for c in s.claims] == ["headline", "position"]


def test_practice_words_in_a_job_entry_do_not_make_it_a_project() -> None:
    # near miss: the practice wording only counts for a self-employed entry
    text = (
        "Experience\nData Engineer @ Harbour Retail\nJan 2021 – Dec 2022\n"
        "- Ran workshops for analysts to practice SQL\n- Built the nightly loads\n"
    )
    assert _rows(_seg(text)) == [("Data Engineer", "Harbour Retail", "2021-01", "2022-12", "data_engineer")]


def test_a_bootcamp_cohort_is_a_project() -> None:
    text = (
        "Experience\n"
        "AI Engineering Fellow (Cohort 3)\n"
        "Brightpath Academy | Remote | Sep 2025 - Mar 2026\n"
        "- Built and deployed 7 LLM apps at demo day\n"
        "- Built RAG systems on Qdrant\n"
        "\n"
        "Lead Software Engineer\n"
        "Pelican Pay Ltd | Mumbai | Sep 2024 - Aug 2025\n"
        "- Led the payments backend\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Lead Software Engineer", "Pelican Pay Ltd", "2024-09", "2025-08", "software_engineer")
    ]
    assert [ln.text for ln in s.lines if ln.section == "projects"][-2:] == [
        "Built and deployed 7 LLM apps at demo day",
        "Built RAG systems on Qdrant",
    ]


def test_a_research_fellow_stays_a_position() -> None:
    # near miss: a university fellowship post is a job
    text = "Experience\nResearch Fellow\nTarn University | 2019 - 2022\n- Published four papers on speech\n"
    assert _rows(_seg(text)) == [
        ("Research Fellow", "Tarn University", "2019-01", "2022-12", "research_scientist")
    ]


# ------------------------------------------------------------- 6. accomplishments


def test_accomplishments_is_a_certifications_heading() -> None:
    text = (
        "Experience\nData Scientist, Pelican Foods (2020 - 2022)\n- Built churn models\n"
        "Accomplishments\nMachine Learning | Coursera | 2019\n"
        "Deep Learning Specialization | Coursera | Jul 2020\n"
    )
    s = _seg(text)
    assert [(sec.name, sec.heading) for sec in s.sections] == [
        ("experience", "Experience"),
        ("certifications", "Accomplishments"),
    ]


# ------------------------------------------------------------- 7. leftovers from probe 6


def test_a_list_item_job_ending_in_a_year_is_a_position() -> None:
    text = (
        "Experience\n"
        "- Senior Data Scientist Intern, Tarn Analytics, 2022\n"
        "- Data Analyst, Pelican Foods, 2019 - 2021\n"
        "- Promoted to Senior Data Scientist, 2021\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Senior Data Scientist Intern", "Tarn Analytics", "2022-01", "2022-12", "data_scientist"),
        ("Data Analyst", "Pelican Foods", "2019-01", "2021-12", "data_analyst"),
    ]
    assert s.positions[0].bullets == ()
    assert _bullets(s, 1) == ["Promoted to Senior Data Scientist, 2021"]


def test_a_year_in_a_line_of_work_is_no_date() -> None:
    # near miss: a sentence with a year is no header
    text = "Experience\n- Data Scientist at Tarn Analytics since 2022\n"
    assert _seg(text).positions == ()


def test_a_lower_case_domain_employer_keeps_its_line() -> None:
    text = (
        "Projects\n"
        "\n"
        "shopnl.com (via Acme Consulting)\n"
        "2021 - 2022\n"
        "Data Engineer\n"
        "My team keeps the catalogue clean. We automate parts of the moderation with models.\n"
        "\n"
        "Gridwise (via Acme Consulting)\n"
        "2021 - 2021\n"
        "Team Lead\n"
        "I led a team of four. We forecast grid load every hour.\n"
        "\n"
        "Politie (via Acme Consulting)\n"
        "2020 - 2021\n"
        "MLOps Engineer\n"
        "I built the model platform. It serves twelve models.\n"
    )
    s = _seg(text)
    assert _rows(s)[0] == (
        "Data Engineer",
        "shopnl.com (via Acme Consulting)",
        "2021-01",
        "2022-12",
        "data_engineer",
    )
