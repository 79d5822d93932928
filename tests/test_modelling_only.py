"""Rubric §3: a claim with 2 or more lines of work, all of it N-level, is ``inflated``.

"Training runs" and "experiments" are N-level work (rubric §3), but a bare "Built advanced machine learning
and deep learning models for time-series forecasting" names no taxonomy signal, so it held no span, and the
claim model, trained on resumes written for this project, read such a claim as too thin to judge: ``unclear``.
Probes 14 and 15 of public resumes (labels frozen before the tool ran) had 4 such intern and junior claims
labelled ``inflated``. ``resume_lens.modelling_work`` finds those lines and
``resume_lens.assess.modelling_only_lines`` makes the claim ``inflated`` when nothing in its scope shows
production in any form; vague responsibilities ("Responsible for the end-to-end machine learning
lifecycle") and research internships stay ``unclear``.

A review then broke the first cut, which needed no tagged signal at all: production work the tagger has no
words for ("Trained speech recognition models now shipping in the company's smart speaker") and vague
responsibilities ("Using machine learning to drive decisions") turned ``inflated``. Now a notebook-level span
must stand among the lines, the verbs are hands-on ones and the objects concrete model words.
"""

from __future__ import annotations

import pytest

from resume_lens.assess import decide_verdict
from resume_lens.modelling_work import is_modelling_text
from resume_lens.screener import Screener


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Built advanced machine learning and deep learning models for time-series forecasting.", True),
        ("Build and train deep learning models for OCR tasks", True),
        ("Conducted comprehensive data analysis and model development.", True),  # a phrase of the file
        ("Tuned hyperparameters via systematic grid search.", True),
        # verbs of responsibility or use and the bare field are vague, not hands-on work (a review)
        ("Applied machine learning techniques to a real-world engineering problem.", False),
        ("Using machine learning to drive decisions across the pricing organisation.", False),
        ("Designing and implementing machine learning solutions for enterprise clients.", False),
        ("Fine-tuned a ResNet on 40k product photos.", True),
        ("Responsible for the end-to-end machine learning lifecycle.", False),  # a responsibility
        ("Driving the adoption of MLOps best practices.", False),
        ("Mentoring junior data scientists and ML engineers.", False),
        ("Designed the data model of the billing service.", False),  # ml_work.json's not_words
        ("Implemented regression tests for the payments API.", False),  # no regression model
        ("Used SQL to build weekly reports.", False),
        # session 23: reinforcement learning and detectors named by their algorithm or model
        ("Implemented self-play training for the DQN agent.", True),
        ("Trained YOLOv8 detectors for pile depth tracking.", True),
        ("Developed a PPO policy network with curriculum learning.", True),
    ],
)
def test_modelling_lines(text, expected):
    assert is_modelling_text(text) is expected


def test_modelling_only_decides_inflated_when_the_model_leans_unclear():
    leaning_unclear = {"supported": 0.05, "unclear": 0.6, "inflated": 0.35}
    assert decide_verdict(leaning_unclear, lines_in_scope=3, has_production=False) == "unclear"
    assert (
        decide_verdict(leaning_unclear, lines_in_scope=3, has_production=False, modelling_only=True)
        == "inflated"
    )


INTERN = """Priya Menon

Experience

Machine Learning Engineer Intern | Harbour Analytics | Dec 2024 - Jun 2025
- Worked on large-scale data analysis and cleaning workflows.
- Built advanced machine learning and deep learning models for time-series forecasting.
- Developed automation pipelines for web scraping tasks.

Education
B.Tech Computer Science, 2025
"""


def _claim(text: str):
    assessment = Screener().assess_text(text)
    return assessment, assessment.claims[0]


