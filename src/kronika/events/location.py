"""Where an event happened: the place visited, a city in a dateline or after a locative word, the host."""
from __future__ import annotations

import bisect
import re
from functools import cache

from kronika import data
from kronika.events.memo import per_analysis
from kronika.events.region import Region, _in, starting_in
from kronika.events.types import _breaks, _quoted, governed, meeting_told, under_future
from kronika.lang import has_form, load
from kronika.lang.places import places
from kronika.model import Location
from kronika.nlp.analyze import Analysis, without_days
from kronika.nlp.dates import grammar, reported_past_break
from kronika.nlp.published import line_start_past_stamp
from kronika.lang.translit import romanise
from kronika.nlp.places import capital_words, institution_beside, institutions, town_genitive, town_noun_at
from kronika.text.tokens import UPPER, case_readings, is_prose, line_around, lowered_slice

# "SEOUL, ", "ВЛАДИВОСТОК. /ТАСС/", "Praha 20.", "Berlin (dpa) –", "SEOUL (Yonhap) --", and the German and
# Russian desk's "Tokio. Bundesaußenminister …", "Москва. 12 апреля." (a full stop, then the report)
DATELINE_AFTER = re.compile(r"\s*(?:[,–—-]|\.\s*[/(]|\s+\d{1,2}[. ]|\s*\([^()\n]{1,24}\)\s*[,:–—-]"
                            rf"|\.[ \t]+(?:[{UPPER}]|\d{{1,2}}\.?\s))")
# "[서울=뉴시스]", "(서울=연합뉴스)", "【ソウル=共同】": an agency's bracketed dateline, the city then "=" and the agency
BRACKET_DATELINE = re.compile(r"\s*=[^\n\])】]{1,24}[\])】]")
DATELINE_OPEN = frozenset("[(【")
COMMA = re.compile(r"\s*,\s*")
RUN_IN = re.compile(r"[^\n–—]{0,16}?\s[–—-]\s")  # "28. март 2008. године – ": the dash after a dateline
# "Калининградская", "калінінградській": a region's adjective made from its seat's name
REGION_ADJ = re.compile(r"^(\w{4,}?)(?:ск|цк|зк)\w{0,3}$")


def _before_town_word(a: Analysis, m) -> int:
    """Where a city's name begins when a town noun introduces it ('in the city of Kaunas': at 'the')."""
    town_end = places(a.lang).town_end
    if town_end is None:
        return m.char_start
    lo = max(0, m.char_start - 30)
    found = town_end.search(a.text[lo:m.char_start].lower())
    return lo + found.start() + found.group(0)[:1].isspace() if found else m.char_start


def _word_before(a: Analysis, m) -> str | None:
    """The lower-cased word before a place, or before the town noun that introduces it; None at none."""
    head = _before_town_word(a, m)
    prev = a.text[max(0, head - 12):head].lower().split()
    return prev[-1] if prev else None


def _right_after(a: Analysis, t, m) -> bool:
    """A place right after a verb of visiting, past clitics, a day and a town noun ('odwiedziła Pjongjang',
    'navštívil v úterý Ostravu')."""
    if not 0 <= m.char_start - t.char_end <= 40:
        return False
    gap = without_days(a, t.char_end, m.char_start)
    return bool(places(a.lang).visit_gap.fullmatch(re.sub(r"\s+", " ", gap).lower()))


def _embassy_seat(a: Analysis, m) -> bool:
    """'plans an embassy in Seoul', 'whose seat is in Zagreb': a city that seats a mission or a body (places.yaml
    EMBASSY, SEAT), not where the event is; but
    'signed at the embassy in Chisinau', 'protested outside the embassy in Belgrade' put the event in or by
    the embassy, so in the city."""
    lang, here = load(a.lang), places(a.lang)
    by, words = here.by_building, here.seats  # "a čije je sjedište u Zagrebu": a body's seat, no event
    if _posting_after(a, m):
        return True
    before = [w.strip(".,;:()\"'„“”«»") for w in a.text[max(0, m.char_start - 60):m.char_start].lower().split()]
    for i in range(len(before) - 2, max(-1, len(before) - 6), -1):
        if words and has_form(before[i], words):
            venue = any(w in lang.locative or w in by for w in before[max(0, i - 3):i])
            return not venue
    return False


POSTED_GAP = re.compile(r"[\s에のに]{0,2}")  # "평양 주재", "평양에 상주", "モスクワ駐在", "モスクワに駐在"


def _posting_after(a: Analysis, m) -> bool:
    """'평양 상주 공관', '평양 주재 대사관', 'モスクワ駐在の大使': where the language puts the place first, a word of
    posting right after a city (places.yaml POSTING) makes it the seat of a mission, not where the event is;
    but '평양 주재 러시아 대사관에서' holds the event in that mission, so in the city."""
    words = places(a.lang).posting
    at = POSTED_GAP.match(a.text, m.char_end).end()
    if not words or not a.text.startswith(words, at):
        return False
    if cases := places(a.lang).posting_cases:
        # "Tallinnas asuva NATO … keskuse" (et), "Vilniuje esančio centro" (lt): a participle of being located
        # after a town in its case of place seats what follows there; "Tallinnas asuvas keskuses": the building,
        # in a case of place itself, is where the event was. The participle that agrees with its noun tells the
        # case by its own ending; one that does not (hu "található"), by the words of the noun after it
        after = SEAT_AFTER.match(a.text, at)
        words = after.group(0).split() if after else []
        told = words[:1] if places(a.lang).posting_agrees else words[1:]
        return not any(_ends_in(w, cases) for w in told)
    mission = SEAT.match(a.text, a.text.find(" ", at, at + 8) if " " in a.text[at:at + 8] else at)
    return not (mission and _names_the_seat(a, m, load(a.lang).locative, mission.group(0)))


def _ends_in(word: str, endings) -> bool:
    """Does a word end in one of `endings` (case endings of place: 'Tallinnas', 'esančiame'), past a stem of three?"""
    w = word.lower()
    return any(end and w.endswith(end) and len(w) > len(end) + 2 for end in endings)


def _inline_dateline(a: Analysis, m) -> bool:
    """'… Космета Београд, 28. март 2008. године – Министарство': a run-in dateline inside a line,
    a city, a comma, a date and a dash that opens the report."""
    comma = COMMA.match(a.text, m.char_end)
    if not comma or comma.end() == m.char_end:
        return False
    return any(d.start == comma.end() and d.kind == "absolute" and RUN_IN.match(a.text, d.end)
               for d in _dates_at(a).get(comma.end(), ()))


def _dates_at(a: Analysis) -> dict[int, list]:
    """The text's dates by the character they start at (built once per text)."""
    return a.cached(("dates_at", len(a.dates)), _dates_by_start, a.dates)


def _dates_by_start(dates: list) -> dict[int, list]:
    """Dates by the character they start at."""
    at: dict[int, list] = {}
    for d in dates:
        at.setdefault(d.start, []).append(d)
    return at


ENVOY_REACH = 40  # characters from an envoy's title to the city of his posting ("посланика на Япония в София")
TITLE_SPAN = 60  # characters an envoy's full title may take ("extraordinary and plenipotentiary ambassador")
POSTING_GAP = 3  # short words besides the state's name between them ("of Japan in", "на Япония в")


def _envoy_post(a: Analysis, m) -> bool:
    """'посланика на Япония в София Хисаши Мичигами', 'ambasadora Japonii w Warszawie Akio Miyajimę': a city
    between an envoy's title (with his state) and his name is part of his title, where he is posted, not
    where the event is (the mayor of Plovdiv receives him in Plovdiv); so is one closing the title set after his
    name ('Hideyuki Sakamoto, Generalkonsul von Japan in Frankfurt am Main, bei …'); 'met the Japanese
    ambassador in Zagreb on Monday' still meets in Zagreb."""
    # the reach is counted from the title's end: "извънредния и пълномощен посланик на Япония в София" is long
    for r in a.by_start("roles").between(max(0, m.char_start - ENVOY_REACH - TITLE_SPAN), m.char_start):
        if m.char_start - r.char_end > ENVOY_REACH:
            continue
        if not any(w in r.key for w in ENVOYS) or r.char_end > m.char_start or not (
                _name_follows(a, m.char_end) or _apposition_of_name(a, r.char_start, m.char_end)
                or _town_placed_after(a, m)):
            continue
        gap = a.text[r.char_end:m.char_start]
        for c in a.countries:
            if r.char_end <= c.char_start and c.char_end <= m.char_start:
                gap = gap.replace(a.text[c.char_start:c.char_end], " ")
        words = gap.split()
        if len(words) <= POSTING_GAP and all(w.isalpha() and len(w) <= 3 for w in words) and "\n" not in gap:
            return True
    return False


def _town_placed_after(a: Analysis, m) -> bool:
    """Does the sentence of an envoy's city name another town after it as a place, after a locative word or in a
    case of place ('Der japanische Botschafter in Berlin traf … in München', 'Japonijos ambasadorius Vilniuje …
    Kaune susitiko')? Then the first closes his title: where he serves, not where they met."""
    lang = load(a.lang)
    sent = a.sentences[a.sentence_of(m.char_start)]
    for o in a.by_start("cities").between(m.char_end, sent.end):
        if o.key == m.key or o.char_start < m.char_end:
            continue
        if _word_before(a, o) in lang.locative or (lang.place_by_case and _case_marked(a, o)):
            return True
    return False


NAME_GAP = re.compile(r"[\s,]{0,3}")
ENVOYS = ("ambassador", "consul")  # the offices of a posting: the city in their title is where they serve
APPOSITION_OPEN = re.compile(r"\s*,\s*")  # "Hideyuki Sakamoto, Generalkonsul von Japan in Frankfurt am Main, bei …"
# a comma, a bracket, or the sentence's end: "… z Lim Hoon-minem, ambasadorem Korei w Warszawie."
APPOSITION_CLOSE = re.compile(r"\s*(?:[,)]|[.;!?](?:\s|$))")


def _apposition_of_name(a: Analysis, title_start: int, city_end: int) -> bool:
    """Is the envoy's title with its city an apposition to a name before it, closed by a comma or a bracket
    ('Hideyuki Sakamoto, Generalkonsul von Japan in Frankfurt am Main, bei seinem Antrittsbesuch in Trier')?"""
    return bool(APPOSITION_CLOSE.match(a.text, city_end)) and any(
        title_start - 3 <= e <= title_start and APPOSITION_OPEN.fullmatch(a.text, e, title_start)
        for p in a.persons for _s, e in p.evidence)


def _name_follows(a: Analysis, pos: int) -> bool:
    """Does a person's name follow right after `pos`, past a space or a comma?"""
    return any(pos <= s <= pos + 3 and NAME_GAP.fullmatch(a.text, pos, s) for p in a.persons for s, _e in p.evidence)


def _locative_before_adjective(a: Analysis, k: int, lang) -> bool:
    """Is token k a lower-case word (a state's adjective) right after a locative word?"""
    return k >= 1 and a.tokens[k].text.islower() and a.tokens[k - 1].low in lang.locative


def _state_after_locative(a: Analysis, head: int, lang) -> bool:
    """Does a one-word state's adjective stand right before a town noun (at `head`), after a locative word and
    perhaps an article ('in the Japanese city of', 'in der japanischen Stadt')?"""
    h = _token_at(a, head)
    if h is None or h < 2 or h not in _country_ends(a):
        return False
    before = a.tokens[h - 2].low
    return before in lang.locative or (h >= 3 and before in places(a.lang).articles and a.tokens[h - 3].low in lang.locative)


def _country_ends(a: Analysis) -> frozenset[int]:
    """The tokens where a state's name ends, kept per analysis (rebuilt if its list of states changed):
    `_is_place` asks at every city."""
    return a.cached_for("country ends", a.countries, _ends_of, a.countries)


