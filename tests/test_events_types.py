"""Event type from evidence: trigger words, what a speech act governs, and no type without a trigger."""
from __future__ import annotations

from collections import Counter

import pytest

from kronika.events.region import Region
from kronika.events.types import choose_type, governed, pick_type
from kronika.nlp.analyze import analyze


def type_of(text: str, lang: str) -> str | None:
    a = analyze(text, lang)
    return choose_type(a, Region(0, len(text), len(text)), 0)[0]


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministry published its annual report on the state of the economy."),
    ("pl", "Ministerstwo opublikowało roczny raport o stanie gospodarki."),
    ("de", "Das Ministerium veröffentlichte seinen Jahresbericht über die Lage der Wirtschaft."),
    ("ru", "Министерство опубликовало годовой доклад о состоянии экономики."),
    ("cs", "Ministerstvo zveřejnilo výroční zprávu o stavu hospodářství."),
])
def test_a_sentence_without_a_meeting_is_not_consult(lang, text):
    assert type_of(text, lang) is None


@pytest.mark.parametrize("lang,text", [
    ("en", "The two foreign ministers met in Warsaw."),
    ("pl", "Ministrowie spraw zagranicznych spotkali się w Warszawie."),
    ("de", "Die beiden Außenminister trafen sich in Warschau zu einem Gespräch."),
    ("ru", "Министры иностранных дел провели переговоры в Варшаве."),
])
def test_a_meeting_is_consult(lang, text):
    assert type_of(text, lang) == "CONSULT"


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Warsaw rejected an offer of talks from Minsk.", "REJECT"),
    ("en", "The opposition demanded support from the government.", "REQUEST"),
    ("en", "Tokyo rejected a request to send observers.", "REJECT"),
    ("pl", "Warszawa odrzuciła propozycję rozmów z Mińskiem.", "REJECT"),
    ("ru", "Москва отвергла предложение о переговорах.", "REJECT"),
    ("cs", "Praha odmítla nabídku rozhovorů.", "REJECT"),
])
def test_a_speech_act_governs_its_object(lang, text, kind):
    assert type_of(text, lang) == kind


def test_a_clause_break_ends_what_a_trigger_governs():
    text = "The minister rejected the claims, and the two sides met in Tokyo."
    a = analyze(text, "en")
    trig = sorted(a.triggers, key=lambda m: m.start)
    assert [m.key for m in trig] == ["REJECT", "CONSULT"]
    assert governed(a, trig) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministry summoned the ambassador of Russia."),
    ("pl", "MSZ wezwało ambasadora Rosji i wręczyło notę protestacyjną."),
    ("de", "Das Auswärtige Amt hat den russischen Botschafter einbestellt."),
])
def test_summoning_an_ambassador_is_accuse(lang, text):
    assert type_of(text, lang) == "ACCUSE"


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of demonstrators rallied in front of the parliament."),
    ("pl", "Tysiące demonstrantów zebrało się przed parlamentem."),
])
def test_a_street_demonstration_is_protest(lang, text):
    assert type_of(text, lang) == "PROTEST"


def test_pick_type_keeps_a_meeting_unless_another_type_clearly_dominates():
    assert pick_type(Counter()) is None
    assert pick_type(Counter({"CONSULT": 2, "COOPERATE": 3})) == "CONSULT"  # cooperation is said of every meeting
    assert pick_type(Counter({"CONSULT": 2, "AGREE": 2.5})) == "CONSULT"
    assert pick_type(Counter({"CONSULT": 2, "AGREE": 4})) == "AGREE"
    assert pick_type(Counter({"REJECT": 2})) == "REJECT"


def test_adjacent_triggers_of_one_type_count_once():
    text = "Signing of the Grant Assistance contract"
    a = analyze(text, "en")
    assert type_of(text, "en") == "AGREE" and {m.key for m in a.triggers} >= {"AGREE", "AID"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Seoul offered to hold talks with Tokyo."),
    ("pl", "Warszawa zaproponowała rozmowy z Tokio."),
    ("ru", "Москва предложила провести переговоры с Токио."),
])
def test_an_offer_of_talks_is_agree_not_a_meeting(lang, text):
    assert type_of(text, lang) == "AGREE"


def _extracted_type(text: str, lang: str) -> str | None:
    from kronika.events.document import extract_document
    from kronika.model import Document
    return extract_document(Document("t", text), lang).events[0].type


@pytest.mark.parametrize("lang,text,kind", [
    # an intention about cooperation, stated after a meeting, announces no visit: the meeting stays CONSULT
    ("en", "Estonia and Japan discussed cooperation\nEstonia and Japan plan to expand cooperation, the speaker "
           "of parliament said after his meeting with the Japanese ambassador.", "CONSULT"),
    ("ru", "Россия и Япония обсудили сотрудничество\nРоссия и Япония намерены развивать сотрудничество, заявил "
           "спикер после встречи с послом Японии.", "CONSULT"),
    # the same cue before a meeting's trigger announces it: an agreement to meet
    ("en", "Estonia and Japan to meet\nThe Japanese foreign minister plans to visit Tallinn, the ministry said.",
     "AGREE"),
])
def test_a_future_cue_announces_a_meeting_only_when_it_governs_one(lang, text, kind):
    assert _extracted_type(text, lang) == kind


