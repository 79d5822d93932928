"""Tagger rules from the twenty-fourth and twenty-fifth probes of public resumes (lines written for this
test, not copied).

* A Kaggle forecasting competition's "6-month live test window" is the competition's scoring period, not an
  online experiment (``t25_excl_test_window``); "a 2-week A/B test" stays one.
* Labelling pipelines prepare data for training: they are data pipelines (taxonomy P03, as the gold line set
  marks "the data labelling pipeline"), not production ML pipelines (``ml_pipeline_built`` no longer takes
  "labeling"; ``data_pipeline_built`` does).
* "adopted by 3+ U.S. clients" counts its clients like "adopted by 3+ US clients"
  (``t15_used_by_n_plus_people``).
* An AI system deployed is deployment (taxonomy P01) even with words between "AI" and the system, or when
  the system is named by its model ("deployed a secure in-house Private GPT system on Ubuntu", "Deployed an
  AI-based image failure detection system for three clients": ``t25_deploy_ai_system``;
  ``t21_deploy_ai_services`` allows no words between); "Deployed as a teaching assistant" is no system.
* "for 400 company users" and "2M monthly active users" count their users (``serving_users`` allows two
  describing words before "users").
* "331K+ measurements across 2,649 patients" is a study's data, not 2,649 users
  (``t25_excl_measurements_across_patients``); "used across 25,000 patients" stays users.
* Tried and dropped: exclusions that made "ETL jobs orchestrated with Airflow" a data pipeline only and
  "Hadoop jobs moved to Databricks" no cloud ML platform removed the ML pipeline or platform named beside the
  data jobs in the same span ("Built ingestion pipelines and training pipelines in Kubeflow", "Migrated SQL
  jobs and model serving to Vertex AI"; a review). A competition's test window needs "live", "private" or
  "public" before it ("an A/B test window of two weeks" stays an experiment).
* The accuracy of reports, records or data is no model metric (``t25_excl_data_accuracy``), and summarising
  incidents is no monitoring of a model (``t25_excl_incident_summaries``).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded


def test_a_competitions_live_test_window_is_no_online_experiment(nlp):
    line = "Achieved 4.2% outperformance on a 6-month live test window in the Kaggle competition."
    assert "PROD.ONLINE_EXP" not in labels(nlp, line)
    assert "PROD.ONLINE_EXP" in labels(nlp, "Ran a 2-week online test of the new ranking model.")


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "Built semi-automated labeling pipelines for the annotation team.",
            "Built semi-automated labeling pipelines",
        ),
        ("Maintained the labelling pipelines for the vision team.", "Maintained the labelling pipelines"),
    ],
)
def test_labelling_pipelines_are_data_pipelines(nlp, line, span):
    found = evidence(nlp, line)
    assert ("PROD.DATA_ENG", span, "asserted") in found
    assert not any(label == "PROD.PIPELINE" for label, _, _ in found)


def test_a_training_pipeline_is_still_an_ml_pipeline(nlp):
    assert "PROD.PIPELINE" in labels(nlp, "Built the model training pipelines for the ranking team.")


@pytest.mark.parametrize("clients", ["US", "U.S.", "U.K."])
def test_clients_after_an_abbreviated_country(nlp, clients):
    line = f"Deployed the detector on Jetson devices; adopted by 3+ {clients} clients in energy."
    assert ("MEAS.USERS", f"adopted by 3+ {clients} clients", "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Improved reporting accuracy by 20%.", "NB.OFFLINE_METRIC"),
        ("Improved data accuracy by 15% with validation rules.", "NB.OFFLINE_METRIC"),
        ("Automated incident summaries and runbooks from pipeline logs.", "PROD.MONITORING"),
    ],
)
def test_data_accuracy_and_incident_summaries_are_not_model_evidence(nlp, line, label):
    assert label not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Improved forecast accuracy by 12%.", "NB.OFFLINE_METRIC"),
        ("Wrote incident postmortems for the fraud model outages.", "PROD.MONITORING"),
    ],
)
def test_model_accuracy_and_model_incidents_still_count(nlp, line, label):
    assert label in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "Designed, configured, and deployed a secure in-house Private GPT system on Ubuntu with Nginx.",
            "deployed a secure in-house Private GPT system",
        ),
        (
            "Deployed an AI-based image failure detection system for three clients.",
            "Deployed an AI-based image failure detection system",
        ),
        (
            "Built and deployed an AI-powered resume screening tool used by 30 recruiters.",
            "deployed an AI-powered resume screening tool",
        ),
    ],
)
def test_a_deployed_ai_system_is_deployment(nlp, line, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, line)


def test_deployed_as_an_assistant_is_no_system(nlp):
    assert "PROD.SERVING" not in labels(nlp, "Deployed as a teaching assistant for the AI course.")


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Deployed the RAG assistant on-premises for 400 company users.", "for 400 company users"),
        ("Served 2M monthly active users.", "Served 2M monthly active users"),
    ],
)
def test_users_with_two_describing_words(nlp, line, span):
    assert ("MEAS.USERS", span, "asserted") in evidence(nlp, line)


def test_measurements_across_patients_are_no_users(nlp):
    line = (
        "XGBoost early-warning system predicting sepsis onset from 331K+ measurements across 2,649 patients."
    )
    assert "MEAS.USERS" not in labels(nlp, line)
    assert "MEAS.USERS" in labels(nlp, "The triage model is used across 25,000 patients every month.")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Built ETL and training pipelines in Airflow.", "PROD.PIPELINE"),
        ("Built ingestion pipelines and training pipelines in Kubeflow.", "PROD.PIPELINE"),
        ("Migrated SQL jobs and model serving to Vertex AI.", "PROD.CLOUD_ML"),
        ("Ran an A/B test window of two weeks for the new ranking model.", "PROD.ONLINE_EXP"),
        ("Migrated the churn model training jobs to Databricks.", "PROD.CLOUD_ML"),
        ("Deployed the fraud model on SageMaker endpoints.", "PROD.CLOUD_ML"),
    ],
)
def test_ml_pipelines_and_platforms_still_count(nlp, line, label):
    assert label in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        (
            "Built a production-grade RAG system that improved search-to-purchase conversion by 4%.",
            "MEAS.BUSINESS",
        ),
        ("Built a production-grade RAG system serving 2M shoppers.", "MEAS.USERS"),
    ],
)
def test_production_grade_with_a_figure_of_use_is_asserted(nlp, line, label):
    assert any(lab == label and pol == "asserted" for lab, _, pol in evidence(nlp, line))


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Production-ready, scalable, end-to-end ML pipelines.", "PROD.PIPELINE"),
        ("Designed a production-ready recommender that would serve 1M users.", "MEAS.USERS"),
        ("A production-ready pipeline that can handle 10k requests per second.", "MEAS.THROUGHPUT"),
        ("Production-ready ML platform for 500+ users (simulated).", "MEAS.USERS"),
        ("Load-tested the API at 2k QPS with simulated traffic.", "MEAS.THROUGHPUT"),
    ],
)
def test_readiness_and_capability_figures_stay_hypothetical(nlp, line, label):
    found = [(lab, pol) for lab, _, pol in evidence(nlp, line) if lab == label]
    assert found and all(pol == "hypothetical" for _, pol in found)


def test_a_model_that_could_reach_production_leaves_the_checks_asserted(nlp):
    line = "Schema checks I added with Pandera stopped training before a bad model could reach production."
    assert all(pol == "asserted" for lab, _, pol in evidence(nlp, line) if lab == "PROD.QUALITY")
    assert "PROD.QUALITY" in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Achieved a 40% reduction in p99 inference latency.", "40% reduction in p99 inference latency"),
        ("40% lower inference latency after quantisation.", "40% lower inference latency"),
    ],
)
def test_a_percent_reduction_in_latency_is_inference_optimisation(nlp, line, span):
    assert ("PROD.INFER_OPT", span, "asserted") in evidence(nlp, line)


def test_network_latency_is_no_inference_optimisation(nlp):
    assert "PROD.INFER_OPT" not in labels(nlp, "Saw a 20% reduction in network latency.")


def test_deployed_on_the_company_website_is_serving(nlp):
    line = "Developed a chatbot for a university, deployed on company website."
    assert ("PROD.SERVING", "deployed on company website", "asserted") in evidence(nlp, line)
    personal = evidence(nlp, "Deployed on my personal website with Streamlit.")
    assert not any(lab == "PROD.SERVING" and pol == "asserted" for lab, _, pol in personal)


def test_utilized_by_users(nlp):
    line = "The forecasting service is utilized by over 200 users."
    assert ("MEAS.USERS", "utilized by over 200 users", "asserted") in evidence(nlp, line)


def test_machine_learning_pipelines_are_ml_pipelines(nlp):
    line = "Built machine learning pipelines for the pricing team."
    assert ("PROD.PIPELINE", "Built machine learning pipelines", "asserted") in evidence(nlp, line)


def test_deployed_on_jetson_edge_devices_is_not_vague(nlp):
    line = (
        "Developed and deployed computer vision models and transformers on edge devices "
        "(e.g., NVIDIA Jetson) for real-time inference."
    )
    assert ("TOOL.SERVING", "NVIDIA Jetson", "asserted") in recorded(nlp, line)
    found = evidence(nlp, line)
    serving = [pol for lab, _, pol in found if lab == "PROD.SERVING"]
    assert serving and all(pol == "asserted" for pol in serving)
    bare = recorded(nlp, "Developed and deployed ML models.")
    assert [pol for lab, _, pol in bare if lab == "PROD.SERVING"] == ["vague"]


@pytest.mark.parametrize(
    ("line", "label", "polarity"),
    [
        # a review: "can cut" after the deployment qualifies the figure after it, not the deployment before it
        (
            "Deployed the fraud model on SageMaker endpoints serving 2M customers, so analysts can cut "
            "review time by 30%.",
            "PROD.CLOUD_ML",
            "asserted",
        ),
        # a figure that is hypothetical itself does not make "production-ready" real
        (
            "Designed a production-ready recommender that would serve 1M users.",
            "PROD.SERVING",
            "hypothetical",
        ),
        (
            "Built a production-ready triage API, load-tested at 300 requests/sec on my laptop.",
            "PROD.SERVING",
            "hypothetical",
        ),
        # nor does a patient count the tagger excludes as a study's data
        (
            "Built a production-ready triage model using measurements across 5,000 patients.",
            "PROD.SERVING",
            "hypothetical",
        ),
    ],
)
def test_capability_cues_and_readiness_keep_their_scope(nlp, line, label, polarity):
    assert [pol for lab, _, pol in evidence(nlp, line) if lab == label] == [polarity]


@pytest.mark.parametrize(
    "line",
    [
        "Launched a podcast about AI tools.",
        "Launched a blog series reviewing AI coding assistants.",
        "Launched a workshop series on GenAI applications.",
        "Launched an AI governance policy covering all AI systems.",
    ],
)
def test_something_about_ai_is_no_deployed_ai_system(nlp, line):
    assert "PROD.SERVING" not in labels(nlp, line)
