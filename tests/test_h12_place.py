"""Places and recalled events (issue 9, session h12): a dateline's town that no gazetteer lists, and an
envoy's posting, which is no place he visits."""
from __future__ import annotations

import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def events(text: str, lang: str, published: str | None = None):
    return extract_document(Document(id="t", text=text, published=published), language=lang).events


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


@pytest.mark.parametrize("lang,text,town", [
    ("hr", "Japan donirao opremu\n\nDONJI LAPAC, 14. svibnja 2012. (Hina) - Japanski veleposlanik Yoshio Tamura "
           "predao je danas načelniku općine Ivanu Horvatu vozilo za hitnu pomoć, donaciju Vlade Japana vrijednu "
           "80.000 eura.", "Donji Lapac"),
    ("sr", "Донација Јапана\n\nВладичин Хан – Амбасадор Јапана Јасуо Сато и председник општине Петар Петровић "
           "потписали су данас уговор о донацији Владе Јапана за дом здравља у Владичином Хану, вредан 90.000 "
           "евра.", "Vladičin Han"),
    ("sk", "Japonsko darovalo hasičské auto\n\nPODOLÍNEC, 3. mája 2019 (TASR) - Veľvyslanec Japonska Kenichi "
           "Suzuki odovzdal v piatok primátorovi mesta Jánovi Novákovi hasičské vozidlo, ktoré darovala vláda "
           "Japonska v rámci grantového programu.", "Podolínec"),
])
def test_a_dateline_town_no_gazetteer_lists_is_the_place(lang, text, town):
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text", [
    # a title case line before a dash, its word never named again: a heading, not a town
    ("hr", "Japan donirao opremu\n\nDonacija – Japanski veleposlanik Yoshio Tamura predao je danas načelniku "
           "općine Ivanu Horvatu vozilo za hitnu pomoć, donaciju Vlade Japana vrijednu 80.000 eura, 14. svibnja "
           "2012."),
])
def test_a_title_case_word_before_a_dash_is_no_town_unless_named_again(lang, text):
    assert city(text, lang) != "Donacija"


@pytest.mark.parametrize("lang,text,state", [
    # the ambassador "of Japan in Serbia" is posted there; the town he visits is the dateline's
    ("sr", "Донација Владе Јапана\n\nВладичин Хан – Министар Петар Петровић и амбасадор Јапана у Србији Јасуо "
           "Сато посетили су данас дом здравља у Владичином Хану, коме је Влада Јапана донирала опрему вредну "
           "90.000 евра.", "RS"),
])
def test_an_envoys_posting_is_no_visit_target(lang, text, state):
    loc = events(text, lang, "2015-12-21")[0].location
    assert (loc.city, loc.country) == ("Vladičin Han", state)


@pytest.mark.parametrize("lang,text,elsewhere", [
    ("pl", "Minister Jan Kowalski rozmawiał 2 lipca 2024 r. z ambasadorem Japonii Taro Yamadą o współpracy "
           "gospodarczej. Japonia będzie uczestniczyła w najbliższym szczycie NATO w Waszyngtonie, a ministrowie "
           "omówili także sytuację w Azji Wschodniej.", "Washington"),
    ("en", "Foreign Minister Jan Kowalski met Japanese Ambassador Taro Yamada on 2 July 2024 to discuss economic "
           "cooperation. Japan will take part in the upcoming NATO summit in Washington, and the two also "
           "discussed the situation in East Asia.", "Washington"),
])
def test_a_place_where_its_sentence_tells_what_is_to_come_is_not_the_events(lang, text, elsewhere):
    assert city(text, lang, "2024-07-02") != elsewhere


def test_an_announced_visit_keeps_its_planned_place():
    text = ("Premier Jan Kowalski złoży wizytę w Japonii w przyszłym tygodniu. Premier będzie rozmawiał w Tokio "
            "z premierem Japonii Fumio Kishidą o współpracy gospodarczej i bezpieczeństwie w regionie.")
    ev = events(text, "pl", "2024-07-02")[0]
    assert (ev.type, ev.location.city) == ("AGREE", "Tokyo")
