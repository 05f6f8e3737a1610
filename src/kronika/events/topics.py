"""What a meeting was about: which topic words vote, and which sentences tell the talks' subjects."""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from operator import attrgetter

from kronika import data
from kronika.events.types import _quoted
from kronika.lang import load, phrases_then, word_set
from kronika.nlp.analyze import Analysis
from kronika.text.lexicon import Lexicon
from kronika.text.tokens import is_prose, line_around

MENU_ITEM = re.compile(r"[^\s/|•·]+")
MENU_PUNCT = re.compile(r"[,.;:!?、。，]")


def section_menu(a: Analysis, pos: int) -> bool:
    """Is the line holding `pos` a site's list of sections: five or more items split by spaces or slashes,
    no punctuation of a sentence, and three or more items that are topic words as a whole?"""
    start, end = a.text.rfind("\n", 0, pos) + 1, a.text.find("\n", pos)
    end = len(a.text) if end < 0 else end
    line = a.text[start:end]
    if MENU_PUNCT.search(line):
        return False
    items = [(m.start() + start, m.end() + start) for m in MENU_ITEM.finditer(line)]
    if len(items) < 5:
        return False
    whole = {(m.char_start, m.char_end) for m in a.by_start("topics").between(start, end)}
    return sum(span in whole for span in items) >= 3


_CLOCK = re.compile(r"(?<![\d.,])\d{1,2}:\d{2}(?![\d:])")


def stamp_line(text: str, pos: int) -> bool:
    """Is the line holding `pos` a page's stamp: a time of day and labels split by '|' ("09:29, 4 Марта 2013 |
    Новости политики Сахалина и Курил")? Its words name the site's section, not the talks."""
    start, end = line_around(text, pos)
    line = text[start:end]
    return "|" in line and _CLOCK.search(line) is not None


_NAV_GAP = re.compile(r"\s*[>»›]\s+|[ \t\u00a0]{2,}")
NAV_ITEM_WORDS = 5  # an item of a site's navigation: a label of a few words ("2000 - 2004 m. Seimas"), not a clause


def nav_line(text: str, pos: int) -> bool:
    """Is the line holding `pos` a site's navigation: three or more short labels split by runs of spaces or by
    '>' ("english  česky  日本語", "Istorija  >  Seimas  >  Seimo vadovai")? Its labels are no subject of the talks."""
    start, end = line_around(text, pos)
    line = text[start:end].strip()
    if line.endswith((".", "!", "?", ";", ":", "。")):
        return False
    items = [s for s in _NAV_GAP.split(line) if s.strip()]
    return len(items) >= 3 and all(len(s.split()) <= NAV_ITEM_WORDS for s in items)


_TIME_LINE = re.compile(r"\s*(?:\d{1,2}\.?\s+\w+\.?,?\s+(?:\d{4},?\s+)?)?\d{1,2}:\d{2}\s*")
TICKER_REACH = 3  # lines each side where a list of other news shows its times


def _lines_around(text: str, pos: int, reach: int) -> tuple[str, list[str], list[str]]:
    """The line holding `pos`, the `reach` lines before it (nearest first) and after it."""
    start, end = line_around(text, pos)
    before, after, lo, hi = [], [], start, end
    for _ in range(reach):
        if lo > 0:
            s = text.rfind("\n", 0, lo - 1) + 1
            before.append(text[s:lo - 1])
            lo = s
        if hi < len(text):
            e = text.find("\n", hi + 1)
            e = len(text) if e < 0 else e
            after.append(text[hi + 1:e])
            hi = e
    return text[start:end], before, after


def ticker_line(text: str, pos: int) -> bool:
    """Is the line holding `pos` an item of a list of other news, each headline beside a line that holds only its
    time ("Многодетная семья … ушли из торговли" / "09:46" / "Авито … соглашения" / "09:15")? A headline line
    (no closing stop) next to such a time line, with another within three lines: the site's feed, not the talks."""
    line, before, after = _lines_around(text, pos, TICKER_REACH)
    if line.rstrip().endswith((".", ";", ":", "。")) or _TIME_LINE.fullmatch(line):
        return False
    near = (before[:1] + after[:1])
    if not any(_TIME_LINE.fullmatch(s) for s in near):
        return False
    return sum(1 for s in before + after if _TIME_LINE.fullmatch(s)) >= 2


