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


@pytest.mark.parametrize(
    ("line", "start", "end", "written"),
    [
        # Spanish, Portuguese, French, German and Italian months and "present" words (h_055)
        ("feb. 2021 – actualidad (present)", "2021-02", "present", "feb. 2021 – actualidad"),
        ("mar. 2019 – ene. 2021", "2019-03", "2021-01", "mar. 2019 – ene. 2021"),
        ("abril 2018 – presente", "2018-04", "present", "abril 2018 – presente"),
        ("dic. 2017 - hoy", "2017-12", "present", "dic. 2017 - hoy"),
        ("fev 2020 – atual", "2020-02", "present", "fev 2020 – atual"),
        ("set 2019 – out 2021", "2019-09", "2021-10", "set 2019 – out 2021"),  # range-only words in a range
        ("févr. 2019 – aujourd’hui", "2019-02", "present", "févr. 2019 – aujourd’hui"),
        ("juil. 2016 – déc. 2018", "2016-07", "2018-12", "juil. 2016 – déc. 2018"),
        ("Okt 2020 – heute", "2020-10", "present", "Okt 2020 – heute"),
        ("März 2015 - Dezember 2019", "2015-03", "2019-12", "März 2015 - Dezember 2019"),
        ("gennaio 2022 – oggi", "2022-01", "present", "gennaio 2022 – oggi"),
        # their words for "to" (e_046: "março 2022 até hoje")
        ("MLOps Engineer — março 2022 até hoje", "2022-03", "present", "março 2022 até hoje"),
        ("DevOps — janeiro 2020 até fevereiro 2022", "2020-01", "2022-02", "janeiro 2020 até fevereiro 2022"),
        ("mar. 2019 a ene. 2021", "2019-03", "2021-01", "mar. 2019 a ene. 2021"),
        ("Jan 2019 bis heute", "2019-01", "present", "Jan 2019 bis heute"),
        ("dal ottobre 2018 al 2020", "2018-10", "2020-12", "ottobre 2018 al 2020"),
        ("sept. 2017 à déc. 2019", "2017-09", "2019-12", "sept. 2017 à déc. 2019"),
        # two months of one year (h_007)
        ("Kitchener (Sept–Dec 2025)", "2025-09", "2025-12", "Sept–Dec 2025"),
        ("Transit Planning (Jan–Apr 2025)", "2025-01", "2025-04", "Jan–Apr 2025"),
        ("Medtech Atlantic Ltd, Galway — Jun–Aug 2024", "2024-06", "2024-08", "Jun–Aug 2024"),
        ("May to August, 2024", "2024-05", "2024-08", "May to August, 2024"),
        # a year and two digits of a later one (h_002)
        ("Data Analyst, Waikato Dairy, 2019–22. Monthly reports", "2019-01", "2022-12", "2019–22"),
        ("Research Technician, 2016-19", "2016-01", "2019-12", "2016-19"),  # 19 > 12: no month
        ("2010–12", "2010-01", "2012-12", "2010–12"),  # an en dash is no ISO month
        ("1998–02", "1998-01", "2002-12", "1998–02"),  # into the next century
        # "since" and a date ending the line or its part (h_002, h_028, h_030, h_012)
        (
            "Machine Learning Engineer, Waikato Dairy, Hamilton. Since June 2022.",
            "2022-06",
            "present",
            "Since June 2022",
        ),
        ("LLM Engineer, Atlântico Criativo — Lisbon — since 2023", "2023-01", "present", "since 2023"),
        (
            "Machine Learning Engineer, Limmat Privatbank AG — since 01.2022",
            "2022-01",
            "present",
            "since 01.2022",
        ),
        ("ML Engineer (since Mar 2021), Acme", "2021-03", "present", "since Mar 2021"),
        ("Datenanalyst | seit 2019 | Berlin", "2019-01", "present", "seit 2019"),
        # "since" and a date opening a date-first entry (session 23)
        ("Since Apr 2021 Freelance, MLOps Engineer & DevOps.", "2021-04", "present", "Since Apr 2021"),
        # the earliest of the forms wins
        ("2016–19, then Jan 2020 – Mar 2021", "2016-01", "2019-12", "2016–19"),
    ],
)
def test_new_range_forms(line: str, start: str, end: str, written: str) -> None:
    r = find_date_range(line)
    assert r is not None
    assert (r.start, r.end, line[r.span_start : r.span_end]) == (start, end, written)


@pytest.mark.parametrize(
    "line",
    [
        "2021-03",  # ISO year and month, not 2021 to 2003
        "2010-12",  # a plain hyphen and 12: December 2010
        "2021–03",  # 2021 to 2103 is no career
        "2019–19",
        "Nov–Feb 2025",  # the year of November is unknown
        "It has run every night since September 2022 on a small server",  # "since" inside a sentence
        "Since 2021, I have led the team of four.",
        "Since 2019 we have shipped a model a month",
        "2019-22-01",
        "set 2019 targets",  # "set" alone is an English word
        "From 2019 a new model",  # "a" joins two dates only
    ],
)
def test_not_new_range_forms(line: str) -> None:
    assert find_date_range(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("März 2020", ("2020-03", "2020-03")),
        ("févr. 2019", ("2019-02", "2019-02")),
        ("set 2019 targets", None),  # range-only abbreviations are no date alone
        ("carried out 2019 survey", None),
        ("Mars 2020 rover landing", None),
    ],
)
def test_foreign_single_dates(line: str, expected: tuple[str, str] | None) -> None:
    r = find_dates(line)
    assert (None if r is None else (r.start, r.end)) == expected


@pytest.mark.parametrize(
    ("token", "end", "expected"),
    [
        ("ene. 2021", False, "2021-01"),
        ("agosto 2020", False, "2020-08"),
        ("août 2020", False, "2020-08"),
        ("Dez 2019", True, "2019-12"),
        ("actualidad", True, "present"),
        ("actualidad", False, None),
        ("aujourd'hui", True, "present"),
        ("heute", True, "present"),
    ],
)
def test_parse_date_foreign(token: str, end: bool, expected: str | None) -> None:
    assert parse_date(token, end=end) == expected


@pytest.mark.parametrize(
    ("line", "start", "end", "written"),
    [
        # Indian and British English ends of a current job
        ("Duration: Nov 2022 – Till date", "2022-11", "present", "Nov 2022 – Till date"),
        ("Nov 2022 to till date", "2022-11", "present", "Nov 2022 to till date"),
        ("2019 - Till now", "2019-01", "present", "2019 - Till now"),
        ("Jan 2020 - Continuing", "2020-01", "present", "Jan 2020 - Continuing"),
        ("Apr 2021 - until now", "2021-04", "present", "Apr 2021 - until now"),
        ("Jan 2020 – Till Today", "2020-01", "present", "Jan 2020 – Till Today"),
        # a month and a year joined by a hyphen
        ("Mar-2020 to Apr-2021", "2020-03", "2021-04", "Mar-2020 to Apr-2021"),
        ("Sept.-2019 – Present", "2019-09", "present", "Sept.-2019 – Present"),
    ],
)
def test_till_date_and_hyphenated_month_year(line: str, start: str, end: str, written: str) -> None:
    found = find_date_range(line)
    assert found is not None
    assert (found.start, found.end, line[found.span_start : found.span_end]) == (start, end, written)


def test_a_word_and_a_year_joined_by_a_hyphen_is_no_date() -> None:
    assert find_date_range("Python-2020 migration") is None
    assert parse_date("Python-2020") is None
