"""Stories: reports of one happening, from any source and language, grouped without translation.

Two events are one story when they share the day (±1), the parties and a compatible kind of event,
with the people and the place as further evidence. A wrong merge is worse than a missed one: the
same day needs a shared person or city, a one-day gap also needs a date that was inferred rather
than written, and sides with named people must share one.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import and_, insert, select, update

from kronika.nlp.text import fold
from kronika.store import schema as t
from kronika.store.db import now

COMPATIBLE = {("CONSULT", "AGREE"), ("AGREE", "CONSULT")}


def _family(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


def event_signature(conn, event_id: int) -> dict:
    """What clustering compares: date, parties, kind, people by side, city, document."""
    e = conn.execute(select(t.events).where(t.events.c.id == event_id)).mappings().one()
    persons = conn.execute(select(t.event_persons.c.name, t.event_persons.c.country)
                           .where(t.event_persons.c.event_id == event_id)).all()
    sides: dict[str, set[str]] = {}
    for name, country in persons:
        sides.setdefault(country or "?", set()).add(_family(name))
    return {"id": e["id"], "document_id": e["document_id"], "date": e["date"], "date_end": e["date_end"],
            "date_basis": e["date_basis"],
            "type": e["type"], "mode": e["mode"], "countries": set(json.loads(e["countries"])),
            "city": fold(e["location_city"] or ""), "sides": sides, "story_id": e["story_id"],
            "families": {f for fams in sides.values() for f in fams}}


def same_story(a: dict, b: dict) -> bool:
    """Are two events reports of one happening?"""
    if a["document_id"] == b["document_id"]:
        return False
    ca, cb = a["countries"], b["countries"]
    if not ca or not cb or len(ca & cb) / len(ca | cb) < 0.5:
        return False
    if a["type"] != b["type"] and (a["type"], b["type"]) not in COMPATIBLE:
        return False
    if a["mode"] and b["mode"] and a["mode"] != b["mode"] and "phone" in (a["mode"], b["mode"]):
        return False
    for country in set(a["sides"]) & set(b["sides"]) - {"?"}:
        if not a["sides"][country] & b["sides"][country]:
            return False  # the same parties, but other people: another meeting
    shared_people = a["families"] & b["families"]
    same_city = bool(a["city"]) and a["city"] == b["city"]
    if a["city"] and b["city"] and a["city"] != b["city"]:
        return False
    if a["date"] and b["date"]:
        gap = _gap_days(a, b)
        if gap > 1:
            return False
        if gap == 1:
            # two dates written out in the texts a day apart are two days: two meetings. A day's
            # slack is for dates read off a publication day or a weekday, with a person or the city
            inferred = a["date_basis"] != "text" or b["date_basis"] != "text"
            return inferred and (bool(shared_people) or same_city)
        # the same day: the same people or city, or the very same parties, kind and mode with no names
        bare = not a["families"] and not b["families"] and ca == cb and a["type"] == b["type"] \
            and a["mode"] == b["mode"]
        return bool(shared_people) or same_city or bare
    # an undated report joins a dated story only on strong evidence: several people and the city
    return len(shared_people) >= 2 and same_city


def _gap_days(a: dict, b: dict) -> int:
    """Days between two events' spans (0 when they overlap)."""
    a0, a1 = dt.date.fromisoformat(a["date"]), dt.date.fromisoformat(a["date_end"] or a["date"])
    b0, b1 = dt.date.fromisoformat(b["date"]), dt.date.fromisoformat(b["date_end"] or b["date"])
    if a1 < b0:
        return (b0 - a1).days
    if b1 < a0:
        return (a0 - b1).days
    return 0


def candidates(conn, sig: dict) -> list[int]:
    """Events that share a party with this one, near its date (or any date when it has none)."""
    q = select(t.events.c.id).join(t.event_countries, t.event_countries.c.event_id == t.events.c.id) \
        .where(t.event_countries.c.country.in_(sorted(sig["countries"])), t.events.c.id != sig["id"],
               t.events.c.status != "rejected", t.events.c.story_id.is_not(None))
    if sig["date"]:
        d = dt.date.fromisoformat(sig["date"])
        lo, hi = (d - dt.timedelta(days=2)).isoformat(), (d + dt.timedelta(days=1)).isoformat()
        q = q.where(t.events.c.date.between(lo, hi) | t.events.c.date.is_(None))
    return [r[0] for r in conn.execute(q.distinct().limit(500))]


def assign_story(conn, event_id: int) -> int:
    """Put an event into the story of a matching report, or into a story of its own."""
    sig = event_signature(conn, event_id)
    if not sig["countries"]:
        return _new_story(conn, event_id, sig)
    best = None
    for cid in candidates(conn, sig):
        other = event_signature(conn, cid)
        if same_story(sig, other):
            score = len(sig["families"] & other["families"]) + (sig["city"] == other["city"]) + \
                (other["date"] == sig["date"])
            if best is None or score > best[0]:
                best = (score, other["story_id"])
    if best is None:
        return _new_story(conn, event_id, sig)
    conn.execute(update(t.events).where(t.events.c.id == event_id).values(story_id=best[1]))
    if sig["date"]:
        conn.execute(update(t.stories).where(and_(t.stories.c.id == best[1], t.stories.c.date.is_(None)))
                     .values(date=sig["date"]))
    return best[1]


def _new_story(conn, event_id: int, sig: dict) -> int:
    title = "-".join(sorted(sig["countries"])) + (f" {sig['type']}" if sig["type"] else "")
    story_id = conn.execute(insert(t.stories).values(title=title, date=sig["date"], created_at=now())) \
        .inserted_primary_key[0]
    conn.execute(update(t.events).where(t.events.c.id == event_id).values(story_id=story_id))
    return story_id
