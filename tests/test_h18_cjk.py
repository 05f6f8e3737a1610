"""Issue 10, h18 round: Japanese and Korean persons, places and event types, tested on constructed, source-like text."""

import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import first, names, participants  # noqa: E402


# ---------------------------------------------------------------- persons
def test_a_latin_original_in_brackets_overrules_a_registry_name_that_only_sounds_alike():
    # MOFA writes the guest's name as he does: コザーク is Kozák, not the Japanese official Kozuki the sound recalls
    text = ("11月22日、午後4時から約35分間、吉川ゆうみ外務大臣政務官は、訪日中のイジー・コザーク・チェコ共和国第一外務副大臣"
            "(Mr. Jiří KOZÁK, Deputy Minister of Foreign Affairs of the Czech Republic)と会談を行いました。")
    found = names(text, "ja", dt.date(2022, 11, 22))
    assert "Jiří Kozák" in found and not any("Kozuki" in n for n in found)


def test_a_european_given_and_family_name_in_brackets_keeps_its_order():
    # "Jan Marian" is no pinyin (j stands only before i or u): the given name stays first
    text = ("10月24日、国光外務副大臣は、訪日中のマリアン・チェコ共和国外務副大臣"
            "(Mr. Jan Marian, Deputy Minister of Foreign Affairs of Czechia)と会談を行いました。")
    assert "Jan Marian" in names(text, "ja", dt.date(2025, 10, 24))


def test_a_czech_name_in_katakana_is_spelt_the_czech_way():
    # スタシェク (sutasheku): no vowel between s and t, sh before a vowel is š
    text = "チェコのミロスラフ・スタシェク第一外務副大臣が、2018年4月16日、日本を訪れ、中根一幸外務副大臣と会談しました。"
    assert "Stašek" in " ".join(participants(first(text, "ja")))


def test_officials_listed_before_one_meeting_word_are_all_met():
    # "A首相補佐官、続いて外務省のB副大臣と会談": both are the ones met, not only the one before と
    text = ("スロバキアのユライ・ブラナール外務大臣が、2024年5月14日から16日にかけて、日本を訪れました。\n"
            "滞日中、内閣官房の木原誠二首相補佐官、続いて外務省の柘植芳文副大臣と会談しました。\n")
    found = participants(first(text, "ja"))
    assert any("Kihara" in n for n in found) and any("Tsuge" in n for n in found)


# ---------------------------------------------------------------- places
def test_a_regional_city_of_romania_in_katakana_is_the_place():
    text = ("片江大使によるキツァック・コンスタンツァ市長表敬\n令和8年3月10日\n"
            "3月10日、コンスタンツァ市を訪問中の片江大使は、キツァック市長を表敬訪問しました。"
            "コンスタンツァ市は、2027年に横浜市との姉妹都市提携50周年を迎えます。")
    assert first(text, "ja").location.city in ("Constanța", "Constanţa")


def test_a_regional_city_of_poland_in_hangul_is_the_place():
    text = "주폴란드 대사는 12일 폴란드 남부 카토비체에서 실롱스크주 지사와 면담하고 양 지역 간 경제 협력 방안을 논의했다."
    assert first(text, "ko", "2024-06-13").location.city == "Katowice"


# ---------------------------------------------------------------- types
def test_a_call_made_at_the_other_sides_request_is_a_call_not_a_request():
    text = "대통령실은 14일 윤석열 대통령이 볼로디미르 젤렌스키 우크라이나 대통령의 요청에 따라 전화 통화를 했다고 전했다.\n"
    ev = first(text, "ko", "2024-05-14")
    assert (ev.type, ev.mode) == ("CONSULT", "phone")


