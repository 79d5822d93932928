"""Rule fixes of session 22, from the sixteenth and seventeenth probes of public resumes (36 real resumes
each, labels frozen before the tool ran).

* An ML pipeline whose outcome is an offline metric ("Optimized ML pipeline linking 3D facial geometry and
  DNA, achieving 0.73 AUROC") is the modelling sense of "pipeline": taxonomy P02 lists scikit-learn
  ``Pipeline`` objects as weak, and "pipeline" without an orchestrator is no ``PROD.PIPELINE``
  (``t22_excl_pipeline_reaching_offline_metric``). An orchestrator, a schedule, a production word or a
  figure of use in the line keeps the pipeline.

Span texts are worked out from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence

# --- an ML pipeline that reaches an offline metric is modelling work ----------------------------------------


@pytest.mark.parametrize(
    ("line", "metric"),
    [
        (
            "Optimized ML pipeline linking 3D facial geometry and DNA, achieving 0.73 AUROC",
            "achieving 0.73 AUROC",
        ),
        ("Built an end-to-end ML pipeline for churn prediction achieving 0.91 AUC", "achieving 0.91 AUC"),
        ("Built a training pipeline in scikit-learn reaching 92% accuracy", "reaching 92% accuracy"),
    ],
)
def test_a_pipeline_reaching_an_offline_metric_is_no_production_pipeline(nlp, line, metric):
    assert evidence(nlp, line) == {("NB.OFFLINE_METRIC", metric, "asserted")}


@pytest.mark.parametrize(
    ("line", "pipeline"),
    [
        # production in the line
        (
            "Built the feature pipeline feeding the fraud model in production, achieving 0.91 AUC",
            "Built the feature pipeline",
        ),
        # an orchestrator and a schedule
        (
            "Built an Airflow training pipeline that retrains weekly, reaching 0.91 AUC",
            "Built an Airflow training pipeline",
        ),
        # a managed ML platform
        ("Built ML pipelines on SageMaker achieving 0.9 AUC", "Built ML pipelines"),
        # a figure of scale
        ("Built an ML pipeline processing 2TB of data per day, reaching 0.88 F1", "Built an ML pipeline"),
    ],
)
def test_a_pipeline_with_production_in_its_line_stays(nlp, line, pipeline):
    assert ("PROD.PIPELINE", pipeline, "asserted") in evidence(nlp, line)
