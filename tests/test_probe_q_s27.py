"""What session 27's first held-out probe of public resumes found (texts written for this test, not copied).

* "- Prenuvo - Applied Machine Learning Scientist   Aug 2024 -- Present" over nested bullets: a list item of
  employer, title and dates set off by a spaced dash is a position header, as the bar form was
  (``positions._employer_part_before_barred_title``).
* "*Senior Applied Scientist (L6)*." under an employer line: a title in emphasis with a period after it is a
  header line, not a sentence (``positions._EMPHASISED_THEN_PERIOD_RE``).
* "detecting abandoned objects" names what a system detects; "abandoned" negates only a project that was
  abandoned (``t32_pseudo_abandoned_things``).
* "Development and deployment of an object detection system" is a deployment, as "deployed an object detection
  system" was (``t32_deployment_of_ml_task_system``).
* "generating an estimated annual saving of $500,000" reports a saving made; "estimated to save" stays
  hypothetical (``t32_pseudo_realised_an_estimated``).
* "ensuring the models are production-ready, including monitoring model performance": the monitoring is
  done; "production-ready" qualifies only its own clause (``t32_term_comma_including_work``).
* "Artificial Vision Engineer" (Spanish "visión artificial") is a computer vision engineer (rubric §1), and
  "Innovative Projects" a projects heading.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

from resume_lens.sections import heading_name
from resume_lens.segment import segment
from resume_lens.titles import find_titles


def _positions(text: str) -> list[tuple[str, str | None, str | None, str | None, int]]:
    return [
        (p.title, p.organization, p.start_date, p.end_date, len(p.bullets)) for p in segment(text).positions
    ]


def test_employer_dash_title_dates_items_are_positions():
    text = (
        "CV\n\nWork experience\n"
        "- Acme Health - Applied Machine Learning Scientist   Aug 2024 -- Present\n"
        "  - Led a delivery team estimating organ age from MRI scans.\n"
        "  - Built an interpretable spine age model.\n\n"
        "- Acme Health - Machine Learning Intern   Jan 2024 -- Jul 2024\n"
        "  - Productionised the first spine age model.\n"
    )
    assert _positions(text) == [
        ("Applied Machine Learning Scientist", "Acme Health", "2024-08", "present", 2),
        ("Machine Learning Intern", "Acme Health", "2024-01", "2024-07", 1),
    ]


def test_a_dashed_item_with_a_third_part_is_no_header():
    # "employer - title - place" with dashes is too close to a line of work with dashes to read as a header
    text = "CV\n\nExperience\nData Scientist, Initech, 2020 - 2023\n- Churn model - Data Scientist - Berlin\n"
    assert [p[0] for p in _positions(text)] == ["Data Scientist"]


def test_an_emphasised_title_with_a_period_is_a_header_line():
    text = (
        "Experience\n\nAcme, Seattle, WA\n(2019 -- 2023)\n*Senior Applied Scientist (L6)*.\n"
        "Led science effort on a learning to rank algorithm shipped in Jan. 2023.\n"
        "Developed internal tools to visualise rankings.\n"
    )
    ((title, _, start, end, n_bullets),) = _positions(text)
    assert (title, start, end, n_bullets) == ("Senior Applied Scientist", "2019-01", "2023-12", 2)


@pytest.mark.parametrize(
    "line",
    [
        "Development of an AI-powered system for detecting abandoned objects in public spaces.",
        "Built a model predicting abandoned carts for the e-commerce team.",
    ],
)
def test_abandoned_things_detected_are_no_negation(nlp, line):
    assert not any(polarity == "negated" for _, _, polarity in evidence(nlp, line))


def test_an_abandoned_model_is_still_negated(nlp):
    assert ("PROD.SERVING", "model was abandoned", "negated") in evidence(
        nlp, "The churn model was abandoned after the pilot."
    )


def test_deployment_of_an_ml_task_system_is_serving(nlp):
    line = "Development and deployment of an object detection system for industrial quality control."
    assert ("PROD.SERVING", "deployment of an object detection system", "asserted") in evidence(nlp, line)
    assert "PROD.SERVING" not in labels(nlp, "Deployment of the new CRM system.")


@pytest.mark.parametrize(
    ("line", "label", "span", "polarity"),
    [
        (
            "Generating an estimated annual saving of $500,000.",
            "MEAS.COST",
            "saving of $500,000",
            "asserted",
        ),
        (
            "Resulted in an estimated 12% uplift in conversion.",
            "MEAS.BUSINESS",
            "12% uplift in conversion",
            "asserted",
        ),
        ("Estimated to save $90k a year.", "MEAS.COST", "$90k a year", "hypothetical"),
    ],
)
def test_an_estimated_figure_after_a_result_verb_is_asserted(nlp, line, label, span, polarity):
    assert (label, span, polarity) in evidence(nlp, line)


def test_production_ready_does_not_reach_work_after_including(nlp):
    line = (
        "Managed the full lifecycle of ML models, ensuring the models are production-ready, including "
        "monitoring model performance and adjusting models based on feedback."
    )
    assert ("PROD.MONITORING", "monitoring model performance and adjusting models", "asserted") in evidence(
        nlp, line
    )


def test_artificial_vision_engineer_is_an_ml_engineer_title():
    (match,) = [m for m in find_titles("Artificial Vision Engineer") if m.is_ml_claim]
    assert match.family == "ml_engineer"


def test_innovative_projects_is_a_projects_heading():
    assert heading_name("Innovative Projects") == "projects"


def test_foundation_model_engineer_is_an_ai_engineer_title():
    # session 27's third probe: "Foundation Model Engineer (Consultant)" shipping LoRA adapters under eval
    # gates
    (match,) = [m for m in find_titles("Foundation Model Engineer (Consultant)") if m.is_ml_claim]
    assert match.family == "ai_engineer"
