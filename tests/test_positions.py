"""Dates and positions in the experience section (resume_lens.dates, resume_lens.positions)."""

from __future__ import annotations

import pytest

from resume_lens.dates import find_date_range, find_dates, parse_date
from resume_lens.segment import segment


@pytest.mark.parametrize(
    ("token", "end", "expected"),
    [
        ("Mar 2021", False, "2021-03"),
        ("March 2021", False, "2021-03"),
        ("Sept. 2018", False, "2018-09"),
        ("03/2021", False, "2021-03"),
        ("2021-03", False, "2021-03"),
        ("2021", False, "2021-01"),
        ("2021", True, "2021-12"),
        ("Summer 2020", False, "2020-06"),
        ("Summer 2020", True, "2020-08"),
        ("Q3 2022", False, "2022-07"),
        ("Q3 2022", True, "2022-09"),
        ("Winter 2020", True, "2021-02"),
        ("Mar '21", False, "2021-03"),
        ("Present", True, "present"),
        ("Current", True, "present"),
        ("Now", True, "present"),
        ("today", True, "present"),
        ("ongoing", True, "present"),
        ("Present", False, None),
        ("Python 2021", False, None),
    ],
)
def test_parse_date(token: str, end: bool, expected: str | None) -> None:
    assert parse_date(token, end=end) == expected


@pytest.mark.parametrize(
    ("line", "start", "end", "written"),
    [
        ("2022-05 → present", "2022-05", "present", "2022-05 → present"),
        ("_2021-09 — current_", "2021-09", "present", "2021-09 — current"),
        ("Jan 2020 -> Mar 2021", "2020-01", "2021-03", "Jan 2020 -> Mar 2021"),
        ("Jan 2019 - Dec 2020", "2019-01", "2020-12", "Jan 2019 - Dec 2020"),
        ("ML Engineer | Acme | 2021-03 – present", "2021-03", "present", "2021-03 – present"),
        ("ML Engineer    2019 – 2021", "2019-01", "2021-12", "2019 – 2021"),
        ("03/2021 to 06/2022", "2021-03", "2022-06", "03/2021 to 06/2022"),
        ("Q3 2022 — Q1 2023", "2022-07", "2023-03", "Q3 2022 — Q1 2023"),
        ("Sep. 2023  Mar. 2024", "2023-09", "2024-03", "Sep. 2023  Mar. 2024"),
        ("**Data Scientist** @ Foo, 2018 - 2020", "2018-01", "2020-12", "2018 - 2020"),
    ],
)
def test_find_date_range(line: str, start: str, end: str, written: str) -> None:
    r = find_date_range(line)
    assert r is not None
    assert (r.start, r.end, line[r.span_start : r.span_end]) == (start, end, written)


@pytest.mark.parametrize(
    "line", ["Over 5000 lines of code", "February 10, 2026", "2 years 10 months", "year–year"]
)
def test_no_date_range(line: str) -> None:
    assert find_date_range(line) is None


def test_single_date() -> None:
    r = find_dates("Summer 2012 and 2013")
    assert r is not None and (r.start, r.end, r.is_range) == ("2012-06", "2012-08", False)


def _positions(body: str):
    text = "Jane Doe\n\nExperience\n" + body
    s = segment(text)
    for p in s.positions:
        assert text[p.title_start : p.title_end] == p.title
        assert text[p.start : p.end].startswith(text[p.start : p.title_start])
        for b in p.bullets:
            assert text[b.start : b.end] == b.text and b.position_index == p.index
    return text, s


