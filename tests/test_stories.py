"""Stories across languages: one happening reported in several languages and scripts is one story;
another meeting of the same pair, or the same people elsewhere, is not."""
from __future__ import annotations

import pytest

from kronika.events.cluster import compatible_kinds, person_key, same_person, same_story
from kronika.events.document import extract_document
from kronika.model import Document, Event, Location, Person
from kronika.store.documents import add_document
from kronika.store.query import EventFilter, list_events

# One happening: the Polish and Japanese foreign ministers meet in Warsaw on Monday 13 May 2024.
SAME_HAPPENING = {
    "en": (("WARSAW, May 13, 2024 – Polish Foreign Minister Radosław Sikorski met Japanese Foreign Minister "
           "Yoko Kamikawa in Warsaw on Monday. The ministers discussed security in Europe and Asia and "
           "Japan's support for Ukraine."), "2024-05-13"),
    "pl": (("Warszawa, 13 maja 2024 r. – Minister spraw zagranicznych Radosław Sikorski spotkał się w Warszawie "
           "z minister spraw zagranicznych Japonii Yoko Kamikawą. Rozmawiano o bezpieczeństwie i o wsparciu "
           "Japonii dla Ukrainy."), "2024-05-13"),
    "ru": (("Министр иностранных дел Польши Радослав Сикорский 13 мая 2024 года встретился в Варшаве с министром "
           "иностранных дел Японии Йоко Камикавой. Стороны обсудили вопросы безопасности и поддержку Украины."),
           "2024-05-14"),
    "uk": (("Міністр закордонних справ Польщі Радослав Сікорський 13 травня 2024 року зустрівся у Варшаві з "
           "міністеркою закордонних справ Японії Йоко Камікавою. Сторони обговорили безпеку та підтримку України."),
           "2024-05-13"),
}
# Hard negatives: the same pair meets again the next day; the same people a day later in another city.
NEXT_DAY = (("WARSAW, May 14, 2024 – Polish Foreign Minister Radosław Sikorski and Japanese Foreign Minister "
            "Yoko Kamikawa met again on May 14, 2024 in Warsaw to sign a memorandum on cybersecurity."), "2024-05-14")
OTHER_CITY = (("Japanese Foreign Minister Yoko Kamikawa met Polish Foreign Minister Radosław Sikorski in Kraków on "
              "Tuesday. They visited the Manggha museum of Japanese art."), "2024-05-14")


def article(doc_id: str, lang: str, text: str, published: str) -> Document:
    return extract_document(Document(id=doc_id, text=text, language=lang, published=published,
                                      url=f"https://news.example/{doc_id}"))


def stories_by_doc(store) -> dict[str, int]:
    return {e.document.url.rsplit("/", 1)[-1]: e.story for e in list_events(store, EventFilter())}


def test_one_happening_in_four_languages_and_two_scripts_is_one_story(store):
    for lang, (text, published) in SAME_HAPPENING.items():
        add_document(store, article(lang, lang, text, published))
    add_document(store, article("next-day", "en", *NEXT_DAY))
    add_document(store, article("other-city", "en", *OTHER_CITY))
    stories = stories_by_doc(store)
    assert len({stories[lang] for lang in SAME_HAPPENING}) == 1
    assert stories["next-day"] != stories["en"]       # written a day apart: another meeting
    assert stories["other-city"] != stories["en"]     # a city the text names that differs: elsewhere
    assert stories["other-city"] != stories["next-day"]


@pytest.mark.parametrize("a,b", [
    ("Сок Ель", "Suk-yeol Yoon"),          # Russian rendering of the given name, English order
    ("Юн Сок Ёль", "Yoon Suk Yeol"),
    ("Kim Jong", "Kim Jong Un"),            # a name cut short by the extractor
    ("Хироси Танабэ", "Hiroshi Tanabe"),
    ("Sikorski", "Radosław Sikorski"),
    ("Artūr Paulausk", "Artūras Paulauskas"),  # a case ending kept in one report only
])
def test_one_person_in_two_scripts_is_one_person(a, b):
    assert same_person(person_key(a), person_key(b))


@pytest.mark.parametrize("a,b", [("Kim Yo Jong", "Kim Jong Un"), ("Jan Nowak", "Jan Kowalski"),
                                 ("Yoko Kamikawa", "Taro Kono")])
def test_other_people_stay_other_people(a, b):
    assert not same_person(person_key(a), person_key(b))


def test_types_that_describe_one_happening_are_compatible():
    assert compatible_kinds("CONSULT", "SUPPORT") and compatible_kinds("AGREE", "CONSULT")
    assert compatible_kinds("ACCUSE", "PROTEST")
    assert not compatible_kinds("CONSULT", "ACCUSE") and not compatible_kinds("SANCTION", "AID")


def signature(doc_id, city=None, evidenced=False, type_="CONSULT", date="2024-05-13", basis="text",
              people=(("PL", "Radosław Sikorski"), ("JP", "Yoko Kamikawa"))):
    sides: dict[str, list] = {}
    for country, name in people:
        sides.setdefault(country, []).append(person_key(name))
    return {"id": doc_id, "document_id": doc_id, "date": date, "date_end": None, "date_basis": basis,
            "type": type_, "mode": "visit", "countries": {"JP", "PL"}, "city": (city or "").lower(),
            "city_evidenced": evidenced, "sides": sides, "story_id": None,
            "people": [p for side in sides.values() for p in side]}


def test_an_inferred_city_does_not_veto_a_merge():
    assert same_story(signature(1, "Warsaw", True), signature(2, "Tokyo", False))
    assert not same_story(signature(1, "Warsaw", True), signature(2, "Tokyo", True))


def test_a_visit_typed_support_in_one_language_joins_consult_in_another():
    assert same_story(signature(1, type_="CONSULT"), signature(2, type_="SUPPORT"))
    assert not same_story(signature(1, type_="CONSULT"), signature(2, type_="ACCUSE"))


def test_a_person_put_on_the_wrong_side_still_counts():
    wrong = signature(2, people=(("PL", "Radosław Sikorski"), ("PL", "Yoko Kamikawa")))
    assert same_story(signature(1), wrong)


def test_same_pair_other_people_is_another_meeting():
    defence = signature(2, people=(("PL", "Władysław Kosiniak-Kamysz"), ("JP", "Minoru Kihara")))
    assert not same_story(signature(1), defence)


def bare_doc(doc_id: str, persons: list[tuple[str, str]]) -> Document:
    ev = Event(type="CONSULT", mode="visit", date="2024-05-13", date_precision="day", countries=["JP", "PL"],
               persons=[Person(n, n, c, None) for n, c in persons], location=Location(None, None),
               date_basis="text")
    return Document(id=doc_id, text=f"Report {doc_id} of a meeting of Poland and Japan.", language="en",
                    url=f"https://news.example/{doc_id}", events=[ev])


def test_two_stories_merge_when_a_report_fits_both(store):
    add_document(store, bare_doc("pl-side", [("Radosław Sikorski", "PL")]))
    add_document(store, bare_doc("jp-side", [("Yoko Kamikawa", "JP")]))
    before = stories_by_doc(store)
    assert before["pl-side"] != before["jp-side"]  # nothing in common yet: kept apart
    add_document(store, bare_doc("both", [("Radosław Sikorski", "PL"), ("Yoko Kamikawa", "JP")]))
    after = stories_by_doc(store)
    assert after["pl-side"] == after["jp-side"] == after["both"]
