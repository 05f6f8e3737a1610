"""From stored events to the report model: sections of dated entries, conclusions, commentary."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from kronika.nlp.text import is_prose
from kronika.report.grammar import country_name
from kronika.report.messages import catalogue, fill
from kronika.report.profile import Profile
from kronika.store import schema as t
from kronika.store.dedup import canonical_url


@dataclass
class Entry:
    story_id: int
    date: str
    date_end: str | None
    date_text: str
    headline: str
    body: str
    body_lang: str | None
    sources: list[str]
    countries: list[str]
    topics: list[str]
    n_sources: int = 0


@dataclass
class ReportSection:
    number: str
    heading: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Report:
    title: str
    institution: str
    period: str
    language: str
    month: str
    conclusions: list[str]
    sections: list[ReportSection]
    commentary_md: str | None
    commentary_items: list[str]
    stats: dict
    charts: dict = field(default_factory=dict)   # name -> PNG bytes


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of 'YYYY-MM'."""
    try:
        first = dt.date.fromisoformat(month + "-01")
    except ValueError as e:
        raise ValueError(f"'{month}' is not a month; write it as YYYY-MM") from e
    nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, nxt - dt.timedelta(days=1)


def shift_month(month: str, n: int) -> str:
    y, m = map(int, month.split("-"))
    m += n
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return f"{y:04d}-{m:02d}"


def date_text(date: str, end: str | None, lang: str) -> str:
    """'7-8 listopada', '30 października – 1 listopada', '9 listopada' in the report's style."""
    c = catalogue(lang)
    months = c["MONTHS_GENITIVE"]
    d1 = dt.date.fromisoformat(date)
    if not end or end == date:
        return c["DATE_DAY"].format(d=d1.day, month=months[d1.month - 1])
    d2 = dt.date.fromisoformat(end)
    if (d1.year, d1.month) == (d2.year, d2.month):
        return c["DATE_RANGE_SAME_MONTH"].format(d1=d1.day, d2=d2.day, month=months[d1.month - 1])
    return c["DATE_RANGE_CROSS_MONTH"].format(d1=d1.day, month1=months[d1.month - 1], d2=d2.day,
                                              month2=months[d2.month - 1])


EARLY_DAYS = 7  # a source published at a month's end may date its event a few days into the next


def report_month(ev: dict) -> str:
    """The month whose report holds an event: the month it ends in, or the month of its source
    when that was published (at most a week) before the event's day."""
    day = ev["date_end"] or ev["date"]
    pub = ev.get("published")
    if pub and pub < ev["date"] and pub[:7] < day[:7] and \
            (dt.date.fromisoformat(ev["date"]) - dt.date.fromisoformat(pub)).days <= EARLY_DAYS:
        return pub[:7]
    return day[:7]


def load_events(conn, first: dt.date, last: dt.date) -> list[dict]:
    """Events whose report month lies in the period (not rejected), with their document."""
    e, d = t.events, t.documents
    lo = (first - dt.timedelta(days=62)).isoformat()
    hi = (last + dt.timedelta(days=EARLY_DAYS)).isoformat()
    rows = conn.execute(
        select(e, d.c.url, d.c.text, d.c.language.label("doc_lang"), d.c.title, d.c.published)
        .join(d, d.c.id == e.c.document_id)
        .where(e.c.status != "rejected", e.c.date.is_not(None), e.c.date <= hi, e.c.date >= lo)
        .order_by(e.c.date, e.c.id)).mappings().all()
    months = (first.isoformat()[:7], last.isoformat()[:7])
    return [dict(r) for r in rows if months[0] <= report_month(r) <= months[1]]


def parties(ev: dict) -> set[str]:
    """States involved in an event: participants, the place's country, the headline's subjects."""
    out = set(json.loads(ev["countries"])) | set(json.loads(ev.get("subjects") or "[]"))
    if ev.get("location_country"):
        out.add(ev["location_country"])
    return out