@pytest.mark.parametrize(
    ("body", "title", "org", "start", "end", "family"),
    [
        (
            "Machine Learning Engineer — Acme Corp (Mar 2021 – Present)\n• Built X",
            "Machine Learning Engineer",
            "Acme Corp",
            "2021-03",
            "present",
            "ml_engineer",
        ),
        (
            "Machine Learning Engineer | Acme Corp | 2021-03 – present\n• Built X",
            "Machine Learning Engineer",
            "Acme Corp",
            "2021-03",
            "present",
            "ml_engineer",
        ),
        (
            "Senior ML Engineer\nAcme Corp, Berlin\nJan 2019 - Dec 2020\n• Built X",
            "Senior ML Engineer",
            "Acme Corp",
            "2019-01",
            "2020-12",
            "ml_engineer",
        ),
        (
            "Acme Corp, Berlin\nJan 2019 - Dec 2020\nSenior ML Engineer\n• Built X",
            "Senior ML Engineer",
            "Acme Corp",
            "2019-01",
            "2020-12",
            "ml_engineer",
        ),
        (
            "ML Engineer    2019 – 2021\nAcme Corp\n• Built X",
            "ML Engineer",
            "Acme Corp",
            "2019-01",
            "2021-12",
            "ml_engineer",
        ),
        (
            "Acme Corp — Senior Data Scientist\n2015 – 2016\n• Built X",
            "Senior Data Scientist",
            "Acme Corp",
            "2015-01",
            "2016-12",
            "data_scientist",
        ),
        (
            "2019–2021  Data Scientist, Foo Ltd\n• Built X",
            "Data Scientist",
            "Foo Ltd",
            "2019-01",
            "2021-12",
            "data_scientist",
        ),
        (
            "### ML Engineer, Acme (2020–2023)\n- Built X",
            "ML Engineer",
            "Acme",
            "2020-01",
            "2023-12",
            "ml_engineer",
        ),
        (
            "**Data Scientist** @ Foo, 2018 - 2020\n- Built X",
            "Data Scientist",
            "Foo",
            "2018-01",
            "2020-12",
            "data_scientist",
        ),
        (
            "FACEBOOK | SOFTWARE ENGINEER\nJan 2015 - Present | New York, NY\n• Built X",
            "SOFTWARE ENGINEER",
            "FACEBOOK",
            "2015-01",
            "present",
            "software_engineer",
        ),
        (
            "Dunamu Inc.\nSeoul, S.Korea\nDevOps Engineer\nSep. 2023 - Mar. 2024\n• Built X",
            "DevOps Engineer",
            "Dunamu Inc.",
            "2023-09",
            "2024-03",
            "software_engineer",
        ),
        (
            "Software Engineer – AI/ML, Acme (2020 – 2022)\n• Built X",
            "Software Engineer – AI/ML",
            "Acme",
            "2020-01",
            "2022-12",
            "ml_engineer",
        ),
        (
            "PHABRICATOR | OPEN SOURCE CONTRIBUTOR & TEAM LEADER\n"
            "Jan 2013 – May 2013 | Palo Alto, CA\n• Built X",
            "OPEN SOURCE CONTRIBUTOR & TEAM LEADER",
            "PHABRICATOR",
            "2013-01",
            "2013-05",
            "other",
        ),
        (  # a dotted company form ends the line with a period; it is still a header
            "MLOps Engineer — Moravia Data Systems s.r.o.\n09/2023 – now\n- Built X",
            "MLOps Engineer",
            "Moravia Data Systems s.r.o.",
            "2023-09",
            "present",
            "mlops_engineer",
        ),
        (  # separators are not words: 13 words, 16 pieces
            "ML Engineer | Al Noor Retail Holdings (hypermarkets & fashion), Dubai | Feb 2023 – Present\n"
            "  ▪ Built X",
            "ML Engineer",
            "Al Noor Retail Holdings",
            "2023-02",
            "present",
            "ml_engineer",
        ),
        (  # a date line in lower case (Spanish month abbreviation) under the title
            "Machine Learning Engineer — Lácteos del Sur\nfeb. 2021 – actualidad\n- Built X",
            "Machine Learning Engineer",
            "Lácteos del Sur",
            "2021-02",
            "present",
            "ml_engineer",
        ),
    ],
)
def test_header_shapes(body: str, title: str, org: str, start: str, end: str, family: str) -> None:
    _, s = _positions(body)
    assert len(s.positions) == 1
    p = s.positions[0]
    assert (p.title, p.organization, p.start_date, p.end_date, p.title_family) == (
        title,
        org,
        start,
        end,
        family,
    )
    assert [b.text for b in p.bullets] == ["Built X"]


