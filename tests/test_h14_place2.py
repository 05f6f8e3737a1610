"""Issue 9, places: foreign city names of three words with a lower-case particle ('Rio de Janeiro')."""

from extracting import first


def test_a_city_of_three_words_with_a_particle_after_a_locative_word_is_the_place():
    text = ("Warszawa, 18 listopada 2024 r.\n\nMinister spraw zagranicznych Radosław Sikorski spotkał się "
            "w Rio de Janeiro z ministrem spraw zagranicznych Brazylii.\n")
    assert first(text, "pl").location.city == "Rio de Janeiro"


def test_a_declined_city_of_three_words_is_the_place():
    text = ("Praha, 18. listopadu 2024\n\nMinistr zahraničních věcí Jan Lipavský se v Riu de Janeiru setkal "
            "s brazilským ministrem zahraničí.\n")
    assert first(text, "cs").location.city == "Rio de Janeiro"


def test_a_city_of_three_words_is_not_a_person():
    text = ("Berlin, 18. November 2024\n\nAm Rande des G20-Gipfels in Rio de Janeiro traf Außenministerin "
            "Annalena Baerbock den Außenminister Japans.\n")
    ev = first(text, "de")
    assert ev.location.city == "Rio de Janeiro"
    assert "Rio de Janeiro" not in [p.name for p in ev.persons]
