"""h19/dates2: the main event's date on the pooled pages of wave 1 — a tour's length, a wire's day.

Each mechanism test fails on the parent main (cc8580ad) and passes here; the guards pass on both and say so.
The sentences are written for these tests, none is copied from a page."""
from __future__ import annotations

import pytest
from extracting import first


def _span(code: str, text: str):
    ev = first(text, code)
    return ev.date, ev.date_end


# --- 1. a length told of a tour of several countries spans no bilateral stay -----------------------------------

@pytest.mark.parametrize("code,text", [
    ("ko", " date 2024-03-08\n\n윤석열 대통령은 6박 8일 일정의 3개국 순방 첫 방문국인 폴란드 바르샤바에 7일 도착해 "
           "두다 대통령과 정상회담을 가졌다."),
    ("ja", " date 2024-03-08\n\n岸田首相は7日、6泊8日の日程で3か国歴訪の最初の訪問国ポーランドのワルシャワに到着し、"
           "ドゥダ大統領と会談した。"),
    ("en", " date 2024-03-08\n\nSouth Korean President Yoon Suk Yeol arrived in Warsaw on Thursday on a six-day tour "
           "of three countries and met Polish President Andrzej Duda."),
    ("pl", " date 2024-03-08\n\nPrezydent Korei Południowej przybył w czwartek do Warszawy z sześciodniową wizytą "
           "w trzech krajach i spotkał się z prezydentem Andrzejem Dudą."),
    ("de", " date 2024-03-08\n\nDer japanische Ministerpräsident ist am Donnerstag zu einer sechstägigen Reise in drei "
           "Staaten in Berlin eingetroffen und hat Bundeskanzler Olaf Scholz getroffen."),
    ("ru", " date 2024-03-08\n\nПрезидент Южной Кореи в четверг прибыл в Прагу с шестидневным визитом в три страны "
           "и провёл переговоры с президентом Чехии Петром Павелом."),
    ("cs", " date 2024-03-08\n\nJihokorejský prezident přiletěl ve čtvrtek do Prahy na šestidenní návštěvu tří zemí "
           "a jednal s prezidentem Petrem Pavlem."),
    ("hu", " date 2024-03-08\n\nA japán miniszterelnök csütörtökön hatnapos, három országra kiterjedő útja keretében "
           "Budapestre érkezett, és tárgyalt Orbán Viktorral."),
    ("uk", " date 2024-03-08\n\nПрем'єр-міністр Японії у четвер прибув до Варшави з шестиденним візитом до трьох "
           "країн і провів переговори з президентом Польщі."),
    ("bg", " date 2024-03-08\n\nПремиерът на Япония пристигна в четвъртък в София на шестдневно посещение в три "
           "държави и разговаря с президента Румен Радев."),
])
def test_a_tour_length_spans_no_stay(code, text):
    # on main: 2024-03-07..03-12 (or ..03-14 for "6박 8일"); the six or eight days are the whole tour's
    assert _span(code, text) == ("2024-03-07", None)


def test_a_stay_length_beside_a_tour_in_another_clause_still_spans():
    # a guard (passes on main too): "a three-day visit, part of a three-nation tour" — the length is the stay's
    text = (" date 2024-03-08\n\nSouth Korean President Yoon Suk Yeol arrived in Warsaw on Thursday for a three-day "
            "visit, part of a three-nation tour, and met Polish President Andrzej Duda.")
    assert _span("en", text) == ("2024-03-07", "2024-03-09")


def test_a_stay_length_with_no_tour_still_spans():
    # a guard (passes on main too): "two countries" is the pair itself, not a tour
    text = (" date 2024-03-08\n\nPrezydent Korei Południowej przybył w czwartek do Warszawy z trzydniową wizytą, "
            "która ma wzmocnić stosunki dwóch krajów, i spotkał się z prezydentem Andrzejem Dudą.")
    assert _span("pl", text) == ("2024-03-07", "2024-03-09")


def test_tour_counts_are_listed_in_every_language():
    from kronika import lang
    from kronika.events.extract import _tour_rx

    for code in lang.available():
        assert _tour_rx(code) is not None, code


# --- 2. a speech act whose lead day is another act's: the wire's day, not the page's ----------------------------

@pytest.mark.parametrize("code,text", [
    ("ru", " date 2024-05-16\n\nМОСКВА, 14 мая /ТАСС/. МИД России осудил пятничный запуск ракеты КНДР над Японией."
           "\n\nПодробности позже."),
    ("en", " date 2024-05-16\n\nTOKYO, May 14 (Reuters) - Japan's foreign ministry condemned Friday's missile launch "
           "by North Korea over the Sea of Japan.\n\nMore follows."),
])
def test_a_condemnation_of_an_earlier_act_is_dated_by_the_wire(code, text):
    # on main: 2024-05-16, the site's day; the agency wrote (and the ministry condemned) on the 14th
    ev = first(text, code)
    assert ev.date == "2024-05-14"


def test_a_condemnation_without_a_wire_keeps_the_page_day():
    # a guard (passes on main too): no dateline, the page's day
    text = (" date 2024-05-16\n\nМИД России осудил пятничный запуск ракеты КНДР над Японией.\n\nПодробности позже.")
    assert first(text, "ru").date == "2024-05-16"
