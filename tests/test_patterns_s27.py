"""Tagger rules of session 27, from a review of session 26's rules (lines written for this test).

* "Increased our capacity to handle 50k requests per second by migrating the ranking service to Kubernetes"
  reports a capacity reached, not a claimed ability: a change verb before "our ability/capacity to" cancels
  the hedge (``t31_pseudo_changed_our_ability``); "This enhances my ability to serve models" stays hedged.
* "Stakeholders often ask me about drift, so I set up Evidently drift monitoring" says what others ask; the
  candidate's own work follows (``t31_pseudo_others_ask_me_about``); "Ask me about ..." stays hedged.
* Devices are users only when a model is rolled out to them or they are smart, IoT, edge or connected devices
  ("to 3,000 smart speakers"; ``t31_rolled_out_to_n_devices``, ``t31_n_smart_devices``): "readings for 3,000
  sensors" is data and "travel for 40 speakers" people who give talks.
* "Adopted by Customer Success / Underwriting / PhD students / Monday" names a department, readers or a day,
  not an organisation using a system (``t30_adopted_by_named_org``).
* "runs on Hugging Face Inference Endpoints with autoscaling" is production serving; only "runs on Hugging
  Face Spaces" (or a demo host by name) is a demo (``t31_runs_on_demo_host``, ``t31_runs_on_hf_spaces``).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded


@pytest.mark.parametrize(
    ("line", "label", "span"),
    [
        (
            "Increased our capacity to handle 50k requests per second by migrating the ranking model service "
            "to Kubernetes.",
            "MEAS.THROUGHPUT",
            "50k requests per second",
        ),
        (
            "Stakeholders often ask me about drift, so I set up Evidently drift monitoring with Slack alerts "
            "for the fraud model.",
            "PROD.MONITORING",
            "monitoring with Slack alerts for the fraud model",
        ),
    ],
)
def test_capacity_reached_and_questions_asked_by_others_are_not_hedged(nlp, line, label, span):
    assert (label, span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    ("line", "label", "span"),
    [
        ("This enhances my ability to deploy models on Kubernetes.", "PROD.SERVING", "deploy models"),
        ("Ask me about RAG systems and ML deployment.", "PROD.SERVING", "ML deployment"),
    ],
)
def test_claimed_abilities_and_offered_topics_stay_hedged(nlp, line, label, span):
    assert (label, span, "hedged") in evidence(nlp, line, section="summary")


@pytest.mark.parametrize(
    "line",
    [
        "Trained an anomaly detection model in a Jupyter notebook on readings for 3,000 sensors.",
        "Handled travel for 40 speakers at the annual conference.",
        "Configured firewall rules for 40 gateways.",
        "Built a churn analysis notebook that was adopted by Customer Success for quarterly planning.",
        "Designed a risk scoring model in a Jupyter notebook, adopted by Underwriting in Spring 2023.",
        "Wrote a labelling tool for MRI scans; it was adopted by PhD students across the department.",
        "The dashboard was adopted by Monday.",
    ],
)
def test_data_people_departments_and_days_are_no_users(nlp, line):
    assert "MEAS.USERS" not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Rolled the wake-word model out to 350k smart speakers.", "to 350k smart speakers"),
        ("Shipped the detector to 1,200 cameras across 80 stores.", "to 1,200 cameras across 80 stores"),
        ("Pushed nightly model updates to 40,000 smart home cameras.", "to 40,000 smart home cameras"),
        ("Speech models adopted by UNICEF and Orange Burkina.", "adopted by UNICEF"),
    ],
)
def test_devices_reached_and_named_organisations_are_users(nlp, line, span):
    assert ("MEAS.USERS", span, "asserted") in evidence(nlp, line)


def test_hugging_face_inference_endpoints_are_no_demo(nlp):
    line = (
        "Fine-tuned Llama 3 for contract review; the model runs on Hugging Face Inference Endpoints with "
        "autoscaling behind our API gateway."
    )
    found = evidence(nlp, line)
    assert not any(label == "NB.DEMO_DEPLOY" for label, _, _ in found)
    assert not any(polarity == "demo" for _, _, polarity in found)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("The demo runs on Hugging Face Spaces.", "runs on Hugging Face Spaces"),
        ("The chatbot runs on Streamlit Cloud.", "runs on Streamlit Cloud"),
    ],
)
def test_runs_on_a_demo_host_is_a_demo(nlp, line, span):
    assert ("NB.DEMO_DEPLOY", span, "demo") in evidence(nlp, line)


# A second review: learning phrased as "expanded my skills" stays hedged, "used my skills" does not; a
# notebook's IoT data source is no user figure.
def test_expanding_my_skills_stays_hedged_and_using_them_is_work(nlp):
    found = evidence(nlp, "Expanded my skills in model monitoring and CI/CD through a Udemy course.")
    assert ("PROD.MONITORING", "model monitoring", "hedged") in found
    found = evidence(nlp, "Used my skills in Docker to containerise the fraud model and deploy it on EKS.")
    assert ("PROD.INFRA", "containerise the fraud model and deploy it on EKS", "asserted") in found


def test_iot_sensors_a_notebook_reads_are_no_users(nlp):
    line = "Trained an anomaly detection model in a Jupyter notebook on 3,000 IoT sensors."
    assert "MEAS.USERS" not in labels(nlp, line)


# Session 27's fourth probe: "a production RAG chatbot (LangChain, FAISS, OpenAI, Streamlit) serving
# volunteers organization-wide" was read as a Streamlit demo; people served organisation-wide are users
# (rubric §2).
def test_people_served_organisation_wide_are_users(nlp):
    line = (
        "I built and deployed a production RAG chatbot (LangChain, FAISS, OpenAI, Streamlit) serving "
        "volunteers organization-wide."
    )
    found = evidence(nlp, line)
    assert ("MEAS.USERS", "serving volunteers organization-wide", "asserted") in found
    assert not any(polarity == "demo" for _, _, polarity in found)


def test_a_portfolio_streamlit_demo_stays_a_demo(nlp):
    found = evidence(nlp, "Built a Streamlit demo of the churn model for my portfolio.")
    assert ("NB.DEMO_DEPLOY", "Streamlit demo", "demo") in found


# Session 27's fourth probe, more span errors: OpenAI Gym is an RL toolkit, not an LLM API; hackathons the
# candidate facilitated are no competition entered; "98.8% pipeline uptime" is an uptime figure.
def test_openai_gym_is_no_llm_api(nlp):
    found = recorded(nlp, "Trained RL agents using OpenAI Gym and Stable Baselines.")
    assert not {label for label, _, _ in found} & {"LLM.API", "TOOL.LLM"}
    assert "LLM.API" in labels(nlp, "Integrated the OpenAI API into the support chatbot.")


def test_facilitated_hackathons_are_no_competition(nlp):
    assert "NB.COMPETITION" not in labels(nlp, "Facilitated hackathons and workshops for 200 students.")
    assert "NB.COMPETITION" in labels(nlp, "Won 2nd place in the Kaggle hackathon.")


def test_a_systems_uptime_below_99_percent_is_an_uptime_figure(nlp):
    found = evidence(nlp, "Maintained 98.8% pipeline uptime across nightly ETL jobs.")
    assert ("MEAS.UPTIME", "98.8% pipeline uptime", "asserted") in found
