"""Language-independent reference data: states, groupings, organisations, cities, officials."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from kronika import yamlfile
from kronika.cache import stored

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


@stored("data")  # parsed once, then read from the cache folder
def read_yaml(name: str):
    """A YAML file of this folder, parsed."""
    return yamlfile.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@cache
def groups() -> dict[str, dict]:
    """Groupings of states (V4, Baltic states ...) with their members."""
    return read_yaml("groups.yaml")


@cache
def organizations() -> dict[str, str]:
    """Organisation code -> English name."""
    return yamlfile.loads((DATA_DIR / "organizations.yaml").read_text(encoding="utf-8"))


@cache
@stored("cities")  # a pickle reads twice as fast as the JSON
def _generated_cities() -> dict:
    """The city index built by `python -m kronika.data.build` from GeoNames (data/generated/)."""
    import json

    from kronika.data.build import CITIES_FILE

    index = json.loads(CITIES_FILE.read_text(encoding="utf-8"))
    # each English name, and each country code, as one string however many spellings lead to it: the
    # pickle then holds it once and a start reads the index in two thirds of the time
    pool: dict[str, str] = {}
    one = lambda s: pool.setdefault(s, s)
    index["names"] = {k: one(v) for k, v in index["names"].items()}
    index["kana"] = {k: one(v) for k, v in index["kana"].items()}
    index["cities"] = {one(k): (one(v[0]), v[1]) for k, v in index["cities"].items()}
    index["towns"] = {k: (one(v[0]), one(v[1])) for k, v in index["towns"].items()}
    index["town_states"] = {v[0]: v[1] for v in index["towns"].values()}
    return index


@cache
def cities() -> dict[str, tuple[str, int]]:
    """English city name -> (country code, population), the most populous of each name."""
    out = {k: (v[0], v[1]) for k, v in _generated_cities()["cities"].items()}
    # GeoNames spells a few capitals in the local way; the schema wants English exonyms.
    for name, cc in _city_lists()["EXONYMS"].items():
        out.setdefault(name, (cc, 1_000_000))
    return out


@cache
def _city_lists() -> dict[str, dict[str, str]]:
    return read_yaml("cities.yaml")


def capitals() -> dict[str, str]:
    """City -> state, for the seats of government that stand for their state ("Tokio zgodziło się")."""
    return _city_lists()["CAPITALS"]


class Town(str):
    """A town read from a script without capitals by its suffix (久留米市, 이천시) under a name GeoNames may not
    hold ('Okinoshima', 'Icheon' for 'Icheon-si'), with the state of the language that wrote it: the state
    travels with the name in the analysis that found it, so no other text sees it."""

    def __new__(cls, name: str, country: str) -> "Town":
        town = super().__new__(cls, name)
        town.country = country
        return town

    def __getnewargs__(self) -> tuple[str, str]:
        return str(self), self.country  # a copy or a pickle (the analysis cache) keeps the state


def city_country(name: str) -> str | None:
    """Country code of a city given by its English name."""
    exonyms = _city_lists()["EXONYMS"]
    if name in exonyms:
        return exonyms[name]
    hit = cities().get(name)
    return hit[0] if hit else _generated_cities()["town_states"].get(name) or getattr(name, "country", None)


@cache
def korean_family_rank() -> dict[str, int]:
    """A Korean family name's place in the list, most frequent first (data/names.yaml keeps that order)."""
    return {name: i for i, name in enumerate(read_yaml("names.yaml")["KOREAN_FAMILY"])}


@cache
def name_lists() -> dict[str, frozenset[str]]:
    """Japanese given and family names, Korean family names (data/names.yaml), for name order."""
    raw = read_yaml("names.yaml")
    return {k: frozenset(v) for k, v in raw.items()}


@cache
def given_names() -> dict[str, str]:
    """Given names common in public life (data/given_names.yaml): lower-case name -> 'm' or 'f'."""
    raw = read_yaml("given_names.yaml") or {}
    out: dict[str, str] = {}
    for sexes in raw.values():
        for sex in ("m", "f"):
            for name in sexes.get(sex) or ():
                out.setdefault(str(name).lower(), sex)
    return out


