"""scripts/corpus_stats.py (the numbers of corpora/DATASHEET.md) on a hand-counted three-resume corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parent.parent

# Words are whitespace tokens holding a letter or digit: "|", "–", "-", "*" and "#" are not words.
MLE = """Jane Roe
Machine Learning Engineer
jane.roe@example.com | github.com/janeroe

EXPERIENCE
Senior Machine Learning Engineer | Acme | Mar 2021 – Present
- Deployed the model behind a FastAPI service.
Data Scientist | Acme | 2018 – 2021
- Built churn models in Jupyter.
"""  # 2 + 3 + 2 + 1 + 8 + 7 + 5 + 5 = 33 words; positions 2; claims 2 (headline + Senior MLE)

ANALYST = """# John Doe
john@doe-mail.net

## Summary
Data analyst who builds dashboards.

## Experience
**Data Analyst**, Bright Retail, 03/2020 to now
* Built Tableau dashboards for sales.
"""  # 2 + 1 + 1 + 5 + 1 + 7 + 5 = 22 words; positions 1; claims 0

STUDENT = """Sam Poe
Student

Education
MSc Data Science, 2023 - 2025

Projects
Trained a detector in Colab, mAP@0.5 of 0.61.
"""  # 2 + 1 + 1 + 5 + 1 + 8 = 18 words; positions 0; claims 0; "mAP@0.5" is no e-mail address

LABELS = """file,resume_label,evidence_role,claimed_titles,notes
a_001_mle.txt,supported,ml_engineer,Senior Machine Learning Engineer,"FastAPI service"
a_002_analyst.md,no_claim,data_analyst,Data Analyst,"dashboards only; borderline role"
b_001_student.txt,no_claim,student,,coursework
"""


@pytest.fixture(scope="module")
def corpus_stats(load_script):
    """``scripts/corpus_stats.py``, loaded by path: scripts are not in the package."""
    return load_script("corpus_stats")


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "a_001_mle.txt").write_text(MLE, encoding="utf-8")
    (folder / "a_002_analyst.md").write_text(ANALYST, encoding="utf-8")
    (folder / "b_001_student.txt").write_text(STUDENT, encoding="utf-8")
    (folder / "labels.csv").write_text(LABELS, encoding="utf-8")
    return folder


def test_per_resume_counts(corpus_stats, tiny_corpus: Path) -> None:
    stats = {s.file: s for s in corpus_stats.collect_stats(tiny_corpus, formats_csv=None)}
    assert list(stats) == ["a_001_mle.txt", "a_002_analyst.md", "b_001_student.txt"]
    mle, analyst, student = stats.values()
    assert (mle.writer, mle.fmt, mle.resume_label) == ("a", "txt", "supported")
    assert (analyst.writer, analyst.fmt, student.writer, student.fmt) == ("a", "md", "b", "txt")
    assert [s.words for s in stats.values()] == [33, 22, 18]
    assert [s.positions for s in stats.values()] == [2, 1, 0]
    assert [s.claims for s in stats.values()] == [2, 0, 0]
    assert [s.headline_claim for s in stats.values()] == [True, False, False]
    assert [s.borderline for s in stats.values()] == [False, True, False]
    assert [s.seniority for s in stats.values()] == ["senior", "none", "none"]
    assert mle.sections == (("experience", "EXPERIENCE"),)
    assert analyst.sections == (("summary", "## Summary"), ("experience", "## Experience"))
    assert [name for name, _heading in student.sections] == ["education", "projects"]
    assert mle.date_styles == {"Mar 2021", "2021"} and mle.separators == {"\u2013"}
    assert mle.present_words == {"present"}
    assert (analyst.date_styles, analyst.separators, analyst.present_words) == ({"03/2021"}, {"to"}, {"now"})
    assert (student.date_styles, student.separators, student.present_words) == ({"2021"}, {"-"}, set())
    assert [s.bullet_markers for s in stats.values()] == [{"-"}, {"*"}, set()]
    assert [(s.emails, s.emails_off_example, s.profile_urls) for s in stats.values()] == [
        (1, 0, 1),
        (1, 1, 0),
        (0, 0, 0),
    ]


def test_markdown_tables(corpus_stats, tiny_corpus: Path) -> None:
    report = corpus_stats.render_markdown(corpus_stats.collect_stats(tiny_corpus, formats_csv=None))
    assert "| resumes | 3 |" in report
    assert (
        "| plain text or Markdown | 3 (100%) |" in report and "| PDF or DOCX (rendered) | 0 (0%) |" in report
    )
    assert "| writers (file-name prefixes) | 2 (`a_`, `b_`) |" in report
    assert "| labels notes naming a borderline call | 1 |" in report
    assert "| `no_claim` | 2 | 67% |" in report and "| `supported` | 1 | 33% |" in report
    # evidence_role × resume_label, with totals
    assert "| `data_analyst` | 1 | 0 | 1 |" in report and "| **total** | 2 | 1 | 3 |" in report
    # writer × resume_label: no_claim, supported, total, median words (22, 33 → 27.5), max words, borderline
    assert "| `a_` | 1 | 1 | 2 | 27.5 | 33 | 1 |" in report
    assert "| `b_` | 1 | 0 | 1 | 18 | 18 | 0 |" in report
    # words 18, 22, 33: inclusive (linear) quartiles 20 and 27.5
    assert "| words (extracted text) | 18 | 20 | 22 | 27.5 | 33 |" in report
    assert "| under 0.5 page | 3 | 100% |" in report
    assert "| resumes | 1 | 1 | 1 | 0 | 0 | 0 | 0 | 1 | 2 |" in report  # positions 0..5, 6+, median, max
    assert "| resumes | 2 | 0 | 1 | 0 | 0 | 1 | 2 |" in report  # claims 0..3, 4+, headline, total
    assert "| `experience` | 2 | 1 | experience (2) |" in report
    assert "| resumes with Markdown `#` headings | 1 |" in report
    assert "| `2021` | 2 |" in report and "| two or more shapes | 1 |" in report
    assert "Position dates run from 2018 to 2021" in report
    assert "| e-mail addresses | 2 |" in report
    assert "| e-mail addresses off an `example` domain (RFC 2606) | 1 |" in report
    assert "| resumes with a LinkedIn or GitHub profile address | 1 |" in report
    assert "| pairs of resumes compared | 3 |" in report


def test_pdf_layout_comes_from_formats_csv(corpus_stats, render_module, tmp_path: Path) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    render_module.render_pdf(STUDENT, folder / "b_001_student.pdf", columns=2)
    labels = "file,resume_label,evidence_role\nb_001_student.pdf,no_claim,student\n"
    (folder / "labels.csv").write_text(labels, encoding="utf-8")
    formats = tmp_path / "formats.csv"
    formats.write_text("source,format\nb_001_student.txt,pdf2\n", encoding="utf-8")
    (two_column,) = corpus_stats.collect_stats(folder, formats_csv=formats)
    assert (two_column.fmt, two_column.pages, two_column.words) == ("pdf2", 1, 18)
    (unknown,) = corpus_stats.collect_stats(folder, formats_csv=None)
    assert unknown.fmt == "pdf?"


@pytest.mark.parametrize(
    ("range_text", "style"),
    [
        ("Mar 2021 – Present", "Mar 2021"),
        ("May 2019 - 2020", "Mar 2021"),
        ("September 2018 to now", "March 2021"),
        ("Sept. 2018 – Mar 2021", "Mar. 2021"),
        ("Jan '21 – Mar '22", "Mar '21"),
        ("Summer 2020 – Fall 2020", "Summer 2021"),
        ("Q3 2022 - present", "Q3 2021"),
        ("03/2021 – 06/2022", "03/2021"),
        ("3.2021 – 6.2022", "03.2021"),
        ("2021-03 – 2022-05", "2021-03"),
        ("2019-2021", "2021"),
    ],
)
def test_date_style(corpus_stats, range_text: str, style: str) -> None:
    assert corpus_stats.date_style(range_text) == style


def test_count_words(corpus_stats) -> None:
    assert corpus_stats.count_words("• Built a model | 2021 – 2022\n## Skills") == 6


def test_update_rewrites_only_the_marked_block(corpus_stats, tiny_corpus: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "DATASHEET.md"
    begin, end = corpus_stats.BEGIN_MARK, corpus_stats.END_MARK
    sheet.write_text(f"# Sheet\n\nprose\n{begin}\nold tables\n{end}\nmore prose\n", encoding="utf-8")
    args = ["--corpus", str(tiny_corpus), "--formats", str(tmp_path / "absent.csv"), "--update", str(sheet)]
    assert corpus_stats.main(args) == 0
    text = sheet.read_text(encoding="utf-8")
    assert text.startswith(f"# Sheet\n\nprose\n{begin}\n\n### Totals\n")
    assert text.endswith(f"|\n\n{end}\nmore prose\n")
    assert "old tables" not in text and "| resumes | 3 |" in text
    with pytest.raises(ValueError, match="corpus_stats:begin"):
        corpus_stats.update_block("no markers here", "tables")


def test_unreadable_labels_exit_1_with_one_line(corpus_stats, tmp_path: Path, capsys) -> None:
    assert corpus_stats.main(["--corpus", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("corpus_stats: cannot read labels file") and err.count("\n") == 1


def test_shingle_overlap(corpus_stats, tmp_path: Path) -> None:
    a = corpus_stats.shingles("one two three four five six")  # 2 five-word shingles
    b = corpus_stats.shingles("two three four five six seven")  # shares 1 of them
    assert len(a) == len(b) == 2
    assert corpus_stats.jaccard(a, b) == 1 / 3
    assert corpus_stats.jaccard(frozenset(), frozenset()) == 0.0
    folder = tmp_path / "resumes"
    folder.mkdir()
    for name in ("a_001_x.txt", "a_002_copy.txt"):
        (folder / name).write_text(STUDENT, encoding="utf-8")
    labels = (
        "file,resume_label,evidence_role\na_001_x.txt,no_claim,student\na_002_copy.txt,no_claim,student\n"
    )
    (folder / "labels.csv").write_text(labels, encoding="utf-8")
    report = corpus_stats.render_markdown(corpus_stats.collect_stats(folder, formats_csv=None))
    assert "| pairs of resumes compared | 1 |" in report
    assert "| largest overlap | 1.00 (`a_001_x.txt`, `a_002_copy.txt`) |" in report
    assert "| pairs with overlap ≥ 0.5 | 1 |" in report
