"""Write the English word list that de-hyphenation reads (``resume_lens/data/english_words.txt.gz``).

:func:`resume_lens.reading_text.is_known_word` decides whether ``"plat-\\nform"`` is one broken word. Its
vocabulary is every lower-case alphabetic word of three or more letters in the ``en_lexeme_prob`` table of
spacy-lookups-data (1.0.5: 321,969 words). Reading that 5 MB JSON table of probabilities took 0.6-1.7 s on
the first broken word of a run; the same words as a sorted, gzipped list of lines (0.9 MB) load in about
0.08 s. The set is the same, so de-hyphenation, tagging and training do not change
(``tests/test_word_list.py`` checks the shipped file against the table).

Output is byte-identical across runs (sorted words, gzip with a zero timestamp). Run after upgrading
spacy-lookups-data, from the repository root::

    python scripts/make_word_list.py
"""

from __future__ import annotations

import gzip
import json
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resume_lens" / "data" / "english_words.txt.gz"


def source_words() -> list[str]:
    """The words of spacy-lookups-data's ``en_lexeme_prob`` that de-hyphenation may join into, sorted."""
    table = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        probs = json.load(handle)
    return sorted(w for w in probs if len(w) > 2 and w.isalpha() and w.islower())


def word_list_bytes(words: list[str]) -> bytes:
    """``words`` one per line, UTF-8, gzipped reproducibly (level 9, timestamp 0)."""
    return gzip.compress("\n".join(words).encode("utf-8"), compresslevel=9, mtime=0)


def main() -> int:
    words = source_words()
    OUT.write_bytes(word_list_bytes(words))
    print(f"{len(words):,} words → {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
