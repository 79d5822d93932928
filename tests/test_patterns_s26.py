"""Tagger rules of session 26 (lines written for this test, not copied).

* "Ask me about RAG systems, Agentic workflows, and ML deployment" on a real profile README offers topics
  to talk about; it describes no work, so what follows is hedged like "interested in"
  (``t30_hedge_ask_me_about``). "I deployed the model; ask me about it" stays asserted.
* "I would love to deploy models on Kubernetes serving millions of users" is a wish (``future_aspire_to``
  now has "love"; a review of session 21's About-page rule).
* "Experience building, deploying and monitoring ML models" names no model, mechanism, user or figure: as
  vague as "developed and deployed ML models" (rubric §3; ``t30_vague_lifecycle_verbs_bare_models``), unless
  a figure follows or the models are for a named use.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, recorded


@pytest.mark.parametrize(
    ("line", "label", "span"),
    [
        ("Ask me about RAG systems, agentic workflows and ML deployment", "PROD.SERVING", "ML deployment"),
        ("Ask me about RAG systems, agentic workflows and ML deployment", "LLM.RAG", "RAG systems"),
        ("Talk to me about model serving on Kubernetes.", "PROD.SERVING", "model serving"),
    ],
)
def test_topics_offered_to_talk_about_are_hedged(nlp, line, label, span):
    assert (label, span, "hedged") in evidence(nlp, line, section="summary")


def test_work_before_an_offer_to_talk_stays_asserted(nlp):
    line = "I deployed the model; ask me about it"
    assert ("PROD.SERVING", "deployed the model", "asserted") in evidence(nlp, line, section="summary")


def test_a_wish_is_not_work(nlp):
    line = "I would love to deploy models on Kubernetes serving millions of users."
    found = evidence(nlp, line, section="summary")
    assert ("PROD.SERVING", "deploy models", "learning") in found
    assert ("MEAS.USERS", "millions of users", "learning") in found


@pytest.mark.parametrize(
    ("line", "span", "polarity"),
    [
        (
            "Experience building, deploying and monitoring ML models in a regulated environment.",
            "monitoring ML models",
            "vague",
        ),
        (
            "Built, deployed and monitored machine learning models.",
            "monitored machine learning models",
            "vague",
        ),
        (
            "Deployed and monitored ML models for fraud detection at a bank.",
            "monitored ML models",
            "asserted",
        ),
        ("Deployed and monitored ML models serving 2M users.", "monitored ML models", "asserted"),
    ],
)
def test_lifecycle_verbs_before_bare_models_are_vague(nlp, line, span, polarity):
    assert ("PROD.MONITORING", span, polarity) in recorded(nlp, line)
