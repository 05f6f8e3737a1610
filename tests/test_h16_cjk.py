"""Issue 10, tenth round: Japanese and Korean event dates (and their people), tested on constructed, source-like text."""

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import events, first, participants as names  # noqa: E402


# ---------------------------------------------------------------- photo captions and page residue
def test_a_caption_whose_credit_is_followed_by_the_sites_zoom_button_is_a_caption():
    # "…귀국해 답변하고 있다. 사진=뉴시스이미지 확대보기": a file photo of the 12th; the call is the 15th
    text = ("한-우크라 외교장관 첫 통화\n"
            "미국을 방문했던 조현 외교부 장관이 12일 인천국제공항을 통해 귀국해 취재진의 질문에 답변하고 있다. "
            "사진=뉴시스이미지 확대보기\n"
            "조현 외교부 장관은 15일 안드리 시비하 우크라이나 외교장관과 전화 통화를 갖고 양국 관계에 대한 의견을 "
            "교환했다고 외교부는 밝혔다.\n")
    ev = first(text, "ko", url="https://example.kr/article/2025/09/2025091521133823363_1")
    assert ev.date == "2025-09-15"


def test_a_bulleted_link_to_another_dated_article_lends_no_month_to_a_bare_day():
    # a video site lists other clips above the article, each with its own date; "27日" is April's, as the stamp says
    text = ("- 【解説】花火で新年を祝福 中国で若者の一部が暴徒化 警察と衝突も(2023年1月4日)\n"
            "- 【速報】首脳会談の思惑を紐解く\n"
            "ロシア外務省は27日、モスクワに駐在する日本大使館の外交官ら8人を追放すると発表しました。\n"
            "(2022年4月28日放送)\n")
    days = {ev.date for ev in events(text, "ja")}
    assert "2022-04-27" in days and "2023-01-27" not in days


def test_a_caption_credit_followed_by_prose_on_its_line_is_still_no_caption():
    # guard: the zoom words close a caption only at the line's end; prose after them makes the line a sentence
    from kronika.nlp.dates import find_dates

    days = lambda text: {dm.d for dm in find_dates("2025-09-16 09:00\n" + text, "ko") if dm.kind == "absolute"}
    photo = "조현 장관이 12일 귀국하고 있다. 사진=뉴시스 확대보기\n조 장관은 15일 시비하 장관과 통화했다.\n"
    prose = "조현 장관이 12일 귀국하고 있다. 사진=뉴시스 확대보기 조 장관은 15일 시비하 장관과 통화했다.\n"
    assert 12 not in days(photo) and 12 in days(prose)


# ---------------------------------------------------------------- who
def test_a_korean_name_glossed_with_its_chinese_characters_still_takes_its_title():
    # "노무현(盧武鉉) 대통령은": the gloss stands between the name and its title
    text = ("2006-09-06 09:00\n노무현(盧武鉉) 대통령은 6일 부쿠레슈티에서 트라이안 바세스쿠 루마니아 대통령과 "
            "정상회담을 가졌다.\n")
    assert any(n.endswith(" Roh") for n in names(first(text, "ko")))


def test_a_czech_name_with_an_l_between_vowels_is_read_with_one_l():
    # Korean writes an intervocalic l as ㄹㄹ (폴란드): 토폴라넥 is Topolánek, not "Topollanek"
    text = "2009-04-22 10:54\n한승수 총리는 21일 프라하에서 미렉 토폴라넥 체코 총리와 회담했다.\n"
    assert "Mirek Topolanek" in names(first(text, "ko"))


def test_a_romanian_family_name_in_escu_is_spelt_as_romanians_spell_it():
    text = "2005-10-18 09:00\n노무현 대통령은 18일 청와대에서 방한 중인 트라이안 바세스쿠 루마니아 대통령과 정상회담을 가졌다.\n"
    assert "Traian Basescu" in names(first(text, "ko"))


