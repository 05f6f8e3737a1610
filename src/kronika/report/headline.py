"""Headlines built from an event's fields: who (office, state, name) did what the type says, with whom, where."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.model import Person, StoredEvent
from kronika.report.body import body
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
# offices of a state held where its envoy is posted (roles.yaml keys, by their start)
RESIDENT_OFFICES = ("ambassador", "chargé", "charge d", "consul", "counsellor")
LOCAL_OFFICES = ("mayor", "governor", "prefect", "deputy mayor", "vice-governor")
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
    written = getattr(p, "office_written", None) if getattr(p, "doc_lang", None) == lang else None
    role = written or role_phrase(p.role, lang)
    rendered = render(p, lang)
    institution = re.search(r"\bof the [A-Z]", p.role or "")  # 'president of the European Council'
    local = (p.role or "").lower().startswith(LOCAL_OFFICES)  # a mayor is no 'burmistrz Japonii'
    country = country_name(p.country, lang) if p.country and role and not (institution or local) else ""
    template = c.get("PERSON_OF_INSTITUTION") or c["PERSON"] if institution else c["PERSON"]
    if country and (not (p.role or "").lower().startswith(_STATE_OFFICES) or _unknown_head(p)):
        template = c.get("PERSON_NOT_OF_STATE") or template  # 'prezes Rosji' would be the state's: 'prezes X (Rosja)'
    if role and rendered.gender != "f":
        role = decline_person(role, case, lang, words=3)
    office_place = getattr(p, "office_place", None)  # a QuotedPerson's
    if role and office_place:  # 'burmistrz Shiroishi': the place the extraction found in the name
        from kronika.report.words import city_name

        role = c["OFFICE_PLACE"].format(role=role, place=city_name(office_place, lang))
    name = in_case(rendered, case, lang)
    text = _SLOT.sub(lambda m: {"role": role, "country": decline(country, m.group(2), lang) if country else "",
                                "name": name}[m.group(1)], template)
    text = text.replace(" ()", "")
    text = re.sub(r"\b(the [\w ]+s)'s\b", r"\1'", text)  # 'the United States' special envoy'
    return re.sub(r"\s+", " ", re.sub(r"^\s*'s?\b", "", text)).strip()  # no state: no "'s"


_HEAD_OFFICES = ("president", "vice president", "vice-president")  # one holder per state, all in the registry


def _unknown_head(p: Person) -> bool:
    """A state's president or vice-president the registry does not know is another body's ('vice
    president' of a chamber of commerce is no 'wiceprezydent Ukrainy')."""
    from kronika.report.names import registry_person

    return (p.role or "").lower().strip() in _HEAD_OFFICES and registry_person(p) is None


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
    ps = _named_where_it_happened(ev, quoted_persons(ev))
    ranked = sorted(ps, key=lambda p: not p.role)
    pa = next((p for p in ranked if p.country in a), None)
    pb = next((p for p in ranked if p.country in b and p is not pa), None)
    chosen = [p for p in (pa, pb) if p]
    if len(chosen) < 2:
        chosen += [p for p in ranked if p not in chosen and p.country not in (a + b)][: 2 - len(chosen)]
    return chosen[:2]


@dataclass
class QuotedPerson(Person):
    """An event's person with the language of the text its original name was quoted from, and the
    place of a local office the report found in the name ('burmistrz Shiroishi')."""
    doc_lang: str | None = None
    office_place: str | None = None
    gender_hint: str | None = None  # what a case ending the source gave the name told ('Im Chong-ila': a man)
    office_written: str | None = None  # the office as a source in the report's language names it ('przewodniczący')


def quoted_persons(ev: StoredEvent) -> list[QuotedPerson]:
    """The event's persons, each with the language of the text their original names were quoted from."""
    return [QuotedPerson(p.name, p.name_original, p.country, p.role, p.evidence, ev.document.language,
                         getattr(p, "office_place", None), getattr(p, "gender_hint", None),
                         getattr(p, "office_written", None)) for p in ev.persons]


def headline(ev: StoredEvent, section, lang: str) -> str:
    """The headline of an event in the report's language."""
    c = catalogue(lang)
    own = None if ev.type else own_clause(ev, lang)
    if own:
        return own[:1].upper() + own[1:] if c.get("HEADLINE_CAPITALISED") else _common_lower(own, lang, {
            w for p in ev.persons for n in (p.name, p.name_original) if n for w in n.split()})
    kinds = c["HEADLINE"]
    key = event_key(ev)
    forms = kinds.get(key) or kinds.get(ev.type or "") or kinds["OTHER"]
    a, b = _sides(ev, section)
    persons = _pick_persons(ev, a, b)
    req = _requester(ev, persons) if ev.type == "REQUEST" else None
    if isinstance(req, Person):
        persons = [req] + [p for p in persons if p is not req]  # who asks speaks first
    if len(persons) == 2 and ev.type in _MUTUAL and _mentioned(persons[1], ev) < _mentioned(persons[0], ev):
        persons = persons[::-1]  # a meeting told as the source tells it: 'Siergiej Ławrow spotkał się z Ri Jong Ho'
    if persons and persons[0].country in b and persons[0].country not in a:
        a, b = b, a  # the named person acts: his side comes first
    elif not persons and ev.location.country in a and ev.location.country not in b and b:
        a, b = b, a  # the side that travelled first: 'a visit by Russians in Seoul'
    if len(persons) == 2 and ev.type == "CONSULT" and _knows(persons[1], lang) and not _knows(persons[0], lang) \
            and _alike(persons[0], "inst", lang):
        persons = persons[::-1]  # a meeting is mutual: the one whose gender the verb can agree with speaks
    host = len(persons) == 1 and persons[0].country and (persons[0].country == ev.location.country or (
        ev.type == "CONSULT" and not place_is_the_events(ev) and _told_states(ev) == {persons[0].country}))
    variant = "persons" if len(persons) >= 2 and "persons" in forms else \
        "host" if host and "host" in forms else "person" if persons and "person" in forms else "countries"
    city = ev.location.city if place_is_the_events(ev) else None
    place = _place(city, lang) if city else ""
    if variant == "person" and "resident" in forms and _resident(persons[0]) and _at_post(city, ev) \
            and ev.location.country not in (None, persons[0].country):
        variant = "resident"  # an ambassador in the state he is posted to meets its people, on no 'visit in Japan'
    body = _addressee(ev, c)
    asker = req.country if isinstance(req, Person) else req
    others = [x for x in dict.fromkeys(a + b) if x != asker]
    if isinstance(req, Person) and body and others and "to_body_person_about" in forms and persons[0] is req:
        variant = "to_body_person_about"  # 'Siergiej Ławrow zwrócił się do Rady Bezpieczeństwa ONZ w sprawie …'
    elif isinstance(req, str):  # a state asks: 'Rosja zwróciła się do Rady Bezpieczeństwa ONZ w sprawie …'
        variant = ("to_body_state" if others else "to_body_state_alone") if body else "state" if others else variant
        variant = variant if variant in forms else "countries"
    elif body and f"to_body_{variant}" in forms:
        variant = f"to_body_{variant}"  # a request to the UN Security Council: 'apel do Rady Bezpieczeństwa ONZ'
    names = lambda codes, case: _join_cased([country_name(x, lang) for x in codes], case, lang)
    topics = list(ev.topics)
    if ev.type == "AID":  # a field aid goes to: not 'pomoc w dziedzinie pomocy rozwojowej', nor of 'spraw wielostronnych'
        topics = [x for x in topics if x not in _NOT_FIELDS_OF_AID]
    if variant.startswith("to_body_"):  # the body says it: not 'apel do ONZ w dziedzinie spraw wielostronnych'
        topics = [x for x in topics if x != "multilateral"]
    topic = c["TOPIC_PHRASE"].format(topic=c["TOPICS"][topics[0]]) if topics and topics[0] in c["TOPICS"] else ""
    if topics and topics[0] in (c.get("TOPIC_PHRASES") or {}):  # 'w kwestiach terytorialnych', not 'w dziedzinie kwestii'
        topic = c["TOPIC_PHRASES"][topics[0]]
    where = ev.location.country if place_is_the_events(ev) else None
    place_or_b = place or (state_preposition(_SLOT.sub(lambda m: decline(country_name(where, lang), m.group(2), lang),
                                                       c["PLACE_OR_COUNTRY"]), where, lang) if where else "")

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
        if name == "req":
            return decline(country_name(req, lang), case, lang) if isinstance(req, str) else ""
        if name == "other":
            return _join_cased([country_name(x, lang) for x in others], case, lang)
        return {"place": place, "topic": topic, "place_or_b": place_or_b}.get(name, "")

    said_where = place_or_b
    if variant == "persons" and not place and any(_resident(p) for p in persons):
        place_or_b = ""  # an ambassador meets in the state he is posted to: 'w Słowacji' would say nothing
    template = _BOTH.sub(lambda m: f"{{ab:{m.group(1) or 'nom'}:{m.group(2).strip()}}}", forms[variant])
    if isinstance(req, str):
        template = _VERB_REQ.sub(lambda m: state_verb(m.group(1), country_name(req, lang), lang), template)
    template = agreeing(template, persons, lang)
    if template is None:  # a gender the sentence would have to agree with is unknown
        neutral = c.get("HEADLINE_NEUTRAL") or {}
        template = neutral.get(key) or neutral.get(ev.type or "") or neutral.get("OTHER") or forms[variant]
        template = _VERB.sub(lambda m: m.group(1), template)
        place_or_b = said_where  # 'wizyta w Rumunii: ...' names no state otherwise
    text = fix_prepositions(re.sub(r"\s+", " ", _SLOT.sub(sub, template)).strip(), lang)
    return text[:1].upper() + text[1:] if catalogue(lang).get("HEADLINE_CAPITALISED") else text


_VERB_REQ = re.compile(r"<(\w+)\|req>")
UNSAID = "AGREE/unsaid"  # the catalogues' forms for an AGREE whose sentences say no one agreed


def event_key(ev: StoredEvent) -> str:
    """The catalogue key of the event's wording: 'TYPE/mode', or AGREE/unsaid when no one is said to agree."""
    if ev.type == "AGREE" and not agreement_said(ev):
        return UNSAID
    # 'delegacja, która wiosną odwiedziła Seul': the visit is an earlier one
    if ev.type == "CONSULT" and ev.mode == "visit" and _visit_only_recalled(ev):
        return "CONSULT/None"  # the visit was an earlier one: this is a meeting
    return f"{ev.type}/{ev.mode}"


def _told_states(ev: StoredEvent) -> set[str]:
    """The states of the cities the sentences that tell the event name (the source language's CITIES)."""
    from kronika import data
    from kronika import lang as langdata

    code, text = ev.document.language or "", ev.document.text or ""
    spans = ev.evidence.get("type") or []
    if code not in langdata.available() or not text or not spans:
        return set()
    cities = langdata.load(code).raw.get("places", {}).get("CITIES") or {}
    bounds = sentence_bounds(text, lines=False)
    edges = [0, *bounds, len(text)]
    at = lambda pos: sum(1 for b in bounds if b <= pos)
    told = " ".join(text[edges[i]:edges[i + 1]] for i in sorted({at(a) for a, _b in spans}) if i < len(edges) - 1)
    low = told.lower()
    out = set()
    for city, forms in cities.items():
        pattern = _word_pattern(tuple(str(f).lower() for f in forms or []))
        if pattern and pattern.search(low) and data.city_country(city):
            out.add(data.city_country(city))
    return out


def _visit_only_recalled(ev: StoredEvent) -> bool:
    """Whether the event's visit words stand only in sentences that recall another time."""
    from kronika import lang as langdata

    code, text = ev.document.language or "", ev.document.text or ""
    spans = ev.evidence.get("type") or []
    if code not in langdata.available() or not text or not spans or "mode" in ev.curated:
        return False
    forms = (langdata.load(code).raw.get("events", {}).get("TRIGGERS") or {}).get("CONSULT/visit") or []
    visit = _word_pattern(tuple(str(f).lower() for f in forms))
    if visit is None:
        return False
    bounds = sentence_bounds(text, lines=False)
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    told = {sentence(a) for a, _b in spans}
    background = _background_sentences(ev, bounds, told)
    edges = [0, *bounds, len(text)]
    said = lambda i: bool(visit.search(text[edges[i]:edges[i + 1]].lower())) if i < len(edges) - 1 else False
    return bool(background) and not any(said(i) for i in told) and any(said(i) for i in background)


def agreement_said(ev: StoredEvent) -> bool:
    """Whether a sentence that tells the event says the parties agreed (AGREED, not NOT_AGREED)."""
    from kronika import lang as langdata
    from kronika.report.words import passage

    code = ev.document.language or ""
    # an invitation, an offer or a plan is PLOVER's AGREE but no agreement; an analyst's type, a language that
    # lists no such words or an event without its text is taken at its word
    if "type" in ev.curated or code not in langdata.available() or not ev.document.text:
        return True
    data = langdata.load(code)
    if not data.agreed:
        return True
    text = ev.document.text or ""
    told, start = passage(ev)
    spans = [(a, b) for a, b in ev.evidence.get("type") or [] if start <= a < start + len(told)]
    if spans:
        edges = [0, *sentence_bounds(text), len(text)]
        at = lambda pos: max(i for i, e in enumerate(edges[:-1]) if e <= pos)
        told = [text[edges[i]:edges[i + 1]] for i in sorted({at(a) for a, _b in spans})]
    else:
        told = [told]
    said, unsaid, recalled = _word_pattern(data.agreed), _word_pattern(data.not_agreed), \
        _word_pattern(data.background)
    for sent in told:
        plain = unsaid.sub(" ", sent.lower()) if unsaid else sent.lower()
        if said.search(plain) and not (recalled and recalled.search(plain)):
            return True
    return False


@cache
def _word_pattern(forms: tuple[str, ...]) -> re.Pattern | None:
    """Whole words or phrases of a lexicon list ('uzgodni*' a stem), longest first; None for none."""
    if not forms:
        return None
    # words of a script written without spaces (ja, ko) stand inside longer runs of letters: no word edges
    edged = lambda f: re.escape(f).replace(r"\*", r"\w*") if _UNSPACED.search(f) else \
        r"(?<!\w)" + re.escape(f).replace(r"\*", r"\w*") + r"(?!\w)"
    return re.compile("|".join(edged(f) for f in sorted(forms, key=len, reverse=True)))


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def state_verb(verb: str, state: str, lang: str) -> str:
    """A past-tense verb agreeing with a state's name as subject ('Rosja zwróciła', 'Stany
    Zjednoczone zwróciły', 'Chiny zwróciły'); as written when the dictionary cannot tell."""
    from kronika.report.grammar import declines, noun_agreement, past_form

    if not declines(lang):
        return verb
    number, gender = noun_agreement(state)
    # a state's plural name is never of persons ('Stany Zjednoczone zwróciły', not 'zwrócili')
    return past_form(verb, number, "n" if number == "pl" else gender)


def _requester(ev: StoredEvent, persons: list[Person]):
    """Who asks in a request: the person or state named first in the first sentence that tells what
    happened and names a party (the subject comes first, in SVO and SOV languages alike: 'Russia asks
    the U.N. Security Council to discuss North Korea sanctions'; 'Prośba … została wystosowana przez
    Rosję' names only the asker); None when the evidence does not say. A state is returned as its
    code, a person as the person."""
    from kronika.report_names import country_name as cldr

    text = ev.document.text or ""
    spans = ev.evidence
    if not spans.get("type") or not text:
        return None
    bounds = sentence_bounds(text)
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    mentions = []
    people = quoted_persons(ev)
    if len(spans.get("persons") or []) == len(people):
        mentions += [(a, next(q for q in persons if q == p)) for (a, _b), p in zip(spans["persons"], people)
                     if p in persons]
    states = list(dict.fromkeys(ev.countries))
    for a, b in spans.get("countries") or []:
        said = text[a:b].split()
        code = next((x for x in states if _same_words(said, cldr(x, ev.document.language or "en").split())), None)
        if code:
            mentions.append((a, code))
    for p in persons:  # every mention of a person's surname, not only the first the evidence keeps
        surnames = {n.split()[-1] for n in (p.name_original, p.name) if n and n.split()}
        mentions += [(m.start(), p) for w in surnames if len(w) >= 4 for m in re.finditer(re.escape(w[:5]), text)]
    for told in sorted({sentence(a) for a, _b in spans["type"]}):
        inside = sorted((m for m in mentions if sentence(m[0]) == told), key=lambda m: m[0])
        if inside:
            first = inside[0][1]
            # 'Minister spraw zagranicznych Rosji Siergiej Ławrow zwrócił się …': the state's own person asks
            own = next((who for _a, who in inside if isinstance(who, Person) and who.country == first), None)
            return own or first
    return None


def _same_words(said: list[str], name: list[str]) -> bool:
    """'Rosję' is 'Rosja', 'Koreę Północną' 'Korea Północna' (not 'Korea Południowa'): as many words,
    each beginning alike (a declined form keeps its first letters)."""
    return len(said) == len(name) and all(x[:4].lower() == y[:4].lower() for x, y in zip(said, name))


def own_clause(ev: StoredEvent, lang: str) -> str | None:
    """An event of no type told in the report's language: the first sentence of its body that names
    one of its persons, without the frame that reports it ('Ambasada poinformowała, że …'), when
    short enough for a headline; else None."""
    from kronika.report.words import sentences

    if (ev.document.language or lang) != lang or not ev.persons:
        return None
    words = {w for p in ev.persons for w in (p.name or "").split() if len(w) > 2}
    for sent in sentences(body(ev)):
        if not any(w in sent for w in words):
            continue
        for mark in catalogue(lang).get("REPORTED_CLAUSE") or []:
            head, found, tail = sent.partition(mark)
            if found and not any(w in head for w in words):
                sent = tail
                break
        sent = sent.strip().rstrip(".")
        return sent if len(sent) <= 200 else None
    return None


def state_preposition(phrase: str, state: str | None, lang: str) -> str:
    """' w Ukrainie' -> ' na Ukrainie': the preposition the language puts before the state (STATE_PREPOSITION)."""
    word = (catalogue(lang).get("STATE_PREPOSITION") or {}).get(state or "")
    return re.sub(r"^(\s*)\w+", lambda m: m.group(1) + word, phrase, count=1) if word else phrase


def _common_lower(text: str, lang: str, names: set[str] = frozenset()) -> str:
    """The sentence with its first word in lower case when that word is a common one and no name."""
    from kronika.report.grammar import _morfeusz, declines

    first = text.split(" ", 1)[0]
    if not declines(lang) or not first[:1].isupper() or not first[1:].islower() or first in names:
        return text
    readings = _morfeusz().analyse(first.lower())
    common = readings and all(not r[2][2].startswith("ign") and r[2][1][:1].islower() for r in readings)
    return first.lower() + text[len(first):] if common else text


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
    return role.startswith(RESIDENT_OFFICES)


def _at_post(city: str | None, ev: StoredEvent) -> bool:
    """Whether the event is where a foreign ambassador lives: no city said, or the state's capital."""
    from kronika.data import capital

    return not city or city == capital(ev.location.country or "")


def _knows(p: Person, lang: str) -> bool:
    return gender(p, lang) is not None


def _alike(p: Person, case: str, lang: str) -> bool:
    """Whether a person of unknown gender can stand in the case: no office (a woman's stays in the
    nominative, a man's declines) and a name with one form for both ('z Eizo Kaneyasu')."""
    return not role_phrase(p.role, lang) and declines_alike(render(p, lang), case, lang)


def _where_it_happened(ev: StoredEvent, spans: dict):
    """(whether a position lies in the headline line, the lead or the sentence that says what
    happened; the sentence of a position; that sentence; the lead; sentence bounds), or None when
    the evidence does not tell."""
    kind, text = spans.get("type"), ev.document.text or ""
    if not kind or not text:
        return None
    first = min(kind)[0]
    bounds = sentence_bounds(text)
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    title_end = text.find("\n") if 0 < text.find("\n") < 200 else 0  # a headline line names the place too
    lead = -1  # so does the lead: the first sentence after it that is not a dateline ('21 мая 2025 года')
    for m in re.finditer(r"[^\n]+", text[title_end:]):
        line = m.group(0).strip()
        if line and (len(line) >= 60 or not re.search(r"\d", line)):
            lead = sentence(title_end + m.start() + (len(m.group(0)) - len(m.group(0).lstrip())))
            break
    named_there = lambda pos: sentence(pos) in (sentence(first), lead) or pos < title_end
    return named_there, sentence, first, lead, bounds


def sentence_bounds(text: str, lines: bool = True) -> list[int]:
    """Where the text's sentences end: a full stop, '!' or '?' before a word that is not lower-case,
    not after an abbreviation ('ds. Zjednoczenia', 'Н.Пр. г-н', '14. listopada'; 'szczycie G20.' ends
    one); at every line break (lines) or only between paragraphs."""
    from kronika.text.tokens import _abbreviation_ends

    out = []
    for m in re.finditer(r"[.!?…](?=\s)|\n\s*\n" + (r"|\n" if lines else ""), text):
        head, nxt = text[:m.end()], text[m.end():].lstrip()[:1]
        if "\n" in m.group(0) or (not nxt.islower() and (not _abbreviation_ends(head)
                                                        or re.search(r"[^\W\d]\d+\.$", head))):
            out.append(m.end())
    return out


def _named_where_it_happened(ev: StoredEvent, people: list[QuotedPerson]) -> list[QuotedPerson]:
    """The persons a headline may name: all but a pair recalled in a sentence of its own, one that
    neither tells what happened nor names anyone first, and names persons of two states ('…
    kierunkiem wypracowanym przez prezydenta Putina i premiera Abe' puts neither at an office's
    opening; 'Der bulgarische Premierminister Bojko Borissov stellte sich … hinter Japan' alone is the
    host); all when the evidence does not tell."""
    spans = ev.evidence
    mentions = spans.get("persons") or []
    text = ev.document.text or ""
    if not spans.get("type") or not mentions or len(mentions) != len(ev.persons):
        return people
    # sentences end at a full stop, not at a line break inside a paragraph ('spotkała się w Warszawie\nz …')
    bounds = sentence_bounds(text, lines=False)
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    told = {sentence(a) for a, _b in spans["type"]} | {min(sentence(a) for a, _b in mentions)}
    recalled: dict[int, list[QuotedPerson]] = {}
    for p, (start, _end) in zip(people, mentions):
        if sentence(start) not in told:
            recalled.setdefault(sentence(start), []).append(p)
    pairs = [id(p) for group in recalled.values() if len({x.country for x in group}) >= 2 for p in group]
    kept = [p for p in people if id(p) not in pairs]
    # a sentence that recalls another time tells nothing of this event, even where it names someone first
    background = _background_sentences(ev, bounds, {sentence(a) for a, _b in spans["type"]})
    if not background:
        return kept
    return [p for p in kept if not _only_recalled(p, ev, bounds, background)]


def _background_sentences(ev: StoredEvent, bounds: list[int], told: set[int]) -> set[int]:
    """Sentences of the passage, other than those telling the event, that hold a BACKGROUND word."""
    from kronika import lang as langdata
    from kronika.report.words import passage

    code = ev.document.language or ""
    if code not in langdata.available():
        return set()
    marks = _word_pattern(langdata.load(code).background)
    if marks is None:
        return set()
    text = ev.document.text or ""
    told_text, start = passage(ev)
    edges = [0, *bounds, len(text)]
    out = set()
    for i in range(len(edges) - 1):
        if edges[i + 1] <= start or edges[i] >= start + len(told_text) or i in told:
            continue
        if marks.search(text[edges[i]:edges[i + 1]].lower()):
            out.add(i)
    return out


def _only_recalled(p: Person, ev: StoredEvent, bounds: list[int], background: set[int]) -> bool:
    """Whether every mention of the person in the passage stands in a background sentence."""
    from kronika.report.words import passage

    told_text, start = passage(ev)
    words = {w for n in (p.name_original, p.name) if n for w in n.split() if len(w) >= 4}
    spots = [start + m.start() for w in words for m in re.finditer(re.escape(w[:5]), told_text)]
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    return bool(spots) and all(sentence(x) in background for x in spots)


def place_is_the_events(ev: StoredEvent) -> bool:
    """A headline names a place only when the text puts it in the headline line, the lead sentence or
    the sentence that says what happened (the first type evidence), or an analyst set it: 'the summit
    in Singapore' recalled in a later sentence is not where this meeting was."""
    if "location_city" in ev.curated or "location_country" in ev.curated:
        return True
    spans = ev.evidence
    place, text = spans.get("location"), ev.document.text or ""
    where = _where_it_happened(ev, spans)
    if not place or where is None:
        return True
    named_there, sentence, first, lead, bounds = where
    if not ev.location.city and ev.location.country and not _names_the_state(ev, place):
        return False  # 'Rosyjskiego Kościoła Prawosławnego' names a church, not where it happened
    if any(named_there(start) for start, _end in place):
        return True
    # the place found in a dateline ('Tbilisi, 28 May 2025') and named again where it happened
    edges = [0, *bounds, len(text)]
    said = " ".join(text[edges[i]:edges[i + 1]] for i in {sentence(first), lead} if 0 <= i < len(edges) - 1)
    return any(re.search(rf"\b{re.escape(text[a:b])}\b", said) for a, b in place if b > a)


def _names_the_state(ev: StoredEvent, spans: list) -> bool:
    """Whether a span of the place's evidence is the state's name in some case ('Rosji', 'Rosją'),
    not an adjective made from it ('Rosyjskiego')."""
    from kronika.report_names import country_name as cldr

    name = cldr(ev.location.country, ev.document.language or "en").split()
    text = ev.document.text or ""
    return any(_same_words(text[a:b].split(), name) for a, b in spans)


def _join_cased(names: list[str], case: str, lang: str) -> str:
    from kronika.report.messages import join

    return join([decline(n, case, lang) for n in names], lang)


def _place(city: str, lang: str) -> str:
    from kronika.report.words import city_name
    from kronika.report.grammar import fill

    return fill(catalogue(lang)["PLACE_PHRASE"], lang, city=city_name(city, lang))