@pytest.mark.parametrize("lang,text", [
    ("ru", "Москва, 14 мая 2024 года. Министр иностранных дел России Сергей Лавров провел переговоры с министром "
           "иностранных дел КНДР Чве Сон Хи. Стороны подписали план обменов. Кроме того, Лавров осудил санкции "
           "Японии против России."),
    ("cs", "Praha, 14. května 2024 – Ministr zahraničí Jan Lipavský přijal japonskou ministryni zahraničí Jóko "
           "Kamikawu. Oba ministři podepsali memorandum o spolupráci. Japonsko také odsoudilo severokorejské "
           "raketové testy."),
])
def test_the_first_sentence_that_tells_something_tells_the_main_event(lang, text):
    """A meeting told first is not outvoted by a signing and a condemnation later in the lead."""
    assert _extracted_type(text, lang) == "CONSULT"


def test_a_headline_repeated_above_the_text_is_not_its_first_sentence():
    text = ("Otvoreno novo poglavlje ekonomske saradnje sa Republikom Korejom\n\n"
            "SEUL - Premijerka Srbije Ana Brnabić počela je danas zvaničnu posetu Republici Koreji sastankom sa "
            "predsednikom Vlade te zemlje. Razgovarali su o saradnji i o investicijama.")
    assert _extracted_type(text, "sr") == "CONSULT"


def test_a_phrase_of_one_type_keeps_the_mode_its_second_word_tells():
    text = "12 czerwca 2024\n\nW poniedziałek minister Radosław Sikorski rozmawiał telefonicznie z ministrem Japonii."
    from kronika.events.document import extract_document
    from kronika.model import Document

    ev = extract_document(Document("t", text), "pl").events[0]
    assert (ev.type, ev.mode) == ("CONSULT", "phone")


@pytest.mark.parametrize("lang,text,kind", [
    ("et", "Peaminister Kristen Michal võttis esmaspäeval Stenbocki majas vastu Jaapani suursaadiku.", "CONSULT"),
    ("de", "Außenminister Alexander Schallenberg rief am Montag seine japanische Amtskollegin Yoko Kamikawa an.",
     "CONSULT/phone"),
    ("de", "Bundeskanzler Karl Nehammer traf am Montag in Wien mit dem japanischen Premierminister zusammen.",
     "CONSULT"),
])
def test_a_separable_verb_with_its_particle_later_in_the_clause_is_a_trigger(lang, text, kind):
    keys = [m.key for m in analyze(text, lang).triggers]
    assert kind in keys, keys


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenminister Alexander Schallenberg sprach am Montag an der Universität Tokio über Japan."),
    ("de", "Der Botschafter rief zur Zusammenarbeit auf. Danach sprach er an der Universität."),
    ("et", "Peaminister võttis sõna. Seejärel räägiti vastu võetud seadusest."),
])
def test_a_particle_elsewhere_makes_no_split_verb(lang, text):
    keys = [m.key for m in analyze(text, lang).triggers]
    assert "CONSULT/phone" not in keys and "CONSULT" not in keys, keys


@pytest.mark.parametrize("lang,text", [
    ("en", "The Japanese ambassador presented his credentials to the President of Latvia."),
    ("pl", "Ambasador Japonii złożył listy uwierzytelniające na ręce prezydenta RP."),
    ("cs", "Japonský velvyslanec předal pověřovací listiny prezidentovi republiky."),
    ("de", "Der japanische Botschafter überreichte sein Beglaubigungsschreiben dem Bundespräsidenten."),
    ("lt", "Japonijos ambasadorius įteikė skiriamuosius raštus Respublikos Prezidentui."),
])
def test_presenting_credentials_is_a_meeting(lang, text):
    assert type_of(text, lang) == "CONSULT"


def test_a_call_is_a_call_whatever_the_phrase_calls_it():
    text = ("Japan-Ukraine Summit Telephone Talk\n\nOn March 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
            "telephone talk with H.E. Mr. Volodymyr Zelenskyy, President of Ukraine.")
    from kronika.events.document import extract_document
    from kronika.model import Document

    assert extract_document(Document("t", text), "en").events[0].mode == "phone"


@pytest.mark.parametrize("lang,text,kind", [
    # refraining from an act is not the act; the next trigger of the clause is no longer its object
    ("pl", "Japonia powstrzymała się od krytyki Rosji. Premier Abe zapewnił Ukrainę o poparciu.", "SUPPORT"),
    ("en", "Japan refrained from criticising Russia and expressed support for Ukraine.", "SUPPORT"),
    ("ru", "Япония воздержалась от критики России и выразила поддержку Украине.", "SUPPORT"),
    # a circumstance ("in the face of criticism") is not the event
    ("de", "Angesichts der Kritik an Russland trafen sich die Außenminister Japans und der Ukraine in Tokio.",
     "CONSULT"),
    ("pl", "W obliczu krytyki ze strony USA ministrowie Japonii i Ukrainy spotkali się w Tokio.", "CONSULT"),
    # without the refraining word the criticism is the event
    ("en", "Japan criticised Russia over the incident in the Sea of Azov.", "ACCUSE"),
])
def test_not_governs_its_object_and_counts_for_no_type(lang, text, kind):
    assert type_of(text, lang) == kind


def test_pick_type_of_equal_weights_takes_the_one_told_first():
    score = Counter({"ACCUSE": 1.0, "REQUEST": 1.0})
    assert pick_type(score, first_at={"ACCUSE": 10, "REQUEST": 90}) == "ACCUSE"
    assert pick_type(score, first_at={"ACCUSE": 90, "REQUEST": 10}) == "REQUEST"


def test_cooperation_confirmed_at_a_call_told_further_down_is_the_call():
    assert pick_type(Counter({"COOPERATE": 6.0, "CONSULT": 0.3})) == "CONSULT"
    assert pick_type(Counter({"COOPERATE": 6.0})) == "COOPERATE"
    assert pick_type(Counter({"AGREE": 6.0, "CONSULT": 0.3})) == "AGREE"
