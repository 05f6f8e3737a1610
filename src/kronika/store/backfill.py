"""Back-fill storage: a chunk of extracted documents and its progress row in one transaction.

A chunk is stored whole or not at all, and the progress row says so; a retried or resumed task
finds the row and stores nothing twice. Documents are de-duplicated as `add` does; stories are
given afterwards in one pass (`store.stories.cluster_pending`).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from kronika.model import Document
from kronika.store import schema as t
from kronika.store.db import Store, now
from kronika.store.documents import insert_document


@dataclass
class ChunkCounts:
    """What became of a chunk's records."""
    records: int = 0
    kept: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0


def done_offsets(store: Store, input_key: str) -> set[int]:
    """First offsets of the chunks of an input already stored."""
    with store.connect() as conn:
        return {r[0] for r in conn.execute(select(t.backfill_chunks.c.first_offset)
                                           .where(t.backfill_chunks.c.input == input_key))}


def totals(store: Store) -> dict[str, int]:
    """Counts over every stored chunk."""
    from sqlalchemy import func

    cols = ("records", "kept", "stored", "duplicates", "failed")
    with store.connect() as conn:
        row = conn.execute(select(*[func.coalesce(func.sum(t.backfill_chunks.c[c]), 0) for c in cols])).one()
    return dict(zip(cols, map(int, row)))


def store_chunk(store: Store, input_key: str, first_offset: int, docs: list[Document],
                counts: ChunkCounts) -> ChunkCounts:
    """Store a chunk's documents and mark it done, atomically; a chunk already done stores nothing."""
    for attempt in range(3):
        try:
            with store.begin() as conn:
                if conn.execute(select(t.backfill_chunks.c.input).where(
                        t.backfill_chunks.c.input == input_key,
                        t.backfill_chunks.c.first_offset == first_offset)).first():
                    return counts  # a retried task whose first run committed
                stored, dups, events = 0, 0, 0
                for doc in docs:
                    n = _store_document(conn, doc)
                    if n is None:
                        dups += 1
                    else:
                        stored, events = stored + 1, events + n
                counts.stored, counts.duplicates, counts.events = stored, dups, events
                conn.execute(insert(t.backfill_chunks).values(
                    input=input_key, first_offset=first_offset, records=counts.records, kept=counts.kept,
                    stored=stored, duplicates=dups, failed=counts.failed, done_at=now()))
                return counts
        except IntegrityError:
            if attempt == 2:
                raise
            # another worker stored one of these texts a moment ago: run again, it is a duplicate now
    return counts


def _store_document(conn, doc: Document) -> int | None:
    """Insert one document and its events without stories; None when it repeats a stored one."""
    res = insert_document(conn, doc)
    return res.events if res.status == "added" else None
