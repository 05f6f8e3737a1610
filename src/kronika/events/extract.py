"""Assemble events from the annotations of one document.

News items report one main event, told in the headline and the lead; chronicles (monitoring
reports) hold one dated entry per event. Both become `Event`s with evidence spans. Each field
is chosen by its own `choose_*` from an `EventContext`; the shared analysis is never modified.
"""
from __future__ import annotations

import copy
from collections import Counter
import bisect
import calendar
import datetime as dt
import os
import re
from dataclasses import replace
from functools import cache, lru_cache
from operator import attrgetter

from kronika import data
from kronika.events.context import (
    COUNTRY_WEIGHTS,
    TOPIC_WEIGHTS,
    CountryWeights,
    EventContext,
    Tally,
    TopicWeights,
)
from kronika.events.context import first_body_sentence as _first_body_sentence
from kronika.events.context import (according_rx, after_phrase, after_point, bare_weekday, complementizers,
                                    future_auxiliaries, since_point, stay_words)
from kronika.events.location import _dateline_city, _is_place, choose_location, planned_visit
from kronika.nlp.published import (PLATFORM_LANGUAGE, embedded_dates, in_caption, in_date_line, in_embedded,
                                   opens_dateline)
from kronika.events.region import Region, _in, starting_in
from kronika.events.topics import (after_also_met, aid_field, and_words, appraising, beside_culture, condoled, discussed,
                                   given_name_cue, in_field, in_office, in_person_name, in_prose, in_url, listed_field,
                                   local_office, lower_case_abbreviation, member_class, portfolio_before, quoted_apart,
                                   rebuilt_states, section_menu, site_line)
from kronika.events.types import (GOVERNED_SPAN, SPEECH_ACTS, _breaks, _quoted, choose_type, first_told, governed,
                                  held_subject, may_link, meeting_told, time_after, under_future)
from kronika.lang import has_form, hook, load, word_set, words_opening
from kronika.model import Event, Location, Person
from kronika.nlp.analyze import Analysis
from kronika.nlp.dates import (LASTS_KEY, MONTH_THIRDS, ResolvedDate, _last_dash, grammar, resolve, valid_date,
                               with_duration)
from kronika.nlp.persons import (EAST_ASIA, EAST_ASIAN_STATES, EAST_SLAVIC, across, east_slavic_to_english,
                                 european_given, name_origin)
from kronika.text.scripts import HAN, HANGUL
from kronika.text.spans import SHIFTED

# organisations whose presence frames a meeting as multilateral
MULTILATERAL_ORGS = frozenset({"EU", "NATO", "UN", "OSCE", "V4", "ASEAN", "G7", "G20", "UNSC"})
# a state's own development agency ("Јапонската агенција за меѓународна соработка (JICA)"): an arm of a party,
# never the forum or the sidelines of a meeting
NATIONAL_AGENCIES = frozenset({"JICA", "KOICA"})
EU_SEATS = frozenset({"BE", "LU", "FR"})  # a meeting with the EU there is at home for the EU
# offices that speak of an event rather than take part in it: a spokesperson who "informed" names no participant
REPORTING_ROLES = frozenset({"spokesperson"})
RECALLED = ("last_year", "last_month", "last_week", "last_weekend", "yesterday", "days_ago", "weeks_ago", "months_ago", "years_ago")  # relative dates that name another time
# of these, the ones no report of one trip spans ("а вчора зі своїм колегою" may be the same visit's day before)
LONG_AGO = ("last_year", "last_month", "last_week", "weeks_ago", "months_ago", "years_ago")
RECENT_MONTHS = 3  # a news item tells an event of a past month with no day only while it is this recent
STALE_DAYS = 45  # a day this long before the page's, past the lead's first paragraph, is a contact it recalls


def choose_countries(c: EventContext, persons: list, w: CountryWeights = COUNTRY_WEIGHTS) -> tuple[list[str], dict]:
    """Participating states: named in headline and lead, or the countries of the people."""
    t = _country_votes(c, persons, w)
    for k in list(t.score):
        # one mention in a headline or page banner, and nowhere else: not a party
        if t.kinds[k] in (["headline"], ["group"]) and t.spans[k][0][0] < min(c.title_end, c.body_start):
            t.drop(k)
    if not t.score:
        return [], {}
    ranked = t.score.most_common()
    # the best-backed state by its own names: a grouping's votes ("V4" for each member) lift its members,
    # not the bar a state named beside it must clear ("V4 and the Republic of Korea")
    top = max(s - t.kinds[k].count("group") * w.group for k, s in ranked) or ranked[0][1]
    backed = {p.country for p in persons if p.country}
    home = press_home(c.a)
    if home and _untold_official(persons, minister=True, a=c.a):
        backed.add(home)  # "岩屋外務大臣は … フランスのバロ外相と会談": the press's own minister, named with no state, is a side
    keep = [k for k, s in ranked if s >= max(w.min_vote, w.share_of_top * top)]
    # beyond the two sides, a state must be more than a passing mention ("refugees from Ukraine"); when
    # both sides have their people, a third is a party only with a person or in the sentence telling the event
    sides = [k for k in keep if k in backed]
    if home in backed and home not in t.score:
        sides.append(home)  # the press's own official, his state named nowhere, is one side of the talks
    front = [k for k in sides if _named_up_front(c, t, k, persons)]
    if len(sides) > 2 and len(front) >= 2:
        # "Yoon also met separately with … In his meeting with Slovak President …": a state named with its
        # person only further down, beside two named up front, is another contact of the trip
        sides = front
    if len(sides) >= 2:
        keep = sides + [k for k in keep if k not in backed and len(t.spans[k]) >= 2
                        and t.score[k] >= w.extra_share * top and _told_with(c, t.spans[k])]
    else:
        keep = keep[:2] + [k for k in keep[2:] if k in backed or (len(t.spans[k]) >= 2
                                                                 and t.score[k] >= w.extra_share * top
                                                                 and _told_with(c, t.spans[k]))]
    if len(keep) < 2 and len(ranked) > 1 and ranked[1][1] >= w.second_side:
        keep = [k for k, _ in ranked[:2]]
        # of the states named as often, the one whose official takes part is the other side, not the place
        # the meeting was held in ("イタリアを訪れている岩屋外務大臣は … バロ外相と会談")
        other = next((k for k, s in ranked[1:] if k in backed and s >= ranked[1][1]),
                     home if home in backed and home not in t.score else None)
        if other and other not in keep:
            keep = [ranked[0][0], other]
    elif len(keep) == 1 and len(ranked) == 2 and across(keep[0], ranked[1][0]):
        # "the Ambassador of Japan made his farewell visit to Tartu" and Japan's name only further down: the one
        # other state the text names, on the other side of the Europe-East Asia divide, is the other side
        keep = [k for k, _ in ranked]
    if len(keep) == 1 and home and home not in keep and _untold_official(persons):
        keep.append(home)  # "Заместник-министърът ... се срещна с японския ...": the press's own official
    return sorted(set(keep)), {k: t.spans.get(k, []) for k in keep}


def _untold_official(persons: list, minister: bool = False, a: Analysis | None = None) -> bool:
    """Does an official with a title but no state named take part (the press's own, as its readers read him)?
    With `minister`, one of a government's ministers: a mayor with no state named is the host town's, as like
    as not abroad ("spotkał się z burmistrzem miasta Shiroishi"); with the analysis, one whose state is not named
    right before him ("韓国外交部のキム・ドクス次官補": Korea's; "イタリアを訪れている岩屋外務大臣": Italy is where he went)."""
    return any(p.role and not p.country and p.role != "counterpart" and (not minister or "minister" in p.role)
               and not (a and _state_before(a, p)) for p in persons)


STATE_BEFORE = 15  # characters between a state's name and the official of it ("韓国外交部の", "the Korean ministry's")


def _state_before(a: Analysis, p) -> bool:
    """Is a state named just before one of the person's mentions, with no trigger (a verb of going) between?"""
    for s, _e in p.evidence:
        for m in a.countries:
            if 0 <= s - m.char_end <= STATE_BEFORE and "\n" not in a.text[m.char_end:s] and not any(
                    m.char_end <= t.char_start < s for t in a.triggers):
                return True
    return False


def _named_up_front(c: EventContext, t: Tally, k: str, persons: list) -> bool:
    """Is the state named in the headline or the lead, by its name, a grouping or one of its people?"""
    if any(kind in ("headline", "lead", "group", "capital") for kind in t.kinds[k]):
        return True
    return any(p.country == k and any(c.in_lead(s) for s, _e in p.evidence) for p in persons)


@cache
def _seat_words(code: str) -> re.Pattern | None:
    """places.yaml SEAT_OF_STATE: a state's own institutions, then the locative word before their capital."""
    p = load(code).raw["places"]
    words = sorted((str(w).lower() for w in p.get("SEAT_OF_STATE") or ()), key=len, reverse=True)
    locs = "|".join(re.escape(w) for w in load(code).locative)
    if not words or not locs:
        return None
    return re.compile(words_opening(words, re.I) + rf"\s+(?:{locs})\s+$", re.I)


def _seat_of_state(a: Analysis, m) -> bool:
    """Is a capital named as the seat of its state's institution ("the Foreign Ministry in Seoul", "das
    Außenministerium in Tokio")? It stands for that state, wherever the event is."""
    rx = _seat_words(a.lang)
    return bool(rx and rx.search(a.text, max(0, m.char_start - 40), m.char_start))


def _told_with(c: EventContext, spans: list) -> bool:
    """Is a state named in the headline or in the sentence the event is first told in?"""
    a = c.a
    if c.title_end and a.text[c.title_end:c.title_end + 1] == " ":
        told = a.sentence_of(c.title_end - 1)  # no headline: the paragraph's first sentence stood for one
        return any(a.sentence_of(s) == told for s, _e in spans)
    told = first_told(a, starting_in(a, "triggers", c.reg.start, c.reg.end), c.title_end, c.reg)
    return any(s < c.title_end or a.sentence_of(s) == told for s, _e in spans)


def _country_votes(c: EventContext, persons: list, w: CountryWeights) -> Tally:
    """Votes for each state from its names, its capital, its groupings and its people."""
    a, t = c.a, Tally()
    for m in starting_in(a, "countries", c.reg.start, c.reg.end):
        if c.in_region(m.char_start):
            part = c.where(m.char_start)
            t.add(m.key, getattr(w, part), (m.char_start, m.char_end), part)
    for m in starting_in(a, "cities", c.reg.start, c.reg.end):
        # "Moskwa i Tokio uzgodniły": a capital that is not a place of meeting stands for its state
        cc = data.capitals().get(m.key)
        if cc and c.in_region(m.char_start) and _seat_of_state(a, m):
            part = c.where(m.char_start)  # "the Foreign Ministry in Seoul": as good as "the South Korean ministry"
            t.add(cc, getattr(w, part), (m.char_start, m.char_end), part)
        elif cc and c.in_region(m.char_start) and not _is_place(a, m):
            wt = w.capital_lead if m.char_start < c.reg.lead_end else w.capital_body
            t.add(cc, wt, (m.char_start, m.char_end), "capital")
    groups = data.groups()
    for m in a.groups:
        g = groups.get(m.key)
        if g and g.get("expand") and c.in_lead(m.char_start):
            for member in g["members"]:
                t.add(member, w.group, (m.char_start, m.char_end), "group")
    for p in persons:
        if p.country:
            t.add(p.country, w.person, None, "person")
    return t


def choose_persons(c: EventContext, other_date_sents: set[int], future: dict[int, int] | None = None) -> list:
    """People taking part: named in the lead, or with an office title in the event's text (copies).

    A person named only in sentences about another time (an earlier meeting, a visit still to come)
    does not take part in this one.
    """
    a, reg = c.a, c.reg
    out, sources, recalled, dated, unplaced = [], [], [], [], []
    past, later = _background_sentences(c), _background_clauses(c)
    for p in a.persons:
        spans = [s for s in p.evidence if reg.start <= s[0] < reg.end]
        if not spans or any(_celebrated(a, s[0]) for s in spans):
            continue  # "rođendana japanskog cara Akihita. Akihito je 125. vladar …": the occasion, then told of
        # "..., kiedy prezydent Donald Trump oznajmił": named only in a clause about another moment, the background
        now = [s for s in spans if a.sentence_of(s[0]) not in past
               and not s[0] >= later.get(a.sentence_of(s[0]), len(a.text))  # "…, a pre toga Lavrov je imao razgovor sa X"
               and not _in_other_time_clause(a, s[0])
               and not _dated_relative_clause(a, s[0]) and not _named_by_kin(a, s[0]) and not _owner_named(a, s)
               and not _deceased(a, s[0])
               and not (_held_then(a, s[0]) and a.sentence_of(s[0]) != c.first_sentence)
               and not _named_in_succession(a, s[0]) and not _message_sender(a, s[0])
               and not _invited(a, s[0]) and not _greeted_from_afar(a, s[0]) and not _not_held(a, s)
               and not _word_before(a, s[0], "spoken_of")  # "remarks … about President X": the topic
               and not _relations_of(a, s[0])
               # "«… the visit of Prime Minister Borisov in September»", said X; a reporter's narration is told as fact
               and not ((_quoted(a.text, s[0]) or _in_speech(a.text, s[0])) and not _narrated(a, s[0]))
               and s[0] < (future or {}).get(a.sentence_of(s[0]), len(a.text))]
        # an envoy recalled, a visitor still to come: no party to today's act, unless no one else is named
        here = [s for s in now if not _recalled(a, s[0]) and not _visit_to_come(a, s[0]) and not _maybe_met(a, s[0])
                and not (a.sentence_of(s[0]) != c.first_sentence and _also_met(a, s[0]))]
        told = [s for s in here if not _source(a, s[0]) and not _commentator(a, s)]
        if _takes_part(c, p, told, other_date_sents):
            out.append(copy.copy(p))
        elif _takes_part(c, p, here, other_date_sents):
            sources.append(copy.copy(p))
        elif _takes_part(c, p, now, other_date_sents):
            recalled.append(copy.copy(p))
        elif p.role and p.country and any(s[0] < c.reg.lead_end for s in told):
            dated.append(copy.copy(p))  # "Președintele Poloniei Andrzej Duda a ajuns … luni seara": the lead, dated apart
        else:
            unplaced.append((p, told))
    out += _listed_with(a, out, unplaced)
    # "O jednání informoval tajemník kabinetu …": who tells of a meeting of others is no party to it; who tells
    # of his own act ("…, poinformował premier Fumio Kishida" of sanctions) is its only one
    out = out if len(out) >= 2 else out + sources
    out += _other_side(out, sources)
    out += _dated_other_side(out, dated)
    # "наложио … повлачење амбасадора … Зорана Вељића": the envoy recalled is no party to the act of who
    # recalls him, nor "a possible visit by Prime Minister X" its visitor; told alone ("Japan recalled its
    # ambassador X", "the upcoming visit of X" of an announcement), he is the news
    return _one_per_person(out or recalled)


def _listed_with(a: Analysis, out: list, unplaced: list) -> list:
    """The people named in a list right after a party, joined to him only by a comma or a word of "and", past a
    party label in brackets and their own title ("народните представители Деница Николова (ГЕРБ-СДС), Даниел Лорер
    (ПП-ДБ), Мая Димитрова …"): the items of one list share its verb, so each is a party as the first is."""
    ends = {s[1] for q in out for s in q.evidence}
    added: list = []
    taken: set[int] = set()
    grew = True
    while grew:  # "X, Y and Z": Z joins Y, who joined X
        grew = False
        for i, (p, told) in enumerate(unplaced):
            if i in taken or not any(_list_joint(a, e, s[0], p) and _item_closes(a, s[1]) for s in told for e in ends):
                continue
            taken.add(i)
            added.append(copy.copy(p))
            ends |= {s[1] for s in p.evidence}
            grew = True
    return added


LIST_JOINT_REACH = 100  # characters a list's joint may take: a comma, a party in brackets, a title of a few words
_BRACKETED = re.compile(r"\([^()\n]{0,60}\)")
_APPOSED_THEN_SEMICOLON = re.compile(r",[^,.;:!?()\n]{0,80};\s*$")  # "X, adviser; Y": the items' own titles after them
_JOINT_WORDS = 5  # words of the next item's own title before its role word ("Japonijos Aukštutinių rūmų pirmininku")


def _item_closes(a: Analysis, end: int) -> bool:
    """Does a list's item close at `end`: a bracket, a comma, a stop or a word of "and" next, no verb ("Po spotkaniu z
    Imamurą, Marko Petrović powiedział": a clause's subject after its opening phrase, no item of a list)?"""
    m = re.match(r"\s*(?:[(,;.:]|$|(\w+))", a.text[end:end + 40])
    return bool(m) and (m.group(1) is None or m.group(1).lower() in and_words(a.lang))


def _list_joint(a: Analysis, end: int, pos: int, p) -> bool:
    """Is the text from a mention's `end` to the mention of `p` at `pos` a list's joint: a comma or a word of "and"
    (topics.yaml AND) first, then nothing but a bracketed party, a state's name and `p`'s own title?"""
    if not 0 < pos - end <= LIST_JOINT_REACH:
        return False
    gap = _BRACKETED.sub(" ", _without_states(a, end, pos))
    if _APPOSED_THEN_SEMICOLON.match(gap):
        return True
    titled = p.role_span is not None and end <= p.role_span[0] and p.role_span[1] <= pos
    if titled:  # his title, and the few words of it before its role word, are his own
        gap = _BRACKETED.sub(" ", _without_states(a, end, p.role_span[0]))
    m = re.match(r"\s*(,|;)?\s*", gap)
    rest = gap[m.end():].split()
    joins = and_words(a.lang)
    if rest and rest[0].lower() in joins:
        rest = rest[1:]
    elif not m.group(1):
        return False  # no joint at all: "X said Y"
    if re.search(r"[,.;:!?()\n\"„“”«»]", " ".join(rest)):
        return False
    markers = load(a.lang).markers
    if any(w.lower() in markers or w.lower() in joins for w in rest):
        return False  # "…, který …", "…, че …": a clause of its own
    return len(rest) <= (_JOINT_WORDS if titled else 0) and (titled or pos - end <= LIST_JOINT_REACH)


def _one_per_person(people: list) -> list:
    """The people without a second form of one of them: the same family name of the same state after a given
    name and its short form ("Владимир Бучковски", "Владо Бучковски"), the fuller named one kept."""
    out: list = []
    for p in sorted(people, key=lambda q: (q.registry_id is None, -len(q.name))):
        if not any(_short_form_of(p, q) for q in out):
            out.append(p)
    return [p for p in people if p in out]  # in the order found


def _short_form_of(p, q) -> bool:
    """Is `p` a short form of `q` (Vlado of Vladimir, family name and state the same)?"""
    a, b = p.name.split(), q.name.split()
    if len(a) != 2 or len(b) != 2 or a[1] != b[1] or a[0] == b[0] or p.country != q.country:
        return False
    short, long_ = sorted((a[0], b[0]), key=len)
    return len(short) >= 4 and long_.startswith(short[:4]) and len(long_) > len(short)


def _other_side(out: list, sources: list) -> list:
    """The tellers of another state than the one state of every party found: "об этом заявил министр … Эдгар
    Ринкевич, находящийся в Японии с визитом. Он встретился с министром … Коитиро Гэмба и … Янагисава" - a
    meeting has two sides, and a teller of the side no party is on tells of his own meeting, no spokesman of it."""
    if len(out) < 2 or any(q in out for q in sources):
        return []
    states = {p.country for p in out}
    if len(states) != 1 or None in states:
        return []
    return [q for q in sources if q.country is not None and q.country not in states]


def _dated_other_side(out: list, dated: list) -> list:
    """The titled people of one other state named in the lead only in a sentence dated apart, where every party
    found is of one state: "Președintele Poloniei Andrzej Duda a ajuns în România luni seara" before Tuesday's
    talks with Iohannis, "전날부터 공식 방한 중인 … 라우 폴란드 외교장관과 … 회담했다" - the guest whose arrival or
    stay the lead dates, the other side of the meeting."""
    states = {p.country for p in out}
    if not out or len(states) != 1 or None in states:
        return []
    others = {q.country for q in dated} - states
    return [q for q in dated if q.country in others] if len(others) == 1 else []


def _takes_part(c: EventContext, p, now: list, other_date_sents: set[int]) -> bool:
    """Do these mentions make the person a party: one in the lead, two with a title, or a counterpart met?"""
    in_lead = [s for s in now if s[0] < c.reg.lead_end and c.a.sentence_of(s[0]) not in other_date_sents]
    # a title and two mentions make a party, of whatever time (h16/persons asked both to be of the event's time:
    # that dropped the lead's own subjects where a clause of the sentence was dated apart, in our articles too)
    of_now = [s for s in now if c.a.sentence_of(s[0]) not in other_date_sents]
    return bool(in_lead) or bool(p.role and len(now) >= 2 and _state_of_lead(c, p)) \
        or _counterpart_met(c, p, now, other_date_sents) \
        or _greeted(c, p, now, other_date_sents) or _host_met(c, p, now, other_date_sents) \
        or _met_by_verb(c, p, now, other_date_sents) \
        or bool(p.role and any(_attended(c.a, s[0]) for s in of_now)) \
        or any(_led_by(c.a, s[0]) for s in of_now)