def site_line(text: str, pos: int) -> bool:
    """Is the line holding `pos` one of the site's own (navigation, stamp, a feed of headlines), not the article's?"""
    return _once_a_line(text, pos, _site_line_at)


def _site_line_at(text: str, start: int) -> bool:
    """site_line, worked out for the line starting at `start`."""
    return nav_line(text, start) or stamp_line(text, start) or ticker_line(text, start)


@cache
def _capital_forms(code: str) -> frozenset[str]:
    """The topic forms the language data writes in capitals ("IT", "KI"): abbreviations, whose lower-case
    spelling is another word ("Keeping it Pacific", lv "it kā", ro "ai")."""
    return frozenset(str(f).lower() for forms in (load(code).raw["topics"].get("TOPICS") or {}).values()
                     for f in forms if str(f).isupper())


def lower_case_abbreviation(a: Analysis, m) -> bool:
    """Is the cue an abbreviation of the data ("IT") written in lower case in the text ("it")? Then it is the
    common word."""
    caps = _capital_forms(a.lang)
    if not caps:
        return False
    word = a.text[m.char_start:m.char_end]
    return word.lower() in caps and not word.isupper()


_NEXT_WORD = re.compile(r"\s+(\w)")


def given_name_cue(a: Analysis, m) -> bool:
    """Is the cue a listed given name opening a name ("Przemysław Goławski" is no przemysł*, lt "Karina
    Kazlauskienė" no karin*)? Capitalised and followed by a capitalised word; the word itself is the topic."""
    word = a.text[m.char_start:m.char_end]
    if not word[:1].isupper() or " " in word or word.lower() not in data.given_names():
        return False
    nxt = _NEXT_WORD.match(a.text, m.char_end)
    return bool(nxt) and nxt.group(1).isupper()


def in_prose(text: str, pos: int) -> bool:
    """Does the line holding `pos` read as running text, or a list item that ends as a clause does, not as a
    menu item or another article's headline does (short, no closing stop)?"""
    return _once_a_line(text, pos, _prose_line_at)


def _prose_line_at(text: str, start: int) -> bool:
    """in_prose, worked out for the line starting at `start`."""
    line = text[slice(*line_around(text, start))].strip()
    return is_prose(line) or line.endswith((".", "!", "?", ";", ",", ":", "。"))


def _once_a_line(text: str, pos: int, judge) -> bool:
    """`judge(text, line start)` for the line holding `pos`, worked out once a line: each topic word of a line
    asks again."""
    start = text.rfind("\n", 0, pos) + 1
    answers = _line_answers(text)
    answer = answers.get((judge, start))
    if answer is None:
        answer = answers[judge, start] = judge(text, start)
    return answer


@lru_cache(maxsize=4)
def _line_answers(text: str) -> dict[tuple, bool]:
    """{(judge, line start): its answer} of one text, filled as lines are asked."""
    return {}


def discussed(a: Analysis) -> set[int]:
    """The sentences that say what was discussed ('They discussed energy and trade', 'Rozmowy dotyczyły
    współpracy gospodarczej', '非核化について協議した'; topics.yaml DISCUSS): their topic words name the talks'
    subjects."""
    return _sentences_with(a, "DISCUSS")


def appraising(a: Analysis) -> set[int]:
    """The sentences that appraise the ties as they stand ("relations are traditionally good in trade, science
    and culture", "високо оцениха възходящото развитие на … икономическия, културен и академичен обмен";
    topics.yaml APPRAISE): the fields they list are the record of the relations, not what this meeting took up."""
    return _sentences_with(a, "APPRAISE")


def _sentences_with(a: Analysis, key: str) -> set[int]:
    """The sentences holding a word of the topics.yaml list `key`, found once per text."""
    return a.cached(("topic sentences", key, len(a.sentences)), lambda: _sentences_found(a, key))


