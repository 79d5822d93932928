"""Claim, position and role-feature shapes from the sixth probe of real resumes (session 13):

1. Claims. A "|" list introduced by a wish ("Target roles: Data Scientist | ML Engineer | Data
   Analyst", "Open to: ...", "Seeking ... | ... roles") names roles sought, not held: no headline claim
   (rubric §1). A cue part without a colon or a title ("ML Engineer | Open to relocation") governs only
   itself. A future title in the header ("Incoming Applied Scientist Intern at X - summer 2026", "I
   will join X as an ML Engineer", "ML Engineer (incoming)") is no headline claim: rubric §4 takes the
   headline claim as the *current* claim and a future title is not held yet (like a former title). The
   experience entry of that position, if listed, stays a position claim: the tool has no as-of date
   and the rubric judges each ML-titled position. An intern word after a headline title stays in the
   title ("Applied Scientist Intern at Amazon" claims "Applied Scientist Intern", seniority intern).
2. Positions. The kind of job on an employer-and-dates line ("Freelancer | Remote | 2023 - Present",
   "Self-employed | ...") under a title line is no title of its own: the title line above keeps the
   dates and the lines of work. An employer written with a lower-case first letter and a capital
   after it ("iOPEX Technologies | Jan 2021 - Dec 2021", "eBay | ...") keeps its line as the entry's
   employer and dates. A range written end first ("Ongoing - September 2021", "Present – Jan 2020")
   runs from the date to present, and an undated "Ongoing" / "Present" part ends the entry at present
   (start unknown); a template's "Month 20XX – Present" slot does not. Dates with a day ("May 25, 2026
   - Aug 7, 2026", "3 Feb 2020 - 14 Mar 2021", "June 30th, 2022") are read at month precision (dates
   are the project's own code over dateutil, resume_lens.dates). A title with a team after a dash
   ("Applied Scientist Intern - Agentic Search") above an "Employer | Place | dates" line is at that
   employer, not at the team.
3. A "Projects" heading over a work history (a portfolio page listing employer / dates / job title /
   a paragraph, three or more entries, each a job with a role title, a date and two or more lines of
   work, most with an employer) is read as experience: its positions and claims are found. The
   employer line above a bare date line in such a dates-first layout is the entry's employer. A real
   projects section (project names, no job titles) and one with only two such entries stay projects.
4. Role features: ``newest_seniority`` and ``newest_family`` come from the newest position. A resume
   that lists its jobs oldest first (start dates rising down the list) has it last: the latest by
   dates. Otherwise the first listed stays the newest, also when a side role that goes on ("Weekend
   Tutor, 2022 - Present") is listed under a job that just ended, and when nothing is dated.

All resume text here is invented; only the layouts follow the real resumes.
"""

from __future__ import annotations

import pytest
from structure_checks import bullet_texts as _bullets
from structure_checks import claim_rows as _claims
from structure_checks import position_rows as _rows
from structure_checks import segmented as _seg

from resume_lens.claims import newest_position
from resume_lens.dates import find_date_range, find_dates
from resume_lens.features import role_features
from resume_lens.titles import classify_title

# ------------------------------------------------------------- 1. wishes and future titles

_JOB = "\nExperience\nReporting Analyst, Pelican Foods (2021 - 2024)\n- Built weekly sales dashboards\n"


@pytest.mark.parametrize(
    "header",
    [
        "Target roles: Data Scientist | Machine Learning Engineer | BI Developer",
        "Desired positions: ML Engineer | Data Engineer",
        "Open to: Data Scientist | AI Engineer | Analytics Engineer",
        "Seeking Data Scientist | MLOps Engineer roles",
        "Oslo, Norway | Looking for: ML Engineer | Applied Scientist",
        "I build retrieval tools. Incoming Applied Scientist Intern (Search) at Quill Labs - summer 2027.",
        "I am an incoming Machine Learning Engineer at Brightwave.",
        "I will join Brightwave as an ML Engineer in March.",
        "ML Engineer (incoming) at Brightwave",
    ],
)
def test_wished_or_future_title_is_no_headline_claim(header: str) -> None:
    s = _seg("Rui Costa\n" + header + _JOB)
    assert _claims(s) == []


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # near misses: the cue is not about the title
        ("ML Engineer | Open to relocation | Lisbon", "ML Engineer"),
        ("Rui Costa | AI Engineer | Lisbon", "AI Engineer"),
        ("Aspiring AI Researcher | Machine Learning Engineer", "Machine Learning Engineer"),
        ("ML Engineer at Brightwave, routing incoming support tickets with NLP.", "ML Engineer"),
        # the intern word after the title stays in the claim
        ("Applied Scientist Intern at Orbital Retail. I build ranking models.", "Applied Scientist Intern"),
        ("I am a Machine Learning Engineer Intern at Brightwave.", "Machine Learning Engineer Intern"),
    ],
)
def test_current_title_stays_a_headline_claim(header: str, title: str) -> None:
    s = _seg("Rui Costa\n" + header + _JOB)
    assert [(c.title, c.source) for c in s.claims] == [(title, "headline")]


