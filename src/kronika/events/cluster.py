"""Stories: reports of one happening, from any source and language, grouped without translation.

Two events are one story when they share the day (±1), the parties and a compatible kind of event,
with the people and the place as further evidence. A wrong merge is worse than a missed one: the
same day needs a shared person or city, a one-day gap also needs a date that was inferred rather
than written, and sides with named people must share one. People are compared by identity across
scripts and orders ("Сок Ель", "Suk-yeol Yoon"), and only cities the texts name may disagree.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Mapping

from kronika.lang.translit import romanise
from kronika.text.tokens import fold

# Kinds that one happening gets in different reports: a visit is CONSULT in one language and SUPPORT
# or AGREE in another; a protest note is ACCUSE or PROTEST. Cooperation never meets conflict.
KIND_FAMILIES = ({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST"},
                 {"ACCUSE", "PROTEST", "REJECT", "SANCTION", "THREATEN"})
_VOWELS = re.compile(r"[aeiouyh]")
# letters that transcriptions of one name swap: Kamikawa/Kamikava, Jong/Yong, Khirosi/Hiroshi
_SPELLINGS = (("kh", "h"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("ts", "c"), ("w", "v"), ("j", "y"))


def _skeleton(word: str) -> str:
    """A name part without the vowels that transcriptions disagree on: 'yeol', 'yel' and 'ёль' agree."""
    for a, b in _SPELLINGS:
        word = word.replace(a, b)
    return word[:1] + _VOWELS.sub("", word[1:])


def person_key(name: str) -> tuple[str, ...]:
    """One person's name parts, romanised and folded, in any order: 'Юн Сок Ель' ~ 'Suk-yeol Yoon'."""
    parts = re.split(r"[\s\-‐‑]+", fold(romanise(name, "ru")).lower())
    return tuple(sorted({_skeleton(p) for p in parts if len(p) >= 2 and p.isalpha()}))


def _same_part(a: str, b: str) -> bool:
    """One name part, allowing a case ending one rendering kept ('Paulausk', 'Paulauskas')."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of one person: every part of the shorter name is in the longer one, in any order
    ('Kim Jong' is 'Kim Jong Un'; 'Kim Yo Jong' is not)."""
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(_same_part(p, q) for q in long_) for p in short)


def shared_people(a: list[tuple[str, ...]], b: list[tuple[str, ...]]) -> int:
    """How many people of one list are also in the other."""
    return sum(any(same_person(p, q) for q in b) for p in a)


def compatible_kinds(a: str | None, b: str | None) -> bool:
    """Can two event types describe one happening?"""
    return a == b or any(a in f and b in f for f in KIND_FAMILIES)


def signature(e: Mapping, persons: Iterable[tuple[str, str | None]]) -> dict:
    """What clustering compares: date, parties, kind, people by side, city (and whether the text names
    it), document. `e` has the fields of an event row, countries as a list and evidence as a dict;
    `persons` are (name, country) pairs."""
    sides: dict[str, list[tuple[str, ...]]] = {}
    for name, country in persons:
        key = person_key(name)
        if key:
            sides.setdefault(country or "?", []).append(key)
    return {"id": e["id"], "document_id": e["document_id"], "date": e["date"], "date_end": e["date_end"],
            "date_basis": e["date_basis"], "type": e["type"], "mode": e["mode"],
            "countries": set(e["countries"]), "city": fold(e["location_city"] or ""),
            "city_evidenced": bool((e.get("evidence") or {}).get("location")),
            "sides": sides, "story_id": e.get("story_id"),
            "people": [p for side in sides.values() for p in side]}


