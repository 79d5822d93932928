"""The evidence role chosen from the role model's probabilities (resume_lens.roles, rubric §5).

Probabilities here are written by hand; the structures come from resume_lens.segment on short resumes.
"""

from __future__ import annotations

import pytest

from resume_lens.roles import choose_role, enrolled_now, holds_a_job
from resume_lens.segment import segment

PROBA = {"student": 0.5, "ai_engineer": 0.3, "data_scientist": 0.2}


def _resume(header: str, education: str = "B.Sc. Computer Science, Tarn University, 2012 - 2016") -> str:
    return (
        "Experience\n"
        f"{header}\n"
        "- Built retrieval services for the support assistant\n"
        "- Completed the Coursera Deep Learning Specialization\n"
        "\nEducation\n"
        f"{education}\n"
    )


@pytest.mark.parametrize(
    "header",
    [
        "Lead AI Engineer, Acme Labs, Jan 2021 - Present",  # a job held now
        "Software Engineer, Acme Labs, 2016 - 2019",  # three years
        "Postdoctoral Researcher, Tarn University, 2022 - Present",
    ],
)
def test_a_job_of_a_year_or_held_now_sets_student_aside(header):
    structure = segment(_resume(header))
    assert holds_a_job(structure.positions)
    role, probability = choose_role(PROBA, structure)
    # the most probable other role, its probability among the other roles: 0.3 / (0.3 + 0.2)
    assert role == "ai_engineer"
    assert probability == pytest.approx(0.6)


@pytest.mark.parametrize(
    "header",
    [
        "Machine Learning Intern, Acme Labs, Jan 2021 - Present",  # an intern
        "Junior Machine Learning Engineer, Acme Labs, Jan 2024 - Present",  # a bootcamp graduate's first job
        "Part-time Support Developer, Acme Labs, 2019 - 2023",  # a student's job
        "Undergraduate Research Assistant, Tarn University, 2019 - 2021",
        "Mathematics Teacher, Tarn High School, 2015 - 2023",  # a career switcher: no data or ML job
        "Software Engineer, Acme Labs, Jan 2020 - Jun 2020",  # six months
    ],
)
def test_other_jobs_leave_student(header):
    structure = segment(_resume(header))
    assert not holds_a_job(structure.positions)
    assert choose_role(PROBA, structure) == ("student", 0.5)


@pytest.mark.parametrize(
    "education",
    [
        "MSc Data Science, Tarn University, 2024 - Present",
        "MSc Data Science, Tarn University (expected 2026)",
        "Currently pursuing an MSc in Data Science at Tarn University",
        # a degree that ends after the resume's last closed job: still under way (a review, session 23)
        "M.S. Computer Science, Tarn University    Aug 2025 - May 2027",
    ],
)
def test_a_degree_in_progress_keeps_student(education):
    structure = segment(_resume("Software Engineer, Acme Labs, 2016 - 2019", education))
    assert holds_a_job(structure.positions)
    assert enrolled_now(structure)
    assert choose_role(PROBA, structure) == ("student", 0.5)


def test_a_role_other_than_student_is_the_models():
    structure = segment(_resume("Lead AI Engineer, Acme Labs, Jan 2021 - Present"))
    proba = {"student": 0.2, "ai_engineer": 0.5, "data_scientist": 0.3}
    assert choose_role(proba, structure) == ("ai_engineer", 0.5)
