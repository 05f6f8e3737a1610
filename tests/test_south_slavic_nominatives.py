"""South Slavic name pairs: a given name in -a beside a bare -ić surname is a nominative (a man's
"Nikola" or a woman's "Jagoda"), a home-state given name as written beats a foreign reading of its
stem, and a given name in the nominative keeps its surname there ("Nikola Grmoja")."""
import pytest

from kronika.lang import load
from kronika.nlp.persons import canonical_name


@pytest.mark.parametrize("code,words,name", [
    ("sr", ["Nikola", "Selaković"], "Nikola Selaković"),
    ("sr", ["Никола", "Селаковић"], "Nikola Selaković"),
    ("sr", ["Nikole", "Selakovića"], "Nikola Selaković"),
    ("sr", ["Jagoda", "Lazarević"], "Jagoda Lazarević"),
    ("sr", ["Anom", "Brnabić"], "Ana Brnabić"),
    ("sr", ["Ane", "Brnabić"], "Ana Brnabić"),
    ("sr", ["Markom", "Đurićem"], "Marko Đurić"),
    ("hr", ["Nikola", "Grmoja"], "Nikola Grmoja"),
    ("hr", ["Nikole", "Grmoje"], "Nikola Grmoja"),
    ("hr", ["Gordana", "Grlića"], "Gordan Grlić"),
    ("hr", ["Sergeja", "Lavrova"], "Sergej Lavrov"),
])
def test_south_slavic_pairs(code, words, name):
    assert canonical_name(words, code, load(code).name_endings) == name


def test_czech_pairs_stay_as_they_were():
    assert canonical_name(["Petra", "Fialy"], "cs", load("cs").name_endings) == "Petr Fiala"
    assert canonical_name(["Petra", "Nováková"], "cs", load("cs").name_endings) == "Petra Nováková"


@pytest.mark.parametrize("words,name", [
    (["Міхаіла", "Мясьніковіча"], "Mikhail Myasnikovich"),   # genitive, the classical spelling
    (["Міхаілу", "Мясніковічу"], "Mikhail Myasnikovich"),    # dative
    (["Уладзіміра", "Макея"], "Uladzimir Makey"),            # the surname's case makes the given name one
    (["Вольга", "Карпава"], "Volha Karpava"),                # a woman in the nominative stays
])
def test_belarusian_pairs_without_a_dictionary(words, name):
    assert canonical_name(words, "be", load("be").name_endings) == name
