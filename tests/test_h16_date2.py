"""h16/date2: which date of a page dates the main event (record lines, report days in ja/ko, a journey that is a meeting)."""
from __future__ import annotations

import datetime as dt

import pytest


def _extract(code: str, text: str, published: dt.date | None = None):
    from kronika.events.document import extract_document
    from kronika.model import Document

    return extract_document(Document(id="t", text=text, url=None), code, published)


# --- a page store's "URL: …" first line is no headline and no date line: the crawler's date line under it is ---

@pytest.mark.parametrize("code,text,pub,day", [
    ("sk", "URL: https://www.example.sk/zahranicie/kisida-telefonat/664144-clanok.html\n date 2022-10 Tokio "
           "1. októbra (TASR) - Japonský premiér Fumio Kišida v piatkovom telefonáte s ukrajinským prezidentom "
           "Volodymyrom Zelenským odsúdil ruskú anexiu.\n\nRozhovor trval 30 minút.",
     "2022-10-01", "2022-09-30"),
])
def test_date_line_under_a_record_line(code, text, pub, day):
    doc = _extract(code, text)
    assert doc.published == pub
    assert doc.events and doc.events[0].date == day


def test_a_date_in_the_record_line_dates_no_event():
    """A guard (passes on the parent too): the URL's date is no date of the event."""
    text = ("URL: https://www.example.si/novice/2019-12-16-srecanja-ministra/\nSrečanja ministra ob robu zasedanja\n\n"
            "Ob robu zasedanja zunanjih ministrov, ki je 15. decembra 2019 potekalo v Madridu, se je minister za "
            "zunanje zadeve Miro Cerar sestal z japonskim zunanjim ministrom Motegijem.")
    doc = _extract("sl", text, dt.date(2019, 12, 16))
    assert doc.events and doc.events[0].date == "2019-12-15"


def test_a_record_line_without_date_line_keeps_the_stamp():
    """A guard: under a record line, a page's own stamp still dates it."""
    from kronika.nlp.published import find_published

    text = "URL: https://www.example.pl/a/1\nSikorski rozmawiał z ministrem Japonii\n12.03.2024 10:15\n\nMinister rozmawiał."
    assert find_published(text, "pl")[0] == dt.date(2024, 3, 12)


# --- ja/ko: the day the outline or results of an act were made public is the report's, "前日9日" the act's ---

def test_ja_outline_published_the_next_day():
    text = ("日・リトアニア首脳会談開催\n\n外務省は2025年6月10日(火)、石破茂内閣総理大臣と訪日中のギターナス・ナウセーダ・"
            "リトアニア共和国大統領が前日9日に実施した首脳会談及びワーキング・ディナーの概要を公表した。\n\n"
            "両首脳は安全保障分野での協力を確認した。")
    doc = _extract("ja", text, dt.date(2025, 6, 12))
    assert doc.events and doc.events[0].date == "2025-06-09"


def test_ko_results_announced_the_next_day():
    text = ("한국과 폴란드 외교 당국이 협의회를 열었다.\n\n외교부는 3일 정연두 외교전략정보본부장이 전날 바르샤바에서 "
            "폴란드 외교부 차관과 열린 제1차 안보전략협의회 결과를 발표했다.")
    doc = _extract("ko", text, dt.date(2026, 2, 3))
    assert doc.events and doc.events[0].date == "2026-02-02"


# --- a sentence that visits and then holds a meeting dates the meeting, not only a journey ---

def test_ko_visited_and_held_the_day_before():
    text = ("한국과 폴란드 외교 당국이 첫 안보전략협의회를 열고 국제정세와 지역정세, 외교전략·정책 등에 관해 의견을 교환했다.\n"
            "3일 외교부에 따르면 정연두 외교부 외교전략정보본부장은 전날(현지시간) 폴란드 바르샤바를 찾아 로베르트 "
            "쿠피에츠키 폴란드 외교부 차관과 함께 제1차 한-폴란드 안보전략협의회를 진행했다.\n"
            "양측은 이번 협의에서 국제 정세에 대해 폭넓게 의견을 나눴다.")
    doc = _extract("ko", text, dt.date(2026, 2, 3))
    assert doc.events and doc.events[0].date == "2026-02-02"


def test_en_arrival_after_the_meeting_keeps_the_text_day():
    """A guard: a later sentence that only tells the journey ("arrived on Wednesday") still dates no meeting."""
    text = ("Kim Jong Un received Russian Foreign Minister Sergei Lavrov in Wonsan, state media said.\n"
            "Lavrov arrived on Wednesday for a two-day visit to North Korea.")
    doc = _extract("en", text, dt.date(2025, 7, 13))
    assert doc.events and doc.events[0].date == "2025-07-13"


# --- a range told by a relative clause is the gathering's days: a meeting on its margins takes the first, no end ---

@pytest.mark.parametrize("code,text", [
    ("sl", "Dvostranska srečanja ministra\n\nOb robu zasedanja zunanjih ministrov ASEM, ki je 15. in 16. decembra 2019 "
           "potekalo v Madridu, se je minister za zunanje zadeve Miro Cerar sestal z japonskim zunanjim ministrom "
           "Motegijem."),
    ("en", "Bilateral meetings of the minister\n\nOn the margins of the ASEM foreign ministers' meeting, which took "
           "place on 15-16 December 2019 in Madrid, Slovenian Foreign Minister Miro Cerar met Japanese Foreign "
           "Minister Toshimitsu Motegi."),
])
def test_range_of_a_relative_clause_dates_the_first_day(code, text):
    doc = _extract(code, text, dt.date(2019, 12, 17))
    assert doc.events and (doc.events[0].date, doc.events[0].date_end) == ("2019-12-15", None)


def test_sr_a_meeting_past_a_comma_leaves_the_day_the_journeys():
    """A meeting the dated sentence recalls after a comma ("…, mesec dana nakon što se … sastao sa Putinom") is not
    the meeting the text tells: the arrival's day still dates nothing but the journey (fails on main 498a3e9)."""
    text = ("Lavrov u Severnoj Koreji\n\nSevernokorejski lider Kim Džong Un primio je u Pjongjangu ruskog ministra "
            "spoljnih poslova Sergeja Lavrova, saopštilo je rusko Ministarstvo spoljnih poslova.\nLavrov je u sredu "
            "doputovao u dvodnevnu posetu Severnoj Koreji, mesec dana nakon što je Kim Džong Un obišao ruski Daleki "
            "istok i sastao se sa ruskim predsednikom Vladimirom Putinom.")
    doc = _extract("sr", text, dt.date(2023, 10, 19))
    assert doc.events and (doc.events[0].date, doc.events[0].date_end) == ("2023-10-19", None)
