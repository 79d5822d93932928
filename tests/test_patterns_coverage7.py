"""Coverage of deployment and serving (P01) as resumes really phrase it, of the polarity cues that qualify
it (evidence taxonomy §6: negated, hypothetical, attributed, learning), and of user counts (P13),
reporting (N09) and LLM provider calls (A01).

Serving is rarely "deployed the model to production": it is models that run on 340 harvesters, the
service I built that handles 9M quotes a day, a classifier behind an API, a bot that transcribes voice
notes, keeping the ranking API at 99.9%, splitting inference into its own microservice, autoscaling on
queue depth, the rollout of the model, "in production since 2022" and the non-native "is using in
production". Its negations and hypotheticals are phrases of their own ("not field-tested", "never left
staging", "serving was out of scope", "shelved before launch", "could be deployed to any cloud", "the
plan is to open it to all store staff"), and attribution is often a passive or another subject
("deployment itself was handled by the vendor", "my lead did the deploy part", "copied by hand into
the scoring engine by IT", "their model launch"). Rules never name a gender (no "he"/"she": the
proxy-feature test keeps identity words out of the patterns).

Every rule family has a resume line written for this test with the exact span text, label and polarity
it must give (worked out by hand from the pattern: from the first to the last token the rule requires),
and lines the rules must NOT tag with a label (a BI dashboard rolled out to managers, go-live of an
ERP module, scaling training to GPUs, Kaggle teams, download counts, a chatbot answering questions).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

SERVING = "PROD.SERVING"

# (line, label, span text, polarity)
POSITIVE = [
    # a model integrated into a product is served (rule integrate_model_product)
    (
        "Integrated the fraud model into the checkout service.",
        SERVING,
        "Integrated the fraud model into the checkout",
        "asserted",
    ),
    # --- P01 serving: the model runs somewhere, for someone
    (
        "Our pest-detection models run on 340 harvesters across Brazil.",
        SERVING,
        "models run on 340 harvesters",
        "asserted",
    ),
    ("The pricing service I built handles 9M quotes a day.", SERVING, "service I built handles", "asserted"),
    (
        "The triage platform we helped operate screens every inbound claim.",
        SERVING,
        "platform we helped operate",
        "attributed",
    ),
    (
        "Shipped a churn classifier behind our billing API.",
        SERVING,
        "classifier behind our billing API",
        "asserted",
    ),
    (
        "WhatsApp bot that transcribes voice notes for 2,000 farmers.",
        SERVING,
        "bot that transcribes",
        "asserted",
    ),
    (
        "Kept the search-ranking API at 99.9% during the holiday peak.",
        SERVING,
        "Kept the search-ranking API",
        "asserted",
    ),
    (
        "Split inference out into its own microservice to decouple releases.",
        SERVING,
        "Split inference out into its own microservice",
        "asserted",
    ),
    (
        "KEDA autoscaling on queue depth for the OCR workers.",
        SERVING,
        "KEDA autoscaling on queue",
        "asserted",
    ),
    ("Pods scale on queue lag between 2 and 30 replicas.", SERVING, "scale on queue lag", "asserted"),
    ("Team lead for GPU-based model serving on EKS.", SERVING, "based model serving", "asserted"),
    (
        "Ray Serve deployment for the image-tagging model, 4 replicas.",
        SERVING,
        "Ray Serve deployment",
        "asserted",
    ),
    (
        "KServe InferenceService for the credit model, canary at 10%.",
        SERVING,
        "KServe InferenceService",
        "asserted",
    ),
    ("Field crews now use it to plan daily routes.", SERVING, "now use it to plan daily", "asserted"),
    ("In production since 2022 with no rollback.", SERVING, "In production since", "asserted"),
    (
        "Rolled-out the demand model to every depot in the region.",
        SERVING,
        "Rolled-out the demand model",
        "asserted",
    ),
    (
        "Rolled out the ranking model to 40 storefronts in the first quarter.",
        SERVING,
        "Rolled out the ranking model to 40 storefronts",
        "asserted",
    ),
    ("Led the rollout of the churn model to all regions.", SERVING, "rollout of the churn model", "asserted"),
    (
        "Rollout of the fraud model ran without manual intervention.",
        SERVING,
        "Rollout of the fraud model",
        "asserted",
    ),
    # --- P01 serving as integration: the model behind a service, its scores consumed by a system
    (
        "Set up a Flask endpoint for the pricing model used by the sales team.",
        SERVING,
        "endpoint for the pricing model",
        "asserted",
    ),
    (
        "Wrote the gRPC service that wraps the ranking model.",
        SERVING,
        "service that wraps the ranking model",
        "asserted",
    ),
    ("Scores are pushed to the CRM every morning.", SERVING, "Scores are pushed to the CRM", "asserted"),
    (
        "The model writes churn scores back to Salesforce each night.",
        SERVING,
        "writes churn scores back to Salesforce",
        "asserted",
    ),
    (
        "The intent model is called by the checkout service on every order.",
        SERVING,
        "model is called by the checkout service",
        "asserted",
    ),
    (
        "Flags suspicious claims in real time for the investigators.",
        SERVING,
        "Flags suspicious claims in real time",
        "asserted",
    ),
    ("On-prem deployment at the client's data centre.", SERVING, "On-prem deployment", "asserted"),
    ("Model now handles all incoming tickets.", SERVING, "Model now handles", "asserted"),
    (
        "Moved scoring from a nightly batch to an online endpoint.",
        SERVING,
        "to an online endpoint",
        "asserted",
    ),
    # "from prototype to production" is a deployment, not a prototype
    (
        "Took the model from prototype to production in six weeks.",
        SERVING,
        "Took the model from prototype to production",
        "asserted",
    ),
    # --- P01 negated: the negation is its own phrase
    (
        "Model trained in a notebook; serving was out of scope.",
        SERVING,
        "serving was out of scope",
        "negated",
    ),
    ("Gearbox fault detector (not field-tested).", SERVING, "not field-tested", "negated"),
    (
        "The defect model was never connected to the live line cameras.",
        SERVING,
        "never connected to the live line cameras",
        "negated",
    ),
    ("The chatbot never left staging.", SERVING, "never left staging", "negated"),
    (
        "Sentiment classifier, still not use in production.",
        SERVING,
        "classifier, still not use in production",
        "negated",
    ),
    ("The recommender is not used by customers yet.", SERVING, "not used by customers", "negated"),
    (
        "None of my models were ever exposed to real users.",
        SERVING,
        "exposed to real users",
        "negated",
    ),
    (
        "A prototype chatbot for the HR portal; shelved before launch.",
        SERVING,
        "shelved before launch",
        "negated",
    ),
    # --- P01 hypothetical
    (
        "A prototype chatbot for the HR portal; shelved before launch.",
        SERVING,
        "prototype chatbot for the HR portal",
        "hypothetical",
    ),
    (
        "The system could be deployed to any cloud with small changes.",
        SERVING,
        "could be deployed to",
        "hypothetical",
    ),
    (
        "The app can be deploy in cloud in the future.",
        SERVING,
        "can be deploy in cloud in",
        "hypothetical",
    ),
    (
        "The plan is to open it to all store staff next quarter.",
        SERVING,
        "open it to all store staff",
        "hypothetical",
    ),
    ("Only test in the lab with recorded data.", SERVING, "Only test in the lab", "hypothetical"),
    (
        "We proposed a Kubeflow-based serving architecture.",
        SERVING,
        "serving architecture",
        "hypothetical",
    ),
    # --- P01 attributed
    (
        "The segmentation model was retrained weekly, but deployment itself was handled by the vendor.",
        SERVING,
        "deployment itself was handled by",
        "attributed",
    ),
    ("My lead did the deploy part; I trained the model.", SERVING, "lead did the deploy part", "attributed"),
    (
        "Weights were copied by hand into the legacy scoring engine by IT.",
        SERVING,
        "copied by hand into the legacy scoring engine",
        "attributed",
    ),
    (
        "Assisted senior engineers with the rollout of the fraud model.",
        SERVING,
        "rollout of the fraud model",
        "attributed",
    ),
    (
        "Supported the launch of the pricing model by writing the feature SQL.",
        SERVING,
        "launch of the pricing model",
        "attributed",
    ),
    ("Their model launch lifted retention by 3%.", SERVING, "model launch", "attributed"),
    (
        "The platform engineers built the serving stack; I wrote the features.",
        SERVING,
        "built the serving stack",
        "attributed",
    ),
    (
        "The model was given to the IT department to put in production.",
        SERVING,
        "model was given to the IT department to put in production",
        "attributed",
    ),
    # --- cues on other production labels
    (
        "Recommended MLflow as the team's model registry.",
        "PROD.TRACKING",
        "MLflow as the team's model registry",
        "hypothetical",
    ),
    (
        "The pipeline could be scheduled in Airflow once approved.",
        "PROD.PIPELINE",
        "scheduled in Airflow",
        "hypothetical",
    ),
    (
        "No hands-on experience with streaming pipelines yet.",
        "PROD.DATA_ENG",
        "streaming pipelines",
        "negated",
    ),
    (
        "Google Cloud ML Engineer certification — exam booked for June",
        "NB.COURSE",
        "Google Cloud ML Engineer certification",
        "learning",
    ),
    ("Completed the Kaggle Learn Intro to Machine Learning course.", "NB.COURSE", "Kaggle Learn", "asserted"),
    # --- P05 data engineering
    ("Built 60 dbt models for the finance warehouse.", "PROD.DATA_ENG", "Built 60 dbt models", "asserted"),
    (
        "Partitioned the Parquet tables by event date.",
        "PROD.DATA_ENG",
        "Partitioned the Parquet tables",
        "asserted",
    ),
    # --- N03 visualisation
    ("Storytelling with data for the marketing team.", "NB.VIZ", "Storytelling", "asserted"),
    # --- P13 figures: a speed-up factor is a figure, not inference-optimisation work
    (
        "Distilled the intent model into a small student, 4x faster on CPU.",
        "MEAS.LATENCY",
        "4x faster",
        "asserted",
    ),
    # --- P13 user counts
    (
        "The contract assistant is used by 140 solicitors across 6 offices.",
        "MEAS.USERS",
        "140 solicitors",
        "asserted",
    ),
    ("Dashboards for 1.5 million monthly actives.", "MEAS.USERS", "1.5 million monthly actives", "asserted"),
    # --- N09 reporting to an audience
    (
        "Presented the attrition findings to the CFO and two directors.",
        "NB.REPORTING",
        "Presented the attrition findings to the CFO",
        "asserted",
    ),
    (
        "Wrote up the survey results for the steering committee each quarter.",
        "NB.REPORTING",
        "Wrote up the survey results for the steering committee",
        "asserted",
    ),
    ("Answered ad-hoc SQL pulls for the finance team.", "NB.REPORTING", "SQL pulls", "asserted"),
    # --- A01 provider models named in prose
    ("Built retrieval over the wiki with pgvector and GPT-4o.", "LLM.API", "and GPT-4o", "asserted"),
    (
        "Summaries are generated by prompting GPT-4 with the ticket history.",
        "LLM.API",
        "prompting GPT-4",
        "asserted",
    ),
]

# (line, label prefixes that must not appear)
NEGATIVE = [
    # a BI dashboard rolled out to people is reporting, not model serving
    ("Deployed a Power BI dashboard to 400 store managers.", (SERVING,)),
    # go-live of something that is not a model
    ("Go-live support for the SAP finance module.", (SERVING,)),
    # scaling training is distributed training, not serving; scaling an API "with more time" is a wish
    ("The research engineers scaled training to 128 GPUs.", (SERVING,)),
    ("The API could be scaled on Kubernetes with more time.", (SERVING,)),
    # a refactor into a service is Python work
    ("Refactored the scoring codebase into an async Python service.", (SERVING,)),
    # moving models between platforms is not their launch
    ("Led migration of 12 models to SageMaker Pipelines.", (SERVING,)),
    ("Customer service team handles complaints by email.", (SERVING,)),
    ("The marketing team answered questions about the campaign in real time.", (SERVING,)),
    ("The customer service team is called by the client every week.", (SERVING,)),
    # writing a CUDA kernel is foundation work; a speed-up factor is a figure
    ("Wrote a custom CUDA kernel for sparse attention.", ("PROD.INFER_OPT",)),
    ("Rewrote the tokenizer hot loop in Rust, 14x faster.", ("PROD.INFER_OPT",)),
    # low-code tools are not exploratory analysis; "visual" is not a chart
    ("Low-code: KNIME, Alteryx, RapidMiner", ("NB.EDA",)),
    ("Visual search over 300M product images.", ("NB.VIZ",)),
    ("The model I built reached 0.91 AUC on the holdout.", (SERVING,)),
    # competition teams and download counts are not users of a system
    ("Placed 40th of 2,100 teams in a Kaggle competition.", ("MEAS.USERS",)),
    ("Released the weights on Hugging Face (60k downloads).", ("MEAS.USERS",)),
    # a chatbot answering questions is not the candidate reporting
    ("The chatbot answered questions from thirty internal testers.", ("NB.REPORTING",)),
    # provider names in a skills list are tool names
    ("Skills: LangChain, GPT-4, Pinecone, Azure OpenAI", ("LLM.API",)),
    # integrating an application with somebody else's API is web work, not serving a model
    ("Integrated the portal with the vendor's claims API and with Salesforce.", (SERVING,)),
]

# (line, polarity no span of the line may have): "before go-live" is not a negation, "zero-downtime" and
# "without manual intervention" stay positive, "once" is not a condition on past work
POLARITY_GUARDS = [
    ("Load-tested the scoring API to 900 RPS before go-live at the contact centre.", "negated"),
    ("Zero-downtime rollout of the fraud model to all regions.", "negated"),
    ("Rollout of the fraud model ran without manual intervention.", "negated"),
    (
        "Built the first assistant with LlamaIndex, then moved to plain Python once we needed retries.",
        "hypothetical",
    ),
    (
        "Moved the fraud platform onto EKS and brought availability up to 99.95% over the following year.",
        "hypothetical",
    ),
]


@pytest.mark.parametrize(("text", "label", "span", "polarity"), POSITIVE)
def test_rule_family_gives_span(nlp, text, label, span, polarity):
    assert (label, span, polarity) in evidence(nlp, text)


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE)
def test_weak_mentions_are_not_tagged(nlp, text, forbidden):
    assert not {label for label in labels(nlp, text) if label.startswith(forbidden)}


@pytest.mark.parametrize(("text", "polarity"), POLARITY_GUARDS)
def test_cue_does_not_overreach(nlp, text, polarity):
    found = evidence(nlp, text)
    assert found, "the guard line must carry evidence for the check to mean anything"
    assert polarity not in {p for _, _, p in found}