def _ends_of(ms: list) -> frozenset[int]:
    """The tokens where the matches end."""
    return frozenset(m.end for m in ms)


def _starts_of(ms: list) -> frozenset[int]:
    """The tokens where the matches start."""
    return frozenset(m.start for m in ms)


ORIGIN_GAP = 2  # characters between an office's title and the phrase of origin after it ("omologul său de la")


def _whose(a: Analysis, head: int, prev: list[str]) -> bool:
    """Do the words before a place (`prev`, ending at `head`) make a phrase of origin built on a locative word
    (places.yaml ORIGIN "de la") right after an office or a counterpart ("omologul său de la București", "șeful
    diplomației de la Tokyo"): the place says whose government, not where? After an event or a body it names
    where it met ("Reuniunea … NATO de la Bruxelles")."""
    if len(prev) < 2 or " ".join(prev[-2:]) not in places(a.lang).origin or prev[-1] not in load(a.lang).locative:
        return False
    lo = max(0, head - 12)
    words = list(re.finditer(r"\S+", a.text[lo:head]))
    at = lo + words[-2].start()
    return any(at - ORIGIN_GAP <= r.char_end <= at for r in a.by_start("roles").between(max(0, at - 80), at))


VENUE_NAME_WORDS = 4  # capitalised words of a building's name between a locative word and "din" ("Palatul Imperial")


def _seat_of_named_venue(a: Analysis, head: int, lang) -> bool:
    """Is the word of origin before a town (ending at `head`) preceded by a capitalised name that a locative word
    places, with no town or state in it ('la Palatul Imperial din Tokyo', 'la Universitatea din Tokyo'): the town
    is where that building stands, so where it happened?"""
    i = bisect.bisect_left(a.token_starts, head) - 2  # the token before the word of origin
    places_at = a.by_start("cities"), a.by_start("countries")
    n = 0
    while i >= 0 and n < VENUE_NAME_WORDS and a.tokens[i].is_upper_initial:
        if any(ms.covers(a.tokens[i].start) for ms in places_at):
            return False  # "w Warszawie z Tokio": a town placed, then where someone came from
        i, n = i - 1, n + 1
    return n > 0 and i >= 0 and a.tokens[i].low in lang.locative


@per_analysis
def _is_place(a: Analysis, m) -> bool:
    """A city named as the place of something: after a locative word, or in a dateline."""
    lang = load(a.lang)
    if _embassy_seat(a, m) or _envoy_post(a, m) or _menu_entry(a, m):
        return False
    if m.char_start in a.towns:
        return _marked_town(a, m, lang)
    head = _before_town_word(a, m)
    prev = a.text[max(0, head - 12):head].lower().split()
    if (ward := places(a.lang).district) is not None:
        if ward[0].match(a.text, m.char_end):
            return False  # "in Minato Ward, Tokyo": a ward of the town named after it, not the town
        if ward[1].search(a.text, max(0, m.char_start - 40), m.char_start):
            return True  # ... and that town is the place the locative gives
    if _whose(a, head, prev):
        return False  # "omologul său de la București", "șeful diplomației de la Tokyo": whose government, not where
    if prev and prev[-1] in lang.locative:
        return True
    if head == m.char_start and m.start in _country_ends(a) \
            and _locative_before_adjective(a, m.start - 1, lang):
        return True  # "im brasilianischen Rio de Janeiro", "do holandského Haagu": the host's adjective between
    if head != m.char_start and _noun_after_locative(a, head):
        return True  # "в аэропорту города Вонсан": a place inside the town the town noun names
    if head != m.char_start and _state_after_locative(a, head, lang):
        return True  # "in the Japanese city of Nagoya", "in der japanischen Stadt Nagoya"
    if prev and (prev[-1] in places(a.lang).origin or " ".join(prev[-2:]) in places(a.lang).origin):
        # "priopćeno je iz Hrvatskog sabora", "returned from Tokyo": where from, not where; but where the word of
        # origin also says where a building stands (BUILDING_OF), a named building placed by a locative word takes
        # the town as its seat ("la Palatul Imperial din Tokyo"; German "im Hotel Adlon Gäste aus Tokio" is no such)
        return prev[-1] in places(a.lang).building_of and _seat_of_named_venue(a, head, lang)
    if m.form.lower() in lang.landmarks:
        # "заместник-председателят на Народното събрание": a landmark inside an office's title names the office
        return not _header_line(a.text, m.char_start) and not a.by_start("roles").covers(m.char_start) \
            and not _of_another_state(a, m) and not _qualifies_role(a, m)
    if lang.place_by_case and lang.city_endings and not _case_marked(a, m):
        # "padėkojo … Kauno Nacionaliniam muziejui": a town in no case of place (here its genitive) is whose
        return _inline_dateline(a, m) or _names_a_venue(a, m) or _opens_line_as_dateline(a, m)
    if lang.place_by_case:
        return not _left_from(a, m)
    if _inline_dateline(a, m) or _names_a_venue(a, m):
        return True
    if lang.postpositions and any(a.text.startswith(p, m.char_end) for p in lang.locative):
        return True  # "서울에서": the locative word follows the place
    if lang.postpositions and _names_the_seat(a, m, lang.locative):
        return True
    if lang.postpositions and _after_own_state(a, m) and not _left_from(a, m):
        return True  # "폴란드 바르샤바 … 사무실을 찾은", "アメリカ・ワシントン": a place written as an address
    return _opens_line_as_dateline(a, m)


def _alone_on_line(a: Analysis, m) -> bool:
    """Does a city fill its line by itself ('東京', 'Kaunas')?"""
    start, end = line_around(a.text, m.char_start)
    return a.text[start:end].strip() == a.text[m.char_start:m.char_end]


def _menu_entry(a: Analysis, m) -> bool:
    """A city alone on its line beside another city alone on its line ('東京\n大阪\n国際'): a site's menu of
    regions, which tells where nothing happened."""
    if not _alone_on_line(a, m):
        return False
    start, end = line_around(a.text, m.char_start)
    near = a.by_start("cities").between(a.text.rfind("\n", 0, max(0, start - 1)) + 1, a.text.find("\n", end + 1)
                                        if a.text.find("\n", end + 1) >= 0 else len(a.text))
    return any(o.char_start != m.char_start and _alone_on_line(a, o) for o in near)


SEAT_WORDS = 2  # words of a building after its city: "바르샤바 대통령궁에서", "바르샤바 대통령 궁에서"
SEAT = re.compile(r"(?: [^\W\d_]+){1,%d}" % SEAT_WORDS)
GLUED = re.compile(r"[^\W\d_]*")  # letters written together with a city's name, up to a blank
SEAT_AFTER = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,%d}" % SEAT_WORDS)  # the participle and the seat's words


def _names_the_seat(a: Analysis, m, locative, words: str | None = None) -> bool:
    """A city, bare, before the building where something is held, which the locative word closes ("바르샤바
    대통령궁에서", "프라하 체르닌궁에서"): in a language whose locative follows the place, the place of the
    building is the city's; `words` are the building's words when they do not follow the city at once."""
    if words is None:
        # the building may be written together with its city ("부산시청에서": Busan City Hall, then the locative)
        glued = GLUED.match(a.text, m.char_end)
        seat = SEAT.match(a.text, glued.end())
        words = glued.group(0) + " " + (seat.group(0) if seat else "")
    return any(w.endswith(p) and len(w) > len(p) for w in words.split() for p in locative)


ADDRESS_GAP = re.compile(r"[ ・·]?")


def _after_own_state(a: Analysis, m) -> bool:
    """Is a city written right after its own state's name, as an address is, the larger unit first
    ('폴란드 바르샤바', 'アメリカ・ワシントン')? In Japanese and Korean that names a place, not whose."""
    state = data.city_country(m.key)
    return any(c.key == state and ADDRESS_GAP.fullmatch(a.text, c.char_end, m.char_start)
               for c in a.by_start("countries").between(max(0, m.char_start - 12), m.char_start))


NOUN_BEFORE = re.compile(r"(\w+)\s+(\w+)\s*$")  # the two words before a town noun: "в аэропорту"


def _noun_after_locative(a: Analysis, head: int) -> bool:
    """Do a locative word and one lower-case noun stand before a town noun ('в аэропорту города Вонсан',
    'w porcie miasta Gdynia')? The town noun in its genitive names the town the place is in."""
    found = NOUN_BEFORE.search(a.text, max(0, head - 30), head)
    return bool(found) and found.group(1).lower() in load(a.lang).locative and found.group(2).islower()


def _case_marked(a: Analysis, m) -> bool:
    """Does a town's name as written carry one of the language's case endings of place (places.yaml
    CITY_ENDINGS: 'Kaune', 'Tallinnas', 'Rīgā', 'Szegeden'), not its nominative or another case ('Kauno')?"""
    return _ends_in(a.text[m.char_start:m.char_end], (end for end, _ in load(a.lang).city_endings))


ROLE_REACH = 40  # characters of an office's title before the body it heads


def _qualifies_role(a: Analysis, m) -> bool:
    """Does a landmark right follow an office's title, as the body it heads ('прва потпредседница Народне
    скупштине КИМ Јонгђу': the assembly's vice-president, whose assembly the text told before)? Where case alone
    marks place, the landmark right after a title may be where its holder is ('vēstnieks Saeimā')."""
    if load(a.lang).place_by_case:
        return False
    return any(r.char_end < m.char_start and not a.text[r.char_end:m.char_start].strip()
               for r in a.by_start("roles").between(max(0, m.char_start - ROLE_REACH), m.char_start))


def _of_another_state(a: Analysis, m) -> bool:
    """Is a landmark named as another state's own ('Народне скупштине Републике Кореје': Korea's assembly)?"""
    return any(c.key != data.city_country(m.key) for c in a.by_start("countries").between(m.char_end + 1, m.char_end + 2))


def _after_preposition(a: Analysis, m) -> bool:
    """Is a place introduced by a locative or directional word ('to Japan', 'do Japonii')?"""
    lang = load(a.lang)
    return _word_before(a, m) in lang.locative | lang.directional


def _dateline_city(a: Analysis, m) -> bool:
    """A city that opens a dateline, at a line's start or run in ('… Београд, 28. март 2008. године –')."""
    return _opens_line_as_dateline(a, m) or _inline_dateline(a, m)


def _opens_line_as_dateline(a: Analysis, m) -> bool:
    """A city at a line's start followed by a dateline's punctuation ("SEOUL, ", "Praha 20."), or inside an
    agency's bracket ("[서울=뉴시스] 남빛나라 기자 =", "【ソウル=共同】")."""
    line_start = line_start_past_stamp(a.text, m.char_start)  # "date 2018-07 Tokio. Bundesaußenminister …"
    before = a.text[line_start:m.char_start].strip()
    if before == "":
        return bool(DATELINE_AFTER.match(a.text, m.char_end))
    if _date_first_dateline(a, m, line_start):
        return True
    return (before in DATELINE_OPEN and bool(BRACKET_DATELINE.match(a.text, m.char_end))) \
        or (before in _OPENING and bool(_AGENCY_CLOSE.match(a.text, m.char_end)))  # "【北京共同】"


DATE_TO_CITY = re.compile(r"[\s.,]*")  # "2019. december 6., Tokió": the date's stop and comma
LINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,24}\))?[ \t]*(?:\n|$)")  # "Tokió (東京)" closes its line
AGENCY_SLASHES = re.compile(r"[ \t]*/[^/\n]{1,60}/")  # "18 августа, Минск /Алина Гришкевич - БЕЛТА/. Президент …"


def _date_first_dateline(a: Analysis, m, line_start: int) -> bool:
    """'2019. december 6., Tokió (東京)': a line of a written date and a city alone, the date first, is a
    dateline too (a speech's or statement's place and day under its title)."""
    first = len(a.text[line_start:m.char_start]) - len(a.text[line_start:m.char_start].lstrip()) + line_start
    return bool(LINE_TAIL.match(a.text, m.char_end) or AGENCY_SLASHES.match(a.text, m.char_end)) and any(
        d.kind == "absolute" and DATE_TO_CITY.fullmatch(a.text, d.end, m.char_start)
        for d in _dates_at(a).get(first, ()))


