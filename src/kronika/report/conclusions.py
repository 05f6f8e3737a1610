"""Draft conclusions computed from the data: active pairs, change, first contacts, rising topics."""
from __future__ import annotations

from collections import Counter

from kronika.model import StoredEvent

from kronika.report.build import load_events, month_bounds, parties, report_month, shift_month
from kronika.report.grammar import country_name
from kronika.report.messages import catalogue, join
from kronika.report.profile import Profile


def _pairs(ev: StoredEvent, profile: Profile) -> set[tuple[str, str]]:
    """Country pairs across the groups of each section that the event involves."""
    ps = parties(ev)
    return {(a, b) for sec in profile.sections for a in ps & sec.a for b in ps & sec.b}


# the level of a contact from the canonical English offices of its people (eval/SCHEMA.md roles)
LEVELS = (("heads", ("president", "prime minister", "king", "emperor", "chancellor", "crown prince")),
          ("ministers", ("minister", "secretary of state")),
          ("ambassadors", ("ambassador", "chargé", "consul", "envoy", "counsellor")))


def level(ev: StoredEvent) -> str | None:
    """The highest level of the event's people: heads (of state or government), ministers, ambassadors."""
    roles = [(p.role or "").lower() for p in ev.persons]
    for name, keys in LEVELS:
        if any(r.startswith(k) or r == k for r in roles for k in keys if not r.startswith(("vice", "deputy"))):
            return name
    return None


def _in_profile(ev, profile: Profile) -> bool:
    return any(sec.holds(parties(ev)) for sec in profile.sections)


def monthly(store, profile: Profile, month: str, months_back: int = 12) -> dict:
    """Per month: stories, pairs, topics and events per section, for this month and those before."""
    first, _ = month_bounds(shift_month(month, -months_back))
    _, last = month_bounds(month)
    out: dict[str, dict] = {}
    for ev in load_events(store, first, last, texts=False):  # unusable events are the appendix's, not counted here
        m = report_month(ev)
        slot = out.setdefault(m, {"stories": set(), "pairs": Counter(), "topics": Counter(),
                                  "sections": Counter(), "levels": {}, "pair_topics": {}, "pair_events": {}})
        if not _in_profile(ev, profile) or ev.story in slot["stories"]:
            continue
        slot["stories"].add(ev.story)
        for p in sorted(_pairs(ev, profile)):  # a set: tied pairs would follow the hash seed
            slot["pairs"][p] += 1
            slot["pair_events"].setdefault(p, []).append(ev)
            topics = slot["pair_topics"].setdefault(p, Counter())
            for x in ev.topics:
                topics[x] += 1
        lv = level(ev)
        if lv:
            slot["levels"].setdefault(lv, []).append(ev)
        for x in ev.topics:
            slot["topics"][x] += 1
        for i, sec in enumerate(profile.sections):
            if sec.holds(parties(ev)):
                slot["sections"][i] += 1
    return out


def _first_month(store, profile: Profile, month: str) -> str:
    """The month of the profile's earliest event in the whole database (this month when none is earlier):
    a year without events after an earlier one is a year of data, not a database that starts now."""
    from kronika.store.history import dated_parties

    first = month_bounds(month)[0].isoformat()
    for ev in dated_parties(store, first):  # oldest first
        if _in_profile(ev, profile):
            return ev.date[:7]
    return month


def _months_between(a: str, b: str) -> int:
    """Whole months from 'YYYY-MM' a to b."""
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


