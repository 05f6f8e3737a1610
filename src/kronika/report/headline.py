"""Headlines built from an event's fields: who (office, state, name) did what the type says, with whom, where."""
from __future__ import annotations

import json
import re
from functools import cache

from kronika.report.grammar import country_name, decline, decline_name, decline_person, fix_prepositions
from kronika.report.messages import catalogue

_SLOT = re.compile(r"\{(\w+)(?::(\w+(?::\w+)?))?\}")
_BOTH = re.compile(r"\{a(?::(\w+))?\}( \w+ )\{b(?::\1)?\}")  # '{a:gen} i {b:gen}': the two sides listed as one
_IOTATED = {"е": "je", "ё": "jo", "ю": "ju", "я": "ja", "є": "je"}
_VOWELS = "аеёиоуыэюяіїєъь"
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
_SKI = re.compile(r"(?<=[sc])k(?:ij|yj|y)\b")


def polish_cyrillic(name: str, state: str = "RU", lang: str = "pl") -> str:
    """'Сергей Лавров' -> 'Siergiej Ławrow': the letters of the person's state (CYRILLIC in the report
    wording); л is ł except before a soft vowel (е is hard where it is written e: 'Кулеба' Kułeba),
    е/ю/я begin with j at a word's start or after a vowel; adjectival surnames end in -ski, -cki
    ('Зеленський' Zełenski, 'Жолковский' Żołkowski)."""
    table = catalogue(lang).get("CYRILLIC") or {}
    letters = {**table.get("base", {}), **(table.get(state) or {})}
    soft = set("ьеёюяиіє") - ({"и"} if letters.get("и") == "y" else set()) - \
        ({"е"} if letters.get("е") == "e" else set())
    out = []
    low = name.lower()
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        prev = low[i - 1] if i else " "
        tr = letters.get(ch, ch)
        if ch == "л":
            tr = "l" if nxt in soft else "ł"
        elif ch in _IOTATED and prev in "иі" and not nxt.isalpha() and letters.get(ch, "").startswith("i"):
            tr = tr[1:]  # a final 'ия' is 'ia' ('Мария' Maria)
        elif ch in _IOTATED and (not prev.isalpha() or prev in _VOWELS):
            tr = _IOTATED[ch] if letters.get(ch, "")[:1] in ("i", "j") else tr
        elif ch == "ь" and nxt and nxt in "аоу":
            tr = "j"
        if tr and ch in _IOTATED and prev in "чшщжл" and tr.startswith("i"):
            tr = tr[1:]  # a soft l and the hushes need no i ('Лебедев' Lebiediew, 'Чечня' Czeczenia)
        out.append(tr.capitalize() if name[i].isupper() and tr else tr)
    return _SKI.sub("ki", "".join(out))


def person_name(p: dict, lang: str) -> str:
    """A person's name for the report: the Polish transcription of a Cyrillic original when it is the
    whole name in its base form (as many words as the canonical name, the same last letter), by the
    alphabet of the text it was quoted from (CYRILLIC_LANGUAGES), else the canonical name."""
    orig = p.get("name_original") or ""
    canon = p.get("name") or orig
    table = catalogue(lang).get("CYRILLIC") or {}
    if not re.search(r"[\u0400-\u04FF]", orig) or (p.get("country") or "RU") not in table:
        return canon
    written = (catalogue(lang).get("CYRILLIC_LANGUAGES") or {}).get(p.get("doc_lang") or "")
    tr = polish_cyrillic(orig, written or p.get("country") or "RU", lang)
    last = lambda x: {"w": "v", "ł": "l", "j": "y", "h": "g"}.get(x[-1:].lower(), x[-1:].lower())
    if len(tr.split()) != len(canon.split()) or last(tr) != last(canon):
        return canon  # a declined form ('Іваєю') or a surname alone: the canonical name is safer
    return tr


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