_OPENING = ("【", "[", "［", "(", "（", "<", "＜", "〔")
_AGENCY_CLOSE = re.compile(r"[^\n()（）\[\]［］【】<>＜＞〔〕]{1,20}[】\]］)）>＞〕]")


def _marked_town(a: Analysis, m, lang) -> bool:
    """A town no list holds, found by its suffix, is a place only where a locative or directional word follows,
    past a noun of its offices ('久留米市で', '盛岡市役所で', '隠岐の島町を訪問'): '岐阜市の協力' is whose."""
    after = a.text[m.char_end:m.char_end + 6]
    words = tuple(lang.locative | lang.directional)
    return any(after.startswith(w, i) for i in range(0, 4) for w in words) and not _left_from(a, m)


def _left_from(a: Analysis, m) -> bool:
    """'平壌を出発し', '평양을 출발해', '東京から': a city a word of leaving (dates.yaml DEPART) or, where the
    language puts particles after the noun, one of origin (places.yaml ORIGIN) or a noun for its visitors
    (VISITORS) follows, past its case ending, is where someone set out from, not where the event is."""
    lang = load(a.lang)
    words = list(lang.raw["dates"].get("DEPART") or [])
    if lang.postpositions:  # "東京から新幹線で盛岡市を訪れ": a particle of origin after the town, past its suffix
        # "岐阜市代表団", "포즈난시 대표단": the town a noun for visitors follows is theirs, not the event's
        words += [*places(a.lang).origin, *(w.replace(" ", "") for w in places(a.lang).visitors)]
    after = a.text[m.char_end:m.char_end + 8].lstrip()
    return any(after[i:].startswith(str(w)) for w in words for i in range(0, 3))


CJK_HEADER_CHARS = 20  # signs of a line without spaces past which it is prose ('ホワイトハウスでバイデン大統領と…')


def _header_line(text: str, pos: int) -> bool:
    """A short line without a sentence: a site's name or menu ('Hrvatski sabor'), not a venue."""
    start, end = line_around(text, pos)
    line = text[start:end].strip()
    # a line of Japanese or Chinese has no spaces: one long "word" is a sentence, not a menu's item
    return len(line.split()) < 6 and not line.endswith((".", "!", "?", "。", "！", "？")) \
        and not (" " not in line and len(line) > CJK_HEADER_CHARS)


def _names_a_venue(a: Analysis, m) -> bool:
    """'Münchner Sicherheitskonferenz', 'szczyt w Wilnie', 'Мюнхенської безпекової конференції': a city
    (or its adjective) that names a conference or summit names where it meets."""
    words = places(a.lang).venue_words
    following = a.text[m.char_end:m.char_end + 40].lower().split()[:3]
    return bool(words) and any(v in w for w in following for v in words) or _adjective_of_talks(a, m) \
        or (m.end == m.start + 1 and bool(institutions(a.lang)) and institution_beside(a.tokens, m.start, load(a.lang)))


ADJECTIVE_GAP = re.compile(r"\s+(?:\w+\s+)?")  # at most one word between a town's adjective and the talks it names


def _adjective_of_talks(a: Analysis, m) -> bool:
    """'Vang Jivel folytatott tokiói tárgyalása', 'московские переговоры', 'pražská jednání': a town written
    lower-case (its adjective, where names take capitals) right before a word of meeting or visiting names
    where those talks were held."""
    form = a.text[m.char_start:m.char_end]
    if not form[:1].islower():
        return False
    gap = ADJECTIVE_GAP.match(a.text, m.char_end)
    return gap is not None and any(t.key.partition("/")[0] == "CONSULT"
                                   for t in a.by_start("triggers").between(m.char_end, gap.end() + 1))


HOST_ROLES = ("mayor", "governor")
FUNCTION_WORD = re.compile(r"^\w{1,3}$")  # "of", "на", "de" between an office and its city


def _host_city(a: Analysis, reg: Region) -> Location | None:
    """'The Mayor of Szeged received', 'Кметът на Пловдив прие': a mayor or governor hosts in the city
    the office is named after."""
    for r in a.roles:
        if r.key not in HOST_ROLES or not _in(r, reg.start, reg.lead_end):
            continue
        for m in a.cities:
            # "Mayor of Szeged", "Кметът на Пловдив", and a title that holds its town ("Prezydent Krakowa")
            if 0 <= m.char_start - r.char_end <= 12 or 0 <= r.char_start - m.char_end <= 2 \
                    or r.char_start < m.char_start < r.char_end or _unit_between(a.text, m.char_end, r.char_start):
                return _city(m)
        found = _geo_after(a, r.end, town_noun_at(a.tokens, r.end - 1, a.lang) == 1)
        if found:
            return found
        if found := _home_town_named(a, reg):
            return found
    return None


UNIT_NOUN = re.compile(r"\s+[^\W\d_]{3,}\s+")  # "Kioto apgabala gubernators", "Kiotó prefektúra kormányzója"


def _unit_between(text: str, city_end: int, title_start: int) -> bool:
    """Is there one lower-case word between a town and the office after it, the unit the office heads
    ('Kioto apgabala gubernatoru': the governor of the Kyoto prefecture)?"""
    gap = UNIT_NOUN.fullmatch(text, city_end, title_start) if title_start > city_end else None
    return bool(gap) and gap.group(0).strip().islower()


def _home_town_named(a: Analysis, reg: Region) -> Location | None:
    """'Zamjenica gradonačelnika … primila je … veleposlanicu Japana … o suradnji Osijeka i Wakayame': a mayor
    whose title names no town hosts in the one town of the press's own state that the lead names."""
    lang = load(a.lang)
    home = lang.home
    towns = {m.key: m for m in reversed(starting_in(a, "cities", reg.start, reg.lead_end))
             if home and data.city_country(m.key) == home and m.form.lower() not in lang.landmarks}
    return _city(towns.popitem()[1]) if len(towns) == 1 else None


def _geo_after(a: Analysis, i: int, named: bool = False) -> Location | None:
    """A GeoNames city in the capitalised words right after token i, past one short function word and a
    town noun ('mayor of Szeged', 'primarul municipiului Iași', 'the mayor of the city of Poprad'); `named`:
    the words before end in a town noun already ('načelnik općine Petrinja')."""
    if i < len(a.tokens) and FUNCTION_WORD.match(a.tokens[i].low) and not a.tokens[i].is_upper_initial:
        i += 1
    noun = town_noun_at(a.tokens, i, a.lang)
    named = named or bool(noun)
    i += noun
    names, towns = data.city_names(), data.town_names() if named else {}  # a smaller town only when named so
    for n in (2, 1):
        toks = a.tokens[i:i + n]
        if len(toks) == n and all(t.is_upper_initial for t in toks):
            key = " ".join(t.low for t in toks)
            city = names.get(key) or towns.get(key) or (data.small_towns().get(key) if named else None)
            if city and _starts_a_name(a, toks, i + n):
                return None  # "голова обласної державної адміністрації Володимир Куліш": the holder, no town
            if city:
                return Location(city, data.city_country(city), [(toks[0].start, toks[-1].end)])
    return None


def _starts_a_name(a: Analysis, toks: list, nxt: int) -> bool:
    """Is the word a given name before a capitalised word ('Володимир Куліш' after a governor's title, not the
    town Vladimir)? Not a person the text reads: 'burmistrzem miasta Shiroishi Yamadą' is read as one."""
    return len(toks) == 1 and toks[0].low in data.given_names() and nxt < len(a.tokens) \
        and a.tokens[nxt].is_upper_initial and a.text[toks[0].end:a.tokens[nxt].start] == " "


def _region_seat(a: Analysis, reg: Region) -> Location | None:
    """'В Калининградскую область', 'правительства ... области': a region named after its seat is there."""
    words = places(a.lang).region_words
    if not words:
        return None
    names, nicknames = data.city_names(), places(a.lang).region_name_endings
    ends = tuple(end for end, _ in nicknames)
    # only the lead's tokens, found by bisection: a walk over every token of the text for each event cost a long
    # Polish chronicle 3 % of a pass once Polish had region words
    lo, hi = bisect.bisect_left(a.token_starts, reg.start), bisect.bisect_left(a.token_starts, reg.lead_end)
    for i in range(max(1, lo), hi):
        tok = a.tokens[i]
        if ends and tok.low.endswith(ends) and tok.text[:1].isupper():
            # "на Брянщине", "на Львівщині": the region's name made from its seat's
            found = [k for k in case_readings(tok.low, nicknames) if names.get(k)]
            if found:
                city = names[max(found, key=lambda k: (data.cities().get(names[k]) or (None, 0))[1])]
                return Location(city, data.city_country(city), [(tok.start, tok.end)])
        if not has_form(tok.low, words):
            continue
        # the language's own adjective of the town, where its lexicon lists it ("гомельск*": Gomel), else the
        # stem the adjective is made from, looked up among the gazetteer's names
        own = next((m.key for m in a.by_start("cities").between(a.tokens[i - 1].start, a.tokens[i - 1].start + 1)
                    if m.end == i), None)
        adj = None if own else REGION_ADJ.match(a.tokens[i - 1].low)
        city = own or (names.get(adj.group(1)) if adj else None)
        if city:
            return Location(city, data.city_country(city), [(a.tokens[i - 1].start, tok.end)])
        # "Сахалинской областной думы", "Województwa Warmińsko-Mazurskiego": a region not named after its seat,
        # whose seat the language's REGION_SEATS give, by its adjective before or after the region's word
        for j in (i - 1, i + 1):
            if j < len(a.tokens) and (seat := _seat_of_region(a.lang, a.tokens[j].low)):
                span = (min(tok.start, a.tokens[j].start), max(tok.end, a.tokens[j].end))
                return Location(seat, data.city_country(seat), [span])
    return None


def _seat_of_region(code: str, word: str) -> str | None:
    """The seat of the region a word's adjective names ('сахалинской' -> Yuzhno-Sakhalinsk), if listed."""
    return next((city for stem, city in places(code).region_seats if word.startswith(stem)), None)


def _governed_in_text(a: Analysis) -> set[int]:
    """governed() over all the text's triggers, once per analysis: a chronicle asks it for every entry."""
    return a.cached(("governed", len(a.triggers)), _governed_all, a)


def _governed_all(a: Analysis) -> set[int]:
    """_governed_in_text, found."""
    return governed(a, a.triggers)


def _visit_target(a: Analysis, reg: Region, other_date_sents) -> tuple[object, object]:
    """The city or state right after (or just before) a word of visiting: 'visit to Korea', 'До Києва прибула';
    a visit to a state that a later word of visiting places in one of its cities ('прибув до України …
    Міністр прибув до Києва потягом') is a visit to that city."""
    targets = _visit_targets(a, reg, other_date_sents)
    city, country, staying = next(targets, (None, None, False))
    if city is None and country is not None:
        city = next((c for c, _, _ in targets if c is not None and data.city_country(c.key) == country.key), None)
    if city is None and country is not None and reg.end > reg.lead_end:
        # "прибув до України … (after the lead) Міністр прибув до Києва потягом": the city told after the lead
        later = _visit_targets(a, reg, other_date_sents, reg.lead_end, reg.end)
        city = next((c for c, _, _ in later if c is not None and data.city_country(c.key) == country.key), None)
    return city, country, staying


@cache
def _stay_forms(code: str) -> tuple[str, ...]:
    """dates.yaml STAY: words of a stay ("訪問中", "방문 중") and participles of a visit before its visitor."""
    return tuple(sorted((str(w) for w in load(code).raw["dates"].get("STAY") or ()), key=len, reverse=True))


