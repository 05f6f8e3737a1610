"""h23/type2: the PLOVER type of events[0] when a summoned envoy is received at the ministry."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def _main(text: str, lang: str):
    doc = extract_document(Document(id="t", text=text), language=lang)
    assert doc.events
    return doc.events[0]


@pytest.mark.parametrize("lang,text", [
    ("cs", "Ministr zahraničí nechal předvolat běloruského velvyslance, přijal ho náměstek\n\nMinistr zahraničí "
           "Petr Novák v pondělí nechal předvolat běloruského velvyslance Igora Sokola kvůli incidentu na hranici. "
           "Velvyslanec dorazil na ministerstvo odpoledne, přijal ho náměstek ministra Jan Dvořák.\n"),
    ("sk", "Minister nechal predvolať ruského veľvyslanca, prijal ho štátny tajomník\n\nMinister zahraničných vecí "
           "Ján Horváth v utorok nechal predvolať ruského veľvyslanca Igora Petrova kvôli dronom. Veľvyslanca na "
           "ministerstve prijal štátny tajomník Marek Kováč.\n"),
    ("pl", "MSZ postanowiło wezwać ambasadora Rosji, przyjął go wiceminister\n\nMinister spraw zagranicznych Jan "
           "Kowalski postanowił we wtorek wezwać ambasadora Rosji Siergieja Andriejewa w związku z naruszeniem "
           "przestrzeni powietrznej. Ambasadora przyjął wiceminister Marek Nowak.\n"),
])
def test_summoned_envoy_received_is_the_summons(lang, text):
    """A summoned envoy received by a deputy minister: the reception is the summons (ACCUSE), no meeting."""
    assert _main(text, lang).type == "ACCUSE"
