"""Earlier contacts an article recalls: "they last met in June 2016", "a phone call last year".

Besides its main event, a news item often dates earlier contacts between the same two states. A
sentence that holds a trigger and a date of another time, and names no state outside the pair,
reports one of them: it becomes an event of its own, dated by that mention.
"""
from __future__ import annotations

import bisect
from functools import cache
import datetime as dt
import re

from kronika.events.context import bare_weekday, one_sentence_line, future_auxiliaries, since_point, stay_words
from kronika import data
from kronika.events.extract import in_relative_clause
from kronika.events.location import _dateline_city, _envoy_state, _is_place, _visit_targets, venue_state
from kronika.events.region import Region
from kronika.events.validate import MODES
from kronika.events.topics import and_words
from kronika.events.types import _CLAUSE_BREAK, _CLAUSE_BREAK_RX, _breaks, _quoted, choose_type, is_setting, meeting_told, \
    under_future
from kronika.lang import has_form, load, word_list
from kronika.lang.cjk import ANNIVERSARY_CHARS
from kronika.model import Event, Location, Person
from kronika.nlp.analyze import Analysis
from kronika.nlp.dates import ResolvedDate, grammar, resolve, valid_date
from kronika.nlp.persons import across
from kronika.nlp.published import in_date_line, opens_dateline
from kronika.text.spans import SHIFTED, replace
from kronika.text.tokens import is_prose, lowered_slice

DATELINE_REACH = 40  # characters from a line's start to the date of a dateline ("PRAGUE/TOKYO (Daily Wire - …")
MAX_SECONDARY = 4  # a news item recalls a few contacts; more are a chronology, not background
MAX_YEARS_BACK = 20  # older dates are history ("recognised Estonia on 6 March 1919"), not recent contacts
RECALLED = ("last_year", "last_month", "yesterday", "days_ago", "weeks_ago", "months_ago", "years_ago",
            "day_before_yesterday", "last_weekend")  # relative dates that name another time
THEN = "then"  # "damals", "тогда", "wtedy": the time the text named last, in the sentence or the one before


def secondary_events(a: Analysis, reg: Region, main: Event, ctx: dt.date | None) -> list[Event]:
    """Events of the pair dated to another time than the main event, one per date, in text order."""
    if len(main.countries) < 2:
        return []
    if not main.date:
        return _in_undated_text(a, reg, main) if ctx is None else []
    out: list[Event] = []
    seen = {(main.date, main.date_precision)}
    dates = a.dates
    undated = ctx is None
    ctx = ctx or dt.date.fromisoformat(main.date)  # without a publication date, the main event's anchors
    own = {a.sentence_of(s) for s, _e in (main.evidence or {}).get("date", [])}
    for k, dm in enumerate(dates):
        if len(out) >= MAX_SECONDARY:
            break
        if not reg.start <= dm.start < reg.end or not _datable(dm, dates, a.text):
            continue
        if any(s <= dm.start < e for s, e in (main.evidence or {}).get("date", [])):
            continue  # the main event's own date, counted here from another anchor, is no other contact
        if dm.kind == "weekday" and a.sentence_of(dm.start) in own and not _met_in_relative_clause(a, dm, main):
            continue  # "Pahor, ki je v nedeljo prispel v New York, se je v ponedeljek sestal": the event's own sentence
        if undated and main.date_precision != "day" and dm.kind in ("weekday", "relative"):
            continue  # a weekday counted back from the first of a date line's month ("date 2019-10 … am Donnerstag")
        r = _shifted(a, k, main, ctx) if dm.relative in SHIFTED else _then(a, k, ctx) if dm.relative == THEN \
            else _with_year_neighbour(dates, k, ctx, a)
        if r is None or (_aside(a, dm.start) and not _recalled_in_quote(a, dm)) or (_overlaps(r, main) and not _day_of_visit(a, dm, r, main)) \
                or since_point(a, dm.start) or _dates_a_topic(a, dm) or _dates_an_anniversary(a, dm) \
                or _dates_entry_into_force(a, dm) or opens_dateline(a.text, dm.start, dm.end, reach=DATELINE_REACH):
            continue  # "Prague, Jan 2 (CTK) - …": the day the agency wrote, no contact's
        if (r.date >= ctx and not (undated and _next_day_of_visit(a, dm, r, ctx))
            and not _day_of_writing(a, dm, r, main, ctx)) \
                or (ctx - r.date).days > MAX_YEARS_BACK * 365:
            continue  # the day of writing is the main event's; what is older is history, not contacts
        if dm.relative == THEN and _then_joins(a, dm, r, main, out):
            continue
        if _arrival_of_the_visit(a, dm, r, main):
            continue  # "fogadta …, aki kedden érkezett hivatalos látogatásra": the visit's first day, told again
        if ev := _new_contact(a, dm, r, main, seen):
            out.append(ev)
    same_day = [ev for ev in (_signed_at_meeting(a, reg, main), _agreed_visit(a, reg, main),
                              _answered_by_a_third(a, reg, main), _forum_of_the_talks(a, reg, main)) if ev]
    same_day += _told_at_meeting(a, reg, main, None if undated else ctx)
    told = {(tuple(ev.countries), ev.date) for ev in same_day}  # a third state's reaction is not met again as a meeting
    met = [ev for ev in _met_the_same_day(a, reg, main, None if undated else ctx) if (tuple(ev.countries), ev.date) not in told]
    return same_day + met + out  # the same day's agreement takes no recalled one's place


MAX_SAME_DAY = 2  # a visit's other bilateral meetings a report goes on to tell; more are a summit's roll-call


def _met_the_same_day(a: Analysis, reg: Region, main: Event, ctx: dt.date | None = None) -> list[Event]:
    """Another state's official the traveller met on the visit, told in a sentence of the body with no date of
    its own ('On the same day, Sikorski also held talks with South Korean Foreign Minister Cho Tae-yul'): the
    traveller's contact with that state (_met_on_the_journey), on the main event's day. Told as still to come
    ('리파프스키 장관은 이어 15일 일본을 방문해 … 회담할 예정이다'), it is announced: AGREE on the day of writing
    (`ctx`, the publication's), whatever day the sentence gives. Not a sentence that opens with a word of
    recalling ('Earlier, …') or is quoted."""
    if main.type != "CONSULT" or main.date_precision != "day" or main.date_end or len(main.countries) != 2 \
            or main.location.country not in main.countries:
        return []
    others = [p for p in a.persons if p.country and p.country not in main.countries]
    if not others:
        return []  # no one of a third state named: nobody else was met
    own = {a.sentence_of(s) for s, _e in (main.evidence or {}).get("date", [])}
    if not own:
        return []
    day = dt.date.fromisoformat(main.date)
    r = ResolvedDate(day, None, "day", None)
    out: list[Event] = []
    met: set[str] = set()
    # the sentences after the event's own that name someone of a third state (_met_on_the_journey wants one)
    first = min(own) + 1
    named = sorted({i for p in others for st, _e in p.evidence if reg.start <= st < reg.end
                    and (i := a.sentence_of(st)) >= first})
    if not named:
        return []
    dated = {a.sentence_of(dm.start) for dm in a.dates if reg.start <= dm.start < reg.end and dm.relative != "same_day"}
    for i in named:
        if len(out) >= MAX_SAME_DAY:
            break
        sent = a.sentences[i]
        ahead = any(sent.start <= m.char_start < sent.end for m in a.future)
        if (i in dated and not ahead) or (ahead and ctx is None):
            continue
        if not meeting_told(a, sent.start, sent.end):
            continue
        if _quoted(a.text, sent.start) or _opening_cue(a, sent.start, a.text[sent.start:sent.end].lower()) is not None:
            continue
        if _third_office_reacts(a, sent, main):
            continue  # "Mluvčí ruského ministerstva … Kišidu za návštěvu kritizovala": the visit criticised, no one met
        if ahead:
            ev = _announced_onward(a, sent, main, ctx)
            if ev is not None and ev.countries[0] not in met and ev.countries[1] not in met:
                met |= {c for c in ev.countries if c not in main.countries}
                out.append(ev)
            continue
        ev = _event_of_sentence(a, i, r, main, met=True) or _host_met(a, sent, main)
        if ev is None or ev.type != "CONSULT" or set(ev.countries) == set(main.countries) or len(ev.countries) != 2:
            continue
        other = next(c for c in ev.countries if c not in main.countries) if set(ev.countries) - set(main.countries) \
            else None
        if other is None or other in met:
            continue
        met.add(other)
        ev.mode = "third-party" if ev.location.country and ev.location.country not in ev.countries else ev.mode
        ev.date_basis = main.date_basis
        out.append(ev)
    return out


LATER_DAYS = 7  # the days of one journey a report may go on to tell


def _agreed_visit(a: Analysis, reg: Region, main: Event) -> Event | None:
    """A meeting whose lead says what it agreed for later ('Стороны договорились о визите японского министра
    в Москву в мае', 'The ministers agreed that Kamikawa will visit Warsaw in May'): the visit to come is an
    announced event of its own (AGREE, PLOVER), dated on the day it was agreed, the meeting's."""
    if main.type != "CONSULT" or not main.date:
        return None
    for t in a.by_start("triggers").between(reg.start, reg.lead_end):
        if t.key.partition("/")[0] != "CONSULT" or t.char_start < _lead_body(a, reg) \
                or not ((under_future(a, t) and _agreed_before(a, t)) or _agreed_on(a, t)):
            continue
        s = a.sentences[a.sentence_of(t.char_start)]
        own = (main.evidence or {}).get("date", [])
        line = a.text.rfind("\n", 0, t.char_start) + 1  # a stamp's line above, run into the sentence, is not its
        if any(max(s.start, line) <= dm.start < s.end and dm.kind in ("absolute", "weekday")
               and not any(st <= dm.start < en for st, en in own) for dm in a.dates):
            return None  # a day of its own (not the meeting's, "22일 한중 외교장관회담에서"): dated apart, if at all
        persons = _named_in(a, s)
        if not persons:  # "Ambasadorius pakvietė Seimo Pirmininkę apsilankyti …": offices only, the meeting's people
            persons = [Person(p.name, p.name_original, p.country, p.role, []) for p in main.persons]
        ev = Event(type="AGREE", mode=None, date=main.date, date_end=None, date_precision=main.date_precision,
                   countries=list(main.countries), organizations=[], persons=persons, location=Location(),
                   topics=[], date_basis=main.date_basis)
        ev.evidence = {"date": [], "type": [(t.char_start, t.char_end)], "location": [],
                       "persons": [p.evidence[0] for p in persons if p.evidence]}
        ev.region = (s.start, s.end)
        return ev
    return None


def signed_at_split(a: Analysis, reg: Region, meetings: list[Event], told: list[Event]) -> list[Event]:
    """The signing told of one of a visit's separate meetings ('なお、日・チェコ外相会談後には … 行動計画 … の署名式が
    行われました' after the meetings with Slovakia, Hungary and Czechia, separate_meetings): an AGREE of that
    meeting's pair, on its day (_signed_at_meeting), unless one of that pair and day is told already."""
    out: list[Event] = []
    for m in meetings:
        if m.type != "CONSULT" or any(o.type == "AGREE" and o.date == m.date and o.countries == m.countries
                                      for o in told + out):
            continue
        if ev := _signed_at_meeting(a, reg, m):
            out.append(ev)
    return out


SETTING_REACH = 3  # words between a SETTING word and the meeting's noun ("на состоявшейся сегодня встрече")


def invited_at_meeting(a: Analysis, main: Event) -> tuple[Event, list[Event]]:
    """A report whose main event is an invitation extended at a meeting it names as the setting ('на состоявшейся
    сегодня встрече с послом России еще раз передал … приглашение посетить Латвию', 'at Monday's meeting with the
    ambassador, he invited …'): the meeting is the main event (CONSULT), the invitation one of its own (AGREE), as
    a meeting's report that goes on to tell an invitation has them (_told_at_meeting)."""
    if main.type != "AGREE" or not main.date or main.date_precision != "day" or len(main.countries) != 2:
        return main, []
    ev = (main.evidence or {}).get("type") or []
    if not ev:
        return main, []
    setting = load(a.lang).setting
    sentences = [a.sentences[i] for i in sorted({a.sentence_of(st) for st, _en in ev})]
    for t in (t for s in sentences if _says(a, s.start, s.end, "INVITED") is not None
              for t in a.by_start("triggers").between(s.start, s.end)):
        if t.key.partition("/")[0] != "CONSULT" or under_future(a, t):
            continue
        k = bisect.bisect_left(a.token_starts, t.char_start)
        before = [x.low for x in a.tokens[max(0, k - SETTING_REACH - 2):k]]
        if not any(tuple(before[j:j + len(f)]) == f for f in setting for j in range(len(before))):
            continue
        mode = t.key.partition("/")[2]
        meeting = Event(type="CONSULT", mode=mode if mode in MODES else None,  # "telefonoval": its call's mode
                        date=main.date, date_end=main.date_end,
                        date_precision=main.date_precision, countries=list(main.countries),
                        organizations=list(main.organizations), persons=[_copied(p) for p in main.persons],
                        location=Location(main.location.city, main.location.country, list(main.location.evidence)),
                        topics=list(main.topics), date_basis=main.date_basis)
        meeting.evidence = dict(main.evidence or {}, type=[(t.char_start, t.char_end)])
        meeting.region = getattr(main, "region", None)
        return meeting, [main]
    return main, []