_CLAUSE_END = re.compile(r"[\s]*[。．.、，,！？!?「」『』”\"]")


def _staying(a: Analysis, t) -> bool:
    """Does the word of visiting at `t` tell a stay going on, before the visitor it describes ("ポーランドを
    訪問中の首相は", "폴란드를 방문 중인 대통령은")? The visitor is in that state now: it hosts what he does there."""
    form = next((f for f in _stay_forms(a.lang) if a.text.startswith(f, t.char_start)), None)
    return form is not None and not _CLAUSE_END.match(a.text, t.char_start + len(form))


def _visit_words(a: Analysis) -> list:
    """(index, trigger) of each CONSULT/visit trigger of the text, in order (kept per trigger list: each event's
    lead walked every trigger of the text)."""
    return a.cached_for("visit words", a.triggers, _visit_words_in, a.triggers)


def _visit_words_in(triggers: list) -> list:
    """(index, trigger) of each CONSULT/visit trigger of a list."""
    return [(k, t) for k, t in enumerate(triggers) if t.key == "CONSULT/visit"]


def planned_visit(a: Analysis, reg: Region, other_date_sents) -> Location | None:
    """Where a visit still to come goes, as the lead names it ('утре … во посета на Софија', 'завтра посетит
    Минск', 'zítra navštíví Bratislavu'): the goal of its word of visiting, the future notwithstanding."""
    city, country, _ = next(_visit_targets(a, reg, other_date_sents, planned=True), (None, None, False))
    if city is not None:
        return _city(city)
    return Location(None, country.key, [(country.char_start, country.char_end)]) if country is not None else None


def _visit_targets(a: Analysis, reg: Region, other_date_sents, start: int | None = None, end: int | None = None,
                   planned: bool = False):
    """(city, state) named by each word of visiting of the lead (or of start..end), in the text's order; with
    `planned`, a visit still to come's too."""
    said = _governed_in_text(a)  # "invited him to visit Warsaw": a visit offered, not this one's place
    start, end = (reg.start, reg.lead_end) if start is None else (start, end)
    for k, t in _visit_words(a):
        if not _in(t, start, end) or k in said or (not planned and under_future(a, t)) or \
                a.sentence_of(t.char_start) in other_date_sents or _quoted(a.text, t.char_start):
            continue  # «… развить результаты визита … в Сеуле в сентябре»: a visit someone speaks of
        if any(a.text.startswith(w.replace(" ", ""), t.char_start) for w in places(a.lang).visitors):
            continue  # "クラクフ市訪問団": the visitors' noun; the town before it is theirs, not the visit's
        sent = a.sentences[a.sentence_of(t.char_start)]
        lo, hi = max(sent.start, t.char_start - 25), min(_visit_sentence_end(a, sent, t), t.char_end + 40)
        lang = load(a.lang)
        preps = lang.locative | lang.directional
        articles = places(a.lang).articles

        def introduced(m) -> bool:
            head = _before_town_word(a, m)
            prev = a.text[max(0, head - 12):head].lower().split()
            if _right_after(a, t, m) and (_holds(a, "cities", m) or a.text[m.char_start:m.char_start + 1].isupper()):
                return True  # "odwiedziła Pjongjang", "who is visiting Japan": the place right after the verb
            if lang.postpositions and _object_before(a, m, t):
                return True  # "헝가리를 찾은", "헝가리 국빈 방문": the verb follows its object
            if len(prev) > 1 and prev[-1] in articles and prev[-2] in preps:
                return True  # "zu einem Besuch in der Ukraine": the article between the preposition and the state
            if _whose(a, head, prev):
                return False  # "vizita sa … șeful diplomației de la Tokyo": the visitor's home, not the visit's goal
            if lang.visit_governs and _governed_goal(a, t, m):
                return True  # "posjeta šefa srbijanske diplomatije Tokiju": the goal in the visit noun's own case
            return (bool(prev) and prev[-1] in preps) or (_holds(a, "countries", m) and _locative_case(a, m))

        # a visit word that names its destination ("방일", "訪韓") is a state's match on the trigger itself
        # the window's matches by bisection; the sort below is stable and its key tells apart any two of them
        # that start apart, so the list's own order does not matter
        near = lambda ms: sorted((m for m in a.by_start(ms).between(lo, hi) if (
                                  (m.char_start, m.char_end) == (t.char_start, t.char_end) and _holds(a, "countries", m)
                                  or m.char_start != t.char_start and introduced(m))),
                                 key=lambda m: (m.char_start < t.char_start, abs(m.char_start - t.char_end)))
        # a state's adjective, lower-cased where the language writes it so ("w polskiej ambasadzie"), says whose
        # the noun after it is, not where the visit went
        cities, countries = near("cities"), [m for m in near("countries") if not _envoy_state(a, m)
                                             and not _envoy_post(a, m) and not _lower_adjective(a, m)
                                             and not (lang.place_by_case and _possessor(a, m, t))]
        if cities and lang.place_by_case:
            head = _head_of_genitive(a, cities[0], hi)
            if head is not None:
                cities[0] = head
            elif _possessor(a, cities[0], t):
                cities = cities[1:]  # "Daugavpili … apmeklēja Taipejas misijas vadītājs": whose head came
        if cities or countries:
            yield (cities[0] if cities else None), (countries[0] if countries else None), _staying(a, t)


def _visit_sentence_end(a: Analysis, sent, t) -> int:
    """Where the sentence of a word of visiting ends: where only a date closing on its year's point stands
    between the verb and the stop ('posjetio je 5. ožujka 2024. Karlovac', 'navštívil 5. března 2024. Plzeň'),
    that point is the year's ordinal one and the sentence goes on with the place visited."""
    if not any(d.end == sent.end and a.text[d.end - 1] == "." and d.start >= t.char_end for d in a.dates):
        return sent.end
    gap = re.sub(r"\s+", " ", without_days(a, t.char_end, sent.end)).lower()
    if not places(a.lang).visit_gap.fullmatch(gap):
        return sent.end
    i = a.sentence_of(t.char_start) + 1
    return a.sentences[i].end if i < len(a.sentences) else sent.end


def _governed_goal(a: Analysis, t, m) -> bool:
    """A city after a noun of visiting, in a case of place (CITY_ENDINGS), words only between, where the noun
    governs its goal's case with no preposition (places.yaml VISIT_GOVERNS: 'posjeta … Tokiju')."""
    return t.char_end < m.char_start and _holds(a, "cities", m) and _case_marked(a, m) \
        and bool(WORDS_ONLY.match(a.text, t.char_end, m.char_start))


def _head_of_genitive(a: Analysis, m, hi: int):
    """'uzturējās Rīgas sadraudzības pilsētā Kobē': a town right after the verb in its genitive (TOWN_GENITIVE),
    not in a case of place, says whose the noun after it is; a town in a case of place that closes that phrase,
    words only between, is where the visit went."""
    form = a.text[m.char_start:m.char_end].lower()
    if _case_marked(a, m) or not any(form.endswith(end) for end, _ in town_genitive(a.lang)):
        return None
    return next((c for c in a.by_start("cities").between(m.char_end + 1, hi) if _case_marked(a, c)
                 and WORDS_ONLY.match(a.text, m.char_end, c.char_start)), None)


POSSESSED = re.compile(r" [^\W\d_]*[a-zà-ž][^\W\d_]*")  # a lower-case word right after: the noun the genitive qualifies


def _possessor(a: Analysis, m, t) -> bool:
    """'apmeklēja Taipejas misijas vadītājs', 'lankėsi Saporo miesto delegacija': a town right after the verb of
    visiting, in its genitive (TOWN_GENITIVE) and in no case of place, before a lower-case noun, says whose that
    noun is (the visitor's), not where the visit went."""
    form = a.text[m.char_start:m.char_end].lower()
    return m.char_start > t.char_start and not _case_marked(a, m) \
        and any(form.endswith(end) for end, _ in town_genitive(a.lang)) \
        and POSSESSED.match(a.text, m.char_end) is not None \
        and a.text[m.char_end + 1:m.char_end + 2].islower()


def _holds(a: Analysis, name: str, m) -> bool:
    """`m in a.<name>` by a set (matches are frozen, so hashed by their fields as they compare), kept per list."""
    ms = getattr(a, name)
    return m in a.cached_for(("members", name), ms, frozenset, ms)  # the list replaced or grown: built again


def _lower_adjective(a: Analysis, m) -> bool:
    """Is a state's match written all in small letters ("polskiej", "japońskim"): its adjective, in a script
    with cases? ("the Republic of Korea" and "한국" are names.)"""
    form = a.text[m.char_start:m.char_end]
    return form == form.lower() != form.upper()


# a particle, or one short word ("국빈", "公式"), or both: the manner of the visit stands between its object and
# its verb ("폴란드를 공식 방문 중인", "ポーランドを公式訪問中の")
OBJECT_GAP = re.compile(r"\s?(?:[을를をの]\s?)?(?:\w{1,2}\s?)?")
OBJECT_REACH = 6  # characters of that gap at most: "를 공식 "


def _object_before(a: Analysis, m, t) -> bool:
    """A place right before a verb of visiting where the verb follows its object (ja, ko): past its object
    particle or one short word between, or both ("헝가리를 찾은", "헝가리 국빈 방문", "폴란드를 공식 방문")."""
    return 0 <= t.char_start - m.char_end <= OBJECT_REACH and bool(OBJECT_GAP.fullmatch(a.text, m.char_end,
                                                                                        t.char_start))


WORDS_ONLY = re.compile(r"[\w\s]*$")  # no comma or stop between: "posjeta Japanu, predsjednika …" is two phrases


def _locative_case(a: Analysis, m) -> bool:
    """A state named in a case that marks place, where the language marks place by case alone (places.yaml
    PLACE_BY_CASE, its CITY_ENDINGS: "Jaapanis", "Japonijoje", "Japānā", "Japánban"), not as whose."""
    lang = load(a.lang)
    form = a.text[m.char_start:m.char_end].lower()
    # an ending that only lengthens the stem's vowel before -n ("Gyulán" of Gyula) reads a state's nominative in
    # -án, -én as a case ("Japán", "Irán"): a state's name is case-marked by the others only
    return lang.place_by_case and any(end and form.endswith(end) and len(form) > len(end) + 2
                                      and not (rep and len(end) <= len(rep) + 1) for end, rep in lang.city_endings)


VENUE_GAP = 2  # characters between a state and its city in a postpositional place ("캐나다 몬트리올에서")


def venue_state(a: Analysis, m) -> bool:
    """A state named as the place where something was held: after a locative word that is no word of
    direction ('в Лаосе', 'in Laos', not 'do Laosu'), in a locative case ('Laoses'), or before a locative
    postposition, past a city of its own ('캐나다 몬트리올에서'); not an embassy's seat ('ambasadę w KRLD')."""
    lang = load(a.lang)
    if _embassy_seat(a, m):
        return False
    if lang.postpositions:
        end = m.char_end
        for c in a.by_start("cities").between(m.char_end, m.char_end + VENUE_GAP + 1):
            if data.city_country(c.key) == m.key:
                end = c.char_end
        return any(a.text.startswith(p, end) for p in lang.locative)
    prev = a.text[max(0, m.char_start - 12):m.char_start].lower().split()
    if prev and _accusative_after(a, m, prev[-1]):
        return False  # "tlak na Severní Koreu", "presja na Ukrainę": an aim, not a place
    return (bool(prev) and prev[-1] in lang.locative - lang.directional) or _locative_case(a, m)


AIM_REACH = 2  # words between a noun of aim and its "na" ("sankcí EU na Rusko")


