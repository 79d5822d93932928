"""Segmentation shapes from the tenth probe of public resumes (all resume text here is invented; only the
layouts follow the real resumes).

A degree entry written like a job header, degree first ("Master's, Data Science | Tarn University |
Sep 2019 - Dec 2020"), is education: the header parser reads the degree as the organisation and the field as
the title, and such an entry never opens a position, so the courses under it are not a job's lines of work.
"""

from __future__ import annotations

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
