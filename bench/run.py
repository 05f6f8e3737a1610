"""Extraction throughput and memory, side by side with dateparser.search_dates.

    python bench/run.py [--corpus DIR ...] [--rounds N] [--no-dateparser] [--given-language] [--by-language]

`search_dates` is given each text's language (without it, it guesses the language itself and takes
about 17 times as long); extraction identifies the language itself unless --given-language hands it
the same gold language, which compares like with like.

Prints a table and writes bench/results/extract.json.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
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


def warm_up(texts) -> float:
    """Seconds to load every language and extract each text once (models, registry, morphology)."""
    from kronika import lang
    from kronika.events.document import extract_document
    from kronika.model import Document

    t0 = time.perf_counter()
    for code in lang.available():  # all languages loaded: the memory figure covers them all
        lang.load(code)
        try:
            lang.tokens("Kronika", code)  # and their analysers (Korean's alone is about 300 MB)
        except lang.LanguageDataError:  # an extra that is not installed
            pass
    for i, text, _ in texts:
        extract_document(Document(id=i, text=text))
    # a batch freezes what it loaded after its first document (kronika.warm, from pipeline.extract_one):
    # so does the bench after its warm-up, whichever Kronika it measures, so that an older checkout is
    # measured alike; dateparser's passes gain as much (its full collections no longer walk Kronika's
    # loaded objects either), so the ratio compares the two as two batch processes would
    import gc

    gc.freeze()
    return time.perf_counter() - t0


def extract_pass(texts, given_language: bool = False) -> tuple[float, float]:
    """(wall, CPU) seconds of one extraction pass over the texts (told their language if `given_language`)."""
    from kronika.events.document import extract_document
    from kronika.model import Document
    from fresh import forget

    forget()  # names and texts met in the warm-up must not look cheaper than new ones
    t0, c0 = time.perf_counter(), time.process_time()
    for i, text, code in texts:
        extract_document(Document(id=i, text=text), language=code if given_language else None)
    return time.perf_counter() - t0, time.process_time() - c0


def dateparser_pass(texts) -> tuple[float, float]:
    """(wall, CPU) seconds of `search_dates` over the same texts, given the right language."""
    from dateparser.search import search_dates

    t0, c0 = time.perf_counter(), time.process_time()
    for _, text, code in texts:
        try:
            search_dates(text, languages=[code] if code else None)
        except Exception:  # dateparser fails on some languages; time what it does
            pass
    return time.perf_counter() - t0, time.process_time() - c0


def bench(texts, rounds: int, with_dateparser: bool, given_language: bool = False) -> dict:
    """Rounds of one extraction pass beside one `search_dates` pass: on a shared machine the load
    changes by the minute, so each round's ratio compares neighbours, and the medians are kept."""
    warm = warm_up(texts)
    if with_dateparser:
        dateparser_pass(texts[:3])  # dateparser's own first-use loading is not its speed
    ext, dp = [], []
    for _ in range(rounds):
        ext.append(extract_pass(texts, given_language))
        if with_dateparser:
            dp.append(dateparser_pass(texts))
    wall = statistics.median(w for w, _ in ext)
    res = {"extract": {"docs": len(texts), "warmup_s": round(warm, 2), "seconds_per_pass": round(wall, 3),
                       "cpu_seconds_per_pass": round(statistics.median(c for _, c in ext), 3),
                       "docs_per_s": round(len(texts) / wall, 1), "peak_mb": round(peak_mb(), 0)}}
    if with_dateparser:
        res["dateparser_search_dates"] = {"seconds_per_pass": round(statistics.median(w for w, _ in dp), 3),
                                          "cpu_seconds_per_pass": round(statistics.median(c for _, c in dp), 3)}
        res["ratio_extract_to_dateparser"] = round(statistics.median(e[0] / d[0] for e, d in zip(ext, dp)), 3)
        res["cpu_ratio_extract_to_dateparser"] = round(statistics.median(e[1] / d[1] for e, d in zip(ext, dp)), 3)
    return res


def by_language(texts, rounds: int) -> dict:
    """CPU milliseconds per document of extraction and of `search_dates`, each document timed alone, summed by
    gold language over the rounds: where the whole ratio comes from."""
    from dateparser.search import search_dates
    from kronika.events.document import extract_document
    from kronika.model import Document
    from fresh import forget

    warm_up(texts)
    dateparser_pass(texts)
    ext: dict[str, float] = {}
    dp: dict[str, float] = {}
    for _ in range(rounds):
        forget()
        for i, text, code in texts:
            c0 = time.process_time()
            extract_document(Document(id=i, text=text))
            c1 = time.process_time()
            try:
                search_dates(text, languages=[code] if code else None)
            except Exception:  # as in dateparser_pass
                pass
            ext[code] = ext.get(code, 0.0) + c1 - c0
            dp[code] = dp.get(code, 0.0) + time.process_time() - c1
    docs = {code: sum(1 for _, _, c in texts if c == code) for code in ext}
    return {code: {"docs": docs[code], "extract_ms": round(ext[code] / rounds / docs[code] * 1000, 2),
                   "search_dates_ms": round(dp[code] / rounds / docs[code] * 1000, 2),
                   "ratio": round(ext[code] / dp[code], 3)} for code in sorted(ext, key=lambda c: -ext[c])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--given-language", action="store_true", help="hand extraction each text's gold language, "
                    "as search_dates is")
    ap.add_argument("--by-language", action="store_true", help="CPU per document of each side, by gold language")
    a = ap.parse_args()
    dirs = a.corpus or [SHARED / "dev", SHARED / "seeds"]
    texts = load_texts(dirs)
    if not texts:
        sys.exit(f"no gold documents in {', '.join(map(str, dirs))}")
    if a.by_language:
        rows = by_language(texts, a.rounds)
        print("lang  docs  extract ms/doc  search_dates ms/doc  ratio")
        for code, r in rows.items():
            print(f"{code:4}  {r['docs']:4}  {r['extract_ms']:14}  {r['search_dates_ms']:19}  {r['ratio']:5}")
        return
    res = bench(texts, a.rounds, not a.no_dateparser, a.given_language)
    res["extraction_given_language"] = a.given_language
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "extract.json").write_text(json.dumps(res, indent=2))
    e = res["extract"]
    print(f"documents                 {e['docs']}"
          + ("  (extraction given each text's language)" if a.given_language else ""))
    print(f"throughput (1 core)       {e['docs_per_s']} docs/s  ({e['seconds_per_pass']} s per pass, "
          f"{e['cpu_seconds_per_pass']} s CPU, warm-up {e['warmup_s']} s)")
    print(f"peak memory, all langs    {e['peak_mb']:.0f} MB")
    if "dateparser_search_dates" in res:
        d = res["dateparser_search_dates"]
        print(f"dateparser.search_dates   {d['seconds_per_pass']} s per pass, {d['cpu_seconds_per_pass']} s CPU")
        print(f"extract / search_dates    {res['ratio_extract_to_dateparser']} wall, "
              f"{res['cpu_ratio_extract_to_dateparser']} CPU, median of {a.rounds} rounds  (target <= 0.10)")


if __name__ == "__main__":
    main()
