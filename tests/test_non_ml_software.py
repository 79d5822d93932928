"""Rubric clarification 2: "A claim whose bullets describe only non-ML software work (web pages, integrations,
scripting) is ``inflated``: the claim has no ML production evidence behind it."

Probe 17 of public resumes (labels frozen before the tool ran) had an "AI Software Engineer Intern" whose
bullets were responsive websites and legacy web systems: no span at all, so the claim model read it as too
little to judge (``unclear``). ``resume_lens.assess.non_ml_software_lines`` finds such claims: a position
whose bullets never mention ML work, with two or more bullets or sentences of software work
(``software_words`` of ``data/ml_work.json``) and no figure or analysis span.
"""

from __future__ import annotations

import pytest

from resume_lens.assess import decide_verdict
from resume_lens.ml_work import is_software_text
from resume_lens.screener import Screener


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Designed and developed responsive websites for government agencies.", True),
        ("Troubleshot and optimized legacy web systems to enhance performance.", True),
        ("Built Salesforce integrations and CSV export scripts.", True),
        ("Wrote onboarding documentation for new team members.", False),
        ("Collaborated with stakeholders to define requirements.", False),
        ("Reviewed pull requests every week.", False),
    ],
)
def test_software_text(text, expected):
    assert is_software_text(text) is expected


def test_non_ml_software_only_decides_inflated():
    leaning_unclear = {"supported": 0.01, "unclear": 0.78, "inflated": 0.21}
    assert decide_verdict(leaning_unclear, lines_in_scope=3, has_production=False) == "unclear"
    assert (
        decide_verdict(leaning_unclear, lines_in_scope=3, has_production=False, non_ml_software_only=True)
        == "inflated"
    )
    # too thin to judge stays unclear whatever the lines are (rubric §3)
    assert (
        decide_verdict(leaning_unclear, lines_in_scope=1, has_production=False, non_ml_software_only=True)
        == "unclear"
    )


WEB_INTERN = """Experience

AI Software Engineer Intern | Simplevia Technologies | July 2025 - August 2025
- Designed and developed responsive websites tailored to client requirements for government agencies.
- Troubleshot and optimized legacy web systems to enhance performance and reliability.
- Shipped 6 projects within 2 months.
Skills: React, Next.js, Python

Education
BS Computer Engineering, 2026
"""


def _claim(text: str):
    assessment = Screener().assess_text(text)
    return assessment, assessment.claims[0]


def test_a_claim_of_web_work_only_is_inflated_and_says_why():
    assessment, claim = _claim(WEB_INTERN)
    assert claim.title == "AI Software Engineer Intern"
    assert claim.p_inflated < 0.5  # the model alone leaned elsewhere
    why = [r for r in claim.reasons if "rubric clarification 2" in r and "software work" in r]
    assert len(why) == 1
    # the two lines of web work are quoted; "Skills: React, Next.js, Python" is a skills list, not work
    assert why[0].startswith("2 bullet(s) or sentence(s) of work in this position describe software work")
    assert "Skills:" not in why[0]
    assert (assessment.verdict, claim.verdict) == ("inflated", "inflated")


@pytest.mark.parametrize(
    "change",
    [
        # an ML word makes it ML work: the model judges it
        ("legacy web systems", "legacy web systems and the churn model's scoring page"),
        # a figure outside the software lines may be ML work written without ML words
        ("Shipped 6 projects within 2 months.", "Built the recommender serving 5M users."),
        # one line of software work is not enough to judge
        ("- Troubleshot and optimized legacy web systems to enhance performance and reliability.\n", ""),
    ],
)
def test_ml_work_a_figure_or_too_little_software_leaves_it_to_the_model(change):
    old, new = change
    assert old in WEB_INTERN
    _, claim = _claim(WEB_INTERN.replace(old, new))
    assert not [r for r in claim.reasons if "rubric clarification 2" in r and "software work" in r]


def test_a_headline_claim_is_judged_on_all_the_work():
    text = "Maya Ortiz\nMachine Learning Engineer\n\n" + WEB_INTERN.replace(
        "AI Software Engineer Intern", "Web Developer"
    )
    _, claim = _claim(text)
    assert claim.source == "headline"
    assert [r for r in claim.reasons if "rubric clarification 2" in r and "software work" in r]
    assert claim.verdict == "inflated"
    # ML work anywhere (here an older position) leaves the headline to the model
    ml_job = "Data Scientist | Kuro | 2022 - 2024\n- Trained churn models in Jupyter notebooks.\n\nEducation"
    _, claim = _claim(text.replace("Education", ml_job, 1))
    assert not [r for r in claim.reasons if "rubric clarification 2" in r and "software work" in r]


def test_a_figure_of_the_software_work_itself_does_not_block_the_rule():
    # "websites for 18 clients" is the websites' figure (MEAS.USERS on a line of software work)
    text = WEB_INTERN.replace(
        "- Shipped 6 projects within 2 months.", "- Developed WordPress websites for 18 clients."
    )
    _, claim = _claim(text)
    # the figure is a non-ML position's, not counted for the claim (rubric clarification 2)
    assert any(
        "1 production signal(s) in positions whose bullets never mention ML work" in r for r in claim.reasons
    )
    why = [r for r in claim.reasons if "rubric clarification 2" in r and "software work" in r]
    assert len(why) == 1 and why[0].startswith("3 bullet(s) or sentence(s)")
    assert claim.verdict == "inflated"


# --- a review: ML work written without ML words, other languages and responsibilities keep the rule off -----

SPEECH = """Experience

Machine Learning Engineer | Voxa | 2019 - Present
- Shipped on-device wake word and voice command understanding in the Android and iOS apps.
- Built the speech backend microservices that transcribe voice notes for the messaging app.
- Integrated the transcription API into the customer support CRM.
"""

SPANISH = """Experiencia

Machine Learning Engineer | Banco Sur | 2020 - Present
- Desarrollé modelos de detección de fraude y los desplegué en producción mediante una API REST.
- Integré el servicio con la app de iOS y Android para 2 millones de clientes.
"""

VAGUE = """Experience

Machine Learning Engineer | Acme Labs | 2022 - Present
- Worked on the backend of the company's products.
- Responsible for API design and integration with clients.
"""


@pytest.mark.parametrize("text", [SPEECH, SPANISH, VAGUE])
def test_ml_work_without_ml_words_another_language_or_responsibilities_keep_the_rule_off(text):
    _, claim = _claim(text)
    assert not [r for r in claim.reasons if "rubric clarification 2" in r and "software work" in r]
    assert claim.verdict != "inflated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Responsible for API design and integration with clients.", False),  # a responsibility
        ("Worked on integrations with third-party services.", False),
        ("Wrote REST endpoints in Node/Express for the scheduling team.", True),
    ],
)
def test_a_responsibility_is_no_line_of_software_work(text, expected):
    assert is_software_text(text) is expected
