"""Month-year dates joined by a hyphen that lost their month (resume_lens.dates; a tester's report).

"03-2020 - till date" was read from 2020-01 (the "03-" was skipped) and "Mar - 2020" was no date at all.
"""

from __future__ import annotations

import pytest

from resume_lens.dates import find_date_range, find_dates, parse_date


@pytest.mark.parametrize(
    ("line", "start", "end", "written"),
    [
        # a month number and a year joined by a hyphen, then an open end
        ("03-2020 - till date", "2020-03", "present", "03-2020 - till date"),
        ("3-2020 - present", "2020-03", "present", "3-2020 - present"),
        ("03-2020 – now", "2020-03", "present", "03-2020 – now"),
        ("Data Scientist, Acme, 03-2020 – Current", "2020-03", "present", "03-2020 – Current"),
        ("11-2019 to till date", "2019-11", "present", "11-2019 to till date"),
        # ... and as both ends (was 2020-06 to 2022-12: "2020 - 06" read as June 2020)
        ("03-2020 - 06-2022", "2020-03", "2022-06", "03-2020 - 06-2022"),
        ("12-2019 – 03-2021", "2019-12", "2021-03", "12-2019 – 03-2021"),
        # a month name, spaces, a hyphen, a year
        ("Mar - 2020 – Present", "2020-03", "present", "Mar - 2020 – Present"),
        ("Mar - 2020 – Jun - 2022", "2020-03", "2022-06", "Mar - 2020 – Jun - 2022"),
        ("March - 2020 to September - 2021", "2020-03", "2021-09", "March - 2020 to September - 2021"),
        # a quarter joined by a hyphen keeps its months too
        ("Q1-2020 - present", "2020-01", "present", "Q1-2020 - present"),
    ],
)
def test_hyphenated_month_year_keeps_the_month(line: str, start: str, end: str, written: str) -> None:
    found = find_date_range(line)
    assert found is not None
    assert (found.start, found.end, line[found.span_start : found.span_end]) == (start, end, written)


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("Mar - 2020", "Mar - 2020"),
        ("March - 2020", "March - 2020"),
        ("Acme, Pune | Mar - 2020", "Mar - 2020"),
    ],
)
def test_month_name_hyphen_year_alone_is_that_month(line: str, written: str) -> None:
    found = find_dates(line)
    assert found is not None
    assert (found.start, found.end, found.is_range, line[found.span_start : found.span_end]) == (
        "2020-03",
        "2020-03",
        False,
        written,
    )


@pytest.mark.parametrize(
    ("token", "end", "expected"),
    [
        ("03-2020", False, "2020-03"),
        ("3-2020", True, "2020-03"),
        ("Mar - 2020", False, "2020-03"),
        ("March - 2020", True, "2020-03"),
        ("Q1-2020", True, "2020-03"),
        ("03 - 2020", False, None),  # a count and a year, or a month: not read
        ("13-2020", False, None),  # no 13th month
    ],
)
def test_parse_date_hyphenated(token: str, end: bool, expected: str | None) -> None:
    assert parse_date(token, end=end) == expected


def test_two_years_are_still_a_year_range() -> None:
    for line in ("2019 - 2020", "2019-2020", "2019 – 2020"):
        found = find_date_range(line)
        assert found is not None
        assert (found.start, found.end, found.span_start, found.span_end) == (
            "2019-01",
            "2020-12",
            0,
            len(line),
        )


def test_spaced_month_number_is_not_a_month() -> None:
    # "03 - 2020" could be "03 -" anything; the range starts at the year, at year precision
    assert find_dates("03 - 2020") is None
    found = find_date_range("03 - 2020 - present")
    assert found is not None
    assert (found.start, found.end, found.span_start) == ("2020-01", "present", 5)


@pytest.mark.parametrize(
    "line",
    [
        "Ran 3-2020 simulations",  # a month number and a year alone: not a date
        "Data Scientist, Acme, 03-2020",
        "Python - 2020",  # a word is no month
    ],
)
def test_numeric_hyphen_alone_is_no_date(line: str) -> None:
    assert find_dates(line) is None


def test_numeric_hyphen_after_another_number_is_no_month() -> None:
    # "555-03-2020" is a code or a phone number: only the year counts
    found = find_date_range("ref 555-03-2020 - present")
    assert found is not None
    assert (found.start, found.end) == ("2020-01", "present")


def test_spanish_actual_ends_a_range_at_present() -> None:
    # "actual" is Spanish for "current" ("2021 – actual", a Bogotá call-centre resume); only as a range's end
    found = find_dates("NLP Engineer — Conectamos, Bogotá — 2021 – actual")
    assert (found.start, found.end, found.is_range) == ("2021-01", "present", True)
    assert find_dates("Compared actual sales with the forecast") is None


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("2025/12/01 - 2025/12/31", "2025-12", "2025-12"),  # probe 15: an internship's dates were not read
        ("Data Scientist | 2020-01-15 – 2021-03-31", "2020-01", "2021-03"),  # ISO 8601
        ("2024.01.15 - Present", "2024-01", "present"),
    ],
)
def test_full_numeric_dates_written_year_first_are_their_months(line, start, end):
    found = find_date_range(line)
    assert found is not None and (found.start, found.end, found.is_range) == (start, end, True)


@pytest.mark.parametrize("line", ["2021/13/01 - 2021/14/01", "2021-03/15 - 2022-01-01", "v2021.03.15"])
def test_no_full_date_in_mixed_or_impossible_numbers(line):
    assert find_date_range(line) is None
