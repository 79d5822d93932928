"""Rule fixes of session 20, from the thirteenth probe of public resumes (40 real resumes, labels frozen
before the tool ran).

* A figure written with an approximation sign glued to it ("Claude Enterprise for ~150 users", "~220k QPS",
  "~8 ms") was no figure: the tokenizer keeps "~150" one token and the figure patterns wanted a bare number.
  The number tokens of ``measures.jsonl`` now accept a leading ``~`` or ``≈``, as some already did. 39 corpus
  figures came back with it ("~2.1M customers", "~4,500 TPS").
* "Managing the implementation and optimization of … prediction models in production environments" is a
  responsibility, no mechanism: vague (``t20_vague_managing_the_implementation_of``; taxonomy §6.8). A figure
  in the line keeps it concrete; a manager's "Managed the deployment of the fraud model to SageMaker serving
  2k QPS" keeps its serving.
* The title of a course or workshop in quotes ("the two-day workshop "ML from PoC to Production"") is no work
  done (``t20_excl_quoted_course_title``), as what a taught course covers is not (``t19``).
* A guide or tutorial "now used by 30+ researchers" is a document in use, no model served
  (``t20_excl_document_now_used_by``); "the ranking service, now used by 40 teams" is still serving.
* "Current Role" and "Selected Impact" head work done in jobs: experience sections. A bare "IMPACT" stays a
  project name (a template's project list has one).
* A model "in daily use", "remains in sponsor use", a tool "in production use" is a model in use
  (``t20_model_in_daily_use``); a dashboard in daily use is not, and "not in production use" stays negated.
* "Featured Project — Master's Thesis" is a projects heading with a subtitle: before, the page's projects
  landed in its header and a headline claim had "0 lines of work" (``unclear``, not ``inflated``).

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded

from resume_lens.figures import parse_figure
from resume_lens.screener import Screener
from resume_lens.sections import heading_name

FIGURES = [
    ("Claude Enterprise for ~150 users.", "MEAS.USERS", "for ~150 users", 150, "users"),
    ("Ranking service at ~220k QPS.", "MEAS.THROUGHPUT", "~220k QPS", 220_000, "throughput"),
    ("Cut p50 latency to ~8 ms.", "MEAS.LATENCY", "p50 latency to ~8 ms", 8, "latency"),
    ("Churn scores for ~2.1M customers.", "MEAS.USERS", "for ~2.1M customers", 2_100_000, "users"),
    ("Fraud model at \u22484,500 TPS.", "MEAS.THROUGHPUT", "\u22484,500 TPS", 4_500, "throughput"),
]


@pytest.mark.parametrize(("text", "label", "words", "value", "kind"), FIGURES)
def test_a_figure_with_an_approximation_sign_is_a_figure(nlp, text, label, words, value, kind):
    assert (label, words, "asserted") in evidence(nlp, text)
    figure = parse_figure(words, label)
    assert figure is not None and figure.value == value and figure.kind == kind


def test_managing_the_implementation_of_models_in_production_is_vague(nlp):
    text = (
        "Managing the implementation and optimization of worldwide demand and supply prediction models in "
        "production environments."
    )
    assert ("PROD.SERVING", "models in production", "vague") in recorded(nlp, text)
    assert "PROD.SERVING" not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Managed the deployment of the fraud model to SageMaker serving 2k QPS.",
            "deployment of the fraud model",
        ),
        ("Overseeing the rollout of the ranking model to production; it serves 3k requests/s.", None),
    ],
)
def test_a_figure_or_a_mechanism_keeps_managed_work_concrete(nlp, text, span):
    found = evidence(nlp, text)
    if span is not None:
        assert ("PROD.SERVING", span, "asserted") in found
    assert not [s for s in recorded(nlp, text) if s[2] == "vague"]


def test_a_quoted_course_title_is_no_work(nlp):
    text = 'I also run the two-day workshop "ML from PoC to Production" that Isarwerk offers to clients.'
    assert not recorded(nlp, text)
    text = (
        "Onboarding: a two-day course \u201cFrom notebook to production at Banco Meseta\u201d for new hires."
    )
    assert not {label for label, _, _ in recorded(nlp, text) if label.startswith("PROD.")}


def test_a_guide_now_used_by_people_is_no_serving(nlp):
    text = (
        "Wrote the institute's internal guide to running PyTorch jobs on the national supercomputer (job "
        "arrays, checkpointing, mixed precision), now used by 30+ researchers."
    )
    assert "PROD.SERVING" not in labels(nlp, text)


def test_a_service_now_used_by_teams_is_still_serving(nlp):
    found = evidence(nlp, "Built the ranking service, now used by 40 teams.")
    assert ("PROD.SERVING", "service, now used", "asserted") in found
    assert ("MEAS.USERS", "used by 40 teams", "asserted") in found


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Current Role", "experience"),
        ("CURRENT POSITION", "experience"),
        ("Selected Impact", "experience"),
        ("Key Impact:", None),  # a sub-label inside a project or a job (a review found it cut jobs in two)
        ("IMPACT", None),  # a project of that name in a template's project list
        # a projects heading with a short subtitle after a spaced dash
        ("Featured Project \u2014 Master's Thesis", "projects"),
        ("Key Project \u2013 Medical Imaging", "projects"),
        ("Machine Learning Engineer \u2014 Acme", None),  # no projects heading before the dash
        ("Projects \u2014 2021", None),  # dated
        ("Personal Projects \u2013 vision, speech and language work from my degree", None),  # a sentence
    ],
)
def test_current_role_and_selected_impact_are_experience(line, name):
    assert heading_name(line) == name


SUBTITLED_PROJECTS = """Sam Lindqvist
Machine Learning Engineer | Computer Vision

