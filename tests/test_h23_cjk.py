"""Japanese and Korean dates (session h23): an archive photo's stamp under a caption that dates its day in an earlier
year or month does not date the page ('지난해 7월 11일 … 2023.7.12/뉴스1'); the part of a month a word after it names
('今月上旬', '이달 초', '지난달 말') resolves to that month when the part is past; full-width brackets make an aside as
half-width ones do ('14日夜（日本時間15日未明）'); raising relations to a partnership (格上げ, 격상) is an agreement."""
from __future__ import annotations

import pytest

from extracting import events
from kronika.nlp.dates import find_dates
from kronika.nlp.published import find_published

KO_LEAD = "\n\n(서울=뉴스1) 윤석열 대통령은 23일 방한 중인 루마니아 대통령과 정상회담을 열었다.\n"


# published.archive_photo: a caption's stamp is the photo's; "last year"/"last month" in the caption says the
# photo is older than the page
@pytest.mark.parametrize("caption", [
    "윤석열 대통령이 지난해 7월 11일(현지시간) 리투아니아 빌뉴스에서 요하니스 루마니아 대통령과 회담을 하고 있다. "
    "(대통령실 제공) 2023.7.12/뉴스1",
    "조태열 외교부 장관이 지난달 9일 프라하에서 체코 외교장관과 악수하고 있다. 2024.3.9/뉴스1",
])
def test_an_archive_photos_stamp_does_not_date_the_page(caption):
    text = "尹, 루마니아 대통령과 정상회담\n\n" + caption + KO_LEAD
    assert find_published(text, "ko", None)[0] is None


def test_a_caption_of_the_day_still_dates_the_page():  # a control: passes on main too
    text = ("김홍균 차관, 러 대사 초치\n\n김홍균 외교부 제1차관이 21일 오후 게오르기 지노비예프 주한 러시아대사를 "
            "초치했다. (외교부 제공) 2024.10.21/뉴스1\n\n외교부는 21일 러시아 대사를 초치했다.\n")
    assert str(find_published(text, "ko", None)[0]) == "2024-10-21"


# cjk._with_parts + dates.yaml MONTH_PARTS: the part of a month a word after it names
@pytest.mark.parametrize("lang,text,part", [
    ("ja", "外相は今月上旬に会談した。", "early"),
    ("ja", "首相は来月中旬に訪問する予定だ。", "mid"),
    ("ja", "外相は先月末に訪問した。", "late"),
    ("ja", "外相は3月下旬に訪問した。", "late"),
    ("ko", "장관은 이달 초 회담했다.", "early"),
    ("ko", "장관은 다음 달 중순 방문할 예정이다.", "mid"),
    ("ko", "장관은 지난달 말 방문했다.", "late"),
    ("ko", "장관은 3월 하순 방문했다.", "late"),
])
def test_a_word_after_a_month_names_its_part(lang, text, part):
    assert [dm.part for dm in find_dates(text, lang)] == [part]


@pytest.mark.parametrize("lang,text", [
    ("ko", "장관은 3월 초청을 받았다."),      # an invitation, no early March
    ("ko", "그는 지난달 말했다."),            # "said last month"
    ("ja", "首相は今月初めて訪問した。"),      # "for the first time this month"
])
def test_a_word_going_on_is_no_part_of_the_month(lang, text):  # controls: pass on main too
    assert all(dm.part is None for dm in find_dates(text, lang))


# extract._past_span: a part of the text's month wholly before its day dates the event to the month
@pytest.mark.parametrize("lang,text", [
    ("ja", "上川外務大臣は、今月上旬にポーランドのシコルスキ外相と電話会談を行った。"),
    ("ko", "조태열 외교부 장관은 이달 초 폴란드 외교장관과 회담했다."),
])
def test_early_this_month_is_not_the_day_of_the_text(lang, text):
    ev = events(text, lang, "2024-03-15")[0]
    assert (ev.date, ev.date_precision) == ("2024-03-01", "month")


# secondary._aside: full-width brackets ("（日本時間15日未明）") hold a gloss of the day, no other event
def test_a_home_time_gloss_in_full_width_brackets_is_no_second_event():
    text = "上川外務大臣は14日夜（日本時間15日未明）、ワルシャワでシコルスキ外相と会談した。"
    assert [e.date for e in events(text, "ja", "2024-03-15")] == ["2024-03-14"]


