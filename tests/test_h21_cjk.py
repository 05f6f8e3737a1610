"""h21/cjk: Japanese and Korean people who only own an occasion or a letter, and North Korea's spellings of states
(sentences written for these tests)."""
from __future__ import annotations

from extracting import first


def _names(e) -> set[str]:
    return {p.name.split()[-1] for p in e.persons}


# 1. a leader whose visit is the occasion, written as a bare compound (no 의) after a bracketed Latin spelling
def test_the_leader_whose_visit_is_the_occasion_in_a_bare_compound_takes_no_part_ko():
    text = ("조태열 외교부 장관은 12일 '안제이 두다(Andrzej Duda)' 폴란드 대통령 국빈 방한을 계기로 "
            "라도스와프 시코르스키 폴란드 외교장관과 회담했다.\n"
            "조 장관과 시코르스키 장관은 이번 두다 대통령의 방한이 양국 관계의 이정표가 될 것이라는 데 공감했다.\n")
    names = _names(first(text, "ko", "2024-10-12"))
    assert "Duda" not in names and {"Cho", "Sikorski"} <= names


def test_a_leader_holding_talks_during_his_visit_still_takes_part_ko():  # guard
    text = ("안제이 두다 폴란드 대통령은 12일 국빈 방한 중 서울에서 윤석열 대통령과 정상회담을 했다.\n"
            "두 정상은 방산 협력을 논의했다.\n")
    assert {"Duda", "Yoon"} <= _names(first(text, "ko", "2024-10-12"))


# 2. the one whose letter an envoy hands over (친서, 親書) takes no part in the envoy's call
def test_the_sender_of_a_letter_handed_over_takes_no_part_ko():
    text = ("강훈식 대통령 비서실장은 21일 부쿠레슈티에서 일리에 볼로잔 루마니아 총리를 예방하고 "
            "이재명 대통령 친서를 전달했다.\n양측은 방산 협력 확대 방안을 논의했다.\n")
    names = _names(first(text, "ko", "2025-10-21"))
    assert "Lee" not in names and {"Kang", "Bolojan"} <= names


def test_the_sender_of_a_letter_handed_over_takes_no_part_ja():
    text = ("岩屋毅外務大臣は3日、ブカレストにおいてボロジャン・ルーマニア首相を表敬し、石破茂内閣総理大臣の親書を手交しました。"
            "両者は経済関係の強化について意見交換を行いました。")
    names = _names(first(text, "ja", "2025-07-03"))
    assert "Ishiba" not in names and "Iwaya" in names


# 3. North Korea's spellings of states (로씨야련방) are states, no people
def test_north_korean_spelling_of_russia_is_a_state_ko():
    text = ("노동신문은 13일 \"김정은동지께서 12일 우리나라를 방문한 로씨야련방 외무상 쎄르게이 라브로브 동지를 "
            "접견하시였다\"고 보도했다.\n")
    e = first(text, "ko", "2025-07-13")
    assert "RU" in e.countries and not any(p.name.lower().startswith("rossiya") for p in e.persons)


# 4. a cue joined to the field word after it by words of including (を含む幅広い分野, 을 포함한 여러 분야)
def test_a_cue_before_words_of_including_is_a_field():
    from kronika.events.topics import in_field
    from kronika.nlp.analyze import analyze
    for text, code in (("両者は、原子力を含む幅広い分野で協力を拡大していくことで一致した。", "ja"),
                       ("양측은 원전을 포함한 여러 분야의 협력을 확대하기로 했다.", "ko")):
        a = analyze(text, code)
        assert any(m.key == "energy" and in_field(a, m) for m in a.topics), text


def test_a_cue_far_from_a_field_word_is_none():  # guard
    from kronika.events.topics import in_field
    from kronika.nlp.analyze import analyze
    a = analyze("原子力の専門家が来日し、大臣は幅広い分野で協力を拡大していくと述べた。", "ja")
    assert not any(m.key == "energy" and in_field(a, m) for m in a.topics)


# 5. high technology and nanotechnology are technology
def test_high_and_nano_technology_are_technology():
    from extracting import topic_keys
    assert "technology" in topic_keys("양국은 과학, 연구, 하이테크 분야의 협력에 관하여 논의하였다.", "ko")
    assert "technology" in topic_keys("両国はハイテク分野の協力について議論した。", "ja")


# 6. breaches of the Vienna conventions and of international law are law and justice; the exchange between
# parliaments is parliamentary, not culture
def test_a_breach_of_the_consular_convention_is_law_and_justice():
    from extracting import topic_keys
    assert "law_justice" in topic_keys("領事の拘束は領事関係に関するウィーン条約の重大な違反であり、強く抗議する。", "ja")
    assert "law_justice" in topic_keys("외교관 추방은 빈 협약과 국제법에 어긋난다며 항의했다.", "ko")


def test_the_exchange_between_parliaments_is_parliamentary_only_ja():
    from extracting import topic_keys
    assert topic_keys("大臣は、今後も議会間交流が進展することを期待する旨述べました。", "ja") == {"parliamentary"}
