"""Figures and cues an AI engineer's resume (corpus d_001) showed the tagger missing or misreading.

Span texts are worked out by hand from ``patterns/measures.jsonl``, ``patterns/llm.jsonl`` and
``patterns/context.jsonl``: a volume "on a normal weekday" is a rate like "a day" (taxonomy §2 P13), a
cost cut "by about 40%" is a cost figure like "by 40%", retrieval over a counted document set is RAG
(A02), and "the support leads" are people the candidate works with, not a team the work is attributed to
(§6.5).
"""

from __future__ import annotations

import pytest
from line_evidence import evidence


@pytest.mark.parametrize(
    ("text", "label", "span", "polarity"),
    [
        (
            "Ada takes roughly 3,000 conversations on a normal weekday.",
            "MEAS.THROUGHPUT",
            "3,000 conversations on a normal weekday",
            "asserted",
        ),
        (
            "Cut cost per conversation by about 40% by routing simple questions to a smaller model.",
            "MEAS.COST",
            "Cut cost per conversation by about 40%",
            "asserted",
        ),
        (
            "Designed and shipped Ada: retrieval over ~4,800 help-centre articles.",
            "LLM.RAG",
            "retrieval over ~4,800 help-centre articles",
            "asserted",
        ),
        (
            "I go through the thumbs-down queue with the support leads, and the bad answers become new "
            "golden-set questions.",
            "LLM.EVAL",
            "golden-set questions",
            "asserted",
        ),
        (
            "Supported senior engineers who deployed the fraud model to SageMaker.",
            "PROD.CLOUD_ML",
            "deployed the fraud model to SageMaker",
            "attributed",
        ),
    ],
)
def test_figures_and_cues(nlp, text, label, span, polarity):
    assert (label, span, polarity) in evidence(nlp, text)
