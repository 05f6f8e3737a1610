"""Event type and mode (h22 mode): presenting credentials with a verb of handing over is no aid; perfective futures of flying off (cs, sk) and a
tour (ro) announce a visit. Every case fails on the parent (main fc15e480) but the guards (test_guard_*)."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def first(text: str, code: str) -> str:
    """"TYPE" or "TYPE/mode" of the document's first event."""
    e = extract_document(Document(id="t", text=text), code).events[0]
    return f"{e.type}/{e.mode}" if e.mode else e.type


def test_credentials_handed_over_are_a_meeting_not_aid():
    text = ("На 11 јануари г-дин Казуја Оцука, амбасадор на Јапонија во Северна Македонија, му ги предаде "
            "акредитивните писма на претседателот Стево Пендаровски. Претседателот истакна дека Јапонија е меѓу "
            "најголемите донатори на Северна Македонија.")
    assert first(text, "mk").startswith("CONSULT")


# 3. a future announced with a perfective present of departing, or a tour to come
@pytest.mark.parametrize("code, text", [
    ("cs", "Premiér Andrej Babiš dnes večer odletí na několikadenní návštěvu Japonska. V plánu má schůzku s japonským "
           "premiérem Šinzó Abem."),
    ("sk", "Premiér Peter Pellegrini dnes večer odletí na niekoľkodňovú návštevu Japonska. V pláne má stretnutie "
           "s japonským premiérom Šinzóom Abem."),
])
def test_flying_off_tonight_announces_the_visit(code, text):
    assert first(text, code) == "AGREE"


def test_a_tour_to_come_is_announced():
    text = ("Premierul japonez Shinzo Abe a anunțat vineri că va efectua un turneu în mai multe state din Europa de "
            "Sud-Est. Vizita pe care Shinzo Abe o efectuează în țări precum România și Bulgaria este prima deplasare "
            "a unui premier japonez în aceste state.")
    assert first(text, "ro") == "AGREE"


def test_guard_a_visit_done_stays_a_visit():
    text = "Premiér Andrej Babiš včera přiletěl na návštěvu Japonska a setkal se s premiérem Šinzó Abem v Tokiu."
    assert first(text, "cs") == "CONSULT/visit"


# 4. two ministers of one grouping's states, none of its partner named, tell of the grouping's meeting
def test_two_v4_ministers_telling_of_the_groups_meeting_is_multilateral():
    text = ("Středoevropské země z uskupení visegrádská čtyřka (V4), do které patří Česko, Maďarsko, Polsko a "
            "Slovensko, chtějí prohloubit spolupráci s Koreou i mimo oblast obchodu. Po schůzce ministrů zahraničí "
            "pěti zemí v Bratislavě to řekl šéf slovenské diplomacie Miroslav Lajčák. Český ministr zahraničí Tomáš "
            "Petříček po jednání uvedl oblast umělé inteligence.")
    assert first(text, "cs") == "CONSULT/multilateral"


# 5. credentials handed over with words between the verb and them (SPLIT_TRIGGERS): the verb is no aid
@pytest.mark.parametrize("code, text", [
    ("sk", "Veľvyslanec Japonska Akira Mizutani odovzdal v utorok prezidentovi Petrovi Pellegrinimu poverovacie "
           "listiny. Prezident ocenil, že Japonsko je veľkým darcom humanitárnej pomoci."),
    ("mk", "Амбасадорот на Јапонија Акира Јамада во вторникот му ги предаде на претседателот Стево Пендаровски "
           "акредитивните писма. Претседателот истакна дека Јапонија е меѓу најголемите донатори."),
    ("de", "Der japanische Botschafter Akira Yamada übergab am Dienstag Bundespräsident Alexander Van der Bellen sein "
           "Beglaubigungsschreiben. Der Präsident dankte Japan für die humanitäre Hilfe und die Spenden."),
])
def test_credentials_handed_over_with_words_between_are_a_meeting(code, text):
    assert first(text, code).startswith("CONSULT")


def test_guard_a_document_signed_during_a_visit_stays_an_agreement():
    text = ("Foreign Minister Gabrielius Landsbergis signed during the visit of Japanese Foreign Minister Yoko Kamikawa "
            "an agreement on the protection of classified information.")
    assert first(text, "en") == "AGREE"


# 6. a date's or an abbreviation's point before a small letter closes no clause inside a split phrase
@pytest.mark.parametrize("code, text, want", [
    ("pl", "Ministerstwo Spraw Zagranicznych wezwało 12 marca 2024 r. ambasadora Rosji w związku z atakiem na "
           "konsulat Japonii.", "ACCUSE"),
    ("sk", "Veľvyslanec Japonska Akira Mizutani odovzdal 12. marca 2024 poverovacie listiny prezidentovi Petrovi "
           "Pellegrinimu. Prezident ocenil, že Japonsko je veľkým darcom humanitárnej pomoci.", "CONSULT"),
])
def test_a_date_inside_a_split_phrase(code, text, want):
    assert first(text, code).startswith(want)
