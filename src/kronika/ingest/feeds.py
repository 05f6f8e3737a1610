"""Reading the sources analysts follow: the items of an RSS/Atom feed or a sitemap (kept in store/feeds.py)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from kronika.errors import KronikaError


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
