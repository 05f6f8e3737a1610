"""Issue 10, third round: the Latin original of a foreign name in brackets after its title, a name whose state
stands between it and its title, Korean proper nouns that name no one, 츠 spelt c for states that write ts so,
and the day of a cited source; constructed, source-like text."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.model import Document  # noqa: E402
from extracting import first, participants as names  # noqa: E402


# ---------------------------------------------------------------- the Latin original after the title
def test_a_release_gives_a_foreign_guests_latin_name_in_brackets_after_the_title():
    text = ("令和5年7月5日\n7月5日、林芳正外務大臣は、訪日中のヤン・ノヴァク・チェコ共和国外務副大臣(H.E. Mr. Jan NOVAK, "
            "Deputy Minister of Foreign Affairs of the Czech Republic)と会談を行いました。")
    ev = first(text, "ja")
    assert "Jan Novak" in names(ev)
    assert not any("Nova" in n and n != "Jan Novak" for n in names(ev))


def test_a_family_name_in_capitals_first_is_put_last():
    text = ("令和5年7月5日\n7月5日、林芳正外務大臣は、訪日中のファム・ミン・ホア・ベトナム外務次官(H.E. Mr. PHAM Minh Hoa, "
            "Vice Minister of Foreign Affairs)と会談を行いました。")
    ev = first(text, "ja")
    assert any(n.split()[-1] == "Pham" for n in names(ev)), names(ev)


def test_brackets_after_a_clause_are_no_original_of_the_name_before_it():
    # a particle between the name and the brackets: the brackets are the clause's, not the name's
    text = ("令和5年7月5日\n7月5日、林芳正外務大臣は、訪日中のヤン・ノヴァク・チェコ共和国外務副大臣と会談し、"
            "国連総会(H.E. Mr. Csaba KOROSI, President)について意見交換を行いました。")
    ev = first(text, "ja")
    assert not any("Korosi" in n for n in names(ev))


# ---------------------------------------------------------------- Korean names, states and titles
def test_a_korean_text_names_the_foreign_official_whose_state_and_original_stand_before_the_title():
    text = ("이경수 외교부 차관보는 2일 서울에서 예쥐 포미아노프스키(Jerzy Pomianowski) 폴란드 외교부 차관보와 "
            "정책협의회를 개최했다.")
    ev = first(text, "ko", dt.date(2013, 5, 3))
    assert "Jerzy Pomianowski" in names(ev)


def test_a_state_between_a_hangul_name_and_its_title_is_no_name():
    text = "정연두 외교전략정보본부장은 2일 바르샤바에서 로베르트 쿠피에츠키 폴란드 외교부 안보 담당 차관과 협의회를 가졌다."
    ev = first(text, "ko", dt.date(2026, 2, 3))
    assert any(n.endswith("Kupiecki") for n in names(ev)), names(ev)
    assert not any(n in ("Pollandeu", "Polland") for n in names(ev))


def test_a_proper_noun_glued_to_a_title_is_its_head_not_a_name():
    text = "이경수 외교부 차관보는 2일 서울에서 폴란드 외교부 아태차관보와 정책협의회를 개최했다."
    ev = first(text, "ko", dt.date(2013, 5, 3))
    assert names(ev) == ["Gyeong-su Lee"]


@pytest.mark.parametrize("text,want", [
    ("조태열 장관은 5일 마르친 보사츠키 폴란드 외교부 차관과 회담했다.", "Marcin Bosacki"),
    ("조태열 장관은 5일 폴란드 바르샤바를 방문해 로베르트 쿠피에츠키 외교부 차관과 회담했다.", "Robert Kupiecki"),
])
def test_hangul_tseu_is_c_for_people_of_states_that_spell_ts_so(text, want):
    ev = first(text, "ko", dt.date(2025, 3, 6))
    assert want in names(ev) or any(n.endswith(want.split()[-1]) for n in names(ev)), names(ev)


def test_hangul_tseu_stays_ts_for_people_of_other_states():
    ev = first("조태열 장관은 5일 드미트리 페스코프 러시아 대통령실 대변인과 통화했다.", "ko", dt.date(2025, 3, 6))
    assert not any("c" in n.split()[-1].lower() and "ts" not in n.lower() for n in names(ev) if "Pes" in n)


# ---------------------------------------------------------------- the day of a cited source
@pytest.mark.parametrize("code,text,want", [
    ("ko", "3일 외교부에 따르면 정연두 외교전략정보본부장은 전날 바르샤바에서 폴란드 외교부 차관과 협의회를 가졌다.",
     "2026-02-02"),
    ("ja", "3日、外務省によると、林外務大臣は前日、ワルシャワでポーランドのラウ外相と会談した。", "2026-02-02"),
])
def test_a_day_before_the_cited_source_dates_the_report_not_the_event(code, text, want):
    assert first(text, code, dt.date(2026, 2, 3)).date == want


# ---------------------------------------------------------------- Korean names in Japanese text
@pytest.mark.parametrize("text,want", [
    ("韓国のファン・ギョアン首相は19日、ポーランドのシコルスキ外相とソウルで会談した。", "Kyo-ahn Hwang"),  # the registry's form, by sound (h21/cjk2)
    ("韓国外交部のキム・ドクス次官補は19日、ポーランドのシコルスキ外相とソウルで会談した。", "Dok-su Kim"),
    # the North spells its family names its own way; ヨン may be 용 or 연, so only the family name is checked
    ("北朝鮮のチェ・ヨンサム外務次官は19日、ロシアのルデンコ外務次官と平壌で会談した。", "Choe"),
])
def test_a_katakana_name_of_a_korean_states_official_is_a_korean_name(text, want):
    ev = first(text, "ja", dt.date(2016, 10, 20))
    assert want in names(ev) or want in [n.split()[-1] for n in names(ev) if "-" in n], names(ev)


def test_a_katakana_name_of_another_states_official_keeps_its_reading():
    ev = first("スウェーデンのアン・リンデ外相は19日、林外務大臣と東京で会談した。", "ja", dt.date(2021, 10, 20))
    assert not any(n.endswith("Ahn") for n in names(ev)), names(ev)


def test_a_kanji_name_read_in_brackets_takes_the_title_and_state_after_and_before_it():
    text = "【ソウル聯合ニュース】韓国の黄教安(ファン・ギョアン)首相は19日、来韓したポーランドの外相とソウルで面談した。"
    ev = first(text, "ja", dt.date(2016, 10, 20))
    people = {p.name: p.country for p in ev.persons}
    assert people.get("Kyo-ahn Hwang") == "KR", people  # the registry's form (h21/cjk2)
    assert "Ki" not in people


def test_a_katakana_word_mecab_cuts_in_two_is_one_name():
    # MeCab reads モルグロフ as モル + グロフ: one name (Igor Morgulov in the registry), not 'Moru Gurofu'
    ev = first("ロシアのモルグロフ外務次官は30日、北朝鮮の申紅哲外務次官とモスクワで協議した。", "ja", dt.date(2019, 1, 31))
    assert "Igor Morgulov" in names(ev), names(ev)
    assert not any("Gurofu" in n for n in names(ev))


def test_a_kanji_name_read_in_brackets_is_written_with_its_reading():
    ev = first("北朝鮮の申紅哲(シン・ホンチョル)外務次官は30日、ロシアの外務次官とモスクワで協議した。", "ja",
               dt.date(2019, 1, 31))
    sin = [p for p in ev.persons if p.name.endswith("Sin")]
    assert sin and sin[0].name_original == "申紅哲(シン・ホンチョル)"


# ---------------------------------------------------------------- dates of European sites in Japanese and Korean
@pytest.mark.parametrize("code,text", [
    ("ja", "ズビグニエフ・ラウ大臣訪日\n12.05.2023\n5月9-12日ズビグニエフ・ラウ外相が訪日し、林芳正外相と会談を行いました。"),
    ("ja", "政治\n\n12 日 5 月 2023 年\n\n5月9-12日ズビグニエフ・ラウ外相が訪日し、林芳正外相と会談を行いました。"),
    ("ko", "라우 장관 방한\n12.05.2023\n5월 9~12일 즈비그니에프 라우 외교장관이 방한해 박진 장관과 회담했다."),
])
def test_a_day_first_date_line_dates_the_page_and_the_event(code, text):
    doc = extract_document(Document(id="t", text=text, language=code))
    assert str(doc.published)[:10] == "2023-05-12"
    assert (doc.events[0].date, doc.events[0].date_end) == ("2023-05-09", "2023-05-12")


@pytest.mark.parametrize("code,text", [("ja", "入力 2023.05.12 15:40"), ("ko", "입력 2023.05.12. 15:40")])
def test_a_year_first_stamp_is_still_read_year_first(code, text):
    from kronika.nlp.dates import find_dates
    assert [(dm.y, dm.m, dm.d) for dm in find_dates(text, code) if dm.kind == "absolute"] == [(2023, 5, 12)]


# ---------------------------------------------------------------- a quote of a plan with the conjunctive と
def test_a_plan_quoted_with_a_to_unidic_reads_as_conjunctive_is_an_announcement():
    from kronika.nlp.dates import find_dates
    text = "ロシア外務省の報道官は4日、北朝鮮外相が来週モスクワを訪問し、10日にロシア外相と会談すると明らかにした。"
    tenses = {(dm.d, dm.tense) for dm in find_dates(text, "ja") if dm.kind == "absolute"}
    assert (10, "future") in tenses and (4, "announcing") in tenses
    ev = first(text, "ja", dt.date(2018, 4, 5))
    assert (ev.type, ev.date) == ("AGREE", "2018-04-04")


def test_a_conditional_to_before_a_pause_is_no_quote():
    from kronika.nlp.dates import find_dates
    text = "林外相は5日、ラウ外相と会談すると、共同記者会見を行った。"
    assert [dm.tense for dm in find_dates(text, "ja") if dm.kind == "absolute"] == [None]


# ---------------------------------------------------------------- a state's own spelling of a rendered name
@pytest.mark.parametrize("text,want", [
    ("令和6年3月5日\n3月5日、岩屋毅外務大臣は、ポーランド共和国のヤニシェフスキ駐日大使による表敬を受けました。", "Janiszewski"),
    ("令和6年3月5日\n3月5日、辻清人外務副大臣は、訪日中のポーランド共和国のバルトシェフスキ外務次官と会談を行いました。",
     "Bartoszewski"),
    ("令和6年3月5日\n3月5日、辻清人外務副大臣は、訪日中のポーランドのシュチェルスキ大統領府長官と会談を行いました。", "Szczerski"),
])
def test_a_katakana_name_of_a_pole_outside_the_registry_is_spelt_as_poland_spells_it(text, want):
    ev = first(text, "ja")
    assert want in [n.split()[-1] for n in names(ev)], names(ev)


def test_a_katakana_name_of_a_state_without_rules_keeps_its_reading():
    ev = first("令和6年3月5日\n3月5日、辻清人外務副大臣は、訪日中のエストニアのカッリス外務次官と会談を行いました。", "ja")
    assert not any(n.endswith(("Kallis", "Kalis")) for n in names(ev))  # no rules for EE: the reading stays


def test_a_hangul_name_of_a_pole_outside_the_registry_is_spelt_as_poland_spells_it():
    ev = first("이경수 외교부 차관보는 2일 서울에서 예쥐 포미아노프스키 폴란드 외교부 차관보와 정책협의회를 개최했다.",
               "ko", dt.date(2013, 5, 3))
    assert "Pomianowski" in [n.split()[-1] for n in names(ev)], names(ev)


@pytest.mark.parametrize("text,want", [
    ("조태열 장관은 5일 서울에서 안드레이 쿨릭 러시아 외무차관과 회담했다.", "Kulik"),
    ("조태열 장관은 5일 서울에서 미하일 갈루진 러시아 외무차관과 회담했다.", "Galuzin"),
    ("조태열 장관은 5일 서울에서 세르게이 랴브코프 러시아 외무차관과 회담했다.", "Ryabkov"),
])
def test_a_hangul_name_of_a_russian_is_spelt_as_the_press_transliterates_russian(text, want):
    ev = first(text, "ko", dt.date(2025, 3, 6))
    assert want in [n.split()[-1] for n in names(ev)], names(ev)


def test_an_epenthetic_eu_with_l_before_an_l_syllable_is_a_consonant_cluster():
    from kronika.lang.ko.hooks import romanise
    assert romanise("블라디미르") == "Bladimir" and romanise("플로리안") == "Plorian"


# ---------------------------------------------------------------- more verbs of reporting
@pytest.mark.parametrize("code,text", [
    ("ja", "外務省は10日、林外相が9日にポーランドのラウ外相と電話会談したことを明らかにした。"),
    ("ja", "外務省は10日、林外相が9日にポーランドのラウ外相と電話会談したと説明した。"),
    ("ja", "政府関係者は10日、林外相が9日にポーランドのラウ外相と電話会談したと語った。"),
    ("ko", "외교부는 10일 조태열 장관이 9일 라도스와프 시코르스키 폴란드 외교장관과 통화한 사실을 밝혔다."),
])
def test_the_day_of_a_report_told_with_another_verb_of_saying_is_not_the_events(code, text):
    assert first(text, code, dt.date(2023, 3, 10)).date == "2023-03-09"


# ---------------------------------------------------------------- a day that opens a stay
@pytest.mark.parametrize("code,text", [
    ("ja", "林外相は、4日から訪問しているポーランドで、5日、ラウ外相と会談しました。"),
    ("ko", "4일부터 폴란드를 방문 중인 조태열 외교부 장관은 5일 바르샤바에서 라도스와프 시코르스키 외교장관과 회담했다."),
])
def test_a_day_that_opens_a_stay_frames_the_later_day_of_the_act(code, text):
    assert first(text, code, dt.date(2023, 3, 6)).date == "2023-03-05"


def test_a_range_with_its_end_is_still_a_range():
    ev = first("林外相は4日から6日までポーランドを訪問し、ラウ外相と会談した。", "ja", dt.date(2023, 3, 7))
    assert (ev.date, ev.date_end) == ("2023-03-04", "2023-03-06")


# ---------------------------------------------------------------- Japanese names in Korean text
def test_a_hangul_name_of_a_japanese_official_is_family_first_and_read_in_hepburn():
    ev = first("조태열 외교부 장관은 5일 미즈시마 고이치 주한 일본대사를 외교부로 초치해 항의했다.", "ko", dt.date(2025, 3, 6))
    assert "Koichi Mizushima" in names(ev), names(ev)


@pytest.mark.parametrize("written,want", [("가나스기 겐지", "Kenji Kanasugi"), ("오카다 가쓰야", "Katsuya Okada"),
                                          ("핫토리 료", "Ryo Hattori"), ("스즈키 이치로", "Ichiro Suzuki")])
def test_kana_sounds_in_hangul_read_back(written, want):
    from kronika.lang.ko.hooks import state_spelling
    assert state_spelling(written, "x", "JP") == want
    assert state_spelling(written, "x", "PL") != want  # a Pole's name is no Japanese one
