"""The shipped de-hyphenation word list equals its source table (scripts/make_word_list.py)."""

from __future__ import annotations

from importlib import resources

from resume_lens.reading_text import WORD_LIST, _vocabulary, is_known_word


def test_shipped_word_list_is_regenerated_byte_for_byte_from_spacy_lookups_data(load_script):
    script = load_script("make_word_list")
    words = script.source_words()
    assert len(words) == 321_969  # spacy-lookups-data 1.0.5
    shipped = (resources.files("resume_lens") / "data" / WORD_LIST).read_bytes()
    assert shipped == script.word_list_bytes(words), "run python scripts/make_word_list.py"
    assert _vocabulary() == frozenset(words)


def test_word_list_decides_broken_words():
    assert is_known_word("platform") and is_known_word("Availability")
    assert not is_known_word("selfhosted") and not is_known_word("ab")  # two letters are never listed