Featured Project \u2014 Master's Thesis
Gesture generation for virtual listeners
- Trained a transformer with a VQ-VAE tokenizer on a public dyadic-conversation dataset
- Evaluated with FID and a user study (82% of raters recognised the intended trait)

Key Project \u2014 Medical Imaging
Brain tumour segmentation
- Trained a 3D U-Net in MONAI on the BraTS dataset and reported the mean Dice on the validation split
- Compared loss functions in a Jupyter notebook

Skills
PyTorch, MONAI, OpenCV, Streamlit, Docker
"""


def test_subtitled_project_headings_give_the_claim_its_lines_of_work():
    assessment = Screener().assess_text(SUBTITLED_PROJECTS)
    headline = assessment.claims[0]
    assert (headline.title, headline.source) == ("Machine Learning Engineer", "headline")
    assert {e["section"] for e in headline.evidence if e["category"] == "notebook"} == {"projects"}
    # rubric §3: four lines of work, all of them training runs, offline metrics and notebooks
    assert headline.verdict == "inflated"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The forecasting model is in daily use by the planners.", "model is in daily use"),
        ("The GREEN TEA model remains in sponsor use.", "model remains in sponsor use"),
        ("The triage tool remains in production use at two hospitals.", "tool remains in production use"),
    ],
)
def test_a_model_in_daily_use_is_serving(nlp, text, span):
    assert ("PROD.SERVING", span, "asserted") in evidence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The dashboard is in daily use by sales.",
        "My thesis remains in use as a reference.",
        "Models are not in production use yet.",
    ],
)
def test_what_is_no_model_in_use(nlp, text):
    assert not [s for s in evidence(nlp, text) if s[0] == "PROD.SERVING" and s[2] == "asserted"]


# A review of the first cut of these rules (session 17): each line keeps its production work.
@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            'Deployed the scoring module "riskd" as a gRPC service on Kubernetes.',
            "PROD.SERVING",
            'Deployed the scoring module "riskd" as a gRPC service',
        ),
        (
            'Automated model training "nightly" with Airflow and deployed models to SageMaker endpoints.',
            "PROD.PIPELINE",
            'Automated model training "nightly" with Airflow',
        ),
        (
            "Built the clinical notes summariser model and deployed it behind an API, now used by 500 GPs.",
            "PROD.SERVING",
            "model and deployed it behind an API",
        ),
        (
            "Wrote the deployment guide and deployed the NER model behind a REST API, now used by 3 teams.",
            "PROD.SERVING",
            "deployed the NER model behind a REST API",
        ),
        (
            "Managed the deployment of the fraud model to production with canary releases and auto rollback.",
            "PROD.SERVING",
            "deployment of the fraud model",
        ),
        (
            "Oversaw the development of the churn model, deployed on Kubernetes with Argo CD.",
            "PROD.CICD",
            "deployed on Kubernetes with Argo CD",
        ),
    ],
)
def test_production_work_beside_a_quote_a_document_or_a_manager_verb_stays(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)
