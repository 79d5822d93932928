"""Production wording that a second probe on public resumes (s10, probe 2) found missed or misread.

Real people name production through a plain "in production" after an AI system, a serverless or
microservice architecture hosting an ML app, a live prediction model, a model used by named people, a
product that grew out of a prototype, or platform administration ("admin the Kubeflow infrastructure");
they give scale as orders of magnitude ("millions of daily users", "billions of GPS pings", "thousands of
camera streams"). Some finished work was read as hypothetical because plural PoCs were one item of a list.
The lines here are our own phrasings of those kinds of evidence, with near misses that must stay silent:
manufacturing "production planning", a website on a serverless host, a live demo, money and interviewees
counted in millions or hundreds, a detector's "false alarms".
Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

# --- A. production named by "in production", a serverless/microservice host, live use, users ------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Two GenAI services in production for the claims desk.",
            "PROD.SERVING",
            "GenAI services in production",
        ),
        (
            "Owner of three AI-powered features live in production.",
            "PROD.SERVING",
            "AI-powered features live in production",
        ),
        (
            "Built the captioning model on serverless AWS infrastructure.",
            "PROD.INFRA",
            "model on serverless AWS infrastructure",
        ),
        (
            "Hosted the LangGraph agents on a serverless GCP stack.",
            "PROD.INFRA",
            "LangGraph agents on a serverless GCP stack",
        ),
        (
            "Served the speech models as Azure serverless functions.",
            "PROD.INFRA",
            "models as Azure serverless functions",
        ),
        ("Rolled out the reranker on AWS microservices.", "PROD.INFRA", "reranker on AWS microservices"),
        ("Exposed a live scoring model to the underwriting portal.", "PROD.SERVING", "live scoring model"),
        (
            "Replaced nightly batch files with an online recommendation service.",
            "PROD.SERVING",
            "online recommendation service",
        ),
        (
            "Took the triage assistant from pilot to a paid product in one quarter.",
            "PROD.SERVING",
            "from pilot to a paid product",
        ),
        ("Wrote the IaC for GPU inference nodes in Pulumi.", "PROD.INFRA", "IaC for GPU inference"),
        (
            "Owned IaC for the EKS cluster with autoscaling node groups.",
            "PROD.INFRA",
            "IaC for the EKS cluster",
        ),
        (
            "The forecasting model is used by planners in 40 stores.",
            "PROD.SERVING",
            "model is used by planners",
        ),
        (
            "The churn classifier is now relied on by the retention team.",
            "PROD.SERVING",
            "classifier is now relied on by the retention team",
        ),
        (
            "Its delivery-time model has been used daily by dispatchers since 2022.",
            "PROD.SERVING",
            "model has been used daily by dispatchers",
        ),
        (
            "Admin the shared Kubeflow and Kubernetes infrastructure for 4 squads.",
            "PROD.INFRA",
            "Admin the shared Kubeflow and Kubernetes infrastructure",
        ),
        (
            "Operated a self-hosted KServe platform across two regions.",
            "PROD.INFRA",
            "Operated a self-hosted KServe platform",
        ),
        (
            "Upgrading the team's Triton inference cluster to the new GPUs.",
            "PROD.INFRA",
            "Upgrading the team's Triton inference cluster",
        ),
    ],
)
def test_production_named_by_host_live_use_or_platform(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Used ML models in production planning at a steel mill.", "PROD.SERVING"),
        ("AI vision systems in production scheduling for the press shop.", "PROD.SERVING"),
        ("Deployed the company blog on a serverless AWS stack.", "PROD.INFRA"),
        ("Moved the ETL jobs to serverless GCP functions.", "PROD.INFRA"),
        ("Split the booking monolith into AWS microservices.", "PROD.INFRA"),
        ("Gave a live demo of the scoring model to the board.", "PROD.SERVING"),
        ("Trained a real-time detection model on my webcam.", "PROD.INFRA"),
        ("Moved the ETL from a prototype to a cron job.", "PROD.SERVING"),
        ("The model used by the original paper is a ResNet-50.", "PROD.SERVING"),
        ("Dashboards used by the finance team.", "PROD.SERVING"),
        ("A summariser used by me and two friends.", "PROD.SERVING"),
        ("Admin assistant at the Kubeflow meetup.", "PROD.INFRA"),
        ("Learned Kubeflow basics on a local cluster.", "PROD.INFRA"),
        ("Built a false alarm filter to lift the detector's precision.", "PROD.MONITORING"),
    ],
)
def test_near_misses_of_production_wording_are_silent(nlp, text, label):
    assert label not in labels(nlp, text)


def test_iac_for_a_website_is_not_ml_infrastructure(nlp):
    spans = evidence(nlp, "IaC for the marketing website on Netlify.")
    assert not [s for s in spans if "website" in s[1]]


def test_ai_systems_in_production_keep_the_polarity_of_their_cue(nlp):
    assert ("PROD.SERVING", "AI services in production", "learning") in evidence(
        nlp, "Hoping to run AI services in production one day."
    )
    # pipelines in production are production pipelines (t29_pipeline_in_production, session 25)
    assert ("PROD.PIPELINE", "pipelines in production", "negated") in evidence(
        nlp, "No AI pipelines in production yet."
    )


# --- A. scale as orders of magnitude: users, data items, camera streams ----------------------------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Personalised the feed for millions of daily active users.",
            "MEAS.USERS",
            "millions of daily active users",
        ),
        (
            "Ranking served to hundreds of thousands of monthly users.",
            "MEAS.USERS",
            "thousands of monthly users",
        ),
        ("Pricing signals for millions of riders and drivers.", "MEAS.USERS", "millions of riders"),
        (
            "Monitoring jobs over thousands of live camera streams.",
            "MEAS.THROUGHPUT",
            "thousands of live camera streams",
        ),
        ("Person re-identification on 1,200 CCTV streams.", "MEAS.THROUGHPUT", "1,200 CCTV streams"),
        (
            "People counting across dozens of video feeds in the mall.",
            "MEAS.THROUGHPUT",
            "dozens of video feeds",
        ),
        ("Built streaming jobs over billions of GPS pings.", "MEAS.DATA_VOLUME", "billions of GPS pings"),
        (
            "The search index holds hundreds of millions of product documents.",
            "MEAS.DATA_VOLUME",
            "millions of product documents",
        ),
        ("Nightly jobs over terabytes of telemetry logs.", "MEAS.DATA_VOLUME", "terabytes of telemetry logs"),
    ],
)
def test_orders_of_magnitude_are_figures(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Raised millions of dollars in grants.",
        "Interviewed hundreds of drivers for the study.",
        "Collected thousands of camera images for the dataset.",
        "Bought 12 CCTV cameras for the office.",
    ],
)
def test_money_interviewees_and_pictures_are_not_scale_figures(nlp, text):
    assert not {lab for lab in labels(nlp, text) if lab.startswith("MEAS.")}


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Designed and deployed demand forecasting systems for the grocery chain.",
            "PROD.SERVING",
            "deployed demand forecasting systems",
        ),
        (
            "Productionised the churn scoring service for the CRM team.",
            "PROD.SERVING",
            "Productionised the churn scoring service",
        ),
        (
            "Made millions of pricing decisions per nightly run.",
            "MEAS.THROUGHPUT",
            "millions of pricing decisions",
        ),
        (
            "The ranker answers millions of search queries a day.",
            "MEAS.THROUGHPUT",
            "millions of search queries",
        ),
        ("Shipped a RAG microservice for the support portal.", "LLM.RAG", "RAG microservice"),
    ],
)
def test_deployed_task_systems_request_scale_and_rag_services(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Developed and deployed ML solutions across the business.", "PROD.SERVING"),
        ("Deployed the forecasting team's new office laptops.", "PROD.SERVING"),
        ("Answered hundreds of customer calls a week at the help desk.", "MEAS.THROUGHPUT"),
        ("Red, amber and green RAG status for every project.", "LLM.RAG"),
    ],
)
def test_vague_deployments_call_centres_and_rag_status_are_silent(nlp, text, label):
    assert label not in labels(nlp, text)


# --- B. polarity: plural PoCs as one item of a list do not make the other items hypothetical -------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "I interview, write proofs of concept, deploy to production and train the analysts.",
            "deploy to production",
        ),
        ("Day to day: PoCs, code reviews, deploying models to production.", "deploying models to production"),
        (
            "Across client teams: building proof of concepts, reviewing code, deploying to production.",
            "deploying to production",
        ),
    ],
)
def test_plural_pocs_in_a_list_leave_the_other_items_asserted(nlp, text, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, text)


def test_a_single_proof_of_concept_stays_hypothetical(nlp):
    text = "The fraud model was a proof of concept, deployed to production only as a shadow test."
    polarities = {p for lab, _, p in evidence(nlp, text) if lab == "PROD.SERVING"}
    assert polarities == {"hypothetical"}
