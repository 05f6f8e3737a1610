"""Headlines built from an event's fields: who (office, state, name) did what the type says, with whom, where."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.model import Person, StoredEvent
from kronika.report.grammar import country_name, decline, decline_name, decline_person, fix_prepositions
from kronika.report.messages import catalogue
from kronika.report.names import declines_alike, gender, in_case, render

_SLOT = re.compile(r"\{(\w+)(?::(\w+(?::\w+)?))?\}")
_BOTH = re.compile(r"\{a(?::(\w+))?\}( \w+ )\{b(?::\1)?\}")  # '{a:gen} i {b:gen}': the two sides listed as one
# offices of a state, which take its name ('minister spraw zagranicznych Rosji'); any other office
# (a chairman, a rector, a director) is of something else in the state: 'prezes X (Rosja)'
_STATE_OFFICES = ("minister", "deputy minister", "vice minister", "state minister", "state secretary",
                  "deputy state secretary", "prime minister", "deputy prime minister", "president", "vice president",
                  "vice-president of the state", "ambassador", "chargé", "charge d", "consul", "speaker of parliament",
                  "emperor", "king", "queen", "leader", "head of state", "head of government", "acting minister",
                  "special envoy", "special adviser", "special representative", "foreign minister", "chancellor",
                  "first vice-president of the state", "president of the presidium")
_LOCAL_OFFICES = ("mayor", "governor", "prefect", "deputy mayor", "vice-governor")
_NOT_FIELDS_OF_AID = {"development_aid", "territorial", "multilateral", "parliamentary", "subnational"}


@cache
def _roles(lang: str) -> dict[str, str]:
    """English role keys -> the office's nominative in the language (lang/<xx>/roles.yaml)."""
    from kronika import lang as langdata

    if lang not in langdata.available():
        return {}
    roles = langdata.load(lang).raw.get("roles", {}).get("ROLES") or {}
    return {k: str(v[0]) for k, v in roles.items() if v}


def role_phrase(role: str | None, lang: str) -> str:
    """'ambassador of Belarus to Japan' -> 'ambasador'; an unknown office is left out in Polish."""
    if not role:
        return ""
    key = re.split(r"\s+(?:of|to|for)\s+(?=[A-Z])", role)[0].strip()
    if catalogue(lang).get("ROLES_AS_WRITTEN"):  # the registry's own (English) office names, names kept
        return key[:1].lower() + key[1:]
    key = key.lower()
    return _roles(lang).get(key, "")


def person_phrase(p: Person, case: str, lang: str) -> str:
    """'ambasadorem Białorusi Ruslanem Esinem': office (declined), state (genitive), name (declined);
    a woman's office stays as it is ('z minister spraw zagranicznych KRLD Czoe Son Hui')."""
    c = catalogue(lang)
    role = role_phrase(p.role, lang)
    rendered = render(p, lang)
    institution = re.search(r"\bof the [A-Z]", p.role or "")  # 'president of the European Council'
    local = (p.role or "").lower().startswith(_LOCAL_OFFICES)  # a mayor is no 'burmistrz Japonii'
    country = country_name(p.country, lang) if p.country and role and not (institution or local) else ""
    template = c.get("PERSON_OF_INSTITUTION") or c["PERSON"] if institution else c["PERSON"]
    if country and not (p.role or "").lower().startswith(_STATE_OFFICES):
        template = c.get("PERSON_NOT_OF_STATE") or template  # 'prezes Rosji' would be the state's: 'prezes X (Rosja)'
    if role and rendered.gender != "f":
        role = decline_person(role, case, lang, words=3)
    name = in_case(rendered, case, lang)
    text = _SLOT.sub(lambda m: {"role": role, "country": decline(country, m.group(2), lang) if country else "",
                                "name": name}[m.group(1)], template)
    text = text.replace(" ()", "")
    text = re.sub(r"\b(the [\w ]+s)'s\b", r"\1'", text)  # 'the United States' special envoy'
    return re.sub(r"\s+", " ", re.sub(r"^\s*'s?\b", "", text)).strip()  # no state: no "'s"


def _sides(ev: StoredEvent, section) -> tuple[list[str], list[str]]:
    """The event's states on the section's two sides (a, b), in the event's own order."""
    parties = list(dict.fromkeys(ev.countries + ev.subjects))
    if section is None:
        return parties[:1], parties[1:]
    a = [x for x in parties if x in section.a]
    b = [x for x in parties if x in section.b]
    rest = [x for x in parties if x not in section.a and x not in section.b]
    return a or rest[:1], b or rest[1:] or rest[:1]


def _pick_persons(ev: StoredEvent, a: list[str], b: list[str]) -> list[QuotedPerson]:
    """One person per side (with an office first), the acting side's person first."""
    ps = quoted_persons(ev)
    ranked = sorted(ps, key=lambda p: not p.role)
    pa = next((p for p in ranked if p.country in a), None)
    pb = next((p for p in ranked if p.country in b and p is not pa), None)
    chosen = [p for p in (pa, pb) if p]
    if len(chosen) < 2:
        chosen += [p for p in ranked if p not in chosen and p.country not in (a + b)][: 2 - len(chosen)]
    return chosen[:2]


