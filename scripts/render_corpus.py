"""Render part of the training corpus to PDF and DOCX, so training reads real extraction output.

Each row of ``corpora/sources/formats.csv`` names a plain-text resume in ``corpora/sources/`` and a
format: ``pdf`` (one column), ``pdf2`` (two columns, skills and education in a sidebar) or ``docx``.
The rendered file is written to ``corpora/resumes/<stem>.pdf`` or ``.docx``, which is the name the
corpus ``labels.csv`` uses. Output is byte-identical across runs (see ``scripts/render.py``).

Usage, from the repository root::

    python scripts/render_corpus.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render import render_docx, render_pdf  # noqa: E402

REPO_DIR = Path(__file__).resolve().parent.parent
SOURCE_DIR = REPO_DIR / "corpora" / "sources"
OUT_DIR = REPO_DIR / "corpora" / "resumes"


def render_corpus(source_dir: Path = SOURCE_DIR, out_dir: Path = OUT_DIR) -> list[Path]:
    """Render every row of ``source_dir/formats.csv``; returns the files written, in order."""
    written: list[Path] = []
    with (source_dir / "formats.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            source = source_dir / row["source"]
            text = source.read_text(encoding="utf-8")
            fmt = row["format"]
            if fmt == "docx":
                out = out_dir / f"{source.stem}.docx"
                render_docx(text, out)
            elif fmt in ("pdf", "pdf2"):
                out = out_dir / f"{source.stem}.pdf"
                render_pdf(text, out, columns=2 if fmt == "pdf2" else 1)
            else:
                raise SystemExit(f"{row['source']}: unknown format {fmt!r} (pdf, pdf2 or docx)")
            written.append(out)
    return written


def main() -> int:
    for path in render_corpus():
        print(path.relative_to(REPO_DIR))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
