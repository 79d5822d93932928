"""Wrapped bullets and sentences are joined into one logical Line (resume_lens.segment.join_wrapped)."""

from __future__ import annotations

from pathlib import Path

import pytest
from structure_checks import assert_offsets

from resume_lens.extract import extract_file
from resume_lens.sections import split_lines
from resume_lens.segment import join_wrapped, segment
from resume_lens.structure import ResumeStructure
from resume_lens.tagging import tag_lines
from resume_lens.titles import is_wrapped_title

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _texts(s: ResumeStructure, section: str | None = None) -> list[str]:
    return [ln.text for ln in s.lines if section is None or ln.section == section]


# ------------------------------------------------------------------ the production_mle example


def test_production_mle_wrapped_bullets_are_one_line() -> None:
    text = (EXAMPLES / "production_mle.txt").read_text(encoding="utf-8")
    s = segment(text)
    assert_offsets(text, s)
    first = s.positions[0].bullets[0]
    assert first.text == (
        "Own the surge-pricing demand model, served as a gRPC service on Kubernetes: 4k requests per\n"
        "  second at peak, p99 latency 28 ms, 99.95% availability over 2024."
    )
    assert first.section == "experience"
    assert first.position_index == 0
    assert [len(p.bullets) for p in s.positions] == [4, 2]
    assert s.positions[1].bullets[0].text == (
        "Deployed the product-recommendation model to a SageMaker endpoint used by the web shop for\n"
        "  1.2M visitors a month; A/B test showed +3% basket size."
    )
    # the summary's soft-wrapped sentence is joined too (previous line ends with ":")
    assert _texts(s, "summary") == [
        "Machine learning engineer for six years. I build models and keep them running in production:\n"
        "serving, pipelines, monitoring and retraining."
    ]
    # positions, dates and claims are unchanged by the joins
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions] == [
        ("Senior Machine Learning Engineer", "Havnefront Mobility", "2021-03", "present"),
        ("Machine Learning Engineer", "Nordvik Retail", "2018-08", "2021-02"),
    ]
    assert [(c.title, c.source) for c in s.claims] == [
        ("Senior Machine Learning Engineer", "headline"),
        ("Senior Machine Learning Engineer", "position"),
        ("Machine Learning Engineer", "position"),
    ]
    assert s.headline == "Senior Machine Learning Engineer"
    assert len(s.lines) == 14


def test_negation_on_the_continuation_reaches_the_bullet() -> None:
    text = (
        "EXPERIENCE\n"
        "Data Scientist, Acme, 2019 - 2021\n"
        "- Trained a churn model in a notebook with an AUC of 0.81; it\n"
        "  was not deployed to production.\n"
    )
    s = segment(text)
    assert len(s.positions[0].bullets) == 1
    serving = [sp for sp in tag_lines(s.lines) if sp.label == "PROD.SERVING"]
    assert [(sp.text, sp.polarity) for sp in serving] == [("deployed to production", "negated")]


# ------------------------------------------------------------------ what is never swallowed


@pytest.mark.parametrize(
    ("after", "title", "org", "start", "end"),
    [
        ("Data Scientist, Beta Labs, 2016 - 2019", "Data Scientist", "Beta Labs", "2016-01", "2019-12"),
        ("Data Scientist | Beta Labs", "Data Scientist", "Beta Labs", None, None),
        ("2016 - 2019", "", None, "2016-01", "2019-12"),
        ("Jan 2016 - Dec 2019", "", None, "2016-01", "2019-12"),
    ],
)
def test_position_header_after_unpunctuated_bullet_is_not_swallowed(
    after: str, title: str, org: str | None, start: str | None, end: str | None
) -> None:
    text = (
        "EXPERIENCE\n"
        "ML Engineer, Acme Corp, 2019 - 2021\n"
        "- Built the feature store used by six teams\n"
        f"{after}\n"
        "- Trained forecasting models\n"
    )
    s = segment(text)
    assert_offsets(text, s)
    assert _texts(s) == [
        "ML Engineer, Acme Corp, 2019 - 2021",
        "Built the feature store used by six teams",
        after,
        "Trained forecasting models",
    ]
    assert [b.text for b in s.positions[0].bullets] == ["Built the feature store used by six teams"]
    assert len(s.positions) == 2
    p = s.positions[1]
    assert (p.title, p.organization, p.start_date, p.end_date) == (title, org, start, end)


