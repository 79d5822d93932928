"""Claim features: scopes, exclusions and values, computed by hand."""

from __future__ import annotations

import math

from resume_lens.evidence import EvidenceSpan
from resume_lens.features import (
    CLAIM_FEATURES,
    CLAIM_SCOPES,
    claim_context,
    claim_features,
    role_features,
    span_scope,
)
from resume_lens.structure import Claim, Line, Position, ResumeStructure


def _span(label, category, section, position_index, polarity="asserted", rule_id="r", line_start=0):
    return EvidenceSpan(
        label, category, "x", 0, 1, section, position_index, rule_id, polarity, line_start, 10
    )


def _structure(claims):
    lines = (
        Line("Deployed the model", 0, 18, "experience", 0),
        Line("Monitored drift", 19, 34, "experience", 0),
        Line("Analysed churn", 35, 49, "experience", 1),
        Line("Docker, Kubernetes", 50, 68, "skills", None),
        Line("ML engineer who ships", 69, 90, "summary", None),
    )
    positions = (
        Position(0, "ML Engineer", None, "2021-01", "present", "ml_engineer", None, 0, 34, 0, 0, lines[:2]),
        Position(
            1, "Data Analyst", None, "2018-01", "2020-12", "data_analyst", None, 35, 49, 0, 0, lines[2:3]
        ),
    )
    return ResumeStructure(sections=(), positions=positions, lines=lines, claims=claims)


POSITION_CLAIM = Claim("ML Engineer", "ml_engineer", "position", 0, 0, 11, "2021-01", "present")
HEADLINE_CLAIM = Claim("ML Engineer", "ml_engineer", "headline", None, 0, 11)


def test_skills_list_is_never_in_scope():
    # rubric §2: a bare skills list is never evidence
    assert span_scope(POSITION_CLAIM, "skills", None) is None
    assert span_scope(HEADLINE_CLAIM, "skills", None) is None


def test_position_claim_scopes_split_own_position_from_others():
    assert span_scope(POSITION_CLAIM, "experience", 0) == "claim"
    assert span_scope(POSITION_CLAIM, "experience", 1) == "other"
    assert span_scope(POSITION_CLAIM, "projects", None) == "other"
    assert span_scope(POSITION_CLAIM, "summary", None) == "summary"
    assert span_scope(POSITION_CLAIM, "education", None) == "rest"


def test_headline_claim_is_judged_against_all_experience_and_projects():
    # rubric §3: a headline claim is supported by a P signal anywhere in experience or projects
    assert span_scope(HEADLINE_CLAIM, "experience", 1) == "claim"
    assert span_scope(HEADLINE_CLAIM, "projects", None) == "claim"


def test_claim_features_values():
    spans = [
        _span("PROD.SERVING", "production", "experience", 0, line_start=0),
        _span("PROD.MONITORING", "production", "experience", 0, line_start=19),
        _span("MEAS.LATENCY", "production", "experience", 0, line_start=19),
        _span("TOOL.INFRA", "tool", "experience", 0, rule_id="tool_docker", line_start=0),
        _span("PROD.SERVING", "production", "experience", 0, polarity="hedged", line_start=0),
        _span("NB.EDA", "notebook", "experience", 1, line_start=35),
        _span("PROD.INFRA", "production", "skills", None, line_start=50),
    ]
    structure = _structure((POSITION_CLAIM,))
    features = claim_features(claim_context(POSITION_CLAIM, structure, spans))
    assert set(features) == set(CLAIM_FEATURES)
    assert features["claim:prod_action"] == math.log1p(3)  # the tool-only span is not an action
    assert features["claim:prod_kinds"] == 2.0  # SERVING and MONITORING (MEAS.* is counted apart)
    assert features["claim:measures"] == math.log1p(1)
    assert features["claim:weak_hedged"] == math.log1p(1)
    assert features["claim:lines"] == math.log1p(2)
    assert features["claim:prod_line_share"] == 1.0  # both lines hold a production action
    assert features["claim:has_prod_action"] == 1.0
    # line 19 holds a production action (MONITORING) and a figure (LATENCY); line 0 only actions
    assert features["claim:prod_figure_lines"] == math.log1p(1)
    assert features["claim:notebook"] == 0.0  # the EDA span is in another position
    assert features["claim_is_headline"] == 0.0
    # nothing from the skills list reaches any feature
    assert features["summary:prod_action"] == 0.0


