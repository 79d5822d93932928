"""Long fuzzing run of extraction (a script, not a test): mutated PDF and DOCX files must give a
Document or a ResumeLensError, never another exception, and stop within the time limit.

The mutations and seed files are those of ``tests/test_fuzz_extract.py`` (``tests/hostile_files.py``:
truncation, bit flips, overwritten runs, spliced chunks, damaged cross-reference data, damaged zip
fields); ``--seeds DIR`` adds every PDF and DOCX in a folder (for example ``examples`` or the shared
template PDFs) as further seed files. The run is a plain seeded loop, so ``--seed`` and
``--iterations`` reproduce it exactly.

Each file is extracted under ``ExtractionLimits(max_seconds=...)``. A file that raises anything other
than a ResumeLensError is written to ``--out`` with its seed file, iteration and mutations in the
name; so is any file that takes more than twice ``--max-seconds`` (the cooperative time limit did
not stop it in time). The report gives the outcome counts, the slowest files and the peak memory of
the process.

Usage, from the repository root::

    python bench/fuzz_extract.py --iterations 20000 [--seed 1] [--seeds examples] [--out fuzz-cases]

Exit status: 0 when every file ended as a Document or a ResumeLensError within the limit, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import random
import resource
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from types import ModuleType

from resume_lens.errors import ResumeLensError
from resume_lens.extract import ExtractionLimits, extract_bytes

TESTS = Path(__file__).resolve().parent.parent / "tests"


def load_hostile_files() -> ModuleType:
    """``tests/hostile_files.py``, loaded by path (``tests`` is not a package)."""
    spec = importlib.util.spec_from_file_location("hostile_files", TESTS / "hostile_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile_files"] = module
    spec.loader.exec_module(module)
    return module


def seed_files(hostile: ModuleType, folder: Path | None) -> dict[str, bytes]:
    seeds = dict(hostile.fuzz_seeds())
    if folder is not None:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in (".pdf", ".docx") and path.is_file():
                seeds[path.name] = path.read_bytes()
    return seeds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--iterations", type=int, default=5_000, help="mutated files in all (default %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default %(default)s)")
    parser.add_argument("--seeds", type=Path, default=None, help="folder of extra PDF/DOCX seed files")
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=5.0,
        help="ExtractionLimits.max_seconds per file (default %(default)s)",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("fuzz-cases"), help="where failing files are written"
    )
    parser.add_argument(
        "--max-memory-mb",
        type=int,
        default=2048,
        help="address-space limit of this process in MiB, so a memory blow-up is a MemoryError that is "
        "reported and kept rather than the machine's problem (default %(default)s; 0 = none)",
    )
    parser.add_argument("--verbose", action="store_true", help="print each file's label before reading it")
    args = parser.parse_args()
    if args.max_memory_mb:
        limit = args.max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    hostile = load_hostile_files()
    seeds = seed_files(hostile, args.seeds)
    names = sorted(seeds)
    limits = ExtractionLimits(max_seconds=args.max_seconds)
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    slowest: list[tuple[float, str]] = []
    failures = 0
    started = time.perf_counter()

    def keep(label: str, data: bytes) -> Path:
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / label
        path.write_bytes(data)
        return path

    for iteration in range(args.iterations):
        name = rng.choice(names)
        mutations, data = hostile.mutate(name, seeds[name], rng)
        label = f"{iteration:06d}.{mutations}.{name}"
        if args.verbose:
            print(label, flush=True)
        begun = time.perf_counter()
        try:
            extract_bytes(data, file=name, limits=limits)
            outcome = "ok"
        except ResumeLensError as e:
            outcome = e.code
        except Exception as e:  # what the run is looking for (MemoryError included)
            outcome = f"ESCAPED {type(e).__name__}"
            failures += 1
            path = keep(label, data)
            print(f"{label}: {type(e).__name__}: {e} -> {path}", file=sys.stderr)
            traceback.print_exc(limit=-3)
        took = time.perf_counter() - begun
        if took > 2 * args.max_seconds:
            failures += 1
            print(f"{label}: took {took:.1f} s -> {keep(label, data)}", file=sys.stderr)
        outcomes[outcome] += 1
        slowest = sorted([*slowest, (took, label)], reverse=True)[:5]
        if (iteration + 1) % 1_000 == 0:
            print(
                f"{iteration + 1:,} files, {time.perf_counter() - started:.0f} s, {dict(outcomes)}",
                flush=True,
            )

    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    print(
        f"{args.iterations:,} mutated files from {len(seeds)} seed files in {elapsed:.0f} s, seed {args.seed}"
    )
    for outcome, count in outcomes.most_common():
        print(f"  {outcome:24s} {count:7,d}")
    print("slowest: " + ", ".join(f"{label} {took:.2f} s" for took, label in slowest))
    print(f"peak memory of this process: {peak_mb:,.0f} MB")
    print(f"failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
