"""Tagger rules of session 26 (lines written for this test, not copied).

* "Ask me about RAG systems, Agentic workflows, and ML deployment" on a real profile README offers topics
  to talk about; it describes no work, so what follows is hedged like "interested in"
  (``t30_hedge_ask_me_about``). "I deployed the model; ask me about it" stays asserted.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence


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
