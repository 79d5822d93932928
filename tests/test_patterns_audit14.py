"""False evidence found by a precision audit of every span recorded on the training resumes (s12, audit 14).

Labels:

* "on call-centre recordings", "on call data", "on call transcripts" name the data a model was trained or
  evaluated on, not an on-call duty (``t14_excl_on_call_as_domain_noun`` removes the monitoring span).
* "Wrote Ansible playbooks" is infrastructure as code, not monitoring runbooks
  (``t14_excl_ansible_playbooks``; the ``PROD.INFRA`` span stays).
* "Triton Inference Server" is a product name: a bare mention is a tool (``TOOL.SERVING``), not a
  serving action; ``inference_service`` no longer takes "server(s)", and "prediction/scoring server" has
  its own rule (``t14_prediction_server``).
* "N a day" / "N per month" without a currency is a count, not a cost: ``money_per_period`` needs a
  currency sign in the number, and ``t14_money_code_per_period`` takes a currency sign or code before it
  ("EUR 110k a year", "€1.3M a year").
* Publishing code on GitHub, or deploying through GitHub Actions, is not a demo host; only GitHub Pages
  is (``demo_host`` no longer takes "github"; ``t14_demo_on_github_pages``).
* "post" alone ("post-processing of ensemble forecasts", "a blog post about the model") is no incident
  review; ``incidents`` no longer takes it and ``t14_post_mortem_ml`` needs "post-mortem".
* A guide, script, library, notebook or report "now used by N teams" / "the team still uses" is no model in
  use (``t14_excl_document_now_used`` removes the serving span).
* A seller-, sales- or campaign-performance dashboard is business reporting, not model monitoring
  (``t14_excl_business_performance_dashboard``).
* Alerts that are a model's output or object ("AML alert triage model", "a model that ranks 3,000 alerts",
  "the gap-alert precision", "fraud alerts") are not alerting on a model (``alerts_on_metric`` no longer
  spans "alert triage/ranking …"; ``t14_excl_alert_as_model_object``, ``t14_excl_domain_alerts``,
  ``t14_excl_model_acts_on_alerts``).
* Knowledge-base or help-centre articles are no publication (``published_paper`` skips them); a merged
  LoRA model served with vLLM is no contribution to vLLM (``t14_excl_merged_model_weights``); building a
  team, a platform or a model "again from scratch" is no deep-learning depth
  (``t14_excl_from_scratch_non_dl``).
* Students someone supervises, mentors, lectures or examines are not the candidate's own coursework
  ("Supervised three MSc theses", "Mentor at a coding bootcamp", "Guest lecturer, … capstone", "Thesis
  committee member") (``t14_excl_supervised_students``, ``t14_excl_teacher_of_students``,
  ``t14_excl_thesis_committee``); the candidate's own thesis "supervised by Dr. X" stays academic.
* "guardrails" of an experiment or a business metric ("margin guardrails", "experiment designs (power,
  guardrails, duration)") are not LLM guardrails (``t14_excl_business_guardrails``,
  ``t14_excl_experiment_guardrails``).
* People the candidate leads ("Led a team of 4 developers and 2 testers", "Head a department of 7
  teachers") are not users; the existing exclusion reached only the first figure
  (``t14_excl_people_led``).
* A year after a month ("in Feb 2024 riders saw no errors") is a date, not a count of users
  (``t14_excl_month_year_as_count``).
* Pupils of a teacher ("taught physics to ~150 students per year") are people acted on, not users of a
  system (``t14_excl_teaching_figures``).

Polarity:

* "no-show(s)" is a domain word (appointments, bookings), not a negation (``t14_pseudo_no_show``).
* "actual vs expected", "against expected", "expected credit loss" are comparisons and a risk measure, not
  a target figure (``t14_pseudo_expected_as_comparison``, ``t14_pseudo_expected_loss``).
* "works on my laptop" is the idiom for an environment mismatch, not a demo host
  (``t14_excl_works_on_my_machine``, ``t14_pseudo_works_on_my_machine``).
* Migrating *off* Heroku or laptops is moving to real infrastructure (``t14_pseudo_migrated_off_demo_host``).
* "as there was no (separate) ML engineering team, I also deployed …" says who did the work, it does not
  negate it (``t14_pseudo_no_ml_team_so_i``).
* "our team channel" is where alerts go, not other people doing the work (``t14_pseudo_our_team_channel``).

The lines are our own phrasings of the kinds of line found, with near misses that must keep their evidence.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded

# -- on call as a domain noun ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Evaluated two speech-to-text models on call-centre recordings from the Lisbon office",
        "Trained a churn classifier on call detail records and top-up history",
        "Topic modelling on call center transcripts to find the main complaint drivers",
        "Fine-tuned the intent model on call transcripts labelled by the QA team",
    ],
)
def test_on_call_data_is_no_on_call_duty(nlp, text):
    assert "PROD.MONITORING" not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On call for the recommendation service one week in five", "On call for the recommendation service"),
        ("Part of the on-call rotation for the pricing models", "on-call rotation for the pricing models"),
        ("Ran the fraud scorer on call for two years", "on call"),
    ],
)
def test_on_call_duty_stays_monitoring(nlp, text, span):
    assert ("PROD.MONITORING", span, "asserted") in evidence(nlp, text)


# -- Ansible playbooks ----------------------------------------------------------------------------------


def test_ansible_playbooks_are_infrastructure_not_runbooks(nlp):
    found = evidence(nlp, "Wrote Ansible playbooks to patch the GPU nodes")
    assert ("PROD.INFRA", "Wrote Ansible playbooks", "asserted") in found
    assert "PROD.MONITORING" not in {label for label, _, _ in found}


def test_incident_runbooks_stay_monitoring(nlp):
    assert ("PROD.MONITORING", "Wrote the runbooks", "asserted") in evidence(
        nlp, "Wrote the runbooks for the scoring service incidents"
    )


# -- Triton Inference Server is a product name ---------------------------------------------------------


def test_triton_inference_server_named_is_a_tool(nlp):
    text = "Tech: PyTorch, Triton Inference Server, Redis"
    assert "PROD.SERVING" not in labels(nlp, text)
    assert ("TOOL.SERVING", "Triton Inference Server", "asserted") in recorded(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Wrote the scoring service in Go", "scoring service"),
        ("Rewrote the prediction server in Go", "prediction server"),
        ("Served the detector on Triton Inference Server", "Served the detector on Triton Inference"),
    ],
)
def test_serving_work_stays_serving(nlp, text, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, text)


# -- a count per period is no cost ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The claims model scores every new claim (~2,500 a day) and flags the suspicious ones",
        "Handled ad-hoc data requests from the risk team (about 15 per month)",
        "Cut failed nightly runs from ~6 to ~1 per month",
    ],
)
def test_counts_per_period_are_no_cost(nlp, text):
    assert "MEAS.COST" not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Replaced the vendor OCR with our own model, saving EUR 140k a year in fees", "EUR 140k a year in"),
        ("Our own OCR model replaced a vendor licence worth €1.2M a year", "€1.2M a year"),
        ("Kept the GPU spend at ~£6k/month", "~£6k/month"),
    ],
)
def test_money_per_period_with_a_currency_is_cost(nlp, text, span):
    assert ("MEAS.COST", span, "asserted") in evidence(nlp, text)


# -- guardrails of experiments and business metrics ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Canary rollout of the pricing model with automatic rollback on margin guardrails",
        "Reviewed experiment designs every sprint (power, guardrails, duration) before launch",
        "Dashboard of business guardrails (conversion, returns) next to the model scores",
    ],
)
def test_experiment_and_business_guardrails_are_no_llm_guardrails(nlp, text):
    assert "LLM.GUARDRAILS" not in labels(nlp, text)


def test_llm_guardrails_stay(nlp):
    assert ("LLM.GUARDRAILS", "Guardrails", "asserted") in evidence(
        nlp, "Guardrails: PII masking before logging and a refusal when the answer needs a claims decision"
    )


# -- dates and pupils are no users ---------------------------------------------------------------------


def test_a_month_and_year_is_no_user_count(nlp):
    text = "During the cache outage in March 2023 riders still got an estimate from the fallback"
    assert "MEAS.USERS" not in labels(nlp, text)


def test_a_user_count_after_in_stays(nlp):
    assert ("MEAS.USERS", "for 2000 riders", "asserted") in evidence(
        nlp, "The ETA model now answers for 2000 riders in Lisbon"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Taught mathematics to secondary-school classes (about 140 students a year)",
        "Teaching: tutorials for Signals and Systems (around 90 students per year)",
    ],
)
def test_pupils_are_no_users(nlp, text):
    found = labels(nlp, text)
    assert "MEAS.USERS" not in found
    assert "MEAS.THROUGHPUT" not in found


# -- polarity: no-show, expected, works on my laptop, migrating off a demo host, team channel ------------


def test_no_shows_are_not_a_negation(nlp):
    assert ("MEAS.BUSINESS", "cut no-shows by 12%", "asserted") in evidence(
        nlp, "The reminder model cut no-shows by 12% across the dental clinics"
    )


def test_a_real_negation_stays(nlp):
    assert ("PROD.SERVING", "model was not deployed", "negated") in evidence(
        nlp, "The churn model was not deployed after the reorganisation"
    )


def test_actual_vs_expected_is_no_target(nlp):
    assert ("MEAS.USERS", "used by around 300 staff", "asserted") in evidence(
        nlp, "Power BI suite for ward occupancy (length of stay against expected), used by around 300 staff"
    )


def test_an_expected_saving_stays_hypothetical(nlp):
    assert ("MEAS.COST", "cut serving cost by 30%", "hypothetical") in evidence(
        nlp, "Wrote a batching plan expected to cut serving cost by 30%"
    )


def test_works_on_my_laptop_is_no_demo(nlp):
    text = 'Shipped one container image for training and serving, which ended the "works on my laptop" bugs'
    assert "NB.DEMO_DEPLOY" not in labels(nlp, text)


def test_a_model_on_my_laptop_stays_a_demo(nlp):
    assert ("NB.DEMO_DEPLOY", "on my laptop", "demo") in evidence(
        nlp, "The sentiment app runs on my laptop for the class demo"
    )


def test_migrating_off_heroku_is_no_demo(nlp):
    found = recorded(nlp, "On-call rotation; led the move from Heroku to AWS ECS for the booking API")
    assert ("PROD.MONITORING", "On-call rotation", "asserted") in found
    assert ("TOOL.INFRA", "ECS", "asserted") in found


def test_a_heroku_app_stays_a_demo(nlp):
    assert ("NB.DEMO_DEPLOY", "deployed it on Heroku", "demo") in evidence(
        nlp, "Trained a sentiment classifier and deployed it on Heroku"
    )


def test_our_team_channel_is_no_attribution(nlp):
    assert ("PROD.MONITORING", "alerts go to our team channel and the on-call", "asserted") in evidence(
        nlp, "Drift checks run nightly; alerts go to our team channel and the on-call phone"
    )


def test_our_team_doing_the_work_stays_attributed(nlp):
    assert ("PROD.SERVING", "deployed the model", "attributed") in evidence(
        nlp, "Our team deployed the model to the claims system"
    )


# -- GitHub is no demo host unless it is GitHub Pages ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Every model version is deployed through GitHub Actions to the EKS cluster after the tests pass",
        "Re-indexing runs on each docs deploy through a GitHub Action",
        "Published the training code and the weights on GitHub under the MIT licence",
    ],
)
def test_github_is_no_demo_host(nlp, text):
    assert "NB.DEMO_DEPLOY" not in labels(nlp, text)


def test_github_pages_stays_a_demo_host(nlp):
    assert ("NB.DEMO_DEPLOY", "Hosted the classifier demo on GitHub Pages", "demo") in evidence(
        nlp, "Hosted the classifier demo on GitHub Pages"
    )


# -- "post" alone is no post-mortem ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Statistical post-processing of ensemble rainfall forecasts with neural networks",
        "Wrote a blog post about our pricing model",
    ],
)
def test_post_alone_is_no_incident_review(nlp, text):
    assert "PROD.MONITORING" not in labels(nlp, text)


def test_a_model_post_mortem_stays_monitoring(nlp):
    assert ("PROD.MONITORING", "post-mortem for the pricing model", "asserted") in evidence(
        nlp, "Wrote the post-mortem for the pricing model outage"
    )


# -- documents and code "now used by N" are no model in use --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wrote the lab's data-loading scripts for the speech corpus, now used by three other students",
        "Wrote the internal guide to GPU jobs on the cluster, now used by 40 researchers",
        "Built the team's experiment analysis library (sequential tests), still used by five teams",
    ],
)
def test_documents_now_used_are_no_serving(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)


def test_a_platform_now_used_stays_serving(nlp):
    assert ("PROD.SERVING", "now used by 12", "asserted") in evidence(
        nlp, "Built the shared model serving platform on GKE, now used by 12 teams"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Built the churn-analysis notebooks that the CRM team still uses for its monthly review",
        "Wrote the cohort report the finance team now uses to plan the budget",
    ],
)
def test_notebooks_and_reports_in_use_are_no_serving(nlp, text):
    assert "PROD.SERVING" not in labels(nlp, text)


# -- business performance dashboards are no model monitoring --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Built the store-performance dashboard the regional managers review every Monday",
        "Created a campaign performance dashboard in Looker for the paid-social team",
    ],
)
def test_business_performance_dashboards_are_no_monitoring(nlp, text):
    assert "PROD.MONITORING" not in labels(nlp, text)


def test_a_model_performance_dashboard_stays_monitoring(nlp):
    text = "Built the model performance dashboard for the churn models with alerts on recall drops"
    span = "Built the model performance dashboard for the churn models with alerts on recall"
    assert ("PROD.MONITORING", span, "asserted") in evidence(nlp, text)


# -- alerts a model produces or ranks are no monitoring --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebuilt the AML alert-ranking model in LightGBM for the compliance team",
        "Trained a model that triages 2,000 sanctions alerts a day for the investigators",
        "Roll the new version out to every store if the shelf-alert precision holds for a week",
        "Cut the number of fraud alerts sent to analysts with a better threshold",
    ],
)
def test_alerts_as_model_output_are_no_monitoring(nlp, text):
    assert "PROD.MONITORING" not in labels(nlp, text)


def test_alert_triage_model_keeps_the_drift_monitoring_beside_it(nlp):
    found = evidence(nlp, "Sanctions alert triage model, PSI-based drift monitoring, monthly retrain.")
    assert ("PROD.MONITORING", "PSI-based drift", "asserted") in found


def test_alerts_on_a_model_stay_monitoring(nlp):
    assert ("PROD.MONITORING", "alerts on the churn model's input features", "asserted") in evidence(
        nlp, "Added drift alerts on the churn model's input features"
    )


# -- publications and foundation depth -------------------------------------------------------------------


def test_knowledge_base_articles_are_no_publication(nlp):
    assert "RES.PUB" not in labels(nlp, "Wrote the knowledge-base articles for the help desk")


def test_a_paper_stays_a_publication(nlp):
    assert ("RES.PUB", "Co-authored an ACL 2023 paper", "asserted") in evidence(
        nlp, "Co-authored an ACL 2023 paper on low-resource tagging"
    )


def test_a_merged_model_served_with_vllm_is_no_contribution(nlp):
    assert "FOUND.DL_DEPTH" not in labels(nlp, "Served the merged model with vLLM on two A10 GPUs")


@pytest.mark.parametrize(
    "text",
    [
        "Built the churn model again from scratch with gradient boosting",
        "Built the analytics team from scratch and hired five analysts",
    ],
)
def test_from_scratch_without_deep_learning_is_no_depth(nlp, text):
    assert "FOUND.DL_DEPTH" not in labels(nlp, text)


def test_a_transformer_from_scratch_stays_depth(nlp):
    assert ("FOUND.DL_DEPTH", "Implemented a small transformer from scratch", "asserted") in evidence(
        nlp, "Implemented a small transformer from scratch in PyTorch"
    )


def test_no_ml_team_so_i_did_it_is_no_negation(nlp):
    text = "Trained the model and, as there was no ML engineering team yet, also wrote its nightly batch job"
    assert ("PROD.DATA_ENG", "wrote its nightly batch job", "asserted") in evidence(nlp, text)


def test_a_model_never_deployed_stays_negated(nlp):
    found = evidence(nlp, "The pricing model was never deployed because the project was cancelled")
    assert {polarity for label, _, polarity in found if label == "PROD.SERVING"} == {"negated"}


# -- students someone else teaches are no coursework of the candidate -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Supervised four master students in their thesis work on speech enhancement",
        "Mentor at a Lisbon coding bootcamp for career changers (evenings)",
        "Guest lecturer, School of Computing (Applied ML capstone), 2021-2023",
        "Thesis committee member for three PhD candidates in robotics",
    ],
)
def test_other_peoples_coursework_is_no_academic_evidence(nlp, text):
    found = labels(nlp, text)
    assert "NB.ACADEMIC" not in found
    assert "NB.COURSE" not in found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("MSc thesis on weakly supervised segmentation of satellite images", "MSc thesis"),
        ("Honours dissertation on speech denoising, supervised by Dr. Lee", "dissertation"),
        ("Honours dissertation on speech denoising, supervised by Dr. Lee", "supervised by Dr."),
    ],
)
def test_own_thesis_stays_academic(nlp, text, span):
    assert ("NB.ACADEMIC", span, "asserted") in evidence(nlp, text)


# -- people led are no users -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Led a team of 3 developers and 2 testers from a nearshore partner",
        "Head a department of 9 teachers at a sixth-form college",
    ],
)
def test_people_led_are_no_users(nlp, text):
    assert "MEAS.USERS" not in labels(nlp, text)


def test_users_of_the_teams_system_stay(nlp):
    assert ("MEAS.USERS", "2M users a day", "asserted") in evidence(
        nlp, "Led a team of 5 ML engineers whose ranking service serves 2M users a day"
    )
