"""Position headers and headings after a review of session 26's (texts written for this test).

* A dated list item under a title line is the header's employer line only when its parts are Title Case
  (an employer and its place: "- Ernst & Young, Warsaw, Poland, February 2025 - present"); "- Real-time fraud
  scoring on SageMaker, Jan 2022 - Jun 2022" is a line of work (``_employer_date_items_below_titles``).
* "- **Google Cloud** | Professional Machine Learning Engineer | Jan 2024 - Jan 2026" names a certification,
  not a job (rubric §1: a certificate is no claim): a certification word in the title, or an issuer as the
  employer with "Professional" first, "Associate" last or "Track" in the title; "- **Acme** | Associate ML
  Engineer | 2022 - 2023" and "- **JPMorgan Chase** | Machine Learning Engineer – Associate | ..." are jobs
  (``certification_*`` and ``issuer_title_*`` in ``header_words.json``). "Badges", "Licenses" and
  "Continuing Education" are certification headings.
* "ML & MLOps Highlights" after an Experience section is not a summary: "and"-joined modifiers do not make
  a "highlights" heading (``sections._NOT_JOINED``).
"""

from __future__ import annotations

import pytest

from resume_lens import Screener
from resume_lens.sections import heading_name
from resume_lens.segment import segment


def _positions(text: str) -> list[tuple[str, str | None, int]]:
    return [(p.title, p.organization, len(p.bullets)) for p in segment(text).positions]


@pytest.mark.parametrize(
    "item",
    [
        "- Real-time fraud scoring on SageMaker, Jan 2022 - Jun 2022",
        "- Kubeflow retraining pipeline, Mar 2021 - Dec 2021",
        "- Owner of the Triton inference service, 2021 - 2023",
    ],
)
def test_a_dated_line_of_work_in_lower_case_stays_a_line_of_work(item):
    text = (
        "Ana Silva\nMachine Learning Engineer\n\nExperience\nMachine Learning Engineer\n"
        f"{item}\n- Built EDA notebooks on transaction data.\n- Presented results to the risk team.\n"
    )
    ((title, organization, n_bullets),) = _positions(text)
    assert title == "Machine Learning Engineer"
    assert n_bullets == 3


def test_an_employer_and_place_item_under_a_title_is_still_the_header():
    text = (
        "Jan Kowalski\n\nExperience\nSenior AI Consultant IV\n"
        "- Ernst & Young, Warsaw, Poland, February 2025 - present\n- Duties include model reviews.\n"
    )
    assert _positions(text) == [("Senior AI Consultant IV", "Ernst & Young", 1)]


@pytest.mark.parametrize(
    "item",
    [
        "- **Google Cloud** | Professional Machine Learning Engineer | Jan 2024 - Jan 2026",
        "- **AWS** | Machine Learning Engineer \u2013 Associate | Mar 2025 - Mar 2028",
        "- **DeepLearning.AI** | Machine Learning Engineer Track (online course) | Jan 2023 - Apr 2023",
    ],
)
def test_a_certification_in_bar_form_is_no_position(item):
    text = "Ana Silva\nData Analyst\n\nExperience\n- **Finlytics** | Data Analyst | Mar 2021 - Present\n"
    text += item
    assert [p[0] for p in _positions(text)] == ["Data Analyst"]


@pytest.mark.parametrize(
    ("item", "title", "employer"),
    [
        ("- **Acme** | Associate ML Engineer | 2022 - 2023", "Associate ML Engineer", "Acme"),
        # a rank after the title is a job's unless a certification's issuer is the employer (a review)
        (
            "- **JPMorgan Chase** | Machine Learning Engineer \u2013 Associate | Jul 2021 - Present",
            "Machine Learning Engineer",
            "JPMorgan Chase",
        ),
        ("- **Acme** | ML Engineer (Track & Trace) | 2021 - 2023", "ML Engineer", "Acme"),
        (
            "- **Udemy** | Machine Learning Engineer, Course Recommendations | 2021 - 2023",
            "Machine Learning Engineer",
            "Udemy",
        ),
    ],
)
def test_jobs_in_bar_form_with_rank_or_team_words_are_positions(item, title, employer):
    text = f"Ana Silva\n\nExperience\n{item}\n  - Deployed models.\n"
    assert _positions(text) == [(title, employer, 1)]


@pytest.mark.parametrize("heading", ["Badges", "Licenses", "Licences", "Continuing Education"])
def test_badges_and_licenses_are_certifications(heading):
    assert heading_name(heading) == "certifications"


@pytest.mark.parametrize("heading", ["ML & MLOps Highlights", "Technical & Research Highlights"])
def test_joined_modifiers_make_no_highlights_heading(heading):
    assert heading_name(heading) != "summary"
    assert heading_name("Career Highlights") == "summary"


