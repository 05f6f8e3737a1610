"""The whole extraction, from paths to documents with events; errors never stop the batch."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Iterator

from kronika.events.document import ExtractionError, extract_document
from kronika.ingest.files import InputError, iter_inputs
from kronika.model import Document

log = logging.getLogger(__name__)


def extract_paths(paths: list[str], language: str | None = None,
                  published: dt.date | None = None) -> Iterator[tuple[Document | None, str | None]]:
    """(document, error) pairs: a document with events, or None and a one-line error."""
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            yield None, str(item)
            continue
        yield extract_one(item, language, published)


def extract_one(doc: Document, language: str | None = None,
                published: dt.date | None = None) -> tuple[Document, str | None]:
    """Extract one document; a failure is reported with the document's source and kept going."""
    try:
        return extract_document(doc, language=language, published=published), None
    except ExtractionError as e:
        doc.error = str(e)
        return doc, f"{doc.source or doc.id}: {e}"
    except Exception as e:  # an extraction bug on one text must not lose the others
        log.exception("extraction failed on %s", doc.source or doc.id)
        doc.error = f"internal error: {type(e).__name__}: {e}"
        return doc, f"{doc.source or doc.id}: {doc.error}"


# ------------------------------------------------------------------ into the store


@dataclass
class AddSummary:
    """What a batch did: counts, and one line per failure."""
    added: int = 0
    duplicates: int = 0
    events: int = 0
    failed: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.added} added, {self.duplicates} already stored, {self.events} events, "
                f"{len(self.failed)} failed")


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def fetch_document(fetcher, url: str):
    """A Document from a web page, or an error message."""
    from kronika.ingest.files import BadInput, html_document

    res = fetcher.fetch(url)
    if not res.ok:
        return None, f"{url}: {res.error or res.status}"
    try:
        ctype = res.headers.get("content-type", "")
        if "html" in ctype or res.content.lstrip()[:1] == b"<":
            doc = html_document(res.text, doc_id=url, source=url, url=res.url)
        else:
            doc = Document(id=url, text=res.text, url=res.url, source=url)
    except BadInput as e:
        return None, f"{url}: {e}"
    doc.url = doc.url or res.url
    return doc, None


def add_inputs(store, inputs: list[str], fetcher=None, language: str | None = None,
               published: dt.date | None = None, progress=None, source_id: int | None = None) -> AddSummary:
    """Ingest files, folders and URLs: extract and store each, one transaction per document."""
    from kronika.events.validate import InvalidEvent
    from kronika.store.documents import add_document

    summary = AddSummary()
    urls = [i for i in inputs if _is_url(i)]
    paths = [i for i in inputs if not _is_url(i)]

    def docs():
        for item in iter_inputs(paths) if paths else ():
            yield (None, str(item)) if isinstance(item, InputError) else (item, None)
        for url in urls:
            yield fetch_document(fetcher, url)

    for doc, error in docs():
        if progress:
            progress(doc.source if doc else error)
        if error:
            summary.failed.append(error)
            continue
        doc, error = extract_one(doc, language, published)
        if error:
            summary.failed.append(error)
            continue
        try:
            res = add_document(store, doc, source_id=source_id)
        except InvalidEvent as e:  # nothing of the document is stored; the others go on
            summary.failed.append(str(e))
            continue
        if res.status == "added":
            summary.added += 1
            summary.events += res.events
        else:
            summary.duplicates += 1
    return summary


def watch_once(store, fetcher, progress=None) -> AddSummary:
    """Poll every followed feed and sitemap once and ingest their new items."""
    from sqlalchemy import select

    from kronika.ingest.feeds import FeedError, list_feeds, parse_items, record_fetch
    from kronika.store import schema as t

    total = AddSummary()
    for src in list_feeds(store):
        try:
            res = fetcher.fetch(src["url"], src["etag"], src["last_modified"])
            if res.not_modified:
                record_fetch(store, src["id"], 304, None)
                continue
            if not res.ok:
                raise FeedError(res.error or f"HTTP {res.status}")
            kind, items = parse_items(res.content, src["url"])
            if kind == "sitemapindex":  # one level of nesting: the child sitemaps' pages
                nested = []
                for child in items[:50]:
                    r2 = fetcher.fetch(child.url)
                    if r2.ok:
                        nested += parse_items(r2.content, child.url)[1]
                items = nested
            with store.connect() as conn:
                known = {r[0] for r in conn.execute(select(t.document_urls.c.url).where(
                    t.document_urls.c.url.in_([i.url for i in items])))} if items else set()
            new = [i.url for i in items if i.url not in known]
            s = add_inputs(store, new, fetcher, progress=progress, source_id=src["id"])
            record_fetch(store, src["id"], res.status, None, res.headers.get("etag"),
                         res.headers.get("last-modified"))
            total.added += s.added
            total.duplicates += s.duplicates
            total.events += s.events
            total.failed += s.failed
        except Exception as e:  # one failing source never stops the others
            record_fetch(store, src["id"], None, f"{type(e).__name__}: {e}")
            total.failed.append(f"{src['url']}: {e}")
    return total
