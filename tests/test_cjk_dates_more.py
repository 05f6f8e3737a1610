"""Japanese and Korean date forms beyond the basic ones: the coming day, durations, ranges with one unit."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.model import Document  # noqa: E402
from kronika.nlp.dates import find_dates, resolve  # noqa: E402

CTX = dt.date(2019, 10, 9)


def _resolved(text, code):
    return [(r.date, r.end) for dm in find_dates(text, code) if (r := resolve(dm, CTX))]


@pytest.mark.parametrize("text,code,day", [("오는 15일 회담한다.", "ko", dt.date(2019, 10, 15)),
                                           ("来る15日に会談する。", "ja", dt.date(2019, 10, 15)),
                                           ("오는 3일 회담한다.", "ko", dt.date(2019, 11, 3)),
                                           ("지난 15일 회담했다.", "ko", dt.date(2019, 9, 15))])
def test_a_bare_day_after_a_word_of_the_future_is_the_coming_one(text, code, day):
    assert _resolved(text, code)[0][0] == day


@pytest.mark.parametrize("text,code", [("2019년 10월 8~10일 방문했다.", "ko"), ("2019年10月8～10日に訪問した。", "ja")])
def test_a_dated_range_may_write_the_unit_once(text, code):
    (dm,) = find_dates(text, code)
    assert (dm.y, dm.m, dm.d, dm.d2) == (2019, 10, 8, 10)


@pytest.mark.parametrize("text,code", [("8日から3日間の日程で訪問した。", "ja"), ("8일부터 사흘간 방문했다.", "ko"),
                                       ("8일부터 3일간 방문했다.", "ko")])
def test_a_number_of_days_is_a_duration_not_the_end_of_a_range(text, code):
    kinds = [(dm.kind, dm.d, dm.d2) for dm in find_dates(text, code)]
    assert kinds == [("absolute", 8, None), ("duration", 3, None)]


def test_a_meeting_room_is_no_duration():
    # 간담회 (a round table) after a day: the day stays a day
    assert [(dm.kind, dm.d) for dm in find_dates("8일 간담회를 열었다.", "ko")] == [("absolute", 8)]


def test_a_visit_of_three_days_is_dated_as_a_range():
    text = "岩屋毅外務大臣は8日から3日間の日程でポーランドを訪問し、ワルシャワでシコルスキ外相と会談した。"
    ev = extract_document(Document(id="t", text=text, language="ja"), published=dt.date(2025, 10, 11)).events[0]
    assert (ev.date, ev.date_end) == ("2025-10-08", "2025-10-10")


@pytest.mark.parametrize("code,text", [
    ("ko", "외교장관 회담\n\n최종수정 2025.10.23 09:00\n입력 2025.10.22 15:40\n\n조현 외교부 장관은 21일 서울에서 회담했다.\n"),
    ("ja", "外相会談\n更新日：2025年10月23日\n公開日：2025年10月22日\n\n岩屋毅外務大臣は21日、東京で会談した。\n"),
])
def test_the_date_a_page_was_changed_is_no_date(code, text):
    assert all(dm.modified for dm in find_dates(text, code) if dm.d == 23)
    doc = extract_document(Document(id="t", text=text, language=code))
    assert str(doc.published) == "2025-10-22" and doc.events[0].date == "2025-10-21"


def test_full_width_digits_are_digits():
    (dm,) = find_dates("２０２２年６月７日、会談した。", "ja")
    assert (dm.y, dm.m, dm.d, dm.start, dm.end) == (2022, 6, 7, 0, 9)


def test_a_day_of_the_same_month_takes_the_month_before_it():
    days = [resolve(dm, CTX).date for dm in find_dates("9月3日に発表し、同月7日に会談した。", "ja")]
    assert days == [dt.date(2019, 9, 3), dt.date(2019, 9, 7)]


@pytest.mark.parametrize("code,text,day", [
    ("ko", "외교부는 10일 조태열 장관이 9일 서울에서 시코르스키 폴란드 외교장관과 회담했다고 밝혔다.", "2024-10-09"),
    ("ko", "조선중앙통신은 10일 최선희 외무상이 9일 평양에서 라브로프 러시아 외무장관과 회담했다고 보도했다.", "2024-10-09"),
    ("ko", "외교부는 10일 조태열 장관이 전날 서울에서 시코르스키 폴란드 외교장관과 회담했다고 밝혔다.", "2024-10-09"),
    ("ja", "外務省は10日、岩屋外務大臣が9日、東京でシコルスキ・ポーランド外相と会談したと発表した。", "2024-10-09"),
    # the report's date after the reported clause: the first date is the event's already
    ("ko", "조태열 외교부 장관이 9일 서울에서 시코르스키 폴란드 외교장관과 회담했다고 외교부가 10일 밝혔다.", "2024-10-09"),
    ("ko", "조태열 외교부 장관은 10일 서울에서 시코르스키 폴란드 외교장관과 회담했다고 밝혔다.", "2024-10-10"),
])
def test_the_date_of_a_report_is_not_the_date_of_what_it_reports(code, text, day):
    ev = extract_document(Document(id="t", text=text, language=code), published=dt.date(2024, 10, 10)).events[0]
    assert ev.date == day


def test_a_report_announcing_a_later_day_keeps_its_own_date():
    text = "政府は7日、ロシアに対する追加の制裁措置を20日から実施すると発表した。"
    assert [dm.d for dm in find_dates(text, "ja")] == [7, 20]


def test_a_date_with_its_change_label_after_it_is_no_date():
    text = "外相会談\n2019年10月9日 15時20分 (2019年10月10日 9時00分 更新)\n\n岩屋毅外務大臣は8日、東京で会談した。\n"
    assert [(dm.d, dm.modified) for dm in find_dates(text, "ja")] == [(9, False), (10, True), (8, False)]


def test_a_change_label_opening_the_next_stamp_leaves_the_first_date():
    text = "기사 작성일 2023-06-07 09:24:31 최종 수정일 2023-06-08 09:33:56\n\n김 의장은 5일 회담했다.\n"
    assert [(dm.d, dm.modified) for dm in find_dates(text, "ko")] == [(7, False), (8, True), (5, False)]


@pytest.mark.parametrize("code,text", [
    ("ko", "입력 2024.10.01 09:00\n\n조태열 외교부 장관은 30일 서울에서 시코르스키 폴란드 외교장관과 회담했다.\n"),
    ("ja", "日ポーランド外相会談\n令和6年10月1日\n\n岩屋外務大臣は30日、東京でシコルスキ外相と会談した。\n"),
])
def test_a_day_later_than_the_date_line_is_of_the_month_before(code, text):
    doc = extract_document(Document(id="t", text=text, language=code))
    assert str(doc.published) == "2024-10-01" and doc.events[0].date == "2024-09-30"


@pytest.mark.parametrize("code,text,y,m,d", [("ko", "주체113(2024)년 10월 21일", 2024, 10, 21), ("ko", "주체113년 10월 21일", 2024, 10, 21),
                                             ("ja", "令和4年(2022年)6月7日", 2022, 6, 7)])
def test_era_years_of_the_north_and_era_years_glossed_with_the_common_year(code, text, y, m, d):
    (dm,) = find_dates(text, code)
    assert (dm.y, dm.m, dm.d, dm.end) == (y, m, d, len(text))


@pytest.mark.parametrize("code,text", [("ja", "8、9両日に会談した。"), ("ja", "8、9の両日に会談した。"), ("ko", "8, 9일 양일간 회담했다.")])
def test_two_days_listed_with_one_unit_are_a_range(code, text):
    (dm,) = find_dates(text, code)
    assert (dm.d, dm.d2) == (8, 9)


@pytest.mark.parametrize("code,text", [("ja", "6月20日（木曜日）から22日（土曜日）まで訪問した。"), ("ko", "6월 20일(목)~22일(토) 방문했다.")])
def test_a_range_with_weekdays_in_brackets(code, text):
    (dm,) = find_dates(text, code)
    assert (dm.m, dm.d, dm.d2) == (6, 20, 22)


@pytest.mark.parametrize("text,day", [("昨20日、会談した。", dt.date(2019, 9, 20)), ("明21日に会談する。", dt.date(2019, 10, 21)),
                                      ("去る15日に会談した。", dt.date(2019, 9, 15))])
def test_japanese_words_before_a_bare_day(text, day):
    assert _resolved(text, "ja")[0][0] == day


@pytest.mark.parametrize("code,text,m,d,d2", [("ko", "조현 장관은 6.11.(수) 오후 서울에서 회담했다.", 6, 11, None),
                                              ("ko", "6.11.(수)~13.(금) 방문했다.", 6, 11, 13), ("ja", "6/11（水）に会談した。", 6, 11, None)])
def test_month_and_day_in_figures_with_a_weekday(code, text, m, d, d2):
    (dm,) = find_dates(text, code)
    assert (dm.m, dm.d, dm.d2) == (m, d, d2)


def test_a_decimal_is_no_date():
    assert find_dates("지지율은 6.11이다.", "ko") == []


@pytest.mark.parametrize("code,text", [("ko", "2022년 2월 24일 이후 처음으로 양국 장관이 21일 회담했다."),
                                       ("ja", "2022年2月24日以来初めて、両外相は21日に会談した。")])
def test_a_day_of_reference_is_no_date_of_the_event(code, text):
    # nor does the bare day after it take its month and year
    assert _resolved(text, code) == [(dt.date(2019, 9, 21), None)]


def test_a_range_ending_in_until_stays_a_range():
    assert _resolved("21日から27日まで訪問した。", "ja") == [(dt.date(2019, 9, 21), dt.date(2019, 9, 27))]


def test_a_labelled_stamp_below_a_long_menu_is_the_publication_date():
    menu = "\n".join(f"메뉴 항목 {i}" for i in range(40))
    body = "조태열 외교부 장관은 8일 서울에서 시코르스키 폴란드 외교장관과 회담했다. 양측은 협력을 확대하기로 했다.\n"
    doc = extract_document(Document(id="t", text=menu + "\n회담\n입력 2024.10.09 15:20\n" + body + menu, language="ko"))
    assert str(doc.published) == "2024-10-09" and doc.events[0].date == "2024-10-08"


@pytest.mark.parametrize("text,found", [("입력 24.10.21 15:40", (2024, 10, 21)), ("등록 '24.10.21", (2024, 10, 21)),
                                        ("지지율 24.10.2 이다", None), ("버전 1.2.3 15:40", None)])
def test_stamps_with_a_two_figure_year(text, found):
    got = [(dm.y, dm.m, dm.d) for dm in find_dates(text, "ko")]
    assert got == ([found] if found else [])


@pytest.mark.parametrize("url,day", [("https://www.yna.co.kr/view/AKR20241021123400504", dt.date(2024, 10, 21)),
                                     ("https://www.jiji.com/jc/article?k=2024102100123&g=pol", dt.date(2024, 10, 21)),
                                     ("https://news1.kr/politics/diplomacy-defense/5575098", None),
                                     ("https://example.com/p?id=1234567890123", None)])
def test_an_article_number_that_opens_with_its_date(url, day):
    from kronika.nlp.published import find_published

    assert find_published("본문", "ko", url)[0] == day


@pytest.mark.parametrize("code,text", [("ja", "6月20日から同月22日まで訪問した。"), ("ja", "20日から同22日まで訪問した。"),
                                       ("ja", "6月20日より22日まで訪問した。"), ("ko", "6월 20일부터 같은 달 22일까지 방문했다.")])
def test_a_range_whose_end_says_the_same_month(code, text):
    (dm,) = find_dates(text, code)
    assert (dm.d, dm.d2) == (20, 22)


@pytest.mark.parametrize("code,text,day", [
    ("ja", "6月6日から8日まで、チェコを訪問中の上川外務大臣は、7日、リパフスキー外務大臣と会談した。", dt.date(2019, 6, 7)),
    ("ko", "6월 6~8일 체코를 방문 중인 조태열 장관은 7일 리파프스키 장관과 회담했다.", dt.date(2019, 6, 7)),
    ("ko", "6월 30일~7월 3일 체코를 방문 중인 장관은 2일 회담했다.", dt.date(2019, 7, 2)),
])
def test_a_stay_frames_the_act_of_a_day_inside_it(code, text, day):
    assert _resolved(text, code) == [(day, None)]


def test_a_range_without_a_word_of_staying_stays():
    assert len(_resolved("6日から8日まで訪問し、7日に会談した。", "ja")) == 2


@pytest.mark.parametrize("text,y,m,d", [("令和四年六月七日", 2022, 6, 7), ("令和元年十二月三十一日", 2019, 12, 31),
                                        ("六月七日、会談した。", None, 6, 7)])
def test_dates_in_kanji_numerals(text, y, m, d):
    dm = find_dates(text, "ja")[0]
    assert (dm.y, dm.m, dm.d) == (y, m, d)


def test_ten_days_in_kanji_is_no_date():
    assert find_dates("十日間滞在した。", "ja") == []


@pytest.mark.parametrize("code,text,days", [("ja", "岸田総理大臣は、けさ、会談しました。", 0), ("ja", "昨夜、会談した。", -1),
                                            ("ko", "어젯밤 회담했다.", -1)])
def test_times_of_day_written_as_words(code, text, days):
    assert _resolved(text, code)[0][0] == CTX + dt.timedelta(days=days)
