"""Self-hosted LLM serving (A-category ``LLM.OPS``) against serving any model (``PROD.SERVING``).

NVIDIA Triton serves any model (ranking, vision, tabular), so "deployed the ranking model … with Triton"
is model serving, not LLM operations. Engines made for LLMs (vLLM, TGI, SGLang, Ollama, llama.cpp,
LMDeploy, NIM) make a generic "model" an LLM, and a named LLM is LLM operations on any engine, Triton
included (rules ``self_hosted_llm`` and ``self_hosted_llm_generic_model`` in ``patterns/llm.jsonl``).
Span texts are worked out by hand from the patterns: from the first to the last token the rule requires.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels


def test_a_ranking_model_on_triton_is_model_serving(nlp):
    text = (
        "Deployed the ranking model to production on Kubeflow with Triton serving 9,000 requests per second."
    )
    found = evidence(nlp, text)
    assert ("PROD.SERVING", "Deployed the ranking model to production", "asserted") in found
    assert "LLM.OPS" not in labels(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Self-hosted Llama 3 on Triton for the support team.", "Self-hosted Llama 3 on Triton"),
        ("Deployed the tuned models on vLLM behind a gateway.", "Deployed the tuned models on vLLM"),
        ("Served the summarisation model with TGI on two A100s.", "Served the summarisation model with TGI"),
    ],
)
def test_self_hosted_llm_serving_is_llm_operations(nlp, text, span):
    assert ("LLM.OPS", span, "asserted") in evidence(nlp, text)


# --- "…; the team's model serves 2M users": another subject after a clause break is attribution -------


def test_the_team_after_a_semicolon_is_attributed(nlp):
    text = "Our squad launched the ranking model in 2023; the team's model now serves 2 million users a day."
    polarities = {label: polarity for label, _, polarity in evidence(nlp, text) if label.startswith("MEAS.")}
    assert polarities == {"MEAS.USERS": "attributed", "MEAS.THROUGHPUT": "attributed"}


def test_the_team_as_an_object_is_not_attribution(nlp):
    # "for the team" after the verb: the candidate did the work (no clause break before "the team")
    text = "Deployed the ranking model to production for the search team, serving 2 million users a day."
    assert {polarity for _, _, polarity in evidence(nlp, text)} == {"asserted"}
