"""Position headers of the session-26 probes of public resumes (text written for this test, not copied).

* "- **Speechify** | Machine Learning Engineer | Dec 2022 - Present": a list item of three parts set off by
  bars, employer first, is a position header (``_employer_part_before_barred_title``); "Title | Employer |
  dates" was read already.
* "Senior AI Consultant IV" over "- Ernst & Young, Warsaw, Poland, February 2025 - present": the list item of
  an employer, its place and its dates under a title line is the header's second line
  (``_employer_date_items_below_titles``), not a line of work; dated project items under one job stay lines of
  work.
"""

from __future__ import annotations

from resume_lens.segment import segment


def _positions(text: str) -> list[tuple[str, str | None, str | None, str | None, int]]:
    return [
        (p.title, p.organization, p.start_date, p.end_date, len(p.bullets)) for p in segment(text).positions
    ]


def test_employer_title_dates_items_set_off_by_bars():
    text = (
        "Jane Roe\n\n#### **Experience**:\n\n"
        "- **Speechify** | Machine Learning Engineer | Dec 2022 - Present\n"
        "- **RippeyAI** | NLP Developer | May 2022 - Dec 2022\n"
    )
    assert _positions(text) == [
        ("Machine Learning Engineer", "Speechify", "2022-12", "present", 0),
        ("NLP Developer", "RippeyAI", "2022-05", "2022-12", 0),
    ]


def test_an_item_with_more_than_employer_title_and_dates_is_no_header():
    # a bullet of work with bars: a fourth part, and the project before the title is no employer
    text = (
        "Jane Roe\n\nExperience\nData Scientist, Acme, 2020 - 2023\n"
        "- Built churn models | Python | SQL | 2021 - 2022\n"
        "- Presented results to the board.\n"
    )
    assert _positions(text) == [("Data Scientist", "Acme", "2020-01", "2023-12", 2)]


def test_employer_place_and_dates_item_under_a_title_line():
    text = (
        "Jane Roe\n\nWork experience\n\n"
        "Senior AI Consultant IV\n"
        "- Ernst & Young, Warsaw, Poland, February 2025 - present\n"
        "- Duties include enhancing AI agents with advanced reasoning capabilities.\n\n"
        "Deep Learning Researcher\n"
        "- DeepFlare, Warsaw, Poland, October 2022 - February 2025\n"
        "- Developed deep learning methods for vaccine design.\n"
    )
    assert _positions(text) == [
        ("Senior AI Consultant IV", "Ernst & Young", "2025-02", "present", 1),
        ("Deep Learning Researcher", "DeepFlare", "2022-10", "2025-02", 1),
    ]


def test_dated_project_items_under_one_job_stay_lines_of_work():
    text = (
        "Jane Roe\n\nExperience\n\nData Scientist\n- Fraud model, 2019 - 2021\n- Churn model, 2021 - 2023\n"
    )
    positions = _positions(text)
    assert [p[0] for p in positions] == ["Data Scientist"]
    assert positions[0][4] == 2


def test_a_dated_line_of_work_under_a_title_stays_a_line_of_work():
    # a review: "- Deployed fraud model on SageMaker, Jan 2022 - Jun 2022" is work with its dates, no header
    text = (
        "Jane Roe\n\nExperience\n\nMachine Learning Engineer\n"
        "- Deployed fraud model on SageMaker, Jan 2022 - Jun 2022\n"
        "- Served 20M users with the ranking service.\n"
    )
    positions = segment(text).positions
    assert [p.title for p in positions] == ["Machine Learning Engineer"]
    assert [b.text for b in positions[0].bullets] == [
        "Deployed fraud model on SageMaker, Jan 2022 - Jun 2022",
        "Served 20M users with the ranking service.",
    ]