def test_intern_headline_claim_has_intern_seniority() -> None:
    s = _seg("Rui Costa\nApplied Scientist Intern at Orbital Retail. I build ranking models." + _JOB)
    assert classify_title(s.claims[0].title).seniority == "intern"


def test_future_internship_listed_in_experience_stays_a_position_claim() -> None:
    text = (
        "Mei Tan\n"
        "I model traffic networks. Incoming Applied Scientist Intern at Quill Labs - summer 2027.\n"
        "\nExperience\n"
        "Applied Scientist Intern, Quill Labs (Jun 2027 - Aug 2027)\n"
        "- Building a retrieval service for support agents\n"
    )
    s = _seg(text)
    assert _claims(s) == [("Applied Scientist Intern", "position", 0, "2027-06", "2027-08")]


# ------------------------------------------------------------- 2. positions and dates

FREELANCE = (
    "Experience\n\n"
    "Computer Vision Engineer\n"
    "Kestrel Robotics | Porto | 2024 - 2024\n"
    "- Cut detector latency on kiosks to 40 ms\n"
    "\n"
    "LLM Engineer\n"
    "Freelancer | Remote | 2023 - Present\n"
    "Built retrieval services for small clients.\n"
    "- Served a quantized model behind a FastAPI endpoint\n"
    "- Added request tracing to the client gateway\n"
    "\n"
    "Robotics Mentor (Volunteer)\n"
    "Tarn University | Porto | 2022 - Present\n"
    "- Coached student teams\n"
)


def test_job_kind_on_the_dates_line_is_no_title() -> None:
    s = _seg(FREELANCE)
    assert _rows(s) == [
        ("Computer Vision Engineer", "Kestrel Robotics", "2024-01", "2024-12", "ml_engineer"),
        ("LLM Engineer", None, "2023-01", "present", "ai_engineer"),
        ("Robotics Mentor", "Tarn University", "2022-01", "present", "other"),
    ]
    assert _bullets(s, 1) == [
        "Built retrieval services for small clients.",
        "Served a quantized model behind a FastAPI endpoint",
        "Added request tracing to the client gateway",
    ]
    assert _claims(s) == [
        ("LLM Engineer", "position", 1, "2023-01", "present"),
        ("Computer Vision Engineer", "position", 0, "2024-01", "2024-12"),
    ]


def test_marketplace_employer_on_the_dates_line_stays_the_employer() -> None:
    s = _seg("Experience\n\nML Engineer\nTaskHub | Remote | 2023 - Present\n- Served ranking models\n")
    assert _rows(s) == [("ML Engineer", "TaskHub", "2023-01", "present", "ml_engineer")]


def test_lowercase_initial_brand_keeps_employer_and_dates() -> None:
    text = (
        "Experience\n\n"
        "Machine Learning Engineer\n"
        "eNova Systems | Feb 2022 - Present\n"
        "- Served churn models behind an API\n\n"
        "Data Analyst\n"
        "iQuanta Labs | Jan 2020 - Dec 2021\n"
        "- Built weekly KPI reports\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("Machine Learning Engineer", "eNova Systems", "2022-02", "present", "ml_engineer"),
        ("Data Analyst", "iQuanta Labs", "2020-01", "2021-12", "data_analyst"),
    ]
    assert _bullets(s, 0) == ["Served churn models behind an API"]


