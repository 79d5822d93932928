"""The Python API end to end: Screener on generated PDF, DOCX and TXT files and on plain text."""

from __future__ import annotations

import csv
import json

import pytest

from resume_lens import Screener
from resume_lens.errors import EmptyDocumentError

NOTEBOOK_ONLY = """Priya Raman
Machine Learning Engineer

EXPERIENCE
Machine Learning Engineer, Example Retail, Jan 2022 - Present
- Performed exploratory data analysis on sales data in Jupyter notebooks.
- Trained a random forest that reached 91% accuracy on the test set.
- Built Tableau dashboards and presented insights to stakeholders.

SKILLS
Docker, Kubernetes, MLflow, Airflow, Kubeflow, SageMaker, Terraform, Prometheus, Grafana, FastAPI
"""

PRODUCTION = """Tomas Novak
Machine Learning Engineer

EXPERIENCE
Machine Learning Engineer, Example Payments, Mar 2020 - Present
- Deployed the fraud model as a gRPC service on Kubernetes serving 3k requests per second.
- Built the Airflow retraining pipeline that retrains the model weekly and registers it in MLflow.
- Added drift monitoring and alerts in Prometheus; on-call for the scoring service.
"""


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.fixture(scope="module")
def example_labels(examples_dir):
    path = examples_dir.parent / "scripts" / "example_sources" / "labels.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        return {row["file"].removesuffix(".txt"): row for row in csv.DictReader(handle)}


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt"])
def test_examples_get_their_rubric_label_in_every_format(screener, examples_dir, example_labels, suffix):
    for stem, row in example_labels.items():
        assessment = screener.assess_file(examples_dir / f"{stem}{suffix}")
        assert assessment.verdict == row["resume_label"], (stem, suffix)
        assert assessment.source_format == suffix.lstrip(".")
        if row["resume_label"] == "no_claim":
            assert assessment.p_inflated is None and assessment.claims == ()
        else:
            assert 0.0 <= assessment.p_inflated <= 1.0


def test_same_resume_in_three_formats_scores_the_same(screener, examples_dir):
    scores = {
        s: screener.assess_file(examples_dir / f"production_mle{s}").p_inflated
        for s in (".pdf", ".docx", ".txt")
    }
    assert len({round(v, 6) for v in scores.values()}) == 1, scores


def test_assess_text_notebook_only_claim_is_inflated_and_skills_do_not_count(screener):
    assessment = screener.assess_text(NOTEBOOK_ONLY)
    assert assessment.verdict == "inflated"
    assert assessment.p_inflated >= 0.5
    claim = assessment.claims[0]
    assert claim.title == "Machine Learning Engineer"
    # the skills list names ten production tools: recorded nowhere as counted evidence
    assert not [e for e in claim.evidence if e["section"] == "skills"]
    assert not [e for e in claim.evidence if e["category"] == "production" and e["polarity"] == "asserted"]
    assert "deployment and serving" in claim.missing_categories


def test_assess_text_production_claim_is_supported_with_evidence_offsets(screener):
    assessment = screener.assess_text(PRODUCTION)
    assert assessment.verdict == "supported"
    assert assessment.p_inflated < 0.5
    labels = {e["label"] for e in assessment.claims[0].evidence if e["polarity"] == "asserted"}
    assert {"PROD.SERVING", "PROD.MONITORING"} <= labels
    text = "\n".join(line.rstrip() for line in PRODUCTION.splitlines()).strip("\n")
    for span in assessment.claims[0].evidence:
        assert text[span["start"] : span["end"]] == span["text"]


def test_assess_file_raises_typed_error(screener, tmp_path):
    empty = tmp_path / "cv.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocumentError, match="cv.pdf"):
        screener.assess_file(empty)


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_assess_many_yields_error_rows_in_order(screener, examples_dir, tmp_path, n_jobs):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    paths = [examples_dir / "production_mle.pdf", bad, examples_dir / "notebook_only_mle.docx"]
    results = list(screener.assess_many(paths, n_jobs=n_jobs))
    assert [r.file for r in results] == [str(p) for p in paths]
    assert [r.verdict for r in results] == ["supported", None, "inflated"]
    assert results[1].error["code"] == "corrupt"
    assert "broken.docx" in results[1].error["message"]


def test_to_dict_is_json_safe_and_byte_identical_across_runs(screener, examples_dir):
    first = json.dumps(screener.assess_file(examples_dir / "ai_engineer_rag.pdf").to_dict(), sort_keys=True)
    second = json.dumps(
        Screener().assess_file(examples_dir / "ai_engineer_rag.pdf").to_dict(), sort_keys=True
    )
    assert first == second
    data = json.loads(first)
    assert data["schema_version"] == "1.1"
    assert data["verdict"] == "supported" and data["evidence_role"] == "ai_engineer"


def test_assess_text_rejects_empty_and_non_text(screener):
    with pytest.raises(EmptyDocumentError, match="empty"):
        screener.assess_text("  \n\t ")
    with pytest.raises(TypeError, match="must be a str"):
        screener.assess_text(None)


def test_missing_categories_credit_tools_named_in_production_lines(screener):
    text = PRODUCTION.replace(
        "registers it in MLflow.", "registers it in MLflow; deployed the fraud model to a SageMaker endpoint."
    )
    claim = screener.assess_text(text).claims[0]
    # SageMaker (TOOL.CLOUD_ML) and MLflow (TOOL.TRACKING) are named in lines that describe production work
    assert "cloud ML platforms" not in claim.missing_categories
    assert "model registry and versioning" not in claim.missing_categories
    assert "CI/CD for models" in claim.missing_categories


@pytest.mark.parametrize("n_jobs", [0, -2])
def test_assess_many_rejects_a_bad_worker_count(screener, examples_dir, n_jobs):
    with pytest.raises(ValueError, match="positive number of workers or -1"):
        next(screener.assess_many([examples_dir / "thin_claim.txt"], n_jobs=n_jobs))


def test_a_file_with_no_headings_positions_or_dates_gets_a_not_a_resume_warning(screener):
    notes = (
        "# Template PDFs\n\nPDF files only, taken out of public template repositories.\n"
        "Each file is under 2 MB. None of them comes from a job applicant.\n"
    )
    warned = [w for w in screener.assess_text(notes).warnings if "check that the file is a resume" in w]
    assert len(warned) == 1
    # a resume with headings and dated positions gets no such warning
    assert not [w for w in screener.assess_text(PRODUCTION).warnings if "is a resume" in w]
