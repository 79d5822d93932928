"""Coded findings (issue 7): severity, section and the span each points to; dates measured as of a day."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from resume_lens import Screener
from resume_lens.analysis import analyze_document
from resume_lens.assess import Assessment
from resume_lens.document import Document
from resume_lens.findings import FINDING_CODES, findings_for, load_rules, parse_as_of

# Positions: Delta starts in the future (as of 2026-11-29); Acme and Beta overlap Mar–Jun 2021 (4 months);
# Gamma's "2018 - 2020" meets Beta only in January 2020 when a bare year is read at its narrowest.
DATED = """Alex Doe
Machine Learning Engineer

SUMMARY
Machine learning engineer building production-ready end-to-end ML systems.

EXPERIENCE
Senior ML Engineer, Delta Labs, Jan 2027 - Present
- Deployed models.
- Helped the platform team deploy the fraud model to Kubernetes.

Machine Learning Engineer, Acme Corp, Mar 2021 - Present
- Built a Streamlit demo of the churn model and deployed it on Heroku free tier.
- Trained gradient boosting models in Jupyter notebooks, reaching 91% accuracy on the test set.

Data Scientist, Beta Inc, Jan 2020 - Jun 2021
- Analysed customer data in notebooks and built dashboards.
- Presented findings to leadership.

Analyst, Gamma LLC, 2018 - 2020
- Weekly reports in Excel.
- Built SQL queries for the finance team.

SKILLS
Python, Kubeflow, MLflow, Airflow, SageMaker, Docker, Kubernetes, Prometheus, Terraform
"""

# The claim is only in the headline; the only production words are a summary buzzword and the team's work.
SUMMARY_ONLY = """Sam Roe
Machine Learning Engineer

SUMMARY
Machine learning engineer with production-ready, end-to-end deployment skills.

EXPERIENCE
Data Analyst, Kappa Retail, Feb 2021 - Present
- Built weekly sales dashboards in Tableau for the store managers.
- Analysed promotions in Jupyter notebooks and presented the results.
- The platform team deployed my forecasting model to production.

