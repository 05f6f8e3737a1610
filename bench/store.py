"""Store benchmarks: ingest throughput into SQLite, and `kronika events` latency on 100,000 events.

    python bench/store.py [--events 100000] [--db PATH]

Prints a table and writes bench/results/store.json.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from run import SHARED, load_texts  # noqa: E402

COUNTRIES = ["JP", "KR", "KP", "PL", "CZ", "SK", "HU", "RO", "BG", "RS", "HR", "UA", "BY", "RU", "LT", "LV",
             "EE", "GE", "AM", "AZ", "MD", "EU", "DE", "US", "CN"]
TOPICS = ["security", "economy", "energy", "technology", "culture", "development_aid", "multilateral"]
TYPES = ["CONSULT"] * 6 + ["AGREE", "COOPERATE", "AID", "SUPPORT"]


def bench_ingest(db: Path) -> dict:
    """Documents per second through `add_document` (extraction included), into a fresh SQLite file."""
    from kronika.events.document import extract_document
    from kronika.model import Document
    from kronika.store import open_store
    from kronika.store.documents import add_document

    texts = load_texts([SHARED / "dev", SHARED / "seeds"])
    store = open_store(str(db))
    for i, t, _ in texts[:3]:
        extract_document(Document(id=i, text=t))  # warm-up
    t0 = time.perf_counter()
    n = 0
    for rnd in range(3):
        for i, t, _ in texts:
            # each round stores new documents: the texts get a line of their own
            doc = extract_document(Document(id=f"{i}-{rnd}", text=f"{t}\nArchive copy {rnd}-{i} " + " ".join(
                f"w{rnd}{k}" for k in range(30))))
            add_document(store, doc)
            n += 1
    secs = time.perf_counter() - t0
    return {"documents": n, "seconds": round(secs, 2), "docs_per_s": round(n / secs, 1)}


def generate(db: Path, n_events: int) -> None:
    """A year of synthetic events written straight into the tables."""
    from kronika.store import open_store
    from kronika.store import schema as t
    from kronika.store.db import now

    store = open_store(str(db))
    rnd = random.Random(7)
    stamp = now()
    n_docs = n_events // 5
    with store.begin() as conn:
        docs = [
            {"id": d + 1, "url": f"https://news.example/{d}", "canonical_url": f"https://news.example/{d}",
             "title": f"Report {d}", "language": rnd.choice(["pl", "ru", "en", "bg", "de", "uk"]),
             "published": f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
             "text": f"Report {d} about meetings of ministers.", "content_hash": f"{d:064d}", "simhash": d,
             "fetch_meta": "{}", "added_at": stamp} for d in range(n_docs)]
        conn.execute(t.documents.insert(), docs)
        conn.execute(t.stories.insert(), [{"id": s + 1, "title": "s", "date": None, "created_at": stamp}
                                          for s in range(n_events // 2)])
        rows, links, topics = [], [], []
        for e in range(n_events):
            cs = sorted(set(rnd.sample(COUNTRIES[:3], 1) + rnd.sample(COUNTRIES[3:], 1)))
            tp = rnd.sample(TOPICS, 2)
            rows.append({"id": e + 1, "document_id": e // 5 + 1, "position": e % 5,
                         "language": docs[e // 5]["language"], "type": rnd.choice(TYPES),
                         "mode": "visit", "date": f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                         "date_precision": "day", "countries": json.dumps(cs), "organizations": "[]",
                         "topics": json.dumps(tp), "evidence": "{}", "summary": " ".join(cs + tp),
                         "status": "new", "story_id": e // 2 + 1, "curated": "[]",
                         "created_at": stamp, "updated_at": stamp})
            links += [{"event_id": e + 1, "country": c} for c in cs]
            topics += [{"event_id": e + 1, "topic": x} for x in tp]
        conn.execute(t.events.insert(), rows)
        conn.execute(t.event_countries.insert(), links)
        conn.execute(t.event_topics.insert(), topics)


def bench_queries(db: Path) -> dict:
    """Median and worst latency of typical filtered `kronika events` queries (first page of 50)."""
    from kronika.store import open_store
    from kronika.store.query import EventFilter, list_events

    store = open_store(str(db))
    filters = {
        "country JP": EventFilter(country="JP", limit=50),
        "pair JP-PL, May": EventFilter(pair=("JP", "PL"), date_from="2025-05-01", date_to="2025-05-31", limit=50),
        "topic security, type AGREE": EventFilter(topic="security", type="AGREE", limit=50),
        "lang ru, country KR": EventFilter(lang="ru", country="KR", limit=50),
        "story 1234": EventFilter(story=1234, limit=50),
    }
    out = {}
    for name, f in filters.items():
        list_events(store, f)
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            list_events(store, f)
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}
    return out


def bench_report(db: Path) -> dict:
    """Seconds to draft one month's report, as PDF, from a 12-month database."""
    from kronika.report.make import make_report
    from kronika.report.render import render
    from kronika.store import open_store

    store = open_store(str(db))
    t0 = time.perf_counter()
    rep = make_report(store, "east-slavic", "2025-11", "pl")
    pdf = render(rep, "pdf")
    secs = time.perf_counter() - t0
    entries = sum(len(s.entries) for s in rep.sections)
    return {"seconds": round(secs, 2), "entries": entries, "pdf_kb": len(pdf) // 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ingest = bench_ingest(Path(tmp) / "ingest.db")
        big = Path(tmp) / "big.db"
        t0 = time.perf_counter()
        generate(big, a.events)
        gen = time.perf_counter() - t0
        queries = bench_queries(big)
        year = Path(tmp) / "year.db"
        generate(year, 20_000)
        report = bench_report(year)
    res = {"ingest": ingest, "generate_s": round(gen, 1), "events": a.events, "queries": queries,
           "report": report}
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "store.json").write_text(json.dumps(res, indent=2))
    print(f"ingest into SQLite        {ingest['docs_per_s']} docs/s ({ingest['documents']} documents, extraction included)")
    print(f"events query latency on {a.events:,} events (target < 100 ms):")
    for name, q in queries.items():
        print(f"  {name:<28} median {q['median_ms']:>6} ms   max {q['max_ms']:>6} ms")
    print(f"monthly PDF report, 20,000 events in 12 months: {report['seconds']} s "
          f"({report['entries']} entries, {report['pdf_kb']} KB; target < 10 s)")


if __name__ == "__main__":
    main()