@dataclass
class QuotedPerson(Person):
    """An event's person with the language of the text its original name was quoted from."""
    doc_lang: str | None = None


def quoted_persons(ev: StoredEvent) -> list[QuotedPerson]:
    """The event's persons, each with the language of the text their original names were quoted from."""
    return [QuotedPerson(p.name, p.name_original, p.country, p.role, p.evidence, ev.document.language)
            for p in ev.persons]


def headline(ev: StoredEvent, section, lang: str) -> str:
    """The headline of an event in the report's language."""
    c = catalogue(lang)
    kinds = c["HEADLINE"]
    key = f"{ev.type}/{ev.mode}"
    forms = kinds.get(key) or kinds.get(ev.type or "") or kinds["OTHER"]
    a, b = _sides(ev, section)
    persons = _pick_persons(ev, a, b)
    if len(persons) == 2 and ev.type in _MUTUAL and _mentioned(persons[1], ev) < _mentioned(persons[0], ev):
        persons = persons[::-1]  # a meeting told as the source tells it: 'Siergiej Ławrow spotkał się z Ri Jong Ho'
    if persons and persons[0].country in b and persons[0].country not in a:
        a, b = b, a  # the named person acts: his side comes first
    elif not persons and ev.location.country in a and ev.location.country not in b and b:
        a, b = b, a  # the side that travelled first: 'a visit by Russians in Seoul'
    if len(persons) == 2 and ev.type == "CONSULT" and _knows(persons[1], lang) and not _knows(persons[0], lang) \
            and _alike(persons[0], "inst", lang):
        persons = persons[::-1]  # a meeting is mutual: the one whose gender the verb can agree with speaks
    host = len(persons) == 1 and persons[0].country and persons[0].country == ev.location.country
    variant = "persons" if len(persons) >= 2 and "persons" in forms else \
        "host" if host and "host" in forms else "person" if persons and "person" in forms else "countries"
    body = _addressee(ev, c)
    if body and f"to_body_{variant}" in forms:
        variant = f"to_body_{variant}"  # a request to the UN Security Council: 'apel do Rady Bezpieczeństwa ONZ'
    names = lambda codes, case: _join_cased([country_name(x, lang) for x in codes], case, lang)
    topics = list(ev.topics)
    if ev.type == "AID":  # a field aid goes to: not 'pomoc w dziedzinie pomocy rozwojowej', nor of 'spraw wielostronnych'
        topics = [x for x in topics if x not in _NOT_FIELDS_OF_AID]
    if variant.startswith("to_body_"):  # the body says it: not 'apel do ONZ w dziedzinie spraw wielostronnych'
        topics = [x for x in topics if x != "multilateral"]
    topic = c["TOPIC_PHRASE"].format(topic=c["TOPICS"][topics[0]]) if topics and topics[0] in c["TOPICS"] else ""
    city = ev.location.city if place_is_the_events(ev) else None
    place = _place(city, lang) if city else ""
    where = ev.location.country if place_is_the_events(ev) else None
    place_or_b = place or (_SLOT.sub(lambda m: decline(country_name(where, lang), m.group(2), lang),
                                     c["PLACE_OR_COUNTRY"]) if where else "")

    def sub(m):
        name, case = m.group(1), m.group(2) or "nom"
        if name in ("p1", "p2"):
            i = 0 if name == "p1" else 1
            return person_phrase(persons[i], case, lang) if i < len(persons) else ""
        if name in ("a", "b"):
            return names(a if name == "a" else b, case) or names(a or b, case)
        if name == "ab":  # both sides' states, three or more listed once: 'Japonii, Węgier i Rosji'
            case, _, conj = case.partition(":")
            listed = [decline(country_name(x, lang), case, lang) for x in dict.fromkeys(a + b)]
            return f"{', '.join(listed[:-1])} {conj} {listed[-1]}" if len(listed) > 1 else "".join(listed)
        if name == "persons":
            from kronika.report.messages import join

            return join([person_phrase(p, "nom", lang) for p in persons], lang)
        if name == "body":
            return body.get(case) or body.get("nom", "")
        return {"place": place, "topic": topic, "place_or_b": place_or_b}.get(name, "")

    said_where = place_or_b
    if variant == "persons" and not place and any(_resident(p) for p in persons):
        place_or_b = ""  # an ambassador meets in the state he is posted to: 'w Słowacji' would say nothing
    template = _BOTH.sub(lambda m: f"{{ab:{m.group(1) or 'nom'}:{m.group(2).strip()}}}", forms[variant])
    template = agreeing(template, persons, lang)
    if template is None:  # a gender the sentence would have to agree with is unknown
        neutral = c.get("HEADLINE_NEUTRAL") or {}
        template = neutral.get(key) or neutral.get(ev.type or "") or neutral.get("OTHER") or forms[variant]
        template = _VERB.sub(lambda m: m.group(1), template)
        place_or_b = said_where  # 'wizyta w Rumunii: ...' names no state otherwise
    text = fix_prepositions(re.sub(r"\s+", " ", _SLOT.sub(sub, template)).strip(), lang)
    return text[:1].upper() + text[1:] if catalogue(lang).get("HEADLINE_CAPITALISED") else text


