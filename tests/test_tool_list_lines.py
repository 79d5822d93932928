"""A labelled tool list under a job ("Technologies: Python, PySpark, Plotly, Dash, Docker") is a skills list:
its tools are recorded for the keyword-stuffing signal, and it is never a line of work (rubric §2: a skills
list is not evidence; real resumes, probe 11). A fresh-clone tester found the first cut still counting it as a
line of work, which turned a one-bullet `unclear` claim `inflated`, and hiding its tools from the stuffing
signal."""

from __future__ import annotations

import pytest

from resume_lens import Screener
from resume_lens.analysis import analyze_document
from resume_lens.document import Document

ONE_BULLET = """Sam Roe
Machine Learning Engineer

EXPERIENCE
Machine Learning Engineer | Acme | Jan 2022 - Present
- Trained churn models in Jupyter notebooks, reaching 88% accuracy on the test set.
"""

TOOLS = "Technologies: Python, PySpark, Plotly, Dash, Docker\n"

STUFFED = "Technologies: Kubernetes, MLflow, Airflow, SageMaker, Kubeflow, Docker, Prometheus\n"


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


def test_the_line_is_a_skills_line_of_its_position():
    analysis = analyze_document(Document.from_text(ONE_BULLET + TOOLS))
    line = next(ln for ln in analysis.structure.lines if ln.text.startswith("Technologies"))
    assert (line.section, line.position_index) == ("skills", 0)
    spans = [s for s in analysis.spans if s.start >= line.start and s.end <= line.end]
    assert {s.label for s in spans} >= {"NB.VIZ", "TOOL.INFRA"}
    assert not any(s.counts for s in spans)


def test_a_tool_list_does_not_change_the_claim(screener):
    alone = screener.assess_text(ONE_BULLET).to_dict()
    listed = screener.assess_text(ONE_BULLET + TOOLS).to_dict()
    # one line of work either way: too thin to judge (rubric §3)
    assert alone["verdict"] == listed["verdict"] == "unclear"
    assert alone["claims"][0]["p_inflated"] == listed["claims"][0]["p_inflated"]
    assert alone["claims"][0]["reasons"] == listed["claims"][0]["reasons"]


def test_tools_only_on_a_tool_list_are_keyword_stuffing(screener):
    stuffing = screener.assess_text(ONE_BULLET + STUFFED).to_dict()["keyword_stuffing"]
    assert stuffing["flagged"] is True
    assert set(stuffing["unused"]) >= {"kubernetes", "mlflow", "airflow", "sagemaker", "kubeflow", "docker"}


def test_a_list_with_figures_stays_a_line_of_work():
    text = ONE_BULLET + "Stack: real-time fraud scoring, 5k TPS, p99 20 ms, Kubernetes\n"
    analysis = analyze_document(Document.from_text(text))
    line = next(ln for ln in analysis.structure.lines if ln.text.startswith("Stack"))
    assert line.section == "experience"
