"""Benchmark: evidence-tagging speed of the spaCy rule pipeline (a script, not a test).

Tags every line of ``corpora/evidence_lines.jsonl`` with ``nlp.pipe`` in one process and prints the
pipeline build time (seconds) and the tagging rate (lines per second, best of ``--repeat`` runs).
Issue 3 sets the goal at 5,000 lines per second on one core.

Usage, from the repository root::

    python bench/tagging_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from resume_lens.nlp import build_pipeline

GOLD = Path(__file__).resolve().parent.parent / "corpora" / "evidence_lines.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args()
    lines = [json.loads(raw)["text"] for raw in GOLD.read_text(encoding="utf-8").splitlines() if raw.strip()]
    started = time.perf_counter()
    nlp = build_pipeline()
    build = time.perf_counter() - started
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        for _doc in nlp.pipe(lines, batch_size=256):
            pass
        best = min(best, time.perf_counter() - started)
    print(f"pipeline build: {build:.2f} s")
    print(f"tagging: {len(lines)} lines in {best:.2f} s = {len(lines) / best:,.0f} lines/s (goal 5,000)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
