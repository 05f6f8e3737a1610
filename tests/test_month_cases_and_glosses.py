"""A bare month said by its case form ("oktobrī", "októberben") or with a word after it ("spalio
pradžioje") is a date; a Latin original before a bracketed local spelling stays the name; a meeting
verb in its own future form announces the meeting ("susitiks")."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.analyze import analyze


def months(text: str, code: str) -> list[int]:
    return [d.m for d in analyze(text, code).dates if d.kind == "month"]


@pytest.mark.parametrize("code,text,month", [
    ("lv", "Japānas ārlietu ministrs oktobrī viesojās Rīgā.", 10),
    ("lv", "Japānas ārlietu ministrs oktobra sākumā viesojās Rīgā.", 10),
    ("lt", "Spalio pradžioje Lietuvoje lankėsi Japonijos kariuomenės vadas.", 10),
    ("lt", "Japonijos ministras spalį lankėsi Vilniuje.", 10),
    ("hu", "A japán külügyminiszter októberben Budapestre látogatott.", 10),
    ("hu", "A japán külügyminiszter október elején Budapestre látogatott.", 10),
    ("et", "Jaapani välisminister külastas oktoobris Tallinna.", 10),
])
def test_a_month_by_its_case_or_a_word_after_it(code, text, month):
    assert months(text, code) == [month]


def test_a_month_name_as_a_plain_noun_is_no_date():
    assert months("Oktobris ir skaists mēnesis.", "lv") == []


def test_a_plain_original_before_a_bracketed_local_spelling_stays():
    a = analyze("2025-10-22\n\nLietuvoje lankėsi Japonijos kariuomenės vadas Hiroaki Uchikura (Hiroakis Učikura).", "lt")
    assert [p.name for p in a.persons] == ["Hiroaki Uchikura"]
    a = analyze("2025-10-22\n\nVilniuje lankėsi Japonijos ministras Jasuši Takasi (Yasushi Takase).", "lt")
    assert [p.name for p in a.persons] == ["Yasushi Takase"]


def test_a_meeting_verb_in_its_future_form_announces_it_lt():
    ev = extract_document(Document(id="t", text=(
        "2025-10-22\n\nUžsienio reikalų ministras Kęstutis Budrys trečiadienį vyksta į Tokiją, kur susitiks su "
        "Japonijos kolega Toshimitsu Motegi.")), "lt").events[0]
    assert ev.type == "AGREE" and ev.date == "2025-10-22"
    assert {p.name for p in ev.persons} == {"Kęstutis Budrys", "Toshimitsu Motegi"}
