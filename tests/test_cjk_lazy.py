"""A run over Polish texts never loads the Japanese and Korean analysers: not through the CLI, not through
the language data of ja/ko (which the lexicons and the registry read), not through the extraction."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
from click.testing import CliRunner
from kronika.cli import main
r = CliRunner().invoke(main, ["extract", "--format", "jsonl", sys.argv[1]])
assert r.exit_code == 0, r.output
assert f'"language": "{sys.argv[2]}"' in r.output, r.output
print(sorted(m for m in ("fugashi", "unidic_lite", "kiwipiepy", "kiwipiepy_model") if m in sys.modules))
"""


def _loaded(path: Path, code: str = "pl") -> str:
    return subprocess.run([sys.executable, "-c", PROBE, str(path), code], capture_output=True, text=True,
                          check=True, cwd=ROOT).stdout.strip()


@pytest.mark.parametrize("example", ["pl-msz-ambasador.txt", "pl-szczyt-ue-japonia.txt"])
def test_extracting_polish_texts_through_the_cli_loads_no_cjk_analyser(example):
    assert _loaded(ROOT / "examples" / example) == "[]"


def test_the_probe_sees_an_analyser_when_one_is_loaded():
    # the same probe on a Japanese text must name fugashi, or the test above could not fail
    pytest.importorskip("fugashi")
    assert "fugashi" in _loaded(ROOT / "examples" / "ja-iwaya-lipavsky.txt", "ja")
