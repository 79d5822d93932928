"""spaCy's import without its CLI package in processes resume_lens owns (resume_lens.spacy_cli; issue 6:
about 0.4 s of a cold triage). Each case runs in a fresh interpreter: the import state is the subject."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def _run(code: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_an_owned_process_imports_spacy_without_its_cli_and_tags_the_same() -> None:
    got = _run(
        """
        import json, sys
        from resume_lens.model_types import own_this_process
        own_this_process()
        from resume_lens.spacy_cli import defer_spacy_cli
        deferred = defer_spacy_cli()
        from resume_lens.tagging import get_pipeline
        doc = get_pipeline()("Deployed the ranking model behind a gRPC service at 2k QPS with drift alerts")
        print(json.dumps({
            "deferred": deferred,
            "cli_loaded": "spacy.cli.download" in sys.modules or "weasel" in sys.modules,
            "spans": sorted(s.label_ for group in doc.spans.values() for s in group),
        }))
        """
    )
    assert got["deferred"] is True
    assert got["cli_loaded"] is False
    assert "PROD.SERVING" in got["spans"] and "MEAS.THROUGHPUT" in got["spans"]


def test_spacy_cli_loads_when_used() -> None:
    got = _run(
        """
        import json, sys
        from resume_lens.model_types import own_this_process
        own_this_process()
        from resume_lens.spacy_cli import defer_spacy_cli
        defer_spacy_cli()
        import spacy
        before = "spacy.cli.download" in sys.modules
        from spacy.cli import download
        info = spacy.info()
        print(json.dumps({
            "before": before,
            "download": download.__module__,
            "cli_is_real": spacy.cli is sys.modules["spacy.cli"] and hasattr(spacy.cli, "setup_cli"),
            "version": info["spacy_version"] == spacy.__version__,
        }))
        """
    )
    assert got == {"before": False, "download": "spacy.cli.download", "cli_is_real": True, "version": True}


def test_an_application_keeps_spacys_import_as_it_is() -> None:
    # without own_this_process (a program that imports resume_lens), nothing is deferred
    got = _run(
        """
        import json, sys
        from resume_lens.spacy_cli import defer_spacy_cli
        deferred = defer_spacy_cli()
        import spacy
        print(json.dumps({"deferred": deferred, "cli_loaded": "spacy.cli.download" in sys.modules}))
        """
    )
    assert got == {"deferred": False, "cli_loaded": True}
