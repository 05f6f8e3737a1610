"""Back-fill: years of archives (WARC, JSONL record files, folders) through extraction into the store,
on a Dask cluster.

Dask is the engine; Kronika supplies the tasks. The client scans each input for record offsets and
plans chunks; a chunk already stored (a row in `backfill_chunks`) is skipped, so a re-run resumes.
Each task reads its records, drops pages that cannot hold an event (`nlp.prefilter`), extracts the
rest and stores the chunk with its progress row in one transaction on the worker, so a task that
is retried after a killed worker stores nothing twice. Stories are given at the end in one pass.
"""
from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, Iterable

from kronika.errors import KronikaError, MissingExtra
from kronika.ingest import archives
from kronika.store.backfill import ChunkCounts

CHUNK_RECORDS = 64  # records per task: big enough to amortise a transaction, small enough to retry


class BackfillError(KronikaError):
    """A back-fill cannot start; the message says why."""


@dataclass(frozen=True)
class Options:
    """What a task keeps: languages, focus states and the window of dates."""
    languages: frozenset[str] | None = None
    focus: frozenset[str] | None = None
    since: str | None = None
    until: str | None = None


@dataclass
class Chunk:
    """Records of one input file, addressed by offset."""
    path: str
    input_key: str
    offsets: list[int]


@dataclass
class Progress:
    """Running totals, shown on the terminal."""
    planned: int = 0
    skipped_done: int = 0
    totals: ChunkCounts = field(default_factory=ChunkCounts)
    started: float = field(default_factory=time.monotonic)
    chunks_done: int = 0
    chunks: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, counts: ChunkCounts) -> None:
        for k, v in asdict(counts).items():
            setattr(self.totals, k, getattr(self.totals, k) + v)
        self.chunks_done += 1

    def line(self) -> str:
        t = self.totals
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = t.records / elapsed
        left = self.planned - self.skipped_done - t.records
        eta = f"{left / rate:.0f} s" if rate > 0 and left > 0 else "-"
        return (f"read {t.records}, kept {t.kept}, stored {t.stored}, duplicates {t.duplicates}, "
                f"failed {t.failed}, {rate:.1f} docs/s, chunks {self.chunks_done}/{self.chunks}, ETA {eta}")


def input_files(sources: Iterable[str]) -> list[Path]:
    """Files of the given paths, folders walked; an unknown path is an error naming it."""
    out: list[Path] = []
    for s in sources:
        p = Path(s)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif p.is_file():
            out.append(p)
        else:
            raise BackfillError(f"{s}: no such file or folder")
    return out


def input_key(path: Path) -> str:
    """What identifies an input across runs: its absolute path and size."""
    p = path.resolve()
    return f"{p}:{p.stat().st_size}"


def plan(files: list[Path], done: Callable[[str], set[int]], chunk_records: int = CHUNK_RECORDS
         ) -> tuple[list[Chunk], int, int]:
    """Chunks still to do, the number of records planned and of records in chunks already done."""
    chunks, planned, skipped = [], 0, 0
    for f in files:
        key = input_key(f)
        finished = done(key)
        offsets = list(archives.scan(f))
        planned += len(offsets)
        for i in range(0, len(offsets), chunk_records):
            part = offsets[i:i + chunk_records]
            if part[0] in finished:
                skipped += len(part)
                continue
            chunks.append(Chunk(str(f.resolve()), key, part))
    return chunks, planned, skipped


@cache
def _worker_store(db: str):
    """One store per worker process and database (engines are not shared across processes)."""
    from kronika.store import open_store

    return open_store(db, migrate=False)


def run_chunk(chunk: Chunk, db: str, opts: Options) -> tuple[ChunkCounts, list[str]]:
    """On a worker: read, prefilter, extract and store one chunk; the counts and the errors."""
    from kronika.nlp.prefilter import judge
    from kronika.pipeline import extract_one
    from kronika.store.backfill import store_chunk

    counts, errors, docs = ChunkCounts(), [], []
    for rec in archives.read(Path(chunk.path), chunk.offsets):
        counts.records += 1
        if rec.error:
            counts.failed += 1
            errors.append(rec.error)
            continue
        if rec.skipped or rec.doc is None:
            continue
        verdict = judge(rec.doc.text, opts.languages, opts.focus)
        if not verdict.keep:
            continue
        doc, error = extract_one(rec.doc, verdict.language)
        if error:
            counts.failed += 1
            errors.append(error)
            continue
        if not _in_window(doc.published or doc.meta.get("crawled"), opts):
            continue
        counts.kept += 1
        docs.append(doc)
    return store_chunk(_worker_store(db), chunk.input_key, chunk.offsets[0], docs, counts), errors


def _in_window(day: str | None, opts: Options) -> bool:
    if not (opts.since or opts.until):
        return True
    if not day:
        return False
    return (not opts.since or day >= opts.since) and (not opts.until or day <= opts.until)


def _client(scheduler: str | None, workers: int | None, dashboard: bool):
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise MissingExtra("back-fill", "dist") from e
    if scheduler:
        return Client(scheduler, timeout="20s"), None
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=":8787" if dashboard else None)
    return Client(cluster), cluster


def backfill(sources: list[str], db: str, scheduler: str | None = None, workers: int | None = None,
             opts: Options = Options(), chunk_records: int = CHUNK_RECORDS,
             show: Callable[[str], None] | None = None, dashboard: bool = True) -> Progress:
    """Back-fill the sources into the store at `db`; returns the totals."""
    from kronika.store import open_store
    from kronika.store.backfill import done_offsets
    from kronika.store.stories import cluster_pending

    store = open_store(db)  # migrate once, before the workers write
    files = input_files(sources)
    chunks, planned, skipped = plan(files, lambda key: done_offsets(store, key), chunk_records)
    progress = Progress(planned=planned, skipped_done=skipped, chunks=len(chunks))
    show = show or (lambda _line: None)
    show(f"{len(files)} inputs, {planned} records, {skipped} already stored, {len(chunks)} chunks to do")
    if chunks:
        _run(chunks, db, scheduler, workers, opts, progress, show, dashboard)
    show(f"stories: {cluster_pending(store)} events placed")
    return progress


def _run(chunks: list[Chunk], db: str, scheduler, workers, opts: Options, progress: Progress,
         show: Callable[[str], None], dashboard: bool) -> None:
    from distributed import as_completed

    client, cluster = _client(scheduler, workers, dashboard)
    try:
        if client.dashboard_link and dashboard:
            show(f"Dask dashboard: {client.dashboard_link}")
        futures = [client.submit(run_chunk, c, db, opts, pure=False, retries=2) for c in chunks]
        for fut in as_completed(futures):
            try:
                counts, errors = fut.result()
            except Exception as e:  # a chunk that failed on every retry: say which, go on
                progress.errors.append(f"{type(e).__name__}: {e}")
                continue
            progress.add(counts)
            progress.errors += errors
            show(progress.line())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

