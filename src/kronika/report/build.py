"""From stored events to the report model: sections of dated entries, conclusions, commentary."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from kronika.model import StoredEvent
from kronika.report.body import body
from kronika.report.headline import headline
from kronika.report.messages import catalogue
from kronika.report.profile import Profile
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
    quote: str | None = None      # the source's key sentence, in its own language (body_lang)
    drafted: bool = False         # the body or the headline was drafted by a language model (report/draft.py)
    headline_drafted: bool = False


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
    appendix: list[str] = field(default_factory=list)   # what the sections do not hold, and why
    notes: list[str] = field(default_factory=list)      # what went wrong while drafting, said plainly


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


def report_month(ev: StoredEvent) -> str:
    """The month whose report holds an event: the month it ends in, or the month of its source
    when that was published (at most a week) before the event's day."""
    legacy = ev.document.legacy
    if legacy.get("period"):  # an entry of a past report stays in that report's month
        return legacy["period"]
    day = ev.date_end or ev.date
    pub = ev.document.published
    if pub and pub < ev.date and pub[:7] < day[:7] and \
            (dt.date.fromisoformat(ev.date) - dt.date.fromisoformat(pub)).days <= EARLY_DAYS:
        return pub[:7]
    return day[:7]


PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODES = {None, "", "visit", "third-party", "multilateral", "phone"}


def problem(ev: StoredEvent) -> str | None:
    """What makes a stored event unusable in a report (a bad date, an unknown type), or None."""
    for key, value in (("date", ev.date), ("date_end", ev.date_end)):
        if value:
            try:
                dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                return f"{key} '{value}' is not a date (YYYY-MM-DD)"
    if ev.type is not None and ev.type not in PLOVER:  # an untyped entry is still an entry
        return f"type '{ev.type}' is not a PLOVER type ({', '.join(sorted(PLOVER))})"
    if ev.mode not in MODES:
        return f"mode '{ev.mode}' is not one of {', '.join(sorted(m for m in MODES if m))}"
    return ev.unreadable


Unusable = tuple[StoredEvent, str]  # an event and what makes it unusable


def load_month(store, first: dt.date, last: dt.date,
               texts: bool = True) -> tuple[list[StoredEvent], list[StoredEvent], list[Unusable]]:
    """(events of the period, undated events of documents published in it, unusable events with
    their problem): nothing stored in the period is left out without a word. Without `texts` the
    documents' texts are not read (the conclusions count, they do not quote)."""
    from kronika.store.reports import report_events

    lo = (first - dt.timedelta(days=62)).isoformat()
    hi = (last + dt.timedelta(days=EARLY_DAYS)).isoformat()
    months = (first.isoformat()[:7], last.isoformat()[:7])
    good, undated, bad = [], [], []
    for ev in report_events(store, lo, hi, first.isoformat(), last.isoformat(), texts):
        why = problem(ev)
        if why:
            if _names_the_period(ev, months):
                bad.append((ev, why))
        elif not ev.date:
            undated.append(ev)
        elif months[0] <= report_month(ev) <= months[1]:
            good.append(ev)
    return good, undated, bad


def _names_the_period(ev: StoredEvent, months: tuple[str, str]) -> bool:
    """Whether an unusable event belongs in this report's notes: its date or its document's lies in
    the period's months or years, or its date is no date at all (then every report names it)."""
    date, pub = str(ev.date or ""), str(ev.document.published or "")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date) or months[0] <= pub[:7] <= months[1]:
        return True
    if months[0] <= date[:7] <= months[1]:
        return True
    return date[:4] in (months[0][:4], months[1][:4]) and not ("01" <= date[5:7] <= "12")


def load_events(store, first: dt.date, last: dt.date, texts: bool = True) -> list[StoredEvent]:
    """Events whose report month lies in the period (not rejected, usable), with their document."""
    return load_month(store, first, last, texts)[0]


def parties(ev) -> set[str]:
    """States involved in an event (a StoredEvent or the store's DatedParties): participants, the
    place's country, the headline's subjects."""
    out = set(ev.countries) | set(ev.subjects)
    if ev.location.country:
        out.add(ev.location.country)
    return out


def story_sources(store, story_events: list[StoredEvent]) -> list[str]:
    """Every address of every document of a story, once, in the order they were stored; an entry of
    a past report keeps its own sources in the report's order."""
    from kronika.store.reports import document_addresses

    urls: list[str] = []
    for did in dict.fromkeys(e.document.id for e in story_events):
        doc = next(e.document for e in story_events if e.document.id == did)
        if doc.legacy.get("urls"):
            urls += doc.legacy["urls"]
            continue
        urls += ([doc.url] if doc.url else []) + document_addresses(store, did)
    seen, out = set(), []
    for u in urls:
        key = canonical_url(u) or u
        if key not in seen:
            seen.add(key)
            out.append(u)
    return out


