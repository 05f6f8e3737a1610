"""Extraction throughput and memory, side by side with dateparser.search_dates.

    python bench/run.py [--corpus DIR ...] [--rounds N] [--no-dateparser]

Prints a table and writes bench/results/extract.json.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def load_texts(dirs: list[Path]) -> list[tuple[str, str, str]]:
    """(id, text, gold language) of every gold document in the folders."""
    out = []
    for d in dirs:
        for j in sorted(d.glob("*.json")):
            t = j.with_suffix(".txt")
            if t.exists():
                gold = json.loads(j.read_text(encoding="utf-8"))
                if isinstance(gold, dict) and "events" in gold:
                    out.append((j.stem, t.read_text(encoding="utf-8"), gold.get("language")))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_extract(texts, rounds: int) -> dict:
    from kronika import lang
    from kronika.events.document import extract_document
    from kronika.model import Document

    t0 = time.perf_counter()
    for code in lang.available():  # all languages loaded: the memory figure covers them all
        lang.load(code)
    for i, text, _ in texts:  # warm-up: language models, registry, morphology
        extract_document(Document(id=i, text=text))
    warm = time.perf_counter() - t0
    from kronika.nlp.persons import _match_words

    secs = 0.0
    for _ in range(rounds):
        _match_words.cache_clear()  # names met in the warm-up must not look cheaper than new ones
        t0 = time.perf_counter()
        for i, text, _ in texts:
            extract_document(Document(id=i, text=text))
        secs += time.perf_counter() - t0
    secs /= rounds
    return {"docs": len(texts), "warmup_s": round(warm, 2), "seconds_per_pass": round(secs, 3),
            "docs_per_s": round(len(texts) / secs, 1), "peak_mb": round(peak_mb(), 0)}


def bench_dateparser(texts) -> dict:
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    for _, text, code in texts:
        try:
            search_dates(text, languages=[code] if code else None)
        except Exception:  # dateparser fails on some languages; time what it does
            pass
    return {"seconds_per_pass": round(time.perf_counter() - t0, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-dateparser", action="store_true")
    a = ap.parse_args()
    dirs = a.corpus or [SHARED / "dev", SHARED / "seeds"]
    texts = load_texts(dirs)
    if not texts:
        sys.exit(f"no gold documents in {', '.join(map(str, dirs))}")
    res = {"extract": bench_extract(texts, a.rounds)}
    if not a.no_dateparser:
        res["dateparser_search_dates"] = bench_dateparser(texts)
        res["ratio_extract_to_dateparser"] = round(
            res["extract"]["seconds_per_pass"] / res["dateparser_search_dates"]["seconds_per_pass"], 3)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "extract.json").write_text(json.dumps(res, indent=2))
    e = res["extract"]
    print(f"documents                 {e['docs']}")
    print(f"throughput (1 core)       {e['docs_per_s']} docs/s  ({e['seconds_per_pass']} s per pass, warm-up {e['warmup_s']} s)")
    print(f"peak memory, all langs    {e['peak_mb']:.0f} MB")
    if "dateparser_search_dates" in res:
        print(f"dateparser.search_dates   {res['dateparser_search_dates']['seconds_per_pass']} s per pass")
        print(f"extract / search_dates    {res['ratio_extract_to_dateparser']}  (target <= 0.25)")


if __name__ == "__main__":
    main()
