"""The city of an event (issue 9, session h18): a town noun after a state's adjective, a landmark that names
the body an office heads, a deputy speaker's guests, fleeting-vowel case forms of towns, and a town's
adjective beside its university or town hall."""
from __future__ import annotations

import pytest

from extracting import events


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


@pytest.mark.parametrize("lang,text,town", [
    ("en", "Ministers to meet on G20 sidelines\n\nJapanese Foreign Minister Kenji Tanaka plans to hold talks with "
           "Polish Foreign Minister Jan Nowak on the sidelines of the G20 meeting. The meeting will take place on "
           "November 22 in the Japanese city of Nagoya.", "Nagoya"),
    ("de", "Treffen der Minister\n\nDer polnische Außenminister Jan Nowak hat am Montag in der japanischen Stadt "
           "Sendai seinen japanischen Amtskollegen Kenji Tanaka getroffen.", "Sendai"),
])
def test_a_town_noun_after_a_states_adjective_names_a_place(lang, text, town):
    assert city(text, lang) == town


def test_a_landmark_right_after_an_office_is_the_body_it_heads():
    # "прва потпредседница Народне скупштине": Korea's assembly, not Serbia's in Belgrade; no town is named
    text = ("Посета делегације\n\nПредседник општине Петар Петровић данас је примио делегацију Републике "
            "Кореје. Делегацију је предводила прва потпредседница Народне скупштине Ким Јонгђу.")
    assert city(text, "sr") is None


def test_a_landmark_in_a_case_of_place_after_a_title_is_still_where_he_is():
    # "vēstnieks Saeimā" is the ambassador in the Saeima, not the Saeima's ambassador
    text = ("Vēstnieka vizīte\n\nJapānas vēstnieks Saeimā bija ieradies pirmajā vizītē, lai tiktos ar deputātiem "
            "Annu Bērziņu un Jāni Kalniņu.")
    loc = events(text, "lv")[0].location
    assert loc.city == "Riga" and any(text[s:e].startswith("Saeim") for s, e in loc.evidence)


def test_a_deputy_speaker_receives_a_foreign_delegation_in_the_capital():
    text = ("Spotkanie w Senacie\n\nWicemarszałek Senatu Jan Kowalski 13 lipca 2017 r. spotkał się z delegacją "
            "japońską, na czele której stał wiceprzewodniczący Izby Radców Japonii Kenji Tanaka. Rozmawiano o "
            "współpracy parlamentarnej.")
    assert city(text, "pl", "2017-07-14") == "Warsaw"


@pytest.mark.parametrize("lang,text,town", [
    ("hr", "Posjet veleposlanika\n\nJapanski veleposlanik Kenji Tanaka boravio je u ponedjeljak u Čakovcu, gdje "
           "ga je primio gradonačelnik Ivan Horvat.", "Čakovec"),
    ("hr", "Posjet veleposlanika\n\nJapanski veleposlanik Kenji Tanaka boravio je u ponedjeljak u Sisku, gdje "
           "ga je primio gradonačelnik Ivan Horvat.", "Sisak"),
    ("pl", "Wizyta ambasadora\n\nAmbasador Japonii Kenji Tanaka przebywał we wtorek w Bolesławcu, gdzie spotkał "
           "się z burmistrzem Janem Nowakiem.", "Bolesławiec"),
    ("sk", "Návšteva veľvyslanca\n\nJaponský veľvyslanec Kenji Tanaka bol v utorok v Lučenci, kde ho prijal "
           "primátor Ján Novák.", "Lučenec"),
])
def test_a_towns_case_form_drops_its_fleeting_vowel(lang, text, town):
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text,town", [
    ("hu", "Japán nagykövete a szegedi egyetemen\n\nA szegedi egyetemen tartott előadást Japán magyarországi "
           "nagykövete, Tanaka Kendzsi. A diplomata a rektorral is találkozott.", "Szeged"),
    ("hu", "Látogatás\n\nJapán nagykövete, Tanaka Kendzsi kedden a debreceni városházán találkozott a "
           "polgármesterrel.", "Debrecen"),
])
def test_a_towns_adjective_beside_its_institution_names_the_place(lang, text, town):
    assert city(text, lang) == town