def _accusative_after(a: Analysis, m, word: str) -> bool:
    """Is a state named after a locative word that also governs an aim (places.yaml TWO_CASE: cs sk pl 'na') in
    that accusative ('na Severní Koreu', 'na Ukrainę'), not in its locative ('na Slovensku', 'na Ukrainie'), and
    after a noun of aim ('tlak na', 'sankcje na')? Without one the accusative is a direction ('odcestoval na
    Slovensko, kde jednal …'): the place he went to."""
    endings = places(a.lang).two_case.get(word)
    if not endings:
        return False
    form = a.text[m.char_start:m.char_end].lower()
    accusative, locative, aims = endings
    if not form.endswith(accusative) or form.endswith(locative):
        return False
    before = a.text[max(0, m.char_start - 60):m.char_start].lower().split()
    return any(has_form(w.strip(".,;:()\"„“”"), aims) for w in before[-2 - AIM_REACH:-1])


def _envoy_state(a: Analysis, m) -> bool:
    """'Japán magyarországi nagykövete', 'ambasador Japonii', 'the Japanese Ambassador': a state named
    next to an office, as the office's state, says whose the visitor is, not where he goes."""
    roles = a.by_start("roles")
    for r in roles.between(m.char_end, m.char_end + 40):
        between = range(m.end, r.start)
        if len(between) <= 2 and WORDS_ONLY.match(a.text, m.char_end, r.char_start) and \
                all(any(c.start <= k < c.end for c in a.countries) for k in between):
            return True
    if load(a.lang).postpositions:
        return False  # "문재인 대통령의 헝가리 국빈 방문": a state after an office's genitive is where he went
    for r in roles.between(max(0, m.char_start - 40), m.char_start):
        if r.end == m.start and WORDS_ONLY.match(a.text, r.char_end, m.char_start):
            return True
    return False


def _body_place(a: Analysis, reg: Region, countries: list[str], other_date_sents, within: str | None,
                later: dict[int, int] | None = None):
    """The city named after the lead ('A programja délután Szegeden … folytatódik') when the lead names
    none: the first one the body names as a place, of a state taking part (of the host, if known; any
    state when the other side is not named), in a sentence that tells no other time, and not where its
    sentence turns to what is still to come ("– 2020 m. Tokijuje vyks vasaros olimpinės žaidynės")."""
    for m in starting_in(a, "cities", reg.lead_end, reg.end):
        state = data.city_country(m.key)
        if (state not in countries and len(countries) > 1 and not _summit_of_the_talks(a, m)) \
                or (within and state != within and not _summit_of_the_talks(a, m)):
            continue
        if (a.sentence_of(m.char_start) in other_date_sents and not _the_meeting_held_in(a, m)) \
                or not _is_place(a, m) or _dateline_city(a, m):
            continue
        if _to_come(a, m, later):
            continue
        return _city(m)
    return None


def _summit_of_the_talks(a: Analysis, m) -> bool:
    """'Miuncheno saugumo konferencijoje susitikęs su Japonijos … ministru': a third state's city that names a
    conference, with a word of meeting beside it, is where the sides met on its sidelines."""
    return _names_a_venue(a, m) and _meeting_at(a, m)


def choose_location(a: Analysis, reg: Region, countries: list[str], persons: list,
                    other_date_sents: set[int] = frozenset(), later: dict[int, int] | None = None) -> Location:
    """Where it happened: the place visited, a city after a locative word or in a dateline,
    else the host country, and its capital when the host's leader received the guest; `later` maps a
    sentence to where it starts to tell what is still to come (its places are not this event's)."""
    lang = load(a.lang)
    places = [m for m in starting_in(a, "cities", reg.start, reg.lead_end) if _is_place(a, m)
              and (a.sentence_of(m.char_start) not in other_date_sents or _the_meeting_held_in(a, m)
                   or _opens_line_as_dateline(a, m))  # "MINSK, 8. August (BelTA) – … im Jahr 2019": filed there
              and not _quoted(a.text, m.char_start)
              and (not _to_come(a, m, later) or _dateline_city(a, m))  # a dateline tells where it was filed, no plan
              and not _told_there(a, m)]
    if _in_local_time(a, reg) or (lang.home and countries and lang.home not in countries):
        # "[서울=뉴스핌] … 3일(현지시각) … 만나": filed at home, held abroad; so too "(서울=연합뉴스) … 리용호
        # 북한 외무상과 … 라브로프 러시아 외무장관이 31일 … 회담했다": home takes no part, the meeting was not there
        places = [m for m in places if not (_dateline_city(a, m) and data.city_country(m.key) == lang.home)]
    desk = next((m for m in places if _dateline_city(a, m)), None)
    if desk is not None and (venues := _venue_states_of_lead(a, reg, desk, other_date_sents, later)):
        # "【ソウル共同】韓国の趙兌烈外相は5日、訪問先のポーランドで…会談した": the lead names the state it was held
        # in, not the dateline's: the dateline tells the desk that filed it
        places = [m for m in places if not (_dateline_city(a, m) and data.city_country(m.key) not in venues)]
    vcity, vcountry, staying = _visit_target(a, reg, other_date_sents)
    if vcountry is not None and vcountry.key not in countries and not staying and not _staying_in(a, vcountry):
        vcountry = None  # "then travelled on to Romania": a stop of the trip, not this event's host
    loc = None
    if vcity is not None:
        loc = _city(_met_before(a, places, vcity) or vcity)
    elif vcountry is not None:
        inside = next((m for m in places if data.city_country(m.key) == vcountry.key), None)
        # "Vilniuje lankėsi Japonijos viceministras": a state's name that only follows the verb, with no
        # preposition, may be the visitor's own; a city named as a place in the same sentence says where
        here = next((m for m in places if a.sentence_of(m.char_start) == a.sentence_of(vcountry.char_start)
                     and data.city_country(m.key) in countries and not _dateline_city(a, m)), None)
        met = None if inside or here else _met_elsewhere(a, places, vcountry, countries)
        if inside is None and here is not None and not _after_preposition(a, vcountry):
            loc = _city(here)
        elif met is not None:
            loc = _city(met)
        else:
            loc = _city(inside) if inside else Location(None, vcountry.key, [(vcountry.char_start, vcountry.char_end)])
    elif places:
        # "Berlin, 9. Mai – … hat sich in Tokio … getroffen": the dateline names where the report was written
        told = [m for m in places if not _dateline_city(a, m)]
        lines = {a.sentence_of(m.char_start) for m in places if _dateline_city(a, m)}
        if lines and any(a.sentence_of(t.char_start) in lines for t in a.triggers):
            # "Zagreb - … primio je veleposlanika. … brodogradnje u Rijeci": the dateline's sentence tells the
            # contact; a city of a later sentence beats it only where that sentence tells a contact too
            told = [m for m in told if a.sentence_of(m.char_start) in lines or _tells_contact(a, m)]
        loc = _city(_destination_over_stay(a, told or places))
    if loc is None:
        loc = _host_city(a, reg) or _region_seat(a, reg) or _unlisted_dateline(a, reg, countries)
    if loc is None or loc.city is None:
        loc = _body_place(a, reg, countries, other_date_sents, loc.country if loc else None, later) or loc
    if loc is None:
        loc = _host_country(a, reg, lang, countries, persons, later, other_date_sents)
        if loc.city is None:
            loc = _body_place(a, reg, countries, other_date_sents, loc.country, later) or loc
    if loc.city is None and loc.country:
        loc = _capital_if_leader(loc, persons, _envoy_titled(a, reg, loc.country))
    if loc.city is None and loc.country and _at_ministry(a, reg, loc.country):
        loc = Location(data.capital(loc.country), loc.country, [])  # inferred: the text names no city
    if loc.city is None and loc.country and _at_embassy(a, reg):
        capital = data.capital(loc.country)
        loc = Location(capital, loc.country, []) if capital else loc  # inferred: the text names no city
    if loc.city is None:
        # a state summons the envoys posted to it: a country-only place of his own state is what was protested
        loc = _summoned_to(a, reg, countries, persons, loc.country) or loc
    elif loc.country and (_envoy_at_home(a, reg, countries, persons, loc.country)
                          or (not loc.evidence and _summons(a, reg) is not None)):
        # "wezwał ambasadora Rosji … ambasadora Polski w Moskwie": an envoy is never summoned in his own state;
        # an inferred capital ("в МИД" read as the press's home) yields to the summoner the lead names
        loc = _summoned_to(a, reg, countries, persons, None) or loc
    if loc.city is None:
        loc = _one_town_of_the_sides(a, reg, [loc.country] if loc.country else countries, other_date_sents,
                                     later) or loc
    if loc.city is None and loc.country and _visiting_dignitary(a, loc, persons):
        loc = Location(data.capital(loc.country), loc.country, [])  # inferred: the text names no city
    if loc.city is None and loc.country and data.capital(loc.country) and (at := _in_the_capital(a, reg)):
        loc = Location(data.capital(loc.country), loc.country, [at])  # "V hlavnom meste sa … stretli"
    if loc.city is not None and loc.evidence:
        loc = _where_the_party_is_met(a, reg, loc, persons, other_date_sents, later) or loc
    return loc


DESK_REACH = 1  # sentences after a dateline's own that tell the report's first news ("Vilnius, kovo 5 d. (ELTA). …")


def _venue_states_of_lead(a: Analysis, reg: Region, desk, other_date_sents, later=None) -> set[str]:
    """The states the dateline's sentence, or the one right after it, names as where something was held ('w
    Japonii', 'ポーランドで', 'Japonijoje'), none of them an envoy's or a mission's seat; a later sentence's
    ('ambasádu v Severní Koreji') tells other news; the sentence must tell a meeting, and the state be no venue
    of one still to come ('agreed to hold the next round of talks in Poland')."""
    first = a.sentence_of(desk.char_start)
    return {m.key for m in starting_in(a, "countries", reg.start, reg.lead_end)
            if first <= a.sentence_of(m.char_start) <= first + DESK_REACH
            and a.sentence_of(m.char_start) not in other_date_sents and not _quoted(a.text, m.char_start)
            and venue_state(a, m) and meeting_told(a, *_sentence_span(a, m))  # the cheaper, narrower tests first
            and not _to_come(a, m, later) and not _planned_venue(a, m)
            and not _envoy_state(a, m) and not _envoy_post(a, m)}


def _sentence_span(a: Analysis, m) -> tuple[int, int]:
    """(start, end) of the sentence of mention `m`."""
    sent = a.sentences[a.sentence_of(m.char_start)]
    return sent.start, sent.end


def _planned_venue(a: Analysis, m) -> bool:
    """Is the place `m` that of a meeting still to come: the trigger before it in its sentence is told in the
    future ('kolejna runda rozmów odbędzie się w Polsce') or is what a speech act agrees on or asks for
    ('agreed to hold the next round of talks in Poland')?"""
    sent = a.sentences[a.sentence_of(m.char_start)]
    triggers = a.triggers
    before = [i for i, t in enumerate(triggers) if sent.start <= t.char_start < m.char_start]
    # a trigger after the place in its clause may be the one it is the venue of ("w Polsce odbędzie się runda")
    after = [t for t in triggers
             if m.char_end <= t.char_start < sent.end and not _breaks(a.text, m.char_end, t.char_start)]
    near = [triggers[i] for i in before[-1:]] + after[:1]
    return any(under_future(a, t) for t in near) or bool(before) and before[-1] in _governed_in_text(a)


PARTY_MET_REACH = 45    # characters from a city to the word of meeting after it: "v Tokiu, kde sa prezident SR stretne"
PARTY_NAMED_REACH = 90  # characters from that word to the host's party it names: "s predsedom vlády Japonska Šigeru Išibom"


