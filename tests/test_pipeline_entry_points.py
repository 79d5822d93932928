"""A saved pipeline loads with plain ``spacy.load`` in a fresh interpreter (entry points, convention 5)."""

from __future__ import annotations

import json
import subprocess
import sys

from resume_lens.nlp import build_pipeline

LINE = "Deployed the ranking model to production at 2k QPS; familiar with Kubernetes."


def test_saved_pipeline_loads_without_importing_resume_lens(tmp_path):
    nlp = build_pipeline()
    nlp.to_disk(tmp_path / "pipeline")
    doc = nlp(LINE)
    expected = [(s.label_, s.text, s.id_) for s in doc.spans["rl_evidence"]]
    script = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({LINE!r})\n"
        "print(json.dumps([[s.label_, s.text, s.id_] for s in doc.spans['rl_evidence']]))\n"
    )
    # a fresh interpreter: the factories must come from the package's spacy entry points
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [tuple(x) for x in json.loads(result.stdout)] == expected