def person_phrase(p: dict, case: str, lang: str) -> str:
    """'ambasadorem Białorusi Ruslanem Esinem': office (declined), state (genitive), name (declined);
    a woman's office stays as it is ('z minister spraw zagranicznych KRLD Czoe Son Hui')."""
    from kronika.report.names import in_case, render

    c = catalogue(lang)
    role = role_phrase(p.get("role"), lang)
    rendered = render(p, lang)
    institution = re.search(r"\bof the [A-Z]", p.get("role") or "")  # 'president of the European Council'
    local = (p.get("role") or "").lower().startswith(_LOCAL_OFFICES)  # a mayor is no 'burmistrz Japonii'
    country = country_name(p["country"], lang) if p.get("country") and role and not (institution or local) else ""
    template = c.get("PERSON_OF_INSTITUTION") or c["PERSON"] if institution else c["PERSON"]
    if country and (not (p.get("role") or "").lower().startswith(_STATE_OFFICES) or _unknown_head(p)):
        template = c.get("PERSON_NOT_OF_STATE") or template  # 'prezes Rosji' would be the state's: 'prezes X (Rosja)'
    if role and rendered.gender != "f":
        role = decline_person(role, case, lang, words=3)
    if role and p.get("office_place"):  # 'burmistrz Shiroishi': the place the extraction found in the name
        from kronika.report.build import city_name

        role = c["OFFICE_PLACE"].format(role=role, place=city_name(p["office_place"], lang))
    name = in_case(rendered, case, lang)
    text = _SLOT.sub(lambda m: {"role": role, "country": decline(country, m.group(2), lang) if country else "",
                                "name": name}[m.group(1)], template)
    text = text.replace(" ()", "")
    text = re.sub(r"\b(the [\w ]+s)'s\b", r"\1'", text)  # 'the United States' special envoy'
    return re.sub(r"\s+", " ", re.sub(r"^\s*'s?\b", "", text)).strip()  # no state: no "'s"


_HEAD_OFFICES = ("president", "vice president", "vice-president")  # one holder per state, all in the registry


def _unknown_head(p: dict) -> bool:
    """A state's president or vice-president the registry does not know is another body's ('vice
    president' of a chamber of commerce is no 'wiceprezydent Ukrainy')."""
    from kronika.report.names import registry_person

    return (p.get("role") or "").lower().strip() in _HEAD_OFFICES and registry_person(p) is None


def _sides(ev: dict, section) -> tuple[list[str], list[str]]:
    """The event's states on the section's two sides (a, b), in the event's own order."""
    parties = list(dict.fromkeys(json.loads(ev["countries"]) + json.loads(ev.get("subjects") or "[]")))
    if section is None:
        return parties[:1], parties[1:]
    a = [x for x in parties if x in section.a]
    b = [x for x in parties if x in section.b]
    rest = [x for x in parties if x not in section.a and x not in section.b]
    return a or rest[:1], b or rest[1:] or rest[:1]


def _pick_persons(ev: dict, a: list[str], b: list[str]) -> list[dict]:
    """One person per side (with an office first), the acting side's person first."""
    ps = _named_where_it_happened(ev, quoted_persons(ev))
    ranked = sorted(ps, key=lambda p: not p.get("role"))
    pa = next((p for p in ranked if p.get("country") in a), None)
    pb = next((p for p in ranked if p.get("country") in b and p is not pa), None)
    chosen = [p for p in (pa, pb) if p]
    if len(chosen) < 2:
        chosen += [p for p in ranked if p not in chosen and p.get("country") not in (a + b)][: 2 - len(chosen)]
    return chosen[:2]


def quoted_persons(ev: dict) -> list[dict]:
    """The event's persons, each with the language of the text their original names were quoted from."""
    return [{**p, "doc_lang": ev.get("doc_lang")} for p in ev.get("persons") or []]


