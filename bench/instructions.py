"""Instructions of one extraction pass and of one `search_dates` pass, counted by callgrind: a ratio
that does not move with the machine's load.

    python bench/instructions.py [--corpus DIR ...] [--no-dateparser] [--keep DIR]

(dev + seeds by default; about 4 minutes on a quiet machine, 1.5 with --no-dateparser). Needs
`valgrind` on PATH. Compare two checkouts by their PYTHONPATH:

    PYTHONPATH=/tmp/parent/src python bench/instructions.py --no-dateparser
    PYTHONPATH=$PWD/src       python bench/instructions.py --no-dateparser

One process under `valgrind --tool=callgrind` extracts every text once and runs `search_dates` over
them once (warm-up: languages, models, dateparser's per-language data), freezes the collector as
bench/run.py does, clears the per-text caches (bench/fresh.py), then runs one extraction pass and one
`search_dates` pass (each text given its gold language), each inside its own call of the C function
`math.fsum`, which neither side uses. Callgrind counts only inside that function
(`--collect-atstart=no --toggle-collect=math_fsum`) and writes one profile per call
(`--dump-after=math_fsum`), so each pass is counted alone, warm-up and start-up excluded.
PYTHONHASHSEED is fixed, so set and dict orders, and so the counts, repeat from run to run
(to ~0.01 %). With --keep, the profiles stay in DIR for `callgrind_annotate`.
"""
from __future__ import annotations

import argparse
import glob
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "corpus"


def inner(dirs: list[Path], with_dateparser: bool) -> None:
    """Run under callgrind: warm up, then the counted passes, each inside one math.fsum call."""
    sys.path.insert(0, str(HERE))
    from run import load_texts
    from fresh import forget
    from kronika.events.document import extract_document
    from kronika.model import Document

    texts = load_texts(dirs)
    for i, text, _ in texts:
        extract_document(Document(id=i, text=text))
    if with_dateparser:
        from dateparser.search import search_dates

        def dated(item) -> float:
            try:
                search_dates(item[1], languages=[item[2]] if item[2] else None)
            except Exception:  # dateparser fails on some languages; count what it does (as bench/run.py)
                pass
            return 0.0
        for t in texts:
            dated(t)
    import gc

    gc.freeze()
    forget()
    _instrument()

    def extracted(item) -> float:
        extract_document(Document(id=item[0], text=item[1]))
        return 0.0
    math.fsum(map(extracted, texts))
    if with_dateparser:
        math.fsum(map(dated, texts))


_CLIENT = r"""
#include <valgrind/callgrind.h>
void start(void) { CALLGRIND_START_INSTRUMENTATION; }
"""


def _instrument() -> None:
    """Start callgrind's instrumentation now (the warm-up ran without it, ~10 times faster), through a
    client request compiled on the spot; without a C compiler or valgrind's header, it was on from the start."""
    lib = os.environ.get("KRONIKA_CG_CLIENT")
    if lib:
        import ctypes

        ctypes.CDLL(lib).start()


def _client(folder: Path) -> str | None:
    """A small shared library whose start() is CALLGRIND_START_INSTRUMENTATION, or None."""
    src, lib = folder / "cgclient.c", folder / "cgclient.so"
    src.write_text(_CLIENT)
    try:
        subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", str(lib), str(src)], check=True,
                       stderr=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError):
        return None
    return str(lib)


def totals(path: str) -> int:
    """The instruction total of one callgrind profile."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"(?:totals|summary):\s+(\d+)", line)
            if m:
                return int(m.group(1))
    raise ValueError(f"no totals in {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the callgrind profiles in this folder")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    dirs = a.corpus or [SHARED / "dev", SHARED / "seeds"]
    if a.inner:
        inner(dirs, not a.no_dateparser)
        return
    out = a.keep or Path(tempfile.mkdtemp(prefix="kronika-instr-"))
    out.mkdir(parents=True, exist_ok=True)
    for old in glob.glob(str(out / "cg.out*")):
        os.remove(old)
    lib = _client(out)
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no"] + (["--instr-atstart=no"] if lib else []) + [ "--toggle-collect=math_fsum",
           "--dump-after=math_fsum", f"--callgrind-out-file={out}/cg.out", sys.executable, __file__, "--inner"]
    cmd += [x for d in dirs for x in ("--corpus", str(d))] + (["--no-dateparser"] if a.no_dateparser else [])
    env = dict(os.environ, PYTHONHASHSEED="0", KRONIKA_CACHE_DIR=os.environ.get("KRONIKA_CACHE_DIR", "off"))
    if lib:
        env["KRONIKA_CG_CLIENT"] = lib
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stderr=subprocess.DEVNULL)
    dumps = sorted((p for p in glob.glob(str(out / "cg.out.*")) if re.search(r"\.\d+$", p)),
                   key=lambda p: int(p.rsplit(".", 1)[1]))
    counts = [totals(p) for p in dumps]
    if len(counts) != (1 if a.no_dateparser else 2):
        sys.exit(f"expected one profile per pass, found {len(counts)} in {out}")
    print(f"extraction pass           {counts[0]:,} instructions  ({len(load_texts_count(dirs))} docs)")
    if not a.no_dateparser:
        print(f"search_dates pass         {counts[1]:,} instructions")
        print(f"extract / search_dates    {counts[0] / counts[1]:.4f} (instructions; target <= 0.10)")
    print(f"callgrind run             {time.perf_counter() - t0:.0f} s" + (f", profiles in {out}" if a.keep else ""))


def load_texts_count(dirs: list[Path]) -> list:
    """The documents counted (the same selection as bench/run.py)."""
    sys.path.insert(0, str(HERE))
    from run import load_texts

    return load_texts(dirs)


if __name__ == "__main__":
    main()