def test_org_first_header_after_bullet_is_not_swallowed() -> None:
    text = (
        "EXPERIENCE\n"
        "ML Engineer, Acme Corp, 2019 - 2021\n"
        "- Built the feature store\n"
        "Beta Labs\n"
        "Berlin, Germany\n"
        "Data Scientist\n"
        "2016 - 2019\n"
        "- Trained forecasting models\n"
    )
    s = segment(text)
    assert _texts(s) == [
        "ML Engineer, Acme Corp, 2019 - 2021",
        "Built the feature store",
        "Beta Labs",
        "Berlin, Germany",
        "Data Scientist",
        "2016 - 2019",
        "Trained forecasting models",
    ]
    assert [(p.title, p.organization, p.start_date) for p in s.positions] == [
        ("ML Engineer", "Acme Corp", "2019-01"),
        ("Data Scientist", "Beta Labs", "2016-01"),
    ]


@pytest.mark.parametrize("heading", ["EDUCATION", "Education", "skills", "## Projects"])
def test_heading_after_bullet_is_not_swallowed(heading: str) -> None:
    text = (
        "EXPERIENCE\n"
        "ML Engineer, Acme Corp, 2019 - 2021\n"
        "- Built the feature store used by six\n"
        f"{heading}\n"
        "  python and sql\n"
    )
    s = segment(text)
    assert_offsets(text, s)
    assert [(sec.name, sec.heading) for sec in s.sections][0] == ("experience", "EXPERIENCE")
    assert s.sections[1].heading == heading
    assert [b.text for b in s.positions[0].bullets] == ["Built the feature store used by six"]
    assert _texts(s)[-1] == "python and sql"


def test_contact_lines_and_next_bullets_are_not_swallowed() -> None:
    text = (
        "EXPERIENCE\n"
        "- Built the feature store\n"
        "jane@example.com | +49 170 1234567\n"
        "- Ran the on-call rotation\n"
    )
    s = segment(text)
    assert _texts(s) == [
        "Built the feature store",
        "jane@example.com | +49 170 1234567",
        "Ran the on-call rotation",
    ]


# ------------------------------------------------------------------ the join rules


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # lower-case start: joined even after a full stop
        ("- Built it.\n  and ran it", ["Built it.\n  and ran it"]),
        # digit start
        ("- Served\n3k requests per second", ["Served\n3k requests per second"]),
        # opening punctuation
        ("- Ran the pilot\n(two warehouses)", ["Ran the pilot\n(two warehouses)"]),
        # indented under the bullet's text
        ("- Shipped it.\n  Kubernetes and Terraform", ["Shipped it.\n  Kubernetes and Terraform"]),
        # indented elsewhere after a sentence end: not joined
        ("- Shipped it.\n    Kubernetes and Terraform", ["Shipped it.", "Kubernetes and Terraform"]),
        # no sentence end above and a long upper-case line that is no entry
        (
            "- Worked on training models on Tensor\nProcessing Units (TPU).",
            ["Worked on training models on Tensor\nProcessing Units (TPU)."],
        ),
        # ... but a short title-case line looks like a company: not joined
        ("- Built the feature store\nNorthwind Traders", ["Built the feature store", "Northwind Traders"]),
        # across one blank line (PDF layouts): a lower-case or digit start only
        ("- Built the feature store for\n\nsix teams", ["Built the feature store for\n\nsix teams"]),
        ("- Built the feature store;\n\nnew versions", ["Built the feature store;\n\nnew versions"]),
        ("- Served the web shop for\n\n1.2M visitors", ["Served the web shop for\n\n1.2M visitors"]),
        ("- Built the feature store for\n\nSix Teams", ["Built the feature store for", "Six Teams"]),
        (
            "- Built the feature store for\n\nprocessing teams",
            ["Built the feature store for\n\nprocessing teams"],
        ),
        ("- Shipped it.\n\n  Kubernetes and Terraform", ["Shipped it.", "Kubernetes and Terraform"]),
        ("- Shipped it\n\n(two warehouses)", ["Shipped it", "(two warehouses)"]),
        # a digit-led duration, date or place line is never a continuation
        (
            "- Built the feature store for\n2 years 3 months",
            ["Built the feature store for", "2 years 3 months"],
        ),
        ("- Built the feature store for\n2019 - 2021", ["Built the feature store for", "2019 - 2021"]),
        ("- Built the feature store for\n\n03/2019", ["Built the feature store for", "03/2019"]),
        ("- Built the feature store for\n\n\nsix teams", ["Built the feature store for", "six teams"]),
        # a date inside a sentence does not make the line a header's date line
        (
            "- Writes the scores to Postgres, which the CRM\n(Braze) syncs from. The job has run nightly "
            "since March 2023; I get a Slack alert",
            [
                "Writes the scores to Postgres, which the CRM\n(Braze) syncs from. The job has run nightly "
                "since March 2023; I get a Slack alert"
            ],
        ),
        # ... but a header's date line, with the date at one end, is not joined
        (
            "- Built the feature store for\nNorthwind Traders, March 2023",
            ["Built the feature store for", "Northwind Traders, March 2023"],
        ),
        # a marker-only line between them is a new bullet
        ("- Built the feature store for\n\u2022\nsix teams", ["Built the feature store for", "six teams"]),
        # a continuation of a continuation
        ("- One\ntwo\nthree", ["One\ntwo\nthree"]),
        # the next bullet is never a continuation
        ("- Built the feature store for\n- six teams", ["Built the feature store for", "six teams"]),
    ],
)
def test_bullet_join_rules(body: str, expected: list[str]) -> None:
    text = "EXPERIENCE\n" + body
    lines = split_lines(text)[1:]
    joined = join_wrapped(text, lines, "experience")
    assert [ln.text for ln in joined] == expected
    for ln in joined:
        assert text[ln.start : ln.end] == ln.text
    assert joined[0].bullet


