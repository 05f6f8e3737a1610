"""The city of an event (session h22, second pass): an envoy's posting that closes the sentence is his title, not
the place ('… przyjął Lim Hoon-mina, ambasadora Korei w Warszawie.'); a mayor's town of two words in the genitive is
read before its first word alone ('мэр Петропавловска-Камчатского' is not Petropavl); a Japanese town the language
spells by its own scheme is read back to Hepburn after a locative word ('в город Нагато', 'v Šimonoseki')."""
from __future__ import annotations

import pytest

from extracting import events


def first_city(text: str, lang: str, published: str | None = "2024-04-12") -> str | None:
    return events(text, lang, published)[0].location.city


# location.APPOSITION_CLOSE: the sentence's end closes an envoy's title set after his name
def test_an_envoys_posting_at_the_sentences_end_is_his_title():
    text = "Prezydent Krakowa Aleksander Miszalski przyjął 7 marca 2024 r. Lim Hoon-mina, ambasadora Korei w Warszawie."
    assert first_city(text, "pl") == "Kraków"


def test_a_town_of_the_meeting_before_the_envoys_title_stays():  # a control: passes on main too
    text = ("Marszałek województwa Witold Kozłowski spotkał się 7 marca 2024 r. w Krakowie z Lim Hoon-minem, "
            "ambasadorem Korei w Warszawie.")
    assert first_city(text, "pl") == "Kraków"


# nlp.places: by a mayor's title the two-word genitive before the one-word one
def test_a_mayors_hyphenated_town_in_the_genitive():
    text = ("Мэр Петропавловска-Камчатского Константин Брызгин 7 марта 2024 года встретился с генеральным консулом "
            "Японии Кэндзи Такахаси.")
    assert first_city(text, "ru") == "Petropavlovsk-Kamchatsky"


# nlp.places._japanese_town: a Japanese town in the language's own spelling, after a locative word
@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Президент России Владимир Путин 15 декабря 2016 года прибыл в город Нагато, где встретился с "
           "премьер-министром Японии Синдзо Абэ.", "Nagato"),
    ("cs", "Ministr Jan Lipavský se 7. března 2024 setkal v Šimonoseki s japonským ministrem zahraničí Takešim "
           "Ivajou.", "Shimonoseki"),
    ("uk", "Міністр Андрій Сибіга 7 березня 2024 року зустрівся у Шимоносекі з міністром закордонних справ Японії "
           "Такеші Іваєю.", "Shimonoseki"),
])
def test_a_japanese_town_in_the_languages_spelling(lang, text, town):
    assert first_city(text, lang) == town


# places.yaml CITY_ENDINGS: locatives of towns the press declines like the language's own nouns
@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Министр Сергей Лавров 7 марта 2024 года встретился в Сендае с министром иностранных дел Японии Ёко "
           "Камикавой.", "Sendai"),
    ("uk", "Міністр Дмитро Кулеба 7 березня 2024 року зустрівся у Фукуоці з міністром закордонних справ Японії Йоко "
           "Камікавою.", "Fukuoka"),
    ("pl", "Minister Radosław Sikorski spotkał się 7 marca 2024 r. w Niigacie z ministrem spraw zagranicznych "
           "Japonii Yoko Kamikawą.", "Niigata"),
    ("sk", "Minister Juraj Blanár sa 7. marca 2024 stretol v Nagane s japonskou ministerkou zahraničných vecí Jóko "
           "Kamikawovou.", "Nagano"),
    ("hr", "Ministar Gordan Grlić Radman sastao se 7. ožujka 2024. u Sendaiju s japanskom ministricom vanjskih "
           "poslova Yoko Kamikawom.", "Sendai"),
    ("lt", "Ministras Gabrielius Landsbergis 2024 m. kovo 7 d. Ulsane susitiko su Pietų Korėjos užsienio reikalų "
           "ministru Cho Tae-yulu.", "Ulsan"),
])
def test_a_towns_locative_declined_as_the_languages_nouns(lang, text, town):
    assert first_city(text, lang) == town
