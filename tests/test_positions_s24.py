"""Position headers fixed after the session-24 probes of public resumes (text written for this test).

An entry set as an employer line ("Acme Analytics, Moscow") over a date line that opens with a title in
sentence case ("ML engineer, Mar 2023 to present") has that title: a sentence-case title that is all its line
holds besides the dates is a title (session 23), and the comma between them is a separator, not more text.
The line above names the employer. Before, the line above became the title ("S8 Capital", or its city), and
the claim of "ML engineer" was lost. A list number before a heading's title ("## 2. Machine Learning Engineer
Associate") is no part of the title. A long header of short comma-separated parts ("Teaching and Research
Assistant, <institute>, <school>, <university>, <dates>, <city>") is a header, not a bullet of the entry
above.
A Markdown list that nests the title under an employer-and-dates item ("- Twitter, 2015 - present" over
"  - ML Engineer, Tech Lead") opens a position.
"""

from __future__ import annotations

import pytest

from resume_lens.segment import segment


def _entries(employer: str, date_line: str) -> list[tuple[str, str | None, str | None, str | None]]:
    text = (
        "Jane Roe\n\nExperience\n\n"
        f"{employer}\n{date_line}\n- Built a product matching model for price comparison.\n\n"
        "Northwind Labs, Almaty\nData analyst, Dec 2021 to Mar 2023\n- Built weekly sales dashboards.\n"
    )
    return [(p.title, p.organization, p.start_date, p.end_date) for p in segment(text).positions]


@pytest.mark.parametrize(
    "employer",
    ["S8 Capital, Moscow", "Huawei Consumer Business Group, Saint Petersburg", "Aktiv financial group, Riga"],
)
def test_a_sentence_case_title_before_the_dates_is_the_title(employer):
    entries = _entries(employer, "ML engineer, Mar 2023 to present")
    assert entries[0][0] == "ML engineer"
    assert entries[0][2:] == ("2023-03", "present")
    assert entries[1][0] == "Data analyst"
    assert entries[1][2:] == ("2021-12", "2023-03")


def test_the_employer_line_above_stays_the_employer():
    entries = _entries("S8 Capital, Moscow", "ML engineer, Mar 2023 to present")
    assert entries[0][1] == "S8 Capital"


def test_an_employer_before_the_dates_is_no_title():
    # "Acme Corp, Jan 2020 to present" under a title line: the title stays the line above
    entries = _entries("Research assistant", "Acme Corp, Jan 2020 to present")
    assert entries[0][0] == "Research assistant"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("## 2. Machine Learning Engineer Associate", "Machine Learning Engineer Associate"),
        ("3) Data Scientist | Acme | 2020 - 2021", "Data Scientist"),
    ],
)
def test_a_list_number_is_no_part_of_the_title(heading, title):
    text = f"Jane Roe\n\nExperience\n\n{heading}\n**Feb 2021 - Dec 2021**\n- Built a ranking model.\n"
    assert [p.title for p in segment(text).positions] == [title]


def test_a_long_header_of_short_listed_parts_opens_a_position():
    text = (
        "Jane Roe\n\nWork Experience\n\n"
        "Machine Learning Engineer, Tryolabs, Oct 2024 - Present, Montevideo, Uruguay\n"
        "- Built a document search model for a client.\n\n"
        "Teaching and Research Assistant, Computer Science Institute (InCo), School of Engineering, "
        "University of the Republic (UdelaR, Feb 2023 - Feb 2025, Montevideo, Uruguay\n"
        "- In charge of the exercise classes of Programming 1.\n"
    )
    positions = segment(text).positions
    assert [(p.title, p.start_date, p.end_date) for p in positions] == [
        ("Machine Learning Engineer", "2024-10", "present"),
        ("Teaching and Research Assistant", "2023-02", "2025-02"),
    ]
    assert [len(p.bullets) for p in positions] == [1, 1]


def test_a_long_sentence_with_commas_and_dates_opens_no_position():
    text = (
        "Jane Roe\n\nWork Experience\n\n"
        "Machine Learning Engineer, Tryolabs, Oct 2024 - Present, Montevideo, Uruguay\n"
        "- Built a document search model for a client.\n"
        "Shipped the model to three regions, cut costs, trained the support team, wrote the runbooks, "
        "Feb 2023 - Feb 2025, with the platform group\n"
    )
    positions = segment(text).positions
    assert [p.title for p in positions] == ["Machine Learning Engineer"]