def _meets_party(a: Analysis, m, hosts: list) -> bool:
    """Is the city told as where the host's party to the event is met: a word of meeting or talks (not of a visit)
    after it in its sentence, no other city between, then one of that party's names ('U Tokiju će se sastati s
    Ishibom', 'začne v Tokiu, kde sa … stretne s predsedom vlády Japonska Šigeru Išibom')?"""
    sent = a.sentences[a.sentence_of(m.char_start)]
    cities = a.by_start("cities")
    for t in a.by_start("triggers").between(m.char_end, min(sent.end, m.char_end + PARTY_MET_REACH)):
        if t.key.partition("/")[0] != "CONSULT" or t.key == "CONSULT/visit":
            continue
        if cities.between(m.char_end, t.char_start):
            return False
        hi = min(sent.end, t.char_end + PARTY_NAMED_REACH)
        return any(t.char_start <= s < hi and not cities.between(t.char_end, s)
                   for p in hosts for s, _e in p.evidence)
    return False


def _where_the_party_is_met(a: Analysis, reg: Region, loc: Location, persons: list, other_date_sents,
                            later: dict[int, int] | None) -> Location | None:
    """A trip to several towns of the host ('… vycestuje aj do Hirošimy, kde sa stretne s guvernérom',
    '… na izložbi EXPO 2025. u Osaki. U Tokiju će se sastati s Ishibom'): where the city chosen is not told as
    where the host's party is met, a town of the host that is told so (`_meets_party`) is the event's place."""
    hosts = [p for p in persons if p.country == loc.country and p.evidence]
    if not hosts:
        return None
    chosen = next((m for m in starting_in(a, "cities", reg.start, reg.end)
                   if (m.char_start, m.char_end) == loc.evidence[0]), None)
    if chosen is None or _meets_party(a, chosen, hosts):
        return None
    for m in starting_in(a, "cities", reg.start, reg.end):
        if m.key == loc.city or data.city_country(m.key) != loc.country or _dateline_city(a, m) \
                or a.sentence_of(m.char_start) in other_date_sents or _to_come(a, m, later) \
                or _quoted(a.text, m.char_start) or not _is_place(a, m):
            continue
        if _meets_party(a, m, hosts):
            return _city(m)
    return None


def _in_the_capital(a: Analysis, reg: Region) -> tuple[int, int] | None:
    """'V hlavnom meste sa … stretli aj s primátorom', 'w stolicy spotkał się z …', 'in the capital he met':
    a capital noun (places.yaml CAPITAL_WORDS) as a place, after a locative word (an article between) or in a
    case of place where case marks it, with no state's name beside it (that reading is a city already): the
    capital of the host the text gives. Its span, or None."""
    lang = load(a.lang)
    phrases, articles = capital_words(lang)
    if not phrases:
        return None
    heads = tuple(w[0].rstrip("*") for w in phrases)
    lo, hi = bisect.bisect_left(a.token_starts, reg.start), bisect.bisect_left(a.token_starts, reg.end)
    cities = a.by_start("cities")
    for i in range(max(lo, 1), hi):
        tok = a.tokens[i]
        if not tok.low.startswith(heads) or tok.is_upper_initial:
            continue
        words = next((w for w in phrases if all(
            k < len(a.tokens) and (a.tokens[k].low.startswith(x[:-1]) if x.endswith("*") else a.tokens[k].low == x)
            for k, x in zip(range(i, i + len(w)), w))), None)
        if words is None or cities.between(max(0, tok.start - 40), a.tokens[i + len(words) - 1].end + 40):
            continue  # "w stolicy Japonii", "hlavného mesta SR": the state's capital is a city match of its own
        j = i - 1 - (a.tokens[i - 1].low in articles and i >= 2)
        if lang.place_by_case:
            placed = any(end and tok.low.endswith(end) for end, _ in lang.city_endings)
        else:
            placed = a.tokens[j].low in lang.locative
        if placed and not _quoted(a.text, tok.start):
            end = a.tokens[i + len(words) - 1].end
            return (a.tokens[j].start if not lang.place_by_case else tok.start, end)
    return None


def _visiting_dignitary(a: Analysis, loc: Location, persons: list) -> bool:
    """'міністр закордонних справ Японії … здійснює візит в Україну': a foreign leader or minister goes to the
    state named after a directional word, and no town is named: he is received in its capital."""
    if not loc.evidence or not data.capital(loc.country):
        return False
    prev = a.text[max(0, loc.evidence[0][0] - 12):loc.evidence[0][0]].lower().split()
    return bool(prev) and prev[-1] in load(a.lang).directional and any(
        p.country and p.country != loc.country and (p.role in LEADERS or _government(p.role)) for p in persons)


def _summoned_to(a: Analysis, reg: Region, countries: list[str], persons: list, told: str | None) -> Location | None:
    """An envoy summoned (events.yaml SUMMON) is called to the foreign ministry of the state he is posted to, in
    its capital ("South Korea summoned the Russian ambassador", "МЗС Польщі викликало посла Білорусі"): the state
    the text gives as the place unless it is his own, else the one named before the verb, else of the sides the
    one that is not his."""
    summons = _summons(a, reg)
    envoys = _envoy_states(a, reg, countries, persons) if summons is not None else set()
    if not envoys:  # "вызвали временных поверенных Латвии, Литвы и Эстонии": several envoys, one host
        return None
    named = _summoner_named(a, reg, countries, envoys)
    if told is not None and told not in envoys and not named:
        host = told
    else:  # the state that summoned: named before the verb in its sentence ("South Korea summoned"), else the other side
        before = named or _summoner_before(a, summons, countries, envoys)
        others = [c for c in countries if c not in envoys]
        host = before[-1] if before else others[0] if len(others) == 1 else None
    capital = data.capital(host) if host else None
    return Location(capital, host, []) if capital else None  # inferred: the text names no city


def _summoner_before(a: Analysis, verb, countries: list[str], envoys: set[str]) -> list[str]:
    """The sides other than the envoys' named before a summoning verb in its sentence ("South Korea summoned")."""
    sent = a.sentences[a.sentence_of(verb.char_start)]
    return [c.key for c in a.by_start("countries").between(sent.start, verb.char_start)
            if c.key in countries and c.key not in envoys]


def _summoner_named(a: Analysis, reg: Region, countries: list[str], envoys: set[str]) -> list[str]:
    """The summoning state written by its name before a summoning verb of the lead ("Министерство иностранных
    дел Украины вызвало"), over a bare home body of the press in a headline ("МИД вызвал …" on a Ukrainian
    site writing in Russian): such a body names the press's state only by default."""
    forms = load(a.lang).summon
    bodies = places(a.lang).home_bodies
    for t in a.by_start("triggers").between(reg.start, reg.lead_end):
        if t.key == "ACCUSE" and any(has_form(w, forms) for w in a.text[t.char_start:t.char_end].lower().split()):
            sent = a.sentences[a.sentence_of(t.char_start)]
            named = [c.key for c in a.by_start("countries").between(sent.start, t.char_start)
                     if c.key in countries and c.key not in envoys and c.form.lower() not in bodies]
            if named:
                return named
    return []


def _envoy_at_home(a: Analysis, reg: Region, countries: list[str], persons: list, state: str) -> bool:
    """Does the lead summon an envoy of the very state its chosen city lies in (the city of a protest at his
    embassy, of his home ministry, of his colleague's post)?"""
    return _summons(a, reg) is not None and state in _envoy_states(a, reg, countries, persons)


def _summons(a: Analysis, reg: Region):
    """The lead's summons: an ACCUSE trigger with a SUMMON verb among its words ("summoned the ambassador",
    "посла России вызвали")."""
    forms = load(a.lang).summon
    if not forms:
        return None
    return next((t for t in a.by_start("triggers").between(reg.start, reg.lead_end) if t.key == "ACCUSE"
                 and (any(has_form(w, forms) for w in a.text[t.char_start:t.char_end].lower().split())
                      or _handed_to_envoy(a, t))), None)


HANDED_REACH = 3  # words from a protest to the envoy it is handed to ("протест японскому послу")


def _handed_to_envoy(a: Analysis, t) -> bool:
    """Is the protest handed to an envoy, an envoy word among the few words after it ("выразил решительный протест
    японскому послу")? He receives it where he is posted, as a summoned one does."""
    words = load(a.lang).summoned
    if not words:
        return False
    i = bisect.bisect_left(a.token_starts, t.char_end)
    return any(has_form(tok.low, words) for tok in a.tokens[i:i + HANDED_REACH])


ENVOY_OF_REACH = 12  # characters after "посла" to the state whose envoy he is ("посла Угорщини", "поверенного в делах Литвы")


def _envoy_states(a: Analysis, reg: Region, countries: list[str], persons: list) -> set[str]:
    """Whose envoy was summoned: the states of the ambassadors and chargés among the persons, else the state
    written right after an envoy word in the lead (events.yaml SUMMONED: "посла Угорщини"; not after a word of
    place, "Ambassador to Estonia") or right before it ("Russia's Ambassador", "российского посла")."""
    envoys = {p.country for p in persons if p.role and ("ambassador" in p.role or "chargé" in p.role)
              and p.country in countries}
    words = load(a.lang).summoned
    if envoys or not words:
        return envoys
    toks = a.tokens
    i = bisect.bisect_left(a.token_starts, reg.start)
    spans = []
    while i < len(toks) and toks[i].start < reg.lead_end:
        if has_form(toks[i].low, words):
            spans.append((toks[i].start, toks[i].end))
        i += 1
    lang = load(a.lang)
    # "Ambassador to Estonia", "посла в Японии": the state he is posted to (not "поверенным в делах Латвии")
    hosts = lang.locative | lang.directional
    return {m.key for m in a.countries for s, e in spans
            if (0 <= m.char_start - e <= ENVOY_OF_REACH and ENVOY_AFTER.fullmatch(a.text, e, m.char_start)
                and not set(a.text[e:m.char_start].lower().split()[-1:]) & hosts)
            or (0 <= s - m.char_end <= 3 and ENVOY_BEFORE.fullmatch(a.text, m.char_end, s))}


ENVOY_AFTER = re.compile(r"[\w\s]*")  # words only up to his state: "nagykövetet, miután magyar …" names none
ENVOY_BEFORE = re.compile(r"(?:'s|’s)?\s{1,2}")  # "Russia's Ambassador", "российского посла": his state before him


TOLD_REACH = 5  # tokens from a verb of telling to its place: "poinformował w czwartek w Brukseli"


def _trigger_tokens(a: Analysis) -> frozenset[int]:
    """The tokens some trigger opens with, once per analysis: `_told_there` asks at up to five tokens before
    every city, and each ask had walked every trigger of the text."""
    return a.cached(("trigger tokens", id(a.triggers), len(a.triggers)), _starts_of, a.triggers)


def _told_there(a: Analysis, m) -> bool:
    """Is the city where a report of the act before it was given ("MSZ wezwało chargé d'affaires Rosji - poinformował
    w czwartek w Brukseli rzecznik MSZ")? A verb of telling (TOLD) a few words before it, with an event word
    earlier in its sentence and none between them, tells the act; the place is the spokesman's, not the act's."""
    words = places(a.lang).told
    if not words:
        return False
    if _telling_after(a, m, words) and _town_placed_after(a, m):
        return True  # "Brüsszelben elmondta, hogy Tokióban tárgyalt", "v Bruslju povedala, da … v Tokiu"
    toks, sent, opened, steps = a.tokens, a.sentence_of(m.char_start), _trigger_tokens(a), 0
    for i in range(m.start - 1, -1, -1):
        if a.sentence_of(toks[i].start) != sent or i in opened:
            return False
        if has_form(toks[i].low, words):
            # "sagte am Montag in Brüssel, sie habe … in Tokio getroffen": the act told after, placed in its own town
            return any(t.start < i and a.sentence_of(t.char_start) == sent for t in a.triggers) \
                or _town_placed_after(a, m)
        steps += not _in_a_date(a, toks[i].start)  # "poinformował 7 marca 2024 r. w Brukseli": the day is no distance
        if steps >= TOLD_REACH:
            return False
    return False


TOLD_AFTER_REACH = 2  # words from a town to a verb of telling right after it: "Brüsszelben elmondta", "v Bruslju je povedala"


