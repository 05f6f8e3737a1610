"""h20/twins: one memo idiom on the analysis (`Analysis.cached`) and one view of a language's places.yaml."""
from __future__ import annotations

import ast
from pathlib import Path

import kronika
from kronika.nlp.analyze import analyze

PACKAGE = Path(kronika.__file__).resolve().parent  # the tree under test, as PYTHONPATH names it

# the memos that check more than their key (the text, a list's identity and length) because a test may change
# the analysis under them: each keeps its own check, so they keep `_indexes` (NOTES-h20-twins.md says why)
VALIDATED = {
    ("events/extract.py", "_clause_breaks"),
    ("events/location.py", "_country_ends"),
    ("events/location.py", "_visit_words"),
    ("events/location.py", "_holds"),
    ("events/types.py", "may_link"),
    ("events/types.py", "_links"),
    ("events/context.py", "first_body_sentence"),
    ("events/memo.py", "per_analysis"),  # the decorator's memo of judgements, kept by the analysis's whole state
    ("events/memo.py", "judged"),
}


def _touches(path: Path) -> set[tuple[str, str]]:
    """(file, function) of every place a module reads or writes an analysis's `_indexes` itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = str(path.relative_to(PACKAGE))
    out = set()
    for func in ast.walk(tree):
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(func):
                if isinstance(node, ast.Attribute) and node.attr == "_indexes":
                    out.add((where, func.name))
    return out


def test_only_the_analysis_and_the_validated_memos_touch_its_indexes():
    touched = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).as_posix() != "nlp/analyze.py":
            touched |= _touches(path)
    assert touched - VALIDATED == set(), "use a.cached(key, build) for a plain memo"


def test_cached_builds_once_per_key():
    a = analyze("Minister Kowalski visited Warsaw on Monday.", "en")
    calls = []

    def build():
        calls.append(1)
        return frozenset({1})
    assert a.cached(("twins", 1), build) == frozenset({1})
    assert a.cached(("twins", 1), build) is a.cached(("twins", 1), build)
    assert len(calls) == 1
    a.cached(("twins", 2), build)  # a key naming another state of what it was built from: built again
    assert len(calls) == 2


def test_cached_passes_one_argument_to_a_named_builder():
    a = analyze("Minister Kowalski visited Warsaw on Monday.", "en")
    assert a.cached(("twins", "len"), len, "abc") == 3
    assert a.cached(("twins", "len"), len, "abcdef") == 3  # kept: the key, not the argument, names the state


def test_cached_keeps_falsy_values():
    a = analyze("Minister Kowalski visited Warsaw on Monday.", "en")
    calls = []

    def build():
        calls.append(1)
        return frozenset()
    a.cached("empty", build)
    a.cached("empty", build)
    assert len(calls) == 1  # an empty set is a built answer, not a missing one