def headline(ev: dict, section, lang: str) -> str:
    """A sentence in the report language built from the event's fields."""
    c = catalogue(lang)
    kinds = c["HEADLINES"]
    key = f"{ev['type']}/{ev['mode']}" if f"{ev['type']}/{ev['mode']}" in kinds else ev["type"]
    template = kinds.get(key) or kinds["OTHER"]
    countries = json.loads(ev["countries"])
    order = sorted(countries, key=lambda x: (x not in section.a, x not in section.b, x))
    names = [country_name(x, lang) for x in order]
    topics = json.loads(ev["topics"])
    topic = c["TOPIC_PHRASE"].format(topic=c["TOPICS"][topics[0]]) if topics and topics[0] in c["TOPICS"] else ""
    city = ev.get("location_city")
    place = fill(c["PLACE_PHRASE"], lang, city=_city_name(city, lang)) if city else ""
    text = fill(template, lang, parties=names, topic=topic, place=place)
    return text[:1].upper() + text[1:] if lang == "en" else text


def _city_name(city: str, lang: str) -> str:
    """A city's name in the report language: the first (nominative) form in the language's data."""
    from kronika import lang as langdata

    if lang not in langdata.available():
        return city
    forms = (langdata.load(lang).raw["places"].get("CITIES") or {}).get(city) or []
    first = str(forms[0]) if forms else ""
    if not first or first.endswith("*"):
        return city
    return " ".join(w[:1].upper() + w[1:] for w in first.split())


_LEADING_DATE = re.compile(r"^\s*[\d\s.\-–—]*[^\W\d]*\s*(?:[-–—]\s*\d+\s+[^\W\d]+)?\s*:\s*")


def body(ev: dict, max_chars: int = 900) -> str:
    """Extractive body: the opening of the source's article, without its headline and date lines."""
    text = ev["text"]
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    real = [p for p in paras if is_prose(p)] or paras
    out = " ".join(real)
    m = _LEADING_DATE.match(out)
    if m and m.end() < 40:
        out = out[m.end():]  # a chronicle entry opens with its own date
    if len(out) > max_chars:
        cut = out.rfind(". ", 0, max_chars)
        out = out[: cut + 1 if cut > 200 else max_chars].rstrip() + ("" if cut > 200 else "…")
    return out


def story_sources(conn, story_events: list[dict]) -> list[str]:
    """Every address of every document of a story, once, in the order they were stored."""
    doc_ids = list(dict.fromkeys(e["document_id"] for e in story_events))
    urls: list[str] = []
    for did in doc_ids:
        own = next(e["url"] for e in story_events if e["document_id"] == did)
        cands = ([own] if own else []) + [r[0] for r in conn.execute(
            select(t.document_urls.c.url).where(t.document_urls.c.document_id == did).order_by(t.document_urls.c.url))]
        if not cands:  # a file read from disk: its path is the source
            meta = conn.execute(select(t.documents.c.fetch_meta).where(t.documents.c.id == did)).scalar()
            path = json.loads(meta or "{}").get("source")
            cands = [path] if path else []
        urls += cands
    seen, out = set(), []
    for u in urls:
        key = canonical_url(u) or u
        if key not in seen:
            seen.add(key)
            out.append(u)
    return out


def build_sections(conn, profile: Profile, events: list[dict], lang: str) -> list[ReportSection]:
    """One entry per story in each section, in date order."""
    stories: dict[int, list[dict]] = defaultdict(list)
    for ev in events:
        stories[ev["story_id"] or -ev["id"]].append(ev)
    out = []
    for i, sec in enumerate(profile.sections):
        rs = ReportSection(ROMAN[i + 1], profile.text(sec.heading, lang))
        chosen = []
        for sid, evs in stories.items():
            inside = [e for e in evs if sec.holds(parties(e))]
            if not inside:
                continue
            main = max(inside, key=lambda e: (e["doc_lang"] == lang, len(json.loads(e["countries"])) <= 2,
                                              -e["id"]))
            chosen.append((min(e["date"] for e in inside), min(e["id"] for e in inside), sid, main, evs))
        for _d, _id, sid, main, evs in sorted(chosen):
            srcs = story_sources(conn, evs)
            rs.entries.append(Entry(
                story_id=sid, date=main["date"], date_end=main["date_end"],
                date_text=date_text(main["date"], main["date_end"], lang), headline=headline(main, sec, lang),
                body=body(main), body_lang=main["doc_lang"] if main["doc_lang"] != lang else None,
                sources=srcs, countries=json.loads(main["countries"]), topics=json.loads(main["topics"]),
                n_sources=len(srcs)))
        out.append(rs)
    return out
