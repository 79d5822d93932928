"""Rule fixes of session 19, from the eleventh probe of public resumes (rubric §2 deployment wording the
rules missed).

* "Productivization" / "productization" of models, and models "productized" (``t19_productization_of_models``,
  ``t19_productized_model``): a non-native or product-speak form of "productionization". Productizing a
  design system is no ML production.
* A project taken "from proof of concept to general availability" or "from PoC to GA"
  (``t19_from_poc_to_general_availability``): general availability is a production release.
* A model service that "powers" or "serves" a product (``t19_model_service_powers``).
* A cloud deployment written with its infrastructure-as-code tool ("AWS deployment with CDK",
  ``t19_cloud_deployment_with_iac``): infrastructure (taxonomy P12).
* "I serve as a Vision Language Model Developer" names a role held, not a model served: "serve" takes a model
  as its object only when "as" does not follow it (``t19_serve_model``); "served the model as a REST API" and
  "I serve as an ML engineer and deployed the churn model …" keep their serving.
* A session-16 review found the first cut of these rules too wide: "from PoC to GA" now needs an ML object
  before it, a model service must power, back or serve something (not "drive"), and business, financial and
  operating models are no ML models (``t18_excl_data_models``).

From the twelfth probe:

* "build and deploy a human stress detection model, achieving 99% prediction accuracy" names no system, user
  or mechanism: vague, a weak signal only (rubric clarification 3; ``t19_vague_build_and_deploy_a_model``).
  A mechanism or a figure of use in the line keeps it asserted.
* What a course or workshop the candidate taught covers is no work they did
  (``t19_excl_taught_course_content``): "Designed and taught a graduate-level course on NLP (include LLM
  Agent, …)" is no LLM-agent work.
* "Trained and fine-tuned computer vision models …, improving model accuracy" is an offline-metric claim even
  without a number (rubric §2: "trained/fine-tuned/benchmarked a model reaching X% accuracy" with no
  deployment; ``t19_improved_model_accuracy_unquantified``). "Improving model performance" is left alone: a
  production system's performance is not an offline metric.
* "Architect and ship production-ready AI agents …": shipping, in the present tense of a current job, makes
  "production-ready" done work, as "shipped" already did (``t10_pseudo_done_production_ready``).

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Productivization of ML models in Databricks ( CV detection and classification )",
            ("PROD.SERVING", "Productivization of ML models", "asserted"),
        ),
        (
            "Productization of the churn models for the CRM team.",
            ("PROD.SERVING", "Productization of the churn models", "asserted"),
        ),
        (
            "Productized the churn model for the CRM team.",
            ("PROD.SERVING", "Productized the churn model", "asserted"),
        ),
        (
            "Took the churn model from proof of concept to general availability.",
            ("PROD.SERVING", "model from proof of concept to general availability", "asserted"),
        ),
        (
            "Took the search assistant from PoC to GA in six months.",
            ("PROD.SERVING", "assistant from PoC to GA", "asserted"),
        ),
        (
            "Responsible for python model service to marketing cloud which powers next generation ML "
            "powered use cases such as subject line generation.",
            ("PROD.SERVING", "model service to marketing cloud which powers", "asserted"),
        ),
        (
            "Serverless, event-driven AWS deployment with CDK (IaC).",
            ("PROD.INFRA", "AWS deployment with CDK", "asserted"),
        ),
    ],
)
def test_production_wording_of_probe_11(nlp, text, expected):
    assert expected in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Productization of our design system components.",
        "Wrote a proof of concept for the billing flow.",
        "The billing service powers the invoice pages.",
        # no ML object: other software taken to general availability, business and financial models
        "Took the mobile app from PoC to GA in 6 months.",
        "Took the payments SDK from proof of concept to general availability.",
        "Worked on the productization of our business model for the new market.",
        "Industrialisation of the financial model templates in Excel.",
        "Ranking API that drives traffic to our blog.",
        "Recommendation service team: attended standups and drives weekly demos.",
    ],
)
def test_near_misses_are_no_serving(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Currently, I serve as a Vision Language Model Developer at SynerSense, working on CLIP.",
        "Served as the ML lead for the ranking model.",
    ],
)
def test_serving_as_a_role_is_no_serving(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Served the model as a REST API on Kubernetes", "Served the model as a REST API"),
        (
            "I serve as an ML engineer and deployed the churn model behind a REST API.",
            "deployed the churn model behind a REST API",
        ),
        ("Serving models with Triton at 2k QPS", "Serving models with Triton"),
    ],
)
def test_serving_a_model_stays_serving(nlp, text, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, text)


def test_build_and_deploy_a_model_with_only_an_accuracy_is_vague(nlp):
    text = (
        "Led a team of 6 developers to build and deploy a human stress detection model, achieving 99% "
        "prediction accuracy."
    )
    assert ("PROD.SERVING", "deploy a human stress detection model", "vague") in recorded(nlp, text)
    assert "PROD.SERVING" not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Built and deployed a churn model to production behind a REST API.",
            "deployed a churn model to production",
        ),
        (
            "Developed and deployed a recommendation model used by 3M shoppers.",
            "deployed a recommendation model",
        ),
    ],
)
def test_build_and_deploy_with_a_mechanism_or_users_stays_asserted(nlp, text, span):
    assert any(
        label == "PROD.SERVING" and got.startswith(span) and polarity == "asserted"
        for label, got, polarity in evidence(nlp, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Designed and taught a graduate-level course on Natural Language Processing (include LLM Agent, "
        "Pre-trained LLM, and LLM-based applications).",
        "Gave a workshop on deploying models with Docker and Kubernetes to 40 engineers.",
    ],
)
def test_what_a_taught_course_covers_is_no_work(nlp, text):
    assert not {label for label in labels(nlp, text) if label.startswith(("PROD.", "LLM."))}


def test_running_a_gpu_lab_is_not_teaching(nlp):
    text = "Ran a lab of 12 GPUs for distributed training of the LLM."
    assert ("PROD.DIST_TRAIN", "distributed training", "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Trained and fine-tuned computer vision models for defect detection, improving model accuracy.",
            "improving model accuracy",
        ),
        ("Boosted classification accuracy with data augmentation.", "Boosted classification accuracy"),
    ],
)
def test_unquantified_accuracy_gains_are_offline_metrics(nlp, text, span):
    assert ("NB.OFFLINE_METRIC", span, "asserted") in evidence(nlp, text)


def test_a_systems_model_performance_is_no_offline_metric(nlp):
    text = "Reduced core system complexity by 85% while improving model performance."
    assert "NB.OFFLINE_METRIC" not in labels(nlp, text)


def test_shipping_production_ready_agents_in_the_present_tense_is_done_work(nlp):
    text = "Architect and ship production-ready AI agents handling customer queries for 40 restaurants."
    assert ("LLM.AGENT", "AI agents", "asserted") in evidence(nlp, text)
    learning = "Learning to deploy production-ready models."
    assert ("PROD.SERVING", "deploy production-ready models", "learning") in evidence(nlp, learning)
