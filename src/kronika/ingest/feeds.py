"""Sources analysts follow: RSS/Atom feeds and sitemaps, polled for new items."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from sqlalchemy import insert, select, update

from kronika.errors import KronikaError
from kronika.store import schema as t
from kronika.store.db import Store, now


class FeedError(KronikaError, ValueError):
    """A source that cannot be added or read; the message says why."""


@dataclass
class Item:
    url: str
    title: str | None = None
    published: str | None = None


def parse_items(content: bytes, base_url: str) -> tuple[str, list[Item]]:
    """('feed' | 'sitemap' | 'sitemapindex', items) of an RSS/Atom feed or a sitemap."""
    head = content[:2000].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap(content)
    import feedparser

    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise FeedError(f"{base_url}: neither a feed nor a sitemap ({parsed.get('bozo_exception')})")
    items = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            continue
        pub = None
        if e.get("published_parsed") or e.get("updated_parsed"):
            st = e.get("published_parsed") or e.get("updated_parsed")
            pub = f"{st.tm_year:04d}-{st.tm_mon:02d}-{st.tm_mday:02d}"
        items.append(Item(link, e.get("title"), pub))
    return "feed", items


def _sitemap(content: bytes) -> tuple[str, list[Item]]:
    try:
        root = ET.fromstring(content)
    except ET.ParseError as e:
        raise FeedError(f"sitemap is not valid XML ({e})") from e
    kind = "sitemapindex" if root.tag.endswith("sitemapindex") else "sitemap"
    items = []
    for node in root:
        loc = next((c.text for c in node if c.tag.endswith("loc")), None)
        mod = next((c.text for c in node if c.tag.endswith("lastmod")), None)
        if loc:
            items.append(Item(loc.strip(), None, (mod or "")[:10] or None))
    return kind, items


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


def list_feeds(store: Store) -> list[dict]:
    with store.connect() as conn:
        return [dict(r) for r in conn.execute(select(t.sources).order_by(t.sources.c.id)).mappings()]


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
