"""Rule fixes of session 18, from the ninth probe of public resumes.

* An academic word used as the domain of a product ("thesis-related queries", "student-related requests",
  "course-specific quizzes") names what the system handles, not the candidate's own thesis or course
  (``t18_excl_academic_word_as_domain``; taxonomy N06 is one's own academic work). "my thesis" and a
  "thesis-based study" stay academic.
* Site traffic is an operations figure (rubric §2: "a scale of users, requests … per day"): visits and page
  views count like requests ("tens of millions of daily visits", "2M daily visits"), visitors like users.

From the tenth probe (rubric §2 deployment wording the rules missed, and N-level prototypes):

* A deployment whose object is a pronoun and whose use is named ("… solution for anomaly detection, and
  deployed it for defect detection in steel sheets", ``t18_deployed_it_for_a_use``); deploying it "for
  testing", "in Colab" or on a demo host is not production.
* Microservices that include ML systems (``t18_microservices_with_ml_systems``), a deployed chatbot
  (``deploy_model`` objects) and a model "we integrated" or that "is integrated" (``t18_model_integrated``:
  integrated into a product, rubric §2 "shipped inside a product"). Data models (dbt, semantic, dimensional)
  are no ML models, deployed or integrated (``t18_excl_data_models``).
* Prototypes are N-level work (rubric §2: "research prototypes, proofs of concept"; ``t18_built_prototypes``).

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels


@pytest.mark.parametrize(
    "text",
    [
        "Independently built an NLP-powered chatbot using Botpress, significantly reducing thesis-related "
        "query processing time by 35%.",
        "Answered student-related queries for the registrar with a retrieval chatbot.",
        "Generated course-specific quizzes with a fine-tuned model for the learning platform.",
    ],
)
def test_an_academic_word_naming_a_domain_is_not_academic_work(nlp, text):
    assert not labels(nlp, text) & {"NB.ACADEMIC", "NB.COURSE"}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Completed my thesis on graph neural networks for traffic forecasting.", "thesis"),
        ("Wrote a thesis-based study of concept drift in credit models.", "thesis"),
        ("Built a recommender as my dissertation project.", "dissertation project"),
    ],
)
def test_own_thesis_stays_academic(nlp, text, span):
    assert ("NB.ACADEMIC", span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I have productionized large-scale machine learning models to sprinkle personalization on top of "
            "tens of millions of daily visits in real-time.",
            ("MEAS.THROUGHPUT", "millions of daily visits", "asserted"),
        ),
        (
            "Served homepage recommendations to 2M daily visits.",
            ("MEAS.THROUGHPUT", "2M daily visits", "asserted"),
        ),
        (
            "Ranked the search results for thousands of pageviews.",
            ("MEAS.THROUGHPUT", "thousands of pageviews", "asserted"),
        ),
        (
            "Personalized the landing page for millions of visitors.",
            ("MEAS.USERS", "millions of visitors", "asserted"),
        ),
        (
            "Personalized the landing page for 3 million visitors.",
            ("MEAS.USERS", "3 million visitors", "asserted"),
        ),
    ],
)
def test_site_traffic_is_an_operations_figure(nlp, text, expected):
    assert expected in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Developed our first deep learning solution for anomaly detection (CAE, PaDiM), and deployed it "
            "for defect detection in steel sheets.",
            ("PROD.SERVING", "deployed it for defect", "asserted"),
        ),
        (
            "Kubernetes microservices that includes computer vision and machine learning systems",
            (
                "PROD.SERVING",
                "microservices that includes computer vision and machine learning systems",
                "asserted",
            ),
        ),
        (
            "The first model we integrated was a recommendation model that suggest meals.",
            ("PROD.SERVING", "model we integrated", "asserted"),
        ),
        (
            "Model is integrated in the discharge module of the hospital system.",
            ("PROD.SERVING", "Model is integrated", "asserted"),
        ),
        (
            "Built and deployed pre-GPT chatbots using traditional NLP—serving tens of thousands of users "
            "daily.",
            ("PROD.SERVING", "deployed pre-GPT chatbots", "asserted"),
        ),
    ],
)
def test_production_wording_of_the_tenth_probe(nlp, text, expected):
    assert expected in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Trained a small CNN and then tested it for weeks; we deployed it for testing with the QA team only.",
        "Built a chatbot and deployed it on Streamlit Cloud.",
    ],
)
def test_deploying_it_for_testing_or_a_demo_is_not_production(nlp, text):
    assert not any(
        label == "PROD.SERVING" and polarity == "asserted" and span.startswith("deployed it")
        for label, span, polarity in evidence(nlp, text)
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Built research prototypes of LLM-based re-rankers and compared them on public benchmarks.",
            "Built research prototypes",
        ),
        ("Built the first prototype of the new forecast in notebooks.", "Built the first prototype"),
        (
            "Developed Stable Diffusion prototypes using knowledge distillation.",
            "Developed Stable Diffusion prototypes",
        ),
    ],
)
def test_prototypes_are_notebook_level(nlp, text, span):
    assert ("NB.DEMO_DEPLOY", span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Developed data models and integrated them with the reporting system.",
        "Developed data models and deployed them to the warehouse.",
        "Data models are integrated into the reporting layer.",
    ],
)
def test_data_models_are_not_ml_models_in_production(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)
