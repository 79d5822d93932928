"""Shapes from real resumes probes 24 and 25 (lines written for this test, not copied): headings marked by
an emoji, a title after two joined describing words, a title assigned after a phrase that names others,
and a software title qualified by ML with "in"."""

from __future__ import annotations

import pytest

from resume_lens.extract.normalize import normalize_text
from resume_lens.segment import segment
from resume_lens.titles import classify_title


def _headline(summary: str) -> list[str]:
    text = f"Sam Rivera\n\n{summary}\n\nEXPERIENCE\nData Analyst, Acme, 2020 - 2022\n- Built dashboards\n"
    return [c.title for c in segment(text).claims if c.source == "headline"]


def test_emoji_headings_open_their_sections() -> None:
    text = normalize_text(
        "Sam Rivera\nMachine Learning Engineer\n\n"
        "💼 Experience\nML Engineer | Northwind | 2021 - 2023\n"
        "- Served the churn model behind a FastAPI endpoint\n\n"
        "🎓 Education\nB.Sc. Computer Science, 2020\n\n"
        "🛠 Skills\n• Python\n• Research\n• SQL\n"
    )
    s = segment(text)
    assert [(x.name, x.heading) for x in s.sections] == [
        ("header", ""),
        ("experience", "Experience"),
        ("education", "Education"),
        ("skills", "Skills"),
    ]
    assert [(p.title, len(p.bullets)) for p in s.positions] == [("ML Engineer", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a list mark, not an emoji, before a section's name: an item or a sub-label (a review)
        "Sam Rivera\nData Analyst\n\nSKILLS\n• Python\n• Research\n• SQL\n• Training\n• Excel\n",
        "Sam Rivera\nData Analyst\n\nSKILLS\n• Research\nPyTorch, SageMaker, drift alerts\n• Tools\nGit\n",
        # an emoji before a line of text that names no section is an icon
        "Sam Rivera\nData Analyst\n\nSKILLS\n🐍 Python\n📊 Tableau dashboards\n",
    ],
)
def test_list_items_named_like_headings_stay_items(text: str) -> None:
    assert [x.name for x in segment(normalize_text(text)).sections] == ["header", "skills"]


def test_sub_labels_inside_a_job_stay_in_it() -> None:
    text = normalize_text(
        "EXPERIENCE\nML Engineer | Northwind | 2021 - 2023\n• Highlights\n"
        "- Served the churn model behind an API\n• Key Projects\n"
        "- Built drift alerts for the fraud model\n1. Research\n- Tested graph features\n"
    )
    s = segment(text)
    assert [x.name for x in s.sections] == ["experience"]
    assert len(s.positions) == 1


@pytest.mark.parametrize(
    ("summary", "title"),
    [
        (
            "Creative and results-driven Machine Learning Engineer with a strong base in Python.",
            "Machine Learning Engineer",
        ),
        ("Highly motivated ML Engineer with 3 years of experience.", "ML Engineer"),
        ("Passionate, detail-oriented AI Engineer building retrieval apps.", "AI Engineer"),
        # a phrase naming others ("of the") further back does not undo a nearer self-assignment ("as a")
        (
            "These days I do all of the above as a Staff Machine Learning Engineer at a marketplace.",
            "Staff Machine Learning Engineer",
        ),
        ("I partner with product teams as a Machine Learning Engineer.", "Machine Learning Engineer"),
        ("Worked with the data team as an ML Engineer.", "ML Engineer"),
    ],
)
def test_summary_titles_are_claims(summary: str, title: str) -> None:
    assert _headline(summary) == [title]