PLAIN = """Machine Learning Engineer — Acme Corp (Mar 2021 – Present)
• Deployed a fraud model behind a REST API
• Built drift monitoring
Data Scientist | Foo Ltd | 2019-03 – 2021-02
- Ran A/B tests
Senior ML Engineer
Bar GmbH, Berlin
Jan 2017 - Dec 2018
* Trained models

Projects
Churn model
• Trained XGBoost
"""


def test_several_positions_with_bullets_and_seniority() -> None:
    text, s = _positions(PLAIN)
    got = [
        (p.index, p.title, p.organization, p.start_date, p.end_date, p.seniority, len(p.bullets))
        for p in s.positions
    ]
    assert got == [
        (0, "Machine Learning Engineer", "Acme Corp", "2021-03", "present", None, 2),
        (1, "Data Scientist", "Foo Ltd", "2019-03", "2021-02", None, 1),
        (2, "Senior ML Engineer", "Bar GmbH", "2017-01", "2018-12", "senior", 1),
    ]
    assert text[s.positions[0].start : s.positions[0].end] == (
        "Machine Learning Engineer — Acme Corp (Mar 2021 – Present)\n"
        "• Deployed a fraud model behind a REST API\n• Built drift monitoring"
    )
    by_text = {ln.text: ln for ln in s.lines}
    assert by_text["Ran A/B tests"].position_index == 1
    assert by_text["Bar GmbH, Berlin"].position_index == 2
    # projects lines never belong to a position
    assert by_text["Churn model"].position_index is None
    assert by_text["Trained XGBoost"].position_index is None
    assert by_text["Trained XGBoost"].section == "projects"


def test_plain_sentences_are_bullets_not_headers() -> None:
    _, s = _positions(
        "ML Engineer, Acme   2021 – present\nBuilt a churn model in Python\n"
        "Worked with data scientist teams\n"
        "Data Scientist, Foo   2018 – 2021\nRan weekly reports."
    )
    assert [(p.title, [b.text for b in p.bullets]) for p in s.positions] == [
        ("ML Engineer", ["Built a churn model in Python", "Worked with data scientist teams"]),
        ("Data Scientist", ["Ran weekly reports."]),
    ]


def test_date_printed_after_bullets_goes_to_its_position() -> None:
    # RenderCV "harvard" layout: the date line follows the bullets of its own entry
    _, s = _positions(
        "Nexus AI, Co-Founder & CTO – San Francisco, CA\n• Built infra\n\nJune 2023 – present\n\n"
        "NVIDIA Research, Research Intern – Santa Clara, CA\n• Designed attention\n\nMay 2022 – Aug 2022\n"
    )
    got = [(p.title, p.organization, p.start_date, p.end_date, p.seniority) for p in s.positions]
    assert got == [
        ("Co-Founder & CTO", "Nexus AI", "2023-06", "present", "head"),
        ("Research Intern", "NVIDIA Research", "2022-05", "2022-08", "intern"),
    ]


@pytest.mark.parametrize("dates", ["", ", 2020 - 2019", ", 2021.03 - soon"])
def test_a_full_header_below_a_dateless_entry_stays_its_own_position(dates: str) -> None:
    # a tester: when the ML position's date was missing or unreadable, the next entry's one-line header
    # ("Data Analyst, Contoso Retail, 2015 - 2019") was taken as that position's stray date, and the Data
    # Analyst entry, its bullet too, was folded into the ML position
    _, s = _positions(
        f"Machine Learning Engineer, Northwind Logistics{dates}\n"
        "- Deployed the demand forecasting model to production on SageMaker behind a REST endpoint.\n"
        "- Built Airflow pipelines that retrain the model weekly and monitor drift.\n\n"
        "Data Analyst, Contoso Retail, 2015 - 2019\n- Weekly sales reports in Excel.\n"
    )
    got = [(p.title, len(p.bullets)) for p in s.positions]
    assert got == [("Machine Learning Engineer", 2), ("Data Analyst", 1)]
    analyst = s.positions[1]
    assert (analyst.organization, analyst.start_date, analyst.end_date) == (
        "Contoso Retail",
        "2015-01",
        "2019-12",
    )
    assert s.positions[0].end_date != "2019-12"  # the ML position never takes the analyst's dates


