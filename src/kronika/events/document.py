"""From a document's text to its language, dates, title and events."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from kronika import lang as langdata
from kronika.errors import KronikaError
from kronika.events.extract import build_event
from kronika.events.region import Region, lead_region
from kronika.events.secondary import (dated_in_issue, hosts_apart, invited_at_meeting, one_visit_each, secondary_events,
                                      separate_meetings, signed_at_split)
from kronika.model import Document
from kronika.nlp.analyze import analyze
from kronika.nlp.dates import find_dates, resolve, years_carried
from kronika.nlp.langid import detect
from kronika.nlp.published import (after_list, article_end, context_month, dates_in_urls, day_in_this_week, find_published,
                                    find_title, glossed_day, latest_day_in, record_line_end)
from kronika.text.tokens import normalise

MIN_ENTRIES = 3
_ENTRY_TAIL = re.compile(r"\s*:")


class ExtractionError(KronikaError, ValueError):
    """The document cannot be processed; the message says why and what to do."""


def extract_document(doc: Document, language: str | None = None,
                     published: dt.date | None = None) -> Document:
    """Fill in the document's language, publication date, title and events."""
    text = normalise(doc.text)
    if not text.strip():
        raise ExtractionError("no text")
    code = language or doc.language or detect(text)
    if code is None:
        raise ExtractionError("no words to judge the language by")
    if code not in langdata.available():
        raise ExtractionError(f"language '{code}' is not supported (supported: {', '.join(langdata.available())})")
    doc.language = code
    try:
        toks = langdata.tokens(text, code)  # the language's own tokenizer where it has one (ja, ko)
    except langdata.LanguageDataError as e:  # its analyser is not installed: say which extra to add
        raise ExtractionError(str(e)) from e
    # a page store's "URL: …" record line on top is no text of the page ("…/2019-12-16-srecanja/": the address's
    # date, read as the URL's): its dates and the date line are read with it blanked out (the offsets kept)
    if record := record_line_end(text):
        doc.url = doc.url or text[4:record].strip() or None
    seen = " " * record + text[record:] if record else text
    # once: publication date, chronicle entries and events share them
    dates = find_dates(seen, code, _tokens_below(toks, record, code) if record else toks, doc.url)
    end = article_end(text, code)  # once: where the list of other articles under it begins
    pub, pub_span = (published, None) if published else (_parse_iso(doc.published), None)
    if pub is None:
        pub, pub_span = find_published(seen, code, doc.url, dates, end)
    else:  # a date given with the text (a feed's, a page's metadata) may stand in it as its date line too
        stamp, span = find_published(seen, code, doc.url, dates, end)
        pub_span = span if stamp == pub else None
    doc.published = pub.isoformat() if pub else None
    doc.context_date = doc.published
    title, title_span = find_title(text)
    doc.title = doc.title or title
    entries = chronicle_entries(text, code, dates)
    if len(entries) >= MIN_ENTRIES:
        doc.events = chronicle_events(text, code, entries, pub, toks, dates)
    else:
        # officials' terms of office are read at the publication date, else at the first full date
        when = pub or next((r.date for d in dates if d.kind == "absolute" and d.y
                            for r in [resolve(d, None)] if r), None)
        period = None if pub else context_month(text, code, dates, doc.url)
        # a month-only date line: the text speaks from the day it glosses ("danas, 16. septembra"), else
        # from its last full date in that month, if it has one
        glossed = None if pub or not period else _glossed_in(text, dates, period)
        ctx = pub or (period and (glossed or latest_day_in(dates, period) or day_in_this_week(dates, period)))
        # the day the text says it speaks from; a month's last date only guesses it. A day glossed under a month's
        # date line ("danes, 14. julija 2020, …") is the day of writing the text states: its publication date
        doc.context_date = (pub or glossed).isoformat() if pub or glossed else None
        doc.published = doc.context_date
        dates = years_carried(text, dates, ctx)  # "on 3 May 2019 … On 4 May": the year of its paragraph's date
        a = analyze(text, code, when or ctx, toks, dates)
        # not the list of other articles under it, nor one above the headline ("Recent Posts")
        reg = lead_region(text, after_list(text, title_span[0]) if title_span else 0, end, a.captions)
        title_end = title_span[1] if title_span else 0
        ev = build_event(a, reg, ctx, pub_span, title_end, period=period)
        if not (ev.countries or ev.persons) and (wider := _lead_naming_someone(a, reg)) is not None:
            reg = wider  # an excerpt that opens in the middle of a report: its first paragraphs name no one
            ev = build_event(a, reg, ctx, pub_span, title_end, period=period)
        if ev.countries or ev.persons:
            ev, apart = separate_meetings(a, reg, ev)  # "met separately with A, B and C": one meeting with each
            ev, trips = one_visit_each(a, reg, ev)  # "will visit A and B": one announced visit to each
            apart += trips
            ev, calls = hosts_apart(a, reg, ev, ctx)  # "was received by the prime minister and the president": each
            apart += calls
            ev, invited = invited_at_meeting(a, ev)  # "at today's meeting … passed on the invitation": the meeting
            more = secondary_events(a, reg, ev, ctx)
            if invited and any(o.type == "AGREE" and o.date == ev.date for o in more):
                invited = []  # the meeting's report tells the invitation itself (_told_at_meeting)
            more = signed_at_split(a, reg, apart, more) + more  # a signing at one of the separate meetings
            ev, others = dated_in_issue(a, ev, invited + apart + more)
            doc.events = _without_repeats(a, [ev] + others)
        else:
            doc.events = []
    return doc


