"""Evidence patterns on hand-written resume lines, and strict validation of the pattern files.

Each case lists ``label:polarity`` pairs that must fire and label prefixes that must NOT fire at all
(evidence taxonomy §2–§4, §5.10, §6.12). Lines mix terse bullets, long sentences, UK/US spelling and
ALL CAPS.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_lens.errors import RuleFileError
from resume_lens.nlp import rules


def fired(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return {f"{s.label_}:{s._.rl_polarity}" for s in doc.spans["rl_evidence"]}


CASES = [
    # --- production: serving / deployment (P01)
    (
        "Deployed XGBoost fraud model to production on SageMaker, serving 3M predictions/day with p95 "
        "latency of 45 ms.",
        {
            "PROD.SERVING:asserted",
            "PROD.CLOUD_ML:asserted",
            "MEAS.THROUGHPUT:asserted",
            "MEAS.LATENCY:asserted",
        },
        {"NB.", "MEAS.DATA_VOLUME"},
    ),
    ("DEPLOYED THE RECOMMENDATION MODEL TO PRODUCTION", {"PROD.SERVING:asserted"}, {"NB."}),
    (
        "Productionised the demand-forecasting model on Vertex AI endpoints; retrained weekly via Vertex AI "
        "Pipelines.",
        # the deployment words sit inside the cloud-ML span: one piece of work, the specific label
        {
            "PROD.CLOUD_ML:asserted",
            "PROD.RETRAIN:asserted",
            "PROD.PIPELINE:asserted",
        },
        {"NB.", "PROD.SERVING"},
    ),
    (
        "Shipped a real-time inference service (FastAPI + TorchServe) on EKS handling 1.2M requests per day.",
        {"PROD.SERVING:asserted", "MEAS.THROUGHPUT:asserted", "TOOL.SERVING:asserted"},
        {"MEAS.DATA_VOLUME"},
    ),
    (
        "Deployed the ranking model behind a gRPC service at 2k QPS with drift alerts",
        {"PROD.SERVING:asserted", "MEAS.THROUGHPUT:asserted", "PROD.MONITORING:asserted"},
        {"NB."},
    ),
    (
        "Deployed models on a proprietary in-house platform serving 200 merchants.",
        {"PROD.SERVING:asserted", "MEAS.USERS:asserted"},
        {"PROD.MONITORING"},
    ),
    # --- containers / infra (P07), pipelines (P02), tracking (P03), feature store (P04)
    (
        "Containerized the NLP classifier with Docker and deployed it to GKE with Helm charts.",
        {"PROD.INFRA:asserted", "TOOL.INFRA:asserted"},
        {"NB."},
    ),
    (
        "Self-taught Terraform and used it to provision our GPU cluster.",
        {"PROD.INFRA:asserted", "TOOL.INFRA:asserted"},
        {"NB."},
    ),
    (
        "Built Airflow DAGs orchestrating nightly training and batch scoring for 40M customers.",
        {"PROD.PIPELINE:asserted", "MEAS.USERS:asserted", "PROD.SERVING:asserted"},
        {"NB."},
    ),
    (
        "Migrated 30 cron jobs to Airflow, cutting pipeline failures by 80%.",
        {"PROD.PIPELINE:asserted"},
        {"NB."},
    ),
    (
        "Set up MLflow model registry and experiment tracking for 12 data scientists.",
        {"PROD.TRACKING:asserted", "TOOL.TRACKING:asserted"},
        {"MEAS."},
    ),
    (
        "Built a Feast feature store serving online features at 5 ms p99.",
        {"PROD.FEATURE_STORE:asserted", "MEAS.LATENCY:asserted"},
        {"PROD.TRACKING"},
    ),
    # --- monitoring (P09), CI/CD (P08), retraining (P15)
    (
        "Implemented data drift monitoring with Evidently and Prometheus alerts on prediction distributions.",
        {"PROD.MONITORING:asserted", "TOOL.MONITORING:asserted"},
        {"NB."},
    ),
    (
        "Owned on-call rotation for the ranking service; 99.9% uptime over 18 months.",
        {"PROD.MONITORING:asserted", "MEAS.UPTIME:asserted"},
        {"NB."},
    ),
    (
        "Set up CI/CD for ML models using GitHub Actions and Argo CD with automated rollback.",
        {"PROD.CICD:asserted", "TOOL.CICD:asserted"},
        {"PROD.RETRAIN"},
    ),
    (
        "Zero-downtime blue-green deploys of the ranking service",
        {"PROD.CICD:asserted", "MEAS.UPTIME:asserted"},
        set(),
    ),
    (
        "Automated retraining triggered by drift, with champion/challenger evaluation.",
        {"PROD.RETRAIN:asserted"},
        {"NB."},
    ),
    ("Automated weekly retraining without manual intervention.", {"PROD.RETRAIN:asserted"}, set()),
    # --- optimisation (P11), online experiments (P14), data eng (P05), measures (P13)
    (
        "Quantised the BERT model to INT8 with ONNX Runtime, 3x faster inference.",
        {"PROD.INFER_OPT:asserted"},
        {"NB."},
    ),
    (
        "Ran A/B tests of the new ranking model on live traffic, lifting CTR by 4%.",
        {"PROD.ONLINE_EXP:asserted", "MEAS.BUSINESS:asserted"},
        {"NB."},
    ),
    (
        "Processed 2 TB/day of clickstream events with Spark jobs on EMR.",
        {"MEAS.DATA_VOLUME:asserted", "PROD.DATA_ENG:asserted"},
        {"NB."},
    ),
    (
        "Built Spark ETL pipelines processing 500M rows daily feeding the churn model.",
        {"PROD.DATA_ENG:asserted", "MEAS.DATA_VOLUME:asserted"},
        {"NB."},
    ),
    (
        "Reduced p99 latency from 120ms to 40 ms at 12k QPS with 99.95% availability",
        {
            "MEAS.LATENCY:asserted",
            "MEAS.THROUGHPUT:asserted",
            "MEAS.UPTIME:asserted",
            "PROD.INFER_OPT:asserted",
        },
        {"NB."},
    ),
    (
        "Serving 10,000 requests per second; p95 < 40ms",
        {"MEAS.THROUGHPUT:asserted", "MEAS.LATENCY:asserted"},
        set(),
    ),
    ("Kept p99 at no more than 40 ms during peak.", {"MEAS.LATENCY:asserted"}, set()),
    ("Never missed the 99.9% availability SLO over 18 months.", {"MEAS.UPTIME:asserted"}, set()),
    (
        "Reduced inference cost by 40% by moving to spot instances.",
        {"MEAS.COST:asserted", "PROD.INFRA:asserted"},
        {"NB."},
    ),
    # --- notebook-level (N01–N10)
    (
        "Built a CNN on MNIST reaching 99% accuracy in a Jupyter notebook",
        {"NB.TOY_DATASET:asserted", "NB.OFFLINE_METRIC:asserted", "NB.NOTEBOOK:asserted"},
        {"PROD.", "MEAS."},
    ),
    (
        "Predicted Titanic survival with 82% accuracy",
        {"NB.TOY_DATASET:asserted", "NB.OFFLINE_METRIC:asserted"},
        {"PROD.", "MEAS."},
    ),
    ("F1 of 0.87 on the held-out set", {"NB.OFFLINE_METRIC:asserted"}, {"PROD.", "MEAS."}),
    (
        "Trained a ResNet on CIFAR-10 reaching 93% top-1 accuracy in Colab.",
        {"NB.TOY_DATASET:asserted", "NB.OFFLINE_METRIC:asserted", "NB.NOTEBOOK:asserted"},
        {"PROD.", "MEAS."},
    ),
    (
        "Performed EDA and feature engineering on customer data in pandas.",
        {"NB.EDA:asserted"},
        {"PROD.", "MEAS."},
    ),
    (
        "Created Tableau dashboards and presented insights to senior leadership.",
        {"NB.VIZ:asserted", "NB.REPORTING:asserted"},
        {"PROD.", "MEAS."},
    ),
    ("Completed the Deep Learning Specialization on Coursera.", {"NB.COURSE:asserted"}, {"PROD."}),
    (
        "Kaggle competition: ranked top 5% out of 3,000 teams.",
        {"NB.COMPETITION:asserted"},
        {"PROD.", "MEAS."},
    ),
    (
        "Capstone project: sentiment analysis of tweets using LSTM (87% accuracy).",
        {"NB.ACADEMIC:asserted", "NB.TOY_DATASET:asserted", "NB.OFFLINE_METRIC:asserted"},
        {"PROD."},
    ),
    (
        "Internal Streamlit app used daily by 40 analysts.",
        {"NB.DEMO_DEPLOY:asserted", "MEAS.USERS:asserted"},
        {"PROD."},
    ),
    # a demo host on a personal project: demo polarity (corpora/EVIDENCE_LINES.md, taxonomy §6.6)
    ("Hosted on Render with a Gradio front end.", {"NB.DEMO_DEPLOY:demo"}, {"PROD."}),
    ("Monitored campaign performance and KPIs in Grafana.", {"TOOL.MONITORING:asserted"}, {"PROD."}),
    # --- LLM and research (A01–A08, R01)
    (
        "Built a RAG pipeline over 2M support tickets with Pinecone and LangChain",
        {"LLM.RAG:asserted", "TOOL.LLM:asserted", "MEAS.DATA_VOLUME:asserted"},
        {"NB."},
    ),
    ("Fine-tuned Llama 3 with LoRA on 20k support conversations.", {"LLM.FINETUNE:asserted"}, {"PROD."}),
    (
        # "tool calling" inside the agent span is the agent's mechanism, not a second, generic API span
        "Built a LangChain agent with tool calling for internal docs.",
        {"LLM.AGENT:asserted"},
        {"PROD."},
    ),
    ("Published a paper at NeurIPS 2023 on efficient attention.", {"RES.PUB:asserted"}, {"PROD.", "NB."}),
    # --- LLM track (A03, A06, A09, A10): a tool with what was done with it; bare LLM tool names stay TOOL.LLM
    (
        "Added Langfuse tracing to the support copilot's chains.",
        {"LLM.OBSERVABILITY:asserted"},
        {"PROD.", "LLM.EVAL"},
    ),
    ("Self-hosted Qwen 14B on vLLM behind an internal LLM gateway.", {"LLM.OPS:asserted"}, {"NB."}),
    ("Put a semantic cache in front of the claims chatbot.", {"LLM.OPS:asserted"}, {"NB."}),
    ("Fine-tuned a Mistral model on 30k tickets with QLoRA.", {"LLM.FINETUNE:asserted"}, {"PROD.", "NB."}),
    ("Rewrote the summarisation chains in DSPy.", {"LLM.FRAMEWORK:asserted"}, {"PROD.", "NB."}),
    ("LLM tools: LangSmith, Langfuse, Ragas, DeepEval, Helicone", {"TOOL.LLM:asserted"}, {"LLM.", "PROD."}),
    ("Research Assistant to Prof. Lee, Coding Assistant project lead", {"RES.ROLE:asserted"}, {"LLM."}),
    ("Built the Vertex AI pipeline for weekly retraining.", {"PROD.RETRAIN:asserted"}, {"LLM.", "NB."}),
    # --- notebook lists (N11, N12, N03) are one span; reporting to an audience (N09); certifications (N06)
    ("Models: Random Forest, SVM, Naive Bayes, KNN", {"NB.ALGO_LIST:asserted"}, {"PROD.", "LLM."}),
    (
        "Compared logistic regression and gradient-boosted trees on the hold-out set.",
        {"NB.ALGO_LIST:asserted"},
        {"PROD."},
    ),
    ("AutoML: PyCaret, TPOT, KNIME", {"NB.LOWCODE:asserted"}, {"PROD.", "LLM."}),
    ("Presented the churn findings to the VP of Sales.", {"NB.REPORTING:asserted"}, {"PROD.", "LLM."}),
    ("Completed the AWS Certified Machine Learning – Specialty exam.", {"NB.COURSE:asserted"}, {"PROD."}),
    # --- notebook: offline metrics on held-out data, desktop analysis tools (N04, N02)
    ("0.91 AUC on the holdout set after tuning.", {"NB.OFFLINE_METRIC:asserted"}, {"PROD."}),
    ("Reached nDCG@10 = 0.41 on the validation split.", {"NB.OFFLINE_METRIC:asserted"}, {"PROD."}),
    ("Cleaned and pivoted the survey data in Excel and MATLAB.", {"NB.EDA:asserted"}, {"PROD."}),
    ("I excel at explaining results to non-technical teams.", set(), {"NB.EDA"}),
    # --- production: monitoring wording without a tool name (P07)
    ("Four years on-call for the pricing service.", {"PROD.MONITORING:asserted"}, {"NB."}),
    ("Alerts fire when p95 latency goes over 300 ms.", {"PROD.MONITORING:asserted"}, {"NB."}),
    ("Monitored latency and error rate for 35 model endpoints.", {"PROD.MONITORING:asserted"}, {"NB."}),
    ("Caught label drift in the claims model within a week.", {"PROD.MONITORING:asserted"}, {"NB."}),
    ("Ran the blameless postmortems after each outage.", {"PROD.MONITORING:asserted"}, {"NB."}),
    ("Set up alerts in Tableau for weekly sales KPIs.", set(), {"PROD."}),
    ("Joined a call on Monday to present the churn analysis.", set(), {"PROD."}),
    # --- production: governance (P15), online experiments (P14); bare optimisation tools stay TOOL.*
    ("Reason codes returned with every credit decision.", {"PROD.GOVERNANCE:asserted"}, {"NB.", "LLM."}),
    ("Ran a 4-week A/B test of the new ranking model.", {"PROD.ONLINE_EXP:asserted"}, {"NB."}),
    ("Inference: TensorRT, ONNX", {"TOOL.INFER_OPT:asserted"}, {"PROD.", "NB."}),
    # --- collisions stay silent on the LLM track
    # "RAG status" is no LLM work; Excel itself is a notebook-level tool mention (the gold lines mark it)
    ("Prepared the RAG status report in Excel for the programme board.", set(), {"LLM.", "PROD."}),
    ("LL.M. in International Law, 2019.", set(), {"LLM.", "PROD.", "NB."}),
    ("Based in Phoenix, AZ; CV attached.", set(), {"LLM.", "PROD.", "NB."}),
    # --- skills-list shape: tool mentions only, never PROD
    ("Docker, Kubernetes, MLflow", {"TOOL.INFRA:asserted", "TOOL.TRACKING:asserted"}, {"PROD.", "MEAS."}),
    (
        "Python, PyTorch, Docker, Kubernetes, Airflow, AWS",
        {"TOOL.INFRA:asserted", "TOOL.PIPELINE:asserted"},
        {"PROD.", "MEAS."},
    ),
    # --- collisions that must stay silent (§5.10, §6.12)
    ("Sent my CV to 40 companies", set(), {"PROD.", "NB.", "LLM.", "MEAS.", "TOOL.", "RES."}),
    ("RAG status reports to the steering committee", set(), {"LLM."}),
    ("Our RAG rating improved from amber to green.", set(), {"LLM."}),
    ("LLM, Law, University of London", set(), {"LLM.", "TOOL.LLM"}),
    ("LL.M. in International Law", set(), {"LLM.", "TOOL."}),
    ("MLE estimator for variance components", set(), {"PROD.", "LLM.", "TOOL."}),
    ("Harness the power of data to guide strategy.", set(), {"PROD.", "TOOL."}),
    ("Phoenix, AZ", set(), {"PROD.", "TOOL.", "LLM."}),
    ("Head prefect and Spark of the debate club", set(), {"PROD.", "TOOL."}),
    ("Evidently, the model needed more data.", set(), {"PROD.", "TOOL."}),
    ("Proficient in Python, C, R and Go.", set(), {"PROD.", "TOOL.", "NB."}),
    ("Airflow modelling for data-centre cooling", set(), {"PROD."}),
    # --- plain and non-native wording of release, monitoring and latency work (taxonomy P08, P09, P13)
    ("Rolled back to the previous model version within minutes.", {"PROD.CICD:asserted"}, set()),
    ("Auto-rollback on error-rate spikes.", {"PROD.CICD:asserted"}, set()),
    (
        "New model is installed first in 1 line, and after 1 week checking, to all lines.",
        {"PROD.CICD:asserted"},
        set(),
    ),
    ("Ran the model in parallel with human inspectors for 2 months per line.", {"PROD.CICD:asserted"}, set()),
    ("When the NG rate jumps, the line leader receives an alert.", {"PROD.MONITORING:asserted"}, set()),
    ("Set up alerts when the prediction distribution shifts.", {"PROD.MONITORING:asserted"}, set()),
    ("Judged by the model in about 0.3 sec on a Jetson beside the line.", {"MEAS.LATENCY:asserted"}, set()),
    ("The detection model (YOLOv8) runs on 300 Jetson devices in stores.", {"PROD.SERVING:asserted"}, set()),
    ("Made the conversion of models to TensorRT INT8.", {"PROD.INFER_OPT:asserted"}, set()),
    (
        "OTA updates for models: new version goes first to 5 pilot stores, then to the fleet.",
        {"PROD.CICD:asserted"},
        set(),
    ),
    ("Set up device health and model metrics to Grafana.", {"PROD.MONITORING:asserted"}, set()),
    ("Trained a model that runs on my laptop.", {"NB.DEMO_DEPLOY:demo"}, {"PROD.SERVING"}),
    (
        "The service calls the billing API as a tool, then Gemini on Vertex AI generates the answer.",
        {"LLM.AGENT:asserted", "LLM.API:asserted"},
        set(),
    ),
    ("GPT-4 drafts replies that agents approve.", {"LLM.API:asserted"}, set()),
    (
        "The quoting app calls it for every home quote, roughly 15,000 quotes a day.",
        {"MEAS.THROUGHPUT:asserted"},
        set(),
    ),
    ("The forecast is used weekly by 9 pricing staff.", {"MEAS.USERS:asserted"}, set()),
    ("Attended 3 meetings a week and worked 40 hours a week.", set(), {"MEAS."}),
    ("Saved $300k a year in cloud spend.", {"MEAS.COST:asserted"}, {"MEAS.THROUGHPUT"}),
    ("Sent the weekly report to the product team.", set(), {"PROD."}),
    ("Built the churn models still in use at the prepaid unit.", {"PROD.SERVING:asserted"}, set()),
    ("Parcel-damage detection now used at two sorting hubs.", {"PROD.SERVING:asserted"}, set()),
    ("The forecasting model was never promoted past staging.", {"PROD.SERVING:negated"}, set()),
    ("Only tested in laboratory, not in the line.", {"PROD.SERVING:negated"}, set()),
    ("If the nightly scoring job fails, I get a text.", {"PROD.MONITORING:asserted"}, set()),
    ("I was on the on-call rota for the scoring service.", {"PROD.MONITORING:asserted"}, set()),
    (
        "A Grafana panel that turns red when any feature moves beyond its threshold.",
        {"PROD.MONITORING:asserted"},
        set(),
    ),
    ("Added a weekly Kolmogorov–Smirnov check on its inputs.", {"PROD.MONITORING:asserted"}, set()),
    ("Post-mortem owner for the March scoring outage.", {"PROD.MONITORING:asserted"}, set()),
    (
        "Built the Airflow DAG that retrains the store-level demand model every night.",
        {"PROD.RETRAIN:asserted"},
        set(),
    ),
    (
        "Model refits itself on the latest 90 days of orders every Monday morning.",
        {"PROD.RETRAIN:asserted"},
        set(),
    ),
    ("Put the new price model out to one region first, then the rest.", {"PROD.CICD:asserted"}, set()),
    (
        "Holdout of 10% of customers kept on the old model to measure uplift.",
        {"PROD.ONLINE_EXP:asserted"},
        set(),
    ),
    ("Distilled the BERT intent classifier into a 4-layer student.", {"PROD.INFER_OPT:asserted"}, set()),
    ("Moved embedding inference to Inferentia2.", {"PROD.INFER_OPT:asserted"}, set()),
    ("Azure ML managed online endpoint for the tariff model.", {"PROD.CLOUD_ML:asserted"}, set()),
    ("Evaluated on a 20% hold-out set of customers.", set(), {"PROD.ONLINE_EXP"}),
    # plain-language production work (a maintenance engineer's resume)
    ("It runs every 10 minutes on an on-premise server in the plant.", {"PROD.PIPELINE:asserted"}, set()),
    (
        "When a machine's risk goes above threshold it creates a work order in SAP PM.",
        {"PROD.SERVING:asserted"},
        set(),
    ),
    ("Used by the maintenance crews since March 2023.", {"PROD.SERVING:asserted"}, set()),
    (
        "Retrain quarterly; every version is tested on 6 months of history before replacing the running one.",
        {"PROD.RETRAIN:asserted", "PROD.CICD:asserted"},
        set(),
    ),
    (
        "I run every morning before work; the report was used by the team in the quarterly review.",
        set(),
        {"PROD."},
    ),
    (
        "The tanker planners use its numbers each morning at 5.30 to build routes.",
        {"PROD.SERVING:asserted"},
        set(),
    ),
    (
        "Added a check that emails me when a region's forecast error is twice its usual size.",
        {"PROD.MONITORING:asserted"},
        set(),
    ),
    (
        "Before a new version replaces the running one, a script compares both on eight weeks.",
        {"PROD.CICD:asserted"},
        set(),
    ),
    ("I keep every version with its training data date so I can go back.", {"PROD.TRACKING:asserted"}, set()),
    ("The analysts use the dashboard each week.", set(), {"PROD."}),
    ("Open-sourced our benchmark for Swahili speech recognition.", {"RES.OSS:asserted"}, set()),
    ("Code released on GitHub.", {"RES.OSS:asserted"}, set()),
    ("Maintainer of torchgeo-lite.", {"RES.OSS:asserted"}, set()),
    ("Preprint: arXiv:2403.11872.", {"RES.PUB:asserted"}, set()),
    ("Paper under review.", {"RES.PUB:asserted"}, set()),
    ("The data was available in the warehouse; maintainer of the internal wiki.", set(), {"RES."}),
    ("I receive an e-mail alert if the nightly job fails.", {"PROD.MONITORING:asserted"}, set()),
    ("I get a Slack alert when the job fails.", {"PROD.MONITORING:asserted"}, set()),
    (
        "Indexed 12k pages of policy documents into a vector store.",
        {"MEAS.DATA_VOLUME:asserted", "LLM.RAG:asserted"},
        set(),
    ),
    # a document's length is not a data volume, and "pages" as a noun is not paging an on-call
    (
        "Wrote a reference architecture document (60 pages) covering monitoring of models.",
        set(),
        {"MEAS.DATA_VOLUME"},
    ),
    ("Golden set of 600 clause questions scored by GPT-4o as judge.", {"LLM.EVAL:asserted"}, {"LLM.API"}),
    ("Ran MT-Bench and a 300-item internal eval on each candidate model.", {"LLM.EVAL:asserted"}, set()),
    ("promptfoo regression evals in CI for every prompt PR.", {"LLM.EVAL:asserted"}, set()),
    ("Hallucination reports down 40% after the retrieval fix.", {"LLM.EVAL:asserted"}, set()),
    ("The essays were scored by the teacher as a judge of style.", set(), {"LLM."}),
    # engineering depth (P17) described as work
    (
        "Packaged the team's feature utilities as a typed Python library (mypy strict).",
        {"FOUND.PY_DEPTH:asserted"},
        set(),
    ),
    ("Contributed two merged PRs to scikit-learn.", {"FOUND.PY_DEPTH:asserted"}, set()),
    (
        "Contributor to Hugging Face Transformers (merged PRs on generation utilities).",
        {"FOUND.DL_DEPTH:asserted"},
        set(),
    ),
    (
        "Rewrote the custom attention layers and the mixed-precision training loop.",
        {"FOUND.DL_DEPTH:asserted"},
        set(),
    ),
    ("Used the pandas library for analysis with docs from the team.", set(), {"FOUND."}),
    ("Contributed to the design of the marketing campaign.", set(), {"FOUND."}),
    # a business problem is not a toy dataset; the classic teaching datasets are
    ("Built a customer churn classifier for the telecom client.", set(), {"NB.TOY_DATASET"}),
    (
        "Titanic survival prediction and house price prediction in Jupyter.",
        {"NB.TOY_DATASET:asserted"},
        set(),
    ),
    # ... but not a rollback of a database migration, nor a run next to a colleague
    ("Rolled back the schema migration after the outage.", set(), {"PROD.CICD"}),
    ("Ran a half marathon alongside my colleagues.", set(), {"PROD.CICD"}),
    # results handed over as a report and notebooks are notebook-level work (rubric §2)
    (
        "Results were handed over as a report and notebooks.",
        {"NB.REPORTING:asserted", "NB.NOTEBOOK:asserted"},
        {"PROD."},
    ),
    ("Built a topic model for the care team, shared as an HTML report.", {"NB.REPORTING:asserted"}, set()),
    # "temporal" is a model word; Temporal, the workflow engine, is capitalised and names its workflows
    ("Designed a temporal adapter for a frozen CLIP backbone.", set(), {"PROD."}),
    (
        "Built Temporal workflows that refresh the ranking model's features.",
        {"PROD.PIPELINE:asserted"},
        set(),
    ),
    # "now used at/in" is serving when a count of sites or users follows, not "now used in teaching"
    ("The damage detector is now used at two sorting hubs.", {"PROD.SERVING:asserted"}, set()),
    ("Recorded 9,000 sheet images, a data set now used in teaching.", set(), {"PROD."}),
    # research on monitoring is research, not monitoring in production (taxonomy R02)
    ("Developed a novel drift detection algorithm for data streams.", {"RES.NOVEL:asserted"}, {"PROD."}),
    ("Built drift detection for the fraud model in production.", {"PROD.MONITORING:asserted"}, set()),
    # fine-tuning is not a deployment: the serving span that overlaps it stays
    (
        "Fine-tuned and deployed Llama 3 8B to RunPod for the support chatbot.",
        {"LLM.FINETUNE:asserted", "PROD.SERVING:asserted"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES, ids=[c[0][:48] for c in CASES])
def test_labels_on_resume_lines(nlp, text, must, must_not):
    got = fired(nlp, text)
    assert must <= got, f"missing {sorted(must - got)}; got {sorted(got)}"
    bad = sorted(g for g in got if g.split(":")[0].startswith(tuple(must_not)))
    assert not bad, f"must not fire: {bad}"


def test_all_packaged_files_load_with_unique_ids():
    patterns = rules.load_evidence_patterns()
    ids = [p["id"] for p in patterns]
    assert len(ids) == len(set(ids))
    namespaces = {p["label"].split(".")[0] for p in patterns}
    assert namespaces == {"PROD", "MEAS", "FOUND", "NB", "LLM", "RES", "TOOL"}
    names = [f.name for f in rules.packaged_pattern_files()]
    assert names == [
        "foundation.jsonl",
        "llm.jsonl",
        "measures.jsonl",
        "notebook.jsonl",
        "production.jsonl",
        "research.jsonl",
        "tools.jsonl",
    ]


def test_every_packaged_pattern_passes_spacys_schema_and_compiles():
    # the packaged files are not schema-checked when a pipeline is built (a quarter of a second of a cold
    # start), so this test is what checks them: every pattern, evidence and context, checked as a
    # user's file is
    seen = {}
    checked = [
        entry
        for source in rules.packaged_pattern_files()
        for entry in rules.load_pattern_file(source, kind="evidence", seen_ids=seen, check_patterns=True)
    ]
    context_file = rules.packaged_pattern_files()[0].parent.joinpath("context.jsonl")
    checked += rules.load_pattern_file(context_file, kind="context", check_patterns=True)
    assert len(checked) == len(rules.load_evidence_patterns()) + len(rules.load_context_rules())


def test_a_packaged_load_skips_the_schema_check_but_a_users_file_gets_it(tmp_path, monkeypatch):
    calls = []
    check = rules._validate_pattern
    monkeypatch.setattr(rules, "_validate_pattern", lambda pattern: calls.append(1) or check(pattern))
    rules.load_evidence_patterns()
    rules.load_context_rules()
    assert calls == []
    path = write(
        tmp_path,
        json.dumps(GOOD),
        '{"label": "PROD.SERVING", "id": "a", "pattern": [{"LOWER": "x", "FOO": 1}]}',
    )
    with pytest.raises(RuleFileError, match="malformed pattern"):
        rules.load_evidence_patterns([path])
    assert len(calls) == 2


def _token_values(pattern):
    for token in pattern:
        for attr in ("LOWER", "ORTH", "TEXT"):
            value = token.get(attr)
            if isinstance(value, str):
                yield value
            elif isinstance(value, dict):
                yield from value.get("IN", [])


def test_no_token_value_is_split_by_the_tokenizer(nlp):
    # A value such as "fine-tuned" or "didn't" in a one-token slot can never match: the tokenizer
    # makes it several tokens ("fine" "-" "tuned"), so the rule silently never fires.
    context = [{"id": r.id, "pattern": list(r.pattern)} for r in rules.load_context_rules()]
    dead = sorted(
        (p["id"], value)
        for p in [*rules.load_evidence_patterns(), *context]
        if isinstance(p.get("pattern"), list)
        for value in _token_values(p["pattern"])
        if len(value) > 1 and len(nlp.make_doc(value)) > 1
    )
    assert dead == []


def test_required_production_categories_are_covered():
    labels = {p["label"] for p in rules.load_evidence_patterns()}
    required = {
        "PROD.SERVING",
        "PROD.PIPELINE",
        "PROD.MONITORING",
        "PROD.RETRAIN",
        "PROD.CICD",
        "PROD.TRACKING",
        "PROD.INFRA",
        "PROD.CLOUD_ML",
        "MEAS.LATENCY",
        "MEAS.THROUGHPUT",
        "MEAS.UPTIME",
        "MEAS.USERS",
        "MEAS.DATA_VOLUME",
        "NB.NOTEBOOK",
        "NB.EDA",
        "NB.VIZ",
        "NB.COURSE",
        "NB.COMPETITION",
        "NB.OFFLINE_METRIC",
        "NB.TOY_DATASET",
        "NB.DEMO_DEPLOY",
        "NB.ACADEMIC",
        "NB.REPORTING",
        "LLM.API",
        "LLM.RAG",
        "LLM.AGENT",
        "LLM.FINETUNE",
        "RES.PUB",
    }
    assert required <= labels


def test_tool_labels_use_tool_or_term_ids():
    for p in rules.load_evidence_patterns():
        if p["label"].startswith("TOOL."):
            assert p["id"].startswith(("tool_", "term_")), p["id"]


# --- strict validation -------------------------------------------------------------------------------
GOOD = {"label": "PROD.SERVING", "id": "x_ok", "pattern": [{"LOWER": "deployed"}]}


def write(tmp_path: Path, *lines: str, name: str = "bad.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"label": "PROD.SERVING", "id": "a", "pattern": "x", "note": 1}', "unknown key(s) ['note']"),
        ('{"label": "PROD.SERVING", "pattern": "x"}', "missing key(s) ['id']"),
        ('{"label": "PROD.SERVING", "id": "", "pattern": "x"}', "must be a non-empty lower_snake_case"),
        ('{"label": "PROD.SERVING", "id": "Bad-Id", "pattern": "x"}', "lower_snake_case"),
        ('{"label": "SERVING", "id": "a", "pattern": "x"}', "label 'SERVING' does not match"),
        ('{"label": "PROD.SERVING", "id": "a", "pattern": [{"LOWER": "x", "FOO": 1}]}', "malformed pattern"),
        ('{"label": "PROD.SERVING", "id": "a", "pattern": [{"LOWER": {"IN": "x"}}]}', "malformed pattern"),
        ('{"label": "PROD.SERVING", "id": "a", "pattern": [{"TEXT": {"REGEX": "("}}]}', "invalid REGEX"),
        ('{"label": "PROD.SERVING", "id": "a", "pattern": []}', "non-empty list"),
        ('{"label": "PROD.SERVING", "id": "a", "pattern": "  "}', "empty phrase pattern"),
        ('{"label": "PROD.SERVING", "id": "a", "pattern": "x"', "invalid JSON"),
        ('["PROD.SERVING", "a", "x"]', "must be a JSON object"),
    ],
)
def test_bad_pattern_line_names_file_line_and_reason(tmp_path, line, reason):
    path = write(tmp_path, json.dumps(GOOD), "", line)
    with pytest.raises(RuleFileError) as err:
        rules.load_pattern_file(path)
    message = str(err.value)
    assert message.startswith(f"{path}:3: ")
    assert reason in message


def test_duplicate_id_in_one_file(tmp_path):
    path = write(tmp_path, json.dumps(GOOD), json.dumps(GOOD))
    with pytest.raises(
        RuleFileError, match=r"bad.jsonl:2: duplicate id 'x_ok' \(first defined at .*bad.jsonl:1\)"
    ):
        rules.load_pattern_file(path)


def test_duplicate_id_across_files(tmp_path):
    a = write(tmp_path, json.dumps(GOOD), name="a.jsonl")
    b = write(tmp_path, json.dumps({**GOOD, "label": "NB.EDA"}), name="b.jsonl")
    with pytest.raises(RuleFileError, match=r"b.jsonl:1: duplicate id 'x_ok'"):
        rules.load_evidence_patterns([a, b])


def test_missing_file_is_a_rule_file_error(tmp_path):
    with pytest.raises(RuleFileError, match="cannot read the rule file"):
        rules.load_pattern_file(tmp_path / "nope.jsonl")


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ({"direction": "sideways", "polarity": "negated"}, "direction 'sideways'"),
        ({"direction": "forward", "polarity": "asserted"}, "polarity 'asserted'"),
        ({"direction": "forward"}, "polarity None"),
        ({"direction": "pseudo", "polarity": "negated"}, "takes no polarity"),
        ({"direction": "exclude", "polarity": "negated", "targets": ["MEAS."]}, "takes no polarity"),
        ({"direction": "exclude"}, "needs targets"),
        ({"direction": "both", "polarity": "demo", "scope": "page"}, "scope 'page'"),
        ({"direction": "both", "polarity": "demo", "max_scope": -1}, "max_scope -1"),
        ({"direction": "both", "polarity": "demo", "targets": "PROD."}, "targets must be a list"),
    ],
)
def test_bad_context_rule(tmp_path, extra, reason):
    line = json.dumps({"label": "MOD.NEG", "id": "c1", "pattern": [{"LOWER": "no"}], **extra})
    path = write(tmp_path, line, name="context.jsonl")
    with pytest.raises(RuleFileError, match="context.jsonl:1: bad context rule 'c1'") as err:
        rules.load_context_rules(path)
    assert reason in str(err.value)


def test_context_rule_label_must_be_mod(tmp_path):
    line = json.dumps({"label": "PROD.X", "id": "c1", "pattern": "no", "direction": "terminate"})
    with pytest.raises(RuleFileError, match="label 'PROD.X' does not match"):
        rules.load_context_rules(write(tmp_path, line, name="context.jsonl"))
