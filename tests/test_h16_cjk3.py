"""Issue 10, h16/cjk3: Japanese and Korean topics, places and persons, tested on constructed, source-like text."""

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import first  # noqa: E402


# ---------------------------------------------------------------- topics
def test_a_house_speakers_title_makes_the_talks_parliamentary():
    # "大島衆議院議長と会談": the speaker's title holds 衆議院; the talks are parliamentary all the same
    text = ("チェコ外務大臣が大島衆議院議長と会談\n"
            "2019年9月3日、ペトジーチェク・チェコ外務大臣は、大島理森衆議院議長と会談しました。"
            "両者は経済関係の強化について意見交換を行いました。\n")
    assert "parliamentary" in first(text, "ja").topics


def test_a_lower_house_speaker_in_japanese_makes_the_talks_parliamentary():
    text = ("チェコ下院議長による安倍総理大臣表敬\n"
            "2018年5月16日、安倍総理大臣は、訪日中のヴォンドラーチェク・チェコ下院議長の表敬を受けました。\n")
    assert "parliamentary" in first(text, "ja").topics


def test_non_proliferation_is_security():
    text = ("日・ウクライナ外相会談\n"
            "平成29年12月15日\n"
            "河野太郎外務大臣は,パウロ・クリムキン・ウクライナ外務大臣と会談を行いました。"
            "両大臣は,不拡散の分野での協力を確認しました。\n")
    assert "security" in first(text, "ja").topics


def test_an_annexation_is_territorial():
    text = ("日ウクライナ外相電話会談\n"
            "平成26年4月23日\n"
            "岸田文雄外務大臣は,デシチーツァ・ウクライナ外務大臣代行と電話会談を行い,"
            "ロシアによるクリミアの併合は明白な国際法違反である旨を発言しました。\n")
    assert "territorial" in first(text, "ja").topics


def test_the_korean_peninsula_situation_and_practical_cooperation_are_security_and_economy():
    text = ("한-루마니아 정상회담\n"
            "노무현 대통령은 2005년 10월 18일 청와대에서 트라이안 바세스쿠 루마니아 대통령과 정상회담을 갖습니다. "
            "양국 정상은 실질협력 관계증진 방안을 협의하고, 한반도 정세 등에 대해 의견을 교환할 예정입니다.\n")
    topics = first(text, "ko").topics
    assert "security" in topics and "economy" in topics


def test_trade_in_korean_is_economy():
    text = ("한-불가리아 정상회담\n"
            "박근혜 대통령은 2015년 5월 14일 로젠 플레브넬리에프 불가리아 대통령과 정상회담을 하고 "
            "교역 증진 방안을 논의했다.\n")
    assert "economy" in first(text, "ko").topics


def test_a_county_in_japanese_is_subnational():
    text = ("2024年10月11日、ポーランドの日本大使館にて、坂城町及びツェレスティヌフ郡間での"
            "フレンドシップ協定に関する合意書に調印いたしました。\n")
    assert "subnational" in first(text, "ja").topics


def test_a_friendship_tie_between_provinces_in_korean_is_subnational():
    text = ("경남도, 체코 남모라비아주와 친선결연\n"
            "박완수 경남도지사는 2024년 8월 29일 체코 남모라비아주를 방문해 주지사와 친선결연 협정을 체결했다.\n")
    assert "subnational" in first(text, "ko").topics


def test_the_visa_free_exchanges_are_territorial_not_culture():
    # "ビザなし交流" is the Northern Territories programme: a territorial matter, no cultural exchange
    text = ("林外務大臣 ロシアの「ビザなし交流」破棄に抗議\n"
            "2022年9月6日、林外務大臣は、ロシア側が北方四島とのビザなし交流を一方的に破棄したことに抗議しました。\n")
    topics = first(text, "ja").topics
    assert "territorial" in topics and "culture" not in topics


def test_an_exchange_of_information_in_korean_is_no_cultural_exchange():
    text = ("한-폴란드 안보정책협의회\n"
            "정연두 외교전략정보본부장은 2026년 2월 2일 로베르트 쿠피에츠키 폴란드 외교부 차관과 회의를 갖고 "
            "안보 협의 및 정보 교류를 강화해 나가기로 했다.\n")
    assert "culture" not in first(text, "ko").topics


def test_cooperation_against_covid_in_korean_is_health():
    text = ("강경화, 27일 헝가리 외교장관 면담\n"
            "강경화 외교부 장관은 2020년 7월 27일 페테르 씨야르토 헝가리 외교장관과 면담을 갖고 코로나19 협력을 "
            "평가했다.\n")
    assert "health" in first(text, "ko").topics


def test_the_visegrad_group_in_japanese_is_multilateral():
    text = ("日・ハンガリー外相会談\n"
            "令和元年11月6日,茂木外務大臣はシーヤールトー・ハンガリー外務貿易大臣と会談を行いました。\n"
            "1 両大臣は,二国間関係について意見交換を行いました。\n"
            "2 「V4+日本」協力\n"
            "茂木大臣から,V4との協力を重視している旨述べました。\n")
    assert "multilateral" in first(text, "ja").topics


def test_a_change_of_the_status_quo_by_force_is_security():
    text = ("日ウクライナ外相電話会談\n"
            "平成26年4月23日\n"
            "岸田文雄外務大臣は,デシチーツァ・ウクライナ外務大臣代行と電話会談を行い,"
            "力を背景とする現状変更を決して容認できない旨を発言しました。\n")
    assert "security" in first(text, "ja").topics


# ---------------------------------------------------------------- places
def test_gimpo_airport_places_the_event_in_seoul():
    text = ("한-폴란드 차관 방한\n"
            "로베르트 쿠피에츠키 폴란드 외교부 차관은 2024년 3월 29일 김포공항에서 기자들과 만나 방문 목적을 밝혔다.\n")
    assert first(text, "ko").location.city == "Seoul"


# ---------------------------------------------------------------- persons
def test_the_korean_family_name_no_is_spelt_roh():
    text = ("한-루마니아 정상회담\n"
            "노무현 대통령은 2005년 10월 18일 청와대에서 트라이안 바세스쿠 루마니아 대통령과 정상회담을 가졌다.\n")
    names = [p.name for p in first(text, "ko").persons]
    assert any(n.endswith("Roh") for n in names), names


def test_a_czech_name_in_katakana_is_respelt_the_czech_way():
    # "ペトジーチェク" (petojicheku): ジ after t writes ř, a final chek is -ček
    from kronika.nlp.analyze import analyze

    text = ("チェコ外務大臣が大島衆議院議長と会談\n"
            "2019年9月3日、トマーシュ・ペトジーチェク・チェコ外務大臣は、大島理森衆議院議長と会談しました。\n")
    names = [p.name for p in first(text, "ja").persons]
    # respelt, the name meets the registry's by sound (h21/cjk2): its own spelling, long í and all
    assert "Tomáš Petříček" in names, names


def test_a_title_that_kiwi_cuts_alone_but_reads_whole_in_the_text_still_names_its_holder():
    # Kiwi cuts "주지사" alone into 주 (posted to) + 지사, but reads "주지사와" whole: the governor is found
    text = ("경남도, 체코 남모라비아주와 친선결연\n"
            "박완수 경남도지사는 2024년 8월 29일 체코 남모라비아주를 방문해 얀 그롤리흐(Jan Grolich) 주지사와 "
            "친선결연 협정을 체결했다.\n")
    names = [p.name for p in first(text, "ko").persons]
    assert "Jan Grolich" in names, names
