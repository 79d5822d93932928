"""The evidence pipeline: tokenizer tweaks, components and serialization (speed: bench/tagging_speed.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

import resume_lens.nlp.components  # noqa: F401  (registers the factories before spacy.load)
from resume_lens.nlp import build_pipeline
from resume_lens.nlp.tokenizer import RESUME_TOKENIZER, customize_tokenizer
from resume_lens.tagging import get_pipeline


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("CI/CD", ["CI/CD"]),
        ("ci/cd,", ["ci/cd", ","]),
        ("(CI/CD)", ["(", "CI/CD", ")"]),
        ("A/B testing", ["A/B", "testing"]),
        ("p99", ["p99"]),
        ("p99.9", ["p99.9"]),
        ("12k", ["12", "k"]),
        ("10k+", ["10", "k", "+"]),
        ("40ms", ["40", "ms"]),
        ("40 ms", ["40", "ms"]),
        ("99.9%", ["99.9", "%"]),
        ("k8s", ["k8s"]),
        ("3x", ["3", "x"]),
        ("$250K", ["$", "250", "K"]),
        ("1.2M users", ["1.2", "M", "users"]),
        ("10 K QPS", ["10", "K", "QPS"]),
        ("2TB/day", ["2", "TB", "/", "day"]),
        ("B2B", ["B2B"]),
        ("H100", ["H100"]),
        ("1990s", ["1990s"]),
        ("C++", ["C++"]),
        ("GPT-4o", ["GPT-4o"]),
        ("requests/sec", ["requests", "/", "sec"]),
        ("Sr. ML Engineer", ["Sr.", "ML", "Engineer"]),
        ("Jr. Data Scientist", ["Jr.", "Data", "Scientist"]),
        ("ML/AI Engineer", ["ML/AI", "Engineer"]),
        ("(AI/ML)", ["(", "AI/ML", ")"]),
        ("PyTorch-Lightning,", ["PyTorch-Lightning", ","]),
        ("pytorch-lightning", ["pytorch-lightning"]),
        ("real-time", ["real", "-", "time"]),
        # list markers glued to the first word
        ("・Monthly re-training", ["・", "Monthly", "re", "-", "training"]),
        ("→Deployed", ["→", "Deployed"]),
        ("⁃Led", ["⁃", "Led"]),
        # a unit letter ends the sentence (session 24): seconds, not an initial
        ("~1,900 tokens/s.", ["~1,900", "tokens", "/", "s", "."]),
        ("p50 latency 1.1 s.", ["p50", "latency", "1.1", "s", "."]),
        ("nightly run of 2 h.", ["nightly", "run", "of", "2", "h", "."]),
        ("J. S. Bach", ["J.", "S.", "Bach"]),
    ],
)
def test_tokenizer(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_tokenizer_tweaks_are_idempotent_on_a_blank_pipeline():
    blank = customize_tokenizer(customize_tokenizer(spacy.blank("en")))
    assert [t.text for t in blank("12k QPS via CI/CD")] == ["12", "k", "QPS", "via", "CI/CD"]


TOKENIZER_TEXTS = [
    "p99 40ms at 12k QPS via CI/CD; 10k+ users, 3x faster, 2TB/day, C++ and B2B",
    "Sr. ML/AI Engineer (AI/ML) with PyTorch-Lightning, k8s and GPT-4o; 99.9% uptime",
    "・Monthly re-training →Deployed ⁃Led; don't, U.S.A., e-mail me at a@b.io or https://x.io/a",
    "vLLM at ~1,900 tokens/s. p50 latency 1.1 s. Nightly run of 2 h.",
]


def test_pipeline_builds_the_registered_resume_tokenizer_once(nlp):
    # the pipeline's tokenizer is the registered one (no second tokenizer built over the blank one) and
    # makes exactly the tokens and special cases of customize_tokenizer on a blank pipeline
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": RESUME_TOKENIZER}
    blank = customize_tokenizer(spacy.blank("en"))
    assert nlp.tokenizer.rules == blank.tokenizer.rules
    for text in TOKENIZER_TEXTS:
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in blank.make_doc(text)]


def test_pipeline_components(nlp):
    assert nlp.pipe_names == ["rl_evidence_ruler", "resume_lens_context"]
    assert nlp.get_pipe_meta("resume_lens_context").assigns == [
        "doc.spans",
        "span._.rl_polarity",
        "span._.rl_cues",
    ]
    assert nlp.get_pipe("rl_evidence_ruler").key == "rl_evidence"


def test_get_pipeline_is_cached():
    assert get_pipeline() is get_pipeline()


def test_span_ids_are_rule_ids(nlp):
    doc = nlp("Deployed the ranking model behind a gRPC service at 2k QPS with drift alerts")
    assert {(s.label_, s.id_, s.text) for s in doc.spans["rl_evidence"]} == {
        ("PROD.SERVING", "serve_behind_api", "Deployed the ranking model behind a gRPC service"),
        ("TOOL.SERVING", "tool_grpc", "gRPC"),
        ("MEAS.THROUGHPUT", "qps", "2k QPS"),
        ("PROD.MONITORING", "drift_alerts", "drift alerts"),
    }


ROUND_TRIP_TEXTS = [
    "Deployed the ranking model behind a gRPC service at 2k QPS with drift alerts",
    "Familiar with Docker and Kubernetes",
    "Model was not deployed due to a reorg",
    "Deployed the churn model as a Streamlit app on Heroku",
    "Built a CNN on MNIST reaching 99% accuracy in a Jupyter notebook",
    "Set up CI/CD for ML models; p99 40ms at 12k QPS",
]


def spans_of(nlp, texts):
    return [
        sorted((s.start_char, s.end_char, s.label_, s.id_, s._.rl_polarity) for s in doc.spans["rl_evidence"])
        for doc in nlp.pipe(texts)
    ]


def test_round_trip_to_disk_and_spacy_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == nlp.pipe_names
    assert spans_of(loaded, ROUND_TRIP_TEXTS) == spans_of(nlp, ROUND_TRIP_TEXTS)
    assert [t.text for t in loaded.make_doc("12k CI/CD")] == ["12", "k", "CI/CD"]
    assert len(loaded.get_pipe("resume_lens_context").rules) == len(nlp.get_pipe("resume_lens_context").rules)


def test_spacy_load_finds_the_tokenizer_and_factories_through_entry_points(nlp, tmp_path):
    # a fresh interpreter that imports only spaCy: the saved config names resume_lens's tokenizer and
    # components, which spaCy finds through the entry points in pyproject.toml
    nlp.to_disk(tmp_path / "pipe")
    script = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipe')!r})\n"
        f"texts = {TOKENIZER_TEXTS!r}\n"
        "print(json.dumps([[t.text for t in nlp.make_doc(x)] for x in texts]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [[t.text for t in nlp.make_doc(x)] for x in TOKENIZER_TEXTS]


def test_round_trip_to_bytes(nlp):
    clone = build_pipeline()
    clone.from_bytes(nlp.to_bytes())
    assert spans_of(clone, ROUND_TRIP_TEXTS) == spans_of(nlp, ROUND_TRIP_TEXTS)
