"""Describe a labelled resume corpus in Markdown tables: the numbers behind ``corpora/DATASHEET.md``.

Every figure the datasheet gives comes from this script, so the datasheet can be regenerated when the
corpus changes. It reads a rubric §6 ``labels.csv`` (``resume_lens.labels.read_labels``), extracts each
labelled file with ``resume_lens.extract.extract_file`` and segments it with
``resume_lens.analysis.analyze_document`` (the same code path training uses), then counts:

* resumes per ``resume_label`` and ``evidence_role`` and their cross-table;
* resumes per writer (the file-name prefix before the first ``_``: ``a_001_x.txt`` → ``a``);
* resumes per file format: ``txt``, ``md``, ``docx``, and for PDFs the layout named in
  ``corpora/sources/formats.csv`` (``pdf`` one column, ``pdf2`` two columns with a sidebar);
* length in words of the extracted text, with a rough page estimate at :data:`WORDS_PER_PAGE`;
* positions, ML-engineer-family claims (rubric §1), section headings and seniority as the project's
  own parser reads them — the parser's reading, not hand counts;
* the shapes of the date ranges written in the text and the list markers that start lines.

It computes no model or baseline metric: those are in ``models/MODEL_CARD.md`` and the README.

Usage, from the repository root (``--update`` rewrites the marked block of the datasheet in place)::

    python scripts/corpus_stats.py [--corpus corpora/resumes] [--formats corpora/sources/formats.csv]
    python scripts/corpus_stats.py --update corpora/DATASHEET.md
"""

from __future__ import annotations

import argparse
import calendar
import csv
import re
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from resume_lens.analysis import analyze_document
from resume_lens.dates import find_date_range
from resume_lens.errors import ResumeLensError
from resume_lens.extract import extract_file
from resume_lens.labels import RESUME_LABELS, ROLE_LABELS, read_labels
from resume_lens.structure import SECTION_NAMES, Position
from resume_lens.tagging import get_pipeline

__all__ = [
    "WORDS_PER_PAGE",
    "FORMATS",
    "ResumeStats",
    "collect_stats",
    "count_words",
    "date_style",
    "jaccard",
    "shingles",
    "render_markdown",
    "update_block",
    "main",
]

REPO_DIR = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_DIR / "corpora" / "resumes"
FORMATS_CSV = REPO_DIR / "corpora" / "sources" / "formats.csv"

#: Words on a page, the rough figure the page estimate divides by (a full page of resume text in a
#: 10–11 pt font). A rule of thumb, not a measurement: the report also shows how many words the
#: project's own renderer puts on its PDF pages.
WORDS_PER_PAGE = 450
#: File formats in the order the tables list them; ``pdf?`` is a PDF not named in ``formats.csv``.
FORMATS = ("txt", "md", "pdf", "pdf2", "docx", "pdf?")
FORMAT_NAMES = {
    "txt": "plain text (`.txt`)",
    "md": "Markdown (`.md`)",
    "pdf": "PDF, one column",
    "pdf2": "PDF, two columns with a sidebar",
    "docx": "DOCX",
    "pdf?": "PDF, layout not in formats.csv",
}
#: Notes that name a judgement call (rubric §6: "any borderline call").
BORDERLINE_RE = re.compile(r"borderline|either way|could go|judge?ment call|arguabl", re.IGNORECASE)
#: Seniority levels of ``resume_lens/data/title_families.json``, intern to head, then none.
SENIORITY_ORDER = ("intern", "junior", "mid", "senior", "lead", "staff", "principal", "manager", "director")
SENIORITY_ORDER += ("head", "none")
#: Words per shingle when comparing two resumes' texts (Broder, "On the resemblance and containment of
#: documents", 1997: the Jaccard overlap of word shingles).
SHINGLE_WORDS = 5
#: The generated block of ``corpora/DATASHEET.md`` sits between these lines (``--update``).
BEGIN_MARK = "<!-- corpus_stats:begin -->"
END_MARK = "<!-- corpus_stats:end -->"