def test_a_certification_under_badges_is_no_claim():
    text = (
        "Ana Silva\nData Analyst\n\nExperience\nData Analyst, Finlytics, Mar 2021 - Present\n"
        "- Built Tableau dashboards for the risk team.\n- Wrote SQL reports.\n\n"
        "Badges\n- **Google Cloud** | Professional Machine Learning Engineer | Jan 2024 - Jan 2026\n\n"
        "Education\nBSc Economics, 2020\n"
    )
    assert Screener(as_of="2026-12-02").assess_text(text, file="cv.txt").verdict == "no_claim"


@pytest.mark.parametrize(
    "item",
    [
        "- Acme Online - Machine Learning Engineer Program   2023 - 2024",
        "- HackZurich - AI Engineer (team of 4)   Sep 2023 - Sep 2023",
        "- Google - Professional Machine Learning Engineer   Mar 2023 - Mar 2025",
        "- DeepLearning.AI - AI Engineer   2023 - 2023",
    ],
)
def test_dashed_courses_certificates_and_hackathon_roles_are_no_positions(item):
    text = f"Ana Silva\n\nExperience\n{item}\n  - Trained models in notebooks.\n"
    assert _positions(text) == []


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (
            "- **AWS** | Professional Services ML Engineer | Jul 2021 - Present",
            "Professional Services ML Engineer",
        ),
        ("- **Microsoft** | AI Engineer \u2013 Healthcare Specialty | Jul 2021 - Present", "AI Engineer"),
        ("- **GCP** | ML Engineer, Exam Integrity | Jul 2021 - Present", "ML Engineer"),
    ],
)
def test_jobs_at_certification_issuers_stay_positions(item, title):
    text = f"Ana Silva\n\nExperience\n{item}\n  - Deployed models.\n"
    assert [p[0] for p in _positions(text)] == [title]


def test_a_note_in_emphasis_under_a_header_is_no_title():
    text = (
        "Jane Roe\n\nExperience\n**Zalando** | Machine Learning Engineer | Jan 2022 - Present\n"
        "*Promoted from Data Scientist*.\n- Deployed the churn model on SageMaker.\n"
    )
    assert [p[0] for p in _positions(text)] == ["Machine Learning Engineer"]


def test_dashed_client_engagements_under_a_dated_job_are_its_lines():
    text = (
        "Jane Roe\n\nExperience\nMachine Learning Engineer, Acme Consulting, Jan 2019 - Present\n"
        "- Allianz - Data Scientist   2021 - 2022\n"
        "  - Deployed the claims fraud model on Azure ML endpoints scoring 1M claims a month.\n"
        "- Munich Re - Data Analyst   2019 - 2020\n"
        "  - Built weekly dashboards in Power BI.\n"
    )
    assert _positions(text) == [("Machine Learning Engineer", "Acme Consulting", 4)]


# A third review: dashed jobs with a level, a bracket or a team; teams named like programmes at issuers;
# notes in emphasis holding a title word; long-running non-consulting jobs above a dashed job.
@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("- Acme - ML Engineer (Contract)   2021 - 2022", "ML Engineer"),
        ("- Amazon - Applied Scientist (L6)   2021 - 2022", "Applied Scientist"),
        ("- Zalando - Senior ML Engineer, Search   2021 - 2022", "Senior ML Engineer"),
        ("- Acme - ML Engineer (Search & Ranking)   2021 - 2022", "ML Engineer"),
        (
            "- **Coursera** | Machine Learning Engineer, Degrees Program | Jul 2021 - Present",
            "Machine Learning Engineer",
        ),
        ("- **AWS** | ML Engineer, Fast Track | 2021 - 2023", "ML Engineer"),
        (
            "- **Credly** | Machine Learning Engineer, Certification | Jul 2021 - Present",
            "Machine Learning Engineer",
        ),
    ],
)
def test_jobs_with_a_level_bracket_or_team_are_positions(item, title):
    text = f"Ana Silva\n\nExperience\n{item}\n  - Deployed models.\n"
    assert [p[0] for p in _positions(text)] == [title]


@pytest.mark.parametrize(
    "note",
    [
        "*AWS Certified Machine Learning Engineer*.",
        "*Interviewing ML Engineer candidates*.",
        "*Data Scientist until 2023*.",
    ],
)
def test_notes_in_emphasis_holding_a_title_stay_lines_of_the_job(note):
    text = (
        "Jane Roe\n\nExperience\n**Acme** | Data Scientist | Jan 2022 - Present\n"
        f"{note}\n- Built churn models in notebooks.\n"
    )
    assert _positions(text) == [("Data Scientist", "Acme", 2)]


def test_a_dashed_job_under_a_long_running_non_consulting_role_is_its_own_position():
    text = (
        "Jane Roe\n\nExperience\nPhD Researcher, TU Munich, Oct 2018 - Present\n"
        "- Zalando - Machine Learning Engineer   Jan 2021 - Present\n"
        "  - Deployed the size model on Kubernetes.\n"
    )
    assert [p[0] for p in _positions(text)] == ["PhD Researcher", "Machine Learning Engineer"]