def headline(ev: dict, section, lang: str) -> str:
    """The headline of an event in the report's language."""
    c = catalogue(lang)
    own = None if ev.get("type") else own_clause(ev, lang)
    if own:
        return own[:1].upper() + own[1:] if c.get("HEADLINE_CAPITALISED") else own
    kinds = c["HEADLINE"]
    key = f"{ev['type']}/{ev['mode']}"
    forms = kinds.get(key) or kinds.get(ev["type"] or "") or kinds["OTHER"]
    a, b = _sides(ev, section)
    persons = _pick_persons(ev, a, b)
    req = _requester(ev, persons) if ev["type"] == "REQUEST" else None
    if isinstance(req, dict):
        persons = [req] + [p for p in persons if p is not req]  # who asks speaks first
    if len(persons) == 2 and ev["type"] in _MUTUAL and _mentioned(persons[1], ev) < _mentioned(persons[0], ev):
        persons = persons[::-1]  # a meeting told as the source tells it: 'Siergiej Ławrow spotkał się z Ri Jong Ho'
    if persons and persons[0].get("country") in b and persons[0].get("country") not in a:
        a, b = b, a  # the named person acts: his side comes first
    elif not persons and ev.get("location_country") in a and ev.get("location_country") not in b and b:
        a, b = b, a  # the side that travelled first: 'a visit by Russians in Seoul'
    if len(persons) == 2 and ev["type"] == "CONSULT" and _knows(persons[1], lang) and not _knows(persons[0], lang) \
            and _alike(persons[0], "inst", lang):
        persons = persons[::-1]  # a meeting is mutual: the one whose gender the verb can agree with speaks
    host = len(persons) == 1 and persons[0].get("country") and persons[0].get("country") == ev.get("location_country")
    variant = "persons" if len(persons) >= 2 and "persons" in forms else \
        "host" if host and "host" in forms else "person" if persons and "person" in forms else "countries"
    city = ev.get("location_city") if place_is_the_events(ev) else None
    place = _place(city, lang) if city else ""
    if variant == "person" and "resident" in forms and _resident(persons[0]) and _at_post(city, ev) \
            and ev.get("location_country") not in (None, persons[0].get("country")):
        variant = "resident"  # an ambassador in the state he is posted to meets its people, on no 'visit in Japan'
    body = _addressee(ev, c)
    asker = req.get("country") if isinstance(req, dict) else req
    others = [x for x in dict.fromkeys(a + b) if x != asker]
    if isinstance(req, dict) and body and others and "to_body_person_about" in forms and persons[0] is req:
        variant = "to_body_person_about"  # 'Siergiej Ławrow zwrócił się do Rady Bezpieczeństwa ONZ w sprawie …'
    elif isinstance(req, str):  # a state asks: 'Rosja zwróciła się do Rady Bezpieczeństwa ONZ w sprawie …'
        variant = ("to_body_state" if others else "to_body_state_alone") if body else "state" if others else variant
        variant = variant if variant in forms else "countries"
    elif body and f"to_body_{variant}" in forms:
        variant = f"to_body_{variant}"  # a request to the UN Security Council: 'apel do Rady Bezpieczeństwa ONZ'
    names = lambda codes, case: _join_cased([country_name(x, lang) for x in codes], case, lang)
    topics = json.loads(ev["topics"] or "[]")
    if ev["type"] == "AID":  # a field aid goes to: not 'pomoc w dziedzinie pomocy rozwojowej', nor of 'spraw wielostronnych'
        topics = [x for x in topics if x not in _NOT_FIELDS_OF_AID]
    if variant.startswith("to_body_"):  # the body says it: not 'apel do ONZ w dziedzinie spraw wielostronnych'
        topics = [x for x in topics if x != "multilateral"]
    topic = c["TOPIC_PHRASE"].format(topic=c["TOPICS"][topics[0]]) if topics and topics[0] in c["TOPICS"] else ""
    where = ev.get("location_country") if place_is_the_events(ev) else None
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
        template = neutral.get(key) or neutral.get(ev["type"] or "") or neutral.get("OTHER") or forms[variant]
        template = _VERB.sub(lambda m: m.group(1), template)
        place_or_b = said_where  # 'wizyta w Rumunii: ...' names no state otherwise
    text = fix_prepositions(re.sub(r"\s+", " ", _SLOT.sub(sub, template)).strip(), lang)
    return text[:1].upper() + text[1:] if catalogue(lang).get("HEADLINE_CAPITALISED") else text


_VERB_REQ = re.compile(r"<(\w+)\|req>")


def state_verb(verb: str, state: str, lang: str) -> str:
    """A past-tense verb agreeing with a state's name as subject ('Rosja zwróciła', 'Stany
    Zjednoczone zwróciły', 'Chiny zwróciły'); as written when the dictionary cannot tell."""
    from kronika.report.grammar import declines, noun_agreement, past_form

    if not declines(lang):
        return verb
    number, gender = noun_agreement(state)
    # a state's plural name is never of persons ('Stany Zjednoczone zwróciły', not 'zwrócili')
    return past_form(verb, number, "n" if number == "pl" else gender)


def _requester(ev: dict, persons: list[dict]):
    """Who asks in a request: the person or state named first in the first sentence that tells what
    happened and names a party (the subject comes first, in SVO and SOV languages alike: 'Russia asks
    the U.N. Security Council to discuss North Korea sanctions'; 'Prośba … została wystosowana przez
    Rosję' names only the asker); None when the evidence does not say. A state is returned as its
    code, a person as the person."""
    from kronika.report_names import country_name as cldr

    text = ev.get("text") or ""
    try:
        spans = json.loads(ev.get("evidence") or "{}")
    except ValueError:
        return None
    if not spans.get("type") or not text:
        return None
    bounds = sentence_bounds(text)
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    mentions = []
    people = ev.get("persons") or []
    if len(spans.get("persons") or []) == len(people):
        mentions += [(a, p) for (a, _b), p in zip(spans["persons"], people) if p in persons]
    states = list(dict.fromkeys(json.loads(ev.get("countries") or "[]")))
    for a, b in spans.get("countries") or []:
        said = text[a:b].split()
        code = next((x for x in states if _same_words(said, cldr(x, ev.get("doc_lang") or "en").split())), None)
        if code:
            mentions.append((a, code))
    for p in persons:  # every mention of a person's surname, not only the first the evidence keeps
        surnames = {n.split()[-1] for n in (p.get("name_original"), p.get("name")) if n and n.split()}
        mentions += [(m.start(), p) for w in surnames if len(w) >= 4 for m in re.finditer(re.escape(w[:5]), text)]
    for told in sorted({sentence(a) for a, _b in spans["type"]}):
        inside = sorted((m for m in mentions if sentence(m[0]) == told), key=lambda m: m[0])
        if inside:
            first = inside[0][1]
            # 'Minister spraw zagranicznych Rosji Siergiej Ławrow zwrócił się …': the state's own person asks
            own = next((who for _a, who in inside if isinstance(who, dict) and who.get("country") == first), None)
            return own or first
    return None