def test_lowercase_sentence_start_is_still_no_header() -> None:
    # near miss: a wrapped sentence that opens in lower case stays a line of work
    text = (
        "Experience\n\n"
        "ML Engineer | Kestrel Robotics | 2021 - 2023\n"
        "- Shipped a defect detector to three plants and\n"
        "  retrained it monthly from 2021 - 2023 | operator feedback\n"
    )
    s = _seg(text)
    assert _rows(s) == [("ML Engineer", "Kestrel Robotics", "2021-01", "2023-12", "ml_engineer")]


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Ongoing - September 2021 | Izmir", "2021-09", "present"),
        ("Kestrel Robotics (Present \u2013 Jan 2020)", "2020-01", "present"),
        ("Quill Labs | May 25, 2026 - Aug 7, 2026", "2026-05", "2026-08"),
        ("Quill Labs | 3 Feb 2020 - 14 Mar 2021", "2020-02", "2021-03"),
        ("May 3rd, 2021 - June 30th, 2022", "2021-05", "2022-06"),
        ("Sep 15, 2020 - Oct 1, 2021", "2020-09", "2021-10"),  # days, not two-digit years
    ],
)
def test_present_first_and_day_precise_ranges(line: str, start: str, end: str) -> None:
    found = find_date_range(line)
    assert found is not None
    assert (found.start, found.end, found.is_range) == (start, end, True)


@pytest.mark.parametrize("line", ["we are now - 2021 ready", "Due date - 2021", "It is now a 2021 finalist"])
def test_present_word_in_prose_is_no_range(line: str) -> None:
    assert find_date_range(line) is None


def test_single_day_precise_date_is_its_month() -> None:
    found = find_dates("Talk at PyData, Sep 15, 2020")
    assert found is not None
    assert (found.start, found.end, found.is_range) == ("2020-09", "2020-09", False)


def test_ongoing_range_and_undated_ongoing_end_at_present() -> None:
    text = (
        "Experience\n\n"
        "Nimbus Analytics, AI Engineer\n"
        "Ongoing - September 2021 | Izmir (Hybrid)\n"
        "- Served speech models on Kubernetes\n\n"
        "Data Analyst | Pelican Foods | Ongoing\n"
        "- Built dashboards\n"
    )
    s = _seg(text)
    assert _rows(s) == [
        ("AI Engineer", "Nimbus Analytics", "2021-09", "present", "ai_engineer"),
        ("Data Analyst", "Pelican Foods", None, "present", "data_analyst"),
    ]


def test_title_with_team_after_dash_takes_employer_from_dates_line() -> None:
    text = (
        "Experience\n\n"
        "Applied Scientist Intern - Agentic Search\n"
        "Quill Labs | Remote - Austin, TX | May 26, 2027 - Aug 6, 2027\n"
        "- Building tool-calling agents for support\n"
    )
    s = _seg(text)
    assert _rows(s) == [("Applied Scientist Intern", "Quill Labs", "2027-05", "2027-08", "applied_scientist")]


def test_title_dash_employer_keeps_employer_when_dates_line_is_a_place() -> None:
    # near miss: "Place | dates" below gives no employer, so the part after the dash stays it
    text = "Experience\n\nML Engineer - Kestrel Robotics\nPorto, Portugal | 2021 - 2023\n- Served models\n"
    s = _seg(text)
    assert _rows(s) == [("ML Engineer", "Kestrel Robotics", "2021-01", "2023-12", "ml_engineer")]


# ------------------------------------------------------------- 3. a work history under "Projects"

PORTFOLIO = (
    "Projects\n\n"
    "Harbor Freight Lines (via Delta Consulting)\n"
    "2022 - 2023\n"
    "MLOps Engineer\n"
    "My team ran the model platform for forty analysts. Models went out through a registry.\n"
    "Tools: Python, Kubeflow, Terraform\n\n"
    "Orchid Telecom (via Delta Consulting)\n"
    "2021\n"
    "Team Lead\n"
    "I led four engineers building a churn service. I also coached the juniors.\n"
    "Tools: Python, Docker\n\n"
    "Delta Consulting\n"
    "2019 - Now\n"
    "Machine Learning Engineer\n"
    "I build machine learning systems for clients. I also run internal trainings.\n"
)


def test_work_history_under_projects_heading_is_experience() -> None:
    s = _seg(PORTFOLIO)
    assert [(x.name, x.heading) for x in s.sections] == [("experience", "Projects")]
    assert _rows(s) == [
        (
            "MLOps Engineer",
            "Harbor Freight Lines (via Delta Consulting)",
            "2022-01",
            "2023-12",
            "mlops_engineer",
        ),
        ("Team Lead", "Orchid Telecom (via Delta Consulting)", "2021-01", "2021-12", "other"),
        ("Machine Learning Engineer", "Delta Consulting", "2019-01", "present", "ml_engineer"),
    ]
    assert _bullets(s, 1) == [
        "I led four engineers building a churn service. I also coached the juniors.",
        "Tools: Python, Docker",
    ]
    assert _claims(s) == [
        ("Machine Learning Engineer", "position", 2, "2019-01", "present"),
        ("MLOps Engineer", "position", 0, "2022-01", "2023-12"),
    ]


