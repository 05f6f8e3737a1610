"""The README and the CLI help tell the truth."""
from __future__ import annotations

import re
from pathlib import Path

from clirun import kronika  # noqa: E402

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def run(*args):
    return kronika(*args, cwd=Path(__file__).resolve().parent.parent)


def test_readme_opens_with_the_two_commands():
    block = README.split("```")[1]
    assert "make demo" in block and "make test" in block


def test_readme_example_output_is_what_the_command_prints():
    m = re.search(r"\$ kronika (extract [^\n]+)\n(.*?)```", README, re.S)
    assert m, "README lost its example"
    p = run(*m.group(1).split())
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == m.group(2).strip()


def test_documented_extract_options_exist():
    helptext = run("extract", "--help").stdout
    usage = re.search(r"kronika extract PATH\.\.\. (.*)", README).group(1)
    for opt in re.findall(r"--[a-z]+", usage):
        assert opt in helptext, opt
