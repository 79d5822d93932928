"""Claims and positions fixed after the nineteenth probe of public resumes (38 real resumes, labels frozen
before the tool ran).

* A spaced slash between two titles on a tagline separates them like "|": "Jane Roe — Staff ML Engineer /
  AI Solutions Architect" claims "Staff ML Engineer" (rubric §1), while "ML / Backend / DevOps Engineer"
  still shares its head word.
* A portfolio page's title, "Jane Roe – AI Engineer Portfolio", names the pages, not a title held
  (``TITLE.NOT_A_TITLE.PROJECT``); the line under it said "I am an aspiring AI Engineer".
* An untitled entry whose dates lie inside the titled entry above it is a period of that job: "Machine
  Learning Engineer | Acme | Jun. 2024 - present" followed by "Jan. 2025 – present" and its bullets, then
  "Jun. 2024 – Dec. 2024" and its bullets, is one position whose work is all those bullets.
"""

from __future__ import annotations

import pytest

from resume_lens.claims import find_headline
from resume_lens.sections import find_sections
from resume_lens.segment import segment


def _headline_title(text: str) -> str | None:
    claim = find_headline(text, find_sections(text)).claim
    return None if claim is None else claim.title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Jane Roe \u2014 Staff ML Engineer / AI Solutions Architect\n\n- Shipped things.",
            "Staff ML Engineer",
        ),
        ("Jane Roe\nProduct Designer / ML Engineer / Climber", "ML Engineer"),
        # a shared head word stays one title
        ("Jane Roe\nML / Backend / DevOps Engineer", "ML / Backend / DevOps Engineer"),
        ("Jane Roe\nData Scientist / ML Engineer", "Data Scientist / ML Engineer"),
    ],
)
def test_a_spaced_slash_separates_tagline_titles(text, title):
    assert _headline_title(text) == title


def test_a_portfolio_page_title_is_no_claim():
    text = (
        "Jane Roe \u2013 AI Engineer Portfolio\n\n"
        "Welcome to my portfolio! I am an aspiring AI Engineer passionate about intelligent systems.\n"
    )
    assert _headline_title(text) is None
    # the title alone, without the page's word, is still a claim
    assert _headline_title("Jane Roe \u2013 AI Engineer\n") == "AI Engineer"


SUB_PERIODS = """Jane Roe

Experience

Machine Learning Engineer | Acme | Jun. 2024 - present
Norway
Responsibilities & progression
Jan. 2025 \u2013 present
Lead development of automatic feeding system
- Deployed and maintained models and services on production hardware
Jun. 2024 \u2013 Dec. 2024
Machine learning infrastructure and efficiency
- Strengthened CI/CD for ML workflows

PhD Candidate in Computer Science | Example University | Aug 2019 - Jan 2024
- Designed learning methods for streaming data.
"""


def test_untitled_periods_inside_a_job_are_that_job():
    structure = segment(SUB_PERIODS)
    positions = structure.positions
    assert [(p.index, p.title, p.start_date, p.end_date) for p in positions] == [
        (0, "Machine Learning Engineer", "2024-06", "present"),
        (1, "PhD Candidate in Computer Science", "2019-08", "2024-01"),
    ]
    work = [b.text for b in positions[0].bullets]
    assert "Deployed and maintained models and services on production hardware" in work
    assert "Strengthened CI/CD for ML workflows" in work
    assert {b.position_index for b in positions[0].bullets} == {0}
    assert {b.position_index for b in positions[1].bullets} == {1}
    # the lines of the periods belong to the job, and the PhD's lines to the PhD
    deployed = next(line for line in structure.lines if line.text.startswith("Deployed"))
    designed = next(line for line in structure.lines if line.text.startswith("Designed"))
    assert (deployed.position_index, designed.position_index) == (0, 1)
    assert [(c.title, c.position_index) for c in structure.claims] == [("Machine Learning Engineer", 0)]


def test_an_untitled_entry_outside_the_job_above_stays_its_own():
    text = SUB_PERIODS.replace("Jun. 2024 \u2013 Dec. 2024", "Jun. 2021 \u2013 Dec. 2022")
    positions = segment(text).positions
    assert [(p.title, p.start_date) for p in positions][:3] == [
        ("Machine Learning Engineer", "2024-06"),
        ("", "2021-06"),
        ("PhD Candidate in Computer Science", "2019-08"),
    ]
    assert [p.index for p in positions] == [0, 1, 2]


def test_an_untitled_entry_with_an_employer_of_its_own_stays_its_own():
    text = SUB_PERIODS.replace("Jun. 2024 \u2013 Dec. 2024", "Globex Corporation | Jul 2024 - Dec 2024")
    positions = segment(text).positions
    assert [(p.title, p.organization) for p in positions][:2] == [
        ("Machine Learning Engineer", "Acme"),
        ("", "Globex Corporation"),
    ]
    assert "Strengthened CI/CD for ML workflows" not in [b.text for b in positions[0].bullets]
