"""Start-up of `kronika extract` on one short document, beside the same run without the cache folder.

    python bench/startup.py [--rounds 7] [--against SRC] [FILE]

Each round runs, in turn: the bare interpreter (`python -c pass`, the floor), `kronika extract FILE`
with the cache folder built (what every start after the first costs), and the same with
KRONIKA_CACHE_DIR=off (everything rebuilt: what every start cost before the cache). On a shared
machine the load changes by the minute, so the rounds interleave and medians are kept, wall and CPU.

--against SRC times, in the same rounds, `kronika extract FILE` importing Kronika from SRC (the `src`
folder of another checkout) with its own cache folder built: the reference of the same run.

Python's compiled bytecode is kept (in a folder of the run, PYTHONPYCACHEPREFIX) as on any
installation, even where the environment sets PYTHONDONTWRITEBYTECODE: otherwise every start would
compile every module from source, 0.07 s that no user pays.
Writes bench/results/startup.json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "examples" / "en-eu-japan-summit.txt"


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", type=Path, default=DOC)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--against", help="the src folder of another checkout, timed in the same rounds")
    a = ap.parse_args()
    extract = [sys.executable, "-m", "kronika", "extract", str(a.file)]
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "bytecode")
        cached = {**env, "KRONIKA_CACHE_DIR": os.path.join(tmp, "cache")}
        off = {**env, "KRONIKA_CACHE_DIR": "off"}
        cold = timed(extract, cached)  # the first start compiles the bytecode and fills the folder
        runs: dict[str, list] = {"python -c pass": [], "extract, cache built": [], "extract, no cache": []}
        if a.against:
            other = {**cached, "PYTHONPATH": a.against, "KRONIKA_CACHE_DIR": os.path.join(tmp, "cache-against")}
            timed(extract, other)
            runs["extract, cache built, --against SRC"] = []
        for _ in range(a.rounds):
            runs["python -c pass"].append(timed([sys.executable, "-c", "pass"], off))
            runs["extract, cache built"].append(timed(extract, cached))
            runs["extract, no cache"].append(timed(extract, off))
            if a.against:
                runs["extract, cache built, --against SRC"].append(timed(extract, other))
    res = {k: {"wall_s": round(statistics.median(w for w, _ in v), 3),
               "cpu_s": round(statistics.median(c for _, c in v), 3)} for k, v in runs.items()}
    res["extract, first start (fills the cache)"] = {"wall_s": round(cold[0], 3), "cpu_s": round(cold[1], 3)}
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "startup.json").write_text(json.dumps(res, indent=2))
    print(f"{a.file.name}, median of {a.rounds} interleaved rounds (target: extract <= 1.0 s)"
          + (f"; SRC = {a.against}" if a.against else ""))
    for k, v in res.items():
        print(f"  {k:42s} {v['wall_s']:6.2f} s wall  {v['cpu_s']:6.2f} s CPU")


if __name__ == "__main__":
    main()