def _sentences_found(a: Analysis, key: str) -> set[int]:
    """_sentences_with, found."""
    words = load(a.lang).topic_words[key]
    return {a.sentence_of(m.char_start) for m in a.lexicon_matches("topic " + key, words)} if words else set()


CONDOLENCE_REACH = 40  # characters from a cue to the sympathy its clause offers for it ("地震に関する…お見舞い")


def condoled(a: Analysis, m) -> bool:
    """Is the cue what a sympathy or condolence of its clause is offered for ("能登半島地震に関するお見舞いの
    メッセージに謝意", "지진 피해에 대한 위로")? A courtesy between the sides, not a subject of their talks."""
    words = load(a.lang).topic_words["CONDOLENCE"]
    if not words:
        return False
    for c in a.lexicon_matches("topic CONDOLENCE", words):
        # the sympathy after its cue, as Japanese and Korean write it; before the cue it ends its clause and the
        # next one ("お見舞いに謝意を表し、両外相は安全保障分野での協力について") tells the talks' subject
        if m.char_end <= c.char_start <= m.char_end + CONDOLENCE_REACH \
                and not _CLAUSE_END.search(a.text, m.char_end, c.char_start):
            return True
    return False


FIELD_GAP = 2  # words between a field word and the topic cue it governs ("cooperation in the field of energy")
_CLAUSE_END = re.compile(r"[.;:!?。；\n]")


@cache
def _field_words(code: str) -> Lexicon:
    """topics.yaml FIELD: the words that frame a topic as a field of the sides' work ('cooperation',
    'area', 'współpraca', 'в области', '分野')."""
    return load(code).topic_words["FIELD"]


def fields(a: Analysis) -> list:
    """FIELD matches of the text, in order (cached on the analysis)."""
    return a.cached(("fields", len(a.tokens)), _fields_found, a)


def _fields_found(a: Analysis) -> list:
    """fields, found."""
    words = _field_words(a.lang)
    return a.lexicon_matches("topic FIELD", words) if words else []


@cache
def _partner_words(code: str) -> frozenset[str]:
    """topics.yaml FIELD_PARTNER: the words that join a partner, not a field, to a field word ('with', 'с')."""
    return word_set(code, "topics", "FIELD_PARTNER")


@cache
def _link_words(code: str) -> frozenset[str]:
    """topics.yaml FIELD_LINK: words that may stand between a cue and the field word after it ('including')."""
    return word_set(code, "topics", "FIELD_LINK")


FIELD_LINK_REACH = 3  # words of including between a cue and its field word ("を含む幅広い")


def _linked(a: Analysis, lo: int, hi: int) -> bool:
    """Are the words between a cue and a field word after it only words of including (FIELD_LINK)?"""
    links = _link_words(a.lang) if a.lang else frozenset()
    return bool(links) and hi - lo <= FIELD_LINK_REACH and all(t.low in links for t in a.tokens[lo:hi])


def in_field(a: Analysis, m) -> bool:
    """Is the topic cue `m` the field of a cooperation or partnership, next to a field word in the same clause
    ("economic cooperation", "współpraca gospodarcza", "v oblasti IT a nanotechnologií", "на полето на
    енергетиката")? Such a phrase tells what the sides work on, not a word the page mentions in passing."""
    fs = fields(a)
    # the field words near the cue only, by bisection: a chronicle asks this for every cue of every entry
    i = bisect.bisect_left(fs, m.start - FIELD_GAP - 8, key=attrgetter("start"))
    for f in fs[i:i + 16]:
        if f.end <= m.start:
            near, lo, hi = m.start - f.end <= FIELD_GAP, f.char_end, m.char_start
            # "сотрудничество с американскими компаниями": the companies are a partner, not the field
            near = near and not any(t.low in _partner_words(a.lang) for t in a.tokens[f.end:m.start])
        elif m.end <= f.start:
            # "原子力を含む幅広い分野": words of including between the cue and the field word after it (FIELD_LINK)
            near, lo, hi = f.start - m.end <= 1 or _linked(a, m.end, f.start), m.char_end, f.char_start
        else:
            continue
        if near and not _CLAUSE_END.search(a.text, _past_opener(a.text, lo, hi), hi):
            return True
    return False


