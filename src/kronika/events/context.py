"""What one event is assembled from, and the named weights its parts are chosen by."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property

from kronika.events.region import CREDITED, Region, lead_prose
from kronika.events.types import meeting_told
from kronika.lang import load, word_set, words_opening
from kronika.nlp.analyze import Analysis
from kronika.nlp.dates import ResolvedDate
from kronika.text.tokens import _CJK_RE


@dataclass(frozen=True)
class CountryWeights:
    """Votes for a participating state, by where and how it is named."""
    headline: float = 3.0  # named in the headline
    lead: float = 2.0  # named in the lead paragraph(s)
    body: float = 0.4  # named further down: often background
    capital_lead: float = 1.5  # "Moskwa i Tokio uzgodniły": a capital standing for its state
    capital_body: float = 0.3
    group: float = 3.0  # a grouping in the lead ("V4") stands for each of its members
    person: float = 3.0  # the state of a person taking part
    min_vote: float = 2.0  # a state needs at least this much ...
    share_of_top: float = 0.3  # ... and this share of the best-backed state
    extra_share: float = 0.5  # a third or later state, unbacked by a person, needs this share and two mentions
    second_side: float = 1.0  # a lone state takes the runner-up as the other side if it has this much


@dataclass(frozen=True)
class TopicWeights:
    """Votes for a topic: a cue in the lead says more than one in the body."""
    lead: float = 2.0
    body: float = 1.0
    multilateral_org: float = 1.0  # an EU, NATO, UN ... participant makes the meeting multilateral
    pick: float = 2.0  # a topic needs this much: one lead cue, or two in the body
    max_topics: int = 4
    body_topics: int = 3  # a lead with no topic word: the body's leading topics (was 2; a closing list of three subjects)


COUNTRY_WEIGHTS = CountryWeights()
TOPIC_WEIGHTS = TopicWeights()


@dataclass
class Tally:
    """Weighted votes per key with the spans that cast them and what kind of mention each was."""
    score: Counter = field(default_factory=Counter)
    spans: dict = field(default_factory=lambda: defaultdict(list))
    kinds: dict = field(default_factory=lambda: defaultdict(list))

    def add(self, key: str, weight: float, span=None, kind: str = "") -> None:
        """One vote for `key`."""
        self.score[key] += weight
        if span is not None:
            self.spans[key].append(span)
        self.kinds[key].append(kind)

    def drop(self, key: str) -> None:
        """Forget every vote for `key`."""
        self.score.pop(key, None)
        self.spans.pop(key, None)
        self.kinds.pop(key, None)


@dataclass
class EventContext:
    """One event's inputs: the shared analysis (never modified), its region of text and its anchors."""
    a: Analysis
    reg: Region
    ctx: dt.date | None = None  # the publication (or chronicle) date relative dates are read against
    published_span: tuple[int, int] | None = None
    title_end: int = 0  # the headline ends here; triggers and countries above it weigh most
    fixed_date: ResolvedDate | None = None  # a chronicle entry's own date
    period: tuple[int, int] | None = None  # (year, month) of a date line that gives no day

    @cached_property
    def body_start(self) -> int:
        """Character offset where the article's prose starts: its first real paragraph."""
        return first_body_sentence(self.a, self.reg)

    @cached_property
    def first_sentence(self) -> int:
        """Index of the sentence the prose starts with."""
        return self.a.sentence_of(self.body_start)

    def where(self, pos: int) -> str:
        """headline, lead or body: the part of the region a character is in."""
        if pos < self.title_end:
            return "headline"
        return "lead" if pos < self.reg.lead_end else "body"

    def in_region(self, pos: int) -> bool:
        return self.reg.start <= pos < self.reg.end

    def in_lead(self, pos: int) -> bool:
        return self.reg.start <= pos < self.reg.lead_end


SINCE_GAP = 8  # characters from a date to the postposition that makes it a reference point


WEEKDAY_GAP = 4  # characters between a weekday and the date it names ("Mi, 13.03.", "понедельник, 9 марта")
_SENTENCE_GAP = re.compile(r"\n|[.!?]\s")  # a line break or a sentence's end between two dates


def bare_weekday(dates: list, dm, text: str) -> bool:
    """Is the mention a weekday that alone dates its clause ("W poniedziałek Sikorski rozmawiał telefonicznie"),
    not one written next to the date it names ("pon 16. čer 2014")? A date across a sentence's end names no
    weekday of the next ("… on Wednesday.\n\nLast Friday, the two sides signed …")."""
    return dm.kind == "weekday" and not any(
        o is not dm and (0 <= o.start - dm.end <= WEEKDAY_GAP or 0 <= dm.start - o.end <= WEEKDAY_GAP)
        and not _SENTENCE_GAP.search(text, min(o.end, dm.end), max(o.start, dm.start))
        for o in dates)