def _same_words(said: list[str], name: list[str]) -> bool:
    """'Rosję' is 'Rosja', 'Koreę Północną' 'Korea Północna' (not 'Korea Południowa'): as many words,
    each beginning alike (a declined form keeps its first letters)."""
    return len(said) == len(name) and all(x[:4].lower() == y[:4].lower() for x, y in zip(said, name))


def own_clause(ev: dict, lang: str) -> str | None:
    """An event of no type told in the report's language: the first sentence of its body that names
    one of its persons, without the frame that reports it ('Ambasada poinformowała, że …'), when
    short enough for a headline; else None."""
    from kronika.report.build import body, sentences

    if (ev.get("doc_lang") or lang) != lang or not ev.get("persons"):
        return None
    words = {w for p in ev["persons"] for w in (p.get("name") or "").split() if len(w) > 2}
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


def _addressee(ev: dict, c: dict) -> dict:
    """The body an event's request is addressed to: the first of the catalogue's ADDRESSEES (the most
    specific first: the Security Council before the UN) among its organisations that is not a party."""
    orgs = set(json.loads(ev.get("organizations") or "[]")) - set(json.loads(ev.get("countries") or "[]"))
    return next((forms for code, forms in (c.get("ADDRESSEES") or {}).items() if code in orgs), {})


_VERB = re.compile(r"<(\w+)(?:\|(p1|p2|all))?>")


def agreeing(template: str, persons: list[dict], lang: str) -> str | None:
    """The template with its <verb> marks in the form that agrees with their person ('<spotkał>' ->
    'spotkała' for a woman), or None when a verb or a declined person needs a gender nobody knows."""
    from kronika.report.grammar import agree_verb, declines
    from kronika.report.names import gender

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


def _mentioned(p: dict, ev: dict) -> int:
    """Where the text first names the person (its original spelling, else a word of the name)."""
    text = ev.get("text") or ""
    spots = [text.find(p["name_original"])] if p.get("name_original") else []
    spots += [text.find(w[:5]) for w in (p.get("name") or "").split() if len(w) >= 4]
    found = [x for x in spots if x >= 0]
    return min(found) if found else len(text) + 1


def _resident(p: dict) -> bool:
    role = (p.get("role") or "").lower()
    return role.startswith(("ambassador", "chargé", "charge d", "consul"))


def _at_post(city: str | None, ev: dict) -> bool:
    """Whether the event is where a foreign ambassador lives: no city said, or the state's capital."""
    from kronika.data import capital

    return not city or city == capital(ev.get("location_country") or "")


def _knows(p: dict, lang: str) -> bool:
    from kronika.report.names import gender

    return gender(p, lang) is not None


def _alike(p: dict, case: str, lang: str) -> bool:
    """Whether a person of unknown gender can stand in the case: no office (a woman's stays in the
    nominative, a man's declines) and a name with one form for both ('z Eizo Kaneyasu')."""
    from kronika.report.names import declines_alike, render

    return not role_phrase(p.get("role"), lang) and declines_alike(render(p, lang), case, lang)


def _where_it_happened(ev: dict, spans: dict):
    """(whether a position lies in the headline line, the lead or the sentence that says what
    happened; the sentence of a position; that sentence; the lead; sentence bounds), or None when
    the evidence does not tell."""
    kind, text = spans.get("type"), ev.get("text") or ""
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
    from kronika.nlp.text import _abbreviation_ends

    out = []
    for m in re.finditer(r"[.!?…](?=\s)|\n\s*\n" + (r"|\n" if lines else ""), text):
        head, nxt = text[:m.end()], text[m.end():].lstrip()[:1]
        if "\n" in m.group(0) or (not nxt.islower() and (not _abbreviation_ends(head)
                                                        or re.search(r"[^\W\d]\d+\.$", head))):
            out.append(m.end())
    return out