@pytest.mark.parametrize(
    ("section", "body", "expected"),
    [
        (
            "summary",
            "I build models and keep them\nrunning in production.",
            ["I build models and keep them\nrunning in production."],
        ),
        ("summary", "I build models.\nand keep them running", ["I build models.", "and keep them running"]),
        (
            "summary",
            "I build models and keep them\nRunning in production.",
            ["I build models and keep them", "Running in production."],
        ),
        (
            "summary",
            "I build models and keep them\n\nrunning in production.",
            ["I build models and keep them\n\nrunning in production."],
        ),
        (
            "experience",
            "Led the team that built\nthe fraud model",
            ["Led the team that built\nthe fraud model"],
        ),
        (
            "experience",
            "ML Engineer, Acme\nbuilding the fraud model",
            ["ML Engineer, Acme", "building the fraud model"],
        ),
        ("header", "Jane Doe, building\nmodels since 2015", ["Jane Doe, building", "models since 2015"]),
        ("summary", "I build models and keep them\n\n\nrunning", ["I build models and keep them", "running"]),
        ("skills", "Python, SQL,\nterraform", ["Python, SQL,", "terraform"]),
        ("other", "Chess, hiking,\nand reading", ["Chess, hiking,", "and reading"]),
    ],
)
def test_prose_join_rules(section: str, body: str, expected: list[str]) -> None:
    joined = join_wrapped(body, split_lines(body), section)
    assert [ln.text for ln in joined] == expected
    assert not any(ln.bullet for ln in joined)


# ------------------------------------------------------------------ real documents