def _signed_at_meeting(a: Analysis, reg: Region, main: Event) -> Event | None:
    """A meeting whose report goes on to tell a signing ('Двамата подписаха съвместна декларация', 'Tom prilikom
    potpisan je sporazum', 'У ході зустрічі було підписано документ'): the agreement is an event of its own (AGREE),
    on the meeting's day and at its place; past the lead, only in a prose sentence of the pair alone.
    Only a verb of signing told as done (events.yaml SIGNED; 'agreed on the strategic character' is talk), in a
    sentence with no date of its own (a signing 'in May' is an earlier contact, dated below)."""
    if main.type != "CONSULT" or not main.date:
        return None
    lang = load(a.lang)
    signed = _signed_forms(a.lang)
    if not signed:
        return None
    body = _lead_body(a, reg)
    for t in a.by_start("triggers").between(body, reg.end):
        word = a.text[t.char_start:t.char_end].lower()
        if t.key.partition("/")[0] != "AGREE" or not has_form(word, signed) or _negated(a, t, lang.not_agreed) \
                or under_future(a, t) or _quoted(a.text, t.char_start):  # said in a quotation, not done
            continue
        s = a.sentences[a.sentence_of(t.char_start)]
        if t.char_start >= reg.lead_end and (not _of_the_pair(a, s, main, None if lang.postpositions else t.char_start)
                                             or not _in_running_text(a.text, t.char_start)):
            continue  # further on, a signing of others ("Japan and the EU signed …"), a caption's or a related link's
        if _recalled(a, s.start, s.end):
            continue  # "Obě země již dříve podepsaly dohodu …": an earlier signing, not one at this meeting
        if any(s.start <= dm.start < s.end and not _quoted(a.text, dm.start) for dm in a.dates):
            return None  # a day of its own: dated apart, if at all, by the recalled contacts below; not the years
            # in the quoted title of what was signed ('「日・チェコ協力のための行動計画(2021~2025年)」の署名式')
        named = [p for p in main.persons if any(s.start <= e[0] < s.end for e in p.evidence)]
        persons = [_copied(p) for p in (named or main.persons)]
        ev = Event(type="AGREE", mode=None, date=main.date, date_end=None, date_precision=main.date_precision,
                   countries=list(main.countries), organizations=list(main.organizations), persons=persons,
                   location=Location(main.location.city, main.location.country, []), topics=list(main.topics),
                   date_basis=main.date_basis)
        ev.evidence = {"date": [], "type": [(t.char_start, t.char_end)], "location": [],
                       "persons": [p.evidence[0] for p in persons if p.evidence]}
        ev.region = (s.start, s.end)
        return ev
    return None


def _paragraph(text: str, pos: int) -> str:
    """The paragraph (line) holding pos."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def _in_running_text(text: str, pos: int) -> bool:
    """Is pos in a paragraph of prose, or in a one-sentence paragraph after one that ends a sentence? Not a line
    of page residue after a label ('Related news\nPoland and Japan signed memorandum …')."""
    para = _paragraph(text, pos)
    if is_prose(para):
        return True
    if not one_sentence_line(para.strip()):
        return False
    before = text[:text.rfind("\n", 0, pos) + 1].rstrip()
    return before.endswith(SENTENCE_END)


def _recalled(a: Analysis, lo: int, hi: int) -> bool:
    """Does the text between lo and hi hold a word of recalling (events.yaml BACKGROUND: 'earlier', 'již dříve',
    'during his previous visit') anywhere: what it tells is background, not the day's act?"""
    return _says(a, lo, hi, "BACKGROUND") is not None


def _of_the_pair(a: Analysis, s, main: Event, verb: int | None = None) -> bool:
    """Is sentence `s` in a paragraph of prose, and names no state and no one of a state outside the main event's
    pair? Given the verb's place, only states before it count: after it a state is what the deed is about
    ('podepsali Memorandum … o spolupráci na rekonstrukci Ukrajiny')."""
    para_start = a.text.rfind("\n", 0, s.start) + 1
    para_end = a.text.find("\n", s.end)
    para = a.text[para_start:para_end if para_end >= 0 else len(a.text)]
    if not is_prose(para) and not one_sentence_line(para.strip()):
        return False
    if any(m.key not in main.countries and m.key != "NONE"
           for m in a.by_start("countries").between(s.start, s.end if verb is None else verb)):
        return False
    return not any(p.country and p.country not in main.countries and any(s.start <= e[0] < s.end for e in p.evidence)
                   for p in a.persons)


@cache
def _signed_forms(code: str) -> tuple[str, ...]:
    """events.yaml SIGNED: the forms of the verb of signing, told as done; a form of words a language writes
    without spaces ("署名 式", by token) also as written ("署名式")."""
    forms = [str(f).lower() for f in load(code).raw["events"].get("SIGNED") or ()]
    if load(code).postpositions:
        forms += [f.replace(" ", "") for f in forms if " " in f]
    return tuple(dict.fromkeys(forms))


def _negated(a: Analysis, t, phrases: tuple[str, ...]) -> bool:
    """Does a negation of agreeing (events.yaml NOT_AGREED: 'nisu potpisali', 'не подписаха') end on the trigger?"""
    near = a.text[max(0, t.char_start - 25):t.char_end].lower()
    return any(p.rstrip("*") in near for p in phrases)


def _agreed_on(a: Analysis, t) -> bool:
    """Is a meeting trigger the object of a verb of agreeing right before it in its clause ('договорились о
    визите', 'dohodli se na návštěvě'), or right after it where the verb follows its object (events.yaml
    GOVERNS_BEFORE holds AGREE: '국빈 방문을 추진키로 합의했다')?"""
    s = a.sentences[a.sentence_of(t.char_start)]
    if any(o.key.partition("/")[0] == "AGREE" and o.char_end <= t.char_start
           and t.start - o.end <= AGREED_SPAN and not _breaks(a.text, o.char_end, t.char_start)
           for o in a.by_start("triggers").between(s.start, t.char_start)):
        return True
    if "AGREE" not in load(a.lang).governs_before:
        return False
    return any(o.key.partition("/")[0] == "AGREE" and o.start - t.end <= AGREED_SPAN_AFTER
               and not _breaks(a.text, t.char_end, o.char_start)
               for o in a.by_start("triggers").between(t.char_end, s.end))


def _agreed_before(a: Analysis, t) -> bool:
    """Does a verb of agreeing stand before a meeting told in the future, in its sentence ('The ministers agreed
    that Kamikawa will visit Warsaw')? A wish voiced at the meeting ('…について意見交換したいと応じました': he
    would like to exchange views) is the meeting's own talk, not a meeting agreed for later."""
    s = a.sentences[a.sentence_of(t.char_start)]
    return any(o.key.partition("/")[0] == "AGREE" and o.char_end <= t.char_start
               for o in a.by_start("triggers").between(s.start, t.char_start))


AGREED_SPAN = 3  # tokens between the verb of agreeing and the meeting noun it governs ("договорились о визите")
AGREED_SPAN_AFTER = 6  # the same where the verb follows its object: particles and a light verb are tokens of their
# own there ("방문 을 추진 하 기 로 합의")


def _lead_body(a: Analysis, reg: Region) -> int:
    """Where the lead's prose starts: a headline's future ('Japanese minister to visit Warsaw') is the main
    event's own telling, not a second event. A headline with no stop of its own ends at its line's end, where
    the splitter ran it into the lead's first sentence ('한일, 5월 기시다 총리 방한 추진 합의\n조태열 …')."""
    end = a.sentences[a.sentence_of(reg.start)].end
    line = a.text.find("\n", reg.start, end)
    return line if line > reg.start and a.text[reg.start:line].strip() else end


def _day_of_writing(a: Analysis, dm, r: ResolvedDate, main: Event, ctx: dt.date) -> bool:
    """The day of writing, written out in a sentence of the body, when the main event was another day
    ('On 14 May the ministers met in Tokyo … On 16 May the minister also met the prime minister'): a
    contact of its own, if its sentence names who met; not a sentence that only reports ('3일 외교부에 따르면
    양측은 …': what the ministry said that day), nor the day of a dateline or a stamp."""
    if not (dm.kind in ("absolute", "weekday") and r.precision == "day" and r.date == ctx
            and main.date != ctx.isoformat()):
        return False
    if dm.aside:
        return False  # "…합의했다고 외교부가 21일 밝혔다": the day the reporter told it, which the finder set aside
    s = a.sentences[a.sentence_of(dm.start)]
    named = any(s.start <= e[0] < s.end for p in a.persons for e in p.evidence) \
        or (dm.kind == "weekday" and bool(a.by_start("roles").between(s.start, s.end)))
    # "On Thursday the Korean President accepted …": a weekday is told in prose, where an office names who met;
    # a number date with only an office beside it may be a caption's stamp ("양 장관이 서명식 … 2021.11.04.")
    return named and not opens_dateline(a.text, dm.start, dm.end, reach=DATELINE_REACH) \
        and not in_date_line(a.text, dm.start) \
        and not _alone_on_line(a.text, dm.start, dm.end)


STAMP_LABEL = 6  # letters beside a date and its time on a stamp's line: "입력", "등록", "配信", "Updated"
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Is the date all its line holds ("平成29年2月23日" under a headline), but for a time and a short label
    ("입력 2025.03.02 09:00")? Then it is the page's stamp."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    rest = _TIME.sub("", line[:start - line_start] + line[end - line_start:])
    return len(rest.strip()) <= STAMP_LABEL and not any(c.isdigit() for c in rest)


def _in_undated_text(a: Analysis, reg: Region, main: Event) -> list[Event]:
    """Contacts of the pair that a text dating neither itself nor its main event gives a year for ('Prva runda
    razgovora održana je u Moskvi, u januaru 2024.'): each one an event, none older than the text's latest
    year allows for recent contacts."""
    found = [(k, r) for k, dm in enumerate(a.dates) if reg.start <= dm.start < reg.end and _datable(dm, a.dates, a.text)
             and (r := _with_year_neighbour(a.dates, k, None)) is not None]
    if not found:
        return []
    latest = max(r.date for _, r in found)
    # the latest year the page writes anywhere, its lists of other articles too ("21. 01. 2026. u 16:48" under
    # a story that recalls "posetu … Beogradu 1976. godine"): the page is at least that recent
    written = max((d.y for d in a.dates if d.y and d.kind in ("absolute", "month")), default=None)
    if written and written > latest.year:
        latest = dt.date(written, 1, 1)
    out: list[Event] = []
    seen: set = set()
    for k, r in found:
        dm = a.dates[k]
        if len(out) >= MAX_SECONDARY:
            break
        if _aside(a, dm.start) or since_point(a, dm.start) or _dates_a_topic(a, dm) \
                or (latest - r.date).days > MAX_YEARS_BACK * 365:
            continue
        if ev := _new_contact(a, dm, r, main, seen):
            out.append(ev)
    return out


ARRIVAL_DAYS = 2  # days before a meeting on which the visitor's arrival may be told
ARRIVAL_REACH = 6  # tokens from a day to the verb of arriving that it dates


def _arrival_of_the_visit(a: Analysis, dm, r: ResolvedDate, main: Event) -> bool:
    """Is the day a meeting's visitor arrived, a day or two before it (a verb beginning a stay, dates.yaml
    STAY_BEGAN, beside the day: "aki kedden érkezett hivatalos látogatásra", "who arrived on Tuesday")? The
    arrival is the first day of the same visit, no contact of its own."""
    if main.type != "CONSULT" or main.date_precision != "day" or r.precision != "day" or r.end:
        return False
    if not 0 < (dt.date.fromisoformat(main.date) - r.date).days <= ARRIVAL_DAYS:
        return False
    began, _ = stay_words(a.lang)
    sent = a.sentences[a.sentence_of(dm.start)]
    i = bisect.bisect_left(a.token_starts, dm.start)
    lo, hi = bisect.bisect_left(a.token_starts, sent.start), bisect.bisect_left(a.token_starts, sent.end)
    for k in range(max(lo, i - ARRIVAL_REACH), min(hi, i + ARRIVAL_REACH + 1)):
        one = a.tokens[k].low
        if (one in began or (k + 1 < hi and f"{one} {a.tokens[k + 1].low}" in began)) \
                and not _breaks(a.text, *sorted((dm.start, a.tokens[k].start))):
            return True
    return False


def _next_day_of_visit(a: Analysis, dm, r: ResolvedDate, main_day: dt.date) -> bool:
    """In a text that never says when it was written, a day shortly after the main event's, in a sentence that
    tells no plan, is a later day of the same journey ('besuchte am 14. und 15. Jänner Bulgarien … Am 15.
    Jänner traf Abe auch den Staatspräsidenten'): a meeting of its own, not the day of writing."""
    s = a.sentence_of(dm.start)
    if not (r.precision == "day" and 0 < (r.date - main_day).days <= LATER_DAYS):
        return False
    sent = a.sentences[s]
    aux = future_auxiliaries(a.lang)  # "Am 16. Mai wird Kono … treffen": a verb split around its object
    return not a.by_start("future").between(sent.start, sent.end) \
        and not any(t.low in aux for t in a.tokens[bisect.bisect_left(a.token_starts, sent.start):
                                                    bisect.bisect_left(a.token_starts, sent.end)])


def _with_year_neighbour(dates: list, k: int, ctx: dt.date | None, a: Analysis | None = None) -> ResolvedDate | None:
    """A mention resolved, a month taking its year from a year next to it ("loni v červnu",
    "in September last year"), or from the year a time clause it opens hangs on ("v minulom roku, keď v októbri
    navštívil Slovensko …", "last year, when in October …": _time_clause_between); the year itself then gives no
    event of its own."""
    dm = dates[k]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(dates):
            continue
        o = dates[j]
        gap = dm.start - o.end if j < k else o.start - dm.end
        span = (o.end, dm.start) if j < k else (dm.end, o.start)
        if not (0 <= gap <= 4 or (a is not None and (_time_clause_between(a, *span) or _set_off(a, *span)))):
            continue
        if dm.kind in ("year", "relative") and o.kind in ("month", "absolute") and o.m and not o.y:
            return None
        if dm.kind == "month" and not dm.y and (oy := resolve(o, ctx)) and oy.precision == "year":
            return ResolvedDate(dt.date(oy.date.year, dm.m, 1), None, "month", dm)
        if dm.kind == "absolute" and dm.m and dm.d and not dm.y and not dm.d2 and (oy := resolve(o, ctx)) \
                and oy.precision == "year" and valid_date(oy.date.year, dm.m, dm.d):
            # "on December 15 last year", "15. prosince loni": the day of that year
            return ResolvedDate(dt.date(oy.date.year, dm.m, dm.d), None, "day", dm)
    return resolve(dm, ctx)


