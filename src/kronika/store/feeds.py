"""Sources analysts follow (RSS/Atom feeds and sitemaps) in the database, with how each last answered."""
from __future__ import annotations

import re

from sqlalchemy import insert, select, update

from kronika.ingest.feeds import FeedError
from kronika.model import Feed
from kronika.store import schema as t
from kronika.store.db import Store, now


def add_feed(store: Store, url: str, name: str | None = None) -> int:
    """Follow a feed or sitemap; adding it twice keeps one."""
    if not re.match(r"https?://", url):
        raise FeedError(f"'{url}' is not an http(s) URL")
    with store.begin() as conn:
        row = conn.execute(select(t.sources.c.id).where(t.sources.c.url == url)).first()
        if row:
            return row[0]
        kind = "sitemap" if re.search(r"sitemap[^/]*\.xml", url) else "feed"
        return conn.execute(insert(t.sources).values(url=url, name=name, kind=kind, failures=0,
                                                     added_at=now())).inserted_primary_key[0]


def list_feeds(store: Store) -> list[Feed]:
    """Every followed source, oldest first."""
    with store.connect() as conn:
        return [Feed(**r) for r in conn.execute(select(t.sources).order_by(t.sources.c.id)).mappings()]


def failing_feeds(store: Store) -> list[Feed]:
    """Sources whose last poll failed."""
    with store.connect() as conn:
        return [Feed(**r) for r in conn.execute(select(t.sources).where(t.sources.c.last_error.is_not(None))
                                                .order_by(t.sources.c.id)).mappings()]


def remove_feed(store: Store, key: str) -> bool:
    """Stop following a source given by id or URL; its documents stay."""
    with store.begin() as conn:
        cond = t.sources.c.id == int(key) if key.isdigit() else t.sources.c.url == key
        return conn.execute(t.sources.delete().where(cond)).rowcount > 0


def record_fetch(store: Store, source_id: int, status: int | None, error: str | None,
                 etag: str | None = None, last_modified: str | None = None) -> None:
    """Remember how a source answered, for conditional GET and for the failed-sources list."""
    with store.begin() as conn:
        row = conn.execute(select(t.sources).where(t.sources.c.id == source_id)).mappings().one()
        values = {"last_checked": now(), "last_status": status, "last_error": error,
                  "failures": (row["failures"] + 1) if error else 0}
        if not error and status != 304:
            values.update(etag=etag, last_modified=last_modified)
        conn.execute(update(t.sources).where(t.sources.c.id == source_id).values(**values))


def known_urls(store: Store, urls: list[str]) -> set[str]:
    """Those of `urls` a stored document was met under."""
    if not urls:
        return set()
    with store.connect() as conn:
        return {r[0] for r in conn.execute(select(t.document_urls.c.url).where(t.document_urls.c.url.in_(urls)))}
