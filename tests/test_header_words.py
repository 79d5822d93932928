"""The header word lists (resume_lens/data/header_words.json) load, match what their ``_doc`` says,
and a broken file is refused with a RuleFileError naming the file and the key."""

from __future__ import annotations

import copy

import pytest

from resume_lens.errors import RuleFileError
from resume_lens.header_words import load_header_words, parse_header_words
from resume_lens.rule_files import read_rule_file


def test_organization_suffix_is_a_whole_word():
    words = load_header_words()
    assert words.organization_suffix.search("Acme Labs").group(0) == "Labs"
    assert words.organization_suffix.search("Foo Co. Berlin").group(0) == "Co."
    assert words.organization_suffix.search("Lakeshore Systems").group(0) == "Systems"
    assert words.organization_suffix.search("Bay Area") is None  # "ai" only as a word
    assert words.organization_suffix.search("Cobalt") is None


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Intern", True),
        ("part-time", True),
        ("Working Student", True),
        ("current", True),
        ("Internal", False),
    ],
)
def test_job_kind_is_the_whole_part(part, expected):
    assert (load_header_words().job_kind.match(part) is not None) is expected


def test_work_arrangement_is_the_whole_part():
    words = load_header_words()
    assert words.work_arrangement.match("On-site")
    assert words.work_arrangement.match("Remote, EU") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Project: Document AI Assistant", True),
        ("Key project 2 - Fraud scoring", True),
        ("Client Projects | Retail", True),
        ("Projects", False),
        ("Project manager, Acme", False),
    ],
)
def test_project_lead(line, expected):
    assert (load_header_words().project_lead.match(line) is not None) is expected


def test_project_word_is_singular():
    words = load_header_words()
    assert words.project_word.search("Fraud Scoring System").group(0) == "System"
    assert words.project_word.search("Lakeshore Systems") is None


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda d: d.pop("job_kinds"), "job_kinds"),
        (lambda d: d.update(colours=["red"]), "colours"),
        (lambda d: d.update(project_words=[]), "project_words"),
        (lambda d: d["organization_suffixes"].append(3), "organization_suffixes"),
        (lambda d: d["job_kinds"].append("(intern"), r"job_kinds\[18\]"),
        (lambda d: d.update(version="1"), "version"),
    ],
)
def test_bad_header_word_file_names_file_and_key(mutate, key):
    data = copy.deepcopy(read_rule_file("header_words.json"))
    mutate(data)
    with pytest.raises(RuleFileError, match=r"header_words\.json, key " + key + ":"):
        parse_header_words(data)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("bol.com", True),
        ("deepset.ai", True),
        ("acme-labs.io", True),
        ("Bol.com", False),
        ("bol.comx", False),
        ("e.g", False),
        ("bol.com,", False),
    ],
)
def test_web_domain_word_is_one_lower_case_domain(word, expected):
    assert (load_header_words().web_domain_word.match(word) is not None) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Technologies: Python, PySpark, TensorFlow, Plotly, Dash", True),
        ("- Tools: Jupyter, pandas, NumPy", True),
        ("**Tech stack:** Python | FastAPI | Docker", True),
        ("Tools: Excel (pivot tables, Power Query), Power BI (DAX), Google Sheets, SPSS", True),
        ("Stack: Python, Docker", False),  # two items: too short to call a list
        ("Tools: Built a pipeline with Airflow", False),  # a sentence
        ("Technology: deployed models on AWS, GCP and Azure, cutting cost 30%, latency 40ms", False),
        ("Tech: served the model via FastAPI on Kubernetes with canary releases, p99 40ms, 2k QPS", False),
        ("Python, PySpark, TensorFlow, Plotly", False),  # no label
        # session 16 review: other languages, slashes and a dash after the label are lists too
        ("Technologieën: Python, Plotly, Dash", True),
        ("Stack technique : Python, Docker, Kubernetes", True),
        ("Technologies: Python/PySpark/Plotly/Dash", True),
        ("Tech stack — Python, Docker, Kubernetes", True),
        # ... and a list that opens with an irregular verb is a line of work
        ("Stack: built an inference API, Kubernetes, Prometheus", False),
        ("Stack: wrote the serving layer, Go, gRPC, Redis", False),
        ("Environment: cut cloud costs 30%, 2k QPS, 99.9% uptime", False),
        # session 23: a portfolio's "Libraries and Frameworks:" line
        ("Libraries and Frameworks: scikit-learn, XGBoost, Keras, PyTorch, Pandas", True),
        ("Frameworks & Libraries: FastAPI, Django, Flask", True),
    ],
)
def test_tool_list_is_a_labelled_list_of_three_or_more_items(line, expected):
    assert load_header_words().is_tool_list(line) is expected
