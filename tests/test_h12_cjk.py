"""Issue 10, fifth round: Japanese and Korean mechanisms, tested on constructed, source-like text."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.model import Document  # noqa: E402


def first(text: str, code: str, published: dt.date | None = None):
    return extract_document(Document(id="t", text=text, language=code), published=published).events[0]


def names(ev) -> list[str]:
    return sorted(p.name for p in ev.persons)


# ---------------------------------------------------------------- registry katakana words as names
def test_a_registry_katakana_name_mecab_cuts_before_a_title_is_still_the_person():
    # before 国務長官 MeCab reads ブリンケン as the loanword ブリン and the suffix ケン
    text = "韓国の趙兌烈外交部長官は14日、リマで米国のブリンケン国務長官と会談し、両国関係について意見交換した。"
    ev = first(text, "ja", dt.date(2024, 11, 15))
    assert "Antony Blinken" in names(ev)


def test_the_us_secretary_of_state_is_a_foreign_minister_in_japanese():
    text = "茂木外務大臣は3日、東京でブリンケン国務長官と会談した。"
    ev = first(text, "ja", dt.date(2021, 4, 4))
    blinken = next(p for p in ev.persons if p.name == "Antony Blinken")
    assert blinken.role == "minister of foreign affairs"