def test_contacts_and_page_footers_never_become_titles_or_orgs() -> None:
    _, s = _positions(
        "Email: jane@example.com\nMobile: +1-123-456-7890\nJan 2012 – Dec 2013\n• Built X\nJane Doe – 1/3\n"
    )
    assert [(p.title, p.organization) for p in s.positions] == [("", None)]


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        # a closed numeric range ends in "12/2023", which is a month and year, not a page mark "1/3"
        ("Machine Learning Engineer | Acme Corp | 01/2022 - 12/2023", "2022-01", "2023-12"),
        ("Machine Learning Engineer | Acme Corp | 1/2022 - 12/2023", "2022-01", "2023-12"),
        ("Machine Learning Engineer, Acme Corp, 05/2026 \u2013 08/2026", "2026-05", "2026-08"),
        ("Machine Learning Engineer | Acme Corp | 09/15 - 03/18", "2015-09", "2018-03"),
    ],
)
def test_header_ending_in_a_numeric_month_is_not_a_page_footer(header: str, start: str, end: str) -> None:
    _, s = _positions(f"{header}\n\u2022 Trained churn models in Jupyter notebooks.\n")
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions] == [
        ("Machine Learning Engineer", "Acme Corp", start, end)
    ]


@pytest.mark.parametrize("footer", ["Jane Doe - 1/2", "Page 1 of 2", "Jane Doe | page 1 of 2"])
def test_a_page_footer_between_bullets_is_no_bullet(footer: str) -> None:
    # a two-page PDF prints its footer after the last bullet of page 1: not a line of work (rubric §3)
    _, s = _positions(
        f"Machine Learning Engineer, Acme Corp, 2022 - Present\n- Did EDA in Jupyter notebooks.\n{footer}\n"
        "- Built Tableau dashboards.\n"
    )
    assert [b.text for b in s.positions[0].bullets] == [
        "Did EDA in Jupyter notebooks.",
        "Built Tableau dashboards.",
    ]


@pytest.mark.parametrize("title", ["Junior Analyst", "Consultant", "Founder", "Data Analyst"])
def test_a_dates_first_list_item_opens_a_position_whatever_its_title(title: str) -> None:
    # the dates that open the item make it a header even for a title of no known family; before, its
    # bullets were merged into the Machine Learning Engineer position above (a tester's finding)
    _, s = _positions(
        "- 2022.03 - present, Machine Learning Engineer, Globex, Berlin\n"
        "  - Trained models in notebooks reaching 91% accuracy.\n"
        f"- 2020.01 - 2022.02, {title}, Hooli, Lyon\n"
        "  - Deployed the fraud model on SageMaker.\n"
    )
    assert [(p.title, p.start_date, p.end_date, len(p.bullets)) for p in s.positions] == [
        ("Machine Learning Engineer", "2022-03", "present", 1),
        (title, "2020-01", "2022-02", 1),
    ]


def test_a_list_item_of_work_with_a_title_word_stays_a_bullet() -> None:
    _, s = _positions(
        "Machine Learning Engineer, Globex, 2022 - present\n"
        "- Consultant for three hospitals on triage models.\n"
        "- Founder of the internal ML reading group.\n"
    )
    assert [(p.title, len(p.bullets)) for p in s.positions] == [("Machine Learning Engineer", 2)]


