"""Where an event happened: the place visited, a city in a dateline or after a locative word, the host."""
from __future__ import annotations

import re

from kronika import data
from kronika.events.region import Region, _in
from kronika.lang import load
from kronika.model import Location
from kronika.nlp.analyze import Analysis

DATELINE_AFTER = re.compile(r"\s*(?:[,–—-]|\.\s*[/(]|\s+\d{1,2}[. ])")  # "SEOUL, ", "ВЛАДИВОСТОК. /ТАСС/", "Praha 20."


def _is_place(a: Analysis, m) -> bool:
    """A city named as the place of something: after a locative word, or opening a dateline."""
    lang = load(a.lang)
    prev = a.text[max(0, m.char_start - 12):m.char_start].lower().split()
    if prev and prev[-1] in lang.locative:
        return True
    if m.form.lower() in lang.landmarks or lang.place_by_case:
        return True
    if lang.postpositions and any(a.text.startswith(p, m.char_end) for p in lang.locative):
        return True  # "서울에서": the locative word follows the place
    line_start = a.text.rfind("\n", 0, m.char_start) + 1
    return a.text[line_start:m.char_start].strip() == "" and bool(DATELINE_AFTER.match(a.text, m.char_end))


def _visit_target(a: Analysis, reg: Region, other_date_sents) -> tuple[object, object]:
    """The city or state right after (or just before) a word of visiting: 'visit to Korea', 'До Києва прибула'."""
    for t in a.triggers:
        if t.key != "CONSULT/visit" or not _in(t, reg.start, reg.lead_end) or \
                a.sentence_of(t.char_start) in other_date_sents:
            continue
        sent = a.sentences[a.sentence_of(t.char_start)]
        lo, hi = max(sent.start, t.char_start - 25), min(sent.end, t.char_end + 40)
        lang = load(a.lang)
        preps = lang.locative | lang.directional

        def introduced(m) -> bool:
            prev = a.text[max(0, m.char_start - 12):m.char_start].lower().split()
            if m in a.cities and 0 <= m.char_start - t.char_end <= 2:
                return True  # "odwiedziła Pjongjang": a city right after the verb of visiting
            return bool(prev) and prev[-1] in preps

        near = lambda ms: sorted((m for m in ms if lo <= m.char_start < hi and m.char_start != t.char_start
                                  and introduced(m)),
                                 key=lambda m: (m.char_start < t.char_start, abs(m.char_start - t.char_end)))
        cities, countries = near(a.cities), near(a.countries)
        if cities or countries:
            return (cities[0] if cities else None), (countries[0] if countries else None)
    return None, None




def choose_location(a: Analysis, reg: Region, countries: list[str], persons: list,
                    other_date_sents: set[int] = frozenset()) -> Location:
    """Where it happened: the place visited, a city after a locative word or in a dateline,
    else the host country, and its capital when the host's leader received the guest."""
    lang = load(a.lang)
    places = [m for m in a.cities if _in(m, reg.start, reg.lead_end) and _is_place(a, m)
              and a.sentence_of(m.char_start) not in other_date_sents]
    vcity, vcountry = _visit_target(a, reg, other_date_sents)
    if vcountry is not None and vcountry.key not in countries:
        vcountry = None  # "then travelled on to Romania": a stop of the trip, not this event's host
    loc = None
    if vcity is not None:
        loc = _city(vcity)
    elif vcountry is not None:
        inside = next((m for m in places if data.city_country(m.key) == vcountry.key), None)
        loc = _city(inside) if inside else Location(None, vcountry.key, [(vcountry.char_start, vcountry.char_end)])
    elif places:
        loc = _city(places[0])
    if loc is None:
        loc = _host_country(a, reg, lang, countries, persons)
    if loc.city is None and loc.country:
        loc = _capital_if_leader(loc, persons)
    return loc


def _city(m) -> Location:
    return Location(m.key, data.city_country(m.key), [(m.char_start, m.char_end)])


def _host_country(a: Analysis, reg: Region, lang, countries: list[str], persons: list) -> Location:
    """The state that hosts the event when no city is named."""
    # "w Japonii", "в България": a country after a locative word hosts the event
    for m in a.countries:
        if _in(m, reg.start, reg.lead_end) and m.key in countries:
            prev = a.text[max(0, m.char_start - 8):m.char_start].lower().split()
            if prev and prev[-1] in lang.locative:
                return Location(None, m.key, [(m.char_start, m.char_end)])
    # an ambassador meets people in the country he is posted to
    amb = [p for p in persons if p.role and "ambassador" in p.role and p.country]
    others = [c for c in countries if amb and c != amb[0].country]
    if len(others) == 1:
        return Location(None, others[0], [])
    home = lang.home
    if home and home in countries:
        return Location(None, home, [])
    return Location()


LEADERS = ("president", "prime minister", "speaker of parliament", "king", "emperor", "chancellor")


def _capital_if_leader(loc: Location, persons: list) -> Location:
    """Heads of state and government, and speakers, receive foreign guests in their capital."""
    if any(p.country == loc.country and p.role in LEADERS for p in persons):
        capital = data.capital(loc.country)
        if capital:
            return Location(capital, loc.country, loc.evidence)
    return loc
