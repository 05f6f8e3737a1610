"""Event type and CONSULT mode (h14 types): refused talks told object-first or in the negated future are
REJECT, German separable rejections, and a tour of two states is a visit, not a multilateral meeting."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def first_event(text: str, code: str):
    """The document's first event."""
    return extract_document(Document(id="t", text=text), code).events[0]


@pytest.mark.parametrize("code, text", [
    # the refused talks told first in a from-phrase, the verb of refusing last (a headline's word order)
    ("uk", "Литва від переговорів з Білоруссю відмовилася\ndate 2025-11-12 Литва не вестиме переговори з "
           "режимом Олександра Лукашенка, сказав міністр закордонних справ Литви Кястутіс Будрис."),
    ("ru", "Литва от переговоров с Белоруссией отказалась\ndate 2025-11-12 Литва не будет вести переговоры с "
           "режимом Александра Лукашенко, заявил глава МИД Литвы Кястутис Будрис."),
    # the negated future of holding talks
    ("pl", "date 2025-11-12 Litwa nie będzie prowadzić rozmów z Białorusią, oświadczył minister spraw "
           "zagranicznych Kęstutis Budrys."),
    ("ru", "date 2025-11-12 Глава МИД Литвы Кястутис Будрис заявил, что Литва не будет вести переговоры с Минском."),
    ("uk", "date 2025-11-12 Глава МЗС Литви Кястутіс Будрис заявив, що Литва не вестиме переговори з Мінськом."),
    # a German separable verb of rejecting, its object between the verb and the particle
    ("de", "date 2025-11-12 Litauen lehnt Gespräche mit Belarus ab, sagte Außenminister Kęstutis Budrys."),
    ("de", "date 2025-11-12 Außenminister Kęstutis Budrys wies das Angebot von Gesprächen mit Minsk zurück."),
])
def test_refused_talks_are_a_rejection(code, text):
    assert first_event(text, code).type == "REJECT"


@pytest.mark.parametrize("code, text", [
    ("uk", "date 2025-11-12 Міністр закордонних справ Литви Кястутіс Будрис провів переговори з білоруським колегою."),
    ("ru", "date 2025-11-12 Глава МИД Литвы Кястутис Будрис провел переговоры с белорусским коллегой в Минске."),
])
def test_talks_held_stay_a_meeting(code, text):
    """Guard: talks held, with no refusal, stay CONSULT."""
    assert first_event(text, code).type == "CONSULT"


def test_a_tour_of_two_states_is_a_visit():
    e = first_event("date 2024-10-22 Ministr zahraničních věcí Jan Lipavský navštívil Kazachstán a Uzbekistán, "
                    "kde jednal o rozšíření spolupráce.", "cs")
    assert (e.type, e.mode) == ("CONSULT", "visit")


def test_a_meeting_of_three_states_stays_multilateral():
    """Guard: people of three states at one table are a multilateral meeting."""
    e = first_event("date 2024-10-22 Premier Fumio Kishida spotkał się w Seulu z prezydentem Korei Jun Suk Jeolem "
                    "i premierem Chin Li Qiangiem podczas wizyty.", "pl")
    assert (e.type, e.mode) == ("CONSULT", "multilateral")


@pytest.mark.parametrize("code, text", [
    ("pl", "date 2024-03-05 Minister Radosław Sikorski spotkał się z ministrem spraw zagranicznych Japonii Yoko "
           "Kamikawą na marginesie szczytu G20."),
    ("ru", "date 2024-03-05 Сергей Лавров на полях саммита G20 встретился с главой МИД Японии Ёко Камикавой."),
    ("cs", "date 2024-03-05 Ministr Jan Lipavský se na okraj summitu G20 setkal s japonskou ministryní Jóko Kamikawovou."),
    ("hu", "date 2024-03-05 Szijjártó Péter a G20-csúcs margóján találkozott Kamikava Jókó japán külügyminiszterrel."),
])
def test_talks_on_the_sidelines_of_a_summit_are_third_party(code, text):
    """No place named: the home capital the extractor infers does not put the summit at home."""
    e = first_event(text, code)
    assert (e.type, e.mode) == ("CONSULT", "third-party")