def _without_repeats(a, events: list) -> list:
    """The events, each told once: a later one of the same type, day, states and people whose act is told in a
    sentence an earlier one's act is told in is that event again, found by two rules ("telefonoval … a pozval ju na
    návštevu": the invitation and the visit it offers are one AGREE; meetings with different hosts stay apart)."""
    out: list = []
    kept: list[tuple[tuple, set[int]]] = []  # each kept event's key and the sentences its act is told in
    for ev in events:
        key = _repeat_key(ev)
        told = {a.sentence_of(st) for st, _en in (ev.evidence or {}).get("type") or []}
        if not any(key == k and told & t for k, t in kept):
            out.append(ev)
            kept.append((key, told))
    return out


def _repeat_key(ev) -> tuple:
    """What two findings of one event share: type, days, states and the people taking part."""
    return ev.type, ev.date, ev.date_end, tuple(sorted(ev.countries)), frozenset(p.name for p in ev.persons)


LEAD_REACH = 6  # lines a lead that names no state and no one may be continued by


def _lead_naming_someone(a, reg: Region) -> Region | None:
    """A lead that names no state and no person ("A minisztérium közleménye szerint a tárcavezető a diplomáciai
    képviselet megnyitóján hangsúlyozta …": the page store's excerpt begins in the middle of the report) tells who
    only further on: the lead is continued up to the first of the next few lines that names a state or a person,
    as a short lead is continued by the next paragraph (region.LEAD_MIN); not past the region (the list of other
    articles under it). None if none does."""
    names = sorted([m.char_start for m in a.countries] + [e[0] for p in a.persons for e in p.evidence])
    if any(reg.start <= s < reg.lead_end for s in names):
        return None  # someone is named: the lead's event has no one for another reason
    pos = reg.lead_end
    for _k in range(LEAD_REACH):
        nxt = a.text.find("\n", pos + 1)
        end = reg.end if nxt < 0 or nxt > reg.end else nxt
        if any(pos <= s < end for s in names):
            return Region(reg.start, end, reg.end)
        if end >= reg.end:
            return None
        pos = end
    return None


def _glossed_in(text: str, dates, period: tuple[int, int]) -> dt.date | None:
    """The day of writing a glossed relative day pins in a text dated to a month, if within a month of it."""
    y, m = period
    # the year that puts the glossed month nearest the date line's ("31. decembra" in a text of January)
    near = lambda mo, _d: min((y - 1, y, y + 1), key=lambda yy: abs(yy * 12 + mo - (y * 12 + m)))
    day = glossed_day(text, dates, near)
    return day if day and abs(day.year * 12 + day.month - (y * 12 + m)) <= 1 else None


def _parse_iso(s) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def chronicle_entries(text: str, code: str, dates=None) -> list[tuple[int, object]]:
    """Paragraphs that open with a date and a colon: the entries of a monitoring report."""
    out = []
    for dm in find_dates(text, code) if dates is None else dates:
        if dm.kind != "absolute" or dm.modified:
            continue
        line_start = text.rfind("\n", 0, dm.start) + 1
        if text[line_start:dm.start].strip() == "" and _ENTRY_TAIL.match(text, dm.end):
            out.append((dm.start, dm))
    return out


def chronicle_year(text: str, pub: dt.date | None) -> dt.date | None:
    """The reporting period's anchor: the publication date, else the dates of cited sources."""
    if pub:
        return pub
    years = Counter(d.year for d in dates_in_urls(text))
    if not years:
        years = Counter(int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text))
    if not years:
        return None
    return dt.date(years.most_common(1)[0][0], 7, 1)


def _tokens_below(toks: list, record: int, code: str) -> list | None:
    """The lexicon tokens of the text with its record line (up to `record`, its break) blanked out, taken from the
    whole text's instead of found again: a word stops at the break and the tokens' pattern looks at nothing before
    where it starts, so the tokens after the break are the same. None (find_dates tokenises) for a language with a
    tokenizer of its own."""
    return None if langdata.hook(code, "tokens") else [t for t in toks if t.start >= record]


def chronicle_events(text: str, code: str, entries: list, pub: dt.date | None, toks=None, dates=None) -> list:
    """One event per dated entry, dated by the entry and the report's year."""
    anchor = chronicle_year(text, pub)
    a = analyze(text, code, anchor, toks, dates)
    events = []
    bounds = [s for s, _ in entries] + [len(text)]
    months = Counter(dm.m for _, dm in entries)
    for i, (start, dm) in enumerate(entries):
        end = _entry_end(text, start, bounds[i + 1])
        ctx = anchor
        if anchor and not dm.y:
            # the report's main month sits in the anchor year; neighbours wrap around it
            main_m = months.most_common(1)[0][0]
            ctx = dt.date(anchor.year, main_m, 15)
        r = resolve(dm, ctx)
        # an entry is short and all of it is about its event: the whole entry is its lead,
        # and the headline sentence after the date weighs like a news headline
        reg = Region(start, end, end)
        ev = build_event(a, reg, r.date if r else ctx, None, _first_sentence_end(text, dm.end, end), fixed_date=r)
        events.append(ev)
    return events


def _entry_end(text: str, start: int, nxt: int) -> int:
    """An entry stops at the next entry, a section heading or a block of source URLs."""
    m = re.search(r"\n\s*(?:[IVX]+\.\s+[A-ZĄĆĘŁŃÓŚŹŻ]|KOMENTARZ)", text[start:nxt])
    return start + m.start() if m else nxt


def _first_sentence_end(text: str, pos: int, end: int) -> int:
    m = re.search(r"[.!?](?=\s)", text[pos:end])
    return pos + m.end() if m else end