# events.yaml AGREE 格上げ, 격상: relations raised to a partnership, a background agreement
@pytest.mark.parametrize("lang,text,year", [
    ("ko", "박진 외교부 장관은 17일 페테르 씨야르토 헝가리 외교장관과 전화 통화를 하고 양국 관계 발전 방안 등을 논의했다.\n"
           "양 장관은 지난해 11월 '전략적 동반자 관계'로 격상된 양국 관계를 심화시켜 나가자고 했다.", "2021-11-01"),
    ("ja", "林外務大臣は16日、ランズベルギス・リトアニア外相と会談した。\n"
           "林大臣から、昨年、二国間関係を「戦略的パートナーシップ」に格上げしたことを歓迎する旨述べました。", "2022-01-01"),
])
def test_raising_relations_to_a_partnership_is_an_agreement(lang, text, year):
    pub = "2022-08-17" if lang == "ko" else "2023-05-16"
    assert ("AGREE", year) in [(e.type, e.date) for e in events(text, lang, pub)]


# secondary._dates_an_anniversary: a jubilee that is the occasion of a contact told after it in its clause leaves
# the date to that contact
@pytest.mark.parametrize("lang,pub,text,year", [
    ("ko", "2025-02-12", "최상목 대통령 권한대행은 12일 도날트 투스크 폴란드 총리와 통화를 갖고 양국 관계 발전 방안에 대한 "
                         "의견을 교환했다.\n양측은 지난해 양국 수교 35주년 계기로 이뤄진 두다 대통령의 국빈 방한을 평가했다.",
     "2024-01-01"),
    ("ja", "2020-02-12", "茂木外務大臣は12日、チャプトヴィチ・ポーランド外相と電話会談を行った。\n"
                         "両外相は、昨年の国交樹立100周年を機に実現した安倍総理大臣のポーランド訪問を歓迎した。", "2019-01-01"),
])
def test_a_visit_on_the_occasion_of_a_jubilee_is_dated_by_it(lang, pub, text, year):
    assert ("CONSULT", year) in [(e.type, e.date) for e in events(text, lang, pub)][1:]


def test_a_jubilee_alone_is_no_contact():  # a control: passes on main too
    text = ("茂木外務大臣は12日、チャプトヴィチ・ポーランド外相と電話会談を行った。\n両外相は、昨年の国交樹立100周年を祝った。")
    assert len(events(text, "ja", "2020-02-12")) == 1


# published.archived_url: an archive's address dates the page by the archived page's own URL, not by its capture
@pytest.mark.parametrize("url", [
    "https://megalodon.jp/ref/2015-0801-0330-41/www.chosunonline.com/site/data/html_dir/2015/07/30/2015073001227.html",
    # a control (passes on main too: its fourteen-digit stamp is no date the URL patterns read)
    "https://web.archive.org/web/20150801033041/http://www.chosunonline.com/site/data/html_dir/2015/07/30/x.html",
])
def test_an_archived_page_is_dated_by_its_own_url(url):
    text = "【ワルシャワ聯合ニュース】韓国外交部の尹炳世長官が29日(現地時間)、スヘティナ外相と会談した。\n"
    assert str(find_published(text, "ja", url)[0]) == "2015-07-30"


# ja events.yaml CONSULT/visit 歴訪: a tour of several states is a visit, announced when still to come
def test_a_tour_announced_is_an_agreement():
    text = ("【ソウル聯合ニュース】韓国の趙兌烈(チョ・テヨル)外交部長官が来月4~8日の日程でポーランドとフランスを歴訪する。"
            "同部が27日伝えた。")
    ev = events(text, "ja", "2025-02-27")[0]
    assert (ev.type, ev.date, "PL" in ev.countries) == ("AGREE", "2025-02-27", True)


# cjk._heads: a linking verb shares the tense of the verb reporting a quote after it, not of a verb in the quote
@pytest.mark.parametrize("lang,text", [
    ("ko", "문재인 대통령은 8일 평창 동계올림픽에 맞춰 방한한 두다 폴란드 대통령과 청와대에서 정상회담을 갖고 "
           "\"남북 대화가 계속되도록 지속적인 지원을 당부한다\"고 말했다."),
    ("ja", "岸田首相は8日、ドゥダ大統領と会談し、「来年も協力を強化したい」と述べた。"),
    ("ja", "韓国の文在寅大統領は8日、平昌冬季五輪に合わせて来韓したポーランドのドゥダ大統領と青瓦台で首脳会談を行い、"
           "「対話に発展できるよう、持続的な支援を求めたい」と述べた。"),
])
def test_talks_held_before_a_quote_of_wishes_are_no_plan(lang, text):
    ev = events(text, lang, "2018-02-08")[0]
    assert (ev.type, ev.date) == ("CONSULT", "2018-02-08")
