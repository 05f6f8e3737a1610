"""h20/twins: one memo idiom on the analysis (`Analysis.cached`) and one view of a language's places.yaml."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kronika
from kronika.lang import available
from kronika.lang.places import Places, places
from kronika.nlp.analyze import analyze

PACKAGE = Path(kronika.__file__).resolve().parent  # the tree under test, as PYTHONPATH names it

# the memos that check more than their key or one list's identity and length: _clause_breaks keeps per-sentence
# answers while both the text and the sentence list are the same objects, first_body_sentence while the text and
# the trigger list are, and events/memo.py's decorator while the analysis's whole state is (NOTES-h20-twins.md)
VALIDATED = {
    ("events/extract.py", "_clause_breaks"),
    ("events/context.py", "first_body_sentence"),
    ("events/memo.py", "per_analysis"),
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
    assert touched - VALIDATED == set(), "use a.cached(key, build) for a plain memo, a.cached_for for one of a list"


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


def test_cached_for_builds_again_for_another_or_longer_list():
    a = analyze("Minister Kowalski visited Warsaw on Monday.", "en")
    ms = [1, 2]
    assert a.cached_for("twins", ms, len, ms) == 2
    assert a.cached_for("twins", ms, len, [9]) == 2  # the same list, as long: kept
    ms.append(3)
    assert a.cached_for("twins", ms, len, ms) == 3  # grown: built again
    other = [1, 2, 3]
    assert a.cached_for("twins", other, frozenset, other) == frozenset(other)  # another list: built again


def test_cached_keeps_falsy_values():
    a = analyze("Minister Kowalski visited Warsaw on Monday.", "en")
    calls = []

    def build():
        calls.append(1)
        return frozenset()
    a.cached("empty", build)
    a.cached("empty", build)
    assert len(calls) == 1  # an empty set is a built answer, not a missing one


# ---------------------------------------------------------------- lang/places: one view of places.yaml


def test_location_reads_places_yaml_only_through_the_view():
    source = (PACKAGE / "events" / "location.py").read_text(encoding="utf-8")
    assert 'raw["places"]' not in source


def test_the_view_is_made_once_per_language():
    assert places("pl") is places("pl")
    assert places("pl").embassy is places("pl").embassy  # each list read once


def test_the_view_lowercases_and_joins_forms():
    assert "the" in places("en").articles
    assert "мид" in places("ru").home_bodies
    assert set(places("ko").local_time) == {"현지시간", "현지시각"}  # "현지 시각" is "현지시각" spaced
    assert places("hr").visit_gap.fullmatch(" je grad ")  # 'posjetio je grad Split': a clitic, then a town noun
    assert places("pl").town_end.search("odwiedził miasto ")
    ward, _before = places("en").district
    assert ward.match(" Ward, Tokyo")


@pytest.mark.parametrize("code", available())
def test_every_language_has_a_whole_view(code):
    view = places(code)
    for name, attr in vars(Places).items():
        if not name.startswith("_") and hasattr(attr, "func"):  # every cached_property builds
            getattr(view, name)
    raw = view.raw
    assert view.embassy == tuple(str(f).lower() for f in raw.get("EMBASSY") or ())
    assert all(stem == stem.lower() and not stem.endswith("*") for stem, _ in view.region_seats)
    assert [len(s) for s, _ in view.region_seats] == sorted((len(s) for s, _ in view.region_seats), reverse=True)
