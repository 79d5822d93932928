"""Profile READMEs, "About" pages and portfolio pages (third probe of real public resumes, session 11).

Their headings are phrased freely ("## 🚀 Featured Projects", "Technical Stack", "What I Build"), their
projects are name lines with bullets under them, their headline sits above an education line with
years, and their self-description lists roles with "|" (a typewriter tagline).

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

import pytest
from structure_checks import assert_offsets

from resume_lens.assess import work_lines
from resume_lens.features import claim_context
from resume_lens.sections import find_sections, heading_name
from resume_lens.segment import segment
from resume_lens.structure import ResumeStructure


def _seg(text: str) -> ResumeStructure:
    s = segment(text)
    assert_offsets(text, s)
    return s


def _claims(s: ResumeStructure) -> list[tuple[str, str]]:
    return [(c.title, c.source) for c in s.claims]


def _section_of(s: ResumeStructure, prefix: str) -> str:
    return next(line.section for line in s.lines if line.text.startswith(prefix))


def _headline_work_lines(s: ResumeStructure) -> int:
    claim = s.claims[0]
    assert claim.source == "headline"
    return len(work_lines(claim_context(claim, s, []), s))


# ------------------------------------------------------------------ 1. heading phrasings


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Featured Projects", "projects"),
        ("## 🚀 Featured Projects", "projects"),
        ("### 🔥 Recent Projects 🔥", "projects"),
        ("Key Projects", "projects"),
        ("Notable Projects", "projects"),
        ("SELECTED PROJECTS", "projects"),
        ("AI/ML Projects", "projects"),
        ("Deep Learning Projects", "projects"),
        ("NLP Projects", "projects"),
        ("## Capstone project", "projects"),
        ("Capstone Project", "projects"),
        ("What I Build", "projects"),
        ("What I'm Building", "projects"),
        ("What I\u2019m Building", "projects"),
        ("What I Work On", "projects"),
        ("Things I've built", "projects"),
        ("Featured Engineering Systems", "projects"),  # a portfolio page (probe 16 of public resumes)
        ("Systems I've Built", "projects"),
        ("Selected Engineering Systems", "projects"),
        ("Selected Work", "experience"),
        ("Selected work", "experience"),  # a portfolio page, lower-case "work" (probe 22 of public resumes)
        ("Flagship Projects", "projects"),
        ("Technical Stack", "skills"),
        ("Tech Stack", "skills"),
        ("⚡ Tech Stack ⚡", "skills"),
        ("Stack", "skills"),
        ("## Toolbox", "skills"),
        ("**🛠️ Languages & Tools**", "skills"),
        ("Professional Overview", "summary"),
        ("Research Summary", "summary"),
        ("About me", "summary"),
        ("Current Focus", "summary"),
        ("Currently Learning", "other"),
        ("🌱 Currently learning", "other"),
        ("What I'm Looking For", "other"),
        ("Connect with me", "other"),
        ("SKILLS SUMMARY", "skills"),  # a list of skills, not a career summary
        ("CORE TECHNOLOGIES", "skills"),
        ("HOSTED PROJECTS", "projects"),
        ("COMPETITIONS", "projects"),  # like "Kaggle": notebook-level work, still work (rubric §2)
        ("RESEARCH & PUBLICATIONS", "publications"),
        ("Biography", "summary"),
        ("Latest Posts", "other"),
    ],
)
def test_page_headings(line: str, section: str) -> None:
    assert heading_name(line) == section


@pytest.mark.parametrize(
    "line",
    [
        "Worked on several key projects",  # a sentence in lower case
        "Led Key Projects",  # a verb is no modifier
        "Hybrid Recommendation Projects",  # a project's name, not a modifier
        "Delivered three ML projects",
        "Machine Learning Engineer",  # a position title
        "Senior AI Engineer",
        "OUTSIDE WORK",  # in capitals every word looks like an acronym
        "Open Source Software",
        "Featured projects, papers and talks.",
        "Research Credibility",
        "News",  # one word that a sidebar also prints as an interest
        "Developer Tools",
    ],
)
def test_no_false_page_headings(line: str) -> None:
    assert heading_name(line) is None


def test_a_bullet_ending_in_projects_is_no_heading() -> None:
    text = "Experience\nML Engineer, Acme, 2021 - 2023\n- Featured Projects\n- Key Projects\n"
    assert [s.name for s in find_sections(text)] == ["experience"]


# ------------------------------------------------------------------ 2. profile README with project blocks

README = """Lena K.
AI Engineer · Computer Vision · NLP
Final-year student who builds end-to-end vision systems, from training to embedded deployment.

