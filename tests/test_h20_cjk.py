"""h20/cjk: Japanese and Korean types, people and places (sentences written for these tests)."""
from __future__ import annotations

from extracting import first


def _names(e) -> set[str]:
    return {p.name.split()[-1] for p in e.persons}


# 1. MOFA's word for summoning an envoy (召致), and "cannot be accepted" as a verdict on the act before it
def test_an_envoy_summoned_by_mofa_is_a_protest_ja():
    text = ("10月4日、森健良外務事務次官は、ミハイル・ガルージン駐日ロシア連邦大使を召致の上、以下を伝達しました。"
            "領事の拘束は領事関係に関するウィーン条約の重大な違反であり、改めて強く抗議する。"
            "日本政府として、ロシア総領事館領事1名について国外退去を求める。")
    assert first(text, "ja", "2022-10-04").type == "ACCUSE"


def test_a_suspension_of_talks_called_unacceptable_is_a_protest_ja():
    text = ("ロシア側による平和条約締結交渉の一方的な中断は受け入れられないとして、外務省は駐日ロシア大使を呼んで抗議しました。"
            "森外務次官はガルージン駐日ロシア大使に「ロシア側の主張は極めて不当だ」と述べました。")
    assert first(text, "ja", "2022-03-23").type == "ACCUSE"


def test_talks_at_which_something_was_called_unacceptable_stay_talks_ja():  # guard
    text = ("5月10日、林芳正外務大臣は、訪日中のラウ・ポーランド外務大臣と外相会談を行いました。"
            "両外相は、力による一方的な現状変更の試みは受け入れられないことで一致しました。")
    assert first(text, "ja", "2023-05-10").type == "CONSULT"


# 2. the one met further down, before a compound meeting noun (との二国間首脳会談, 과의 양자 정상회담)
def test_the_president_met_in_a_bilateral_summit_further_down_takes_part_ja():
    text = ("2018年1月16日、安倍晋三内閣総理大臣は、欧州訪問の最終訪問国として、ルーマニアのブカレストを訪問しました。"
            "安倍総理大臣は、大統領府において、約50分間、ヨハニス大統領との二国間首脳会談を行いました。")
    assert "Iohannis" in _names(first(text, "ja", "2018-01-31"))


def test_the_president_met_in_a_summit_further_down_takes_part_ko():
    text = ("윤석열 대통령은 19일(현지시간) 체코 프라하에 도착해 공식 방문 일정을 시작했다.\n"
            "윤 대통령은 이날 프라하성에서 페트르 파벨 대통령과의 단독 정상회담을 가졌다.\n")
    assert "Pavel" in _names(first(text, "ko", "2024-09-20"))


# 3. a state before a locative postposition, with the meeting after it, hosts the talks
def test_talks_held_in_a_third_state_are_not_at_home_ja():
    text = "岸田首相は12日、リトアニアでチェコのパヴェル大統領と会談した。"
    e = first(text, "ja", "2023-07-13")
    assert e.location.city != "Tokyo" and e.location.country == "LT" and e.mode == "third-party"


def test_talks_held_in_the_guests_state_are_there_ja():
    text = "岸田首相は12日、ポーランドでドゥダ大統領と会談した。"
    e = first(text, "ja", "2023-07-13")
    assert e.location.country == "PL" and e.location.city != "Tokyo"


def test_talks_held_in_a_third_state_are_not_at_home_ko():
    text = "윤석열 대통령은 12일 리투아니아에서 파벨 체코 대통령과 정상회담을 했다."
    e = first(text, "ko", "2023-07-13")
    assert e.location.city != "Seoul" and e.location.country == "LT"


def test_a_war_in_a_state_is_no_place_of_a_call_ja():  # guard: 'での' modifies a noun
    text = "林外相は12日、ウクライナでの戦争をめぐり、ポーランドのラウ外相と電話会談した。"
    e = first(text, "ja", "2023-07-13")
    assert e.location.country != "UA" and e.mode == "phone"


# 4. the dead take part in nothing (故, 고)
def test_the_late_prime_minister_of_a_state_funeral_is_no_party_ja():
    text = "岸田総理大臣は26日、故安倍晋三国葬儀に参列のため訪日中のチウカ・ルーマニア首相と会談した。"
    assert "Abe" not in _names(first(text, "ja", "2022-09-27"))


