"""Each choose_* of event assembly on its own, on short texts we wrote."""
from __future__ import annotations

import dataclasses

from kronika.events.context import EventContext, Tally
from kronika.events.extract import (
    build_event,
    choose_countries,
    choose_mode,
    choose_organizations,
    choose_persons,
    choose_topics,
)
from kronika.events.region import Region, lead_region
from kronika.model import Location
from kronika.nlp.analyze import analyze


def context(text: str, lang: str, title_end: int = 0) -> EventContext:
    a = analyze(text, lang)
    return EventContext(a, lead_region(text), title_end=title_end)


def test_countries_of_a_meeting_come_from_the_lead():
    c = context("Minister spraw zagranicznych Polski spotkał się w Tokio z ministrem Japonii.", "pl")
    countries, ev = choose_countries(c, [])
    assert countries == ["JP", "PL"]
    assert all(ev[k] for k in countries)


def test_a_country_named_once_in_the_headline_only_is_not_a_party():
    head = "Ukraina w centrum uwagi"
    text = head + ("\n\nMinister spraw zagranicznych Polski spotkał się w poniedziałek w Tokio z ministrem "
                   "spraw zagranicznych Japonii, by omówić współpracę gospodarczą obu państw.")
    countries, _ = choose_countries(context(text, "pl", title_end=len(head)), [])
    assert countries == ["JP", "PL"]


def test_a_passing_mention_in_the_body_is_not_a_party():
    text = ("The foreign ministers of Poland and Japan met in Tokyo on Monday to discuss trade.\n\n"
            "They also spoke about refugees from Ukraine.")
    countries, _ = choose_countries(context(text, "en"), [])
    assert countries == ["JP", "PL"]


def test_topics_are_what_the_lead_says_not_a_word_once_in_the_body():
    text = ("Ministrowie obrony Polski i Japonii rozmawiali o bezpieczeństwie i współpracy wojskowej "
            "oraz o bezpieczeństwie energetycznym regionu.\n\nPo rozmowach zwiedzili muzeum.")
    topics, ev = choose_topics(context(text, "pl"), [])
    assert "security" in topics
    assert "culture" not in topics  # the museum visit is mentioned once, in the body
    assert all(ev[t] for t in topics)


def test_an_office_title_is_not_a_topic():
    text = "The minister of defence of Poland met the ambassador of Japan."
    topics, _ = choose_topics(context(text, "en"), [])
    assert "security" not in topics


def test_an_international_organisation_makes_the_meeting_multilateral():
    text = "The ministers of Poland and Japan met at NATO headquarters."
    c = context(text, "en")
    orgs, _ = choose_organizations(c, ["JP", "PL"])
    assert "NATO" in orgs
    assert "multilateral" in choose_topics(c, orgs)[0]


def test_mode_from_the_geometry_of_a_meeting():
    here = Location(city="Warsaw", country="PL")
    assert choose_mode("AGREE", None, ["JP", "PL"], here, orgs=[]) is None  # only meetings have a mode
    assert choose_mode("CONSULT", "phone", ["JP", "PL"], Location(), orgs=[]) == "phone"
    assert choose_mode("CONSULT", None, ["JP", "PL"], here, orgs=[]) == "visit"
    assert choose_mode("CONSULT", None, ["JP", "PL"], Location(city="Vienna", country="AT"), orgs=[]) == "third-party"
    assert choose_mode("CONSULT", None, ["CZ", "JP", "PL"], here, orgs=[]) == "multilateral"
    assert choose_mode("CONSULT", "phone", ["JP", "PL"], here, orgs=["V4"]) == "multilateral"
    assert choose_mode("CONSULT", None, ["BE", "EU"], Location(city="Brussels", country="BE"), orgs=["EU"]) == "visit"


def test_persons_of_the_lead_take_part_a_name_once_in_the_body_does_not():
    text = ("Minister Radosław Sikorski spotkał się w Warszawie z ambasadorem Japonii. Rozmowa dotyczyła "
            "współpracy gospodarczej, bezpieczeństwa w regionie i przygotowań do wizyty premiera w Tokio.\n\n"
            "Przypomniano, że w ubiegłym roku Jan Kowalski odwiedził Tokio.")
    c = context(text, "pl")
    names = {p.name for p in choose_persons(c, set())}
    assert "Radosław Sikorski" in names
    assert "Jan Kowalski" not in names


def test_building_an_event_leaves_the_shared_analysis_as_it_was():
    text = "Ławrow spotkał się z Choe Son Hui w Moskwie. Minister Siergiej Ławrow rozmawiał z ministrem KRLD."
    a = analyze(text, "pl")
    before = [dataclasses.astuple(p) for p in a.persons]
    build_event(a, Region(0, len(text), len(text)), None, None, 0)
    assert [dataclasses.astuple(p) for p in a.persons] == before


def test_an_event_without_a_trigger_has_no_type():
    text = "Minister spraw zagranicznych Polski i ambasador Japonii.\n\nMinisterstwo opublikowało raport."
    ev = build_event(analyze(text, "pl"), lead_region(text), None, None, 0)
    assert ev.type is None


def test_tally_drops_every_vote_of_a_key():
    t = Tally()
    t.add("PL", 2.0, (0, 6), "lead")
    t.add("PL", 3.0, None, "person")
    t.add("JP", 3.0, (10, 15), "headline")
    t.drop("JP")
    assert dict(t.score) == {"PL": 5.0} and t.kinds["PL"] == ["lead", "person"] and "JP" not in t.spans


def test_a_person_named_only_about_a_visit_to_come_is_not_a_participant():
    text = ("Foreign Minister Radosław Sikorski met Ambassador Kenji Tanaka in Warsaw. "
            "Prime Minister Donald Tusk will visit Tokyo next month.")
    ev = build_event(analyze(text, "en"), lead_region(text), None, None, 0)
    names = {p.name for p in ev.persons}
    assert "Radosław Sikorski" in names and "Donald Tusk" not in names


def test_the_people_of_an_announced_visit_are_its_participants():
    text = "Prime Minister Donald Tusk will visit Tokyo next month, the chancellery announced."
    ev = build_event(analyze(text, "en"), lead_region(text), None, None, 0)
    assert ev.type == "AGREE"
    assert "Donald Tusk" in {p.name for p in ev.persons}


def test_a_meeting_of_a_grouping_at_a_partys_home_is_multilateral():
    from kronika.events.document import extract_document
    from kronika.model import Document
    text = ("25.09.2024\n\nMinistrul Luminița Odobescu a participat luni, la Tokyo, la reuniunea miniștrilor de externe "
            "din G7 și țările partenere, alături de omologul japonez Yoko Kamikawa.")
    assert extract_document(Document(id="t", text=text), "ro").events[0].mode == "multilateral"
    text = ("25.09.2024\n\nMinistrul Luminița Odobescu s-a întâlnit luni, la Tokyo, cu omologul japonez Yoko Kamikawa "
            "pentru a discuta despre cooperarea economică dintre cele două țări.")
    assert extract_document(Document(id="t", text=text), "ro").events[0].mode == "visit"