## ⚡ Technical Stack
Languages: Python · C++
Frameworks: PyTorch · scikit-learn · FastAPI

## 🚀 Featured Projects

Parking Lot Occupancy Detector
A camera pipeline that counts free parking spaces from a video feed.
- Fine-tuned a YOLOv8 detector on 2,400 labelled frames
- Served the detector behind a FastAPI endpoint used by the campus app

Receipt Reader (GitHub)
- OCR and field extraction for scanned receipts, 94% field accuracy on a held-out set

## 🌱 Currently Learning
- Diffusion models
- LLM fine-tuning
"""


def test_readme_projects_section_holds_the_project_blocks() -> None:
    s = _seg(README)
    assert [sec.name for sec in s.sections] == ["header", "skills", "projects", "other"]
    assert _section_of(s, "Languages: Python") == "skills"
    for prefix in (
        "Parking Lot",
        "A camera pipeline",
        "Fine-tuned a YOLOv8",
        "Receipt Reader",
        "OCR and field",
    ):
        assert _section_of(s, prefix) == "projects"
    assert _section_of(s, "Diffusion models") == "other"  # a learning goal is no work
    assert s.positions == ()  # a project name line without dates is no position
    assert _claims(s) == [("AI Engineer", "headline")]
    # the description line and the bullets: 4 lines of work for the headline claim; the project names alone
    # ("Parking Lot Occupancy Detector", "Receipt Reader (GitHub)") are titles, no work (session 23)
    assert _headline_work_lines(s) == 4


PORTFOLIO = """Omar T.
AI Engineer — Agentic Systems · Production ML
LinkedIn | Email

What I Build
I design multi-agent systems where LLMs execute whole workflows.
- Multi-agent orchestration with LangGraph
- Streaming delivery over Redis and SSE

Ledgerly — Contract Review Agents (production system at Norcast)
- Routes each contract to specialist agents for clauses and insurance
- Handles 4,000 documents a week for the legal team

QuoteBot
- Internal RAG chatbot over procurement policies, in daily use by 300 staff

Stack
Python, LangGraph, FastAPI, Docker, Kubernetes

Education
B.Sc. Computer Engineering, Tarn University, 2019 - 2023
"""


def test_portfolio_what_i_build_and_project_names_are_projects() -> None:
    s = _seg(PORTFOLIO)
    assert [sec.name for sec in s.sections] == ["header", "projects", "skills", "education"]
    assert [sec.heading for sec in s.sections[1:]] == ["What I Build", "Stack", "Education"]
    for prefix in (
        "I design",
        "Multi-agent orchestration",
        "Ledgerly",
        "Routes each",
        "QuoteBot",
        "Internal RAG",
    ):
        assert _section_of(s, prefix) == "projects"
    assert _section_of(s, "Python, LangGraph") == "skills"
    assert s.positions == ()
    assert _claims(s) == [("AI Engineer", "headline")]
    assert _headline_work_lines(s) == 7  # the title "QuoteBot" alone is no line of work


OVERVIEW = """Sam R.
AI Engineer — LLM systems on cloud infrastructure

Professional Overview
Engineer with 4 years of backend experience, now building LLM applications.
- LLMOps: evaluation harnesses and regression tests for prompts

Technical Stack
Cloud: GCP, AWS

Featured Projects

Atlas — Multi-Agent Trip Planner
- Fan-out orchestration across specialist agents in LangGraph
- Pytest suite of 14 cases for the orchestration

Certifications
- Google Cloud Professional Cloud Architect
"""


def test_professional_overview_and_technical_stack() -> None:
    s = _seg(OVERVIEW)
    assert [sec.name for sec in s.sections] == ["header", "summary", "skills", "projects", "certifications"]
    assert _section_of(s, "Engineer with 4 years") == "summary"
    assert _section_of(s, "Cloud: GCP") == "skills"
    assert _section_of(s, "Fan-out orchestration") == "projects"
    assert _claims(s) == [("AI Engineer", "headline")]
    assert _headline_work_lines(s) == 2  # "Atlas — Multi-Agent Trip Planner" is a project's title


# ------------------------------------------------------------------ 3. the headline is no position

HEADLINE_OVER_STUDIES = """Priya N.
Machine Learning Engineer · Deep Learning · NLP / LLMs
3rd-year B.Tech CSE (AI/ML) · Tarn Institute of Technology (2024–2028)
I build ML systems end to end: data pipeline, model, API and a deployed UI.
LinkedIn | Email

