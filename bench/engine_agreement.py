"""Agreement report: the PDFium engine against the default pdfminer.six engine (a script, not a test).

Runs both engines, end to end (extraction, tagging, scoring), on three sets of PDFs:

* ``templates``: the public template PDFs in ``../shared/resumes/templates/`` (skipped when absent);
* ``corpus``: the rendered PDFs of the training corpus, ``corpora/resumes/*.pdf``
  (``scripts/render_corpus.py``);
* ``generated``: ``--n`` PDFs made as ``bench/throughput.py`` makes them (one and two columns, 1–3 pages).

For each set it prints the share of files whose verdict (or error code) is the same under both engines,
how many files the PDFium engine sent back to pdfminer.six and why (the ``engine_fallback`` reason codes of
:mod:`resume_lens.extract.pdfium`), and the speed ratio: seconds per file with the default engine divided by
seconds per file with PDFium, end to end and for extraction alone. Both engines run in this one process with
the model loaded once, file by file in turn, so the ratio compares like with like. Timings on a shared
machine are noisy: compare ratios from one run.

Usage, from the repository root::

    python bench/engine_agreement.py [--n 60] [--show-disagreements]
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO.parent / "shared" / "resumes" / "templates"
CORPUS = REPO / "corpora" / "resumes"


def _throughput_module():
    spec = importlib.util.spec_from_file_location(
        "resume_lens_bench_throughput", REPO / "bench" / "throughput.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _outcome(assessment) -> str:
    return f"error:{assessment.error['code']}" if assessment.error else str(assessment.verdict)


def _fallback_reason(assessment) -> str | None:
    for warning in assessment.warnings:
        if warning.startswith("engine_fallback:"):
            return warning.rsplit("(", 1)[1].rstrip(").")
    return None


def compare(screener, paths: list[Path]) -> dict:
    """Both engines on every path: agreement, fall-backs and seconds per engine (end to end, extraction)."""
    from resume_lens.extract import extract_file
    from resume_lens.screener import safe_assess

    seconds = {"pdfminer": 0.0, "pdfium": 0.0}
    extract_seconds = {"pdfminer": 0.0, "pdfium": 0.0}
    agree = 0
    fallbacks: Counter[str] = Counter()
    disagreements = []
    for path in paths:
        outcomes = {}
        for engine in ("pdfminer", "pdfium"):
            screener.engine = engine
            started = time.perf_counter()
            assessment = safe_assess(screener, str(path))
            seconds[engine] += time.perf_counter() - started
            outcomes[engine] = _outcome(assessment)
            if engine == "pdfium":
                fallbacks[_fallback_reason(assessment) or "none (read by PDFium)"] += 1
            started = time.perf_counter()
            try:
                extract_file(path, engine=engine)
            except Exception:  # noqa: BLE001 - a bad file costs its time like any other
                pass
            extract_seconds[engine] += time.perf_counter() - started
        if outcomes["pdfminer"] == outcomes["pdfium"]:
            agree += 1
        else:
            disagreements.append((path.name, outcomes["pdfminer"], outcomes["pdfium"]))
    return {
        "files": len(paths),
        "agree": agree,
        "fallbacks": fallbacks,
        "seconds": seconds,
        "extract_seconds": extract_seconds,
        "disagreements": disagreements,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="generated PDFs (default: %(default)s)")
    parser.add_argument("--show-disagreements", action="store_true", help="list the files that disagree")
    args = parser.parse_args()

    from resume_lens.extract.pdfium import pdfium_available
    from resume_lens.screener import Screener

    if not pdfium_available():
        print("pypdfium2 is not installed: pip install -e '.[pdfium]'", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="resume_lens_agreement_"))
    try:
        sets = {
            "templates": sorted(TEMPLATES.glob("*.pdf")),
            "corpus": sorted(CORPUS.glob("*.pdf")),
            "generated": _throughput_module().make_pdfs(args.n, folder),
        }
        screener = Screener()
        screener.assess_file(sets["generated"][0])  # warm up both engines outside the timing
        screener.engine = "pdfium"
        screener.assess_file(sets["generated"][0])
        total = {"files": 0, "agree": 0, "fallbacks": Counter(), "seconds": Counter(), "extract": Counter()}
        print(
            f"{'set':<10} {'files':>5} {'agree':>7} {'fell back':>9} {'e2e ratio':>9} {'extract ratio':>13}"
        )
        for name, paths in sets.items():
            if not paths:
                print(f"{name:<10} (no files)")
                continue
            result = compare(screener, paths)
            fell = result["files"] - result["fallbacks"]["none (read by PDFium)"]
            ratio = result["seconds"]["pdfminer"] / result["seconds"]["pdfium"]
            extract_ratio = result["extract_seconds"]["pdfminer"] / result["extract_seconds"]["pdfium"]
            share = result["agree"] / result["files"]
            print(f"{name:<10} {result['files']:>5} {share:>7.1%} {fell:>9} ", end="")
            print(f"{ratio:>8.1f}x {extract_ratio:>12.1f}x")
            reasons = {k: v for k, v in sorted(result["fallbacks"].items()) if not k.startswith("none")}
            if reasons:
                print(f"{'':<10} fall-backs: " + ", ".join(f"{k} {v}" for k, v in reasons.items()))
            if args.show_disagreements:
                for file, default, fast in result["disagreements"]:
                    print(f"{'':<10} {file}: pdfminer {default}, pdfium {fast}")
            total["files"] += result["files"]
            total["agree"] += result["agree"]
            total["fallbacks"].update(result["fallbacks"])
            total["seconds"].update(result["seconds"])
            total["extract"].update(result["extract_seconds"])
        fell = total["files"] - total["fallbacks"]["none (read by PDFium)"]
        print(
            f"{'all':<10} {total['files']:>5} {total['agree'] / total['files']:>7.1%} {fell:>9} "
            f"{total['seconds']['pdfminer'] / total['seconds']['pdfium']:>8.1f}x "
            f"{total['extract']['pdfminer'] / total['extract']['pdfium']:>12.1f}x"
        )
        print("(agree: same verdict or error code; ratios: seconds with pdfminer.six ÷ seconds with PDFium)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
