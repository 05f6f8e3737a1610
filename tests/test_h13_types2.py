"""Event type and CONSULT mode in the least-probed languages (h13 types2): future cues of the conditional
("should visit", "soon"), summonses to the foreign ministry and present-tense visit verbs."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def first_type(text: str, code: str) -> str | None:
    """The PLOVER type of the document's first event."""
    evs = extract_document(Document(id="t", text=text), code).events
    return evs[0].type if evs else None


@pytest.mark.parametrize("code, text", [
    # a conditional of "should" (trebao bi, турэба да) announces the visit: an agreement to meet
    ("hr", "date 2021-03-02 Predsjednik Finske Sauli Niinistö trebao bi u svibnju posjetiti Hrvatsku, "
           "gdje će ga primiti predsjednik Zoran Milanović."),
    ("hr", "date 2021-03-02 Predsjednik Finske Sauli Niinistö uskoro u posjeti Hrvatskoj."),
    ("mk", "date 2021-03-02 Претседателот на Финска Саули Нинисте треба да ја посети Северна Македонија, "
           "каде ќе се сретне со претседателот Стево Пендаровски."),
    ("et", "date 2021-03-02 Soome president Sauli Niinistö peaks mais külastama Eestit ja kohtuma president "
           "Kersti Kaljulaidiga."),
    ("lt", "date 2021-03-02 Suomijos prezidentas Sauli Niinistö turėtų gegužę lankytis Lietuvoje ir "
           "susitikti su prezidentu Gitanu Nausėda."),
    ("ro", "date 2021-03-02 Președintele Finlandei, Sauli Niinistö, ar urma să viziteze România în mai."),
])
def test_a_should_or_soon_visit_is_announced(code, text):
    assert first_type(text, code) == "AGREE"


@pytest.mark.parametrize("code, text", [
    ("hr", "date 2021-03-02 Predsjednik Finske Sauli Niinistö posjetio je Hrvatsku i sastao se s "
           "predsjednikom Zoranom Milanovićem."),
    ("et", "date 2021-03-02 Soome president Sauli Niinistö külastas Eestit ja kohtus president Kersti Kaljulaidiga."),
])
def test_a_visit_done_stays_a_meeting(code, text):
    """Guard: the past tense keeps CONSULT."""
    assert first_type(text, code) == "CONSULT"


@pytest.mark.parametrize("code, text", [
    # called to the foreign ministry, with no "out" particle: a summons (ACCUSE)
    ("et", "date 2022-02-22 Venemaa saatkonna ajutine asjur kutsuti teisipäeval välisministeeriumisse, kus "
           "talle tehti teatavaks, et Eesti mõistab hukka Ukraina suveräänsuse rikkumise."),
    ("et", "date 2022-02-22 Välisministeerium kutsus teisipäeval välisministeeriumi Venemaa suursaadiku."),
    # the perfect participle of "izsaukt" (has summoned): also a summons
    ("lv", "date 2022-03-15 Krievijas Ārlietu ministrija otrdien izsaukusi Latvijas vēstnieku saistībā ar "
           "Latvijas lēmumu par diplomātu izraidīšanu."),
    ("lv", "date 2022-03-15 Ārlietu ministrija otrdien ir izsaukusi Krievijas vēstnieku Mihailu Vaņinu."),
])
def test_a_summons_to_the_ministry_is_a_diplomatic_protest(code, text):
    assert first_type(text, code) == "ACCUSE"


@pytest.mark.parametrize("code, text", [
    # the Estonian present and ma-infinitive tell a visit as the past does ("külastab", "külastama")
    ("et", "date 2021-03-02 Soome president Sauli Niinistö külastab teisipäeval Tallinna, teatas presidendi kantselei."),
])
def test_an_estonian_present_visit_is_a_trigger(code, text):
    assert first_type(text, code) in ("CONSULT", "AGREE")