# a colon or a dash right after a field word opens the list of its fields ("w dwóch obszarach: bezpieczeństwa
# i gospodarki", "в різних напрямках - безпеки, економіки")
_LIST_OPENER = re.compile(r"\s*[:\-–—]\s")


def _past_opener(text: str, lo: int, hi: int) -> int:
    """Where the clause check between a field word and its cue starts: past a colon or dash that opens a list."""
    m = _LIST_OPENER.match(text, lo, hi)
    return m.end() if m else lo


LIST_REACH = 12  # words a list of fields may run back to the item framed as a field
_LIST_GAP = re.compile(r"\s*[,、・·/]?\s*")


@cache
def and_words(code: str) -> frozenset[str]:
    """topics.yaml AND: the words that join the items of a list ('and', 'i', 'oraz', 'и', 'és'), word by word."""
    return frozenset(w for f in load(code).raw["topics"].get("AND") or () for w in str(f).lower().split())


def _cues_by_end(a: Analysis) -> dict:
    """The topic cues of the text by the token index they end at (cached on the analysis)."""
    return a.cached(("cues by end", len(a.tokens)), _cues_by_end_found, a)


def _cues_by_end_found(a: Analysis) -> dict:
    """_cues_by_end, found."""
    return {m.end: m for m in a.topics}


def listed_field(a: Analysis, m) -> bool:
    """Is the cue `m` an item of a list whose other item is framed as a field: a later item of one framed before it
    ("współpraca w dziedzinie gospodarki, energetyki i kultury", "у напрямках - безпеки, економіки, культури"),
    or an earlier item of one framed after it ("経済、文化、教育、自然科学および技術等の分野", "energy and trade
    cooperation")? Only commas and joining words stand between the items; every item is a field of the same
    cooperation."""
    joins = and_words(a.lang)
    if not joins:
        return False
    return _framed_along(a, m, joins, _cues_by_end(a), False) or _framed_along(a, m, joins, _cues_by_start(a), True)


def _framed_along(a: Analysis, m, joins: frozenset[str], items: dict, forward: bool) -> bool:
    """listed_field one way: another item of `m`'s list, after it (`items` the cues by start) or before it (by
    end), is framed as a field."""
    toks = a.tokens
    k, steps = (m.end if forward else m.start), 0
    while 0 < k < len(toks) and steps < LIST_REACH:
        if not _LIST_GAP.fullmatch(a.text, toks[k - 1].end, toks[k].start):
            return False
        item = items.get(k)
        far = k if item is None else (item.end if forward else item.start)
        if far != k:
            if in_field(a, item):
                return True
            k = far
        elif toks[k if forward else k - 1].low in joins:
            k += 1 if forward else -1
        else:
            return False
        steps += 1
    return False


@cache
def _also_met(code: str) -> re.Pattern | None:
    """names.yaml ALSO_MET as a pattern: the words that tell one more meeting ('also met with', 'spotkał się
    także z')."""
    return phrases_then(load(code).raw["names"].get("ALSO_MET"))


ALSO_REACH = 40  # characters: a region that opens with "also met" is that meeting's own


def after_also_met(a: Analysis, pos: int, opening: int) -> bool:
    """Does the cue at `pos` follow, in its sentence, the words of one more meeting ("spotkał się także z
    przedstawicielami parlamentu", "also met with students")? It tells that contact's subject, not the talks';
    unless the event's prose opens with those words (`opening`): then that meeting is the event."""
    rx = _also_met(a.lang)
    if rx is None:
        return False
    sent = a.sentences[a.sentence_of(pos)]
    return any(h.start() > opening + ALSO_REACH for h in rx.finditer(a.text, sent.start, pos))


def _name_spans(a: Analysis) -> list[tuple[int, int]]:
    """The spans of persons' names in the text, sorted (cached on the analysis)."""
    return a.cached(("person name spans", len(a.persons)), _name_spans_found, a)


