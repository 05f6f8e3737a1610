"""Run the CLI in process (Click's CliRunner), shaped like a finished subprocess."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from kronika.cli import main


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def kronika(*args: str, stdin: str | None = None, cwd: Path | None = None) -> Ran:
    """`kronika ARGS` in this process: no interpreter start-up, no re-loading of language data."""
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        r = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    finally:
        os.chdir(old)
    return Ran(r.exit_code, r.stdout, r.stderr)