_SET_OFF = re.compile(r"\s*,\s*((?:[^\W\d]{1,4}\s+){0,2})")  # ", in ", ", im ", ", în luna ": a comma, short words
SET_OFF_REACH = 14  # characters between a year and the month it is set off from


def _set_off(a: Analysis, lo: int, hi: int) -> bool:
    """Is the text between a year and a month a comma and at most two short words, each a word that leads to a month
    (LOCATIVE, MONTH_CUES: "last year, in November", "im vergangenen Jahr, im November", "anul trecut, în luna
    martie")? The month is then told as a closer time of that year, set off by the comma, not a date of its own;
    "in 2019, but in January" opens another clause."""
    m = _SET_OFF.fullmatch(a.text, lo, hi) if hi - lo <= SET_OFF_REACH else None
    return m is not None and all(w.lower() in grammar(a.lang).month_cues for w in m.group(1).split())


def _time_clause_between(a: Analysis, lo: int, hi: int) -> bool:
    """Is the text between a year and a month after it a comma, a word that opens a time clause (events.yaml
    TIME_CLAUSE: "keď", "when", "kiedy") and at most one short word ("v", "in")? Then the month is of that year."""
    words = load(a.lang).time_clause
    if not words or hi - lo > 30:
        return False
    between = a.text[lo:hi].lower()
    m = re.fullmatch(r"\s*,\s*(.+?)\s+(?:[^\W\d]{1,3}\s+)?", between)
    return bool(m) and m.group(1) in words


def _copied(p: Person) -> Person:
    """A participant of the main event as one of another event: his own list of evidence."""
    return Person(p.name, p.name_original, p.country, p.role, list(p.evidence))


_QUOTES = "„“”\"«»"


def _aside(a: Analysis, pos: int) -> bool:
    """Inside parentheses or a quotation: a reference or somebody's words, not a reported contact."""
    s = a.sentences[a.sentence_of(pos)]
    before = a.text[s.start:pos]
    quoted = a.text[a.text.rfind("\n", 0, pos) + 1:pos]  # a quotation may run over several sentences
    if _date_in_brackets(a, pos):
        return False  # "정상회담(6.30.)", "the summit (30 June)": the bracket dates the word before it
    # full-width brackets as well: "14日夜（日本時間15日未明）、…会談した" glosses the day in home time
    opened = before.count("(") + before.count("（") - before.count(")") - before.count("）")
    return opened > 0 or sum(quoted.count(q) for q in _QUOTES) % 2 == 1


def _recalled_in_quote(a: Analysis, dm) -> bool:
    """Is a written month or year in a quotation the time of a meeting the speaker recalls, its sentence telling a
    meeting and no plan ('„În amintire mi-a rămas întâlnirea de la Londra, din luna aprilie 2013 …“', '"We first
    met in Tokyo in May 2019"')? A contact told in the speaker's words, not somebody's view; a bracket stays aside."""
    if dm.kind not in ("month", "year") or not dm.y:
        return False
    s = a.sentences[a.sentence_of(dm.start)]
    if a.text[s.start:dm.start].count("(") > a.text[s.start:dm.start].count(")"):
        return False
    # the meeting is told before the date's clause ends ("întâlnirea de la Londra, din luna aprilie 2013"); one of a
    # later clause is another time's ("The situation in 2022 was very different from today, when we meet")
    brk = _CLAUSE_BREAK_RX.search(a.text, dm.end, s.end)
    hi = brk.start() if brk else s.end
    met = [t for t in a.by_start("triggers").between(s.start, hi) if t.key.partition("/")[0] == "CONSULT"]
    if not met:
        return False
    # from the meeting's clause to the date's end, no word of today: the clause compares the time with now
    last = max(a.text.rfind(c, s.start, min(met[-1].char_start, dm.start)) for c in _CLAUSE_BREAK)
    lo = last + 1 if last >= 0 else s.start
    return not any(lo <= d.start < hi and d.relative == "today" for d in a.dates) \
        and not any(s.start <= m.char_start < s.end for m in a.future)


def _date_in_brackets(a: Analysis, pos: int) -> bool:
    """Is a day at pos all that its brackets hold, right after a word ('회담(9.19.)', 'talks (19 September)')?"""
    dm = next((d for d in a.dates if d.start == pos and d.kind == "absolute"), None)
    if dm is None or pos < 2 or a.text[pos - 1] not in "(（":
        return False
    close = a.text[dm.end:dm.end + 2].lstrip(".")
    before = a.text[pos - 3] if a.text[pos - 2] == " " and pos >= 3 else a.text[pos - 2]
    return close[:1] in (")", "）") and before.isalnum()


def _shifted(a: Analysis, k: int, main: Event, ctx: dt.date) -> ResolvedDate | None:
    """'The next day', 'the day before' counted from the day the text last named before it, else from the main
    event's ('Am Montag traf sie … Am nächsten Tag reiste sie weiter nach …')."""
    prev = dt.date.fromisoformat(main.date)
    for dm in reversed(a.dates[:k]):
        r = resolve(dm, ctx) if dm.relative not in SHIFTED else None
        if r is not None and r.precision == "day" and not dm.until:
            prev = r.date
            break
    return resolve(a.dates[k], ctx, prev)


def _then(a: Analysis, k: int, ctx: dt.date) -> ResolvedDate | None:
    """The time "damals", "тогда", "wtedy" points back to: the last date the text wrote before it, in its own
    sentence or the one before ("seit dem 5. Dezember 2019 eng. Damals traf Duda in Tokio Abe")."""
    s = a.sentence_of(a.dates[k].start)
    for j in range(k - 1, -1, -1):
        o = a.dates[j]
        if a.sentence_of(o.start) < s - 1:
            return None
        if o.relative == THEN or o.until or o.modified:
            continue
        r = _with_year_neighbour(a.dates, j, ctx)
        if r is not None:
            return replace(r, mention=a.dates[k])
    return None


def _then_joins(a: Analysis, dm, r: ResolvedDate, main: Event, out: list[Event]) -> bool:
    """Does a "then" sentence go on about a contact kept already for that time ("Последний визит состоялся в мае
    2019 года. Тогда Абэ встретился с Моравецким")? Its people join that contact."""
    kept = next((ev for ev in out if (ev.date, ev.date_precision) == (r.date.isoformat(), r.precision)), None)
    if kept is None:
        return False
    told = _event_of_sentence(a, a.sentence_of(dm.start), r, main, dm)
    kept.persons += [p for p in (told.persons if told else []) if all(q.name != p.name for q in kept.persons)]
    return True


RELATIVE_GAP = 3  # characters from a clause break to the relative pronoun opening the clause


def _dates_a_topic(a: Analysis, dm) -> bool:
    """Is the date told of a topic's noun in a clause after the contact's words, with no word of a contact in its
    own clause ('The meeting was the occasion of an exchange of opinions …, invoking the tendency of the trade
    increase in 2020')? It dates the trade, not a contact: the sentence's contact is the one the main event is."""
    s = a.sentences[a.sentence_of(dm.start)]
    before = a.by_start("triggers").between(s.start, dm.start)
    if not before or not _breaks(a.text, before[-1].char_end, dm.start):
        return False
    clause_end = next((i for i in range(dm.end, s.end) if a.text[i] in _CLAUSE_BREAK), s.end)
    if a.by_start("triggers").between(dm.end, clause_end):
        return False  # "…, in 2020 the ministers met again": the date's own clause tells a contact
    lo = max(i for i in range(before[-1].char_end, dm.start) if a.text[i] in _CLAUSE_BREAK or a.text[i] == "\n")
    if a.by_start("topics").between(lo, dm.start):
        return True
    # "… o budoucí spolupráci, která naváže na výstavu …, která se uskutečnila v létě loňského roku": a relative
    # clause dates the noun it follows, a topic's noun of the clause before
    if not a.by_start("relative").between(lo, min(dm.start, lo + RELATIVE_GAP)):
        return False
    prev = max((i for i in range(before[-1].char_end, lo) if a.text[i] in _CLAUSE_BREAK), default=before[-1].char_end)
    return bool(a.by_start("topics").between(prev, lo))


IN_FORCE_REACH = 30  # characters between a date and the words of an entry into force it dates


def _dates_entry_into_force(a: Analysis, dm) -> bool:
    """Is the date the one an agreement entered into force (events.yaml IN_FORCE: '2019年の社会保障協定発効も追い風と
    して', 'the agreement, which entered into force in 2019', 'weszła w życie w 2019 r.')? A treaty's date, no
    contact's; a date nearer a verb of signing ('signed in 2018 and entered into force in 2019') keeps the signing's."""
    forms = word_list(a.lang, "events", "IN_FORCE")
    if not forms:
        return False
    s = a.sentences[a.sentence_of(dm.start)]
    lo, hi = max(s.start, dm.start - IN_FORCE_REACH), min(s.end, dm.end + IN_FORCE_REACH)
    low = a.text[lo:hi].lower()
    start, end = dm.start - lo, dm.end - lo

    def nearest(words) -> int:
        """Characters from the date to the nearest of the words around it."""
        return min((max(at - end, start - at - len(w), 0) for w in words for at in _finds(low, w)), default=hi)
    stems = [f.rstrip("*") for f in forms]
    in_force = nearest(stems)
    if in_force >= hi or in_force >= nearest(_signed_forms(a.lang)):
        return False
    # "signed by the two in 2018 entered into force in 2019": a verb of signing before the date, no entry into
    # force between them, makes it the signing's
    before = a.text[s.start:dm.start].lower()
    last = max((at + len(w) for w in _signed_forms(a.lang) for at in _finds(before, w)), default=None)
    return last is None or any(st in before[last:] for st in stems)


def _finds(text: str, word: str) -> list[int]:
    """Where `word` occurs in `text`."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _new_contact(a: Analysis, dm, r: ResolvedDate, main: Event, seen: set) -> Event | None:
    """The contact the sentence of a date tells on the resolved day, unless it names no one where a day needs
    them (_no_one_named) or a contact of that day is kept already (`seen`, which it joins)."""
    ev = _event_of_sentence(a, a.sentence_of(dm.start), r, main, dm)
    if not ev or _no_one_named(a, ev, dm) or (ev.date, ev.date_precision) in seen:
        return None
    seen.add((ev.date, ev.date_precision))
    return ev


_WORD = re.compile(r"\w+")
ANNIVERSARY_WORDS = 5  # words between a date and the anniversary it dates ("the 30th anniversary of relations last year")


@cache
def _anniversary_words(code: str) -> tuple[str, ...]:
    """dates.yaml ANNIVERSARY: the words of an anniversary ('anniversary', 'годовщин*', '周年')."""
    return word_list(code, "dates", "ANNIVERSARY")


def _dates_an_anniversary(a: Analysis, dm) -> bool:
    """Is the date the time an anniversary was marked ('since the 30th anniversary of diplomatic relations last
    year', 'су 2022. године обележили 140. годишњицу пријатељства')? A word of anniversary a few words from it in
    its clause, with no meeting told between them: the date tells a jubilee, no contact of that time."""
    words = _anniversary_words(a.lang)
    if not words:
        return False
    s = a.sentences[a.sentence_of(dm.start)]
    last = max(a.text.rfind(c, s.start, dm.start) for c in _CLAUSE_BREAK)
    lo = last + 1 if last >= 0 else s.start
    brk = _CLAUSE_BREAK_RX.search(a.text, dm.end, s.end)
    hi = brk.start() if brk else s.end
    if load(a.lang).postpositions:  # the word glued to its number (30주년, 100周年): anywhere in a short stretch
        spans = [(k, k + len(w)) for w in words if not w.endswith("*") for k in [a.text.find(w, lo, hi)]
                 if k >= 0 and min(abs(k - dm.end), abs(dm.start - k - len(w))) <= ANNIVERSARY_CHARS]
    else:
        near = list(_WORD.finditer(a.text, lo, dm.start))[-ANNIVERSARY_WORDS:] \
            + list(_WORD.finditer(a.text, dm.end, hi))[:ANNIVERSARY_WORDS]
        spans = [m.span() for m in near if has_form(m.group().lower(), words)]
    for ws, we in spans:
        gap = (we, dm.start) if we <= dm.start else (dm.end, ws)
        if meeting_told(a, *gap):
            continue  # "the anniversary of the visit in 1996": a meeting between them is what the date tells
        if dm.end <= ws and _occasion_of_contact(a, lo, we, hi):
            continue  # "지난해 수교 35주년 계기로 이뤄진 두다 대통령의 국빈 방한": the jubilee is the occasion of a contact told after it
        return True
    return False


def _occasion_of_contact(a: Analysis, lo: int, we: int, hi: int) -> bool:
    """Is a jubilee ending at `we` the occasion of a meeting told after it in its clause (lo…hi): a word of
    dates.yaml ANNIVERSARY_OCCASION between the clause's start and the meeting ("수교 35주년 계기로 이뤄진 …
    방한", "z okazji 35. rocznicy … złożył wizytę"), and no other day between ("35주년을 맞은 양국 장관은 이날 …
    논의했다": today's talks)?"""
    occasions = word_list(a.lang, "dates", "ANNIVERSARY_OCCASION")
    meeting = next((t for t in a.by_start("triggers").between(we, hi) if t.key.partition("/")[0] == "CONSULT"), None)
    if not occasions or meeting is None:
        return False
    low = a.text[lo:meeting.char_start].lower()
    return any(w in low for w in occasions) and not any(we <= d.start < meeting.char_start for d in a.dates)


def one_visit_each(a: Analysis, reg: Region, main: Event) -> tuple[Event, list[Event]]:
    """A journey announced to several states at once ('посетит Россию и Белоруссию', '폴란드와 프랑스를 방문한다',
    'will visit Poland and Hungary'): the visit to each is announced. Where a sentence of the announcement that holds
    a word of visiting lists states (only commas and words of "and", topics.yaml AND, between their names) that hold
    every side of the main event but one, the traveller's, the main event becomes the traveller's AGREE with the
    first of them, and each other is one of its own, on the announcement's day."""
    if main.type != "AGREE" or len(main.countries) < 2:
        return main, []
    sents = sorted({a.sentence_of(st) for st, _e in (main.evidence or {}).get("type", []) if reg.start <= st < reg.end})
    for i in sents:
        s = a.sentences[i]
        if not any(t.key == "CONSULT/visit" for t in a.by_start("triggers").between(s.start, s.end)):
            continue
        for run in _state_lists(a, s):
            keys = list(dict.fromkeys(m.key for m in run))  # "wizyta w Korei i Wietnamie": a visit's place is where it goes
            home = [c for c in main.countries if c not in keys]
            if len(home) != 1 or len(keys) < 2 or home[0] in keys:
                continue  # both sides listed ("Japan and Poland will …"), or the visited side not in the list
            named = {}
            for m in run:
                named.setdefault(m.key, m)
            # only a journey across the monitored divide is a contact of interest: a Slovenian minister's tour of
            # Japan and China announces one (JP), not two
            trips = [_announced_visit_to(main, home[0], named[k]) for k in keys[:MAX_SEPARATE] if across(home[0], k)]
            return (trips[0], trips[1:]) if trips else (main, [])
    return main, []


def _state_lists(a: Analysis, s) -> list[list]:
    """Runs of states a sentence names one after another, joined only by commas and words of "and"."""
    joins = and_words(a.lang)
    runs: list[list] = []
    for m in a.by_start("countries").between(s.start, s.end):
        if m.key == "NONE":
            continue
        if runs and _list_gap(a.text[runs[-1][-1].char_end:m.char_start], joins):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) > 1]


