"""Stories in the database: the rules of `events.cluster` applied with a fixed number of queries.

Storing one event costs three queries (candidates, their people, its story) whatever the number of
candidates, before the document's events are written together; a bulk load is clustered afterwards in one pass over its events sorted by id, with
the candidates of a sliding window of dates held in memory.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from functools import lru_cache

from sqlalchemy import and_, bindparam, delete, insert, select, update

from kronika.events.cluster import choose_story, signature, story_title, window
from kronika.model import Event
from kronika.store import schema as t
from kronika.store.db import Store, now

PROVISIONAL = 10 ** 15  # ids of stories made during a bulk pass, before they are written
MAX_CANDIDATES = 500  # a busy pair has a few dozen reports a day; beyond this the window is noise


def event_signature(event_id: int, document_id: int, ev: Event) -> dict:
    """The signature of an event being stored, from the object in hand (no re-read)."""
    row = {"id": event_id, "document_id": document_id, "date": ev.date, "date_end": ev.date_end,
           "date_basis": ev.date_basis, "type": ev.type, "mode": ev.mode, "countries": ev.countries,
           "location_city": ev.location.city, "story_id": None,
           "evidence": {k: v for k, v in ev.evidence.items()}}
    return signature(row, [(p.name, p.country) for p in ev.persons])


def _evidence(value: str | None) -> dict:
    # clustering asks only whether the text names the place: most evidence is not worth decoding
    return json.loads(value) if value and '"location"' in value else {}


def _signatures(conn, query, params: dict | None = None) -> list[dict]:
    """Signatures of the events a query selects, with their people fetched in one more query."""
    rows = conn.execute(query, params or {}).all()
    people: dict[int, list] = defaultdict(list)
    if rows:
        for eid, name, country in conn.execute(_PEOPLE, {"ids": [r[0] for r in rows]}):
            people[eid].append((name, country))
    # a copy: bulk clustering relabels the stories of the signatures it holds
    return [dict(_signature(tuple(r), tuple(people[r[0]]))) for r in rows]


@lru_cache(maxsize=8192)
def _signature(row: tuple, people: tuple) -> dict:
    """The signature of a stored event from its row (the values of _COLUMNS) and people. A batch of
    documents meets the same stored events as candidates again and again; the key is every value the
    signature is made of, so a changed row is a new key."""
    r = dict(zip(_KEYS, row))
    r["countries"] = json.loads(r["countries"] or "[]")
    r["evidence"] = _evidence(r["evidence"])
    return signature(r, people)


_COLUMNS = (t.events.c.id, t.events.c.document_id, t.events.c.date, t.events.c.date_end,
            t.events.c.date_basis, t.events.c.type, t.events.c.mode, t.events.c.countries,
            t.events.c.location_city, t.events.c.story_id, t.events.c.evidence)
_KEYS = tuple(c.name for c in _COLUMNS)
_PEOPLE = select(t.event_persons.c.event_id, t.event_persons.c.name, t.event_persons.c.country) \
    .where(t.event_persons.c.event_id.in_(bindparam("ids", expanding=True)))
# the statements are built once: building one costs more than SQLite takes to run it
_ANY_DATE = select(*_COLUMNS).where(
    t.events.c.id.in_(select(t.event_countries.c.event_id)
                      .where(t.event_countries.c.country.in_(bindparam("countries", expanding=True)))),
    t.events.c.id != bindparam("id"), t.events.c.status != "rejected", t.events.c.story_id.is_not(None))
_NEAR_DATE = _ANY_DATE.where(t.events.c.date.between(bindparam("first"), bindparam("last"))
                             | t.events.c.date.is_(None)).limit(MAX_CANDIDATES)
_ANY_DATE = _ANY_DATE.limit(MAX_CANDIDATES)


def candidates(conn, sig: dict) -> list[dict]:
    """Signatures of stored events in a story that share a party with `sig`, near its date."""
    params = {"countries": sorted(sig["countries"]), "id": sig["id"]}
    span = window(sig)
    if span:
        params["first"], params["last"] = span
    return _signatures(conn, _NEAR_DATE if span else _ANY_DATE, params)


def _near(sig: dict, others: list[dict]) -> list[dict]:
    """The events of `others` that `candidates` would select for `sig` had they been stored."""
    span = window(sig)
    return [o for o in others if o["countries"] & sig["countries"] and o["story_id"] is not None
            and (span is None or o["date"] is None or span[0] <= o["date"] <= span[1])]


def assign_story(conn, sig: dict) -> int:
    """Put a stored event into the story of a matching report (merging the stories it fits), or into
    a story of its own."""
    story = _choose(conn, sig, [])
    conn.execute(_SET_STORY, {"event": sig["id"], "story": story})
    return story


def assign_stories(conn, document_id: int, events: list[Event]) -> list[int]:
    """The stories of a document's events, chosen in order before their rows are written, as if
    each had been stored and clustered in turn: an event meets the stored events near it (two
    queries however many) and the document's events before it (in memory)."""
    placed: list[dict] = []
    for pos, ev in enumerate(events):
        sig = event_signature(-1 - pos, document_id, ev)  # no row yet: an id no row has
        sig["story_id"] = _choose(conn, sig, placed)
        placed.append(sig)
    return [s["story_id"] for s in placed]


def _choose(conn, sig: dict, placed: list[dict]) -> int:
    """The story `sig` belongs in, created or merged as needed; `placed` (events not yet stored)
    follow the merges."""
    if sig["countries"]:
        story, joinable = choose_story(sig, candidates(conn, sig) + _near(sig, placed))
    else:
        story, joinable = None, []
    if story is None:
        return _create_story(conn, sig)
    _merge_stories(conn, story, joinable)
    for other in placed:
        if other["story_id"] in joinable:
            other["story_id"] = story
    if sig["date"]:
        conn.execute(_DATE_STORY, {"story": story, "date": sig["date"]})
    return story