def test_a_title_item_nested_under_an_employer_and_dates_item_opens_a_position():
    text = (
        "Work experience\n\n"
        "- Twitter, 2015 - present\n"
        "  - ML Engineer, Tech Lead\n"
        "  - Trust & Safety, User Risk, NLP, Transfer Learning\n\n"
        "- Shadow Networks, 2014 - 2015\n"
        "  - Data/ML Engineer\n"
        "  - Anomaly Detection, Intrusion Detection Systems\n"
    )
    positions = segment(text).positions
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in positions] == [
        ("ML Engineer", "Twitter", "2015-01", "present"),
        ("Data/ML Engineer", "Shadow Networks", "2014-01", "2015-12"),
    ]
    assert [len(p.bullets) for p in positions] == [1, 1]


def test_an_item_of_work_with_dates_over_another_item_opens_no_position():
    text = (
        "Experience\n\nData Analyst | Acme | 2019 - 2021\n"
        "- Built the churn dashboards used by the sales team, 2019 - 2021\n"
        "- Machine Learning Engineer interviews: ran the take-home review\n"
    )
    assert [p.title for p in segment(text).positions] == ["Data Analyst"]


# a review of the session's position rules


def test_a_sentence_before_the_dates_is_no_title():
    text = (
        "Jane Roe\n\nExperience\n\nAcme Robotics, Berlin\nData science intern\n"
        "Assisted the senior ML engineer, Jun 2022 - Aug 2022\n- Labelled images for the detector.\n"
    )
    assert [p.title for p in segment(text).positions] == ["Data science intern"]


def test_flat_items_under_a_header_open_no_position():
    text = (
        "Experience\n\nData Analyst | Acme | 2018 - 2023\n- Sales dashboards, 2018 - 2020\n"
        "- Machine Learning Engineer interviews\n- Built reports.\n"
    )
    assert [(p.title, len(p.bullets)) for p in segment(text).positions] == [("Data Analyst", 3)]


def test_a_project_nested_in_a_job_stays_in_the_job():
    text = (
        "Experience\n\nML Engineer | Acme | 2019 - 2023\n- Fraud model, 2019 - 2021\n"
        "  - Data Scientist, Tech Lead\n  - Deployed the fraud model on GKE.\n"
    )
    assert [(p.title, len(p.bullets)) for p in segment(text).positions] == [("ML Engineer", 3)]


def test_a_comma_listed_line_of_work_is_no_header():
    text = (
        "Experience\n\nMachine Learning Engineer | Acme | 2021 - 2023\n- Built notebooks.\n"
        "Team Lead Duties, hired 4 engineers, ran sprint reviews, mentored two interns, owned the roadmap, "
        "2022 - 2023\n- Trained models in Jupyter.\n"
    )
    assert [p.title for p in segment(text).positions] == ["Machine Learning Engineer"]


# PDF exports print a blank line between the lines of one header (the session's probe texts rendered to PDF)


def test_a_kind_of_job_between_blank_lines_stays_in_its_entry():
    text = (
        "Work\n\nMLOps Engineer & DevOps\n\nFreelance\n\n04/01/2021 - Current\n\n"
        "- Create and deploy Kubeflow pipelines.\n\n"
        "Senior Data Engineer\n\nCathedral Software\n\n11/06/2018 - 03/26/2021\n\n- Built the ETL.\n"
    )
    structure = segment(text)
    assert [s.name for s in structure.sections] == ["experience"]
    assert [(p.title, p.start_date, p.end_date, len(p.bullets)) for p in structure.positions] == [
        ("MLOps Engineer & DevOps", "2021-04", "present", 1),
        ("Senior Data Engineer", "2018-11", "2021-03", 1),
    ]


def test_a_promotion_stack_with_a_blank_line_between_is_one_position():
    text = (
        "Professional Experience\n\n"
        "Senior Machine Learning Engineer, Aquabyte, New York, NY, December 2024 -- present\n\n"
        "Machine Learning Engineer, Aquabyte, New York, NY, June 2022 -- December 2024\n\n"
        "- Deployed the lice detector to 350 pens.\n"
    )
    assert [(p.title, p.start_date, p.end_date, len(p.bullets)) for p in segment(text).positions] == [
        ("Senior Machine Learning Engineer", "2022-06", "present", 1)
    ]


def test_two_jobs_of_two_employers_with_a_blank_line_between_stay_two():
    text = (
        "Professional Experience\n\n"
        "Senior Machine Learning Engineer, Aquabyte, New York, NY, December 2024 -- present\n\n"
        "Machine Learning Engineer, Fishnet, Boston, MA, June 2022 -- December 2024\n\n"
        "- Deployed the lice detector to 350 pens.\n"
    )
    assert len(segment(text).positions) == 2