def test_position_without_dates() -> None:
    _, s = _positions("Senior Data Scientist\nAcme Corp\n• Built X")
    p = s.positions[0]
    assert (p.title, p.organization, p.start_date, p.end_date) == (
        "Senior Data Scientist",
        "Acme Corp",
        None,
        None,
    )


# ---------------------------------------------------------------- entry shapes of issue 5 item 3


def test_date_on_an_icon_bullet_is_the_entry_date() -> None:
    # AltaCV draws a calendar and a map pin before the date and the place; both read as bullets
    _, s = _positions(
        "President & CEO\nYahoo\n• July 2012 – Ongoing\n• Sunnyvale, CA\n• Led the acquisition\n\n"
        "Vice President of Location & Services\nGoogle\n• Oct 2010 – July 2012\n• Palo Alto, CA\n"
        "• Positioned Google Maps as the leader\n"
    )
    got = [(p.title, p.start_date, p.end_date) for p in s.positions]
    assert got == [
        ("President & CEO", "2012-07", "present"),
        ("Vice President of Location & Services", "2010-10", "2012-07"),
    ]
    assert [b.text for b in s.positions[0].bullets] == ["Sunnyvale, CA", "Led the acquisition"]


def test_a_bullet_with_words_and_dates_stays_a_bullet() -> None:
    _, s = _positions("ML Engineer, Acme   2021 – present\n• Ran the Jan 2022 – Mar 2022 migration\n")
    assert [(p.title, p.start_date, [b.text for b in p.bullets]) for p in s.positions] == [
        ("ML Engineer", "2021-01", ["Ran the Jan 2022 – Mar 2022 migration"])
    ]


def test_sentence_case_title_beside_its_dates() -> None:
    # Europass: the dates, then the title in sentence case, then the employer; "Internship" is a title
    # here, not the heading of the same name
    _, s = _positions(
        "August 2002 – Present\nIndependent consultant\nBritish Council\n"
        "Evaluation of youth training support measures for national agencies\n\n"
        "March 2002 – July 2002\nInternship\nEuropean Commission\n- evaluating youth training programmes\n"
    )
    assert [sec.name for sec in s.sections] == ["header", "experience"]
    got = [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions]
    assert got == [
        ("Independent consultant", "British Council", "2002-08", "present"),
        ("Internship", "European Commission", "2002-03", "2002-07"),
    ]


def test_a_sentence_beside_dates_is_no_title() -> None:
    _, s = _positions("Acme Corp\nJan 2019 – Dec 2020\nWorked as a data analyst\n- Built dashboards\n")
    # "Acme Corp" names the employer (organisation suffix), so it is no title either (probe 7)
    got = [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions]
    assert got == [("", "Acme Corp", "2019-01", "2020-12")]


def test_sentence_case_title_on_its_date_line_under_the_employer() -> None:
    # "Employer    City" over "ML engineer    Mar 2023 to present": the title in sentence case is all the
    # line holds besides its dates, so it is the title, not the employer line above it (session 23)
    _, s = _positions(
        "S8 Capital    Moscow\nML engineer    Mar 2023 to present\n- Built a SKU matching model\n\n"
        "OzForensics    Almaty\nData scientist    Dec 2021 to Mar 2023\n- Trained image quality models\n"
    )
    got = [(p.title, p.title_family, p.start_date, p.end_date) for p in s.positions]
    assert got == [
        ("ML engineer", "ml_engineer", "2023-03", "present"),
        ("Data scientist", "data_scientist", "2021-12", "2023-03"),
    ]
    # in lower case it is the wrapped tail of a sentence, no title
    _, s = _positions("Acme Corp\nas ML engineer    Jan 2019 – Dec 2020\n- Built dashboards\n")
    assert all(not p.title for p in s.positions)


