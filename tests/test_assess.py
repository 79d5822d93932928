"""Verdict rules and the JSON shape of assessments."""

from __future__ import annotations

import json

import pytest

from resume_lens.assess import SCHEMA_VERSION, Assessment, decide_verdict, is_topic_label
from resume_lens.screener import Screener


@pytest.mark.parametrize(
    ("proba", "lines", "production", "expected"),
    [
        # rubric §3: a title with 0–1 bullets and no production evidence is too thin to judge
        ({"inflated": 0.9, "supported": 0.05, "unclear": 0.05}, 1, False, "unclear"),
        ({"inflated": 0.9, "supported": 0.05, "unclear": 0.05}, 0, False, "unclear"),
        # one bullet with real production evidence is judged by the model
        ({"inflated": 0.1, "supported": 0.8, "unclear": 0.1}, 1, True, "supported"),
        # threshold 0.5 on p_inflated (model card)
        ({"inflated": 0.5, "supported": 0.3, "unclear": 0.2}, 4, False, "inflated"),
        ({"inflated": 0.49, "supported": 0.3, "unclear": 0.21}, 4, False, "supported"),
        ({"inflated": 0.3, "supported": 0.3, "unclear": 0.4}, 4, True, "unclear"),
    ],
)
def test_decide_verdict(proba, lines, production, expected):
    assert decide_verdict(proba, lines_in_scope=lines, has_production=production) == expected


def test_error_row_is_json_safe_and_versioned():
    row = Assessment.failed("cv.pdf", "encrypted", "cv.pdf is password-protected")
    data = json.loads(json.dumps(row.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["verdict"] is None and data["p_inflated"] is None
    assert data["error"] == {"code": "encrypted", "message": "cv.pdf is password-protected"}
    assert data["claims"] == [] and data["warnings"] == []
    assert not row.ok


def test_top_features_carry_the_evidence_spans_behind_them():
    from resume_lens.analysis import analyze_document
    from resume_lens.document import Document
    from resume_lens.features import claim_context, claim_feature_evidence
    from resume_lens.screener import Screener

    text = (
        "Jane Roe\nMachine Learning Engineer\n\nEXPERIENCE\n"
        "Machine Learning Engineer, Acme (2021 – Present)\n"
        "- Deployed the fraud model behind a gRPC service at 2k QPS\n"
        "- Familiar with Kubernetes\n"
        "- Built dashboards in Tableau\n"
    )
    analysis = analyze_document(Document.from_text(text))
    behind = claim_feature_evidence(
        claim_context(analysis.structure.claims[0], analysis.structure, analysis.spans)
    )
    serving = ("PROD.SERVING", "Deployed the fraud model behind a gRPC service")
    expected = {
        "claim:prod_action": {serving, ("MEAS.THROUGHPUT", "2k QPS")},
        "claim:prod_kinds": {serving},
        "claim:measures": {("MEAS.THROUGHPUT", "2k QPS")},
        "claim:weak_hedged": {("PROD.INFRA", "Kubernetes")},
        # one clause, one span: "Built dashboards" and "Tableau" are joined (merge_clause_fragments)
        "claim:notebook": {("NB.VIZ", "Built dashboards in Tableau")},
        "claim:lines": set(),
        "claim_is_headline": set(),
        "claim:weak_negated": set(),
    }
    for name, spans in expected.items():
        assert {(s.label, s.text) for s in behind[name]} == spans, name
    claim = Screener().assess_text(text).claims[0]
    assert claim.top_features
    for feature in claim.top_features:
        want = [(s.start, s.end, s.label, s.text) for s in behind[feature["feature"]]]
        assert [(e["start"], e["end"], e["label"], e["text"]) for e in feature["evidence"]] == want
        assert all(text[e["start"] : e["end"]] == e["text"] for e in feature["evidence"])


def test_every_row_carries_the_review_notice():
    from resume_lens.assess import REVIEW_NOTICE
    from resume_lens.batch import failed_row
    from resume_lens.render import REVIEW_NOTE

    assert REVIEW_NOTICE == REVIEW_NOTE == "Triage signal for human review, not a hiring decision."
    assert Assessment.failed("a.pdf", "corrupt", "a.pdf is damaged").to_dict()["notice"] == REVIEW_NOTICE
    assert failed_row("a.pdf", "corrupt", "a.pdf is damaged")["notice"] == REVIEW_NOTICE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Generative AI", True),
        ("Recommendation Systems", True),
        ("Marketing Mix Modeling (MMM)", True),
        ("Design of Experiments", True),
        ("Built dashboards", False),  # work: a verb and a lower-case object
        ("Performed EDA in Jupyter", False),  # a review: a verb opens work, however short
        ("Presented Results to the CTO", False),
        ("Applied Machine Learning", True),  # a participle opens a topic
        ("Distributed Computing", True),
        ("Deployed the ranking model to production.", False),
        ("Cut GPU Spend 40%", False),  # a figure is work done
        ("Intrusion Detection System using Suricata", True),  # a project's title alone
        ("Live Event Detection using Audio Deep Learning", True),
        (
            "Recommendation Systems for Retail Banking and Insurance Customers in Three Regions",
            False,
        ),  # too long
    ],
)
def test_topic_labels_are_no_lines_of_work(text: str, expected: bool) -> None:
    # rubric §3 counts "bullets or sentences of work"; a list of topics under a job is neither
    assert is_topic_label(text) is expected


THIN_PORTFOLIO = """Abel Ray

AI Engineer focused on Artificial Intelligence and Machine Learning.

EXPERIENCE

AI Intern
KeyValue Software Systems
2025

PROJECTS

Live Event Detection using Audio Deep Learning

Real-time Doodle Classifier
(Google QuickDraw dataset)

Intrusion Detection System using Suricata

More:
https://example.dev
"""


def test_project_titles_links_and_notes_are_no_lines_of_work() -> None:
    # rubric §3: "a title with 0-1 bullets" is too thin to judge; titles, a link and a note are no work
    assessment = Screener().assess_text(THIN_PORTFOLIO)
    assert [(c.source, c.verdict) for c in assessment.claims] == [("headline", "unclear")]
