"""Reading order of PDF pages (resume_lens.extract.columns, issue 5 item 1).

Each PDF is drawn here with reportlab at known coordinates, so the expected text is known line by
line. Helvetica 10 pt is used throughout: a line is about 10 pt tall and the word gap of the text
itself about 3 pt.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from resume_lens.extract import extract_bytes
from resume_lens.extract.columns import Fragment, reading_order

LEADING = 14  # points between two baselines of one paragraph


def _pdf(draw) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    draw(c)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _lines(c: canvas.Canvas, x: float, top: float, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        c.drawString(x, top - i * LEADING, line)


def _text(data: bytes) -> list[str]:
    return extract_bytes(data, file="cv.pdf").text.split("\n")


# ------------------------------------------------------------------------------------- columns

LEFT = [f"Left column line {i} about Python" for i in range(40)]
RIGHT = [f"Right column line {i} about Kubernetes" for i in range(40)]


def test_two_columns_side_by_side_are_read_one_after_the_other() -> None:
    """Two columns whose lines sit on the same baselines, 60 pt apart: pdfminer's own order
    (text boxes) mixes them; the left one must come whole, then the right one."""

    def draw(c: canvas.Canvas) -> None:
        c.drawString(60, 800, "Alex Morgan, Machine Learning Engineer, alex@example.com, Berlin")
        _lines(c, 60, 760, LEFT[:30])
        _lines(c, 320, 760, RIGHT[:30])

    lines = [ln for ln in _text(_pdf(draw)) if ln]
    assert lines == [
        "Alex Morgan, Machine Learning Engineer, alex@example.com, Berlin",
        *LEFT[:30],
        *RIGHT[:30],
    ]


def test_a_full_width_heading_between_two_column_blocks_cuts_them() -> None:
    """Columns, a full-width line, more columns: each block is read left then right."""

    def draw(c: canvas.Canvas) -> None:
        _lines(c, 60, 800, LEFT[:20])
        _lines(c, 320, 800, RIGHT[:20])
        c.drawString(60, 500, "A full width line that runs right across the gutter between both columns")
        _lines(c, 60, 470, LEFT[20:40])
        _lines(c, 320, 470, RIGHT[20:40])

    lines = [ln for ln in _text(_pdf(draw)) if ln]
    middle = "A full width line that runs right across the gutter between both columns"
    assert lines == [*LEFT[:20], *RIGHT[:20], middle, *LEFT[20:40], *RIGHT[20:40]]


def test_a_short_table_stays_in_rows() -> None:
    """Three rows of "year | award" are a table, not two columns: the gutter is far shorter than a
    third of the page's text."""

    def draw(c: canvas.Canvas) -> None:
        _lines(c, 60, 800, [f"Body line {i} of a one column resume" for i in range(25)])
        for i, (year, award) in enumerate(
            [("2014", "Best paper"), ("2013", "Hackathon winner"), ("2012", "Dean's list")]
        ):
            c.drawString(60, 400 - i * LEADING, year)
            c.drawString(120, 400 - i * LEADING, award)

    lines = [ln for ln in _text(_pdf(draw)) if ln]
    assert lines[-6:] == ["2014", "Best paper", "2013", "Hackathon winner", "2012", "Dean's list"]


# ---------------------------------------------------------------------------------- side notes


ENTRIES = [
    (
        "2021 - 2024",
        "Machine Learning Engineer, Acme",
        ["Deployed a fraud model to production", "Owned on-call"],
    ),
    ("2019 - 2021", "Data Scientist, Globex", ["Built churn dashboards", "Ran A/B tests"]),
    ("2017 - 2019", "Analyst, Initech", ["Wrote SQL reports", "Automated a weekly deck"]),
]


def _entries_page(c: canvas.Canvas, *, dates_left: bool) -> None:
    """Nine entries; beside each title, in a narrow column, its dates and below them its city,
    which is level with the first bullet."""
    c.drawString(60, 800, "Jordan Lee, Berlin, jordan@example.com")
    top = 760
    for _ in range(3):
        for date, title, bullets in ENTRIES:
            if dates_left:
                _right_lines(c, 110, top, [date, "Berlin"])
                _lines(c, 130, top, [title, *bullets])
            else:
                _lines(c, 60, top, [title, *bullets])
                _right_lines(c, 540, top, [date, "Berlin"])
            top -= 3 * LEADING + 10


