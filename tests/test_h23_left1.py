"""Left-overs of session h23 (city, dates): a capital inferred only where the text names it; a landmark many
towns have after another town's adjective; a year's point that does not end the sentence of a visit; a given
name that is no state; cs/sk/pl 'na' with an accusative of aim; verbs of deliberating as meetings."""
from __future__ import annotations

import pytest

from extracting import events
from kronika.events import location as L
from kronika.nlp.analyze import analyze


def first_city(text: str, lang: str) -> str | None:
    return events(text, lang)[0].location.city


# nlp.places.landmark_towns: 'в казанском Кремле' is Kazan's Kremlin, not Moscow's
@pytest.mark.parametrize("lang,text", [
    ("ru", "Президент Татарстана Рустам Минниханов 11 марта 2024 года в казанском Кремле встретился с послом "
           "Японии в России Акирой Муто. Стороны обсудили сотрудничество в области экономики."),
    ("pl", "Ambasador Japonii w Rosji Akira Muto spotkał się 11 marca 2024 roku w kazańskim Kremlu z prezydentem "
           "Tatarstanu Rustamem Minnichanowem. Rozmawiano o współpracy gospodarczej Japonii z Rosją."),
    ("uk", "Японський посол у Росії Акіра Муто 11 березня 2024 року у казанському Кремлі зустрівся з президентом "
           "Татарстану Рустамом Мінніхановим. Сторони обговорили співпрацю Японії та Росії."),
])
def test_another_towns_kremlin_is_that_town(lang, text):
    assert first_city(text, lang) == "Kazan"


def test_the_capitals_own_kremlin_stays_moscow_and_a_kazan_one_is_kazan():
    a = analyze("Президент России в московском Кремле встретился с премьером Японии, затем был в казанском Кремле.",
                "ru")
    assert [m.key for m in a.cities] == ["Moscow", "Moscow", "Kazan"]  # "московском" is Moscow itself


# location._visit_sentence_end: "posjetio je 5. ožujka 2024. Karlovac": the year's point does not end the visit
@pytest.mark.parametrize("lang,text,town,form", [
    ("hr", "Ministar vanjskih poslova Japana Taro Kono posjetio je 5. ožujka 2024. Karlovac, gdje se sastao s "
           "hrvatskim ministrom vanjskih poslova Gordanom Grlićem Radmanom.", "Karlovac", "Karlovac"),
    ("sk", "Japonský minister zahraničných vecí Taro Kono navštívil 5. marca 2024. Košice, kde sa stretol so "
           "slovenským ministrom zahraničných vecí Jurajom Blanárom.", "Košice", "Košice"),
    ("sr", "Министар спољних послова Јапана Таро Коно посетио је 5. марта 2024. Нови Сад, где се састао са српским "
           "министром спољних послова Марком Ђурићем.", "Novi Sad", "Нови Сад"),
])
def test_a_year_point_before_the_town_visited(lang, text, town, form):
    loc = events(text, lang)[0].location
    assert loc.city == town and loc.evidence and text[loc.evidence[0][0]:loc.evidence[0][1]] == form


# nlp.analyze._given_name_before_family: "Dominic Popescu" is no Dominica; the state named alone stays
@pytest.mark.parametrize("lang,text,name,state", [
    ("ro", "Ambasadorul Japoniei s-a întâlnit cu Dominic Popescu. Relațiile cu Dominica sunt bune.", "Dominic",
     "Dominica"),
    ("cs", "Ministr se setkal s Dominikem Novákem v Japonsku.", "Dominikem", None),
    ("hr", "Ministar se sastao s Dominikom Horvatom u Japanu.", "Dominikom", None),
    ("pl", "Ambasador Japonii spotkał się z Dominikiem Nowakiem w Warszawie.", "Dominikiem", None),
])
def test_a_given_name_is_no_state(lang, text, name, state):
    a = analyze(text, lang)
    forms = [a.text[m.char_start:m.char_end] for m in a.countries if m.key == "DM"]
    assert name not in forms and (state is None or state in forms)


# location._accusative_after (places.yaml TWO_CASE): "tlak na Severní Koreu" is an aim, "na Slovensku" a place
@pytest.mark.parametrize("lang,text,state,venue", [
    ("cs", "Ministři jednali o tlaku na Severní Koreu.", "KP", False),
    ("cs", "Ministři jednali o sankcích na Rusko.", "RU", False),
    ("sk", "Ministri hovorili o tlaku na Severnú Kóreu.", "KP", False),
    ("pl", "Ministrowie rozmawiali o presji na Koreę Północną.", "KP", False),
    ("pl", "Ministrowie rozmawiali o sankcjach na Rosję.", "RU", False),
])
def test_na_with_an_accusative_names_no_venue(lang, text, state, venue):
    a = analyze(text, lang)
    assert [L.venue_state(a, m) for m in a.countries if m.key == state] == [venue]


# lang/*/events.yaml CONSULT: verbs of deliberating tell talks
@pytest.mark.parametrize("lang,text", [
    ("de", "Der Außenminister Japans Yoko Kamikawa und Bundesaußenministerin Annalena Baerbock haben am Montag in "
           "Berlin über die Lage in der Ukraine beraten."),
    ("ru", "Министры иностранных дел России и Японии совещались 4 марта 2024 года в Москве по вопросам "
           "региональной безопасности."),
    ("ro", "Miniștrii de externe ai României și Japoniei s-au consultat la 4 martie 2024 la București privind "
           "securitatea regională."),
])
def test_deliberating_is_consulting(lang, text):
    assert events(text, lang)[0].type == "CONSULT"
