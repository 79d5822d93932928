"""Polarity from the ``resume_lens_context`` component (evidence taxonomy §6.1–§6.7)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from resume_lens.errors import RuleFileError
from resume_lens.nlp.components import (
    ContextComponent,
    merge_clause_fragments,
    prefer_specific_production,
    same_label_longest,
)
from resume_lens.tagging import get_pipeline


def polarities(nlp, text: str, label: str) -> set[str]:
    doc = nlp(text)
    return {s._.rl_polarity for s in doc.spans["rl_evidence"] if s.label_ == label}


# (text, label, expected polarity of every span with that label)
CASES = [
    # research and notebook evidence is not qualified by cues meant for production claims (taxonomy §6)
    ("Proposed a novel reward-shaping method that outperformed prior work.", "RES.NOVEL", "asserted"),
    ("Introduced a new objective for calibrated uncertainty in ranking.", "RES.NOVEL", "asserted"),
    (
        "Fraud model achieved 0.94 recall on the hold-out set (not deployed to production).",
        "NB.OFFLINE_METRIC",
        "asserted",
    ),
    (
        "Fraud model achieved 0.94 recall on the hold-out set (not deployed to production).",
        "PROD.SERVING",
        "negated",
    ),
    ("Currently learning Tableau dashboards through a Coursera course.", "NB.COURSE", "learning"),
    ("Exposure to Airflow + dbt via coursework.", "NB.ACADEMIC", "asserted"),
    # generic phrases with no object, mechanism, user or figure are vague (taxonomy §6.8, rubric §3)
    ("Developed and deployed ML models for customer analytics.", "PROD.SERVING", "vague"),
    ("Productionised ML solutions across the business.", "PROD.SERVING", "vague"),
    ("Responsible for MLOps processes and maintaining CI/CD.", "PROD.CICD", "vague"),
    # ... but a figure or a named mechanism makes the same words evidence
    ("Developed and deployed ML models to SageMaker endpoints serving 2k QPS.", "PROD.CLOUD_ML", "asserted"),
    ("Deployed the churn model behind a FastAPI service on EKS.", "PROD.SERVING", "asserted"),
    # plans, reference designs and tool evaluations are not production work (taxonomy §6.7)
    (
        "Designed the target architecture for model serving with KServe and the CI/CD flow for models.",
        "PROD.CICD",
        "hypothetical",
    ),
    (
        "Evaluated Kubeflow, MLflow and SageMaker Pipelines and presented a comparison matrix.",
        "PROD.PIPELINE",
        "hypothetical",
    ),
    ("Wrote a design document for the feature store.", "PROD.FEATURE_STORE", "hypothetical"),
    ("Evaluated the ranking model in a two-week A/B test on 5% of traffic.", "PROD.ONLINE_EXP", "asserted"),
    # work done before a hand-off stays the candidate's; only what follows the hand-off is attributed
    (
        "I wrote the scoring service in Go, added Prometheus metrics, and handed it to the platform team.",
        "PROD.MONITORING",
        "asserted",
    ),
    ("Handed the trained model off to engineering for deployment.", "PROD.SERVING", "attributed"),
    # leading a team is leadership credit, not someone else's work (taxonomy §6.5, management)
    (
        "I led a team of four engineers that rebuilt the stack, serving 1.1 million app users.",
        "MEAS.USERS",
        "asserted",
    ),
    # "our team's cluster" as the object of the candidate's verb is no attribution; as the subject it is
    (
        "Self-taught Terraform and used it to provision our team's GPU training cluster on Azure.",
        "PROD.INFRA",
        "asserted",
    ),
    ("My team's model serves 10M users on SageMaker.", "MEAS.USERS", "attributed"),
    # skill ratings (taxonomy §6.2): basic/intermediate words and low glyph ratings are hedges
    ("Visualisation (Tableau — intermediate), Power BI (basic), Excel (advanced)", "NB.VIZ", "hedged"),
    ("Python ●●●●○, R ●●●○○, Tableau ●●○○○", "NB.VIZ", "hedged"),
    # exams booked and courses being worked through are learning (taxonomy §6.3)
    ("CKAD – exam booked for March; preparing via KodeKloud labs.", "NB.COURSE", "learning"),
    (
        "Currently working through the MLOps Zoomcamp to learn experiment tracking.",
        "PROD.TRACKING",
        "learning",
    ),
    # a team as the subject of the work (taxonomy §6.5)
    (
        "Ray's team deployed the anomaly model; I wrote the Looker report on its alerts.",
        "PROD.SERVING",
        "attributed",
    ),
    ("Our SRE partners owned alerting and on-call for the recommender.", "PROD.MONITORING", "attributed"),
    # design targets and estimates are not measured figures (taxonomy §6.7)
    ("Estimated the model could save $300k a year if it were deployed.", "MEAS.COST", "hypothetical"),
    (
        "Architected the streaming scorer for 10k QPS and load-tested it at that rate.",
        "MEAS.THROUGHPUT",
        "hypothetical",
    ),
    ("Built the scoring service for 40 stores, serving 2k QPS.", "MEAS.THROUGHPUT", "asserted"),
    # a hand-off is recorded as the serving work of others (taxonomy §6.5, MOD.HANDOFF)
    (
        "Prototyped in Jupyter notebooks, then handed offline scores to the CRM team.",
        "PROD.SERVING",
        "attributed",
    ),
    (
        "The triage classifier I trained was integrated into the PACS by the vendor's engineers.",
        "PROD.SERVING",
        "attributed",
    ),
    ("IT deployed it a year later.", "PROD.SERVING", "attributed"),
    (
        "Export best model to ONNX and give the file to the mobile app team for them to integrate.",
        "PROD.SERVING",
        "attributed",
    ),
    ("Gave the scoring file to the data team.", "PROD.SERVING", "attributed"),
    # ... but shipping to production, or predictions provided to an app, is the candidate's own work
    (
        "Shipped the fraud model to production on SageMaker at 5,000 requests per second.",
        "MEAS.THROUGHPUT",
        "asserted",
    ),
    ("Delivered a real-time churn model to production, p99 latency under 50 ms.", "MEAS.LATENCY", "asserted"),
    ("Provided real-time predictions to the mobile app, used by 1M customers.", "MEAS.USERS", "asserted"),
    (
        "Trained the churn model in notebooks and passed it to IT for deployment.",
        "PROD.SERVING",
        "attributed",
    ),
    # ... but a team that uses the candidate's model is a user, not the one who built it
    ("Deployed the ranking model behind a gRPC service used by the search team.", "PROD.SERVING", "asserted"),
    # "targeted offers" are offers aimed at customers, not a target figure
    ("The targeted save offers reduced cancellations by 9% in the top decile.", "MEAS.BUSINESS", "asserted"),
    ("Expected to reduce cancellations by 9% next year.", "MEAS.BUSINESS", "hypothetical"),
    # a chatbot's hand-off to a human agent is a feature of the system, not work handed to others
    (
        "Added guardrails and a limit of 6 turns before the handoff to a human agent.",
        "LLM.GUARDRAILS",
        "asserted",
    ),
    (
        "Handed the model over to the platform team for deployment on Kubernetes.",
        "PROD.SERVING",
        "attributed",
    ),
    # "without a missed …" is a positive record, not a negation (taxonomy §6.1 pseudo-negations)
    ("Forecast service has run without a missed morning in 14 months.", "MEAS.UPTIME", "asserted"),
    ("Brought daily volume to 2.5 TB without a single missed SLA.", "MEAS.UPTIME", "asserted"),
    # asserted baselines
    ("Rewrote the hand-run scoring as a Prefect flow that runs every night.", "PROD.PIPELINE", "asserted"),
    ("We cut GPU spend by moving the embedding model to AWS Inferentia.", "PROD.INFER_OPT", "asserted"),
    # attribution: "they", a hand-off (not "hand-built")
    ("They deployed the anomaly model to production.", "PROD.SERVING", "attributed"),
    # negated work is recorded as a negated production span, never as evidence (§6.4)
    ("Churn model: NOT DEPLOYED.", "PROD.SERVING", "negated"),
    ("The recommendation model was shelved before launch.", "PROD.SERVING", "negated"),
    ("I have no production experience yet.", "PROD.SERVING", "negated"),
    # hypothetical figures and plans
    ("Designed the pipeline to scale to 5M users.", "MEAS.USERS", "hypothetical"),
    ("Target latency of 50 ms for the scoring API.", "MEAS.LATENCY", "hypothetical"),
    ("Edge inference at 30 FPS on a Raspberry Pi (lab bench only).", "MEAS.THROUGHPUT", "hypothetical"),
    ("Deployed the fraud model to production on EKS", "PROD.SERVING", "asserted"),
    ("Self-taught Terraform and used it to provision our GPU cluster.", "PROD.INFRA", "asserted"),
    ("Led a team of 5 that deployed the fraud platform to production.", "PROD.SERVING", "asserted"),
    # "but" ends the team's scope: the bare phrase stays the candidate's, and vague (rubric §3)
    ("Developed and deployed ML models, but the team owned monitoring.", "PROD.SERVING", "vague"),
    ("Deployed the churn model on SageMaker, but the team owned monitoring.", "PROD.CLOUD_ML", "asserted"),
    # hedged (§6.2)
    ("Familiar with Docker and Kubernetes", "PROD.INFRA", "hedged"),
    ("Basic knowledge of AWS SageMaker.", "PROD.CLOUD_ML", "hedged"),
    ("Exposure to MLOps tooling (MLflow, Airflow).", "PROD.TRACKING", "hedged"),
    ("Understanding of CI/CD principles for ML.", "PROD.CICD", "hedged"),
    ("Kubernetes (beginner)", "PROD.INFRA", "hedged"),
    ("FAMILIAR WITH DOCKER", "PROD.INFRA", "hedged"),
    # learning (§6.3)
    ("Currently learning MLOps", "TOOL.MLOPS", "learning"),
    ("Exploring LangGraph for agent workflows.", "TOOL.LLM", "learning"),
    ("Upskilling in cloud deployment (SageMaker, Vertex AI).", "PROD.CLOUD_ML", "learning"),
    ("Studying for the AWS Certified Machine Learning Engineer exam.", "NB.COURSE", "learning"),
    ("Working towards Databricks ML Associate (expected Q3).", "PROD.CLOUD_ML", "learning"),
    # negated (§6.1)
    ("Model was not deployed due to a reorg", "PROD.SERVING", "negated"),
    ("Churn model was not deployed due to a reorg.", "PROD.SERVING", "negated"),
    ("Prototype recommender never went live.", "PROD.SERVING", "negated"),
    ("Built a fraud classifier (not productionised).", "PROD.SERVING", "negated"),
    ("No production deployment experience; strong in statistical modelling.", "PROD.SERVING", "negated"),
    ("Never deployed a model to production.", "PROD.SERVING", "negated"),
    ("Have not yet used Kubernetes outside coursework.", "PROD.INFRA", "negated"),
    # pseudo-negations stay asserted (§6.1)
    ("Zero-downtime blue-green deploys of the ranking service", "PROD.CICD", "asserted"),
    ("Automated weekly retraining without manual intervention.", "PROD.RETRAIN", "asserted"),
    ("Kept p99 at no more than 40 ms during peak.", "MEAS.LATENCY", "asserted"),
    ("Moved scoring from cron scripts to Airflow - no longer manual.", "PROD.PIPELINE", "asserted"),
    ("Never missed the 99.9% availability SLO over 18 months.", "MEAS.UPTIME", "asserted"),
    ("Deployed machine learning models to production with no downtime.", "PROD.SERVING", "asserted"),
    # attributed (§6.5)
    ("Assisted the team that deployed the model", "PROD.SERVING", "attributed"),
    ("Supported the MLOps team in deploying the fraud model to production", "PROD.SERVING", "attributed"),
    ("Handed the trained model off to the engineering team for deployment", "PROD.SERVING", "attributed"),
    ("The team deployed the model to production.", "PROD.SERVING", "attributed"),
    ("Our team launched real-time recommendations serving 10M users.", "PROD.SERVING", "attributed"),
    ("The model was productionised by the engineering team.", "PROD.SERVING", "attributed"),
    ("Under the guidance of senior MLEs, helped containerise the model.", "PROD.INFRA", "attributed"),
    # demo (§6.6, N10)
    ("Deployed the churn model as a Streamlit app on Heroku", "PROD.SERVING", "demo"),
    ("Built a chatbot with LangChain over my PDFs, deployed on Streamlit.", "LLM.FRAMEWORK", "demo"),
    ("Containerised the model with Docker and ran it on my laptop.", "PROD.INFRA", "demo"),
    ("Deployed the model on Heroku free tier. Served predictions via Flask.", "PROD.SERVING", "demo"),
    ("Deployed the ranking model as a Streamlit app used by 300 users daily", "PROD.SERVING", "asserted"),
    # offline speed-ups measured in a lab or on an office machine (rubric clarification 3)
    (
        "Exported the detector to ONNX and measured speed on Jetson Orin in the lab: 27 FPS, 2.3x faster.",
        "MEAS.THROUGHPUT",
        "demo",
    ),
    (
        "Exported the detector to ONNX and measured speed on Jetson Orin in the lab: 27 FPS, 2.3x faster.",
        "PROD.INFER_OPT",
        "demo",
    ),
    (
        "Optimised inference with ONNX export and FP16, 35% faster on the office GPU.",
        "PROD.INFER_OPT",
        "demo",
    ),
    (
        "Quantised the detector to INT8 with TensorRT, 3.1x faster on the store fleet.",
        "MEAS.LATENCY",
        "asserted",
    ),
    ("Served the triage model to 40 clinicians in the lab, p95 latency 80 ms.", "MEAS.LATENCY", "asserted"),
    (
        "Maintained the shared Slurm cluster, wrote wrappers everyone in the lab uses.",
        "PROD.INFRA",
        "asserted",
    ),
    # hypothetical (§6.4, §6.7)
    (
        "Wrote production-ready training code that could be deployed to Kubernetes.",
        "PROD.INFRA",
        "hypothetical",
    ),
    ("Proposed a Kubeflow-based serving architecture.", "PROD.PIPELINE", "hypothetical"),
    ("Built a proof of concept for SageMaker deployment.", "PROD.CLOUD_ML", "hypothetical"),
    # aspirations are "learning" in the gold guidelines (corpora/EVIDENCE_LINES.md: "seeking to", aspirations)
    ("Seeking an ML Engineer role where I can deploy models to production.", "PROD.SERVING", "learning"),
    ("Keen to learn CI/CD for models with GitHub Actions.", "PROD.CICD", "learning"),
    # "production-ready:" is a readiness claim, not "ready to …" (an aspiration)
    (
        "Designed to be production-ready: Dockerfile, health-check endpoint and a GitHub Actions workflow.",
        "PROD.SERVING",
        "hypothetical",
    ),
    # scope: terminators stop a cue (§6.1)
    ("Familiar with Kubernetes; deployed the fraud model to production on EKS", "PROD.SERVING", "asserted"),
    ("Not a data engineer, but built Airflow DAGs for model training", "PROD.PIPELINE", "asserted"),
    ("Deployed models to production and familiar with Kubernetes", "PROD.SERVING", "asserted"),
    # hedges and learning cues found by a pattern writer (issue 3): "knowledge about", "know a little",
    # "learning to <verb>" (only "learning to rank" is a method name), "never happened" after the work
    ("Some knowledge about MLflow tracking for experiments.", "PROD.TRACKING", "hedged"),
    ("I know a little Airflow.", "PROD.PIPELINE", "hedged"),
    ("Currently learning to write unit tests and data checks for ML code.", "PROD.QUALITY", "learning"),
    ("Governance sign-off for the credit model never happened.", "PROD.GOVERNANCE", "negated"),
    ("Built a learning-to-rank model served behind a gRPC endpoint at 2k QPS.", "PROD.SERVING", "asserted"),
    # "not" inside a hyphenated compound names a thing and negates nothing (taxonomy §6.1 pseudo-negations)
    (
        "Deployed the card-not-present fraud model on SageMaker real-time endpoints.",
        "PROD.CLOUD_ML",
        "asserted",
    ),
    ("Deployed the churn model for a not-for-profit, serving 3M members.", "PROD.SERVING", "asserted"),
    ("Deployed the churn model for a not-for-profit, serving 3M members.", "MEAS.USERS", "asserted"),
    ("The card-not-present fraud model was not deployed.", "PROD.SERVING", "negated"),
    # "had no outage" is a reliability result, not a negated claim (taxonomy §6.1: "not a single outage",
    # "never missed an SLA"), also in non-native phrasing
    ("Our service was not have any outage during 2 year, availability is 99.99%.", "MEAS.UPTIME", "asserted"),
    (
        "Never had a customer-facing incident after moving the model to canary releases.",
        "PROD.CICD",
        "asserted",
    ),
    (
        "Never had a customer-facing incident after moving the model to canary releases.",
        "PROD.MONITORING",
        "asserted",
    ),
    ("The model was not deployed, so no uptime figures.", "PROD.SERVING", "negated"),
    # "the move to X" reports a migration done, not an aspiration ("transition into" in a goal stays
    # learning); "no data loss" is a positive result, but "no production data engineering experience" is
    # still a negation
    ("Led the move to Kubeflow Pipelines for all training jobs.", "PROD.PIPELINE", "asserted"),
    ("Seeking a move into MLOps to deploy models on Kubernetes.", "PROD.SERVING", "learning"),
    (
        "No production data engineering experience; comfortable with SQL and pandas.",
        "PROD.SERVING",
        "negated",
    ),
    # a figure a change "would" bring is a forecast (taxonomy §6.7); "basic grounding in" is a hedge (§6.2)
    ("Showed that batching would cut p99 latency from 300 ms to 80 ms.", "MEAS.LATENCY", "hypothetical"),
    ("Showed that batching would cut p99 latency from 300 ms to 80 ms.", "PROD.INFER_OPT", "hypothetical"),
    ("Cut p99 latency from 300 ms to 80 ms with batching.", "MEAS.LATENCY", "asserted"),
    ("Basic grounding in Kubernetes and Helm from a course.", "PROD.INFRA", "hedged"),
    # a prototype or an exploration is not done production work (taxonomy §6.7 hypothetical, §6.2 hedged),
    # up to a later step the candidate did ("…, then deployed it"), which ends the cue's reach
    (
        'Prototyped a "brand voice" chatbot with LangChain and a Pinecone index of a style guide.',
        "LLM.FRAMEWORK",
        "hypothetical",
    ),
    ("Explored agentic workflows with CrewAI and AutoGen for campaign research.", "LLM.AGENT", "hedged"),
    (
        "Prototyped the ranking model in two weeks, then deployed it to production on EKS serving 2k QPS.",
        "PROD.SERVING",
        "asserted",
    ),
    (
        "Prototyped in Jupyter notebooks, then handed the scores to the CRM team.",
        "PROD.SERVING",
        "attributed",
    ),
]


@pytest.mark.parametrize(("text", "label", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_polarity(nlp, text, label, expected):
    assert polarities(nlp, text, label) == {expected}


def test_modifiers_have_their_own_key(nlp):
    doc = nlp("Aspiring Machine Learning Engineer familiar with Docker")
    mods = {(s.label_, s.id_) for s in doc.spans["rl_modifiers"]}
    assert ("MOD.HEDGE", "hedge_familiar") in mods
    assert ("MOD.FUTURE", "future_aspire") in mods
    assert all(s.label_.startswith("MOD.") for s in doc.spans["rl_modifiers"])
    assert not any(s.label_.startswith("MOD.") for s in doc.spans["rl_evidence"])


def test_cues_are_recorded_on_the_span(nlp):
    doc = nlp("Assisted the team that deployed the model")
    (span,) = doc.spans["rl_evidence"]
    assert span._.rl_cues == ("support_verbs", "team_that")


def test_hedge_and_negation_each_scope_over_their_clause(nlp):
    doc = nlp("Familiar with Docker but never containerised a model")
    found = {(s.text, s._.rl_polarity) for s in doc.spans["rl_evidence"] if s.label_ == "PROD.INFRA"}
    assert found == {("Docker", "hedged"), ("containerised a model", "negated")}


def test_extensions_registered_once_without_force():
    assert Span.has_extension("rl_polarity") and Span.has_extension("rl_cues")
    with pytest.raises(ValueError):
        Span.set_extension("rl_polarity", default=None)


def test_same_label_longest_keeps_other_labels():
    nlp = spacy.blank("en")
    doc = nlp("model serving at 2 k QPS")
    spans = [
        Span(doc, 0, 2, "PROD.SERVING", span_id="a"),
        Span(doc, 0, 6, "PROD.SERVING", span_id="b"),
        Span(doc, 3, 6, "MEAS.THROUGHPUT", span_id="c"),
        Span(doc, 3, 6, "MEAS.THROUGHPUT", span_id="d"),
    ]
    kept = same_label_longest(spans)
    assert [(s.label_, s.start, s.end, s.id_) for s in kept] == [
        ("PROD.SERVING", 0, 6, "b"),
        ("MEAS.THROUGHPUT", 3, 6, "c"),
    ]


def test_component_rules_from_dicts_and_bytes_round_trip():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "rl_evidence", "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "TOOL.INFRA", "id": "tool_docker", "pattern": "docker"}])
    ctx = nlp.add_pipe("resume_lens_context", config={"rules": ""})
    assert isinstance(ctx, ContextComponent) and ctx.rules == {}
    ctx.initialize(
        rules=[
            {
                "label": "MOD.HEDGE",
                "id": "h",
                "pattern": "familiar with",
                "direction": "forward",
                "polarity": "hedged",
            }
        ]
    )
    doc = nlp("familiar with Docker")
    # a qualified bare tool takes its production label (DEFAULT_QUALIFIED_TOOLS); asserted stays TOOL.*
    assert [(s.label_, s.id_, s._.rl_polarity) for s in doc.spans["rl_evidence"]] == [
        ("PROD.INFRA", "tool_docker", "hedged")
    ]
    plain = nlp("Docker")
    assert [(s.label_, s._.rl_polarity) for s in plain.spans["rl_evidence"]] == [("TOOL.INFRA", "asserted")]
    clone = ContextComponent(nlp, rules="").from_bytes(ctx.to_bytes())
    assert list(clone.rules) == ["h"]
    with pytest.raises(RuleFileError, match="duplicate id"):
        ctx.add_rules(
            [{"label": "MOD.HEDGE", "id": "h", "pattern": "x", "direction": "forward", "polarity": "hedged"}]
        )


def test_qualified_tools_can_be_turned_off():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "rl_evidence", "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "TOOL.INFRA", "id": "tool_docker", "pattern": "docker"}])
    nlp.add_pipe("resume_lens_context", config={"qualify_tools": False})
    doc = nlp("familiar with Docker")
    assert [(s.label_, s._.rl_polarity) for s in doc.spans["rl_evidence"]] == [("TOOL.INFRA", "hedged")]


def test_factory_rejects_bad_settings():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="rules must be"):
        nlp.add_pipe("resume_lens_context", config={"rules": "somewhere.jsonl"})
    with pytest.raises(ValueError, match="priority"):
        nlp.add_pipe("resume_lens_context", name="c2", config={"priority": ["negated", "asserted"]})


@pytest.mark.parametrize(
    "text",
    [
        "Built a customer churn classifier with scikit-learn that reached 89% accuracy on the test set.",
        "Ran an ablation study of the ranking model; deployed the winner to production.",
    ],
)
def test_words_that_contain_learn_or_study_are_not_learning_cues(nlp, text):
    # regression: "learn" in scikit-learn and "study" in "ablation study" marked evidence as learning
    doc = nlp(text)
    assert doc.spans["rl_evidence"], text
    assert all(span._.rl_polarity in (None, "asserted") for span in doc.spans["rl_evidence"]), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # serving words inside a more specific production span are that span's work
        ("Learning how to monitor models in production with Evidently.", {"PROD.MONITORING"}),
        ("Deployed the wildfire-risk model on Vertex AI for three utilities.", {"PROD.CLOUD_ML"}),
        # an infrastructure span does not swallow the deployment it names
        ("Deployed the fraud model to production on EKS", {"PROD.SERVING", "PROD.INFRA"}),
    ],
)
def test_serving_inside_a_specific_production_span(nlp, text, expected):
    doc = nlp(text)
    labels = {s.label_ for s in doc.spans["rl_evidence"] if s.label_.startswith("PROD.")}
    assert labels == expected


def test_first_person_clause_ends_the_team_attribution(nlp):
    doc = nlp("The team I joined had built the streaming pipeline, and I fixed bugs in the Kafka consumers.")
    found = {(s.text, s._.rl_polarity) for s in doc.spans["rl_evidence"] if s.label_.startswith("PROD.")}
    assert ("built the streaming pipeline", "attributed") in found
    assert all(p == "asserted" for t, p in found if "Kafka" in t) and any("Kafka" in t for t, _ in found)


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # an LLM-serving span takes the generic serving words ("served on TGI" is LLMOps, taxonomy A09)
        (
            "QLoRA fine-tune of Mistral 7B on 40k labelled chats, served via vLLM.",
            "LLM.OPS",
            ["served via vLLM"],
        ),
    ],
)
def test_llm_ops_span_replaces_generic_serving(nlp, text, label, expected):
    doc = nlp(text)
    assert [s.text for s in doc.spans["rl_evidence"] if s.label_ == label] == expected
    assert not [s for s in doc.spans["rl_evidence"] if s.label_ == "PROD.SERVING"]


def test_serving_overlapping_a_specific_span_is_dropped():
    nlp = spacy.blank("en")
    doc = nlp("shadow deployed the fraud model behind the scoring service")
    spans = [
        Span(doc, 0, 5, "PROD.CICD", span_id="shadow"),  # shadow deployed the fraud model
        Span(doc, 2, 9, "PROD.SERVING", span_id="serve"),  # overlaps the CI/CD span without lying inside it
        Span(doc, 6, 9, "PROD.INFRA", span_id="infra"),  # infrastructure never takes the serving words
    ]
    assert [s.id_ for s in prefer_specific_production(spans)] == ["shadow", "infra"]
    infra_only = [
        Span(doc, 2, 9, "PROD.SERVING", span_id="serve"),
        Span(doc, 6, 9, "PROD.INFRA", span_id="infra"),
    ]
    assert [s.id_ for s in prefer_specific_production(infra_only)] == ["serve", "infra"]


def _with_polarity(doc, start, end, label, polarity="asserted", cues=()):
    span = Span(doc, start, end, label, span_id=f"r{start}")
    span._.rl_polarity = polarity
    span._.rl_cues = cues
    return span


def test_merge_clause_fragments_joins_same_label_parts_of_one_clause():
    nlp = spacy.blank("en")
    get_pipeline()  # registers the span extensions
    doc = nlp("Great Expectations suites now gate every nightly load into the warehouse, and Deequ runs too")
    # tokens: Great(0) Expectations(1) suites(2) now(3) gate(4) every(5) nightly(6) load(7) into(8) the(9)
    # warehouse(10) ,(11) and(12) Deequ(13) runs(14) too(15)
    spans = [
        _with_polarity(doc, 0, 2, "PROD.QUALITY", cues=("a",)),
        _with_polarity(doc, 4, 8, "PROD.QUALITY", cues=("b",)),
        _with_polarity(doc, 13, 14, "PROD.QUALITY"),  # after the comma: another piece of work
        _with_polarity(doc, 6, 8, "PROD.PIPELINE"),  # another label is never joined
    ]
    merged = merge_clause_fragments(spans)
    assert [(s.label_, s.start, s.end, s.id_) for s in merged] == [
        ("PROD.QUALITY", 0, 8, "r0"),
        ("PROD.PIPELINE", 6, 8, "r6"),
        ("PROD.QUALITY", 13, 14, "r13"),
    ]
    assert merged[0]._.rl_cues == ("a", "b")
    assert merged[0]._.rl_polarity == "asserted"


@pytest.mark.parametrize("gap", ["but", ";", "however", "."])
def test_merge_clause_fragments_stops_at_a_clause_break(gap):
    nlp = spacy.blank("en")
    get_pipeline()
    doc = nlp(f"deployed the model {gap} monitored the model")
    spans = [_with_polarity(doc, 0, 3, "PROD.SERVING"), _with_polarity(doc, 4, 7, "PROD.SERVING")]
    assert [(s.start, s.end) for s in merge_clause_fragments(spans)] == [(0, 3), (4, 7)]


def test_merge_clause_fragments_keeps_different_polarities_apart():
    nlp = spacy.blank("en")
    get_pipeline()
    doc = nlp("deployed the model and never monitored the model")
    spans = [_with_polarity(doc, 0, 3, "PROD.SERVING"), _with_polarity(doc, 4, 8, "PROD.SERVING", "negated")]
    assert [(s.start, s.end, s._.rl_polarity) for s in merge_clause_fragments(spans)] == [
        (0, 3, "asserted"),
        (4, 8, "negated"),
    ]


# (line, the figure spans the tagger must give as (text, label)); taxonomy §2 P13 and the gold guidelines
# (corpora/EVIDENCE_LINES.md): a rate per second is one throughput figure, while a count of data items per day
# or month is also a data volume.
FIGURE_CASES = [
    (
        "Kafka consumer computes session features in Flink, 60k events/sec.",
        {("60k events/sec", "MEAS.THROUGHPUT")},
    ),
    (
        "BUILT REAL-TIME CLICK FRAUD FILTER ON KAFKA STREAMS PROCESSING 900K EVENTS/SEC.",
        {("900K EVENTS/SEC", "MEAS.THROUGHPUT")},
    ),
    (
        "Writing PySpark job for process 800 million rows per day of network logs, it feed the model.",
        {("800 million rows per day", "MEAS.THROUGHPUT"), ("800 million rows", "MEAS.DATA_VOLUME")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_CASES)
def test_a_count_inside_a_rate_per_second_is_not_a_data_volume(nlp, text, expected):
    doc = nlp(text)
    figures = {(s.text, s.label_) for s in doc.spans["rl_evidence"] if s.label_.startswith("MEAS.")}
    assert figures == expected


# An employer's scale is not the candidate's system (gold guidelines, corpora/EVIDENCE_LINES.md: "a company's
# scale that is not the candidate's system is no span"): the user figure is kept as attributed, not counted.
EMPLOYER_SCALE_CASES = [
    ("Worked at a company serving 100M users.", "serving 100M users", "attributed"),
    ("Joined a fintech with 3M customers as its first ML engineer.", "3M customers", "attributed"),
    (
        "I joined a startup whose platform already served 20 million riders.",
        "served 20 million riders",
        "attributed",
    ),
    ("The company have 50 millions of users in the app.", "millions of users", "attributed"),
    # an employer's headcount in a position header is the employer's, not users of the candidate's work
    ("Computer Vision Engineer | MekongSense AgriTech (startup, 15 staff)", "15 staff", "attributed"),
    ("Data Scientist, Acme (agency, about 40 staff), London", "40 staff", "attributed"),
    ("The research centre (approx. 45 employees) serves the group's plants.", "45 employees", "attributed"),
    ("Grocery chain (UK, 400 stores): fresh-produce demand forecasting, 2024", "400 stores", "attributed"),
    # the candidate's own system keeps its figure
    (
        "Deployed the churn model at a bank with 3M customers; it serves 40 branches.",
        "40 branches",
        "asserted",
    ),
    ("Served the model at scale with 10M daily users.", "10M daily users", "asserted"),
    ("Shipped the fraud model used by 300 analysts across the group.", "used by 300 analysts", "asserted"),
    ("Rolled the assistant out to 300 staff across the branches.", "300 staff", "asserted"),
]


@pytest.mark.parametrize(("text", "span_text", "polarity"), EMPLOYER_SCALE_CASES)
def test_an_employers_user_count_is_attributed(nlp, text, span_text, polarity):
    doc = nlp(text)
    users = {s.text: s._.rl_polarity for s in doc.spans["rl_evidence"] if s.label_ == "MEAS.USERS"}
    assert users[span_text] == polarity


# People the candidate acted on, or whose data was analysed, are not users served (taxonomy §2 P13: a user
# count is evidence when people use the system); an ``exclude`` cue removes the figure.
NOT_USERS = [
    "Interviewed 30 caseworkers and team leads to map where LLMs could help.",
    "Compared the summaries with a panel of five senior caseworkers.",
    "Led a team of 6 analysts.",
    "Mentored 3 interns and trained 40 analysts in SQL.",
    "Built churn features from the transaction histories of 2M customers.",
    "Analysed survey responses from 3,000 users.",
    "Presented to 200 employees at the town hall.",
    "Gave a talk on forecasting to an audience of 300 engineers.",
]


@pytest.mark.parametrize("text", NOT_USERS)
def test_people_acted_on_are_no_user_count(nlp, text):
    doc = nlp(text)
    assert [s.text for s in doc.spans["rl_evidence"] if s.label_ in ("MEAS.USERS", "MEAS.THROUGHPUT")] == []


STILL_USERS = [
    ("Managed the fraud API serving 2M users.", "serving 2M users"),
    ("Led the rollout to 300 stores.", "to 300 stores"),
    ("Mentoring aside, the platform is used by 12 product teams.", "used by 12 product teams"),
    ("Added PII redaction to prompts and responses for 2,000 bank staff.", "2,000 bank staff"),
    ("The chatbot answers 3,000 questions a day for 900 claims handlers.", "900 claims handlers"),
]


@pytest.mark.parametrize(("text", "span_text"), STILL_USERS)
def test_users_of_the_candidates_system_stay(nlp, text, span_text):
    doc = nlp(text)
    users = {s.text: s._.rl_polarity for s in doc.spans["rl_evidence"] if s.label_ == "MEAS.USERS"}
    assert users.get(span_text) == "asserted"
