"""Issue 9, dates (h13): which day, month and year the main event's date takes."""
from __future__ import annotations

import datetime as dt

import pytest

from kronika.nlp.dates import find_dates, resolve

JULY = dt.date(2024, 7, 10)  # a Wednesday


def _extract(code: str, text: str, published: dt.date | None = JULY, url: str | None = None):
    from kronika.events.document import extract_document
    from kronika.model import Document

    return extract_document(Document(id="t", text=text, url=url), code, published=published)


# --- verbs of wanting, considering and inviting put a bare month, day or weekday ahead ---

@pytest.mark.parametrize("code,text", [
    ("hu", "Szijjártó Péter külügyminiszter októberben Tokióba akar látogatni."),
    ("hu", "A miniszter szeretne októberben Japánba utazni."),
    ("ru", "Министр иностранных дел хочет посетить Токио в октябре."),
    ("ru", "МИД рассматривает возможность визита министра в Москву в октябре."),
    ("pl", "Minister spraw zagranicznych chce odwiedzić Tokio w październiku."),
    ("de", "Die Außenministerin hat ihre Amtskollegin eingeladen, im Oktober Berlin zu besuchen."),
    ("cs", "Ministr chce v říjnu navštívit Tokio."),
    ("bg", "Министърът иска да посети Токио през октомври."),
])
def test_a_month_a_visit_is_wanted_in_is_still_to_come(code, text):
    dm = next(d for d in find_dates(text, code) if d.kind == "month")
    assert resolve(dm, JULY).date == dt.date(2024, 10, 1)


@pytest.mark.parametrize("code,text", [
    ("hu", "A miniszter októberben Tokióba látogatott."),
    ("ru", "Министр иностранных дел посетил Токио в октябре."),
    ("pl", "Minister spraw zagranicznych odwiedził Tokio w październiku."),
])
def test_a_month_of_a_visit_done_is_still_the_last(code, text):
    """Guard: without a wish or a future, "in October" said in July is last October's."""
    dm = next(d for d in find_dates(text, code) if d.kind == "month")
    assert resolve(dm, JULY).date == dt.date(2023, 10, 1)


@pytest.mark.parametrize("code,text", [
    ("hu", "Szijjártó Péter októberben Tokióba akar látogatni\n\nSzijjártó Péter külügyminiszter októberben "
           "Tokióba akar látogatni, ahol japán kollégájával, Kamikava Jokóval tárgyalna."),
    ("ru", "Лавров хочет посетить Токио в октябре\n\nМинистр иностранных дел России Сергей Лавров хочет посетить "
           "Токио в октябре и встретиться с японским коллегой Ёко Камикавой, сообщил источник."),
    ("pl", "Sikorski chce odwiedzić Tokio w październiku\n\nMinister spraw zagranicznych Radosław Sikorski chce "
           "odwiedzić Tokio w październiku i spotkać się z japońską minister Yoko Kamikawą – poinformował rzecznik."),
])
def test_a_wished_visit_is_not_dated_to_last_years_month(code, text):
    ev = _extract(code, text).events[0]
    assert ev.date == JULY.isoformat()
