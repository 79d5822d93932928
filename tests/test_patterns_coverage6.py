"""Coverage of the weakest production categories: ML testing and data validation (P06), data pipelines
(P05), governance (P16), tracking and versioning (P03), retraining (P15) and business-impact figures (P13).

Every rule family added for these categories has a resume line with the exact span text, label and
polarity it must give (the words were worked out by hand from the pattern: from the first to the last
token the rule requires), and lines the rules must NOT tag as these labels (the "weak / neutral"
mentions of evidence taxonomy §2 and the collisions of §6.12). Lines mix terse bullets, long sentences,
non-native phrasing ("tests unitaries", "validation of schema of data") and ALL CAPS.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

# (line, label, span text, polarity)
POSITIVE = [
    # --- P06 data validation, quality and ML testing
    (
        "Writing tests unitaries for the functions of preprocessing.",
        "PROD.QUALITY",
        "tests unitaries for the functions of preprocessing",
        "asserted",
    ),
    (
        "I make the tests of load with Locust for the API of model.",
        "PROD.QUALITY",
        "tests of load with Locust for the API of model",
        "asserted",
    ),
    ("Added model unit tests to the scoring repository.", "PROD.QUALITY", "model unit tests", "asserted"),
    (
        "Never wrote automated tests for the models.",
        "PROD.QUALITY",
        "automated tests for the models",
        "negated",
    ),
    ("Currently learning unit tests for ML code.", "PROD.QUALITY", "unit tests for ML", "learning"),
    (
        "Great Expectations suites now gate every nightly load into the training warehouse.",
        "PROD.QUALITY",
        "Great Expectations suites now gate every nightly load",
        "asserted",
    ),
    (
        "Made validation of schema of data for each input feed.",
        "PROD.QUALITY",
        "validation of schema",
        "asserted",
    ),
    (
        "Validates against a frozen holdout before publishing the embeddings.",
        "PROD.QUALITY",
        "Validates against a frozen holdout",
        "asserted",
    ),
    ("Monthly retraining DAG with a backtest gate.", "PROD.QUALITY", "backtest gate", "asserted"),
    (
        "Blocked 9 corrupt loads before they reached training.",
        "PROD.QUALITY",
        "Blocked 9 corrupt loads",
        "asserted",
    ),
    (
        "Made the ingestion job quarantine any file that fails the schema.",
        "PROD.QUALITY",
        "quarantine any file that fails the schema",
        "asserted",
    ),
    (
        "Raised test coverage on the ML code from 40% to 85%.",
        "PROD.QUALITY",
        "test coverage on the ML",
        "asserted",
    ),
    ("87% coverage on ML code.", "PROD.QUALITY", "87% coverage on ML", "asserted"),
    (
        "Coverage on the ml/ package up from 31% to 84%.",
        "PROD.QUALITY",
        "Coverage on the ml/ package",
        "asserted",
    ),
    ("Added a freshness check on the upstream table.", "PROD.QUALITY", "freshness check", "asserted"),
    (
        "Added data contracts on the tables the fraud models train on.",
        "PROD.QUALITY",
        "Added data contracts on the tables the fraud models",
        "asserted",
    ),
    (
        "Architected the streaming scorer and load-tested it before launch.",
        "PROD.QUALITY",
        "load-tested it",
        "asserted",
    ),
    (
        "Behavioural tests (CheckList-style) for the intent classifier.",
        "PROD.QUALITY",
        "Behavioural tests",
        "asserted",
    ),
    (
        "Deequ checks on every Glue job feeding the models.",
        "PROD.QUALITY",
        "Deequ checks on every Glue job",
        "asserted",
    ),
    (
        "Quality checks on the pipeline were written by the data platform team.",
        "PROD.QUALITY",
        "Quality checks on the pipeline",
        "attributed",
    ),
    # --- P05 data pipelines, streaming and storage
    (
        "Set up change-data-capture from the policy database into Kafka.",
        "PROD.DATA_ENG",
        "change-data-capture",
        "asserted",
    ),
    (
        "Kinesis → Lambda → S3 ingestion, ~9 M events / day.",
        "PROD.DATA_ENG",
        "Kinesis → Lambda → S3 ingestion",
        "asserted",
    ),
    (
        "Co-built the ingestion layer for the point-of-sale data.",
        "PROD.DATA_ENG",
        "built the ingestion layer",
        "asserted",
    ),
    (
        "Construct the pipeline of data with Spark that process 2 TB for day.",
        "PROD.DATA_ENG",
        "Construct the pipeline of data",
        "asserted",
    ),
    ("Debezium CDC from Postgres into the lake.", "PROD.DATA_ENG", "CDC from", "asserted"),
    ("Rewrote the feature backfill with partition pruning.", "PROD.DATA_ENG", "feature backfill", "asserted"),
    (
        "Iceberg tables feeding the training set for the churn model.",
        "PROD.DATA_ENG",
        "tables feeding the training",
        "asserted",
    ),
    (
        "Modelled the warehouse in dbt for the pricing team.",
        "PROD.DATA_ENG",
        "Modelled the warehouse in dbt",
        "asserted",
    ),
    (
        "The ingestion job lands point-of-sale data into BigQuery every fifteen minutes.",
        "PROD.DATA_ENG",
        "lands point-of-sale data into BigQuery",
        "asserted",
    ),
    (
        "Stream the events of payments by Kafka to the model of fraud in real time.",
        "PROD.DATA_ENG",
        "Stream the events of payments by Kafka",
        "asserted",
    ),
    (
        "Hoping to grow into streaming-pipeline work.",
        "PROD.DATA_ENG",
        "streaming-pipeline",
        "learning",
    ),
    (
        "Rewriting feature scripts in PySpark for the migration.",
        "PROD.DATA_ENG",
        "Rewriting feature scripts in PySpark",
        "asserted",
    ),
    ("Freshness SLA under 15 min on the pricing feeds.", "PROD.DATA_ENG", "Freshness SLA", "asserted"),
    (
        "Helped the data engineers build the ingestion for the new ad-events stream.",
        "PROD.DATA_ENG",
        "ingestion for the new ad-events",
        "attributed",
    ),
    # --- P16 governance, security and responsible AI in production
    (
        "Led the GDPR data-protection impact assessment for the personalisation models.",
        "PROD.GOVERNANCE",
        "GDPR data-protection impact assessment",
        "asserted",
    ),
    (
        "Familiar with deploying models under HIPAA constraints.",
        "PROD.GOVERNANCE",
        "HIPAA constraints",
        "hedged",
    ),
    (
        "Aware of EU AI Act obligations for high-risk models.",
        "PROD.GOVERNANCE",
        "EU AI Act obligations",
        "hedged",
    ),
    (
        "Anonymised patient records with Presidio before they entered the training pipeline.",
        "PROD.GOVERNANCE",
        "Anonymised patient records with Presidio before they entered the training",
        "asserted",
    ),
    (
        "Built a PHI de-identification step into the inference pipeline.",
        "PROD.GOVERNANCE",
        "PHI de-identification step into the inference pipeline",
        "asserted",
    ),
    (
        "De-identified the clinical notes before they reached the training set.",
        "PROD.GOVERNANCE",
        "De-identified the clinical notes before they reached the training",
        "asserted",
    ),
    (
        "Built SHAP reason codes into each decision-API response.",
        "PROD.GOVERNANCE",
        "reason codes into",
        "asserted",
    ),
    (
        "Strong understanding of model governance and post-deployment monitoring.",
        "PROD.GOVERNANCE",
        "model governance",
        "hedged",
    ),
    (
        "Tokenised card numbers in the fraud feature pipeline.",
        "PROD.GOVERNANCE",
        "Tokenised card",
        "asserted",
    ),
    (
        "The model explain each decision of credit with reason codes, this is demand of regulator.",
        "PROD.GOVERNANCE",
        "decision of credit with reason codes",
        "asserted",
    ),
    (
        "Archived every prediction with its inputs for seven years.",
        "PROD.GOVERNANCE",
        "Archived every prediction with",
        "asserted",
    ),
    (
        "Enforced RBAC on the feature store and endpoints.",
        "PROD.GOVERNANCE",
        "RBAC on the feature",
        "asserted",
    ),
    (
        "Stood up managed online endpoints with private networking.",
        "PROD.GOVERNANCE",
        "private networking",
        "asserted",
    ),
    (
        "Hardened the scoring endpoint against abuse.",
        "PROD.GOVERNANCE",
        "Hardened the scoring endpoint",
        "asserted",
    ),
    (
        "A manual approval stage for the actuarial lead before each release.",
        "PROD.GOVERNANCE",
        "manual approval stage",
        "asserted",
    ),
    (
        "IMPLEMENTED MANUAL SIGN-OFF FOR CREDIT MODELS.",
        "PROD.GOVERNANCE",
        "MANUAL SIGN-OFF FOR CREDIT MODELS",
        "asserted",
    ),
    (
        "Involved in the governance review that approved the model for the EU market.",
        "PROD.GOVERNANCE",
        "governance review",
        "attributed",
    ),
    (
        "Added a weekly drift report that the clinical safety officer now signs off.",
        "PROD.GOVERNANCE",
        "safety officer now signs off",
        "asserted",
    ),
    (
        "Stage transitions authorised via pull request.",
        "PROD.GOVERNANCE",
        "transitions authorised via",
        "asserted",
    ),
    (
        "Catalogued every model in use across the council.",
        "PROD.GOVERNANCE",
        "Catalogued every model",
        "asserted",
    ),
    ("Ran the model-risk inventory for 140 models.", "PROD.GOVERNANCE", "model-risk inventory", "asserted"),
    (
        "Built the fairness monitoring for the tenant-screening model in production.",
        "PROD.GOVERNANCE",
        "fairness monitoring for the tenant-screening model",
        "asserted",
    ),
    (
        "Designed the data-retention rules for the speech training corpus.",
        "PROD.GOVERNANCE",
        "data-retention rules for the speech training corpus",
        "asserted",
    ),
    # --- P03 experiment tracking, model registry and versioning
    (
        "Built data-versioning with DVC and lakeFS for the training datasets.",
        "PROD.TRACKING",
        "Built data-versioning",
        "asserted",
    ),
    (
        "Familiar with MLflow for tracking the experiments.",
        "PROD.TRACKING",
        "MLflow for tracking",
        "hedged",
    ),
    (
        "Every training run logged to W&B with git SHA, config and dataset version.",
        "PROD.TRACKING",
        "logged to W&B",
        "asserted",
    ),
    ("Moved all runs into ClearML.", "PROD.TRACKING", "Moved all runs into ClearML", "asserted"),
    (
        "I have versioned datasets by DVC and models by MLflow.",
        "PROD.TRACKING",
        "versioned datasets by DVC",
        "asserted",
    ),
    (
        "Introduced DVC for the training data of the risk models.",
        "PROD.TRACKING",
        "Introduced DVC for the training data",
        "asserted",
    ),
    ("DVC tracks every labelled image set.", "PROD.TRACKING", "DVC tracks every labelled image", "asserted"),
    ("Each checkpoint maps back to its data.", "PROD.TRACKING", "maps back to its data", "asserted"),
    (
        "Tied every model artifact in the registry to its data hash and git commit.",
        "PROD.TRACKING",
        "Tied every model artifact in the registry to its data hash",
        "asserted",
    ),
    (
        "Made each model in the registry carry the exact commit and dataset version it came from.",
        "PROD.TRACKING",
        "model in the registry carry the exact commit",
        "asserted",
    ),
    (
        "We can reproduce any training run from the git commit.",
        "PROD.TRACKING",
        "reproduce any training run from the git",
        "asserted",
    ),
    (
        "Catalogued every training dataset with lineage in DataHub.",
        "PROD.TRACKING",
        "lineage in DataHub",
        "asserted",
    ),
    (
        "Added MLflow tracking to the churn training job.",
        "PROD.TRACKING",
        "Added MLflow tracking",
        "asserted",
    ),
    # --- P15 retraining automation and continuous training
    (
        "Continuous training on Vertex AI Pipelines for the ranking model.",
        "PROD.RETRAIN",
        "Continuous training",
        "asserted",
    ),
    (
        "The model is re-trained every night on fresh data.",
        "PROD.RETRAIN",
        "re-trained every night on",
        "asserted",
    ),
    (
        "Logistic model for lead scoring, refreshed monthly by a scheduled query.",
        "PROD.RETRAIN",
        "model for lead scoring, refreshed monthly",
        "asserted",
    ),
    ("Automated weekly model refresh for the churn scorer.", "PROD.RETRAIN", "model refresh", "asserted"),
    (
        "Rolled out champion–challenger evaluation for the credit models.",
        "PROD.RETRAIN",
        "champion–challenger evaluation",
        "asserted",
    ),
    (
        "Only promotes the new model if it wins on the holdout.",
        "PROD.RETRAIN",
        "promotes the new model if it wins",
        "asserted",
    ),
    (
        "Would like to extend the project with a retraining schedule.",
        "PROD.RETRAIN",
        "retraining schedule",
        "learning",
    ),
    (
        "I was in charge for pipeline of retrain which is running each week in Kubeflow.",
        "PROD.RETRAIN",
        "pipeline of retrain",
        "asserted",
    ),
    (
        "Built Airflow DAGs for the model retraining.",
        "PROD.RETRAIN",
        "DAGs for the model retraining",
        "asserted",
    ),
    (
        "Looking ahead, I would like to build retraining for the models.",
        "PROD.RETRAIN",
        "build retraining",
        "learning",
    ),
    ("Weekly re-training of the churn model.", "PROD.RETRAIN", "Weekly re-training", "asserted"),
    (
        "We refresh the demand model every week from new sales.",
        "PROD.RETRAIN",
        "refresh the demand model every",
        "asserted",
    ),
    ("Built the re-training pipeline in Kubeflow.", "PROD.RETRAIN", "re-training pipeline", "asserted"),
    ("Owned the monthly churn retrain.", "PROD.RETRAIN", "monthly churn retrain", "asserted"),
    (
        "Put a KFP pipeline around the monthly churn retrain.",
        "PROD.RETRAIN",
        "pipeline around the monthly churn retrain",
        "asserted",
    ),
    # --- P13 business impact figures
    (
        "Conversion +4.1% in a 6-week online test of the new recommender.",
        "MEAS.BUSINESS",
        "Conversion +4.1%",
        "asserted",
    ),
    (
        "Online holdout test of the new ETA model: +3.2% on-time delivery.",
        "MEAS.BUSINESS",
        "+3.2% on-time delivery",
        "asserted",
    ),
    (
        "With the new model of recommendation the sales of the shop increase of 7% in the test online.",
        "MEAS.BUSINESS",
        "sales of the shop increase of 7%",
        "asserted",
    ),
    (
        "Lifted 30-day retention 1.8 pp with the reranker.",
        "MEAS.BUSINESS",
        "Lifted 30-day retention 1.8 pp",
        "asserted",
    ),
    (
        "Saved €1.2M a year in chargebacks with the real-time fraud scorer.",
        "MEAS.BUSINESS",
        "€1.2M a year in chargebacks",
        "asserted",
    ),
    ("Worth ~$600k/yr in recovered sales.", "MEAS.BUSINESS", "~$600k/yr in recovered sales", "asserted"),
    (
        "Reduced end-of-day food waste by 11% across 140 stores.",
        "MEAS.BUSINESS",
        "Reduced end-of-day food waste by 11%",
        "asserted",
    ),
    (
        "Integrated Claude for contract clause extraction, cutting review time 70%.",
        "MEAS.BUSINESS",
        "cutting review time 70%",
        "asserted",
    ),
    (
        "After rollout it resolved about 58% of new-merchant questions on its own.",
        "MEAS.BUSINESS",
        "resolved about 58% of new-merchant questions",
        "asserted",
    ),
    ("The growth team reported a 1.1% lift in orders.", "MEAS.BUSINESS", "1.1% lift in orders", "attributed"),
]

# (line, label prefixes that must not fire)
NEGATIVE = [
    # taxonomy P06 weak / neutral: offline evaluation, not ML testing
    ("Validated the model with cross-validation.", ("PROD.QUALITY",)),
    ("Evaluated the classifier on a held-out test set.", ("PROD.QUALITY",)),
    # "Great" alone is not Great Expectations
    ("Built a great recommendation model for the shop.", ("PROD.QUALITY",)),
    ("Great food, great expectations.", ("PROD.QUALITY",)),
    # test coverage of a packaged library is Python depth (P17), not ML testing; catalogue coverage is a
    # recommender metric
    ("Published an internal library with 90% test coverage.", ("PROD.QUALITY",)),
    ("Catalogue coverage of the recommendation model rose to 60%.", ("PROD.QUALITY",)),
    # tests with no ML object; structured LLM output (A05)
    ("Wrote unit tests for the React frontend.", ("PROD.QUALITY",)),
    ("Structured outputs with JSON schema validation and retries.", ("PROD.QUALITY",)),
    ("Designed the churn pipeline to scale to millions of users (not yet load-tested).", ("PROD.QUALITY",)),
    # taxonomy P05 weak / neutral: analysis on warehouse data; CDC the agency; RAG document ingestion (A02)
    ("Queried the data warehouse for the quarterly report.", ("PROD.DATA_ENG",)),
    ("Cleaned data in pandas and wrote SQL in BigQuery.", ("PROD.DATA_ENG",)),
    ("Followed CDC guidelines for the clinical study.", ("PROD.DATA_ENG",)),
    ("LlamaIndex ingestion of policy PDFs into pgvector.", ("PROD.DATA_ENG",)),
    ("Worked at a video streaming platform as an analyst.", ("PROD.DATA_ENG",)),
    ("The plan was to move it onto Databricks Model Serving next year.", ("PROD.DATA_ENG",)),
    # taxonomy P16 weak / neutral: SHAP in a notebook, ethics statements; a human approval step and PII
    # masking as LLM guardrails (A04, A08); collisions (a masked language model, NLP tokens, funding)
    ("SHAP plots in a notebook to explain the churn model.", ("PROD.GOVERNANCE",)),
    ("Passionate about ethical AI and responsible innovation.", ("PROD.GOVERNANCE",)),
    ("Claims-triage agent with a human approval step before payout.", ("PROD.GOVERNANCE",)),
    ("Guardrails: PII masking, jailbreak tests.", ("PROD.GOVERNANCE",)),
    ("Pre-trained a masked language model on clinical notes.", ("PROD.GOVERNANCE",)),
    ("Deduplicated and tokenised 2T tokens for pre-training the 7B model.", ("PROD.GOVERNANCE",)),
    ("Secured funding for the new model platform.", ("PROD.GOVERNANCE",)),
    ("Worked with the Model Risk team on the credit scorecards.", ("PROD.GOVERNANCE",)),
    ("Expanded into the EU with the new pricing model.", ("PROD.GOVERNANCE",)),
    # taxonomy P03 weak / neutral: Git alone, a container registry (P07); collisions
    ("Used Git for version control of the web app.", ("PROD.TRACKING",)),
    ("Git tracks all changes to the codebase.", ("PROD.TRACKING",)),
    ("Pushed the Docker image to the container registry.", ("PROD.TRACKING",)),
    ("Logged in to the Azure portal to check the bill.", ("PROD.TRACKING",)),
    ("Reproducible research results published at NeurIPS.", ("PROD.TRACKING",)),
    # taxonomy P15 weak / neutral: one-off retraining; a training window or training set (P12/P05); a shadow
    # comparison against the incumbent (P14); a dashboard or index refresh; a career promotion
    ("Retrained the model with new hyperparameters.", ("PROD.RETRAIN",)),
    ("Cut the weekly training window from 19 hours to under 3.", ("PROD.RETRAIN",)),
    ("Beam pipelines that build the nightly training sets for the ranking models.", ("PROD.RETRAIN",)),
    (
        "Shadow-deployed the new fraud ensemble and compared decisions against the incumbent.",
        ("PROD.RETRAIN",),
    ),
    ("Led a shadow-mode comparison of a challenger fraud model against live traffic.", ("PROD.RETRAIN",)),
    ("Re-running the backfill whenever a depot feed arrived late.", ("PROD.RETRAIN",)),
    ("The Kubernetes CronJob refreshes the embeddings index every hour.", ("PROD.RETRAIN",)),
    ("Daily refresh of the Tableau sales dashboard.", ("PROD.RETRAIN",)),
    ("Promoted to Senior ML Engineer in 2022.", ("PROD.RETRAIN",)),
    ("Weekly re-ran the notebook for the sales report.", ("PROD.RETRAIN",)),
    # taxonomy P13 weak / neutral: offline metrics (N04) and cost, latency or training figures are not
    # business impact; a span of years of sales data is not money
    ("Improved churn model accuracy by 5%.", ("MEAS.BUSINESS",)),
    ("+3% accuracy over the baseline.", ("MEAS.BUSINESS",)),
    ("Reduced GPU usage by 40% with quantisation.", ("MEAS.BUSINESS",)),
    ("Cut training time by 50% with mixed precision.", ("MEAS.BUSINESS",)),
    ("Reduced inference cost by 30%.", ("MEAS.BUSINESS",)),
    ("A semantic cache answers roughly 28% of requests without a model call.", ("MEAS.BUSINESS",)),
    ("Trained on 1 year of sales history.", ("MEAS.BUSINESS",)),
]


@pytest.mark.parametrize(("text", "label", "span", "polarity"), POSITIVE)
def test_rule_family_gives_span(nlp, text, label, span, polarity):
    assert (label, span, polarity) in evidence(nlp, text)


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE)
def test_weak_mentions_are_not_tagged(nlp, text, forbidden):
    assert not {label for label in labels(nlp, text) if label.startswith(forbidden)}