def _telling_after(a: Analysis, m, words) -> bool:
    """Is there a verb of telling right after the town, in its clause ('Brüsszelben elmondta', 'v Bruslju
    povedala'), words only between?"""
    toks, sent = a.tokens, a.sentence_of(m.char_start)
    for i in range(m.end, min(len(toks), m.end + TOLD_AFTER_REACH)):
        if a.sentence_of(toks[i].start) != sent or not toks[i].low.isalpha():
            return False
        if has_form(toks[i].low, words):
            return True
    return False


def _in_a_date(a: Analysis, pos: int) -> bool:
    """Does a date of the text cover the character at `pos`?"""
    spans = a.cached(("date spans", len(a.dates)), _date_spans, a.dates)
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _date_spans(dates: list) -> list[tuple[int, int]]:
    """The character spans of the text's dates, in order."""
    return sorted((d.start, d.end) for d in dates)


def _in_local_time(a: Analysis, reg: Region) -> bool:
    """Does the lead tell its time as local time ('3일(현지시각)', '(Ortszeit)')? Then the event happened
    away from the press's home, whatever city of home its dateline names."""
    words = places(a.lang).local_time
    # the blanks taken out by split() in C (\s is what str.isspace() takes): the same string as re.sub(r"\s+", "", …),
    # whose pattern, opening with a repeat, was tried at every character of the lead
    lead = "".join(lowered_slice(a.text, reg.start, reg.lead_end).split()) if words else ""
    return any(w in lead for w in words)


def _prep_before(a: Analysis, m) -> str:
    """The word right before a city (past a town noun), lower-cased: its preposition where it has one."""
    head = _before_town_word(a, m)
    prev = a.text[max(0, head - 12):head].lower().split()
    return prev[-1] if prev else ""


def _moves_to(t, m) -> bool:
    """Is the trigger `t` a word of travel right before the city `m` ("travelled on Tuesday to Manchester")?"""
    return t.key == "CONSULT/visit" and 0 <= m.char_start - t.char_end <= 40


def _destination_over_stay(a: Analysis, places: list):
    """The first place, unless its sentence goes on to another city after a word of direction that a contact
    then follows ("In Berlin ist er seit Mai tätig, aber erst jetzt kam er nach Hamburg zu seinem
    Antrittsbesuch"): where he stays is told before where he went for this contact."""
    first = places[0]
    lang = load(a.lang)
    if _prep_before(a, first) not in lang.locative - lang.directional:
        return first  # "nach", "do", "в": the first place is itself a destination or cannot be told from one
    sent = a.sentences[a.sentence_of(first.char_start)]
    for m in places[1:]:
        if m.char_start >= sent.end:
            break
        if m.key == first.key or _prep_before(a, m) not in lang.directional:
            continue
        if any(first.char_end <= t.char_start < m.char_start and not _moves_to(t, m) for t in a.triggers):
            return first  # a contact told between them happened at the first place
        if any(t.key.partition("/")[0] == "CONSULT" and m.char_end <= t.char_start < sent.end for t in a.triggers):
            return m
    return first


def _met_before(a: Analysis, places: list, vcity):
    """A city where the lead tells a meeting or talks in a sentence before the one that names the visit's
    city ("… met his counterpart in Seoul on Monday. He then travelled to Busan, where he toured a
    shipyard"): the meeting is the event, the onward trip a later stop."""
    s = a.sentence_of(vcity.char_start)
    return next((m for m in places if a.sentence_of(m.char_start) < s and m.key != vcity.key
                 and not _dateline_city(a, m) and _tells_meeting(a, m)), None)


OPENING_WORDS = 2  # an article and the noun: "The meeting took place", "Spotkanie odbyło się"


def _the_meeting_held_in(a: Analysis, m) -> bool:
    """Does the city's sentence open with the meeting as its subject and give only a day without a year
    ("Spotkanie odbyło się 29 stycznia w Poznaniu", "Das Treffen fand am 29. Januar in Posen statt")? It
    tells where the meeting reported was held, whatever other time a bare day seemed to tell."""
    sent = a.sentences[a.sentence_of(m.char_start)]
    if any(sent.start <= d.start < sent.end and d.y for d in a.dates):
        return False  # "The meeting took place in 2019 in Seoul": a year may name another meeting
    first = bisect.bisect_left(a.token_starts, sent.start)
    opening = a.tokens[first:first + OPENING_WORDS]
    return any(t.key.partition("/")[0] == "CONSULT" and t.char_end <= m.char_start
               for t in a.by_start("triggers").between(sent.start, opening[-1].end if opening else sent.start))


def _met_elsewhere(a: Analysis, places: list, vcountry, countries: list[str]):
    """A city of another side where a sentence other than the visit's tells a meeting ("Premiér by mohl zamířit
    na návštěvu Japonska. Po nedělním setkání s … Kišidou v Praze to řekl ministr"): the sides met there; the
    visit to a state that holds no city named is another trip."""
    if _tells_meeting(a, vcountry):
        return None  # "přiletěl na návštěvu Japonska, kde jednal s …": the visit's own sentence tells the talks
    s = a.sentence_of(vcountry.char_start)
    return next((m for m in places if a.sentence_of(m.char_start) != s and not _dateline_city(a, m)
                 and data.city_country(m.key) in countries and data.city_country(m.key) != vcountry.key
                 and _meeting_at(a, m)), None)


MEETING_BEFORE, MEETING_AFTER = 80, 25  # characters between a word of meeting and the city it is held in


def _meeting_at(a: Analysis, m) -> bool:
    """Is the city told as where a meeting was, a word of meeting or talks (not of a visit) close before it in
    its sentence ("setkání s … Kišidou v Praze") or right after it ("v Praze se setkal")? Not a body's seat
    the sentence later turns to talks from ("The Presidential Administration in Bucharest announced that
    these consultations")."""
    seats = places(a.lang).seat_of_state
    before = a.text[max(0, m.char_start - 40):m.char_start].lower().split()
    if seats and any(" ".join(before[-k - 1:-1]) in seats for k in (1, 2, 3) if len(before) > k):
        return False  # "teilte das Außenministerium in Tokio mit": the seat of a state's office, not a meeting's
    sent = a.sentences[a.sentence_of(m.char_start)]
    lo, hi = max(sent.start, m.char_start - MEETING_BEFORE), min(sent.end, m.char_end + MEETING_AFTER)
    return any(t.key.partition("/")[0] == "CONSULT" and t.key != "CONSULT/visit" and not under_future(a, t)
               for t in a.by_start("triggers").between(lo, hi))


def _tells_meeting(a: Analysis, m) -> bool:
    """Does the sentence that names a city tell a meeting or talks (a CONSULT trigger other than a visit's)?"""
    s = a.sentence_of(m.char_start)
    return any(t.key.partition("/")[0] == "CONSULT" and t.key != "CONSULT/visit" and a.sentence_of(t.char_start) == s
               for t in a.triggers)


def _tells_contact(a: Analysis, m) -> bool:
    """Does the sentence that names a city tell a meeting, a visit or talks (a CONSULT trigger)?"""
    s = a.sentence_of(m.char_start)
    return any(t.key.partition("/")[0] == "CONSULT" and a.sentence_of(t.char_start) == s for t in a.triggers)


def _one_town_of_the_sides(a: Analysis, reg: Region, states: list[str], other_date_sents=frozenset(),
                           later: dict[int, int] | None = None) -> Location | None:
    """Nothing else telling where: the one town of a side (of the host, if known) that the lead's sentences
    telling something done name at all (not where they turn to what is to come: 'plans to visit Lviv next
    week', nor in a sentence of another time), even as where a journey went on from ('besuchte … Bulgarien … reiste von Sofia aus nach Rumänien weiter').
    Inferred, so with no evidence: it places no one elsewhere."""
    told = {a.sentence_of(t.char_start) for t in a.by_start("triggers").between(reg.start, reg.lead_end)}
    # in a sentence that tells something done, not a line above the prose ("Baku, 3. Dezember, AZERTAC")
    towns = {m.key for m in starting_in(a, "cities", reg.start, reg.lead_end)
             if data.city_country(m.key) in states and not _embassy_seat(a, m) and not _envoy_post(a, m)
             and not _dateline_city(a, m) and a.sentence_of(m.char_start) in told
             and a.sentence_of(m.char_start) not in other_date_sents and not _to_come(a, m, later)
             and not (m.char_start in a.towns and _left_from(a, m))  # "盛岡市代表団": the visitors' own town
             and m.form.lower() not in load(a.lang).landmarks  # a landmark that is no venue says nothing
             and not _in_address(a.text, m.char_start)}
    if len(towns) != 1:
        return None
    town = towns.pop()
    return Location(town, data.city_country(town), [])


def _in_address(text: str, pos: int) -> bool:
    """Is the name part of a web address ('…/japan-humanitarius-segellyel-tamogatja-kijevet/')? A page's
    address is residue, no sentence telling where."""
    start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    word = text[start:pos]
    return "/" in word and ("://" in word or word.startswith("www.") or word.count("/") > 1)


CONSULATE = ("kons", "kon", "cons", "конс", "генконс", "konz", "konsul")  # a consulate sits outside the capital too


def _at_embassy(a: Analysis, reg: Region) -> bool:
    """'в посолството на Япония', 'w ambasadzie Japonii', 'at the Embassy of Japan': an event held at an embassy,
    in a lead that names no city, is in the capital of the state that hosts it (embassies sit in capitals)."""
    lang, words = load(a.lang), tuple(w for w in places(a.lang).embassy if not w.startswith(CONSULATE))
    if not words or lang.postpositions:
        return False
    toks = a.tokens
    i = bisect.bisect_left(a.token_starts, reg.start)
    while i < len(toks) - 1 and toks[i].start < reg.lead_end:
        if toks[i].low in lang.locative - lang.directional:
            j = i + 1 + (toks[i + 1].low in places(a.lang).articles and i + 2 < len(toks))
            if has_form(toks[j].low, words):
                return True
        i += 1
    return False


DATELINE_WORDS = 3  # "MARIN BROD", "Nova Gradiška", "Bosanski Novi Grad": a town's name in a dateline
DATELINE_DASH = re.compile(r"\s[–—-]\s")
STEM_CUT = 2  # letters a case ending may change at a name's end ("Прешево" / "у Прешеву")


def _unlisted_dateline(a: Analysis, reg: Region, countries: list[str]) -> Location | None:
    """'MARIN BROD, 28. lipnja 2011. (Hina) -', 'Прешево – Министар …': a town no gazetteer lists that opens
    the lead's line as a dateline does (a comma and a date, or a dash before running text) is where the
    report was filed, and, no other place being told, where it happened; its name is taken for a place
    when written in capitals or named again in the text ('у Прешеву')."""
    for line_start in _line_starts(a.text, reg.start, reg.lead_end):
        words = _dateline_words(a, line_start)
        if not words:
            continue
        name = " ".join(t.text for t in words)
        comma = COMMA.match(a.text, words[-1].end)
        dated = bool(comma) and a.text[words[-1].end] == "," and any(
            d.kind == "absolute" for d in _dates_at(a).get(comma.end(), ()))
        line_end = a.text.find("\n", words[-1].end)
        rest = a.text[words[-1].end:line_end if line_end >= 0 else len(a.text)]
        dashed = bool(DATELINE_DASH.match(rest)) and is_prose(rest)
        if not (dated or dashed):
            continue
        if not (name.isupper() or _named_again(a, words[-1], words[-1].end)):
            continue
        span = [(words[0].start, words[-1].end)]
        listed = data.small_towns().get(name.lower()) or data.town_names().get(name.lower())
        if listed:  # "ПРЕШЕВО, 14. мај": a town the gazetteer knows, with its state
            return Location(listed, data.city_country(listed), span)
        city = " ".join(w[:1] + w[1:].lower() for w in romanise(name, a.lang).split()) if name.isupper() \
            else romanise(name, a.lang)
        host = load(a.lang).home
        return Location(city, host if host in countries else None, span)
    return None