def _addressee(ev: StoredEvent, c: dict) -> dict:
    """The body an event's request is addressed to: the first of the catalogue's ADDRESSEES (the most
    specific first: the Security Council before the UN) among its organisations that is not a party."""
    orgs = set(ev.organizations) - set(ev.countries)
    return next((forms for code, forms in (c.get("ADDRESSEES") or {}).items() if code in orgs), {})


_VERB = re.compile(r"<(\w+)(?:\|(p1|p2|all))?>")


def agreeing(template: str, persons: list[Person], lang: str) -> str | None:
    """The template with its <verb> marks in the form that agrees with their person ('<spotkał>' ->
    'spotkała' for a woman), or None when a verb or a declined person needs a gender nobody knows."""
    from kronika.report.grammar import agree_verb, declines
    genders = [gender(p, lang) for p in persons]
    cased = {(int(m.group(1)[1]) - 1, m.group(2)) for m in _SLOT.finditer(template)
             if m.group(1) in ("p1", "p2") and (m.group(2) or "nom") != "nom"}
    if declines(lang) and any(i < len(genders) and genders[i] is None and not _alike(persons[i], case, lang)
                              for i, case in cased):
        return None
    unknown = False

    def verb(m):
        nonlocal unknown
        who = m.group(2) or "p1"
        if who == "all":
            gs = genders[:2]
            if "m" in gs:
                return m.group(1)
            unknown = unknown or None in gs
            return agree_verb(m.group(1), "f", plural=True)
        i = 0 if who == "p1" else 1
        g = genders[i] if i < len(genders) else "m"
        unknown = unknown or g is None
        return agree_verb(m.group(1), g or "m")

    out = _VERB.sub(verb, template)
    return None if unknown else out


_MUTUAL = ("CONSULT", "AGREE", "COOPERATE")  # types whose two persons can be named in either order


def _mentioned(p: Person, ev: StoredEvent) -> int:
    """Where the text first names the person (its original spelling, else a word of the name)."""
    text = ev.document.text or ""
    spots = [text.find(p.name_original)] if p.name_original else []
    spots += [text.find(w[:5]) for w in (p.name or "").split() if len(w) >= 4]
    found = [x for x in spots if x >= 0]
    return min(found) if found else len(text) + 1


def _resident(p: Person) -> bool:
    role = (p.role or "").lower()
    return role.startswith(("ambassador", "chargé", "charge d", "consul"))


def _knows(p: Person, lang: str) -> bool:
    return gender(p, lang) is not None


def _alike(p: Person, case: str, lang: str) -> bool:
    """Whether a person of unknown gender can stand in the case: no office (a woman's stays in the
    nominative, a man's declines) and a name with one form for both ('z Eizo Kaneyasu')."""
    return not role_phrase(p.role, lang) and declines_alike(render(p, lang), case, lang)


def place_is_the_events(ev: StoredEvent) -> bool:
    """A headline names a place only when the text puts it in the headline line, the lead sentence or
    the sentence that says what happened (the first type evidence), or an analyst set it: 'the summit
    in Singapore' recalled in a later sentence is not where this meeting was."""
    if "location_city" in ev.curated or "location_country" in ev.curated:
        return True
    spans = ev.evidence
    place, kind, text = spans.get("location"), spans.get("type"), ev.document.text or ""
    if not place or not kind or not text:
        return True
    first = min(kind)[0]
    bounds = [m.end() for m in re.finditer(r"[.!?…](?=\s)|\n", text)]
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    title_end = text.find("\n") if 0 < text.find("\n") < 200 else 0  # a headline line names the place too
    lead = -1  # so does the lead: the first sentence after it that is not a dateline ('21 мая 2025 года')
    for m in re.finditer(r"[^\n]+", text[title_end:]):
        line = m.group(0).strip()
        if line and (len(line) >= 60 or not re.search(r"\d", line)):
            lead = sentence(title_end + m.start() + (len(m.group(0)) - len(m.group(0).lstrip())))
            break
    if any(sentence(start) in (sentence(first), lead) or start < title_end for start, _end in place):
        return True
    # the place found in a dateline ('Tbilisi, 28 May 2025') and named again where it happened
    edges = [0, *bounds, len(text)]
    said = " ".join(text[edges[i]:edges[i + 1]] for i in {sentence(first), lead} if 0 <= i < len(edges) - 1)
    return any(re.search(rf"\b{re.escape(text[a:b])}\b", said) for a, b in place if b > a)


def _join_cased(names: list[str], case: str, lang: str) -> str:
    from kronika.report.messages import join

    return join([decline(n, case, lang) for n in names], lang)


def _place(city: str, lang: str) -> str:
    from kronika.report.words import city_name
    from kronika.report.grammar import fill

    return fill(catalogue(lang)["PLACE_PHRASE"], lang, city=city_name(city, lang))

