"""The persons of a report's events made to agree with each other before headlines are written.

Extraction reads each document alone: the same person may come back as 'Andrei Popkow' with his
state in one entry and without it in the next, or with a Polish case ending left on a foreign name
('Chong-ila Im', from 'wiceministra Im Chong-ila'), and a local office's place may stand in the name
('Shiroishi Yamada Yuichi', from 'burmistrzem miasta Shiroishi Yamadą Yuichim'). A report sees all
its events at once: a name that is another's declined form takes that form, a person without a
state takes the one the same name has elsewhere, and a place before a mayor's name goes to the office."""
from __future__ import annotations

from dataclasses import replace

from kronika import data
from kronika.model import Person, StoredEvent
from kronika.report.headline import LOCAL_OFFICES, RESIDENT_OFFICES, QuotedPerson, quoted_persons
from kronika.report.messages import catalogue, languages
from kronika.report.names import _key, registry_person


def settle(events: list[StoredEvent], lang: str = "pl") -> None:
    """Make the persons of the events agree (the list's events replaced by ones whose persons are
    QuotedPersons): names, states, the place of a local office."""
    events[:] = [replace(ev, persons=[_office_place(p, ev, lang) for p in quoted_persons(ev)]) for ev in events]
    known = _known_forms(events)
    events[:] = [replace(ev, persons=[_one_spelling(_base_form(p, known, ev.document.language), events)
                                      for p in ev.persons]) for ev in events]
    states = _states_by_name(events)
    events[:] = [replace(ev, persons=[_resident_state(_known_state(p, known), ev, states) for p in ev.persons])
                 for ev in events]
    events[:] = [replace(ev, persons=[_written_office(p, ev, lang) for p in ev.persons]) for ev in events]
    hints = _gender_hints(events)  # one entry's 'Pak Myong-guka' tells the next entry's 'Pak Myong-guk' a man
    events[:] = [replace(ev, persons=[replace(p, gender_hint=p.gender_hint or hints.get(_key(p.name or "")))
                                      for p in ev.persons]) for ev in events]


def _written_office(p: QuotedPerson, ev: StoredEvent, lang: str) -> QuotedPerson:
    """The person with the office a source in the report's language writes before the name."""
    import re

    from kronika import lang as langdata
    from kronika.report.grammar import _morfeusz, declines
    from kronika.report.headline import sentence_bounds
    from kronika.report.words import passage

    from kronika.report.names import gender

    if not p.role or ev.document.language != lang or not declines(lang) or lang not in langdata.available():
        return p
    if gender(p, lang) != "m":  # a woman's office stays as the catalogue words it ('z minister'), not 'ze szefowa'
        return p
    key = re.split(r"\s+(?:of|to|for)\s+(?=[A-Z])", p.role)[0].strip().lower()
    forms = [str(f).lower() for f in (langdata.load(lang).raw["roles"].get("ROLES") or {}).get(key) or []
             if "*" not in str(f)]
    lemma = lambda w: next((r[2][1].split(":")[0] for r in _morfeusz().analyse(w)
                            if r[2][2].split(":")[0] in ("subst", "adj")), w)
    base = lambda f: " ".join([lemma(f.split()[0]), *f.split()[1:]])
    if len({base(f) for f in forms}) < 2:
        return p
    # any case of the office's first word, the rest as listed ('przewodniczącego Izby Radców')
    tails = sorted({f.split(" ", 1)[1] if " " in f else "" for f in forms}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(\w+)((?:\s+(?:" + "|".join(re.escape(t) for t in tails if t) + r"))?)(?!\w)",
                         re.IGNORECASE)
    heads = {f.split()[0] for f in forms}
    told, start = passage(ev)
    words = {w for n in (p.name_original, p.name) if n for w in n.split() if len(w) >= 4}
    for w in words:
        for m in re.finditer(re.escape(w[:5]), told):
            before = told[max(0, m.start() - 90):m.start()]
            before = before[max((e for e in sentence_bounds(before, lines=False)), default=0):]
            found = [x for x in pattern.finditer(before) if x.group(1).lower() in heads or
                     lemma(x.group(1).lower()) in {lemma(h) for h in heads}]
            found = [x for x in found if base((x.group(1) + x.group(2)).lower()) in {base(f) for f in forms}]
            if found:
                x = found[-1]
                written = " ".join([lemma(x.group(1).lower()), *x.group(2).split()])
                return replace(p, office_written=written) if base(written.lower()) != base(forms[0]) else p
    return p


