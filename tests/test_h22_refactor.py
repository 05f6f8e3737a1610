"""h22 refactor: knowledge the engine held moves to data (names.yaml NAME_READINGS, a script table, list references)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kronika import lang as langdata
from kronika.lang import LanguageDataError
from kronika.lang import translit
from kronika.nlp.dates import _figures_range, grammar

SRC = Path(__file__).resolve().parent.parent / "src" / "kronika"


@pytest.fixture
def readings(monkeypatch):
    """A language's names.yaml that lists readings for a state no folder names (XX): l read as n."""
    real = langdata.names_value

    def names_value(code, key):
        if code == "pl" and key == "NAME_READINGS":
            return {**(real(code, key) or {}), "XX": [["l", "n"]]}
        return real(code, key)

    monkeypatch.setattr(langdata, "names_value", names_value)
    for f in (translit._readings, translit.sound_keys):
        f.cache_clear()
    yield
    for f in (translit._readings, translit.sound_keys):
        f.cache_clear()


def test_state_readings_come_from_language_data(readings):
    # a state's readings are data: a new one takes effect without touching translit
    assert translit.sound_key("nona") in translit.sound_keys("Lola", "XX")
    assert translit.sound_key("nona") not in translit.sound_keys("Lola", "YY")


@pytest.mark.parametrize("word, state, read", [("Grzegorz", "PL", "gżegoż"), ("Petříček", "CZ", "petžíček"),
                                               ("Chicu", "MD", "kicu"), ("Morawiecki", "UA", "moravietski"),
                                               ("Tsahkna", "EE", "tsafkna"), ("Khrenin", "BY", "hrenin")])
def test_state_readings_of_the_region(word, state, read):
    # the readings each folder lists for its states, as katakana and Hangul render the name
    assert translit.sound_key(read) in translit.sound_keys(word, state)
    assert not hasattr(translit, "_STATE_READINGS") and not hasattr(translit, "_ANY_READINGS")


def test_list_reference_same_and_other_file():
    from kronika.lang import _resolved

    raw = {"events": {"SINCE": ["kopš", "$AFTER"], "AFTER": ["pēc"], "SETTING": ["during", "$places.LOCATIVE"]},
           "places": {"LOCATIVE": ["in", "at"]}, "names": {"X": ["$AFTER"]}}
    out = _resolved("xx", raw)
    assert out["events"]["SINCE"] == ["kopš", "pēc"]
    assert out["events"]["SETTING"] == ["during", "in", "at"]
    assert out["names"]["X"] == ["$AFTER"]  # names.yaml is read alone as well: written out, never resolved
    # ru SINCE names $AFTER, uk SETTING names $places.LOCATIVE: the words count as before
    assert "после" in langdata.load("ru").since
    assert {("в",), ("у",), ("на",)} <= set(langdata.load("uk").setting)
    assert not any(w.startswith("$") for c in langdata.available() for f, data in langdata.load(c).raw.items()
                   if f != "names" for v in data.values() if isinstance(v, list) for w in map(str, v))


@pytest.mark.parametrize("entry", ["$NOWHERE", "$places.NOWHERE", "$SINCE"])
def test_list_reference_unknown_or_circular(entry):
    from kronika.lang import _resolved

    raw = {"events": {"SINCE": ["kopš", entry]}, "places": {}, "names": {}}
    with pytest.raises(LanguageDataError, match="SINCE"):
        _resolved("xx", raw)


def test_script_ranges_in_one_table():
    # the engine's stages write no Hangul or Han code points of their own: they read text/scripts.py
    from kronika.events.extract import _BARE_COMPOUND
    from kronika.text.scripts import HAN, HANGUL

    assert _BARE_COMPOUND.pattern == f" [{HANGUL}{HAN}]"
    assert _BARE_COMPOUND.match(" 공식") and _BARE_COMPOUND.match(" 親書") and not _BARE_COMPOUND.match(" official")
    written = re.compile(r"\\u(?:ac00|4e00)-|[\uac00\u4e00]-", re.I)  # a range of a character class
    stray = [p.name for stage in ("nlp", "events") for p in (SRC / stage).glob("*.py")
             if written.search(p.read_text(encoding="utf-8"))]
    assert not stray


def test_year_less_range_of_days():
    # one test of a range's days, with a year or without one
    assert _figures_range(0, 5, None, 3, 11, 3, 13).d2 == 13
    assert _figures_range(0, 5, None, 2, 30, 2, 31) is not None  # no year: any day up to the 31st
    assert _figures_range(0, 5, 2024, 2, 30, 2, 31) is None
    assert _figures_range(0, 5, None, 3, 13, 3, 11) is None
    found = grammar("pl").find("Rozmowy odbyły się w dniach 11-13.03 w Tokio.")
    assert any(dm.d == 11 and dm.d2 == 13 and dm.m == 3 for dm in found)


def test_readings_validated():
    # a rule that would not compile is named with its file and key when the folder is checked, not at a name's turn
    from kronika.lang import _reading_problems

    found = _reading_problems("xx", {"NAME_READINGS": {"PL": [["w(", "v"], ["x"]]}, "RENDERED_READINGS": [["kh", "h"]]})
    assert len(found) == 2 and all(p.startswith("xx/names.yaml NAME_READINGS PL") for p in found)
    assert not [p for c in langdata.available() for p in langdata.validate(c)]