def test_a_meeting_with_a_guest_who_is_coming_is_announced():
    # "오는 29일부터 … 공식 방문하는 피초 총리와 회담을 한다": the present participle shares the verb's future
    text = ("윤석열 대통령은 오는 29일부터 내달 1일까지 사흘간 한국을 공식 방문하는 로베르트 피초 슬로바키아 총리와 회담을 한다.\n"
            "26일 대통령실은 서면 브리핑을 통해 \"윤 대통령은 회담에서 양국의 실질 협력 방안을 논의할 예정\"이라고 밝혔다.\n")
    ev = first(text, "ko", "2024-09-26")
    assert (ev.type, ev.date) == ("AGREE", "2024-09-26")


def test_criticism_of_a_visit_told_with_a_quotation_is_an_accusation():
    # "訪問したことに対し「…」と非難した": the quoted words do not cut the visit off from the verb that condemns it
    text = ("官房長官は12日の記者会見で、ロシアの安全保障会議書記が北方領土国後島を訪問したことに対し"
            "「わが国の立場を受け入れられず、残念で、ロシア政府要人の訪問は受け入れられない」と非難した。\n")
    assert first(text, "ja", "2011-09-12").type == "ACCUSE"


# ---------------------------------------------------------------- dates
def test_a_headline_day_of_nouns_is_the_coming_day_the_lead_tells():
    # "9일 방한…10일 정상회담" has no verb; the lead's "9일부터 … 방문한다" says which 9th (April's, told on the 3rd)
    from kronika.nlp.dates import find_dates

    text = ("슬로바키아 대통령 9일 방한…10일 문 대통령과 정상회담\n"
            "(서울=연합뉴스) 안드레이 키스카 슬로바키아 대통령이 9일부터 2박 3일 일정으로 우리나라를 공식 방문한다.\n")
    assert [dm.tense for dm in find_dates(text, "ko") if dm.d == 9] == ["future", "future"]


def test_a_day_before_a_quotation_is_not_governed_by_a_verb_inside_it():
    # "3일 서면브리핑에서 "… 정상회담을 하고 … 주최할 예정"이라며 밝혔다": the 3rd is the briefing's, told, not to come
    from kronika.nlp.dates import find_dates

    text = ('김의겸 대변인은 3일 서면브리핑에서 "문재인 대통령은 10일 키스카 대통령과 정상회담을 하고 이어서 공식 오찬을 '
            '주최할 예정"이라며 이같이 밝혔다.\n')
    third = next(dm for dm in find_dates(text, "ko") if dm.d == 3)
    assert third.tense != "future"


def test_a_photo_tag_left_in_the_text_tells_no_meeting_done():
    # the agency's photo tag titles the photo "10일, … 정상회담"; the visit it announces is still to come
    text = ("슬로바키아 대통령 9일 방한…10일 문 대통령과 정상회담\n"
            "<YNAPHOTO path='C0A8CA3C0000016288F96213001F3CD0_P2.jpeg' id='PCM20180403000122887' "
            "title='10일, 슬로바키아 대통령과 문 대통령 정상회담' caption='왼쪽부터 안드레이 키스카 슬로바키아 대통령,문재인 대통령' />\n"
            "(서울=연합뉴스) 안드레이 키스카 슬로바키아 대통령이 9일부터 2박 3일 일정으로 우리나라를 공식 방문한다.\n"
            "김의겸 대변인은 3일 서면브리핑에서 \"문재인 대통령은 10일 키스카 대통령과 정상회담을 하고 이어서 공식 오찬을 "
            "주최할 예정\"이라며 이같이 밝혔다.\n")
    ev = first(text, "ko", "2018-04-03")
    assert (ev.type, ev.date) == ("AGREE", "2018-04-03")


def test_a_request_told_before_a_call_governs_nothing_after_it():
    # Korean puts a verb's object before it: "대통령의 요청으로 전화 통화를 했다" is a call, the request its circumstance
    text = "대통령실은 14일 윤석열 대통령이 볼로디미르 젤렌스키 우크라이나 대통령의 요청으로 전화 통화를 했다고 전했다.\n"
    ev = first(text, "ko", "2024-05-14")
    assert (ev.type, ev.mode) == ("CONSULT", "phone")
