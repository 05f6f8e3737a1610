"""Quality gate: the scorer's figures over the gold corpora may not fall below the pinned floors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BASELINE = Path(__file__).with_name("eval_baseline.json")


@pytest.fixture(scope="module")
def figures(shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("eval") / "figures.json"
    cmd = f"{sys.executable} -m kronika extract --format jsonl"
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "corpus" / "dev"),
         "--gold", str(shared / "corpus" / "seeds"), "--cmd", cmd, "--json", str(out)],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    print(proc.stdout)
    return json.loads(out.read_text())["ALL"]


def _floors():
    return json.loads(BASELINE.read_text())["floors"]


@pytest.mark.parametrize("metric", sorted(json.loads(BASELINE.read_text())["targets"]))
def test_metric_not_below_floor(figures, metric):
    floor = _floors().get(metric)
    if floor is None:
        pytest.skip(f"no floor pinned for {metric} yet")
    assert figures[metric] is not None
    assert figures[metric] >= floor - 1e-9, f"{metric} fell to {figures[metric]:.3f} (floor {floor})"


def test_every_document_has_a_prediction(shared, figures):
    assert figures["docs"] == len(list((shared / "corpus" / "dev").glob("*.json"))) + \
        len([p for p in (shared / "corpus" / "seeds").glob("*.json") if (p.with_suffix(".txt")).exists()])
