"""What a meeting was about (h20 topics, tuned on fresh pages): inflected forms the stems of lang/<xx>/topics.yaml
missed (Polish -ce locatives, Serbo-Croatian and Macedonian -ci plurals, fleeting vowels, Estonian genitives ...),
'regarding' frames as field words, and page residue that names no subject of the talks: a stamp line of time and
section labels split by '|', and a feed of other headlines each beside its time."""
import pytest

from kronika.events import topics as topics_module
from kronika.nlp.analyze import analyze

from extracting import topics, topic_keys


# -- inflected forms the stems missed -------------------------------------------------------------------------------

FORMS = [
    ("pl", "Ministrowie rozmawiali o współpracy w energetyce jądrowej.", "energy"),
        ("pl", "Strony rozmawiały o współpracy w dziedzinie szkolnictwa wyższego.", "science_education"),
    ("pl", "Rozmawiano o rozwoju atomu w Polsce.", "energy"),
    ("sr", "Razgovarali su o saradnji u nauci.", "science_education"),
    ("sr", "Ministar je razgovarao sa učenicima.", "science_education"),
    ("sr", "Sastanku su prisustvovali brojni umetnici iz Japana.", "culture"),
    ("hr", "Sugovornici su razgovarali o razmjeni studenata.", "science_education"),
    ("sr", "Razgovarano je o zajedničkim projektima u oblasti pravosuđa.", "law_justice"),
    ("mk", "Министерот се сретна со пратениците.", "parliamentary"),
    ("mk", "На средбата присуствуваа градоначалниците на двата града.", "subnational"),
    ("et", "Kohtumisel räägiti koostööst spordi vallas.", "culture"),
    ("hu", "Nukleáris megállapodás jött létre Magyarország és Japán között.", "energy"),
    ("hu", "A felek a kulturális csere bővítéséről tárgyaltak.", "culture"),
    ("ro", "Au discutat despre cooperarea în domeniul cercetării.", "science_education"),
    ("ro", "Ambasadorul s-a întâlnit cu reprezentanții primăriei.", "subnational"),
    ("ro", "Miniștrii au discutat despre schimbările climei.", "environment"),
    ("cs", "Diskutovali o podnikání v Česku.", "economy"),
    ("sk", "Hovorili o spolupráci pri prevencii živelných pohrôm.", "disaster"),
    ("lv", "Puses apsprieda sadarbību digitalizācijas jomā.", "technology"),
    ("lt", "Aptarė bendradarbiavimą skaitmenizacijos srityje.", "technology"),
    ("de", "Die Minister sprachen über die Versorgung mit Gas.", "energy"),
    ("ja", "両外相は汚職対策での協力を確認した。", "law_justice"),
    ("ja", "両国は生物多様性の保全で協力することで一致した。", "environment"),
    ("ko", "양측은 재해 대응 협력을 논의했다.", "disaster"),
    ("ko", "양국은 의원 교류를 확대하기로 했다.", "parliamentary"),
]


@pytest.mark.parametrize("code,text,topic", FORMS)
def test_inflected_forms(code, text, topic):
    assert topic in topic_keys(text, code)


def test_korean_member_exchange_is_not_culture_only():
    """'의원 교류' (exchanges of lawmakers) is the parliamentary compound, not the bare culture word '교류'."""
    a = analyze("양국은 의원 교류를 확대하기로 했다.", "ko")
    assert [m.key for m in a.topics] == ["parliamentary"]


# -- 'regarding' frames a field -----------------------------------------------------------------------------------

def test_romanian_regarding_is_a_field_word():
    a = analyze("Cooperarea este activă în ceea ce privește securitatea.", "ro")
    m = next(c for c in a.topics if c.key == "security")
    assert topics_module.in_field(a, m)


# -- page residue: a stamp line, a feed of headlines -------------------------------------------------------------

def test_stamp_line():
    text = "09:29, 4 Марта 2013 | Новости политики Сахалина и Курил\n\nГенеральный консул посетил администрацию."
    assert topics_module.stamp_line(text, text.index("Курил"))
    assert not topics_module.stamp_line(text, text.index("консул"))


def test_stamp_line_needs_a_time():
    text = "Главная | Политика | Курилы\n"
    assert not topics_module.stamp_line(text, text.index("Курилы"))


STAMPED = ("Тихоокеанское информационное агентство\n09:29, 4 Марта 2013 | Новости политики Сахалина и Курил\n\n"
           "Генеральный консул Японии в Южно-Сахалинске посетил городскую администрацию\n\n"
           "Мэр Южно-Сахалинска Андрей Лобкин 4 марта 2013 года принял генерального консула Японии Масацугу Сэо. "
           "Андрей Лобкин рассказал, что город имеет побратимские связи с тремя японскими городами, активно "
           "осуществляется обмен в сфере культуры и спорта.\n")


def test_stamp_line_section_is_no_topic():
    assert "territorial" not in topics(STAMPED, "ru")