def test_dates_printed_above_each_title() -> None:
    # latexcv two_column: "date - employer" above the title, and a single date counts as one too
    _, s = _positions(
        "2016 / 09 - University of Bremen\nFullstack Javascript Engineer\n"
        "Invent a realtime classroom management\nDesign software architecture\n\n"
        "2014 - 2016 - We4IT GmbH Bremen\nIT Consultant for IBM XPages\nRealize projects in XPages\n\n"
        "2010 - 2011 - University of Bremen\nStudent Assistant / Programmer\n"
        "Realized an online diagnosis platform\n"
    )
    got = [(p.title, p.organization, p.start_date, p.end_date, len(p.bullets)) for p in s.positions]
    assert got == [
        ("Fullstack Javascript Engineer", "University of Bremen", "2016-09", "2016-09", 2),
        ("IT Consultant for IBM XPages", "We4IT GmbH Bremen", "2014-01", "2016-12", 1),
        ("Student Assistant / Programmer", "University of Bremen", "2010-01", "2011-12", 1),
    ]


def test_placeholder_dates_mark_entries_without_dates() -> None:
    # moderncv's unfilled template: a sub-heading, then "year–year Job title, Employer, City."
    _, s = _positions(
        "Vocational\nyear–year Job title, Employer, City.\nGeneral description no longer than 1–2 lines.\n"
        "• Achievement 1;\n\nyear–year Job title, Employer, City.\nDescription line 1\n"
    )
    got = [(p.title, p.start_date, p.end_date, [b.text for b in p.bullets]) for p in s.positions]
    assert got == [
        ("Job title", None, None, ["General description no longer than 1–2 lines.", "Achievement 1;"]),
        ("Job title", None, None, ["Description line 1"]),
    ]


def test_placeholder_title_is_the_title_of_an_unfilled_entry() -> None:
    # AltaCV's unfilled template: the title slot, the employer slot, then a date slot on an icon bullet
    _, s = _positions(
        "Job Title 1\nCompany 1\n• Month 20XX – Ongoing\n• Location\n• Job description 1\n\n"
        "Job Title 2\nCompany 2\n• Month 20XX – Ongoing\n• Job description 1\n"
    )
    got = [(p.title, p.organization, p.start_date, p.end_date, p.title_family) for p in s.positions]
    assert got == [
        ("Job Title 1", "Company 1", None, None, "other"),
        ("Job Title 2", "Company 2", None, None, "other"),
    ]
    assert s.claims == ()


def test_placeholder_title_under_its_date_slot_and_one_above_it() -> None:
    # moderncv banking as pdfminer reads it: two entries print the date slot above the title, the
    # third (under a dot-leader sub-heading) prints the title first; the sub-heading is no employer
    _, s = _positions(
        "Vocational. . . . . . . . . .\nEmployer\nCity\nyear--year\nJob title\nDescription line 1\n\n"
        "Employer\nCity\nyear--year\nJob title\nDescription line 2\n\n"
        "Miscellaneous. . . . . . . . . .\nEmployer\nCity\nJob title\nyear--year\nDescription\n"
    )
    got = [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions]
    assert got == [
        ("Job title", None, None, None),
        ("Job title", None, None, None),
        ("Job title", "Employer", None, None),
    ]


def test_a_certification_named_after_a_role_is_no_title() -> None:
    # latexcv infographics2: a timeline event wraps to "Developer Certification" on a line of its own
    _, s = _positions(
        "3/2021 Scientific Computing with Python\nDeveloper Certification\n"
        "• freecodecamp.org/certification/\n\n6/2019 Bachelor of General Studies (BGS)\n"
    )
    assert [p.title for p in s.positions if p.title_family != "other"] == []
    assert "Developer Certification" not in [p.title for p in s.positions]


