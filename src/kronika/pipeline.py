"""The whole extraction, from paths to documents with events; errors never stop the batch."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Iterator

from kronika import warm
from kronika.events.document import ExtractionError, extract_document
from kronika.ingest.files import InputError, iter_inputs
from kronika.model import Document

log = logging.getLogger(__name__)

# Extraction has parts whose cost grows faster than the text (see docs/SECURITY.md); a press release
# is 2-40 thousand characters, so five times the longest we know is refused rather than chunked.
MAX_TEXT_CHARS = 200_000
WATCH_MAX_ITEMS = 200          # new items taken from one source per poll; the rest wait for the next
WATCH_SOURCE_SECONDS = 300.0   # one source's share of a poll, however slowly it answers


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
    if "\x00" in (doc.text or ""):  # PostgreSQL refuses NUL in text; a space keeps every offset
        doc.text = doc.text.replace("\x00", " ")
    if len(doc.text or "") > MAX_TEXT_CHARS:
        doc.error = (f"text too long to extract ({len(doc.text):,} characters > {MAX_TEXT_CHARS:,}); "
                     "split it into documents")
        return doc, f"{doc.source or doc.id}: {doc.error}"
    try:
        extract_document(doc, language=language, published=published)
        warm()  # what the first document loaded stays for the process: out of the collector's sight
        return doc, None
    except ExtractionError as e:
        doc.error = str(e)
        return doc, f"{doc.source or doc.id}: {e}"
    except Exception as e:  # an extraction bug on one text must not lose the others
        log.debug("extraction failed on %s", doc.source or doc.id, exc_info=True)  # no traceback for users
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
    notes: list[str] = field(default_factory=list)  # read, but with a caveat (stray bytes replaced)

    def line(self) -> str:
        return (f"{self.added} added, {self.duplicates} already stored, {self.events} events, "
                f"{len(self.failed)} failed")


@dataclass
class Step:
    """What add_inputs is about to do: the document's source, its place among the documents one input
    gave (entry 3 of 12 of a past report), and how many documents came before it in the batch."""
    label: str
    part: int = 1
    parts: int = 1
    done: int = 0
    chars: int = 0

    def __str__(self) -> str:
        return self.label


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
    except Exception as e:  # a hostile page must not stop the batch
        log.debug("cannot read %s", url, exc_info=True)
        return None, f"{url}: cannot read the page ({type(e).__name__})"
    doc.url = doc.url or res.url
    return doc, None


def add_inputs(store, inputs: list[str], fetcher=None, language: str | None = None,
               published: dt.date | None = None, progress=None, source_id: int | None = None,
               deadline: float | None = None, period: str | None = None) -> AddSummary:
    """Ingest files, folders and URLs: extract and store each, written in batches (store.documents.Batch:
    a transaction for a few documents, a savepoint for each); a past report becomes one document per
    entry (ingest/legacy.py)."""
    # URLs go through the guarded fetcher (one is made when none is given); past `deadline`
    # (a time.monotonic() value) the remaining URLs are left for the next run
    import time

    from kronika.events.validate import InvalidEvent
    from kronika.ingest.legacy import expand_report, legacy_meta, pin_dates
    from kronika.store.db import short_error, storage_broken
    from kronika.store.documents import Batch

    store.check_integrity()  # never write on into a damaged file
    summary = AddSummary()
    urls = [i for i in inputs if _is_url(i)]
    paths = [i for i in inputs if not _is_url(i)]
    broken = []  # the database's own error, once it cannot be written: the run stops

    def stored(doc: Document, res, error: Exception | None) -> None:
        """Count a document the batch wrote or refused."""
        if error is None and res.status == "added":
            summary.added += 1
            summary.events += res.events
        elif error is None:
            summary.duplicates += 1
        elif isinstance(error, InvalidEvent):  # nothing of the document is stored; the others go on
            summary.failed.append(str(error))
        elif storage_broken(error):  # disk full, a corrupt file: writing on would make it worse
            if not broken:
                summary.failed.append(f"the database cannot be written ({short_error(error)}); stopped here: "
                                      "free disk space or restore the database from a backup, then run again")
            broken.append(error)
        else:
            log.debug("cannot store %s", doc.source or doc.id, exc_info=error)
            summary.failed.append(f"{doc.source or doc.id}: cannot be stored ({short_error(error)})")

    batch = Batch(store, stored)

    def docs():
        for item in iter_inputs(paths) if paths else ():
            if isinstance(item, InputError):
                yield None, str(item), 1, 1
                continue
            if item.meta.get("decode_note"):
                summary.notes.append(item.meta["decode_note"])
            try:
                parts = expand_report(item, period)
            except ValueError as e:  # a report without a year: say how to give it
                yield None, f"{item.source or item.id}: {e}", 1, 1
                continue
            for n, d in enumerate(parts, 1):
                yield d, None, n, len(parts)
        for n, url in enumerate(urls):
            batch.flush()  # a page may take seconds to come: what is extracted is written first
            if deadline is not None and time.monotonic() > deadline:
                yield None, f"{len(urls) - n} URLs left for the next run: time is up for this source", 1, 1
                return
            yield (*fetch_document(fetcher, url), 1, 1)

    if urls and fetcher is None:
        from kronika.ingest.web import Fetcher

        fetcher = Fetcher()

    try:
        for done, (doc, error, part, parts) in enumerate(docs()):
            if broken:  # a batch written while a page was fetched found the database broken
                break
            if progress:
                progress(Step(doc.source or doc.id if doc else error, part, parts, done, len(doc.text) if doc else 0))
            if error:
                summary.failed.append(error)
                continue
            doc, error = extract_one(doc, language, published)
            if error:
                summary.failed.append(error)
                continue
            batch.add(doc, pin_dates(doc), source_id=source_id, fetch_meta=legacy_meta(doc))
            if broken:
                break
    finally:
        if not broken:
            batch.flush()  # also when interrupted (Ctrl-C): what is extracted is written
    return summary


def reextract(store, document_id: int, language: str | None = None) -> int:
    """Run extraction again on a stored document; fields an analyst changed stay as they are."""
    from kronika.store.documents import replace_events, stored_document

    doc = stored_document(store, document_id)
    doc.language = language or doc.language
    return replace_events(store, document_id, extract_document(doc))


def watch_once(store, fetcher, progress=None) -> AddSummary:
    """Poll every followed feed and sitemap once and ingest their new items."""
    import time

    from kronika.ingest.feeds import FeedError, parse_items
    from kronika.store.feeds import known_urls, list_feeds, record_fetch

    total = AddSummary()
    for src in list_feeds(store):
        deadline = time.monotonic() + WATCH_SOURCE_SECONDS
        try:
            res = fetcher.fetch(src.url, src.etag, src.last_modified)
            if res.not_modified:
                record_fetch(store, src.id, 304, None)
                continue
            if not res.ok:
                raise FeedError(res.error or f"HTTP {res.status}")
            kind, items = parse_items(res.content, src.url)
            if kind == "sitemapindex":  # one level of nesting: the child sitemaps' pages
                nested = []
                for child in items[:50]:
                    if time.monotonic() > deadline:
                        break
                    r2 = fetcher.fetch(child.url)
                    if r2.ok:
                        nested += parse_items(r2.content, child.url)[1]
                items = nested
            known = known_urls(store, [i.url for i in items])
            new = list(dict.fromkeys(i.url for i in items if i.url not in known))[:WATCH_MAX_ITEMS]
            s = add_inputs(store, new, fetcher, progress=progress, source_id=src.id, deadline=deadline)
            record_fetch(store, src.id, res.status, None, res.headers.get("etag"),
                         res.headers.get("last-modified"))
            total.added += s.added
            total.duplicates += s.duplicates
            total.events += s.events
            total.failed += s.failed
        except Exception as e:  # one failing source never stops the others
            record_fetch(store, src.id, None, f"{type(e).__name__}: {e}")
            total.failed.append(f"{src.url}: {e}")
    return total