def _name_spans_found(a: Analysis) -> list[tuple[int, int]]:
    """_name_spans, found."""
    return sorted(span for p in a.persons for span in p.evidence)


def in_person_name(a: Analysis, pos: int) -> bool:
    """Is `pos` inside a person's name ("Kim Jong-un": 'un' is no UN, "Moon Jae-in")? A topic word there is
    part of a name, not a subject of the talks."""
    spans = _name_spans(a)
    i = bisect.bisect_right(spans, (pos, float("inf")))
    return any(s <= pos < e for s, e in spans[max(0, i - 3):i])


OFFICE_GAP = 3  # words of a portfolio between an office word and the cue it names ("Ministry of Economy and Finance")
NAME_GAP = 4  # in a capitalised name, more: "Ministry of Foreign Affairs and Trade"
# topics that tell the kind of body that met, not a portfolio: "председатель областного правительства" is a
# region's official, and the gold counts such a meeting as subnational
BODY_TOPICS = frozenset({"parliamentary", "subnational", "multilateral", "territorial"})


@cache
def _office_words(code: str) -> Lexicon:
    """topics.yaml OFFICE: the words of an office or institution whose portfolio follows ('ministry',
    'министерство', 'Ministerium', 'committee')."""
    return load(code).topic_words["OFFICE"]


@cache
def _office_links(code: str) -> frozenset[str]:
    """topics.yaml OFFICE_LINK: the words that join a portfolio to its office ('of', 'for', 'für', 'и')."""
    return word_set(code, "topics", "OFFICE_LINK")


def _office_ends(a: Analysis) -> tuple[list[int], frozenset[int]]:
    """The token ends of office words and role titles of the text, sorted, and those of them written with a
    capital, as an institution's name is ("Ministry", "Ministerstvo") (cached on the analysis)."""
    return a.cached(("office ends", len(a.tokens), len(a.roles)), _office_ends_found, a)


def _office_ends_found(a: Analysis) -> tuple[list[int], frozenset[int]]:
    """_office_ends, found."""
    words = _office_words(a.lang)
    # a language with no OFFICE words has no OFFICE_LINK either: its titles are left to roles.yaml
    found = a.lexicon_matches("topic OFFICE", words) + a.roles if words else []
    named = frozenset(m.end for m in found if a.tokens[m.start].is_upper_initial)
    return (sorted({m.end for m in found}), named)


def _cue_tokens(a: Analysis) -> frozenset[int]:
    """The token indexes that some topic cue covers (cached on the analysis)."""
    return a.cached(("cue tokens", len(a.tokens)), _cue_tokens_found, a)


def _cue_tokens_found(a: Analysis) -> frozenset[int]:
    """_cue_tokens, found."""
    return frozenset(i for m in a.topics for i in range(m.start, m.end))


def in_office(a: Analysis, m) -> bool:
    """Is the topic cue `m` the portfolio of an office or institution it follows ("министерство экономического
    развития", "Ministry of Economy and Finance", "Ministerium für Wirtschaft und Energie", "ministerstvo
    obrany")? Then it names who met, not what they talked about. Between the office and the cue stand only
    linking words ('of', 'für', 'и') and other cues of the same portfolio, in one clause."""
    if m.key in BODY_TOPICS:
        return False
    ends, named = _office_ends(a)
    i = bisect.bisect_right(ends, m.start) - 1
    if i < 0:
        return False
    end, links, cues = ends[i], _office_links(a.lang), _cue_tokens(a)
    # the words of a capitalised name belong to it ("Ministry of Foreign Affairs and Trade"), a person's excepted
    name = end in named
    if m.start - end > (NAME_GAP if name else OFFICE_GAP):
        return False
    if any(a.tokens[k].low not in links and k not in cues and not (
            name and a.tokens[k].is_upper_initial and not in_person_name(a, a.tokens[k].start))
           for k in range(end, m.start)):
        return False
    lo = a.tokens[end - 1].end if end > 0 else 0
    return not _CLAUSE_END.search(a.text, lo, m.char_start)