def test_japanese_history_table_rows_join_and_leave() -> None:
    # 履歴書: year cell, month cell, event; 入社 joined, 退社 left, 現在に至る to this day
    text, s = _positions(
        "2014\n04\n東京都千代田区・株式会社デジタルフロンティア・ソフトウェアエンジニア・入社\n"
        "2018\n03\n東京都千代田区・株式会社デジタルフロンティア・ソフトウェアエンジニア・退社\n"
        "2018\n04\n東京都渋谷区・テックイノベーション株式会社・シニアバックエンドエンジニア・入社・現在に至る\n"
    )
    got = [
        (p.title, p.organization, p.start_date, p.end_date, p.title_family, p.seniority) for p in s.positions
    ]
    assert got == [
        (
            "ソフトウェアエンジニア",
            "株式会社デジタルフロンティア",
            "2014-04",
            "2018-03",
            "software_engineer",
            None,
        ),
        (
            "シニアバックエンドエンジニア",
            "テックイノベーション株式会社",
            "2018-04",
            "present",
            "software_engineer",
            "senior",
        ),
    ]
    # the leaving row belongs to the first position; each row's year cell opens its position
    assert [b.text for b in s.positions[0].bullets] == [
        "2018",
        "03",
        "東京都千代田区・株式会社デジタルフロンティア・ソフトウェアエンジニア・退社",
    ]
    assert [s.positions[0].start, s.positions[1].start] == [text.index("2014\n04"), text.index("2018\n04")]


def test_a_joining_row_never_closed_is_dated_its_month() -> None:
    _, s = _positions("2021\n10\n株式会社サンプル・機械学習エンジニア・入社\n")
    got = [(p.title, p.start_date, p.end_date, p.title_family) for p in s.positions]
    assert got == [("機械学習エンジニア", "2021-10", "2021-10", "ml_engineer")]
    assert [c.title for c in s.claims] == ["機械学習エンジニア"]


@pytest.mark.parametrize(
    "body",
    [
        "Data Analyst\n2019\n12\n2020\n- Built dashboards\n",  # no event line after the month
        "Data Analyst\n2019\n12\nBuilt dashboards for sales\n",  # an English line is no table row
    ],
)
def test_year_and_number_lines_outside_a_japanese_table(body: str) -> None:
    _, s = _positions(body)
    assert [(p.title, p.start_date, p.end_date) for p in s.positions] == [
        ("Data Analyst", "2019-01", "2019-12")
    ]


def test_a_title_label_is_no_placeholder_title() -> None:
    # "Job title:" labels the title that follows; only the label-free slot is a placeholder
    _, s = _positions("Job title: Data Analyst\nAcme Corp\nJan 2019 – Dec 2020\n- Built dashboards\n")
    assert [p.title for p in s.positions] != ["Job title"]


def test_timeline_entry_with_its_date_on_the_title_line() -> None:
    # latexcv infographics: "10/2018 Software Engineer @UB"; a single date is its own start and end
    _, s = _positions("10/2018 Software Engineer @UB\n\n11/2014 IT Consultant @We4IT\n")
    got = [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions]
    assert got == [
        ("Software Engineer", "UB", "2018-10", "2018-10"),
        ("IT Consultant", "We4IT", "2014-11", "2014-11"),
    ]


def test_two_digit_years_in_a_header() -> None:
    _, s = _positions(
        "DevOps/FullStack developer\nSep 15 - NOW\n• Built a portal\n\nDevOps engineer\nJan 15 - Sep 15\n"
    )
    got = [(p.title, p.start_date, p.end_date) for p in s.positions]
    assert got == [
        ("DevOps/FullStack developer", "2015-09", "present"),
        ("DevOps engineer", "2015-01", "2015-09"),
    ]