def best_section(evs: list[StoredEvent], profile: Profile) -> int | None:
    """The one section a story belongs in: the one its past-report entry was filed under, else the one
    most of its events fit (the earlier section on a tie); None when none fits."""
    for e in evs:
        heading = (e.document.legacy.get("section_heading") or "").lower()
        for i, sec in enumerate(profile.sections):
            if heading and heading in {h.lower() for h in sec.heading.values()}:
                return i
    counts = [sum(1 for e in evs if sec.holds(parties(e))) for sec in profile.sections]
    best = max(range(len(counts)), key=lambda i: (counts[i], -i), default=None)
    return best if best is not None and counts[best] else None


def build_sections(store, profile: Profile, events: list[StoredEvent], lang: str) -> list[ReportSection]:
    """One entry per story, in the one section that fits it best, in date order."""
    return place_stories(store, profile, events, lang)[0]


def _grounding(ev: StoredEvent, headline_text: str, composed: str, quote: str | None, lang: str) -> str:
    """What a draft about an event may name: its fields (names as written, as registered and in the
    report's language), its composed texts and its source."""
    from kronika.report.grammar import country_name
    from kronika.report.names import render

    people = " ".join(f"{p.name} {p.name_original} {render(p, lang).text}" for p in ev.persons)
    states = " ".join(country_name(x, lang) for x in ev.countries + ev.subjects)
    return " ".join([headline_text, composed, quote or "", ev.document.text, people, states, ev.date or "",
                     ev.date_end or ""])


def _draft(drafter, ev: StoredEvent, headline_text: str, composed: str, quote: str | None, lang: str) -> str | None:
    """A machine draft of a foreign-language entry's summary, grounded in its fields and source."""
    if drafter is None:
        return None
    return drafter.summary(f"event {ev.id}", f"{headline_text}.\n{composed}", ev.document.text,
                           _grounding(ev, headline_text, composed, quote, lang), lang, ev.id)


def _draft_headline(drafter, ev: StoredEvent, headline_text: str, composed: str, lang: str) -> str | None:
    """A machine draft of an entry's headline, grounded like its summary."""
    if drafter is None:
        return None
    return drafter.headline(f"event {ev.id}", f"{headline_text}.\n{composed}", ev.document.text,
                            _grounding(ev, headline_text, composed, None, lang), lang, ev.id)


def place_stories(store, profile: Profile, events: list[StoredEvent], lang: str,
                  drafter=None) -> tuple[list[ReportSection], list[StoredEvent]]:
    """(sections with their entries, stories that fit no section)."""
    from kronika.report.people import settle
    from kronika.report.summary import compose

    settle(events, lang)  # one person, one name and state across the report's entries
    stories: dict[int, list[StoredEvent]] = defaultdict(list)
    for ev in events:
        stories[ev.story or -ev.id].append(ev)
    chosen: dict[int, list] = defaultdict(list)
    outside = []
    for sid, evs in stories.items():
        i = best_section(evs, profile)
        if i is None:
            outside.append(min(evs, key=lambda e: e.id))
            continue
        sec = profile.sections[i]
        inside = [e for e in evs if sec.holds(parties(e))] or evs
        main = max(inside, key=lambda e: (bool(e.document.legacy), e.document.language == lang,
                                          len(e.countries) <= 2, -e.id))
        chosen[i].append((min(e.date for e in inside), min(e.id for e in inside), sid, main, evs))
    out = []
    for i, sec in enumerate(profile.sections):
        rs = ReportSection(ROMAN[i + 1], profile.text(sec.heading, lang))
        for _d, _id, sid, main, evs in sorted(chosen[i], key=lambda x: x[:3]):
            srcs = story_sources(store, evs)
            same = (main.document.language or lang) == lang
            text, quote = (body(main), None) if same else compose(main, sec, lang)
            head = headline(main, sec, lang)
            drafted = None if same else _draft(drafter, main, head, text, quote, lang)
            drafted_head = _draft_headline(drafter, main, head, text, lang)
            rs.entries.append(Entry(
                story_id=sid, date=main.date, date_end=main.date_end,
                date_text=date_text(main.date, main.date_end, lang), headline=drafted_head or head,
                body=drafted or text, body_lang=None if same else main.document.language, sources=srcs,
                countries=list(main.countries), topics=list(main.topics), n_sources=len(srcs),
                quote=quote, drafted=bool(drafted or drafted_head), headline_drafted=bool(drafted_head)))
        out.append(rs)
    return out, outside