def test_vague_tool_mentions_are_counted_apart_from_vague_actions():
    # "Drove adoption of MLOps best practices", "Supported MLOps initiatives": a tool or concept name under a
    # vague cue (rubric §3 "only vague responsibilities"); a vague action and an asserted tool are not counted
    spans = [
        _span("TOOL.MLOPS", "tool", "experience", 0, polarity="vague", rule_id="term_mlops", line_start=0),
        _span("TOOL.MLOPS", "tool", "experience", 0, polarity="vague", rule_id="term_mlops", line_start=19),
        _span("PROD.SERVING", "production", "experience", 0, polarity="vague", line_start=0),
        _span("TOOL.INFRA", "tool", "experience", 0, rule_id="tool_docker", line_start=19),
        _span("TOOL.MLOPS", "tool", "experience", 1, polarity="vague", rule_id="term_mlops", line_start=35),
    ]
    features = claim_features(claim_context(POSITION_CLAIM, _structure((POSITION_CLAIM,)), spans))
    assert features["claim:vague_tools"] == math.log1p(2)  # the third is in another position
    assert features["claim:weak_vague"] == math.log1p(1)  # the vague action only


def test_headline_claim_features_count_every_position():
    spans = [
        _span("NB.EDA", "notebook", "experience", 1, line_start=35),
        _span("PROD.SERVING", "production", "experience", 0),
    ]
    features = claim_features(claim_context(HEADLINE_CLAIM, _structure((HEADLINE_CLAIM,)), spans))
    assert features["claim:notebook"] == math.log1p(1)
    assert features["claim:prod_action"] == math.log1p(1)
    assert features["claim:lines"] == math.log1p(3)
    assert features["claim_is_headline"] == 1.0


def test_a_figure_alone_is_not_a_production_line_with_a_figure():
    """rubric §3: the concrete signal is what went to production *and* at what scale, on one line."""
    structure = _structure((POSITION_CLAIM,))
    figure_only = [_span("MEAS.LATENCY", "production", "experience", 0, line_start=19)]
    apart = [*figure_only, _span("PROD.SERVING", "production", "experience", 0, line_start=0)]
    hedged = [*figure_only, _span("PROD.SERVING", "production", "experience", 0, "hedged", line_start=19)]
    for spans, has_action, figure_lines in (
        (figure_only, 1.0, 0),
        (apart, 1.0, 0),
        (hedged, 1.0, 0),
        ([], 0.0, 0),
    ):
        features = claim_features(claim_context(POSITION_CLAIM, structure, spans))
        assert features["claim:has_prod_action"] == has_action
        assert features["claim:prod_figure_lines"] == math.log1p(figure_lines)


def test_moving_a_production_line_into_the_skills_list_removes_its_effect():
    structure = _structure((POSITION_CLAIM,))
    in_bullet = [_span("PROD.SERVING", "production", "experience", 0)]
    in_skills = [_span("PROD.SERVING", "production", "skills", None)]
    with_bullet = claim_features(claim_context(POSITION_CLAIM, structure, in_bullet))
    with_skills = claim_features(claim_context(POSITION_CLAIM, structure, in_skills))
    empty = claim_features(claim_context(POSITION_CLAIM, structure, []))
    assert with_skills == empty
    assert with_bullet != empty


def test_role_features_ignore_skills_and_count_families():
    structure = _structure(())
    spans = [_span("NB.EDA", "notebook", "experience", 1), _span("PROD.INFRA", "production", "skills", None)]
    features = role_features(structure, spans)
    assert features["label=NB.EDA:asserted"] == math.log1p(1)
    assert not any("PROD.INFRA" in key for key in features)
    assert features["position_family=ml_engineer"] == math.log1p(1)
    assert features["position_family=data_analyst"] == math.log1p(1)


def test_spans_on_a_position_header_line_are_never_evidence():
    """A title or employer ("Applied Scientist", "Kaggle", "payments app, 6M users") is a job fact."""
    title = Line("Data Scientist, Kaggle", 0, 22, "experience", 0)
    bullet = Line("Deployed the model", 23, 41, "experience", 0)
    position = Position(
        0, "Data Scientist", "Kaggle", None, None, "data_scientist", None, 0, 41, 0, 14, (bullet,)
    )
    structure = ResumeStructure(sections=(), positions=(position,), lines=(title, bullet), claims=())
    on_title = _span("NB.COMPETITION", "notebook", "experience", 0, line_start=0)
    on_bullet = _span("PROD.SERVING", "production", "experience", 0, line_start=23)
    context = claim_context(HEADLINE_CLAIM, structure, [on_title, on_bullet])
    assert [s.label for scope in CLAIM_SCOPES for s in context.spans[scope]] == ["PROD.SERVING"]
    features = claim_features(context)
    assert features["claim:notebook"] == 0.0
    assert features["claim:prod_action"] == math.log1p(1)
