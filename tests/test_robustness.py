"""Robustness of the shipped model to the tricks issue 4 names, on real corpus resumes (``Screener`` API).

Base resumes, all labelled ``inflated`` in ``corpora/resumes/labels.csv``:

* ``a_002_retail_analyst_headline.txt`` — headline-only "Machine Learning Engineer" claim over
  analyst work (dashboards, a Jupyter model, Kaggle); its PROFILE is the summary;
* ``a_005_startup_intern.txt`` — "Machine Learning Engineer Intern" position whose bullets are
  CIFAR/PlantVillage accuracy in Colab and slides; its OBJECTIVE is the summary;
* ``a_012_bank_credit.txt`` — "ML Engineer" position of credit-risk models in Jupyter with only
  hedged production mentions; its PERSONAL STATEMENT is the summary.

Rubric §2: a bare skills list is never evidence; rubric §3: generic "production-ready" words in
the summary that no bullet backs leave the claim ``inflated``.
"""

from __future__ import annotations

import json

import pytest

from resume_lens import Screener
from resume_lens.labels import read_labels
from resume_lens.segment import segment

INFLATED_BASES = ("a_002_retail_analyst_headline.txt", "a_005_startup_intern.txt", "a_012_bank_credit.txt")

#: 40 MLOps tools, none of them used in any bullet of the base resumes.
MLOPS_TOOLS = (
    "Kubernetes", "Helm", "Terraform", "MLflow", "Kubeflow", "Airflow", "Argo Workflows", "Prefect",
    "Dagster", "SageMaker", "Vertex AI", "Azure ML", "BentoML", "KServe", "Seldon Core", "TorchServe",
    "Triton Inference Server", "Ray Serve", "TensorFlow Serving", "Feast", "Tecton", "Great Expectations",
    "Evidently AI", "WhyLabs", "Prometheus", "Grafana", "Datadog", "Jenkins", "GitHub Actions", "GitLab CI",
    "Argo CD", "DVC", "Weights & Biases", "Neptune.ai", "ONNX Runtime", "TensorRT", "vLLM", "Kafka",
    "Docker", "Istio",
)  # fmt: skip

#: Summary heading of each base resume, after which the buzzword sentence is inserted.
SUMMARY_HEADINGS = {
    "a_002_retail_analyst_headline.txt": "PROFILE",
    "a_005_startup_intern.txt": "OBJECTIVE",
    "a_012_bank_credit.txt": "PERSONAL STATEMENT",
}
BUZZWORDS = "Production-ready, scalable, end-to-end machine learning systems from idea to deployment."

#: A concrete production bullet (serving, scale, latency, monitoring, retraining: rubric §2).
PRODUCTION_BULLET = (
    "Deployed the classifier as a FastAPI service on Kubernetes behind the ordering app, serving "
    "20,000 predictions a day at p95 latency 80 ms, with drift monitoring and weekly automated retraining."
)
#: Where the bullet goes in the claim's own scope: after this line, with this bullet marker.
CLAIM_BULLET_AFTER = {
    # headline claim: judged on all experience (rubric §3); the bullet joins the newest position
    "a_002_retail_analyst_headline.txt": (
        "- Performed customer segmentation (RFM + k-means) for the loyalty team.\n",
        "- ",
    ),
    # position claim: the bullet joins the claimed position itself
    "a_005_startup_intern.txt": (
        "  • Cleaned and labelled around 1,200 farm photos for the data team.\n",
        "  • ",
    ),
}


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()


@pytest.fixture(scope="module")
def corpus_text(corpus_dir):
    labels = {r.file: r.resume_label for r in read_labels(corpus_dir / "labels.csv")}

    def read(name: str) -> str:
        assert labels[name] == "inflated", f"{name} is no longer labelled inflated; pick another base"
        return (corpus_dir / name).read_text(encoding="utf-8")

    return read


def _with_skills_list(text: str, items: str) -> str:
    """``text`` with a SKILLS section appended at the end."""
    return text.rstrip("\n") + "\n\nSKILLS\n" + items + "\n"


