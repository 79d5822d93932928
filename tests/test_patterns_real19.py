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
* "I serve as a Vision Language Model Developer" names a role held, not a model served
  (``t19_excl_serve_as_a_role``); "served the model as a REST API" still is serving.

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels


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
            "Managed the project from proof of concept to general availability.",
            ("PROD.SERVING", "from proof of concept to general availability", "asserted"),
        ),
        (
            "Took the search assistant from PoC to GA in six months.",
            ("PROD.SERVING", "from PoC to GA", "asserted"),
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


def test_serving_a_model_as_an_api_stays_serving(nlp):
    text = "Served the model as a REST API on Kubernetes"
    assert ("PROD.SERVING", "Served the model as a REST API", "asserted") in evidence(nlp, text)