_SPACE = re.compile(r"\s")


def in_url(text: str, pos: int) -> bool:
    """Is `pos` inside a web address ("…/latvija-un-japana-…-noziegumiem.htm")? Its words name a page, not
    the talks."""
    start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = _SPACE.search(text, pos)
    chunk = text[start:end.start() if end else len(text)]
    return "://" in chunk or chunk.startswith("www.")


def local_office(a: Analysis, m, first_sentence: int) -> bool:
    """Is the cue a town's or region's office in the first sentence of the prose ("primátor Komárna prijal
    veľvyslanca", "Кметът на Плевен посрещна")? A mayor or governor who receives makes the talks subnational
    cooperation; other offices ("minister of defence") name who met, not what was discussed. Later in the text the
    office is only who else was there. A house's speaker ("衆議院議長", "Speaker of the Senate") makes them
    parliamentary talks the same way."""
    return m.key in LOCAL_BODIES and a.sentence_of(m.char_start) == first_sentence and not minister_title(a, m.char_start)


TITLE_REACH = 120  # characters: the longest role title that may span a topic word ("parliamentary vice-minister …")


def minister_title(a: Analysis, pos: int) -> bool:
    """Is the topic word at `pos` part of a government minister's title ("парламентарния заместник-министър на
    външните работи", "parliamentary vice-minister")? A Japanese parliamentary vice-minister serves a ministry,
    not a house: the title tells who met, not that the talks were parliamentary."""
    return any(r.char_start <= pos < r.char_end and "minister" in r.key
               for r in a.by_start("roles").between(max(0, pos - TITLE_REACH), pos + 1))


LOCAL_BODIES = frozenset({"subnational", "parliamentary"})  # bodies whose officer's title tells the talks' kind


@cache
def _member_words(code: str) -> Lexicon:
    """topics.yaml MEMBER: the singular nouns of one state or member of a body ('country', 'member state',
    'ország', 'ţară', 'членка')."""
    return load(code).topic_words["MEMBER"]


@cache
def _member_links(code: str) -> frozenset[str]:
    """topics.yaml MEMBER_LINK: the words that may stand between such a noun and the body's name ('of', 'din',
    'der', and suffix tokens such as hu '-es')."""
    return word_set(code, "topics", "MEMBER_LINK")


def _member_spans(a: Analysis) -> tuple[frozenset[int], frozenset[int]]:
    """The token starts and ends of MEMBER matches of the text (cached on the analysis)."""
    return a.cached(("member spans", len(a.tokens)), _member_spans_found, a)


def _member_spans_found(a: Analysis) -> tuple[frozenset[int], frozenset[int]]:
    """_member_spans, found."""
    words = _member_words(a.lang)
    found = a.lexicon_matches("topic MEMBER", words) if words else []
    return (frozenset(m.start for m in found), frozenset(m.end for m in found))


def _body_tokens(a: Analysis) -> frozenset[int]:
    """The token indexes that a multilateral cue (a body's name) covers (cached on the analysis)."""
    return a.cached(("body tokens", len(a.tokens)), _body_tokens_found, a)


def _body_tokens_found(a: Analysis) -> frozenset[int]:
    """_body_tokens, found."""
    return frozenset(i for c in a.topics if c.key == "multilateral" for i in range(c.start, c.end))


MEMBER_STEPS = 2  # linking words, list words and other bodies' names between a body's name and the member noun