@pytest.mark.parametrize("name", INFLATED_BASES)
def test_appending_40_mlops_tools_to_the_skills_list_leaves_an_inflated_resume_not_supported(
    screener, corpus_text, name
):
    text = corpus_text(name)
    base = screener.assess_text(text)
    stuffed = screener.assess_text(_with_skills_list(text, ", ".join(MLOPS_TOOLS)))
    assert len(set(MLOPS_TOOLS)) == 40
    assert base.verdict != "supported"
    assert stuffed.verdict != "supported"
    # a skills list is not evidence (rubric §2): it moves no probability at all
    assert stuffed.verdict == base.verdict
    assert stuffed.p_inflated == pytest.approx(base.p_inflated, abs=1e-9)
    assert stuffed.keyword_stuffing["flagged"]  # ...but it is reported
    assert len(stuffed.keyword_stuffing["listed"]) >= 30


@pytest.mark.parametrize("name", INFLATED_BASES)
def test_production_buzzwords_in_the_summary_leave_an_inflated_resume_not_supported(
    screener, corpus_text, name
):
    text = corpus_text(name)
    heading = SUMMARY_HEADINGS[name] + "\n"
    assert text.count(heading) == 1
    buzz = text.replace(heading, heading + BUZZWORDS + "\n")
    [line] = [line for line in segment(buzz).lines if line.text.startswith("Production-ready")]
    assert line.section == "summary"  # the test really edits the summary
    assessment = screener.assess_text(buzz)
    assert assessment.verdict != "supported"
    assert assessment.claims and assessment.claims[0].verdict != "supported"


def _spans_inside(claim, text: str, fragment: str) -> list[str]:
    start = text.index(fragment)
    return [e["label"] for e in claim.evidence if start <= e["start"] < start + len(fragment)]


@pytest.mark.parametrize("name", sorted(CLAIM_BULLET_AFTER))
def test_moving_a_production_bullet_into_the_skills_list_removes_its_effect_on_the_claim(
    screener, corpus_text, name
):
    text = corpus_text(name)
    anchor, marker = CLAIM_BULLET_AFTER[name]
    assert text.count(anchor) == 1
    in_position = text.replace(anchor, anchor + marker + PRODUCTION_BULLET + "\n")
    in_skills = text.rstrip("\n") + "\n" + marker + PRODUCTION_BULLET + "\n"  # the base ends in SKILLS
    [line] = [line for line in segment(in_skills).lines if "FastAPI" in line.text]
    assert line.section == "skills"

    without = screener.assess_text(text).claims[0]
    with_bullet = screener.assess_text(in_position).claims[0]
    moved = screener.assess_text(in_skills).claims[0]
    assert without.title == with_bullet.title == moved.title
    assert without.source == with_bullet.source == moved.source

    # in the position the bullet is production evidence of this claim and lowers p_inflated
    labels = set(_spans_inside(with_bullet, in_position, PRODUCTION_BULLET))
    assert {"PROD.SERVING", "PROD.MONITORING"} <= labels
    assert with_bullet.p_inflated < without.p_inflated - 0.1
    # in the skills list it has no effect: same probability as without it, and none of its spans
    assert moved.p_inflated == pytest.approx(without.p_inflated, abs=1e-9)
    assert moved.probabilities == pytest.approx(without.probabilities, abs=1e-9)
    assert moved.verdict == without.verdict
    assert _spans_inside(moved, in_skills, PRODUCTION_BULLET) == []


@pytest.mark.parametrize(
    "name", ["a_001_fintech_fraud.pdf", "a_008_pdf_chatbot.docx", "a_005_startup_intern.txt"]
)
def test_the_same_file_scored_twice_gives_byte_identical_json(screener, corpus_dir, name):
    path = corpus_dir / name

    def as_json(assessment) -> bytes:
        return json.dumps(assessment.to_dict(), indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")

    first = as_json(screener.assess_file(path))
    second = as_json(screener.assess_file(path))
    assert first == second
    assert as_json(Screener().assess_file(path)) == first  # a freshly loaded model agrees too
