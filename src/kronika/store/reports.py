"""The queries a monthly report needs: its events with their documents, persons and addresses."""
from __future__ import annotations

import json

from sqlalchemy import and_, or_, select

from kronika.store import schema as t
from kronika.store.db import Store


def report_rows(store: Store, lo: str, hi: str, pub_lo: str, pub_hi: str) -> list[dict]:
    """Events (not rejected) dated between lo and hi, undated ones whose document was published
    between pub_lo and pub_hi or bears no date either (every report names those until they are dated),
    and those whose date is no date at all ('2024-13-45' in the period's
    years, 'yesterday' in any report), so that a report can name them; each with its document's
    address, text, language, title and date."""
    e, d = t.events, t.documents
    with store.connect() as conn:
        return _with_persons(conn, conn.execute(
            select(e, d.c.url, d.c.text, d.c.language.label("doc_lang"), d.c.title, d.c.published,
                   d.c.fetch_meta)
            .join(d, d.c.id == e.c.document_id)
            .where(e.c.status != "rejected",
                   or_(and_(e.c.date.is_not(None), e.c.date <= hi, e.c.date >= lo),
                       and_(e.c.date.is_(None), d.c.published >= pub_lo, d.c.published <= pub_hi),
                       and_(e.c.date.is_(None), d.c.published.is_(None)),
                       e.c.date.like(pub_lo[:4] + "-1_-%"), e.c.date.like(pub_hi[:4] + "-1_-%"),
                       e.c.date.like(pub_lo[:4] + "-__-3_"), e.c.date.like(pub_lo[:4] + "-__-4_"),
                       e.c.date.not_like("____-__-__"), e.c.date_end.not_like("____-__-__")))
            .order_by(e.c.date, e.c.id)).mappings().all())


def _with_persons(conn, rows) -> list[dict]:
    out = [dict(r) for r in rows]
    persons = event_persons(conn, [r["id"] for r in out])
    for r in out:
        r["persons"] = persons.get(r["id"], [])
    return out


def event_persons(conn, ids: list[int]) -> dict[int, list[dict]]:
    """The persons of each event, in stored order."""
    p = t.event_persons
    out: dict[int, list[dict]] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(p.c.event_id, p.c.name, p.c.name_original, p.c.country, p.c.role)
                              .where(p.c.event_id.in_(ids[i:i + 500])).order_by(p.c.id)).mappings():
            out.setdefault(r["event_id"], []).append(dict(r))
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