About
I work on applied machine learning where the model has to ship.

Featured Projects

1. LoanWatch: Early Warning for Loan Default
- LightGBM on engineered financial features, with SHAP explanations
- FastAPI endpoints for high-risk borrower alerts
"""


def test_headline_above_a_study_line_is_no_position() -> None:
    s = _seg(HEADLINE_OVER_STUDIES)
    assert s.positions == ()
    assert _section_of(s, "Machine Learning Engineer") == "header"
    assert _section_of(s, "I work on applied") == "summary"
    assert _section_of(s, "LightGBM on engineered") == "projects"
    assert _claims(s) == [("Machine Learning Engineer", "headline")]
    assert _headline_work_lines(s) == 3


@pytest.mark.parametrize(
    "dates",
    ["Tarn University, 2019 - 2021", "Northwind Labs, Jan 2019 - Mar 2021"],
)
def test_a_dated_job_without_heading_is_still_a_position(dates: str) -> None:
    text = (
        "Alex P.\n"
        f"Machine Learning Engineer, {dates}\n"
        "- Served ranking models behind an API for 40k users a day\n"
        "- Built drift monitoring with alerts\n"
    )
    s = _seg(text)
    assert [p.title for p in s.positions] == ["Machine Learning Engineer"]
    assert len(s.positions[0].bullets) == 2


def test_a_student_club_job_under_leadership_is_still_a_position() -> None:
    text = (
        "Experience\nData Analyst\nNorthwind Bank | Jun 2021 - Jan 2022\n"
        "- Built KPI dashboards\n- Ran A/B tests\n"
        "\nLeadership\nTech Lead\nDeveloper Student Club | May 2021 - May 2022\n"
        "- Mentored a team of 5 beginners\n- Ran weekly workshops\n"
    )
    s = _seg(text)
    assert [(p.title, p.organization) for p in s.positions] == [
        ("Data Analyst", "Northwind Bank"),
        ("Tech Lead", "Developer Student Club"),
    ]


# ------------------------------------------------------------------ 4. a "|"-separated self-description


@pytest.mark.parametrize(
    ("tagline", "claims"),
    [
        (
            "I am an AI/ML Engineer | an ML Researcher | an Open Source Contributor | an AI Enthusiast | "
            "a B.Tech CSE Student",
            [("AI/ML Engineer", "headline")],
        ),
        ("I'm a Data Scientist | an ML Engineer | a Kaggle Expert", [("ML Engineer", "headline")]),
        ("ML Engineer | AI enthusiast | Pune", [("ML Engineer", "headline")]),
        ("I am a B.Tech Student | an aspiring ML Engineer | an AI Enthusiast", []),
        ("AI Enthusiast | Aspiring Machine Learning Engineer", []),
        ("I am a Data Analyst | an ML enthusiast | seeking ML Engineer roles", []),
    ],
)
def test_typewriter_tagline(tagline: str, claims: list[tuple[str, str]]) -> None:
    s = _seg(f"Ravi M.\n{tagline}\nNagpur, India\n")
    assert _claims(s) == claims


# ------------------------------------------------------------------ 5. About-page prose stays summary

ABOUT_PAGE = """About

Hi, I'm Tomas V. I'm an AI/ML Engineer with a software engineering background,
currently working on MLOps at a utility company.

I build research agents and MLOps pipelines, and I have trained models for molecule screening.

Outside work I trade on paper and mentor at bootcamps.
"""


def test_about_page_prose_is_summary() -> None:
    # Rubric §2 names summaries as their own evidence source beside position and project bullets, and an
    # "About" page is a summary: its paragraphs stay in the summary (headline scope "summary"). Session 21
    # tried taking an About page's summary as the headline claim's work when there is no experience or
    # projects section; a review broke it at once (a generic summary with a skills list, wishes, the
    # employer's systems all became "supported"), so it was reverted: see tests/test_about_page.py.
    s = _seg(ABOUT_PAGE)
    assert [sec.name for sec in s.sections] == ["summary"]
    assert {line.section for line in s.lines} == {"summary"}
    assert s.positions == ()
    assert _claims(s) == [("AI/ML Engineer", "headline")]
    assert _headline_work_lines(s) == 0