_WORD_RE = re.compile(r"\w", re.UNICODE)
_FULL_MONTHS = {name.lower() for name in calendar.month_name if name and name != "May"}
# Shapes of the first date of a range, tried in order; each pattern matches at the start of the range.
_DATE_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Q3 2021", re.compile(r"Q[1-4]\b", re.IGNORECASE)),
    ("Summer 2021", re.compile(r"(?:spring|summer|fall|autumn|winter)\b", re.IGNORECASE)),
    ("Mar '21", re.compile(r"[A-Za-z]+\.?\s*,?\s*'\d\d")),
    ("Mar. 2021", re.compile(r"[A-Za-z]+\.\s*,?\s*\d{4}")),
    ("Month 2021", re.compile(r"(?P<word>[A-Za-z]+)\s*,?\s*\d{4}")),
    ("03/2021", re.compile(r"\d{1,2}\s*/\s*\d{4}")),
    ("03.2021", re.compile(r"\d{1,2}\s*\.\s*\d{4}")),
    ("2021-03", re.compile(r"\d{4}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?!\d)")),
    ("2021", re.compile(r"\d{4}")),
)
_SEPARATOR_RE = re.compile(
    r"\s*(?P<sep>[-\u2010\u2011\u2012\u2013\u2014\u2212~]+|to\b|until\b|till\b|through\b)?\s*", re.IGNORECASE
)
# A list marker at a line's start; the extractor has already turned every glyph bullet into "•"
# (resume_lens.extract.normalize), so glyph variety is not visible here.
_MARKER_RE = re.compile(r"^\s*(?P<m>\u2022|[-*\u2013\u2014](?=\s)|\d{1,2}[.)](?=\s))")
_MARKER_NAMES = {
    "\u2022": "`•` (any glyph)",
    "-": "`-`",
    "*": "`*`",
    "\u2013": "`–`",
    "\u2014": "`—`",
    "1.": "`1.`",
}
_ARROW_RANGE_RE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d\d)?\s*(?:\u2192|->)\s*\w")
# The domain ends in a label of letters, so "mAP@0.5" is not an address.
_EMAIL_RE = re.compile(r"[\w.%+-]+@(?P<domain>(?:[\w-]+\.)+[A-Za-z]{2,})\b")
_PROFILE_RE = re.compile(r"\b(?:linkedin\.com/in|github\.com)/[\w.-]+", re.IGNORECASE)
_SEPARATOR_NAMES = {
    "-": "hyphen `-`",
    "\u2013": "en dash `–`",
    "\u2014": "em dash `—`",
    "\u2212": "minus `−`",
    "~": "tilde `~`",
    "": "space only",
}


@dataclass(frozen=True)
class ResumeStats:
    """What the tables count for one labelled resume.

    ``words`` counts whitespace-separated tokens of the extracted text that hold a letter or digit
    (bullet markers and ``|`` separators are not words); ``pages`` is the extractor's page count (1 for
    text and DOCX). ``positions``/``claims``/``headline_claim``/``sections``/``seniority`` are what
    ``analyze_document`` found; ``sections`` holds ``(canonical name, heading as written)`` pairs without
    the unheaded ``header`` block. ``date_styles`` are the :func:`date_style` shapes of the first date of
    each date range in the text; ``separators`` and ``present_words`` the range separators and the words
    used for an open end; ``bullet_markers`` the list markers that start lines (``"1."`` for any
    number); ``arrow_ranges`` whether a date is followed by an arrow ``→`` (a range shape that
    ``find_date_range`` does not read). ``emails`` counts e-mail addresses, ``emails_off_example``
    those whose domain has no ``example`` label (RFC 2606 reserves ``example``), ``profile_urls``
    LinkedIn and GitHub profile addresses. ``shingles`` are the text's runs of :data:`SHINGLE_WORDS`
    lower-cased words, for finding near-duplicate resumes.
    """

    file: str
    writer: str
    fmt: str
    resume_label: str
    evidence_role: str
    origin: str
    borderline: bool
    words: int
    pages: int
    positions: int
    claims: int
    headline_claim: bool
    seniority: str
    sections: tuple[tuple[str, str], ...]
    date_styles: frozenset[str]
    separators: frozenset[str]
    present_words: frozenset[str]
    bullet_markers: frozenset[str] = frozenset()
    arrow_ranges: bool = False
    emails: int = 0
    emails_off_example: int = 0
    profile_urls: int = 0
    shingles: frozenset[tuple[str, ...]] = field(default=frozenset(), repr=False, compare=False)
    start_years: tuple[int, ...] = ()
    end_years: tuple[int, ...] = ()

    @property
    def est_pages(self) -> float:
        """``words / WORDS_PER_PAGE``: a rough page count (a page of about 450 words)."""
        return self.words / WORDS_PER_PAGE


