"""Assemble events from the annotations of one document.

News items report one main event, told in the headline and the lead; chronicles (monitoring
reports) hold one dated entry per event. Both become `Event`s with evidence spans.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

from kronika import data
from kronika.events.location import _is_place, choose_location
from kronika.events.region import Region, _in
from kronika.events.types import choose_type
from kronika.lang import load
from kronika.model import Event, Location, Person
from kronika.nlp.analyze import Analysis
from kronika.nlp.dates import ResolvedDate, resolve
from kronika.nlp.persons import EAST_SLAVIC, east_slavic_to_english
from kronika.nlp.text import is_prose

MAX_TOPICS = 4


def choose_countries(a: Analysis, reg: Region, persons: list, title_end: int) -> tuple[list[str], dict]:
    """Participating states: named in headline and lead, or the countries of the people."""
    score: Counter = Counter()
    ev: dict[str, list] = defaultdict(list)
    for m in a.countries:
        if not _in(m, reg.start, reg.end):
            continue
        w = 3 if m.char_start < title_end else 2 if m.char_start < reg.lead_end else 0.4
        score[m.key] += w
        ev[m.key].append((m.char_start, m.char_end))
    for m in a.cities:
        # "Moskwa i Tokio uzgodniły": a capital that is not a place of meeting stands for its state
        cc = data.capitals().get(m.key)
        if cc and _in(m, reg.start, reg.end) and not _is_place(a, m):
            score[cc] += 1.5 if m.char_start < reg.lead_end else 0.3
            ev[cc].append((m.char_start, m.char_end))
    groups = data.groups()
    for m in a.groups:
        g = groups.get(m.key)
        if g and g.get("expand") and _in(m, reg.start, reg.lead_end):
            for c in g["members"]:
                score[c] += 3
                ev[c].append((m.char_start, m.char_end))
    for p in persons:
        if p.country:
            score[p.country] += 3
    body = _first_body_sentence(a, reg)
    for c in list(score):
        # one mention in a headline or page banner, and nowhere else: not a party
        if score[c] == 3 and len(ev[c]) == 1 and ev[c][0][0] < min(title_end, body):
            del score[c]
    if not score:
        return [], {}
    ranked = score.most_common()
    top = ranked[0][1]
    backed = {p.country for p in persons if p.country}
    keep = [c for c, s in ranked if s >= max(2.0, 0.3 * top)]
    # beyond the two sides, a state must be more than a passing mention ("refugees from Ukraine")
    keep = keep[:2] + [c for c in keep[2:] if c in backed or (len(ev[c]) >= 2 and score[c] >= 0.5 * top)]
    if len(keep) < 2 and len(ranked) > 1 and ranked[1][1] >= 1.0:
        keep = [c for c, _ in ranked[:2]]
    return sorted(set(keep)), {c: ev[c] for c in keep}


def choose_persons(a: Analysis, reg: Region, other_date_sents: set[int]) -> list:
    """People taking part: named in the lead, or with an office title in the event's text."""
    out = []
    for p in a.persons:
        spans = [s for s in p.evidence if reg.start <= s[0] < reg.end]
        if not spans:
            continue
        in_lead = [s for s in spans if s[0] < reg.lead_end and a.sentence_of(s[0]) not in other_date_sents]
        if in_lead or (p.role and len(spans) >= 2):
            out.append(p)
    return out


def _persons_near(a: Analysis, pos: int) -> list:
    """Persons with an office title in the paragraph of `pos` and the one after it."""
    para = a.sentences[a.sentence_of(pos)].para
    return [p for p in a.persons if p.role and any(
        a.sentences[a.sentence_of(s)].para in (para, para + 1) for s, _e in p.evidence)]


def choose_mode(kind: str, mode: str | None, countries: list[str], loc: Location, orgs: list[str],
                leader_orgs: list[str] = (), sides: int = 0) -> str | None:
    """PLOVER CONSULT mode from the triggers and the geometry of the meeting."""
    if kind != "CONSULT":
        return None
    if sides > 2 or any(o in ("V4",) for o in orgs):
        return "multilateral"  # a video conference of four ministers is a multilateral meeting
    if mode == "phone":
        return "phone"
    if len(countries) > 2:
        return "multilateral"
    home = set(countries) | ({"BE", "LU", "FR"} if "EU" in countries else set())  # the EU's seats
    if loc.country and countries and loc.country not in home:
        return "third-party"
    if leader_orgs and len(countries) == 2 and "EU" not in countries and loc.country is None:
        return "third-party"  # bilateral talks on the sidelines of an OSCE, UN, ASEAN ... meeting
    return "visit"


