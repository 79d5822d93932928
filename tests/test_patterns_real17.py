"""Rule fixes of session 17, from the eighth probe of public resumes.

Weak or unfinished production wording read as done work (rubric §2-§3, taxonomy §6.7):

* A model tuned "for deployment in/on <target>" states a purpose, not a deployment: hypothetical
  (``t17_hyp_for_deployment_in_target``), unless a user, traffic, latency or uptime figure in the line shows
  it runs; "to enable deployment" likewise (``t17_hyp_to_enable_deployment``). A handoff "to the backend
  team for deployment in production" stays attributed (the cue never starts at a team word).
* A fine-tuning pipeline that "automated training workflows" is a training pipeline (``PROD.PIPELINE``, as the
  gold marks training pipelines), not retraining automation (``t17_excl_automated_training_workflows``);
  "automated model training every night" still is.
* An app for its users to "receive alerts" (patients, farmers) is a product feature, not model monitoring
  (``t17_excl_app_users_receive_alerts``); a person receiving a system's alert still is.
* Left alone: a throughput figure of a non-ML queue ("2k+ invoices/day") stays a figure, as the gold marks
  the figures of ETL and ingestion pipelines (taxonomy P13); gerund bullets of a current job ("Building …")
  stay asserted, since neither the gold guidelines nor the taxonomy call ongoing work hypothetical.

Production wording the rules missed (rubric §2):

* A/B testing of a new architecture, checkpoint or version (``t17_ab_test_new_architecture``; P14) and
  exposing a model to a small share of traffic (``t17_exposed_to_share_of_traffic``, a staged rollout: CI/CD
  as the gold marks canaries); a web page released the same way is not an ML rollout.
* Packaging a model as a Docker container (``t17_packaged_model_as_container``; P07) and scheduled batch
  inference ("nightly batch scoring", ``t17_scheduled_batch_inference``; P01).
* A chatbot or assistant built for a named product or platform (``t17_ai_chatbot_for_product``; P01: shipped
  inside a product); a course-project chatbot is not.
* "enterprise-grade <platform> serving <customers>" is a description of a running product, not a readiness
  claim (``t17_pseudo_enterprise_grade_product_serving``), so the support cue ("Helped build") decides.

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded

# -- V1: intent, training pipelines, product alerts ------------------------------------------------------


def test_tuned_for_deployment_in_a_target_is_a_purpose(nlp):
    text = "Tuned inference speed and model robustness for deployment in the partner's device ecosystem."
    assert ("PROD.SERVING", "model robustness for deployment", "hypothetical") in evidence(nlp, text)


def test_for_deployment_with_a_user_figure_stays_asserted(nlp):
    text = (
        "Tuned inference speed and model robustness for deployment in the partner's device ecosystem, "
        "serving 2M users."
    )
    ev = evidence(nlp, text)
    assert ("PROD.SERVING", "model robustness for deployment", "asserted") in ev
    assert ("MEAS.USERS", "serving 2M users", "asserted") in ev


def test_handoff_for_deployment_stays_attributed(nlp):
    text = "Handed the finished churn model to the engineering team as a pickle for deployment."
    assert (
        "PROD.SERVING",
        "model to the engineering team as a pickle for deployment",
        "attributed",
    ) in evidence(nlp, text)


def test_handoff_to_a_team_for_deployment_in_production_stays_attributed(nlp):
    text = "Passed the classifier to the backend team for deployment in production."
    assert ("PROD.SERVING", "Passed the classifier to the backend team", "attributed") in evidence(nlp, text)


def test_automated_training_workflows_are_a_pipeline_not_retraining(nlp):
    text = (
        "Built a QLoRA fine-tuning pipeline in PyTorch that automated training workflows for client adapters."
    )
    ev = evidence(nlp, text)
    assert "PROD.RETRAIN" not in {label for label, _, _ in ev}
    assert ("PROD.PIPELINE", "automated training workflows", "asserted") in ev


def test_automated_nightly_training_stays_retraining(nlp):
    text = "Introduced automated model training every night from fresh labels."
    assert ("PROD.RETRAIN", "automated model training", "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Developing a Flutter mobile app for nurses to track patient vitals and receive alerts in real time.",
        "Shipped a web app that lets farmers check soil readings and get alerts on their phones.",
    ],
)
def test_app_users_receiving_alerts_is_no_model_monitoring(nlp, text):
    assert "PROD.MONITORING" not in labels(nlp, text)


def test_a_person_receiving_a_system_alert_stays_monitoring(nlp):
    text = "When the NG rate jumps, the line leader receives an alert."
    assert ("PROD.MONITORING", "receives an alert", "asserted") in evidence(nlp, text)


def test_queue_throughput_figure_is_left_as_a_figure(nlp):
    text = "Set up async invoice pipelines with Celery and Redis, processing 2k+ invoices/day."
    assert ("MEAS.THROUGHPUT", "2k+ invoices/day", "asserted") in evidence(nlp, text)


# -- V2: production wording missed -----------------------------------------------------------------------


def test_ab_test_of_new_architecture_and_traffic_share(nlp):
    text = (
        "Ran A/B testing on the new encoder architecture, exposing it to a small percentage of traffic "
        "before launch."
    )
    ev = evidence(nlp, text)
    assert ("PROD.ONLINE_EXP", "A/B testing on the new encoder architecture", "asserted") in ev
    assert ("PROD.CICD", "exposing it to a small percentage of traffic", "asserted") in ev


def test_model_rolled_out_to_a_share_of_traffic(nlp):
    text = "Rolled the new ranker out to a small share of live traffic before the full launch."
    assert (
        "PROD.CICD",
        "Rolled the new ranker out to a small share of live traffic",
        "asserted",
    ) in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Performed A/B tests of our updated checkout page design.",
        "Released the redesigned homepage to a small percentage of users.",
    ],
)
def test_web_page_experiments_are_no_model_rollout(nlp, text):
    assert not labels(nlp, text) & {"PROD.ONLINE_EXP", "PROD.CICD"}


def test_containerised_model_in_nightly_batch_scoring(nlp):
    text = (
        "Wrapped the defect classifier in a Docker image and hooked it into the inspection workflow for "
        "nightly batch scoring."
    )
    ev = evidence(nlp, text)
    assert ("PROD.INFRA", "Wrapped the defect classifier in a Docker image", "asserted") in ev
    assert ("PROD.SERVING", "nightly batch scoring", "asserted") in ev


def test_bare_docker_stays_a_tool(nlp):
    text = "Used Docker for local development."
    assert evidence(nlp, text) == set()
    assert ("TOOL.INFRA", "Docker", "asserted") in recorded(nlp, text)


def test_chatbot_built_for_a_product_platform(nlp):
    text = "Built the HelpDesk Guide chatbot for the Acme cloud platform using NLP."
    assert (
        "PROD.SERVING",
        "Built the HelpDesk Guide chatbot for the Acme cloud platform",
        "asserted",
    ) in evidence(nlp, text)


def test_course_project_chatbot_is_no_product(nlp):
    text = "Built a chatbot for my university course project."
    assert "PROD.SERVING" not in labels(nlp, text)


def test_enterprise_grade_platform_serving_customers_is_not_hypothetical(nlp):
    text = "Helped build an enterprise-grade data platform serving Fortune 500 banks on Kubernetes."
    ev = evidence(nlp, text)
    assert not any(pol == "hypothetical" for _, _, pol in ev)
    assert ("PROD.INFRA", "serving Fortune 500 banks on Kubernetes", "attributed") in ev


def test_enterprise_grade_without_a_running_product_stays_hypothetical(nlp):
    text = "Wrote enterprise-grade Kubernetes manifests for the model server."
    assert ("PROD.INFRA", "Kubernetes", "hypothetical") in evidence(nlp, text)
