"""Extraction and segment() on the 25 public template PDFs in ../shared/resumes/templates.

Skipped when ../shared is absent. Every expected value below was read by hand from the rendered
pages of each PDF (what a person sees), not copied from the tool's output:

* ``sections``: canonical names of the main section headings printed on the page;
* ``entries``: a position (or, where the template has none, an education or project entry) as its
  title and its date *as printed*; the two must be at most :data:`NEAR` lines apart and both inside
  one section, so that an entry's title and dates stay together whatever the column layout;
* ``apart``: pairs of words that a person sees side by side in two different columns (or in a
  sidebar and the main column); they must never share an extracted line;
* ``order``: text that a person reads in this order (columns left to right, each from the top;
  a title, then its dates and bullets, then the next title);
* ``positions``: at least two positions that :func:`resume_lens.segment.segment` must find in the
  experience section, as ``(title, start, end)`` with dates in its ``YYYY-MM`` / ``present``
  convention (a year-only start is January, a year-only end December, and a single date printed
  for an entry, such as a timeline's "10/2018", is both its start and its end). A position listed
  twice must be found twice. Where a template prints placeholders where the dates go
  (moderncv's "year–year", AltaCV's "Month 20XX – Ongoing"), a person sees a position with no date:
  the expected dates are ``None``, because a placeholder is not a date and the tool must not invent
  one. Likewise a title slot of an unfilled template ("Job title", "Job Title 1") is the title a
  person sees, in no title family. Where a layout's entries cannot be read as positions,
  ``positions_xfail`` says why and the check is a strict xfail;
* ``no_positions``: why a template prints no position title at all (its work is a list of projects,
  or a timeline of events), so that item 3's "at least two position titles" cannot apply: there
  the check is that no position is invented;
* ``projects``: project entries as their title and date as printed, both inside one ``projects``
  section at most :data:`NEAR` lines apart.

Issue 5 items 1 and 3.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from resume_lens.extract import extract_file
from resume_lens.segment import segment
from resume_lens.structure import SECTION_NAMES, ResumeStructure

# the same folder as the ``templates_dir`` fixture; needed here at collection time to parametrize
TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "resumes" / "templates"
ALL_PDFS = sorted(p.name for p in TEMPLATES_DIR.glob("*.pdf")) if TEMPLATES_DIR.is_dir() else []

#: Most lines between an entry's title and its date (title, organisation, place, date lines).
NEAR = 3


@cache
def _text(path: Path) -> str:
    return extract_file(path).text


@cache
def _segmented(path: Path) -> ResumeStructure:
    return segment(_text(path))


def test_all_25_templates_are_present(templates_dir: Path) -> None:
    assert len(list(templates_dir.glob("*.pdf"))) == 25


@pytest.mark.parametrize("name", ALL_PDFS)
def test_segment_runs_and_offsets_round_trip(templates_dir: Path, name: str) -> None:
    text = _text(templates_dir / name)
    s = segment(text)
    assert all(sec.name in SECTION_NAMES for sec in s.sections)
    for sec in s.sections:
        assert text[sec.start : sec.start + len(sec.heading)] == sec.heading
    for ln in s.lines:
        assert text[ln.start : ln.end] == ln.text
    experience = [(sec.start, sec.end) for sec in s.sections if sec.name == "experience"]
    for p in s.positions:
        assert text[p.title_start : p.title_end] == p.title
        assert any(a <= p.start and p.end <= b for a, b in experience)
        for b in p.bullets:
            assert text[b.start : b.end] == b.text
    for c in s.claims:
        assert " ".join(text[c.start : c.end].split()) == c.title


@dataclass(frozen=True)
class Facts:
    """What a person reads on one template (see the module docstring)."""

    sections: frozenset[str]
    entries: tuple[tuple[str, str], ...]
    apart: tuple[tuple[str, str], ...] = ()
    positions: tuple[tuple[str, str | None, str | None], ...] = ()
    positions_xfail: str | None = None
    order: tuple[str, ...] = ()
    no_positions: str | None = None
    projects: tuple[tuple[str, str], ...] = ()


_S = frozenset

FACTS: dict[str, Facts] = {
    "leftcolumn-dates-photo-latexcv-modern.pdf": Facts(
        _S({"experience", "education"}),
        order=(
            "Experience",
            "2016 / 09",
            "Fullstack Javascript Engineer",
            "Invent a realtime",
            "2014 - 2016",
            "IT Consultant",
            "Education",
            "2015 / 07",
            "Graduated as M.Sc.",
        ),
        entries=(
            ("Fullstack Javascript Engineer", "2016 / 09"),
            ("IT Consultant for IBM XPages and Notes Domino", "2014 - 2016"),
            ("Project Management Simulation Training", "2011 / 11"),
            ("Master Project - PrIMA", "2012 - 2013"),
        ),
        # the date column on the left and the titles beside it
        apart=(
            ("2016 / 09", "Fullstack"),
            ("2012 - 2014", "Scientific Employee"),
            ("2009 - 2010", "Semester"),
        ),
        positions=(
            ("IT Consultant for IBM XPages and Notes Domino", "2014-01", "2016-12"),
            ("Scientific Employee / Software Development", "2012-01", "2014-12"),
        ),
    ),
    "multipage-icons-awesomecv-cv.pdf": Facts(
        _S({"education", "skills", "experience", "certifications"}),
        entries=(
            ("Site Reliability Engineer", "Feb. 2021 - Mar. 2021"),
            ("Software Architect", "Jun. 2017 - May 2018"),
            ("Game Developer Intern", "Jan. 2013 - Feb. 2013"),
        ),
        # places and dates are set flush right beside the employer and the title
        apart=(("Danggeun Market Inc.", "Seoul, S.Korea"), ("Software Architect", "Jun. 2017")),
        positions=(
            ("Site Reliability Engineer", "2021-02", "2021-03"),
            ("Software Architect", "2017-06", "2018-05"),
            ("Software Engineer & Security Researcher", "2014-08", "2016-04"),
        ),
    ),
    "multipage-leftcolumn-dates-moderncv-casual.pdf": Facts(
        _S({"education", "experience", "skills", "publications"}),
        entries=(
            ("Job title, Employer, City.", "year–year"),
            ("Degree, Institution, City, Grade.", "year–year"),
        ),
        # page 2: "Computer skills" and "Extra 2" in two columns, "References" in three
        apart=(("category 1", "category 4"), ("Item 1", "Item 4"), ("Person 3", "Amongst others")),
        # 'year–year' is a placeholder where the dates go: two positions without dates
        positions=(("Job title", None, None), ("Job title", None, None)),
    ),
    "multipage-moderncv-banking.pdf": Facts(
        _S({"education", "experience", "skills", "publications"}),
        entries=(("Job title", "year--year"), ("Degree, Grade", "year--year")),
        apart=(("Employer", "City"), ("Job title", "year--year"), ("category 1", "category 4")),
        # an unfilled template: 'Job title' is the title slot (no role, no family) and 'year--year' the
        # date slot; two entries under "Vocational" on page 1, one under "Miscellaneous" on page 2
        positions=(("Job title", None, None),) * 3,
    ),
    "multipage-moderncv-classic.pdf": Facts(
        _S({"education", "experience", "skills", "publications"}),
        entries=(
            ("Job title, Employer, City.", "year–year"),
            ("Degree, Institution, City, Grade.", "year–year"),
        ),
        apart=(("category 1", "category 4"), ("Item 1", "Item 4"), ("Person 3", "Amongst others")),
        # 'year–year' is a placeholder where the dates go: two positions without dates
        positions=(("Job title", None, None), ("Job title", None, None)),
    ),
    "multipage-publications-latexcv-minimalistic.pdf": Facts(
        _S({"publications", "education"}),
        entries=(
            ("OpenQDA - A Free Sustainable Qualitative Research Software", "2023 - Today"),
            ("lea.online", "2019 - 2023"),
            ("Graduated as M.Sc. Digital Media", "2015 / 07"),
        ),
        # each project prints its own "Publications:" label in mixed case, under headings in capitals
        projects=(
            ("OpenQDA - A Free Sustainable Qualitative Research Software", "2023 - Today"),
            ("IMPACT", "2023 - 2025"),
            ("lea.online", "2019 - 2023"),
            ("CARO - Care Reflexion Online", "2016 - 2019"),
            ("DomPL-IK", "2012 - 2014"),
            ("Student Assistant / Programmer", "2010 - 2011"),
        ),
        no_positions=(
            "no experience section: the work is listed under RESEARCH PROJECTS as projects (OpenQDA, "
            "IMPACT, lea.online, ...) with dates but no position titles; only one entry names a role "
            "('Student Assistant / Programmer'), and it is a project entry like the others"
        ),
    ),
    "onecolumn-icons-awesomecv-resume.pdf": Facts(
        _S({"summary", "experience", "certifications", "education"}),
        entries=(
            ("DevOps Engineer", "Sep. 2023 - Mar. 2024"),
            ("Software Architect", "Jun. 2017 - May. 2018"),
        ),
        apart=(("Dunamu Inc.", "Seoul, S.Korea"), ("DevOps Engineer", "Sep. 2023")),
        positions=(("DevOps Engineer", "2023-09", "2024-03"), ("Software Architect", "2017-06", "2018-05")),
    ),
    "onecolumn-jakestyle-rendercv-sb2nov.pdf": Facts(
        _S({"education", "experience", "projects", "publications", "skills"}),
        entries=(("Co-Founder & CTO", "June 2023 – present"), ("Research Intern", "May 2022 – Aug 2022")),
        apart=(("Nexus AI", "June 2023"), ("Co-Founder & CTO", "San Francisco")),
        positions=(("Co-Founder & CTO", "2023-06", "present"), ("Research Intern", "2022-05", "2022-08")),
    ),
    "onecolumn-latexcv-classic.pdf": Facts(
        _S({"summary", "experience", "education"}),
        entries=(
            ("Scientific Employee / PhD Student - University of Bremen", "2016 - present"),
            ("IT Consultant for IBM XPages and Notes Domino - We4IT GmbH Bremen", "2014 - 2016"),
        ),
        # the dates sit in a narrow column on the right, level with each title
        apart=(("IT Consultant", "2014 - 2016"),),
        positions=(
            ("Scientific Employee / PhD Student", "2016-01", "present"),
            ("IT Consultant for IBM XPages and Notes Domino", "2014-01", "2016-12"),
        ),
    ),
    "onecolumn-rendercv-classic.pdf": Facts(
        _S({"education", "experience", "projects", "publications", "skills"}),
        order=(
            "Nexus AI, Co-Founder & CTO",
            "June 2023 – present",
            "Raised $18M Series A",
            "NVIDIA Research, Research Intern",
            "May 2022 – Aug 2022",
            "Designed sparse attention",
        ),
        entries=(
            ("Nexus AI, Co-Founder & CTO", "June 2023 – present"),
            ("Google DeepMind, Research Intern", "May 2021 – Aug 2021"),
        ),
        # the place, dates and duration column on the right beside the bullets
        apart=(("Built", "June 2023"), ("Nexus AI", "San Francisco"), ("Designed sparse", "May 2022")),
        positions=(("Co-Founder & CTO", "2023-06", "present"), ("Research Intern", "2021-05", "2021-08")),
    ),
    "onecolumn-rendercv-engineeringresumes.pdf": Facts(
        _S({"education", "experience", "projects", "publications", "skills"}),
        entries=(
            ("Co-Founder & CTO, Nexus AI", "June 2023 – present"),
            ("Research Intern, Apple ML Research", "May 2020 – Aug 2020"),
        ),
        apart=(("Co-Founder & CTO", "June 2023"),),
        positions=(("Co-Founder & CTO", "2023-06", "present"), ("Research Intern", "2020-05", "2020-08")),
    ),
    "onecolumn-rendercv-harvard.pdf": Facts(
        _S({"education", "experience", "projects", "publications", "skills"}),
        entries=(
            ("Nexus AI, Co-Founder & CTO", "June 2023 – present"),
            ("NVIDIA Research, Research Intern", "May 2022 – Aug 2022"),
        ),
        apart=(("Nexus AI", "June 2023"),),
        positions=(
            ("Co-Founder & CTO", "2023-06", "present"),
            ("Research Intern", "2022-05", "2022-08"),
            ("Research Intern", "2021-05", "2021-08"),
        ),
    ),
    "onecolumn-rendercv-moderncv.pdf": Facts(
        _S({"education", "experience", "projects", "publications", "skills"}),
        # the dates are a left column; pdfminer sets each beside its title on one line
        entries=(
            ("Co-Founder & CTO, Nexus AI", "June 2023 – present"),
            ("Research Intern, Apple ML Research", "May 2020 – Aug 2020"),
        ),
        positions=(("Research Intern", "2022-05", "2022-08"), ("Research Intern", "2020-05", "2020-08")),
    ),
    "onecolumn-rotated-headings-latexcv-rows.pdf": Facts(
        _S({"experience", "education"}),
        order=(
            "EXPERIENCE",
            "Fullstack Javascript Engineer",
            "Invent a realtime classroom",
            "Student Assistant / Programmer",
            "EDUCATION",
            "Graduated as M.Sc. Digital Media",
            "Semester Abroad",
        ),
        entries=(
            ("Fullstack Javascript Engineer (University of Bremen)", "2016 - now"),
            ("IT Consultant for IBM XPages and Notes Domino (We4IT GmbH Bremen)", "2014 - 2016"),
            ("Master Project - PrIMA (University of Bremen)", "2012 - 2013"),
        ),
        apart=(("EXPERIENCE", "Fullstack"), ("EDUCATION", "Graduated")),
        positions=(
            ("IT Consultant for IBM XPages and Notes Domino", "2014-01", "2016-12"),
            ("Scientific Employee / Software Development", "2012-01", "2014-12"),
        ),
    ),
    "onecolumn-sb2nov-original-jake-base.pdf": Facts(
        _S({"education", "experience", "projects"}),
        order=(
            "Google",
            "Software Engineer",
            "Oct 2016 – Present",
            "TensorFlow",
            "Coursera",
            "Senior Software Engineer",
            "Notifications",
        ),
        entries=(
            ("Senior Software Engineer", "Jan 2014 – Oct 2016"),
            ("Software Engineer", "Oct 2016 – Present"),
        ),
        apart=(("Google", "Mountain View"), ("Senior Software Engineer", "Jan 2014")),
        positions=(
            ("Software Engineer", "2016-10", "present"),
            ("Senior Software Engineer", "2014-01", "2016-10"),
            ("Research and Teaching Assistant", "2012-01", "2013-12"),
        ),
    ),
    "sidebar-infographics-latexcv-infographics.pdf": Facts(
        _S({"skills", "experience"}),
        order=(
            "EXPERIENCE AND EDUCATION",
            "10/2020 Meteor Impact Conference",
            "10/2018 Software Engineer @UB",
            "10/2007 Bachelor Studies",
        ),
        # a timeline on the right: date and event on one line
        entries=(("Software Engineer @UB", "10/2018"), ("IT Consultant @We4IT", "11/2014")),
        apart=(("SKILLS AND TECHNOLOGIES", "Software Engineer @UB"), ("LANGUAGES", "Scientific Employee")),
        # the timeline under EXPERIENCE AND EDUCATION prints one month per entry
        positions=(
            ("Software Engineer", "2018-10", "2018-10"),
            ("Software Engineer", "2016-09", "2016-09"),
            ("IT Consultant", "2014-11", "2014-11"),
            ("Student Assistant", "2010-06", "2010-06"),
        ),
    ),
    "sidebar-infographics-latexcv-infographics2.pdf": Facts(
        _S({"skills"}),
        entries=(
            ("Scientific Computing with Python", "3/2021"),
            ("Bachelor of General Studies (BGS)", "6/2019"),
        ),
        apart=(("SKILLS", "EDUCATION & PROJECT"), ("Scientific Computing", "Maintenance")),
        no_positions=(
            "an infographic: the dated entries under EDUCATION & PROJECT & EXPERIENCE are a timeline of "
            "events colour-coded education, project, experience and event ('2/2021 Start the Hydrogeology "
            "Project', '3/2021 Scientific Computing with Python Developer Certification', '6/2019 Bachelor "
            "of General Studies (BGS)'), none of them a position title"
        ),
    ),
    "sidebar-left-latexcv-sidebarleft.pdf": Facts(
        _S({"summary", "skills", "experience", "education", "certifications"}),
        order=(
            "SKILLS",
            "Python",
            "CONTACT",
            "ILYA RUMYANTSEV",
            "PROFILE",
            "WORK EXPERIENCE",
            "DevOps/FullStack developer",
            "Creation of a web portal",
            "EDUCATION",
            "M. Sc. Physics",
            "DevOps engineer",
            "Selection of future-proof tools",
            "Systems Analyst",
        ),
        entries=(
            ("DevOps/FullStack developer", "Sep 15 - NOW"),
            ("DevOps engineer", "Jan 15 - Sep 15"),
            ("Systems Analyst", "Mar 14 - Jan 15"),
        ),
        apart=(
            ("Python", "IT Consultant"),
            ("SKILLS", "PROFILE"),
            ("CONTACT", "Maintenance"),
            ("M. Sc. Physics", "DevOps"),
        ),
        # two-digit years; the main column goes on on pages 2 and 3 beside the sidebar's EDUCATION and
        # CERTIFICATIONS, and its positions are still experience
        positions=(
            ("DevOps/FullStack developer", "2015-09", "present"),
            ("DevOps engineer", "2015-01", "2015-09"),
            ("Systems Analyst", "2014-03", "2015-01"),
            ("Systems Analyst", "2013-09", "2014-03"),
            ("IT Consultant", "2011-10", "2012-10"),
        ),
    ),
    "sidebar-right-latexcv-sidebar.pdf": Facts(
        _S({"experience", "education", "skills"}),
        order=(
            "EXPERIENCE",
            "Fullstack Javascript Engineer",
            "Invent a realtime classroom",
            "Student Assistant / Programmer",
            "EDUCATION",
            "Graduated as M.Sc.",
            "Master Project - PrIMA",
            "Co-Invented a touch table",
            "Semester Abroad",
            "Finished machine programming",
            "CONTACT",
            "TECHNOLOGIES",
        ),
        entries=(
            ("Fullstack Javascript Engineer", "2016/09 - now"),
            ("Scientific Employee / Software Development", "2012 - 2014"),
            ("Student Assistant / Programmer", "2010 - 2011"),
        ),
        apart=(
            ("Fullstack Javascript Engineer", "CONTACT"),
            ("Master Project", "OPERATING SYSTEMS"),
            ("Bremen, Germany", "realtime"),
        ),
        positions=(
            ("Fullstack Javascript Engineer", "2016-09", "present"),
            ("Scientific Employee / Software Development", "2012-01", "2014-12"),
        ),
    ),
    "table-europass-europecv2013.pdf": Facts(
        _S({"experience", "education"}),
        order=(
            "WORK EXPERIENCE",
            "August 2002 – Present",
            "Independent consultant",
            "Evaluation of European Commission",
            "March 2002 – July 2002",
            "EDUCATION AND TRAINING",
            "1997 – 2001",
            "PhD - Thesis Title",
        ),
        entries=(
            ("Independent consultant", "August 2002 – Present"),
            ("Researcher / Independent Consultant", "October 2001 – February 2002"),
        ),
        # labels in the left column, values in the right one
        apart=(
            ("WORK EXPERIENCE", "Independent"),
            ("Communication skills", "team work"),
            ("Mother tongue", "English"),
        ),
        # the dates are printed above each title, and the title 'Internship' is no heading
        positions=(
            ("Independent consultant", "2002-08", "present"),
            ("Internship", "2002-03", "2002-07"),
            ("Researcher / Independent Consultant", "2001-10", "2002-02"),
        ),
    ),
    "table-grid-cjk-jsonresume-rirekisho.pdf": Facts(
        # 学歴 education, 職歴 and 【職務経歴】 work history, 免許・資格 licences and qualifications,
        # 【職歴要約】 career summary, 【経験・スキル】 experience and skills
        _S({"education", "experience", "certifications", "summary", "skills"}),
        order=(
            "学歴",
            "2010",
            "東京工業大学・コンピューターサイエンス・学士・入学",
            "職歴",
            "東京都千代田区・株式会社デジタルフロンティア・ソフトウェアエンジニア・入社",
        ),
        entries=(
            ("東京都千代田区・株式会社デジタルフロンティア・ソフトウェアエンジニア・入社", "2014"),
            # page 3: the period cell, ruled, to the left of the title and its bullets
            ("シニアバックエンドエンジニア", "2018年04月〜 現在"),
            ("ソフトウェアエンジニア", "2014年04月〜 2018年03月"),
        ),
        # the year and month columns of the history table; page 3's period beside the bullets
        apart=(("学歴・職歴", "年"), ("2018年04月〜", "マイクロサービス")),
        # the history table (履歴書, page 1): each row a year cell, a month cell and the event; 入社
        # joined, 退社 left, 現在に至る to this day. Page 3 (職務経歴書) prints the same two periods,
        # 2014年04月〜2018年03月 and 2018年04月〜現在, each in a ruled cell left of its title, so each
        # position is found twice with its dates.
        positions=(
            ("ソフトウェアエンジニア", "2014-04", "2018-03"),
            ("ソフトウェアエンジニア", "2014-04", "2018-03"),
            ("シニアバックエンドエンジニア", "2018-04", "present"),
            ("シニアバックエンドエンジニア", "2018-04", "present"),
        ),
    ),
    "twocolumn-deedy.pdf": Facts(
        _S({"education", "skills", "experience", "publications"}),
        order=(
            "EDUCATION",
            "CORNELL UNIVERSITY",
            "LINKS",
            "COURSEWORK",
            "SKILLS",
            "EXPERIENCE",
            "FACEBOOK | SOFTWARE ENGINEER",
            "COURSERA",
            "52 out of 2500 applicants",
            "GOOGLE | SOFTWARE ENGINEERING INTERN",
            "Worked on the YouTube Captions team",
            "PHABRICATOR",
            "RESEARCH",
            "AWARDS",
            "PUBLICATIONS",
        ),
        entries=(
            ("FACEBOOK | SOFTWARE ENGINEER", "Jan 2015 - Present"),
            ("GOOGLE | SOFTWARE ENGINEERING INTERN", "May 2013 – Aug 2013"),
            ("CORNELL ROBOT LEARNING LAB | RESEARCHER", "Jan 2014 – Jan 2015"),
        ),
        apart=(
            ("CORNELL UNIVERSITY", "FACEBOOK"),
            ("Advanced Machine Learning", "Worked"),
            ("PROGRAMMING", "PUBLICATIONS"),
        ),
        positions=(
            ("SOFTWARE ENGINEER", "2015-01", "present"),
            ("SOFTWARE ENGINEERING INTERN", "2013-05", "2013-08"),
            ("RESEARCHER", "2014-01", "2015-01"),
        ),
    ),
    "twocolumn-latexcv-two_column.pdf": Facts(
        _S({"summary", "education", "experience"}),
        order=(
            "Graduated as M.Sc. Digital Media",
            "Master Thesis: Semi Automated Scoring",
            "Master Project - PrIMA",
            "Bachelor Studies Digital Media",
            "Fullstack Javascript Engineer",
            "Invent a realtime classroom management",
            "IT Consultant for IBM XPages",
            "Realize projects in XPages",
            "Student Assistant / Programmer",
            "Realized an online diagnosis platform",
        ),
        entries=(
            ("Fullstack Javascript Engineer", "2016 / 09 - University of Bremen"),
            ("IT Consultant for IBM XPages and Notes Domino", "2014 - 2016 - We4IT GmbH Bremen"),
            ("Student Assistant / Programmer", "2010 - 2011 - otulea.uni-bremen.de"),
        ),
        # the education and experience columns are printed side by side, entry beside entry
        apart=(
            ("Graduated as M.Sc.", "Fullstack Javascript Engineer"),
            ("Master Project", "IT Consultant"),
            ("Semester Abroad", "Project Management"),
            ("Status:", "Tech:"),
        ),
        # each entry prints its dates and employer on the line above its title
        positions=(
            ("IT Consultant for IBM XPages and Notes Domino", "2014-01", "2016-12"),
            ("Scientific Employee / Software Development", "2012-01", "2014-12"),
            ("Student Assistant / Programmer", "2010-01", "2011-12"),
        ),
    ),
    "twocolumn-sidebar-icons-altacv-mmayer.pdf": Facts(
        _S({"experience", "skills", "education", "publications"}),
        order=(
            "EXPERIENCE",
            "President & CEO",
            "Led the $5 billion acquisition",
            "Vice President of Location & Services",
            "Product Manager & UI Lead",
            "A DAY OF MY LIFE",
            "LIFE PHILOSOPHY",
            "MOST PROUD OF",
            "STRENGTHS",
            "LANGUAGES",
            "EDUCATION",
        ),
        entries=(
            ("President & CEO", "July 2012 – Ongoing"),
            ("Vice President of Location & Services", "Oct 2010 – July 2012"),
        ),
        apart=(("President & CEO", "LIFE PHILOSOPHY"), ("Yahoo!", "shadows"), ("Tripled", "Spanish")),
        # a calendar icon before each date reads as a bullet: "• July 2012 – Ongoing"
        positions=(
            ("President & CEO", "2012-07", "present"),
            ("Vice President of Location & Services", "2010-10", "2012-07"),
            ("Vice President of Search Products & UX", "2005-01", "2010-12"),
            ("Product Manager & UI Lead", "2001-10", "2005-07"),
        ),
    ),
    "twocolumn-sidebar-icons-altacv-sample.pdf": Facts(
        _S({"experience", "projects", "skills", "education", "publications"}),
        order=(
            "EXPERIENCE",
            "Job Title 1",
            "Job Title 2",
            "PROJECTS",
            "MY LIFE PHILOSOPHY",
            "MOST PROUD OF",
            "EDUCATION",
        ),
        entries=(
            ("Job Title 1", "Month 20XX – Ongoing"),
            ("Ph.D. in Your Discipline", "Sept 2002 – June 2006"),
        ),
        apart=(("Job Title 1", "MY LIFE PHILOSOPHY"), ("Job description 1", "Something smart")),
        # an unfilled template: 'Job Title 1' / 'Company 1' / '• Month 20XX – Ongoing' (a date slot)
        positions=(("Job Title 1", None, None), ("Job Title 2", None, None)),
    ),
}


def test_every_template_has_hand_read_facts() -> None:
    assert sorted(FACTS) == ALL_PDFS or not ALL_PDFS


def _facts(name: str) -> Facts:
    return FACTS[name]


@pytest.mark.parametrize("name", sorted(FACTS))
def test_main_section_headings_are_found(templates_dir: Path, name: str) -> None:
    found = {sec.name for sec in _segmented(templates_dir / name).sections}
    assert _facts(name).sections <= found


def _section_of(s: ResumeStructure, offset: int) -> int | None:
    for i, sec in enumerate(s.sections):
        if sec.start <= offset < sec.end:
            return i
    return None


@pytest.mark.parametrize("name", sorted(FACTS))
def test_each_entry_keeps_its_title_and_date_together(templates_dir: Path, name: str) -> None:
    text = _text(templates_dir / name)
    s = _segmented(templates_dir / name)
    lines = text.split("\n")
    starts = [sum(len(ln) + 1 for ln in lines[:i]) for i in range(len(lines))]
    for title, date in _facts(name).entries:
        titles = [i for i, ln in enumerate(lines) if title in ln]
        dates = [i for i, ln in enumerate(lines) if date in ln]
        assert titles and dates, (title, date)
        pairs = [(t, d) for t in titles for d in dates if abs(t - d) <= NEAR]
        assert pairs, (
            f"{title!r} and {date!r} are {min(abs(t - d) for t in titles for d in dates)} lines apart"
        )
        if s.sections:
            assert any(_section_of(s, starts[t]) == _section_of(s, starts[d]) for t, d in pairs), (
                title,
                date,
            )


@pytest.mark.parametrize("name", sorted(FACTS))
def test_no_line_mixes_two_columns(templates_dir: Path, name: str) -> None:
    lines = _text(templates_dir / name).split("\n")
    for a, b in _facts(name).apart:
        assert any(a in ln for ln in lines) and any(b in ln for ln in lines), (a, b)
        mixed = [ln for ln in lines if a in ln and b in ln]
        assert not mixed, mixed


@pytest.mark.parametrize("name", sorted(name for name, facts in FACTS.items() if facts.order))
def test_reading_order_follows_the_columns(templates_dir: Path, name: str) -> None:
    text = _text(templates_dir / name)
    at = 0
    for piece in _facts(name).order:
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} is not after {text[max(0, at - 60) : at]!r}"
        at = found + len(piece)


def _position_cases() -> list:
    cases = []
    for name in sorted(FACTS):
        facts = FACTS[name]
        if facts.no_positions is not None:
            continue
        if facts.positions_xfail is None:
            cases.append(pytest.param(name, id=name))
        else:
            cases.append(
                pytest.param(
                    name, id=name, marks=pytest.mark.xfail(reason=facts.positions_xfail, strict=True)
                )
            )
    return cases


@pytest.mark.parametrize("name", _position_cases())
def test_known_positions_land_in_experience_with_their_dates(templates_dir: Path, name: str) -> None:
    facts = _facts(name)
    s = _segmented(templates_dir / name)
    found = Counter((p.title, p.start_date, p.end_date) for p in s.positions)
    expected = Counter(facts.positions)
    assert sum(expected.values()) >= 2, "fewer than two positions can be read on this template"
    for position, times in expected.items():
        assert found[position] >= times, (position, found)


def test_awesomecv_headline_is_the_tagline(templates_dir: Path) -> None:
    s = _segmented(templates_dir / "onecolumn-icons-awesomecv-resume.pdf")
    assert s.headline == "DevOps Engineer · Software Architect"
    assert s.claims == ()  # DevOps and architect titles are not ML-engineer claims (rubric §1)


@pytest.mark.parametrize(
    "name", ["multipage-moderncv-banking.pdf", "twocolumn-sidebar-icons-altacv-sample.pdf"]
)
def test_placeholder_titles_make_no_claim(templates_dir: Path, name: str) -> None:
    s = _segmented(templates_dir / name)
    assert {p.title_family for p in s.positions if p.title.lower().startswith("job title")} == {"other"}
    assert s.claims == ()


@pytest.mark.parametrize("name", sorted(name for name, facts in FACTS.items() if facts.no_positions))
def test_no_position_is_invented_where_none_is_printed(templates_dir: Path, name: str) -> None:
    assert _facts(name).positions == ()
    assert _segmented(templates_dir / name).positions == ()


@pytest.mark.parametrize("name", sorted(name for name, facts in FACTS.items() if facts.projects))
def test_project_entries_land_in_projects_with_their_dates(templates_dir: Path, name: str) -> None:
    text = _text(templates_dir / name)
    s = _segmented(templates_dir / name)
    lines = text.split("\n")
    starts = [sum(len(ln) + 1 for ln in lines[:i]) for i in range(len(lines))]

    def in_projects(i: int) -> bool:
        k = _section_of(s, starts[i])
        return k is not None and s.sections[k].name == "projects"

    for title, date in _facts(name).projects:
        pairs = [
            (t, d)
            for t, ln in enumerate(lines)
            if ln.strip() == title
            for d, dl in enumerate(lines)
            if date in dl and 0 < d - t <= NEAR
        ]
        assert pairs, (title, date)
        assert any(
            in_projects(t) and in_projects(d) and _section_of(s, starts[t]) == _section_of(s, starts[d])
            for t, d in pairs
        ), (title, date)


SIDEBAR_FIRST = """SKILLS

