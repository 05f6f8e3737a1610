"""h19/cjk: Japanese and Korean dates, places and types (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

from extracting import first

from kronika.nlp.dates import find_dates, resolve


# 1. a one-sentence Korean lead line is the body's first sentence, though no capital letter opens it
def test_a_short_korean_lead_line_under_a_site_notice_dates_the_event():
    text = ("윤 대통령 체코 도착, 공식 일정 돌입\n"
            "이 기사는 본문 전체를 읽는 것을 권장합니다.\n"
            "윤석열 대통령은 19일(현지시각) 체코 공식방문 일정에 돌입했다.\n"
            "윤 대통령과 김건희 여사는 이날 오후 프라하 국제공항에 도착해 파벨 대통령이 주최하는 공식 환영식에 참석한 뒤 "
            "정상 간 단독회담과 확대회담을 가졌다.\n")
    assert first(text, "ko", "2024-09-20").date == "2024-09-19"


# 2. the verb after a quotation reports the quotation, not the earlier day's clause before it
def test_a_quoted_protest_after_an_earlier_day_keeps_the_speakers_day_ja():
    text = ("林外相は27日午前、ロシア外務省が26日に総領事館の領事を拘束したことについて"
            "「信じがたい行為であり強く抗議する」と述べた。外務省で記者団に語った。")
    e = first(text, "ja", "2022-09-28")
    assert e.date == "2022-09-27"


def test_a_report_of_an_earlier_day_still_gives_that_day_ja():  # guard: no quotation, the report's day is dropped
    text = "外務省は10日、上川大臣が9日にポーランドのシコルスキ外相と電話会談を行ったと発表した。"
    assert first(text, "ja", "2024-01-10").date == "2024-01-09"


# 3. a bare day in a text dated only to a month by its URL
def test_a_bare_day_under_a_month_archive_url_is_that_months():
    text = "林外相は27日、ロシアのガルージン駐日大使を外務省に呼び出し、厳重に抗議した。"
    e = first(text, "ja", None, url="https://example.blogspot.com/2022/09/blog-post_11.html")
    assert e.date == "2022-09-27"


# 4. a dateline of the home state is not where a contact it takes no part in happened
def test_a_seoul_dateline_is_not_the_place_of_a_north_korean_russian_meeting():
    text = ("(서울=연합뉴스) 정빛나 기자 = 리용호 북한 외무상과 세르게이 라브로프 러시아 외무장관이 31일 만수대의사당에서 "
            "회담했다고 조선중앙통신이 31일 보도했다.\n통신은 두 장관이 한반도 정세를 논의했다고 전했다.\n")
    e = first(text, "ko", "2018-05-31")
    assert e.location.city != "Seoul" and e.mode != "third-party"


def test_a_seoul_dateline_still_places_a_meeting_of_korea():  # guard
    text = ("(서울=연합뉴스) 김승욱 기자 = 문재인 대통령은 13일 청와대에서 방한한 라이몬즈 베요니스 라트비아 대통령과 "
            "정상회담을 하고 무역·투자 등 실질협력 증진 방안을 논의했다.\n")
    assert first(text, "ko", "2018-02-13").location.city == "Seoul"


# 5. a protest is made, never asked for
def test_a_protest_then_a_demand_for_an_apology_is_a_protest_ja():
    text = "森外務次官は27日朝、外務省にロシアのガルージン駐日大使を呼び厳重に抗議したうえで謝罪を求めました。"
    assert first(text, "ja", "2022-09-27").type == "ACCUSE"


def test_a_protest_and_a_demand_in_a_headline_is_a_protest_ja():
    text = ("ロシアに抗議と謝罪要求 日本領事拘束受け\n\n"
            " 外務省は27日、駐日ロシア大使を呼び、厳重に抗議したうえで謝罪を求めました。\n")
    assert first(text, "ja", "2022-09-27").type == "ACCUSE"


def test_a_summons_to_protest_and_demand_is_a_protest_ko():
    assert first("외교부는 29일 주한 러시아 대사를 불러 항의하고 재발 방지를 요구했다.", "ko", "2024-03-30").type == "ACCUSE"


def test_a_request_to_hold_talks_is_still_a_request_ja():  # guard
    text = "上川外務大臣は28日、ロシア側に対し、拘束された邦人との面会を早期に実現するよう要請した。"
    assert first(text, "ja", "2024-03-29").type == "REQUEST"


# 6. a range of bare days that runs into the next month
def test_a_range_of_bare_days_into_the_next_month_ko_ja():
    for text, code in (("조태열 장관은 29일부터 1일까지 리투아니아를 방문해 외교장관과 회담했다.", "ko"),
                       ("上川大臣は29日から1日までリトアニアを訪問し、外相と会談した。", "ja")):
        e = first(text, code, "2024-03-02")
        assert (e.date, e.date_end) == ("2024-02-29", "2024-03-01"), text


def test_a_range_into_january_ends_in_the_next_year():
    e = first("조태열 장관은 30일부터 2일까지 리투아니아를 방문해 외교장관과 회담했다.", "ko", "2025-01-03")
    assert (e.date, e.date_end) == ("2024-12-30", "2025-01-02")


def test_a_range_within_a_month_is_unchanged():  # guard
    e = first("조태열 외교부 장관은 27~28일 이틀간 불가리아를 방문해 외교장관과 회담했다.", "ko", "2024-03-29")
    assert (e.date, e.date_end) == ("2024-03-27", "2024-03-28")


# 7. "last Friday", "last week's Friday"
def _day(text: str, code: str, ctx: dt.date) -> dt.date:
    dm = next(d for d in find_dates(text, code) if d.kind == "weekday")
    return resolve(dm, ctx).date


def test_last_friday_said_on_a_friday_is_a_week_before_ko_ja():
    friday = dt.date(2024, 3, 29)
    assert _day("윤석열 대통령은 지난 금요일 체코 총리와 전화 통화를 했다.", "ko", friday) == dt.date(2024, 3, 22)
    assert _day("윤석열 대통령은 지난주 금요일 체코 총리와 통화했다.", "ko", friday) == dt.date(2024, 3, 22)
    assert _day("岸田首相は先週金曜日、チェコ首相と電話会談した。", "ja", friday) == dt.date(2024, 3, 22)
    assert _day("岸田首相は来週月曜日にチェコ首相と会談する予定だ。", "ja", friday) == dt.date(2024, 4, 1)


def test_a_weekday_in_brackets_after_a_day_is_unchanged():  # guard
    dm = find_dates("조태열 장관은 28일(목) 방한한 불가리아 외교장관과 회담했다.", "ko")[0]
    assert resolve(dm, dt.date(2024, 3, 29)).date == dt.date(2024, 3, 28)


# 8. Bulgarian names in katakana, spelt back as Bulgarian writes them in Latin letters
def test_bulgarian_katakana_names_take_their_latin_spelling():
    text = "山田外務大臣政務官は23日、訪日中のザプリャノフ・ブルガリア国防副大臣と会談した。"
    assert "Zapryanov" in [p.name for p in first(text, "ja", "2019-04-24").persons]
    text = "岩屋外務大臣は10日、訪日中のストヤノフ・ブルガリア外務次官と会談した。"
    assert "Stoyanov" in [p.name for p in first(text, "ja", "2019-04-24").persons]


def test_a_polish_katakana_name_is_unchanged():  # guard
    text = "上川外務大臣は8日、ラドスワフ・シコルスキ・ポーランド外務大臣と会談を行った。"
    assert any(p.name.endswith("Sikorski") for p in first(text, "ja", "2024-01-08").persons)
