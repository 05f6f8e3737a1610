"""The event schema (eval/SCHEMA.md) as checks: every value a person or an import writes passes here first."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from kronika.cache import stored
from kronika.errors import KronikaError

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MODES = ("visit", "third-party", "multilateral", "phone")
PRECISIONS = ("day", "week", "month", "year")  # week: "last week", dated by its Monday
TOPICS = ("security", "economy", "energy", "technology", "science_education", "culture", "law_justice", "health",
          "environment", "disaster", "development_aid", "parliamentary", "subnational", "territorial",
          "multilateral")
EXTRA_COUNTRY_CODES = {"EU", "XK"}  # EU institutions count as a party (SCHEMA.md); Kosovo's user-assigned code
# CLDR regions that are no state: reserved, pseudo-locales, unions, islands coded only for telephony
NOT_COUNTRIES = {"ZZ", "QO", "EZ", "UN", "XA", "XB", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
MAX_TEXT = 200
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PERSON = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<inside>[^()]*)\))?$")


class SchemaError(KronikaError, ValueError):
    """A value outside the event schema; the message names the field and what is allowed."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field = field


def check_date(field: str, value: str | None) -> str | None:
    """An ISO date that exists on the calendar (2025-02-28), or None for an empty value."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    if not ISO_DATE.match(value):
        raise SchemaError(field, f"'{value}' is not a date; write YYYY-MM-DD, e.g. 2025-05-07")
    try:
        dt.date.fromisoformat(value)
    except ValueError as e:
        raise SchemaError(field, f"'{value}' is not a day of the calendar ({e})") from None
    return value


def check_choice(field: str, value: str | None, allowed: tuple[str, ...], fold=str.lower) -> str | None:
    """One of the allowed values (compared after `fold`), or None for an empty value."""
    if value is None or not str(value).strip():
        return None
    got = fold(str(value).strip())
    if got not in allowed:
        raise SchemaError(field, f"'{value}' is not allowed; allowed: {', '.join(allowed)}")
    return got


def check_type(value: str | None) -> str | None:
    return check_choice("type", value, PLOVER_TYPES, str.upper)


def check_mode(value: str | None) -> str | None:
    return check_choice("mode", value, MODES)


def check_precision(value: str | None) -> str | None:
    return check_choice("date_precision", value, PRECISIONS)


def check_topics(values: list[str]) -> list[str]:
    """Topics from the fixed list, in the order given, without repeats."""
    return list(dict.fromkeys(check_choice("topics", v, TOPICS) for v in values if v.strip()))


@cache
@stored("country-codes")  # babel's English locale takes a tenth of a second to open, in every process that stores
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to CLDR, plus EU."""
    from babel import Locale

    codes = {k for k in Locale("en").territories if len(k) == 2 and k.isalpha()} - NOT_COUNTRIES
    return frozenset(codes | EXTRA_COUNTRY_CODES)


def _names_of(code: str) -> dict[str, set[str]]:
    """Written-out country names of one language (CLDR and its places.yaml), lower-case -> codes."""
    from kronika import lang

    out: dict[str, set[str]] = {}
    places = lang._read(code, "places").get("COUNTRIES") or {}  # raw forms: compiling every language is slow
    pairs = [(k, f) for k, forms in lang.cldr_country_names(code).items() for f in forms]
    pairs += [(str(k).upper(), f) for k, forms in places.items() for f in lang._forms(forms)]
    for k, form in pairs:
        if k in country_codes() and "*" not in form:
            out.setdefault(form.lower(), set()).add(k)
    return out


@cache
def _english_names() -> dict[str, set[str]]:
    return _names_of("en")


@cache
def _all_names() -> dict[str, set[str]]:
    from kronika import lang

    merged: dict[str, set[str]] = {}
    for code in lang.available():
        for name, codes in _names_of(code).items():
            merged[name] = merged.get(name, set()) | set(codes)
    return merged


def resolve_country(field: str, value: str) -> str:
    """An ISO code from a code or a country's name in any supported language ('Japan', 'Japonia' -> 'JP')."""
    raw = value.strip()
    if raw.upper() in country_codes():
        return raw.upper()
    key = " ".join(raw.lower().split())
    for index in (_english_names, _all_names):  # English first: most names are settled there, quickly
        codes = index().get(key)
        if codes and len(codes) == 1:
            return next(iter(codes))
        if codes:
            raise SchemaError(field, f"'{value}' may mean {', '.join(sorted(codes))}; write the ISO code")
    raise SchemaError(field, f"'{value}' is neither an ISO 3166-1 alpha-2 code (JP, PL, EU …) "
                             f"nor a country name Kronika knows")


def check_countries(values: list[str], field: str = "countries") -> list[str]:
    """Sorted unique ISO codes; every value that is not a country is named in one message."""
    codes, bad = set(), []
    for v in (v for v in values if v.strip()):
        try:
            codes.add(resolve_country(field, v))
        except SchemaError as e:
            bad.append(str(e).split(": ", 1)[1])
    if bad:
        raise SchemaError(field, "; ".join(bad))
    return sorted(codes)


