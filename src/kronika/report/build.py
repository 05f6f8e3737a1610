"""From stored events to the report model: sections of dated entries, conclusions, commentary."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from kronika.nlp.text import UPPER, _abbreviation_ends, is_prose
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


def report_month(ev: dict) -> str:
    """The month whose report holds an event: the month it ends in, or the month of its source
    when that was published (at most a week) before the event's day."""
    legacy = _legacy(ev)
    if legacy.get("period"):  # an entry of a past report stays in that report's month
        return legacy["period"]
    day = ev["date_end"] or ev["date"]
    pub = ev.get("published")
    if pub and pub < ev["date"] and pub[:7] < day[:7] and \
            (dt.date.fromisoformat(ev["date"]) - dt.date.fromisoformat(pub)).days <= EARLY_DAYS:
        return pub[:7]
    return day[:7]


PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODES = {None, "", "visit", "third-party", "multilateral", "phone"}


def problem(ev: dict) -> str | None:
    """What makes a stored event unusable in a report (a bad date, an unknown type), or None."""
    for key in ("date", "date_end"):
        if ev.get(key):
            try:
                dt.date.fromisoformat(ev[key])
            except (TypeError, ValueError):
                return f"{key} '{ev[key]}' is not a date (YYYY-MM-DD)"
    if ev.get("type") is not None and ev.get("type") not in PLOVER:  # an untyped entry is still an entry
        return f"type '{ev.get('type')}' is not a PLOVER type ({', '.join(sorted(PLOVER))})"
    if ev.get("mode") not in MODES:
        return f"mode '{ev.get('mode')}' is not one of {', '.join(sorted(m for m in MODES if m))}"
    try:
        for key in ("countries", "topics", "subjects"):
            if not isinstance(json.loads(ev.get(key) or "[]"), list):
                return f"{key} is not a list"
    except ValueError:
        return f"{key} is not valid JSON"
    return None


def load_month(store, first: dt.date, last: dt.date) -> tuple[list[dict], list[dict], list[dict]]:
    """(events of the period, undated events of documents published in it, unusable events with
    their problem): nothing stored in the period is left out without a word."""
    from kronika.store.reports import report_rows

    lo = (first - dt.timedelta(days=62)).isoformat()
    hi = (last + dt.timedelta(days=EARLY_DAYS)).isoformat()
    months = (first.isoformat()[:7], last.isoformat()[:7])
    good, undated, bad = [], [], []
    for r in report_rows(store, lo, hi, first.isoformat(), last.isoformat()):
        why = problem(r)
        if why:
            if _names_the_period(r, months):
                bad.append({**r, "problem": why})
        elif not r["date"]:
            undated.append(r)
        elif months[0] <= report_month(r) <= months[1]:
            good.append(r)
    return good, undated, bad


def _names_the_period(ev: dict, months: tuple[str, str]) -> bool:
    """Whether an unusable event belongs in this report's notes: its date or its document's lies in
    the period's months or years, or its date is no date at all (then every report names it)."""
    date, pub = str(ev.get("date") or ""), str(ev.get("published") or "")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date) or months[0] <= pub[:7] <= months[1]:
        return True
    if months[0] <= date[:7] <= months[1]:
        return True
    return date[:4] in (months[0][:4], months[1][:4]) and not ("01" <= date[5:7] <= "12")


def _legacy(ev: dict) -> dict:
    """What a past report said about this event's entry (section, period, sources), or {}."""
    try:
        return (json.loads(ev.get("fetch_meta") or "{}") or {}).get("legacy") or {}
    except (TypeError, ValueError):
        return {}


def load_events(store, first: dt.date, last: dt.date) -> list[dict]:
    """Events whose report month lies in the period (not rejected, usable), with their document."""
    return load_month(store, first, last)[0]


def parties(ev: dict) -> set[str]:
    """States involved in an event: participants, the place's country, the headline's subjects."""
    out = set(json.loads(ev["countries"])) | set(json.loads(ev.get("subjects") or "[]"))
    if ev.get("location_country"):
        out.add(ev["location_country"])
    return out


