"""A first name and a surname stand in one case and gender: the first name's case decides the surname's
(Polish, through the SGJP dictionary's readings of both words)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_persons_names import name, persons  # noqa: E402

pytest.importorskip("morfeusz2")


# surnames that are also a case form of another surname: "Kula" is the genitive of Kul, "Szejna" of Szejn
@pytest.mark.parametrize("written, nominative", [
    ("Piotr Kula", "Piotr Kula"), ("Piotra Kuli", "Piotr Kula"),
    ("Andrzej Szejna", "Andrzej Szejna"), ("Andrzejem Szejną", "Andrzej Szejna"), ("Andrzeja Szejny", "Andrzej Szejna"),
    ("Łukasz Jasina", "Łukasz Jasina"), ("Łukasza Jasiny", "Łukasz Jasina"),
])
def test_polish_surname_that_looks_like_a_case_form(written, nominative):
    assert name(written, "pl") == nominative


# double surnames: each part declines, and both parts stay
@pytest.mark.parametrize("written, nominative", [
    ("Władysław Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"),
    ("Władysławem Kosiniakiem-Kamyszem", "Władysław Kosiniak-Kamysz"),
    ("Henryka Mościcka-Dendys", "Henryka Mościcka-Dendys"),
    ("Henryką Mościcką-Dendys", "Henryka Mościcka-Dendys"),
    ("Magdalena Sobkowiak-Czarnecka", "Magdalena Sobkowiak-Czarnecka"),
])
def test_polish_double_surname(written, nominative):
    assert name(written, "pl") == nominative


def test_a_woman_named_henryka_is_not_henryk():
    # "Henryka" is a woman's first name in the nominative and a man's (Henryk) in the genitive: the
    # feminine surname beside it decides
    assert name("Henryka Mościcka-Dendys", "pl").startswith("Henryka ")
    assert name("Henryka Kowalskiego", "pl") == "Henryk Kowalski"


def test_in_a_press_sentence():
    text = ("Wiceminister spraw zagranicznych Henryka Mościcka-Dendys przyjęła w środę ambasadora Japonii. "
            "Rozmowę prowadził także wiceminister Andrzej Szejna.")
    found = [p for p, _role in persons(text, "pl")]
    assert "Henryka Mościcka-Dendys" in found and "Andrzej Szejna" in found


# ---------------------------------------------------------------- South Slavic: readings without an ending
@pytest.mark.parametrize("code, written, nominative", [
    ("sr", "Markom Đurićem", "Marko Đurić"),          # -om of Marko, not the English Mark
    ("sr", "Aleksandrom Vučićem", "Aleksandar Vučić"),  # the fleeting a of Aleksandar
    ("sr", "Александром Вучићем", "Aleksandar Vučić"),  # the same in Cyrillic
    ("hr", "Petrom Kovačem", "Petar Kovač"),
    ("sr", "Ivici Dačiću", "Ivica Dačić"),              # -ić ends a surname's nominative, not "Dačića"
    ("sr", "Ивици Дачићу", "Ivica Dačić"),
    ("hr", "Anom Brnabić", "Ana Brnabić"),              # a three-letter given name keeps a two-letter stem
    ("hr", "Ivom Sanaderom", "Ivo Sanader"),
])
def test_south_slavic_declined_names(code, written, nominative):
    assert name(written, code) == nominative


# ---------------------------------------------------------------- Czech and Slovak: both words in one case
@pytest.mark.parametrize("code, written, nominative", [
    ("cs", "Martina Dvořáka", "Martin Dvořák"),        # both words' genitive -a
    ("cs", "Martinovi Dvořákovi", "Martin Dvořák"),
    ("sk", "Juraja Blanára", "Juraj Blanár"),
    ("cs", "Jana Hamáčka", "Jan Hamáček"),             # the fleeting e of Hamáček
    ("cs", "Petra Fialy", "Petr Fiala"),               # a surname in a case: Petra is Petr's genitive here
    ("cs", "Jana Lipavského", "Jan Lipavský"),
    ("sk", "Petra Pellegriniho", "Peter Pellegrini"),  # Slovak Peter, with its fleeting e
    ("cs", "Jana Černochová", "Jana Černochová"),      # a woman's name in the nominative stays
    ("cs", "Petrou Kellnerovou", "Petra Kellnerová"),
])
def test_czech_slovak_declined_names(code, written, nominative):
    assert name(written, code) == nominative
