"""Coverage of the production categories (evidence taxonomy §2, P01–P16) as resumes phrase them, and the
precision guards that keep generic words out of ``PROD.*``.

Online experiments are rarely "ran an A/B test of the model": they are "the A/B test showed …", "(A/B
validated)", a dark launch, a comparison against the incumbent or the control stores, an online holdout, a
50/50 split, guardrail metrics. CI/CD for models is a CI tool that retrains, tests or pushes a model, a
canary of a model version, promotion through the registry, a rollback that takes a minute. Distributed
training scales something across N GPUs or nodes; feature-store work writes to an online store or defines
features in Feast/Tecton; inference optimisation names its mechanism (batching, on-device quantisation, a
compiler named with the speed-up); monitoring is an error budget, alerts routed somewhere, a drift check on
inputs, or its absence ("never monitored"); pipeline work is an orchestrator scheduling something, a
CronJob, or "no scheduler"; infrastructure is Helm/Terraform written for models or services, spot GPUs,
autoscalers, and clusters managed by another team.

The guards: a service's name ("the ranking service", "the recommendation service") is not serving work,
"batch scoring" needs its model, job or volume, LLM call tracing is LLM observability (A10), not model
monitoring, a runbook counts when written, a CI tool needs a model it retrains or tests, a preposition
before Kubeflow ("a workshop on Kubeflow") is no pipeline work, and the product names in an orchestration
list stay bare tools (``TOOL.*``).

Every rule has a resume line written for this test with the exact span text, label and polarity it must
give (worked out from the pattern: from the first to the last token the rule requires), and near-miss
lines that must stay silent for a label.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

SERVING = "PROD.SERVING"
EXP = "PROD.ONLINE_EXP"
CICD = "PROD.CICD"
DIST = "PROD.DIST_TRAIN"
FS = "PROD.FEATURE_STORE"
OPT = "PROD.INFER_OPT"
MON = "PROD.MONITORING"
PIPE = "PROD.PIPELINE"
INFRA = "PROD.INFRA"
CLOUD = "PROD.CLOUD_ML"
TRACK = "PROD.TRACKING"

# (line, label, span text, polarity)
POSITIVE = [
    # --- P01 serving: batch scoring with its model, its volume or its job noun
    (
        "Nightly batch scoring of the propensity model writes to the CRM.",
        SERVING,
        "batch scoring of the propensity model",
        "asserted",
    ),
    (
        "Batch inference for all 12M policyholders runs on Sunday.",
        SERVING,
        "Batch inference for all 12M",
        "asserted",
    ),
    ("Owned the nightly scoring job behind the marketing lists.", SERVING, "nightly scoring job", "asserted"),
    # --- P14 online experiments
    (
        "The A/B test showed a 3% lift in conversion for the new ranker.",
        EXP,
        "The A/B test",
        "asserted",
    ),
    ("Uplift confirmed in an A/B test across 12 markets.", EXP, "an A/B test", "asserted"),
    ("The A/B test was never run after the reorg.", EXP, "A/B test was never", "negated"),
    ("Conversion up 4% on the checkout widget (A/B validated).", EXP, "A/B validated", "asserted"),
    (
        "Compared the new pricing model against the incumbent for three weeks.",
        EXP,
        "Compared the new pricing model against the incumbent",
        "asserted",
    ),
    (
        "Basket size up 2% compared with the control stores.",
        EXP,
        "compared with the control stores",
        "asserted",
    ),
    (
        "Ran an online holdout test of the ETA model on 10% of orders.",
        EXP,
        "online holdout test",
        "asserted",
    ),
    ("Revenue lift measured in a holdout-controlled rollout.", EXP, "holdout-controlled rollout", "asserted"),
    (
        "Live test of the recommendation widget on the homepage lifted clicks by 5%.",
        EXP,
        "Live test of the recommendation widget",
        "asserted",
    ),
    ("Tracked guardrail metrics for every ranking launch.", EXP, "guardrail metrics", "asserted"),
    (
        "Moved from shadow traffic to a 50/50 split after two weeks.",
        EXP,
        "shadow traffic to a 50/50 split",
        "asserted",
    ),
    (
        "Shadow-mode comparison of the new fraud scorer against live decisions.",
        EXP,
        "Shadow-mode",
        "asserted",
    ),
    ("Dark-launched the search ranker to 5% of sessions.", EXP, "Dark-launched", "asserted"),
    # --- P08 CI/CD for models
    (
        "Wired GitHub Actions to lint, test and push the scoring image on each release.",
        CICD,
        "GitHub Actions to lint, test and push the scoring",
        "asserted",
    ),
    (
        "Set up GitHub Actions that retrain, evaluate and open a PR with the new model card.",
        CICD,
        "GitHub Actions that retrain, evaluate and open a PR with the new model",
        "asserted",
    ),
    ("Moved from Jenkins to GitHub Actions for model builds.", CICD, "GitHub Actions for model", "asserted"),
    (
        "GITHUB ACTIONS CI FOR MODEL TESTS, PROMOTION ON GREEN BUILDS.",
        CICD,
        "GITHUB ACTIONS CI FOR MODEL",
        "asserted",
    ),
    ("Basic knowledge of CI/CD for machine learning projects.", CICD, "CI/CD for machine learning", "hedged"),
    (
        "Models are promoted through the registry with automated checks.",
        CICD,
        "promoted through the registry",
        "asserted",
    ),
    (
        "Introduced a staged model promotion process across dev, staging and prod.",
        CICD,
        "staged model promotion process",
        "asserted",
    ),
    ("Rollbacks take under a minute with one command.", CICD, "Rollbacks take under a minute", "asserted"),
    ("Shadow-deployed the pricing model for a month before cut-over.", CICD, "Shadow-deployed", "asserted"),
    (
        "Ran a canary for each new model version on 2% of traffic.",
        CICD,
        "canary for each new model",
        "asserted",
    ),
    ("Started with a 5% canary, then full traffic.", CICD, "5% canary", "asserted"),
    # --- P12 distributed training
    (
        "Scaled the ranking model training to 32 GPUs with FSDP.",
        DIST,
        "Scaled the ranking model training to 32 GPUs with FSDP",
        "asserted",
    ),
    (
        "Ran hyper-parameter sweeps with Ray Tune across a 16-node cluster.",
        DIST,
        "sweeps with Ray Tune across a 16-node",
        "asserted",
    ),
    (
        "Sharded the embedding table across 8 nodes with TorchRec.",
        DIST,
        "Sharded the embedding table across 8 nodes",
        "asserted",
    ),
    ("Hands-on with multi-node training on TPU pods.", DIST, "multi-node training", "asserted"),
    ("Maintained the shared Slurm cluster of 64 A100s.", DIST, "cluster of 64 A100s", "asserted"),
    (
        "Moved the research training jobs to SkyPilot across two clouds.",
        DIST,
        "training jobs to SkyPilot",
        "asserted",
    ),
    # --- P04 feature stores
    (
        "Computed online features for driver ETA in Flink; served from Redis.",
        FS,
        "online features for driver ETA in Flink",
        "asserted",
    ),
    ("Feast online store (Redis) for rider features, 4 ms lookups.", FS, "Feast online store", "asserted"),
    (
        "Writes them to the online store so scoring sees the same values.",
        FS,
        "Writes them to the online store",
        "asserted",
    ),
    ("Participated in the feature-store rollout across squads.", FS, "feature-store rollout", "attributed"),
    ("Added a Postgres online-store provider to Feast.", FS, "Postgres online-store", "asserted"),
    (
        "Defined the feature views for the loyalty models in Tecton.",
        FS,
        "feature views for the loyalty models in Tecton",
        "asserted",
    ),
    ("Snowflake tasks rebuild the customer feature table every hour.", FS, "feature table every", "asserted"),
    (
        "Removed a long-standing training-serving mismatch in the pricing features.",
        FS,
        "training-serving mismatch",
        "asserted",
    ),
    ("1,800 features served online to 30 models.", FS, "features served online", "asserted"),
    # --- P11 inference optimisation
    (
        "Reduced p95 latency from 90 ms to 30 ms using TensorRT.",
        OPT,
        "Reduced p95 latency from 90 ms to 30 ms using TensorRT",
        "asserted",
    ),
    (
        "Enabled torch.compile on the ranker, cutting inference cost 30%.",
        OPT,
        "Enabled torch.compile",
        "asserted",
    ),
    ("Served it with CTranslate2 in INT8.", OPT, "Served it with CTranslate2", "asserted"),
    ("Cut p99 by batching lookups to the embedding store.", OPT, "by batching", "asserted"),
    ("Cost per 1k predictions halved after batching.", OPT, "after batching", "asserted"),
    (
        "Interested in model compression and inference optimisation.",
        OPT,
        "model compression and inference optimisation",
        "hedged",
    ),
    (
        "My part was the wake-word model and its on-device quantisation.",
        OPT,
        "on-device quantisation",
        "asserted",
    ),
    (
        "Optimised the speech model for on-device inference.",
        OPT,
        "Optimised the speech model for on-device inference",
        "asserted",
    ),
    (
        "Pruned and quantised the pallet detector to fit in 2 GB.",
        OPT,
        "Pruned and quantised the pallet detector",
        "asserted",
    ),
    (
        "GPU memory down from 26 GB to 8 GB with INT4 weights.",
        OPT,
        "GPU memory down from 26 GB to 8 GB with INT4 weights",
        "asserted",
    ),
    ("Whisper distillation for low-resource dialects.", OPT, "Whisper distillation", "asserted"),
    # --- P09 monitoring
    ("Error-budget policy for the ranking API.", MON, "Error-budget policy", "asserted"),
    (
        "Did the monitoring of drift with Evidently and send alert to the Slack channel.",
        MON,
        "monitoring of drift with Evidently and send alert to",
        "asserted",
    ),
    ("Models were never monitored after hand-off.", MON, "never monitored after hand", "negated"),
    (
        "Added a weekly Kolmogorov-Smirnov check on its inputs.",
        MON,
        "Kolmogorov-Smirnov check on its inputs",
        "asserted",
    ),
    (
        "Added a delayed-label quality monitor for the fraud model.",
        MON,
        "Added a delayed-label quality monitor",
        "asserted",
    ),
    ("Monitoring was owned by the SRE group.", MON, "Monitoring was owned by", "attributed"),
    ("Wrote the runbooks the SREs still use.", MON, "Wrote the runbooks", "asserted"),
    # --- P02 pipelines
    ("Retraining was manual: no scheduler, no registry.", PIPE, "no scheduler", "negated"),
    (
        "The team never had an orchestrator, so scripts ran by hand.",
        PIPE,
        "never had an orchestrator",
        "negated",
    ),
    ("The forecast has never been automated.", PIPE, "never been automated", "negated"),
    ("Cut training pipeline runtime from 6 h to 50 min.", PIPE, "training pipeline runtime", "asserted"),
    ("Metaflow flows for churn training, six steps.", PIPE, "Metaflow flows for", "asserted"),
    ("Airflow schedules the scoring job hourly.", PIPE, "schedules the scoring job", "asserted"),
    (
        "Replaced spreadsheets with a Prefect-orchestrated scoring flow.",
        PIPE,
        "Prefect-orchestrated scoring",
        "asserted",
    ),
    ("Orchestrated their nightly runs on AWS Batch.", PIPE, "Orchestrated their nightly runs", "asserted"),
    ("Wrote the Kubernetes CronJob that refreshes the embeddings index.", PIPE, "CronJob", "asserted"),
    ("DAGs owned by the data engineering team.", PIPE, "DAGs owned by", "attributed"),
    ("70 Argo Workflows for training and scoring.", PIPE, "Argo Workflows for", "asserted"),
    # --- P07 infrastructure
    (
        "Helm charts and Kustomize overlays for 11 model services.",
        INFRA,
        "Helm charts and Kustomize overlays for 11 model services",
        "asserted",
    ),
    (
        "Terraform modules for the SageMaker endpoints and IAM roles.",
        INFRA,
        "Terraform modules for the SageMaker endpoints",
        "asserted",
    ),
    (
        "Saved $50k a month by moving embedding jobs to preemptible GPUs.",
        INFRA,
        "preemptible GPUs",
        "asserted",
    ),
    ("Metaflow flow runs on AWS Batch.", INFRA, "on AWS Batch", "asserted"),
    (
        "Moved the embedding service onto KEDA-driven autoscaling.",
        INFRA,
        "KEDA-driven autoscaling",
        "asserted",
    ),
    ("Inference workers scale to zero at night.", INFRA, "scale to zero", "asserted"),
    ("The platform team manages the cluster.", INFRA, "team manages the cluster", "attributed"),
    (
        "Infrastructure (Terraform, EKS) was owned by DevOps.",
        INFRA,
        "Infrastructure (Terraform, EKS) was owned by",
        "attributed",
    ),
    ("Could be scaled on Kubernetes with more time.", INFRA, "scaled on Kubernetes", "hypothetical"),
    (
        "Packaged with Docker-based model packaging and health checks.",
        INFRA,
        "Docker-based model packaging",
        "asserted",
    ),
    # --- P10 cloud ML platforms
    (
        "Deployed the claims model to an Azure ML managed online endpoint.",
        CLOUD,
        "Deployed the claims model to an Azure ML managed online endpoint",
        "asserted",
    ),
    (
        "Operationalised the credit model on SageMaker.",
        CLOUD,
        "Operationalised the credit model on SageMaker",
        "asserted",
    ),
    (
        "Rebuilt the recommendation stack on Vertex AI.",
        CLOUD,
        "Rebuilt the recommendation stack on Vertex AI",
        "asserted",
    ),
    ("Some exposure to SAS Viya model deployment.", CLOUD, "Viya model deployment", "hedged"),
    ("Upskilling in cloud deployment on weekends.", CLOUD, "cloud deployment", "learning"),
    # --- P03 tracking
    ("Retraining was manual: no scheduler, no registry.", TRACK, "no registry", "negated"),
    # --- rules whose span another rule may lengthen in other lines
    ("Our releases follow a GitOps release workflow.", CICD, "GitOps release", "asserted"),
    (
        "Centralised feature definitions in Tecton for the pricing models.",
        FS,
        "feature definitions in Tecton",
        "asserted",
    ),
    (
        "Sparked adoption of a shared feature store across the lending teams.",
        FS,
        "Sparked adoption of a shared feature store",
        "asserted",
    ),
    (
        "Drift alerts routed to PagerDuty for the fraud endpoints.",
        MON,
        "alerts routed to PagerDuty for the fraud endpoints",
        "asserted",
    ),
    ("Cut GPU cost 30% by using instance spot for training.", INFRA, "instance spot", "asserted"),
    (
        "The model ran on infrastructure managed by a separate MLOps team.",
        INFRA,
        "infrastructure managed by",
        "attributed",
    ),
    # SageMaker/Vertex/Azure ML pipelines are cloud-ML components; what they schedule is pipeline work
    (
        "Retrained weekly through SageMaker Pipelines.",
        PIPE,
        "Retrained weekly through SageMaker Pipelines",
        "asserted",
    ),
    ("Basic grounding in Azure ML pipelines.", CLOUD, "Azure ML pipelines", "hedged"),  # a hedge cue
    # "on" counts for edge serving only in "on-device"
    ("Shipped on-device inference for the keyboard model.", SERVING, "on-device inference", "asserted"),
    ("Led the edge deployment across 40 plants.", SERVING, "edge deployment", "asserted"),
    # a distributed-training framework counts when training runs with or switches to it
    ("Trained the 1.3B code model with DeepSpeed ZeRO-3.", DIST, "with DeepSpeed", "asserted"),
    ("Switched the recommender training to DDP.", DIST, "to DDP", "asserted"),
    # "deployment of the <model>" is serving; on Azure ML it is the cloud-ML span
    ("Helped with deployment of the churn model.", SERVING, "deployment of the churn model", "attributed"),
    (
        "Sandbox-only deployment of the fraud model on Azure ML.",
        CLOUD,
        "deployment of the fraud model on Azure ML",
        "hypothetical",
    ),
    ("The drift monitor was specified but never built.", MON, "drift monitor", "hypothetical"),
]

# (line, labels that must not fire)
NEGATIVE = [
    # a service's name is not serving work
    ("Reviewed the ranking service design with the search team.", (SERVING,)),
    ("Renamed the recommendation service and its dashboards.", (SERVING,)),
    # "batch scoring" alone is a step name; the speed-up is a figure
    ("Made batch scoring 4x faster by vectorising the feature code.", (SERVING,)),
    # teaching or offline comparisons are no online experiment
    ("Taught a statistics course on A/B testing for marketers.", (EXP,)),
    ("Compared three clustering methods against the baseline in a notebook.", (EXP,)),
    # a CI tool (or a person called Jenkins) without a model it builds or tests
    ("Set up GitHub Actions for the company website.", (CICD,)),
    ("Jenkins from accounting approved the budget for new models.", (CICD,)),
    # scaling a team or moving offices is not distributed training
    ("Scaled the team from 4 to 12 engineers.", (DIST,)),
    ("Moved the office to 3 floors.", (DIST,)),
    # distributed-training frameworks listed, and a distilled model used for routing, are tool or LLM mentions
    ("Distributed: Horovod, DeepSpeed, FSDP", (DIST,)),
    ("Routed simple queries to a distilled 3B model.", (OPT,)),
    # an online shop and a podcast are not feature-store work
    ("Built an online store for a bakery with Shopify.", (FS,)),
    ("Featured in a podcast about feature stores.", (FS,)),
    # a compiler used in a lab exercise, with no speed-up or serving, is a tool mention
    ("Used TensorRT in a university lab exercise.", (OPT,)),
    # LLM call tracing is LLM observability; reading a runbook is not owning one
    ("Traced every LLM call with OpenTelemetry into Datadog.", (MON,)),
    ("Read the runbooks before the handover.", (MON,)),
    ("Behaviour documented in the runbook.", (MON,)),
    # a workshop on Kubeflow, and orchestrators listed as skills, are no pipeline work
    ("Attended a workshop on Kubeflow at a conference.", (PIPE,)),
    ("Orchestration: Airflow, Prefect, Dagster, Argo Workflows, Kubeflow Pipelines", ("PROD.",)),
    # Argo CD in a home lab is not an Argo workflow
    ("Building a home lab with k3s and Argo CD.", (PIPE,)),
    # Terraform for a website is not ML infrastructure
    ("Terraform for the marketing website.", (INFRA,)),
    # "worked on deployment" is not edge serving
    ("Worked on deployment of the billing service.", (SERVING,)),
    # registry and monitoring components are named by what they do, not as cloud-ML spans
    ("Registered model versions in the SageMaker Model Registry.", (CLOUD,)),
    ("Watched the Vertex AI Model Monitoring dashboards daily.", (CLOUD,)),
]


@pytest.mark.parametrize(("text", "label", "span", "polarity"), POSITIVE)
def test_rule_gives_span(nlp, text, label, span, polarity):
    assert (label, span, polarity) in evidence(nlp, text)


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE)
def test_near_miss_is_not_tagged(nlp, text, forbidden):
    assert not {label for label in labels(nlp, text) if label.startswith(forbidden)}


def test_a_skills_list_of_orchestrators_stays_tools(nlp):
    text = "Orchestration: Airflow, Prefect, Dagster, Argo Workflows, Kubeflow Pipelines"
    assert not {label for label, _, _ in evidence(nlp, text, section="skills") if label.startswith("PROD.")}
