"""Full numeric dates written day and month first: "06/15/2019 – 08/30/2021" (US), "15/06/2019 –
30/08/2021" and "15.06.2019 – 31.12.2022" (British, Indian, European). They were no dates at all, so a
position whose header gave its dates this way had no dates (resume_lens.dates; noticed on real resumes); so
were a month name and a year joined by a slash ("October/2020 - Present", real resumes probe 26)."""

from __future__ import annotations

import pytest

from resume_lens.dates import find_date_range, find_dates, parse_date


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # month first (US): the second number is over 12, so it is the day
        ("06/15/2019 – 08/30/2021", "2019-06", "2021-08"),
        ("Data Scientist, Acme 03/01/2020 - 12/31/2022", "2020-03", "2022-12"),
        ("06/15/2019 - Present", "2019-06", "present"),
        ("1/2/2020-3/4/2021", "2020-01", "2021-03"),  # both could be months: month first
        # day first: the first number is over 12
        ("15/06/2019 - 30/08/2021", "2019-06", "2021-08"),
        ("15.06.2019 – 31.12.2022", "2019-06", "2022-12"),
        # one end shows its day first, so the other end is read day first too (June, not January)
        ("01/06/2019 - 15/08/2021", "2019-06", "2021-08"),
        ("03/04/2019 – 15/06/2021", "2019-04", "2021-06"),
        # dots are the European, day-first form; a range running forward only day first is read so (a review)
        ("01.10.2021 – 01.03.2023", "2021-10", "2023-03"),
        ("12/01/2021 – 02/03/2021", "2021-01", "2021-03"),
        ("05/06/2019 - 03/07/2019", "2019-06", "2019-07"),
    ],
)
def test_day_month_year_ranges_are_their_months(line: str, start: str, end: str) -> None:
    found = find_date_range(line)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("token", "day_first", "expected"),
    [
        ("06/15/2019", False, "2019-06"),
        ("15/06/2019", False, "2019-06"),  # 15 can only be the day
        ("03/04/2021", False, "2021-03"),  # US order by default
        ("03/04/2021", True, "2021-04"),
        ("15.06.2019", True, "2019-06"),
        ("13/14/2019", False, None),  # neither number is a month
        ("32/01/2019", True, None),  # no such day
    ],
)
def test_parse_date_day_month_year(token: str, day_first: bool, expected: str | None) -> None:
    assert parse_date(token, day_first=day_first) == expected


def test_a_single_day_month_year_date_is_its_month() -> None:
    found = find_dates("Graduated 05/15/2020")
    assert found is not None
    assert (found.start, found.end, found.is_range) == ("2020-05", "2020-05", False)


@pytest.mark.parametrize("line", ["version 1/2/3 release", "ticket 555/12/2020", "06-15-2019 – 08-30-2021"])
def test_no_day_month_year_date_in_other_numbers(line: str) -> None:
    # a version, a number with too many digits before the month, and hyphens (too close to phone and
    # reference numbers) are no dates
    assert find_date_range(line) is None


def test_positions_dated_day_month_year_get_their_dates() -> None:
    from resume_lens.segment import segment

    text = (
        "EXPERIENCE\n"
        "Machine Learning Engineer, Northwind Logistics    06/15/2021 - Present\n"
        "- Deployed the route-time model behind a FastAPI service\n"
        "Data Analyst, Contoso Retail    15/07/2018 - 31/05/2021\n"
        "- Built Tableau dashboards for weekly sales reviews\n"
    )
    positions = segment(text).positions
    assert [(p.title, p.start_date, p.end_date) for p in positions] == [
        ("Machine Learning Engineer", "2021-06", "present"),
        ("Data Analyst", "2018-07", "2021-05"),
    ]
    assert [len(p.bullets) for p in positions] == [1, 1]


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("October/2020 - Present: Machine Learning Engineer", "2020-10", "present"),
        ("AI Engineer (February/2025 - Present)", "2025-02", "present"),
        ("July/2016 - September/2020: Graduate Student", "2016-07", "2020-09"),
        ("Oct/2020 – Mar/2022", "2020-10", "2022-03"),
    ],
)
def test_month_name_slash_year(line: str, start: str, end: str) -> None:
    # real resumes probe 26: every entry of a resume written "Month/YYYY - Present" had no dates
    found = find_date_range(line)
    assert found is not None
    assert (found.start, found.end) == (start, end)
    assert find_dates("TCP/2020 release") is None  # no month before the slash