def _named_where_it_happened(ev: dict, people: list[dict]) -> list[dict]:
    """The persons a headline may name: all but a pair recalled in a sentence of its own, one that
    neither tells what happened nor names anyone first, and names persons of two states ('…
    kierunkiem wypracowanym przez prezydenta Putina i premiera Abe' puts neither at an office's
    opening; 'Der bulgarische Premierminister Bojko Borissov stellte sich … hinter Japan' alone is the
    host); all when the evidence does not tell."""
    try:
        spans = json.loads(ev.get("evidence") or "{}")
    except ValueError:
        return people
    mentions = spans.get("persons") or []
    text = ev.get("text") or ""
    if not spans.get("type") or not mentions or len(mentions) != len(ev.get("persons") or []):
        return people
    # sentences end at a full stop, not at a line break inside a paragraph ('spotkała się w Warszawie\nz …')
    bounds = sentence_bounds(text, lines=False)
    sentence = lambda pos: sum(1 for b in bounds if b <= pos)
    told = {sentence(a) for a, _b in spans["type"]} | {min(sentence(a) for a, _b in mentions)}
    recalled: dict[int, list[dict]] = {}
    for p, (start, _end) in zip(people, mentions):
        if sentence(start) not in told:
            recalled.setdefault(sentence(start), []).append(p)
    pairs = [id(p) for group in recalled.values() if len({x.get("country") for x in group}) >= 2 for p in group]
    return [p for p in people if id(p) not in pairs]


def place_is_the_events(ev: dict) -> bool:
    """A headline names a place only when the text puts it in the headline line, the lead sentence or
    the sentence that says what happened (the first type evidence), or an analyst set it: 'the summit
    in Singapore' recalled in a later sentence is not where this meeting was."""
    if "location_city" in (ev.get("curated") or "") or "location_country" in (ev.get("curated") or ""):
        return True
    try:
        spans = json.loads(ev.get("evidence") or "{}")
    except ValueError:
        return True
    place, text = spans.get("location"), ev.get("text") or ""
    where = _where_it_happened(ev, spans)
    if not place or where is None:
        return True
    named_there, sentence, first, lead, bounds = where
    if not ev.get("location_city") and ev.get("location_country") and not _names_the_state(ev, place):
        return False  # 'Rosyjskiego Kościoła Prawosławnego' names a church, not where it happened
    if any(named_there(start) for start, _end in place):
        return True
    # the place found in a dateline ('Tbilisi, 28 May 2025') and named again where it happened
    edges = [0, *bounds, len(text)]
    said = " ".join(text[edges[i]:edges[i + 1]] for i in {sentence(first), lead} if 0 <= i < len(edges) - 1)
    return any(re.search(rf"\b{re.escape(text[a:b])}\b", said) for a, b in place if b > a)


def _names_the_state(ev: dict, spans: list) -> bool:
    """Whether a span of the place's evidence is the state's name in some case ('Rosji', 'Rosją'),
    not an adjective made from it ('Rosyjskiego')."""
    from kronika.report_names import country_name as cldr

    name = cldr(ev["location_country"], ev.get("doc_lang") or "en").split()
    text = ev.get("text") or ""
    return any(_same_words(text[a:b].split(), name) for a, b in spans)


def _join_cased(names: list[str], case: str, lang: str) -> str:
    from kronika.report.messages import join

    return join([decline(n, case, lang) for n in names], lang)


def _place(city: str, lang: str) -> str:
    from kronika.report.build import city_name
    from kronika.report.messages import fill

    return fill(catalogue(lang)["PLACE_PHRASE"], lang, city=city_name(city, lang))


def event_row(ev, document_language: str | None = None, text: str = "") -> dict:
    """A model Event as the report reads stored events (JSON lists, persons as dicts)."""
    return {"type": ev.type, "mode": ev.mode, "date": ev.date, "date_end": ev.date_end,
            "countries": json.dumps(ev.countries), "topics": json.dumps(ev.topics),
            "organizations": json.dumps(ev.organizations),
            "subjects": json.dumps(ev.subjects), "location_city": ev.location.city,
            "location_country": ev.location.country, "doc_lang": document_language, "text": text,
            "evidence": json.dumps({k: [list(s) for s in v] for k, v in ev.evidence.items()}),
            "persons": [{"name": p.name, "name_original": p.name_original, "country": p.country, "role": p.role}
                        for p in ev.persons]}
