"""Japanese and Korean dates in the places ministry releases and news pages put them: the forms of issue 10,
and what confuses them (publication stamps and date lines, photo captions, departures, the days of a stay,
era years in figures, time zones and times of day, relative words). Constructed sentences in the sources' style."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.model import Document  # noqa: E402
from kronika.nlp.dates import find_dates, resolve  # noqa: E402


def event_date(text: str, code: str, published: str | None = None) -> str | None:
    ev = extract_document(Document(id="t", text=text, language=code, published=published)).events[0]
    return ev.date + (".." + ev.date_end if ev.date_end else "") if ev.date else None


def days(text: str, code: str, ctx=dt.date(2025, 3, 10)) -> list[str]:
    return [str(r.date) for dm in find_dates(text, code) if dm.kind == "absolute" and (r := resolve(dm, ctx))]


# the forms issue 10 lists, and the places they stand in
@pytest.mark.parametrize("code,published,text,want", [
    ("ja", None, "令和7年2月28日\n岩屋外務大臣は、シコルスキ・ポーランド外務大臣と会談を行いました。", "2025-02-28"),
    ("ja", None, "平成30年5月31日\n河野外務大臣は、ラブロフ・ロシア外務大臣と会談を行いました。", "2018-05-31"),
    ("ja", None, "令和元年5月7日、河野外務大臣は、ラブロフ・ロシア外務大臣と会談を行いました。", "2019-05-07"),
    ("ja", None, "２０２５年２月２８日、岩屋外務大臣はシコルスキ外務大臣と会談を行いました。", "2025-02-28"),
    ("ja", "2025-03-02", "28日、岩屋外務大臣はシコルスキ外務大臣と会談を行いました。", "2025-02-28"),
    ("ja", "2025-02-28", "岩屋外務大臣は昨日、シコルスキ外務大臣と会談を行いました。", "2025-02-27"),
    ("ja", "2025-02-28", "岩屋外務大臣は27日から28日まで、ポーランドを訪問し、外相と会談を行いました。",
     "2025-02-27..2025-02-28"),
    ("ja", "2025-02-28", "現地時間27日（日本時間28日）、岩屋外務大臣はニューヨークでシコルスキ外務大臣と会談を行いました。",
     "2025-02-27"),
    ("ja", "2025-02-28", "岩屋外務大臣は、2月27日午後6時30分から約35分間、シコルスキ外務大臣と会談を行いました。", "2025-02-27"),
    ("ja", "2025-02-28", "岩屋外務大臣は27日にワルシャワに到着し、同日、シコルスキ外務大臣と会談を行いました。", "2025-02-27"),
    ("ja", "2025-02-28", "【2月27日】岩屋外務大臣はシコルスキ外務大臣と会談を行いました。", "2025-02-27"),
    ("ja", "2025-03-07", "岩屋外務大臣は先月20日、シコルスキ外務大臣と会談を行いました。", "2025-02-20"),
    ("ja", "2025-03-07", "外務省は7日、岩屋外務大臣が5日にシコルスキ外務大臣と会談したと発表した。", "2025-03-05"),
    ("ja", None, "報道発表\n令和7年3月8日\n岩屋外務大臣は、3月5日（水曜日）から7日（金曜日）まで、ポーランドを訪問し、"
     "シコルスキ外務大臣と会談を行いました。", "2025-03-05..2025-03-07"),
    ("ja", None, "2025年1月2日\n岩屋外務大臣は12月28日、シコルスキ外務大臣と会談を行った。", "2024-12-28"),
    ("ko", "2025-02-28", "조태열 외교부 장관은 28일(금) 라도스와프 시코르스키 폴란드 외교장관과 회담했다.", "2025-02-28"),
    ("ko", "2025-03-17", "조태열 외교부 장관은 지난 15일 라도스와프 시코르스키 폴란드 외교장관과 회담했다.", "2025-03-15"),
    ("ko", "2025-03-15", "조태열 외교부 장관은 오늘(15일) 라도스와프 시코르스키 폴란드 외교장관과 회담했다.", "2025-03-15"),
    ("ko", "2025-03-15", "조태열 외교부 장관은 전날 시코르스키 폴란드 외교장관과 회담했다고 외교부가 15일 밝혔다.", "2025-03-14"),
    ("ko", "2025-03-01", "조태열 외교부 장관은 2월 27~28일 폴란드를 방문해 시코르스키 외교장관과 회담했다.",
     "2025-02-27..2025-02-28"),
    ("ko", "2025-03-03", "조태열 외교부 장관은 현지시간 2일 오후 폴란드 바르샤바에서 시코르스키 외교장관과 회담했다.", "2025-03-02"),
    ("ko", "2025-03-07", "3.5(수) 조태열 외교부 장관, 폴란드 외교장관과 회담\n조태열 장관은 시코르스키 폴란드 외교장관과 회담을 가졌다.",
     "2025-03-05"),
    ("ko", None, "일시: 2025. 3. 5.(수) 14:00\n장소: 외교부 청사\n조태열 외교부 장관은 시코르스키 폴란드 외교장관과 회담을 가졌다.",
     "2025-03-05"),
    ("ko", "2025-03-07", "조태열 외교부 장관은 5일 바르샤바에 도착했다. 이날 시코르스키 폴란드 외교장관과 회담했다.", "2025-03-05"),
    ("ko", None, "입력 2025.03.07 15:40\n조태열 외교부 장관은 5일 시코르스키 폴란드 외교장관과 회담했다.", "2025-03-05"),
    ("ko", None, "보도자료\n2025-03-07\n조태열 외교부 장관은 3.5.(수)~6.(목) 폴란드를 방문하여 시코르스키 외교장관과 회담을 가졌다.",
     "2025-03-05..2025-03-06"),
    ("ko", "2025-03-07", "２０２５년 ３월 ５일 조태열 외교부 장관은 시코르스키 폴란드 외교장관과 회담했다.", "2025-03-05"),
])
def test_the_forms_of_issue_10_date_the_event(code, published, text, want):
    assert event_date(text, code, published) == want


# a publication date given with the text (page metadata) that also stands in it as its date line
@pytest.mark.parametrize("code,text", [
    ("ja", "令和7年3月7日\n岩屋外務大臣は、5日、訪日中のシコルスキ外務大臣と会談を行いました。"),
    ("ja", "2025年3月7日\n岩屋外務大臣は5日、東京でシコルスキ外務大臣と会談を行った。"),
    ("ko", "2025.03.07\n조태열 외교부 장관은 5일 시코르스키 폴란드 외교장관과 회담했다."),
])
def test_a_date_line_that_is_the_given_publication_date_is_not_the_events(code, text):
    assert event_date(text, code) == "2025-03-05"  # found as the stamp
    assert event_date(text, code, "2025-03-07") == "2025-03-05"  # given, and seen to be the date line


@pytest.mark.parametrize("code,text", [
    ("ja", "（写真）7日、平壌を出発するチェ・ソンヒ外相\n北朝鮮のチェ・ソンヒ外相は9日、モスクワでラブロフ外相と会談した。"),
    ("ja", "写真は7日、平壌を出発するチェ・ソンヒ外相\n北朝鮮のチェ・ソンヒ外相は9日、モスクワでラブロフ外相と会談した。"),
    ("ja", "北朝鮮のチェ・ソンヒ外相は9日、モスクワに到着した。\n7日、平壌を出発するチェ・ソンヒ外相（朝鮮通信＝時事）\n"
           "チェ外相はラブロフ外相と会談した。"),
    ("ko", "[사진] 7일 평양을 출발하는 최선희 외무상\n북한 최선희 외무상은 9일 모스크바에서 라브로프 외무장관과 회담했다."),
    ("ko", "7일 평양을 출발하는 최선희 외무상 (조선중앙통신 제공)\n북한 최선희 외무상은 9일 모스크바에서 라브로프 외무장관과 회담했다."),
])
def test_a_photo_caption_dates_the_photo_not_the_event(code, text):
    assert days(text, code) == ["2025-03-09"]
    assert event_date(text, code, "2025-03-10") == "2025-03-09"


def test_a_photo_item_that_is_all_caption_keeps_its_date():
    text = "김홍균 외교부 제1차관이 21일 오후 게오르기 지노비예프 주한 러시아대사를 초치했다. (외교부 제공)"
    assert days(text, "ko", dt.date(2024, 10, 21)) == ["2024-10-21"]


@pytest.mark.parametrize("code,text", [
    ("ja", "北朝鮮の崔善姫外相は7日に平壌を出発し、9日にモスクワに到着した。"),
    ("ko", "북한 최선희 외무상은 7일 평양을 출발해 9일 모스크바에 도착했다."),
])
def test_the_day_a_delegation_left_home_is_not_the_visits(code, text):
    assert days(text, code) == ["2025-03-09"]
    # with no later date the departure is all the text dates
    assert days(text.split("、")[0].split(" 9일")[0] + "。", code) == ["2025-03-07"]


@pytest.mark.parametrize("code,text", [
    ("ja", "平塚市とカウナス市が姉妹都市協定に調印\n落合克宏市長らは11月21日から27日までリトアニアのカウナス市を訪問し、"
           "24日に姉妹都市協定に調印した。"),
    ("ko", "평택시, 리투아니아 카우나스시와 자매결연 협정 서명\n시장 일행은 11월 21일부터 27일까지 리투아니아 카우나스시를 "
           "방문해 24일 자매결연 협정에 서명했다."),
    ("pl", "Prezydent Krakowa podpisał umowę o partnerstwie z Kownem\nPrezydent Krakowa przebywał w Kownie (Litwa) "
           "od 21 do 27 listopada. 24 listopada podpisał umowę o partnerstwie miast."),
])
def test_an_act_that_is_not_a_meeting_is_dated_by_its_day_inside_a_visit(code, text):
    ev = extract_document(Document(id="t", text=text, language=code, published="2023-12-14")).events[0]
    assert (ev.type, ev.date, ev.date_end) == ("AGREE", "2023-11-24", None)


def test_a_meeting_during_a_visit_keeps_the_visits_days():
    text = "岩屋外務大臣は2月27日から28日までポーランドを訪問し、27日にシコルスキ外務大臣と会談を行いました。"
    assert event_date(text, "ja", "2025-03-01") == "2025-02-27..2025-02-28"


@pytest.mark.parametrize("text,want", [("R7.2.28 外務省欧州局", "2025-02-28"), ("令和7.2.28", "2025-02-28"),
                                       ("H30/5/31", "2018-05-31"), ("令和元.5.7", "2019-05-07")])
def test_era_years_written_in_figures(text, want):
    assert days(text, "ja") == [want]


@pytest.mark.parametrize("code,text,want", [
    ("ja", "当日、会談を行った。", "same_day"), ("ja", "今夕、会談を行う。", "today"),
    ("ko", "다음달 방문한다.", "next_month"), ("ko", "이번주 회담한다.", "this_week"),
    ("ko", "다음주 방문한다.", "next_week"), ("ko", "이번달 회담한다.", "this_month"),
])
def test_relative_words_as_the_press_writes_them(code, text, want):
    assert [dm.relative for dm in find_dates(text, code) if dm.kind == "relative"] == [want]


def test_a_day_after_next_month_without_a_space():
    assert days("조 장관은 다음달 5일 폴란드를 방문한다.", "ko") == ["2025-04-05"]


@pytest.mark.parametrize("code,text,ctx,want", [
    # "the day before" counts from the day its sentence names, not from the text's date
    ("ja", "ロシア外務省のザハロワ情報局長は30日、北朝鮮の崔善姫外相が前日にモスクワに到着したと明らかにした。",
     dt.date(2025, 10, 31), "2025-10-29"),
    ("ko", "외교부는 10일 조태열 장관이 전날 시코르스키 폴란드 외교장관과 회담했다고 밝혔다.", dt.date(2025, 10, 11),
     "2025-10-09"),
    ("ja", "岩屋外務大臣は3月1日、帰国した。前日にはシコルスキ外務大臣と会談を行った。", dt.date(2025, 3, 2), "2025-02-28"),
    # ... and with no day named before it, it is yesterday
    ("ko", "조태열 외교부 장관은 전날 시코르스키 폴란드 외교장관과 회담했다.", dt.date(2025, 10, 10), "2025-10-09"),
])
def test_the_day_before_counts_from_the_day_just_named(code, text, ctx, want):
    dated = [str(r.date) for dm in find_dates(text, code) if (r := resolve(dm, ctx))]
    assert dated[-1] == want


@pytest.mark.parametrize("code,text", [
    ("ja", "岩屋外務大臣は5日にワルシャワに到着し、翌日、シコルスキ外務大臣と会談を行いました。"),
    ("ko", "조태열 외교부 장관은 5일 바르샤바에 도착했다. 다음날 시코르스키 폴란드 외교장관과 회담했다."),
])
def test_the_day_after_counts_from_the_day_just_named(code, text):
    assert days(text, code, dt.date(2025, 3, 9)) == ["2025-03-05", "2025-03-06"]


@pytest.mark.parametrize("code,text,ctx,want", [
    # a year said as a word before a month: "last year's November", not the latest November
    ("ja", "両外相は、昨年11月の電話会談に続き協力を確認した。", dt.date(2025, 12, 5), ("month", "2024-11-01")),
    ("ko", "양 장관은 지난해 11월 통화에 이어 협력을 확인했다.", dt.date(2025, 12, 5), ("month", "2024-11-01")),
    ("ja", "昨年12月28日に会談した。", dt.date(2025, 12, 30), ("absolute", "2024-12-28")),
    ("ja", "来年2月19日に東京で会議を開催することで一致した。", dt.date(2023, 11, 8), ("absolute", "2024-02-19")),
    ("ko", "내년 2월 19일 서울에서 회의를 개최하기로 했다.", dt.date(2023, 11, 8), ("absolute", "2024-02-19")),
    ("ja", "本年3月に訪問した。", dt.date(2025, 12, 5), ("month", "2025-03-01")),
])
def test_a_year_said_as_a_word_dates_the_month_after_it(code, text, ctx, want):
    (dm,) = [dm for dm in find_dates(text, code) if dm.kind in ("absolute", "month")]
    assert (dm.kind, str(resolve(dm, ctx).date)) == want


@pytest.mark.parametrize("code,text", [("ja", "来年、訪問する。"), ("ko", "내년 방문한다.")])
def test_next_year(code, text):
    assert [dm.relative for dm in find_dates(text, code)] == ["next_year"]
