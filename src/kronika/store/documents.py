"""Writing documents and their events: one transaction each, or a batch of them with a savepoint each;
idempotent, duplicates recognised."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import and_, bindparam, insert, literal, or_, select, union_all
from sqlalchemy.exc import DataError, IntegrityError

from kronika.errors import NotFound
from kronika.model import Document, Event
from kronika.store import schema as t
from kronika.store.db import OutOfRange, Store, dumps, now, short_error, storage_broken
from kronika.store.stories import assign_stories, assign_story, event_signature
from kronika.store.dedup import (BANDS, NEAR_DUPLICATE_BITS, NEAR_DUPLICATE_JACCARD, bands, canonical_url,
                                 content_hash, hamming, jaccard, simhash)


@dataclass
class AddResult:
    status: str                 # added | duplicate
    document_id: int
    events: int = 0
    reason: str | None = None   # url | text | near-duplicate
    event_ids: list[int] = field(default_factory=list)


_URL_MATCH = union_all(
    select(t.documents.c.id, literal(0).label("rank"))
    .where(t.documents.c.canonical_url.in_(bindparam("urls", expanding=True))),
    select(t.document_urls.c.document_id, literal(1).label("rank"))
    .where(t.document_urls.c.url.in_(bindparam("urls", expanding=True))))
_TEXT_MATCH = select(t.documents.c.id).where(t.documents.c.content_hash == bindparam("chash"))
_BANDS = select(t.documents.c.id, t.documents.c.simhash) \
    .join(t.simhash_bands, t.simhash_bands.c.document_id == t.documents.c.id) \
    .where(or_(*[and_(t.simhash_bands.c.band == bindparam(f"b{b}"), t.simhash_bands.c.value == bindparam(f"v{b}"))
                 for b in range(BANDS)])).distinct()
_TEXT = select(t.documents.c.text).where(t.documents.c.id == bindparam("id"))
_KNOWN_URLS = select(t.document_urls.c.url).where(t.document_urls.c.url.in_(bindparam("urls", expanding=True)))


def find_duplicate(conn, url: str | None, canon: str | None, chash: str, shash: int,
                   text: str = "") -> tuple[int, str] | None:
    """(document id, reason) of a stored document this one repeats."""
    urls = [u for u in (url, canon) if u]
    if urls:
        rows = conn.execute(_URL_MATCH, {"urls": urls}).all()
        if rows:
            return min(rows, key=lambda r: r[1])[0], "url"
    row = conn.execute(_TEXT_MATCH, {"chash": chash}).first()
    if row:
        return row[0], "text"
    params = {}
    for b, v in bands(shash):
        params[f"b{b}"], params[f"v{b}"] = b, v
    for doc_id, other in conn.execute(_BANDS, params).all():
        if other is None or hamming(shash, other) > NEAR_DUPLICATE_BITS:
            continue
        if jaccard(text, conn.execute(_TEXT, {"id": doc_id}).scalar_one()) >= NEAR_DUPLICATE_JACCARD:
            return doc_id, "near-duplicate"
    return None


def add_document(store: Store, doc: Document, source_id: int | None = None,
                 fetch_meta: dict | None = None) -> AddResult:
    """Store an extracted document with its events and stories, unless it is already there."""
    try:
        with store.begin() as conn:
            return insert_document(conn, doc, source_id, fetch_meta, stories=True)
    except IntegrityError:
        # another process stored the same text a moment ago: that copy stands
        with store.begin() as conn:
            dup = find_duplicate(conn, doc.url, canonical_url(doc.url), content_hash(doc.text),
                                 simhash(doc.text), doc.text)
        if dup:
            return AddResult("duplicate", dup[0], reason=dup[1])
        raise


# `kronika add` writes the documents it extracts in batches: a commit per document wrote again every page
# it touched (the full-text indexes' segments, the other indexes), 10,752 page writes for the 80 documents
# of dev and dev2 against 7,286 in batches, and 9 fdatasync calls of WAL checkpoints against none
BATCH_DOCUMENTS = 16  # documents written in one transaction, each in a savepoint of its own
BATCH_SECONDS = 0.5   # or fewer, when they come slowly: a killed run loses no more work than this


class Batch:
    """Documents queued for the store and written together: up to BATCH_DOCUMENTS in one transaction,
    each in a savepoint, so that a document refused leaves the others. The first batches are small (1, 2,
    4 ... documents), so a run's first documents are in the store at once. A killed run loses only what
    was queued and not written, and the next run adds it (adding is idempotent).

    `on_result(token, result, error)` is called for each document once it is written (an AddResult) or
    refused (the exception); a failed commit refuses the whole batch with its error."""

    def __init__(self, store: Store, on_result: Callable):
        self.store, self.on_result = store, on_result
        self.queued: list[tuple] = []
        self.since = 0.0
        self.size = 1  # doubled at each batch written, up to BATCH_DOCUMENTS

    def add(self, token, doc: Document, source_id: int | None = None, fetch_meta: dict | None = None) -> None:
        """Queue a document; the batch is written once it is full or its first document has waited long enough."""
        if not self.queued:
            self.since = time.monotonic()
        self.queued.append((token, doc, source_id, fetch_meta))
        if len(self.queued) >= self.size or time.monotonic() - self.since >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write what is queued, in one transaction."""
        queued, self.queued = self.queued, []
        if not queued:
            return
        self.size = min(BATCH_DOCUMENTS, 2 * self.size)
        try:
            with self.store.begin() as conn:
                done = [(token, *_insert_saved(conn, doc, source_id, fetch_meta))
                        for token, doc, source_id, fetch_meta in queued]
        except Exception as e:  # the database itself failed (disk full): nothing of the batch is stored
            for token, *_ in queued:
                self.on_result(token, None, e)
            return
        for token, result, error in done:
            self.on_result(token, result, error)