def member_class(a: Analysis, m) -> bool:
    """Is the multilateral cue `m` the class one state belongs to, told as an attribute of that state ("prima ţară
    din UE", "egy G7-es ország", "an EU member state", "členem NATO", "ES narė")? Such a phrase says what a state
    is, not that the talks were framed by the body. MEMBER holds singular nouns only: "the G7 countries" are the
    body itself."""
    if m.key != "multilateral":
        return False
    starts, ends = _member_spans(a)
    if not starts:
        return False
    links, joins, toks, bodies = _member_links(a.lang), and_words(a.lang), a.tokens, _body_tokens(a)
    k = m.end
    for _ in range(MEMBER_STEPS + 1):  # after the name: "EU member", "G7-es ország", "EU・NATO加盟国"
        if k in starts:
            return not _CLAUSE_END.search(a.text, toks[m.end - 1].end, toks[k].start)
        if k < len(toks) and (toks[k].low in links or toks[k].low in joins or k in bodies):
            k += 1
        else:
            break
    k = m.start
    for _ in range(MEMBER_STEPS + 1):  # before it: "ţară din UE", "a member of the UN Security Council"
        if k in ends:
            return not _CLAUSE_END.search(a.text, toks[k - 1].end, toks[m.start].start)
        if k > 0 and (toks[k - 1].low in links or k - 1 in bodies):
            k -= 1
        else:
            break
    return False


AID_REACH = 60  # words from an aid's cue to the fields of its projects ("a financial assistance ... for projects in
# the fields of health, energy")


def aid_field(a: Analysis, m) -> bool:
    """Is the cue `m`, framed as a field ("in the fields of health"), a field of an aid told before it in its clause
    ("financial assistance … for concrete projects in the fields of health, energy", "pomoc … w dziedzinie
    ochrony zdrowia")? It tells what the aid goes to: the talks are about the aid. The one field word between the
    aid and the cue is the cue's own frame; a second one ("aid and cooperation in the field of energy") starts
    another subject."""
    if m.key == "development_aid":
        return False
    sent = a.sentences[a.sentence_of(m.char_start)]
    aid = [c for c in a.by_start("topics").between(sent.start, m.char_start)
           if c.key == "development_aid" and m.start - c.end <= AID_REACH]
    if not aid:
        return False
    c = aid[-1]
    if _CLAUSE_END.search(a.text, c.char_end, m.char_start):
        return False
    fs = fields(a)
    i = bisect.bisect_left(fs, c.end, key=attrgetter("start"))
    return sum(1 for f in fs[i:i + AID_REACH] if f.end <= m.start) == 1


_LIST_PUNCT = re.compile(r"[,、・/]")


def _office_starts(a: Analysis) -> frozenset[int]:
    """The token starts of office words and role titles of the text (cached on the analysis)."""
    return a.cached(("office starts", len(a.tokens), len(a.roles)), _office_starts_found, a)


def _office_starts_found(a: Analysis) -> frozenset[int]:
    """_office_starts, found."""
    words = _office_words(a.lang)
    found = (a.lexicon_matches("topic OFFICE", words) if words else []) + a.roles
    return frozenset(m.start for m in found)


def portfolio_before(a: Analysis, m) -> bool:
    """Is the cue `m` the portfolio written before a role title or office word ("Economy, Trade and Industry
    Minister", "経済・エネルギー・観光大臣", "Wirtschafts- und Industrieminister")? As with in_office, it names who
    met, not what they talked about. Between the cue and the title stand only further cues of the portfolio
    (a list split by commas or 「・」) and joining words; the title follows the last of them with no comma
    ("discussed trade, ministers said" is no portfolio)."""
    if m.key in BODY_TOPICS:
        return False
    starts = _office_starts(a)
    if not starts:
        return False
    toks, cues = a.tokens, _cues_by_start(a)
    joins = and_words(a.lang) | _office_links(a.lang)
    k = m.end
    for _ in range(NAME_GAP + 1):
        if k >= len(toks):
            return False
        gap = a.text[toks[k - 1].end:toks[k].start]
        if _CLAUSE_END.search(gap):
            return False
        if k in starts:
            return not _LIST_PUNCT.search(gap)
        c = cues.get(k)
        if c is not None and c.key not in BODY_TOPICS:
            k = c.end
        elif toks[k].low in joins and not _LIST_PUNCT.search(gap):
            k += 1
        else:
            return False
    return False


def _cues_by_start(a: Analysis) -> dict:
    """The topic cues of the text by the token index they start at (cached on the analysis)."""
    return a.cached(("cues by start", len(a.tokens)), _cues_by_start_found, a)