_GAP_TOKEN = re.compile(r",|[^\s,]+")
UNLISTED_WORDS = 3  # words of a state's name the lexicon lacks, between two it knows ("Саудовскую Аравию")


def _list_gap(gap: str, joins: frozenset[str]) -> bool:
    """Does the text between two states join them in one list: commas and at most two words of "and", or a
    capitalised name of a few words set off by them on both sides (a state the lexicon lacks: "Иорданию, Египет,
    Саудовскую Аравию и Польшу")?"""
    toks = _GAP_TOKEN.findall(gap)
    names = [i for i, t in enumerate(toks) if t != "," and t.lower() not in joins]
    if sum(t.lower() in joins for t in toks) > 2:
        return False
    if not names:
        return True
    lo, hi = names[0], names[-1]
    return hi - lo + 1 == len(names) <= UNLISTED_WORDS and 0 < lo and hi < len(toks) - 1 \
        and all(toks[i][:1].isupper() for i in names)


def _announced_visit_to(main: Event, home: str, m) -> Event:
    """The traveller's (`home`'s) visit to the state of mention `m`, announced as the main event was."""
    pair = sorted({home, m.key})
    loc = main.location if main.location.country == m.key else Location(None, m.key, [(m.char_start, m.char_end)])
    return _pair_event(main, pair, type="AGREE", mode=None, date_end=None, organizations=[], location=loc,
                       topics=list(main.topics), subjects=[c for c in main.subjects if c not in pair])


def _pair_event(main: Event, pair: list[str], **fields) -> Event:
    """An event of the states `pair` cut from the main one: their persons, its date, evidence and region."""
    persons = [_copied(p) for p in main.persons if p.country in pair]
    ev = Event(date=main.date, date_precision=main.date_precision, date_basis=main.date_basis, countries=pair,
               persons=persons, **fields)
    ev.evidence = {key: list(v) for key, v in (main.evidence or {}).items()}
    ev.evidence["persons"] = [p.evidence[0] for p in persons if p.evidence]
    ev.region = main.region
    return ev


def _no_one_named(a: Analysis, ev: Event, dm) -> bool:
    """Is a contact dated only against another day (a weekday, "накануне") told with no one named ("Генконсул
    сообщил, что накануне встречался с корейцами")? Such a day dates a meeting only with the people who met;
    an act of a state needs only the office it was done to ("We wtorek ambasador Rosji został wezwany do MSZ"),
    a meeting the offices of both sides ("On Monday the Polish deputy minister received the Japanese ambassador")."""
    if ev.persons or not (dm.kind == "weekday" or dm.relative in SHIFTED):
        return False
    lo, hi = ev.region
    offices = len(a.by_start("roles").between(lo, hi))
    return offices < (2 if ev.type == "CONSULT" else 1)


def _datable(dm, dates: list, text: str | None = None) -> bool:
    """Can the mention date a contact of its own? Not a day that ends something or starts what still goes on
    ("od 14. septembra boravi u poseti": the stay the main event belongs to)."""
    return (dm.kind == "absolute" and not dm.until and not dm.since) or (dm.kind in ("month", "year") and not dm.since) \
        or dm.relative in RECALLED + SHIFTED + (THEN,) or (bare_weekday(dates, dm, text) and not dm.until and not dm.since)


def _overlaps(r: ResolvedDate, main: Event) -> bool:
    """Does the mention fall on the main event's day(s), or its month or year hold them?"""
    lo = dt.date.fromisoformat(main.date)
    return r.meets(lo, dt.date.fromisoformat(main.date_end) if main.date_end else lo)


def _day_of_visit(a: Analysis, dm, r: ResolvedDate, main: Event) -> bool:
    """A later day inside the main event's days, told in a sentence of its own ('besuchte am 14. und 15. Jänner
    Bulgarien … Am 15. Jänner traf Abe auch den Staatspräsidenten'): that day's meeting is an event too."""
    if not main.date_end or r.precision != "day" or r.end or r.date == dt.date.fromisoformat(main.date):
        return False
    own = {a.sentence_of(s) for s, _e in (main.evidence or {}).get("date", [])}
    return a.sentence_of(dm.start) not in own


SENTENCE_END = ("。", ".", "!", "?", "다.")


def _reminder(a: Analysis, start: int, para: str) -> bool:
    """A short paragraph of one sentence that opens with a word of recalling ('Напомним, что 30 мая …',
    'Przypomnijmy, że …', '先立って…と30日、報じていた。'), a date not being that word ('Last year, …' opens
    no reminder): news sets its background apart so, not a caption or a menu."""
    body = para.strip()
    lead = start + len(para) - len(para.lstrip())
    if not body.endswith(SENTENCE_END) or a.sentence_of(lead) != a.sentence_of(lead + len(body) - 1):
        return False
    cue_end = _opening_cue(a, lead, body.lower())
    return cue_end is not None and not any(d.start < cue_end and d.end > lead for d in a.dates)


CUE_TOKENS = 3  # words of the longest BACKGROUND cue ("이에 앞서", "as it was reported")


def _opening_cue(a: Analysis, lead: int, low: str) -> int | None:
    """Where the BACKGROUND word that opens a paragraph ends: as written, or as the language's tokens
    read it (ja, ko list their cues by lemma: 先立って -> 先立つ)."""
    cues = load(a.lang).background
    for w in cues:
        if low.startswith(w) and not low[len(w):len(w) + 1].isalpha():
            return lead + len(w)
    i = bisect.bisect_left(a.token_starts, lead)
    toks = a.tokens[i:i + CUE_TOKENS]
    for k in range(len(toks), 0, -1):
        if toks[0].start == lead and " ".join(t.low for t in toks[:k]) in cues:
            return toks[k - 1].end
    return None


DATED_LINE_WORDS = 6  # words of a one-sentence line that opens with its day ("13. juunil kohtus Tsahkna ka …")
DATED_LINE_LEAD = 1  # words before that day: a preposition ("V pondělí …", "On Monday …", "На 13 јуни …")


def _opens_with_its_date(a: Analysis, para_start: int, para: str, dm) -> bool:
    """Is the line one short sentence that opens with the day it is read for ("13. juunil kohtus Tsahkna ka
    Jaapani peaministriga.", "V pondělí náměstek ministra přijal velvyslance Japonska v Praze.")? Prose, though
    no capital opens it or it is shorter than a lead: a caption or a headline ends in no full stop, and a year
    or "last year" dates background, no day's contact."""
    if dm is None or dm.kind not in ("absolute", "weekday"):
        return False
    body = para.strip()
    lead = para_start + len(para) - len(para.lstrip())
    before = bisect.bisect_left(a.token_starts, dm.start) - bisect.bisect_left(a.token_starts, lead)
    return lead <= dm.start and before <= DATED_LINE_LEAD and body.endswith(SENTENCE_END) \
        and a.sentence_of(lead) == a.sentence_of(lead + len(body) - 1) and len(body.split()) >= DATED_LINE_WORDS


def _event_of_sentence(a: Analysis, i: int, r: ResolvedDate, main: Event, dm=None,
                       met: bool = False) -> Event | None:
    """The contact one sentence reports, if it has a trigger and stays within the main event's pair; where the
    date heads a noun phrase of its own (_date_phrase), the contact that phrase names. `met`: the sentence is
    known to tell a meeting (_met_the_same_day), whatever its other verbs ask or agree."""
    sent = a.sentences[i]
    para_start = a.text.rfind("\n", 0, sent.start) + 1
    para_end = a.text.find("\n", sent.end)
    para = a.text[para_start:para_end if para_end >= 0 else len(a.text)]
    if not is_prose(para) and not _reminder(a, para_start, para) and not one_sentence_line(para.strip()) \
            and not _opens_with_its_date(a, para_start, para, dm):
        return None  # a caption, a menu, a list of related articles; a paragraph of one full sentence is prose
    s = _date_phrase(a, dm, sent) or sent
    if s is not sent and any(p.country and p.country not in main.countries
                             and any(s.start <= e[0] < s.end for e in p.evidence) for p in a.persons):
        return None  # "1月の王毅外相の訪日": a third state's visit
    cut = _main_clause_end(a, s)
    kind, mode, tev = choose_type(a, Region(s.start, cut, cut), 0)
    if kind is None and _both_sides_at_a_place(a, s, main.countries):
        kind, mode, tev = "CONSULT", None, []
    if kind is None:
        return None
    if met and kind != "CONSULT":
        # "In his meeting with Slovak President X, Yoon asked for her support": what was asked at a meeting
        kind, mode = "CONSULT", None
    # a third state where the pair met ("в июле в Лаосе", "캐나다 몬트리올에서") is only the venue
    third = [m for m in a.by_start("countries").between(s.start, s.end)
             if m.key not in main.countries and m.key != "NONE" and not venue_state(a, m)]
    parties = {m.key for m in third if _party(a, m, s, main.countries)}
    pair = _named_of_many(a, s, main.countries)
    if parties:
        pair = _met_on_the_journey(a, s, parties, main) if kind == "CONSULT" else None
        if kind != "CONSULT" and dm is not None and not met:
            # "폴란드는 지난 2024년 … 북한 주재 대사관을 재가동했다" on a Korea-Poland page: one side's own dated deed
            pair = _side_with_third(a, s, parties, main)
        if pair is None or any(s.start <= m.char_start < s.end for m in a.future):
            return None  # another pair's history, or a third state's
    orgs: list[str] = []
    if grouped := _with_a_grouping(a, s, pair):
        pair, orgs, mode = grouped[0], [grouped[1]], "multilateral"
    elif _with_an_organisation(a, s, pair):
        return None
    if any(s.start <= m.char_start < s.end for m in a.future):
        if r.precision == "year" or (dm is not None and dm.kind == "weekday"):
            # "should visit Japan in June, for the first time since 2013": a year is no day of telling; "в неделя
            # Радев е очакван на Експо": a weekday of a plan is the day it is to be, not a day it was told
            return None
        kind, mode = "AGREE", None  # "it was announced on 1 November that he will visit"
    if (kind == "AGREE" and _time_of_the_plan(a, r, tev, main)) or _month_of_the_plan(a, r, s, main) \
            or _a_names_year(a, r, s, main):
        return None
    loc = Location() if mode == "phone" else _where(a, s, main.countries)
    told = _told_on(a, i, loc) if loc.country and not loc.city else None
    if told is not None:  # "… visited Lithuania in early October. In Vilnius he met …": the next sentence goes on
        loc, s = told, Region(s.start, a.sentences[i + 1].end, a.sentences[i + 1].end)
    persons = _named_in(a, s)
    main_people = {p.name: p.country for p in main.persons}
    for p in persons:
        p.country = p.country or main_people.get(p.name)
    (date, end), prec = r.iso(), r.precision
    ev = Event(type=kind, mode=mode if kind == "CONSULT" else None, date=date, date_end=end,
               date_precision=prec, countries=pair, organizations=orgs, persons=persons,
               location=loc, topics=[], date_basis="text")
    ev.evidence = {"date": [(r.mention.start, r.mention.end)] if r.mention else [], "type": tev[:3],
                   "location": loc.evidence,
                   "persons": [p.evidence[0] for p in persons if p.evidence]}
    ev.region = (s.start, s.end)  # a recalled contact is told in its one sentence
    return ev


def _side_with_third(a: Analysis, s, parties: set[str], main: Event) -> list[str] | None:
    """A recalled deed (no meeting: the caller asks for kinds other than CONSULT) of one side of the main pair with a
    third state: the sentence names that side and no other (by its name or its people), one third state takes part
    (_party), and the two lie across the monitored divide ('Poland reopened its embassy in Pyongyang in 2024' on a
    Korea-Poland page). Their pair, else None. Recalled meetings are left out: most are background to the visit
    (NOTES-h21-recall2)."""
    if len(parties) != 1 or len(main.countries) != 2:
        return None
    named = {m.key for m in a.by_start("countries").between(s.start, s.end)}
    named |= {p.country for p in a.persons if p.country and any(s.start <= e[0] < s.end for e in p.evidence)}
    sides = [c for c in main.countries if c in named]
    (third,) = parties
    if len(sides) != 1 or not across(sides[0], third):
        return None
    return sorted({sides[0], third})


