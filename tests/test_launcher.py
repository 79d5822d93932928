"""The console script ends quietly on Ctrl-C while the CLI is still loading."""

from __future__ import annotations

import builtins
import sys
import tomllib
from pathlib import Path

from resume_lens import launcher


def test_console_script_is_the_launcher():
    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["scripts"]["resume-lens"] == "resume_lens.launcher:main"


def test_ctrl_c_while_the_cli_imports_is_no_traceback(monkeypatch, capsys):
    real_import = builtins.__import__

    def interrupted_import(name, *args, **kwargs):
        if name == "resume_lens.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "resume_lens.cli", raising=False)
    monkeypatch.setattr(builtins, "__import__", interrupted_import)
    assert launcher.main() == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_the_launcher_runs_the_cli(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["resume-lens", "--version"])
    try:
        code = launcher.main()
    except SystemExit as e:  # argparse's --version exits
        code = e.code
    assert code == 0
    assert capsys.readouterr().out.startswith("resume-lens ")
