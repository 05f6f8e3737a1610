"""Language identification: only supported languages, and close neighbours told apart."""
from __future__ import annotations

import pytest

from kronika import lang
from kronika.nlp.langid import detect

SAMPLES = {
    "sr": "Ministar spoljnih poslova Srbije razgovarao je danas sa ambasadorom Japana o unapređenju saradnje "
          "i ekonomskih odnosa dve zemlje, saopšteno je iz ministarstva.",
    "hr": "Ministar vanjskih i europskih poslova Hrvatske razgovarao je danas s veleposlanikom Japana o "
          "unapređenju suradnje i gospodarskih odnosa dviju zemalja, priopćilo je ministarstvo.",
    "cs": "Ministr zahraničních věcí se dnes setkal s japonským velvyslancem a jednali o spolupráci "
          "v oblasti obrany a investic, uvedlo ministerstvo.",
    "sk": "Minister zahraničných vecí sa dnes stretol s japonským veľvyslancom a rokovali o spolupráci "
          "v oblasti obrany a investícií, uviedlo ministerstvo.",
    "bg": "Министърът на външните работи прие днес посланика на Япония и обсъдиха сътрудничеството "
          "в областта на отбраната и инвестициите.",
    "mk": "Министерот за надворешни работи денеска го прими амбасадорот на Јапонија и разговараа за "
          "соработката во областа на одбраната и инвестициите.",
    "uk": "Міністр закордонних справ сьогодні зустрівся з послом Японії та обговорив співпрацю "
          "у сфері оборони та інвестицій.",
    "ru": "Министр иностранных дел сегодня встретился с послом Японии и обсудил сотрудничество "
          "в области обороны и инвестиций.",
    "be": "Міністр замежных спраў сёння сустрэўся з паслом Японіі і абмеркаваў супрацоўніцтва "
          "ў галіне абароны і інвестыцый.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_neighbours(code):
    assert detect(SAMPLES[code]) == code


def test_unsupported_language_maps_to_a_supported_one():
    # French is not supported: the answer must still be one of ours
    assert detect("Le ministre des affaires étrangères a rencontré aujourd'hui l'ambassadeur du Japon.") \
        in lang.available()


def test_no_words_no_language():
    assert detect("12345 -- !!") is None


def test_menus_in_another_language_do_not_decide():
    menu = "\n".join(["Home", "News", "About us", "Contact", "Search", "Login", "English version"] * 20)
    assert detect(menu + "\n" + SAMPLES["pl"] if "pl" in SAMPLES else menu) in lang.available()
    polish = ("Minister spraw zagranicznych Polski spotkał się dzisiaj w Warszawie z ambasadorem Japonii. "
              "Rozmowy dotyczyły współpracy gospodarczej, bezpieczeństwa oraz wymiany studentów.")
    assert detect(menu + "\n" + polish) == "pl"


@pytest.mark.parametrize("text,code", [
    ("Vilnius, 12 March 2024 – Japan's Foreign Minister Yoko Kamikawa paid a visit to the city of Kaunas on "
     "Tuesday, where she met the mayor Visvaldas Matijošaitis.", "en"),
    ("Minister Radosław Sikorski spotkał się z ambasadorem Ri Jong Ho oraz Jo Yong Sam w Pjongjangu, gdzie "
     "rozmawiali o współpracy.", "pl"),
])
def test_foreign_names_do_not_outvote_the_words_of_the_language(text, code):
    """A short report thick with foreign names is in the language of its small words."""
    assert detect(text) == code
