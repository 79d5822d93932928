"""Year-first dates as the ends of a range (resume_lens.dates; real resumes, probe 6).

"2019 March – 2021 June" was no date range, so its position had no dates. A year then a month is now
that month, but only as one end of a range and only before the range separator or the end of the part:
"2019 – 2021 March Networks" still ends in December 2021 (the employer is not read as a month).
"""

from __future__ import annotations

import pytest

from resume_lens.dates import find_date_range, find_dates, parse_date


@pytest.mark.parametrize(
    ("line", "start", "end", "written"),
    [
        ("2019 March – 2021 June", "2019-03", "2021-06", "2019 March – 2021 June"),
        ("2020 Jan - Present", "2020-01", "present", "2020 Jan - Present"),
        ("2019 May to 2020 June, Berlin", "2019-05", "2020-06", "2019 May to 2020 June"),
        ("ML Engineer | 2020 Jan - 2021 Dec | Acme", "2020-01", "2021-12", "2020 Jan - 2021 Dec"),
        ("2018 Sept. – 2019 Feb", "2018-09", "2019-02", "2018 Sept. – 2019 Feb"),
    ],
)
def test_year_first_range(line: str, start: str, end: str, written: str) -> None:
    found = find_date_range(line)
    assert found is not None
    assert (found.start, found.end, found.is_range) == (start, end, True)
    assert line[found.span_start : found.span_end] == written


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # a month word that starts an employer's name after the range is not the range's month
        ("2019 – 2021 March Networks", "2019-01", "2021-12"),
        ("2019 – 2021 Mayo Clinic", "2019-01", "2021-12"),
        # "June" is followed by the next word, not a separator: the range is 2018-2020
        ("2018 - 2020 June Intern Program", "2018-01", "2020-12"),
    ],
)
def test_a_month_word_after_a_year_range_keeps_the_years(line: str, start: str, end: str) -> None:
    found = find_date_range(line)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_year_first_alone_is_not_read() -> None:
    # alone, "2019 May" is no date: a year before a month word is read only as a range's end
    assert find_dates("in 2019 May we shipped") is None
    assert find_dates("Acme | 2019 May") is None
    assert parse_date("2021 September") == "2021-09"
    assert parse_date("2020 Jan", end=True) == "2020-01"