EDUCATION
B.Sc. Statistics, 2020
"""

FORBIDDEN = re.compile(r"\b(fraud\w*|fake\w*|reject\w*)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(as_of="2026-11-29")


def _by_code(assessment: Assessment) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in assessment.findings:
        out.setdefault(f["code"], []).append(f)
    return out


def _no_claim_findings(text: str, as_of: str, warnings: tuple[str, ...] = ()):
    """Findings of text alone (no model): an assessment without claims, so only file and date findings."""
    document = Document.from_text(text)
    analysis = analyze_document(document)
    assessment = Assessment(
        file=None, verdict="no_claim", p_inflated=None, evidence_role=None, evidence_role_probability=None,
        warnings=warnings,
    )  # fmt: skip
    return document, findings_for(analysis, assessment, as_of)


def test_rules_file_covers_every_code_with_recruiter_wording():
    rules = load_rules()
    assert set(rules.findings) == set(FINDING_CODES)
    assert rules.severities == ("high", "medium", "low")
    assert rules.findings["title_not_supported"]["label"] == "Title not supported by the evidence described"
    raw = (resources.files("resume_lens") / "data" / "findings.json").read_text("utf-8")
    assert not FORBIDDEN.search(raw)


def test_findings_point_at_their_spans_and_are_ordered_by_severity(screener):
    a = screener.assess_text(DATED, file="dated.txt")
    found = _by_code(a)
    assert set(found) == {
        "title_not_supported",
        "future_dates",
        "demo_only_deployment",
        "skills_list_only_tools",
        "evidence_unclear",
        "dates_overlap",
        # "Deployed models." is a bare, vague deploy (rubric §3) and the Kubernetes line the team's work: the
        # headline's only production words are weakened, and the summary's "production-ready" has no backing
        "weakened_production_only",
        "summary_only_production",
    }
    ranks = [{"high": 0, "medium": 1, "low": 2}[f["severity"]] for f in a.findings]
    assert ranks == sorted(ranks)
    for f in a.findings:  # every span slices the text it quotes
        if f["start"] is not None:
            assert " ".join(DATED[f["start"] : f["end"]].split()) == f["text"]
    (acme,) = found["title_not_supported"]
    assert acme["section"] == "experience" and acme["claim_index"] == 2
    assert acme["message"].startswith(
        "'Machine Learning Engineer' (position 2021-03 – present): title not supported by the evidence "
        "described; "
    )
    (weakened,) = found["weakened_production_only"]
    assert (weakened["claim_index"], weakened["text"]) == (0, "Deployed models")
    (summary,) = found["summary_only_production"]
    assert (summary["section"], summary["text"]) == ("summary", "production-ready")
    demo = found["demo_only_deployment"][0]
    # "Streamlit demo" and "deployed it on Heroku free tier" are one clause: one demo span
    assert (demo["severity"], demo["text"], demo["section"]) == (
        "medium",
        "Streamlit demo of the churn model and deployed it on Heroku free tier",
        "experience",
    )
    stuffed = found["skills_list_only_tools"][0]
    # Kubernetes is used in a bullet; the other seven are only listed
    assert stuffed["detail"]["unused"] == [
        "airflow", "docker", "kubeflow", "mlflow", "prometheus", "sagemaker", "terraform"
    ]  # fmt: skip
    assert stuffed["section"] == "skills" and stuffed["text"].startswith("Kubeflow, MLflow")
    # the headline (production words only weakened, beside notebook work) and Delta's two thin lines
    assert [(f["claim_index"], f["text"]) for f in found["evidence_unclear"]] == [
        (0, "Machine Learning Engineer"),
        (1, "Senior ML Engineer"),
    ]
    for f in a.findings:
        assert not FORBIDDEN.search(f["message"] + f["label"])


def test_future_dates_and_overlaps_follow_as_of_and_written_precision(screener):
    a = screener.assess_text(DATED, file="dated.txt")  # as of 2026-11-29
    future = _by_code(a)["future_dates"]
    assert len(future) == 1
    assert future[0]["text"] == "Jan 2027 - Present"
    assert future[0]["message"] == (
        "'Senior ML Engineer' is dated 2027-01 – present, after 2026-11-29; "
        "check whether this is a future start or a typo."
    )
    overlap = _by_code(a)["dates_overlap"]
    # Acme (2021-03 – present) and Beta (2020-01 – 2021-06): March to June 2021 = 4 months. Gamma
    # "2018 - 2020" read at its narrowest (2018-12 – 2020-01) meets Beta for one month only: below the
    # 3-month threshold.
    assert [f["detail"]["months"] for f in overlap] == [4]
    assert overlap[0]["text"] == "Mar 2021 - Present"
    assert "'Data Scientist' (2020-01 – 2021-06) overlap by 4 months" in overlap[0]["message"]

    later = Screener(as_of=date(2027, 6, 1)).assess_text(DATED)
    found = _by_code(later)
    assert "future_dates" not in found
    # "present" is now June 2027: Delta (2027-01 – present) and Acme (2021-03 – present) share 2027-01..06
    months = sorted(f["detail"]["months"] for f in found["dates_overlap"])
    assert months == [4, 6]


def test_date_findings_without_a_claim_or_a_model():
    document, findings = _no_claim_findings(DATED, "2026-11-29")
    codes = [f.code for f in findings]
    assert codes == ["future_dates", "skills_list_only_tools", "dates_overlap"]
    _, findings = _no_claim_findings(DATED, "2020-03-01")  # every position after Mar 2020 lies in the future
    future = [f for f in findings if f.code == "future_dates"]
    assert [f.detail["position_index"] for f in future] == [0, 1, 2]


SIDE_ROLES = """Sam Roe
Software Engineer

EXPERIENCE
Software Engineer, Acme Corp, Mar 2021 - Present
- Built the billing service.

Core Member, Open Source Society, Nov 2011 - Present
- Organised monthly meetups.

Volunteer Mentor, Code Club, Jan 2019 - Present
- Taught Python to teenagers.