def _insert_saved(conn, doc: Document, source_id: int | None, fetch_meta: dict | None) -> tuple:
    """(AddResult, None) for a document written in a savepoint, or (None, error) when it was refused;
    an error of the database itself is raised, to give up the batch."""
    try:
        with conn.begin_nested():
            return insert_document(conn, doc, source_id, fetch_meta, stories=True), None
    except IntegrityError as e:  # another process stored the same text a moment ago: that copy stands
        dup = find_duplicate(conn, doc.url, canonical_url(doc.url), content_hash(doc.text), simhash(doc.text),
                             doc.text)
        return (AddResult("duplicate", dup[0], reason=dup[1]), None) if dup else (None, e)
    except DataError as e:  # as store.begin() words it for a document written alone
        return None, OutOfRange(f"a value is out of the database's range ({short_error(e)})")
    except Exception as e:
        if storage_broken(e):
            raise
        return None, e


def insert_document(conn, doc: Document, source_id: int | None = None,
                    fetch_meta: dict | None = None, stories: bool = False) -> AddResult:
    """Insert a document and its events, with their stories when `stories` (else none: a bulk load
    clusters afterwards), unless it repeats a stored one.

    A handful of statements whatever the document holds: its row, its addresses, its SimHash bands,
    then all its events, their countries, topics and people, each in one multi-row insert."""
    canon = canonical_url(doc.url)
    chash, shash = content_hash(doc.text), simhash(doc.text)
    dup = find_duplicate(conn, doc.url, canon, chash, shash, doc.text)
    if dup:
        _remember_urls(conn, dup[0], [doc.url, canon])
        return AddResult("duplicate", dup[0], reason=dup[1])
    for pos, ev in enumerate(doc.events):  # before anything is written: a refused event stores nothing
        _check(ev, pos, doc)
    doc_id = conn.execute(_INSERT_DOCUMENT, {
        "url": doc.url, "canonical_url": canon, "title": doc.title, "language": doc.language,
        "published": doc.published, "text": doc.text, "content_hash": chash, "simhash": shash,
        "source_id": source_id, "fetch_meta": dumps(fetch_meta or {"source": doc.source}), "added_at": now(),
    }).inserted_primary_key[0]
    # find_duplicate has just looked for the page's own addresses: only others may be known
    _remember_urls(conn, doc_id, [doc.url, canon, *doc.meta.get("urls", [])], known_absent=(doc.url, canon))
    conn.execute(_INSERT_BAND, [{"band": b, "value": v, "document_id": doc_id} for b, v in bands(shash)])
    story_ids = assign_stories(conn, doc_id, doc.events) if stories else [None] * len(doc.events)
    ids = insert_events(conn, doc_id, doc, doc.events, story_ids)
    return AddResult("added", doc_id, len(doc.events), event_ids=ids)


