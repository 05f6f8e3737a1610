"""Event type and CONSULT mode (h16 types2): a visit "at the invitation of" someone is a visit, not an
invitation; a meeting planned or told for today under a dateline is announced (AGREE); a grouping named
beside a meeting of two people of two states makes no forum."""
import pytest

from kronika.events.document import extract_document
from kronika.events.extract import choose_mode
from kronika.model import Document
from kronika.model import Location


def first_event(text: str, code: str):
    """The document's first event."""
    return extract_document(Document(id="t", text=text), code).events[0]


@pytest.mark.parametrize("code, text", [
    ("ru", "По приглашению Сергея Лаврова\ndate 2019-08-13 По приглашению министра иностранных дел России "
           "Сергея Лаврова в Москву прибыл министр иностранных дел Японии Таро Коно."),
    ("uk", "На запрошення Андрія Сибіги\ndate 2019-08-13 На запрошення міністра закордонних справ України "
           "Андрія Сибіги до Києва прибув міністр закордонних справ Японії Такеші Івая."),
    ("bg", "По покана на Екатерина Захариева\ndate 2019-08-13 По покана на министъра на "
           "външните работи Екатерина Захариева в София пристигна министърът на външните работи на Япония Таро Коно."),
    ("pl", "Minister Japonii w Warszawie\ndate 2019-08-13 Na zaproszenie ministra spraw zagranicznych Jacka "
           "Czaputowicza do Warszawy przybył minister spraw zagranicznych Japonii Taro Kono."),
    ("cs", "Japonský ministr v Praze\ndate 2019-08-13 Na pozvání ministra zahraničí Tomáše Petříčka přicestoval "
           "do Prahy japonský ministr zahraničí Taró Kóno."),
    ("en", "At the invitation of Ekaterina Zaharieva\ndate 2019-08-13 At the invitation of Foreign Minister Ekaterina "
           "Zaharieva, Japan's Foreign Minister Taro Kono arrived in Sofia."),
    ("hu", "Szijjártó Péter meghívására Budapestre érkezett\ndate 2019-08-13 Szijjártó Péter külgazdasági és "
           "külügyminiszter meghívására Budapestre érkezett Kono Taro japán külügyminiszter."),
    ("et", "Urmas Reinsalu kutsel saabus Tallinna\ndate 2019-08-13 Välisminister Urmas Reinsalu kutsel saabus "
           "Tallinna Jaapani välisminister Taro Kono."),
    ("ja", "date 2025-02-10 2025年2月10日、ヴィストゥルチル上院議長が関口参議院議長の招待により日本を公式訪問しました。"),
    ("ko", "date 2015-05-06 게오르기 블로가예프 불가리아 외교장관이 윤병세 외교부 장관의 초청으로 한국을 방문했다."),
])
def test_a_visit_at_someones_invitation_is_a_visit(code, text):
    ev = first_event(text, code)
    assert (ev.type, ev.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize("code, text", [
    ("ru", "Глава МИД Японии направляется в Украину\ndate 2013-08-20 Глава МИД Японии запланировал визит в "
           "Украину на ближайшие дни, сообщили в МИД Украины."),
    ("uk", "Глава МЗС Японії їде до України\ndate 2013-08-20 Глава МЗС Японії запланував візит до України на "
           "найближчі дні, повідомили в МЗС України."),
    ("pl", "Szef MSZ Japonii jedzie do Polski\ndate 2013-08-20 Szef MSZ Japonii zaplanował wizytę w Polsce na "
           "najbliższe dni, poinformowało polskie MSZ."),
])
def test_a_planned_visit_is_announced(code, text):
    assert first_event(text, code).type == "AGREE"


def test_a_meeting_told_for_today_under_a_dateline_is_announced():
    text = ("Президент\n18 августа 2016, 10:54\n\nЛукашенко встретится с членом Политбюро ЦК Компартии Китая\n\n"
            "18 августа, Минск /БЕЛТА/. Президент Беларуси Александр Лукашенко сегодня встретится с "
            "членом Политбюро ЦК Компартии Китая Мэн Цзяньчжу, сообщили в пресс-службе.\n")
    assert first_event(text, "ru").type == "AGREE"


def test_v4_named_beside_two_people_of_two_states_makes_no_forum():
    assert choose_mode("CONSULT", None, ["HU", "JP"], Location(city="Tokyo", country="JP"), orgs=["V4"],
                       sides=2) == "visit"
    assert choose_mode("CONSULT", "multilateral", ["CZ", "JP"], Location(city="Warsaw", country="PL"),
                       orgs=["V4"], sides=2) == "third-party"


def test_guard_v4_meeting_without_two_named_sides_stays_multilateral():
    """Guard: a V4 video conference with no two named sides is the grouping's meeting."""
    here = Location(city="Warsaw", country="PL")
    assert choose_mode("CONSULT", "phone", ["JP", "PL"], here, orgs=["V4"]) == "multilateral"
    assert choose_mode("CONSULT", None, ["CZ", "HU", "JP", "PL", "SK"], here, orgs=["V4"], sides=5) == "multilateral"


