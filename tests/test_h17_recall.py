"""Session h17, recall (issue 9): every event a page reports, with its right day. An agency's date in round
brackets after a place in capitals ("MOSCOW (Agency / Wire - 11th June, 2020)") is when the agency wrote, so the
weekday of the lead dates the event; a Korean bare day counted from something ("입국 후 14일 격리", "사고 14일
만에") is a number of days, not a day of the month, and dates no event.
Sentences written for the tests in the style of agency news; every case but the guards fails on the parent."""
from extracting import events

from kronika.nlp.published import opens_dateline


def dated(evs) -> list[tuple[str, str]]:
    return [(e.date, "-".join(e.countries)) for e in evs]


EN_PAREN_DATELINE = (
    "Czech, Japanese Foreign Ministers Hold Talks\n\n"
    "PRAGUE/TOKYO (Daily Wire / Agency - 14th May, 2021) Czech Foreign Minister Jakub Kulhanek and his Japanese "
    "counterpart, Toshimitsu Motegi, discussed trade and energy in a phone conversation on Wednesday, the Czech "
    "Foreign Ministry said in a statement.\n")


def test_an_agency_date_in_round_brackets_is_a_dateline():
    i = EN_PAREN_DATELINE.index("14th May, 2021")
    assert opens_dateline(EN_PAREN_DATELINE, i, i + len("14th May, 2021"), reach=40)


def test_the_weekday_after_a_bracketed_agency_date_dates_the_call():
    assert dated(events(EN_PAREN_DATELINE, "en"))[0] == ("2021-05-12", "CZ-JP")


def test_guard_a_date_in_brackets_inside_a_sentence_is_no_dateline():
    text = "The ministers met in Prague (on 14 May 2021) and discussed trade.\n"
    i = text.index("14 May 2021")
    assert not opens_dateline(text, i, i + len("14 May 2021"), reach=40)


KO_COUNTED_DAYS = (
    "한-체코 외교장관 회담\n\n입력 2021-07-20 09:10\n\n"
    "정의용 외교부 장관은 20일 오전 외교부 청사에서 야쿠브 쿨하넥 체코 외교장관과 회담을 갖고 경제 협력 방안을 "
    "논의했다. 쿨하넥 장관은 1박2일 일정으로 방한하며, 음성확인서를 제출해 입국 후 14일 격리의무를 면제받았다.\n")


def test_a_korean_day_counted_after_an_act_dates_no_event():
    evs = events(KO_COUNTED_DAYS, "ko")
    assert dated(evs)[0] == ("2021-07-20", "CZ-KR")
    assert all(e.date != "2021-07-14" for e in evs)


def test_guard_a_korean_day_after_past_is_still_a_day():
    text = KO_COUNTED_DAYS.replace("쿨하넥 장관은 1박2일 일정으로 방한하며, 음성확인서를 제출해 입국 후 14일 격리의무를 면제받았다.",
                                   "양 장관은 지난 14일 전화통화를 가진 바 있다.")
    assert ("2021-07-14", "CZ-KR") in dated(events(text, "ko"))


EN_SAME_DAY_THIRD = (
    "Polish Foreign Minister visits Japan\n\nTokyo, 16 May 2024\n\n"
    "Polish Foreign Minister Radosław Sikorski met Japanese Foreign Minister Yoko Kamikawa in Tokyo on 15 May 2024. "
    "The ministers discussed security and the economy.\n\n"
    "On the same day, Sikorski also held talks with South Korean Foreign Minister Cho Tae-yul, who was in Tokyo "
    "for a conference.\n")


def test_the_travellers_meeting_with_a_third_state_the_same_day_is_an_event():
    evs = events(EN_SAME_DAY_THIRD, "en")
    assert dated(evs)[0] == ("2024-05-15", "JP-PL")
    extra = [e for e in evs[1:] if e.countries == ["KR", "PL"]]
    assert extra and extra[0].date == "2024-05-15" and extra[0].mode == "third-party"


def test_guard_a_meeting_still_to_come_with_a_third_state_is_no_same_day_event():
    text = EN_SAME_DAY_THIRD.replace("On the same day, Sikorski also held talks with",
                                     "Sikorski will also hold talks with")
    assert all(e.countries != ["KR", "PL"] or e.type == "AGREE" for e in events(text, "en"))


