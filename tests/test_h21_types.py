"""Event type (h21 types): an act said at a meeting named as its setting is the meeting's, thanks govern the aid
thanked for, an official invitation accepted is an agreement, "Belarus's" is Belarus.
Every case fails on the parent (main 69879e36) but the guards, whose names start with test_guard_."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def first(text: str, code: str) -> str:
    """"TYPE" or "TYPE/mode" of the document's first event."""
    e = extract_document(Document(id="t", text=text), code).events[0]
    return f"{e.type}/{e.mode}" if e.mode else e.type


# 1. a condemnation or a call made in a call or meeting named before it as its setting (events.yaml SETTING)
@pytest.mark.parametrize("code, text", [
    ("de", "Die Außenminister Japans und Polens haben in einem Telefonat den jüngsten Raketenstart Nordkoreas scharf "
           "verurteilt und weitere Schritte erörtert."),
    ("pl", "Ministrowie spraw zagranicznych Polski i Japonii podczas rozmowy telefonicznej stanowczo potępili "
           "kolejny test rakietowy Korei Północnej."),
    ("cs", "Ministři zahraničí Česka a Japonska během telefonického rozhovoru ostře odsoudili další raketový test "
           "Severní Koreje."),
    ("en", "During the phone call, the foreign ministers of Japan and Poland strongly condemned North Korea's "
           "latest missile launch."),
])
def test_an_act_at_a_meeting_named_first_is_the_meeting(code, text):
    assert first(text, code) == "CONSULT/phone"


def test_a_condemnation_at_a_meeting_in_tokyo_is_the_meeting():
    text = ("Глава МИД Японии на встрече с министром иностранных дел Польши в Токио решительно осудил новый ракетный "
            "пуск КНДР и призвал Пхеньян прекратить провокации.")
    assert first(text, "ru").startswith("CONSULT")


def test_guard_a_meeting_after_the_act_may_be_what_it_is_about():
    text = "The Polish foreign minister today accused Russia of open blackmail in the negotiations on the grain corridor."
    assert first(text, "en") == "ACCUSE"


def test_guard_consultations_still_to_come_set_no_protest():
    text = ("Министарство спољних послова Србије упутило је јуче протестну ноту Јапану. Амбасадор ће после предаје "
            "протестне ноте отпутовати у Београд на консултације.")
    assert first(text, "sr") == "ACCUSE"


# 2. thanks govern the aid or backing thanked for: it was given before, the meeting is the event
@pytest.mark.parametrize("code, text", [
    ("en", "Poposki thanks Japan for humanitarian aid\n"
           "Foreign Minister Nikola Poposki met Japan's ambassador Ichiro Tanaka on Friday in Skopje."),
    ("hr", "Grlić Radman zahvalio Japanu na humanitarnoj pomoći\n"
           "Ministar vanjskih poslova Gordan Grlić Radman primio je u petak japanskog veleposlanika Ichira Tanaku."),
])
def test_thanks_for_aid_leave_the_meeting(code, text):
    assert first(text, code).startswith("CONSULT")


@pytest.mark.parametrize("code, text, person", [
    ("cs", "Ministr zahraničí Jan Lipavský poděkoval polskému předsednictví za organizaci setkání s japonským "
           "ministrem zahraničí Takešim Iwajou ve Varšavě.", "Takeshi Iwaya"),
    ("en", "Foreign Minister Radosław Sikorski thanked the presidency for organising the meeting with Japanese "
           "Foreign Minister Takeshi Iwaya in Warsaw on Monday.", "Takeshi Iwaya"),
])
def test_thanks_for_organising_a_meeting_keep_it(code, text, person):
    """Thanks govern what was given (NOT/thanks), never a meeting after them: it was held, its people take part."""
    e = extract_document(Document(id="t", text=text), code).events[0]
    assert e.type == "CONSULT" and person in [p.name for p in e.persons]


# 3. an official invitation accepted: not a reception before an invitation
@pytest.mark.parametrize("code, text", [
    ("ru", "Глава МИД Польши принял официальное приглашение посетить Японию в следующем году, сообщил японский "
           "посол в Варшаве."),
    ("sk", "Minister zahraničných vecí Juraj Blanár prijal oficiálne pozvanie navštíviť Japonsko, oznámil japonský "
           "veľvyslanec."),
])
def test_an_official_invitation_accepted_is_an_agreement(code, text):
    assert first(text, code) == "AGREE"


# 4. the possessive of a name ending in -s, written "'s"
def test_belarus_possessive_with_s():
    e = extract_document(Document(id="t", text="Japan rejected recent calls by Belarus's rulers for economic aid."),
                         "en").events[0]
    assert e.countries == ["BY", "JP"]


# 5. two sides met in a third state's town, the talks naming a further state (the topic): the sidelines
def test_two_sides_in_a_third_state_are_third_party():
    text = ("Polens und Japans Außenminister haben über Nordkorea gesprochen.\n"
            "Radosław Sikorski traf am Montag in Peking am Rande eines Asien-Forums seinen Amtskollegen Takeshi Iwaya. "
            "Beide erörterten Schritte der Vereinten Nationen, falls Nordkorea erneut Raketen testet.")
    assert first(text, "de") == "CONSULT/third-party"


# 6. a refusal to sign (PLOVER REJECT), not the treaty it refuses
@pytest.mark.parametrize("code, text", [
    ("ru", "Япония не подпишет мирный договор с Россией без решения территориального вопроса, заявил премьер-министр."),
    ("pl", "Japonia nie podpisze umowy handlowej z Rosją, oświadczył w piątek japoński minister gospodarki."),
])
def test_a_refusal_to_sign_rejects(code, text):
    assert first(text, code) == "REJECT"
