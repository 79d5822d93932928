"""The evidence-role feature ``has_long_job`` (rubric §5: ``student`` is coursework, academic projects and
short internships): a year or more, or a job held now, in a position that is no student or intern position."""

from __future__ import annotations

import pytest

from resume_lens.features import has_long_job, role_features
from resume_lens.segment import segment


def _positions(entries: str):
    return segment(f"EXPERIENCE\n{entries}").positions


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ("ML Engineer, Northwind, Jan 2021 - Dec 2021\n- Built the churn model\n", True),  # 12 months
        ("ML Engineer, Northwind, Jan 2021 - Nov 2021\n- Built the churn model\n", False),  # 11 months
        # a job held now counts whatever its length (the answer must not depend on today's date)
        ("Data Scientist, Contoso, Mar 2026 - Present\n- Built dashboards\n", True),
        ("Machine Learning Intern, Contoso, Mar 2026 - Present\n- Trained models\n", False),
        ("Machine Learning Intern, Northwind, Jan 2021 - Dec 2022\n- Trained models\n", False),  # an intern
        ("Graduate Student, State University, 2019 - 2023\n- Thesis on graph models\n", False),  # a student
        ("ML Engineer, Northwind\n- Built the churn model\n", False),  # no dates
    ],
)
def test_has_long_job(entries: str, expected: bool) -> None:
    assert has_long_job(_positions(entries)) is expected


def test_the_role_features_carry_it() -> None:
    text = "EXPERIENCE\nML Engineer, Northwind, Jan 2019 - Dec 2021\n- Built the churn model\n"
    structure = segment(text)
    assert role_features(structure, [])["has_long_job"] == 1.0
