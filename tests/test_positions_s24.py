"""Position headers fixed after the session-24 probes of public resumes (text written for this test).

An entry set as an employer line ("Acme Analytics, Moscow") over a date line that opens with a title in
sentence case ("ML engineer, Mar 2023 to present") has that title: the text before the dates is read as a
sentence-case title by the same tests as a title line of its own (at most four words, a known title family
or a role word last, no article or preposition), and the line above names the employer. Before, the line
above became the title ("S8 Capital", or its city), and the claim of "ML engineer" was lost.
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
