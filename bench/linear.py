"""Extraction cost against text length: it should grow linearly.

    python bench/linear.py

Builds texts of 25,000 to 400,000 characters from our examples (examples/) and times one extraction
of each after a warm-up; prints seconds and seconds per 100,000 characters.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from kronika.events.document import extract_document
    from kronika.model import Document

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))
             if p.name[:2] in ("en", "pl", "de", "ru")]
    base = "\n\n".join(texts)
    extract_document(Document(id="warm-up", text=base[:3000]))
    for n in (25_000, 50_000, 100_000, 200_000, 400_000):
        text = (base * (n // len(base) + 1))[:n]
        t0 = time.perf_counter()
        extract_document(Document(id=str(n), text=text))
        secs = time.perf_counter() - t0
        print(f"{n:>8} characters: {secs:6.2f} s  ({secs / n * 100_000:.2f} s per 100,000)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
