"""Segmentation shapes from the tenth probe of public resumes (all resume text here is invented; only the
layouts follow the real resumes).

A degree entry written like a job header, degree first ("Master's, Data Science | Tarn University |
Sep 2019 - Dec 2020"), is education: the header parser reads the degree as the organisation and the field as
the title, and such an entry never opens a position, so the courses under it are not a job's lines of work.

Two known headings joined by "&" or "and" ("PROJECTS & RESEARCH", "Courses and certificates") are one heading,
read as the first one's section; before, such a line was no heading and a projects list merged into the job
above it.
"""

from __future__ import annotations

import pytest
from structure_checks import position_rows as _rows
from structure_checks import segmented as _seg

_RESUME = """Lena Marsh
Data Scientist

WORK EXPERIENCE
ML Engineer | Orbel Health | Apr 2024 - Present
- Built the triage ranking model and deployed it behind the intake service.
- Added drift alerts on the model's input features.

Data Scientist | Cardell Labs | Mar 2021 - Apr 2024
- Modelled patient flows with gradient boosting.
- Presented the forecasts to the operations team.

EDUCATION
Master's, Data Science | Tarn University | Sep 2019 - Dec 2020
- GPA: 3.8
- Courses: Algorithms for Data Science; Exploratory Data Analysis and Visualization
Bachelor's, Statistics | Vale University | Aug 2015 - Dec 2018
"""


def test_a_degree_written_like_a_job_header_is_education() -> None:
    s = _seg(_RESUME)
    assert [sec.name for sec in s.sections] == ["header", "experience", "education"]
    assert [row[:2] for row in _rows(s)] == [
        ("ML Engineer", "Orbel Health"),
        ("Data Scientist", "Cardell Labs"),
    ]


def _with_heading(heading: str) -> str:
    return (
        "Jane Doe\nML Engineer\n\nEXPERIENCE\nML Engineer | Acme | 2020 - 2022\n"
        "- Built a model.\n- Shipped it.\n\n"
        f"{heading}\nRAG Chatbot\nDesigned a RAG chatbot with Llama.\n"
    )


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("PROJECTS & RESEARCH", "projects"),  # real resumes, probe 10: its projects had merged into a job
        ("Projects and Publications", "projects"),
        ("Education & Certifications", "education"),
        ("Awards & Achievements", "other"),
        ("Skills & Tools", "skills"),
    ],
)
def test_two_known_headings_joined_by_and_are_a_heading(heading: str, section: str) -> None:
    s = _seg(_with_heading(heading))
    assert [(sec.name, sec.heading) for sec in s.sections][-1] == (section, heading)
    assert len(s.positions) == 1 and len(s.positions[0].bullets) == 2


def test_a_field_joined_by_and_is_no_heading() -> None:
    # "Machine Learning and Data Science" names no section: the line stays text of the job above
    s = _seg(_with_heading("Machine Learning and Data Science"))
    assert [sec.name for sec in s.sections] == ["header", "experience"]
