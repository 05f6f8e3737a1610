"""`kronika add` into SQLite, in process: extraction alone, storing alone and both, side by side.

    python bench/ingest.py [--corpus DIR ...] [--rounds N] [--against SRC]

Each round runs, one after the other, an extraction pass over the documents `kronika add` reads from
the folders (dev and dev2 by default), `add_inputs` of the same folders into a fresh SQLite file (end
to end: reading, extraction, storing) and the storing of the documents extracted beforehand into
another fresh file (storing alone, as `add` stores them: in batches, or with `add_document` one by
one in a checkout from before the batches). On a shared machine the load changes by the minute, so
the rounds are interleaved and medians kept, wall and CPU. Caches keyed by a text or a name are
cleared before each pass (bench/fresh.py), so that each round costs what new documents cost.

--against SRC runs the same rounds, interleaved, in a second process that imports Kronika from SRC
(the `src` folder of another checkout): its figures are the reference of the same run.

Prints a table and writes bench/results/ingest.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
PASSES = ("extract", "add", "store")


class Worker:
    """One process with Kronika loaded and warm; `run(name)` times one pass in it."""

    def __init__(self, paths: list[str], tmp: str):
        import copy

        self.paths, self.tmp, self.n = paths, tmp, 0
        from kronika.ingest.files import InputError, iter_inputs
        from kronika.pipeline import add_inputs, extract_one

        self.docs = [d for d in iter_inputs(paths) if not isinstance(d, InputError)]
        add_inputs(self._fresh(), paths)  # warm-up: languages, models, compiled statements
        self.extracted = [extract_one(d)[0] for d in copy.deepcopy(self.docs)]

    def _fresh(self):
        from kronika.store import open_store

        self.n += 1
        return open_store(os.path.join(self.tmp, f"ingest-{os.getpid()}-{self.n}.db"))

    def run(self, name: str) -> dict:
        import copy

        from fresh import forget
        from kronika.pipeline import add_inputs, extract_one
        from kronika.store import documents

        # names, texts and stored events met in the warm-up must not look cheaper than new ones
        forget()
        store = self._fresh() if name != "extract" else None
        docs = copy.deepcopy(self.extracted if name == "store" else self.docs)
        t0, c0 = time.perf_counter(), time.process_time()
        if name == "extract":
            n = sum(1 for d in docs if extract_one(d)[0] is not None)
        elif name == "add":
            s = add_inputs(store, self.paths)
            n = s.added + s.duplicates
        elif hasattr(documents, "Batch"):  # as add_inputs stores them: in batches
            written = []
            batch = documents.Batch(store, lambda _token, res, _error: written.append(res))
            for d in docs:
                batch.add(d, d)
            batch.flush()
            n = sum(1 for r in written if r)
        else:  # a checkout from before the batches: one transaction per document
            n = sum(1 for d in docs if documents.add_document(store, d))
        return {"docs": n, "wall": time.perf_counter() - t0, "cpu": time.process_time() - c0}


def serve_worker(paths: list[str]) -> None:
    """--worker: read pass names on stdin, answer each with its timing as a JSON line."""
    with tempfile.TemporaryDirectory() as tmp:
        w = Worker(paths, tmp)
        print(json.dumps({"ready": len(w.docs)}), flush=True)
        for line in sys.stdin:
            print(json.dumps(w.run(line.strip())), flush=True)


class Remote:
    def __init__(self, src: str, paths: list[str]):
        env = dict(os.environ, PYTHONPATH=src)
        self.proc = subprocess.Popen([sys.executable, __file__, "--worker", *paths], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.ready = json.loads(self.proc.stdout.readline())

    def run(self, name: str) -> dict:
        self.proc.stdin.write(name + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def summary(results: list[dict]) -> dict:
    docs = results[0]["docs"]
    wall = statistics.median(r["wall"] for r in results)
    cpu = statistics.median(r["cpu"] for r in results)
    return {"docs": docs, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
            "docs_per_s_wall": round(docs / wall, 1), "docs_per_s_cpu": round(docs / cpu, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--against", help="the src folder of another checkout, timed in the same rounds")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        return serve_worker(a.paths)
    paths = a.corpus or [str(SHARED / "dev"), str(SHARED / "dev2")]
    sides = {"this": Remote(str(ROOT / "src"), paths)}
    if a.against:
        sides["against"] = Remote(a.against, paths)
    times: dict[str, dict[str, list]] = {s: {p: [] for p in PASSES} for s in sides}
    for _ in range(a.rounds):
        for p in PASSES:
            for s, w in sides.items():
                times[s][p].append(w.run(p))
    for w in sides.values():
        w.close()
    res = {s: {p: summary(times[s][p]) for p in PASSES} for s in sides}
    for s in sides:
        res[s]["store_share_of_add_cpu"] = round(
            statistics.median(1 - e["cpu"] / d["cpu"] for e, d in zip(times[s]["extract"], times[s]["add"])), 3)
    res["rounds"], res["paths"] = a.rounds, paths
    if a.against:
        res["against_src"] = a.against
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ingest.json").write_text(json.dumps(res, indent=2))
    print(f"{res['this']['add']['docs']} documents, median of {a.rounds} interleaved rounds "
          "(docs/s by wall clock / by CPU time)")
    for s in sides:
        label = "this checkout" if s == "this" else f"against {a.against}"
        print(f"{label}:")
        for p, what in zip(PASSES, ("extraction alone", "add (end to end)", "storing alone")):
            r = res[s][p]
            print(f"  {what:<20} {r['docs_per_s_wall']:>7} / {r['docs_per_s_cpu']:>7} docs/s   "
                  f"({r['wall_s']} s wall, {r['cpu_s']} s CPU)")
        print(f"  storing's share of add's CPU: {res[s]['store_share_of_add_cpu']:.0%}")


if __name__ == "__main__":
    main()
