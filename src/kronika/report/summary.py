"""The body of an entry whose source is in another language: composed from the event's fields in the
report's language, and the source's key sentence quoted in its own language."""
from __future__ import annotations

from kronika.model import StoredEvent
from kronika.report.grammar import country_name
from kronika.report.headline import person_phrase, quoted_persons
from kronika.report.messages import catalogue, join


def key_sentence(ev: StoredEvent) -> str | None:
    """The source sentence that holds the event's type evidence (else its date or parties), a sentence
    of the text before a headline without a full stop; else the first sentence."""
    from kronika.report.words import passage, sentences

    text, _start = passage(ev)  # the event's own passage: a chronicle's other entries are not its sentences
    spans = ev.evidence
    sents = sentences(text)
    text = ev.document.text
    ranked = sorted(sents, key=lambda s: not s.rstrip().endswith((".", "!", "?", "…")))
    for field in ("type", "date", "countries"):
        for start, end in spans.get(field, []):
            snippet = text[start:end].strip()
            for s in ranked:
                if snippet and snippet in s and s.rstrip().endswith((".", "!", "?", "…")):
                    return s if len(s) <= 400 else s[:400].rsplit(" ", 1)[0] + " …"
    return ranked[0] if ranked else None


def compose(ev: StoredEvent, section, lang: str) -> tuple[str, str | None]:
    """(summary in the report's language, the key source sentence in the source's language): where the
    event took place, who took part (offices, states, names), the states, and what it concerned, in
    sentences whose subject is the kind of event ('Wizyta odbyła się w Wilnie. ... Rozmowy dotyczyły
    bezpieczeństwa i gospodarki.')."""
    from kronika.report.headline import event_key

    c = catalogue(lang)
    key = event_key(ev)  # an agreement its source does not say was reached is no 'Uzgodnienia'
    pick = lambda table: table.get(key) or table.get(ev.type or "") or table["OTHER"]
    out = []
    where = _where(ev, lang)
    if where:
        out.append(pick(c["S_WHERE"]).format(where=where))
    persons = [person_phrase(p, "nom", lang) for p in quoted_persons(ev)[:4]]
    if persons:
        out.append(c["S_PARTICIPANTS"].format(persons=join(list(dict.fromkeys(persons)), lang)))
    states = [country_name(x, lang) for x in ev.countries]
    if states:
        out.append(c["S_STATES"].format(states=join(states, lang)))
    topics = list(ev.topics)
    if ev.type == "AID":
        from kronika.report.headline import _NOT_FIELDS_OF_AID

        topics = [x for x in topics if x not in _NOT_FIELDS_OF_AID]  # 'Pomoc dotyczy pomocy rozwojowej'
    if topics:
        words = [c["TOPICS"].get(x, x) for x in topics]  # the case the sentence's verb takes
        out.append(pick(c["S_ABOUT"]).format(topics=join(words, lang)))
    if not out:
        kinds = c["KINDS"]
        out.append(c["S_KIND"].format(kind=pick(kinds)))
    return " ".join(out), key_sentence(ev)


def _where(ev: StoredEvent, lang: str) -> str:
    """' w Wilnie (Litwa)', ' w Słowacji': the place in the case its preposition takes."""
    from kronika.report.words import city_name
    from kronika.report.grammar import decline
    from kronika.report.grammar import fill

    from kronika.report.headline import place_is_the_events

    c = catalogue(lang)
    if not place_is_the_events(ev):  # 'the summit in Singapore' recalled at a G20 meeting is not its place
        return ""
    city, state = ev.location.city, ev.location.country
    if city:
        place = fill(c["PLACE_PHRASE"], lang, city=city_name(city, lang))
        same = state and city_name(city, lang) == country_name(state, lang)  # not 'Singapur (Singapur)'
        return f"{place} ({country_name(state, lang)})" if state and not same else place
    if state:
        from kronika.report.headline import state_preposition

        return state_preposition(fill(c["PLACE_IN_COUNTRY"], lang, country=country_name(state, lang)), state, lang)
    return ""