@pytest.mark.parametrize("code, text", [
    # a message of congratulation is backing (SUPPORT), as "congratulated" is in English
    ("mk", "date 2023-05-29 Претседателот Стево Пендаровски му честиташе на турскиот претседател Реџеп Таип "
           "Ердоган за изборната победа."),
    ("hr", "date 2023-05-29 Predsjednik Zoran Milanović čestitao je turskom predsjedniku Recepu Tayyipu "
           "Erdoğanu na izbornoj pobjedi."),
    ("hu", "date 2023-05-29 Novák Katalin köztársasági elnök gratulált Recep Tayyip Erdoğan török elnöknek "
           "a választási győzelméhez."),
    ("ro", "date 2023-05-29 Președintele Klaus Iohannis l-a felicitat pe președintele turc Recep Tayyip Erdoğan "
           "pentru victoria în alegeri."),
    ("lv", "date 2023-05-29 Valsts prezidents Egils Levits apsveica Turcijas prezidentu Redžepu Tajipu "
           "Erdoganu ar uzvaru vēlēšanās."),
])
def test_a_congratulation_is_support(code, text):
    assert first_type(text, code) == "SUPPORT"


@pytest.mark.parametrize("code, text", [
    # what a request asks for, in the clause its comma opens, is no meeting of its own
    ("sk", "date 2025-03-12 Slovenský minister obrany Robert Kaliňák vyzval Rusko, aby prijalo návrh na prímerie."),
    ("lv", "date 2025-03-12 Ārlietu ministrs Edgars Rinkēvičs aicināja Krieviju, lai tā sāktu sarunas ar Ukrainu."),
    ("hu", "date 2025-03-12 Szijjártó Péter felszólította Oroszországot, hogy tárgyaljon Ukrajnával."),
])
def test_a_request_governs_its_object_clause(code, text):
    assert first_type(text, code) == "REQUEST"


@pytest.mark.parametrize("code, text", [
    # accepting an invitation is agreeing to come, not receiving a guest
    ("sk", "date 2024-11-27 Premiér Robert Fico prijal pozvanie ruského prezidenta Vladimira Putina na oslavy v Moskve."),
    ("lv", "date 2024-11-27 Ministru prezidente Evika Siliņa pieņēma uzaicinājumu no Japānas premjerministra Fumio Kišidas."),
])
def test_an_accepted_invitation_is_agreement(code, text):
    assert first_type(text, code) == "AGREE"


def test_a_slovene_hand_over_is_aid_but_credentials_are_a_meeting():
    """'predala generatorje' is aid, as Slovak 'odovzdal' is; 'predal poverilna pisma' stays a meeting."""
    assert first_type("date 2023-05-10 Zunanja ministrica Tanja Fajon je ukrajinskemu veleposlaniku Andriju Taranu "
                      "predala tri generatorje za Ukrajino.", "sl") == "AID"
    assert first_type("date 2023-05-10 Novi japonski veleposlanik Hiroši Tanaka je predsednici Nataši Pirc Musar "
                      "predal poverilna pisma.", "sl") == "CONSULT"


@pytest.mark.parametrize("code, text", [
    # "will not visit" after an invitation: the visit is declined (REJECT), not agreed
    ("sk", "date 2014-08-21 Ruský prezident Vladimir Putin nenavštívi Slovensko pri príležitosti osláv výročia, "
           "na ktoré ho pozval prezident Ivan Gašparovič."),
    ("hr", "date 2014-08-21 Ruski predsjednik Vladimir Putin neće posjetiti Hrvatsku, iako ga je pozvao "
           "predsjednik Ivo Josipović."),
    ("sl", "date 2014-08-21 Ruski predsednik Vladimir Putin ne bo obiskal Slovenije, čeprav ga je povabil "
           "predsednik Borut Pahor."),
])
def test_a_visit_that_will_not_happen_is_declined(code, text):
    assert first_type(text, code) == "REJECT"