@pytest.mark.parametrize(
    "path",
    sorted(EXAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.pdf")) + sorted(EXAMPLES.glob("*.docx")),
    ids=lambda p: p.name,
)
def test_offsets_hold_for_every_line_of_the_examples(path: Path) -> None:
    text = extract_file(path).text
    s = segment(text)
    assert_offsets(text, s)
    assert all(ln.text == ln.text.strip() and ln.text for ln in s.lines)


def test_offsets_hold_on_the_templates(templates_dir: Path) -> None:
    for path in sorted(templates_dir.glob("*.pdf")):
        text = extract_file(path).text
        assert_offsets(text, segment(text))


def test_jake_template_continuations_after_a_blank_line(templates_dir: Path) -> None:
    text = extract_file(templates_dir / "onecolumn-sb2nov-original-jake-base.pdf").text
    s = segment(text)
    bullets = {b.text.split(":")[0]: b.text for p in s.positions for b in p.bullets}
    assert bullets["Apache Beam"] == (
        "Apache Beam: Apache Beam is a unified model for defining both batch and streaming data-parallel "
        "processing\npipelines, as well as a set of language-specific SDKs for constructing pipelines and "
        "runners."
    )  # the blank line pdfminer's text boxes put between wrapped lines is gone (issue 5 item 1)
    assert [(p.title, p.start_date, p.end_date) for p in s.positions if p.title] == [
        ("Software Engineer", "2016-10", "present"),
        ("Senior Software Engineer", "2014-01", "2016-10"),
        ("Data Scientist", "2012-06", "2012-08"),
        ("Research and Teaching Assistant", "2012-01", "2013-12"),
    ]


WRAPPED_RESUME = """Alex Morgan
Machine Learning Engineer

EXPERIENCE
Senior ML Engineer, Acme Corp (2021 - 2024)
- Own the fraud model, served as a gRPC service on Kubernetes with canary releases and automatic rollback: 3k requests per second at peak, p99 latency 40 ms
- Built the feature store
Data Scientist, Beta Labs (2018 - 2021)
- Trained a churn model in a notebook that reached an AUC of 0.81 on the hold-out set; it was not deployed to production

EDUCATION
MSc Computer Science, Example University
"""  # noqa: E501


@pytest.mark.parametrize("columns", [1, 2])
def test_wrapped_bullet_in_a_generated_pdf_is_joined(tmp_path: Path, render_module, columns: int) -> None:
    out = tmp_path / "wrapped.pdf"
    render_module.render_pdf(WRAPPED_RESUME, out, columns=columns)
    text = extract_file(out).text
    s = segment(text)
    assert_offsets(text, s)
    assert [(p.title, p.organization, p.start_date, p.end_date) for p in s.positions] == [
        ("Senior ML Engineer", "Acme Corp", "2021-01", "2024-12"),
        ("Data Scientist", "Beta Labs", "2018-01", "2021-12"),
    ]
    first, second = (p.bullets for p in s.positions)
    assert len(first) == 2 and len(second) == 1
    # reportlab wraps the long bullets; each comes back as one Line holding both halves
    assert "\n" in first[0].text and "\n" in second[0].text
    assert first[0].text.startswith("Own the fraud model, served as a gRPC service")
    assert first[0].text.endswith("p99 latency 40 ms")
    assert " ".join(first[0].text.split()) == (
        "Own the fraud model, served as a gRPC service on Kubernetes with canary releases and automatic "
        "rollback: 3k requests per second at peak, p99 latency 40 ms"
    )
    assert " ".join(second[0].text.split()) == (
        "Trained a churn model in a notebook that reached an AUC of 0.81 on the hold-out set; it was not "
        "deployed to production"
    )
    assert first[1].text == "Built the feature store"


# ------------------------------------------------------------------ a title wrapped before its role word

WRAPPED_TITLE = (
    "Alex Doe\n"
    "Junior Machine Learning\n"
    "Engineer\n"
    "alex@example.com\n"
    "\n"
    "Experience\n"
    "Senior AI/ML\n"
    "Engineer — Acme Labs, Berlin\n"
    "Jan 2022 – Present\n"
    "- Trained a ResNet-50 classifier in Jupyter notebooks reaching 91% accuracy\n"
    "- Explored customer data with pandas and presented findings in weekly reports\n"
)


def test_a_title_wrapped_before_its_role_word_is_one_claim() -> None:
    s = segment(WRAPPED_TITLE)
    assert_offsets(WRAPPED_TITLE, s)
    assert [(c.title, c.source) for c in s.claims] == [
        ("Junior Machine Learning Engineer", "headline"),
        ("Senior AI/ML Engineer", "position"),
    ]
    assert s.positions[0].start_date == "2022-01"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Machine Learning", "Built a churn model in Python"),  # no role word first
        ("Skills: Machine Learning", "Engineer mindset"),  # more than a title on the line
        ("Machine Learning", "Engineering: Python, Go"),  # a skills label, not "Engineering Manager"
    ],
)
def test_other_line_pairs_are_not_a_wrapped_title(first: str, second: str) -> None:
    assert not is_wrapped_title(first, second)


# ------------------------------------------------------------------ a capitalised tail after a full line

TWO_COLUMN_BULLETS = (
    "Experience\n"
    "Data Engineer Intern | Apr 2024 -- Dec 2024\n"
    "Ministry of Communications & IT | Cairo, Egypt\n"
    "\n"
    "• Designed scalable data pipelines using Microsoft SQL Server, Power\n"
    "BI, and Azure ML\n"
    "\n"
    "• Developed and deployed ML models using Scikit-learn + MLflow with\n"
    "Flask on Azure\n"
    "\n"
    "• Built the feature store for the fraud team\n"
    "Globex Corp, Berlin\n"
)


def test_a_capitalised_tail_goes_on_a_full_or_dangling_line() -> None:
    # a PDF column breaks a bullet before a product name ("Power / BI, and Azure ML") or after "with"
    s = segment(TWO_COLUMN_BULLETS)
    assert_offsets(TWO_COLUMN_BULLETS, s)
    texts = [" ".join(ln.text.split()) for ln in s.lines if ln.section == "experience"]
    assert "Designed scalable data pipelines using Microsoft SQL Server, Power BI, and Azure ML" in texts
    assert "Developed and deployed ML models using Scikit-learn + MLflow with Flask on Azure" in texts
    # a short line before a company line: the company line stays its own line
    assert "Built the feature store for the fraud team" in texts
    assert "Globex Corp, Berlin" in texts


def test_a_project_title_after_a_full_bullet_stays_a_title() -> None:
    # a review (session 23): "Movie Recommendation System for MovieLens" is the next project, not a tail
    text = (
        "Projects\n"
        "Real-Time Fraud Detection with Kafka and Spark\n"
        "- Added drift monitoring with Evidently and automated weekly retraining with Airflow DAGs\n"
        "Movie Recommendation System for MovieLens\n"
        "- Trained a collaborative filtering model on MovieLens 100k in a Colab notebook\n"
    )
    texts = [ln.text for ln in segment(text).lines]
    assert "Movie Recommendation System for MovieLens" in texts