def count_words(text: str) -> int:
    """Whitespace-separated tokens of ``text`` that contain at least one letter or digit.

    >>> count_words("• Built a model | 2021 – 2022")
    5
    """
    return sum(1 for token in text.split() if _WORD_RE.search(token))


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[tuple[str, ...]]:
    """Every run of ``size`` consecutive lower-cased words (``\\w+``) of ``text``.

    >>> sorted(shingles("Built a model, shipped it", size=4))
    [('a', 'model', 'shipped', 'it'), ('built', 'a', 'model', 'shipped')]
    """
    words = re.findall(r"\w+", text.lower())
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """``|a ∩ b| / |a ∪ b|`` in [0, 1]; 0.0 when both are empty."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def date_style(range_text: str) -> str | None:
    """The shape of the first date in a date range as written, e.g. ``"Mar 2021"`` or ``"2021-03"``.

    ``range_text`` is the text of one range found by :func:`resume_lens.dates.find_date_range`. A
    month name of 3–4 letters (or "May", which is both) gives ``"Mar 2021"``; a longer one (or
    "June"/"July") ``"March 2021"``. Returns ``None`` when no shape fits.

    >>> date_style("Sept. 2018 – Mar 2021"), date_style("2019-2021"), date_style("03/2021 to now")
    ('Mar. 2021', '2021', '03/2021')
    """
    text = range_text.strip()
    for name, pattern in _DATE_SHAPES:
        m = pattern.match(text)
        if m is None:
            continue
        if name == "Month 2021":
            return "March 2021" if m.group("word").lower() in _FULL_MONTHS else "Mar 2021"
        return name
    return None


def _range_parts(range_text: str) -> tuple[str, str] | None:
    """``(separator, end word)`` of one range; the end word is lower-cased when it is not a date."""
    text = range_text.strip()
    if text.split(" ", 1)[0].lower() in ("since", "desde", "seit", "depuis"):
        return "since", "since"  # "since 2021": an open range with neither separator nor end word
    for _name, pattern in _DATE_SHAPES:
        m = pattern.match(text)
        if m is None:
            continue
        rest = text[m.end() :]
        sep = _SEPARATOR_RE.match(rest)
        assert sep is not None  # the pattern can match the empty string
        end = rest[sep.end() :].strip()
        return (sep.group("sep") or "").lower(), end
    return None


def _format_of(path: Path, layouts: dict[str, str]) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "pdf":
        layout = layouts.get(path.stem)
        return layout if layout in ("pdf", "pdf2") else "pdf?"
    if suffix == "markdown":
        return "md"
    return suffix


def _read_layouts(formats_csv: Path | None) -> dict[str, str]:
    """``formats.csv`` of ``scripts/render_corpus.py`` as ``{source stem: format}``; empty when absent."""
    if formats_csv is None or not formats_csv.is_file():
        return {}
    with formats_csv.open(newline="", encoding="utf-8") as handle:
        return {Path(row["source"]).stem: row["format"] for row in csv.DictReader(handle)}


def _newest(positions: Sequence[Position]) -> Position | None:
    """The position with the latest end (``present`` first), then latest start; reading order breaks ties."""

    def key(item: tuple[int, Position]) -> tuple[str, str, int]:
        i, p = item
        end = "9999-99" if p.end_date == "present" else (p.end_date or "")
        return (end, p.start_date or "", -i)

    return max(enumerate(positions), key=key)[1] if positions else None


def _heading_words(heading: str) -> str:
    """A heading without Markdown marks (``#``, ``*``, ``_``, ``=``) and a trailing colon."""
    return heading.strip().strip("#*_= ").rstrip(":").strip()


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def collect_stats(
    folder: str | Path, labels: str | Path | None = None, formats_csv: str | Path | None = FORMATS_CSV
) -> list[ResumeStats]:
    """Read, extract and segment every labelled resume of ``folder``.

    Parameters
    ----------
    folder:
        A folder of resumes (TXT, MD, PDF, DOCX).
    labels:
        Its rubric §6 labels file; ``folder/labels.csv`` when ``None``.
    formats_csv:
        ``corpora/sources/formats.csv`` (columns ``source,format``), which tells a one-column PDF
        (``pdf``) from a two-column one (``pdf2``); PDFs it does not name count as ``pdf?``.
        ``None`` or a missing file: every PDF is ``pdf?``.

    Returns
    -------
    list[ResumeStats]
        One per labelled file, sorted by file name.

    Raises
    ------
    ResumeLensError
        ``LabelsFileError`` for a malformed labels file; an ``ExtractionError`` subclass naming the file
        when a labelled resume is missing or cannot be read.
    """
    folder = Path(folder)
    rows = sorted(
        read_labels(Path(labels) if labels is not None else folder / "labels.csv"), key=lambda r: r.file
    )
    layouts = _read_layouts(Path(formats_csv) if formats_csv is not None else None)
    nlp = get_pipeline()
    out: list[ResumeStats] = []
    for row in rows:
        path = folder / row.file
        document = extract_file(path)
        structure = analyze_document(document, nlp=nlp).structure
        styles: set[str] = set()
        separators: set[str] = set()
        present: set[str] = set()
        markers: set[str] = set()
        arrows = False
        for line in document.text.splitlines():
            marker = _MARKER_RE.match(line)
            if marker is not None:
                markers.add("1." if marker.group("m")[0].isdigit() else marker.group("m"))
            arrows = arrows or _ARROW_RANGE_RE.search(line) is not None
            found = find_date_range(line)
            if found is None:
                continue
            range_text = line[found.span_start : found.span_end]
            style = date_style(range_text)
            if style is not None:
                styles.add(style)
            parts = _range_parts(range_text)
            if parts is not None:
                separators.add(parts[0])
                if found.end == "present":
                    present.add(
                        "to date" if (parts[0], parts[1].lower()) == ("to", "date") else parts[1].lower()
                    )
        emails = [m.group("domain") for m in _EMAIL_RE.finditer(document.text)]
        newest = _newest(structure.positions)
        starts = tuple(y for p in structure.positions if (y := _year_of(p.start_date)) is not None)
        ends = tuple(y for p in structure.positions if (y := _year_of(p.end_date)) is not None)
        out.append(
            ResumeStats(
                file=row.file,
                writer=row.file.split("_", 1)[0],
                fmt=_format_of(path, layouts),
                resume_label=row.resume_label,
                evidence_role=row.evidence_role,
                origin=row.origin,
                borderline=bool(BORDERLINE_RE.search(row.notes)),
                words=count_words(document.text),
                shingles=shingles(document.text),
                pages=document.pages,
                positions=len(structure.positions),
                claims=len(structure.claims),
                headline_claim=any(c.source == "headline" for c in structure.claims),
                seniority=(newest.seniority if newest is not None else None) or "none",
                sections=tuple((s.name, s.heading.strip()) for s in structure.sections if s.name != "header"),
                date_styles=frozenset(styles),
                separators=frozenset(separators),
                present_words=frozenset(present),
                bullet_markers=frozenset(markers),
                arrow_ranges=arrows,
                emails=len(emails),
                emails_off_example=sum("example" not in d.lower().split(".") for d in emails),
                profile_urls=len(_PROFILE_RE.findall(document.text)),
                start_years=starts,
                end_years=ends,
            )
        )
    return out


# ----------------------------------------------------------------------------------------- Markdown


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], align: str | None = None) -> str:
    """A Markdown table; ``align`` is one character per column, ``l`` or ``r`` (default: first l, rest r)."""
    align = align or "l" + "r" * (len(headers) - 1)
    rule = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}%" if total else "–"


