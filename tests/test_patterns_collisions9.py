"""Ordinary words that named a tool or technique in a rule (taxonomy §6.12), found in the public template
resumes of ``../shared/resumes/templates``: "set expectations" for new engineers is not Great Expectations
(P06 data validation), and "multi-agent" in reinforcement-learning research is not an LLM agent system (A04).
Span texts are worked out by hand from ``patterns/production.jsonl`` and ``patterns/llm.jsonl``.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Designed onboarding for new engineers and set expectations to help them succeed.", "PROD.QUALITY"),
        ("Research on multi-agent reinforcement learning for traffic control.", "LLM.AGENT"),
        ("Multi-Agent Path Finding with Learned Heuristics, AAAI 2023.", "LLM.AGENT"),
    ],
)
def test_ordinary_words_stay_silent(nlp, text, label):
    assert label not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [
        (
            "Built Great Expectations checks that gate every nightly load.",
            "PROD.QUALITY",
            "Great Expectations checks that gate every nightly load",
        ),
        ("Built Deequ checks on the feature tables.", "PROD.QUALITY", "Deequ checks on the feature tables"),
        ("Built a multi-agent LLM system for claims triage.", "LLM.AGENT", "multi-agent LLM"),
        (
            "Built a multi-agent research assistant with CrewAI.",
            "LLM.AGENT",
            "multi-agent research assistant",
        ),
    ],
)
def test_the_tools_still_count(nlp, text, label, span):
    assert (label, span, "asserted") in evidence(nlp, text)