Machine Learning

PyTorch, TensorFlow

EDUCATION

Electronics and Communication Engineering

Kocaeli University • 2016 - 2022

Alp Tamer
AI & Computer Vision Engineer

I have worked in 3 companies in Computer Vision and Machine Learning for about 3 years.

EXPERIENCE

CV & ML Engineer
Vispera • 2023 - Present
• Cut GPU spend on Azure by 80% for the recognition pipelines
"""


def test_a_header_read_after_the_sidebar_gives_the_headline() -> None:
    # a two-column PDF with the sidebar on the left prints the main column's name and title after it
    s = segment(SIDEBAR_FIRST)
    assert [x.name for x in s.sections] == ["skills", "education", "header", "experience"]
    assert [(c.title, c.source) for c in s.claims] == [
        ("AI & Computer Vision Engineer", "headline"),
        ("CV & ML Engineer", "position"),
    ]
    education = s.sections[1]
    assert SIDEBAR_FIRST[education.start : education.end].endswith("Kocaeli University • 2016 - 2022")


@pytest.mark.parametrize(
    "text",
    [
        # a header first: nothing moves
        "Alp Tamer\nData Analyst\n\nEDUCATION\n\nTarn University • 2016 - 2022\n\nJane Roe\nML Engineer\n",
        # a reference in the sidebar after the experience section is no header
        (
            "EXPERIENCE\n\nData Analyst\nAcme • 2020 - Present\n• Built dashboards\n\n"
            "SKILLS\n\nJane Roe\nML Engineer\n"
        ),
    ],
)
def test_no_header_block_is_made_elsewhere(text: str) -> None:
    s = segment(text)
    assert [c.source for c in s.claims if c.source == "headline"] == []


def test_a_certificate_in_the_sidebar_is_no_header() -> None:
    # a review (session 23): "Google Cloud / Professional Machine Learning Engineer" is a certificate
    text = (
        "SKILLS\nPython, SQL, Power BI\n\nCERTIFICATIONS\n\n"
        "Google Cloud\nProfessional Machine Learning Engineer\n\n"
        "Sofia Marquez\nData Analyst\nsofia@example.com\n\nEXPERIENCE\n"
        "Data Analyst, Contoso Retail    Feb 2021 - Present\n"
        "- Built Power BI dashboards for weekly sales KPIs.\n"
    )
    s = segment(text)
    assert s.claims == ()
    assert s.headline == "Data Analyst"
