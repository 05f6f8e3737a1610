"""The city of an event (session h20, fresh pages): a report's day in the lead does not keep the next sentence
from dating the contact it tells; a city right before a word of posting (평양 주재, モスクワ駐在) seats a mission,
no event; a foreign town in katakana or Hangul that the language lists lack is read from GeoNames where a place
is marked (カナダのバンクーバーで, 캐나다 밴쿠버에서)."""
from __future__ import annotations

import pytest

from extracting import events
from kronika import data
from kronika.events.location import _is_place
from kronika.nlp.analyze import analyze


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


def cities(text: str, lang: str) -> list[str]:
    return [m.key for m in analyze(text, lang).cities]


# 1. extract._dated_apart: a report's day (cjk `aside`) in the lead dates nothing the lead tells
def test_a_reports_day_in_the_lead_leaves_the_next_sentence_its_contact():
    text = ("한·체코 첫 경제협의회 개최\n"
            "(서울=연합뉴스) 한국과 체코 외교 당국이 첫 경제협의회를 열고 협력 방안을 논의했다고 외교부가 5일 밝혔다.\n"
            "김민수 경제외교조정관은 4일(현지시간) 체코 프라하를 방문해 얀 노바크 체코 외교부 차관과 협의회를 가졌다.")
    assert city(text, "ko") == "Prague"


# 2. location._posting_after: places.yaml POSTING
@pytest.mark.parametrize("lang,text", [
    ("ko", "한·폴란드 첫 안보전략협의회\n평양 상주 공관 운영 폴란드 \"필요한 역할 지속\""),
    ("ko", "스웨덴은 평양 상주 공관을 운영하는 몇 안 되는 서방 국가다."),
])
def test_a_city_before_a_word_of_posting_seats_a_mission(lang, text):
    a = analyze(text, lang)
    assert [_is_place(a, m) for m in a.cities if m.key == "Pyongyang"] == [False]


def test_guard_a_building_in_the_city_is_still_the_place():
    # guard (passes on main too): '바르샤바 대통령궁에서' is where they met
    text = "윤석열 대통령은 13일 폴란드 바르샤바 대통령궁에서 안제이 두다 대통령과 정상회담을 했다."
    assert city(text, "ko", "2023-07-14") == "Warsaw"


# 4. extract._town_named: a meeting still to come keeps the town the lead names as its goal
@pytest.mark.parametrize("lang,text,town", [
    ("en", "The President of Poland, Andrzej Duda, will pay a visit to Bucharest on Tuesday, and will be welcomed "
           "by President Klaus Iohannis.", "Bucharest"),
    ("ru", "Министр иностранных дел Японии намерен посетить Москву в феврале, сообщил замглавы МИД России.",
     "Moscow"),
])
def test_a_meeting_still_to_come_keeps_the_town_the_lead_names(lang, text, town):
    assert city(text, lang, "2022-03-21") == town


# 5. ro places.yaml: "romano-" of Romanian written without diacritics
def test_romanian_without_diacritics_names_romania_in_a_compound():
    text = ("Prima reuniune interguvernamentala romano-polona a avut loc vineri la Varsovia, cu participarea "
            "prim-ministrului si a omologului polonez Mateusz Morawiecki.")
    assert events(text, "ro", "2018-08-31")[0].countries == ["PL", "RO"]


# 3. nlp/places._kana_cities: GeoNames katakana and Hangul names where a place is marked
@pytest.mark.parametrize("lang,text,town", [
    ("ja", "河野外務大臣は16日、カナダのバンクーバーでギリシャのコジアス外務大臣と会談した。", "Vancouver"),
    ("ja", "首相はビルバオでスペインのサンチェス首相と会談した。", "Bilbao"),
    ("ko", "강경화 장관은 캐나다 밴쿠버에서 고노 다로 일본 외무상과 회담했다.", "Vancouver"),
    ("ko", "장관은 스페인 빌바오를 방문해 현지 동포들을 만났다.", "Bilbao"),
])
def test_a_kana_town_the_lists_lack_is_read_where_a_place_is_marked(lang, text, town):
    assert town in cities(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ja", "バンクーバー五輪の金メダリストが来日した。"),
    ("ko", "밴쿠버 올림픽 금메달리스트가 방한했다."),
])
def test_guard_a_kana_town_with_no_mark_of_place_is_not_read(lang, text):
    # guard: no locative after it, no state before it
    assert "Vancouver" not in cities(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("ja", "北朝鮮メディアは20日、会談が平壌で行われたと報じた。"),
    ("ja", "会談の内容は国営メディアで報じられた。"),
    ("ko", "회담 내용은 러시아 미디어에서 보도됐다."),
])
def test_guard_a_common_word_spelt_like_a_town_is_no_town(lang, text):
    # guard: メディア, 미디어 are GeoNames names of Médéa; the tagger reads them as common nouns
    assert "Médéa" not in cities(text, lang)


def test_the_kana_index_holds_no_short_names():
    # パリ, 뮌헨: two signs are words too often; the languages' lists hold such towns
    assert all(len(k) >= 3 for k in data.kana_city_names())
    assert data.kana_city_names()["バンクーバー"] == "Vancouver"
