"""Officials outside the registry in Japanese and Korean: names beside their titles, their states, and the
analyser's cuts of titles; one test per mechanism."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.lang.ja import hooks as ja  # noqa: E402
from kronika.lang.ko import hooks as ko  # noqa: E402
from kronika.model import Document  # noqa: E402
from kronika.nlp.analyze import analyze  # noqa: E402

WHEN = dt.date(2025, 10, 30)


def _people(text, code, when=WHEN):
    doc = extract_document(Document(id="t", text=text, language=code), published=when)
    return {p.name: p.country for p in doc.events[0].persons}


def _spans(text):
    return [" ".join(w for w, _, _ in s.words) for s in ko.name_spans(text)]


@pytest.mark.parametrize("text,name", [
    ("박용민 다자외교조정관은 21일 회의를 열었다.", "박용민"),     # before its title: Kiwi reads it as a common noun
    ("외무성 부상 조용삼은 15일 러시아 대사를 만났다.", "조용삼"),    # after its title, in the North's style
    ("최룡해동지는 15일 연설했다.", None),                            # an honorific glued on, no title: not by this rule
    ("조현 외교부 장관은 21일 방문했다.", "조현"),                    # two syllables: only as the registry writes it
])
def test_korean_names_beside_titles(text, name):
    spans = ko.titled_names(text)
    assert [text[s:e] for s, e in spans] == ([name] if name else [])


@pytest.mark.parametrize("text", ["정부 대변인은 21일 밝혔다.", "국방성 대변인은 21일 밝혔다.", "서울시 시장은 말했다."])
def test_words_before_titles_that_are_no_names(text):
    assert ko.titled_names(text) == []


def test_bodies_are_not_names_of_people():
    assert _spans("최룡해 최고인민회의 상임위원장이 연설했다.") == ["최룡해"]
    assert ko._institution("조선중앙통신") and not ko._institution("조용삼")


def test_a_title_cut_after_a_noun_is_cut_as_its_form():
    # MeCab reads 局長 alone as one word, but 局 + 長 after 欧州: the tokens must meet the lexicon's form
    assert "局長" in [t.low for t in ja.tokens("山田太郎欧州局長は会談した。")]
    assert [t.low for t in ja.tokens("来日中の外務省")][:1] == ["来日"]  # suffixes that are no words stay apart
    a = analyze("山田太郎欧州局長は会談した。", "ja", WHEN)
    assert [r.key for r in a.roles] == ["director general"]


def test_the_state_after_a_title_is_not_the_title_holders_where_titles_follow_names():
    text = "정연두 외교전략정보본부장이 2일 폴란드 바르샤바를 방문해 로베르트 쿠피에츠키 외교부 차관과 협의회를 개최했다."
    people = _people(text, "ko", dt.date(2026, 2, 3))
    assert people == {"Yeon-du Jeong": "KR", "Robert Kupiecki": "PL"}  # 츠 is c for a Pole (C_FOR_TS)


def test_native_names_with_an_office_are_the_home_press_officials():
    assert _people("鈴木一郎横浜市長は10月21日から27日までリトアニアを訪問し、カウナスで会談した。", "ja") == \
        {"Ichiro Suzuki": "JP"}
    people = _people("外務省の山田太郎欧州局長は21日、東京でポーランド外務省のアンナ・コワルスカ次官と会談した。", "ja")
    assert people["Taro Yamada"] == "JP" and "PL" in people.values()


def test_a_rendering_with_another_given_name_needs_a_close_family_name():
    # アンナ・コワルスカ has the consonants of Grodzki (KRSK) but neither his given name nor his spelling
    names = _people("21日、東京でポーランドのアンナ・コワルスカ次官と会談した。", "ja", None)
    assert "Tomasz Grodzki" not in names


@pytest.mark.parametrize("text,city", [
    ("최선희 외무상이 21일 모스크바에 도착해 라브로프 외무장관과 회담했다.", "Moscow"),
    ("김정은 국무위원장은 21일 블라디보스토크를 방문해 푸틴 대통령과 회담했다.", "Vladivostok"),
    ("폴란드를 방문 중인 조태열 외교부 장관은 21일 바르샤바 시내 호텔에서 시코르스키 외교장관과 회담했다.", "Warsaw"),
])
def test_a_korean_city_before_the_verb_of_visiting_is_the_place(text, city):
    ev = extract_document(Document(id="t", text=text, language="ko"), published=dt.date(2024, 10, 22)).events[0]
    assert ev.location.city == city


def test_korean_city_leaving_from_is_no_venue():
    text = "조태열 외교부 장관은 21일 인천공항을 통해 출국해 폴란드로 향했다."
    ev = extract_document(Document(id="t", text=text, language="ko"), published=dt.date(2024, 10, 22)).events[0]
    assert ev.location.city != "Incheon"


def test_tonai_is_tokyo():
    text = "岩屋毅外務大臣は21日、都内でシコルスキ外相と会談した。"
    ev = extract_document(Document(id="t", text=text, language="ja"), published=dt.date(2025, 10, 22)).events[0]
    assert ev.location.city == "Tokyo"


@pytest.mark.parametrize("text,name", [("外務省は10日、岩屋外務大臣が9日、東京で会談したと発表した。", "Takeshi Iwaya"),
                                       ("林官房長官は記者会見で述べた。", "Yoshimasa Hayashi")])
def test_a_registry_family_name_before_a_title_is_the_official(text, name):
    # MeCab reads 岩屋 as a common noun: the registry's kanji name 岩屋毅 gives its family name
    assert name in {p.name for p in analyze(text, "ja", dt.date(2024, 10, 10)).persons}


@pytest.mark.parametrize("text", ["小林外相は述べた。", "韓外相は述べた。"])
def test_family_names_inside_words_or_short_state_names_are_no_officials(text):
    # 小林 holds 林 (Hayashi), 韓 before a title is Korea's short name
    assert "林" not in ja._registry_families() or all(s.words[0][0] != "林" for s in ja.name_spans(text))
    assert "韓" not in ja._registry_families()
    assert "Yoshimasa Hayashi" not in {p.name for p in analyze(text, "ja", dt.date(2024, 10, 10)).persons}


def _found(text, code="ja", when=WHEN):
    return [(p.name, p.country, p.role) for p in analyze(text, code, when).persons]


def test_a_title_joined_to_the_name_after_it_by_a_link_word_is_its_own():
    # 欧州局長の中村仁威氏: roles.yaml TITLE_LINKS [の]
    assert _found("欧州局長の中村仁威氏は21日、ワルシャワで会談した。") == [("Hitoshii Nakamura", None, "director general")]


def test_a_name_before_an_honorific_is_a_persons_without_a_title():
    assert [n for n, _, _ in _found("中村仁威氏は21日、ワルシャワで会談した。")] == ["Hitoshii Nakamura"]


def test_romanised_japanese_names_put_the_whole_given_name_first():
    assert ja.romanise("中村仁威") == "Hitoshii Nakamura" and ja.romanise("茂木敏充") == "Toshimitsu Motegi"


def test_the_state_right_before_a_name_is_its_title_holders_where_titles_follow_names():
    assert _found("ポーランドのヤツェク・ヤニシェフスキ駐日大使は21日、会談した。")[0][1:] == ("PL", "ambassador")
    # a state further back, past a verb, is not
    people = _found("폴란드를 방문한 박용민 다자외교조정관은 21일 회의를 열었다.", "ko")
    assert people == [("Yong-min Park", None, "director general")]


def test_no_apposition_through_a_case_ending_or_a_verb():
    # '쿠알라룸푸르에서 열린 아세안 외교장관회의': the city is no minister
    names = [n for n, _, _ in _found("조태열 외교부 장관은 5일 말레이시아 쿠알라룸푸르에서 열린 아세안 외교장관회의에 참석했다.",
                                     "ko", dt.date(2024, 7, 5))]
    assert names == ["Tae-yul Cho"]


def test_japanese_officials_by_their_korean_family_name():
    names = [n for n, _, _ in _found("조태열 외교부 장관은 5일 도쿄에서 이와야 외무상과 회담했다.", "ko", dt.date(2025, 5, 5))]
    assert "Takeshi Iwaya" in names


@pytest.mark.parametrize("text,city", [("조태열 외교부 장관은 5일(현지시간) 미국 워싱턴DC에서 루비오 국무장관과 회담했다.", "Washington"),
                                       ("조태열 외교부 장관은 5일(현지시간) 뉴욕 유엔본부에서 시코르스키 폴란드 외교장관과 회담했다.", "New York")])
def test_korean_cities_before_a_venue(text, city):
    ev = extract_document(Document(id="t", text=text, language="ko"), published=dt.date(2024, 7, 6)).events[0]
    assert ev.location.city == city


def test_officials_of_the_north_are_spelt_as_the_north_spells_them():
    text = "조선민주주의인민공화국 외무성 부상 조용삼은 15일 평양에서 러시아 대사를 만났다."
    assert _people(text, "ko", dt.date(2025, 10, 30)) == {"Yong-sam Jo": "KP"}
    assert ko.state_spelling("조용삼", "Yong-sam Cho", "KR") is None


def test_a_korean_name_in_news_of_the_north_is_not_taken_for_the_souths():
    # names.yaml NATIVE_STATES [KR, KP]: with the North taking part, a Korean name is not the home press's
    text = "김성남 국제부장은 15일 북한을 방문한 러시아 대표단을 만났다."
    assert _people(text, "ko", dt.date(2025, 10, 16)).get("Seong-nam Kim") != "KR"