def conclusions(store, profile: Profile, month: str, lang: str) -> tuple[list[str], dict]:
    """The draft conclusions as sentences of the report language, and the figures behind them."""
    c = catalogue(lang)
    data = monthly(store, profile, month)
    empty = {"stories": set(), "pairs": Counter(), "topics": Counter(), "sections": Counter(), "levels": {},
             "pair_topics": {}, "pair_events": {}}
    now = data.get(month, empty)
    history = [data.get(shift_month(month, -k), empty) for k in range(1, 13)]
    n, prev = len(now["stories"]), len(history[0]["stories"])
    avg = sum(len(h["stories"]) for h in history) / 12
    stats = {"stories": n, "previous": prev, "average_12": round(avg, 1), "pairs": now["pairs"],
             "topics": now["topics"], "monthly": {m: len(v["stories"]) for m, v in data.items()},
             "sections_monthly": {m: dict(v["sections"]) for m, v in data.items()}}
    if not n:
        return [c["C_NONE"]], stats
    from kronika.report.plural import decimal
    name = lambda code: country_name(code, lang)
    out = []
    earliest = min((m for m, v in data.items() if v["stories"]), default=month)
    # months of data before this one: a database whose last year is empty does not cover that year,
    # whatever it holds from before (the examples' 2022 summit does not make May 2025 a first in a year)
    months_known = _months_between(earliest, month)
    top = now["pairs"].most_common(3)
    if top:
        out.append(c["C_MOST_ACTIVE"].format(pairs=join(
            [c["C_PAIR"].format(a=name(a), b=name(b), n=k) for (a, b), k in top], lang)))
    if now["levels"]:
        out.append(c["C_LEVELS"].format(levels=join([c["C_LEVEL"].format(
            level=c["LEVEL_NAMES"][k], n=len(v), events=_cite(v, lang)) for k, v in
            sorted(now["levels"].items(), key=lambda kv: [x for x, _ in LEVELS].index(kv[0]))], lang)))
    topics_line = _pair_topics(now, history, name, lang, months_known >= 1)
    if topics_line:
        out.append(topics_line)
    if months_known < 1:  # nothing before this month: say so rather than compare with zeros
        older = _first_month(store, profile, shift_month(month, -12))
        out.append(c["C_NO_RECENT_HISTORY"].format(month=month, first=older) if older < shift_month(month, -12)
                   else c["C_NO_HISTORY"].format(month=month))
        return out, stats
    out.append(c["C_CHANGE"].format(n=n, prev=prev, avg=decimal(avg, lang)))
    earlier = set().union(*(h["pairs"] for h in history))
    first_time = [p for p in now["pairs"] if p not in earlier]
    if first_time and months_known >= 12:  # 'first in a year' only when the year is in the database
        out.append(c["C_FIRST"].format(pairs=join([f"{name(a)}–{name(b)} ({_cite(now['pair_events'][(a, b)], lang)})"
                                                   for a, b in first_time[:5]], lang)))
    base = Counter()
    for h in history:
        base += h["topics"]
    rising = [x for x, k in now["topics"].most_common() if k >= 2 and k > 1.5 * base[x] / 12]
    if rising:
        out.append(c["C_RISING"].format(topics=join([c["TOPICS_NOMINATIVE"].get(x, x) for x in rising[:4]], lang)))
    return out, stats


def _cite(evs: list[StoredEvent], lang: str, most: int = 3) -> str:
    """The dates of the events a statement rests on: '7-8 listopada, 9 listopada'."""
    from kronika.report.build import date_text

    days = sorted({(e.date, e.date_end or "") for e in evs})
    out = ", ".join(date_text(d, e or None, lang) for d, e in days[:most])
    return out + (", …" if len(days) > most else "")


def _pair_topics(now: dict, history: list[dict], name, lang: str, known: bool) -> str:
    """Per active pair, its topics this month, marked new when the year before did not have them and
    recurring when it did (only when the database holds that year)."""
    c = catalogue(lang)
    parts = []
    for pair, _k in now["pairs"].most_common(3):
        seen = Counter()
        for h in history:
            seen += h["pair_topics"].get(pair, Counter())
        topics = [x for x, _ in now["pair_topics"].get(pair, Counter()).most_common(3)]
        if not topics:
            continue
        mark = lambda x: "" if not known else f" ({c['RECURRING'] if seen[x] else c['NEW']})"
        words = [c["TOPICS_NOMINATIVE"].get(x, x) + mark(x) for x in topics]
        parts.append(f"{name(pair[0])}–{name(pair[1])}: {', '.join(words)}")
    return c["C_PAIR_TOPICS"].format(pairs="; ".join(parts)) if parts else ""
