"""Tagger rules of session 26 (lines written for this test, not copied).

* "Ask me about RAG systems, Agentic workflows, and ML deployment" on a real profile README offers topics
  to talk about; it describes no work, so what follows is hedged like "interested in"
  (``t30_hedge_ask_me_about``). "I deployed the model; ask me about it" stays asserted.
* "I would love to deploy models on Kubernetes serving millions of users" is a wish
  (``t30_future_would_love_to``; a review of session 21's About-page rule); "I love to ship: deployed ..."
  is not (a review: "love to" alone was too wide).
* "Experience building, deploying and monitoring ML models" names no model, mechanism, user or figure: as
  vague as "developed and deployed ML models" (rubric §3; ``t30_vague_lifecycle_verbs_bare_models``), unless
  a figure, a tool or a named use follows ("behind a FastAPI endpoint on EKS" is a mechanism; a review).
  "I deployed my first model when I was 16" is as bare (``t30_vague_my_first_model``).
* "This enhances my ability to serve ML models on-premise" states a capability, not work done (probe M;
  ``t30_hedge_my_ability_to``); "a service able to serve 5k RPS" is the system's figure and stays.
* "Ask me about" is matched in lower case and a user count cancels it: "the Ask Me About Your Order LLM
  assistant serving 2M customers" is a product (a review).
* From the sixth gold-lines writer's dev lines (f0001-f0600): "wrote 3 DAGs", "scheduled as a job every
  Monday" and "Prefect orchestration" are pipelines (``t30_wrote_n_dags``, ``t30_scheduled_as_a_job``,
  ``orchestrator_dags``); Zindi and DrivenData are competition platforms by name and "ranked 212 / 14,000" or
  "finalist out of 160 teams" a competition rank (``t30_competition_platform``, ``t30_ranked_n_slash_m``,
  ``ranked_of_n``); devices reached are a user figure ("to 350k smart speakers"; ``serving_users``, with
  "smart", "IoT" and "edge" before the device; "retail" and "mobile" were taken out after a review: "5 retail
  clients" of an agency, "surveys for 2,000 mobile users"); "runs on localhost only" is a demo. Streamlit,
  Gradio and Heroku by name as a demo deployment (the writers mark them everywhere) was taken out after a
  review: "the Streamlit internal tool used by 3,000 employees" is a product, and a probe's claim lost its
  ``supported``.
* "Speech models ..., adopted by UNICEF, Tanager NGO, and Orange Burkina" (probe K): a model adopted by a
  named organisation has users (rubric §2: "used by named users/clients"; ``t30_adopted_by_named_org``), but
  an analysis, recommendations or dashboards adopted by a client are advice taken, not a system in use
  (``t30_excl_advice_adopted_by``).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, recorded


@pytest.mark.parametrize(
    ("line", "label", "span"),
    [
        ("Ask me about RAG systems, agentic workflows and ML deployment", "PROD.SERVING", "ML deployment"),
        ("Ask me about RAG systems, agentic workflows and ML deployment", "LLM.RAG", "RAG systems"),
        ("Talk to me about model serving on Kubernetes.", "PROD.SERVING", "model serving"),
    ],
)
def test_topics_offered_to_talk_about_are_hedged(nlp, line, label, span):
    assert (label, span, "hedged") in evidence(nlp, line, section="summary")


def test_work_before_an_offer_to_talk_stays_asserted(nlp):
    line = "I deployed the model; ask me about it"
    assert ("PROD.SERVING", "deployed the model", "asserted") in evidence(nlp, line, section="summary")


def test_a_wish_is_not_work(nlp):
    line = "I would love to deploy models on Kubernetes serving millions of users."
    found = evidence(nlp, line, section="summary")
    assert ("PROD.SERVING", "deploy models", "learning") in found
    assert ("MEAS.USERS", "millions of users", "learning") in found


@pytest.mark.parametrize(
    ("line", "span", "polarity"),
    [
        (
            "Experience building, deploying and monitoring ML models in a regulated environment.",
            "monitoring ML models",
            "vague",
        ),
        (
            "Built, deployed and monitored machine learning models.",
            "monitored machine learning models",
            "vague",
        ),
        (
            "Deployed and monitored ML models for fraud detection at a bank.",
            "monitored ML models",
            "asserted",
        ),
        ("Deployed and monitored ML models serving 2M users.", "monitored ML models", "asserted"),
    ],
)
def test_lifecycle_verbs_before_bare_models_are_vague(nlp, line, span, polarity):
    assert ("PROD.MONITORING", span, polarity) in recorded(nlp, line)


@pytest.mark.parametrize(
    ("line", "label", "span", "polarity"),
    [
        ("I wrote 3 DAGs for the churn features.", "PROD.PIPELINE", "wrote 3 DAGs", "asserted"),
        (
            "Weekly attribution notebooks, scheduled as a job every Monday.",
            "PROD.PIPELINE",
            "scheduled as a job",
            "asserted",
        ),
        (
            "Ride-duration model with Prefect orchestration.",
            "PROD.PIPELINE",
            "Prefect orchestration",
            "asserted",
        ),
        ("Competitive ML: Kaggle, Zindi, DrivenData", "NB.COMPETITION", "Zindi", "asserted"),
        (
            "Pump it Up challenge: ranked 212 / 14,000 with CatBoost.",
            "NB.COMPETITION",
            "ranked 212 / 14,000",
            "asserted",
        ),
        (
            "Receipt scanner, finalist out of 160 teams.",
            "NB.COMPETITION",
            "finalist out of 160 teams",
            "asserted",
        ),
        (
            "Keyword-spotting model deployed to 350k smart speakers.",
            "MEAS.USERS",
            "to 350k smart speakers",
            "asserted",
        ),
        (
            "Finance agent for my bank exports; runs on localhost only.",
            "NB.DEMO_DEPLOY",
            "runs on localhost",
            "demo",
        ),
    ],
)
def test_rules_from_the_sixth_writers_lines(nlp, line, label, span, polarity):
    assert (label, span, polarity) in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    ["Worked for 3 small companies as a consultant.", "Ranked 3 / 5 in the class survey."],
)
def test_not_a_user_figure_or_competition(nlp, line):
    assert not {label for label, _, _ in evidence(nlp, line)} & {"MEAS.USERS", "NB.COMPETITION"}


def test_a_model_adopted_by_a_named_organisation_has_users(nlp):
    line = (
        "Trained speech models for Mooré (7M+ speakers), adopted by UNICEF, Tanager NGO, and Orange Burkina"
    )
    assert ("MEAS.USERS", "adopted by UNICEF", "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "My analysis was adopted by Unilever.",
        "Pricing recommendations adopted by Tesco.",
        "The churn dashboards were later adopted by Vodafone.",
        "The framework was adopted by the analytics team.",
    ],
)
def test_advice_adopted_by_a_client_is_no_user_figure(nlp, line):
    assert "MEAS.USERS" not in {label for label, _, _ in evidence(nlp, line)}


@pytest.mark.parametrize(
    ("line", "label", "span"),
    [
        (
            "I love to ship: deployed the churn model on SageMaker endpoints serving 3M customers.",
            "PROD.CLOUD_ML",
            "deployed the churn model on SageMaker endpoints",
        ),
        (
            "Shipped the Ask Me About Your Order LLM assistant serving 2M customers per month.",
            "MEAS.USERS",
            "2M customers per month",
        ),
        (
            "Shipped the 'Ask me about HR' chatbot serving 20,000 employees.",
            "MEAS.USERS",
            "serving 20,000 employees",
        ),
        (
            "Trained and deployed models behind a FastAPI endpoint on EKS.",
            "PROD.SERVING",
            "deployed models behind a FastAPI endpoint",
        ),
    ],
)
def test_the_new_cues_leave_real_work_asserted(nlp, line, label, span):
    assert (label, span, "asserted") in evidence(nlp, line)


def test_a_first_model_is_vague(nlp):
    line = "Fun fact: I deployed my first model when I was 16."
    assert ("PROD.SERVING", "deployed my first model", "vague") in recorded(nlp, line, section="summary")


def test_my_ability_to_is_a_capability(nlp):
    line = "This enhances my ability to serve ML models on-premise or as consumable APIs."
    assert ("PROD.SERVING", "serve ML models on-premise or as consumable APIs", "hedged") in evidence(
        nlp, line, section="summary"
    )
    assert ("MEAS.THROUGHPUT", "5k RPS", "asserted") in evidence(nlp, "Built a service able to serve 5k RPS.")