def _both_sides_at_a_place(a: Analysis, s, pair: list[str]) -> bool:
    """Does a sentence with no word of a contact name a person of each side of the pair and a city of one of them
    as the place ('the decision made by president Klaus Iohannis and former Japanese Prime Minister Shinzo Abe,
    in Bucharest, in January 2018')? The two were there together: a contact."""
    if len(pair) != 2:
        return False
    sides = {p.country for p in a.persons if p.country in pair and any(s.start <= e[0] < s.end for e in p.evidence)}
    return len(sides) == 2 and any(data.city_country(m.key) in pair and _is_place(a, m) and not _dateline_city(a, m)
                                   for m in a.by_start("cities").between(s.start, s.end))


def _spoken_of(a: Analysis, s, pos: int, third: set[str]) -> bool:
    """Is a side's person before the verb its object, a person of the third state having taken the subject's place
    before him ('Mluvčí ruského ministerstva zahraničí Marija Zacharovová Kišidu … kritizovala')?"""
    return any(p.country in third and any(s.start <= e[0] < pos for e in p.evidence) for p in a.persons)


def _visitor_criticised(a: Analysis, s, t, main: Event) -> str | None:
    """The visiting side, where the reaction names no side but the visit itself after its verb ('skrytykowała
    Kishidę za tę wizytę', the name's case not read as his): the side the visit was not held in."""
    host = main.location.country
    if host not in main.countries or not any(m.key == "CONSULT/visit" for m in a.by_start("triggers").between(t.char_end, s.end)):
        return None
    return next(c for c in main.countries if c != host)


def _third_office_reacts(a: Analysis, s, main: Event) -> bool:
    """Does a third state's office (its name or adjective and an office title before the verb) criticise or reject
    in the sentence? Its meeting words are what it speaks of."""
    for t in a.by_start("triggers").between(s.start, s.end):
        if t.key.partition("/")[0] not in REACTIONS:
            continue
        if any(m.key not in main.countries for m in a.by_start("countries").between(s.start, t.char_start)) \
                and a.by_start("roles").between(s.start, t.char_start):
            return True
    return False


def _host_met(a: Analysis, s, main: Event) -> Event | None:
    """The host's own contact with a third state the same day, told in a sentence that names someone of the host
    and of that state and no one of the visitor's ('同日、岩屋外務大臣はウクライナのシビハ外務大臣と電話会談を行った'
    after talks with the Polish minister in Tokyo): a call (a phone trigger in the sentence) or a meeting at home."""
    host = main.location.country
    if host not in main.countries:
        return None
    people = {p.country for p in a.persons if p.country and any(s.start <= e[0] < s.end for e in p.evidence)}
    named = {m.key for m in a.by_start("countries").between(s.start, s.end)}
    third = people - set(main.countries)
    traveller = next(c for c in main.countries if c != host)
    if host not in people or len(third) != 1 or traveller in people | named:
        return None
    trig = [t for t in a.by_start("triggers").between(s.start, s.end) if t.key.partition("/")[0] == "CONSULT"]
    if not trig:
        return None
    phone = any(t.key == "CONSULT/phone" for t in trig)
    pair = sorted({host} | third)
    persons = [_told(p, s)
               for p in a.persons if p.country in pair and any(s.start <= e[0] < s.end for e in p.evidence)]
    place = Location() if phone else Location(main.location.city, host, list(main.location.evidence))
    return _same_day(main, s, "CONSULT", "phone" if phone else "visit", pair, persons, place,
                     [(t.char_start, t.char_end) for t in trig])


def _same_day(main: Event, s, kind: str, mode: str | None, countries: list[str], persons: list[Person],
              place: Location, spans: list, organizations: list[str] | None = None,
              date_end: str | None = None) -> Event:
    """A contact told in sentence `s` on the main event's day, dated by the main event's evidence."""
    ev = Event(type=kind, mode=mode, date=main.date, date_end=date_end, date_precision=main.date_precision,
               countries=countries, organizations=organizations or [], persons=persons, location=place, topics=[],
               date_basis=main.date_basis)
    ev.evidence = {"date": list((main.evidence or {}).get("date", [])), "type": spans[:3],
                   "location": list(place.evidence), "persons": [p.evidence[0] for p in persons if p.evidence]}
    ev.region = (s.start, s.end)
    return ev


def _announced_onward(a: Analysis, s, main: Event, ctx: dt.date) -> Event | None:
    """The traveller's meeting with a third state still to come on the journey (_met_on_the_journey): announced on
    the day of writing (AGREE, PLOVER)."""
    parties = {m.key for m in a.by_start("countries").between(s.start, s.end)
               if m.key not in main.countries and m.key != "NONE" and not venue_state(a, m)}
    parties |= {p.country for p in a.persons if p.country and p.country not in main.countries
                and any(s.start <= e[0] < s.end for e in p.evidence)}
    pair = _met_on_the_journey(a, s, parties, main) if parties else None
    if pair is None:
        return None
    persons = [_told(p, s)
               for p in a.persons if p.country in pair and any(s.start <= e[0] < s.end for e in p.evidence)]
    ev = Event(type="AGREE", mode=None, date=ctx.isoformat(), date_end=None, date_precision="day", countries=pair,
               organizations=[], persons=persons, location=Location(), topics=[], date_basis=main.date_basis)
    ev.evidence = {"date": [], "type": [(t.char_start, t.char_end) for t in a.by_start("triggers").between(s.start, s.end)][:3],
                   "location": [], "persons": [p.evidence[0] for p in persons if p.evidence]}
    ev.region = (s.start, s.end)
    return ev


class _Span:
    """A stretch of a sentence that stands for it (a date's own noun phrase)."""

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _date_phrase(a: Analysis, dm, s) -> _Span | None:
    """Where a date is joined by a particle to the noun phrase after it (events.yaml DATE_OF_NOUN: ja の),
    "本年1月のモラヴィエツキ首相の訪日や2月のグロツキ上院議長訪日": the phrase up to its meeting noun is the
    contact that date tells. Its parties are the states and people inside it; a state elsewhere in the
    sentence ("EU内での存在感を高めているポーランド") is what the sentence says besides."""
    if dm is None:
        return None
    joins = load(a.lang).date_of_noun
    if not joins or not a.text.startswith(joins, dm.end):
        return None
    for t in a.by_start("triggers").between(dm.end, s.end):
        if _breaks(a.text, dm.end, t.char_start):
            return None
        return _Span(dm.start, t.char_end)
    return None


MEETING_KEYS = ("CONSULT", "CONSULT/phone")  # a meeting or a call, not an arrival ("prispel", "arrived")


def _met_in_relative_clause(a: Analysis, dm, main: Event) -> bool:
    """Is a weekday in the main event's own sentence the day of a meeting its relative clause tells ('Kamikawa,
    who held talks with Sikorski on Monday, met President Duda on Tuesday')? That meeting is a contact of its
    own; an arrival so told ('Pahor, ki je v nedeljo prispel v New York na splošno razpravo …') is the
    journey's, no contact, whatever nouns of talks follow it."""
    s = a.sentences[a.sentence_of(dm.start)]
    rel = [r for r in a.by_start("relative").between(s.start, dm.start)
           if a.text[s.start:r.char_start].rstrip().endswith(",") and not _breaks(a.text, r.char_end, dm.start)]
    if not rel:
        return False
    r = rel[-1]
    end = next((i for i in range(dm.end, s.end) if a.text[i] in ",;"), s.end)  # the clause closes at its comma
    if any(r.char_start <= lo < end for lo, _hi in (main.evidence or {}).get("date", [])):
        return False  # the clause holds the main event's own day
    first = next(iter(a.by_start("triggers").between(r.char_end, end)), None)
    return first is not None and first.key in MEETING_KEYS  # the clause's verb, not a noun after an arrival


def _main_clause_end(a: Analysis, s) -> int:
    """Where a relative clause after a comma cuts off the act a sentence tells ('He visited Bulgaria on Sunday and
    met prime minister Boiko Borisov, who promised him … the free trade agreement'): what the clause says of
    a person is no act of the contact, which its triggers before the clause tell."""
    for r in a.by_start("relative").between(s.start, s.end):
        if a.text[s.start:r.char_start].rstrip().endswith(",") \
                and any(t.char_end <= r.char_start for t in a.by_start("triggers").between(s.start, r.char_start)):
            return r.char_start
    return s.end


def _met_on_the_journey(a: Analysis, s, parties: set[str], main: Event) -> list[str] | None:
    """A third state met on the journey the main event belongs to ('He visited Bulgaria on Sunday and met prime
    minister Boiko Borisov' under 'Abe will visit Romania on Tuesday'): the traveller's contact with it. The
    traveller is the side of the pair the main event was not held in; the sentence names the host side
    nowhere, and the state met has one of its people named in it (a state only spoken of is no party)."""
    host = main.location.country
    if len(main.countries) != 2 or host not in main.countries:
        return None
    named = {m.key for m in a.by_start("countries").between(s.start, s.end)}
    people = {p.country for p in a.persons if any(s.start <= e[0] < s.end for e in p.evidence)}
    visited = {m.key for m in a.by_start("countries").between(s.start, s.end) if m.key in parties and _visited(a, m)}
    met = {c for c in parties if c in people or c in visited}
    if (host in people or (host in named and not visited)) or len(met) != 1:
        return None
    traveller = next(c for c in main.countries if c != host)
    return sorted({traveller} | met)


def _time_of_the_plan(a: Analysis, r: ResolvedDate, tev: list, main: Event) -> bool:
    """Is a month or day without a year, written after the verb of agreeing, the time of what was agreed ('Стороны
    договорились о визите … в мае', said in March)? It then lies ahead: read as last year's only because it
    comes later in the calendar than the main event, it dates no agreement of its own. A year beside it
    ("loni v červnu") says which June it was."""
    dm = r.mention
    if dm is None or dm.kind not in ("month", "absolute") or dm.y or not tev:
        return False  # a day without a year too: "может посетить Японию 15 декабря", said in September
    if any(o is not dm and (0 <= o.start - dm.end <= 4 or 0 <= dm.start - o.end <= 4) for o in a.dates):
        return False
    return dm.start > min(s for s, _e in tev) and r.date.year < int(main.date[:4])


SETTING_WORDS = 4  # words between a verb of meeting and the gathering's name it met at ("met at the", "spotkali się na")


def _a_names_year(a: Analysis, r: ResolvedDate, s, main: Event) -> bool:
    """Is the date a year that closes a gathering's name (dates.yaml NAMED_MEETINGS) of a sentence that tells no
    meeting at it ("the Warsaw Summit 2016 decisions", "came to Japan for the Asia Forum 2019", "mówił o Forum
    2019")? The year is the name's, as Expo's is; it dates a contact when a verb of meeting sets its clause at the
    gathering ("met at the Baltic Forum 2019"), or the sentence tells a meeting besides the name's own noun and
    names the gathering as a place ("la Reuniunea … 2020") or both sides."""
    dm = r.mention
    if dm is None or dm.kind != "year" or (name := grammar(a.lang).meeting_name(a.text, dm.start)) is None:
        return False
    start = name[0]
    told = [t for t in a.by_start("triggers").between(s.start, s.end)
            if t.key.partition("/")[0] == "CONSULT" and not start <= t.char_start < dm.end]
    places = load(a.lang).locative
    for t in told:
        between = a.text[t.char_end:start].split()
        if t.char_end <= start and len(between) <= SETTING_WORDS and not _breaks(a.text, t.char_end, start) \
                and (t.key.endswith("/multilateral") or any(w.lower() in places for w in between)):
            return False  # "met at the Forum 2019", "trafen sich am Rande der Sicherheitskonferenz 2023"
    if not told:
        return True
    if any(w.lower() in places for w in a.text[max(0, start - 20):start].split()[-2:]):
        return False  # "participarea ministrului … la Reuniunea … 2020, desfășurată în regim de videoconferință"
    sides = {m.key for m in a.by_start("countries").between(s.start, s.end)}
    sides |= {p.country for p in a.persons if any(s.start <= e[0] < s.end for e in p.evidence)}
    return not set(main.countries) <= sides


def _month_of_the_plan(a: Analysis, r: ResolvedDate, s, main: Event) -> bool:
    """Where the verb ends the sentence (POSTPOSITIONS: ja, ko), is a month without a year that the sentence's
    verb of agreeing follows the time of what was agreed ('5월 중순 기시다 총리의 방한을 추진키로 합의했다', said in
    March)? Read as last year's only because it comes later in the calendar than the main event, it lies ahead and
    dates no contact; last year's month is written so ('지난해 5월', '昨年5月'). The verb must take a plan (dates.yaml
    AGREED_PLAN right before it: '추진키로', 'ことで') or follow no meeting told after the month: in '11월 도쿄에서
    … 회담하고 협력 강화에 합의했다' the month dates the talks, held then, and what they agreed."""
    dm = r.mention
    if dm is None or dm.kind not in ("month", "absolute") or dm.y or dm.year_offset or not main.date \
            or r.date.year >= int(main.date[:4]) or not load(a.lang).postpositions:
        return False
    rest = a.text[dm.end:s.end]
    at = min((i for f in word_list(a.lang, "events", "AGREED") if (i := rest.find(f)) >= 0), default=-1)
    if at < 0:
        return False
    plan = a.text[dm.end:dm.end + at].rstrip()
    return plan.endswith(word_list(a.lang, "dates", "AGREED_PLAN")) or not meeting_told(a, dm.end, dm.end + at)