def test_an_intern_claim_of_modelling_and_analysis_only_is_inflated():
    assessment, claim = _claim(INTERN)
    assert (assessment.verdict, claim.verdict) == ("inflated", "inflated")
    # the model alone leaned elsewhere; the reason quotes the lines that decided it
    assert claim.p_inflated < 0.5
    why = [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert len(why) == 1
    assert why[0].startswith("2 bullet(s) or sentence(s) of work in this position describe")
    assert '"Built advanced machine learning and deep learning models for time-series forecasting."' in why[0]
    assert '"Worked on large-scale data analysis and cleaning workflows."' in why[0]


def test_a_tool_named_in_a_line_leaves_it_to_the_model():
    # a tool the tagger only names ("packaged with Docker") may stand for production work it missed
    text = INTERN.replace("web scraping tasks.", "web scraping tasks, packaged with Docker.")
    assessment, claim = _claim(text)
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert claim.p_inflated < 0.5  # the model leans unclear (p_unclear 0.60), as for INTERN
    assert assessment.verdict == "unclear"


VAGUE = """Daniel Ortiz

Experience

Senior ML Engineer | Southern Insurance Group | Mar 2021 - Present
- Responsible for the end-to-end machine learning lifecycle across the pricing and claims portfolios.
- Partnering with actuarial, product and technology stakeholders to deliver AI-powered solutions.
- Mentoring junior data scientists and ML engineers.
"""


def test_vague_responsibilities_are_no_modelling_lines():
    # rubric §3: "only vague responsibilities" is unclear, not inflated
    assessment, claim = _claim(VAGUE)
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert assessment.verdict == "unclear"


ONE_LINE = """Ana Ruiz

Experience

Machine Learning Engineer Intern | Harbour Analytics | Dec 2024 - Jun 2025
- Built deep learning models for time-series forecasting.
- Organised the team's weekly knowledge-sharing sessions.
"""


UNTAGGED_PRODUCTION = """Alex Morgan
Senior Machine Learning Engineer

Experience
Senior Machine Learning Engineer | Sonora Audio | Mar 2019 - Present
- Trained speech recognition models now shipping in the company's smart speaker.
- Developed the underwriting model that decides 80% of applications automatically.
- Built the fraud models that score every card payment at the bank.
"""


def test_production_work_the_tagger_has_no_words_for_is_not_made_inflated():
    # no notebook-level span stands among the lines: the model judges (rubric §3 needs "all of it N-level")
    assessment, claim = _claim(UNTAGGED_PRODUCTION)
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]
    # "now shipping in the company's smart speaker" is serving since t22_now_shipping_in_a_product
    assert [(e["label"], e["text"]) for e in claim.evidence] == [
        ("PROD.SERVING", "now shipping in the company's smart speaker")
    ]
    assert assessment.verdict == "supported"
    # without it, no span at all: the model judges the two untagged production lines, not the rule
    text = UNTAGGED_PRODUCTION.replace(
        "- Trained speech recognition models now shipping in the company's smart speaker.\n", ""
    )
    assessment, claim = _claim(text)
    assert claim.evidence == ()
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert assessment.verdict == "unclear"


def test_one_modelling_line_is_not_enough_to_judge():
    assessment, claim = _claim(ONE_LINE)
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert assessment.verdict == "unclear"  # p_inflated 0.16


NOT_DEPLOYED = """Jon Berg

Experience

ML Engineer | Nordtel | Jan 2022 - Dec 2023
- Developed a customer churn model (CatBoost) on 1.2M postpaid subscribers; AUC 0.86 on the test period.
- The churn model was not deployed due to a reorganisation of the CRM department; results were handed
  over as a report.
- Trained a complaint topic model for the customer care team.
"""


def test_a_model_that_was_not_deployed_is_n_level_work():
    # a negated deployment says nothing went to production (taxonomy §3): it does not block the rule
    assessment, claim = _claim(NOT_DEPLOYED)
    assert [s["polarity"] for s in claim.evidence if s["label"] == "PROD.SERVING"] == ["negated"]
    why = [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert len(why) == 1 and why[0].startswith("3 bullet(s) or sentence(s) of work in this position describe")
    assert assessment.verdict == "inflated"


@pytest.mark.parametrize(
    "line",
    [
        "- Supported the MLOps team that deployed the churn model.",  # attributed to others
        "- Developed and deployed ML models.",  # vague: rubric §3 calls it unclear, not N-level
    ],
)
def test_an_attributed_or_vague_production_mention_still_blocks_the_rule(line):
    text = NOT_DEPLOYED.replace("- Trained a complaint topic model for the customer care team.", line)
    assessment, claim = _claim(text)
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]


