"""Headlines from hand-built events: a verb per type, persons with their office in the right case."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kronika.model import DocumentRef, Event, Location, Person, StoredEvent
from kronika.report.grammar import decline_person, fix_prepositions
from kronika.report.headline import headline, person_phrase
from kronika.report.names import polish_cyrillic
from kronika.report.profile import load_profile

SECTION = load_profile("east-slavic").sections[0]  # Japan – Russia, Ukraine, Belarus

LAVROV = Person("Sergey Lavrov", "Сергей Лавров", "RU", "minister of foreign affairs")
KONO = Person("Taro Kono", "河野太郎", "JP", "minister of foreign affairs")
ABE = Person("Shinzo Abe", "安倍晋三", "JP", "prime minister")
ESIN = Person("Ruslan Esin", "Руслан Есин", "BY", "ambassador")


def event(type_, mode=None, persons=(), countries=("JP", "RU"), city=None, country=None, topics=()):
    return StoredEvent.of(Event(type=type_, mode=mode, date="2018-11-23", countries=list(countries),
                                persons=list(persons), location=Location(city, country), topics=list(topics)),
                          DocumentRef(0, language="ru"))


def told(ev: StoredEvent, text: str) -> StoredEvent:
    """The event as read from a document with this text."""
    return replace(ev, document=replace(ev.document, text=text))


@pytest.mark.parametrize("ev,want", [
    (event("CONSULT", "visit", [KONO, LAVROV], city="Rome", country="IT"),
     "minister spraw zagranicznych Japonii Taro Kono spotkał się z ministrem spraw zagranicznych Rosji "
     "Siergiejem Ławrowem w Rzymie"),
    (event("CONSULT", "phone", [ABE, LAVROV]),
     "premier Japonii Shinzo Abe rozmawiał telefonicznie z ministrem spraw zagranicznych Rosji Siergiejem Ławrowem"),
    (event("CONSULT", "multilateral", city="Buenos Aires", country="AR"),
     "spotkanie wielostronne z udziałem Japonii i Rosji w Buenos Aires"),
    # an ambassador in the state he is posted to is on no visit there: he meets its people
    (event("CONSULT", "visit", [ESIN], countries=("BY", "JP"), country="JP"),
     "ambasador Białorusi Rusłan Jesin spotkał się z przedstawicielami Japonii"),
    (event("CONSULT", "visit", [ESIN], countries=("BY", "JP"), city="Sendai", country="JP"),
     "ambasador Białorusi Rusłan Jesin odbył wizytę w Sendai"),
    (event("AGREE", topics=["territorial"]),
     "uzgodnienia między Japonią a Rosją w kwestiach terytorialnych"),  # no 'w dziedzinie kwestii
    (event("COOPERATE", topics=["security"], city="Vienna", country="AT"),
     "wspólne przedsięwzięcie Japonii i Rosji w dziedzinie bezpieczeństwa w Wiedniu"),
    (event("AID", None, [ABE], countries=("JP", "UA")),  # who gives is not among the fields: no verb says it
     "premier Japonii Shinzo Abe w sprawie pomocy w relacjach z Ukrainą"),
    (event("SUPPORT", None, [ABE], countries=("JP", "UA")), "premier Japonii Shinzo Abe wyraził poparcie dla Ukrainy"),
    (event("REQUEST", countries=("RU", "JP")), "apel w relacjach Japonii i Rosji"),
    (event("ACCUSE", None, [LAVROV], countries=("RU", "JP")),
     "minister spraw zagranicznych Rosji Siergiej Ławrow skrytykował działania Japonii"),
])
def test_polish_headline_per_type(ev, want):
    assert headline(ev, SECTION, "pl") == want


def test_a_meeting_never_claims_an_agreement_or_a_signing():
    heads = [headline(event("CONSULT", m, [KONO, LAVROV]), SECTION, "pl") for m in (None, "visit", "third-party")]
    for h in heads:
        assert "spotkał się" in h and not any(w in h for w in ("podpis", "porozumieni", "uzgodni"))
    agree = headline(event("AGREE", None, [KONO, LAVROV]), SECTION, "pl")
    assert "uzgodnił" in agree and "podpis" not in agree


def test_no_place_is_invented():
    h = headline(event("CONSULT", "visit", [KONO, LAVROV]), SECTION, "pl")
    assert " w " not in h.split("Ławrowem")[-1]


def test_english_headlines_say_what_happened():
    assert headline(event("CONSULT", "phone", [ABE, LAVROV]), SECTION, "en") == \
        "Japan's prime minister Shinzo Abe spoke by phone with Russia's minister of foreign affairs Sergey Lavrov"
    assert headline(event("AGREE"), SECTION, "en") == "Japan and Russia agreed on next steps"


@pytest.mark.parametrize("case,want", [
    ("nom", "ambasador Rosji Michaił Gałuzin"), ("gen", "ambasadora Rosji Michaiła Gałuzina"),
    ("dat", "ambasadorowi Rosji Michaiłowi Gałuzinowi"), ("acc", "ambasadora Rosji Michaiła Gałuzina"),
    ("inst", "ambasadorem Rosji Michaiłem Gałuzinem"), ("loc", "ambasadorze Rosji Michaile Gałuzinie"),
])
def test_an_office_and_a_name_in_six_cases(case, want):
    """Polish transcription of the Cyrillic original ('Галузин' -> 'Gałuzin'), declined as a man's name."""
    p = Person("Mikhail Galuzin", "Михаил Галузин", "RU", "ambassador")
    assert person_phrase(p, case, "pl") == want