_INSERT_DOCUMENT = insert(t.documents)
_INSERT_BAND = insert(t.simhash_bands)
_INSERT_URL = insert(t.document_urls)


def _remember_urls(conn, doc_id: int, urls: list[str | None], known_absent: tuple = ()) -> None:
    urls = list(dict.fromkeys(u for u in urls if u))
    unsure = [u for u in urls if u not in known_absent]
    known = {r[0] for r in conn.execute(_KNOWN_URLS, {"urls": unsure})} if unsure else set()
    rows = [{"url": u, "document_id": doc_id} for u in urls if u not in known]
    if rows:
        conn.execute(_INSERT_URL, rows)


def event_summary(ev: Event, doc: Document | None) -> str:
    """Words an analyst may search an event by: parties, people, place, kind, topics, headline."""
    from kronika.report_names import country_name  # English country names

    parts = [ev.type or "", ev.mode or "", " ".join(country_name(c) for c in ev.countries),
             " ".join(ev.countries), " ".join(ev.organizations),
             " ".join(f"{p.name} {p.name_original}" for p in ev.persons),
             ev.location.city or "", " ".join(ev.topics), (doc.title or "") if doc else ""]
    return " ".join(p for p in parts if p)


def _check(ev: Event, pos: int, doc: Document | None, doc_id: int | None = None) -> None:
    """Refuse an event outside the schema, naming the document and the event."""
    from kronika.events.validate import check_event

    check_event(ev, f"{(doc.source or doc.url or doc.id) if doc else f'document {doc_id}'}, event {pos + 1}")


def _event_row(doc_id: int, pos: int, ev: Event, doc: Document | None, stamp: str, language: str | None) -> dict:
    return {"document_id": doc_id, "position": pos, "language": language, "type": ev.type, "mode": ev.mode,
            "date": ev.date,
            "date_end": ev.date_end, "date_precision": ev.date_precision, "location_city": ev.location.city,
            "location_country": ev.location.country, "countries": dumps(ev.countries),
            "organizations": dumps(ev.organizations), "topics": dumps(ev.topics),
            "evidence": dumps({k: [list(s) for s in v] for k, v in ev.evidence.items()}),
            "summary": event_summary(ev, doc), "status": "new", "curated": "[]", "created_at": stamp,
            "updated_at": stamp, "subjects": dumps(ev.subjects), "date_basis": ev.date_basis,
            **_region(ev)}


def _region(ev: Event) -> dict:
    """The event's passage as its two columns (None when extraction did not say)."""
    start, end = ev.region or (None, None)
    return {"region_start": start, "region_end": end}


_INSERT_EVENT = insert(t.events)
_INSERT_EVENTS = insert(t.events).returning(t.events.c.id, sort_by_parameter_order=True)
_INSERT_COUNTRY = insert(t.event_countries)
_INSERT_TOPIC = insert(t.event_topics)
_INSERT_PERSON = insert(t.event_persons)


def insert_events(conn, doc_id: int, doc: Document | None, events: list[Event], story_ids: list[int | None],
                  first: int = 0, language: str | None = None) -> list[int]:
    """Rows for events checked beforehand (positions from `first`) with their countries, topics and
    people: four statements however many events. `language`: the stored document's (by default
    the language of `doc`, as it was just stored, else read)."""
    if not events:
        return []
    stamp = now()
    if language is None:
        language = doc.language if doc is not None else document_language(conn, doc_id)
    rows = [dict(_event_row(doc_id, first + k, ev, doc, stamp, language), story_id=story)
            for k, (ev, story) in enumerate(zip(events, story_ids))]
    if len(rows) == 1:  # a multi-row insert with RETURNING costs more than a plain one
        ids = [conn.execute(_INSERT_EVENT, rows[0]).inserted_primary_key[0]]
    else:
        ids = [r[0] for r in conn.execute(_INSERT_EVENTS, rows)]
    countries = [{"event_id": i, "country": c} for i, ev in zip(ids, events) for c in dict.fromkeys(ev.countries)]
    topics = [{"event_id": i, "topic": x} for i, ev in zip(ids, events) for x in dict.fromkeys(ev.topics)]
    persons = [{"event_id": i, "name": p.name, "name_original": p.name_original, "country": p.country,
                "role": p.role, "evidence": dumps([list(s) for s in p.evidence])}
               for i, ev in zip(ids, events) for p in ev.persons]
    for statement, values in ((_INSERT_COUNTRY, countries), (_INSERT_TOPIC, topics), (_INSERT_PERSON, persons)):
        if values:
            conn.execute(statement, values)
    return ids


