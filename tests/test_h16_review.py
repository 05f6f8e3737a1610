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
