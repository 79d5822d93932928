"""The tagger's reading text: Markdown marks, ligatures, broken words, whitespace; exact offsets back."""

from __future__ import annotations

import pytest

from resume_lens.reading_text import dehyphenate, is_known_word, reading_text
from resume_lens.structure import Line
from resume_lens.tagging import tag_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serv- ing 3.2 M users with 99.95 % avail- ability.",
            "Serving 3.2 M users with 99.95 % availability.",
        ),
        ("moved to the plat-\n    form team", "moved to the platform team"),
        ("self- hosted", "self-hosted"),  # "selfhosted" is no word: keep the hyphen, drop the space
        ("pre- and post-processing", "pre- and post-processing"),  # suspended hyphen
        ("Python - pandas", "Python - pandas"),  # a dash between words is not a break
        ("CI/CD- Jenkins", "CI/CD- Jenkins"),  # capital after the hyphen: not a broken word
        ("Built Airﬂow DAGs, back- ﬁll", "Built Airflow DAGs, backfill"),
        ("no change here", "no change here"),
        # Markdown emphasis and code marks (real resumes, session 25)
        ("deploying **multi-agents** for HR", "deploying multi-agents for HR"),
        ("fine-tuned **LLaMA-12B**, supporting", "fine-tuned LLaMA-12B, supporting"),
        ("***Bold italic*** and *Airflow* DAGs", "Bold italic and Airflow DAGs"),
        ("ran `kubectl apply` from __CI__", "ran kubectl apply from CI"),
        # not marks: a spaced separator, a product, a name with underscores
        ("Python * SQL, 3*4 grid, feature_store", "Python * SQL, 3*4 grid, feature_store"),
    ],
)
def test_reading_text(text, expected):
    reading, offsets = reading_text(text)
    assert reading == expected
    assert len(offsets) == len(reading) + 1 and offsets[-1] == len(text)
    assert offsets == sorted(offsets)


def test_offsets_point_at_the_source_characters():
    text = "Reduced p99 la- tency on the plat-\n  form"
    reading, offsets = reading_text(text)
    start = reading.index("latency")
    end = start + len("latency")
    assert text[offsets[start] : offsets[end - 1] + 1] == "la- tency"
    start = reading.index("platform")
    assert text[offsets[start] : offsets[start + len("platform") - 1] + 1] == "plat-\n  form"


def test_vocabulary():
    assert is_known_word("latency") and is_known_word("Platform")
    assert not is_known_word("tency") and not is_known_word("selfhosted")
    assert dehyphenate("nothing to do")[0] == "nothing to do"


def test_tagger_reads_broken_words_and_maps_the_spans_back():
    text = "Serv- ing 3.2 M monthly active users with 99.95 % avail- ability."
    line = Line(text=text, start=100, end=100 + len(text), section="experience", position_index=0)
    found = [(s.label, s.text, s.start - 100) for s in tag_lines([line])]
    assert ("MEAS.UPTIME", "99.95 % avail- ability", text.index("99.95")) in found


def test_tagger_reads_through_markdown_bold_and_maps_the_spans_back():
    text = "Implemented query expansion, deploying **multi-agents** for HR, IT and Finance departments."
    line = Line(text=text, start=7, end=7 + len(text), section="experience", position_index=0)
    found = [(s.label, s.polarity, s.text, s.start - 7) for s in tag_lines([line])]
    start = text.index("deploying")
    assert ("LLM.AGENT", "asserted", "deploying **multi-agents** for", start) in found
