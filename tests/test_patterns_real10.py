"""Production wording that real resumes use and the rules missed or misread (probe on public resumes, s10).

Real people describe production through a named runtime ("deployed to AWS Lambda", "on Cloud Run",
"to RunPod"), a product or client ("models integrated into the endpoint agent", "deployed on client
machines", "in live production") or a figure in a glued form ("sub-100ms", "<1.2s p95"). The lines here are
our own phrasings of those kinds of evidence, with near misses that must stay silent: a Python ``lambda``,
"modal analysis", a website on a serverless host, a "temporal" model, mentoring "guidance".
Span texts are worked out by hand from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

# --- A.1 a model or ML service on a named serverless / GPU runtime is serving (taxonomy P01) ----------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The sentiment classifier runs on Google Cloud Functions and answers the support desk.",
            "classifier runs on Google Cloud Functions",
        ),
        ("Served the embedding model on Cloud Run with two warm instances.", "embedding model on Cloud Run"),
        (
            "Packaged the OCR model as an Azure Function for the claims team.",
            "OCR model as an Azure Function",
        ),
        (
            "Put the reranker behind Cloudflare Workers for the docs site.",
            "reranker behind Cloudflare Workers",
        ),
        (
            "Azure Functions app hosting the fraud model for the payments team.",
            "Azure Functions app hosting the fraud model",
        ),
        (
            "Churn predictions are served from AWS Lambda to the CRM.",
            "predictions are served from AWS Lambda",
        ),
        ("Trained the churn model and deployed it to Cloud Run.", "model and deployed it to Cloud Run"),
        ("Containerised the API with Docker; deployed to AWS Lambda via Mangum.", "deployed to AWS Lambda"),
        (
            "Deployed the quantised diffusion upscaler to RunPod serverless.",
            "Deployed the quantised diffusion upscaler to RunPod",
        ),
        ("Hosted the image tagger on Baseten for the mobile team.", "Hosted the image tagger on Baseten"),
        (
            "Shipped the detector via NVIDIA DeepStream for the retail chain.",
            "Shipped the detector via NVIDIA DeepStream",
        ),
        (
            "Pushed the transcription service to Modal with GPU autoscaling.",
            "Pushed the transcription service to Modal",
        ),
        ("Moved our upscaler to Replicate endpoints.", "Moved our upscaler to Replicate endpoints"),
        ("Kept three RunPod serverless endpoints warm for the voice agent.", "RunPod serverless endpoints"),
    ],
)
def test_model_on_a_named_runtime_is_serving(nlp, text, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Used Python lambda functions and list comprehensions to tidy the grading scripts.",
        "Used Excel lambda functions to replace a 40-tab workbook.",
        "Cloud: AWS (SageMaker, Lambda, ECR), GCP (Vertex AI, Cloud Run)",
        "Modal analysis of bridge structures with finite-element software.",
        "Replicated the results of the original paper with the baseline model.",
        "Deployed the marketing website to Cloudflare Workers.",
        "Used Azure Functions to move CSV files between storage accounts.",
        "Ran the nightly ETL on AWS Lambda.",
        "Benchmarked GPU prices on RunPod and Lambda Cloud for the research group.",
    ],
)
def test_runtime_names_without_a_deployed_model_are_not_serving(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)


def test_a_runtime_deployment_that_could_happen_is_hypothetical(nlp):
    text = "The pricing model could be deployed to Cloud Run with minimal changes."
    assert {p for lab, _, p in evidence(nlp, text) if lab == "PROD.SERVING"} == {"hypothetical"}


# --- A.2 shipped inside a product, on client machines, in live production ---------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Anomaly models integrated into the core endpoint protection agent.",
            "models integrated into the core endpoint protection agent",
        ),
        (
            "The ranking model was embedded in the mobile app's search.",
            "model was embedded in the mobile app",
        ),
        (
            "Classifiers now shipped inside the desktop client.",
            "Classifiers now shipped inside the desktop client",
        ),
        ("Containerised and deployed on-site on customer servers.", "deployed on-site on customer servers"),
        (
            "Installed the inspection system at client sites in two plants.",
            "Installed the inspection system at client sites",
        ),
        ("Voicebots running in live production for three banks.", "in live production"),
        ("Cut false alarms by 30% in the live environment.", "in the live environment"),
        ("Mise en production du modèle de scoring avec l'équipe IT.", "Mise en production"),
        ("Déployé le modèle en production sur Azure.", "Déployé le modèle en production"),
    ],
)
def test_shipped_in_product_or_at_clients_is_serving(nlp, text, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Compared the new ranker with the production one on live traffic in an interleaving test.",
        "Ran a simulated live environment for the trading game.",
        "Met client teams weekly to collect requirements.",
        "Worked closely with the client on the data model.",
    ],
)
def test_live_and_client_words_without_a_deployment_are_silent(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)


# --- A.3 figures written in one token ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        ("Kept sub-100ms response latency for the ranking API.", "MEAS.LATENCY", "sub-100ms"),
        ("Held sub-50 ms inference on CPU.", "MEAS.LATENCY", "sub-50 ms"),
        ("Answers in <1.2s p95 at peak.", "MEAS.LATENCY", "<1.2s p95"),
        ("Search answers in 2.5s median on the chat page.", "MEAS.LATENCY", "2.5s median"),
        ("Processes 30 concurrent camera feeds per GPU.", "MEAS.THROUGHPUT", "30 concurrent camera feeds"),
        ("The bot handles 200+ concurrent calls.", "MEAS.THROUGHPUT", "200+ concurrent calls"),
    ],
)
def test_glued_figures(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Wrote a subroutine for 2s complement arithmetic.",
        "Ran 4 concurrent experiments on the cluster.",
        "Ran the 1.5s clip classifier on a laptop.",
    ],
)
def test_figure_near_misses(nlp, text):
    assert not {lab for lab in labels(nlp, text) if lab in ("MEAS.LATENCY", "MEAS.THROUGHPUT")}


# --- A.4 platform work named by the tool --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Extended integrations between Kubeflow and the feature platform.",
            "PROD.PIPELINE",
            "Extended integrations between Kubeflow",
        ),
        (
            "Hardened the integrations with Metaflow for the research teams.",
            "PROD.PIPELINE",
            "Hardened the integrations with Metaflow",
        ),
        (
            "Owned release pipelines through Argo for 40 services.",
            "PROD.CICD",
            "release pipelines through Argo",
        ),
        (
            "Deployment workflows with Tekton for every model repo.",
            "PROD.CICD",
            "Deployment workflows with Tekton",
        ),
        (
            "Set up continuous delivery of ML models for the risk team.",
            "PROD.CICD",
            "continuous delivery of ML models",
        ),
        (
            "Moved the nightly jobs to Temporal workflows.",
            "PROD.PIPELINE",
            "Moved the nightly jobs to Temporal workflows",
        ),
    ],
)
def test_platform_work_named_by_tool(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Built a 1D CNN with a temporal attention head for ECG beats.", "PROD.PIPELINE"),
        ("Designed a temporal-fusion model for sales forecasting.", "PROD.PIPELINE"),
        ("Gave guidance on reproducible analysis pipelines to new hires.", "LLM.FRAMEWORK"),
        ("Continuous integration of new team members into the codebase.", "PROD.CICD"),
        ("Studied the Argo float data for the ocean survey.", "PROD.CICD"),
    ],
)
def test_ordinary_words_are_not_platform_tools(nlp, text, label):
    assert label not in labels(nlp, text)


# --- E polarity: a concrete bullet is not a hypothetical one ----------------------------------------


def test_managed_deployment_that_is_production_ready_is_asserted(nlp):
    text = "Managed the Azure deployment of the scoring service, keeping it secure and production-ready."
    polarities = {p for lab, _, p in evidence(nlp, text) if lab.startswith("PROD.")}
    assert polarities == {"asserted"}


def test_built_production_ready_without_running_it_stays_hypothetical(nlp):
    text = "Built a production-ready training pipeline template for the team."
    assert ("PROD.PIPELINE", "Built a production-ready training pipeline", "hypothetical") in evidence(
        nlp, text
    )


def test_scaling_to_users_is_a_done_figure(nlp):
    text = "Grew the assistant backend, scaling to 3,000+ users while cutting GPU spend 20%."
    assert ("MEAS.USERS", "to 3,000+ users", "asserted") in evidence(nlp, text)


def test_scalable_to_users_stays_hypothetical(nlp):
    text = "Designed the service to be scalable to 1,000,000 users."
    assert {p for lab, _, p in evidence(nlp, text) if lab == "MEAS.USERS"} == {"hypothetical"}


def test_targeting_a_deployment_quality_is_an_aim(nlp):
    text = "Trained a compact keyword spotter, targeting low-power on-device inference."
    assert ("PROD.SERVING", "on-device inference", "hypothetical") in evidence(nlp, text)


# --- A.3 production named by its traffic, and a latency cut with no "by" ------------------------------


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        ("Trimmed search latency 25% for the catalogue API.", "MEAS.LATENCY", "Trimmed search latency 25%"),
        (
            "Tuned the reranker on production queries from the help centre.",
            "PROD.SERVING",
            "on production queries",
        ),
        (
            "Graded hallucinations across sampled production responses every week.",
            "PROD.SERVING",
            "across sampled production responses",
        ),
    ],
)
def test_production_traffic_and_latency_cuts(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Increased production output by 12% at the bottling plant.",
        "Scheduled production runs for the paint line.",
        "Latency 40% of the time came from the database.",
    ],
)
def test_manufacturing_production_and_bare_latency_are_silent(nlp, text):
    assert not {lab for lab in labels(nlp, text) if lab in ("PROD.SERVING", "MEAS.LATENCY")}


# --- an LLM app on a serverless runtime; a model powering a product feature --------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Built a contract Q&A service using Azure Functions, GPT-4o and LangChain.",
            "Built a contract Q&A service using Azure Functions, GPT-4o and LangChain",
        ),
        (
            "Developed an LLM-driven triage tool on Cloudflare Workers for the support desk.",
            "Developed an LLM-driven triage tool on Cloudflare Workers",
        ),
    ],
)
def test_llm_app_on_a_serverless_runtime_is_infrastructure(nlp, text, span):
    assert ("PROD.INFRA", span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Stack: Azure Functions, LangChain, OpenAI, Pinecone",
        "Built the marketing site on Cloudflare Workers and a headless CMS.",
        "Built serverless architecture with Cloudflare Workers and Durable Objects.",
    ],
)
def test_serverless_without_an_llm_app_or_a_verb_is_not_infrastructure(nlp, text):
    assert "PROD.INFRA" not in labels(nlp, text)


def test_a_model_powering_a_product_feature_is_serving(nlp):
    text = "Anomaly scoring on login events, powering the product's account-takeover alerts feature."
    assert ("PROD.SERVING", "powering the product's account-takeover alerts feature", "asserted") in evidence(
        nlp, text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Harness the power of generative AI to drive product innovation.",
        "Built AI-powered search features for the store.",
        "Segmented customers to power the spring marketing campaigns.",
    ],
)
def test_power_words_without_a_product_feature_are_silent(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        ("OCR search service; blue-green K8s, 0-downtime.", "PROD.CICD", "blue-green K8s"),
        ("OCR search service; blue-green K8s, 0-downtime.", "MEAS.UPTIME", "0-downtime"),
        ("Swapped scoring versions with 0 downtime.", "MEAS.UPTIME", "0 downtime"),
    ],
)
def test_blue_green_by_platform_and_zero_downtime_in_digits(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)


def test_blue_green_colour_is_silent(nlp):
    assert "PROD.CICD" not in labels(nlp, "Painted the blue-green model railway for the school fair.")


def test_french_production_without_accents(nlp):
    text = "Travail avec l'equipe IT pour deployer le classifieur en production."
    assert ("PROD.SERVING", "deployer le classifieur en production", "asserted") in evidence(nlp, text)


def test_french_production_of_a_factory_is_silent(nlp):
    assert "PROD.SERVING" not in labels(nlp, "Responsable de la chaine en production a l'usine de Lyon.")


@pytest.mark.parametrize(
    ("text", "span", "polarity"),
    [
        (
            "Moved the demand forecasting service onto Cloud Run for the planners.",
            "forecasting service onto Cloud Run",
            "asserted",
        ),
        (
            "Deployed the pallet counter on Jetson Orin boards in 12 warehouses.",
            "Deployed the pallet counter on Jetson Orin",
            "asserted",
        ),
        ("Showed the detector running on a Jetson Nano in the lab.", "detector running on a Jetson", "demo"),
    ],
)
def test_ml_task_services_and_jetson_devices(nlp, text, span, polarity):
    assert ("PROD.SERVING", span, polarity) in evidence(nlp, text)


def test_owning_a_jetson_is_not_serving(nlp):
    assert "PROD.SERVING" not in labels(nlp, "Bought a Jetson Nano for the robotics club.")
