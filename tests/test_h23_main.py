"""h23/main: which event comes first, and the sides of the main event."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def _main(text: str, lang: str):
    doc = extract_document(Document(id="t", text=text), language=lang)
    assert doc.events
    return doc.events[0]


@pytest.mark.parametrize("lang,text", [
    ("en", "Pakistan announces humanitarian aid worth 5bn rupees for Afghanistan\n\nPakistan's Foreign Minister Shah "
           "Mehmood Qureshi met an Afghan delegation in Kabul on Thursday during a one-day visit. He told reporters "
           "the aid would include food and medicines.\n"),
    ("pl", "Polska przekaże Ukrainie pomoc humanitarną o wartości 10 mln euro\n\nMinister spraw zagranicznych "
           "Radosław Sikorski spotkał się w czwartek w Kijowie z szefem ukraińskiej dyplomacji Andrijem Sybihą. "
           "Rozmawiali o odbudowie kraju.\n"),
])
def test_headline_act_over_meeting_told_below(lang, text):
    """The headline tells the aid and no meeting: the aid is the main event, the visit its occasion."""
    assert _main(text, lang).type == "AID"


@pytest.mark.parametrize("lang,text,sides", [
    ("ja", "G7外相会合に出席するため、イタリアを訪れている岩屋外務大臣は、26日午後、フランスのバロ外相と会談しました。\n\n"
           "両外相は安全保障分野での協力を進めていくことで一致しました。\n", ["FR", "JP"]),
    ("cs", "Ministr zahraničí Jan Novotný, který je v Itálii na zasedání G7, se v úterý setkal s francouzským "
           "ministrem zahraničí Jean-Noëlem Barrotem.\n\nOba ministři jednali o bezpečnosti.\n", ["CZ", "FR"]),
    ("pl", "Minister spraw zagranicznych Jan Kowalski, który przebywa we Włoszech na spotkaniu G7, spotkał się we "
           "wtorek z francuskim ministrem spraw zagranicznych Jean-Noëlem Barrotem.\n\nMinistrowie rozmawiali o "
           "bezpieczeństwie.\n", ["FR", "PL"]),
])
def test_press_minister_is_a_side_venue_is_not(lang, text, sides):
    """The press's own minister, no state named, is one side; the state hosting the forum is the venue."""
    ev = _main(text, lang)
    assert ev.countries == sides
    assert ev.mode == "third-party"


@pytest.mark.parametrize("text", [
    "Arab League Secretary General Chadli Klibi undertook a mediation mission between Syria and Lebanon.",
    "U.S. and Russian negotiators return to Geneva this week for a round on limiting nuclear missiles.",
])
def test_mediation_and_negotiators_tell_talks(text):
    """A mediation mission, negotiators meeting: talks (PLOVER CONSULT), though no word says "met"."""
    assert _main(text, "en").type == "CONSULT"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Лавров провел переговоры с главой МИД Беларуси\nМинистр иностранных дел России Сергей Лавров и его "
           "белорусский коллега Владимир Макей провели телефонные переговоры.\n\"Обсуждались актуальные вопросы\", "
           "- говорится на сайте.\nНакануне стало известно, что соглашение между Москвой и Минском о взаимном "
           "признании виз готово.\n"),
    ("en", "Lavrov held talks with Belarusian counterpart\nForeign Minister Sergey Lavrov and his Belarusian "
           "counterpart Vladimir Makei held a phone conversation.\n\"Topical issues were discussed\", the ministry "
           "said.\nThe day before it became known that the agreement between Moscow and Minsk on visas is ready.\n"),
])
def test_later_paragraph_of_other_news_does_not_date_the_call(lang, text):
    """A later paragraph's "the day before" dates other news, not the undated call the lead tells."""
    import datetime as dt
    doc = extract_document(Document(id="t", text=text), language=lang, published=dt.date(2019, 10, 17))
    assert doc.events[0].date == "2019-10-17"



def test_a_plan_closing_a_quote_is_announced_on_the_day_it_was_told():
    """'외교부는 16일 "… 20일 … 회담을 개최할 예정"이라고 밝혔다': the 16th is the day a meeting to come was told (AGREE)."""
    import datetime as dt
    text = ("외교부 \"박진 장관, G20 계기로 한일 양자회담\"\n[서울=뉴스핌] 이고은 기자 = 한일 외교장관은 오는 20일 인도 "
            "뉴델리에서 양자회담을 열고 북한 문제를 논의한다.\n외교부는 16일 \"박진 외교부 장관은 G20 외교장관회의 참석차 "
            "인도 뉴델리를 방문하는 계기에 하야시 요시마사 일본 외무상과 20일 한일 외교장관 회담을 개최할 예정\"이라고 밝혔다.\n")
    ev = extract_document(Document(id="t", text=text), language="ko", published=dt.date(2023, 2, 16)).events[0]
    assert (ev.type, ev.date) == ("AGREE", "2023-02-16")
