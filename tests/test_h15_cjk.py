"""Issue 10, eighth round: Japanese and Korean mechanisms, tested on constructed, source-like text."""

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import events, first, participants as names  # noqa: E402


# ---------------------------------------------------------------- when
ISSUE = ("広報ゆざわ 2025年12月号\n自治体名 : 秋田県湯沢市\n姉妹都市の訪問団が来市\n"
         "チェコのブルノ市から訪問団が来日し、本市を訪れました。\n▼姉妹都市の絆\n○表敬訪問\n")


def test_the_next_day_of_a_journey_a_clause_began_keeps_its_month():
    # "10月15日に湯沢入りした訪問団は、16日に…": the clause describes the delegation; the 16th is October's
    text = ISSUE + "10月15日に湯沢入りした訪問団は、16日に市役所を訪れ、佐藤市長と面会。ブルノ市長は、「交流を深めたい」と話しました。\n"
    days = {ev.date for ev in events(text, "ja")}
    assert "2025-10-16" in days and "2025-11-16" not in days


def test_a_day_told_weeks_after_an_old_date_in_a_clause_is_still_the_texts_month():
    # guard: "昨年11月23日に協定を結んだ市の市長が14日": the 14th is no 14 November
    text = ("2025年3月15日\n昨年11月23日に協定を結んだブルノ市のヴォクラール市長が14日、佐藤市長を表敬訪問した。\n")
    assert first(text, "ja").date == "2025-03-14"


def test_an_issue_dated_to_a_month_takes_the_day_its_body_gives_the_visit():
    # the lead says only that the delegation came; the day of the courtesy call is told further down
    text = ISSUE + "11月20日に湯沢入りした訪問団は、21日に市役所を訪れ、佐藤市長と面会。ブルノ市長は、「交流を深めたい」と話しました。\n"
    ev = first(text, "ja")
    assert (ev.date, ev.date_precision) == ("2025-11-21", "day")


def test_an_issue_without_a_day_in_its_body_keeps_its_month():
    # guard: no day anywhere, the month of the issue stays the date
    text = ISSUE + "訪問団は市役所を訪れ、佐藤市長と面会。ブルノ市長は、「交流を深めたい」と話しました。\n"
    ev = first(text, "ja")
    assert (ev.date, ev.date_precision) == ("2025-12-01", "month")


def test_a_caption_line_closed_by_its_credit_after_an_equals_sign_is_no_lead():
    # "…説明を受ける同大使=市提供": a regional paper's caption above the lead; the lead's 13th dates the call
    text = 'ハンガリー大使が初来市 山田市長を表敬訪問\n\n社会\n\n公開:2020年10月22日\n\n(上)記念品を手に笑顔の山田市長とノルバート大使(下)研究所で所長から説明を受ける同大使=市提供\n(上)記念品を手に笑顔の山田市長とノルバート大使(下)研究所で所長から説明を受ける同大使=市提供\n\n 駐日ハンガリー特命全権大使のパラノビチ・ノルバートさんが交流促進のため13日、大使館関係者と共に山田太郎市長を表敬訪問した。ハンガリーの政府関係者が市庁舎を訪れたのは今回が初めて。\n\n 市からは山田市長をはじめ、副市長が出席した。\n'
    assert first(text, "ja").date == "2020-10-13"


# ---------------------------------------------------------------- who
def test_an_acting_president_named_by_family_and_title_is_the_registry_person():
    text = ("2025-02-12 18:01\n최 권한대행은 이날 투스크 폴란드 총리와 통화를 갖고 한국과 폴란드 관계 발전 방안을 논의했다.\n")
    assert "Choi" in " ".join(names(first(text, "ko")))


def test_a_hungarian_name_in_katakana_stands_family_name_first_and_is_spelt_as_hungarians_spell_it():
    # "ファルカシュ・ツィプリアン市長": family name first, as the Japanese press writes Hungarian names
    text = ("2025年10月17日\nハンガリーのショプロン市のファルカシュ・ツィプリアン市長が16日、秋田県鹿角市を訪れ、"
            "笹本市長と面会した。\n")
    assert "Ciprian Farkas" in names(first(text, "ja"))


def test_a_page_filed_under_its_issues_title_in_a_percent_encoded_url_is_dated_by_it():
    # the URL writes "広報さかた-令和6年10月1日号" percent-encoded; the text has no year, so nothing else dates it
    from urllib.parse import quote
    from extracting import extracted

    url = "https://koho.example.jp/article/" + quote("広報さかた-令和6年10月1日号-no-12") + "/" + quote("姉妹都市")
    text = ("9月18日から21日までクライペダ市訪問団が来市。調印式や市内の視察を通し、友情を再確認しました。\n"
            "19日は、市役所でリトアニアのクライペダ市と姉妹都市関係を延長する同意書に署名しました。\n")
    doc = extracted(text, "ja", url=url)
    assert doc.published == "2024-10-01" and doc.events[0].date == "2024-09-18"


def test_a_lithuanian_name_in_katakana_is_spelt_as_lithuanians_spell_it():
    text = ("2024年9月19日\nリトアニアのクライペダ市のアルヴィダス・ヴァイトクス市長が19日、酒田市を訪れ、"
            "市長と姉妹都市関係を延長する同意書に署名した。\n")
    assert "Arvidas Vaitkus" in names(first(text, "ja"))


def test_a_range_after_next_months_word_is_next_months_and_the_visit_is_announced():
    # "다음 달 4~8일 … 방문한다": next month's 4th to 8th; the item announces the visit on its day
    text = ("2025-02-27 10:00\n조태열 외교부 장관이 다음 달 4~8일 폴란드와 프랑스를 방문한다.\n"
            "조 장관은 이번 방문을 계기로 시코르스키 외교장관과 회담을 가질 예정이다.\n")
    ev = first(text, "ko")
    assert (ev.type, ev.date) == ("AGREE", "2025-02-27")


def test_a_day_before_a_quoted_plan_is_the_day_it_was_told():
    # '27일 대변인은 "…개최할 예정"이라며 밝혔다': the 27th is the briefing's, not a coming 27th
    text = ('2025-02-28 09:00\n27일 이재웅 외교부 대변인은 정례브리핑에서 "3월 5일 한-폴란드 외교장관회담을 바르샤바에서 '
            '개최할 예정"이라며 이같이 밝혔다.\n')
    ev = first(text, "ko")
    assert (ev.type, ev.date) == ("AGREE", "2025-02-27")


# ---------------------------------------------------------------- what
def test_a_friendship_cities_visit_to_the_town_hall_is_subnational():
    text = ("2024年5月20日\nリトアニアのカウナス市の副市長が20日、友好都市の泉大津市の市役所を訪れ、伊藤市長と懇談した。"
            "両市の友好都市交流について意見を交わした。\n")
    assert "subnational" in first(text, "ja").topics


def test_a_sister_city_exchange_in_korean_is_subnational():
    text = ("2024-05-20 10:00\n체코 브르노시 대표단이 20일 대전시청을 방문해 이장우 시장과 면담하고 자매결연 추진 방안을 "
            "논의했다. 양 도시는 우호도시 협약을 맺기로 했다.\n")
    assert "subnational" in first(text, "ko").topics
