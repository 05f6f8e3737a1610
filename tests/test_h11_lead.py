"""Session h11's mechanisms of place and time, met in real press excerpts no rule had seen: constructed
press sentences, each failing on the code before its mechanism."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def events(text: str, code: str, url: str | None = None):
    return extract_document(Document(id="t", text=text, url=url), code).events


@pytest.mark.parametrize("code,text,city", [
    # the lead's visit names the state, a later arrival its city; a plan after the arrival is another verb
    ("uk", "Міністр закордонних справ Японії прибув до України\n16.11.2024\nМіністр закордонних справ Японії "
           "Такеші Івая прибув до України з неоголошеним візитом. Про це інформує агентство.\nМіністр прибув до "
           "Львова потягом з Польщі і планує провести переговори з українським колегою.", "Lviv"),
    ("en", "Japanese minister arrives in Ukraine\n16 November 2024\nJapan's foreign minister Takeshi Iwaya arrived "
           "in Ukraine on an unannounced visit, the agency reported.\nThe minister arrived in Lviv by train from "
           "Poland and plans to hold talks with his Ukrainian counterpart.", "Lviv"),
])
def test_a_later_arrival_places_a_visit_to_a_state_in_its_city(code, text, city):
    assert events(text, code)[0].location.city == city


@pytest.mark.parametrize("code,text", [
    # a plan told before the verb of visiting still makes the visit a future one: no city from it
    ("uk", "Міністр закордонних справ Японії прибув до України\n16.11.2024\nМіністр закордонних справ Японії "
           "Такеші Івая прибув до України з неоголошеним візитом.\nМіністр планує прибути до Львова потягом "
           "з Польщі."),
    ("en", "Japanese minister arrives in Ukraine\n16 November 2024\nJapan's foreign minister Takeshi Iwaya arrived "
           "in Ukraine on an unannounced visit.\nThe minister plans to visit Lviv next week."),
])
def test_a_planned_arrival_does_not_place_the_visit(code, text):
    assert events(text, code)[0].location.city != "Lviv"