def choose_topics(a: Analysis, reg: Region, orgs: list[str]) -> tuple[list[str], dict]:
    """Topics whose cue words recur in the event's text."""
    score: Counter = Counter()
    ev: dict[str, list] = defaultdict(list)
    titles = [(r.char_start, r.char_end) for r in a.roles]
    for m in a.topics:
        if not _in(m, reg.start, reg.end):
            continue
        if any(s <= m.char_start < e for s, e in titles):
            continue  # "minister of defence", "parliamentary vice-minister": an office, not a topic
        score[m.key] += 2 if m.char_start < reg.lead_end else 1
        ev[m.key].append((m.char_start, m.char_end))
    if any(o in ("EU", "NATO", "UN", "OSCE", "V4", "ASEAN", "G7", "G20", "UNSC") for o in orgs):
        score["multilateral"] += 1
    picked = [t for t, s in score.most_common() if s >= 2][:MAX_TOPICS]
    if not picked:  # a short lead: the body's cues, if any, are all there is
        picked = [t for t, s in score.most_common(2) if s >= 1]
    return picked, {t: ev[t] for t in picked}


def choose_date(a: Analysis, reg: Region, ctx: dt.date | None, published_span) -> ResolvedDate | None:
    """The first dated expression of the lead, else the publication day for news."""
    body = _first_body_sentence(a, reg)
    for dm in a.dates:
        if not (reg.start <= dm.start < reg.lead_end):
            continue
        if published_span and published_span[0] <= dm.start < published_span[1]:
            continue
        if dm.start < body and (_short_line(a.text, dm.start) or _TIME_AFTER.match(a.text, dm.end)):
            continue  # a site's date stamp ("Aktualizované: 11.07.2024 08:15") or menu above the article
        if _opens_dateline(a.text, dm):
            continue  # "Washington 11. júla (TASR) –": when the agency wrote, not when it happened
        if dm.kind in ("absolute", "weekday", "relative"):
            r = resolve(dm, ctx)
            if r and r.precision == "day":
                if ctx and (r.date - ctx).days > 1 and dm.kind == "absolute" and not dm.y:
                    continue
                return r
    if ctx is None:
        # no publication date to fall back on: the first full date of a sentence reporting an event
        trig = {a.sentence_of(m.char_start) for m in a.triggers if _in(m, reg.start, reg.end)}
        for dm in a.dates:
            if reg.start <= dm.start < reg.end and dm.kind == "absolute" and dm.y \
                    and a.sentence_of(dm.start) in trig:
                return resolve(dm, None)
    return None


