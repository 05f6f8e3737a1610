"""Back-fill throughput on Dask: documents per second with 1 and 2 workers, prefilter selectivity,
and a projection for a month of CC-NEWS.

    python bench/backfill.py [--copies N] [--db postgresql://...]

Builds a WARC.gz from the gold texts in ../shared/corpus (dev, dev2; read in place, written to a
temporary folder) plus generated off-topic pages, and back-fills it into a fresh SQLite file (or the
PostgreSQL database given) on a local Dask cluster. Writes bench/results/backfill.json.
"""
from __future__ import annotations

import argparse
import html
import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
OFF_TOPIC_SHARE = 0.8   # assumed share of pages in a news crawl with no diplomatic event (see README)
CC_NEWS_MONTH = 1_500_000  # pages in a month of CC-NEWS, order of magnitude (assumption, see README)


def _page(text: str) -> bytes:
    title, _, body = text.partition("\n")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return f"<html><head><title>{html.escape(title)}</title></head><body><article>{paras}</article></body></html>" \
        .encode()


def _off_topic(rng: random.Random) -> str:
    """A page of the kind a crawl is full of: sport, weather, markets (no two parties, no event)."""
    subjects = ["The local club", "The city council", "Shares of the retailer", "The weather service"]
    verbs = ["reported", "expects", "announced", "recorded"]
    body = " ".join(f"{rng.choice(subjects)} {rng.choice(verbs)} a change of {rng.randint(2, 90)} per cent "
                    f"on {rng.choice(['Monday', 'Friday', 'Sunday'])}." for _ in range(12))
    return f"Local news {rng.randint(1, 10**6)}\n\n{body}"


def build_warc(path: Path, copies: int) -> tuple[int, int]:
    """(diplomatic pages, off-topic pages) written."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    texts = [t.read_text(encoding="utf-8") for d in ("dev", "dev2") for t in sorted((SHARED / d).glob("*.txt"))]
    rng = random.Random(1)
    pages = [t for _ in range(copies) for t in texts]
    n_off = int(len(pages) * OFF_TOPIC_SHARE / (1 - OFF_TOPIC_SHARE))
    pages += [_off_topic(rng) for _ in range(n_off)]
    rng.shuffle(pages)
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for i, text in enumerate(pages):
            hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.org/{i}", "response",
                                                payload=io.BytesIO(_page(text)), http_headers=hh))
    return len(pages) - n_off, n_off


def run(warc: Path, db: str, workers: int) -> dict:
    from kronika.backfill import Options, backfill

    t0 = time.perf_counter()
    p = backfill([str(warc)], db, workers=workers, opts=Options(), chunk_records=32, dashboard=False)
    secs = time.perf_counter() - t0
    t = p.totals
    return {"workers": workers, "records": t.records, "kept": t.kept, "stored": t.stored,
            "seconds": round(secs, 1), "docs_per_s": round(t.records / secs, 1),
            "selectivity": round(t.kept / t.records, 3) if t.records else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=4, help="copies of each gold text (as syndicated copies)")
    ap.add_argument("--db", default=None, help="PostgreSQL URL; a temporary SQLite file per run by default")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "crawl.warc.gz"
        diplomatic, off = build_warc(warc, a.copies)
        rows = [run(warc, a.db or str(Path(tmp) / f"w{n}.db"), n) for n in (1, 2)]
    ratio = rows[1]["docs_per_s"] / rows[0]["docs_per_s"]
    per_worker = rows[0]["docs_per_s"]
    projection = {n: round(CC_NEWS_MONTH / (per_worker * 2 * n * 0.9) / 3600, 1) for n in (1, 4, 16)}
    out = {"pages": {"diplomatic": diplomatic, "off_topic": off}, "runs": rows, "scaling_2_vs_1": round(ratio, 2),
           "cc_news_month_hours_on_n_2core_machines": projection}
    for r in rows:
        print(f"{r['workers']} worker(s): {r['records']} records in {r['seconds']} s = {r['docs_per_s']} docs/s; "
              f"prefilter kept {r['kept']} ({r['selectivity']:.0%})")
    print(f"scaling, 2 workers / 1: {ratio:.2f}")
    print("a month of CC-NEWS (~1.5 M pages) on N two-core machines, at 90% of linear scaling: " +
          ", ".join(f"N={n}: {h} h" for n, h in projection.items()))
    res = ROOT / "bench" / "results"
    res.mkdir(exist_ok=True)
    (res / "backfill.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
