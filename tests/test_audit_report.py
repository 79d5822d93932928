"""The bias report (issue 8 item 6): arithmetic checked on worked examples computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_lens.audit import AuditInputError, bias_report, format_bias_report, read_groups, read_results
from resume_lens.cli import _run, build_parser, main

# Eight resumes: f1–f4 are F, f5–f8 are M; f1, f2 and f3 are flagged (verdict 'inflated').
# age_band: f1, f2, f5, f6 'under40'; f3, f4, f7, f8 '40plus'.
FLAGGED = {"f1", "f2", "f3"}
SEX = {"f1": "F", "f2": "F", "f3": "F", "f4": "F", "f5": "M", "f6": "M", "f7": "M", "f8": "M"}
AGE = {f: ("under40" if f in ("f1", "f2", "f5", "f6") else "40plus") for f in SEX}


def _rows() -> list[dict]:
    rows = [{"file": f"cvs/{f}.pdf", "verdict": "inflated" if f in FLAGGED else "supported"} for f in SEX]
    rows.append({"file": "cvs/broken.pdf", "verdict": None, "error": {"code": "corrupt", "message": "x"}})
    rows.append({"file": "cvs/stranger.pdf", "verdict": "no_claim"})  # not in the groups file
    return rows


def _groups() -> dict[str, dict[str, str]]:
    return {f"cvs/{f}.pdf": {"sex": SEX[f], "age_band": AGE[f]} for f in SEX}


def _group(report, attribute: str, group: str):
    (found,) = [g for g in report.groups if g.attribute == attribute and g.group == group]
    return found


def test_worked_example_by_hand() -> None:
    report = bias_report(_rows(), ["sex", "age_band"], _groups())
    assert (report.screened, report.errors, report.unmatched) == (8, 1, 1)

    # sex: F 3 of 4 flagged, M 0 of 4. Selection 0.25 and 1.0; M is the reference.
    f, m = _group(report, "sex", "F"), _group(report, "sex", "M")
    assert (f.n, f.flagged, f.flag_rate, f.selection_rate) == (4, 3, 0.75, 0.25)
    assert (m.n, m.flagged, m.flag_rate, m.selection_rate) == (4, 0, 0.0, 1.0)
    assert m.reference and not f.reference
    assert f.impact_ratio == pytest.approx(0.25 / 1.0) and m.impact_ratio == 1.0
    assert f.below_four_fifths and not m.below_four_fifths
    assert f.flag_rate_ratio is None  # the reference group has no flags: the ratio is undefined
    # Fisher, F against the rest: [[3, 1], [0, 4]]. Hypergeometric, 8 resumes, 3 flagged, 4 drawn:
    # P(x) = C(3,x)·C(5,4−x)/C(8,4) = 5, 30, 30, 5 (/70) for x = 0..3. Two-sided p sums the tables as
    # unlikely as the observed x=3: 5/70 + 5/70.
    assert f.fisher_p == pytest.approx(10 / 70) and m.fisher_p == pytest.approx(10 / 70)

    # age_band: under40 2 of 4 flagged (selection 0.5), 40plus 1 of 4 (0.75, the reference).
    young, old = _group(report, "age_band", "under40"), _group(report, "age_band", "40plus")
    assert old.reference and young.selection_rate == 0.5 and old.selection_rate == 0.75
    assert young.impact_ratio == pytest.approx(0.5 / 0.75)  # 0.667, under four fifths
    assert young.flag_rate_ratio == pytest.approx(0.5 / 0.25)  # 2.0
    # [[2, 2], [1, 3]]: x=2 has P = 30/70 and every table is at most that likely: p = 1.
    assert young.fisher_p == pytest.approx(1.0)

    # intersection: F × under40 2 of 2 flagged, F × 40plus 1 of 2, M × either 0 of 2.
    cell = _group(report, "sex × age_band", "F × under40")
    assert (cell.n, cell.flagged, cell.selection_rate, cell.impact_ratio) == (2, 2, 0.0, 0.0)
    assert _group(report, "sex × age_band", "F × 40plus").impact_ratio == pytest.approx(0.5)
    assert _group(report, "sex × age_band", "M × 40plus").reference  # ties go to the first name
    # [[2, 0], [1, 5]]: P(x) = C(3,x)·C(5,2−x)/C(8,2) = 10, 15, 3 (/28); only x=2 is as unlikely.
    assert cell.fisher_p == pytest.approx(3 / 28)
    assert len(report.groups) == 2 + 2 + 4


def test_groups_under_two_percent_are_reported_as_such() -> None:
    # 51 resumes: A 25 (5 flagged), B 25 (10 flagged), X 1 (none flagged) — X is 1/51 = 1.96 %.
    rows, groups = [], {}
    for i in range(51):
        group = "A" if i < 25 else "B" if i < 50 else "X"
        flagged = (group == "A" and i < 5) or (group == "B" and i < 35)
        rows.append({"file": f"{i}.txt", "verdict": "inflated" if flagged else "unclear"})
        groups[f"{i}.txt"] = {"g": group}
    report = bias_report(rows, ["g"], groups)
    a, b, x = (_group(report, "g", k) for k in "ABX")
    assert x.small_group and x.impact_ratio is None and x.flag_rate_ratio is None and x.selection_rate == 1.0
    assert a.reference and not a.small_group  # X's selection rate 1.0 is left out of the comparison
    assert b.impact_ratio == pytest.approx(0.6 / 0.8)  # 0.75
    assert b.flag_rate_ratio == pytest.approx(0.4 / 0.2)  # 2.0
    text = format_bias_report(report)
    assert "under 2%" in text and "(reference)" in text and "(< 4/5)" in text


def test_blank_values_count_as_unknown_and_files_match_by_name() -> None:
    rows = [
        {"file": "/data/batch/a.pdf", "verdict": "inflated"},
        {"file": "/data/batch/b.pdf", "verdict": "supported"},
    ]
    groups = {"a.pdf": {"sex": "F", "race": ""}, "b.pdf": {"sex": "M", "race": "Asian"}}
    report = bias_report(rows, ["sex", "race"], groups)
    assert report.screened == 2 and report.unknown == {"race": 1, "sex × race": 1}
    assert [g.group for g in report.groups if g.attribute == "race"] == ["Asian"]


def _write(tmp_path: Path) -> tuple[Path, Path]:
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in _rows()), encoding="utf-8")
    groups = tmp_path / "groups.csv"
    lines = ["file,sex,age_band"] + [f"cvs/{f}.pdf,{SEX[f]},{AGE[f]}" for f in SEX]
    groups.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return results, groups


def test_cli_audit(tmp_path: Path, capsys) -> None:
    results, groups = _write(tmp_path)
    out = tmp_path / "bias.json"
    assert main(["audit", str(results), "--groups", str(groups), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "screened 8 resume(s)" in printed and "sex × age_band" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    f = [g for g in data["groups"] if g["attribute"] == "sex" and g["group"] == "F"][0]
    assert f["impact_ratio"] == pytest.approx(0.25) and f["below_four_fifths"] is True


def test_cli_audit_bad_input(tmp_path: Path, capsys) -> None:
    results, groups = _write(tmp_path)
    groups.write_text("name,sex\nx,F\n", encoding="utf-8")
    assert main(["audit", str(results), "--groups", str(groups)]) == 2
    assert "needs a 'file' column" in capsys.readouterr().err
    assert main(["audit", str(tmp_path / "missing.jsonl"), "--groups", str(groups)]) == 2


def test_readers(tmp_path: Path) -> None:
    results, groups = _write(tmp_path)
    assert len(read_results(results)) == 10
    attributes, table = read_groups(groups)
    assert attributes == ["sex", "age_band"] and table["cvs/f1.pdf"] == {"sex": "F", "age_band": "under40"}
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    assert read_results(tmp_path / "empty.jsonl") == []  # no rows, as report (test_results_reader.py)
    with pytest.raises(AuditInputError, match="does not exist"):
        read_results(tmp_path / "missing.jsonl")


def test_cli_audit_json_folder_is_checked_before_anything_is_printed(tmp_path: Path, capsys) -> None:
    """A tester's report: ``--json /nonexistent/x.json`` printed the tables, then a FileNotFoundError
    traceback (exit 1). It is a usage error now, as ``report -o`` into a missing folder is."""
    results, groups = _write(tmp_path)
    missing = tmp_path / "no" / "bias.json"
    with pytest.raises(SystemExit) as caught:
        main(["audit", str(results), "--groups", str(groups), "--json", str(missing)])
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1] == (
        f"resume-lens audit: error: argument --json: {missing}: the folder {missing.parent} does not exist"
    )
    with pytest.raises(SystemExit) as caught:
        main(["audit", str(results), "--groups", str(groups), "--json", str(tmp_path)])
    assert caught.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"{tmp_path} is a folder; name a JSON file")


def test_cli_audit_json_that_cannot_be_written_is_one_error_line(tmp_path: Path, capsys) -> None:
    results, groups = _write(tmp_path)
    target = tmp_path / "bias.json"
    target.mkdir()  # made after the argument was checked: the write itself fails (IsADirectoryError)
    args = build_parser().parse_args(
        ["audit", str(results), "--groups", str(groups), "--json", str(tmp_path / "x.json")]
    )
    args.json = target
    assert _run(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing printed before the error
    assert captured.err == f"error: cannot write {target}: Is a directory\n"


def test_groups_file_listing_a_resume_twice(tmp_path: Path, capsys) -> None:
    """One resume in two groups would be counted in whichever came last: refused, naming both lines."""
    results, groups = _write(tmp_path)
    groups.write_text("file,sex\ncvs/f1.pdf,F\ncvs/f2.pdf,M\ncvs/f1.pdf,F\n", encoding="utf-8")
    assert read_groups(groups)[1]["cvs/f1.pdf"] == {"sex": "F"}  # the same line twice is harmless
    groups.write_text("file,sex\ncvs/f1.pdf,F\ncvs/f2.pdf,M\ncvs/f1.pdf,M\n", encoding="utf-8")
    with pytest.raises(
        AuditInputError, match=r"lists cvs/f1\.pdf twice with different groups \(lines 2 and 4\)"
    ):
        read_groups(groups)
    assert main(["audit", str(results), "--groups", str(groups)]) == 2
    assert "twice with different groups" in capsys.readouterr().err