@pytest.mark.parametrize(
    "summary",
    [
        "Mentored junior ML Engineers at a startup.",
        "Worked closely with ML Engineers.",
        "Trained new ML Engineers on our stack.",
        "I mentor ML Engineers at a startup.",
        "As a mentor to ML Engineers, I run workshops.",
        "Certified cloud ML Engineer.",  # a certificate, not a title held
        "Aspiring junior ML Engineer.",
        # a review: someone else's title after a verb, a possessive or a number; an aspiration
        "Supervised our junior Machine Learning Engineer on the fraud team.",
        "Onboarded our new ML Engineer in 2023.",
        "Led one junior ML Engineer and two analysts.",
        "Assisted our senior ML Engineer with data cleaning.",
        "Fresher targeting Machine Learning Engineer.",
        "Analyst upskilling towards Machine Learning Engineer.",
        "Motivated fresher wanting Machine Learning Engineer.",
        # a nearer "as" after a verb or in "such as" names someone else's or any title
        "Hired Priyanka as our Machine Learning Engineer in 2023.",
        "Trained a new hire as an ML Engineer.",
        "Partnered with roles such as Machine Learning Engineer and Product Manager.",
    ],
)
def test_others_titles_and_certificates_are_no_claims(summary: str) -> None:
    assert _headline(summary) == []


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Software Engineer in Machine Learning", "ml_engineer"),
        ("Software Engineer II in ML", "ml_engineer"),
        ("Software Engineer in Test", "software_engineer"),
        ("Data Engineer in Machine Learning", "data_engineer"),  # a team, not the title's qualifier
    ],
)
def test_software_engineer_in_ml_is_qualified(title: str, family: str) -> None:
    assert classify_title(title).family == family


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("01 · ABOUT — Who I Am", "summary"),
        ("02 · WORK — Projects", "projects"),  # a subtitle that names a section itself wins
        ("03 · STACK — Tools", "skills"),
        ("3) Education", None),  # a one-digit number with a bracket or a dot is a numbered item
        ("1. Research", None),
        ("01 | Experience", "experience"),
        ("02. Skills", "skills"),
        ("1. Experience with Python", None),  # a numbered item, not a heading
        ("1. Built a churn model", None),
        ("2020 Education", None),  # a year is no ordinal
    ],
)
def test_numbered_portfolio_headings(line: str, name: str | None) -> None:
    from resume_lens.sections import heading_name

    assert heading_name(line) == name


@pytest.mark.parametrize(
    ("line", "is_list"),
    [
        ("Generative Vision Model — PyTorch, Python, Jupyter Notebook, Computer Vision", True),
        (
            "Signal Processing, Statistical Analysis, Production Systems, CI/CD, Grafana, Monitoring",
            True,
        ),
        ("Kubernetes · Helm · ArgoCD · Terraform", True),
        ("pandas, numpy, scikit-learn, matplotlib", True),
        # lines of work written as lists
        ("Built models in PyTorch, TensorFlow, Keras, JAX", False),
        ("Cleaned data, built features, trained models, deployed APIs", False),
        ("Deployed APIs, dashboards, alerts, reports", False),
        ("Reduced latency by 40%, cost by 20%, errors, churn", False),
        ("Python, SQL, Spark and Airflow", False),  # "and" joins a phrase: kept as work, to be safe
        ("Fraud scoring service, Kafka consumers, Redis cache.", False),  # a sentence ends with a period
        # terse work is phrased, tools are named (a review)
        ("Develop fraud models, Deploy SageMaker endpoints, Monitor model drift, Automate retraining", False),
        ("Real-time EKS inference; Canary rollouts; Grafana drift alerts; Weekly retraining", False),
    ],
)
def test_unlabelled_tool_lists(line: str, is_list: bool) -> None:
    from resume_lens.header_words import load_header_words

    assert load_header_words().is_bare_tool_list(line) is is_list


def test_an_unlabelled_stack_line_under_a_job_is_a_skills_line() -> None:
    # real resumes probe 27: a job's stack line ("... CI/CD, Grafana, Real-time Monitoring") counted as work
    text = (
        "EXPERIENCE\n"
        "Machine Learning Engineer, Northwind, 2021 - 2023\n"
        "- Trained churn models in notebooks for the marketing team\n"
        "- Signal Processing, Production Systems, CI/CD, Grafana, Real-time Monitoring\n"
    )
    lines = segment(text).lines
    assert [(ln.text[:22], ln.section) for ln in lines[1:]] == [
        ("Trained churn models i", "experience"),
        ("Signal Processing, Pro", "skills"),
    ]


def test_a_job_header_listing_its_parts_is_no_tool_list() -> None:
    # "Title | Employer | City | Remote" lists four parts too; read as a tool list it made the verdict depend
    # on how a location is written (tests/test_counterfactual.py caught it)
    text = (
        "EXPERIENCE\n"
        "Data Scientist | Fibre Laurentienne | Montréal | Remote\n"
        "- Built churn models in notebooks\n"
        "Junior Data Scientist | Boutique Maple | Montréal | 2020 – 2022\n"
        "- Built dashboards for the sales team\n"
    )
    assert {ln.section for ln in segment(text).lines} == {"experience"}
