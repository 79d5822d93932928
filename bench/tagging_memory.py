"""Benchmark: does a long batch grow the tagger's memory? (a script, not a test; issue 6 item 6).

Tags ``--resumes`` synthetic resumes of 60 lines each in one process, every line carrying four words
never seen before (a company, an e-mail address, a phone number, a code): far more new words than real
resumes bring, so any per-word growth shows. Prints the resident set size (MB, from /proc/self/status)
and the size of the pipeline's string store every ``--every`` resumes.

``resume_lens.tagging.tag_lines`` tags each resume inside a spaCy memory zone, which frees the words a
resume added; without it the string store and the memory grow with every resume.

Usage, from the repository root::

    python bench/tagging_memory.py [--resumes 3000] [--every 500]
"""

from __future__ import annotations

import argparse
import random

from resume_lens.structure import Line
from resume_lens.tagging import get_pipeline, tag_lines


def resident_mb() -> int:
    """Resident set size of this process in MB (Linux ``/proc/self/status``)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for row in status:
            if row.startswith("VmRSS:"):
                return int(row.split()[1]) // 1024
    return -1


def synthetic_resume(number: int, rng: random.Random) -> list[Line]:
    """60 experience lines with production evidence and four new words each."""
    lines = []
    for j in range(60):
        new_words = (
            f"Acme{number}x{j} user{number}_{j}@mail{number}.com +44-{number:05d}-{j:04d} "
            f"Zq{rng.randrange(10**9)}"
        )
        text = (
            f"Deployed the ranking model {new_words} to production at {rng.randrange(100, 9999)} QPS "
            "with drift alerts on SageMaker"
        )
        lines.append(Line(text=text, start=0, end=len(text), section="experience", position_index=0))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resumes", type=int, default=3000, help="synthetic resumes to tag (default: 3000)")
    parser.add_argument(
        "--every", type=int, default=500, help="report every this many resumes (default: 500)"
    )
    args = parser.parse_args()
    nlp = get_pipeline()
    rng = random.Random(0)
    print("resumes  RSS MB  strings in the vocabulary")
    for number in range(1, args.resumes + 1):
        tag_lines(synthetic_resume(number, rng), nlp=nlp)
        if number == 100 or number % args.every == 0:
            print(f"{number:7d}  {resident_mb():6d}  {len(nlp.vocab.strings):,}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
