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
