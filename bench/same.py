"""Check that a change keeps extraction output byte-identical: dump, then compare.

    python bench/same.py dump DIR [--corpus DIR ...]      # before the change (or with an old PYTHONPATH)
    python bench/same.py check DIR [--corpus DIR ...]     # after: dumps again and names the documents that differ

Each text is extracted in one process twice, in order and in reverse order, so that a cache that
carries one text's state into the next shows up as a difference. Records are written one file per
document (the `kronika extract --format jsonl` record); `check` prints only the names of documents
whose output changed, never their content.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT = [SHARED / "dev", SHARED / "dev2", SHARED / "seeds", ROOT / "examples"]


def texts(dirs: list[Path]) -> list[Path]:
    """Every .txt in the folders, in a fixed order."""
    return [t for d in dirs for t in sorted(d.glob("*.txt"))]


def records(paths: list[Path]) -> dict[str, str]:
    """{file key: its jsonl record} for the paths, extracted in the given order in this process."""
    from kronika.pipeline import extract_paths

    out = {}
    for p in paths:
        for doc, error in extract_paths([str(p)]):
            key = f"{p.parent.name}__{p.stem}"
            out[key] = (json.dumps(doc.to_dict(), ensure_ascii=False) if doc is not None else "") + (
                f"\nERROR {error}" if error else "")
    return out


def dump(paths: list[Path]) -> dict[str, str]:
    """Records in order, checked against those in reverse order (a cache leaking between texts)."""
    fwd = records(paths)
    back = records(list(reversed(paths)))
    leaks = sorted(k for k in fwd if fwd[k] != back.get(k))
    if leaks:
        print(f"order-dependent output: {', '.join(leaks)}", file=sys.stderr)
    return fwd


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["dump", "check"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--corpus", action="append", type=Path)
    a = ap.parse_args()
    os.environ.setdefault("KRONIKA_CACHE_DIR", "off")
    recs = dump(texts(a.corpus or DEFAULT))
    if a.mode == "dump":
        a.dir.mkdir(parents=True, exist_ok=True)
        for k, r in recs.items():
            (a.dir / f"{k}.jsonl").write_text(r, encoding="utf-8")
        print(f"{len(recs)} records written to {a.dir}")
        return
    old = {p.stem: p.read_text(encoding="utf-8") for p in a.dir.glob("*.jsonl")}
    changed = sorted(k for k in recs if old.get(k) != recs[k])
    missing = sorted(set(old) - set(recs))
    print(f"{len(recs)} records, {len(changed)} changed, {len(missing)} missing")
    for k in changed + missing:
        print(f"  {k}")
    sys.exit(1 if changed or missing else 0)


if __name__ == "__main__":
    main()
