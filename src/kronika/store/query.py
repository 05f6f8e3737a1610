"""Reading events back: filters, full-text search and PLOVER-compatible export."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import and_, bindparam, func, select, text

from kronika.model import DocumentRef, Location, Person, StoredEvent
from kronika.store import schema as t
from kronika.store.db import Store


@dataclass
class EventFilter:
    """What `kronika events` can ask for; every field is optional."""
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    pair: tuple[str, str] | None = None
    topic: str | None = None
    type: str | None = None
    lang: str | None = None
    story: int | None = None
    status: str | None = None
    limit: int = 1000
    offset: int = 0


def _has_country(code: str):
    # the key's columns only (not *, which names the date too): answered from the primary key's index
    c = t.event_countries.c
    return select(c.event_id).where(and_(c.event_id == t.events.c.id, c.country == code)).exists()


def event_query(f: EventFilter, columns: tuple | None = None):
    """The SELECT of events matching a filter, newest first (every column unless `columns` are given)."""
    key = (f.date_from, f.date_to, f.country, f.pair, f.topic, f.type, f.lang, f.story, f.status, f.limit, f.offset)
    try:
        return _cached_query(key, columns)
    except TypeError:  # a value that cannot be a key (a pair given as a list): built anew
        return _event_query(f, columns)


# The same filter makes the same statement: built once, SQLAlchemy finds its compiled form by a key it
# keeps on the statement, where a new statement costs building, then its key derived from every clause
# (a third of a millisecond, as much as the indexed read of a page of events itself)
@lru_cache(maxsize=512)
def _cached_query(key: tuple, columns: tuple | None):
    return _event_query(EventFilter(*key), columns)


def _event_query(f: EventFilter, columns: tuple | None = None):
    e, d = t.events, t.documents
    q = select(*(columns or (e, d.c.url, d.c.title, d.c.language, d.c.published)))
    countries = list(dict.fromkeys(c.upper() for c in (*(f.pair or ()), *((f.country,) if f.country else ()))))
    # a country or a topic asked for drives the read: its rows carry the event's date, indexed (migration
    # 0010), and are read newest first, where the events were walked newest first and each looked up
    by, topic_done = None, False
    if countries:
        by = t.event_countries.alias("by_subject")
        q = q.select_from(by).join(e, e.c.id == by.c.event_id).where(by.c.country == countries.pop())
    elif f.topic:
        by = t.event_topics.alias("by_subject")
        q = q.select_from(by).join(e, e.c.id == by.c.event_id).where(by.c.topic == f.topic)
        topic_done = True
    q = q.join(d, d.c.id == e.c.document_id)
    date = by.c.date if by is not None else e.c.date
    if f.date_from:
        q = q.where(date >= f.date_from)
    if f.date_to:
        q = q.where(date <= f.date_to)
    for code in countries:  # the pair's other country, the country besides a pair
        q = q.where(_has_country(code))
    if f.topic and not topic_done:
        x = t.event_topics.c
        q = q.where(select(x.event_id).where(and_(x.event_id == e.c.id, x.topic == f.topic)).exists())
    if f.type:
        q = q.where(e.c.type == f.type.upper())
    if f.lang:
        q = q.where(e.c.language == f.lang)  # the document's, copied: read newest first by its index
    if f.story is not None:
        q = q.where(e.c.story_id == f.story)
    if f.status:
        q = q.where(e.c.status == f.status)
    if by is not None:
        return q.order_by(by.c.date.desc(), by.c.event_id.desc()).limit(f.limit).offset(f.offset)
    return q.order_by(e.c.date.desc(), e.c.id.desc()).limit(f.limit).offset(f.offset)


def _persons(conn, ids: list[int]) -> dict[int, list[Person]]:
    out: dict[int, list[Person]] = {i: [] for i in ids}
    if not ids:
        return out
    p = t.event_persons
    for row in conn.execute(select(p).where(p.c.event_id.in_(ids)).order_by(p.c.id)).mappings():
        out[row["event_id"]].append(Person(row["name"], row["name_original"], row["country"], row["role"],
                                           json.loads(row["evidence"])))
    return out


def row_to_event(row, persons: list[Person]) -> StoredEvent:
    """A stored event read from its row (events joined with documents) and its persons."""
    return StoredEvent(
        id=row["id"], story=row["story_id"], status=row["status"], date=row["date"], date_end=row["date_end"],
        type=row["type"], mode=row["mode"], countries=json.loads(row["countries"]),
        topics=json.loads(row["topics"]), persons=persons,
        location=Location(row["location_city"], row["location_country"]),
        document=DocumentRef(row["document_id"], row["url"], row["title"], row["language"], row["published"]),
        date_precision=row["date_precision"], organizations=json.loads(row["organizations"]),
        evidence=json.loads(row["evidence"]), curated=json.loads(row["curated"]))


def list_events(store: Store, f: EventFilter) -> list[StoredEvent]:
    """Events matching the filter, with their persons and source document."""
    with store.connect() as conn:
        rows = conn.execute(event_query(f)).mappings().all()
        persons = _persons(conn, [r["id"] for r in rows])
    return [row_to_event(r, persons[r["id"]]) for r in rows]


_BRIEF = (t.events.c.id, t.events.c.story_id, t.events.c.status, t.events.c.date, t.events.c.date_end,
          t.events.c.type, t.events.c.mode, t.events.c.countries, t.events.c.topics, t.events.c.location_city,
          t.events.c.location_country, t.events.c.document_id, t.documents.c.language, t.documents.c.title)
_NAMES = select(t.event_persons.c.event_id, t.event_persons.c.name) \
    .where(t.event_persons.c.event_id.in_(bindparam("ids", expanding=True))).order_by(t.event_persons.c.id)


def list_brief(store: Store, f: EventFilter, ids: list[int] | None = None) -> list[StoredEvent]:
    """What a list of events shows: date, kind, parties, people's names, place, topics, status and
    source, read without the columns it does not show (evidence, organisations, people's details);
    with `ids`, those events in that order."""
    q = event_query(f, _BRIEF)
    if ids is not None:
        q = q.where(t.events.c.id.in_(ids))
    with store.connect() as conn:
        rows = conn.execute(q).all()
        if ids is not None:
            place = {i: n for n, i in enumerate(ids)}
            rows.sort(key=lambda r: place[r[0]])
        names: dict[int, list[Person]] = {r[0]: [] for r in rows}
        if rows:
            for event_id, name in conn.execute(_NAMES, {"ids": list(names)}):
                names[event_id].append(Person(name, ""))
    countries, topics = _json_lists([r[7] for r in rows]), _json_lists([r[8] for r in rows])
    return [StoredEvent(id=r[0], story=r[1], status=r[2], date=r[3], date_end=r[4], type=r[5], mode=r[6],
                        countries=cs, topics=ts, persons=names[r[0]],
                        location=Location(r[9], r[10]), document=DocumentRef(r[11], title=r[13], language=r[12]),
                        brief=True) for r, cs, ts in zip(rows, countries, topics)]


def _json_lists(values: list[str]) -> list[list]:
    """The JSON lists of a page's rows, read in one call of the parser rather than one a value (two a
    row were a fifth of building a page of events); a value that is not a list alone is read alone."""
    try:
        out = json.loads("[" + ",".join(values) + "]")
    except ValueError:
        out = None
    if out is None or len(out) != len(values) or not all(type(v) is list for v in out):
        return [json.loads(v) for v in values]  # as each row was read before: its own error, if any
    return out


def get_event(store: Store, event_id: int) -> StoredEvent | None:
    """One stored event, or None when there is none with that id."""
    with store.connect() as conn:
        row = conn.execute(event_query(EventFilter(limit=1)).where(t.events.c.id == event_id)).mappings().first()
        return row_to_event(row, _persons(conn, [event_id])[event_id]) if row else None


@dataclass(frozen=True)
class DocumentHit:
    """A document found by a search, with a snippet of its text around the words found."""
    id: int
    title: str | None
    url: str | None
    language: str | None
    published: str | None
    snippet: str | None

    def to_dict(self) -> dict:
        return {"kind": "document", "id": self.id, "title": self.title, "url": self.url,
                "language": self.language, "published": self.published, "snippet": self.snippet}


@dataclass(frozen=True)
class Found:
    """What a search found: documents (best first), then events."""
    documents: list[DocumentHit]
    events: list[StoredEvent]

    def to_dicts(self) -> list[dict]:
        """The hits as `kronika search` and the API print them, each with its `kind`."""
        return [d.to_dict() for d in self.documents] + [{"kind": "event", **e.to_dict()} for e in self.events]


def search(store: Store, query: str, limit: int = 50, brief: bool = False, documents: bool = True) -> Found:
    """Documents and events matching words of the query (FTS5 or tsvector); `brief`: the events as
    `list_brief` reads them; not `documents`: events only (a list of events ranks no document and
    makes no snippet, which for a common word cost more than the events themselves)."""
    docs: list = []
    with store.connect() as conn:
        if store.dialect == "sqlite":
            fts = _fts5_query(query)
            if not fts:
                return Found([], [])
            if documents:
                docs = conn.execute(text(
                    "SELECT d.id, d.title, d.url, d.language, d.published, "
                    "snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet "
                    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                    "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"), {"q": fts, "n": limit}).mappings().all()
            # newest first: ranking every match of a common word costs more than it tells
            evs = conn.execute(text(
                "SELECT rowid FROM events_fts WHERE events_fts MATCH :q ORDER BY rowid DESC LIMIT :n"),
                {"q": fts, "n": limit}).all()
        else:
            if documents:
                docs = conn.execute(text(
                    "SELECT d.id, d.title, d.url, d.language, d.published, "
                    "ts_headline('simple', d.text, q, 'MaxWords=20, MinWords=8, StartSel=[, StopSel=]') AS snippet "
                    "FROM documents d, plainto_tsquery('simple', :q) q WHERE d.tsv @@ q "
                    "ORDER BY ts_rank(d.tsv, q) DESC LIMIT :n"), {"q": query, "n": limit}).mappings().all()
            evs = conn.execute(text(
                "SELECT e.id FROM events e, plainto_tsquery('simple', :q) q WHERE e.tsv @@ q "
                "ORDER BY ts_rank(e.tsv, q) DESC LIMIT :n"), {"q": query, "n": limit}).all()
    ids = [eid for (eid,) in evs]
    found = (list_brief(store, EventFilter(limit=len(ids)), ids) if ids else []) if brief else get_events(store, ids)
    return Found([DocumentHit(**d) for d in docs], found)


def get_events(store: Store, ids: list[int]) -> list[StoredEvent]:
    """Several events in the order of `ids`, with two queries in all."""
    if not ids:
        return []
    with store.connect() as conn:
        rows = conn.execute(event_query(EventFilter(limit=len(ids))).where(t.events.c.id.in_(ids))).mappings().all()
        persons = _persons(conn, [r["id"] for r in rows])
    by_id = {r["id"]: row_to_event(r, persons[r["id"]]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _fts5_query(q: str) -> str:
    """User words as an FTS5 query that cannot be a syntax error: each word quoted, all required."""
    import re

    words = re.findall(r"\w+", q)
    return " ".join('"' + w.replace('"', '') + '"' for w in words)


PLOVER_FIELDS = ["id", "event_date", "event_type", "mode", "context", "actor1", "actor2", "countries",
                 "persons", "location", "topics", "source_url", "language", "story_id", "status"]


def plover_record(ev: StoredEvent) -> dict:
    """An event in PLOVER/POLECAT-style fields."""
    cs = ev.countries
    return {
        "id": f"kronika-{ev.id}", "event_date": ev.date, "event_date_end": ev.date_end,
        "event_type": ev.type, "mode": ev.mode, "context": ev.topics,
        "actor1": cs[0] if cs else None, "actor2": cs[1] if len(cs) > 1 else None, "countries": cs,
        "organizations": ev.organizations,
        "persons": [{"name": p.name, "country": p.country, "role": p.role} for p in ev.persons],
        "location": {"city": ev.location.city, "country": ev.location.country}, "topics": ev.topics,
        "source_url": ev.document.url, "language": ev.document.language, "story_id": ev.story, "status": ev.status,
    }


def export(store: Store, fmt: str, f: EventFilter | None = None) -> str:
    """All (or filtered) events as PLOVER JSON Lines or CSV."""
    return export_events(list_events(store, f or EventFilter(limit=10**9)), fmt)


def export_events(events: list[StoredEvent], fmt: str) -> str:
    """Events already read (a page's selection) as PLOVER JSON Lines or CSV."""
    recs = [plover_record(e) for e in events]
    if fmt == "plover-jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=PLOVER_FIELDS, extrasaction="ignore")
    w.writeheader()
    for r in recs:
        w.writerow({**r, "countries": ";".join(r["countries"]), "topics": ";".join(r["topics"]),
                    "context": ";".join(r["context"]), "persons": ";".join(p["name"] for p in r["persons"]),
                    "location": ", ".join(x for x in (r["location"]["city"], r["location"]["country"]) if x)})
    return buf.getvalue()


def count(store: Store, table) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()