def _with_an_organisation(a: Analysis, s, pair: list[str]) -> bool:
    """Does the sentence name one side of the pair only, and an organisation beside it ('глава МИД Южной Кореи
    провел телефонные переговоры с генсеком АСЕАН')? That side's contact with the organisation, not the pair's."""
    orgs = [m for m in a.by_start("organizations").between(s.start, s.end) if m.key not in pair]
    if not orgs or len(pair) != 2:
        return False
    sides = {m.key for m in a.by_start("countries").between(s.start, s.end) if m.key in pair}
    sides |= {p.country for p in a.persons if p.country in pair and any(s.start <= e[0] < s.end for e in p.evidence)}
    return len(sides) == 1


def _named_of_many(a: Analysis, s, countries: list[str]) -> list[str]:
    """The main event's states a recalled contact's sentence names, where the main event has more than two
    ('V4 and Korea' above 'Sobotka visited Korea in February 2015'): by name, by a person of theirs, by a
    grouping of theirs; all of them where it names fewer than two."""
    if len(countries) <= 2:
        return list(countries)
    named = {m.key for m in a.by_start("countries").between(s.start, s.end)}
    named |= {p.country for p in a.persons if any(s.start <= e[0] < s.end for e in p.evidence)}
    for _key, members in _groupings_in(a, s):
        named |= members
    own = sorted(named & set(countries))
    return own if len(own) >= 2 else list(countries)


def _with_a_grouping(a: Analysis, s, pair: list[str]) -> tuple[list[str], str] | None:
    """Does the sentence name one side of the pair only, and a grouping of states the other side belongs to ('na
    spotkaniu ministrów spraw zagranicznych krajów V4+1 (kraje Grupy Wyszehradzkiej i Japonia)')? Then the pair
    met in it: the contact is the grouping's members' and the named side's, with the grouping as organisation."""
    if len(pair) != 2:
        return None
    found = _groupings_in(a, s)
    if not found:
        return None
    sides = {m.key for m in a.by_start("countries").between(s.start, s.end) if m.key in pair}
    sides |= {p.country for p in a.persons if p.country in pair and any(s.start <= e[0] < s.end for e in p.evidence)}
    if len(sides) != 1:
        return None
    (named,) = sides
    for key, members in found:
        if named not in members and set(pair) - {named} <= members:
            return sorted(members | {named}), key
    return None


def _groupings_in(a: Analysis, s) -> list[tuple[str, set[str]]]:
    """The groupings of states that stand for their members (groups.yaml `expand`) a sentence names."""
    groups = data.groups()
    seen = {m.key for m in list(a.groups) + list(a.organizations) if s.start <= m.char_start < s.end}
    return [(k, set(groups[k]["members"])) for k in sorted(seen) if (groups.get(k) or {}).get("expand")]


JOIN_GAP = 3  # letters of the one short word that joins two states' names ("i", "and", "és", "ja")


def _party(a: Analysis, m, s, pair: list[str]) -> bool:
    """Does a third state take part in what a sentence recalls? It does when named before the sentence's
    first trigger (its subject), with a person or an office of its own, or joined to a state of the pair ('Jaapani ja
    Euroopa Liidu leppe'); a state named after the trigger and alone is what the contact was about
    ('взяв участь в онлайн-саміті G7, присвяченому … вторгнення росії в Україну', 'zabrinutost … akcija
    Severne Koreje'). Where the verb comes last (ja, ko) every state before it may be a party."""
    if load(a.lang).postpositions:
        return True
    first = next(iter(a.by_start("triggers").between(s.start, s.end)), None)
    if first is None or m.char_start < first.char_start or _visited(a, m):
        return True
    if any(p.country == m.key and any(s.start <= e[0] < s.end for e in p.evidence) for p in a.persons):
        return True
    if _envoy_state(a, m):
        return True  # "s velvyslancem Německa", "the German ambassador": an office of that state met
    lang = load(a.lang)
    for o in a.by_start("countries").between(s.start, s.end):
        if o.key not in pair:
            continue
        lo, hi = (o.char_end, m.char_start) if o.char_end <= m.char_start else (m.char_end, o.char_start)
        gap = a.text[lo:hi].split()
        if len(gap) == 1 and len(gap[0]) <= JOIN_GAP and gap[0].isalpha() and gap[0].islower() \
                and gap[0] not in lang.locative | lang.directional:
            return True
    return False


VISITED_GAP = 3  # words between a visit and the state it goes to ("a visit to neighbouring Estonia")


def _visited(a: Analysis, m) -> bool:
    """Is a state named as where a visit goes, a word of direction opening the few words between ('following a
    visit to neighbouring Estonia yesterday', 'визит в Эстонию')? The state visited takes part; one named
    as the place where the pair met ('в июле в Лаосе') is a venue, and venue_state keeps it out before this."""
    lang = load(a.lang)
    s = a.sentences[a.sentence_of(m.char_start)]
    before = a.by_start("triggers").between(s.start, m.char_start)
    if not before or before[-1].key != "CONSULT/visit" or _breaks(a.text, before[-1].char_end, m.char_start):
        return False
    t = before[-1]
    gap = a.text[t.char_end:m.char_start].lower().split()
    said = a.text[t.char_start:t.char_end].lower().split()  # "visit to": the word of direction in the trigger
    return len(gap) <= VISITED_GAP and ((gap and gap[0] in lang.directional) or said[-1] in lang.directional)


OPENING_WORDS = 2  # words before a city that opens a sentence as its place ('Vilniuje jis', 'In Vilnius he')


def _told_on(a: Analysis, i: int, loc: Location) -> Location | None:
    """The city of the state a contact's sentence names as its venue, when the next sentence opens with it as a
    place, or names someone of the contact again, and names no date of its own ('lankėsi Lietuvoje … Vilniuje
    jis susitiko su …'): it goes on telling the same contact."""
    if i + 1 >= len(a.sentences):
        return None
    nxt = a.sentences[i + 1]
    if any(nxt.start <= d.start < nxt.end for d in a.dates):
        return None
    # "În 2018, Shinzo Abe a efectuat o vizită în România … Iohannis l-a primit atunci, la Palatul Cotroceni, pe
    # premierul Shinzo Abe": a next sentence that names again someone of the contact goes on telling it, its
    # place wherever it stands in it
    cur = a.sentences[i]
    again = any(any(cur.start <= e[0] < cur.end for e in p.evidence) and any(nxt.start <= e[0] < nxt.end
                                                                             for e in p.evidence)
                for p in a.persons)
    for m in a.by_start("cities").between(nxt.start, nxt.end):
        opening = len(a.text[nxt.start:m.char_start].split()) <= OPENING_WORDS
        if not again and not opening:
            break
        if not opening and in_relative_clause(a, m.char_start):
            continue  # "Premier Abe, który wcześniej przebywał w Krakowie, podkreślił …": where he had been before
        if data.city_country(m.key) == loc.country and _is_place(a, m) and not _dateline_city(a, m):
            return Location(m.key, loc.country, [(m.char_start, m.char_end)])
    return None


def _where(a: Analysis, s, countries: list[str]) -> Location:
    """Where a recalled contact was held: a city its sentence names as a place ('в мае в Токио', 'u Zagrebu'),
    of the pair or of a third state, or visits ('odwiedził Warszawę'), else a state named as the venue ('w Japonii',
    'в Лаосе')."""
    for m in a.by_start("cities").between(s.start, s.end):
        if _is_place(a, m) and not _dateline_city(a, m):
            return Location(m.key, data.city_country(m.key), [(m.char_start, m.char_end)])
    # "W 2019 roku premier Shinzo Abe odwiedził Warszawę": the town a word of visiting takes as its goal
    for m, state, _stay in _visit_targets(a, Region(s.start, s.end, s.end), set(), s.start, s.end):
        if m is not None and not _dateline_city(a, m):
            return Location(m.key, data.city_country(m.key), [(m.char_start, m.char_end)])
        if m is None and state is not None:  # "naposledy navštívil Česko v roce 2017": the state visited
            return Location(None, state.key, [(state.char_start, state.char_end)])
    for m in a.by_start("countries").between(s.start, s.end):
        if venue_state(a, m):
            return Location(None, m.key, [(m.char_start, m.char_end)])
    return Location()


DAY_BEFORE_ISSUE = 3  # months: an issue dated to a month tells what happened in it or shortly before


def dated_in_issue(a: Analysis, main: Event, others: list[Event]) -> tuple[Event, list[Event]]:
    """A text dated only to a month by its date line ("広報かづの 令和7年12月号", a URL's /2016/05/), whose lead
    gives its event no day, tells that day further down ("10月15日に鹿角入りした訪問団は、16日に市役所を訪れ"):
    the first contact of the main event's kind and states dated to a day of that month or shortly before is
    the main event told again. The main event takes its day and people, and it is no event of its own."""
    if main.date_basis != "published" or main.date_precision != "month" or not main.date:
        return main, others
    issue = dt.date.fromisoformat(main.date)
    first = issue.replace(year=issue.year - 1, month=issue.month + 12 - DAY_BEFORE_ISSUE) \
        if issue.month <= DAY_BEFORE_ISSUE else issue.replace(month=issue.month - DAY_BEFORE_ISSUE)
    fits = [ev for ev in others if ev.date_precision == "day" and ev.type == main.type
            and set(ev.countries) == set(main.countries) and first <= dt.date.fromisoformat(ev.date)
            and (dt.date.fromisoformat(ev.date).year, dt.date.fromisoformat(ev.date).month) <= (issue.year, issue.month)]
    if not fits:
        return main, others
    # a day of a clause that describes its noun ("…に入りした訪問団は") is background to the day of the act
    told = [ev for ev in fits if not any(dm.aside for dm in a.dates for s, _e in ev.evidence.get("date", []) if dm.start == s)]
    day = (told or fits)[0]
    names = {p.name for p in main.persons}
    main.date, main.date_end, main.date_precision, main.date_basis = day.date, day.date_end, "day", day.date_basis
    main.evidence["date"] = list(day.evidence.get("date", []))
    main.persons = main.persons + [p for p in day.persons if p.name not in names]
    return main, [ev for ev in others if ev is not day]


MAX_SEPARATE = 5  # a round-up of a forum's side meetings names a few states; more are a roll-call


@cache
def _apart_words(code: str) -> tuple[str, ...]:
    """The language's words of meetings one by one (events.yaml SEPARATELY, ENVOYS), longest first."""
    lang = load(code)
    return tuple(sorted(lang.separately + lang.envoys, key=len, reverse=True))


def separate_meetings(a: Analysis, reg: Region, main: Event) -> tuple[Event, list[Event]]:
    """A host who met several states' people one by one ('Ločeno se je sestal z … Borrellom, zunanjim ministrom
    Vietnama …, zunanjo ministrico Republike Koreje … in zunanjim ministrom Japonske', 'separately met the foreign
    ministers of A and B'): not one forum of all of them, but a bilateral meeting with each. Where the lead tells
    that with a word of SEPARATELY (events.yaml) and the states named after it (before it where the verb comes
    last) leave one state of the main event, the host's, the main event becomes the host's meeting with the first
    of them, and each other is a meeting of its own on the same day and at the same place. Envoys in the plural before
    a list of their states (events.yaml ENVOYS: 'hosted accreditation visits from the Ambassadors of North Korea,
    Japan, and Lithuania') tell the same: each envoy's call is his state's own contact with the host."""
    if main.type != "CONSULT" or len(main.countries) < 2:
        return main, []
    words = _apart_words(a.lang)
    if not words:
        return main, []
    low = lowered_slice(a.text, reg.start, reg.lead_end)
    cjk = load(a.lang).postpositions
    for w in words:
        if w not in low:
            continue  # the pattern below needs the word itself: most leads hold none, and a pattern per word costs
        for m in re.finditer(re.escape(w) if cjk else r"(?<!\w)" + re.escape(w) + r"(?!\w)", low):
            pos = reg.start + m.start()
            s = a.sentences[a.sentence_of(pos)]
            lo, hi = (s.start, pos) if cjk else (pos + len(w), s.end)
            found = [(c.char_start, c.key) for c in a.by_start("countries").between(lo, hi)]
            found += [(e[0], p.country) for p in a.persons if p.country for e in p.evidence if lo <= e[0] < hi]
            states = list(dict.fromkeys(k for _pos, k in sorted(found)))
            home = [c for c in main.countries if c not in states]
            first = min(((e[0], p.country) for p in a.persons if p.country in main.countries
                         for e in p.evidence if lo <= e[0] < hi), default=None)
            if not home and cjk and first:
                # "茂木外務大臣は、…スロバキア…、ハンガリー…、チェコ…と個別に会談": the verb comes last, and the
                # sentence opens with the host, its subject; the others of the meeting are the states he met
                home = [first[1]]
                states = [k for k in states if k in main.countries and k != first[1]]
            if len(states) < 2 or len(home) != 1:
                continue
            if w not in load(a.lang).envoys and not any(e[0] >= lo and e[0] < hi for p in a.persons for e in p.evidence) \
                    and not a.by_start("roles").between(lo, hi):
                continue  # "Отдельно обсудили ситуацию вокруг Украины и КНДР": states spoken of, no one met
            return _one_by_one(main, home[0], states[:MAX_SEPARATE])
    return main, []


def _one_by_one(main: Event, home: str, states: list[str]) -> tuple[Event, list[Event]]:
    """The main event split into the host's meeting with each state, in the order the text names them."""
    out = []
    for k, other in enumerate(states):
        pair = sorted({home, other})
        venue = main.location.country
        mode = "third-party" if venue and venue not in pair else "visit"
        out.append(_pair_event(main, pair, type="CONSULT", mode=mode, date_end=main.date_end,
                               organizations=list(main.organizations),
                               location=Location(main.location.city, venue, list(main.location.evidence)),
                               topics=list(main.topics) if k == 0 else [], subjects=list(main.subjects)))
    return out[0], out[1:]


