"""What session 27's second held-out probe of public resumes found (texts written for this test, not copied).

* "I will be joining their ML team to integrate large language models to production services" is a plan,
  not work done (taxonomy §6.3: future tense; ``t32_future_will_be_joining``).
* "Shipped production-ready firmware releases" is no ML serving: "production-ready" qualifies firmware
  (``t32_excl_production_ready_non_ml``; rubric clarification 2).
* "Built the supporting infrastructure for the data pipeline" is the candidate's work: "supporting" is an
  adjective there, not "supporting the team that ..." (``t32_pseudo_the_supporting_infrastructure``).
* "Feb, 2021 / Present": a slash with spaces around it separates a range's ends (``dates._SEP``).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

from resume_lens.dates import find_date_range


def test_a_planned_job_is_no_work_done(nlp):
    line = "I will be joining their ML team to integrate large language models to production services."
    assert ("PROD.SERVING", "models to production", "learning") in evidence(nlp, line, section="summary")


def test_production_ready_firmware_is_no_ml_serving(nlp):
    line = "Shipped production-ready firmware releases for the ESP32 boards."
    assert "PROD.SERVING" not in labels(nlp, line)


def test_the_supporting_infrastructure_is_own_work(nlp):
    line = "Built the supporting infrastructure for the data pipeline and model serving."
    found = evidence(nlp, line)
    assert ("PROD.DATA_ENG", "Built the supporting infrastructure for the data pipeline", "asserted") in found
    assert not any(polarity == "attributed" for _, _, polarity in found)


def test_supporting_a_team_stays_attributed(nlp):
    found = evidence(nlp, "Supporting the platform team in deploying models.")
    assert ("PROD.SERVING", "deploying models", "attributed") in found


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Feb, 2021 / Present", "2021-02", "present"),
        ("Feb 2021 / Mar 2023", "2021-02", "2023-03"),
        ("06/2021 - 08/2022", "2021-06", "2022-08"),
    ],
)
def test_a_spaced_slash_separates_a_range(text, start, end):
    found = find_date_range(text)
    assert found is not None and (found.start, found.end) == (start, end)


def test_a_slash_between_words_is_no_range():
    assert find_date_range("Python / SQL 2021") is None


@pytest.mark.parametrize(
    "line",
    [
        "Rolled out an LLM triage bot that agents will start from each morning, now serving 1,200 agents.",
        "Automated weekly retraining on Airflow, which will help keep the deployed recommender fresh for 20M "
        "users.",
    ],
)
def test_will_said_of_a_product_or_of_others_is_no_plan(nlp, line):
    assert not any(polarity == "learning" for _, _, polarity in evidence(nlp, line))


def test_a_guide_beside_ones_own_launch_keeps_the_launch(nlp):
    line = "Wrote the blog post about the launch of Smart Reply, a model I shipped to 10M users."
    assert "PROD.SERVING" in labels(nlp, line)