def since_point(a: Analysis, pos: int) -> bool:
    """Does a SINCE word stand between the sentence's last trigger before the date and the date ("the
    first visit since Ishiba took office last month")? Then the date is a reference point, not a contact."""
    rx = _since_rx(a.lang)
    if rx is None:
        return False
    if load(a.lang).postpositions:
        # "2009年以降、初めて", "2009년 이후 처음": where a postposition follows its noun, SINCE follows the date
        end = next((dm.end for dm in a.dates if dm.start == pos), pos)
        return a.text[end:end + SINCE_GAP].lstrip().startswith(load(a.lang).since)
    s = a.sentences[a.sentence_of(pos)]
    # a trigger that ends by pos starts by it: only those starting in s.start..pos are read, not every trigger
    lo = max((t.char_end for t in a.by_start("triggers").between(s.start, pos + 1) if t.char_end <= pos),
             default=s.start)
    return rx.search(a.text[lo:pos].lower()) is not None


@cache
def _after_words(code: str, key: str = "AFTER") -> frozenset[str]:
    """events.yaml AFTER: the prepositions of "after" that may stand right before a date ("po niedzielnym ataku");
    AFTER_POST: the postpositions that close the date's phrase ("után")."""
    return word_set(code, "events", key)


def after_point(a: Analysis, dm) -> bool:
    """Is the date what the act followed ("Po niedzielnym ataku na ambasadora MSZ wezwało …")? An AFTER word right
    before it and no event word right after it: the day of something that is no contact (an attack, a vote), a point
    of reference. "po wtorkowym spotkaniu", "po stredajšom rokovaní" date the meeting their noun names, and keep it."""
    words = _after_words(a.lang)
    if not words:
        return False
    before = a.text[max(0, dm.start - 6):dm.start].split()
    if not before or before[-1].lower() not in words or not a.text[dm.start - 1:dm.start].isspace():
        return False
    i = bisect.bisect_left(a.token_starts, dm.end)
    if i >= len(a.tokens):
        return False
    nxt = a.tokens[i].start
    return not a.by_start("triggers").between(nxt, nxt + 1)


AFTER_REACH = 8  # words an AFTER word may stand before the date of its phrase ("po wizycie w Tokio 5 marca")
_PHRASE_MARKS = re.compile(r"[,;:()]")  # what closes the phrase an AFTER word opens


def after_phrase(a: Analysis, dm) -> bool:
    """Is the date inside a phrase an AFTER word opens, with a later date in its sentence ("Po wizycie w Tokio 5 marca
    minister przyjął dziś …", "Following his visit to Tokyo on 5 March, he today received …")? The phrase tells what
    the act followed; the later date is the act's, an event word after the phrase tells it. No comma or clause
    between the word and the date."""
    words, post = _after_words(a.lang), _after_words(a.lang, "AFTER_POST")
    if not (words or post):
        return False
    sent = a.sentences[a.sentence_of(dm.start)]
    before = _PHRASE_MARKS.split(a.text[sent.start:dm.start])[-1].split()[-AFTER_REACH:]
    # ... or, where "after" follows its noun, closes it ("a március 5-i tokiói látogatás után ma fogadta")
    after = _PHRASE_MARKS.split(a.text[dm.end:sent.end])[0].split()[:AFTER_REACH]
    if not (any(w.lower() in words for w in before) or any(w.lower() in post for w in after)):
        return False
    # the act the later date dates: a meeting's word after the date, not the one right after it ("po poniedziałkowych
    # rozmowach … powiedział we wtorek": the talks' day, which their noun keeps, as after_point does)
    i = bisect.bisect_left(a.token_starts, dm.end)
    nxt = min(a.tokens[i].start, sent.end) if i < len(a.tokens) else sent.end
    if not (meeting_told(a, dm.end, nxt) or meeting_told(a, nxt + 1, sent.end)):
        return False
    return any(o is not dm and dm.end <= o.start < sent.end and o.kind in ("relative", "weekday", "absolute")
               and not o.until and not o.since for o in a.dates)


@cache
def _since_rx(code: str) -> re.Pattern | None:
    """The language's SINCE words as one whole-word pattern, compiled once."""
    words = load(code).since
    return re.compile(words_opening(list(words)) + r"(?!\w)") if words else None


LEAD_WORDS = 10  # words of a one-sentence lead line; a caption or a headline says less


def _lead_sentence(p: str) -> bool:
    """Is a line one sentence of running text ending in its full stop ("Міністр … здійснює візит в Україну.")?"""
    return len(p.split()) >= LEAD_WORDS and p.endswith((".", "!", "?", "。")) and p[:1].isupper()


CJK_LINE = 15  # kanji or Hangul syllables of a one-sentence line of prose (a short sentence: "양 장관은 지난 3월 … 회담했다.")