@pytest.mark.parametrize("cyr,want", [
    ("Сергей Лавров", "Siergiej Ławrow"), ("Михаил Галузин", "Michaił Gałuzin"),
    ("Владимир Путин", "Władimir Putin"), ("Мария Захарова", "Maria Zacharowa"),
    ("Вячеслав Лебедев", "Wiaczesław Lebiediew"), ("Юрий", "Jurij"),
])
def test_polish_transcription_of_cyrillic_names(cyr, want):
    assert polish_cyrillic(cyr) == want


def test_offices_decline_up_to_their_complement():
    assert decline_person("specjalny wysłannik", "inst", "pl") == "specjalnym wysłannikiem"
    assert decline_person("minister spraw zagranicznych", "gen", "pl", words=3) == "ministra spraw zagranicznych"
    assert fix_prepositions("spotkał się z specjalnym wysłannikiem", "pl") == "spotkał się ze specjalnym wysłannikiem"
    assert fix_prepositions("w Włoszech i w Rzymie", "pl") == "we Włoszech i w Rzymie"


RECTOR = Person("Viktor Evdokimov", None, "UA", "rector")
UNKNOWN_JP = Person("Hikaru Kaneyasu", None, "JP", None)          # no office; a name alike for both genders
SHEDKO = Person("Dmitri Shedko", None, "BY", "deputy minister of communications")


@pytest.mark.parametrize("ev,want", [
    # three or more states listed once, not 'Japonii i Rosji i Białorusi'
    (event("CONSULT", countries=("JP", "RU", "BY")), "spotkanie przedstawicieli Japonii, Rosji i Białorusi"),
    # aid: the fields say neither who gives nor who receives, and not 'pomoc w dziedzinie pomocy rozwojowej'
    (event("AID", None, [ABE], countries=("JP", "UA"), topics=["development_aid", "health"]),
     "premier Japonii Shinzo Abe w sprawie pomocy w dziedzinie ochrony zdrowia w relacjach z Ukrainą"),
    # a rector is no rector of the state: the state in brackets, the office and name in the instrumental
    (event("CONSULT", "visit", [KONO, RECTOR], countries=("JP", "UA")),
     "minister spraw zagranicznych Japonii Taro Kono spotkał się z rektorem Viktorem Evdokimovem (Ukraina)"),
    # a person of unknown gender without an office can stand after 'z' when both genders' forms agree
    (event("CONSULT", "visit", [UNKNOWN_JP, LAVROV], city="Tokyo", country="JP"),
     "minister spraw zagranicznych Rosji Siergiej Ławrow spotkał się z Hikaru Kaneyasu w Tokio"),
    # a meeting without a city: the country where it took place
    (event("CONSULT", "visit", [KONO, LAVROV], country="RU"),
     "minister spraw zagranicznych Japonii Taro Kono spotkał się z ministrem spraw zagranicznych Rosji "
     "Siergiejem Ławrowem w Rosji"),
])
def test_headlines_of_the_region_as_an_analyst_writes_them(ev, want):
    assert headline(ev, SECTION, "pl") == want


