"""Build the bundled example resumes from ``scripts/example_sources/*.txt``.

For each ``scripts/example_sources/<stem>.txt`` this writes ``examples/<stem>.pdf``, ``examples/<stem>.docx``
and a verbatim copy ``examples/<stem>.txt``. Output is byte-identical across runs (see
``scripts/render.py``). An empty or missing source folder is not an error.

Usage, from the repository root::

    python scripts/make_examples.py [--columns 2]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render import render_docx, render_pdf  # noqa: E402

REPO_DIR = Path(__file__).resolve().parent.parent
SOURCE_DIR = REPO_DIR / "scripts" / "example_sources"
OUT_DIR = REPO_DIR / "examples"


def make_examples(source_dir: Path = SOURCE_DIR, out_dir: Path = OUT_DIR, *, columns: int = 1) -> list[Path]:
    """Render every ``*.txt`` in ``source_dir`` into ``out_dir``.

    Parameters
    ----------
    source_dir : Path
        Folder of plain-text resumes (UTF-8). Missing or empty means nothing to do.
    out_dir : Path
        Folder to write ``<stem>.pdf``, ``<stem>.docx`` and ``<stem>.txt`` into.
    columns : {1, 2}
        PDF layout, passed to :func:`render.render_pdf`.

    Returns
    -------
    list of Path
        The files written, in order.
    """
    written: list[Path] = []
    sources = sorted(source_dir.glob("*.txt")) if source_dir.is_dir() else []
    out_dir.mkdir(parents=True, exist_ok=True)
    for source in sources:
        text = source.read_text(encoding="utf-8")
        pdf, docx, txt = (out_dir / f"{source.stem}{suffix}" for suffix in (".pdf", ".docx", ".txt"))
        render_pdf(text, pdf, columns=columns)
        render_docx(text, docx)
        shutil.copyfile(source, txt)
        written += [pdf, docx, txt]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, choices=(1, 2), default=1, help="PDF layout (default: 1)")
    args = parser.parse_args(argv)
    written = make_examples(columns=args.columns)
    if not written:
        print(f"no *.txt files in {SOURCE_DIR}; nothing to do")
    for path in written:
        print(path.relative_to(REPO_DIR))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