def _cues_by_start_found(a: Analysis) -> dict:
    """_cues_by_start, found."""
    return {m.start: m for m in a.topics}


def beside_culture(a: Analysis, m) -> bool:
    """Is the aid cue `m` ("humanitarian") an item of a list next to a culture item ("im kulturellen, humanitären
    und historischen Bereich", "cultural and humanitarian ties")? Then it is the humanitarian sphere of the
    Russian diplomatic phrase ("культурно-гуманитарная сфера": education, culture, people-to-people), not aid.
    Only a comma or a word of "and" stands between the two items."""
    if m.key != "development_aid" or m.end - m.start != 1:
        return False  # "humanitarian aid" (a phrase of the aid's own) is aid whatever stands beside it
    joins, toks = and_words(a.lang), a.tokens
    before, after = _cues_by_end(a), _cues_by_start(a)
    if _aid_noun_at(a, m.end):
        return False  # "kulturelle und humanitäre Hilfe": the list is of kinds of aid, the aid is given
    for k, step, items in ((m.start, -1, before), (m.end, 1, after)):
        # one joining word at most between the two items: "kulturellen, humanitären", "cultural and humanitarian"
        for _ in range(2):
            if not 0 < k < len(toks) or not _LIST_GAP.fullmatch(a.text, toks[k - 1].end, toks[k].start):
                break
            item = items.get(k)
            if item is not None:
                if item.key == "culture":
                    return True
                break
            if toks[k if step > 0 else k - 1].low not in joins:
                break
            k += step
    return False


def _aid_noun_at(a: Analysis, k: int) -> bool:
    """Does token k hold a noun of aid (an AID trigger or an aid cue: 'Hilfe', 'aid', 'помощь')?"""
    if not 0 <= k < len(a.tokens) or not _LIST_GAP.fullmatch(a.text, a.tokens[k - 1].end, a.tokens[k].start):
        return False
    item = _cues_by_start(a).get(k)
    if item is not None and item.key == "development_aid":
        return True
    at = a.tokens[k].start  # an aid phrase may open before it ("humanitäre Hilfe"): one that covers it counts
    return any(t.key.partition("/")[0] == "AID" and t.char_start <= at < t.char_end
               for t in a.by_start("triggers").between(a.tokens[k - 1].start, at + 1))


REBUILD_GAP = 2  # small words between a word of rebuilding and the state it names ("reconstruction of the Iraq")


def rebuilt_states(a: Analysis) -> list:
    """The words of rebuilding that name the state rebuilt (topics.yaml REBUILD: "obnovi Iraka", "обнова на
    Сирија"): a reconstruction assistance, the aid topic. Where the word alone is also the renewal of ties or a
    building's repair ("obnova odnosa"), only the state after it makes it the aid."""
    words = load(a.lang).topic_words["REBUILD"]
    if not words:
        return []
    states = {m.start for m in a.countries}
    out = []
    for m in a.lexicon_matches("topic REBUILD", words):
        k = m.end
        while k in range(m.end, min(m.end + REBUILD_GAP, len(a.tokens))) and k not in states \
                and len(a.tokens[k].low) <= 3 and not a.tokens[k].is_upper_initial:
            k += 1
        if k in states and not _CLAUSE_END.search(a.text, a.tokens[m.end - 1].end, a.tokens[k].start):
            out.append(m)
    return out


def quoted_apart(a: Analysis, m) -> bool:
    """Is the cue inside a quotation that the sentence's words of discussing stand outside ("au discutat despre
    cooperarea economică …, adăugând: „… drumul nostru comun către aderarea la UE”")? The quotation is a statement
    added to the report of the talks, not a subject it lists."""
    if not _quoted(a.text, m.char_start):
        return False
    words = load(a.lang).topic_words["DISCUSS"]
    sent = a.sentence_of(m.char_start)
    told = [d for d in a.lexicon_matches("topic DISCUSS", words) if a.sentence_of(d.char_start) == sent]
    return bool(told) and not any(_quoted(a.text, d.char_start) for d in told)