def same_story(a: dict, b: dict) -> bool:
    """Are two events reports of one happening?"""
    if a["document_id"] == b["document_id"]:
        return False
    ca, cb = a["countries"], b["countries"]
    if not ca or not cb or len(ca & cb) / len(ca | cb) < 0.5:
        return False
    if not compatible_kinds(a["type"], b["type"]):
        return False
    if a["mode"] and b["mode"] and a["mode"] != b["mode"] and "phone" in (a["mode"], b["mode"]):
        return False
    if _other_people(a, b):
        return False  # the same parties, but other people: another meeting
    shared = shared_people(a["people"], b["people"])
    same_city = bool(a["city"]) and a["city"] == b["city"] and (a["city_evidenced"] or b["city_evidenced"])
    if a["city"] and b["city"] and a["city"] != b["city"] and a["city_evidenced"] and b["city_evidenced"]:
        return False  # two cities the texts name: two places. An inferred city does not veto.
    if a["date"] and b["date"]:
        gap = _gap_days(a, b)
        if gap > 1:
            return False
        if gap == 1:
            # two dates written out in the texts a day apart are two days: two meetings. A day's
            # slack is for dates read off a publication day or a weekday, with a person or the city
            inferred = a["date_basis"] != "text" or b["date_basis"] != "text"
            return inferred and (bool(shared) or same_city)
        # the same day: the same people or city, or the very same parties, kind and mode with no names
        bare = not a["people"] and not b["people"] and ca == cb and a["type"] == b["type"] \
            and a["mode"] == b["mode"]
        return bool(shared) or same_city or bare
    # an undated report joins a dated story only on strong evidence: several people and the city
    return shared >= 2 and same_city


def _other_people(a: dict, b: dict) -> bool:
    """Does a party send named people in both reports with none of them in common?

    A person whose side one report got wrong still counts when named anywhere in the other."""
    for country in set(a["sides"]) & set(b["sides"]) - {"?"}:
        if not shared_people(a["sides"][country], b["people"]) and \
                not shared_people(b["sides"][country], a["people"]):
            return True
    return False


def _gap_days(a: dict, b: dict) -> int:
    """Days between two events' spans (0 when they overlap)."""
    a0, a1 = dt.date.fromisoformat(a["date"]), dt.date.fromisoformat(a["date_end"] or a["date"])
    b0, b1 = dt.date.fromisoformat(b["date"]), dt.date.fromisoformat(b["date_end"] or b["date"])
    if a1 < b0:
        return (b0 - a1).days
    if b1 < a0:
        return (a0 - b1).days
    return 0


def conflicts(a: dict, b: dict) -> bool:
    """Do two reports exclude being one happening: dates more than a day apart (or written out on
    other days), or cities both named in the texts that differ?"""
    if a["date"] and b["date"]:
        written = a["date_basis"] == "text" and b["date_basis"] == "text"
        if _gap_days(a, b) > (0 if written else 1):
            return True
    return bool(a["city"] and b["city"] and a["city"] != b["city"] and a["city_evidenced"] and b["city_evidenced"])




def window(sig: dict) -> tuple[str, str] | None:
    """The dates (first, last) a matching report may carry; None for an undated event (any date)."""
    if not sig["date"]:
        return None
    d = dt.date.fromisoformat(sig["date"])
    return (d - dt.timedelta(days=2)).isoformat(), (d + dt.timedelta(days=1)).isoformat()


def choose_story(sig: dict, others: Iterable[dict]) -> tuple[int | None, list[int]]:
    """The story an event joins (None: a story of its own) and the other stories it fits, which were
    one story all along and merge into it.

    A story takes the event only if one of its reports matches and none of them conflicts with it:
    a report read off the publication day must not bridge two meetings written a day apart."""
    by_story: dict[int, list[dict]] = {}
    for other in others:
        if other["story_id"] is not None and other["id"] != sig["id"]:
            by_story.setdefault(other["story_id"], []).append(other)
    scores: dict[int, int] = {}
    for sid, group in by_story.items():
        if any(conflicts(sig, o) for o in group):
            continue
        for other in group:
            if same_story(sig, other):
                score = shared_people(sig["people"], other["people"]) + (sig["city"] == other["city"]) + \
                    (other["date"] == sig["date"])
                scores[sid] = max(score, scores.get(sid, -1))
    if not scores:
        return None, []
    best = max(scores, key=lambda sid: (scores[sid], -sid))
    joinable = [sid for sid in scores if sid != best and
                not any(conflicts(x, y) for x in by_story[best] for y in by_story[sid])]
    return best, joinable


def story_title(sig: dict) -> str:
    """A working title for a new story: its parties and kind."""
    return "-".join(sorted(sig["countries"])) + (f" {sig['type']}" if sig["type"] else "")
