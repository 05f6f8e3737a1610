"""The queries a monthly report needs: its events with their documents, persons and addresses."""
from __future__ import annotations

import json

from sqlalchemy import and_, or_, select

from kronika.model import DocumentRef, Location, Person, StoredEvent
from kronika.store import schema as t
from kronika.store.db import Store


def report_events(store: Store, lo: str, hi: str, pub_lo: str, pub_hi: str, texts: bool = True) -> list[StoredEvent]:
    """Events (not rejected) dated between lo and hi, undated ones whose document was published
    between pub_lo and pub_hi or bears no date either (every report names those until they are dated),
    and those whose date is no date at all ('2024-13-45' in the period's
    years, 'yesterday' in any report), so that a report can name them; each with its persons and its
    document (with its text unless `texts` is False). A field that cannot be read is said in `unreadable`."""
    e, d = t.events, t.documents
    columns = (e, d.c.url, d.c.language.label("doc_lang"), d.c.title, d.c.published, d.c.fetch_meta) + \
        ((d.c.text,) if texts else ())
    with store.connect() as conn:
        rows = conn.execute(
            select(*columns)
            .join(d, d.c.id == e.c.document_id)
            .where(e.c.status != "rejected",
                   or_(and_(e.c.date.is_not(None), e.c.date <= hi, e.c.date >= lo),
                       and_(e.c.date.is_(None), d.c.published >= pub_lo, d.c.published <= pub_hi),
                       and_(e.c.date.is_(None), d.c.published.is_(None)),
                       e.c.date.like(pub_lo[:4] + "-1_-%"), e.c.date.like(pub_hi[:4] + "-1_-%"),
                       e.c.date.like(pub_lo[:4] + "-__-3_"), e.c.date.like(pub_lo[:4] + "-__-4_"),
                       e.c.date.not_like("____-__-__"), e.c.date_end.not_like("____-__-__")))
            .order_by(e.c.date, e.c.id)).mappings().all()
        persons = event_persons(conn, [r["id"] for r in rows])
    return [_report_event(r, persons.get(r["id"], [])) for r in rows]


def _report_event(r, persons: list[Person]) -> StoredEvent:
    lists, unreadable = {}, None
    for key in ("countries", "topics", "subjects"):
        lists[key], wrong = json_list(r[key], key)
        unreadable = unreadable or wrong
    meta = _json(r["fetch_meta"], {})
    legacy = meta.get("legacy") if isinstance(meta, dict) else None
    doc = DocumentRef(r["document_id"], r["url"], r["title"], r["doc_lang"], r["published"], r.get("text"),
                      meta.get("source") if isinstance(meta, dict) else None,
                      legacy if isinstance(legacy, dict) else {})
    evidence = _json(r["evidence"], {})
    return StoredEvent(
        id=r["id"], story=r["story_id"], status=r["status"], date=r["date"], date_end=r["date_end"], type=r["type"],
        mode=r["mode"], countries=lists["countries"], topics=lists["topics"], persons=persons,
        location=Location(r["location_city"], r["location_country"]), document=doc,
        date_precision=r["date_precision"], organizations=json_list(r["organizations"], "organizations")[0],
        evidence=evidence if isinstance(evidence, dict) else {}, curated=json_list(r["curated"], "curated")[0],
        subjects=lists["subjects"], summary=r["summary"], unreadable=unreadable, region=_region(r))


def _region(r) -> tuple[int, int] | None:
    """The event's passage (start, end) when both offsets are stored and in order, else None."""
    start, end = r.get("region_start"), r.get("region_end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) and 0 <= start < end else None


def _json(raw: str | None, default):
    """A stored JSON field, or the default when it is empty or no JSON."""
    try:
        return json.loads(raw) if raw else default
    except (TypeError, ValueError):
        return default


def json_list(raw: str | None, key: str) -> tuple[list, str | None]:
    """A stored JSON list, and what is wrong with it (an empty list then)."""
    try:
        value = json.loads(raw or "[]")
    except (TypeError, ValueError):
        return [], f"{key} is not valid JSON"
    return (value, None) if isinstance(value, list) else ([], f"{key} is not a list")


def event_persons(conn, ids: list[int]) -> dict[int, list[Person]]:
    """The persons of each event, in stored order (without their evidence)."""
    p = t.event_persons
    out: dict[int, list[Person]] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(p.c.event_id, p.c.name, p.c.name_original, p.c.country, p.c.role)
                              .where(p.c.event_id.in_(ids[i:i + 500])).order_by(p.c.id)):
            out.setdefault(r[0], []).append(Person(r[1], r[2], r[3], r[4]))
    return out


def document_addresses(store: Store, document_id: int) -> list[str]:
    """Every address a document was met under, sorted; a file's path when it has none."""
    with store.connect() as conn:
        return _addresses(conn, document_id)


def _addresses(conn, document_id: int) -> list[str]:
    urls = [r[0] for r in conn.execute(select(t.document_urls.c.url)
                                       .where(t.document_urls.c.document_id == document_id)
                                       .order_by(t.document_urls.c.url))]
    if urls:
        return urls
    meta = conn.execute(select(t.documents.c.fetch_meta).where(t.documents.c.id == document_id)).scalar()
    path = json.loads(meta or "{}").get("source")
    return [path] if path else []