def test_the_late_prime_minister_of_a_state_funeral_is_no_party_ko():
    text = "한덕수 국무총리는 26일 고 아베 신조 전 총리의 국장에 참석한 뒤 도쿄에서 기시다 후미오 총리와 회담했다."
    e = first(text, "ko", "2022-09-27")
    assert "Abe" not in _names(e) and "Kishida" in _names(e)


def test_a_korean_family_name_go_is_no_mark_of_the_dead():  # guard: 고민정 is a lawmaker's name
    text = "고민정 의원은 26일 국회에서 폴란드 대사와 면담했다."
    assert _names(first(text, "ko", "2022-09-27")) == {"Ko"}


# 5. a foreign name the press quotes keeps its title
def test_a_quoted_foreign_name_before_its_title_is_a_person_ko():
    text = "윤병세 외교장관은 12일 '코르러쩨안' 루마니아 외교장관과 회담을 갖고 양국 관계를 논의했다."
    assert len(first(text, "ko", "2013-06-13").persons) == 2


def test_a_quoted_foreign_name_with_its_original_is_that_person_ko():
    text = "윤병세 외교장관은 12일 '티투스 코르러쩨안(Titus Corlăţean)' 루마니아 외교장관과 회담을 갖고 양국 관계를 논의했다."
    assert "Corlățean" in _names(first(text, "ko", "2013-06-13"))


# 6. an ideographic stop inside brackets that close right after it ends no sentence
def test_a_stop_inside_the_local_time_brackets_ends_no_sentence():
    from kronika.text.tokens import sentences
    text = "5月22日午後2時45分(現地時間。日本時間同日午後9時45分)から約15分間,河野外務大臣は首相を表敬しました。次の文です。"
    assert len(sentences(text)) == 2


def test_the_lead_with_a_stop_in_its_brackets_names_the_participants_ja():  # guard (passes on main too)
    text = ("2019年5月22日\n\n5月22日午後2時45分(現地時間。日本時間同日午後9時45分)から約15分間,パリを訪問中の河野太郎外務大臣は,"
            "ペテル・ペレグリニ・スロバキア共和国首相を表敬しました。\n\n"
            "河野大臣から,4月の安倍総理のスロバキア訪問の際のもてなしに感謝する旨述べました。")
    assert "Abe" not in _names(first(text, "ja", "2019-05-22"))


# 7. talks at a forum abroad the lead names are held at no side's capital
def test_talks_at_a_nato_meeting_abroad_are_not_in_the_guests_capital_ko():
    text = "나토 외교장관회의에 참석 중인 조태열 외교부 장관은 3일(현지시간) 얀 리파브스키 체코 외교장관과 양자회담을 가졌다."
    e = first(text, "ko", "2025-04-04")
    assert e.location.city != "Prague" and e.location.country != "CZ"


def test_local_time_still_places_a_visit_in_the_other_state_ko():  # guard
    text = "정의용 외교부 장관은 3일(현지시간) 페테르 씨야르토 헝가리 외교장관을 면담했다."
    assert first(text, "ko", "2021-11-04").location.country == "HU"


# 8. Hangul and katakana foreign names to the registry
def test_a_czech_name_with_a_korean_family_syllable_is_the_czech_official_ko():
    text = "윤석열 대통령은 1일 서울에서 체코 피알라 총리와 회담했다."
    assert "Fiala" in _names(first(text, "ko", "2024-05-01"))


def test_a_former_prime_minister_is_no_ambassador_in_office_by_sound_ja():
    text = "岸田首相は1日、東京でポーランドのモラヴィエツキ首相と会談した。"
    assert "Milewski" not in _names(first(text, "ja", "2024-05-01"))


def test_a_korean_official_keeps_his_korean_name_ko():  # guard
    text = "박용민 외교부 차관은 1일 서울에서 체코 외교부 차관과 면담했다."
    assert "Park" in _names(first(text, "ko", "2024-05-01"))


# 9. a call still planned is no medium of the meeting told
def test_a_planned_call_does_not_make_a_meeting_a_call_ko():
    text = ("박진 외교장관은 우크라이나 외교장관 면담(2.17)을 하였고, 우크라이나 대사와 전화 통화(2.23)를 실시할 예정입니다.\n"
            "박 장관은 뮌헨에서 쿨레바 장관을 만찬 간담회에서 만났습니다.")
    assert first(text, "ko", "2023-02-28").mode != "phone"