_SET_STORY = update(t.events).where(t.events.c.id == bindparam("event")).values(story_id=bindparam("story"))
_DATE_STORY = update(t.stories).where(and_(t.stories.c.id == bindparam("story"), t.stories.c.date.is_(None))) \
    .values(date=bindparam("date"))


def _merge_stories(conn, target: int, others: list[int]) -> None:
    """Move the events of other stories into the target and drop the emptied stories."""
    if others:
        conn.execute(update(t.events).where(t.events.c.story_id.in_(others)).values(story_id=target))
        conn.execute(delete(t.stories).where(t.stories.c.id.in_(others)))


_INSERT_STORY = insert(t.stories)


def _create_story(conn, sig: dict) -> int:
    return conn.execute(_INSERT_STORY, {"title": story_title(sig), "date": sig["date"],
                                        "created_at": now()}).inserted_primary_key[0]


def _new_story(conn, sig: dict) -> int:
    story_id = _create_story(conn, sig)
    conn.execute(_SET_STORY, {"event": sig["id"], "story": story_id})
    return story_id


def cluster_pending(store: Store, batch: int = 5000) -> int:
    """Give every event without a story one, in id order, as incremental `add` would; returns how many.

    One pass: the pending events and the stored events of their dates are read once, sorted by
    date; each pending event meets only the events of its window, held in memory.
    """
    with store.connect() as conn:
        pending = _signatures(conn, select(*_COLUMNS).where(t.events.c.story_id.is_(None),
                                                            t.events.c.status != "rejected")
                              .order_by(t.events.c.id))
        if not pending:
            return 0
        dates = [p["date"] for p in pending if p["date"]]
        known = _known_in_span(conn, min(dates), max(dates)) if dates else []
        undated_known = _signatures(conn, select(*_COLUMNS).where(t.events.c.story_id.is_not(None),
                                                                  t.events.c.date.is_(None)))
    index = _DateIndex(known + undated_known)
    merged: dict[int, int] = {}  # story -> the story it was merged into
    assigned: list[tuple[int, int, bool]] = []  # (event, story, new story)
    for n, sig in enumerate(pending):
        story, joinable = choose_story(sig, index.around(sig)) if sig["countries"] else (None, [])
        for other in joinable:
            merged[other] = story
            index.relabel(other, story)
        new = story is None
        # a new story gets a provisional id above every stored one, in creation order, so that
        # choosing among stories prefers the older one exactly as incremental adds do
        sig["story_id"] = PROVISIONAL + n if new else story
        assigned.append((sig["id"], sig["story_id"], new))
        index.add(sig)
    return _write_assignments(store, pending, assigned, merged, batch)


def _known_in_span(conn, first: str, last: str) -> list[dict]:
    lo = (dt.date.fromisoformat(first) - dt.timedelta(days=2)).isoformat()
    hi = (dt.date.fromisoformat(last) + dt.timedelta(days=2)).isoformat()
    return _signatures(conn, select(*_COLUMNS).where(t.events.c.story_id.is_not(None),
                                                     t.events.c.status != "rejected",
                                                     t.events.c.date.between(lo, hi)))


class _DateIndex:
    """Signatures by date and party, for the candidate look-up of `candidates` done in memory."""

    def __init__(self, sigs: list[dict]):
        self.by_date: dict[str | None, list[dict]] = defaultdict(list)
        for s in sigs:
            self.add(s)

    def add(self, sig: dict) -> None:
        self.by_date[sig["date"]].append(sig)

    def relabel(self, old: int, new: int) -> None:
        """Two stories merged: every report of the old one now belongs to the new one."""
        for group in self.by_date.values():
            for s in group:
                if s["story_id"] == old:
                    s["story_id"] = new

    def around(self, sig: dict) -> list[dict]:
        span = window(sig)
        if span is None:
            pool = [s for group in self.by_date.values() for s in group]
        else:
            d0 = dt.date.fromisoformat(span[0])
            days = [(d0 + dt.timedelta(days=i)).isoformat() for i in range(4)]
            pool = [s for d in (*days, None) for s in self.by_date.get(d, [])]
        return [s for s in pool if s["countries"] & sig["countries"]][:MAX_CANDIDATES]


def _write_assignments(store: Store, pending: list[dict], assigned: list[tuple[int, int, bool]],
                       merged: dict[int, int], batch: int) -> int:
    """Create the stories that survived the pass's merges, set every event's story and carry out
    the merges of stored stories, in transactions of `batch` events."""
    by_id = {s["id"]: s for s in pending}
    creator = {story: event_id for event_id, story, new in assigned if new}

    def root(story: int) -> int:
        while story in merged:
            story = merged[story]
        return story

    final = [(event_id, root(story)) for event_id, story, _new in assigned]
    real: dict[int, int] = {}
    with store.begin() as conn:
        for story in dict.fromkeys(s for _e, s in final if s >= PROVISIONAL):
            real[story] = _new_story(conn, by_id[creator[story]])
    for i in range(0, len(final), batch):
        with store.begin() as conn:
            for event_id, story in final[i:i + batch]:
                conn.execute(update(t.events).where(t.events.c.id == event_id)
                             .values(story_id=real.get(story, story)))
    with store.begin() as conn:  # stories stored before this pass that merged into others
        for old in merged:
            if old < PROVISIONAL:
                target = root(old)
                _merge_stories(conn, real.get(target, target), [old])
    return len(assigned)