def test_two_job_entries_under_projects_stay_projects() -> None:
    two = PORTFOLIO.split("Delta Consulting\n2019")[0]
    s = _seg(two)
    assert [x.name for x in s.sections] == ["projects"]
    assert s.positions == ()
    assert s.claims == ()


def test_real_projects_section_stays_projects() -> None:
    text = (
        "Experience\n\nData Analyst, Pelican Foods (2021 - 2024)\n- Built weekly dashboards\n\n"
        "Projects\n\n"
        "Churn Predictor App\n2023\nML Engineer (Personal Project)\n"
        "Trained a gradient boosting model. Served it with Streamlit.\n- Wrote the report\n\n"
        "Route Planner\n2022\nBackend Developer (Personal Project)\n"
        "Built a FastAPI service. Added caching.\n- Wrote tests\n\n"
        "Image Tagger\n2021\nML Engineer (Personal Project)\n"
        "Fine-tuned a vision model. Ran it on a laptop.\n- Wrote the README\n"
    )
    s = _seg(text)
    assert [x.name for x in s.sections] == ["experience", "projects"]
    assert _rows(s) == [("Data Analyst", "Pelican Foods", "2021-01", "2024-12", "data_analyst")]
    assert s.claims == ()


def test_dated_projects_without_job_titles_stay_projects() -> None:
    text = (
        "Projects\n\n"
        "Churn Predictor | Kaggle | 2023\n- Trained a gradient boosting model\n- Wrote the report\n\n"
        "Route Planner | Hackathon | 2022\n- Built a FastAPI service\n- Added caching\n\n"
        "Image Tagger | Coursework | 2021\n- Fine-tuned a vision model\n- Ran it on a laptop\n"
    )
    s = _seg(text)
    assert [x.name for x in s.sections] == ["projects"]
    assert s.positions == ()


# ------------------------------------------------------------- 4. newest position for role features

OLDEST_FIRST = (
    "My Work Experience\n\n"
    "Risk Advisory Intern | Lindqvist & Co | May 2017 - Aug 2017\n- Tested access controls\n\n"
    "Computer Vision Engineer | Harbor Labs | Nov 2018 - Aug 2023\n- Served detectors on drones\n\n"
    "Senior Machine Learning Engineer | Quill Labs | Jan 2024 - Present\n- Served ranking models\n"
)


def _newest_keys(features: dict[str, float]) -> list[str]:
    return sorted(k for k in features if k.startswith("newest_"))


def test_role_features_take_the_newest_position_by_dates() -> None:
    s = _seg(OLDEST_FIRST)
    assert [p.title for p in s.positions] == [
        "Risk Advisory Intern",
        "Computer Vision Engineer",
        "Senior Machine Learning Engineer",
    ]
    newest = newest_position(s.positions)
    assert newest is not None and newest.index == 2
    assert _newest_keys(role_features(s, [])) == ["newest_family=ml_engineer", "newest_seniority=senior"]


def test_role_features_newest_first_listing_unchanged() -> None:
    text = (
        "Experience\n\n"
        "Data Analyst | Pelican Foods | 2022 - Present\n- Built dashboards\n\n"
        "ML Engineer Intern | Quill Labs | Jun 2021 - Aug 2021\n- Served a model\n"
    )
    s = _seg(text)
    assert newest_position(s.positions) is s.positions[0]
    assert _newest_keys(role_features(s, []))[0] == "newest_family=data_analyst"


def test_undated_positions_keep_the_first_listed_as_newest() -> None:
    text = (
        "Experience\n\nData Analyst, Pelican Foods\n- Built dashboards\n\n"
        "ML Engineer, Quill Labs\n- Served a model\n"
    )
    s = _seg(text)
    assert [p.title for p in s.positions] == ["Data Analyst", "ML Engineer"]
    assert newest_position(s.positions) is s.positions[0]
    assert newest_position(()) is None


def test_newest_first_listing_with_ongoing_side_role_keeps_the_first() -> None:
    text = (
        "Experience\n\n"
        "ML Engineer | Quill Labs | Mar 2023 - Dec 2024\n- Served ranking models\n\n"
        "Weekend Tutor | Self-employed | Jan 2022 - Present\n- Taught algebra\n"
    )
    s = _seg(text)
    assert newest_position(s.positions) is s.positions[0]
    assert _newest_keys(role_features(s, [])) == ["newest_family=ml_engineer", "newest_seniority=unknown"]