@cache
def given_name_countries() -> dict[str, frozenset[str]]:
    """Lower-case given name -> the countries (data/given_names.yaml keys) whose list holds it."""
    out: dict[str, set[str]] = {}
    for cc, sexes in (read_yaml("given_names.yaml") or {}).items():
        for sex in ("m", "f"):
            for name in sexes.get(sex) or ():
                out.setdefault(str(name).lower(), set()).add(str(cc))
    return {k: frozenset(v) for k, v in out.items()}


def registry_files() -> list[Path]:
    """The registry's files: data/persons/*.yaml, then the $KRONIKA_PERSONS files."""
    import os

    from kronika import settings

    files = sorted((DATA_DIR / "persons").glob("*.yaml"))
    extra = settings.get("persons")
    if extra:
        files += [Path(p) for p in extra.split(os.pathsep) if p]
    return files


@cache
def registry() -> list[dict]:
    """All officials from data/persons/*.yaml (and $KRONIKA_PERSONS files), validated lightly."""
    import yaml

    files = registry_files()
    out: list[dict] = []
    by_name: dict[tuple, dict] = {}
    for f in files:
        try:
            items = yamlfile.loads(f.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as e:
            raise ValueError(f"{f}: not valid YAML ({e}); see data/persons/FORMAT.md") from e
        for i, p in enumerate(items):
            if not isinstance(p, dict) or not p.get("name"):
                raise ValueError(f"{f}: entry {i + 1} has no name; see data/persons/FORMAT.md")
            if p.get("gender") not in (None, "f", "m"):
                raise ValueError(f"{f}: entry {i + 1} ({p['name']}): gender must be f or m, not "
                                 f"'{p['gender']}'; see data/persons/FORMAT.md")
            p.setdefault("aliases", [])
            p.setdefault("roles", [])
            p["_file"] = f.name
            key = (p["name"], p.get("country"))
            if key in by_name:  # one person listed in two files: merge roles and aliases
                same = by_name[key]
                same.setdefault("gender", p.get("gender"))
                same["roles"] = same["roles"] + [r for r in p["roles"] if r not in same["roles"]]
                same["aliases"] = list(dict.fromkeys(same["aliases"] + p["aliases"]))
                continue
            by_name[key] = p
            out.append(p)
    return out


@cache
def town_names() -> dict[str, str]:
    """Lower-cased GeoNames name of a smaller town (under the spelling lists' population floor) -> its
    name ('gödöllő' -> 'Gödöllő'): read only where a locative word or a case ending marks a place."""
    names = city_names()
    return {k: n for n in cities() if len(n) >= 5 and (k := n.lower()) not in names
            and n[:1].isupper() and " " not in n}


@cache
def small_towns() -> dict[str, str]:
    """Lower-cased name of one of the region's towns of 1,000 people or more that `town_names` leaves out,
    in Latin or Cyrillic ('petrinja', 'прешево') -> its name ('Petrinja', 'Preševo'): read only after a
    locative word, where a case ending alone is too weak a sign for a village's name."""
    return {k: v[0] for k, v in _generated_cities()["towns"].items() if len(k) >= 5 and " " not in k}


@cache
def two_word_towns() -> dict[str, str]:
    """Lower-cased name of one of the region's towns of 1,000 people or more written as two capitalised words
    ('slovenj gradec', 'murska sobota') -> its name: read only in the nominative, after a locative word or
    a town noun, like `small_towns`."""
    return {k: v[0] for k, v in _generated_cities()["towns"].items()
            if k.count(" ") == 1 and all(len(w) >= 3 and w[:1].isupper() for w in v[0].split(" "))}


def city_names() -> dict[str, str]:
    """Lower-cased city name in any Latin or Cyrillic spelling -> English GeoNames name."""
    return _generated_cities()["names"]


def kana_city_names() -> dict[str, str]:
    """A city's name in katakana or Hangul (three signs or more) -> English GeoNames name."""
    return _generated_cities()["kana"]


def _capitals() -> dict[str, str]:
    return _generated_cities()["capitals"]


def capital(country: str) -> str | None:
    """English name of a country's capital."""
    for name, cc in capitals().items():
        if cc == country:
            return name
    return _capitals().get(country) or None