def _quartiles(values: Sequence[float]) -> tuple[float, float, float, float, float]:
    """min, Q1, median, Q3, max; quartiles by ``statistics.quantiles(method="inclusive")`` (linear)."""
    data = sorted(values)
    if len(data) == 1:
        return (data[0],) * 5
    q1, q2, q3 = statistics.quantiles(data, n=4, method="inclusive")
    return data[0], q1, q2, q3, data[-1]


def _num(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _crosstab(
    stats: Sequence[ResumeStats],
    row_key: str,
    rows: Sequence[str],
    col_key: str,
    cols: Sequence[str],
    suffix: str = "",
) -> str:
    """Counts of ``(row_key, col_key)`` attribute pairs with totals; ``suffix`` follows the row names."""
    counts = Counter((getattr(s, row_key), getattr(s, col_key)) for s in stats)
    body = []
    for r in rows:
        line = [counts[(r, c)] for c in cols]
        body.append([f"`{r}{suffix}`", *line, sum(line)])
    totals = [sum(counts[(r, c)] for r in rows) for c in cols]
    body.append(["**total**", *totals, sum(totals)])
    return _table([row_key, *(f"`{c}`" for c in cols), "total"], body)


def _bucket(value: int, last: int) -> str:
    """``"0"``, ``"1"``, … ``str(last)``, then ``f"{last + 1}+"``."""
    return str(value) if value <= last else f"{last + 1}+"


def _bucket_keys(last: int) -> list[str]:
    return [*(str(i) for i in range(last + 1)), f"{last + 1}+"]


@dataclass(frozen=True)
class _Axes:
    """The values each table lists, in a fixed order, limited to those present."""

    writers: list[str]
    formats: list[str]
    labels: list[str]
    roles: list[str]

    @classmethod
    def of(cls, stats: Sequence[ResumeStats]) -> _Axes:
        present_formats = {s.fmt for s in stats}
        formats = [f for f in FORMATS if f in present_formats] + sorted(present_formats - set(FORMATS))
        return cls(
            writers=sorted({s.writer for s in stats}),
            formats=formats,
            labels=[x for x in RESUME_LABELS if any(s.resume_label == x for s in stats)],
            roles=[x for x in ROLE_LABELS if any(s.evidence_role == x for s in stats)],
        )


def _totals_section(stats: Sequence[ResumeStats], ax: _Axes) -> str:
    origins = Counter(s.origin for s in stats)
    text = sum(s.fmt in ("txt", "md") for s in stats)
    rows: list[list[object]] = [
        ["resumes", len(stats)],
        ["writers (file-name prefixes)", f"{len(ax.writers)} ({', '.join(f'`{w}_`' for w in ax.writers)})"],
        *[[f"`origin` {o} (labels.csv; absent = individual)", c] for o, c in sorted(origins.items())],
        ["plain text or Markdown", f"{text} ({_pct(text, len(stats))})"],
        ["PDF or DOCX (rendered)", f"{len(stats) - text} ({_pct(len(stats) - text, len(stats))})"],
        ["labels notes naming a borderline call", sum(s.borderline for s in stats)],
    ]
    return "### Totals\n\n" + _table(["what", "count"], rows)


def _labels_section(stats: Sequence[ResumeStats], ax: _Axes) -> str:
    n = len(stats)
    labels = Counter(s.resume_label for s in stats)
    roles = Counter(s.evidence_role for s in stats)
    return (
        "### Labels\n\n"
        + _table(
            ["resume_label", "resumes", "share"],
            [[f"`{x}`", labels[x], _pct(labels[x], n)] for x in ax.labels],
        )
        + "\n\n"
        + _table(
            ["evidence_role", "resumes", "share"], [[f"`{x}`", roles[x], _pct(roles[x], n)] for x in ax.roles]
        )
        + "\n\nevidence_role × resume_label:\n\n"
        + _crosstab(stats, "evidence_role", ax.roles, "resume_label", ax.labels)
    )


def _writers_section(stats: Sequence[ResumeStats], ax: _Axes) -> str:
    counts = Counter((s.writer, s.resume_label) for s in stats)
    body = []
    for w in ax.writers:
        mine = [s for s in stats if s.writer == w]
        words = [s.words for s in mine]
        body.append(
            [f"`{w}_`", *(counts[(w, x)] for x in ax.labels), len(mine)]
            + [_num(statistics.median(words)), max(words), sum(s.borderline for s in mine)]
        )
    headers = [
        "writer",
        *(f"`{x}`" for x in ax.labels),
        "total",
        "median words",
        "max words",
        "borderline notes",
    ]
    return (
        "### Writers\n\nwriter × resume_label, with the length in words and the labels notes naming a "
        "borderline call:\n\n"
        + _table(headers, body)
        + "\n\nwriter × evidence_role:\n\n"
        + _crosstab(stats, "writer", ax.writers, "evidence_role", ax.roles, "_")
        + "\n\nwriter × file format:\n\n"
        + _crosstab(stats, "writer", ax.writers, "fmt", ax.formats, "_")
    )


def _formats_section(stats: Sequence[ResumeStats], ax: _Axes) -> str:
    n = len(stats)
    fmt_counts = Counter(s.fmt for s in stats)
    pages = Counter((s.fmt, s.pages) for s in stats)
    body = []
    for f in ax.formats:
        page_text = "–"
        if f.startswith("pdf"):
            page_text = ", ".join(
                f"{p} p: {pages[(f, p)]}" for p in sorted({p for (g, p) in pages if g == f})
            )
        body.append([f"`{f}`", FORMAT_NAMES.get(f, f), fmt_counts[f], _pct(fmt_counts[f], n), page_text])
    return (
        "### File formats\n\n"
        + _table(["format", "what", "resumes", "share", "rendered pages (PDF)"], body, "llrrl")
        + "\n\nfile format × resume_label:\n\n"
        + _crosstab(stats, "fmt", ax.formats, "resume_label", ax.labels)
    )


def _length_section(stats: Sequence[ResumeStats]) -> str:
    n = len(stats)
    w = _quartiles([s.words for s in stats])
    rows = [
        ["words (extracted text)", *(_num(v) for v in w)],
        [f"pages at ~{WORDS_PER_PAGE} words a page", *(f"{v / WORDS_PER_PAGE:.1f}" for v in w)],
    ]
    buckets = [("under 0.5 page", 0.0, 0.5), ("0.5–1 page", 0.5, 1.0), ("1–2 pages", 1.0, 2.0)]
    buckets += [("2–3 pages", 2.0, 3.0), ("3–4 pages", 3.0, 4.0), ("over 4 pages", 4.0, float("inf"))]
    estimate = []
    for name, lo, hi in buckets:
        c = sum(lo <= s.est_pages < hi for s in stats)
        estimate.append([name, c, _pct(c, n)])
    out = (
        "### Length\n\n"
        + _table(["", "min", "Q1", "median", "Q3", "max"], rows)
        + f"\n\nEstimated length (words ÷ {WORDS_PER_PAGE}):\n\n"
        + _table(["estimated length", "resumes", "share"], estimate)
    )
    rendered = [s for s in stats if s.fmt.startswith("pdf")]
    if rendered:
        body = []
        for count in sorted({s.pages for s in rendered}):
            ws = [s.words for s in rendered if s.pages == count]
            body.append([count, len(ws), min(ws), _num(statistics.median(ws)), max(ws)])
        out += (
            "\n\nRendered PDFs (`scripts/render.py`: A4, 10 pt Helvetica), words by rendered page count:\n\n"
            + _table(["pages", "PDFs", "min words", "median words", "max words"], body)
        )
    return out


def _structure_section(stats: Sequence[ResumeStats]) -> str:
    pos_counts = Counter(_bucket(s.positions, 5) for s in stats)
    positions = [s.positions for s in stats]
    claim_counts = Counter(_bucket(s.claims, 3) for s in stats)
    claims_row = [
        "resumes",
        *(claim_counts[k] for k in _bucket_keys(3)),
        sum(s.headline_claim for s in stats),
        sum(s.claims for s in stats),
    ]
    sen = Counter(s.seniority for s in stats)
    sen_keys = [k for k in SENIORITY_ORDER if sen[k]] + sorted(set(sen) - set(SENIORITY_ORDER))
    out = (
        "### Structure as the parser reads it\n\n"
        "Positions found per resume (`analyze_document`: experience and project entries with a title):\n\n"
        + _table(
            ["positions", *_bucket_keys(5), "median", "max"],
            [
                [
                    "resumes",
                    *(pos_counts[k] for k in _bucket_keys(5)),
                    _num(statistics.median(positions)),
                    max(positions),
                ]
            ],
        )
        + "\n\nML-engineer-family claims found per resume (rubric §1: headline and position titles):\n\n"
        + _table(["claims", *_bucket_keys(3), "with a headline claim", "total claims"], [claims_row])
        + "\n\nSeniority of the newest position (level words of `title_families.json`; `none`: no level word "
        "or no position):\n\n"
        + _table(["seniority", *(f"`{k}`" for k in sen_keys)], [["resumes", *(sen[k] for k in sen_keys)]])
    )
    starts = [y for s in stats for y in s.start_years]
    ends = [y for s in stats for y in s.end_years]
    if starts and ends:
        out += f"\n\nPosition dates run from {min(starts)} to {max(ends)} (earliest start, latest dated end)."
    return out


def _headings_section(stats: Sequence[ResumeStats]) -> str:
    body = []
    all_headings: set[str] = set()
    for name in SECTION_NAMES[1:]:  # not the unheaded "header" block
        folded: Counter[str] = Counter()
        resumes = 0
        for s in stats:
            mine = {_heading_words(h).casefold() for (sec, h) in s.sections if sec == name}
            resumes += bool(mine)
            folded.update(mine)
        if not resumes:
            continue
        all_headings |= set(folded)
        common = ", ".join(f"{h} ({c})" for h, c in folded.most_common(4))
        body.append([f"`{name}`", resumes, len(folded), common])
    caps = sum(any(h.isupper() for _sec, h in s.sections) for s in stats)
    marked = sum(any(h.lstrip().startswith("#") for _sec, h in s.sections) for s in stats)
    return (
        "### Section headings\n\n"
        "Canonical sections (`resume_lens/data/section_headings.json`) with the resumes that have one, the "
        "distinct headings written for it (case-insensitive, without Markdown marks or a trailing colon) and "
        "the most used:\n\n"
        + _table(["section", "resumes", "distinct headings", "most used (resumes)"], body, "lrrl")
        + "\n\n"
        + _table(
            ["", "count"],
            [
                ["distinct headings, all sections", len(all_headings)],
                ["resumes with a heading in capitals", f"{caps} ({_pct(caps, len(stats))})"],
                ["resumes with Markdown `#` headings", marked],
            ],
        )
    )


def _dates_section(stats: Sequence[ResumeStats]) -> str:
    styles = Counter(st for s in stats for st in s.date_styles)
    multi = sum(len(s.date_styles) >= 2 for s in stats)
    none = sum(not s.date_styles for s in stats)
    seps = Counter(x for s in stats for x in s.separators)
    present = Counter(x for s in stats for x in s.present_words)
    arrows = sum(s.arrow_ranges for s in stats)
    sep_text = ", ".join(f"{_SEPARATOR_NAMES.get(k, f'`{k}`')} {c}" for k, c in seps.most_common())
    present_text = ", ".join(f"`{k}` {c}" for k, c in present.most_common())
    return (
        "### Date formats\n\n"
        "Shape of the first date of each date range (`resume_lens.dates.find_date_range`), "
        "resumes using it:\n\n"
        + _table(["shape", "resumes"], [[f"`{k}`", c] for k, c in styles.most_common()])
        + "\n\n"
        + _table(
            ["", "resumes"],
            [
                ["two or more shapes", multi],
                ["no range that `find_date_range` reads", none],
                [
                    "a range written with an arrow (`2021 → now`): not read as a range, not counted above",
                    arrows,
                ],
            ],
        )
        + f"\n\nRange separators (resumes): {sep_text}. Open ends (resumes): {present_text}."
    )


def _overlap_section(stats: Sequence[ResumeStats]) -> str:
    pairs = [
        (jaccard(x.shingles, y.shingles), x.file, y.file) for i, x in enumerate(stats) for y in stats[i + 1 :]
    ]
    if not pairs:
        return ""
    best = max(pairs)
    rows = [
        ["pairs of resumes compared", len(pairs)],
        ["largest overlap", f"{best[0]:.2f} (`{best[1]}`, `{best[2]}`)"],
        *[[f"pairs with overlap ≥ {t}", sum(j >= t for j, _a, _b in pairs)] for t in (0.1, 0.2, 0.5)],
    ]
    return (
        "### Overlap between resumes\n\n"
        f"Jaccard overlap of the {SHINGLE_WORDS}-word shingles of each pair of extracted texts "
        "(1 = the same text):\n\n" + _table(["", "count"], rows)
    )


def _contacts_section(stats: Sequence[ResumeStats]) -> str:
    rows = [
        ["resumes with an e-mail address", sum(s.emails > 0 for s in stats)],
        ["e-mail addresses", sum(s.emails for s in stats)],
        ["e-mail addresses off an `example` domain (RFC 2606)", sum(s.emails_off_example for s in stats)],
        ["resumes with a LinkedIn or GitHub profile address", sum(s.profile_urls > 0 for s in stats)],
    ]
    return "### Contact details\n\nAs found in the extracted text:\n\n" + _table(["", "count"], rows)


def _bullets_section(stats: Sequence[ResumeStats]) -> str:
    markers = Counter(m for s in stats for m in s.bullet_markers)
    rows = [[_MARKER_NAMES.get(k, f"`{k}`"), c] for k, c in markers.most_common()]
    rows.append(["none (sentences or paragraphs only)", sum(not s.bullet_markers for s in stats)])
    multi = sum(len(s.bullet_markers) >= 2 for s in stats)
    return (
        "### Bullet markers\n\n"
        "List markers at the start of lines of the extracted text (glyph bullets are all `•` after "
        "extraction), resumes using each:\n\n"
        + _table(["marker", "resumes"], [*rows, ["two or more markers", multi]])
    )


def render_markdown(stats: Sequence[ResumeStats]) -> str:
    """All tables for the datasheet, as Markdown (``###`` headings, pipe tables).

    Parameters
    ----------
    stats:
        From :func:`collect_stats`; must not be empty.

    Returns
    -------
    str
        The report, ending in a newline.
    """
    ax = _Axes.of(stats)
    parts = [
        _totals_section(stats, ax),
        _labels_section(stats, ax),
        _writers_section(stats, ax),
        _formats_section(stats, ax),
        _length_section(stats),
        _structure_section(stats),
        _headings_section(stats),
        _dates_section(stats),
        _bullets_section(stats),
        _contacts_section(stats),
        _overlap_section(stats),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def update_block(document: str, report: str) -> str:
    """Replace the text between :data:`BEGIN_MARK` and :data:`END_MARK` in ``document`` with ``report``.

    Raises
    ------
    ValueError
        When the markers are missing or out of order.
    """
    begin = document.find(BEGIN_MARK)
    end = document.find(END_MARK)
    if begin < 0 or end < begin:
        raise ValueError(f"the file has no {BEGIN_MARK} … {END_MARK} block")
    head = document[: begin + len(BEGIN_MARK)]
    return f"{head}\n\n{report}\n{document[end:]}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the Markdown report for ``--corpus``; exit 1 with one line when a file cannot be read."""
    parser = argparse.ArgumentParser(
        description="Print the corpus tables of corpora/DATASHEET.md as Markdown.",
        epilog="example:\n  python scripts/corpus_stats.py --update corpora/DATASHEET.md",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--corpus", default=str(CORPUS_DIR), help="labelled folder (default: corpora/resumes)"
    )
    parser.add_argument("--labels", default=None, help="rubric §6 labels.csv (default: CORPUS/labels.csv)")
    parser.add_argument(
        "--formats", default=str(FORMATS_CSV), help="render formats.csv (default: corpora/sources)"
    )
    parser.add_argument(
        "--update",
        default=None,
        metavar="FILE",
        help=f"write the tables between {BEGIN_MARK} and {END_MARK} in FILE instead of printing them",
    )
    args = parser.parse_args(argv)
    try:
        stats = collect_stats(args.corpus, args.labels, args.formats)
    except ResumeLensError as e:
        print(f"corpus_stats: {e}", file=sys.stderr)
        return 1
    if not stats:
        print(f"corpus_stats: {args.corpus}: the labels file lists no resumes", file=sys.stderr)
        return 1
    report = render_markdown(stats)
    if args.update is None:
        sys.stdout.write(report)
        return 0
    target = Path(args.update)
    try:
        target.write_text(update_block(target.read_text(encoding="utf-8"), report), encoding="utf-8")
    except (OSError, ValueError) as e:
        print(f"corpus_stats: {target}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
