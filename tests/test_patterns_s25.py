"""Tagger rules of session 25, from the misses and false alarms of two probes of public resumes (lines written
for this test, not copied).

* A model named with a longer modifier ("a session-level purchase propensity model", six tokens after the
  verb) is still the object of "deployed" (``deploy_model``: up to six tokens between them).
* "Supporting 100+ concurrent enterprise users" is a user count (``serving_users``); with it,
  "production-grade" is no longer a bare claim of readiness (``hyp_ready`` has ``unless`` users).
* "Model optimization" is ambiguous (tuning for accuracy or for speed), so it is no inference optimisation;
  "inference optimization" and "model acceleration" are (``p9_inference_optimisation_np``,
  ``t28_model_acceleration``).
* "The ML tracking system" for drone targets is object tracking, not experiment tracking: "ML" with
  "tracking" no longer names experiment tracking, while "ML registry" still names a registry
  (``tracking_setup``, ``t28_ml_registry_setup``).
* "Production inference" is serving in production (``t28_production_inference``).
* "A 15% increase in user engagement" and "reduced maintenance callouts by 20%" are business effects
  (``biz_pct_change_in``, ``biz_ops_reduction``; taxonomy P13).
* "Deploying high-impact compliant machine learning models" is the vague claim of taxonomy §6.8
  (``t26_vague_deploy_scalable_ai_systems``).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels, recorded


def test_a_model_with_a_long_modifier_is_the_object_of_deployed(nlp):
    line = "Deployed a session-level purchase propensity model for the web shop."
    assert ("PROD.SERVING", "Deployed a session-level purchase propensity model", "asserted") in evidence(
        nlp, line
    )


def test_concurrent_users_are_a_user_count_and_lift_the_readiness_cue(nlp):
    line = "Delivered production-grade LLM hosting infrastructure supporting 100+ concurrent enterprise users"
    found = evidence(nlp, line)
    assert ("MEAS.USERS", "supporting 100+ concurrent enterprise users", "asserted") in found
    assert ("LLM.OPS", "LLM hosting", "asserted") in found


def test_production_grade_without_a_figure_stays_hypothetical(nlp):
    line = "Delivered scalable, production-grade LLM hosting infrastructure for the platform team"
    assert ("LLM.OPS", "LLM hosting", "hypothetical") in evidence(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Owned inference optimization for the ranking service.", "inference optimization"),
        ("Model acceleration with ONNX Runtime on CPU.", "Model acceleration"),
    ],
)
def test_inference_optimisation(nlp, line, span):
    assert ("PROD.INFER_OPT", span, "asserted") in evidence(nlp, line)


def test_model_optimization_for_accuracy_is_no_inference_optimisation(nlp):
    line = "Achieved high classification accuracy through model optimization on MNIST."
    assert "PROD.INFER_OPT" not in labels(nlp, line)


def test_ml_tracking_of_objects_is_no_experiment_tracking(nlp):
    assert "PROD.TRACKING" not in labels(
        nlp, "Built the ML tracking system for drone targets with Kalman filters."
    )


def test_an_ml_registry_is_still_a_registry(nlp):
    assert ("PROD.TRACKING", "Set up the ML registry", "asserted") in evidence(
        nlp, "Set up the ML registry for 30 teams."
    )


def test_production_inference_is_serving(nlp):
    line = "Implemented scalable solutions for model production inference on Kubernetes."
    assert ("PROD.SERVING", "production inference", "asserted") in evidence(nlp, line)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Drove a 15% increase in user engagement with the energy tools.", "15% increase in user engagement"),
        ("Reduced emergency maintenance callouts by 20%.", "Reduced emergency maintenance callouts by 20%"),
        ("Reduced unplanned downtime by 40% across 3 plants.", "Reduced unplanned downtime by 40%"),
    ],
)
def test_business_effects(nlp, line, span):
    assert ("MEAS.BUSINESS", span, "asserted") in evidence(nlp, line)


def test_a_buzzword_deployment_of_models_is_vague(nlp):
    line = (
        "Track record of deploying high-impact compliant machine learning models for business applications."
    )
    assert "PROD.SERVING" not in labels(nlp, line)
    assert ("PROD.SERVING", "deploying high-impact compliant machine learning models", "vague") in recorded(
        nlp, line
    )