FORUM_SENTENCES = 3  # sentences from the region's start that may tell where a meeting was held, beyond a short lead


def _forum_of_the_talks(a: Analysis, reg: Region, main: Event) -> Event | None:
    """The grouping's meeting a bilateral one was held at ('Obaja ministri rokovali vo Varšave počas stretnutia
    šéfov diplomacií krajín Vyšehradskej štvorky (V4) a Japonska'): a contact of its own, the grouping's members
    and the partner state it met, on the same day and at the same place, multilateral. A sentence up front with
    a meeting word names the place the main event was held, a grouping that stands for its members (groups.yaml
    `expand`) holding one side of the pair, and the other side, which it does not hold; not a sentence of
    another time, a plan or a quotation ('Korčok si cení pravidelné stretnutia ministrov V4 a Japonska' names no
    place: the format, not this meeting)."""
    if main.type != "CONSULT" or len(main.countries) != 2 or not main.location.city:
        return None
    first = a.sentence_of(reg.start)
    last = max(a.sentence_of(max(reg.start, reg.lead_end - 1)), first + FORUM_SENTENCES - 1)
    dated = {a.sentence_of(dm.start) for dm in a.dates if reg.start <= dm.start < reg.end}
    own = {a.sentence_of(st) for st, _e in (main.evidence or {}).get("date", [])}
    for i in range(first, min(last + 1, len(a.sentences))):
        s = a.sentences[i]
        if s.start >= reg.end or (i in dated and i not in own) or _quoted(a.text, s.start) \
                or any(s.start <= m.char_start < s.end for m in a.future):
            continue
        if not meeting_told(a, s.start, s.end):
            continue
        if not any(m.key == main.location.city for m in a.by_start("cities").between(s.start, s.end)):
            continue
        named = {m.key for m in a.by_start("countries").between(s.start, s.end)}
        named |= {p.country for p in a.persons if any(s.start <= e[0] < s.end for e in p.evidence)}
        for key, members in _groupings_in(a, s):
            inside = [c for c in main.countries if c in members]
            outside = [c for c in main.countries if c not in members]
            if len(inside) != 1 or len(outside) != 1 or outside[0] not in named:
                continue
            place = Location(main.location.city, main.location.country, list(main.location.evidence))
            return _same_day(main, s, "CONSULT", "multilateral", sorted(members | set(outside)),
                             [_copied(p) for p in main.persons], place, [(s.start, s.end)],
                             sorted({key, *main.organizations}), main.date_end)
    return None


REACTIONS = ("ACCUSE", "REJECT")  # what another state's office says of a visit as it happens


def _answered_by_a_third(a: Analysis, reg: Region, main: Event) -> Event | None:
    """A third state's office answering one side of the meeting the same day, told in a sentence of the body with
    no day of its own ('Eine Sprecherin des chinesischen Außenministeriums in Peking warf Wadephul vor, …', 'A
    spokesman of the Russian foreign ministry criticised the visit of …'): an act of that state towards the side
    it names (ACCUSE, REJECT), on the main event's day. The third state and an office (roles.yaml) stand before the
    verb, as its subject, and neither side of the meeting does; a person or the name of one side follows it."""
    if main.type != "CONSULT" or main.date_precision != "day" or not main.date or len(main.countries) != 2:
        return None
    lead = a.sentence_of(reg.start)
    dated = {a.sentence_of(dm.start) for dm in a.dates if reg.start <= dm.start < reg.end and dm.relative != "same_day"}
    for t in a.by_start("triggers").between(reg.start, reg.end):
        kind = t.key.partition("/")[0]
        i = a.sentence_of(t.char_start)
        if kind not in REACTIONS or i == lead or i in dated or under_future(a, t) or _quoted(a.text, t.char_start):
            continue
        s = a.sentences[i]
        before = a.by_start("countries").between(s.start, t.char_start)
        third = {m.key for m in before if m.key not in main.countries}
        if len(third) != 1 or any(m.key in main.countries for m in before) \
                or not a.by_start("roles").between(s.start, t.char_start):
            continue
        sides = [(e[0], p) for p in main.persons for e in p.evidence if t.char_end <= e[0] < s.end and p.country]
        ahead = sorted((e[0], p) for p in main.persons for e in p.evidence if s.start <= e[0] < t.char_start)
        if ahead and not _spoken_of(a, s, ahead[0][0], third):
            continue  # one side speaks: its own words, told with the meeting
        named = sorted(sides, key=lambda x: x[0]) or [x for x in ahead if x[1].country]
        target = named[0][1].country if named else next(
            (m.key for m in a.by_start("countries").between(t.char_end, s.end) if m.key in main.countries),
            None) or _visitor_criticised(a, s, t, main)
        if target is None:
            continue
        return _same_day(main, s, kind, None, sorted(third | {target}), [_copied(p) for _pos, p in named[:1]],
                         Location(), [(t.char_start, t.char_end)])
    return None


MAX_HOSTS = 3  # the host's officials a visit's report tells the guest met one by one; more are a delegation's list


def hosts_apart(a: Analysis, reg: Region, main: Event, ctx: dt.date | None = None) -> tuple[Event, list[Event]]:
    """A visit on which the guest met the host's officials one after another ('Ministr Zaorálek byl rovněž přijat
    premiérem Emilem Dimitrievem a prezidentem Gjorge Ivanovem', 'Moon Hee-sang also met with President Dalia
    Grybauskaitė and Prime Minister Saulius Skvernelis', 'A magyar kormányfő szerdán hivatalában fogadta …'): a
    meeting with each (CONSULT, on the main event's day, at its place), not one meeting of them all. The main event
    keeps the guest and the first host met; each later one is an event of its own with the guest. Told as still to
    come ('Täna õhtul kohtub Abe ka peaminister Jüri Ratasega') it is announced: AGREE on the day of writing."""
    if main.type != "CONSULT" or main.mode not in ("visit", None) or main.date_end or main.date_precision != "day" \
            or len(main.countries) != 2 or main.location.country not in main.countries:
        return main, []
    host = main.location.country
    guest = next(c for c in main.countries if c != host)
    guests = [p for p in main.persons if p.country == guest]
    if not guests:
        return main, []
    meetings = _meetings_with_hosts(a, reg, main, host, guest, ctx)
    if len(meetings) < 2:
        return main, []
    first_hosts, _i, _ahead = meetings[0]
    if not any(p.name == q.name for p in first_hosts for q in main.persons):
        return main, []  # the main event is another meeting than the first one told
    later = meetings[1:MAX_HOSTS + 1]
    apart = {p.name for hosts, _i, _f in meetings[1:] for p in hosts}  # past the cap: still not at the first
    main.persons = [p for p in main.persons if p.name not in apart]
    day = ctx.isoformat() if ctx else main.date
    out = []
    for hosts, i, ahead in later:
        s = a.sentences[i]
        own = [_told(p, s) for p in a.persons if p.country == guest and any(s.start <= e[0] < s.end for e in p.evidence)]
        persons = (own or [_copied(guests[0])]) + [_told(p, s) for p in hosts]
        trig = [(t.char_start, t.char_end) for t in a.by_start("triggers").between(s.start, s.end)
                if t.key.partition("/")[0] == "CONSULT"]
        if ahead:
            ev = _same_day(main, s, "AGREE", None, list(main.countries), persons, Location(), trig)
            ev.date, ev.evidence["date"] = day, []
        else:
            ev = _same_day(main, s, "CONSULT", main.mode, list(main.countries), persons,
                           Location(main.location.city, host, list(main.location.evidence)), trig)
        out.append(ev)
    return main, out


def _present_at(a: Analysis, start: int, pos: int) -> bool:
    """Does a word of taking part or of a delegation's membership (names.yaml ATTENDED) open the list the mention at
    `pos` stands in, in its sentence from `start` ("Sastanku su prisustvovali ministarka … Jagoda Lazarević",
    "W skład delegacji weszli wiceminister … oraz posłanka …")? He is present at the meeting told, no host met at a
    meeting of his own."""
    rx = _attendance_forms(a.lang)
    return bool(rx and rx.search(a.text, start, pos))


@cache
def _attendance_forms(code: str) -> re.Pattern | None:
    """Any of the language's ATTENDED forms as whole words."""
    forms = load(code).phrase_forms.get("attended")
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)", re.I) if forms else None


def _told(p, s) -> Person:
    """A person the text names, as one of the event sentence `s` tells, with his evidence in it."""
    return Person(p.name, p.original, p.country, p.role, [e for e in p.evidence if s.start <= e[0] < s.end])


def _meetings_with_hosts(a: Analysis, reg: Region, main: Event, host: str, guest: str,
                         ctx: dt.date | None) -> list[tuple[list, int, bool]]:
    """The meetings of a visit with the host's officials, in text order: for each sentence of the region that tells
    a meeting on the main event's day (no other date; not quoted, not recalled), the host's officials named before
    the guest (hosts together: 'Orbán Viktor és Szijjártó Péter fogadta …') as one meeting, and each one named after
    him, or in a sentence that leaves him unnamed ('Sešel se je tudi s …'), as a meeting of his own. Each official
    counts once, at his first meeting; with the sentence's index and whether it is told as still to come. Not a
    sentence that names another of the guest's side: it lists the delegations at one meeting."""
    own = (main.evidence or {}).get("date", [])
    principal = next(p.name for p in main.persons if p.country == guest)  # the visitor: the guest side's first
    out: list[tuple[list, int, bool]] = []
    seen: set[str] = set()
    # where the titled people of any side but the guest's are named: a sentence naming none meets no host, and is
    # passed before the costlier tests below
    titled = sorted(e[0] for p in a.persons if p.role and p.country != guest for e in p.evidence)
    for i in range(a.sentence_of(reg.start), a.sentence_of(max(reg.start, reg.end - 1)) + 1):
        s = a.sentences[i]
        k = bisect.bisect_left(titled, s.start)
        if k == len(titled) or titled[k] >= s.end:
            continue
        if not meeting_told(a, s.start, s.end) or _quoted(a.text, s.start) \
                or _opening_cue(a, s.start, a.text[s.start:s.end].lower()) is not None \
                or _dated_otherwise(a, s, main, own, ctx) or _asks_whether(a, s) or _recalled(a, s.start, s.end):
            continue  # "During his previous visit, Sikorski met …": another time's meeting
        # not the guest's own people, whatever state their title names ("Japán magyarországi nagykövete")
        named = sorted((e[0], k) for k, p in enumerate(a.persons) if p.role and p.country != guest
                       for e in p.evidence if s.start <= e[0] < s.end and _side(a, p, s, main) == host)
        hosts = [a.persons[k] for k in dict.fromkeys(k for _pos, k in named) if a.persons[k].name not in seen
                 and not _visitor_of(a, s, min(e[0] for e in a.persons[k].evidence if s.start <= e[0] < s.end))
                 and not _present_at(a, s.start, min(e[0] for e in a.persons[k].evidence if s.start <= e[0] < s.end))]
        if not hosts:
            continue
        first = {p.name: min(e[0] for e in p.evidence if s.start <= e[0] < s.end) for p in hosts}
        visitors = {p.name for p in a.persons if p.country == guest and any(s.start <= e[0] < s.end for e in p.evidence)}
        if visitors - {principal}:
            continue  # "Kohtumisel osalesid Jaapani poolelt … ning Eesti poolelt …": the delegations of one meeting
        at = min((e[0] for p in a.persons if p.country == guest for e in p.evidence if s.start <= e[0] < s.end),
                 default=None)
        if at is None:
            # the guest unnamed ("Sešel se je tudi s …"): only whom the sentence's meeting takes after it was met;
            # an official acting before it did something else ("President Aliyev joined the talks", "Йотова
            # разговаря със студенти")
            verb = next((t.char_start for t in a.by_start("triggers").between(s.start, s.end)
                         if t.key.partition("/")[0] == "CONSULT"), s.end)
            hosts = [p for p in hosts if first[p.name] > verb]
            present = [p for p in hosts if _word_ending(a, load(a.lang).attended, first[p.name])]
            for p in present:  # "The talks were also attended by …": one more at the main event, no meeting
                if p.name not in {q.name for q in main.persons}:
                    main.persons.append(_told(p, s))
            hosts = [p for p in hosts if p not in present and _met_in_clause(a, s, first[p.name])]
            if not hosts:
                continue
        told_ahead = any(s.start <= m.char_start < s.end for m in a.future)
        together = [p for p in hosts if at is not None and first[p.name] < at]
        if together:
            out.append((together, i, told_ahead and _met_ahead(a, s, first[together[0].name])))
        apart: list[list] = []
        for p in hosts:
            if any(p is q for q in together):
                continue
            same = next((m for m in apart if m[0].role == p.role), None)
            if same is not None:  # "car Naruhito i carica Masako": one office twice is a couple, received together
                same.append(p)
            else:
                apart.append([p])
        out += [(m, i, told_ahead and _met_ahead(a, s, first[m[0].name])) for m in apart]
        seen |= {p.name for p in hosts}
    return out


def _met_ahead(a: Analysis, s, pos: int) -> bool:
    """Is the official at pos met in the future: the verb of meeting nearest before him in sentence `s` (after
    him where none is before, as in verb-final text) is told in the future? 'Sikorski also met Prime Minister
    Kishida and will meet Emperor Naruhito': Kishida was met, the emperor is still to be; a sentence whose
    meeting verb the trigger list misses keeps its future."""
    verbs = [t for t in a.by_start("triggers").between(s.start, s.end) if t.key.partition("/")[0] == "CONSULT"]
    before = [t for t in verbs if t.char_start < pos]
    verb = before[-1] if before else next((t for t in verbs if t.char_start > pos), None)
    if verb is None:
        return True
    if verb.char_start < pos and any(verb.char_end <= m.char_start < pos for m in a.future):
        return True  # "… traf X und wird Kaiser Naruhito treffen": a future's cue between the past verb and him
    return under_future(a, verb)