def insert_event(conn, doc_id: int, pos: int, ev: Event, doc: Document | None = None,
                 language: str | None = None) -> int:
    """One event row with its countries, topics and persons; an event outside the schema is refused."""
    _check(ev, pos, doc, doc_id)
    return insert_events(conn, doc_id, doc, [ev], [None], first=pos, language=language)[0]


def document_language(conn, doc_id: int) -> str | None:
    """The language a document was stored with."""
    return conn.execute(select(t.documents.c.language).where(t.documents.c.id == doc_id)).scalar()


def write_event_links(conn, event_id: int, countries: list[str], topics: list[str], replace: bool = True) -> None:
    """The country and topic rows that filters use (a new event has none to replace)."""
    if replace:
        conn.execute(t.event_countries.delete().where(t.event_countries.c.event_id == event_id))
        conn.execute(t.event_topics.delete().where(t.event_topics.c.event_id == event_id))
    if countries:
        conn.execute(insert(t.event_countries), [{"event_id": event_id, "country": c} for c in dict.fromkeys(countries)])
    if topics:
        conn.execute(insert(t.event_topics), [{"event_id": event_id, "topic": x} for x in dict.fromkeys(topics)])


def load_json(s: str | None, default):
    return json.loads(s) if s else default




def document_ids(store: Store) -> list[int]:
    """Ids of every stored document, oldest first."""
    with store.connect() as conn:
        return [r[0] for r in conn.execute(select(t.documents.c.id).order_by(t.documents.c.id))]


def stored_document(store: Store, document_id: int) -> Document:
    """A stored document as the pipeline reads it again (text, URL, title, date, language)."""
    with store.connect() as conn:
        row = conn.execute(select(t.documents).where(t.documents.c.id == document_id)).mappings().first()
    if row is None:
        raise NotFound(f"no document {document_id}; see kronika events --format table for document ids")
    return Document(id=str(document_id), text=row["text"], url=row["url"], title=row["title"],
                    published=row["published"], language=row["language"])


def replace_events(store: Store, document_id: int, doc: Document) -> int:
    """Write a new extraction of a stored document; fields an analyst changed stay as they are."""
    from sqlalchemy import update

    changed = 0
    with store.begin() as conn:
        existing = {r["position"]: r for r in conn.execute(
            select(t.events).where(t.events.c.document_id == document_id)).mappings()}
        # a re-extraction in another language (reextract --language) leaves the document's own
        language = document_language(conn, document_id)
        for pos, ev in enumerate(doc.events):
            old = existing.get(pos)
            if old is None:
                eid = insert_event(conn, document_id, pos, ev, doc, language)
                assign_story(conn, event_signature(eid, document_id, ev))
                changed += 1
                continue
            curated = set(load_json(old["curated"], []))
            fresh = {"type": ev.type, "mode": ev.mode, "date": ev.date, "date_end": ev.date_end,
                     "date_precision": ev.date_precision, "location_city": ev.location.city,
                     "location_country": ev.location.country, "countries": dumps(ev.countries),
                     "organizations": dumps(ev.organizations), "topics": dumps(ev.topics),
                     "evidence": dumps({k: [list(s) for s in v] for k, v in ev.evidence.items()}),
                     "summary": event_summary(ev, doc), "subjects": dumps(ev.subjects),
                     "date_basis": ev.date_basis, **_region(ev)}
            values = {k: v for k, v in fresh.items() if k not in curated and old[k] != v}
            if values:
                conn.execute(update(t.events).where(t.events.c.id == old["id"]).values(**values, updated_at=now()))
                write_event_links(conn, old["id"],
                                  load_json(values.get("countries", old["countries"]), []),
                                  load_json(values.get("topics", old["topics"]), []))
                changed += 1
    return changed
