"""Fuzzing: mutated PDF and DOCX files give a Document or a ResumeLensError, never anything else.

A fixed seed and a fixed number of iterations keep the run reproducible and short (a few seconds);
``bench/fuzz_extract.py`` runs the same mutations for as long as wanted. The mutations (truncation,
bit flips, overwritten runs, spliced chunks, damaged cross-reference data and damaged zip fields)
live in ``tests/hostile_files.py``.

"No hang" is enforced by the extraction time limit (``max_seconds``): a mutated file that stalls
pdfminer.six ends as ``ExtractionTimeoutError``, a ResumeLensError. A hang the limit cannot stop
(inside a C call or an unhooked loop) would fail the test through :mod:`faulthandler`, which dumps
every thread's stack and exits after :data:`HANG_SECONDS`.
"""

from __future__ import annotations

import faulthandler
import logging
import random
from pathlib import Path

import hostile_files as hf  # registered by conftest.py (tests/ is not a package)
import pytest

from resume_lens.document import Document
from resume_lens.errors import ResumeLensError
from resume_lens.extract import ExtractionLimits, extract_bytes

#: Mutated files per seed file.
ITERATIONS = 150
SEED = 20260107
#: Seconds one mutated file may take before the process is stopped as hung.
HANG_SECONDS = 60
LIMITS = ExtractionLimits(max_seconds=5)

SEEDS = hf.fuzz_seeds()


@pytest.fixture(autouse=True)
def _quiet_pdfminer():  # noqa: ANN202
    # pdfminer.six logs a warning for nearly every damaged object; keep the report readable.
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


def test_seed_files_are_valid() -> None:
    for name, data in SEEDS.items():
        assert "Alex Morgan" in extract_bytes(data, file=name).text.split("\n"), name


@pytest.mark.parametrize("seed_name", sorted(SEEDS))
def test_mutated_files_raise_only_resume_lens_errors(seed_name: str, tmp_path: Path) -> None:
    rng = random.Random(f"{SEED}:{seed_name}")
    seed = SEEDS[seed_name]
    outcomes: dict[str, int] = {}
    for iteration in range(ITERATIONS):
        mutations, data = hf.mutate(seed_name, seed, rng)
        faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
        try:
            result = extract_bytes(data, file=seed_name, limits=LIMITS)
        except ResumeLensError as e:
            assert e.code != "resume_lens_error", f"{type(e).__name__} has no code of its own"
            assert str(e) and "\n" not in str(e), repr(str(e))
            outcome = e.code
        except Exception as e:  # the point of the test: report the file that escaped
            case = tmp_path / f"{seed_name}.{iteration}.bin"
            case.write_bytes(data)
            pytest.fail(
                f"{seed_name} #{iteration} ({mutations}): {type(e).__name__}: {e}; the file is {case}"
            )
        else:
            assert isinstance(result, Document)
            outcome = "ok"
        finally:
            faulthandler.cancel_dump_traceback_later()
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    # The mutations reach past the first gate: some files still read, some are refused as damaged.
    assert outcomes.get("corrupt", 0) > 0, outcomes
    assert outcomes.get("ok", 0) > 0, outcomes


def _zip_needing_version(data: bytes, version: int) -> bytes:
    """``data`` with every central-directory entry's "version needed to extract" set to ``version``."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        out[at + 6 : at + 8] = version.to_bytes(2, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_found_by_fuzzing_zip_version_zipfile_cannot_read() -> None:
    # zipfile raised NotImplementedError("zip file version 9.1") from ZipFile() itself.
    data = _zip_needing_version(SEEDS["resume.docx"], 91)
    with pytest.raises(ResumeLensError) as excinfo:
        extract_bytes(data, file="cv.docx")
    assert excinfo.value.code == "corrupt"