def _gender_hints(events: list[StoredEvent]) -> dict[tuple, str]:
    """The gender a source's case ending (or another entry's) tells of a name, by the name's words."""
    from kronika.report.names import _by_source_ending

    out: dict[tuple, set[str]] = {}
    for ev in events:
        for p in ev.persons:
            told = {p.gender_hint} if p.gender_hint else _by_source_ending(p)
            if told:
                key = _key(p.name or "")
                out[key] = out.get(key, set()) | told
    return {k: v.pop() for k, v in out.items() if len(v) == 1 and k}


def _known_forms(events: list[StoredEvent]) -> dict[tuple, QuotedPerson]:
    """Every name (and original spelling) of the events' persons, by its words, with a state when one has it."""
    out: dict[tuple, QuotedPerson] = {}
    for ev in events:
        for p in ev.persons:
            for n in (p.name, p.name_original):
                k = _key(n or "")
                if k and (k not in out or (p.country and not out[k].country)):
                    out[k] = p
    return out


def _states_by_name(events: list[StoredEvent]) -> dict[tuple, set[str]]:
    """The states each name (and original spelling) is given across the events."""
    out: dict[tuple, set[str]] = {}
    for ev in events:
        for p in ev.persons:
            for n in (p.name, p.name_original):
                if _key(n or "") and p.country:
                    out.setdefault(_key(n), set()).add(p.country)
    return out


def _declined_of(word: str, base: str, rules: list) -> bool:
    """Whether `word` is `base` in a case by the name endings ('Chong-ila' of 'Chong-il')."""
    for ending, forms in rules:
        if base.lower().endswith(ending):
            stem = base[: len(base) - len(ending)]
            if any(word == stem + f for f in forms.values()):
                return True
    return False


def _mans_ending(word: str, base: str, text_lang: str | None) -> bool:
    """Whether `word` is `base` declined with a man's consonant ending (NAME_DECLENSION)."""
    c = catalogue(text_lang) if text_lang in languages() else {}
    return base[-1:].lower() not in "aeiouy" and _declined_of(word, base, c.get("NAME_DECLENSION") or [])


def _base_form(p: QuotedPerson, known: dict, text_lang: str | None) -> QuotedPerson:
    """The person under the name another entry gives in its base form, when this one is its declined
    form (one word differs by a case ending of the language the text was written in)."""
    c = catalogue(text_lang) if text_lang in languages() else {}
    rules = (c.get("NAME_DECLENSION") or []) + (c.get("NAME_DECLENSION_A") or [])
    words = (p.name or "").split()
    if not rules or not words:
        return p
    for other in known.values():
        theirs = (other.name or "").split()
        if len(theirs) != len(words) or theirs == words:
            continue
        diff = [(a, b) for a, b in zip(words, theirs) if a != b]
        if len(diff) == 1 and _declined_of(diff[0][0], diff[0][1], rules):
            # the declined form told a man's name ('wiceministra … Im Chong-ila'): the base form keeps that
            hint = "m" if _mans_ending(diff[0][0], diff[0][1], text_lang) else p.gender_hint
            return replace(p, name=other.name, country=p.country or other.country,
                           name_original=other.name_original or other.name, gender_hint=hint)
    return p


def _one_spelling(p: QuotedPerson, events: list[StoredEvent]) -> QuotedPerson:
    """A name kept as the text wrote it ('Andrei Popkow') takes the registry-style spelling another
    entry gives the same written name ('Andrei Popkov'), so one person reads alike in the report."""
    written = _key(p.name_original or "")
    if not written or _key(p.name or "") != written:
        return p
    for ev in events:
        for q in ev.persons:
            if _key(q.name_original or "") == written and _key(q.name or "") != written \
                    and len((q.name or "").split()) == len((p.name or "").split()):
                return replace(p, name=q.name, country=p.country or q.country)
    return p


def _known_state(p: QuotedPerson, known: dict) -> QuotedPerson:
    """A person without a state takes the one the registry or another entry gives the same name."""
    if p.country:
        return p
    hit = registry_person(p)
    state = (hit or {}).get("country")
    if not state:
        for n in (p.name, p.name_original):
            other = known.get(_key(n or ""))
            if other and other.country:
                state = other.country
                break
    return replace(p, country=state) if state else p


