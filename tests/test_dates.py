"""Two-digit years, Japanese dates and template placeholders (resume_lens.dates; issue 5 item 3).

The older cases (month names, seasons, quarters, separators) are in tests/test_positions.py.
"""

from __future__ import annotations

import pytest

from resume_lens.dates import find_date_range, find_dates, find_placeholder_dates, parse_date


@pytest.mark.parametrize(
    ("line", "start", "end", "written"),
    [
        # latexcv sidebarleft: "Sep 15 - NOW", "Jan 15 - Sep 15"
        ("Sep 15 - NOW", "2015-09", "present", "Sep 15 - NOW"),
        ("Jan 15 - Sep 15", "2015-01", "2015-09", "Jan 15 - Sep 15"),
        ("Oct 12 - Sep 13", "2012-10", "2013-09", "Oct 12 - Sep 13"),
        ("Sept. 15 – Present", "2015-09", "present", "Sept. 15 – Present"),
        ("DevOps engineer | Mar 14 – Jan 15", "2014-03", "2015-01", "Mar 14 – Jan 15"),
        ("09/15 – 03/18", "2015-09", "2018-03", "09/15 – 03/18"),
        ("9/15 - 3/18", "2015-09", "2018-03", "9/15 - 3/18"),
        ("Nov 98 - Jan 02", "1998-11", "2002-01", "Nov 98 - Jan 02"),
        # a curly apostrophe as well as a straight one
        ("Mar ’21 – Present", "2021-03", "present", "Mar ’21 – Present"),
        ("Jan '19 - Dec '20", "2019-01", "2020-12", "Jan '19 - Dec '20"),
        # Japanese year and month, wave dash, 現在 ("now")
        ("2018年04月〜現在", "2018-04", "present", "2018年04月〜現在"),
        ("2014年04月〜 2018年03月", "2014-04", "2018-03", "2014年04月〜 2018年03月"),
        ("2014年4月 - 2016年", "2014-04", "2016-12", "2014年4月 - 2016年"),
    ],
)
def test_two_digit_and_japanese_ranges(line: str, start: str, end: str, written: str) -> None:
    r = find_date_range(line)
    assert r is not None
    assert (r.start, r.end, line[r.span_start : r.span_end]) == (start, end, written)


@pytest.mark.parametrize(
    "line",
    [
        "Sep 15",  # a day of the month, or a month of 2015: not read alone
        "09/15",
        "Sep 15, 2020 - Oct 1, 2021",  # days with their year
        "NeurIPS 2019, Dec 10 - Dec 15",  # a range of days of a dated event
        "Jan 15 - Sep 13",  # the end before the start
        "1/2 - 3/4",  # fractions: one-digit "years"
    ],
)
def test_two_digit_years_need_a_range_of_two_digit_years(line: str) -> None:
    assert find_date_range(line) is None


def test_two_digit_single_dates_are_not_dates() -> None:
    assert find_dates("Sep 15") is None
    assert find_dates("Served 9/15 of the queries") is None


@pytest.mark.parametrize(
    ("token", "end", "expected"),
    [
        ("Mar ’21", False, "2021-03"),
        ("’98", False, None),  # a year alone needs four digits
        ("2018年04月", False, "2018-04"),
        ("2018年4月", True, "2018-04"),
        ("2018年", False, "2018-01"),
        ("2018年", True, "2018-12"),
        ("現在", True, "present"),
        ("現在", False, None),
    ],
)
def test_parse_date_new_forms(token: str, end: bool, expected: str | None) -> None:
    assert parse_date(token, end=end) == expected


def test_japanese_single_date() -> None:
    r = find_dates("2019年06月 AWS認定")
    assert r is not None and (r.start, r.end, r.is_range) == ("2019-06", "2019-06", False)


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("year–year Job title, Employer, City.", "year–year"),  # moderncv classic and casual
        ("year--year", "year--year"),  # moderncv banking
        ("• Month 20XX – Ongoing", "Month 20XX – Ongoing"),  # AltaCV sample
        ("MM/YYYY - Present", "MM/YYYY - Present"),
        ("2019 – 20XX", "2019 – 20XX"),
        ("Month 2019 – Month 2021", "Month 2019 – Month 2021"),
    ],
)
def test_placeholder_dates(line: str, written: str) -> None:
    found = find_placeholder_dates(line)
    assert found is not None
    assert line[found[0] : found[1]] == written
    assert find_date_range(line) is None  # a placeholder is never a date


@pytest.mark.parametrize(
    "line",
    [
        "Revenue grew year to year",  # prose: "to" does not join placeholders
        "year-over-year growth of 20%",
        "2019 - 2020",  # real dates
        "Jan 2020 - present",
        "Month 20XX",  # no range
    ],
)
def test_not_placeholder_dates(line: str) -> None:
    assert find_placeholder_dates(line) is None