def test_a_summit_named_at_home_stays_multilateral():
    """Guard: the home capital written in the text hosts the summit."""
    e = first_event("date 2024-03-05 Minister Radosław Sikorski spotkał się z ministrem spraw zagranicznych Japonii "
                    "Yoko Kamikawą na marginesie szczytu G20 w Warszawie.", "pl")
    assert (e.type, e.mode) == ("CONSULT", "multilateral")


@pytest.mark.parametrize("text", [
    # the German perfect closes the clause with its participle: what it rejects stands before it, and a
    # protest noun before it is its object, not a protest that governs the rejection
    "date 2024-03-05 Russland hat den Protest Japans wegen der Kurilen zurückgewiesen.",
    "date 2024-03-05 Moskau hat Gespräche mit Tokio über die Kurilen abgelehnt.",
])
def test_a_german_participle_rejects_what_stands_before_it(text):
    assert first_event(text, "de").type == "REJECT"


def test_a_german_meeting_then_a_rejection_stays_a_meeting():
    """Guard: a rejection in a later sentence governs nothing of the meeting's."""
    assert first_event("date 2024-03-05 Außenministerin Annalena Baerbock traf am Montag in Tokio Yoko Kamikawa. "
                       "Sie lehnte eine Lockerung der Sanktionen ab.", "de").type == "CONSULT"


@pytest.mark.parametrize("code, text", [
    # a present-tense verb dated by a coming time after it (FUTURE_TIME) is announced, not done
    ("et", "date 2024-03-05 Välisminister Margus Tsahkna kohtub järgmisel nädalal Tokyos Jaapani välisministri "
           "Yoko Kamikawaga."),
    ("de", "date 2024-03-05 Außenministerin Annalena Baerbock trifft nächste Woche in Tokio ihre japanische "
           "Amtskollegin Yoko Kamikawa."),
    ("en", "date 2024-03-05 Foreign Minister Radosław Sikorski visits Japan next week for talks with Yoko Kamikawa."),
    ("pl", "date 2024-03-05 Minister Radosław Sikorski odwiedza w przyszłym tygodniu Japonię, gdzie rozmawia "
           "z Yoko Kamikawą."),
    ("hu", "date 2024-03-05 Szijjártó Péter találkozik jövő héten Tokióban Kamikava Jókó japán külügyminiszterrel."),
    ("ru", "date 2024-03-05 Глава МИД России Сергей Лавров встречается на следующей неделе в Токио с Ёко Камикавой."),
    ("ro", "date 2024-03-05 Ministrul de externe se întâlnește săptămâna viitoare la Tokyo cu Yoko Kamikawa."),
])
def test_a_present_verb_before_next_week_is_announced(code, text):
    assert first_event(text, code).type == "AGREE"


@pytest.mark.parametrize("code, text", [
    ("en", "date 2024-03-05 Foreign Minister Radosław Sikorski met Yoko Kamikawa ahead of next week's NATO summit."),
    ("ru", "date 2024-03-05 Сергей Лавров встретился с Ёко Камикавой, а на следующей неделе посетит Пекин."),
])
def test_a_meeting_done_before_a_coming_time_stays_a_meeting(code, text):
    """Guard: the coming time stands too far from the verb, or past a clause boundary."""
    assert first_event(text, code).type == "CONSULT"


def test_a_separable_verb_takes_its_nearest_particle():
    """"kutsus … üles" (called on) before "välja viima" (withdraw): not the summons "kutsus … välja"."""
    assert first_event("date 2024-03-05 Eesti välisminister kutsus Venemaad üles vägesid viivitamata välja viima.",
                       "et").type == "REQUEST"


def test_a_separable_summons_is_still_a_protest():
    """Guard: with no nearer particle, "kutsus … välja" is a summons."""
    assert first_event("date 2024-03-05 Välisministeerium kutsus kolmapäeval välja Venemaa suursaadiku.",
                       "et").type == "ACCUSE"


@pytest.mark.parametrize("code, text", [
    ("hr", "date 2024-03-05 Ministar Gordan Grlić Radman razgovarao je videovezom s japanskom ministricom Yoko Kamikawom."),
    ("mk", "date 2024-03-05 Министерот Бујар Османи имаше видео средба со јапонската министерка Јоко Камикава."),
])
def test_a_video_meeting_is_a_call(code, text):
    e = first_event(text, code)
    assert (e.type, e.mode) == ("CONSULT", "phone")
