"""What the external analysers alone cost beside dateparser.search_dates, on the same texts in one run.

    python bench/floor.py [--corpus DIR ...] [--rounds N]

Extraction cannot cost less than its language identification (lingua, on the sample `langid.detect`
gives it) and, for Japanese and Korean, its morphological analysers (MeCab, Kiwi): this prints their
CPU time per pass beside `search_dates`' (given each text's language, as in bench/run.py), the floor
under the ratio bench/run.py reports. Medians of interleaved rounds.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from run import SHARED, dateparser_pass, load_texts, warm_up


def analysers_pass(texts) -> tuple[float, float]:
    """CPU seconds of (language identification, the ja/ko analysers) over the texts."""
    from fresh import forget
    from kronika import lang
    from kronika.nlp import langid
    from kronika.text.tokens import normalise

    forget()  # the analysers' per-text caches
    docs = [(normalise(t), code) for _, t, code in texts]
    c = time.process_time()
    for t, _ in docs:
        sample = langid._sample(t)
        script = langid.script_of(sample)
        words = langid._common_words(sample) if script in ("latin", "cyrillic") else sample
        langid._detector(script).detect_language_of(words)
    detect = time.process_time() - c
    c = time.process_time()
    for t, code in docs:
        if lang.hook(code, "tokens"):
            lang.tokens(t, code)
    return detect, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    texts = load_texts(a.corpus or [SHARED / "dev", SHARED / "seeds"])
    warm_up(texts)
    dateparser_pass(texts[:3])
    rows = [(*analysers_pass(texts), dateparser_pass(texts)[1]) for _ in range(a.rounds)]
    detect, cjk, dp = (statistics.median(r[k] for r in rows) for k in range(3))
    print(f"{len(texts)} documents, CPU per pass, median of {a.rounds} rounds")
    print(f"language identification (lingua)   {detect * 1000:7.1f} ms")
    print(f"Japanese and Korean analysers      {cjk * 1000:7.1f} ms")
    print(f"dateparser.search_dates            {dp * 1000:7.1f} ms")
    print(f"analysers alone / search_dates     {(detect + cjk) / dp:7.3f}  (the floor under bench/run.py's ratio)")


if __name__ == "__main__":
    main()