FEED = ("Доброволец из Забайкалья спас раненых сослуживцев из-под обстрела на СВО\n12:21\n"
        "Божественная литургия пройдет в Чите в День памяти князя Невского\n11:38\n"
        "Многодетная семья из Читы ушла из торговли и занялась строительством бань\n09:46\n"
        "Самые популярные новости на 9 сентября\n9 сентября, 23:15\n\n"
        "Мэр Хабаровска Сергей Кравчук 9 сентября провел встречу с генеральным консулом Японии Ёсиясу Кавагути. "
        "Стороны обсудили сотрудничество в культурной сфере и обмен делегациями между городами-побратимами.\n")


def test_ticker_line():
    assert topics_module.ticker_line(FEED, FEED.index("торговли"))
    assert not topics_module.ticker_line(FEED, FEED.index("культурной"))


def test_ticker_needs_two_times():
    text = "Министр торговли провел переговоры\n12:30\nСтороны обсудили торговлю и инвестиции.\n"
    assert not topics_module.ticker_line(text, text.index("торговли"))


def test_feed_headlines_are_no_topic():
    assert "economy" not in topics(FEED, "ru")


# -- a site's navigation line ---------------------------------------------------------------------------------------

def test_nav_line_language_switcher():
    text = "english  česky  日本語 \n\nフラジーク環境大臣が日本を訪問しました。"
    assert topics_module.nav_line(text, text.index("日本語"))
    assert not topics_module.nav_line(text, text.index("環境"))


def test_nav_line_breadcrumb():
    text = "Laima Šandarienė   >   Istorija  >   2000 - 2004 m. Seimas  >   Seimo vadovai\n"
    assert topics_module.nav_line(text, text.index("Seimas"))


def test_nav_line_is_no_sentence():
    text = "Ministrai aptarė  prekybą,  energetiką  ir saugumą.\n"
    assert not topics_module.nav_line(text, text.index("prekybą"))


# -- environment words besides 'environment' and 'climate' ----------------------------------------------------------

ENVIRONMENT = [
    ("ja", "両国はリサイクルと廃棄物処理の協力を確認した。"),
    ("ja", "サーキュラーエコノミー・サステナビリティに焦点を当てたフォーラムを開いた。"),
    ("ko", "양측은 재활용과 폐기물 관리 협력을 논의했다."),
    ("ru", "Стороны обсудили переход к экономике замкнутого цикла."),
    ("cs", "Hovořili o oběhovém hospodářství."),
    ("hu", "Az üvegházhatású gázokról tárgyaltak."),
]


@pytest.mark.parametrize("code,text", ENVIRONMENT)
def test_environment_words(code, text):
    assert "environment" in topic_keys(text, code)


# -- Latin abbreviations and compounds in Japanese and Korean lists ------------------------------------------------

CJK = [
    ("ja", "両国はLNG調達での協力を確認した。", "energy"),
    ("ja", "両国は5G分野での協力を確認した。", "technology"),
    ("ja", "JICAの支援について意見交換した。", "development_aid"),
    ("ko", "양국은 LNG 협력을 논의했다.", "energy"),
    ("ko", "KOICA를 통한 지원을 논의했다.", "development_aid"),
]


@pytest.mark.parametrize("code,text,topic", CJK)
def test_cjk_forms(code, text, topic):
    assert topic in topic_keys(text, code)


def test_news_agency_is_no_technology():
    """A guard (passes on main too): '朝鮮中央通信', 'タス通信': an agency's name holds 通信 (communications), no subject of the talks."""
    assert "technology" not in topic_keys("北朝鮮の朝鮮中央通信によると、両外相は会談した。", "ja")


# -- multilateral only where a body frames the cooperation ---------------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("ja", "両首脳はインド太平洋の地域情勢について意見交換した。"),
    ("ko", "양측은 자유롭고 열린 인도태평양 실현을 위해 협력하기로 했다."),
])
def test_indo_pacific_is_no_body(code, text):
    """A region, no international organisation: as in the other languages, it makes no multilateral subject."""
    assert "multilateral" not in topic_keys(text, code)


@pytest.mark.parametrize("code,text", [
    ("ja", "両外相はG7の枠組みでの協力を確認した。"),
    ("ko", "양측은 유엔 안보리에서의 협력을 논의했다."),
])
def test_bodies_stay_multilateral(code, text):
    """A guard (passes on main too): a body's name is still a multilateral cue."""
    assert "multilateral" in topic_keys(text, code)


# -- a list framed after its last item (head-final) ---------------------------------------------------------------

def _cue(a, word):
    at = a.text.index(word)
    return next(m for m in a.topics if m.char_start <= at < m.char_end)


@pytest.mark.parametrize("code,text,word", [
    ("ja", "両外相は両国間の経済、文化、教育、自然科学および技術等の分野での協力関係を高く評価しました。", "文化"),
    ("en", "The ministers agreed to expand energy and trade cooperation.", "energy"),
])
def test_earlier_item_of_a_list_framed_after(code, text, word):
    a = analyze(text, code)
    assert topics_module.listed_field(a, _cue(a, word))


def test_list_framed_after_stops_at_a_clause():
    """A guard: a word that is no list item between them ends the list ('energy, said the minister, and trade')."""
    a = analyze("They spoke about energy, the minister said, and trade cooperation.", "en")
    assert not topics_module.listed_field(a, _cue(a, "energy"))
