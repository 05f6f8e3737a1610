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


# ---------------------------------------------------------------- whose: the press's own official, no state word
def test_an_official_of_a_language_of_several_states_takes_the_state_of_the_dateline():
    # German serves DE, AT and CH: "Staatsministerin Vogelsang" with no state word is the Berlin press's own
    text = ("Berlin, 18. November 2024\n\nAm Rande des G20-Gipfels in Rio de Janeiro traf Staatsministerin "
            "Katrin Vogelsang den brasilianischen Außenminister Mauro Vieira.\n")
    ev = first(text, "de")
    assert {p.name: p.country for p in ev.persons}.get("Katrin Vogelsang") == "DE"
    assert ev.countries == ["BR", "DE"]


def test_the_dateline_of_vienna_makes_the_officials_austrian():
    text = ("Wien, 24. September 2024\n\nAußenminister Alexander Schallenberg traf am Rande der "
            "UN-Generalversammlung in New York den japanischen Außenminister.\n")
    ev = first(text, "de")
    assert ev.location.city == "New York City" or ev.location.city == "New York"
    assert {p.name: p.country for p in ev.persons}.get("Alexander Schallenberg") == "AT"


def test_a_brazilian_adjective_names_brazil_in_german_and_english():
    assert "BR" in first("Berlin, 18. November 2024\n\nStaatsministerin Anna Lührmann traf in Berlin den "
                         "brasilianischen Vizeaußenminister.\n", "de").countries
    assert "BR" in first("London, 18 November 2024\n\nThe Foreign Secretary met the Brazilian Foreign "
                         "Minister Mauro Vieira in London.\n", "en").countries


def test_a_state_adjective_between_the_locative_word_and_the_city_still_marks_the_place():
    # "im brasilianischen Rio de Janeiro": the adjective of the host state stands between "im" and the city
    text = ("Berlin, 21.02.2024\n\nAußenminister Lawrow traf am Mittwoch im brasilianischen Rio de Janeiro "
            "den Außenminister Brasiliens.\n")
    ev = first(text, "de")
    assert ev.location.city == "Rio de Janeiro"
    assert "Rio de Janeiro" not in [p.name for p in ev.persons]


def test_a_german_minister_by_family_name_alone_takes_her_state_from_the_registry():
    # no dateline and no state word: "Außenministerin Baerbock" is the registry's German foreign minister
    text = ("G20-Außenminister tagen in Brasilien\n21.02.2024\n\nAußenministerin Baerbock sprach am Rande der "
            "Beratungen im brasilianischen Rio de Janeiro mit dem Außenminister Indiens.\n")
    ev = first(text, "de")
    assert {p.name: p.country for p in ev.persons}.get("Annalena Baerbock") == "DE"


def test_a_city_of_two_words_with_the_second_declined_is_the_place():
    # "v Addis Abebě", "в Куала-Лумпуре": the last word of a two-word name carries the case ending
    cs = ("Praha, 10. února 2024\n\nMinistr zahraničních věcí Jan Lipavský se v Addis Abebě setkal "
          "s ministrem zahraničí Etiopie.\n")
    ru = ("Москва, 10 февраля 2024 года\n\nЗаместитель министра иностранных дел встретился в Куала-Лумпуре "
          "с министром иностранных дел Малайзии.\n")
    assert first(cs, "cs").location.city == "Addis Ababa"
    assert first(ru, "ru").location.city == "Kuala Lumpur"
