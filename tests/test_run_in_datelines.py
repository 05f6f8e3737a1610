"""A dateline run into the first sentence ("Warszawa, 12 marca 2024 r. – … przyjął w poniedziałek …") says
when and where the report was written: it dates no other time, so the lead's people stay; a place the
sentence names beats it; and "Москва, 5 декабря 2023 года. …" is a dateline too."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def event(text: str, code: str):
    doc = extract_document(Document(id="t", text=text), code)
    return doc, doc.events[0]


@pytest.mark.parametrize("code,text,people,country", [
    ("pl", "Warszawa, 12 marca 2024 r. – Wiceminister spraw zagranicznych Władysław Teofil Bartoszewski przyjął "
           "w poniedziałek ambasadora Japonii Akio Miyajimę. Rozmowa dotyczyła współpracy gospodarczej.",
     ["Władysław Teofil Bartoszewski", "Akio Miyajima"], "PL"),
    ("et", "Tallinn, 15. märts 2024 – Välisminister Margus Tsahkna kohtus neljapäeval Jaapani suursaadiku "
           "Kazuhiro Tsuboiga. Kohtumisel arutati julgeolekuolukorda.", ["Margus Tsahkna", "Kazuhiro Tsuboi"], "EE"),
    ("hr", "Zagreb, 11. travnja 2024. – Ministar vanjskih i europskih poslova Gordan Grlić Radman primio je u "
           "srijedu veleposlanika Japana Kazuhiro Fuchigamija.", ["Gordan Grlić Radman", "Kazuhiro Fuchigami"], "HR"),
])
def test_a_weekday_after_a_run_in_dateline_keeps_the_leads_people(code, text, people, country):
    _doc, ev = event(text, code)
    names = [p.name for p in ev.persons]
    assert all(n in names for n in people), names
    assert country in ev.countries and "JP" in ev.countries
    # the weekday before the dateline's day, not the dateline's day
    assert ev.date < _doc.published


def test_the_place_a_sentence_names_beats_the_dateline_city():
    _doc, ev = event("Berlin, 9. Mai 2024 – Der litauische Außenminister Gabrielius Landsbergis hat sich am "
                     "Mittwoch in Tokio mit seiner japanischen Amtskollegin Yoko Kamikawa getroffen.", "de")
    assert ev.location.city == "Tokyo" and ev.date == "2024-05-08"


def test_the_dateline_city_stands_when_no_other_place_is_named():
    _doc, ev = event("Tallinn, 15. märts 2024 – Välisminister Margus Tsahkna kohtus neljapäeval Jaapani "
                     "suursaadiku Kazuhiro Tsuboiga.", "et")
    assert ev.location.city == "Tallinn"


@pytest.mark.parametrize("code,text,published,date", [
    ("ru", "Москва, 5 декабря 2023 года. Заместитель министра иностранных дел России Андрей Руденко провел вчера "
           "встречу с послом Республики Корея Ли До Хуном.", "2023-12-05", "2023-12-04"),
    ("uk", "Київ, 14 лютого 2024 року. Міністр закордонних справ України Дмитро Кулеба у вівторок провів "
           "телефонну розмову з Міністром закордонних справ Японії Йоко Камікавою.", "2024-02-14", "2024-02-13"),
])
def test_a_dateline_closed_by_a_full_stop_dates_the_report(code, text, published, date):
    doc, ev = event(text, code)
    assert doc.published == published
    assert ev.date == date and len(doc.events) == 1


def test_a_sentence_opening_with_a_date_is_no_dateline():
    # a long paragraph, so that only a dateline's shape could make its date the publication's
    doc, _ev = event("Premier Donald Tusk spotkał się z premierem Japonii.\n\nW poniedziałek, 5 lutego 2024 r. "
                     "Rozmowy trwały dwie godziny i dotyczyły współpracy gospodarczej, bezpieczeństwa w regionie "
                     "Indo-Pacyfiku oraz wsparcia dla Ukrainy.", "pl")
    assert doc.published is None
