"""The installed ``resume-lens`` command, run as a user would: from another folder, on real files."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

from resume_lens.cli import build_parser


def _cli() -> list[str]:
    exe = shutil.which("resume-lens")
    return [exe] if exe else [sys.executable, "-m", "resume_lens.cli"]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "NO_COLOR": "1", "HOME": str(cwd)}
    return subprocess.run([*_cli(), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


def test_every_command_has_help_and_an_example():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert set(subparsers.choices) == {"triage", "batch", "report", "train", "evaluate", "audit"}
    for name, sub in subparsers.choices.items():
        assert sub.description, name
        assert sub.epilog and sub.epilog.startswith("example:") and f"resume-lens {name}" in sub.epilog


def test_triage_flags_notebook_only_claim_and_shows_evidence(tmp_path, examples_dir):
    result = run_cli("triage", str(examples_dir / "notebook_only_mle.pdf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "INFLATED" in result.stdout
    assert "notebook-level signal" in result.stdout
    assert "Traceback" not in result.stderr


def test_triage_json_supports_production_claim(tmp_path, examples_dir):
    result = run_cli("triage", str(examples_dir / "production_mle.docx"), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] == "supported"
    assert 0.0 <= data["p_inflated"] < 0.5
    assert data["source_format"] == "docx"
    required = {"file", "verdict", "p_inflated", "evidence_role", "claims", "warnings", "schema_version"}
    assert required <= set(data)
    claim = data["claims"][0]
    production = [
        e for e in claim["evidence"] if e["category"] == "production" and e["polarity"] == "asserted"
    ]
    assert production, "a supported claim must show the production evidence that decided it"
    source = " ".join((examples_dir / "production_mle.txt").read_text(encoding="utf-8").split())
    for span in production:
        assert span["text"] in span["line"]
        assert " ".join(span["line"].split()) in source  # the evidence line is the resume's own words


def test_triage_unreadable_file_is_one_line_error(tmp_path):
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"")
    result = run_cli("triage", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "cv.pdf" in result.stderr
    result = run_cli("triage", str(bad), "--json", cwd=tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["code"] == "empty"


def test_triage_with_stdout_closed_exits_cleanly(tmp_path, examples_dir):
    command = " ".join(f"'{part}'" for part in [*_cli(), "triage", str(examples_dir / "thin_claim.txt")])
    for extra in ("", " --json"):
        result = subprocess.run(
            ["sh", "-c", f"{command}{extra} >&-"], cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""


def test_triage_into_a_closed_pipe_exits_0_as_with_json(tmp_path, examples_dir):
    """``| head -1`` closes the pipe early; `true` closes it before triage writes, so it always happens."""
    command = " ".join(f"'{part}'" for part in [*_cli(), "triage", str(examples_dir / "thin_claim.txt")])
    for extra in ("", " --json"):
        result = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {command}{extra} | true"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, (extra, result.stderr)
        assert "Traceback" not in result.stderr


def test_batch_writes_one_row_per_file_and_error_rows(tmp_path, examples_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(examples_dir / "notebook_only_mle.txt", folder / "good.txt")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    out = tmp_path / "results.csv"
    result = run_cli("batch", str(folder), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 1  # some files failed
    assert "Traceback" not in result.stderr
    with out.open(newline="", encoding="utf-8") as handle:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(handle)}
    assert set(rows) == {"good.txt", "empty.pdf", "photo.pdf"}
    assert rows["good.txt"]["verdict"] == "inflated"
    assert rows["empty.pdf"]["error_code"] == "empty"
    assert rows["photo.pdf"]["error_code"] == "unsupported_format"


def test_batch_jsonl_on_bundled_examples_with_two_workers(tmp_path, examples_dir):
    out = tmp_path / "results.jsonl"
    result = run_cli("batch", str(examples_dir), "-o", str(out), "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    files = sorted(p for p in examples_dir.rglob("*") if p.is_file())
    assert len(rows) == len(files)
    assert all(r["error"] is None for r in rows)


def test_batch_scores_every_shared_template_pdf(tmp_path, templates_dir):
    out = tmp_path / "out.csv"
    result = run_cli("batch", str(templates_dir), "-o", str(out), "--jobs", "2", cwd=tmp_path)
    assert "Traceback" not in result.stderr
    with out.open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["file"].endswith(".pdf")]
    assert sorted(Path(r["file"]).name for r in rows) == sorted(p.name for p in templates_dir.glob("*.pdf"))
    assert len(rows) == 25
    assert [r for r in rows if r["error_code"]] == []
    # Read by hand: none of the 25 templates has an ML-engineer-family title or headline (rubric §1;
    # "Research Assistant – Machine Learning" and "Machine Learning Lab" are not claims), so each is no_claim.
    assert {Path(r["file"]).name: r["verdict"] for r in rows} == {
        r: "no_claim" for r in (Path(x["file"]).name for x in rows)
    }


def test_batch_does_not_score_its_own_output_file(tmp_path, examples_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(examples_dir / "thin_claim.txt", folder / "thin_claim.txt")
    out = folder / "results.jsonl"
    for _ in range(2):  # the second run finds its own results file in the folder and must not score it
        result = run_cli("batch", str(folder), "-o", str(out), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["file"]).name for r in rows] == ["thin_claim.txt"]
    assert rows[0]["verdict"] == "unclear"  # one vague bullet under an ML Engineer title (rubric §3)


def test_usage_errors_exit_2_with_one_line(tmp_path, examples_dir):
    cases = [
        (("batch", str(examples_dir), "-o", str(tmp_path / "no" / "r.csv")), "does not exist"),
        (("batch", str(examples_dir), "-o", str(tmp_path / "r.txt")), "must end in .jsonl or .csv"),
        (("batch", str(examples_dir), "-o", str(tmp_path / "r.csv"), "--jobs", "0"), "positive number"),
        (("evaluate", str(examples_dir)), "cannot read labels file"),
    ]
    for args, message in cases:
        result = run_cli(*args, cwd=tmp_path)
        assert result.returncode == 2, args
        assert message in result.stderr and "Traceback" not in result.stderr, args


def test_evaluate_folder_counts_an_unreadable_labelled_file_as_a_miss_and_exits_1(tmp_path, examples_dir):
    folder = tmp_path / "labelled"
    folder.mkdir()
    for name in ("thin_claim.txt", "production_mle.txt"):
        shutil.copy(examples_dir / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    (tmp_path / "labels.csv").write_text(
        "file,resume_label,evidence_role,claimed_titles,notes\n"
        "thin_claim.txt,unclear,software_engineer,ML Engineer,one vague bullet\n"
        "production_mle.txt,supported,ml_engineer,Senior Machine Learning Engineer,serving and drift\n"
        "broken.pdf,inflated,data_scientist,ML Engineer,damaged file\n"
        "missing.txt,supported,ml_engineer,ML Engineer,not in the folder\n",
        encoding="utf-8",
    )
    result = run_cli("evaluate", str(folder), "--labels", str(tmp_path / "labels.csv"), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    out = result.stdout.splitlines()
    assert out[0] == "2 of 4 labelled file(s) could not be read; each counts as a miss (predicted 'error'):"
    assert out[1].startswith("  could not read broken.pdf: ")
    assert out[2].startswith("  could not read missing.txt: ")
    # 2 of 4 right (the two readable files); the two unread ones sit in the 'error' column of their gold rows
    assert "resume_label: n=4  accuracy=0.500" in result.stdout
    assert "evidence_role: n=4  accuracy=0.500" in result.stdout
    matrix = out[out.index("confusion matrix (rows = gold, columns = predicted):") + 1 :][:6]
    assert matrix[0].split() == ["inflated", "no_claim", "supported", "unclear", "error"]
    assert matrix[1].split() == ["inflated", "0", "0", "0", "0", "1"]
    assert matrix[3].split() == ["supported", "0", "0", "1", "0", "1"]
    assert matrix[4].split() == ["unclear", "0", "0", "0", "1", "0"]
    assert "Traceback" not in result.stderr