def city_name(city: str, lang: str) -> str:
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
# 'Warszawa, 12 marca 2024 r. – ', 'TOKYO, March 3 (Kyodo) - ': a place and a date before a dash open the text
_DATELINE = re.compile(r"^[^\W\d][^\n–—]{0,40}?\d[^\n–—]{0,30}?(?:\([^)]{1,30}\))?\s+[–—-]\s+")
_ORDINAL_END = re.compile(r"(?:^|[\s(])\d{1,2}\.$")  # a day or an ordinal written with a full stop (de, cs, hu, hr …)
_NAMED_NUMBER = re.compile(r"[^\W\d]\d+\.$")  # 'szczycie G20.' ends a sentence; '14.' and 'ds.' do not
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]?\s+(?=[\"„«(]?[" + UPPER + "0-9])")


def sentences(text: str) -> list[str]:
    """Whole sentences of the prose paragraphs of a text (menus, bylines and page residue left out)."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    real = [p for p in paras if is_prose(p)] or paras
    out: list[str] = []
    for p in real:
        para: list[str] = []
        for x in (x.strip() for x in _SENTENCE_END.split(p)):
            if para and x and (_ORDINAL_END.search(para[-1]) or _abbreviation_ends(para[-1]) and not _NAMED_NUMBER.search(para[-1])):
                # 'am 5. Dezember', 'des 29. Treffens', 'ds. Europejskich': an ordinal's or an abbreviation's full stop ends nothing
                para[-1] += " " + x
            elif x:
                para.append(x)
        out += para
    return out


def _about_the_event(ev: dict, sents: list[str]) -> list[str]:
    """The sentences about this event: where its evidence lies (what happened, when, who, where, what
    about); a text that reports several events gives each its own. All sentences when the evidence
    is not known."""
    import json

    try:
        spans = [tuple(x) for v in json.loads(ev.get("evidence") or "{}").values() for x in v]
    except (ValueError, TypeError):
        return sents
    text = ev["text"]
    placed, cursor = [], 0
    for sent in sents:
        at = text.find(sent, cursor)
        placed.append((sent, at, at + len(sent)))
        cursor = at + len(sent) if at >= 0 else cursor
    chosen = [i for i, (_s, a, b) in enumerate(placed) if a >= 0 and any(x < b and y > a for x, y in spans)]
    if not chosen:
        return sents
    return [placed[i][0] for i in chosen]


def body(ev: dict, max_chars: int = 900) -> str:
    """Extractive body: whole sentences of the source, without its headline, date lines and residue;
    an entry of a past report without its date heading and headline (the report writes its own)."""
    legacy = _legacy(ev)
    text = ev["text"]
    if legacy:
        rest = text.split(":", 1)[1].strip() if ":" in text[:60] else text
        from kronika.ingest.legacy import first_sentence

        return first_sentence(rest)[1] or rest
    out, n = [], 0
    for sent in _about_the_event(ev, sentences(text)):
        if ev.get("title") and sent.strip() == (ev["title"] or "").strip():
            continue
        if not out:
            m = _LEADING_DATE.match(sent) or _DATELINE.match(sent)
            if m and m.end() < 80:
                sent = sent[m.end():]  # a chronicle entry's own date, a press release's dateline
        if n + len(sent) > max_chars and out:
            break
        if not sent.rstrip().endswith((".", "!", "?", "…", ":", ";", '"', "”", "»", ")")):
            sent = sent.rstrip() + "."  # a lead set as its own line ends where its line does
        out.append(sent)
        n += len(sent) + 1
    return " ".join(out)


def story_sources(store, story_events: list[dict]) -> list[str]:
    """Every address of every document of a story, once, in the order they were stored; an entry of
    a past report keeps its own sources in the report's order."""
    from kronika.store.reports import document_addresses

    urls: list[str] = []
    for did in dict.fromkeys(e["document_id"] for e in story_events):
        ev = next(e for e in story_events if e["document_id"] == did)
        legacy = _legacy(ev)
        if legacy and legacy.get("urls"):
            urls += legacy["urls"]
            continue
        urls += ([ev["url"]] if ev["url"] else []) + document_addresses(store, did)
    seen, out = set(), []
    for u in urls:
        key = canonical_url(u) or u
        if key not in seen:
            seen.add(key)
            out.append(u)
    return out


def best_section(evs: list[dict], profile: Profile) -> int | None:
    """The one section a story belongs in: the one its past-report entry was filed under, else the one
    most of its events fit (the earlier section on a tie); None when none fits."""
    for e in evs:
        legacy = _legacy(e)
        heading = (legacy.get("section_heading") or "").lower()
        for i, sec in enumerate(profile.sections):
            if heading and heading in {h.lower() for h in sec.heading.values()}:
                return i
    counts = [sum(1 for e in evs if sec.holds(parties(e))) for sec in profile.sections]
    best = max(range(len(counts)), key=lambda i: (counts[i], -i), default=None)
    return best if best is not None and counts[best] else None


def build_sections(store, profile: Profile, events: list[dict], lang: str) -> list[ReportSection]:
    """One entry per story, in the one section that fits it best, in date order."""
    return place_stories(store, profile, events, lang)[0]


def _grounding(ev: dict, headline_text: str, composed: str, quote: str | None, lang: str) -> str:
    """What a draft about an event may name: its fields (names as written, as registered and in the
    report's language), its composed texts and its source."""
    from kronika.report.grammar import country_name
    from kronika.report.names import render

    people = " ".join(f"{p.get('name')} {p.get('name_original')} {render(p, lang).text}"
                      for p in ev.get("persons") or [])
    states = " ".join(country_name(x, lang) for x in json.loads(ev["countries"]) + json.loads(ev.get("subjects") or "[]"))
    return " ".join([headline_text, composed, quote or "", ev["text"], people, states, ev.get("date") or "",
                     ev.get("date_end") or ""])


def _draft(drafter, ev: dict, headline_text: str, composed: str, quote: str | None, lang: str) -> str | None:
    """A machine draft of a foreign-language entry's summary, grounded in its fields and source."""
    if drafter is None:
        return None
    return drafter.summary(f"event {ev['id']}", f"{headline_text}.\n{composed}", ev["text"],
                           _grounding(ev, headline_text, composed, quote, lang), lang, ev.get("id"))


def _draft_headline(drafter, ev: dict, headline_text: str, composed: str, lang: str) -> str | None:
    """A machine draft of an entry's headline, grounded like its summary."""
    if drafter is None:
        return None
    return drafter.headline(f"event {ev['id']}", f"{headline_text}.\n{composed}", ev["text"],
                            _grounding(ev, headline_text, composed, None, lang), lang, ev.get("id"))


def place_stories(store, profile: Profile, events: list[dict], lang: str,
                  drafter=None) -> tuple[list[ReportSection], list[dict]]:
    """(sections with their entries, stories that fit no section)."""
    from kronika.report.people import settle
    from kronika.report.summary import compose

    settle(events, lang)  # one person, one name and state across the report's entries
    stories: dict[int, list[dict]] = defaultdict(list)
    for ev in events:
        stories[ev["story_id"] or -ev["id"]].append(ev)
    chosen: dict[int, list] = defaultdict(list)
    outside = []
    for sid, evs in stories.items():
        i = best_section(evs, profile)
        if i is None:
            outside.append(min(evs, key=lambda e: e["id"]))
            continue
        sec = profile.sections[i]
        inside = [e for e in evs if sec.holds(parties(e))] or evs
        main = max(inside, key=lambda e: (bool(_legacy(e)),
                                          e["doc_lang"] == lang, len(json.loads(e["countries"])) <= 2, -e["id"]))
        chosen[i].append((min(e["date"] for e in inside), min(e["id"] for e in inside), sid, main, evs))
    out = []
    for i, sec in enumerate(profile.sections):
        rs = ReportSection(ROMAN[i + 1], profile.text(sec.heading, lang))
        for _d, _id, sid, main, evs in sorted(chosen[i], key=lambda x: x[:3]):
            srcs = story_sources(store, evs)
            same = (main["doc_lang"] or lang) == lang
            text, quote = (body(main), None) if same else compose(main, sec, lang)
            head = headline(main, sec, lang)
            drafted = None if same else _draft(drafter, main, head, text, quote, lang)
            drafted_head = _draft_headline(drafter, main, head, text, lang)
            rs.entries.append(Entry(
                story_id=sid, date=main["date"], date_end=main["date_end"],
                date_text=date_text(main["date"], main["date_end"], lang), headline=drafted_head or head,
                body=drafted or text, body_lang=None if same else main["doc_lang"], sources=srcs,
                countries=json.loads(main["countries"]), topics=json.loads(main["topics"]), n_sources=len(srcs),
                quote=quote, drafted=bool(drafted or drafted_head), headline_drafted=bool(drafted_head)))
        out.append(rs)
    return out, outside