def test_date_first_items_with_employer_then_title_and_plus_sub_items() -> None:
    # a markdown CV: "* <dates> <employer>, <title>." with "+" sub-items of work (real resumes, session 23)
    _, s = _positions(
        "* Since Apr 2021 Freelance, MLOps Engineer & DevOps.\n"
        "  + Create and deploy Kubeflow pipelines, and models with KServe.\n"
        "  + Admin DKube/Kubeflow/Kubernetes infrastructure.\n"
        "* Nov 2018 - Mar 2021 Cathedral Software, Senior Data Engineer & DevOps.\n"
        "  + Implement continuous integration with CircleCI and Helm.\n"
    )
    got = [
        (p.title, p.title_family, p.organization, p.start_date, p.end_date, len(p.bullets))
        for p in s.positions
    ]
    assert got == [
        ("MLOps Engineer & DevOps", "mlops_engineer", None, "2021-04", "present", 2),
        ("Senior Data Engineer & DevOps", "data_engineer", "Cathedral Software", "2018-11", "2021-03", 1),
    ]
    assert [(c.title, c.source) for c in s.claims] == [("MLOps Engineer & DevOps", "position")]


def test_a_dated_item_of_work_is_no_header() -> None:
    _, s = _positions(
        "Experience\nData Analyst, Acme, 2019 - 2022\n* 2019 - 2021 I worked with the team, as ML Engineer\n"
    )
    assert [p.title for p in s.positions] == ["Data Analyst"]


def test_titles_stacked_over_one_list_of_work_are_one_position() -> None:
    # a promotion: two dated titles on consecutive lines under one employer, one list of bullets (session 23)
    text = (
        "Experience\n"
        "Aquabyte    New York, NY\n"
        "Senior Machine Learning Engineer    December 2024 – present\n"
        "Machine Learning Engineer    June 2022 – December 2024\n"
        "• Developed and deployed sea lice detection serving 350+ fish farm pens\n"
        "• Built a 16-day lice forecasting model deployed to 350+ pens\n"
        "\n"
        "Indigo    Boston, MA\n"
        "Soil Data Research Intern    June – August 2021\n"
        "• Developed generative Bayesian models for synthetic soil data\n"
    )
    s = segment(text)
    got = [(p.index, p.title, p.start_date, p.end_date, len(p.bullets)) for p in s.positions]
    assert got == [
        (0, "Senior Machine Learning Engineer", "2022-06", "present", 2),
        (1, "Soil Data Research Intern", "2021-06", "2021-08", 1),
    ]
    assert [(c.title, c.position_index) for c in s.claims] == [("Senior Machine Learning Engineer", 0)]
    assert {ln.position_index for ln in s.lines if ln.position_index is not None} == {0, 1}


def test_jobs_listed_without_work_stay_apart() -> None:
    s = segment("Experience\nData Analyst    2018 – 2019\nAnalyst Intern    2017 – 2018\n")
    assert [p.title for p in s.positions] == ["Data Analyst", "Analyst Intern"]


def test_a_stack_printed_oldest_first_keeps_the_newer_title() -> None:
    # a review (session 23): the merge kept the first title printed, "Data Scientist", and lost the claim
    text = (
        "Experience\n"
        "Acme Payments    London\n"
        "Data Scientist    Jun 2021 - Dec 2023\n"
        "Machine Learning Engineer    Jan 2024 - Present\n"
        "- Deployed the fraud scoring model on Kubernetes, serving 3,000 requests per second.\n"
    )
    s = segment(text)
    got = [(p.title, p.start_date, p.end_date, len(p.bullets)) for p in s.positions]
    assert got == [("Machine Learning Engineer", "2021-06", "present", 1)]
    assert [c.title for c in s.claims] == ["Machine Learning Engineer"]


def test_a_title_with_no_employer_of_its_own_is_no_promotion() -> None:
    # "AI Engineer, Self-employed" over an analyst job at another employer: the analyst's work is not its own
    text = (
        "EXPERIENCE\n"
        "AI Engineer, Self-employed    Jan 2025 - Present\n"
        "Data Analyst    Jun 2019 - Dec 2024\n"
        "Northwind Traders, Seattle\n"
        "- Built Power BI dashboards for weekly sales KPIs.\n"
        "- Wrote SQL queries and presented promotion analyses to category managers.\n"
    )
    s = segment(text)
    assert [(p.title, len(p.bullets)) for p in s.positions] == [("AI Engineer", 0), ("Data Analyst", 2)]
