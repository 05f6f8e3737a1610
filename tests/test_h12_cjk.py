"""Issue 10, fifth round: Japanese and Korean mechanisms, tested on constructed, source-like text."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import first, participants as names  # noqa: E402


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


# ---------------------------------------------------------------- an agreement's object stands before its verb
def test_japanese_signing_during_a_visit_is_an_agreement_dated_by_its_own_day():
    text = "茂木外務大臣は3日から5日までチェコを訪問し、4日、プラハでリパフスキー外相と経済協力の覚書に署名した。"
    ev = first(text, "ja", dt.date(2021, 6, 7))
    assert (ev.type, ev.date, ev.date_end) == ("AGREE", "2021-06-04", None)


def test_korean_signing_after_a_visit_verb_without_a_comma_keeps_its_object():
    # no comma after 방문해: the visit stops the agreement's reach back, what was signed stays its object
    text = "박진 외교부 장관은 3~5일 체코를 방문해 4일 프라하에서 체코 외교장관과 경제협력 양해각서에 서명했다."
    ev = first(text, "ko", dt.date(2021, 6, 7))
    assert (ev.type, ev.date, ev.date_end) == ("AGREE", "2021-06-04", None)


@pytest.mark.parametrize("code, text", [
    ("ja", "両国政府は10日、ブダペストで投資協力の協定に署名した。"),
    ("ko", "양국 정부는 10일 부다페스트에서 투자협력 협정에 서명했다."),
])
def test_a_cooperation_agreement_signed_is_an_agreement_not_cooperation(code, text):
    assert first(text, code, dt.date(2022, 3, 11)).type == "AGREE"


@pytest.mark.parametrize("code, text", [
    ("ja", "林外務大臣は10日、東京でハンガリーの外務貿易大臣と会談し、投資協力の拡大で合意した。"),
    ("ko", "박진 외교부 장관은 10일 헝가리 외교장관과 회담을 갖고 투자협력 확대에 합의했다."),
])
def test_an_agreement_reached_at_a_meeting_told_first_leaves_the_meeting_the_event(code, text):
    # guard: the agreement's reach back must not take the meeting's clause as its object
    assert first(text, code, dt.date(2022, 3, 11)).type == "CONSULT"


# ---------------------------------------------------------------- a stay before its visitor hosts the event
@pytest.mark.parametrize("code, text", [
    ("ja", "チェコを訪問中の岸田総理大臣は9日、ハンガリーのオルバーン首相と会談しました。"),
    ("ko", "체코를 방문 중인 윤석열 대통령은 9일 오르반 헝가리 총리와 회담했다."),
])
def test_a_state_the_visitor_is_staying_in_hosts_a_meeting_with_a_third_state(code, text):
    ev = first(text, code, dt.date(2023, 7, 10))
    assert sorted(ev.countries) == ["HU", "JP" if code == "ja" else "KR"]
    assert (ev.location.country, ev.mode) == ("CZ", "third-party")


def test_a_finite_verb_of_visiting_is_no_stay():
    # "訪問した。" ends its sentence: a trip told, not a stay that frames the next sentence's meeting
    text = "岸田総理大臣は8日、チェコを訪問した。岸田総理大臣は9日、東京でハンガリーのオルバーン首相と会談した。"
    from kronika.events import location
    from kronika.lang import tokens
    from kronika.nlp.analyze import analyze
    a = analyze(text, "ja", dt.date(2023, 7, 10), tokens(text, "ja"))
    visit = next(t for t in a.triggers if t.key == "CONSULT/visit")
    assert not location._staying(a, visit)


# ---------------------------------------------------------------- the day of a verb reporting a quoted clause
@pytest.mark.parametrize("code, text, told_on", [
    ("ko", "박진 외교부 장관이 체코 외교장관과 회담했다고 외교부가 12일 밝혔다.", 12),
    ("ja", "林外務大臣がチェコの外相と会談したと外務省が12日発表した。", 12),
])
def test_the_day_of_a_reporting_verb_after_a_closed_quote_is_an_aside(code, text, told_on):
    from kronika.nlp.dates import find_dates
    day = next(d for d in find_dates(text, code) if d.kind == "absolute" and d.d == told_on)
    assert day.aside


def test_a_meeting_dated_in_the_next_paragraph_is_dated_by_it_not_by_the_report():
    text = ("박진 외교부 장관이 얀 리파브스키 체코 외교부 장관과의 회담에서 양국 외교부 간 전략대화를 신설하기로 "
            "합의했다고 외교부가 12일 밝혔다.\n\n"
            "유럽 순방 중인 박 장관은 11일(현지시간) 프라하에서 한-체코 외교장관회담을 개최하고 양국 간 협력 방안과 "
            "지역 정세에 대해 폭넓게 의견을 교환했으며 전략적 소통을 강화하기로 했다.")
    ev = first(text, "ko", dt.date(2022, 5, 12))
    assert ev.date == "2022-05-11"


def test_a_reported_day_alone_still_dates_the_event():
    # nothing else dates it: the report's day stands in, as before
    text = "林外務大臣がチェコの外相と電話会談を行ったと外務省が12日発表した。"
    assert first(text, "ja", dt.date(2022, 5, 13)).date == "2022-05-12"


# ---------------------------------------------------------------- a leader a delegate accompanies takes no part
@pytest.mark.parametrize("code, text, leader", [
    ("ko", "윤석열 대통령의 폴란드 공식 방문을 수행 중인 박진 외교부 장관은 13일 바르샤바에서 즈비그니에프 라우 "
           "폴란드 외교장관과 회담했다.", "Suk-yeol Yoon"),
    ("ja", "岸田総理大臣のポーランド訪問に同行している林外務大臣は13日、ワルシャワでズビグニェフ・ラウ外相と会談した。",
     "Fumio Kishida"),
])
def test_the_leader_a_minister_accompanies_is_no_participant_of_the_ministers_talks(code, text, leader):
    ev = first(text, code, dt.date(2023, 1, 14))
    assert leader not in names(ev)
    assert len(ev.persons) == 2


def test_the_minister_who_accompanies_stays_a_participant():
    # "장관은" (the subject's particle) is no mark of whom someone accompanies
    text = "박진 외교부 장관은 대통령을 수행해 13일 바르샤바에서 즈비그니에프 라우 폴란드 외교장관과 회담했다."
    assert "Jin Park" in names(first(text, "ko", dt.date(2023, 1, 14)))