def _resident_state(p: QuotedPerson, ev: StoredEvent, states: dict) -> QuotedPerson:
    """An ambassador serves abroad: one of no stated state, in an event of two states held in one of
    them, is the other's; one given the state the event is held in ('Ambasador Andrei Popkow' at a
    forum in Seoul read as Korea's) whose name another entry gives another state is that state's."""
    role = (p.role or "").lower()
    parties = ev.countries
    where = ev.location.country
    if not role.startswith(RESIDENT_OFFICES) or registry_person(p):
        return p
    if p.country and p.country == where:
        other = set().union(*(states.get(_key(n or ""), set()) for n in (p.name, p.name_original)))
        other.discard(where)
        return replace(p, country=other.pop()) if len(other) == 1 else p
    if p.country or len(parties) != 2 or where not in parties:
        return p
    return replace(p, country=next(x for x in parties if x != where))


def _office_place(p: QuotedPerson, ev: StoredEvent, lang: str) -> QuotedPerson:
    """'mayor' 'Shiroishi Yamada Yuichi' -> 'mayor' of 'Shiroishi', 'Yamada Yuichi': a local office's
    holder whose name has a word before a whole name (a known city, or a word before the given name
    of a name that the given-name lists know) has the office's place in it; the holder is of the
    place's state, or, a place the gazetteer does not know, of the state the event is held in when
    the given name is of that state."""
    role = (p.role or "").lower()
    words = (p.name or "").split()
    if not role.startswith(LOCAL_OFFICES) or len(words) < 3 or " of " in role:
        return p
    place, rest = words[0], words[1:]
    city_state = data.city_country(place)
    name_states = _given_states(rest, lang)
    if not city_state and (not name_states or _given_states([place], lang)):
        return p  # no whole name after it, or the word is a given name itself ('Ana Maria Popescu')
    state = city_state or (ev.location.country if ev.location.country in name_states else None)
    original = (p.name_original or "").split()
    written = original[0] if len(original) == len(words) else place
    if ev.document.language != lang:
        written = place
    if role.startswith("mayor") and not city_state:  # a mayor's is a city: 'burmistrz stolicy prefektury Miyagi'
        written = _city_near(p, ev, state or p.country)
    if len(rest) == 2 and _given_states(rest[1:], lang, 1) and not _given_states(rest[:1], lang):
        rest = rest[::-1]  # 'Kori Kazuko' as written, family name first: the registry's order is given name first
    return replace(p, name=" ".join(rest), office_place=written,
                   name_original=" ".join(original[1:]) if len(original) == len(words) else p.name_original,
                   country=state or p.country)


def _city_near(p: Person, ev: StoredEvent, state: str | None) -> str | None:
    """The city of the person's state that the sentence naming him names, other than where the
    event is ('miasta Sendai w Tokio … z burmistrzem stolicy prefektury Miyagi'), or None."""
    import re

    text = ev.document.text or ""
    spans = ev.evidence.get("persons") or []
    same = lambda q: (q.name, q.name_original, q.country, q.role) == (p.name, p.name_original, p.country, p.role)
    index = next((i for i, q in enumerate(ev.persons) if same(q)), None)
    if index is None:
        return None
    if index >= len(spans) or not state:
        return None
    start = spans[index][0]
    lo = max([m.end() for m in re.finditer(r"[.!?]\s", text[:start])] or [0])
    sentence = text[lo:start]
    found = [w for w in re.findall(r"\b[A-Z]\w+", sentence)
             if data.city_country(w) == state and w != ev.location.city]
    return found[-1] if len(set(found)) == 1 else None


def _given_states(words: list[str], lang: str, stem: int = 2) -> set[str]:
    """States whose given names one of the words is: the given-name lists, else the endings of
    GIVEN_NAME_ENDINGS after at least `stem` letters ('Kazuko', Japanese); empty when no word reads
    as a given name (a short word such as 'Kori' is read as one only with a stem of one letter)."""
    listed = data.given_name_countries()
    out: set[str] = set()
    for w in words:
        out |= set(listed.get(w.lower(), ()))
    if out:
        return out
    endings = {}  # a property of the names, whichever report wording lists it
    for other in languages():
        endings |= catalogue(other).get("GIVEN_NAME_ENDINGS") or {}
    for state, by_gender in endings.items():
        if any(w.lower().endswith(e) and len(w) > len(e) + stem for w in words for ends in by_gender.values()
               for e in ends):
            out.add(state)
    return out