def _right_lines(c: canvas.Canvas, x: float, top: float, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        c.drawRightString(x, top - i * LEADING, line)


def test_left_date_column_stays_beside_each_entry() -> None:
    """moderncv and latexcv ``modern``: each note block (dates, city) just before its title; read
    row by row, the city would fall between the title and its first bullet."""
    lines = [ln for ln in _text(_pdf(lambda c: _entries_page(c, dates_left=True))) if ln]
    expected = ["Jordan Lee, Berlin, jordan@example.com"]
    for _ in range(3):
        for date, title, bullets in ENTRIES:
            expected += [date, "Berlin", title, *bullets]
    assert lines == expected


def test_right_date_column_stays_beside_each_entry() -> None:
    """RenderCV and Awesome-CV: each note block just after its title, before the bullets."""
    lines = [ln for ln in _text(_pdf(lambda c: _entries_page(c, dates_left=False))) if ln]
    expected = ["Jordan Lee, Berlin, jordan@example.com"]
    for _ in range(3):
        for date, title, bullets in ENTRIES:
            expected += [title, date, "Berlin", *bullets]
    assert lines == expected


# ---------------------------------------------------------------------------------------- rows


def test_justified_words_split_by_pdfminer_are_joined() -> None:
    """A justified line whose word gaps (15 pt) exceed pdfminer's char_margin comes out in pieces;
    the line above runs across the gaps, so the pieces are one line again."""

    def draw(c: canvas.Canvas) -> None:
        c.drawString(60, 700, "Served a real-time ranking model to production at 4,000 requests per second")
        x = 60
        for word in ["Design", "software", "architecture", "and", "leading"]:
            c.drawString(x, 700 - LEADING, word)
            x += c.stringWidth(word, "Helvetica", 10) + 15
        c.drawString(60, 700 - 2 * LEADING, "development of the platform")

    assert _text(_pdf(draw)) == [
        "Served a real-time ranking model to production at 4,000 requests per second",
        "Design software architecture and leading",
        "development of the platform",
    ]


def test_a_title_and_its_far_right_date_stay_two_lines() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.drawString(60, 700, "Machine Learning Engineer, Acme")
        c.drawRightString(540, 700, "2021 - 2024")
        c.drawString(60, 700 - LEADING, "Deployed a fraud model")

    assert _text(_pdf(draw)) == ["Machine Learning Engineer, Acme", "2021 - 2024", "Deployed a fraud model"]


def test_a_paragraph_gap_is_a_blank_line() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.drawString(60, 700, "EXPERIENCE")
        c.drawString(60, 700 - LEADING, "Machine Learning Engineer, Acme, 2021 - 2024")
        c.drawString(60, 700 - 3 * LEADING, "EDUCATION")

    assert _text(_pdf(draw)) == [
        "EXPERIENCE",
        "Machine Learning Engineer, Acme, 2021 - 2024",
        "",
        "EDUCATION",
    ]


# ------------------------------------------------------------------------------------ rotated


def test_rotated_heading_heads_the_section_it_is_centred_on() -> None:
    """latexcv ``rows``: "EXPERIENCE" turned 90° in the right margin, centred on its section."""
    body = [f"Position line {i} with some words" for i in range(12)]

    def draw(c: canvas.Canvas) -> None:
        c.drawString(60, 780, "Jordan Lee, Berlin")
        _lines(c, 60, 700, body)
        c.saveState()
        c.translate(520, 650)  # level with the middle of the section, not its top
        c.rotate(-90)
        c.drawString(0, 0, "EXPERIENCE")
        c.restoreState()

    lines = [ln for ln in _text(_pdf(draw)) if ln]
    assert lines == ["Jordan Lee, Berlin", "EXPERIENCE", *body]


# ------------------------------------------------------------------------------- pure function


def test_reading_order_of_no_fragments_is_empty() -> None:
    assert reading_order([]) == ""


def test_reading_order_on_fragments() -> None:
    """Hand-placed fragments (points, y upwards): a sidebar of 4 lines (150 pt wide, a third of the
    text's width, so not a column of side notes) beside a body of 4 lines, under a name; the gutter
    is 20 pt wide and spans the whole text below the name."""
    frags = [Fragment(50, 800, 300, 812, "Name Surname")]
    frags += [Fragment(50, 760 - 14 * i, 200, 770 - 14 * i, f"side {i}") for i in range(4)]
    frags += [Fragment(220, 760 - 14 * i, 500, 770 - 14 * i, f"body {i}") for i in range(4)]
    text = reading_order(frags)
    assert text == "Name Surname\n\nside 0\nside 1\nside 2\nside 3\n\nbody 0\nbody 1\nbody 2\nbody 3\n"


@pytest.mark.parametrize("gap", [2.0, 9.0])
def test_close_fragments_on_one_baseline_are_one_line(gap: float) -> None:
    """Up to one text height apart (10 pt here), two fragments of a row are one line."""
    frags = [Fragment(50, 700, 100, 710, "Python,"), Fragment(100 + gap, 700, 150, 710, "Kubernetes")]
    assert reading_order(frags) == "Python, Kubernetes\n"


def test_far_fragments_on_one_baseline_are_two_lines() -> None:
    frags = [Fragment(50, 700, 100, 710, "Acme"), Fragment(400, 700, 450, 710, "2021")]
    assert reading_order(frags) == "Acme\n2021\n"


def test_a_short_sidebar_beside_the_top_of_a_long_column() -> None:
    """scripts/render.py's two-column page: an Education/Skills sidebar about a fifth of the text's
    height, its lines off the main column's baselines; read whole, then the main column."""
    side = ["EDUCATION", "MSc Statistics, Leeds", "2019", "BSc Mathematics, Lagos", "2017"]
    side += ["SKILLS", "Python, SQL, R", "Git, Docker", "LANGUAGES", "English, Yoruba"]
    main = [f"Main column line {i} about model serving" for i in range(40)]

    def draw(c: canvas.Canvas) -> None:
        _lines(c, 50, 800, side)
        for i, line in enumerate(main):
            c.drawString(220, 795 - i * 17, line)  # another leading: never level with the sidebar

    lines = [ln for ln in _text(_pdf(draw)) if ln]
    assert lines == [*side, *main]


def test_a_contact_block_beside_the_name_is_read_before_the_body() -> None:
    """moderncv ``classic``: the name on the left, a contact block on the right of the header, then
    a one-column body whose top lines are as narrow as the name."""
    contact = ["street and number", "postcode city", "country", "+1 (234) 567 890", "+2 (345) 678 901"]
    contact += ["john@doe.org", "www.johndoe.com", "john.doe", "jdoe", "additional information"]
    body = [f"Body line {i}" for i in range(30)]

    def draw(c: canvas.Canvas) -> None:
        for i, line in enumerate(contact):
            c.drawRightString(540, 800 - i * 11, line)
        c.drawString(60, 730, "John Doe, Resume title")  # level with the lower half of the block
        _lines(c, 60, 670, body)

    lines = [ln for ln in _text(_pdf(draw)) if ln]
    assert lines == ["John Doe, Resume title", *contact, *body]


# --------------------------------------------------------------------------------- ruled tables

PERIOD = ["2018-04 -", "present"]
JOB = ["Senior Backend Engineer", "- Moved billing to services", "- Built a serverless API"]
JOB += ["- Cut deploy time by half", "- Mentored new engineers"]


def _job_table(c: canvas.Canvas, *, rules: bool, third: bool = False) -> None:
    """A 職務経歴書 row: a period cell (x 40 to 115) beside a title and four bullets (x 115 to 555),
    boxed by rules at y 520 and 640. The title's baseline is 620 and the bullets' 606, 592, 578,
    564; the period is centred in its cell, on baselines 597 and 585, so each of its lines falls
    between two bullets (shares no baseline with them). ``third`` adds a rule at x 480 and a
    place, "Tokyo", at x 490 on the title's baseline."""
    c.drawString(50, 800, "Hana Tanaka, Tokyo, hana@example.com")
    _lines(c, 125, 620, JOB)
    c.drawString(45, 597, PERIOD[0])
    c.drawString(45, 585, PERIOD[1])
    if third:
        c.drawString(490, 620, "Tokyo")
    if rules:
        c.setLineWidth(0.5)
        for x in (40, 115, 480, 555) if third else (40, 115, 555):
            c.line(x, 520, x, 640)
        for y in (520, 640):
            c.line(40, y, 555, y)


# Read in rows (top of each line downwards): the period's lines between the bullets.
IN_ROWS = [JOB[0], JOB[1], PERIOD[0], JOB[2], PERIOD[1], JOB[3], JOB[4]]


def test_without_rules_a_centred_period_is_read_between_the_bullets() -> None:
    """The period column is too short (about 20 pt) to be a column: the lines are read in rows."""
    lines = [ln for ln in _text(_pdf(lambda c: _job_table(c, rules=False))) if ln]
    assert lines == ["Hana Tanaka, Tokyo, hana@example.com", *IN_ROWS]


def test_a_ruled_period_cell_is_read_whole_before_its_title() -> None:
    """Boxed by rules, the period cell (75 pt, 15 % of the 515 pt row) is the row's label: its two
    lines are one line ("2018-04 - present"), then the title and the bullets."""
    lines = [ln for ln in _text(_pdf(lambda c: _job_table(c, rules=True))) if ln]
    assert lines == ["Hana Tanaka, Tokyo, hana@example.com", "2018-04 - present", *JOB]


def test_a_ruled_row_of_three_cells_is_read_in_rows() -> None:
    """Three cells with text (a grid such as Europass's language table) are no label row: the row
    is read as without rules, "Tokyo" after the title on its baseline."""
    expected = [JOB[0], "Tokyo", *IN_ROWS[1:]]
    for rules in (False, True):
        lines = [ln for ln in _text(_pdf(lambda c, r=rules: _job_table(c, rules=r, third=True))) if ln]
        assert lines == ["Hana Tanaka, Tokyo, hana@example.com", *expected]


def test_label_row_on_fragments() -> None:
    """Hand-placed fragments (points, y upwards) with their ruled cells: a two-cell row (label cell
    x 40-115, body cell x 115-555, between rules at y 520 and 640) is read label first; with the
    left cell 200 pt wide (39 % of the row, above MAX_LABEL_WIDTH_SHARE) or three cells, in rows
    (each line by its top: no two of them overlap by half a line)."""
    label = (40.0, 520.0, 115.0, 640.0)
    body = (115.0, 520.0, 555.0, 640.0)
    frags = [
        Fragment(125, 620, 300, 630, "Title", cell=body),
        Fragment(125, 606, 300, 616, "bullet 1", cell=body),
        Fragment(45, 598.5, 100, 608.5, "2018 -", cell=label),
        Fragment(125, 592, 300, 602, "bullet 2", cell=body),
        Fragment(45, 585.5, 100, 595.5, "now", cell=label),
    ]
    assert reading_order(frags) == "2018 - now\nTitle\nbullet 1\nbullet 2\n"
    wide = [
        Fragment(f.x0, f.y0, f.x1, f.y1, f.text, cell=(40.0, 520.0, 240.0, 640.0))
        if f.cell == label
        else Fragment(f.x0 + 125, f.y0, f.x1 + 125, f.y1, f.text, cell=(240.0, 520.0, 555.0, 640.0))
        for f in frags
    ]
    assert reading_order(wide) == "Title\nbullet 1\n2018 -\nbullet 2\nnow\n"
    three = [(40.0, 520.0, 115.0, 640.0), (115.0, 520.0, 300.0, 640.0), (300.0, 520.0, 555.0, 640.0)]
    frags = [
        Fragment(125, 620, 200, 630, "Spoken", cell=three[1]),
        Fragment(310, 620, 400, 630, "Spoken", cell=three[2]),
        Fragment(45, 614, 100, 624, "Reading", cell=three[0]),
        Fragment(125, 606, 200, 616, "interaction", cell=three[1]),
    ]
    assert reading_order(frags) == "Spoken\nSpoken\nReading\ninteraction\n"
