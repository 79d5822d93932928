"""Tagger rules of session 23 (lines written for this test, not copied).

* A pipeline whose stages end at evaluation is a modelling workflow, not a production pipeline (taxonomy P02:
  "end-to-end ML pipeline … from ingestion to deployment / to production" is the strong form; rubric §2
  "pipelines … that run in production"). "from data collection to model evaluation", "covering
  preprocessing, training and evaluation" and "(cleaning, …, evaluation)" remove ``PROD.PIPELINE``
  (``t26_excl_pipeline_*``), unless the line names serving, a cloud ML platform, monitoring, retraining
  or an operations figure; a stage list that goes on to deployment keeps it.
* The teaching exclusion (people taught are no users of a system) no longer takes "AI tutor" or an
  "LLM-based tutoring app": its users count (``t26_excl_teaching_figures_*`` look at the word before).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels


@pytest.mark.parametrize(
    "line",
    [
        "Built end-to-end ML pipelines from data collection to model evaluation",
        "Created end-to-end machine learning pipelines covering preprocessing, model training and evaluation",
        "Developed an end-to-end ML pipeline (data cleaning, feature engineering, training, evaluation)",
        "Designed ML workflows from raw text to model evaluation and error analysis.",
    ],
)
def test_a_pipeline_that_ends_at_evaluation_is_no_production_pipeline(nlp, line):
    assert "PROD.PIPELINE" not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Developed ML pipelines from preprocessing to deployment", "Developed ML pipelines"),
        ("Developed an ML pipeline (training, evaluation, deployment)", "Developed an ML pipeline"),
        (
            "Created ML pipelines covering preprocessing, model training and evaluation, served via FastAPI "
            "to 2k users",
            "Created ML pipelines",
        ),
        (
            "Built ML training pipelines in Airflow from ingestion to model evaluation, retrained weekly",
            "Built ML training pipelines in Airflow",
        ),
    ],
)
def test_a_pipeline_that_reaches_production_stays_one(nlp, line, span):
    assert ("PROD.PIPELINE", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Built an AI tutor chatbot using GPT-4 and RAG, used by 3,000 students", "used by 3,000 students"),
        ("Built an LLM-based tutoring app used by 5,000 students", "used by 5,000 students"),
    ],
)
def test_users_of_an_ai_tutor_are_users(nlp, line, span):
    assert ("MEAS.USERS", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Tutor for 40 students in calculus",
        "Volunteer math tutor for 25 students",
        "Teaching 120 students per semester in Intro to ML",
        "Taught Python to 200 students",
        "Coached 12 students through their first Kaggle competition",
    ],
)
def test_people_taught_are_still_no_users(nlp, line):
    assert "MEAS.USERS" not in labels(nlp, line)