ATTENDED_REACH = 90  # characters from a word of taking part to the mention, his title between


def _word_ending(a: Analysis, rx, pos: int) -> bool:
    """Does a names.yaml pattern (a word, a few words of title, then the mention) end at pos?"""
    return bool(rx) and rx.search(a.text, max(0, pos - ATTENDED_REACH), pos) is not None


def _met_in_clause(a: Analysis, s, pos: int) -> bool:
    """Is the official at pos whom a verb of meeting before him takes ('Sešel se je tudi s predsednikom …')?
    Not a meeting's noun in a phrase of setting or time ('After the talks, …', 'Po jednání premiér … uvedl'),
    and not one who speaks after it (a verb of saying, dates.yaml SAID, in his clause after him)."""
    hi = _clause(a, s, pos)[1]
    lang = load(a.lang)
    after = tuple(tuple(str(f).lower().split()) for f in lang.raw["events"].get("AFTER") or ())
    verbs = []
    # from the sentence's start: a list of those met runs on past commas ("susitikimai su: …, …, …")
    for t in a.by_start("triggers").between(s.start, pos):
        if t.key.partition("/")[0] != "CONSULT" or is_setting(a, lang, t):
            continue
        k = bisect.bisect_left(a.token_starts, t.char_start)
        before = tuple(x.low for x in a.tokens[max(0, k - 3):k])
        if any(before[j:j + len(f)] == f for f in after for j in range(len(before))):
            continue  # "after the talks", "po jednání": the time of what he does
        verbs.append(t)
    if not verbs:
        return False
    said = grammar(a.lang).said
    k = bisect.bisect_left(a.token_starts, pos)
    return not any(t.low in said for t in a.tokens[k:bisect.bisect_left(a.token_starts, hi)])


def _visitor_of(a: Analysis, s, pos: int) -> bool:
    """Is the official named at pos the one whose visit a meeting's noun right before him tells, only his office
    and state between them ('в рамках подготовки к визиту премьер-министра Японии Синдзо Абэ')? He is not met."""
    t = next((t for t in reversed(a.by_start("triggers").between(s.start, pos)) if t.key.partition("/")[0] == "CONSULT"),
             None)
    if t is None or t.key != "CONSULT/visit":
        return False  # a verb of meeting takes whom it met right after it ("met Foreign Minister Hayashi")
    gap = list(a.text[t.char_end:pos])
    for m in a.by_start("roles").between(t.char_end, pos) + a.by_start("countries").between(t.char_end, pos):
        gap[m.char_start - t.char_end:m.char_end - t.char_end] = " " * (m.char_end - m.char_start)
    # only function words may stand between: "the visit of Prime Minister …", "a visit by …"
    return all(w.islower() and len(w) <= FUNCTION_WORD for w in re.findall(r"\w+", "".join(gap)))


FUNCTION_WORD = 3  # letters of the longest short word a visit's noun and its visitor may have between them


def _asks_whether(a: Analysis, s) -> bool:
    """Does the sentence ask whether something happens (events.yaml WHETHER: 'whether he would meet Kim',
    '金正恩国務委員長に会うのかどうか')? It tells no meeting."""
    at = _says(a, s.start, s.end, "WHETHER")
    while at is not None:
        if not _says(a, at, at + 1, "WHETHER_OR") or _after_break(a, s, at):
            return True
        at = _says(a, a.tokens[bisect.bisect_left(a.token_starts, at)].end, s.end, "WHETHER")  # "or": the next
    return False


def _after_break(a: Analysis, s, pos: int) -> bool:
    """Does pos open its sentence or follow a clause break ('Nie wiadomo, czy …')?"""
    k = bisect.bisect_left(a.token_starts, pos)
    return k == 0 or a.tokens[k - 1].end <= s.start or _breaks(a.text, a.tokens[k - 1].start, pos)


@cache
def _raw_forms(code: str, key: str) -> tuple[tuple[str, ...], ...]:
    """An events.yaml list as written, each form split into its words (lower case)."""
    return tuple(tuple(str(f).lower().split()) for f in load(code).raw["events"].get(key) or ())


def _says(a: Analysis, lo: int, hi: int, key: str) -> int | None:
    """Where the text between lo and hi first holds a form of the events.yaml list `key`: as written in a language
    whose words are not spaced (ja, ko), else word by word ('invitation to', 'kandidatúr*'); None if nowhere."""
    forms = _raw_forms(a.lang, key)
    if not forms:
        return None
    if load(a.lang).postpositions:
        low = a.text[lo:hi].lower()
        found = [k for f in forms if (k := low.find("".join(f))) >= 0]
        return lo + min(found) if found else None
    toks = a.tokens[bisect.bisect_left(a.token_starts, lo):bisect.bisect_left(a.token_starts, hi)]
    if not toks or not _key_words_rx(a.lang, key).search(lowered_slice(a.text, toks[0].start, toks[-1].end)):
        return None  # no form's longest word stands in the words' span even inside one: no form is there
    firsts = _first_words(a.lang, key)
    for k, t in enumerate(toks):
        if not has_form(t.low, firsts):
            continue  # one test of the forms' first words, in C, before any form is tried word by word
        for f in forms:
            if k + len(f) <= len(toks) and all(has_form(toks[k + j].low, (w,)) for j, w in enumerate(f)):
                return t.start
    return None


@cache
def _key_words_rx(code: str, key: str) -> re.Pattern:
    """Any form's longest word (a stem without its '*') anywhere in a lower-case text: each word of a form stands in
    the text where the form does, so one search in C spares the word-by-word test of a span none of them stands in
    (the longest, as "w", "in", "the" open many forms and stand everywhere)."""
    words = {max((w.rstrip("*") for w in f), key=len) for f in _raw_forms(code, key)}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _first_words(code: str, key: str) -> tuple[str, ...]:
    """The first words of an events.yaml list's forms."""
    return tuple(dict.fromkeys(f[0] for f in _raw_forms(code, key)))


def _side(a: Analysis, p, s, main: Event) -> str | None:
    """The state of an official named in sentence `s`: his own; none for an organisation's man named after it in
    his clause; the main event's for him; else the one state of the pair the sentence names before him, else the
    host's where it names no state outside the pair ('z jordanskim ministrom za industrijo … Tarekom Hamurijem',
    an adjective the lexicon lacks)."""
    if p.country:
        return p.country
    at = min(e[0] for e in p.evidence if s.start <= e[0] < s.end)
    if a.by_start("organizations").between(_clause(a, s, at)[0], at):
        return None  # "z nekdanjim generalnim sekretarjem OZN Ban Ki-moonom": an organisation's man
    known = next((q.country for q in main.persons if q.name == p.name and q.country), None)
    if known:
        return known
    named = {m.key for m in a.by_start("countries").between(s.start, at)}
    if not named <= set(main.countries) or len(named) > 1:
        return None
    # an official no state is told for, on a visit's meeting: the guest's own people are the ones the text
    # introduces with their state ('slovenski zunanji minister'); one the lexicon cannot place is the host's
    return next(iter(named)) if named else main.location.country


def _dated_otherwise(a: Analysis, s, main: Event, own: list, ctx: dt.date | None, later: bool = False,
                     years: bool = True) -> bool:
    """Does the sentence hold a date of another day than the main event's ('Kövér … 지난달 9일 방한했으며')? With
    `later`, a day after it is no other day: it dates what was agreed for then ('l-a invitat să facă o vizită la
    Bucureşti pe 1 iulie'), not the agreeing. Without `years`, a year alone is none: it names the term of what is
    backed ('kandidatúry do orgánov OSN na rok 2027')."""
    for dm in a.dates:
        if not s.start <= dm.start < s.end or any(st <= dm.start < en for st, en in own) or dm.relative == "same_day" \
                or _aside(a, dm.start):
            continue  # "… the 10th Joint Committee (Seoul, 25 March 2024)": a bracket dates what it follows
        r = resolve(dm, ctx or dt.date.fromisoformat(main.date))
        if not years and r is not None and r.precision == "year":
            continue
        if r is None or (r.iso()[0] != main.date and not (later and r.iso()[0] > main.date)):
            return True
    return False


def _told_at_meeting(a: Analysis, reg: Region, main: Event, ctx: dt.date | None) -> list[Event]:
    """What a meeting's report says the two sides did at it besides talking, each an event of its own on the
    meeting's day and at its place: an invitation extended (events.yaml INVITED: 'Opätovne pripomenul pozvanie pre
    premiéra … na Slovensko', AGREE, PLOVER), a visit of one of the pair's people announced ('トゥスク首相が訪日する
    予定', AGREE), a candidacy backed ('Ministri sa tiež vzájomne podporili v rôznych kandidatúrach', SUPPORT; asked
    for, REQUEST). Each kind once, in a sentence of the body with no other day, naming no third state, not quoted,
    not opening with a word of recalling, not asking whether."""
    if main.type != "CONSULT" or not main.date or main.date_precision != "day" or len(main.countries) != 2:
        return []
    out: list[Event] = []
    kinds: set[str] = set()
    own = (main.evidence or {}).get("date", [])
    inside = {p.name for p in main.persons}
    for i in range(a.sentence_of(_lead_body(a, reg)), a.sentence_of(max(reg.start, reg.end - 1)) + 1):
        s = a.sentences[i]
        trig = a.by_start("triggers").between(s.start, s.end)
        if not trig:
            continue  # a deed at the meeting is told with a word of its kind: most sentences hold none
        ahead = any(s.start <= m.char_start < s.end for m in a.future)
        kind = at = None
        coming = next((t.char_start for t in trig if t.key == "CONSULT/visit" and under_future(a, t)), None)
        if "invited" not in kinds and not ahead and (at := _says(a, s.start, s.end, "INVITED")) is not None \
                and _invited_to_come(a, s, at, main):
            kind, label = "AGREE", "invited"
        elif "visit" not in kinds and coming is not None \
                and any(p.name not in inside and any(_clause(a, s, coming)[0] <= e[0] < _clause(a, s, coming)[1]
                                                     for e in p.evidence) for p in _named_in(a, s)):
            kind, label, at = "AGREE", "visit", coming  # "トゥスク首相が訪日する予定": another of the pair is to come
        elif "backed" not in kinds and (at := _says(a, s.start, s.end, "CANDIDACY")) is not None \
                and any(t.key == "SUPPORT" for t in trig):
            kind = "REQUEST" if any(t.key == "REQUEST" for t in trig) else "SUPPORT"
            label = "backed"
        if kind is None or _aside(a, at) \
                or _dated_otherwise(a, _Span(*_clause(a, s, at)), main, own, ctx, later=kind == "AGREE",
                                    years=label != "backed"):
            continue  # quoted words, or what the clause dates to another day ("昨年11月の電話会談に引き続き")
        if _quoted(a.text, s.start) or _opening_cue(a, s.start, a.text[s.start:s.end].lower()) is not None \
                or _asks_whether(a, s) or not _of_the_pair(a, s, main) or _recalled(a, s.start, s.end):
            continue  # (… or recalled: "The visit comes after Kamikawa invited Sikorski to Tokyo last autumn")
        kinds.add(label)
        persons = _named_in(a, s) or [_copied(p) for p in main.persons]
        orgs = sorted({m.key for m in a.by_start("organizations").between(s.start, s.end)})
        ev = _same_day(main, s, kind, None, list(main.countries), persons,
                       Location(main.location.city, main.location.country, list(main.location.evidence)),
                       [(t.char_start, t.char_end) for t in trig], organizations=orgs)
        out.append(ev)
    return out


def _named_in(a: Analysis, s) -> list[Person]:
    """The people sentence `s` names, as it tells them (asked for only where a deed is found: most sentences hold
    none, and reading every person's evidence for each cost as much as the rest of the search)."""
    return [_told(p, s) for p in a.persons if any(s.start <= e[0] < s.end for e in p.evidence)]


def _clause(a: Analysis, s, pos: int) -> tuple[int, int]:
    """The clause of sentence `s` around pos: from the clause break before it to the one after it."""
    lo = max((a.text.rfind(c, s.start, pos) for c in _CLAUSE_BREAK), default=-1)
    brk = _CLAUSE_BREAK_RX.search(a.text, pos, s.end)
    return (lo + 1 if lo >= s.start else s.start), (brk.start() if brk else s.end)


def _invited_to_come(a: Analysis, s, at: int, main: Event) -> bool:
    """Is an invitation at `at` one to come: a meeting's word or a place of the pair in its clause after it (before
    it where the verb comes last: '…を日本に招待した'), no topic's word first ('invited South Korea to invest in
    Lithuania' asks for investment; 'pozvanie pre premiéra … na Slovensko' is a visit)?"""
    lo, hi = _clause(a, s, at)
    lo, hi = (lo, at) if load(a.lang).postpositions else (at, hi)
    goals = [t.char_start for t in a.by_start("triggers").between(lo, hi) if t.key.partition("/")[0] == "CONSULT"]
    goals += [m.char_start for m in a.by_start("countries").between(lo, hi) if m.key in main.countries]
    goals += [m.char_start for m in a.by_start("cities").between(lo, hi)]
    if not goals:
        return False
    goal = min(goals) if load(a.lang).postpositions else max(goals)  # the farthest: where the invited is to go
    span = (goal, at) if goal < at else (at, goal)
    if (called := _says(a, at + 1, hi, "CALLED_ON")) is not None and not any(
            t.key == "CONSULT/visit" for t in a.by_start("triggers").between(called, called + CALLED_REACH)):
        return False  # "pozvao je Japan da podrži Hrvatsku": called on to act; "… da posjeti Zagreb" is a visit
    return not a.by_start("topics").between(*span)


CALLED_REACH = 20  # characters from a CALLED_ON word to the verb of visiting it opens ("da posjeti", "да посети")