def _line_starts(text: str, lo: int, hi: int):
    """Where each line between lo and hi begins (past its leading blanks)."""
    pos = text.rfind("\n", 0, lo) + 1
    while pos < hi:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        yield pos
        nxt = text.find("\n", pos)
        if nxt < 0:
            return
        pos = nxt + 1


def _dateline_words(a: Analysis, line_start: int) -> list:
    """The capitalised words opening a line, if they are no name the text already knows (a state, a
    person, an office, a date, an organisation): a dateline's unlisted town."""
    i = _token_at(a, line_start)
    if i is None:
        return []
    words = []
    while i < len(a.tokens) and len(words) < DATELINE_WORDS and a.tokens[i].is_upper_initial \
            and a.tokens[i].text.isalpha() and (not words or a.text[words[-1].end:a.tokens[i].start] == " "):
        words.append(a.tokens[i])
        i += 1
    if not words or len(words[0].text) < 3:
        return []
    lo, hi = words[0].start, words[-1].end
    # each kind of match by bisection (a chronicle asks this at every line of every entry)
    known = ("countries", "organizations", "roles", "cities", "groups", "triggers")
    if any(a.by_start(name).overlaps(lo, hi) for name in known) or any(lo < d.end and d.start < hi for d in a.dates) \
            or any(lo <= s < hi for p in a.persons for s, _e in p.evidence):
        return []
    return words


def _token_at(a: Analysis, pos: int) -> int | None:
    """The index of the token that starts at pos."""
    i = bisect.bisect_left(a.token_starts, pos)
    return i if i < len(a.tokens) and a.tokens[i].start == pos else None


def _named_again(a: Analysis, last, end: int) -> bool:
    """Does the text name the town again later, in any case form ('Прешево' ... 'у Прешеву')?"""
    stem = last.text[:-STEM_CUT] if len(last.text) > 4 + STEM_CUT else last.text
    return any(t.start > end and t.text.startswith(stem) for t in a.tokens)


def _to_come(a: Analysis, m, later: dict[int, int] | None) -> bool:
    """Is a place named where its sentence tells what is still to come ('będzie uczestniczyła w Szczycie
    NATO w Waszyngtonie')?"""
    s = a.sentence_of(m.char_start)
    return bool(later) and s in later and m.char_start >= later[s] and not _told_after_plan(a, m)


def _told_after_plan(a: Analysis, m) -> bool:
    """'Weil …, werde die Kooperation immer wichtiger, sagte Maas bei einer Pressekonferenz … in Tokio': a place
    after a verb of reporting (dates.yaml SAID) that follows, past a comma or a dash, the last future cue before
    it belongs to the telling, which is done, not to what the cue's clause says is to come."""
    said = grammar(a.lang).said
    sent = a.sentences[a.sentence_of(m.char_start)]
    cues = [f for f in a.by_start("future").between(sent.start, m.char_start) if f.char_end <= m.char_start]
    if not said or not cues:
        return False
    f = max(cues, key=lambda c: c.char_end)
    lo, hi = bisect.bisect_left(a.token_starts, f.char_end), bisect.bisect_left(a.token_starts, m.char_start)
    return reported_past_break(a.text, a.tokens[lo:hi], said, f.char_end, m.char_start)


PARTICLE = re.compile(r"\s?[をを를을에]?\s?")  # an object or place particle between a state and a word of staying


def _staying_in(a: Analysis, m) -> bool:
    """'NATO外相会合に参加するためベルギーを訪問中の林外務大臣は': a third state that the visitor is staying in
    (dates.yaml STAY, where the verb follows its object) is where he meets, not a later stop of his trip."""
    words = tuple(str(w) for w in load(a.lang).raw["dates"].get("STAY") or ())
    gap = PARTICLE.match(a.text, m.char_end)
    return bool(words) and a.text.startswith(words, gap.end())


def _city(m) -> Location:
    return Location(m.key, data.city_country(m.key), [(m.char_start, m.char_end)])


def _host_country(a: Analysis, reg: Region, lang, countries: list[str], persons: list,
                  later: dict[int, int] | None = None, other_date_sents=frozenset()) -> Location:
    """The state that hosts the event when no city is named (not one named where its sentence turns to
    what is still to come: 'prihvati poziv da u oktobru prisustvuje krunisanju u Japanu', nor in a sentence
    of another time: a title 'Čast mi je da u oktobru prisustvujem krunisanju u Japanu')."""
    # "w Japonii", "в България": a country after a locative word hosts the event; so does one in a
    # locative case where case marks place ("kes on Jaapanis ametlikul visiidil", "Japánban tárgyalt")
    for m in starting_in(a, "countries", reg.start, reg.lead_end):
        held = _talks_held_in(a, m, lang)
        if (m.key in countries or held) and not _to_come(a, m, later) \
                and a.sentence_of(m.char_start) not in other_date_sents:
            prev = a.text[max(0, m.char_start - 8):m.char_start].lower().split()
            if held or (prev and prev[-1] in lang.locative) or _locative_case(a, m):
                return Location(None, m.key, [(m.char_start, m.char_end)])
    # an ambassador meets people in the country he is posted to
    amb = [p for p in persons if p.role and "ambassador" in p.role and p.country]
    others = [c for c in countries if amb and c != amb[0].country]
    if len(others) == 1:
        return Location(None, others[0], [])
    home = lang.home
    if home and home in countries and _in_local_time(a, reg):
        abroad = [c for c in countries if c != home]  # "3일(현지시각) … 헝가리 외교장관을 만나": held abroad
        # ... but not in the other side's state when the lead names a forum attended abroad ("나토 외교장관회의에
        # 참석 중인 조태열 장관은 3일(현지시간) … 체코 외교장관과 양자회담"): the forum's seat, which it does not name
        return Location(None, abroad[0], []) if len(abroad) == 1 and not _forum_in_lead(a, reg) else Location()
    if home and home in countries:
        return Location(None, home, [])
    # "President Duda received the Japanese foreign minister": the one state whose head of state or
    # government takes part, with a guest of another state, is the host
    heads = {p.country for p in persons if p.role in LEADERS and p.country in countries}
    if len(heads) == 1 and any(p.country and p.country not in heads for p in persons):
        return Location(None, next(iter(heads)), [])
    return Location()


ADNOMINAL = ("の", "의")  # a locative made a noun's modifier ("ウクライナでの戦争", "우크라이나에서의"): no place of talks


def _talks_held_in(a: Analysis, m, lang) -> bool:
    """'岸田首相は12日、リトアニアでチェコの大統領と会談した', '빌뉴스에서 … 회담했다': where place words follow
    their noun, a state before a locative postposition, with a word of meeting after it in its sentence, is where
    the talks were held, a party to them or a third state; not one that modifies a noun ('ウクライナでの戦争')."""
    if not lang.postpositions or not venue_state(a, m):
        return False
    end = next((m.char_end + len(p) for p in sorted(lang.locative, key=len, reverse=True)
                if a.text.startswith(p, m.char_end)), m.char_end)
    if a.text.startswith(ADNOMINAL, end):
        return False
    return meeting_told(a, end, a.sentences[a.sentence_of(m.char_start)].end)


def _forum_in_lead(a: Analysis, reg: Region) -> bool:
    """Does the lead name a multilateral meeting (a trigger of CONSULT/multilateral: 외교장관회의, 首脳会合)?"""
    return any(t.key == "CONSULT/multilateral" for t in starting_in(a, "triggers", reg.start, reg.lead_end))


MINISTRY = ("minist", "мініст", "минис")  # the stems of a ministry's name


def _at_ministry(a: Analysis, reg: Region, state: str) -> bool:
    """Is the event held at the host's own ministry, named after a locative word in the lead ('przyjęta w MSZ')
    or one of going there ('wezwany do MSZ': the envoy summoned comes to the building, in the capital)?"""
    lang = load(a.lang)
    for m in starting_in(a, "countries", reg.start, reg.lead_end):
        prev = a.text[max(0, m.char_start - 8):m.char_start].lower().split()
        if m.key == state and prev and prev[-1] in lang.locative | lang.directional and _ministry(a, m) \
                and data.capital(state):
            return True
    return False


def _ministry(a: Analysis, m) -> bool:
    """Is a state's mention the press's own ministry, named without its state after a locative word ('в МВнР',
    'w MSZ', 'в Министерството на външните работи')? A ministry sits in the capital, so the event is there;
    a government ('w rządzie', 'в правителството') is no building, and membership reads the same."""
    form = a.text[m.char_start:m.char_end]
    if form.lower() not in places(a.lang).home_bodies:
        return False
    return form.isupper() or form.lower().startswith(MINISTRY)


LEADERS = ("president", "prime minister", "speaker of parliament", "king", "emperor", "chancellor")
PRESIDING = ("deputy speaker of parliament",)  # who presides a parliament under its speaker, in its seat


def _government(role: str | None) -> bool:
    """A member of a national government: a minister, vice-minister or state secretary of any portfolio."""
    # a deputy prime minister is one too (a prime minister is a leader, whom LEADERS already name)
    return bool(role) and ("minister" in role or "state secretary" in role)


def _official(p) -> bool:
    """A state's official: named with an office, or an official of the registry (a counterpart the text
    calls only 'colleague')."""
    return bool(p.role) or getattr(p, "registry_id", None) is not None


ENVOY_GAP = re.compile(r"\s+(?:\w{1,3}\s+)?")  # "ambasadora Japana", "амбасадорот на Јапонија", "Ambassador of Japan"
ENVOY_STATE_REACH = 30  # characters between an envoy's title and his state ("ambasadora Japana", "Japán nagykövetét")


def _envoy_titled(a: Analysis, reg: Region, host: str) -> bool:
    """Does the lead name another state's envoy by his title, with or without a name the registry knows
    ('primio je … ambasadora Japana Takaharu', 'fogadta Japán nagykövetét')?"""
    for r in a.by_start("roles").between(reg.start, reg.lead_end):
        if "ambassador" not in r.key:
            continue
        near = a.by_start("countries").between(max(0, r.char_start - ENVOY_STATE_REACH), r.char_end + ENVOY_STATE_REACH)
        if any(c.key != host and (ENVOY_GAP.fullmatch(a.text, r.char_end, c.char_start) if c.char_start >= r.char_end
                                  else ENVOY_GAP.fullmatch(a.text, c.char_end, r.char_start) if r.char_start >= c.char_end
                                  else None)
               for c in near):
            return True
    return False


def _capital_if_leader(loc: Location, persons: list, envoy_titled: bool = False) -> Location:
    """Heads of state and government and speakers receive foreign guests in their capital; so do the
    host's ministers receiving an envoy posted there ('表敬訪問を受けた' by a parliamentary vice-minister)
    or an official of another state ('се срещна с японския си колега Таро Коно, който е на официално
    посещение у нас': a minister's counterpart on a visit)."""
    envoy = envoy_titled or any(p.role and "ambassador" in p.role and p.country != loc.country for p in persons)
    guest = envoy or any(p.country and p.country != loc.country and _official(p) for p in persons)
    # "valsts sekretārs … tikās ar Japānas-Latvijas … asociācijas vadītāju Hirofumi Nakasoni": a member of the host's
    # government receives any named guest of another state at home, in the capital
    guest = guest or any(p.country and p.country != loc.country for p in persons)
    # "Wicemarszałek Senatu … spotkał się z delegacją japońską": a deputy speaker receives guests in the parliament
    if any(p.country == loc.country and (p.role in LEADERS or (guest and (_government(p.role) or p.role in PRESIDING)))
           for p in persons):
        capital = data.capital(loc.country)
        if capital:
            return Location(capital, loc.country, [])  # inferred: no words of the text name the city
    return loc