def one_sentence_line(p: str) -> bool:
    """Is a line one sentence of running text (_lead_sentence)? In a script without case any letter may open it,
    and where words are not spaced (ja) its letters are counted: '同日、…外交部長官とも会談しました。'."""
    if _lead_sentence(p):
        return True
    if not (p[:1].isalpha() and p[:1].upper() == p[:1].lower() and p.endswith((".", "!", "?", "。"))):
        return False
    return len(p.split()) >= LEAD_WORDS or len(_CJK_RE.findall(p)) >= CJK_LINE


def first_body_sentence(a: Analysis, reg: Region) -> int:
    """Character offset where the article's prose starts: its first real paragraph (found once per region's
    bounds: every event's choosers ask it again, each time splitting the region's lines)."""
    key = ("first body sentence", reg.start, reg.end)
    kept = a._indexes.get(key)
    if kept is not None and kept[0] is a.text and kept[1] is a.triggers and kept[2] == len(a.triggers):
        return kept[3]
    at = _body_sentence_found(a, reg)
    a._indexes[key] = (a.text, a.triggers, len(a.triggers), at)
    return at


DATE_LINE_LETTERS = 3  # letters a line of a date may hold besides it (a weekday's "(水)", "(수)")


def _date_alone(text: str, lo: int, hi: int, dm) -> bool:
    """Does the line from lo to hi hold the date and hardly a letter more ("2024年5月15日", "2024.05.15 10:12")?"""
    rest = text[lo:dm.start] + text[dm.end:hi]
    return sum(ch.isalpha() for ch in rest) <= DATE_LINE_LETTERS


def _body_sentence_found(a: Analysis, reg: Region) -> int:
    """first_body_sentence, found."""
    dated = False  # has a line above held a date? ("3.5(수) … 회담": a headline telling the event and its day)
    for para in re.finditer(r"[^\n]+", a.text[reg.start:reg.end]):
        p = para.group()
        # a lead of one full sentence on its own line is prose, however short the wire made it
        if lead_prose(p) or (_lead_sentence(p.strip()) and not CREDITED.search(p)):
            return reg.start + para.start() + (len(p) - len(p.lstrip()))
        # ... in Korean or Japanese too, though no capital letter opens it ("윤석열 대통령은 19일(현지시각) …
        # 일정에 돌입했다."), when no line above it gave a day
        if not dated and one_sentence_line(p.strip()) and not CREDITED.search(p):
            return reg.start + para.start() + (len(p) - len(p.lstrip()))
        lo, hi = reg.start + para.start(), reg.start + para.end()
        # a line of the date alone ("2024年5月15日", a page's date line) tells no event: the prose may follow it
        dated = dated or any(lo <= dm.start < hi and dm.kind in ("absolute", "weekday", "relative")
                             and not _date_alone(a.text, lo, hi, dm) for dm in a.dates)
    # a brief of one short sentence under its date line: that sentence opens the prose; but a headline that
    # tells the event ("3.5(수) … 회담") is where the prose starts when nothing is long enough
    # the first trigger of the region, once: each paragraph asked again of every trigger of the text
    after = a.by_start("triggers").between(reg.start, len(a.text) + 1)  # by bisection: sorted by start
    first_trigger = after[0].char_start if after else None
    for para in re.finditer(r"[^\n]+", a.text[reg.start:reg.end]):
        p, at = para.group().strip(), reg.start + para.start()
        if first_trigger is not None and first_trigger < at:
            break
        if len(p.split()) >= 6 and p.endswith((".", "!", "?", "。")):
            return at + (len(para.group()) - len(para.group().lstrip()))
    return reg.start


@cache
def complementizers(code: str) -> frozenset[str]:
    """dates.yaml THAT: the words that open a reported clause ("that", "że", "что")."""
    return word_set(code, "dates", "THAT")


@cache
def according_rx(code: str) -> re.Pattern | None:
    """dates.yaml ACCORDING: the words that open a phrase citing a report's source ("according to", "podle",
    "по данным"), as one pattern of whole words (lower-case text); None when the language lists none."""
    words = sorted(word_set(code, "dates", "ACCORDING"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)") if words else None


@cache
def stay_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's verbs that begin a stay (dates.yaml STAY_BEGAN) and end one (STAY_ENDED), small."""
    d = load(code).raw["dates"]
    return (frozenset(str(w).lower() for w in d.get("STAY_BEGAN") or ()),
            frozenset(str(w).lower() for w in d.get("STAY_ENDED") or ()))


@cache
def future_auxiliaries(code: str) -> frozenset[str]:
    """dates.yaml FUTURE_AUX: the bare auxiliaries of the future ("wird", "will", "będzie")."""
    return word_set(code, "dates", "FUTURE_AUX")
