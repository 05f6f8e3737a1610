"""What a meeting was about (h19 topics, tuned on fresh pages): a body's name told as the class one state belongs to
("prima ţară din UE", "a G7 country") is no multilateral subject; the fields of an aid's projects are the aid; a
portfolio written before a role title ("Economy Minister", "経済・エネルギー・観光大臣") names who met; and lexicon gaps:
ja/ko exchange compounds, et gradation and compounds, aggression and conflict, the OECD's name, R&D."""
import pytest

from kronika.events import topics as topics_module
from kronika.nlp.analyze import analyze

from extracting import topics, topic_keys


def cue(a, word: str):
    """The topic cue of `a` that covers `word`."""
    at = a.text.index(word)
    return next(m for m in a.topics if m.char_start <= at < m.char_end)


# -- a body's name as the class one state belongs to -------------------------------------------------------------

MEMBER = [
    ("ro", "România este prima ţară din UE care a semnat acordul.", "UE"),
    ("hu", "Egy G7-es országról beszélünk a világ egyik legnagyobb gazdaságával.", "G7"),
    ("en", "Japan, a G7 country, signed the agreement.", "G7"),
    ("en", "Romania, an EU member state, signed the agreement.", "EU"),
    ("en", "Poland serves as a non-permanent member of the UN Security Council.", "UN"),
    ("de", "Rumänien ist ein EU-Mitgliedstaat.", "EU"),
    ("pl", "Polska jest członkiem NATO od 1999 roku.", "NATO"),
    ("bg", "България е държава членка на ЕС.", "ЕС"),
]


@pytest.mark.parametrize("code,text,word", MEMBER)
def test_member_class(code, text, word):
    a = analyze(text, code)
    assert topics_module.member_class(a, cue(a, word))


GROUP = [  # the body itself, in the plural or as a forum: still a multilateral cue
    ("en", "The G7 countries agreed on new sanctions.", "G7"),
    ("en", "They discussed cooperation within NATO.", "NATO"),
    ("ro", "Miniștrii au discutat despre relațiile UE cu Japonia.", "UE"),
    ("pl", "Ministrowie spotkali się na szczycie NATO.", "NATO"),
]


@pytest.mark.parametrize("code,text,word", GROUP)
def test_body_itself_stays_multilateral(code, text, word):
    a = analyze(text, code)
    assert not topics_module.member_class(a, cue(a, word))


def test_member_class_document_ro():
    text = ("București, 5 mai 2023 – România, prima ţară din UE care a semnat un parteneriat strategic cu Japonia, "
            "a primit vizita ministrului japonez. Ministrul afacerilor externe Bogdan Aurescu s-a întâlnit cu "
            "ministrul japonez Yoshimasa Hayashi. Cei doi au discutat despre cooperarea economică și energetică.")
    assert "multilateral" not in topics(text, "ro")


def test_member_class_document_hu():
    text = ("Tokió, 2024. május 7. – Szijjártó Péter külügyminiszter Tokióban tárgyalt Kamikawa Yoko japán "
            "külügyminiszterrel, egy G7-es ország vezető diplomatájával. A gazdasági együttműködésről és a "
            "beruházásokról egyeztettek.")
    assert "multilateral" not in topics(text, "hu")


# -- the fields of an aid ------------------------------------------------------------------------------------------

def test_aid_fields_en():
    text = ("Warsaw, 9 December 2022 - Foreign Minister Zbigniew Rau met the Ambassador of Japan Akio Miyajima in "
            "Warsaw. The ambassador announced humanitarian aid worth 5 million dollars for projects in the fields of "
            "energy and health in Ukraine.")
    assert topics(text, "en") == ["development_aid"]


def test_aid_fields_pl():
    text = ("Warszawa, 9 grudnia 2022 r. - Minister spraw zagranicznych Zbigniew Rau spotkał się z ambasadorem "
            "Japonii Akio Miyajimą. Ambasador zapowiedział pomoc humanitarną o wartości 5 mln dolarów na projekty w "
            "dziedzinie energetyki i ochrony zdrowia na Ukrainie.")
    assert topics(text, "pl") == ["development_aid"]


def test_financial_assistance_is_aid():
    assert topic_keys("Japan approved a financial assistance of 27 million dollars.", "en") == {"development_aid"}


def test_aid_and_another_field_guard():
    """A second field word after the aid ("aid and cooperation in the field of energy") starts its own subject."""
    text = ("Warsaw, 9 December 2022 - Foreign Minister Zbigniew Rau met the Ambassador of Japan Akio Miyajima in "
            "Warsaw. The ministers discussed humanitarian aid to Ukraine and cooperation in the field of energy and "
            "health.")
    got = topics(text, "en")
    assert {"development_aid", "energy", "health"} <= set(got)
    a = analyze(text, "en")
    assert not topics_module.aid_field(a, cue(a, "energy"))


