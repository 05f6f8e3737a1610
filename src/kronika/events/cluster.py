"""Stories: reports of one happening, from any source and language, grouped without translation.

Two events are one story when they share the day (±1), the parties and a compatible kind of event,
with the people and the place as further evidence. A wrong merge is worse than a missed one: the
same day needs a shared person or city, a one-day gap also needs a date that was inferred rather
than written, and sides with named people must share one.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping

from kronika.nlp.text import fold

COMPATIBLE = {("CONSULT", "AGREE"), ("AGREE", "CONSULT")}


def _family(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


def signature(e: Mapping, persons: Iterable[tuple[str, str | None]]) -> dict:
    """What clustering compares: date, parties, kind, people by side, city, document.

    `e` has the fields of an event row (id, document_id, date, date_end, date_basis, type, mode,
    countries as a list, location_city, story_id); `persons` are (name, country) pairs.
    """
    sides: dict[str, set[str]] = {}
    for name, country in persons:
        sides.setdefault(country or "?", set()).add(_family(name))
    return {"id": e["id"], "document_id": e["document_id"], "date": e["date"], "date_end": e["date_end"],
            "date_basis": e["date_basis"],
            "type": e["type"], "mode": e["mode"], "countries": set(e["countries"]),
            "city": fold(e["location_city"] or ""), "sides": sides, "story_id": e.get("story_id"),
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


def window(sig: dict) -> tuple[str, str] | None:
    """The dates (first, last) a matching report may carry; None for an undated event (any date)."""
    if not sig["date"]:
        return None
    d = dt.date.fromisoformat(sig["date"])
    return (d - dt.timedelta(days=2)).isoformat(), (d + dt.timedelta(days=1)).isoformat()


def best_story(sig: dict, others: Iterable[dict]) -> int | None:
    """The story of the best-matching other report, or None: shared people, city and day weigh."""
    best = None
    for other in others:
        if other["story_id"] is None or other["id"] == sig["id"] or not same_story(sig, other):
            continue
        score = len(sig["families"] & other["families"]) + (sig["city"] == other["city"]) + \
            (other["date"] == sig["date"])
        if best is None or score > best[0]:
            best = (score, other["story_id"])
    return best[1] if best else None


def story_title(sig: dict) -> str:
    """A working title for a new story: its parties and kind."""
    return "-".join(sorted(sig["countries"])) + (f" {sig['type']}" if sig["type"] else "")