@cache
@stored("organizations")  # the two YAML files take a tenth of a second to parse
def organization_names() -> dict[str, str]:
    """Codes and English names of organisations and groupings (data/organizations.yaml, groups.yaml) -> code."""
    from importlib.resources import files

    import yaml

    out: dict[str, str] = {}
    for name in ("groups.yaml", "organizations.yaml"):
        data = yaml.safe_load(files("kronika.data").joinpath(name).read_text(encoding="utf-8")) or {}
        for code, about in data.items():
            title = about.get("name") if isinstance(about, dict) else about
            out[str(code).lower()] = str(code)
            if title:
                out[str(title).lower()] = str(code)
    return out


def check_organizations(values: list[str]) -> list[str]:
    """Organisation codes (NATO, EU …) from codes or English names."""
    known, out = organization_names(), []
    for v in (v.strip() for v in values if v.strip()):
        code = known.get(" ".join(v.lower().split()))
        if code is None:
            raise SchemaError("organizations", f"'{v}' is not a known organisation; allowed: "
                                               f"{', '.join(sorted(set(known.values())))}")
        out.append(code)
    return list(dict.fromkeys(out))


def check_text(field: str, value: str | None) -> str | None:
    """Free text of one line and reasonable length (a city, a role, a name)."""
    if value is None or not str(value).strip():
        return None
    value = " ".join(str(value).split())
    if len(value) > MAX_TEXT:
        raise SchemaError(field, f"longer than {MAX_TEXT} characters")
    if any(ord(c) < 32 for c in value):
        raise SchemaError(field, "holds control characters")
    return value


def parse_person(text: str) -> dict:
    """'Radosław Sikorski (PL, minister of foreign affairs)' -> {'name', 'country', 'role'}."""
    m = PERSON.match(text.strip())
    if not m or not m["name"].strip():
        raise SchemaError("persons", f"'{text.strip()}' is not 'Name (CC, role)', e.g. "
                                     f"'Takeshi Iwaya (JP, minister of foreign affairs)'")
    name = check_text("persons", m["name"])
    if any(ch.isdigit() for ch in name):
        raise SchemaError("persons", f"'{name}' is not a person's name (it holds digits)")
    country = role = None
    if m["inside"] is not None:
        first, _, rest = m["inside"].partition(",")
        if first.strip() and first.strip() != "?":
            country = resolve_country("persons", first)
        role = check_text("persons", rest) if rest.strip() != "?" else None
    return {"name": name, "country": country, "role": role}


def check_persons(text: str | list) -> list[dict]:
    """People as 'Name (CC, role); Name (CC)', or a list of such strings or of {name, country, role}."""
    items = re.split(r"[;\n]", text) if isinstance(text, str) else list(text or [])
    out = []
    for item in items:
        if isinstance(item, dict):
            item = f"{item.get('name') or ''} ({item.get('country') or ''}, {item.get('role') or ''})"
        if str(item).strip():
            out.append(parse_person(str(item)))
    return out


def format_persons(persons: list[dict]) -> str:
    """The text form parse_person reads: 'Name (CC, role); Name (CC)'."""
    def one(p: dict) -> str:
        inside = ", ".join(x for x in (p.get("country") or ("?" if p.get("role") else ""), p.get("role") or "") if x)
        return f"{p['name']} ({inside})" if inside else p["name"]

    return "; ".join(one(p) for p in persons)


class InvalidEvent(KronikaError, ValueError):
    """An imported or extracted event outside the schema; the message names the events and fields."""


def _persons_of(ev) -> list[dict]:
    return [p if isinstance(p, dict) else {"name": p.name, "country": p.country, "role": p.role}
            for p in (_get(ev, "persons") or [])]


def _get(ev, key: str):
    return ev.get(key) if isinstance(ev, dict) else getattr(ev, key, None)


def problems(ev) -> list[str]:
    """What is wrong with an event (a record or a model.Event), one message per field; empty when valid."""
    checks = [lambda: check_date("date", _get(ev, "date")), lambda: check_date("date_end", _get(ev, "date_end")),
              lambda: check_precision(_get(ev, "date_precision")),
              lambda: check_type(_get(ev, "type")), lambda: check_mode(_get(ev, "mode")),
              lambda: check_countries(list(_get(ev, "countries") or [])),
              lambda: check_organizations(list(_get(ev, "organizations") or [])),
              lambda: check_topics(list(_get(ev, "topics") or [])),
              lambda: [resolve_country("persons", p["country"]) for p in _persons_of(ev) if p.get("country")]]
    out = []
    for check in checks:
        try:
            check()
        except SchemaError as e:
            out.append(str(e))
    return out


def check_event(ev, where: str) -> None:
    """Refuse an event to be stored from an import or extraction, naming where it came from."""
    bad = problems(ev)
    if bad:
        raise InvalidEvent(f"{where}: " + "; ".join(bad))