def _state_of_lead(c: EventContext, p) -> bool:
    """Is a titled person named only further down of a state the lead names, or of none known? "В ходе сессии
    Верховного народного собрания КНДР председатель … Ким Чен Ын заявил …" under a lead on a meeting of
    Korea, Japan and the US: a leader of a state the lead leaves out is the background's, however often named."""
    if p.country is None or p.country == load(c.a.lang).home:
        return True
    return any(m.key == p.country and c.in_lead(m.char_start) for m in c.a.countries) \
        or any(q.country == p.country and any(c.in_lead(s[0]) for s in q.evidence) for q in c.a.persons if q is not p)


def _attended(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` one present at the event, right after a word of taking part, past his title
    ("Vēstniecības atklāšanā piedalījās arī Japānas ārlietu viceministrs …", "в присутствии посла …"; names.yaml
    ATTENDED)? Named once and far from the lead, he is still a party."""
    return bool(_word_before(a, pos, "attended"))


def _led_by(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` who leads a delegation, right after a word of leading, past his title ("делегација
    од јапонската Влада, предводена од комесарот …, Шуничи Токура", "a delegation led by"; names.yaml LED_BY)? The
    head of a delegation received is a party, title or not."""
    return bool(_word_before(a, pos, "led_by"))


def _host_met(c: EventContext, p, now: list, other_date_sents: set[int]) -> bool:
    """Is the person an official of a state the lead names no one of, met further down by one it does name
    ("… Teruyoshi Inagawa a városházán találkozott Walter Dezső polgármesterrel": the ambassador of the lead meets
    the mayor)? A visit's host is its party, though the lead names only the guest."""
    a = c.a
    home = load(a.lang).home
    state = lambda q: q.country or (home if q.role else None)  # noqa: E731  a titled native name serves HOME
    if not p.role or state(p) is None:
        return False
    lead = [q for q in a.persons if q is not p and any(s[0] < c.reg.lead_end for s in q.evidence)]
    if not lead or any(state(q) in (state(p), None) for q in lead):
        return False
    # the host's state is the press's own or one the lead names: "plans to meet Kamikawa in Japan next" is no host
    if state(p) != home and not any(m.key == state(p) and c.in_lead(m.char_start) for m in a.countries):
        return False
    for s in now:
        k = a.sentence_of(s[0])
        if k in other_date_sents:
            continue
        sent = a.sentences[k]
        trig = a.by_start("triggers").between(sent.start, sent.end)
        said = governed(a, trig)  # "passed on the invitation … to visit": a visit offered, no contact
        met = any(t.key.partition("/")[0] == "CONSULT" and i not in said and not under_future(a, t)
                  for i, t in enumerate(trig))
        if met and (any(sent.start <= e[0] < sent.end for q in lead for e in q.evidence)
                    or _bare_title_of(a, sent, lead)):
            return True
    return False


def _met_by_verb(c: EventContext, p, now: list, other_date_sents: set[int]) -> bool:
    """Is the titled person the object of a meeting verb further down, his title right after the verb past a
    preposition and his state's name ("susitikęs su Japonijos užsienio reikalų ministru Yoshimasa Hayashi"), in a
    sentence of the event's time, and of a state no person of the lead is of? The lead's people met him: the
    other side of their meeting, though named once and after the lead."""
    a = c.a
    sides = _sides_of(p)
    if p.role_span is None or not sides or not any(a.sentence_of(s[0]) not in other_date_sents for s in now):
        return False
    # "… va avea întrevederi cu Împăratul Naruhito, cu prim-ministrul Fumio Kishida": who the lead names only as
    # met later is no side already met; the one met now further down is
    later = _future_sentences(c)
    lead = [q for q in a.persons if q is not p and any(
        s[0] < c.reg.lead_end and s[0] < later.get(a.sentence_of(s[0]), len(a.text)) for s in q.evidence)]
    if not lead or any(q.country is None or q.country in sides for q in lead):
        return False
    k = a.sentence_of(p.role_span[0])
    if k in other_date_sents or not any(a.sentence_of(s[0]) == k for s in now):
        return False
    sent = a.sentences[k]
    trig = a.by_start("triggers").between(sent.start, p.role_span[0])
    said = governed(a, trig)  # "invited … to meet": an offer, no contact
    return any(t.key.partition("/")[0] == "CONSULT" and i not in said and not under_future(a, t)
               and 0 <= p.role_span[0] - t.char_end <= MEETING_OBJECT_GAP and _only_small_words(_without_states(a, t.char_end, p.role_span[0]))
               for i, t in enumerate(trig))


def _sides_of(p) -> set[str]:
    """The states a person may be of: his own, or where the text names none, those his name tells ("s ministrom pre
    zjednotenie Kim Jong-hom": a Korean name is Korea's man, as _sides_by_name reads it later)."""
    return {p.country} if p.country else set(EAST_ASIAN_STATES.get(name_origin(p.name), ()))


MEETING_OBJECT_GAP = 40  # a meeting verb, a preposition and a state's name ("met with Japan's") before the title


def _without_states(a: Analysis, start: int, end: int) -> str:
    """The text between two points with the states' names in it blanked ("su Japonijos", "с японским")."""
    gap = a.text[start:end]
    for m in a.countries:
        if start <= m.char_start and m.char_end <= end:
            gap = gap.replace(a.text[m.char_start:m.char_end], " ", 1)
    return gap


def _only_small_words(gap: str) -> bool:
    """Does the text hold only short words (prepositions, clitics), no stop?"""
    return all(len(w) <= 3 for w in re.findall(r"\w+", gap)) and not re.search(r"[.;:!?()\n]", gap)


def _bare_title_of(a: Analysis, sent, lead: list) -> bool:
    """Does the sentence name a lead person by his title alone ("ambasadorul a fost primit … de primarul X": the
    ambassador of the lead), a title no name of anyone follows?"""
    held = {q.role_span for q in a.persons if q.role_span}
    keys = {q.role for q in lead if q.role}
    return any(r.key in keys and (r.char_start, r.char_end) not in held
               for r in a.by_start("roles").between(sent.start, sent.end))


def _counterpart_met(c: EventContext, p, now: list, other_date_sents: set[int]) -> bool:
    """Is the person named further down as the counterpart of a party ("на зустрічі з українським колегою
    Дмитром Кулебою", "mit seinem Amtskollegen …"), in a sentence of the event's time? A visit's host is its
    party, though the lead names only the guest."""
    if p.role_span is None or not any(c.a.sentence_of(s[0]) not in other_date_sents for s in now):
        return False
    return any(r.key == "counterpart" and (r.char_start, r.char_end) == p.role_span for r in c.a.roles)


# roles.yaml keys of a state's envoys: its resident diplomats (a counsellor is summoned in the ambassador's place)
ENVOYS = frozenset({"ambassador", "chargé d'affaires", "consul", "counsellor"})


def _greeted(c: EventContext, p, now: list, other_date_sents: set[int]) -> bool:
    """Is the person an official whom a word of greeting names right before his title, in a sentence of the
    event's time ("Македонскиот претседател … го поздрави првиот резидентен амбасадор на Јапонија, г-ѓа Кеико
    Ханеда"; names.yaml GREETED)? The host greets him at the event the lead tells."""
    a = c.a
    if p.role not in ENVOYS or p.role_span is None or not now or load(a.lang).greeted is None:
        return False  # "welcomed the decision of Prime Minister …": a leader's idea is greeted, an envoy himself
    sent = a.sentence_of(p.role_span[0])
    if sent in other_date_sents or not any(a.sentence_of(s[0]) == sent for s in now):
        return False
    return bool(load(a.lang).greeted.search(a.text, max(a.sentences[sent].start, p.role_span[0] - 60), p.role_span[0]))


def _named_by_kin(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` how the text names someone else, right after a kinship noun ("the daughters
    of President Putin", "съпругата на външния министър Сергей Лавров"; names.yaml KIN)?"""
    return bool(_word_before(a, pos, "kin"))


def _celebrated(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` whose birthday a reception celebrates, right after its word, past his title ("povodom
    proslave rođendana japanskog cara Akihita"; names.yaml CELEBRATED)? The occasion, not a guest."""
    return bool(_word_before(a, pos, "celebrated"))


def _owner_named(a: Analysis, span) -> bool:
    """Is the mention `span` a name in the genitive before a noun it owns ('Putina partijas aktīvisti': the
    activists of Putin's party; names.yaml OWNED_AFTER)? It says whose the noun is, not who takes part."""
    rx = load(a.lang).owned_after
    return bool(rx and rx.match(a.text, span[1]))


KIN_REACH = 60  # characters from a kinship noun to the name it is said of, titles between


def _word_before(a: Analysis, pos: int, words: str, reach: int = KIN_REACH) -> re.Match | None:
    """The language's pattern `words` (a word, a few words of title, then the mention: Language.kin, .message
    …) ending at `pos`, within `reach` characters; None where the language has none."""
    rx = getattr(load(a.lang), words)
    if not rx:
        return None
    # choose_persons asks fifteen such patterns before each mention and nearly all find nothing: one search for
    # a form of any of them answers all (a match opens with one of its pattern's forms, inside the window)
    if reach <= QUIET_REACH and id(rx) in _quiet_patterns(a.lang) and _quiet_before(a, pos):
        return None
    return rx.search(a.text, max(0, pos - reach), pos)


QUIET_REACH = 90  # the widest window `_quiet_before` looks at (SUCCESSION_REACH, the commentator's)


@cache
def _quiet_patterns(code: str) -> frozenset[int]:
    """ids of the language's patterns whose forms it keeps (Language.phrase_forms)."""
    lang = load(code)
    return frozenset(id(getattr(lang, name)) for name in lang.phrase_forms)


@cache
def _any_form(code: str) -> re.Pattern:
    """Any form of any of the language's phrase patterns (Language.phrase_forms), as a whole word's start."""
    forms = {f for words in load(code).phrase_forms.values() for f in words}
    return re.compile(words_opening(sorted(forms, key=len, reverse=True), re.I), re.I)


def _quiet_before(a: Analysis, pos: int) -> bool:
    """Does no form of any of the language's phrase patterns open in the QUIET_REACH characters before `pos`
    (so no such pattern matches there)? Asked once per position of a text."""
    kept = a.cached("quiet before", dict)
    quiet = kept.get(pos)
    if quiet is None:
        quiet = kept[pos] = _any_form(a.lang).search(a.text, max(0, pos - QUIET_REACH), pos) is None
    return quiet


DECEASED_GAP = 2  # spaces between the word marking the dead and the name ("고 아베", "故 安倍")


def _deceased(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` of the dead, a word of names.yaml DECEASED right before it ("故安倍晋三国葬儀",
    "고(故) 아베 신조 전 총리 국장")? The word must start a word of its own: 事故 ends in 故, 최고 in 고."""
    words = load(a.lang).deceased if a.lang else ()
    if not words:
        return False
    before = a.text[max(0, pos - 8):pos]
    stripped = before.rstrip()
    if len(before) - len(stripped) > DECEASED_GAP:
        return False
    form = next((w for w in words if stripped.endswith(w)), None)
    if form is None:
        return False
    if _HANGUL_SYLLABLE.match(form[-1]) and len(before) == len(stripped):
        return False  # a syllable glued to the name is its first ("고민정" split as 고 + 민정), "고 아베" the word
    k = len(stripped) - len(form)
    return k == 0 or not _SAME_SCRIPT_WORD.match(stripped[k - 1])


_SAME_SCRIPT_WORD = re.compile(f"[{HAN}{HANGUL}]")  # an ideograph or Hangul syllable: inside a word
_HANGUL_SYLLABLE = re.compile(f"[{HANGUL}]")  # Hangul spaces its words: a syllable glued on is the name's


def _named_in_succession(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` someone a change in office names, right after its word ("his predecessor",
    "сменил на посту посла", "seit dem Amtsantritt des Premierministers"; names.yaml SUCCESSION)?"""
    return bool(_word_before(a, pos, "succession", SUCCESSION_REACH))


def _message_sender(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` the sender of a message, the first person after its word ("eine Botschaft von
    Präsident Wladimir Putin überbringen"; names.yaml MESSAGE)? A second one is whom it goes to."""
    m = _word_before(a, pos, "message")
    return bool(m) and not any(m.start() < s < pos for p in a.persons for s, _e in p.evidence)


def _invited(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` whom a verb of inviting invites ("pozval premiéra Fumia Kišidu k návštěvě",
    "ponovio poziv ministru …, Fumiju Kišidi"; names.yaml INVITED)? He is to come another time."""
    return bool(_word_before(a, pos, "invited"))


_CLOSING_QUOTES = "»”“\""


_LEFT_OPEN = (("„", "“”"), ("«", "»"), ("“", "”"))  # an opening mark and the marks that close it
_SPEECH_DASHES = ("– ", "— ")  # a line of direct speech opens with one ("– Niedawno rozmawiałem … – powiedział")


def _in_speech(text: str, pos: int) -> bool:
    """Is `pos` inside someone's words in a way `_quoted` does not see: »…« (Slovene, German, Czech), a
    quotation opened on its line and left open into the next paragraph, or a line of direct speech opened by
    a dash, before the dash of its attribution?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    before, after = text[start:pos], text[pos:end if end >= 0 else len(text)]
    if "„" not in before and "«" not in before and "“" not in before and '"' not in before and "«" not in after:
        before = before.lstrip()  # no mark opens a quotation here (each test below needs one): only a dash can
        return before.startswith(_SPEECH_DASHES) and (" – " not in before[2:] and " — " not in before[2:])
    if _reversed_guillemets(before + after) and before.rfind("»") > before.rfind("«") and "«" in after:
        return True
    for o, closers in _LEFT_OPEN:
        i = before.rfind(o)
        if i < 0 or (o == "“" and "„" in before[:i]) or (o == "«" and _reversed_guillemets(before + after)):
            continue  # "„Дондуков“": “ closes a „ there; »…« opens with »
        if before[i + 1:i + 4].lstrip().startswith(_ATTRIBUTION_MARKS):
            continue  # "… srityje“, – pažymėjo …": a mark before the attribution's comma or dash closes (its „ lost)
        if not any(ch in before[i + 1:] or ch in after for ch in closers):
            return True
    if before.count('"') % 2 and '"' not in after:
        return True
    line = before.lstrip()
    return line.startswith(_SPEECH_DASHES) and (" – " not in line[2:] and " — " not in line[2:])


_ATTRIBUTION_MARKS = (",", "–", "—")  # what follows the mark that closes a quotation, never one that opens it


def _reversed_guillemets(line: str) -> bool:
    """Does the line quote »so« (Slovene, German, Czech usage): its first guillemet points right?"""
    i, j = line.find("»"), line.find("«")
    return i >= 0 and (j < 0 or i < j)


def _narrated(a: Analysis, pos: int) -> bool:
    """Is the quotation around `pos` a reporter's narration, attributed right after it to a word of the press
    ("«Міністр Рау зустрівся … з прем'єр-міністром Японії Фуміо Кісідою …», — розповів кореспондент")?"""
    if _statement_quoted(a.text, pos):
        return True
    press = load(a.lang).press_words
    end = a.text.find("\n", pos)
    end = len(a.text) if end < 0 else end
    close = min((i for q in _CLOSING_QUOTES if (i := a.text.find(q, pos, end)) >= 0), default=-1)
    if not press or close < 0:
        return False
    return any(w in press for w in re.findall(r"\w+", a.text[close:close + 40].lower())[:4])


_OPENING_QUOTES = "„«“\""


def _statement_quoted(text: str, pos: int) -> bool:
    """Is `pos` in a paragraph that is one quotation, opened at its start right after a line ending in a colon
    ("Ein Sprecher des Auswärtigen Amts erklärte heute in Berlin:\n„Außenminister … hat … telefoniert."):
    a statement quoted whole is the report itself, as a press release words it."""
    start = text.rfind("\n", 0, pos) + 1
    if not text[start:pos].lstrip()[:1] or text[start:pos].lstrip()[0] not in _OPENING_QUOTES:
        return False
    return text[:start].rstrip().endswith(":")


def _source(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` who tells of the event, right after a word of a source ("O jednání informoval
    tajemník kabinetu Jošimasa Hajaši", "как сообщил официальный представитель …"; names.yaml SOURCE)?"""
    return bool(_word_before(a, pos, "source"))


def _commentator(a: Analysis, span: tuple[int, int]) -> bool:
    """Is the mention an expert's who comments on the event, a commentator's noun right before him past his
    institution ("Jak powiedział PAP ekspert PISM dr Jan Nowak") or in apposition right after him ("Nagy János,
    a Külügyi Intézet szakértője szerint"; names.yaml COMMENTATOR)? He is told as a source is."""
    lang = load(a.lang)
    return bool(_word_before(a, span[0], "commentator", 90)
                or (lang.commentator_after and lang.commentator_after.match(a.text, span[1], span[1] + 70)))


def _recalled(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` an envoy whom a word of recalling names, past his title ("повлачење амбасадора
    Србије у Јужној Кореји Зорана Вељића", "odwołanie ambasadora"; names.yaml RECALLED)?"""
    return bool(_word_before(a, pos, "recalled", SUCCESSION_REACH))


def _of_another_time(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` someone named as of another time or place than the event: invited, the visitor
    of a visit to come, recalled, the sender of a message, a predecessor, a relative, one whose relations are
    the topic?"""
    return _invited(a, pos) or _visit_to_come(a, pos) or _recalled(a, pos) or _message_sender(a, pos) \
        or _greeted_from_afar(a, pos) or _relations_of(a, pos) \
        or _named_in_succession(a, pos) or _named_by_kin(a, pos)


def _relations_of(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` one of those whose relations a noun of relations speaks of, past their titles
    ("личных отношений Президента А.Г. Лукашенко и Председателя Си Цзиньпина"; names.yaml RELATIONS)? They
    are the topic of what is said, not at the meeting."""
    return bool(_word_before(a, pos, "relations", RELATIONS_REACH))


def _maybe_met(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` whom a word of doubt names, past a preposition and his title ("а також, можливо,
    з президентом Володимиром Зеленським"; names.yaml MAYBE)? A contact not told as made."""
    return bool(_word_before(a, pos, "maybe"))


def _greeted_from_afar(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` whom greetings are to be passed on to, right after a request's words, past his
    title ("asked him to convey greetings to President X", "попросил передать привет председателю …"; names.yaml
    GREETINGS_TO)? He is not at the meeting."""
    return bool(_word_before(a, pos, "greetings_to"))


def _also_met(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` whom a further meeting is held with, right after its words, past his title ("He
    also met with Prime Minister X", "Spotkał się również z …"; names.yaml ALSO_MET)? Another contact."""
    return bool(_word_before(a, pos, "also_met"))


def _visit_to_come(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` the visitor of a visit not yet made, or of one made lately, right after its words, past
    his title ("a possible visit by Czech Prime Minister Bohuslav Sobotka", "najavio je posjet …"; names.yaml
    VISIT_TO_COME; "скорошното посещение на … Шиндзо Абе у нас", VISIT_MADE)?"""
    return bool(_word_before(a, pos, "visit_to_come") or _word_before(a, pos, "visit_made"))


def _held_then(a: Analysis, pos: int) -> bool:
    """Is the mention at `pos` who held a title then, right after a word of "then", past his title ("kada je
    tadašnji premijer Jasuhiro Nakasone posetio SFRJ", "the then Prime Minister X"; names.yaml HELD_THEN)? Below
    the event's first sentence he is of the other time the text recalls; so is a predecessor ("z poprzednią
    Ambasador …, Mirą Sun"; HELD_BEFORE)."""
    return bool(_word_before(a, pos, "held_then") or _word_before(a, pos, "held_before"))


def _not_held(a: Analysis, span: tuple[int, int]) -> bool:
    """Is the mention in a clause that tells a meeting not held ("Ein Treffen mit Präsident Zeman kommt nicht
    zustande", "nie doszło do spotkania z premierem"; names.yaml NOT_HELD)?"""
    rx = load(a.lang).not_held
    if rx is None:
        return False
    i = a.sentence_of(span[0])
    brk = _last_break_end(a, i, span[0])
    lo = max(a.sentences[i].start, brk if brk is not None else 0, 0)
    return bool(rx.search(a.text, lo, _next_break(a, i, span[1])))


RELATIONS_REACH = 80  # characters from a noun of relations to the second of two titled names it is said of
SUCCESSION_REACH = 90  # characters from the word to the name: an envoy's whole title may stand between


def _background_sentences(c: EventContext) -> set[int]:
    """Sentences after the event's first one that open with a word of the past ("Ранее", "Previously",
    "Korábban"); the first may say "Earlier today" of the event itself."""
    a, marks = c.a, load(c.a.lang).background
    if not marks:
        return set()
    out = set()
    # the region's sentences by bisection: a chronicle asks this for each of its entries
    lo, hi = a.sentences_between(c.reg.start, c.reg.end)
    for k in range(max(lo, c.first_sentence + 1), hi):
        s = a.sentences[k]
        head = a.text[s.start:s.start + 40].lstrip("-–—•* \n").lower()
        if head.startswith(marks) and any(head.startswith(m) and not head[len(m):len(m) + 1].isalnum() for m in marks):
            out.add(k)
    return out


def _background_clauses(c: EventContext) -> dict[int, int]:
    """Where a clause opening with a word of the past starts inside a sentence after the event's first one
    ("Sastanak je trajao sat vremena, a pre toga Lavrov je imao razgovor sa …"): sentence -> offset. Who is
    named after it is of the earlier contact."""
    a = c.a
    rx = _background_clause(a.lang) if a.lang else None
    out: dict[int, int] = {}
    if rx is None:
        return out
    lo, hi = a.sentences_between(c.reg.start, c.reg.end)
    for k in range(max(lo, c.first_sentence + 1), hi):
        sent = a.sentences[k]
        if "," in a.text[sent.start:sent.end] or ";" in a.text[sent.start:sent.end]:
            if m := rx.search(a.text, sent.start, sent.end):
                out[k] = m.start()
    return out


@cache
def _background_clause(code: str) -> re.Pattern | None:
    """A clause break, at most one short word (a conjunction: "a", "and", "и"), then a word of the past
    (events.yaml BACKGROUND); None where the language has none."""
    marks = load(code).background
    if not marks:
        return None
    alt = "|".join(map(re.escape, marks))
    return re.compile(rf"[,;]\s+(?:\w{{1,3}}\s+)?(?:{alt})(?!\w)", re.I)


def _persons_near(a: Analysis, pos: int) -> list:
    """Persons with an office title in the paragraph of `pos` and the one after it (copies)."""
    para = a.sentences[a.sentence_of(pos)].para
    return [copy.copy(p) for p in a.persons if p.role and any(
        a.sentences[a.sentence_of(s)].para in (para, para + 1) for s, _e in p.evidence)]


def choose_mode(kind: str | None, mode: str | None, countries: list[str], loc: Location, *, orgs: list[str],
                leader_orgs: list[str] = (), sides: int = 0, side_states: frozenset = frozenset(),
                calls: bool = False) -> str | None:
    """PLOVER CONSULT mode from the triggers and the geometry of the meeting; `calls`: the contacts told are
    plain calls, none a conference (one call seats two sides: counterparts of two states were two calls)."""
    if kind != "CONSULT":
        return None
    orgs = [o for o in orgs if o not in NATIONAL_AGENCIES]
    leader_orgs = [o for o in leader_orgs if o not in NATIONAL_AGENCIES]
    if (sides > 2 and not (calls and mode == "phone" and not orgs and not leader_orgs)) or ("V4" in orgs and (sides != 2 or (_one_bloc(side_states, "V4") and "V4" in leader_orgs))):
        # (two ministers of V4 states, none of its partner, told of the group's meeting: "schůzka ministrů
        # zahraničí zemí V4 s korejskou kolegyní": the bloc met, not the two of them)
        # a video conference of four ministers is a multilateral meeting; two named people of two states talk
        # bilaterally, on a V4+Japan meeting's sidelines or of the V4+Japan framework ("「V4+日本」の枠組み")
        return "multilateral"
    if mode == "phone":
        return "phone"
    home = set(countries) | (EU_SEATS if "EU" in countries else set())
    if sides == 2 and loc.country and loc.evidence and loc.country not in home:
        # "sprach am Donnerstag in Peking am Rande der Konferenz … mit Lawrow": two sides met in a third state's
        # town, whatever other states the talks named (North Korea, the topic): the sidelines, as the gold writes them
        return "third-party"
    if len(countries) > 2 and not _two_sided(mode, sides, orgs, leader_orgs):
        return "multilateral"  # a tour of two states ("navštívil Kazachstán a Uzbekistán") is visits, not a forum
    if loc.country and countries and loc.country not in home:
        return "third-party"
    if leader_orgs and len(countries) == 2 and "EU" not in countries and (loc.country is None or not loc.evidence):
        # bilateral talks on the sidelines of an OSCE, UN, ASEAN ... meeting; a home capital inferred for want of
        # a named place ("spotkał się … na marginesie szczytu G20") says nowhere that the summit was at home
        return "third-party"
    if mode == "multilateral" and MULTILATERAL_ORGS & set(leader_orgs):
        return "multilateral"  # "the G7 foreign ministers' meeting in Tokyo, alongside the Japanese minister": the host's meeting
    return "visit"


def _plain_calls(c: EventContext) -> bool:
    """Are the region's calls all plain ones ("разговаря по телефона с колегите си от Турция и Гърция"), none
    a conference that seats many (events.yaml CONFERENCE_CALL)? False where the language lists none."""
    a = c.a
    forms = load(a.lang).conference_call if a.lang else ()
    calls = [t for t in starting_in(a, "triggers", c.reg.start, c.reg.end) if t.key == "CONSULT/phone"]
    return bool(forms and calls) and not any(
        has_form(a.text[t.char_start:t.char_end].lower(), forms)
        or any(has_form(w, forms) for w in a.text[t.char_start:t.char_end].lower().split()) for t in calls)


def _one_bloc(states: frozenset, group: str) -> bool:
    """Are all the named people's states (two at least) members of one grouping (data/groups.yaml)?"""
    members = data.groups().get(group, {}).get("members", ())
    return len(states) >= 2 and all(s in members for s in states)


def _two_sided(mode: str | None, sides: int, orgs, leader_orgs) -> bool:
    """Is a meeting of more than two named states still a bilateral one? A visit with people of at most two
    states, or a meeting no word calls a forum with people of exactly two: the other states are what was
    talked about ("discussed assistance to Ukraine in Tokyo"), not at the table. An organisation makes a forum."""
    if orgs or leader_orgs:
        return False
    return (mode == "visit" and sides <= 2) or (mode != "multilateral" and sides == 2)


def choose_topics(c: EventContext, orgs: list[str], w: TopicWeights = TOPIC_WEIGHTS, *,
                  setting: bool = False) -> tuple[list[str], dict]:
    """Topics whose cue words recur in the event's text; with `setting`, the organisation whose meeting
    hosted a bilateral one ("on the sidelines of the UN General Assembly") is its occasion, not its subject."""
    a, t = c.a, Tally()
    titles = a.by_start("roles")
    talks = discussed(a)  # "обговорять підтримку … у відновленні": what the talks were about counts as the lead
    past = _background_sentences(c)  # "Раніше … взяв участь в онлайн-саміті G7": an earlier event's subjects
    # "relations are traditionally good in trade, science and culture": the ties' record, a body's vote once a topic
    praise, praised = appraising(a) - talks, set()
    # "potencijalnim doprinosima Hrvatske obnovi Iraka": a word of rebuilding that names the state, an aid cue
    rebuilt = [m for m in rebuilt_states(a) if c.reg.start <= m.char_start < c.reg.end]
    cues = starting_in(a, "topics", c.reg.start, c.reg.end)
    for m in sorted([*cues, *rebuilt], key=attrgetter("char_start")) if rebuilt else cues:
        if not c.in_region(m.char_start):
            continue
        if titles.covers(m.char_start) and not local_office(a, m, c.first_sentence):
            continue  # "minister of defence", "parliamentary vice-minister": an office, not a topic
        if m.char_start >= c.body_start and not in_prose(a.text, m.char_start):
            continue  # a menu, a related article's headline, a caption: words on the page, not the talks
        if section_menu(a, m.char_start) or site_line(a.text, m.char_start):
            continue  # "政治 経済 社会/文化 IT/科学 スポーツ", "english  česky  日本語", "09:29 | Новости … Курил",
            # a feed of headlines and times: the site's labels, not the talks
        if setting and m.key == "multilateral" and a.sentence_of(m.char_start) == c.first_sentence:
            continue
        if a.sentence_of(m.char_start) in past:
            continue
        if in_person_name(a, m.char_start) or given_name_cue(a, m) or lower_case_abbreviation(a, m):
            continue  # "Kim Jong-un", "Przemysław Goławski": a part of a name; "Keeping it Pacific": not the IT
        if may_link(a) and in_url(a.text, m.char_start):
            continue  # "https://…/pelss-noziegumiem.htm": a page's address
        if in_office(a, m) or portfolio_before(a, m):
            continue  # "Ministry of Health", "министр экономики", "Economy Minister": who met, not what was said
        if condoled(a, m):
            continue  # "能登半島地震に関するお見舞いのメッセージに謝意": a courtesy for a disaster, not the talks' subject
        if member_class(a, m):
            continue  # "prima ţară din UE", "egy G7-es ország": what a state is, not the talks' framework
        if after_also_met(a, m.char_start, c.body_start):
            continue  # "spotkał się także z przedstawicielami parlamentu": another contact's subject
        # a cue in the lead, in a sentence telling what was discussed, or framed as a field of cooperation
        sent = a.sentence_of(m.char_start)
        if sent in praise and m.char_start >= c.reg.lead_end:  # the lead tells this meeting
            if (sent, m.key) not in praised:
                praised.add((sent, m.key))
                t.add(m.key, w.body, (m.char_start, m.char_end))
            continue
        framed = in_field(a, m) or listed_field(a, m)
        # a quotation added to the report of the talks ("…, adding: '… on our way to the EU'") is a statement
        told = sent in talks and not quoted_apart(a, m)
        lead = m.char_start < c.reg.lead_end or told or framed
        # "assistance … for projects in the fields of health, energy": the fields an aid goes to are the aid
        key = "development_aid" if framed and aid_field(a, m) else m.key
        if beside_culture(a, m):
            key = "culture"  # "im kulturellen, humanitären … Bereich": the humanitarian sphere, no aid
        elif m.key == "REBUILD":
            key = "development_aid"
        t.add(key, w.lead if lead else w.body, (m.char_start, m.char_end))
    if MULTILATERAL_ORGS & set(orgs) and not setting:
        t.add("multilateral", w.multilateral_org)
    picked = [k for k, s in t.score.most_common() if s >= w.pick][:w.max_topics]
    if not picked:  # a short lead: the body's cues, if any, are all there is
        picked = [k for k, s in t.score.most_common(w.body_topics) if s >= w.body]
    return picked, {k: t.spans[k] for k in picked}


def choose_organizations(c: EventContext, countries: list[str]) -> tuple[list[str], list]:
    """International organisations named in the lead (EU when an EU institution takes part)."""
    matches = [m for m in c.a.organizations + c.a.groups if c.in_lead(m.char_start)
               and not in_person_name(c.a, m.char_start)]  # "Kim Jong-un" names no UN
    orgs = sorted({m.key for m in matches})
    if "EU" in countries and "EU" not in orgs:
        orgs.append("EU")
    return sorted(orgs), matches


def _leader_orgs(c: EventContext) -> list[str]:
    """Organisations named in the first sentence of the prose: the setting of the meeting."""
    return [m.key for m in c.a.organizations if c.in_lead(m.char_start) and m.key != "EU"
            and c.a.sentence_of(m.char_start) == c.first_sentence and not _membership(c.a, m)]


MEMBER_REACH = 3  # words from a word of membership to the organisation it names ("stat membru al NATO")


def _membership(a: Analysis, m) -> bool:
    """Is the organisation named as what a state belongs to ("Romania, ca stat membru al NATO și UE",
    places.yaml MEMBER_WORDS), in a clause that tells no meeting? It is no setting of the event."""
    words = load(a.lang).member_words
    if not words:
        return False
    sent = a.sentences[a.sentence_of(m.char_start)]
    before = a.text[sent.start:m.char_start]
    brk = max(before.rfind(ch) for ch in ",;(–—")
    lo = sent.start + brk + 1 if brk >= 0 else sent.start
    if not any(w.strip(".,;:()\"'„”«»").lower() in words for w in a.text[lo:m.char_start].split()[-MEMBER_REACH:]):
        return False
    nxt = _CLAUSE_BREAK.search(a.text, m.char_end, sent.end)
    hi = nxt.start() if nxt else sent.end
    return not meeting_told(a, lo, hi)


def _announced(c: EventContext, rdate: ResolvedDate | None) -> bool:
    """An announced meeting is an agreement to meet (PLOVER): a future date, or a future verb up front.
    Kept on the event's context for the last date asked: build_event asks it four times of the same date
    (issue 14; the context and its analysis never change)."""
    kept = c.__dict__.get("_announced")
    if kept is not None and kept[0] is rdate:
        return kept[1]
    answer = _announced_now(c, rdate)
    c.__dict__["_announced"] = (rdate, answer)
    return answer


def _announced_now(c: EventContext, rdate: ResolvedDate | None) -> bool:
    """_announced, worked out."""
    if rdate is not None:
        if rdate.mention is not None and rdate.mention.tense == "announcing":
            return True  # the day a plan was told ("방문한다고 28일 밝혔다")
        if c.ctx is None and rdate.mention is not None and _future_trigger(c, rdate):
            return True  # "bo med 21. in 24. aprilom 2008 obiskal Japonsko" in a text that says when it was told
        if c.ctx and rdate.date <= c.ctx and _future_trigger(c, rdate):
            # "X intends to visit Russia in February, Y said on Thursday, 30 December"; the day told
            # may be before the day written ("will pay a visit …, the embassy announced yesterday")
            return True
        if c.ctx and rdate.date == c.ctx and rdate.mention is not None and rdate.mention.kind == "weekday":
            # dated by the weekday it was said on ("teilte am Mittwoch mit"): announced when the lead
            # dates the meeting later ("vom 11. bis 13. Juli")
            return _later_day_in_lead(c)
        return bool(c.ctx and rdate.date > c.ctx)
    done = _prose_tells_done(c)
    return not _headline_done(c) and any(
        c.in_lead(m.char_start) and c.a.sentence_of(m.char_start) <= c.first_sentence
        and not (done and c.a.sentence_of(m.char_start) < c.first_sentence)
        and _announces_meeting(c.a, m) and not _done_before(c.a, m) and not _plan_of_other(c, m) for m in c.a.future)


def _plan_of_other(c: EventContext, cue) -> bool:
    """Is the future cue a plan in a sentence that names no meeting ("Южная Корея планирует участвовать в
    восстановлении …") above a lead that tells a meeting held ("состоялась встреча")? A plan of something else;
    the meeting is the event. A coming time ("next week") or a journey with no meeting told held ("přiletí do
    Česka") still announces."""
    a = c.a
    sent = a.sentences[a.sentence_of(cue.char_start)]
    if cue.key == "time" or meeting_told(a, sent.start, sent.end):
        return False
    return any(t.key.partition("/")[0] == "CONSULT" and c.in_lead(t.char_start) and not under_future(a, t)
               and not _quoted(a.text, t.char_start) for t in a.by_start("triggers").between(c.body_start, c.reg.lead_end))


def _prose_tells_done(c: EventContext) -> bool:
    """Does the lead's first sentence of prose tell a meeting with no word of the future in it ("В Токио
    завершилась встреча …")? Then the item reports that meeting; a headline announcing a visit ("Глава МИД
    Японии посетит Москву в мае") tells what the meeting agreed, a second event, not the main one."""
    a = c.a
    s = a.sentences[c.first_sentence]
    if c.body_start < c.title_end or any(s.start <= m.char_start < s.end for m in a.future):
        return False
    return meeting_told(a, s.start, s.end)


def _headline_done(c: EventContext) -> bool:
    """Do the headline and the lead's prose both tell a visit or meeting as done, in the same word ("прибув до
    України з візитом")? Talks the lead says are planned ("Міністр планує провести переговори") are a part of
    it, not an announcement. A headline's present alone ("Minister meets his counterpart on 25 December")
    may be the future."""
    a = c.a
    done = [t for t in a.by_start("triggers").between(0, c.reg.lead_end)
            if t.key.partition("/")[0] == "CONSULT" and not under_future(a, t)]
    told = {a.text[t.char_start:t.char_end].lower() for t in done if t.char_start >= max(c.body_start, c.title_end)}
    return any(a.text[t.char_start:t.char_end].lower() in told for t in done if t.char_start < c.title_end)


def _done_before(a: Analysis, cue) -> bool:
    """Does the cue's sentence first tell a meeting done ("arrived in Kyiv and plans to hold talks")?
    Not where the future verb follows the noun it announces (ja, ko: "会談が…開催される")."""
    if load(a.lang).future_after_object:
        return _linked_done_before(a, cue)
    s = a.sentence_of(cue.char_start)
    cues = {m.char_start for m in a.future}
    return any(t.char_end <= cue.char_start and t.char_start not in cues and a.sentence_of(t.char_start) == s
               and not held_subject(a, cue, t)  # "Ein Treffen … könnte … stattfinden": the noun the cue tells of
               and not time_after(a, cue, t)  # "trifft nächste Woche": the time word dates the verb before it
               and "\n" not in a.text[t.char_end:cue.char_start]  # a headline above: "… to meet\nThe minister plans"
               and t.key.partition("/")[0] == "CONSULT" for t in a.triggers)


def _linked_done_before(a: Analysis, cue) -> bool:
    """Where the verb follows its object, is a meeting told before the cue by a verb that links to a clause told
    as done ("장관과 회담하고 … '전략대화'를 신설하기로 했다": held talks, and decided what is to come)?
    The trigger must lie in such a verb (hook done_links), not be the noun the cue announces."""
    links = hook(a.lang, "done_links")
    if links is None:
        return False
    s = a.sentence_of(cue.char_start)
    spans = [sp for sp in _done_links(a, links) if sp[1] <= cue.char_start and a.sentence_of(sp[0]) == s]
    return any(lo <= t.char_start and t.char_end <= hi and t.key.partition("/")[0] == "CONSULT"
               for lo, hi in spans for t in a.by_start("triggers").between(lo, hi))


def _done_links(a: Analysis, links) -> list[tuple[int, int]]:
    """The text's linking verbs told as done, found once per analysis."""
    return a.cached("done links", links, a.text)


def _future_trigger(c: EventContext, rdate: ResolvedDate) -> bool:
    """Are the prose's first meeting trigger and that of the sentence dating the event both governed by a
    future cue of their clause ("намерен посетить …, сообщил 30 декабря")? A visit to come named first,
    then a meeting dated today ("Gaidāmā vizīte … uzsvēra otrdien, tiekoties"), is today's meeting."""
    a = c.a
    dated = rdate.mention is not None and c.body_start <= rdate.mention.start < c.reg.lead_end
    if not _governed_by_future(c, None) or _arrived_next(c):
        return False
    if not dated:
        return not _headline_dates_done(c, rdate)
    own = _governed_by_future(c, a.sentence_of(rdate.mention.start))
    # "today" in a sentence of no meeting dates the telling ("Píše to dnes server Aktuálně.cz"), no meeting done;
    # so does a dateline of the day written when the meeting to come is today's ("18 августа, Минск /БЕЛТА/.
    # Лукашенко сегодня встретится")
    return own or (own is None and (rdate.mention.relative == "today"
                                    or (rdate.date == c.ctx and (_first_meeting_today(c)
                                                                 or _told_after_meeting(c, rdate.mention)))))


def _headline_dates_done(c: EventContext, rdate: ResolvedDate) -> bool:
    """Does the headline date the event in a sentence whose meeting is told with no future ("Iohannis s-a
    întâlnit, marți dimineață, cu președintele Poloniei" over a lead still saying "va discuta")? The headline,
    written last, reports the meeting done on a day no later than the day written."""
    a, m = c.a, rdate.mention
    if m is None or m.start >= c.title_end or (c.ctx and rdate.date > c.ctx):
        return False
    s = a.sentences[a.sentence_of(m.start)]
    return any(t.key.partition("/")[0] == "CONSULT" and not under_future(a, t) and not _quoted(a.text, t.char_start)
               for t in a.by_start("triggers").between(s.start, s.end))


def _told_after_meeting(c: EventContext, mention) -> bool:
    """Does the day written stand in a sentence after that of the lead's first meeting ("Лавров … может посетить
    с визитом Японию. Об этом он заявил 14 января на пресс-конференции")? It dates the telling of the meeting
    to come, as a dateline above it does not."""
    a = c.a
    t = next((t for t in a.by_start("triggers").between(c.body_start, c.reg.lead_end)
              if t.key.partition("/")[0] == "CONSULT"), None)
    return t is not None and a.sentence_of(mention.start) > a.sentence_of(t.char_start)


def _arrived_next(c: EventContext) -> bool:
    """Does the sentence after the prose's first, future meeting tell a visit done ("Міністр планує провести
    переговори … Голова МЗС Японії прибув до України з візитом")? The talks planned are a part of that visit."""
    a = c.a
    first = next((t for t in a.by_start("triggers").between(c.body_start, c.reg.lead_end)
                  if t.key.partition("/")[0] == "CONSULT"), None)
    if first is None:
        return False
    nxt = a.sentence_of(first.char_start) + 1
    if nxt >= len(a.sentences):
        return False
    # the next sentence even where a one-sentence lead ends before it; a visit named in a quotation ("«мы
    # согласуем конкретную дату визита»") is what someone said of the visit to come, no arrival told
    return any(t.key == "CONSULT/visit" and a.sentence_of(t.char_start) == nxt and not under_future(a, t)
               and not _quoted(a.text, t.char_start)
               for t in a.by_start("triggers").between(first.char_end, a.sentences[nxt].end))


def _first_meeting_today(c: EventContext) -> bool:
    """Does the sentence of the lead's first meeting trigger say "today" ("сегодня встретится")?"""
    a = c.a
    t = next((t for t in a.by_start("triggers").between(c.body_start, c.reg.lead_end)
              if t.key.partition("/")[0] == "CONSULT"), None)
    if t is None:
        return False
    sent = a.sentence_of(t.char_start)
    return any(dm.relative == "today" and a.sentence_of(dm.start) == sent for dm in a.dates)


def _governed_by_future(c: EventContext, sent: int | None) -> bool | None:
    """Is the first meeting trigger of the lead's prose (of one sentence, if given) under a future cue? None
    when there is no such trigger."""
    a = c.a
    # the lead's triggers by bisection (in text order, as a.triggers is): each event of a chronicle scanned all
    t = next((t for t in a.by_start("triggers").between(c.body_start, c.reg.lead_end)
              if (sent is None or a.sentence_of(t.char_start) == sent)
              and t.key.partition("/")[0] == "CONSULT"), None)
    if t is None:
        return None
    return under_future(a, t)


def _later_day_in_lead(c: EventContext) -> bool:
    """Does the lead date something after the day the text speaks from?"""
    for dm in c.a.dates:
        if dm.kind == "absolute" and c.in_lead(dm.start):
            r = resolve(dm, c.ctx)
            if r and r.precision == "day" and r.date > c.ctx:
                return True
    return False


def _elsewhere(c: EventContext, persons: list, loc: Location) -> list:
    """People met somewhere else: each sentence naming them places them in a city of their own state
    and in none of the state where this event happens ("the day after meeting Narendra Modi in New Delhi", in a report
    from Kyiv). They belong to another stop of the journey; the people of the first sentence never do."""
    if not (loc.city and loc.country and loc.evidence):
        return []  # a capital inferred from who received whom is no evidence that others were elsewhere
    a = c.a
    away = []
    for p in persons:
        if not p.country or p.country == loc.country or not p.evidence:
            continue
        sents = {a.sentence_of(s) for s, _e in p.evidence}
        if c.first_sentence in sents:
            continue  # who the text opens with is this event's, wherever the place was put
        cities = _city_sentences(a)  # read only when someone may be elsewhere: most events have no such person
        if all((i, p.country) in cities and (i, loc.country) not in cities for i in sents):
            away.append(p)
    return away


SOVEREIGNS = frozenset({"emperor", "king"})


def _sovereign_of_envoy(persons: list, loc: Location) -> list:
    """A monarch whose own envoy takes part abroad: "посол Японии … передал заинтересованность императора
    Нарухито", "poziv da prisustvuje krunisanju … caru Naruhitu" (in Minsk, in Belgrade): the envoy stands
    for him, he is at home."""
    if not loc.country:
        return []
    envoys = {p.country for p in persons if p.role in ENVOYS and p.country and p.country != loc.country}
    return [p for p in persons if p.role in SOVEREIGNS and p.country in envoys]


def _city_sentences(a: Analysis) -> frozenset:
    """(sentence, state) of every city the text names as a place, found once per text."""
    key = ("city sentences", len(a.cities), len(a.sentences))  # the text's, the same for each of its events
    # a capital that stands for its government ("požiadal Peking", asked Beijing) puts no one there
    return a.cached(key, lambda: frozenset((a.sentence_of(m.char_start), data.city_country(m.key)) for m in a.cities
                                           if _is_place(a, m)))


def _announces_meeting(a: Analysis, cue) -> bool:
    """Does a future cue speak of a meeting? "intend to develop cooperation" announces no visit:
    the first trigger the cue governs (within its clause) must be a meeting's, if there is one. A cue that opens
    a reporting clause ("Przygotowywana jest druga faza współpracy – zapowiedział minister") announces what was
    said before it: a meeting told there, on its line, or nothing."""
    if a.text[:cue.char_start].rstrip().endswith(_REPORTED):
        line = a.text.rfind("\n", 0, cue.char_start) + 1
        sent = a.sentence_of(cue.char_start)
        return any(line <= t.char_start and t.char_end <= cue.char_start and a.sentence_of(t.char_start) == sent
                   and t.key.partition("/")[0] == "CONSULT" for t in a.by_start("triggers").between(line, cue.char_start))
    for t in a.triggers:
        if t.char_end <= cue.char_start or a.sentence_of(t.char_start) != a.sentence_of(cue.char_start):
            continue
        if t.char_start > cue.char_start and (t.start - cue.end > GOVERNED_SPAN
                                              or _breaks(a.text, cue.char_end, t.char_start)):
            # nothing in the cue's clause: a bare "next week" still announces, a bare auxiliary does not
            # ("Polska będzie działać na rzecz pokoju – powiedział … podczas wizyty")
            return not _auxiliary(a, cue)
        return t.key.partition("/")[0] == "CONSULT"
    return not _auxiliary(a, cue)


_REPORTED = ("–", "—", "\"", "”", "»", "“")  # a dash or closing quote before a reporting verb (a comma may close an apposition:
# "Președintele Finlandei, Sauli Niinistö, ar urma să viziteze România")


def _auxiliary(a: Analysis, cue) -> bool:
    """Is the future cue the language's bare auxiliary ("będzie", "will"), which says nothing of a meeting itself?"""
    return a.text[cue.char_start:cue.char_end].lower() in future_auxiliaries(a.lang)


def choose_date(a: Analysis, reg: Region, ctx: dt.date | None, published_span,
                period: tuple[int, int] | None = None) -> ResolvedDate | None:
    """The first dated expression of the lead, else the publication day for news."""
    body = _first_body_sentence(a, reg)
    wire = _wire_day(a, reg, ctx)
    if wire is not None:
        ctx = wire.date  # the agency wrote on its dateline's day: the text's "today" and "yesterday" are of it
    aside = None  # a date in a relative clause ("Pahor, who arrived on Sunday, met ... on Monday")
    month = None  # "先月、電話会談を行った": a past month the sentence telling the event names, with no day
    # the sentence telling the event: its first trigger's, below a date line (the headline's is above it)
    after = max(body, published_span[1]) if published_span and reg.start <= published_span[0] < reg.lead_end else body
    told = next((a.sentence_of(m.char_start) for m in a.triggers if after <= m.char_start < reg.lead_end),
                a.sentence_of(body))
    for dm in a.dates:
        if not (reg.start <= dm.start < reg.lead_end):
            continue
        if month is None and dm.precision in ("month", "week") and a.sentence_of(dm.start) == told \
                and not since_point(a, dm.start) and _dates_first_trigger(a, dm):
            month = _past_span(dm, ctx)  # ... or a past week: "先週、会談した" (its Monday, week precision)
        if published_span and (published_span[0] <= dm.start < published_span[1]
                               or _same_short_line(a.text, published_span[0], dm.start)):
            continue  # "2024. június 12., szerda 14:05": the weekday of the date stamp, not of the event
        if (dm.start < body and (_short_line(a.text, dm.start) or _stamp_time(a.text, dm.end))) \
                or (_short_line(a.text, dm.start) and _stamp_time(a.text, dm.end)):
            continue  # a site's date stamp ("Aktualizované: 11.07.2024 08:15", "Published: 16 Sep. 2025, 09:17")
        if _opens_dateline(a.text, dm, a.lang):
            continue  # "Washington 11. júla (TASR) –": when the agency wrote, not when it happened
        if in_caption(a.text, dm.start, a.lang):
            continue  # "Szijjártó … és Rubio találkozója Washingtonban 2025. március 4-én\nFotó: KKM": the picture's day
        if dm.until or dm.since:
            continue  # "the visit lasts until 9 May", "is in Japan since 14 September": the end or start of a stay
        if after_point(a, dm):
            continue  # "Po niedzielnym ataku na ambasadora": the day the act followed, not the act's
        if after_phrase(a, dm):
            continue  # "Po wizycie w Tokio 5 marca … przyjął dziś": the later day of its sentence is the act's
        if dm.kind == "weekday" and _meeting_carried_later(a, dm):
            continue  # "w poniedziałek poinformował, że w piątkowej rozmowie …": the day told, not the talk's
        if (earlier := _told_of_earlier_day(a, dm, ctx)) is not None:
            if earlier.mention is not None and earlier.mention.kind == "relative":
                return _with_length(a, earlier)  # "said Thursday that they had met the day before": Wednesday
            continue  # "said Tuesday that the talks on Monday were …": the day of saying, not of the talks
        if (met := _meeting_day_after_telling(a, reg, dm, ctx)) is not None:
            return _with_length(a, met)  # "… held talks, the ministry said Thursday. X met Y on Wednesday": the talks'
        if _recalled_in_lead(a, dm, body):
            continue  # "Южнокорейский МИД ранее сообщал, что 15 сентября …": a contact the lead recalls
        if _arrival_after_meeting(a, dm, told):
            continue  # "Kim received Lavrov. Lavrov arrived on Wednesday for a two-day visit": the arrival's day
        if _other_matter_below(a, dm, told):
            continue  # "Лавров и Макей провели телефонные переговоры. …\nНакануне стало известно, что соглашение …
            # готово": a later paragraph's news of something else, not the day of the call the lead tells undated
        if (quoted := _quoted_day_before(a, dm, ctx)) is not None:
            return quoted  # "said on Monday: 'Yesterday we held talks …'": the speaker's yesterday, a Sunday
        if dm.kind == "absolute" and dm.y and not _near_period(dm, period):
            continue
        if _history_beside_day(a, dm, ctx):
            continue  # "W rocznicę … 22 marca 1919 r. minister spotkał się w środę": the anniversary's day, not the act's
        if dm.start < body and dm.kind == "weekday" and dm.tense is None:
            dm = _headline_tense(a, dm, body, reg.lead_end)
        if dm.kind in ("absolute", "weekday", "relative"):
            r = resolve(dm, ctx) or _dated_by_the_text(a, dm, ctx, reg.end) or _in_period(dm, ctx, period)
            if dm.kind == "weekday":
                r = _weekday_dated(a, reg, dm, ctx) or r
            if r and r.precision == "day":
                if ctx and (r.date - ctx).days > 1 and dm.kind == "absolute" and not dm.y:
                    continue
                if ctx and (ctx - r.date).days > STALE_DAYS and dm.start > _paragraph_end(a.text, body):
                    continue  # "…talks are under way in Moscow.\n12 July he visited Wonsan…": an earlier contact
                if dm.aside or in_relative_clause(a, dm.start):
                    # "ob robu zasedanja, ki je 15. in 16. decembra potekalo": the days are the gathering's the
                    # clause tells of; a meeting on its margins is dated by its first day, no end
                    aside = aside or ResolvedDate(r.date, None, r.precision, r.mention)
                    continue
                if dm.start < body:
                    r = _told_again(a, r, body, reg.lead_end, ctx)
                if a.sentence_of(dm.start) < told and (later := _shifted_in(a, told, r, ctx)) is not None:
                    return later  # "An earthquake struck on 11 July. The next day Kishida met …": the 12th
                return _with_length(a, r)  # "began a three-day visit on 12 May"
    if not (aside or month) and (held := _held_later(a, reg, ctx)) is not None:
        return held  # "… met the mayor.\nThe meeting took place on Tuesday, 7 November, at the town hall."
    if aside or month or wire:
        return aside or month or wire
    if ctx is None:
        # no publication date to fall back on: the first full date of a sentence reporting an event
        trig = {a.sentence_of(m.char_start) for m in a.triggers if _in(m, reg.start, reg.end)}
        for dm in a.dates:
            if reg.start <= dm.start < reg.end and dm.kind == "absolute" and dm.y \
                    and a.sentence_of(dm.start) in trig and _near_period(dm, period):
                return resolve(dm, None)
    return None


def _other_matter_below(a: Analysis, dm, told: int) -> bool:
    """Is the date in a sentence of a later paragraph than the undated one of prose telling a meeting, a sentence
    that tells no meeting of its own?"""
    sent = a.sentence_of(dm.start)
    s, t = a.sentences[sent], a.sentences[told]
    if sent <= told or "\n" not in a.text[t.end:s.start]:
        return False
    # the meeting told in prose: a list of other clips above the headline tells no meeting of this text
    return (_meeting_between(a, t.start, t.end, True) and not _meeting_between(a, s.start, s.end, False)
            and not any(t.start <= d.start < t.end for d in a.dates))


def _meeting_between(a: Analysis, lo: int, hi: int, prose: bool) -> bool:
    """Does a meeting's trigger (CONSULT) start between lo and hi, in prose where `prose` asks for it?"""
    return any(m.key.partition("/")[0] == "CONSULT" and (not prose or in_prose(a.text, m.char_start))
               for m in a.by_start("triggers").between(lo, hi))


def _shifted_in(a: Analysis, sent: int, r: ResolvedDate, ctx: dt.date | None) -> ResolvedDate | None:
    """The day the sentence telling the event counts from an earlier one ("The next day", "Zwei Tage später"), when
    that is the first date it names: the event's day, not the day the earlier sentence tells of."""
    for dm in a.dates:
        if a.sentence_of(dm.start) == sent:
            return resolve(dm, ctx, r.date) if dm.relative in SHIFTED else None
    return None


HISTORY_YEARS = 2  # calendar years before the day of writing from which a dated day is history, not news


def _history_beside_day(a: Analysis, dm, ctx: dt.date | None) -> bool:
    """Is a full date years before the day of writing told beside a day of its own sentence that is not
    ("Marking the anniversary of relations established on 22 March 1919, … met … on Wednesday", "zum Jahrestag
    des Vertrags vom 8. Februar 1957 … am Mittwoch")? The treaty, the anniversary or the earlier visit is the
    background of the act the other day dates."""
    if ctx is None or dm.kind != "absolute" or not dm.y or ctx.year - dm.y < HISTORY_YEARS:
        return False
    s = a.sentence_of(dm.start)
    return any(o is not dm and a.sentence_of(o.start) == s and not (o.until or o.since) and _another_day(o, dm, ctx)
               for o in a.dates)


def _another_day(o, dm, ctx: dt.date) -> bool:
    """Does mention o name a recent day other than the full date dm? A weekday that is dm's own ("22 marca 2019 r.
    (piątek)") writes the same day twice; "last year" or "this month" names no day at all."""
    if o.kind == "weekday":
        try:
            return o.weekday != dt.date(dm.y, dm.m, dm.d).isoweekday()
        except (TypeError, ValueError):  # a date without a day, or not a calendar day
            return True
    if o.kind == "relative":
        return o.precision == "day"
    return o.kind == "absolute" and (not o.y or ctx.year - o.y < HISTORY_YEARS)


def _headline_tense(a: Analysis, dm, body: int, lead_end: int):
    """A headline's bare weekday with no verb to give it a tense ("Pahor v ponedeljek na Hrvaškem") is the day the
    lead tells again with one ("se bo v ponedeljek in torek mudil na obisku"): it takes that mention's tense, so a
    coming Monday is not read as the last one. The mention as it is when the lead names the weekday with no tense."""
    for other in a.dates:
        if body <= other.start < lead_end and other.kind == "weekday" and other.weekday == dm.weekday \
                and other.tense is not None and other.week_offset is None and other.week is None:
            return replace(dm, tense=other.tense)
    return dm


def _with_length(a: Analysis, r: ResolvedDate) -> ResolvedDate:
    """A day with the length its sentence tells (with_duration), ending on the day when a verb that ends a stay
    stands by the length: "zakończył w piątek trzydniową wizytę", "wrapped up a three-day visit on Friday" are
    Wednesday to Friday, where "began a three-day visit on Friday" is Friday to Sunday."""
    out = with_duration(r, a.dates, a.text)
    if not out.end and not r.end and (before := _length_told_before(a, r)) is not None:
        return before
    if out.end and not r.end and _lasting_unanchored(a, r, out):
        return r
    if out.end and not r.end and _tour_rx(a.lang) is not None:
        tours = {id(dm) for dm in a.dates if dm.kind == "duration" and _tour_length(a, dm)}
        if tours:
            out = with_duration(r, [dm for dm in a.dates if id(dm) not in tours], a.text)
    if r.end or not out.end or r.mention is None:
        return out
    days = (out.end - out.date).days + 1
    length = next((dm for dm in a.dates if dm.kind == "duration" and dm.d == days and dm.start >= r.mention.end), None)
    if length is None:
        length = next((dm for dm in a.dates if dm.kind == "duration" and dm.d == days), None)
    _, ended = stay_words(a.lang)
    if length is not None and ended and _verb_near(a, length.start, ended, *_sentence_span(a, length.start)):
        return ResolvedDate(r.date - dt.timedelta(days=days - 1), r.date, out.precision, out.mention)
    return out


def _lasting_unanchored(a: Analysis, r: ResolvedDate, out: ResolvedDate) -> bool:
    """Is the length a day took told only by a verb of lasting (LASTS: "Der Besuch soll drei Tage dauern, teilte
    das Amt am Donnerstag mit") and is that day neither the stay's beginning (a verb of arrival beside it: "arrived
    on Thursday. The visit will last three days") nor its end (a verb that ends a stay by the length: "lasted two
    days and ended on Friday")? Then the day is another's, the telling's: it keeps its one day."""
    days = (out.end - out.date).days + 1
    lengths = [dm for dm in a.dates if dm.kind == "duration" and dm.d == days]
    lasting = [dm for dm in lengths if dm.relative == LASTS_KEY]
    if not lasting or len(lasting) < len(lengths) or r.mention is None:
        return False  # "a three-day visit" beside the day dates it as before
    began, ended = stay_words(a.lang)
    if began and _verb_near(a, r.mention.start, began, *_sentence_span(a, r.mention.start)):
        return False
    return not (ended and any(_verb_near(a, dm.start, ended, *_sentence_span(a, dm.start)) for dm in lasting))


STAY_LENGTH_DAYS = 14  # the longest stay a length told in the sentence before a day of arrival may span


def _length_told_before(a: Analysis, r: ResolvedDate) -> ResolvedDate | None:
    """A stay begun with its length in the sentence before the day's and dated by the day of arrival:
    "Путин прилетел в Японию с двухдневным визитом. В четверг он прибыл в город Нагато", "przybył do Korei z
    trzydniową wizytą. W czwartek wylądował w Seulu" span the length from that day. Both sentences tell the stay
    begun (a verb of arrival or setting out by the day and by the length) in one paragraph, and the length's sentence
    has no day of its own: the day told after it is the one it began. None otherwise."""
    began, _ = stay_words(a.lang)
    m = r.mention
    if m is None or r.precision != "day" or not began:
        return None
    s = a.sentence_of(m.start)
    if s < 1:
        return None
    sent, prev = a.sentences[s], a.sentences[s - 1]
    if "\n\n" in a.text[prev.start:sent.start] or not _verb_near(a, m.start, began, sent.start, sent.end):
        return None
    inside = [dm for dm in a.dates if prev.start <= dm.start < prev.end]
    if any(dm.kind in ("absolute", "weekday", "relative") for dm in inside):
        return None  # "arrived on Monday for a three-day visit. On Wednesday he …": the length is that day's
    for dm in inside:
        if dm.kind == "duration" and dm.d and 2 <= dm.d <= STAY_LENGTH_DAYS and not _tour_length(a, dm) \
                and _verb_near(a, dm.start, began, prev.start, prev.end):
            return ResolvedDate(r.date, r.date + dt.timedelta(days=dm.d - 1), r.precision, m)
    return None


TOUR_REACH = 40  # characters from a length to the count of countries of the tour it measures


@cache
def _tour_rx(code: str) -> re.Pattern | None:
    """The language's forms of a count of countries visited (dates.yaml TOUR_COUNTRIES, regular expressions)."""
    forms = load(code).raw["dates"].get("TOUR_COUNTRIES") or ()
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


def _tour_length(a: Analysis, dm) -> bool:
    """Is a length told of a tour of several countries, within its sentence ("5박8일의 3개국 순방", "a three-nation,
    eight-day tour", "восьмидневное турне по трём странам")? It is the whole journey's, not the stay in the
    country of the event, and spans none of its days."""
    lo, hi = _sentence_span(a, dm.start)
    rx = _tour_rx(a.lang)
    if rx is None:
        return False
    for m in rx.finditer(a.text, max(lo, dm.start - TOUR_REACH), min(hi, dm.end + TOUR_REACH)):
        gap = a.text[dm.end:m.start()] if m.start() >= dm.end else a.text[m.end():dm.start]
        # the count qualifies the length's own phrase; a clause after a stop is another ("a three-day visit,
        # part of a three-nation tour": the length is the stay's); "an eight-day, three-nation tour" is one
        if len(gap.strip()) <= 1 or not re.search(r"[,;:()–—]", gap):
            return True
    return False


def _told_again(a: Analysis, r: ResolvedDate, body: int, lead_end: int, ctx: dt.date | None) -> ResolvedDate:
    """A headline's day the lead tells again with the stay's length: "… visits Korea today" over "… visits Korea
    today … for a four-day stay" is the lead's day, whose sentence spans the stay. The headline's, else."""
    if r.end or ctx is None:
        return r
    for dm in a.dates:
        if body <= dm.start < lead_end and dm.kind in ("absolute", "weekday", "relative") and not (dm.until or dm.since):
            again = resolve(dm, ctx)
            if again and again.precision == "day" and again.date == r.date:
                told = _with_length(a, ResolvedDate(r.date, None, "day", dm))
                return told if told.end else r
    return r


STAY_REACH = 6  # tokens from a verb that begins or ends a stay to the length it tells ("przybył z trzydniową wizytą")


def _told_stay(c: EventContext, day: dt.date | None) -> tuple[str, str] | None:
    """The days of a stay the lead tells begun or ended with its length and no day of its own, dated by the day
    of writing: "rozpoczął trzydniową wizytę" written on the 13th is the 13th to the 15th, "завершил трёхдневный
    визит" the 11th to the 13th. The verb stands before the length in its clause, outside a relative clause."""
    began, ended = stay_words(c.a.lang)
    if day is None or not (began or ended):
        return None
    a = c.a
    dm = next((o for o in a.dates if o.kind == "duration" and c.body_start <= o.start < c.reg.lead_end), None)
    if dm is None or not dm.d or dm.d < 2 or dm.d > 14:
        return None
    sent = a.sentences[a.sentence_of(dm.start)]
    if any(o.kind != "duration" and max(sent.start, c.body_start) <= o.start < sent.end for o in a.dates):
        return None  # a day of its own: the text's date, with its length (with_duration)
    i = bisect.bisect_left(a.token_starts, dm.start)
    first_tok = bisect.bisect_left(a.token_starts, max(sent.start, c.body_start))
    last_tok = bisect.bisect_left(a.token_starts, sent.end)
    # nearest first, before the length ("began a three-day visit") or after it ("hat einen dreitägigen Besuch begonnen")
    order = sorted(range(max(first_tok, i - STAY_REACH), min(last_tok, i + STAY_REACH + 1)), key=lambda k: abs(k - i))
    for k in order:
        if k == i:
            continue
        one = a.tokens[k].low
        two = f"{one} {a.tokens[k + 1].low}" if k + 1 < last_tok else ""
        side = "began" if one in began or two in began else "ended" if one in ended or two in ended else None
        if side is None:
            continue
        lo, hi = sorted((a.tokens[k].end, dm.start)) if k < i else (dm.end, a.tokens[k].start)
        if _CLAUSE_BREAK.search(a.text, lo, hi) or in_relative_clause(a, a.tokens[k].start):
            return None  # "Pahor, who arrived for a three-day visit, met …": the stay of a clause aside
        span = dt.timedelta(days=dm.d - 1)
        first, last = (day, day + span) if side == "began" else (day - span, day)
        return first.isoformat(), last.isoformat()
    return None


STAY_BEGUN_DAYS = 14  # days back from a stay's last day to the day the text says it began


CLAUSE_REACH = 16  # tokens from a day to the verb of its clause, which may end it ("ist am Montag zu einem … eingetroffen")
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")


def _clause_span(a: Analysis, pos: int) -> tuple[int, int]:
    """The clause around `pos`: its sentence cut at the commas, semicolons, colons, brackets and dashes around it."""
    lo, hi = _sentence_span(a, pos)
    before = [m.end() for m in _CLAUSE_MARK.finditer(a.text, lo, pos)]
    after = _CLAUSE_MARK.search(a.text, pos, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _verb_near(a: Analysis, pos: int, words: frozenset[str], lo: int, hi: int, reach: int = 0) -> bool:
    """Is one of `words` (one word or two) within STAY_REACH (or `reach`) tokens of the token at `pos`, between
    lo and hi?"""
    reach = reach or STAY_REACH
    i = bisect.bisect_left(a.token_starts, pos)
    first, last = bisect.bisect_left(a.token_starts, lo), bisect.bisect_left(a.token_starts, hi)
    for k in range(max(first, i - reach), min(last, i + reach + 1)):
        one = a.tokens[k].low
        if one in words or (k + 1 < last and f"{one} {a.tokens[k + 1].low}" in words):
            return True
    return False


def _stay_begun_before(c: EventContext, r: ResolvedDate) -> dt.date | None:
    """The first day of a stay the event's day ends: the day's sentence ends a stay ("ukončil dnes návštevu",
    "today ended his visit", "сегодня завершил визит") and it or the next sentence tells the day the stay began
    or the trip set out ("kam odcestoval v neděli", "which he began on Sunday", "zu dem er am Sonntag aufgebrochen
    war"), up to two weeks before. None when no verb ends a stay beside the day."""
    began, ended = stay_words(c.a.lang)
    a, m = c.a, r.mention
    if m is None or not began or not ended:
        return None
    s = a.sentence_of(m.start)
    sent = a.sentences[s]
    if not _verb_near(a, m.start, ended, sent.start, sent.end):
        return None
    hi = a.sentences[s + 1].end if s + 1 < len(a.sentences) else sent.end
    for o in a.dates:
        if not sent.start <= o.start < hi or o is m or o.kind not in ("absolute", "weekday", "relative"):
            continue
        lo_o = a.sentences[a.sentence_of(o.start)]
        got = resolve(o, c.ctx) if c.ctx else None
        if got is None or got.precision != "day" or not 1 <= (r.date - got.date).days <= STAY_BEGUN_DAYS:
            continue
        if _verb_near(a, o.start, began, lo_o.start, lo_o.end):
            return got.date
    return None


def _sentence_span(a: Analysis, pos: int) -> tuple[int, int]:
    sent = a.sentences[a.sentence_of(pos)]
    return sent.start, sent.end


def _stay_lasting_until(c: EventContext, r: ResolvedDate) -> dt.date | None:
    """The last day of a stay that begins on the event's day: the day's sentence begins a stay ("przybył w
    poniedziałek z wizytą", "ist am Montag … eingetroffen") and bounds it with a day after, up to two weeks on
    ("która potrwa do środy", "der bis Mittwoch dauert", "until Wednesday"). None otherwise."""
    began, _ = stay_words(c.a.lang)
    a = c.a
    if r.mention is None or not began:
        return None
    # the event's own mention, or the lead's weekday or date of the same day (a wire's dateline gave the day)
    m = next((o for o in [r.mention] + [o for o in a.dates if c.body_start <= o.start < c.reg.lead_end
                                        and o.kind in ("absolute", "weekday") and not (o.until or o.since)]
              if (o is r.mention or ((got := resolve(o, r.date)) is not None and got.date == r.date))
              and (_verb_near(a, o.start, began, *_sentence_span(a, o.start))
                   or _verb_near(a, o.start, began, *_clause_span(a, o.start), reach=CLAUSE_REACH))), None)
    if m is None:
        return None
    s = a.sentence_of(m.start)
    sent = a.sentences[s]
    for o in a.dates:
        if not (m.end <= o.start < sent.end and o.until) or o.kind not in ("absolute", "weekday"):
            continue
        if (last := _until_day(c, r, o)) is not None:
            return last
    return _stay_bounded_next(c, r, s)


def _guest_again(a: Analysis, s: int, nxt) -> bool:
    """Does sentence `nxt` name again someone of sentence `s`, by his own office or by the stem of the family name
    ("Maxim Ryžankov … pricestoval" … "Ryžankov bude v KĽDR", "Prezydent Andrzej Duda" … "Dudy")? Another
    office is another man ("Wystawa …, otwarta przez ministra kultury, potrwa do piątku": not the guest's stay)."""
    first_span = a.sentences[s]
    offices = {m.key for m in a.roles if first_span.start <= m.char_start < first_span.end}
    if any(nxt.start <= m.char_start < nxt.end and m.key in offices for m in a.roles):
        return True
    first = a.text[a.sentences[s].start:a.sentences[s].end]
    text = a.text[nxt.start:nxt.end]
    for p in a.persons:  # one mention a person, however often named: its name's stem is looked for in both
        family = p.original.split()[-1] if p.original.split() else ""
        stem = family[:max(4, len(family) - 2)]
        if len(family) >= 4 and stem in first and stem in text:
            return True
    return False


def _until_day(c: EventContext, r: ResolvedDate, o) -> dt.date | None:
    """The last day an "until" day (`o`) sets a stay begun on the event's day, up to two weeks on, else None."""
    if o.kind == "weekday":
        last = r.date + dt.timedelta(days=(o.weekday - r.date.isoweekday()) % 7 or 7)
    else:
        got = resolve(o, c.ctx or r.date)
        last = got.date if got and got.precision == "day" else None
    return last if last and 1 <= (last - r.date).days <= STAY_BEGUN_DAYS else None


def _stay_bounded_next(c: EventContext, r: ResolvedDate, s: int) -> dt.date | None:
    """The last day a sentence after the arrival's (the first of the NEXT_SENTENCES that holds a date) sets the
    stay, when an "until" day is all it dates and it tells no act but the stay ("Ryžankov bude v KĽDR pravdepodobne
    do piatku", "Визит продлится до пятницы", "Pellegrini zostane v Japonsku do stredy"), else None."""
    a = c.a
    for k in range(s + 1, min(s + 1 + NEXT_SENTENCES, len(a.sentences))):
        nxt = a.sentences[k]
        if not c.reg.start <= nxt.start < c.reg.end:
            return None
        own = [o for o in a.dates if nxt.start <= o.start < nxt.end]
        if not own:
            continue  # "TASR o tom informuje podľa správy agentúry Reuters.": the source, between
        if len(own) != 1 or not own[0].until or own[0].kind not in ("absolute", "weekday"):
            return None
        told = list(a.by_start("triggers").between(nxt.start, nxt.end))
        if any(t.key != JOURNEY for t in told):
            return None  # "Talks with the premier are planned until Friday": another act's bound, not the stay's
        if not told and not _guest_again(a, s, nxt):
            return None  # "The exhibition runs until Friday": neither the visit nor its guest named
        return _until_day(c, r, own[0])
    return None


HELD_PARAGRAPHS = 2  # paragraphs after the lead in which a sentence about the meeting may give its day


def _held_later(a: Analysis, reg: Region, ctx: dt.date | None) -> ResolvedDate | None:
    """The day a later paragraph gives a meeting the lead tells without one: the first dated sentence past the
    lead that opens with a meeting's word (a CONSULT trigger of no mode, after at most a short article: "The
    meeting took place on Tuesday", "Spotkanie odbyło się we wtorek", "Встреча состоялась 5 сентября") and
    names nobody, neither by name nor by office, dated up to a week before the page's day. A sentence naming
    people ("Spotkał się też we wtorek z wojewodą") tells another meeting."""
    lead = [t for t in a.by_start("triggers").between(reg.start, reg.lead_end)]
    if not lead or not any(t.key.startswith("CONSULT") for t in lead):
        return None
    end = reg.lead_end
    for _ in range(HELD_PARAGRAPHS):
        end = min(reg.end, _paragraph_end(a.text, end + 1))
    for dm in a.dates:
        if not reg.lead_end <= dm.start < end or dm.kind not in ("absolute", "weekday") \
                or dm.tense in ("future", "announcing") or dm.until or dm.since or dm.aside:
            continue
        s = a.sentence_of(dm.start)
        sent = a.sentences[s]
        first = bisect.bisect_left(a.token_starts, sent.start)
        opening = next(iter(a.by_start("triggers").between(sent.start, dm.start)), None)
        if opening is None or opening.key != "CONSULT" or opening.start - first > 1 \
                or (opening.start > first and len(a.tokens[first].text) > 3) \
                or any(sent.start <= p.start < sent.end for p in a.persons) \
                or any(sent.start <= r.char_start < sent.end for r in a.roles) \
                or in_caption(a.text, dm.start, a.lang) or _quoted(a.text, dm.start):
            continue
        r = resolve(dm, ctx) if ctx else _dated_by_the_text(a, dm, ctx, reg.end) or resolve(dm, ctx)
        if r is None or r.precision != "day" or (ctx and not 0 <= (ctx - r.date).days <= EARLIER_IN_WEEK):
            return None
        return _with_length(a, r)
    return None


_CLAUSE_BREAK = re.compile(r"[,;(–—]")


def _clause_breaks(a: Analysis, i: int) -> list[int]:
    """Where the clause breaks (_CLAUSE_BREAK, one character each) of sentence `i` stand, in order: found on first
    use, once a sentence (the clause scans of a mention's sentence ran from its start for every mention)."""
    kept = a._indexes.get("clause breaks")
    if kept is None or kept[0] is not a.text or kept[1] is not a.sentences:
        kept = a._indexes["clause breaks"] = (a.text, a.sentences, {})
    found = kept[2].get(i)
    if found is None:
        sent = a.sentences[i]
        found = kept[2][i] = [m.start() for m in _CLAUSE_BREAK.finditer(a.text, sent.start, sent.end)]
    return found


def _last_break_end(a: Analysis, i: int, pos: int) -> int | None:
    """The end of the last clause break in sentence `i` before `pos` (as the last of
    `_CLAUSE_BREAK.finditer(a.text, sent.start, pos)`), or None."""
    sent = a.sentences[i]
    if not sent.start <= pos <= sent.end:  # outside its sentence (before the first): scan as before
        ends = [m.end() for m in _CLAUSE_BREAK.finditer(a.text, sent.start, pos)]
        return ends[-1] if ends else None
    found = _clause_breaks(a, i)
    k = bisect.bisect_left(found, pos)
    return found[k - 1] + 1 if k else None


def _next_break(a: Analysis, i: int, pos: int) -> int:
    """The start of the first clause break of sentence `i` at or after `pos`, else the sentence's end (as
    `_CLAUSE_BREAK.search(a.text, pos, sent.end)`)."""
    sent = a.sentences[i]
    if pos < sent.start:
        nxt = _CLAUSE_BREAK.search(a.text, pos, sent.end)
        return nxt.start() if nxt else sent.end
    found = _clause_breaks(a, i)
    k = bisect.bisect_left(found, pos)
    return found[k] if k < len(found) else sent.end


def _arrival_after_meeting(a: Analysis, dm, told: int) -> bool:
    """Is the date in a sentence after the one telling the event, where it dates a journey (its nearest trigger
    is one of CONSULT/visit: "arrived on Wednesday for a two-day visit", "doputovao u sredu"), while the telling
    sentence names a meeting (a CONSULT trigger of no mode) and no day? The meeting's day is the text's own
    then; the day of arrival is only the journey's."""
    s = a.sentence_of(dm.start)
    if s <= told:
        return False
    sent, first = a.sentences[s], a.sentences[told]
    if any(first.start <= o.start < first.end for o in a.dates):
        return False
    if not any(t.key == "CONSULT" for t in a.by_start("triggers").between(first.start, first.end)):
        return False
    own = list(a.by_start("triggers").between(sent.start, sent.end))
    if not own or _meeting_in_clause(a, own, dm):
        return False  # the date's own sentence tells a meeting ("5日、…訪日中の…と会談を行った"): its day is the meeting's
    i = bisect.bisect_left(a.token_starts, dm.start)
    nearest = min(own, key=lambda t: min(abs(t.start - i), abs(t.end - i)))
    return nearest.key == "CONSULT/visit"


def _meeting_in_clause(a: Analysis, own: list, dm) -> bool:
    """Does the dated sentence tell a meeting in the date's own clause: a CONSULT trigger of no mode from the first
    trigger after the date on, with no clause break before it ("전날 바르샤바를 찾아 … 협의회를 진행했다", "5日、
    …訪日中の…と会談を行った")? A meeting past a comma is another's ("doputovao u sredu u posetu, mesec dana nakon
    što se … sastao sa Putinom"): the day stays the journey's."""
    i = bisect.bisect_left(a.token_starts, dm.start)
    first = next((t for t in own if t.start >= i), None)
    return first is not None and any(t.key == "CONSULT" and t.start >= first.start
                                     and not _CLAUSE_BREAK.search(a.text, first.char_start, t.char_start) for t in own)


def _wire_day(a: Analysis, reg: Region, ctx: dt.date | None) -> ResolvedDate | None:
    """The day of an agency's dateline in the lead ("МОСКВА, 14 мая /ТАСС/.", "Скопје, 22 јули (МИА) -") when it
    lies up to a week before the page's date: a wire a site carried days later tells the news of the day it
    was written, not of the day it was carried."""
    if ctx is None:
        return None
    for dm in a.dates:
        if not reg.start <= dm.start < reg.lead_end:
            continue
        if dm.kind == "absolute" and dm.d and not dm.d2 and _opens_dateline(a.text, dm):
            r = resolve(dm, ctx)
            if r and r.precision == "day" and not r.end and 0 < (ctx - r.date).days <= EARLIER_IN_WEEK:
                return ResolvedDate(r.date, None, "day", None)
            return None  # the lead's first dateline is the only one that speaks for the page
    return None


def _recalled_in_lead(a: Analysis, dm, body: int) -> bool:
    """Is the date in a sentence after the lead's first that puts a word of the past before it ("ранее",
    "напомним": events.yaml BACKGROUND)? That sentence recalls an earlier contact, not the news."""
    rx = _background_rx(a.lang)
    s = a.sentence_of(dm.start)
    if rx is None or s <= a.sentence_of(body):
        return False
    return rx.search(a.text, a.sentences[s].start, dm.start) is not None


@cache
def _background_rx(code: str) -> re.Pattern | None:
    """The language's BACKGROUND words as whole words, any case."""
    marks = load(code).background
    if not marks:
        return None
    return re.compile(words_opening(sorted(marks, key=len, reverse=True), re.I) + r"(?!\w)", re.IGNORECASE)


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _meeting_carried_later(a: Analysis, dm) -> bool:
    """Is the first trigger after a weekday, in its sentence, carried by a later weekday right before it ("hétfőn
    elmondta, hogy a pénteki alaszkai csúcson …", "в понедельник заявил, что на пятничной встрече …")? The weekday
    adjective dates the meeting its noun names; the earlier weekday dates only the telling of it."""
    s = a.sentence_of(dm.start)
    nxt = next((t for t in a.by_start("triggers").between(dm.end, len(a.text) + 1)), None)
    if nxt is None or a.sentence_of(nxt.char_start) != s:
        return False
    i = bisect.bisect_left(a.token_starts, nxt.char_start)
    return any(o.kind == "weekday" and dm.end < o.start and o.end <= nxt.char_start
               and i - bisect.bisect_left(a.token_starts, o.end) <= 1 for o in a.dates)


EARLIER_IN_WEEK = 6  # days back a day told of may lie from the day of telling ('said Tuesday … on Monday')


def _told_of_earlier_day(a: Analysis, dm, ctx: dt.date | None) -> ResolvedDate | None:
    """The earlier day a reported clause after a day of telling ("that", "że", "что") names with the meeting, when
    no meeting is named before that clause in the sentence, else None. "said Tuesday that his talks … on Monday were
    constructive" dates the talks to Monday; "said Thursday that they had met the day before" ("накануне",
    "dzień wcześniej", counted from the day of telling) to Wednesday. A later day or one to come ("said Tuesday
    that they will meet on Friday") keeps the day of telling (an announcement's date)."""
    words = complementizers(a.lang)
    if ctx is None or not words or dm.kind not in ("weekday", "absolute") or dm.tense in ("future", "announcing"):
        return None
    s = a.sentence_of(dm.start)
    sent = a.sentences[s]
    lo = bisect.bisect_left(a.token_starts, dm.end)
    hi = bisect.bisect_left(a.token_starts, sent.end)
    that = next((t.start for t in a.tokens[lo:hi] if t.low in words), None)
    if that is None:
        that = _source_phrase_end(a, sent, dm)  # "According to the ministry on Thursday, X met Y on Wednesday"
    if that is None or any(sent.start <= t.char_start < that for t in a.triggers):
        return None
    own = resolve(dm, ctx)
    if own is None or own.precision != "day":
        return None
    for o in a.dates:
        shifted = o.kind == "relative" and o.relative in SHIFTED
        if that < o.start < sent.end and (shifted or o.kind in ("weekday", "absolute")) \
                and o.tense not in ("future", "announcing"):
            r = resolve(o, ctx, own.date) if shifted else resolve(o, ctx)
            if r and r.precision == "day" and 0 < (own.date - r.date).days <= EARLIER_IN_WEEK:
                return r
    return None


NEXT_SENTENCES = 2  # sentences after the telling one in which the meeting's own day may be told
JOURNEY = "CONSULT/visit"  # a journey's trigger ("arrived", "visited"), as against talks held


def _meeting_day_after_telling(a: Analysis, reg: Region, dm, ctx: dt.date | None) -> ResolvedDate | None:
    """The day a sentence after the one telling an event dates a meeting to, when the day `dm` is only the day a
    source told of the event (its sentence gives it no day) and the meeting's day is earlier in that week, else
    None. "The ministers held talks in Budapest, the ministry said Thursday.\nChung met Szijjarto on Wednesday …"
    (likewise "…, сообщил в четверг МИД", "…, közölte csütörtökön"; "They met the day before", counted from the day
    of telling): the talks were on Wednesday. The day stands in the reporting clause (_in_telling_clause); the
    meeting's day in one of the NEXT_SENTENCES after it, in the same region; a later day, or none, keeps the day of
    telling."""
    if ctx is None or dm.kind not in ("weekday", "absolute") or dm.tense in ("future", "announcing"):
        return None
    if not _in_telling_clause(a, dm):
        return None
    own = resolve(dm, ctx)
    if own is None or own.precision != "day":
        return None
    s = a.sentence_of(dm.start)
    first = next(iter(a.by_start("triggers").between(a.sentences[s].start, dm.start)), None)
    if first is None or first.key == JOURNEY:
        return None  # "X arrived in Seoul, the ministry said Thursday": a journey's day is not a later meeting's
    if under_future(a, first):
        return None  # "… will hold talks next month, the ministry said Thursday": an announcement, dated when told
    for o in a.dates:
        if not s < a.sentence_of(o.start) <= s + NEXT_SENTENCES or o.start >= reg.end:
            continue
        shifted = o.kind == "relative" and o.relative in SHIFTED  # "met the day before", "встретились накануне"
        if not (shifted or o.kind in ("weekday", "absolute")) or o.tense in ("future", "announcing") \
                or o.until or o.since \
                or in_caption(a.text, o.start, a.lang) or _quoted(a.text, o.start):
            continue
        sent = a.sentences[a.sentence_of(o.start)]
        own_triggers = list(a.by_start("triggers").between(sent.start, sent.end))
        if not _meeting_in_sentence(own_triggers):
            continue
        if (rx := _background_rx(a.lang)) is not None and rx.search(a.text, sent.start, o.start):
            continue  # "Earlier, on Tuesday, X met Z in Seoul": a contact recalled, not the talks told
        if _names_a_third(a, sent, _states_in(a, a.sentences[s].start, a.sentences[s].end)
                          or _states_in(a, reg.start, reg.lead_end)):
            continue  # "Chung had met Austrian Foreign Minister … on Tuesday": another state's meeting, not the talks
        r = resolve(o, ctx, own.date) if shifted else resolve(o, ctx)  # the day before the telling one
        return r if r and r.precision == "day" and 0 < (own.date - r.date).days <= EARLIER_IN_WEEK else None
    return None


def _states_in(a: Analysis, lo: int, hi: int) -> set[str]:
    """The states the text between lo and hi names, by name or by a person of theirs."""
    named = {m.key for m in a.by_start("countries").between(lo, hi) if m.key != "NONE"}
    return named | {p.country for p in a.persons if p.country and any(lo <= e[0] < hi for e in p.evidence)}


def _names_a_third(a: Analysis, sent, states: set[str]) -> bool:
    """Does sentence `sent` name a state, or a person of one, outside `states` (none when those are unknown)?"""
    if not states:
        return False
    if any(m.key not in states and m.key != "NONE" for m in a.by_start("countries").between(sent.start, sent.end)):
        return True
    return any(p.country and p.country not in states and any(sent.start <= e[0] < sent.end for e in p.evidence)
               for p in a.persons)


def _in_telling_clause(a: Analysis, dm) -> bool:
    """Does the date stand in a reporting clause after the event its sentence tells: the clause (between breaks,
    past a comma or dash after the sentence's first trigger) holds a verb of dates.yaml SAID and no trigger
    ("…, the ministry said Thursday", "…, teilte das Ministerium am Donnerstag mit", "…, priopćilo je u četvrtak")?"""
    said = grammar(a.lang).said
    if not said:
        return False
    s = a.sentence_of(dm.start)
    sent = a.sentences[s]
    first = next(iter(a.by_start("triggers").between(sent.start, dm.start)), None)
    if first is None:
        return False
    lo = max(_last_break_end(a, s, dm.start) or -1, _last_dash(a.text, first.char_end, dm.start))
    if lo < first.char_end:
        return False
    hi = _next_break(a, s, dm.end)
    if any(lo <= t.char_start < hi for t in a.by_start("triggers").between(lo, hi)):
        return False  # "…, and met X on Wednesday": a clause of its own act, not of telling
    i, j = bisect.bisect_left(a.token_starts, lo), bisect.bisect_left(a.token_starts, hi)
    return any(t.low in said for t in a.tokens[i:j])


def _meeting_in_sentence(own: list) -> bool:
    """Does a sentence tell a meeting or a visit (a CONSULT trigger)? An appositive may part it from its day
    ("met with his counterpart, Peter Szijjarto, in Budapest on Wednesday")."""
    return any(t.key.startswith("CONSULT") for t in own)


_DASH_END = re.compile(r"[-–—]\s*$|\)\s*[.:]?\s*$")  # the end of a dateline before the lead: "… 2025 -", "(PAP)."


def _source_phrase_end(a: Analysis, sent, dm) -> int | None:
    """The comma that closes a phrase citing the source which holds the day ("According to Seoul's foreign ministry
    on Thursday, …", "Podle ministerstva ve čtvrtek, …", "По данным МИД в четверг, …"): the clause after it is
    what the source told, as after "that". The phrase (dates.yaml ACCORDING) opens the sentence, or follows a
    dateline's dash, with no comma before the day. None when the sentence does not open so."""
    rx = according_rx(a.lang)
    if rx is None:
        return None
    head = a.text[sent.start:dm.start].lower()
    at = max((m.start() for m in rx.finditer(head)), default=-1)
    if at < 0 or "," in head[at:] or head[:at].strip(" \t\n\"'„“«") and not _DASH_END.search(head[:at]):
        return None  # the phrase opens the sentence or follows a dateline's dash: "Seoul, 7 March - According to …"
    comma = a.text.find(",", dm.end, sent.end)
    return comma if comma >= 0 else None


def _announcement_day(a: Analysis, planned, ctx: dt.date,
                      kinds: tuple[str, ...] = ("weekday", "absolute", "relative")) -> ResolvedDate | None:
    """The day an announcement was told: another day of the planned day's sentence, not of a clause still to
    come nor of a relative clause, on or up to a week before the day written ("Yoon will visit Prague Thursday
    next week, the presidential office said Thursday" written on a Friday: the Thursday before)."""
    if planned is None:
        return None
    s = a.sentence_of(planned.start)
    for o in a.dates:
        if o is planned or a.sentence_of(o.start) != s or o.kind not in kinds \
                or o.tense in ("future", "announcing") or o.aside or o.until or o.since \
                or in_relative_clause(a, o.start) or _opens_dateline(a.text, o, a.lang) or _apposed(a.text, planned, o) \
                or _short_line(a.text, o.start):  # a date line: the day written, which is the fallback anyway
            continue
        r = resolve(o, ctx)
        if r and r.precision == "day" and not r.end and 0 <= (ctx - r.date).days <= EARLIER_IN_WEEK:
            return r
    return None


def _told_before_planned(a: Analysis, planned: ResolvedDate, period: tuple[int, int] | None) -> ResolvedDate | None:
    """In a text that does not say when it was written, the day an announcement was told: a weekday of the
    planned day's sentence (as `_announcement_day` picks it), the last such day 1–6 days before the day planned,
    within the month of the page's date line when it has one."""
    if planned.mention is None or planned.precision != "day":
        return None
    told = _announcement_day(a, planned.mention, planned.date, kinds=("weekday",))
    if told is None or not 0 < (planned.date - told.date).days <= EARLIER_IN_WEEK:
        return None
    return told if period is None or (told.date.year, told.date.month) == period else None


def _apposed(text: str, one, other) -> bool:
    """Do two date mentions stand side by side, only a comma or a space between ("november 7-én, csütörtökön",
    "Thursday, 7 November")? Then they name the same day."""
    lo, hi = (one, other) if one.start < other.start else (other, one)
    gap = text[lo.end:hi.start]
    return len(gap) <= 3 and not any(ch.isalnum() for ch in gap)


def _quoted_day_before(a: Analysis, dm, ctx: dt.date | None) -> ResolvedDate | None:
    """The day a quotation's relative day ("yesterday", "вчера", "wczoraj") names, counted from the day it was
    said, when its sentence dates the saying outside the quote, before it ("said on Monday: 'Yesterday we held
    talks'" is Sunday) or after it ("«Вчера мы провели переговоры», — сказал он в понедельник"), and names no
    meeting outside the quote before it. A quote without a day of its own is of the day of writing (resolve)."""
    if ctx is None or dm.kind not in ("weekday", "absolute", "relative"):
        return None
    sent = a.sentences[a.sentence_of(dm.start)]
    in_sent = [o for o in a.dates if sent.start <= o.start < sent.end]
    if dm.kind == "relative":  # the quote's day first, the saying's after the quote
        if not _quoted(a.text, dm.start):
            return None
        quote, told = dm, next((o for o in in_sent if o.start > dm.end and o.kind in ("weekday", "absolute")
                                and not _quoted(a.text, o.start)), None)
    else:
        quote, told = next((o for o in in_sent if o.start > dm.end and o.kind == "relative"
                            and _quoted(a.text, o.start)), None), dm
        if _quoted(a.text, dm.start):
            return None
    if quote is None or told is None or told.tense in ("future", "announcing") \
            or any(sent.start <= t.char_start < quote.start and not _quoted(a.text, t.char_start) for t in a.triggers):
        return None
    said = resolve(told, ctx)
    if said is None or said.precision != "day":
        return None
    r = resolve(quote, said.date)
    # only a day before the saying: a day to come keeps the announcement's date (SCHEMA.md)
    return r if r and r.precision == "day" and 0 < (said.date - r.date).days <= EARLIER_IN_WEEK else None


def _dates_first_trigger(a: Analysis, dm) -> bool:
    """Is a date nearer to the first trigger of its sentence than to any later one? "razgovarao je … i rekao
    da mu je čast da prihvati poziv da u oktobru prisustvuje": October is the invitation's, not the talk's."""
    s = a.sentence_of(dm.start)
    i = bisect.bisect_left(a.token_starts, dm.start)
    trig = [t for t in a.triggers if a.sentence_of(t.char_start) == s]
    if len(trig) < 2:
        return True
    nearest = min(trig, key=lambda t: min(abs(t.start - i), abs(t.end - i)))
    return nearest is trig[0]


# how many days before an embedded post's signature the day it tells of may lie
POST_DAYS = 7


def _dated_by_the_text(a: Analysis, dm, ctx: dt.date | None, end: int | None = None) -> ResolvedDate | None:
    """In a text that says nowhere when it was written, a day and month without a year take the year of the
    latest full date it writes before `end` (the stamps of a list of other articles under it are theirs), if
    the weekday it gives agrees ("Во вторник, 12 апреля" beside "12 мая 2022 года" is 12 April 2022, a Tuesday)."""
    if ctx is not None or dm.kind != "absolute" or dm.y or not dm.d or dm.d2:
        return None
    # an embedded post's signature dates the post quoted, in English ("(@JPEmbUA) September 9, 2023")
    full = a.dates + (embedded_dates(a.text) if a.lang != PLATFORM_LANGUAGE else [])
    end = len(a.text) if end is None else end
    latest = max(((d.y, d.m, d.d, d.start) for d in full
                  if d.kind == "absolute" and d.y and d.d and not d.modified and d.start < end), default=None)
    if latest is None and dm.weekday:
        return _year_by_weekday(a, dm)
    r = resolve(dm, dt.date(*latest[:3])) if latest and valid_date(*latest[:3]) else None
    if r is None or (dm.weekday and r.date.isoweekday() != dm.weekday):
        return None
    # a post quoted tells the news of its day: a day weeks before its signature ("poprzednie odbyło się
    # 9 czerwca" under a post of 25 August) is background, and the post's year is no proof of it
    if in_embedded(a.text, latest[3]) and not 0 <= (dt.date(*latest[:3]) - r.date).days <= POST_DAYS:
        return None
    return r


_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def _year_by_weekday(a: Analysis, dm) -> ResolvedDate | None:
    """"в субботу, 20 июня" in a text with no full date but "до конца 2020 года": of the years the text
    names, the one only whose 20 June is a Saturday."""
    years = {int(y) for y in _YEAR.findall(a.text)}
    fits = [y for y in years if valid_date(y, dm.m, dm.d) and dt.date(y, dm.m, dm.d).isoweekday() == dm.weekday]
    return ResolvedDate(dt.date(fits[0], dm.m, dm.d), None, "day", dm) if len(fits) == 1 else None


def _in_period(dm, ctx: dt.date | None, period: tuple[int, int] | None) -> ResolvedDate | None:
    """In a text dated only to a month ("date 2016-05", a URL's /2016/05/), a day of that month or of a month
    next to it without a year is of the year that puts it there, if the weekday it gives agrees ("У середу,
    18 травня" is 18 May 2016; "30 grudnia" under a stamp of January 2017 is 30 December 2016)."""
    if ctx is not None or period is None or dm.kind != "absolute" or dm.y or not dm.d:
        return None
    y, m = period
    if not dm.m:
        # a bare day ("林外相は27日午前、…", under a blog's /2022/09/) is of the month the text is dated to
        dm = replace(dm, m=m) if dm.month_offset is None and dm.year_offset is None else dm
        if not dm.m:
            return None
    year = next((yy for yy in (y - 1, y, y + 1) if abs((yy * 12 + dm.m) - (y * 12 + m)) <= 1), None) \
        if dm.year_offset is None else y + dm.year_offset  # "loni 22. března": the stamp's year counts it
    if year is None or not valid_date(year, dm.m, dm.d):
        return None
    day = dt.date(year, dm.m, dm.d)
    if dm.weekday and day.isoweekday() != dm.weekday:
        return None
    # "С 27 по 30 мая": the range's last day, in the same month
    end = dt.date(year, dm.m, dm.d2) if dm.d2 and dm.m2 in (None, dm.m) and dm.d2 > dm.d \
        and valid_date(year, dm.m, dm.d2) else None
    return ResolvedDate(day, end, "day", dm)


def _past_span(dm, ctx: dt.date | None) -> ResolvedDate | None:
    """A month or week wholly before the context date's, resolved; else None."""
    r = resolve(dm, ctx) if ctx else None
    if r is None or r.precision not in ("month", "week"):
        return None
    start = ctx.replace(day=1) if r.precision == "month" else ctx - dt.timedelta(days=ctx.isoweekday() - 1)
    if (ctx.year - r.date.year) * 12 + ctx.month - r.date.month > RECENT_MONTHS:
        return None  # "昨年6月に…訪問" in a March item: a contact it recalls, not the news it tells
    if r.precision == "month" and r.mention is not None and r.mention.part:
        # "今月上旬に会談", "이달 초 회담했다" in an item of the 15th: that part of the month is wholly past
        last = min(MONTH_THIRDS[r.mention.part][1], calendar.monthrange(r.date.year, r.date.month)[1])
        return r if r.date.replace(day=last) < ctx else None
    return r if r.date < start else None


def in_relative_clause(a: Analysis, pos: int) -> bool:
    """Is `pos` in a clause that a relative pronoun opens after a comma (perhaps past a preposition)?"""
    return _relative_clause_start(a, pos) is not None


def _relative_clause_start(a: Analysis, pos: int) -> int | None:
    """Where the relative clause `pos` stands in begins (after its comma), or None when it is in none."""
    start = _last_break_end(a, a.sentence_of(pos), pos)
    if start is None:
        return None
    said = grammar(a.lang).said
    # a word of reporting before the pronoun opens a clause of reporting, whose article only looks like one
    # ("…, teilte der Sprecher am Donnerstag mit": the day of the telling, not of a clause about a noun)
    opened = any(m.char_start < pos and len(words := a.text[start:m.char_start].split()) <= 1
                 and not (words and words[0].lower() in said)
                 for m in a.by_start("relative").between(start, min(pos, start + 24)))
    return start if opened else None


def _dated_relative_clause(a: Analysis, pos: int) -> bool:
    """Is `pos` in a relative clause that carries a date of its own ("Klakočar Zupančič, ki se je pretekli
    torek udeležila pogrebne slovesnosti … Abeja, je …")? It tells another moment than its sentence."""
    lo = _relative_clause_start(a, pos)
    if lo is None:
        return False
    hi = _next_break(a, a.sentence_of(pos), pos)
    return any(lo <= d.start < hi for d in a.dates)


def _in_other_time_clause(a: Analysis, pos: int) -> bool:
    """Is `pos` in a clause that a word of events.yaml TIME_CLAUSE opens after a comma ("…, kiedy …"), one that
    does not tell the sentence's only meeting (_time_clause_meeting)? Its people are of another moment."""
    lo = _time_clause_start(a, pos)
    return lo is not None and not _time_clause_meeting(a, pos, lo)


def _time_clause_start(a: Analysis, pos: int) -> int | None:
    """Where the TIME_CLAUSE clause holding `pos` opens (after its comma), or None."""
    words = load(a.lang).time_clause
    if not words:
        return None
    start = _last_break_end(a, a.sentence_of(pos), pos)
    if start is None:
        return None
    opening = a.text[start:pos].lower().split()[:3]
    # a conjunction of several words opens a clause too ("medtem ko", "în timp ce")
    return start if any(" ".join(opening[:n]) in words for n in range(1, len(opening) + 1)) else None


def _time_clause_meeting(a: Analysis, pos: int, lo: int) -> bool:
    """Does the time clause holding `pos` tell its sentence's only meeting ("méltatta az együttműködést Orbán,
    amikor szombaton fogadta Vang Jit", praised … when he received)? A main clause that tells no contact says
    what was said at the one the clause tells: that is the event, and who is met there takes part; a clause
    with a year of its own tells another time. `lo`: where the clause opens (_time_clause_start)."""
    i = a.sentence_of(pos)
    sent, hi = a.sentences[i], _next_break(a, i, pos)
    consult = [t for t in a.by_start("triggers").between(sent.start, hi) if t.key.partition("/")[0] == "CONSULT"]
    return bool(consult) and all(lo <= t.char_start for t in consult) \
        and not any(lo <= d.start < hi and d.y for d in a.dates)


def _near_period(dm, period: tuple[int, int] | None) -> bool:
    """A date line's month bounds the event's date: within a month of it ("6 March 1919" is history)."""
    if period is None:
        return True
    return abs((dm.y * 12 + dm.m) - (period[0] * 12 + period[1])) <= 1


def _weekday_dated(a: Analysis, reg: Region, wd, ctx: dt.date | None) -> ResolvedDate | None:
    """A weekday the text also dates ("on Thursday ... on 7 November, Thursday"): that date, past or coming."""
    if ctx is None:
        return None
    body = _first_body_sentence(a, reg)
    for dm in a.dates:
        if dm.start < body and _short_line(a.text, dm.start):
            continue  # the page's date stamp names the day of writing, not the weekday's ("said on Wednesday")
        if dm.kind == "absolute" and not dm.d2 and reg.start <= dm.start < reg.end:
            r = resolve(dm, ctx)
            if r and (wd.week_offset or wd.week) and (r.date - ctx).days * (wd.week_offset or wd.week) <= 0:
                continue  # "met … last Tuesday" under a Tuesday's dateline: a week before, not the day of writing
            if r and r.date.isoweekday() == wd.weekday and abs((r.date - ctx).days) <= 7:
                dated = _with_length(a, r)
                # "W czwartek rano … przybyli do stolicy Japonii. W trakcie dwudniowej wizyty …" under a caption's
                # "26 lutego …": the visit's length is told beside the weekday, not beside the date that names it
                own = _with_length(a, ResolvedDate(r.date, None, "day", wd))
                return dated if dated.end or not own.end else ResolvedDate(dated.date, own.end, "day", dated.mention)
    return None


def build_event(a: Analysis, reg: Region, ctx: dt.date | None, published_span, title_end: int,
                fixed_date: ResolvedDate | None = None, period: tuple[int, int] | None = None) -> Event:
    """The main event of a region of the text, or one with type None when nothing reports an event."""
    c = EventContext(a, reg, ctx, published_span, title_end, fixed_date, period)
    kind, mode, tev = choose_type(a, _told_in(c), title_end)
    rdate = fixed_date or choose_date(a, reg, ctx, published_span, period)
    if kind not in (None, "CONSULT") and rdate and rdate.end and fixed_date is None:
        rdate = _act_day(c, kind, rdate) or rdate  # "visited from the 21st to the 27th and signed on the 24th"
    if kind in SPEECH_ACTS and rdate and rdate.mention and c.ctx and fixed_date is None \
            and not _said_on(a, kind, rdate.mention):
        # "condemned Friday's test": that day is the test's; the condemnation is the page's day, or the day of
        # the agency's dateline when a site carried the wire later ("ПЕКИН, 15 ноября (Jiji Press)" under 17 November)
        rdate = _wire_day(a, reg, ctx)
    other = _other_time_sentences(c, rdate)
    mode = _mode_of_now(c, mode, other)
    persons = _participants(c, rdate, other)
    countries, cev = choose_countries(c, persons)
    _person_states(persons, countries, a)
    _anglicise(persons, load(a.lang).east_slavic, load(a.lang).home)
    _state_spelling(persons, hook(a.lang, "state_spelling"), a.text)
    orgs, org_matches = choose_organizations(c, countries)
    mode = _mode_of_the_pair(c, mode, countries)
    # a place in a clause still to come ("will take part in the NATO summit in Washington") is not this
    # event's, unless the event itself is the one announced
    later = {} if kind == "AGREE" or _announced(c, rdate) else _future_sentences(c)
    loc = Location() if mode == "phone" else choose_location(a, reg, countries, persons, other, later)  # a call has no place
    if loc.evidence and len(countries) == 2 and loc.country in countries and _leader_orgs(c) \
            and _dateline_city_at(a, loc.evidence[0]):
        # "Baku, 3. Dezember, AZERTAC – … ist im Rahmen des … Ministerrates der OSZE mit seinem japanischen
        # Amtskollegen zusammengetroffen": a meeting in an organisation's setting, its place untold; a dateline at
        # home of one side is the agency's desk. A third state's ("VILNIUS, July 11 (Kyodo) -- … on the sidelines
        # of the NATO summit") is where the agency followed the summit: the place
        loc = Location()
    if away := _elsewhere(c, persons, loc) + _sovereign_of_envoy(persons, loc):
        persons = [p for p in persons if p not in away]  # their states were counted through them
        countries, cev = choose_countries(c, persons)
    announced = kind == "CONSULT" and _announced(c, rdate)
    if announced:
        kind, mode = "AGREE", None
        if loc.city and not loc.evidence and not _town_named(a, reg, loc.city):
            loc = Location(None, loc.country, [])  # a capital inferred for a meeting still to come: no words say where it was told
        if not loc.evidence and (goal := planned_visit(a, reg, other)) is not None and (goal.city or not loc.city):
            loc = goal  # "утре … во посета на Софија": the visit's goal, where no words placed it otherwise
    if loc.country and loc.country not in countries and len(countries) == 1:
        countries = sorted(countries + [loc.country])  # a donation to a Serbian university has two sides
        _person_states(persons, countries, a)  # ... and its people may be of the other
        _state_spelling(persons, hook(a.lang, "state_spelling"), a.text)
    side_states = frozenset(p.country for p in persons if p.country)
    mode = choose_mode(kind, mode, countries, loc, orgs=orgs, leader_orgs=_leader_orgs(c),
                       sides=len(side_states), side_states=side_states, calls=_plain_calls(c))
    topics, topev = choose_topics(c, orgs, setting=mode == "third-party")
    date, end, prec, basis, dev = _event_date(c, rdate)
    if basis == "published" and kind == "CONSULT" and (stay := _told_stay(c, c.ctx)) is not None:
        date, end = stay  # "rozpoczął trzydniową wizytę" with no day: the stay begun on the day of writing
    elif kind == "CONSULT" and end is None and fixed_date is None and rdate and rdate.precision == "day" \
            and (begun := _stay_begun_before(c, rdate)) is not None:
        date, end = begun.isoformat(), rdate.date.isoformat()  # "ended today the visit he began on Sunday"
    elif kind == "CONSULT" and end is None and fixed_date is None and rdate and rdate.precision == "day" \
            and (last := _stay_lasting_until(c, rdate)) is not None:
        end = last.isoformat()  # "przybył w poniedziałek z wizytą, która potrwa do środy"
    if announced and rdate and c.ctx and rdate.date > c.ctx and c.fixed_date is None:
        # PLOVER dates an announced meeting on the day of the announcement, not on the day planned: the day its
        # sentence says it was told ("will visit … next week, the office said Thursday"), else the day written
        told = _announcement_day(a, rdate.mention, c.ctx)
        date, end, prec, basis, dev = ((told.date.isoformat(), None, "day", "relative", [(told.mention.start, told.mention.end)])
                                       if told else (c.ctx.isoformat(), None, "day", "published", []))
    elif announced and end and c.ctx and rdate and rdate.mention is not None and not rdate.mention.d2 \
            and c.fixed_date is None:
        end = None  # "трёхдневный визит … анонсирован 2 июня": the day it was told, not the stay its length spans
    elif announced and rdate and c.ctx is None and c.fixed_date is None:
        # no day of writing: the weekday its sentence says it was told on, counted back from the day planned
        # (" date 2020-08 … werde am 10. August … zusammenkommen, teilte … am Donnerstag mit": the 6th)
        told = _told_before_planned(a, rdate, c.period)
        date, end, prec, basis, dev = ((told.date.isoformat(), None, "day", "relative", [(told.mention.start, told.mention.end)])
                                       if told else (None, None, None, None, []))  # else the day told is nowhere said
    if kind == "AGREE" and fixed_date is None:
        end = None  # an agreement or an announcement is of one day: "visit … September 22 - 25, will have talks"
    ev = Event(type=kind, mode=mode, date=date, date_end=end, date_precision=prec,
               countries=countries, organizations=sorted(orgs),
               persons=[Person(p.name, p.original, p.country, p.role, list(p.evidence)) for p in persons],
               location=loc, topics=topics, date_basis=basis,
               subjects=_subjects(a, reg, title_end, countries))
    ev.evidence = {"date": dev or ([published_span] if published_span and date else []),
                   "type": tev[:3], "countries": [s for k in countries for s in cev.get(k, [])[:2]],
                   "location": loc.evidence,
                   "organizations": [(m.char_start, m.char_end) for m in org_matches][:4],
                   "persons": [s for p in persons for s in p.evidence[:1]],
                   "topics": [s for t in topics for s in topev.get(t, [])[:2]]}
    ev.region = (reg.start, reg.end)
    return ev


def _dateline_city_at(a: Analysis, span: tuple[int, int]) -> bool:
    """Is the city at `span` the one a dateline opens with?"""
    return any((m.char_start, m.char_end) == tuple(span) and _dateline_city(a, m)
               for m in a.by_start("cities").between(span[0], span[0] + 1))


def _told_mode(m) -> str:
    """The CONSULT mode a trigger tells ("CONSULT/phone": phone), or "" (NOT/thanks is no mode)."""
    base, _, mode = m.key.partition("/")
    return mode if base == "CONSULT" else ""


def _mode_of_now(c: EventContext, mode: str | None, other: set[int]) -> str | None:
    """A mode told only in sentences of another time is not the event's: "met Tusk on Wednesday. Following their
    phone call last November, …" was no call. The mode of the event's own sentences then, if any."""
    if mode is None or not other:
        return mode
    a = c.a
    trig = starting_in(a, "triggers", c.reg.start, c.reg.end)  # those type_scores weighed
    now = Counter(_told_mode(m) for m in trig
                  if _told_mode(m) and a.sentence_of(m.char_start) not in other)
    if now.get(mode) or not any(_told_mode(m) == mode for m in trig):
        return mode  # told in the event's own sentences too, or outside the region
    return now.most_common(1)[0][0] if now else None


def _mode_of_the_pair(c: EventContext, mode: str | None, countries: list[str]) -> str | None:
    """A mode told only in sentences after the event's own that name someone of a third state is that contact's:
    "Sikorski met Iwaya in Tokyo on Monday. On the same day Sikorski held a phone call with Ukrainian Foreign
    Minister Andrii Sybiha" was no call of the talks (and a call has no place, so the talks lost Tokyo). The mode
    of the other sentences then, if any."""
    if mode is None or len(countries) != 2:
        return mode
    a, reg = c.a, c.reg
    trig = starting_in(a, "triggers", reg.start, reg.end)  # those type_scores weighed
    told = first_told(a, trig, c.title_end, reg)
    third = {i for p in a.persons if p.country and p.country not in countries for st, _e in p.evidence
             if reg.start <= st < reg.end and (i := a.sentence_of(st)) != told and st >= c.title_end}
    moded = [m for m in trig if _told_mode(m) == mode and m.char_start >= c.title_end]
    if not third or not moded or any(a.sentence_of(m.char_start) not in third for m in moded) \
            or any(_told_mode(m) == mode for m in trig if m.char_start < c.title_end):
        return mode  # told in a sentence of the pair, or in the headline
    now = Counter(_told_mode(m) for m in trig if _told_mode(m)
                  and a.sentence_of(m.char_start) not in third)
    return now.most_common(1)[0][0] if now else None


def _said_on(a: Analysis, kind: str, dm) -> bool:
    """Is a date the day a condemnation, call or rejection was said: in the sentence of its verb, before it
    ("The ministry on Friday condemned …", "В пятницу МИД осудил …") or right after it behind a short
    preposition ("condemned on Friday", "осудил в пятницу")? A date inside what it condemns is not."""
    if _opens_dateline(a.text, dm, a.lang):
        return True  # "YEREVAN, FEBRUARY 3, ARMENPRESS." (or a weekday it pins): the report's day, no object's
    s = a.sentence_of(dm.start)
    for t in a.triggers:
        if t.key.partition("/")[0] != kind or a.sentence_of(t.char_start) != s:
            continue
        if dm.end <= t.char_start:
            return True
        if _summons_day(a, t, dm):
            return True
        gap = a.text[t.char_end:dm.start].split()
        if len(gap) <= 2 and gap and len(gap[-1]) <= 3 and gap[-1].isalpha() and gap[-1].islower():
            return True
    return False


def _summons_day(a: Analysis, t, dm) -> bool:
    """Is a trigger a summons and the date after it in its clause ("summoned the ambassador on Saturday",
    "summoned … to protest the pact on Friday")? Calling an envoy in is an act of its day, not a statement about
    another: the day dates it, unless it is a possessive of what was protested ("Friday's test")."""
    forms = load(a.lang).summon
    if not forms or not has_form(a.text[t.char_start:t.char_end].lower().split()[0], forms):
        return False
    return not _breaks(a.text, t.char_end, dm.start) and not a.text.startswith(("'s", "’s"), dm.end)


def _act_day(c: EventContext, kind: str, span: ResolvedDate) -> ResolvedDate | None:
    """An act that is not a meeting, told with a day inside the days of a visit, is dated by that day:
    the first such day of a lead sentence that holds a trigger of the event's type."""
    a = c.a
    told = {a.sentence_of(m.char_start) for m in a.triggers
            if m.key.partition("/")[0] == kind and c.reg.start <= m.char_start < c.reg.lead_end}
    for dm in a.dates:
        if dm.kind == "absolute" and not dm.d2 and a.sentence_of(dm.start) in told and dm is not span.mention:
            r = resolve(dm, c.ctx)
            if r and r.precision == "day" and span.date <= r.date <= span.end:
                return r
    return None


def _other_time_sentences(c: EventContext, rdate: ResolvedDate | None) -> set[int]:
    """Sentences dated to another time than the event: their people and places are not its own."""
    if not rdate and not c.ctx:
        return _dated_apart(c)
    # an announced meeting's own days are still to come (asked before the publication day stands in
    # for the date: "Лавров в пятницу, 24 ноября, проведёт переговоры" gives its day no year)
    planned = _announced(c, rdate) and c.ctx
    # an event the text does not date is dated by its publication: "last month" is still another time
    rdate = rdate or ResolvedDate(c.ctx, None, "day", None)
    other, same = set(), set()
    for dm in c.a.dates:
        # the region first: a chronicle's every entry would otherwise judge every date of the text a stamp
        if not (c.in_region(dm.start) and (dm.kind in ("absolute", "month", "year") or dm.relative in RECALLED
                                           or dm.relative in SHIFTED or bare_weekday(c.a.dates, dm, c.a.text))):
            continue
        if _stamp(c, dm):
            continue  # "Warszawa, 12 marca 2024 r. – … przyjął w poniedziałek": when it was written, not another time
        if dm.aside:
            continue  # "모스크바에서 … 논의했다고 … 통신이 23일 보도했다": the day it was told, not another time of the act
        if since_point(c.a, dm.start):
            # "sastali su se, prvi put otkako je prošlog meseca preuzeo dužnost", "Návšteva Tokia je prvou … od jeho
            # júnového nástupu": a reference point, not a meeting's time, written or relative
            continue
        if dm.tense == "future" and not planned:
            continue  # "razgovarao je … i rekao da … prihvati poziv da u oktobru prisustvuje": a plan the sentence tells, not its time
        # "Am nächsten Tag wurde sie von Kishida empfangen": counted from the event's day
        r = resolve(dm, c.ctx, rdate.date if dm.relative in SHIFTED else None)
        if r:
            planned_day = planned and _wholly_after(r, c.ctx)
            (same if planned_day or _same_time(r, rdate) else other).add(c.a.sentence_of(dm.start))
    if rdate.mention is not None and c.in_region(rdate.mention.start):
        same.add(c.a.sentence_of(rdate.mention.start))  # the sentence the event's date came from ("в четверг")
    # "On August 14 (August 15, Japan time)": a sentence that gives the event's own date is its own
    return _told_on(c.a, other - same, same)


def _town_named(a: Analysis, reg: Region, city: str) -> bool:
    """Does the lead name the town ('will pay a visit to Bucharest on Tuesday', 'посетит Москву в феврале')?
    Then words say where a meeting still to come is planned, though no locative marks it as a place."""
    return any(m.key == city for m in starting_in(a, "cities", reg.start, reg.lead_end))


def _dated_apart(c: EventContext) -> set[int]:
    """An event that neither the lead nor a publication date dates: below the sentence it is told in, a
    sentence that gives a date of its own ('1 октября … встретился в Хабаровске с …') tells another time,
    with the rest of its paragraph."""
    a = c.a
    first = {c.first_sentence} | {a.sentence_of(m.char_start) for m in a.by_start("triggers").between(
        c.body_start, c.reg.lead_end)[:1]}
    # a written date, not a relative one: "сьогодні … з Кісідою, а вчора зі своїм колегою" is today's too
    today = {a.sentence_of(dm.start) for dm in a.dates if dm.relative == "today"}
    # "… договорились … в ходе саммита на прошлой неделе": last week's summit is another time, dated or not
    other = {a.sentence_of(dm.start) for dm in a.dates
             if c.in_region(dm.start) and (dm.kind in ("absolute", "month", "year")
                                           or (dm.relative in LONG_AGO and not since_point(a, dm.start)))
             and not _stamp(c, dm) and not dm.aside}
    # "외교부가 3일 밝혔다": the day a report was made dates nothing the lead tells
    dated = {a.sentence_of(dm.start) for dm in a.dates if not dm.aside}
    if not dated & first:
        # "Главы МИД … договорились … . Министр …, госсекретарь … встретились поздно вечером 29 октября в Кёнчжу":
        # a lead that dates nothing, then the lead's next sentence dates the contact it told (its year unknown)
        told = {a.sentence_of(t.char_start) for t in a.by_start("triggers").between(c.body_start, c.reg.lead_end)}
        nxt = min((k for k in other if k > min(first)), default=None)
        # a day and month with no year ("29 октября"), not a month or a year: "the results of … visit to Seoul
        # in September" is another visit
        bare_day = nxt is not None and any(a.sentence_of(dm.start) == nxt and dm.kind == "absolute" and dm.d
                                           and not dm.y for dm in a.dates)
        if bare_day and nxt in told and not (other & set(range(min(first), nxt))) and nxt <= max(first) + 1:
            other = other - {nxt}
    return _told_on(a, {k for k in other - first - today if k > min(first)}, set())


def _wholly_after(r: ResolvedDate, day: dt.date) -> bool:
    """Does a date lie after `day`, all of it: "in the second half of September", announced on the 4th, is
    still to come, though September holds the 4th."""
    if r.precision == "month" and r.mention is not None and r.mention.part:
        return r.date.replace(day=MONTH_THIRDS[r.mention.part][0]) > day
    if r.precision == "year":
        return r.date.year > day.year
    return r.date > day


def _told_on(a: Analysis, other: set[int], same: set[int]) -> set[int]:
    """A paragraph goes on about the other time its sentence opened until a sentence gives a date again:
    "Spalio pradžioje … lankėsi Japonijos kariuomenės vadas. Vilniuje jis susitiko su …" is that visit's."""
    key = ("dated sentences", len(a.dates), len(a.sentences))  # the text's, the same for each of its events
    # "Тогда", "damals" give no date again: they go on about the time named before
    dated = a.cached(key, lambda: frozenset(a.sentence_of(dm.start) for dm in a.dates if dm.relative != "then"))
    out = set(other)
    for k in sorted(other):
        j = k + 1
        while j < len(a.sentences) and a.sentences[j].para == a.sentences[k].para and j not in dated and j not in same:
            out.add(j)
            j += 1
    return out


def _stamp(c: EventContext, dm) -> bool:
    """Is the date the publication stamp, a dateline's, or a page's stamp above the prose ('Aktualizováno: …')?"""
    span = c.published_span
    return (bool(span and span[0] <= dm.start < span[1]) or _opens_dateline(c.a.text, dm, c.a.lang) or in_date_line(c.a.text, dm.start)
            or (dm.start < c.body_start and _short_line(c.a.text, dm.start)))


def _participants(c: EventContext, rdate: ResolvedDate | None, other: set[int]) -> list:
    """The people of the lead, and those of the paragraph a date further down comes from."""
    future = {} if _announced(c, rdate) else _future_sentences(c)
    # "отбывает с визитом в Токио, где проведет встречу с … Мацуно": an event told only as to come still has
    # its people; the cut at the future keeps apart only those of another, later act
    # "Lee freute sich auf die Begegnung mit Bürgermeister Scholz, um … das im Jahr 2011 geschlossene Abkommen":
    # where every sentence naming anyone carries another date, the lead's people still take part
    persons = choose_persons(c, other, future) or (choose_persons(c, other, {}) if future else []) \
        or (choose_persons(c, set(), future) if other else [])
    if rdate and rdate.mention and (c.ctx is None or rdate.mention.start >= c.reg.lead_end) and c.fixed_date is None:
        # the date came from further down ("the ceremony will take place on Tuesday, 7 March"):
        # the people named in that paragraph and the next take part too
        # "skori posjet predsjednika Vlade … Ivice Račana": one told only as of another time is no nearer a party
        # "В ходе визита … Лукашенко в марте 2023 года": nor is one named only in a sentence of another date
        # "… iar apoi se va intalni cu presedintele Camerei, Takahiro Yokomichi": nor one named only where his
        # sentence goes on to what is still to come, unless the date itself is told so ("održaće se u utorak")
        end = len(c.a.text)
        later = {} if rdate.mention.start >= future.get(c.a.sentence_of(rdate.mention.start), end) else future
        # "- 2021-01-26 Ministras … susitinka su …": a line of the page above the event's text is not its paragraph
        persons += [p for p in _persons_near(c.a, rdate.mention.start) if p not in persons
                    and any(c.in_region(s) for s, _e in p.evidence)
                    and not all(_of_another_time(c.a, s) or c.a.sentence_of(s) in other
                                or s >= later.get(c.a.sentence_of(s), end) for s, _e in p.evidence)]
    if load(c.a.lang).participants == "first_sentence":
        # no one named in the lead: the registry officials who speak for the text ("松野官房長官は…述べました")
        persons = _first_sentence_people(c) or persons or [
            copy.copy(p) for p in c.a.persons if p.registry_id is not None and p.role_span
            and any(c.in_region(s) for s, _e in p.evidence)]
        if rdate and rdate.mention and c.in_lead(rdate.mention.start) and c.fixed_date is None:
            # "19~20일 체코를 방문 중이다. 지난 19일에는 … 리파프스키 장관과 면담했다": the sentence the event's day
            # comes from names its people too
            persons += [p for p in _sentence_people(c, c.a.sentence_of(rdate.mention.start))
                        if not any(q.name == p.name for q in persons)]
        persons += _met_further_down(c, persons, other)
    # "Об этом заявила официальный представитель МИД РФ Мария Захарова": a spokesperson who is the only one
    # named makes the statement herself; beside others she only tells of their event
    speakers = [p for p in persons if p.role in REPORTING_ROLES]
    persons = [p for p in persons if p.role not in REPORTING_ROLES and not _only_accompanied(c, p)] or speakers
    # "두다 대통령의 국빈 방한을 계기로 … 외교장관과 회담": the leader whose visit is the occasion takes no part in
    # talks his own state's minister holds (without one, he is the counterpart: "오르반 총리의 방한을 계기로 회담")
    # "이 대통령 친서를 전달했다": the one whose letter an envoy hands over takes no part either (LETTER)
    return _once_each([p for p in persons if not (
        (_only_marked(c, p, "OCCASION", also="VISIT_OF") or _only_marked(c, p, "LETTER"))
        and any(q is not p and q.country and q.country == p.country for q in persons))])


TITLE_GAP = 3  # characters between a name and its title, or between two titles ("부총리 겸 외교장관")


def _met_further_down(c: EventContext, persons: list, other: set[int]) -> list:
    """Titled officials of another side whom a later sentence of the event's time names as the one met
    ("…시코르스키 부총리 겸 외교장관과의 면담에서"), when the lead names one side only (copies)."""
    rx = _met_words(c.a.lang) if c.a.lang else None
    states = {p.country for p in persons if p.country}
    if rx is None or not persons or len(states) > 1:
        return []
    a, lead = c.a, c.first_sentence
    out = []
    for p in a.persons:
        if not p.role or p.country in states or any(q.name == p.name for q in persons + out):
            continue
        for s, e in p.evidence:
            sent = a.sentence_of(s)
            m = rx.match(a.text, _past_listed(a, _past_titles(a, e)))
            # the meeting word itself must come before any word of what is still to come in its sentence
            # ("オルバーン首相と懇談し、…発展させたい旨述べました": the wish follows the talk told done)
            if (m and c.in_region(s) and sent != lead and not _future_before(a, sent, m.end())
                    and (sent not in other or _dated_after(a, sent, m.end()))):
                out.append(copy.copy(p))
                break
    return out


MET_KINDS = 2  # words of the meeting's kind before its noun (二国間 + 首脳 + 会談)
LIST_HOPS = 3  # titled officials listed before one meeting word ("A首相補佐官、続いてB副大臣と会談")
LISTED_OWNER = 8  # characters of an owner between a list's joint and the next name ("、続いて外務省の中根…")


def _past_listed(a: Analysis, pos: int) -> int:
    """Past the titled officials listed after `pos` ("薗浦健太郎首相補佐官、続いて外務省の中根一幸副大臣と会談"):
    a joint of names.yaml LIST_JOINTS, a short owner without a pause, and a named person with his titles, up to
    LIST_HOPS times; `pos` itself when no list goes on there."""
    joint = _list_joints(a.lang) if a.lang else None
    if joint is None:
        return pos
    for _hop in range(LIST_HOPS):
        m = joint.match(a.text, pos)
        if not m:
            break
        # the persons' mentions are few; read only when a list goes on, as it seldom does
        nxt = min(((s, e) for p in a.persons for s, e in p.evidence if m.end() <= s <= m.end() + LISTED_OWNER),
                  default=None)
        if nxt is None or _breaks(a.text, m.end(), nxt[0]):
            break
        pos = _past_titles(a, nxt[1])
    return pos


@cache
def _list_joints(code: str) -> re.Pattern | None:
    """names.yaml LIST_JOINTS (、, 続いて, 및), any run of them, compiled; None where the language gives none."""
    from kronika import lang as langdata

    words = langdata.names_value(code, "LIST_JOINTS") or ()
    if not words:
        return None
    alt = "|".join(map(re.escape, sorted(map(str, words), key=len, reverse=True)))
    return re.compile(rf"(?:\s*(?:{alt})\s*)+")


def _future_before(a: Analysis, sent: int, pos: int) -> bool:
    """Does a word of what is still to come stand in the sentence before `pos`?"""
    return any(f.char_start < pos and a.sentence_of(f.char_start) == sent for f in a.future)


def _dated_after(a: Analysis, sent: int, pos: int) -> bool:
    """Do the sentence's dates all stand after `pos`? "オルバーン首相と懇談し、…明日(12月6日)の首脳会談を楽しみに":
    the other day is of what is still to come, not of the meeting told before it."""
    return all(d.start >= pos for d in a.dates if a.sentence_of(d.start) == sent)


@cache
def _met_words(code: str) -> re.Pattern | None:
    """events.yaml MET_WITH, one of MET_ALSO or none, words of MET_KIND, then MET ("과의 면담", "とも会談",
    "との二国間首脳会談", "과의 양자 정상회담"), compiled; None where the language gives none."""
    ev = load(code).raw["events"]
    words, marks, also = ev.get("MET") or (), ev.get("MET_WITH") or (), ev.get("MET_ALSO") or ()
    if not words or not marks:
        return None
    alt = lambda xs: "|".join(map(re.escape, sorted(map(str, xs), key=len, reverse=True)))  # noqa: E731
    more = f"(?:{alt(also)})?" if also else ""
    # the kind of meeting compounded before its noun (二国間 首脳 会談, 양자 정상 회담): still the meeting word
    # (its forms come cut into the tokenizer's words: 二国間 as 二 国 間, written whole in the text)
    loose = "|".join(r"\s*".join(map(re.escape, str(f).split())) for f in ev.get("MET_KIND") or ())
    kind = f"(?:(?:{loose})\\s*){{0,{MET_KINDS}}}" if loose else ""
    return re.compile(rf"(?:{alt(marks)}){more}\s*{kind}(?:{alt(words)})")


def _past_titles(a: Analysis, e: int) -> int:
    """Where the states and titles after a name end, each within TITLE_GAP of the last ("시코르스키 부총리 겸 외교장관")."""
    end, moved = e, True
    while moved:
        moved = False
        for name in ("countries", "roles"):
            for m in a.by_start(name).between(end, end + TITLE_GAP + 1):
                if m.char_end > end and not _breaks(a.text, end, m.char_start):
                    end, moved = m.char_end, True
    return end


def _once_each(persons: list) -> list:
    """One entry per person: the analysis may hold a registry official twice, once by the family name of a
    headline ("茂木外相") and once by his full name ("茂木敏充外相"); the later entry's mentions join the first."""
    out: list = []
    for p in persons:
        k = next((i for i, q in enumerate(out) if q.name == p.name and q.country == p.country), None)
        if k is None:
            out.append(p)
        else:
            out[k] = copy.copy(out[k])
            out[k].evidence = sorted({tuple(s) for s in out[k].evidence + p.evidence})
    return _one_spelling_each(out)


def _one_spelling_each(persons: list) -> list:
    """One entry per person written two ways: "Сок Еля" and "Юн Сок Ель", "Kim Džong" and "Kimom Džongom
    Unom" are one man, read once short or declined; the fuller reading stays, with both's mentions."""
    order = sorted(range(len(persons)), key=lambda i: (-len(_name_words(persons[i])), -len(persons[i].evidence)))
    kept: dict[int, object] = {}
    for i in order:
        p = persons[i]
        k = next((j for j, q in kept.items() if _spelling_of(p, q) or _spelling_of(q, p)), None)
        if k is None:
            kept[i] = p
            continue
        short, full = (p, kept[k]) if _spelling_of(p, kept[k]) else (kept[k], p)
        q = kept[k] = copy.copy(full)
        q.evidence = sorted({tuple(s) for s in full.evidence + short.evidence})
        q.role, q.country = q.role or short.role, q.country or short.country  # the title may stand by the short one
    return [kept[i] for i in sorted(kept)]


def _name_words(p) -> list[str]:
    """The words of a person's name as the text writes it, lower-case."""
    return list(_words_of(p.original or p.name or ""))


@lru_cache(maxsize=4096)
def _words_of(name: str) -> tuple[str, ...]:
    """The lower-case words of a name (each pair of a text's persons asks again)."""
    return tuple(re.findall(r"\w+", name.lower()))


def _spelling_of(p, q) -> bool:
    """Is `p` another writing of `q`: of a state compatible with his, each word of it one of q's words, in
    order, or a case form of one ("еля" of "ель", "džongom" of "džong"); or, with his title, his family name
    first ("Fiala Speak" of "Petr Fiala")?"""
    if p.country and q.country and p.country != q.country:
        return False
    if p.role and p.role == q.role and p.name.split()[0] == q.name.split()[-1]:
        return True  # "Czech Prime Minister Fiala Speak for First Time": a headline's capitals read as his name
    words, of = _name_words(p), _name_words(q)
    if not words or len(words) > len(of):
        return False
    it = iter(of)
    return all(any(_case_form(w, v) for v in it) for w in words)


CASE_ENDING = 2  # letters a case ending may add to, or change at the end of, a name's word ("Ель" -> "Еля", "Kim" -> "Kimom")


@lru_cache(maxsize=16384)  # pure: each pair of a text's persons compares the same words again
def _case_form(a: str, b: str) -> bool:
    """Are the two words one word in two cases: equal, or one the other's stem plus an ending of a few letters?"""
    if a == b:
        return True
    n = len(os.path.commonprefix([a, b]))
    return n >= 2 and n >= min(len(a), len(b)) - 1 and max(len(a), len(b)) - n <= CASE_ENDING


ACCOMPANY_REACH = 20  # characters from a person's name (and title) to the word of accompanying him


@cache
def _accompany(code: str, key: str = "ACCOMPANY") -> tuple[re.Pattern, tuple[str, ...]] | None:
    """events.yaml ACCOMPANY (words of going along with someone: "수행", "同行") or OCCASION (words of an occasion:
    "계기", "機会") and ACCOMPANIED (the particles that mark whose: "의", "を", "に"), compiled; None where the
    language gives none."""
    ev = load(code).raw["events"]
    words, marks = ev.get(key) or (), ev.get("ACCOMPANIED") or ()
    if not words or not marks:
        return None
    return re.compile("|".join(map(re.escape, map(str, words)))), tuple(map(str, marks))


def _only_accompanied(c: EventContext, p) -> bool:
    """Is every mention of `p` in the lead the one a delegate goes along with ("문재인 대통령의 헝가리 국빈 방문
    수행차 … 정의용 장관은", "岸田総理大臣のチェコ訪問に同行している上川外務大臣は")? The leader's own visit is
    another event; the talks told are the delegate's."""
    return _only_marked(c, p, "ACCOMPANY")


def _only_marked(c: EventContext, p, key: str, also: str | None = None) -> bool:
    """Is every mention of `p` in the lead marked (의, の) and followed closely by a word of `key` (ACCOMPANY,
    OCCASION), past his state and title ("두다 폴란드 대통령의 국빈 방한을 계기로")? With `also`, a mention so
    followed by a word of that key passes too ("이번 오르반 총리의 방한이 …"), as long as one is of `key`."""
    if not c.a.lang or _accompany(c.a.lang, key) is None:
        return False  # a language without the words (all but ja, ko): asked of every person, answered at once
    spans = sorted(sp for sp in p.evidence if c.in_lead(sp[0]))
    if not spans:
        return False
    marked = [_marked_by(c, e, key) for _s, e in spans]
    if not any(marked):
        return False
    return all(m or (also is not None and _marked_by(c, e, also)) for m, (_s, e) in zip(marked, spans))


def _marked_by(c: EventContext, e: int, key: str) -> bool:
    """Is the mention ending at `e` marked (의, の, or a bare compound) and followed closely by a word of `key`?"""
    acc = _accompany(c.a.lang, key) if c.a.lang else None
    if acc is None:
        return False
    rx, marks = acc
    end = _past_state_and_title(c.a, e)
    gap = c.a.text[end:end + ACCOMPANY_REACH]
    m = rx.search(gap)
    return bool((gap.startswith(marks) or _BARE_COMPOUND.match(gap)) and m
                and not _breaks(c.a.text, end, end + m.start()))


# a title and a word after it with no particle between ("오르반 총리 공식 방한을 계기로", "이 대통령 친서"): the
# word is the title's, as with a marking particle; only spaced scripts write it so
_BARE_COMPOUND = re.compile(f" [{HANGUL}{HAN}]")
# a name's original spelling in brackets and a closing quote after it ("'빅토르 오르반(Viktor Orbán)' 헝가리 총리")
_NAME_GLOSS = re.compile(r"(?:\s?\([^()\n]{1,40}\))?[\'’」』\"”]?")


def _past_state_and_title(a: Analysis, e: int) -> int:
    """Where a name's state and title after it end: "문재인 대통령", "두다 폴란드 대통령", "岸田総理大臣"."""
    start = end = _NAME_GLOSS.match(a.text, e).end()
    for name in ("countries", "roles"):
        # from the name's end for both: a title may begin with a ministry read as the state ("외교부 장관")
        for m in a.by_start(name).between(start, end + 3):
            end = max(end, m.char_end)
    return end


def _told_in(c: EventContext) -> Region:
    """The region whose lead tells the event: where a language's releases tell it in their first
    sentence, the lead ends there (the rest of the paragraph may be captions and other headlines)."""
    if load(c.a.lang).participants != "first_sentence":
        return c.reg
    end = c.a.sentences[c.first_sentence].end
    return Region(c.reg.start, min(c.reg.lead_end, max(end, c.body_start + 1)), c.reg.end)


def _first_sentence_people(c: EventContext) -> list:
    """The people named in the prose's first sentence (copies), where a language's releases name them there."""
    return _sentence_people(c, c.first_sentence)


def _sentence_people(c: EventContext, sent: int) -> list:
    """The people named in one sentence of the region (copies)."""
    a = c.a
    return [copy.copy(p) for p in a.persons
            if any(c.in_region(s) and a.sentence_of(s) == sent and not _deceased(a, s) for s, _e in p.evidence)]


def _future_sentences(c: EventContext) -> dict[int, int]:
    """Where the region's sentences start to speak of what is still to come ("will meet", "is expected
    to"): sentence -> offset. A sentence that first tells a meeting done ("arrived in Kyiv and plans to
    hold talks with Sybiha") turns to the future only at its cue. Worked out once per event context (the
    people and the place of an event both ask), each caller given its own copy."""
    kept = c.__dict__.get("_future_sentences")
    if kept is None:
        kept = c.__dict__["_future_sentences"] = _future_sentences_now(c)
    return dict(kept)


def _future_sentences_now(c: EventContext) -> dict[int, int]:
    """_future_sentences, worked out."""
    a = c.a
    out: dict[int, int] = {}
    today = {a.sentence_of(d.start) for d in a.dates if d.relative == "today" and c.in_region(d.start)}
    for m in a.future:
        if not c.in_region(m.char_start):
            continue
        s = a.sentence_of(m.char_start)
        if s in today:
            continue  # "Днес държавният глава ще се срещне с премиера": later today is the day reported
        start = m.char_start if _done_before(a, m) else a.sentences[s].start
        out[s] = min(out.get(s, start), start)
    return out


def _spelt_in_text(name: str, text: str) -> bool:
    """Does the text write each word of this Latin name itself (in any case: "Krzysztof SZCZERSKI")?"""
    low = text.lower()
    return bool(name) and all(
        w.isalpha() and re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", low) for w in name.split())


def _anglicise(persons: list, rules, home: str | None = None) -> None:
    """East Slavic names outside the registry, spelt the English way (on this event's copies)."""
    for p in persons:
        if rules and p.registry_id is None and not p.anglicised and p.country not in EAST_SLAVIC \
                and p.country in (None, home) and _east_slavic_only(p.name, east_slavic_to_english(p.name, rules)):
            p.name, p.anglicised = east_slavic_to_english(p.name, rules), True  # "Andriej Ordasz": a Russian
            continue
        if rules and p.registry_id is None and p.country in EAST_SLAVIC and not p.anglicised:
            english = east_slavic_to_english(p.name, rules)
            if _western_given(p.name) and not (_home_given(p.name, home) and _east_slavic_given(english)):
                continue
            p.name = english
            p.anglicised = True


def _person_states(persons: list, countries: list[str], a: Analysis) -> None:
    """People's unknown states from the event's sides, with the press's home, sound_of hook and kin."""
    _fill_person_countries(persons, countries, press_home(a), hook(a.lang, "sound_of"), _kindred(a.lang))


DATELINE_LINES = 3  # a dateline stands in the first lines of a text ("Berlin, 18. November 2024")


def press_home(a: Analysis) -> str | None:
    """The state whose press wrote the text: the language's HOME, else, where a language serves several
    states (de: DE, AT, CH; en), the state of the city opening its dateline ("Berlin, 18. November")."""
    home = load(a.lang).home
    if home:
        return home
    cut = 0
    for _ in range(DATELINE_LINES):
        nl = a.text.find("\n", cut)
        if nl < 0:
            cut = len(a.text)
            break
        cut = nl + 1
    for m in a.cities:
        if m.char_start >= cut:
            break
        if _dateline_city(a, m):
            return data.city_country(m.key)
    return None


@cache
def _kindred(code: str) -> frozenset[str]:
    """States besides HOME whose officials' names the language writes as its own (ko: KP), names.yaml NATIVE_STATES."""
    return frozenset(str(c).upper() for c in load(code).raw["names"].get("NATIVE_STATES") or [])


def _state_spelling(persons: list, spell, text: str = "") -> None:
    """Names outside the registry spelt as the state they serve spells them (최 is Choi in the South and
    Choe in the North): the language's `state_spelling` hook, from the name as written; not a name the text
    spells in Latin letters itself, its original in brackets ("クシシュトフ・シュチェルスキ…(Prof. Krzysztof
    Szczerski, …)")."""
    for p in persons:
        if spell and p.registry_id is None and p.country and not _spelt_in_text(p.name, text) \
                and (name := spell(p.original, p.name, p.country)):
            p.name = name


def _western_given(name: str) -> bool:
    """Does the name open with a given name listed only for states outside the East Slavic ones ('Johann')?
    Then it is written as its bearer writes it, and no East Slavic transliteration is undone in it."""
    first = name.split()[0].lower() if name.split() else ""
    where = data.given_name_countries().get(first)
    return bool(where) and not where & {"RU", "UA", "BY"}


def _east_slavic_only(name: str, english: str) -> bool:
    """Is the name's given name one no list holds as written, whose English spelling is listed for East Slavic
    states alone (pl "Andriej" -> Andrey, "Siergiej" -> Sergey; not "Andrzej", "Ivan")? Its bearer is a Russian,
    Belarusian or Ukrainian whose state the text leaves unsaid, and the English spelling is his."""
    first, eng = (name.split() or [""])[0].lower(), (english.split() or [""])[0].lower()
    where = data.given_name_countries()
    return len(name.split()) >= 2 and first not in where and bool(where.get(eng)) \
        and where[eng] <= {"RU", "UA", "BY"}


def _home_given(name: str, home: str | None) -> bool:
    """Is the name's given name listed for the text's own state alone (lv 'Valērijs', 'Jānis')?"""
    first = name.split()[0].lower() if name.split() else ""
    return home is not None and data.given_name_countries().get(first) == {home}


def _east_slavic_given(name: str) -> bool:
    """Does the name open with a given name listed for an East Slavic state ('Valery', 'Aleksandr', not 'Yanis')?
    A Baltic language's own form of such a name ('Valērijs') is its rendering of a Russian's, not a native's."""
    first = name.split()[0].lower() if name.split() else ""
    return bool(data.given_name_countries().get(first, frozenset()) & {"RU", "UA", "BY"})


def _event_date(c: EventContext, rdate: ResolvedDate | None) -> tuple:
    """Date, end, precision, basis and evidence: the text's date, else the publication day for news."""
    if rdate is None and c.ctx and c.fixed_date is None:
        return c.ctx.isoformat(), None, "day", "published", []
    if rdate is None and c.period and c.fixed_date is None:
        return dt.date(*c.period, 1).isoformat(), None, "month", "published", []  # the date line's month
    if rdate:
        (date, end), prec = rdate.iso(), rdate.precision
        dev = [(rdate.mention.start, rdate.mention.end)] if rdate.mention else []
        basis = "text" if rdate.mention is None or rdate.mention.kind in ("absolute", "month", "year") else "relative"
        return date, end, prec, basis, dev
    return None, None, None, None, []


def _same_time(r: ResolvedDate, main: ResolvedDate) -> bool:
    """Does a mentioned date fall within the main event's day(s), month or year?"""
    return r.meets(main.date, main.end or main.date)


def _subjects(a: Analysis, reg: Region, title_end: int, parties: list[str]) -> list[str]:
    """States the headline (or the first sentence) names that do not take part: what it is about."""
    head_end = max(title_end, a.sentences[a.sentence_of(_first_body_sentence(a, reg))].end)
    # by bisection: a chronicle asks this for each entry
    named = {m.key for m in a.by_start("countries").between(reg.start, head_end)}
    named |= {data.capitals()[m.key] for m in a.by_start("cities").between(reg.start, head_end)
              if m.key in data.capitals() and not _is_place(a, m)}
    return sorted(named - set(parties) - {"NONE"})


# (a span of hours after a date is an appointment's, no stamp's: "3.18.(월) 16:00-17:00 … 회담을 개최하였다")
_TIME_AFTER = re.compile(r"\W{0,3}\d{1,2}:\d{2}(?!\s*[-–—~〜～]\s*\d{1,2}:\d{2})")


def _opens_dateline(text: str, dm, code: str | None = None) -> bool:
    """Does the date open a dateline, within the first 40 characters of its line? A dateline names a day of the
    calendar after a place: "On Thursday (local time) …", "Am 26. Februar (Ortszeit) …" open a sentence with a
    weekday or a word of the date (dates.yaml DAY_MONTH_CUES), not an agency's line."""
    if dm.kind == "weekday" or not opens_dateline(text, dm.start, dm.end, reach=40):
        return False
    line_start = text.rfind("\n", 0, dm.start) + 1
    return code is None or text[line_start:dm.start].strip(" ,").lower() not in _date_words(code)


@cache
def _date_words(code: str) -> frozenset[str]:
    """The language's words of the date that stand before a day ("on", "am", "dne")."""
    return word_set(code, "dates", "DAY_MONTH_CUES")


def _same_short_line(text: str, stamp: int, pos: int) -> bool:
    """Is `pos` on the date stamp's line, a short one ("2024. június 12., szerda 14:05")?"""
    ls = text.rfind("\n", 0, stamp) + 1
    le = text.find("\n", stamp)
    return ls <= pos < (len(text) if le < 0 else le) and _short_line(text, stamp)


_SENTENCE_TAIL = re.compile(r"[^\n]{8,}[.。!?！？][ \t]*(?:\n|$)")


def _stamp_time(text: str, end: int) -> bool:
    """Does a site's time stamp follow the date? Not when a sentence goes on after the time to its stop: that is
    the hour of an appointment ("3.18.(월) 16:00 시코르스키 장관과 회담을 개최하였다.")."""
    t = _TIME_AFTER.match(text, end)
    return bool(t) and not _SENTENCE_TAIL.match(text, t.end())


def _short_line(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return len(text[ls:le if le >= 0 else len(text)].strip()) <= 60


def _sides_by_name(persons: list, countries: list[str]) -> None:
    """People outside the registry whose name tells their side: a Japanese or Korean name is that state's
    man ("Yamamoto Tadamicsi, Japán magyarországi nagykövete" is no Hungarian), and a European given name
    is not Japan's or Korea's ("Solvita Āboltiņa" facing a Korean delegation)."""
    west = [c for c in countries if c not in EAST_ASIA]
    for p in persons:
        if p.registry_id is not None:
            continue
        origin = name_origin(p.name)
        sides = [c for c in EAST_ASIAN_STATES.get(origin, ()) if c in countries]
        if origin and len(sides) == 1 and p.country not in EAST_ASIA:
            p.country = sides[0]
        elif p.country in EAST_ASIA and origin is None and len(west) == 1 and european_given(p.name):
            p.country = west[0]


def _fill_person_countries(persons: list, countries: list[str], home: str | None = None,
                           sound_of=None, kindred: frozenset[str] = frozenset()) -> list[str]:
    """A person of unknown country in a two-sided event belongs to the side not yet taken; a name the
    language writes by sound (`sound_of` hook: ラブロフ, 코발스카) is a foreigner's, so never the home side's."""
    _sides_by_name(persons, countries)
    known = {p.country for p in persons if p.country}
    foreign = {id(p) for p in persons if sound_of and p.original and sound_of(p.original)}
    for p in sorted(persons, key=lambda p: id(p) in foreign):  # the home side's people first
        if p.country is not None:
            continue
        free = [c for c in countries if c not in known]
        kin = [c for c in countries if c in kindred and c != home]
        if sound_of and id(p) not in foreign and p.role and home and home not in known and not kin:
            p.country = home  # 山田太郎欧州局長: a native name with an office is the home press's official,
            # unless a state writing names the same way takes part (a Korean name in news of the North)
        elif len(free) == 1:
            p.country = free[0]
        elif p.role and home in free and id(p) not in foreign:
            p.country = home  # the press leaves its own officials' country unsaid
        elif id(p) in foreign and home in free and len(free) == 2:
            p.country = next(c for c in free if c != home)  # ファルカシュ・ツィプリアン市長 beside Japan: the other side's
        if p.country:
            known.add(p.country)
    if home and home not in countries and any(p.country == home for p in persons):
        countries[:] = sorted(countries + [home])
    return countries
