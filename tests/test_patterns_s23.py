"""Tagger rules of session 23 (lines written for this test, not copied).

* A pipeline whose stages end at evaluation is a modelling workflow, not a production pipeline (taxonomy P02:
  "end-to-end ML pipeline … from ingestion to deployment / to production" is the strong form; rubric §2
  "pipelines … that run in production"). "from data collection to model evaluation", "covering
  preprocessing, training and evaluation" and "(cleaning, …, evaluation)" remove ``PROD.PIPELINE``
  (``t26_excl_pipeline_*``), unless the line names serving, a cloud ML platform, monitoring, retraining
  or an operations figure; a stage list that goes on to deployment keeps it.
* The teaching exclusion (people taught are no users of a system) no longer takes "AI tutor" or an
  "LLM-based tutoring app": its users count (``t26_excl_teaching_figures_*`` look at the word before).
* Expenses are costs ("80 percent reduction in GPU expenses on Azure", taxonomy P13 cost saved), and "percent"
  is "%".
* A product that "is now actively sold around the world" or a system "deployed in 14 countries" was shipped
  (rubric §2 "shipped inside a product"; ``t26_product_now_sold_worldwide``); the verb needs "is", "was",
  "now" or the like before it, so "sales of products sold in 12 countries" is no shipping.
* Ranking, scoring or classifying millions of items is a scale of predictions (taxonomy P13,
  ``t26_rank_millions_of_items``), and "online metrics" are measured on live traffic (P14,
  ``t26_online_metrics``; "production metrics" may be a factory's, so not that word).
* "Research on detecting …" at a line's start and "researched/investigated (novel) methods" are research work
  (``t26_research_on_topic_line_start``, ``t26_researched_methods``); "→ " opens a list item, so the line's
  text starts after it (``resume_lens.sections``).
* A pipeline or system "serving 50,000 daily active users" and "deployed … recognition pipeline" are serving
  (``t26_system_serving_n_users``, ``t26_deployed_ml_pipeline``); a system "for a financial customer" or
  "for enterprise customers" has clients (``t26_built_for_a_customer``); "15 billion data points" is a data
  volume. LLM or AI agents are software, not users (``t26_excl_software_agents_are_no_users``).
* Capability phrases of an about page, "deploy scalable AI systems" and "from exploratory data analysis … to
  deploying sophisticated LLM applications", are vague (``t26_vague_*``), unless a figure makes them concrete.
* A class's recall ("79% churn recall") is no business figure, "Nx speedup" no latency or throughput figure,
  a latency "3.5 ms vs 59 ms" against a baseline is vague, and "ML workflow tools" are no pipeline.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded


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


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "After these operations, we achieved a nearly 80 percent reduction in GPU expenses on Azure.",
            "80 percent reduction in GPU expenses",
        ),
        ("Achieved an 80% reduction in cloud expenses", "80% reduction in cloud expenses"),
        ("Reduced inference expenses by 30%", "Reduced inference expenses by 30%"),
    ],
)
def test_expenses_are_costs(nlp, line, span):
    assert ("MEAS.COST", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "This product was a great success in the field and is now actively sold around the world.",
            "product was a great success in the field and is now actively sold around the world",
        ),
        ("The detection system is deployed in 14 countries.", "system is deployed in 14 countries"),
        ("Our app is used worldwide by farmers.", "app is used worldwide"),
    ],
)
def test_a_product_sold_or_deployed_worldwide_was_shipped(nlp, line, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Analysed sales of products sold in 12 countries for the quarterly report",
        "The model could be sold worldwide if licensed.",
    ],
)
def test_products_sold_without_a_shipped_subject_are_no_serving(nlp, line):
    assert "PROD.SERVING" not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "label", "span"),
    [
        (
            "Building and scaling end-to-end Machine Learning pipelines to rank millions of candidates.",
            "MEAS.THROUGHPUT",
            "rank millions of candidates",
        ),
        (
            "Ranked millions of search results with a LightGBM ranker",
            "MEAS.THROUGHPUT",
            "Ranked millions of search results",
        ),
        (
            "Engineering better features and models to improve offline and online metrics.",
            "PROD.ONLINE_EXP",
            "offline and online metrics",
        ),
    ],
)
def test_ranking_at_scale_and_online_metrics_are_production(nlp, line, label, span):
    # taxonomy P13: a scale of predictions; P14: online (live) evaluation of a model in production
    assert (label, span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Reported production metrics of the bottling line",
        "Built a Power BI dashboard of live KPIs for the client's sales team.",  # a review: analyst work
        "Tracked online metrics of marketing campaigns in Google Analytics",
    ],
)
def test_factory_dashboard_and_web_analytics_metrics_are_no_online_experiment(nlp, line):
    # only "offline and online metrics" of a model says it was measured on live traffic
    assert "PROD.ONLINE_EXP" not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Research on detecting AI-generated receipts made with multimodal LLMs", "Research on"),
        (
            "Researched state-of-the-art methods for detecting deepfakes",
            "Researched state-of-the-art methods",
        ),
        ("Investigated novel methods for speech separation", "Investigated novel methods"),
    ],
)
def test_research_written_as_a_topic_or_a_verb_is_research(nlp, line, span):
    # rubric §2: research prototypes are N-level work (taxonomy R: research role)
    assert ("RES.ROLE", span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    ["Research in Motion: built the BlackBerry app", "Researched competitor pricing for the sales team"],
)
def test_research_in_a_name_or_market_research_is_no_research_role(nlp, line):
    assert "RES.ROLE" not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "label", "span"),
    [
        (
            "Implemented the pipeline for vehicle ID recognition, serving 50,000 daily active users",
            "PROD.SERVING",
            "pipeline for vehicle ID recognition, serving 50,000 daily active users",
        ),
        (
            "Deployed end-to-end Named Entity Recognition pipeline using AWS Textract and Comprehend",
            "PROD.SERVING",
            "Deployed end-to-end Named Entity Recognition pipeline",
        ),
        (
            "Designed and implemented a RAG-based agent system for a financial customer",
            "MEAS.USERS",
            "agent system for a financial customer",
        ),
        (
            "Delivered a Text-to-SQL assistant for enterprise customers",
            "MEAS.USERS",
            "assistant for enterprise customers",
        ),
        (
            "Developed a RAG-based chatbot processing over 15 billion data points",
            "MEAS.DATA_VOLUME",
            "15 billion data points",
        ),
    ],
)
def test_systems_serving_users_or_customers_and_data_at_scale(nlp, line, label, span):
    # rubric §2: a model deployed or "used by named users/clients"; taxonomy P13 scale figures
    assert (label, span, "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Configured four specialized LLM agents (Planner, Architect, Coder, and Reviewer) using LangGraph",
        "Orchestrated 3 autonomous AI agents for code review",
    ],
)
def test_software_agents_are_no_users(nlp, line):
    assert "MEAS.USERS" not in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Developing AI-powered solutions for enterprise clients.", "MEAS.USERS"),  # a generic phrase
        ("Built VBA-driven valuation models using 10,000+ data points", "MEAS.DATA_VOLUME"),  # a small figure
    ],
)
def test_generic_solutions_and_small_data_are_no_figures(nlp, line, label):
    assert label not in labels(nlp, line)


def test_support_agents_served_are_still_users(nlp):
    line = "The assistant answers questions for 400 support agents every day"
    assert "MEAS.USERS" in labels(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        (
            "I architect and deploy scalable AI systems that transform complex business challenges.",
            "deploy scalable AI systems",
        ),
        (
            "My expertise spans everything from exploratory data analysis to deploying sophisticated Large "
            "Language Model applications.",
            "deploying sophisticated Large Language Model",
        ),
    ],
)
def test_generic_capability_phrases_are_vague(nlp, line, span):
    # taxonomy §6.8 / rubric §3: deployment wording with no object, mechanism, user or figure is weak
    assert ("PROD.SERVING", span, "vague") in recorded(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Deployed scalable ML models on SageMaker serving 3M predictions a day",  # a figure makes it concrete
        "Built the pipeline from ingestion to deployment in Kubeflow",  # taxonomy P02's strong form
    ],
)
def test_concrete_deployment_stays_asserted(nlp, line):
    found = recorded(nlp, line)
    assert found and all(polarity == "asserted" for _, _, polarity in found)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("tuned XGBoost classifier reaching 0.847 ROC-AUC, 79% churn recall, and 0.63 F1", "MEAS.BUSINESS"),
        (
            "Led effort to optimize CUDA application resulting in a 6x speedup over previous version.",
            "MEAS.LATENCY",
        ),
        (
            "Led effort to optimize CUDA application resulting in a 6x speedup over previous version.",
            "MEAS.THROUGHPUT",
        ),
        (
            "Built Python implementations within internal ML workflow tools to generate task trajectories",
            "PROD.PIPELINE",
        ),
    ],
)
def test_model_metrics_speedups_and_workflow_tools_are_no_production_figures(nlp, line, label):
    # a recall of the churn class is a model metric; a speed-up is an offline gain (rubric clarification 3;
    # the gold lines mark none); tools inside a workflow are no orchestrated pipeline
    assert label not in labels(nlp, line)


def test_a_latency_compared_to_a_baseline_is_vague(nlp):
    line = "cutting latency ~17x (3.5 ms vs 59 ms) by escalating low-confidence inputs to the transformer"
    assert ("MEAS.LATENCY", "3.5 ms vs 59 ms", "vague") in recorded(nlp, line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Cut churn by 12% with the retention model", "MEAS.BUSINESS"),
        ("Improve the conversion rate 12% in the live test of the recommendation widget.", "MEAS.BUSINESS"),
        ("Quantised the detector to INT8 with TensorRT, 3.1x faster.", "MEAS.LATENCY"),
        ("Achieved 5x higher throughput for the ranking API", "MEAS.THROUGHPUT"),
    ],
)
def test_business_figures_and_speed_figures_stay(nlp, line, label):
    assert (label, "asserted") in {(lab, pol) for lab, _, pol in evidence(nlp, line)}


def test_a_customer_team_is_no_customer(nlp):
    # "for the customer care team" names a team the model was built for, not a client using a system
    assert "MEAS.USERS" not in labels(nlp, "Trained a complaint topic model for the customer care team.")


def test_worked_on_a_list_of_concepts_is_vague(nlp):
    line = "Worked on automated model deployment, MLOps pipelines, and cloud infrastructure orchestration."
    assert ("PROD.PIPELINE", "automated model deployment, MLOps pipelines", "vague") in recorded(nlp, line)
    # a figure makes it concrete, and a mechanism further on is out of the cue's reach
    assert ("PROD.SERVING", "model deployment", "asserted") in recorded(
        nlp, "Worked on model deployment for 3M daily users on SageMaker"
    )
    assert ("PROD.SERVING", "model deployed behind a gRPC API", "asserted") in recorded(
        nlp, "Worked on the fraud model deployed behind a gRPC API"
    )


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # a review of the session's rules: each of these must stay as before
        ("The assistant is used daily by 300 customer service agents.", "MEAS.USERS"),
        ("Raised fraud detection rate by 18% in production.", "MEAS.BUSINESS"),
        ("Reduced default prediction losses by 25% on the lending platform.", "MEAS.BUSINESS"),
        (
            "Designed an Airflow pipeline from data ingestion to model training that runs nightly.",
            "PROD.PIPELINE",
        ),
        (
            "Automated the forecasting pipeline from ingestion through validation with Airflow DAGs.",
            "PROD.PIPELINE",
        ),
    ],
)
def test_users_business_figures_and_training_pipelines_are_kept(nlp, line, label):
    assert (label, "asserted") in {(lab, pol) for lab, _, pol in evidence(nlp, line)}


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Built a customer churn prediction model for a telecom client in Jupyter.", "MEAS.USERS"),
        ("Performed exploratory data analysis on 2 million data points in pandas.", "MEAS.DATA_VOLUME"),
        ("Joined the payments platform team serving 20M customers as a data analyst", "PROD.SERVING"),
        ("Virtual tutoring for 45 learners in algebra", "MEAS.USERS"),
    ],
)
def test_a_model_for_a_client_small_data_borrowed_scale_and_tutoring_are_no_production(nlp, line, label):
    assert (label, "asserted") not in {(lab, pol) for lab, _, pol in evidence(nlp, line)}


def test_a_scalable_deployment_with_a_mechanism_stays_asserted(nlp):
    line = "Deployed scalable ML models with FastAPI and Docker on AWS ECS, with Prometheus drift monitoring."
    found = recorded(nlp, line)
    assert ("PROD.SERVING", "asserted") in {(lab, pol) for lab, _, pol in found}
    assert not any(pol == "vague" for _, _, pol in found)
