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
3. An untitled entry's header part that names an organisation or a unit of one ("Altay Aerospace
   Inc., Robotics Department"; ``organization_suffixes`` / ``organization_units`` as its last word) is no
   title: the title stays empty and the organisation is the company. A city and country joined by a
   slash ("Istanbul/Turkey") is a place.

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

from structure_checks import bullet_texts as _bullets
from structure_checks import claim_rows as _claims
from structure_checks import position_rows as _rows
from structure_checks import segmented as _seg

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
