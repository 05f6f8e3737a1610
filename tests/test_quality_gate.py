"""Quality gate: the figures on every gold set (dev+seeds, both halves of dev2, the peer sets) may not
fall below the pinned floors of tests/eval_baseline.json."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = Path(__file__).with_name("eval_baseline.json")
PINNED = json.loads(BASELINE.read_text())


def _quality():
    spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def figures(shared):
    """Every set measured once (bench/quality.py, as `make eval` runs it)."""
    return _quality().measure(["dev", "odd", "even", "plover", "dates", "lexicon"])


def _floors():
    """(set, metric, floor) of every pinned floor."""
    out = [("dev", m, f) for m, f in PINNED["floors"].items()]
    for name, floors in PINNED.get("sets", {}).items():
        out += [(name, m, f) for m, f in floors.items()]
    return out


@pytest.mark.parametrize("name,metric,floor", _floors(), ids=lambda v: str(v))
def test_metric_not_below_floor(figures, name, metric, floor):
    got = figures[name][metric]
    assert got is not None, f"{name} {metric} was not measured"
    assert got >= floor - 1e-9, f"{name} {metric} fell to {got:.3f} (floor {floor})"


def test_every_document_has_a_prediction(shared, figures):
    assert figures["dev"]["docs"] == len(list((shared / "corpus" / "dev").glob("*.json"))) + \
        len([p for p in (shared / "corpus" / "seeds").glob("*.json") if (p.with_suffix(".txt")).exists()])
    dev2 = len(list((shared / "corpus" / "dev2").glob("*.json")))
    assert figures["dev2-odd"]["docs"] + figures["dev2-even"]["docs"] == dev2
