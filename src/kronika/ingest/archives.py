"""Archives for back-fill: WARC/WARC.gz files and JSONL record files, read record by record at offsets.

A back-fill plans its work as (file, offsets) chunks, so that a task can be retried or resumed on any
machine that sees the file. Broken records are reported, skipped, and never stop the file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from kronika.ingest.files import BadInput, html_document
from kronika.model import Document

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
MAX_PAGE = 5 * 1024 * 1024  # a news page is kilobytes; a larger payload is no article
HTML_TYPES = re.compile(rb"text/html|application/xhtml", re.I)


@dataclass
class Record:
    """One item of an archive: a document, or the reason there is none."""
    source: str                 # file#offset
    offset: int
    doc: Document | None = None
    error: str | None = None
    skipped: bool = False        # not a page (request, metadata, image): no error, no document


def kind(path: Path) -> str:
    """warc, jsonl or file, by name."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith(".jsonl"):
        return "jsonl"
    return "file"


def scan(path: Path) -> Iterator[int]:
    """Offsets of the records of an archive, resynchronising after a broken one."""
    if kind(path) == "jsonl":
        yield from _jsonl_offsets(path)
    elif kind(path) == "warc":
        yield from _warc_offsets(path)
    else:
        yield 0


def _jsonl_offsets(path: Path) -> Iterator[int]:
    pos = 0
    with path.open("rb") as f:
        for line in f:
            if line.strip():
                yield pos
            pos += len(line)


def _warc_offsets(path: Path) -> Iterator[int]:
    """Record offsets; a broken record is yielded as -(offset + 1) and reading resumes after it."""
    from warcio.archiveiterator import ArchiveIterator

    size = path.stat().st_size
    with path.open("rb") as f:
        start = 0
        while start < size:
            f.seek(start)
            it = ArchiveIterator(f, no_record_parse=True, check_digests=False)
            last = None
            try:
                for _rec in it:
                    last = it.get_record_offset()  # absolute: the iterator reads the file's own position
                    yield last
                return
            except Exception:
                if last is None:  # the record at `start` itself is broken: report it, look further on
                    yield -(start + 1)
                    start = _next_record(f, start + 1, size)
                else:  # the record after `last` is broken: start a pass there, which reports it
                    start = _next_record(f, last + 1, size)


def _next_record(f, pos: int, size: int) -> int:
    """The start of the next gzip member or WARC header after `pos` (or the end of the file)."""
    while pos < size:
        f.seek(pos)
        block = f.read(1 << 20)
        if not block:
            break
        hits = [i for i in (block.find(GZIP_MAGIC), block.find(WARC_MAGIC)) if i >= 0]
        if hits:
            return pos + min(hits)
        pos += len(block) - 8
    return size


def read(path: Path, offsets: list[int]) -> Iterator[Record]:
    """The records at the given offsets (as `scan` gave them)."""
    k = kind(path)
    with path.open("rb") as f:
        for off in offsets:
            src = f"{path.name}#{off}"
            if off < 0:
                yield Record(src, off, error=f"{path}: broken record at offset {-off - 1}; skipped")
                continue
            try:
                yield (_warc_record if k == "warc" else _jsonl_record if k == "jsonl" else _file_record)(
                    f, path, off, src)
            except BadInput as e:
                yield Record(src, off, error=f"{src}: {e}")
            except Exception as e:  # one bad record never stops the file
                yield Record(src, off, error=f"{src}: unreadable record ({type(e).__name__}: {e})")


def _warc_record(f, path: Path, off: int, src: str) -> Record:
    from warcio.archiveiterator import ArchiveIterator

    f.seek(off)
    rec = next(iter(ArchiveIterator(f, check_digests=False)))
    if rec.rec_type not in ("response", "resource"):
        return Record(src, off, skipped=True)
    ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or \
        rec.rec_headers.get_header("Content-Type") or ""
    if not HTML_TYPES.search(ctype.encode()):
        return Record(src, off, skipped=True)
    if rec.http_headers and not rec.http_headers.get_statuscode().startswith("2"):
        return Record(src, off, skipped=True)
    body = rec.content_stream().read(MAX_PAGE + 1)
    if len(body) > MAX_PAGE:
        raise BadInput(f"page larger than {MAX_PAGE // 1024 // 1024} MB")
    url = rec.rec_headers.get_header("WARC-Target-URI")
    doc = html_document(body.decode(_charset(ctype), errors="replace"), doc_id=url or src, source=src, url=url)
    crawled = (rec.rec_headers.get_header("WARC-Date") or "")[:10]
    doc.meta["crawled"] = crawled or None
    return Record(src, off, doc=doc)


def _charset(ctype: str) -> str:
    m = re.search(r"charset=([\w-]+)", ctype, re.I)
    try:
        return __import__("codecs").lookup(m.group(1)).name if m else "utf-8"
    except LookupError:
        return "utf-8"


def _jsonl_record(f, path: Path, off: int, src: str) -> Record:
    f.seek(off)
    line = f.readline(MAX_PAGE + 1)
    try:
        rec = json.loads(line)
    except ValueError as e:
        raise BadInput(f"not a JSON record ({e})") from e
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
        raise BadInput("a record needs a non-empty 'text'")
    return Record(src, off, doc=Document(id=str(rec.get("id") or src), text=rec["text"], url=rec.get("url"),
                                         published=rec.get("published"), language=rec.get("language"),
                                         title=rec.get("title"), source=src))


def _file_record(f, path: Path, off: int, src: str) -> Record:
    from kronika.ingest.files import InputError, iter_inputs

    for item in iter_inputs([str(path)]):
        if isinstance(item, InputError):
            raise BadInput(item.message)
        return Record(src, off, doc=item)
    return Record(src, off, skipped=True)