Data Analyst, Beta Inc, Jan 2020 - Jun 2021
- Built dashboards.
"""


def test_side_roles_are_left_out_of_overlaps():
    rules = load_rules()
    assert rules.is_side_role("Core Member & President") and rules.is_side_role("Volunteer Mentor")
    assert not rules.is_side_role("Software Engineer") and not rules.is_side_role("Membership Data Analyst")
    for job in (
        "Member of Technical Staff II",  # a job title at many companies
        "Founding Member & Director of Infrastructure Division",
        "Board Member & CTO",
        "Team Member",
        "Agile Coach",
        "Individual Contributor",
        "Mentor Graphics",  # an employer read as the header when no title was read
    ):
        assert not rules.is_side_role(job), job
    _, findings = _no_claim_findings(SIDE_ROLES, "2026-11-29")
    overlaps = [f for f in findings if f.code == "dates_overlap"]
    # only the two jobs: Acme (2021-03 – present) and Beta (2020-01 – 2021-06) share March to June 2021;
    # the membership (since 2011) and the mentoring (since 2019) overlap every job but are side roles
    assert [
        (f.detail["position_index"], f.detail["other_position_index"], f.detail["months"]) for f in overlaps
    ] == [(0, 3, 4)]


def test_summary_only_claim_and_weakened_production(screener):
    a = screener.assess_text(SUMMARY_ONLY, file="summary.txt")
    found = _by_code(a)
    assert set(found) == {
        "title_not_supported",
        "summary_only_claim",
        "summary_only_production",
        "weakened_production_only",
    }
    assert found["summary_only_claim"][0]["text"] == "Machine Learning Engineer"
    production = found["summary_only_production"][0]
    assert (production["section"], production["text"]) == ("summary", "production-ready")
    weakened = found["weakened_production_only"][0]
    assert weakened["text"] == "deployed my forecasting model to production"
    assert weakened["detail"]["polarities"] == ["attributed"]
    assert "mentioned only as attributed" in weakened["message"]


def test_hidden_and_garbled_text_come_from_the_document_warnings(screener):
    warnings = (
        "hidden_text: cv.pdf has 2 words a reader cannot see (same colour as the background), "
        'left out of the screening; its words: "Kubeflow", "Triton"',
        "garbled_text: cv.pdf: 4% of the characters could not be decoded (fonts without a character map); "
        "some words may be missing.",
        "cv.pdf: page 2 has no text layer (probably scanned); its content was not read.",
    )
    document = Document(
        text=SUMMARY_ONLY, source_format="pdf", sha256="0" * 64, file="cv.pdf", warnings=warnings
    )
    a = screener.assess_document(document)
    found = _by_code(a)
    hidden = found["hidden_text"][0]
    assert hidden["severity"] == "high" and hidden["start"] is None and hidden["section"] is None
    assert hidden["message"] == warnings[0][len("hidden_text: ") :]
    assert hidden["detail"]["warning"] == warnings[0]
    garbled = found["garbled_text"][0]
    assert garbled["severity"] == "medium"
    assert garbled["message"] == (
        "Part of the text could not be read, so some evidence may be missing: cv.pdf: 4% of the characters "
        "could not be decoded (fonts without a character map); some words may be missing."
    )
    assert (
        len([f for f in a.findings if f["code"] in ("hidden_text", "garbled_text")]) == 2
    )  # no code, no finding
    assert a.findings[0]["code"] in ("hidden_text", "title_not_supported")  # high severity first


def test_findings_are_serialized_and_leave_the_verdicts_alone(screener, examples_dir):
    text = (examples_dir / "notebook_only_mle.txt").read_text(encoding="utf-8")
    a = screener.assess_text(text, file="n.txt")
    data = json.loads(json.dumps(a.to_dict()))
    assert [f["code"] for f in data["findings"]] == ["title_not_supported", "title_not_supported"]
    assert set(data["findings"][0]) == {
        "code", "severity", "label", "message", "section", "start", "end", "text", "claim_index", "detail"
    }  # fmt: skip
    from resume_lens.assess import assess_analysis

    plain = assess_analysis(analyze_document(Document.from_text(text, file="n.txt")), screener.models)
    assert [c.p_inflated for c in plain.claims] == [c.p_inflated for c in a.claims]
    assert (plain.verdict, plain.p_inflated) == (a.verdict, a.p_inflated)
    assert plain.findings == () and all(c.questions == () for c in plain.claims)


def test_as_of_is_a_date():
    assert parse_as_of("2026-02-03") == date(2026, 2, 3)
    assert parse_as_of(date(2026, 2, 3)) == date(2026, 2, 3)
    assert parse_as_of(None) == date.today()
    for bad in ("2026-2-3", "03/02/2026", "2026-13-01"):
        with pytest.raises(ValueError):
            parse_as_of(bad)
    with pytest.raises(ValueError):
        Screener(as_of="tomorrow")  # checked before the models load


def test_hidden_text_in_a_real_pdf_becomes_a_finding(screener, tmp_path):
    """White text in a PDF (tests/hidden_fixtures.py): extraction warns, the finding quotes the warning."""
    path = Path(__file__).with_name("hidden_fixtures.py")
    spec = importlib.util.spec_from_file_location("resume_lens_hidden_fixtures_findings", path)
    assert spec is not None and spec.loader is not None
    fixtures = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fixtures
    try:
        spec.loader.exec_module(fixtures)
        pdf = tmp_path / "white.pdf"
        fixtures.pdf_white(pdf)
    finally:
        del sys.modules[spec.name]
    a = screener.assess_file(pdf)
    hidden = [f for f in a.findings if f["code"] == "hidden_text"]
    assert len(hidden) == 1
    assert hidden[0]["severity"] == "high" and hidden[0]["start"] is None
    assert hidden[0]["detail"]["warning"] in a.warnings
    assert "white.pdf has" in hidden[0]["message"] and "left out of the screening" in hidden[0]["message"]
    assert hidden[0]["detail"]["hidden"] and hidden[0]["detail"]["hidden"][0]["reasons"]