def build_event(a: Analysis, reg: Region, ctx: dt.date | None, published_span, title_end: int,
                fixed_date: ResolvedDate | None = None) -> Event:
    """The main event of a region of the text."""
    kind, mode, tev = choose_type(a, reg, title_end)
    rdate = fixed_date or choose_date(a, reg, ctx, published_span)
    other, same = set(), set()
    if rdate:
        for dm in a.dates:
            if reg.start <= dm.start < reg.end and (dm.kind in ("absolute", "month", "year") or
                                                     dm.relative in ("last_year", "last_month", "yesterday")):
                r = resolve(dm, ctx)
                if r:
                    (same if _same_time(r, rdate) else other).add(a.sentence_of(dm.start))
        # "On August 14 (August 15, Japan time)": a sentence that gives the event's own date is its own
        other -= same
    persons = choose_persons(a, reg, other)
    if rdate and rdate.mention and (ctx is None or rdate.mention.start >= reg.lead_end) and fixed_date is None:
        # the date came from further down ("the ceremony will take place on Tuesday, 7 March"):
        # the people named in that paragraph and the next take part too
        persons += [p for p in _persons_near(a, rdate.mention.start) if p not in persons]
    countries, cev = choose_countries(a, reg, persons, title_end)
    countries = _fill_person_countries(persons, countries, load(a.lang).home)
    rules = load(a.lang).east_slavic
    for p in persons:
        if rules and p.registry_id is None and p.country in EAST_SLAVIC and not p.anglicised:
            p.name = east_slavic_to_english(p.name, rules)
            p.anglicised = True  # the analysis is shared by a chronicle's entries
    org_matches = [m for m in a.organizations + a.groups if _in(m, reg.start, reg.lead_end)]
    orgs = sorted({m.key for m in org_matches})
    if "EU" in countries and "EU" not in orgs:
        orgs.append("EU")
    loc = choose_location(a, reg, countries, persons, other)
    if mode == "phone":
        loc = Location()  # a call has no single place
    # an announced meeting is an agreement to meet (PLOVER): a future date, or a future verb up front
    first = a.sentence_of(_first_body_sentence(a, reg))
    future_up_front = any(_in(m, reg.start, reg.lead_end) and a.sentence_of(m.char_start) <= first for m in a.future)
    if kind == "CONSULT" and ((rdate and ctx and rdate.date > ctx) or (rdate is None and future_up_front)):
        kind, mode = "AGREE", None
    lead_orgs = [m.key for m in a.organizations if _in(m, reg.start, reg.lead_end) and m.key not in ("EU",)
                 and a.sentence_of(m.char_start) == a.sentence_of(_first_body_sentence(a, reg))]
    if loc.country and loc.country not in countries and len(countries) == 1:
        countries = sorted(countries + [loc.country])  # a donation to a Serbian university has two sides
    mode = choose_mode(kind, mode, countries, loc, orgs, lead_orgs, len({p.country for p in persons if p.country}))
    topics, topev = choose_topics(a, reg, orgs)
    if rdate is None and ctx and fixed_date is None:
        date, end, prec, dev = ctx.isoformat(), None, "day", []
        basis = "published"
    elif rdate:
        (date, end), prec = rdate.iso(), rdate.precision
        dev = [(rdate.mention.start, rdate.mention.end)] if rdate.mention else []
        basis = "text" if rdate.mention is None or rdate.mention.kind in ("absolute", "month", "year") else "relative"
    else:
        date = end = prec = basis = None
        dev = []
    ev = Event(type=kind, mode=mode, date=date, date_end=end, date_precision=prec,
               countries=countries, organizations=sorted(orgs),
               persons=[Person(p.name, p.original, p.country, p.role, list(p.evidence)) for p in persons],
               location=loc, topics=topics, date_basis=basis,
               subjects=_subjects(a, reg, title_end, countries))
    ev.evidence = {"date": dev or ([published_span] if published_span and date else []),
                   "type": tev[:3], "countries": [s for c in countries for s in cev.get(c, [])[:2]],
                   "location": loc.evidence,
                   "organizations": [(m.char_start, m.char_end) for m in org_matches][:4],
                   "persons": [s for p in persons for s in p.evidence[:1]], "topics": [s for t in topics for s in topev.get(t, [])[:2]]}
    return ev


def _same_time(r: ResolvedDate, main: ResolvedDate) -> bool:
    """Does a mentioned date fall within the main event's day(s), month or year?"""
    lo, hi = main.date, main.end or main.date
    if r.precision == "day":
        return lo <= r.date <= hi
    if r.precision == "month":
        return (r.date.year, r.date.month) in {(lo.year, lo.month), (hi.year, hi.month)}
    return r.date.year in (lo.year, hi.year)


def _subjects(a: Analysis, reg: Region, title_end: int, parties: list[str]) -> list[str]:
    """States the headline (or the first sentence) names that do not take part: what it is about."""
    head_end = max(title_end, a.sentences[a.sentence_of(_first_body_sentence(a, reg))].end)
    named = {m.key for m in a.countries if reg.start <= m.char_start < head_end}
    named |= {data.capitals()[m.key] for m in a.cities if reg.start <= m.char_start < head_end
              and m.key in data.capitals() and not _is_place(a, m)}
    return sorted(named - set(parties) - {"NONE"})


_TIME_AFTER = re.compile(r"\W{0,3}\d{1,2}:\d{2}")


def _opens_dateline(text: str, dm) -> bool:
    from kronika.nlp.published import is_dateline

    line_start = text.rfind("\n", 0, dm.start) + 1
    line_end = text.find("\n", dm.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return dm.start - line_start <= 40 and is_dateline(line, dm.start - line_start, dm.end - line_start)


def _short_line(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return len(text[ls:le if le >= 0 else len(text)].strip()) <= 60


def _first_body_sentence(a: Analysis, reg: Region) -> int:
    """Character offset where the article's prose starts: its first real paragraph."""
    for para in re.finditer(r"[^\n]+", a.text[reg.start:reg.end]):
        p = para.group()
        if is_prose(p):
            return reg.start + para.start() + (len(p) - len(p.lstrip()))
    return reg.start


def _fill_person_countries(persons: list, countries: list[str], home: str | None = None) -> list[str]:
    """A person of unknown country in a two-sided event belongs to the side not yet taken."""
    known = {p.country for p in persons if p.country}
    for p in persons:
        if p.country is not None:
            continue
        free = [c for c in countries if c not in known]
        if len(free) == 1:
            p.country = free[0]
        elif p.role and home in free:
            p.country = home  # the press leaves its own officials' country unsaid
        if p.country:
            known.add(p.country)
    return countries
