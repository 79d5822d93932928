"""A resume written only as a summary ("About" page, a new graduate's summary and skills list) is not judged
on its summary's wording.

Rubric §3 makes a claim ``supported`` on "at least one concrete P signal tied to the work of that position
(or, for a headline claim, anywhere in the experience or projects)", and ``inflated`` too "when the only
production words are a generic phrase in the summary … that no bullet backs". Session 21 tried reading an
About page's summary as the headline claim's work when the resume had no experience or projects section (four
real About pages labelled ``supported`` had come out ``unclear``). A review broke it at once: the common
new-graduate shape of a generic summary and a skills list became ``supported``, and so did wishes ("I would
love to deploy models on Kubernetes serving millions of users") and the employer's systems ("Acme, whose
recommendation engine serves 50 million users daily"), because summary wording was never tagged for who did
what. It was reverted; these cases pin the behaviour (the claim is ``unclear``). Session 26 reads a prose-only
resume's summary again, but only its first-person sentences that describe work, and not a sentence that
names the title (tests/test_prose_only_s26.py): the generic summary has no first person, the wishes are
``learning`` ("would love to"), and Acme's systems are in the sentence that introduces the candidate or have
no first person, so all three stay ``unclear``.
"""

from __future__ import annotations

import pytest

from resume_lens.screener import Screener

GENERIC_SUMMARY_AND_SKILLS = """Morgan Bell
Machine Learning Engineer

Professional Summary
Results-driven Machine Learning Engineer with 5+ years of experience designing, developing and
deploying scalable ML solutions.
Proficient in Python, TensorFlow, AWS SageMaker, Docker, Kubernetes and MLflow.
Expertise in MLOps, model deployment, model monitoring, CI/CD for ML and A/B testing.

Skills
Python, SQL, PyTorch, TensorFlow, SageMaker, Docker, Kubernetes, Airflow

Education
MSc Data Science, State University, 2019
"""

WISHES = """Morgan Bell
Machine Learning Engineer

About
I am a Machine Learning Engineer.
I would love to deploy models on Kubernetes serving millions of users.
Someday I want to run real-time inference on SageMaker endpoints.
"""

EMPLOYERS_SYSTEMS = """Morgan Bell
Machine Learning Engineer

About
I am a Machine Learning Engineer at Acme, whose recommendation engine serves 50 million users daily.
Acme's ML platform runs on Kubernetes with automated retraining and drift monitoring.
I analyse A/B test results and build dashboards in Tableau.
"""


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.mark.parametrize("text", [GENERIC_SUMMARY_AND_SKILLS, WISHES, EMPLOYERS_SYSTEMS])
def test_a_summary_only_resume_is_unclear(screener, text):
    assessment = screener.assess_text(text)
    assert assessment.verdict == "unclear"
    assert assessment.claims[0].source == "headline"