def test_a_foreign_source_body_is_polish_prose_from_the_fields():
    from kronika.report.summary import compose

    ev = event("CONSULT", "visit", [KONO, LAVROV], city="Rome", country="IT", topics=["security", "economy"])
    ev = told(ev, "Министр иностранных дел России Сергей Лавров провёл в Риме переговоры с Таро Коно.")
    body, quote = compose(ev, SECTION, "pl")
    assert body == ("Wizyta odbyła się w Rzymie (Włochy). Uczestnicy: minister spraw zagranicznych Japonii Taro "
                    "Kono i minister spraw zagranicznych Rosji Siergiej Ławrow. Strony: Japonia i Rosja. "
                    "Rozmowy dotyczyły bezpieczeństwa i gospodarki.")
    assert quote == ev.document.text
    english, _ = compose(ev, SECTION, "en")
    assert english.startswith("The visit took place in Rome (Italy).") and "security and the economy" in english


def test_a_name_quoted_from_a_russian_text_is_transcribed_as_russian():
    kuleba = Person("Aleksey Kuleba", "Алексей Кулеба", "UA", "minister")
    ev = event("AGREE", None, [kuleba], countries=("JP", "UA"))  # event() marks the text Russian
    assert "Aleksiej Kuleba" in headline(ev, SECTION, "pl")


@pytest.mark.parametrize("text,place,want", [
    # a dateline is no lead: the lead after it says where
    ("Лавров провёл переговоры с Коно\n\n21 мая 2025 года\n\nМинистр Сергей Лавров провёл в среду в Москве "
     "переговоры с Таро Коно.", "Москве", True),
    # the place found in the dateline and named again in the lead
    ("Japan and Russia talk\n\nMoscow, 21 May 2025\n\nThe ministers met in Moscow on Wednesday.", "Moscow", True),
    # a place recalled in a later sentence is not where this meeting was
    ("Abe and Putin met in Buenos Aires\n\nThe leaders talked about peace. They recalled the summit in "
     "Singapore.", "Singapore", False),
])
def test_the_place_is_the_events_only_where_the_text_says_so(text, place, want):
    from kronika.report.headline import place_is_the_events

    ev = event("CONSULT", "visit", [KONO, LAVROV], city="Moscow", country="RU")
    ev = told(ev, text)
    at = text.find(place) if place != "Moscow" else text.find("Moscow", text.find("\n"))
    kind = text.find("переговоры") if "переговоры" in text else text.find("met") if "met " in text else text.find("talked")
    ev = replace(ev, evidence={"location": [[at, at + len(place)]], "type": [[kind, kind + 3]]})
    assert place_is_the_events(ev) is want


def test_a_meeting_is_told_in_the_order_the_source_tells_it():
    choe = Person("Son-hui Choe", "Цой Сон Хи", "KP", "minister of foreign affairs")
    ev = event("CONSULT", "visit", [choe, LAVROV], countries=("KP", "RU"), city="Moscow", country="RU")
    ev = told(ev, "Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с министром "
                  "иностранных дел КНДР Цой Сон Хи.")
    korea = next(s for s in load_profile("east-asia-cee").sections if "KP" in s.a)
    assert headline(ev, korea, "pl") == ("minister spraw zagranicznych Rosji Siergiej Ławrow spotkał się z minister "
                                         "spraw zagranicznych Korei Północnej Czoe Son Hui w Moskwie")
