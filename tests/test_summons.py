"""Summoning an envoy and handing him a protest note is ACCUSE (PLOVER, SCHEMA.md) in every language, with
the envoy's state between the verb and the envoy; the press's own ministry, named without a state, makes
its state (HOME) the other party."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


@pytest.mark.parametrize("code,text,sides", [
    ("cs", "Ministerstvo zahraničí si předvolalo ruského velvyslance a předalo mu protestní nótu.", {"CZ", "RU"}),
    ("sk", "Ministerstvo zahraničných vecí si predvolalo ruského veľvyslanca a odovzdalo mu protestnú nótu.",
     {"SK", "RU"}),
    ("mk", "Министерството за надворешни работи го повика рускиот амбасадор и му врачи протестна нота.",
     {"MK", "RU"}),
    ("sl", "Ministrstvo za zunanje zadeve je na pogovor poklicalo ruskega veleposlanika in mu izročilo protestno "
           "noto.", {"SI", "RU"}),
    ("pl", "MSZ wezwało ambasadora Rosji i wręczyło mu notę protestacyjną.", {"PL", "RU"}),
    ("lv", "Ārlietu ministrija izsauca Krievijas vēstnieku un izteica protestu.", {"LV", "RU"}),
    ("bg", "Министерството на външните работи извика посланика на Русия и му връчи протестна нота.", {"BG", "RU"}),
])
def test_a_summons_with_a_protest_note_is_accuse_between_home_and_the_envoys_state(code, text, sides):
    ev = extract_document(Document(id="t", text="14.06.2024\n\n" + text), code).events[0]
    assert ev.type == "ACCUSE" and set(ev.countries) == sides


def test_a_ministry_with_a_state_of_its_own_is_not_the_homes():
    text = "14.06.2024\n\nМИД России выразил протест в связи с решением Японии ввести новые санкции."
    ev = extract_document(Document(id="t", text=text), "ru").events[0]
    assert set(ev.countries) == {"RU", "JP"}
    text = "14.06.2024\n\nMinisterstvo zahraničí Japonska předvolalo ruského velvyslance."
    ev = extract_document(Document(id="t", text=text), "cs").events[0]
    assert "CZ" not in ev.countries