def test_a_noun_with_the_possessive_before_a_title_is_no_name():
    # "이 아시아 국가의 총리는": "the prime minister of this Asian state", no one called 국가의
    text = "2009-04-22 10:54\n이 아시아 국가의 총리는 21일 미렉 토폴라넥 체코 총리와 회담했다.\n"
    assert not any("Kook" in n for n in names(first(text, "ko")))


# ---------------------------------------------------------------- where
def test_a_city_name_kiwi_cuts_short_alone_is_matched_whole():
    # 리가 (Riga) alone is cut to 리 + a particle: its stump matched the 리 of "우\n리나라", a word broken by the
    # archive's line wrap, and the visit to Seoul was placed in Riga
    text = ("1989-01-30 09:00\n호른 헝가리 외무차관이 신동원 외무차관 초청으로 우\n리나라를 공식방문하기 위해 29일 "
            "하오 내한했다.\n")
    ev = first(text, "ko")
    assert "LV" not in ev.countries and ev.location.city != "Riga"


def test_the_older_korean_spelling_of_bucharest_is_bucharest():
    text = ("2006.09.05 23:19\n유럽을 순방중인 노무현 대통령은 5일 밤 루마니아 수도 부카레스트에 도착, "
            "2박3일간의 국빈방문 일정에 들어갔다.\n")
    assert first(text, "ko").location.city == "Bucharest"


# ---------------------------------------------------------------- when: ranges
def test_a_trips_schedule_in_japanese_frames_the_day_of_its_meeting():
    # "1日から3日までの日程で…訪問し、2日に…会談した": the schedule frames the day of the talks, as 일정 중 does
    text = ("2025年3月4日\n岩屋外務大臣は1日から3日までの日程でポーランドを訪問し、2日にワルシャワでシコルスキ外相と"
            "会談した。\n")
    ev = first(text, "ja")
    assert (ev.date, ev.date_end) == ("2025-03-02", None)


# ---------------------------------------------------------------- when: month from context
def test_a_day_and_month_take_their_year_from_a_blogs_archive_of_the_month():
    # the page is a month's archive ("/archives/date/2024/10"), the post gives "先日(10月11日)" without a year
    text = ("先日(10月11日)、ポーランドの日本大使館にて、坂城町及びツェレスティヌフ郡間での「フレンドシップ協定に"
            "関する合意書」に調印いたしました。\n")
    ev = first(text, "ja", url="https://example.sakura.ne.jp/archives/date/2024/10")
    assert ev.date == "2024-10-11"


# ---------------------------------------------------------------- the lead of a page with residue
CLIPS = ("- 【ライブ】最新ニュース:安倍元首相…告別式/バイデン大統領 安倍元首相遺族宛てに個人的な手紙 など(日テレNEWS LIVE)\n"
         "- 【速報】八街・飲酒運転事故 懲役14年の判決確定\n"
         "- 【イブスキ解説】露朝”軍事同盟”復活!?4年ぶり首脳会談の思惑を紐解く\n")


def test_a_list_of_other_clips_above_the_headline_is_no_lead():
    # the video site lists other clips first; the lead is the article's, and its 27th dates the expulsion
    text = CLIPS + ("【ロシア外務省】日本の外交官ら8人の追放発表\n"
                    "ロシア外務省は27日、モスクワに駐在する日本大使館の外交官ら8人を追放することを発表しました。\n"
                    "(2022年4月28日放送)\n#ロシア #大使館 #日テレ #ニュース\n")
    ev = first(text, "ja")
    assert (ev.date, ev.type) == ("2022-04-27", "SANCTION")


def test_a_line_of_hashtags_is_no_headline():
    from kronika.nlp.published import find_title

    title, _span = find_title("ロシア外務省は27日、外交官ら8人を追放すると発表しました。\n#ロシア #大使館 #日テレ #ニュース\n")
    assert title is None or "#" not in title and "大使館 日テレ" not in title