CS_ONWARD = (
    "Lipavský jednal v Soulu a Tokiu\n\n"
    "Praha 10. října 2024 (ČTK) - Ministr zahraničí Jan Lipavský se 8. října v Soulu setkal s jihokorejským "
    "ministrem zahraničí Čo Tche-jolem. Jednali o jaderné energetice.\n\n"
    "Následně Lipavský odcestoval do Tokia, kde se 9. října sešel s japonským ministrem zahraničí Takešim Ivajou.\n")


def test_czech_past_of_sejit_se_and_odcestovat_do_tell_the_onward_meeting():
    assert ("2024-10-09", "CZ-JP") in dated(events(CS_ONWARD, "cs"))


def test_slovak_past_of_zist_sa_is_a_meeting():
    text = ("Bratislava 15. mája 2024 (TASR) - Minister zahraničných vecí Juraj Blanár sa v stredu v Soule zišiel "
            "s juhokórejským ministrom zahraničných vecí Čo Te-julom.\n")
    assert [(e.type, "-".join(e.countries)) for e in events(text, "sk")][:1] == [("CONSULT", "KR-SK")]


def test_croatian_and_serbian_susreo_se_is_a_meeting():
    hr = ("Zagreb, 20. rujna 2025. - Ministar vanjskih poslova Gordan Grlić Radman susreo se u Tokiju s japanskim "
          "ministrom vanjskih poslova Takeshijem Iwayom. Razgovarali su o gospodarstvu.\n")
    sr = ("Beograd, 29. avgusta 2025. - Ministar spoljnih poslova Marko Đurić susreo se u Tokiju sa japanskim "
          "ministrom spoljnih poslova Takešijem Ivajom.\n")
    assert events(hr, "hr")[0].type == "CONSULT" and "JP" in events(hr, "hr")[0].countries
    assert events(sr, "sr")[0].type == "CONSULT" and "JP" in events(sr, "sr")[0].countries


JA_SAME_DAY_LINE = (
    "日・チェコ外相会談\n\n令和6年5月15日\n\n"
    "5月15日、上川陽子外務大臣は、訪日中のヤン・リパフスキー・チェコ共和国外務大臣と外相会談を行いました。"
    "両外相は、安全保障及び経済分野での協力を確認しました。\n\n"
    "同日、リパフスキー外相は、東京で韓国の趙兌烈外交部長官とも会談しました。\n")


def test_a_short_japanese_line_of_one_sentence_is_prose_for_a_further_meeting():
    evs = events(JA_SAME_DAY_LINE, "ja")
    assert dated(evs)[0] == ("2024-05-15", "CZ-JP")
    assert ("2024-05-15", "CZ-KR") in dated(evs[1:])


KO_RECALLED_LINE = (
    "한-체코 외교장관 회담\n\n입력 2024-05-15 10:00\n\n"
    "조태열 외교부 장관은 14일 서울에서 얀 리파프스키 체코 외교장관과 회담을 갖고 원전 협력 방안을 논의했다.\n\n"
    "양 장관은 지난 3월 브뤼셀에서 처음 회담했다.\n")


def test_a_short_korean_line_of_one_sentence_is_prose_for_a_recalled_contact():
    assert ("2024-03-01", "CZ-KR") in dated(events(KO_RECALLED_LINE, "ko")[1:])


KO_ONWARD_PLANNED = (
    "한-체코 외교장관 회담\n\n입력 2024-05-15 10:00\n\n"
    "조태열 외교부 장관은 14일 서울에서 얀 리파프스키 체코 외교장관과 회담을 갖고 원전 협력 방안을 논의했다.\n\n"
    "리파프스키 장관은 같은 날 오후 한덕수 국무총리를 예방했다. 리파프스키 장관은 이어 15일 일본을 방문해 가미카와 "
    "요코 일본 외무상과 회담할 예정이다.\n")


def test_the_travellers_onward_meeting_still_to_come_is_announced_on_the_day_of_writing():
    evs = events(KO_ONWARD_PLANNED, "ko")
    assert dated(evs)[0] == ("2024-05-14", "CZ-KR")
    onward = [e for e in evs[1:] if e.countries == ["CZ", "JP"]]
    assert onward and onward[0].type == "AGREE" and onward[0].date == "2024-05-15"


def test_guard_no_onward_announcement_without_a_publication_day():
    text = KO_ONWARD_PLANNED.replace("입력 2024-05-15 10:00\n\n", "")
    assert all(e.countries != ["CZ", "JP"] for e in events(text, "ko"))