# -- a portfolio before a role title -------------------------------------------------------------------------------

PORTFOLIO = [
    ("en", "Tokyo, 5 May 2023 - Japanese Economy, Trade and Industry Minister Yasutoshi Nishimura met Polish Foreign "
           "Minister Zbigniew Rau in Tokyo. They discussed bilateral relations."),
    ("ja", "2014年1月9日、岸田外務大臣は、ドブレフ・ブルガリア経済・エネルギー・観光大臣と会談を行いました。"
           "両者は二国間関係について意見交換しました。"),
    ("de", "Bukarest, 5. Mai 2023 - Der japanische Wirtschafts- und Industrieminister Nishimura traf den rumänischen "
           "Außenminister. Sie sprachen über die bilateralen Beziehungen."),
]


@pytest.mark.parametrize("code,text", PORTFOLIO)
def test_portfolio_before_title(code, text):
    assert topics(text, code) == []


def test_portfolio_before_title_cue():
    a = analyze("Japanese Economy, Trade and Industry Minister Yasutoshi Nishimura arrived.", "en")
    assert topics_module.portfolio_before(a, cue(a, "Economy")) and topics_module.portfolio_before(a, cue(a, "Trade"))


def test_list_then_ministers_guard():
    """A comma before the title ends the portfolio: "discussed energy, trade and security, ministers said"."""
    text = ("Tokyo, 5 May 2023 - Foreign Minister Zbigniew Rau met Japanese Foreign Minister Yoshimasa Hayashi in "
            "Tokyo. They discussed energy, trade and security, ministers said.")
    assert {"energy", "economy", "security"} <= set(topics(text, "en"))


# -- lexicon gaps --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("code,text,want,not_want", [
    ("ja", "二国間の経済交流拡大を歓迎した。", "economy", "culture"),
    ("ja", "両国の学術交流を進める。", "science_education", "culture"),
    ("ko", "양국은 경제 교류 확대에 합의했다.", "economy", "culture"),
    ("ko", "양국은 학술교류를 확대하기로 했다.", "science_education", "culture"),
])
def test_exchange_compounds(code, text, want, not_want):
    got = topic_keys(text, code)
    assert want in got and not_want not in got


def test_exchange_alone_stays_culture_guard():
    assert "culture" in topic_keys("両国の人的交流を促進する。", "ja")


@pytest.mark.parametrize("text,want", [
    ("Arutati Eesti elektrivõrgu arendamist.", "energy"),
    ("Koostööd on võimalik tihendada digimajanduse vallas.", "technology"),
])
def test_et_gradation_and_compounds(text, want):
    assert want in topic_keys(text, "et")


@pytest.mark.parametrize("code,text", [
    ("ru", "Министры подтвердили сотрудничество в борьбе с агрессией России против Украины."),
    ("uk", "Міністри обговорили відповідь на агресію Росії."),
    ("be", "Бакі абмеркавалі наступствы агрэсіі."),
    ("ro", "Miniștrii au condamnat agresiunea Rusiei împotriva Ucrainei."),
    ("en", "They condemned Russia's aggression against Ukraine."),
    ("hu", "Elítélték az orosz agressziót."),
    ("en", "They discussed the conflict in the Middle East."),
    ("pl", "Rozmawiano o konflikcie na Bliskim Wschodzie."),
    ("hu", "Bírálta az észak-koreai katonák részvételét az ukrajnai konfliktusban."),
    ("ja", "両者は中東の紛争について意見交換した。"),
])
def test_aggression_and_conflict_are_security(code, text):
    assert "security" in topic_keys(text, code)


@pytest.mark.parametrize("code,text", [
    ("en", "Japan supports Croatia's accession to the Organisation for Economic Co-operation and Development."),
    ("hr", "Zahvalio je na potpori pristupanju Hrvatske Organizaciji za gospodarsku suradnju i razvoj."),
    ("ro", "Japonia sprijină aderarea României la Organizația pentru Cooperare și Dezvoltare Economică."),
    ("ja", "経済協力開発機構への加盟を支持した。"),
])
def test_oecd_name_is_no_economy(code, text):
    got = topic_keys(text, code)
    assert "economy" not in got and "development_aid" not in got


def test_oecd_guard_economy_still_economy():
    assert "economy" in topic_keys("They discussed economic cooperation.", "en")


def test_research_and_development_is_research():
    got = topic_keys("He expected further advances in research and development cooperation.", "en")
    assert "science_education" in got and "development_aid" not in got
