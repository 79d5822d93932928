"""Context (polarity, attribution) and production wording left open by two probes on public resumes (s10).

* A cue in one item of a list after a colon ("includes: helping with …, deploying …") no longer reaches the
  next item: a comma followed by a new work verb (a gerund or a base form) ends the clause
  (``t12_term_comma_new_verb``), unless the verb is one of several ("built, deploying and monitoring").
* A verbless position fragment that names a production system ("Production ML pipelines on Kubernetes")
  is the person's work; "production-grade" right before a system noun describes it and is not the
  readiness hedge, while "production-ready" stays hypothetical and a bare buzzword stays no evidence.
* Scale of the employer ("our company serves millions of users", "joined a platform used by 10M people")
  is attributed, not the candidate's figure; people the candidate presented or taught to are no users.
* Monitoring of deployed ML services, on-device deployment to a named SoC/NPU and owning a release.

The lines are our own phrasings of those kinds of evidence, with near misses that must stay silent or
keep their polarity. Span texts are worked out from the patterns: from the first to the last token the
rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

# --- 1. a cue in one list item does not reach the next item -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Duties included: helping with data preparation, deploying models in production, writing docs.",
            "PROD.SERVING",
            "deploying models in production",
        ),
        (
            "Scope covers: assisting analysts with reporting, building drift alerts for the churn model.",
            "PROD.MONITORING",
            "alerts for the churn model",
        ),
        (
            "Helped with data cleaning, deploy the churn model to production on EKS every sprint.",
            "PROD.SERVING",
            "deploy the churn model to production",
        ),
    ],
)
def test_a_cue_stops_at_the_next_list_item(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


def test_the_cue_keeps_its_own_item(nlp):
    text = "Duties included: helping the platform team deploy models to production, writing docs."
    assert ("PROD.SERVING", "deploy models to production", "attributed") in evidence(nlp, text)


def test_a_hedge_over_a_list_of_tools_and_a_gerund_keeps_them_all(nlp):
    # "familiar with" takes the whole list as its objects; only a lower-case item ends before a new verb
    text = "Familiar with Kubernetes, Docker, deploying models behind FastAPI."
    found = evidence(nlp, text)
    assert ("PROD.SERVING", "deploying models behind FastAPI", "hedged") in found
    assert {polarity for _, _, polarity in found} == {"hedged"}


def test_a_list_of_verbs_shares_one_cue(nlp):
    # ", deploying and" is one of several verbs of the same subject, not a new item
    text = "Assisted the team with building, deploying and monitoring the fraud models."
    found = evidence(nlp, text)
    assert found
    assert {polarity for _, _, polarity in found} == {"attributed"}


# --- 2. verbless position fragments naming a production system --------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Production ML pipelines on GKE with Argo and MLflow.", "Production ML pipelines on GKE"),
        (
            "Production-grade AI pipelines and MLOps using Docker for claims triage.",
            "Production-grade AI pipelines and MLOps using Docker",
        ),
        (
            "Production inference pipelines via Vertex AI for the search team.",
            "Production inference pipelines via Vertex",
        ),
    ],
)
def test_a_verbless_production_pipeline_fragment_is_asserted(nlp, text, span):
    assert ("PROD.PIPELINE", span, "asserted") in evidence(nlp, text)


def test_production_grade_before_a_system_noun_is_not_a_readiness_hedge(nlp):
    text = "Production-grade ML services on Kubernetes with a model deployment every week."
    found = evidence(nlp, text)
    assert found
    assert {polarity for _, _, polarity in found} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Delivering production-ready, scalable, end-to-end solutions for clients.",
        "Production-ready, scalable, end-to-end machine learning systems from idea to deployment.",
        "Built a production-ready training pipeline template for the team.",
    ],
)
def test_production_ready_buzzwords_stay_hypothetical(nlp, text):
    found = evidence(nlp, text)
    assert found
    assert {polarity for _, _, polarity in found} == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Production ML pipelines in general interest me.",  # no named host or tool behind it
        "Production pipelines on Maya for the film studio.",  # no ML word
        "Passionate about building production-grade ML systems.",  # a buzzword in a summary
    ],
)
def test_pipeline_near_misses_are_not_production_pipelines(nlp, text):
    assert "PROD.PIPELINE" not in labels(nlp, text)


# --- 3. company scale is attributed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Our company serves millions of daily users across Asia.", "millions of daily users"),
        ("The startup serves 3M customers in Europe.", "serves 3M customers"),
        ("Joined a marketplace used by 10M people as its second ML hire.", "used by 10M people"),
        ("Our app reaches 4M users a month.", "4M users a month"),
    ],
)
def test_the_employers_scale_is_attributed(nlp, text, span):
    assert ("MEAS.USERS", span, "attributed") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Built the ranking service that serves 10M users.", "serves 10M users"),
        ("Built our recommendation platform serving 5M users.", "serving 5M users"),
        ("Ran the recommendation service for 2M users.", "for 2M users"),
    ],
)
def test_a_service_the_candidate_built_keeps_its_users(nlp, text, span):
    assert ("MEAS.USERS", span, "asserted") in evidence(nlp, text)


# --- 4. people the candidate presented to or taught are no users -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Presented the quarterly findings to over 200 employees.",
        "Ran weekly workshops for 120 analysts on the new dashboard.",
        "Delivered training sessions to 300 engineers on prompt design.",
        "Gave a talk on model monitoring to 400 attendees.",
        "Trained 40 new hires on the labelling tool.",
    ],
)
def test_an_audience_is_not_a_user_figure(nlp, text):
    assert "MEAS.USERS" not in labels(nlp, text)


def test_a_rollout_to_employees_keeps_its_users(nlp):
    text = "Rolled out the assistant to 3,000 employees of the bank."
    assert ("MEAS.USERS", "to 3,000 employees", "asserted") in evidence(nlp, text)


# --- 5. monitoring of ML services, on-device deployment, releases -----------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Deployed and monitored live ML services for the payments app.",
            "PROD.MONITORING",
            "monitored live ML services",
        ),
        (
            "Built a monitoring pipeline for the deployed vision services.",
            "PROD.MONITORING",
            "monitoring pipeline for the deployed vision services",
        ),
        (
            "Operated CV services for the retail chain, including the monitoring stack.",
            "PROD.MONITORING",
            "CV services for the retail chain, including the monitoring stack",
        ),
        (
            "Ported the pose model to a Qualcomm QCS610 SoC.",
            "PROD.SERVING",
            "Ported the pose model to a Qualcomm QCS610 SoC.",
        ),
        (
            "Wrote a low-latency inference runtime for the vehicle NPU.",
            "PROD.SERVING",
            "inference runtime for the vehicle NPU",
        ),
        (
            "Owned the release of the new search features for the app.",
            "PROD.SERVING",
            "Owned the release of the new search features",
        ),
    ],
)
def test_monitoring_on_device_and_release_wording(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Passed the SOC 2 audit for the data warehouse.", "PROD.SERVING"),
        ("Managed the release of quarterly financial reports.", "PROD.SERVING"),
        ("Monitored the web services of the shop.", "PROD.MONITORING"),
        ("Improved precision with a false alarm filter for the detector.", "PROD.MONITORING"),
    ],
)
def test_near_misses_of_monitoring_device_and_release_are_silent(nlp, text, label):
    assert label not in labels(nlp, text)


# --- 6. dev: a deployment onto a free demo host is demo-deploy evidence, not a serving span --------------


@pytest.mark.parametrize(
    "text",
    [
        "Deployed the bird classifier on Heroku for my portfolio.",
        "Spam detector deployed with Flask on PythonAnywhere.",
        "Capstone project: Flask app on Heroku for the final presentation.",
        "Hosted the sentiment model on a free Render instance.",
    ],
)
def test_a_deployment_to_a_demo_host_is_not_a_serving_span(nlp, text):
    found = labels(nlp, text)
    assert "NB.DEMO_DEPLOY" in found
    assert "PROD.SERVING" not in found


def test_a_demo_host_with_real_users_keeps_the_serving_span(nlp):
    text = "Deployed the triage model on Heroku for 2,000 users of the clinic."
    assert "PROD.SERVING" in labels(nlp, text)


def test_a_deployment_to_a_real_host_keeps_the_serving_span(nlp):
    text = "Deployed the fraud model to the cloud behind a FastAPI service."
    assert "PROD.SERVING" in labels(nlp, text)


# --- 7. dev: a tool word inside a certification's name is the course, not a qualified tool --------------


@pytest.mark.parametrize(
    "text",
    [
        "Currently preparing for the Databricks Machine Learning Associate exam.",
        "Studying towards the Google Cloud Professional ML Engineer certification.",
        "Working towards the Certified Kubernetes Administrator (CKA) exam; Terraform Associate next.",
    ],
)
def test_a_tool_in_a_certification_name_is_not_production(nlp, text):
    found = labels(nlp, text)
    assert "NB.COURSE" in found
    assert not {label for label in found if label.startswith("PROD.")}


def test_a_tool_used_while_studying_keeps_its_span(nlp):
    text = "Currently learning to deploy models on Databricks Model Serving."
    assert {label for label in labels(nlp, text) if label.startswith("PROD.")}


# --- 8. dev: a cut in training wall-clock is distributed-training evidence; a registry in a named tool ---


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Cut the weekly training run from 20 hours to 3 on eight nodes.",
            "PROD.DIST_TRAIN",
            "training run from 20 hours",
        ),
        (
            "Sharded the data loaders; training time from 4 days to 9 hours.",
            "PROD.DIST_TRAIN",
            "training time from 4 days",
        ),
        (
            "DeepSpeed job on 32 GPUs; wall-clock down from 50 h to 6 h.",
            "PROD.DIST_TRAIN",
            "wall-clock down from 50 h",
        ),
        (
            "Model registry in MLflow with stage gates for the pricing models.",
            "PROD.TRACKING",
            "Model registry in MLflow",
        ),
    ],
)
def test_training_time_cuts_and_registries(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Improved training accuracy from 80% to 91%.",
        "Trained the model from scratch in two hours.",
        "Cut the training data from 40 days of logs to 10 for the baseline.",
    ],
)
def test_other_training_figures_are_not_distributed_training(nlp, text):
    assert "PROD.DIST_TRAIN" not in labels(nlp, text)


# --- 9. people whose data was analysed are no users -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysed survey data of thousands of users for the ed-tech team.",
        "Segmented 2M customers into eight groups for the CRM team.",
        "Built research agents that gather information on thousands of prospects' users.",
    ],
)
def test_people_whose_data_was_analysed_are_no_users(nlp, text):
    assert "MEAS.USERS" not in labels(nlp, text)


def test_a_model_shipped_after_an_analysis_keeps_its_users(nlp):
    text = "Analysed churn drivers; shipped the retention model to 2M customers."
    assert ("MEAS.USERS", "to 2M customers", "asserted") in evidence(nlp, text)


# --- 10. dev: "Kaggle" naming a dataset, a notebook or Kaggle Learn is not a competition ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Skin-lesion classifier on the Kaggle HAM10000 dataset with EfficientNet.",
        "Finished the Kaggle Learn Intermediate ML micro-course.",
        "Everything stayed in a Kaggle notebook.",
    ],
)
def test_kaggle_as_a_dataset_notebook_or_course_is_no_competition(nlp, text):
    assert "NB.COMPETITION" not in labels(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kaggle competition on the Santander transactions dataset, top 9%.",
        "Kaggle Competitions Expert · Kaggle Notebooks Master",
    ],
)
def test_kaggle_competitions_and_ranks_stay(nlp, text):
    assert "NB.COMPETITION" in labels(nlp, text)


# --- 11. scale as orders of magnitude of streams and devices ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Scaled the transcription service to tens of thousands of concurrent calls.",
            "MEAS.THROUGHPUT",
            "tens of thousands of concurrent calls",
        ),
        (
            "The wake-word model runs on millions of Android phones.",
            "MEAS.USERS",
            "millions of Android phones",
        ),
        (
            "Anomaly scoring for thousands of in-vehicle sensors.",
            "MEAS.USERS",
            "thousands of in-vehicle sensors",
        ),
    ],
)
def test_orders_of_magnitude_of_streams_and_devices(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


def test_sensor_data_that_was_analysed_is_no_user_figure(nlp):
    assert "MEAS.USERS" not in labels(nlp, "Analysed readings from thousands of IoT sensors for a thesis.")


# --- 12. dev: a cache's hit rate is an LLM-ops figure, not an offline model metric ----------------------


def test_a_cache_hit_rate_is_not_an_offline_metric(nlp):
    text = "Added a semantic cache before the LLM API; 28% hit rate and lower spend."
    assert "NB.OFFLINE_METRIC" not in labels(nlp, text)


def test_a_model_metric_without_a_cache_stays_offline(nlp):
    text = "Churn classifier reached 87% recall on the holdout set."
    assert "NB.OFFLINE_METRIC" in labels(nlp, text)


def test_soc_2_compliance_is_not_a_system_on_chip(nlp):
    assert "PROD.SERVING" not in labels(nlp, "Hardened the scoring pipeline for SOC 2 compliance.")
