"""Days counted from another event ("two days later", "am Folgetag"), not from the day of writing."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.dates import find_dates, resolve

D = dt.date


@pytest.mark.parametrize("text,code", [
    ("Two days later he met the president.", "en"),
    ("Dwa dni później spotkał się z prezydentem.", "pl"),
    ("Спустя два дня он встретился с президентом.", "ru"),
    ("Два дні потому він зустрівся з президентом.", "uk"),
    ("Два дні пазней ён сустрэўся з прэзідэнтам.", "be"),
    ("Два дни по-късно той се срещна с президента.", "bg"),
    ("O dva dny později se setkal s prezidentem.", "cs"),
    ("O dva dni neskôr sa stretol s prezidentom.", "sk"),
    ("Zwei Tage später traf er den Präsidenten.", "de"),
    ("Kaks päeva hiljem kohtus ta presidendiga.", "et"),
    ("Dva dana kasnije sastao se s predsjednikom.", "hr"),
    ("Два дана касније састао се са председником.", "sr"),
    ("Dva dni kasneje se je sestal s predsednikom.", "sl"),
    ("Két nappal később találkozott az elnökkel.", "hu"),
    ("Două zile mai târziu s-a întâlnit cu președintele.", "ro"),
    ("Dvi dienas vėliau jis susitiko su prezidentu.", "lt"),
    ("Divas dienas vēlāk viņš tikās ar prezidentu.", "lv"),
    ("Два дена подоцна тој се сретна со претседателот.", "mk"),
])
def test_days_later_counts_from_the_day_spoken_of(text, code):
    ms = [m for m in find_dates(text, code) if m.kind == "relative"]
    assert ms and ms[0].relative == "days_later" and ms[0].d == 2
    # from the day the text last named (12 May), never from the day of writing (20 May)
    assert resolve(ms[0], D(2025, 5, 20), D(2025, 5, 12)).date == D(2025, 5, 14)
    assert resolve(ms[0], D(2025, 5, 20), None) is None


def _dates(text: str, lang: str, published: str) -> list[str]:
    doc = extract_document(Document(id="t", text=text, language=lang, published=published))
    return [e.date for e in doc.events]


def test_folgetag_is_the_day_after_the_visit_began():
    text = ("Der japanische Außenminister Takeshi Iwaya ist am 12. Mai 2025 zu einem offiziellen Besuch in Warschau "
            "eingetroffen. Am Folgetag führte er Gespräche mit dem polnischen Außenminister Radosław Sikorski.")
    assert "2025-05-13" in _dates(text, "de", "2025-05-20")


def test_a_meeting_two_days_after_an_arrival_is_dated_from_the_arrival():
    text = ("Japonský ministr zahraničí Takeši Iwaja přiletěl 12. května 2025 do Varšavy. "
            "O dva dny později se setkal s polským prezidentem Andrzejem Dudou.")
    assert "2025-05-14" in _dates(text, "cs", "2025-05-20")


@pytest.mark.parametrize("text,lang,want", [
    ("A powerful earthquake struck northern Japan on 11 July 2023. The next day Japanese Prime Minister Fumio Kishida "
     "met Lithuanian President Gitanas Nausėda in Vilnius.", "en", "2023-07-12"),
    ("Ein schweres Erdbeben erschütterte am 11. Juli 2023 den Norden Japans. Zwei Tage später traf der japanische "
     "Ministerpräsident Fumio Kishida in Vilnius den litauischen Präsidenten Gitanas Nausėda.", "de", "2023-07-13"),
])
def test_the_main_event_counted_from_an_earlier_sentence_takes_the_counted_day(text, lang, want):
    # the first sentence tells no meeting: its day only anchors the one the meeting's sentence counts
    assert _dates(text, lang, "2023-07-20")[0] == want
