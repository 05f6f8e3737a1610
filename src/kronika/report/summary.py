"""The body of an entry whose source is in another language: composed from the event's fields in the
report's language, and the source's key sentence quoted in its own language."""
from __future__ import annotations

import json

from kronika.report.grammar import country_name
from kronika.report.headline import person_phrase, quoted_persons
from kronika.report.messages import catalogue, join


def key_sentence(ev: dict) -> str | None:
    """The source sentence that holds the event's type evidence (else its date or parties), a sentence
    of the text before a headline without a full stop; else the first sentence."""
    from kronika.report.build import sentences

    text = ev["text"]
    spans = json.loads(ev.get("evidence") or "{}")
    sents = sentences(text)
    ranked = sorted(sents, key=lambda s: not s.rstrip().endswith((".", "!", "?", "…")))
    for field in ("type", "date", "countries"):
        for start, end in spans.get(field, []):
            snippet = text[start:end].strip()
            for s in ranked:
                if snippet and snippet in s and s.rstrip().endswith((".", "!", "?", "…")):
                    return s if len(s) <= 400 else s[:400].rsplit(" ", 1)[0] + " …"
    return ranked[0] if ranked else None


def compose(ev: dict, section, lang: str) -> tuple[str, str | None]:
    """(summary in the report's language, the key source sentence in the source's language)."""
    c = catalogue(lang)
    kinds = c["KINDS"]
    out = [c["S_KIND"].format(kind=kinds.get(f"{ev['type']}/{ev['mode']}") or kinds.get(ev["type"]) or kinds["OTHER"])]
    persons = [person_phrase(p, "nom", lang) for p in quoted_persons(ev)[:4]]
    if persons:
        out.append(c["S_PARTICIPANTS"].format(persons=join(list(dict.fromkeys(persons)), lang)))
    states = [country_name(x, lang) for x in json.loads(ev["countries"])]
    if states:
        out.append(c["S_STATES"].format(states=join(states, lang)))
    if ev.get("location_city") or ev.get("location_country"):
        from kronika.report.build import city_name

        where = [city_name(ev["location_city"], lang)] if ev.get("location_city") else []
        if ev.get("location_country"):
            where.append(country_name(ev["location_country"], lang))
        out.append(c["S_PLACE"].format(place=", ".join(where)))
    topics = [c["TOPICS_NOMINATIVE"].get(x, x) for x in json.loads(ev["topics"] or "[]")]
    if topics:
        out.append(c["S_TOPICS"].format(topics=join(topics, lang)))
    return " ".join(out), key_sentence(ev)
