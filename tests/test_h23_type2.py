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


@pytest.mark.parametrize("lang,text,mode", [
    ("en", "Foreign Minister Radoslaw Sikorski spoke by phone on Monday with his Lithuanian and Ukrainian "
           "counterparts Kestutis Budrys and Andrii Sybiha.\n", "phone"),
    ("pl", "Minister spraw zagranicznych Radosław Sikorski rozmawiał w poniedziałek telefonicznie z szefami "
           "dyplomacji Litwy i Ukrainy, Kęstutisem Budrysem i Andrijem Sybihą.\n", "phone"),
    ("bg", "Външният министър Иван Петров разговаря по телефона с колегите си от Турция и Гърция\n\n"
           "Министърът на външните работи Иван Петров е разговарял по телефона с турския си колега Хакан Фидан, "
           "съобщават от външното министерство. Двамата министри са обсъдили двустранните отношения между България "
           "и Турция.\nПетров е провел телефонен разговор и с гръцкия външен министър Георгиос Герапетритис. "
           "Двамата са обсъдили двустранните отношения на София и Атина.\n", "phone"),
])
def test_plain_calls_with_two_states_are_calls(lang, text, mode):
    """Plain calls with counterparts of two states are calls (phone), not one multilateral meeting (a video
    conference of three, events.yaml CONFERENCE_CALL, still is)."""
    assert _main(text, lang).mode == mode


@pytest.mark.parametrize("lang,text", [
    ("cs", "Prezident Petr Pavel v pondělí vyzval Putina a Bidena na summit v Praze.\n"),
    ("cs", "Ministr zahraničí Jan Lipavský vyzval slovenského kolegu Juraje Blanára na návštěvu Prahy.\n"),
    ("sk", "Prezident Peter Pellegrini v pondelok vyzval Putina a Bidena na summit v Bratislave.\n"),
])
def test_called_to_a_summit_is_an_invitation(lang, text):
    """A verb of calling with a meeting in the accusative of destination ("vyzval … na summit") invites: AGREE."""
    assert _main(text, lang).type == "AGREE"


@pytest.mark.parametrize("lang,text", [
    ("pl", "Sekretarz generalny ONZ António Guterres podjął w poniedziałek misję mediacyjną między Serbią a Kosowem.\n"),
    ("de", "Der türkische Außenminister Hakan Fidan setzte am Montag seine Vermittlungsmission zwischen Russland und "
           "der Ukraine fort.\n"),
    ("ru", "Министр иностранных дел Турции Хакан Фидан в понедельник продолжил посредническую миссию между Россией и "
           "Украиной.\n"),
])
def test_mediation_mission_is_talks(lang, text):
    """A mediation mission or shuttle diplomacy is talks (CONSULT), in other languages as in en."""
    assert _main(text, lang).type == "CONSULT"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Министерство иностранных дел России назвало недопустимыми заявления посла Эстонии Маргуса Лайдре.\n"),
    ("cs", "Ministerstvo zahraničí označilo výroky ruského velvyslance Alexandra Zmejevského za nepřípustné.\n"),
    ("bg", "Министерството на външните работи определи като недопустимо изказването на руския посланик Елеонора "
           "Митрофанова.\n"),
])
def test_inadmissible_is_a_verdict(lang, text):
    """'Inadmissible' ("недопустимо", "nepřípustné") judges as 'unacceptable' does: ACCUSE."""
    assert _main(text, lang).type == "ACCUSE"
