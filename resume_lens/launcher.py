"""The ``resume-lens`` console script: the CLI, with Ctrl-C during start-up ending quietly.

The CLI turns Ctrl-C into ``interrupted`` and exit code 130 once it runs, but the console script first
imports the CLI module (and argparse reads the arguments) for about a tenth of a second; a Ctrl-C in that
window printed a ``KeyboardInterrupt`` traceback. This module imports only the standard library, so the
window left is Python's own start-up and the package's ``__init__``.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

#: Exit code of a command stopped by Ctrl-C (128 + SIGINT), as the CLI returns.
INTERRUPTED = 130


def main() -> int:
    """Run the CLI; a Ctrl-C while it loads prints ``interrupted`` and returns 130.

    Returns
    -------
    int
        The CLI's exit code (:func:`resume_lens.cli.main`).
    """
    try:
        from resume_lens.model_types import own_this_process

        own_this_process()  # the console script's process: skops may trust only our model types
        from resume_lens.spacy_cli import defer_spacy_cli

        defer_spacy_cli()  # and spaCy's import may skip its CLI package (0.4 s of a cold triage)
        from resume_lens.cli import main as cli_main

        return cli_main()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return INTERRUPTED
