"""Distributed-training frameworks named bare are tools (``TOOL.DIST_TRAIN``), never production evidence.

"Distributed: Horovod, DeepSpeed" in a skills list is a keyword (taxonomy §6.9, §7.2 level S0): it is recorded
as a tool, so the keyword-stuffing signal can count it, while training *with* DeepSpeed is distributed
training work (P-category ``PROD.DIST_TRAIN``), and "familiar with DeepSpeed" is that work, hedged
(``components.DEFAULT_QUALIFIED_TOOLS``). Span texts are worked out by hand from ``patterns/tools.jsonl`` and
``patterns/production.jsonl``.
"""

from __future__ import annotations

from line_evidence import evidence

from resume_lens.structure import Line
from resume_lens.tagging import tag_lines


def test_a_bare_framework_list_is_tools_only(nlp):
    text = "Distributed: Horovod, DeepSpeed"
    line = Line(text=text, start=0, end=len(text), section="experience", position_index=0)
    spans = tag_lines([line], nlp=nlp)
    assert {(s.label, s.text, s.category) for s in spans} == {
        ("TOOL.DIST_TRAIN", "Horovod", "tool"),
        ("TOOL.DIST_TRAIN", "DeepSpeed", "tool"),
    }
    assert evidence(nlp, text) == set()


def test_training_with_the_framework_is_work(nlp):
    found = evidence(nlp, "Trained the 7B model with DeepSpeed ZeRO-3 across 64 GPUs.")
    assert ("PROD.DIST_TRAIN", "with DeepSpeed", "asserted") in found


def test_a_hedged_framework_is_hedged_work(nlp):
    found = evidence(nlp, "Familiar with DeepSpeed and FSDP.")
    assert ("PROD.DIST_TRAIN", "with DeepSpeed and FSDP", "hedged") in found  # one hedged mention
    assert not any(polarity == "asserted" for _, _, polarity in found)