# --- rubric §3 counts "bullets or sentences": each sentence of a paragraph is judged on its own -------------

PARAGRAPH_INTERN = """Priya Menon

Experience

Machine Learning Engineer Intern | Harbour Analytics | Dec 2024 - Jun 2025
Worked on large-scale data analysis and cleaning workflows. Built advanced machine learning and deep \
learning models for time-series forecasting.

Education
B.Tech Computer Science, 2025
"""


def test_a_paragraph_of_two_n_level_sentences_is_two_lines_of_n_level_work():
    assessment, claim = _claim(PARAGRAPH_INTERN)
    why = [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert len(why) == 1
    assert why[0].startswith("2 bullet(s) or sentence(s) of work in this position describe")
    # each sentence is quoted on its own
    assert '"Worked on large-scale data analysis and cleaning workflows."' in why[0]
    assert '"Built advanced machine learning and deep learning models for time-series forecasting."' in why[0]
    assert (assessment.verdict, claim.verdict) == ("inflated", "inflated")


def test_a_paragraph_with_one_n_level_sentence_is_one_line_of_n_level_work():
    # the second sentence is work, but neither modelling nor a notebook-level signal: one N-level sentence
    text = PARAGRAPH_INTERN.replace(
        "Built advanced machine learning and deep learning models for time-series forecasting.",
        "Coordinated the sprint planning of the analytics team.",
    )
    assert "Coordinated the sprint" in text
    assessment, claim = _claim(text)
    assert [s["label"] for s in claim.evidence] == ["NB.EDA"]
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert claim.p_inflated < 0.5  # the model leans unclear, as for the two-sentence paragraph
    assert claim.verdict == "unclear"


# --- a fine-tuning or evaluation run is N-level work (rubric §2: "trained/fine-tuned/benchmarked a model") --

FINE_TUNING = """Omar Said

Experience

Machine Learning Engineer | Nile Telecom | Feb 2020 - Sep 2023
- Build and train deep learning models for OCR tasks
- Fine-tune models for document understanding and evaluate performance
"""


def test_fine_tuning_and_training_only_is_inflated():
    # real resumes probes 26-27: the fine-tuning line was read as LLM-application work, which kept the claim
    # from the rule, and the lines held no notebook-level span: "too little notebook-level work" (unclear)
    assessment, claim = _claim(FINE_TUNING)
    assert [(e["label"], e["text"]) for e in claim.evidence if e["category"] != "tool"] == [
        ("LLM.FINETUNE", "Fine-tune models")
    ]
    why = [r for r in claim.reasons if "describe building, training or analysing models" in r]
    assert len(why) == 1 and why[0].startswith("2 bullet(s) or sentence(s) of work in this position describe")
    assert assessment.verdict == "inflated"


@pytest.mark.parametrize(
    "line",
    [
        "- Deployed the OCR model behind a FastAPI service used by 40 clerks",  # production
        "- Built a RAG assistant over the contract archive with LangChain",  # an LLM application
    ],
)
def test_fine_tuning_beside_production_or_an_application_is_not_made_inflated(line):
    assessment, claim = _claim(FINE_TUNING + line + "\n")
    assert not [r for r in claim.reasons if "describe building, training or analysing models" in r]


RESEARCH = """Omar Said

Experience

Machine Learning Engineer | Nile Telecom | Feb 2020 - Sep 2023
- Led research on graph neural networks for fraud detection.
- Built and trained deep learning models for speech enhancement.
"""


def test_research_and_training_only_is_inflated():
    # rubric §3 lists "research" among N-level work: a research span is a signal to stand on, like a notebook
    assessment, claim = _claim(RESEARCH)
    assert [(e["label"], e["text"]) for e in claim.evidence] == [("RES.ROLE", "Led research on")]
    assert assessment.verdict == "inflated"
    # a research internship stays unclear (rubric clarification 4)
    intern = RESEARCH.replace("Machine Learning Engineer |", "Applied Scientist Intern |")
    assert Screener().assess_text(intern).verdict == "unclear"
