"""The audit log (issue 8 item 4): one record per screen, no personal data, and re-scoring the same
input with the same versions reproduces the record's score."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import resume_lens
from resume_lens import Screener
from resume_lens.audit_log import RECORD_FORMAT, AuditLogError, audit_record, model_manifest, read_records
from resume_lens.cli import main
from resume_lens.model import INFLATED_THRESHOLD

RESUME = """Grace Okonkwo
Machine Learning Engineer
Atlanta, GA · grace.okonkwo@example.com · +1 404 555 0131 · github.com/gokonkwo

EXPERIENCE
Machine Learning Engineer — PeachStream — 2022 – Present
- Performed exploratory data analysis of viewing logs in Jupyter notebooks.
- Built a churn classifier in scikit-learn with 89% accuracy on the test set.
- Created Tableau dashboards for the marketing team.

EDUCATION
B.S. Mathematics, Spelman College, 2018
"""
PERSONAL = ("Grace", "Okonkwo", "grace.okonkwo", "404 555", "gokonkwo", "Atlanta", "Spelman", "cv_grace")


@pytest.fixture()
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "cv_grace_okonkwo.txt"
    path.write_text(RESUME, encoding="utf-8")
    return path


def test_triage_appends_a_record_without_personal_data(resume: Path, tmp_path: Path, capsys) -> None:
    log = tmp_path / "audit.jsonl"
    assert main(["triage", str(resume), "--json", "--as-of", "2026-06-01", "--audit-log", str(log)]) == 0
    assert main(["triage", str(resume), "--as-of", "2026-06-01", "--audit-log", str(log)]) == 0
    capsys.readouterr()
    records = read_records(log)
    assert len(records) == 2  # appended, never overwritten
    record = records[0]
    manifest = model_manifest()
    assert record["record_format"] == RECORD_FORMAT
    assert record["package_version"] == resume_lens.__version__
    assert record["model_sha256"] == {
        "claim_model": manifest["claim_model"]["sha256"],
        "role_model": manifest["role_model"]["sha256"],
    }
    assert record["input_sha256"] == hashlib.sha256(resume.read_bytes()).hexdigest()
    assert record["threshold"] == INFLATED_THRESHOLD == 0.5
    assert record["as_of"] == "2026-06-01"
    assert record["timestamp"].endswith("Z") and len(record["timestamp"]) == 20
    assert record["reviewer_override"] == {
        "reviewer": None,
        "verdict": None,
        "reason": None,
        "timestamp": None,
    }
    evidence = record["claims"][0]["evidence"]
    assert evidence and all(
        set(e) == {"start", "end", "label", "rule_id", "polarity", "section"} for e in evidence
    )
    assert [e["label"] for e in evidence if e["label"] == "NB.EDA"]
    text = json.dumps(records)
    for word in PERSONAL:
        assert word not in text, word
    # the offsets point into the extracted text (the same as the file's, for text)
    eda = next(e for e in evidence if e["label"] == "NB.EDA")
    assert RESUME[eda["start"] : eda["end"]] == "exploratory data analysis"


def test_rescoring_reproduces_the_record(resume: Path, tmp_path: Path, capsys) -> None:
    log = tmp_path / "audit.jsonl"
    assert main(["triage", str(resume), "--json", "--as-of", "2026-06-01", "--audit-log", str(log)]) == 0
    capsys.readouterr()
    (record,) = read_records(log)
    screener = Screener(as_of=record["as_of"])
    assert screener.models.version == record["model_version"]
    again = audit_record(screener.assess_file(resume).to_dict(), model_manifest(), as_of=record["as_of"])
    for key in (
        "input_sha256",
        "model_sha256",
        "model_version",
        "verdict",
        "p_inflated",
        "threshold",
        "claims",
    ):
        assert again[key] == record[key], key
    assert record["verdict"] == "inflated" and record["p_inflated"] >= record["threshold"]


def test_batch_records_the_files_it_scores(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "a.txt").write_text(RESUME, encoding="utf-8")
    (folder / "b.txt").write_text(RESUME.replace("Tableau dashboards", "Power BI reports"), encoding="utf-8")
    log, out = tmp_path / "audit.jsonl", tmp_path / "results.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--audit-log", str(log)]) == 0
    assert len(read_records(log)) == 2
    (folder / "c.txt").write_text(RESUME.replace("Grace", "Ana"), encoding="utf-8")
    assert main(["batch", str(folder), "-o", str(out), "--audit-log", str(log)]) == 0  # resumes: only c
    records = read_records(log)
    assert len(records) == 3
    assert records[2]["input_sha256"] == hashlib.sha256((folder / "c.txt").read_bytes()).hexdigest()
    assert "audit log: 1 record(s)" in capsys.readouterr().err


def test_unwritable_log_is_a_clear_error(resume: Path, tmp_path: Path, capsys) -> None:
    assert main(["triage", str(resume), "--audit-log", str(tmp_path / "no" / "such" / "audit.jsonl")]) == 2
    assert "cannot write the audit log" in capsys.readouterr().err
    (tmp_path / "bad.jsonl").write_text("not json\n", encoding="utf-8")
    with pytest.raises(AuditLogError, match="line 1 is not an audit record"):
        read_records(tmp_path / "bad.jsonl")


def test_a_refused_file_is_recorded_with_its_hash_by_triage_as_by_batch(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    broken = folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"garbage " * 50)  # refused as a damaged PDF
    digest = hashlib.sha256(broken.read_bytes()).hexdigest()
    triage_log, batch_log = tmp_path / "triage.jsonl", tmp_path / "batch.jsonl"
    assert main(["triage", str(broken), "--json", "--audit-log", str(triage_log)]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "corrupt"
    assert main(["batch", str(folder), "-o", str(tmp_path / "r.jsonl"), "--audit-log", str(batch_log)]) == 1
    assert [r["input_sha256"] for r in read_records(triage_log)] == [digest]
    assert [r["input_sha256"] for r in read_records(batch_log)] == [digest]
