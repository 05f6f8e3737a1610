"""Session h16, review: three design defects of h15 mended (one summons rule, one Palladius table, towns noted
per analysis); each test fails on the parent."""
from __future__ import annotations

from tests.extracting import first


def test_the_summons_rule_is_one_rule_of_choose_location():
    """The envoy's state from the persons' roles or from the words after SUMMONED is one rule, in choose_location:
    extract no longer places a summons after it."""
    from kronika.events import extract, location

    assert not hasattr(extract, "_summoning_state") and hasattr(location, "_envoy_states")


def test_a_country_only_place_of_the_envoys_own_state_gives_way_to_the_summoning_state():
    """"МИД Эстонии вызвал посла России": with no city named, a place read as Russia is the envoy's own state,
    what was protested; the ministry that summons him is in Tallinn."""
    ev = first("МИД Эстонии вызвал посла России после инцидента у Нарвы 5 мая 2024 года.", "ru")
    assert (ev.type, ev.location.city, ev.location.country) == ("ACCUSE", "Tallinn", "EE")


def test_a_summons_is_placed_before_the_one_town_the_lead_names():
    """"МИД Японии вызвал посла России из-за учений рядом с Владивостоком": the town is where the drills were;
    the summons is held at the ministry, in Tokyo."""
    ev = first("МИД Японии вызвал посла России из-за учений рядом с Владивостоком, сообщили 14 мая 2024 года.", "ru")
    assert (ev.location.city, ev.location.country) == ("Tokyo", "JP")


def test_one_palladius_table_remains():
    """The declined forms are read in the syllable table; the second Palladius table (_PL_*) is gone."""
    from kronika.nlp import chinese

    assert not any(n.startswith(("_PL_INITIALS", "_PL_FINALS", "_PL_BARE")) or n == "_pl_table" for n in dir(chinese))


def test_palladius_si_and_tsy_are_xi_and_zi():
    """Palladius writes xi "си" and zi "цзы" ("сы" is si): "Хун Цзеси" is Hong Jiexi, "Вэнь Цзы" Wen Zi."""
    from kronika.nlp.persons import chinese_of

    assert chinese_of(["Хун", "Цзеси"], "ru") == "Hong Jiexi"
    assert chinese_of(["Вень", "Цзи"], "uk") == "Wen Ji" and chinese_of(["Вень", "Цзы"], "be") == "Wen Zi"


def test_a_ukrainian_he_family_name_in_the_declined_fallback():
    """"Хе" is the family name He in Ukrainian letters (Russian "Хэ"), and "ке" is ke, no syllable "kie"."""
    from kronika.nlp.persons import chinese_of

    assert chinese_of(["Хе", "Чжі"], "uk") == "He Zhi"
    assert chinese_of(["Лі", "Фанке"], "be") == "Li Fangke"


def test_a_ukrainian_text_names_the_chinese_ambassador_in_his_case():
    ev = first("14 квітня 2024 року міністр закордонних справ України зустрівся з послом Китаю Хе Чжі у Києві.", "uk")
    assert any(p.name == "He Zhi" for p in ev.persons)


OKINOSHIMA = "2024年5月10日、リトアニアの大使が島根県の隠岐の島町を訪問し、町長と懇談した。"  # a town no gazetteer holds


def test_a_town_one_text_names_by_its_reading_is_not_known_to_the_next():
    """The state of a town read by its reading travels with the analysis that found it: after one text named
    隠岐の島町 (Okinoshima, JP), the next text processed in the same process does not know the name."""
    from kronika import data

    ev = first(OKINOSHIMA, "ja", "2024-05-12")
    assert (ev.location.city, "JP" in ev.countries) == ("Okinoshima", True)
    assert data.city_country("Okinoshima") is None and not hasattr(data, "note_town")


def test_the_next_texts_mayor_is_not_placed_in_the_town_the_last_text_named():
    """A report settles 'mayor Okinoshima Kazuki Tanaka' of a Polish text as a mayor of Okinoshima only when the
    gazetteer knows the town: not because a Japanese text extracted earlier in the process named it."""
    from kronika.model import DocumentRef, Location, StoredEvent
    from kronika.report.headline import QuotedPerson
    from kronika.report.people import _office_place

    first(OKINOSHIMA, "ja", "2024-05-12")  # text A
    p = QuotedPerson("Okinoshima Kazuki Tanaka", None, None, "mayor", [], "pl")
    ev = StoredEvent(1, None, "new", "2024-05-10", None, "CONSULT", None, ["LT", "PL"], [], [p],
                     Location("Warsaw", "PL"), DocumentRef(2, language="pl", text="Burmistrz Okinoshima Kazuki Tanaka."))
    assert _office_place(p, ev, "pl").office_place is None  # text B
