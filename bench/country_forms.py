"""Which states a language's lexicon (places.yaml COUNTRIES) gives no adjective form, or none at all.

News names a state's officials by its adjective ("jordanski minister", "японский посол"); a state listed only by
its noun is missed there. Run: python bench/country_forms.py [--min N]: for each language, the states that at least
N languages list (default 10) and this one lacks, and those it lists without an adjective. Languages whose modifier
is the noun itself or its genitive (lt lv et hu ja ko) are checked for missing states only."""
from __future__ import annotations

import argparse
import collections
from pathlib import Path

import yaml

LANG = Path(__file__).resolve().parent.parent / "src" / "kronika" / "lang"
# the letters that make a country's adjective, by language ("japońsk*", "японск*", "japanisch*", "romanesc")
ADJECTIVE = {
    "pl": ("sk", "ck"), "cs": ("sk", "ck", "čk"), "sk": ("sk", "ck", "čk"), "sl": ("sk", "šk", "čk"),
    "hr": ("sk", "šk", "čk"), "sr": ("sk", "šk", "čk", "ск", "шк", "чк"), "ru": ("ск", "цк"), "uk": ("ськ", "цьк", "зьк"),
    "be": ("ск", "цк"), "bg": ("ск", "шк", "цк"), "mk": ("ск", "шк", "цк"), "de": ("isch",),
    "en": ("ese", "ian", "ish", "an", "i", "ic", "ch"), "ro": ("ez", "an", "esc", "ian", "ic", "iot"),
}


def countries() -> dict[str, dict[str, list[str]]]:
    """Every language's COUNTRIES, code -> forms (a YAML `NO` read as False is reported as it is)."""
    out = {}
    for p in sorted(LANG.glob("*/places.yaml")):
        d = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        out[p.parent.name] = {str(k) if k is not False else "NO?": v or [] for k, v in (d.get("COUNTRIES") or {}).items()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=10, help="states listed by at least this many languages")
    args = ap.parse_args()
    langs = countries()
    count = collections.Counter(c for d in langs.values() for c in d)
    common = sorted(c for c, n in count.items() if n >= args.min and c not in ("NONE", "EU"))
    for code, d in langs.items():
        missing = [c for c in common if c not in d]
        marks = ADJECTIVE.get(code)
        # a stem ("izrael*", "madžar*") may hold the adjective too: only lists of whole words are judged
        flat = [c for c in common if c in d and marks and not any(f.endswith("*") for f in d[c])
                and not any(m in f.lower() for f in d[c] for m in marks)]
        bad = [c for c in d if c == "NO?"]
        print(f"{code}: missing {' '.join(missing) or '-'}; no adjective {' '.join(flat) or '-'}"
              + ("; 'NO' unquoted (read as false)" if bad else ""))


if __name__ == "__main__":
    main()
