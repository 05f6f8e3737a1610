"""One pass over a text that finds everything events are built from, with character spans."""
from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress
from operator import attrgetter, le
from typing import Callable, TypeVar

from kronika import data
from kronika.lang import Language, hook, load, tokens, word_set, words_opening
from kronika.lang.translit import has_cyrillic, sound_key
from kronika.nlp.dates import find_dates
from kronika.nlp.foreign_names import hepburn
from kronika.nlp.korean import korean_name, northern_spelling, spells_family
from kronika.nlp.persons import (COMPANY_FORMS, PersonMention, can_be_name, canonical_name, chinese_of, east_asian_name,
                                 closes_with_letter, family_name_in_capitals, match_cased_east_asian, match_one_letter, has_given_name, korean_registry, name_before,
                                 official_by_family, titleless_name, is_given_name, match_merged_vowels, match_registry, match_rendered,
                                 name_spans, PARTICLES, registry_index, respelt, role_at, EAST_ASIAN_STATES,
                                 japanese_officials_name)
from kronika.nlp.places import geo_cities, hooked_towns, landmark_towns, town_noun_at, town_noun_words
from kronika.text.lexicon import ByStart, Lexicon, Match
from kronika.text.scripts import HAN, HANGUL, KATAKANA_LETTERS
from kronika.text.spans import DateMention, NameSpan
from kronika.text.tokens import UPPER, Sentence, Token, case_readings, fold, is_prose, sentences

_BREAK = re.compile(r"[.;!?\n]\s|\n|[.;!?]$")
_ABBREV_DOT = re.compile(r"(?<!\w)(\w{1,3}(?:\.\w{1,3})*)\.")
T = TypeVar("T")
_NO_ARG = object()  # Analysis.cached's builder takes no argument
_bisect_right = bisect.bisect_right


@dataclass
class Analysis:
    text: str
    lang: str
    tokens: list[Token]
    sentences: list[Sentence]
    dates: list[DateMention]
    countries: list[Match]
    groups: list[Match]
    organizations: list[Match]
    cities: list[Match]
    roles: list[Match]
    triggers: list[Match]
    future: list[Match]
    topics: list[Match]
    persons: list[PersonMention] = field(default_factory=list)
    posts: list[Match] = field(default_factory=list)  # "駐ポーランド", "주한": the state an envoy is posted to
    relative: list[Match] = field(default_factory=list)  # relative pronouns ("who", "który")
    captions: list[tuple[int, int]] = field(default_factory=list)  # spans of the lines that caption a photo
    towns: frozenset[int] = frozenset()  # where the towns start that no list holds, found by their suffix (久留米市)
    _indexes: dict = field(default_factory=dict, repr=False, compare=False)

    def cached(self, key, build: Callable[..., T], arg=_NO_ARG) -> T:
        """`build()` (or `build(arg)`), kept on the analysis under `key`, which names what it was built from."""
        # a memo asked hundreds of times a pass passes a named builder and its argument: a lambda made at every
        # ask costs about 1,200 instructions, `*args` about 300, one defaulted argument about 70 (h20/twins)
        found = self._indexes.get(key)
        if found is None:  # no memo gives None: a stored None would only be built again
            self._indexes[key] = found = build() if arg is _NO_ARG else build(arg)
        return found

    def cached_for(self, key, of, build: Callable[..., T], arg=_NO_ARG) -> T:
        """As `cached`, for a memo of one list (or the text) that a test may replace or grow under it: built
        again when `of` is another object, or of another length, than the one it was built from."""
        kept = self._indexes.get(key)
        if kept is None or kept[0] is not of or kept[1] != len(of):
            kept = self._indexes[key] = (of, len(of), build() if arg is _NO_ARG else build(arg))
        return kept[2]

    def lexicon_matches(self, category: str, lexicon) -> list:
        """The matches of one category of the language's lexicon pass over these tokens (as `lexicon.find`
        gives them); found again by `lexicon` where the analysis was not made by that pass."""
        done = self._indexes.get("lexicon pass")
        if done is not None and done[0] is self.tokens and done[1] == len(self.tokens):
            return list(done[2][category])
        return list(lexicon.find(self.tokens))

    def by_start(self, name: str) -> ByStart:
        """One kind of match (countries, roles, triggers ...) indexed by position; rebuilt if the list grew."""
        ms = getattr(self, name)
        return self.cached((name, len(ms)), ByStart, ms)

    @cached_property
    def token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def place_tokens(self) -> frozenset[int]:
        """Indices of tokens inside a country or organisation name."""
        return frozenset(i for m in self.countries + self.organizations for i in range(m.start, m.end))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentences_between(self, lo: int, hi: int) -> tuple[int, int]:
        """(first, one past the last) index of the sentences that start at lo <= start < hi."""
        starts = self._sentence_starts
        return bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence containing character `pos` (or the one before it)."""
        # asked ~10,000 times a pass: no max() call, and bisect_right bound once (about half the cost)
        i = _bisect_right(self._sentence_starts, pos)
        return i - 1 if i else 0


def analyze(text: str, code: str, when: dt.date | None = None, toks: list[Token] | None = None,
            dates: list[DateMention] | None = None) -> Analysis:
    """Annotate text in language `code`; `when` anchors officials' terms of office."""
    lang = load(code)
    toks = tokens(text, code) if toks is None else toks
    found = lang.lexicons.find_all(toks)
    a = Analysis(
        text=text, lang=code, tokens=toks, sentences=sentences(text),
        # a page's last-change stamp dates nothing the text tells
        dates=[dm for dm in (find_dates(text, code, toks) if dates is None else dates)
               if not dm.modified and not _cites_document(text, dm.start)],
        countries=_either(_with_home_bodies(_country_names(found["countries"], text, lang, found["roles"]), found["home_bodies"]),
                          found["cities"], lang.shared_titles),
        groups=found["groups"],
        organizations=found["organizations"], cities=found["cities"],
        roles=found["roles"] + _as_roles(found["counterpart"]),
        triggers=_with_split_triggers([m for m in found["triggers"] if m.key != "NONE"], toks, text, lang),
        future=_with_future_predicates(found["future"], toks, text, code),
        topics=[m for m in found["topics"] if m.key != "NONE"], relative=found["relative"],
    )
    a.posts = found["posts"]
    a._indexes["lexicon pass"] = (toks, len(toks), found)  # topics.yaml words, read by events/topics.py
    if a.posts:  # "주폴란드": a state no country word of the text holds is named by its post alone
        a.countries = sorted(a.countries + [m for m in a.posts if not any(
            c.char_start < m.char_end and m.char_start < c.char_end for c in a.countries)], key=lambda m: m.char_start)
    a.cities = sorted(a.cities + geo_cities(toks, text, lang, a.cities + a.countries, _visited(a) | _office_towns(a),
                                            _office_possessors(a)),
                      key=lambda m: m.char_start)
    a.cities = landmark_towns(a.cities, toks, lang)  # "в казанском Кремле": Kazan's, not Moscow's
    if (hooked := hooked_towns(a.cities, toks, text, lang, a.countries + a.groups + a.organizations)) is not a.cities:
        a.towns = frozenset(m.char_start for m in hooked) - {m.char_start for m in a.cities}
        a.cities = hooked
    a.roles.sort(key=lambda m: m.char_start)
    if lang.raw["roles"].get("OWNER_BEFORE_TITLE"):
        a.roles = _possessed_titles(a.roles, text)
    a.persons = find_persons(a, lang, when)
    if named := a._indexes.get("family words"):  # "Siniša Mali": the family name is no Mali, the state
        inside = {s for s in named if any(p.start <= s < p.end for p in a.persons)}
        # "… rekao je Mali": his family name alone further down is him too
        said = {a.text[m.char_start:m.char_end] for m in a.countries + a.cities if m.char_start in inside}
        a.countries = [m for m in a.countries if a.text[m.char_start:m.char_end] not in said]
        a.cities = [m for m in a.cities if a.text[m.char_start:m.char_end] not in said]
    if caps := caption_lines(text, lang):
        _without_captions(a, caps)
        a.captions = caps
    return a


# "rezolucji 2321 z 30 listopada 2016", "Resolution 2270 of 2 March 2016", "резолюции № 2321 от 30 ноября":
# a numbered document's date, cited; it dates the document, never an event the text tells
# the number and its "of" on one line: a stamp's clock ends its line ("16.05.2024 10:04\nС 30 апреля по 2 мая …")
_DOCUMENT_DATE = re.compile(r"\d[\d/.-]*[^\S\n]+(?:of|from|dated|z|ze|zo|od|от|від|vom|din|iz|из|с)\s+"
                            r"(?:dnia\s+|dne\s+|dňa\s+|the\s+)?$", re.I)


def _cites_document(text: str, start: int) -> bool:
    """Is the date at `start` that of a numbered document it follows?"""
    return bool(_DOCUMENT_DATE.search(text, max(0, start - 30), start))


CAPTION_LINE = 220  # a caption is a short line; a label inside a paragraph of prose is something else
# a photo's caption ends with its credit in capitals in square brackets: "… on Aug. 4. [MINISTRY OF FOREIGN AFFAIRS]"
CREDITED = re.compile(r"\[[A-Z][A-Z0-9 .,&/'’()-]{2,60}\]\s*$")
# "<YNAPHOTO path='…' title='10일, … 정상회담' caption='…' />": a news agency's photo tag left whole on its line
PHOTO_TAG = re.compile(r"<[A-Za-z][\w:-]*\s[^<>\n]*(?:title|caption|alt)=[^<>\n]*/?>\s*$")


def caption_lines(text: str, lang: Language) -> list[tuple[int, int]]:
    """Spans of the lines that caption or credit a photo ('Photo: Prime Minister Kishida in Tokyo (archive)',
    '… (архівне фото)Фото: AFP'): names.yaml CAPTION labels open the line, or stand in it before a colon."""
    labels = lang.captions
    out, pos = [], 0
    lines = text.split("\n")
    starts = []
    phrases = _phrase_labels(labels)  # once a text: looked up by the labels' tuple, hashed at every ask
    for line in lines:
        starts.append(pos)
        if line.startswith("<") and PHOTO_TAG.match(line):
            out.append((pos, pos + len(line)))  # a photo's markup left in the text: its title and caption are the photo's
            pos += len(line) + 1
            continue
        if len(line) <= CAPTION_ABOVE_CREDIT and CREDITED.search(line):  # the length first: paragraphs are long
            out.append((pos, pos + len(line)))  # credited in brackets at its end
            pos += len(line) + 1
            continue
        stripped = line.strip()
        if len(stripped) > CAPTION_ABOVE_CREDIT:
            # too long for a caption of either kind below (lower() never shortens a text): a paragraph of prose,
            # not lower-cased whole for nothing
            pos += len(line) + 1
            continue
        low = stripped.lower()
        # startswith of the whole tuple first, in C: most lines open with no label
        opened = low.startswith(labels) and any(low.startswith(w) and low[len(w):len(w) + 1] in (":", " ", ".", "")
                                                for w in labels)
        # a line a caption's label opens may tell more than one in the middle of prose
        if low and ((opened and len(low) <= CAPTION_ABOVE_CREDIT) or (
                len(low) <= CAPTION_LINE and low[-1:] not in ".!?" and (
                    (":" in low and any(f"{w}:" in low for w in labels)) or (phrases and phrases.search(low))))):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    if labels:
        out += _captions_above_credits(lines, starts, labels)
    out += _hooked_captions(text, lang.code)
    return out + _repeated_captions(lines, starts, out)


@lru_cache(maxsize=None)
def _phrase_labels(labels: tuple[str, ...]) -> re.Pattern | None:
    """The labels of more than one word, as whole words, compiled; None where there are none."""
    many = sorted((w for w in labels if " " in w.strip()), key=len, reverse=True)
    # opened by the class of their first letters (lang.words_opening): a look-behind first is tried at every character
    return re.compile(words_opening(many) + r"(?!\w)") if many else None


def _hooked_captions(text: str, code: str) -> list[tuple[int, int]]:
    """The caption lines a language's hook finds ('…（写真提供：内閣広報室）', '会談の様子'), unless they are all the
    prose there is: a photo item is all caption, and its caption is its news."""
    find = hook(code, "caption_spans")
    spans = find(text) if find else []
    if not spans:
        return []
    rest, pos = [], 0
    for s, e in sorted(spans):
        rest.append(text[pos:s])
        pos = max(pos, e)
    rest.append(text[pos:])
    return spans if any(is_prose(p) for chunk in rest for p in chunk.split("\n")) else []


ALT_TEXT_PREFIX = 40  # characters a photo's alt text and its caption share when a page prints both


def _repeated_captions(lines: list[str], starts: list[int], caps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line that repeats the opening of a caption right below it is the photo's alt text, a caption too."""
    at = {s for s, _e in caps}
    out = []
    for i in range(1, len(lines)):
        above = lines[i - 1].strip()
        if starts[i] in at and starts[i - 1] not in at and len(above) >= ALT_TEXT_PREFIX \
                and lines[i].strip()[:ALT_TEXT_PREFIX] == above[:ALT_TEXT_PREFIX]:
            out.append((starts[i - 1], starts[i - 1] + len(lines[i - 1])))
    return out


_LABEL_LINE = re.compile(r"^\s*\w[\w .]{0,20}:\s")  # "Forrás: MTI/EPA", "Fotó: -": a label and what it credits
CREDIT_LINE = 80  # a photo's credit is a short line
CAPTION_ABOVE_CREDIT = 320  # one sentence above a credit may say more than a labelled caption line


def _captions_above_credits(lines: list[str], starts: list[int], labels: tuple[str, ...]) -> list[tuple[int, int]]:
    """A photo's caption stands right above its credit ("… Minszkben 2024. október 31-én" over "Forrás:
    MTI/EPA" and "Fotó: -"): the one sentence without a full stop above a block of short label lines that
    holds a photo label. Never the first line of the text, the headline, nor a lead's sentence."""
    out = []
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    i = 0
    while i < len(lines):
        if ":" not in lines[i]:  # no label line opens a block here (_LABEL_LINE needs a colon): most lines
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip() and len(lines[j].strip()) <= CREDIT_LINE \
                and _LABEL_LINE.match(lines[j]):
            j += 1
        block = [lines[k].strip().lower() for k in range(i, j)]
        if block and any(b.startswith(w) for b in block for w in labels) and i - 1 > first:
            above = lines[i - 1].strip()
            # a caption names what the photo shows without the full stop of a lead's sentence
            if above and len(above) <= CAPTION_ABOVE_CREDIT and not _SENTENCE_BREAK.search(above) \
                    and not above.endswith((":", ".", "!", "?", "\"", "”", "»")):
                out.append((starts[i - 1], starts[i - 1] + len(lines[i - 1])))
        i = max(j, i + 1)
    return out


_SENTENCE_BREAK = re.compile(rf"[^\W\d_]{{2}}[.!?]\s+[{UPPER}]")  # a second sentence: a paragraph, not a caption


def _without_captions(a: Analysis, caps: list[tuple[int, int]]) -> None:
    """Leave out what a photo's caption names: its people, places, dates and verbs are not the event's."""
    inside = lambda pos: any(s <= pos < e for s, e in caps)
    for name in ("countries", "cities", "roles", "triggers", "future", "topics", "groups", "organizations", "dates"):
        ms = getattr(a, name)
        kept = [m for m in ms if not inside(m.start if name == "dates" else m.char_start)]
        if len(kept) != len(ms):
            setattr(a, name, kept)
    persons = []
    for p in a.persons:
        p.evidence = [sp for sp in p.evidence if not inside(sp[0])]
        if p.evidence:
            persons.append(p)
    a.persons = persons


def _visited(a: Analysis) -> frozenset[int]:
    """Tokens right after a verb of visiting, past a day ('посетил во вторник Казань', 'a vizitat pe 5 martie 2024
    Timișoara'): where its place stands."""
    out = set()
    directional = load(a.lang).directional
    for m in a.triggers:
        if m.key == "CONSULT/visit":
            i = m.end
            if i >= len(a.tokens):
                continue
            day = next((d for d in a.dates if d.kind in ("weekday", "relative", "absolute")
                        and 0 <= d.start - a.tokens[i].start < 5), None)
            if day:  # skip the day's words ("во вторник", "вчера", "pe 5 martie 2024")
                while i < len(a.tokens) and a.tokens[i].start < day.end:
                    i += 1
            if i + 1 < len(a.tokens) and a.tokens[i].low in directional:
                i += 1  # "travelled on Tuesday to Manchester", "flew to Manchester": the destination past its preposition
            out.add(i)
            out.add(_past_clitics_and_town_noun(a, i))  # "posjetio je Općinu Maglaj", "посетила город Тверь"
    return frozenset(out)


TOWN_OFFICES = ("mayor", "governor")  # offices named after the town they head


def _office_towns(a: Analysis) -> frozenset[int]:
    """Tokens right before a mayor's or governor's title, where a town's name stands as its possessor
    ('Debrecen polgármestere', 'Tartu linnapea'): there a GeoNames town may be read as after a locative word."""
    return frozenset(r.start - 1 for r in a.roles if r.key in TOWN_OFFICES and r.start > 0
                     and a.tokens[r.start - 1].end + 1 == a.tokens[r.start].start)


def _office_possessors(a: Analysis) -> frozenset[int]:
    """The capitalised word right before or right after a mayor's or governor's title, where a town's name
    stands in its genitive ('Gradonačelnik Šapca', 'мэр Казани', 'Liepājas mērs'), not a given name that
    opens the holder's name ('Gradonačelnik Nikola Dašić')."""
    given, toks, out = data.given_names(), a.tokens, set(_office_towns(a))  # the word right before, as there
    for r in a.roles:
        if r.key not in TOWN_OFFICES:
            continue
        k = r.end
        if k < len(toks) and toks[k].text.islower() and len(toks[k].text) <= FUNCTION_WORD:
            k += 1  # "primar al municipiului Baia Mare": a word of possession before the town
        k += town_noun_at(toks, k, a.lang)  # "primátor města Opavy": a noun for a town
        if k < len(toks) and toks[k - 1].end + 1 == toks[k].start and toks[k].is_upper_initial \
                and toks[k].low not in given:
            out.add(k)
    return frozenset(out)


FUNCTION_WORD = 3  # letters of a word of possession between an office and its town ("of", "al", "на")


VISIT_CLITICS = 2  # short words between a verb of visiting and its place ("posjetio je", "посетил бы")


def _past_clitics_and_town_noun(a: Analysis, i: int) -> int:
    """The token after up to two clitics (places.yaml CLITICS) and one town noun (CITY_WORDS) from i on."""
    clitics = _clitics(a.lang)
    k = i
    while k < len(a.tokens) and k - i < VISIT_CLITICS and a.tokens[k].low in clitics:
        k += 1
    return k + town_noun_at(a.tokens, k, a.lang)


@lru_cache(maxsize=None)
def _clitics(code: str) -> frozenset[str]:
    return word_set(code, "places", "CLITICS")


def _possessed_titles(roles: list[Match], text: str) -> list[Match]:
    """Where the owner stands before the title (Hungarian "a miniszterelnök sajtófőnöke", Lithuanian
    "prezidento patarėjas"), of two titles side by side the second is the person's: the first is its owner's."""
    out: list[Match] = []
    for m in roles:
        prev = out[-1] if out else None
        if prev and prev.char_end < m.char_start and not text[prev.char_end:m.char_start].strip():
            # one title phrase, the second's office: "a miniszterelnök sajtófőnöke" is a spokesperson
            out[-1] = Match(m.key, prev.start, m.end, prev.char_start, m.char_end, f"{prev.form} {m.form}")
        else:
            out.append(m)
    return out


def _country_names(found: list[Match], text: str, lang, roles: list[Match] = ()) -> list[Match]:
    """Country matches, where a state only CLDR names counts only as a proper name: Czech "dolní komory"
    is a lower chamber, not the Comoros (Komory), nor a given name ("Dominic Popescu"; `roles`: titles)."""
    titled = {m.char_start for m in roles}
    return [m for m in found if m.key != "NONE"
            and (m.key in lang.listed_countries or (not text[m.char_start].islower() and not _past_an_ending(m)))
            and not (lang.not_name_before and text.startswith(lang.not_name_before, m.char_end))
            and (m.key in lang.listed_countries or not _given_name_before_family(m, text, lang, titled))]


def _given_name_before_family(m: Match, text: str, lang=None, titled: set[int] = frozenset()) -> bool:
    """Is a CLDR name's match a given name right before a capitalised word ('Dominic Popescu', not Dominica)?
    A state named by its stem only is no person's first name, nor is one a title or a given name follows
    ("Samoa Prime Minister …", "Premier Andory Xavier Espot Zamora": the state's, then its person's)."""
    word, given = text[m.char_start:m.char_end].lower(), data.given_names()
    nxt = m.char_end + 1
    if " " in word or text[m.char_end:nxt] != " " or not text[nxt:nxt + 1].isupper() or nxt in titled:
        return False
    follower = text[nxt:nxt + 40].split(" ", 1)[0].strip(".,;:").lower()
    if follower in given:
        return False
    if word in given:
        return True
    # the given name in a case form ("z Dominikiem Nowakiem"): a case ending of names (names.yaml NAME_ENDINGS)
    # past it, never any few letters ("Samoa" is no "Sam", "Andory" no "Andor")
    return any(word.endswith(end) and word[:len(word) - len(end)] + base in given
               for end, base in (lang.name_endings if lang is not None else ()) if end)


CLDR_ENDING = 4  # letters a case ending adds to the stem of a CLDR name ("Komor*": "Komorach", not "Komorowski")


def _past_an_ending(m: Match) -> bool:
    """Does a CLDR name's stem form run on further than a case ending (Polish "Komory" is the Comoros, "Komorowski"
    a surname)? The stem names the state only in the forms its endings make."""
    return m.form.endswith("*") and (m.char_end - m.char_start) - (len(m.form) - 1) > CLDR_ENDING


def _with_home_bodies(countries: list[Match], bodies: list[Match]) -> list[Match]:
    """The states named, and the home state for each of its bodies named without a state beside them
    (places.yaml HOME_BODIES: "外務省は", but not "ロシア外務省"; "외교부는", but not "중국 외교부")."""
    beside = {m.end for m in countries} | {m.start for m in countries}
    extra = [m for m in bodies if m.key != "NONE" and m.start not in beside and m.end not in beside]
    return sorted(countries + extra, key=lambda m: m.char_start) if extra else countries


def _with_future_predicates(found: list[Match], toks: list[Token], text: str, code: str) -> list[Match]:
    """The future cues, and the predicates a language's analyser reads as telling what is still to come
    (hook future_spans: "会談します", "회담한다", whose tense no lexicon word carries)."""
    spans = hook(code, "future_spans")
    if spans is None:
        return found
    starts = [t.start for t in toks]
    extra = []
    for s, e in spans(text):
        i = bisect.bisect_left(starts, s)
        j = max(i + 1, bisect.bisect_left(starts, e))
        extra.append(Match("future", i, j, s, e, text[s:e]))
    return sorted(found + extra, key=lambda m: m.char_start) if extra else found


SPLIT_SPAN = 10  # words between a separable verb and its particle ("rief am Montag seine japanische Amtskollegin ... an")
_CLAUSE_END = re.compile(r"[.;:!?\n,]")


def _either(countries: list[Match], cities: list[Match], titles: frozenset[str] = frozenset()) -> list[Match]:
    """A name either of two states may bear ("KR|KP": Russian "корейский", "российско-корейские") is the one
    the text also names unambiguously, by its name or its capital; with neither or both, it names none.
    A title both give their officials (places.yaml SHARED_TITLES, "DE|AT": "Bundespräsident") names the
    first of them then."""
    if not any("|" in m.key for m in countries):
        return countries
    from kronika import data

    named = {m.key for m in countries if "|" not in m.key} | {data.capitals().get(c.key) for c in cities}
    out = []
    for m in countries:
        pick = [k for k in m.key.split("|") if k in named] if "|" in m.key else [m.key]
        if len(pick) != 1 and m.key in titles:
            pick = pick[:1] or m.key.split("|")[:1]
        if len(pick) == 1:
            out.append(Match(pick[0], m.start, m.end, m.char_start, m.char_end, m.form))
    return out


def _with_split_triggers(found: list[Match], toks: list[Token], text: str, lang: Language) -> list[Match]:
    """The triggers, and verbs whose particle closes the clause later (SPLIT_TRIGGERS: 'võttis … vastu'),
    or phrases told around a word group ('zwróciła się do Rady … z prośbą')."""
    if not lang.split_triggers:
        return found
    taken = set()
    extra = []
    memo = lang.split_by_word
    # only the tokens some split trigger opens with are walked: most words open none, and a loop over every
    # token cost ~13,000 passes of the loop's head a dev + seeds pass; the look-ups run in C for words met before
    lows = [t.low for t in toks]  # a comprehension reads a slot faster than map(attrgetter) (3.11)
    opens = list(map(memo.get, lows))
    if None in opens:
        opens = [_split_starting(lang, low) if hit is None else hit for low, hit in zip(lows, opens)]
    for i, starting in zip(compress(range(len(toks)), opens), filter(None, opens)):
        tok = toks[i]
        best = None  # (particle's position, list order, key, first): the verb takes its nearest particle
        for n, (key, first, last) in enumerate(starting):  # those whose first word fits, in list order
            if not _words_at(toks, i, first):
                continue
            for j in range(i + len(first), min(len(toks), i + len(first) + SPLIT_SPAN)):
                if _clause_ends(text, toks[j - 1], toks[j].start):
                    break
                k = j + len(last) - 1  # the particle's last word
                if _words_at(toks, j, last) and (not lang.particle_ends_clause or k + 1 == len(toks)
                                                 or _CLAUSE_END.search(text, toks[k].end, toks[k + 1].start)):
                    best = min(best or (j, n, key, first), (j, n, key, first))
                    break
        if best:
            # "kutsus Venemaad üles vägesid … välja viima": "üles" is the verb's particle, "välja" another verb's
            _, _, key, first = best
            end = toks[i + len(first) - 1].end
            extra.append(Match(key, i, i + len(first), tok.start, end, text[tok.start:end]))
            taken.add(i)
    if not extra:
        return found
    # "kutsus kolmapäeval välja" is a summons, not the invitation "kutsus" alone would be
    found = [m for m in found if m.start not in taken]
    return sorted(found + extra, key=lambda m: m.char_start)


def _split_starting(lang: Language, low: str) -> tuple:
    """The language's split triggers whose first word fits a word (a per-word memo: one look per token)."""
    memo = lang.split_by_word
    hit = memo.get(low)
    if hit is None:
        if len(memo) > 200_000:  # bounded: a long-running process meets many words
            memo.clear()
        hit = memo[low] = tuple(t for t in lang.split_triggers if not t[1] or Lexicon._word_ok(t[1][0], low))
    return hit


def _clause_ends(text: str, tok: Token, nxt: int) -> bool:
    """Does a clause end between a token and the next? Not at the full stop of an abbreviation ("U.N.")."""
    gap = text[tok.end:nxt]
    if gap.startswith(".") and ("." in tok.low or (gap[1:].isspace() and text[nxt:nxt + 1].islower())):
        gap = gap[1:]  # "U.N.", and a date's or an abbreviation's point before a small letter ("12. marca", "r. ambasadora")
    return bool(_CLAUSE_END.search(gap))


def _words_at(toks: list[Token], i: int, words: tuple) -> bool:
    """Do the words of a parsed form (stems allowed) stand at token i?"""
    return i + len(words) <= len(toks) and all(Lexicon._word_ok(w, toks[i + k].low) for k, w in enumerate(words))


def _as_roles(ms: list[Match]) -> list[Match]:
    return [Match("counterpart", m.start, m.end, m.char_start, m.char_end, m.form) for m in ms]


def _covered(a: Analysis) -> list[tuple[int, int]]:
    spans = [(m.char_start, m.char_end) for ms in (a.countries, a.groups, a.organizations, a.cities,
                                                    a.roles) for m in ms]
    # "Stanciu-Viziteu" is no visit: a word of the event lexicons glued by a hyphen to a name is the name's
    spans += [(m.char_start, m.char_end) for ms in (a.triggers, a.topics) for m in ms if not _hyphened(a.text, m.char_start)]
    spans += [(d.start, d.end) for d in a.dates]
    # "Jong-un" is no UN: a match glued by a hyphen to the capitalised word before it is that word's part
    return sorted((s, e) for s, e in spans if not (_hyphened(a.text, s) and a.text[s:s + 1].islower()))


def _hyphened(text: str, s: int) -> bool:
    """Is the match at `s` glued by a hyphen to a word before it ("Stanciu-Viziteu", "Jong-un")?"""
    return s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha()


def _is_covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_right(spans, (s, 10**12)) - 1
    for j in range(max(0, i - 2), min(len(spans), i + 2)):
        cs, ce = spans[j]
        if cs <= s and e <= ce + 1 or (s <= cs < e):
            return True
    return False


def _lowercase_words(a: Analysis) -> frozenset[str]:
    """Words this text also writes in lower case: capitalised, they are headline words, not names."""
    # asked by the name runs and by the meeting's sides
    return a.cached(("lowercase words", len(a.tokens)), _lowercase_words_in, a)


def _lowercase_words_in(a: Analysis) -> frozenset[str]:
    """_lowercase_words, found outside the page's keyword tags (a tag line lower-cases the names it lists)."""
    tags = _tag_lines(a.text)
    # a web address's slug counts as lower-case writing too: leaving it out (h16/persons, for a slug
    # "…-ministrem-hayashim-yoshimasa") made headline words names on pages nobody tuned on (pool-held
    # persons 0.604 -> 0.594, recall 0.962 -> 0.951), so it was taken back
    return _lowercase_outside(a.tokens, tags) if tags else frozenset(_lower_initial(a.tokens))


def _tag_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the page's keyword tags, one to a bulleted line in lower case ("  • такако сузики-")."""
    return [m.span() for m in _TAG_LINE.finditer(text) if m.group(1).islower()] if "•" in text else []


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def _lowercase_in_prose(a: Analysis) -> frozenset[str]:
    """Words this text writes in lower case outside its web addresses (a slug lower-cases a headline's names)."""
    return a.cached(("lowercase in prose", len(a.tokens)), _lowercase_in_prose_found, a)


def _lowercase_in_prose_found(a: Analysis) -> frozenset[str]:
    """_lowercase_in_prose, found."""
    tags = _tag_lines(a.text)
    if "://" in a.text or "www." in a.text or tags:
        links = sorted([m.span() for m in _WEB_ADDRESS.finditer(a.text)] + tags)
        return _lowercase_outside(a.tokens, _disjoint(links))
    return _lowercase_words(a)  # nothing to leave out: the words of the whole text


# "  • такако сузики-": a page's keyword tags, one to a bulleted line, lower-case names as a slug does
_TAG_LINE = re.compile(r"(?m)^[ \t]*[•][ \t]*(\w+(?:[ -]\w+){0,3})[ \t,-]*$")


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those inside an earlier one left out (a link never holds a tag line, but be sure)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


def _lowercase_outside(toks: list[Token], links: list[tuple[int, int]]) -> frozenset[str]:
    """The lower-case words of the tokens that open outside every link: the runs of tokens between links,
    each read in C (a Python test per token cost ~5 % of a pass); tokens out of order are tested one by one."""
    starts = [t.start for t in toks]  # a comprehension reads a slot faster than map(attrgetter) (3.11)
    if not all(map(le, starts, starts[1:])):
        link_starts = [s for s, _ in links]
        return frozenset(t.low for t in toks if t.text[:1].islower() and not _in_link(link_starts, links, t.start))
    words: set[str] = set()
    lo = 0
    for s, e in links:  # in order, never overlapping: the tokens before s, then on from e
        words |= _lower_initial(toks[lo:bisect.bisect_left(starts, s)])
        lo = max(lo, bisect.bisect_left(starts, e))
    return frozenset(words | _lower_initial(toks[lo:]))


def _lower_initial(toks: list[Token]) -> set[str]:
    """The lower-case forms of the tokens that open with a lower-case letter."""
    return {t.low for t in toks if t.text[:1].islower()}  # faster than map(attrgetter) chains in C (3.11)


def _in_link(starts: list[int], links: list[tuple[int, int]], pos: int) -> bool:
    """Is `pos` inside one of the links (finditer's spans: in order, never overlapping, so only the last one
    opening at or before `pos` can hold it)?"""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < links[i][1]


def _slug_given(a: Analysis, word: str, low: str) -> bool:
    """A listed given name the text writes in lower case only in a web address ("…/cristian-diaconescu-a-inceput"):
    the slug of a headline that names the person, no sign of a common word."""
    return low not in _lowercase_in_prose(a) and (
        is_given_name(word, a.lang) or fold(word).lower() in data.name_lists()["JAPANESE_GIVEN"])  # "…-tadashi-nagai-…"


def _after_title_word(text: str, start: int, lang: Language) -> bool:
    """Is the word before `start` a word of an office title ("välisminister Tsahkna")?"""
    before = text[max(0, start - 40):start].split()
    return bool(before) and before[-1].lower() in lang.role_words


def _name_runs(a: Analysis, lang: Language) -> list[NameSpan]:
    """Capitalised runs with titles, places, roles and other known words cut out."""
    covered = _covered(a)
    common = _lowercase_words(a)
    runs: list[NameSpan] = []
    for span in (hook(a.lang, "name_spans") or name_spans)(a.text):  # scripts without capitals: a hook
        if span.start and a.text[span.start - 1] == "/":
            continue  # "MTI/Bruzák Noémi", "PAP/Radek Pietruszka": a photographer after the agency's slash
        cur = []
        for k, (w, s, e) in enumerate(span.words):
            low = w.lower().rstrip(".")
            # "Ли До Хуна", "Ri Yong Ho": inside a run, a capitalised syllable is a name's, not a preposition;
            # so is a Korean family name that opens one, though the language writes a month so ("Jun Suk Jeol")
            # "Ван И провел", "с Ван И.": a one-letter given name the registry lists closes a Chinese one, no initial
            letter = bool(cur) and len(w) == 1 and closes_with_letter(cur[-1][0], w, a.lang)
            syllable = bool(cur) and len(w) <= 3 and w[:1].isupper() or (
                not cur and low in lang.not_names and _korean_head(span.words[k:k + 3], a.lang))
            bad = ((low in lang.not_names and not syllable) or low in lang.honorifics or low in lang.role_words
                   # "Paulina Levickytė BNS kol kas nekomentavo": a wire's name in capitals after a name is no part of it
                   or (cur and len(w) <= 5 and w.isupper() and low in data.name_lists()["PRESS_AGENCIES"])
                   or (lang.not_name_endings and low.endswith(lang.not_name_endings))
                   or _is_covered(covered, s, e)
                   or (w.isupper() and len(w) <= 4 and not w.isalpha())
                   or a.text.startswith(_SUSPENDED, e)  # "Landwirtschafts-, Infrastruktur- und Tourismusministerin"
                   or _suffixed_acronym(w) or _mixed_acronym(w) or _in_honorific(a.text, s, lang)
                   or low in town_noun_words(a.lang)  # "gradonačelnikom Grada Sarajeva"
                   or (len(w) < 2 and not "\u4e00" <= w <= "\u9fff" and not letter  # an initial; a kanji is a name (林)
                       # "prezident I Če Mjong": a Korean family name of one letter (이) opening its syllables
                       and not (not cur and _one_letter_korean(a, span.words[k:k + 3])))
                   or (len(w) == 2 and _digraph_initial(a.text, w, e))  # "Дз. Коидзуми", "Ch. Harada"
                   or (not cur and low in common and len(span.words) > 1 and not _chinese_head(span.words[k:k + 2], a.lang)
                       and not _slug_given(a, w, low)
                       # "…/prijal-velvyslanca-chung-byung-hwa": a Korean name the slug lower-cases
                       and not (low not in _lowercase_in_prose(a) and _korean_head(span.words[k:k + 3], a.lang))
                       and not (_after_title_word(a.text, s, lang) and low not in _lowercase_in_prose(a)))
                   or (not cur and _acronym_before_name(w, span))
                   or not (can_be_name(w, a.lang) or (cur and is_given_name(cur[-1][0], a.lang))
                           or (not cur and _initials_before(a.text, s) is not None)  # "А.Г. Мельником": a common noun's spelling
                           or _korean_head([*cur, (w, s, e)], a.lang)  # "Бюн Чоль Хваном": a family in its case
                           or (cur and chinese_of([*(x for x, _, _ in cur), w], a.lang) is not None)))  # "Хун Леєм"
            if bad and _family_word(a, lang, span.words, k, cur):
                bad = False  # "gradonačelnik Beograda Siniša Mali", "Magyar Levente, … államtitkára"
                a._indexes.setdefault("family words", set()).add(s)
            if bad:
                if cur:
                    runs.append(NameSpan(cur[0][1], cur[-1][2], cur))
                cur = []
            else:
                cur.append((w, s, e))
        if cur:
            runs.append(NameSpan(cur[0][1], cur[-1][2], cur))
    cut = [_without_town_head(a, _without_headline_head(a.text, r)) for r in runs]
    # the town cut from one run is no name in another either ("Gradonačelnik Prijedora sastao se …")
    heads = {r.words[0][0] for r, c in zip(runs, cut) if c is not r}
    heads |= {r.words[0][0] for r, nxt in zip(cut, cut[1:]) if _complement_before_honoured(a, lang, r, nxt)}
    runs = [c for c in cut if not (len(c.words) == 1 and c.words[0][0] in heads)]
    # a lone family name of someone named in full, lower-cased only in the slug ("…/valisminister-tsahkna-teeb-…")
    families = {r.words[-1][0] for r in runs if len(r.words) > 1}
    # a run in capitals throughout is a headline, not a name ("SPOTKANIE SZEFÓW"); "Nord Stream AG" is a firm
    return [r for r in runs if (not all(w.isupper() for w, _, _ in r.words) or _after_honorific(a.text, r, lang))
            and not _next_is_company(a.text, r) and not (_quoted_title(a.text, r) and not _titled_after_quote(a, r))
            and not (len(r.words) == 1 and r.words[0][0].lower() in common
                     and not (r.words[0][0] in families and r.words[0][0].lower() not in _lowercase_in_prose(a)))
            and not _press_agency(r, lang)]


# the hyphen of a compound's first part whose second part a later word gives: the word is half a noun, no name
_SUSPENDED = ("- ", "-, ")

_CAPS_WORD_BEFORE = re.compile(r"(?<![\w.])[^\W\d_]{2,}[ \t]+$")


def _without_headline_head(text: str, run: NameSpan) -> NameSpan:
    """The run without the words in capitals it opens with, where a word in capitals stands right before it: the
    close of a headline in capitals ("СА ЦАРЕМ НАРУХИТОМ Вучић отворио …"), no family name in capitals before a
    given name ("Mr. KISHIDA Fumio", after no word in capitals)."""
    k = 0
    while k < len(run.words) - 1 and run.words[k][0].isupper() and len(run.words[k][0]) >= 3:
        k += 1
    if not k:
        return run
    before = _CAPS_WORD_BEFORE.search(text, max(0, run.start - 40), run.start)
    if not before or not before.group().strip().isupper():
        return run
    rest = run.words[k:]
    return NameSpan(rest[0][1], rest[-1][2], rest)


def _family_word(a: Analysis, lang: Language, words: list[tuple[str, int, int]], k: int,
                 cur: list[tuple[str, int, int]]) -> bool:
    """Is the k-th capitalised word, a country's, a title's or a common word ("Mali", "Marszałek", "Magyar"),
    the family name of a titled person, next to his listed given name? "gradonačelnik Beograda Siniša Mali",
    "burmistrz Krotoszyna Franciszek Marszałek"; in a family-first language "Magyar Levente, a … államtitkára"."""
    w, s, e = words[k]
    if not (w[:1].isupper() and w[1:].islower() and len(w) > 2):
        return False
    if lang.titles_follow_names:  # the family name first, the given name after it closes the run
        if cur or len(words) != k + 2 or not is_given_name(words[k + 1][0], a.lang):
            return False
        return _title_follows(a, words[k + 1][2])
    if len(cur) != 1 or k != len(words) - 1 or not is_given_name(cur[0][0], a.lang) \
            or _is_covered(_covered(a), cur[0][1], cur[0][2]):
        return False
    spans = [(m.char_start, m.char_end) for ms in (a.countries, a.cities, a.roles, a.triggers) for m in ms]
    if any(ms < e and s < me and (ms, me) != (s, e) for ms, me in spans + [(d.start, d.end) for d in a.dates]):
        return False  # part of a longer match: "Marszałka Województwa", a title of its own
    return _title_before(a, cur[0][1])


_TITLE_GAP = re.compile(r"\s+(?:[A-ZÀ-ÞĀ-ſА-ЯЁЂ-Џ][\w-]*\s+){0,2}$")  # "gradonačelnik Beograda ": a town between


# "Ministar finansija Siniša Mali": a portfolio the roles list leaves out, one or two lower-case words of the title
_PORTFOLIO_GAP = re.compile(r"\s+(?:[^\W\d_A-ZÀ-ÞĀ-ſА-ЯЁЂ-Џ][\w-]*\s+){1,2}$")


def _title_before(a: Analysis, pos: int) -> bool:
    """Does an office title end right before `pos`, at most two capitalised words (its town) between, or two words
    of its portfolio? The capitalised words between are a place's: "przewodniczącego … Parlamentarnej Ligii
    Przyjaźni" is a league's name, no Ligia's."""
    return any(r.char_end <= pos and (r.char_end == pos or (_TITLE_GAP.fullmatch(a.text, r.char_end, pos)
                                                            and _places_only(a, r.char_end, pos))
                                      or _PORTFOLIO_GAP.fullmatch(a.text, r.char_end, pos))
               for r in a.roles if pos - 60 <= r.char_end <= pos)


def _places_only(a: Analysis, start: int, end: int) -> bool:
    """Is every word between two points part of a country's or a town's name the analysis found?"""
    spans = [(m.char_start, m.char_end) for m in (*a.by_start("countries").between(start - 40, end),
                                                  *a.by_start("cities").between(start - 40, end))]
    return all(any(ms <= m.start() and m.end() <= me for ms, me in spans)
               for m in _WORD.finditer(a.text, start, end))


def _title_follows(a: Analysis, pos: int) -> bool:
    """Does an office title follow `pos` in the same clause, past a comma and a few words ("…, a … államtitkára")?"""
    return any(pos < r.char_start <= pos + 80 and not any(c in a.text[pos:r.char_start] for c in ".;:!?\n")
               for r in a.roles)


def _press_agency(run: NameSpan, lang: Language) -> bool:
    """Is the run a news agency's name (data/names.yaml PRESS_AGENCIES), as written, in one of the language's
    cases ("ministar Tanjugu nije želeo", "dopisnik Tanjuga") or in its spelling ("Kjódó" Kyodo), or followed by
    its other word ("Kyodo Tsushin")?"""
    agencies = data.name_lists()["PRESS_AGENCIES"]
    word = run.words[0][0]
    if len(run.words) > 2 or (len(run.words) == 2 and word.lower() not in agencies):
        return False
    low = word.lower()
    return low in agencies or any(r.lower() in agencies for r in case_readings(word, lang.name_endings)) \
        or fold(low) in agencies or hepburn(word, lang.code) in agencies


def _chinese_head(words: list[tuple[str, int, int]], code: str) -> bool:
    """Do two words read as a Chinese name ("Си Цзинпин"), though the first is a small word the text writes in
    lower case elsewhere (Bulgarian "си")? The given name must be longer than a syllable of the language's own."""
    return len(words) == 2 and len(words[1][0]) >= 4 and chinese_of([w for w, _, _ in words], code) is not None


def _one_letter_korean(a: Analysis, words: list[tuple[str, int, int]]) -> bool:
    """Does a capital of one letter open a Korean name mid-sentence ("prezident I Če Mjong", "povedal I Če-mjong":
    이, Lee)? Not after a sentence's end, where it is the conjunction ("I Jan Novák přišel"), nor before a given
    name of the language."""
    w, s, _e = words[0]
    before = a.text[:s].rstrip()
    return (w.isupper() and len(words) >= 2 and bool(before) and before[-1] not in ".!?:;\"„“”«»\n"
            and not is_given_name(words[1][0], a.lang) and _korean_head(words, a.lang))


def _korean_head(words: list[tuple[str, int, int]], code: str) -> bool:
    """Do these words read as a Korean name, family first ('Jun Suk Jeol', 'Јун Сук Јеол')?"""
    names = [w for w, _s, _e in words]
    return 2 <= len(names) <= 3 and names[0][:1].isupper() and korean_name(names, code) is not None


_OPEN_QUOTE, _CLOSE_QUOTE = "„“«\"", "”“»\""  # not the apostrophe: "Kishida's"


def _quoted_title(text: str, run: NameSpan) -> bool:
    """'храм-паметника „Св. Александър Невски”', 'the “Fumio Kishida” prize': a name that a quotation
    closes right after, opened just before it, is the title of a church, a ship or a prize."""
    after = text[run.end:run.end + 2].lstrip(" ")
    if not after or after[0] not in _CLOSE_QUOTE:
        return False
    before = text[max(0, run.start - 8):run.start]
    i = max(before.rfind(q) for q in _OPEN_QUOTE)
    return i >= 0 and "\n" not in before[i:] and len(before[i + 1:].split()) <= 1


QUOTED_TITLE_REACH = 20  # characters from a quoted name's closing mark to the office title after it


def _titled_after_quote(a: Analysis, run: NameSpan) -> bool:
    """"'코르러쩨안' 루마니아 외교장관과": a name the press quotes to mark it foreign, an office title right after
    the closing mark (past his state's name), is a person, no title of a prize or a ship."""
    close = run.end + len(a.text[run.end:run.end + 2]) - len(a.text[run.end:run.end + 2].lstrip(" ")) + 1
    return any(close <= r.char_start <= close + QUOTED_TITLE_REACH and _places_only(a, close, r.char_start)
               for r in a.roles)


def _after_honorific(text: str, run: NameSpan, lang: Language) -> bool:
    """'Foreign Minister H.E. LANDSBERGIS', 'Ms. ŠIMONYTĖ': one word in capitals after an honorific is a
    family name as ministries write it, not a headline."""
    before = text[max(0, run.start - 12):run.start].split()
    return len(run.words) == 1 and len(run.words[0][0]) >= 3 and bool(before) \
        and before[-1].lower().rstrip(".") in lang.honorifics


def _suffixed_acronym(word: str) -> bool:
    """'MTI-t', 'NATO-n', 'EL-i', 'ES-ā': an abbreviation with a case ending, never a person's name."""
    head, hyphen, tail = word.partition("-")
    return bool(hyphen) and len(head) >= 2 and head.isupper() and tail.islower() and len(tail) <= 5


def _mixed_acronym(word: str) -> bool:
    """'ОбС' (общински съвет), 'BiH': an abbreviation in mixed case ends in a capital, a name never does."""
    return 3 <= len(word) <= 5 and word.isalpha() and word[0].isupper() and word[-1].isupper() \
        and not word.isupper()


_NO_SPACE = re.compile(r"\S*")


def _in_honorific(text: str, s: int, lang: Language) -> bool:
    """'Nj.E. Misako Kaji', 'Н.Пр. ...': a word inside an honorific written as one abbreviation with no space."""
    end = _NO_SPACE.match(text, s).end()  # the word's end: \S is what str.isspace() refuses
    chunk = text[s:end].lower().rstrip(".,")
    return "." in chunk and chunk in lang.honorifics


def _without_town_head(a: Analysis, run: NameSpan) -> NameSpan:
    """'кметът на община Казанлък Галина Стоянова', 'Gradonačelnik Šapca Aleksandar Pajić': a town (in any
    case form), or any word right after an office title, that opens a run before a given name and a family
    name is the office's complement, not the name's."""
    words, code = run.words, a.lang
    if len(words) < 3 or not is_given_name(words[1][0], code) or is_given_name(words[0][0], code) \
            or _korean_head(words, code):
        return run
    if not (_town_word(words[0][0], code) or _title_ends_at(a, run.start)):
        return run
    return NameSpan(words[1][1], words[-1][2], words[1:])


def _complement_before_honoured(a: Analysis, lang: Language, run: NameSpan, nxt: NameSpan) -> bool:
    """'Градоначелник Шапца Др Александар Пајић': one word between a title and an honorific before a whole
    name is the title's complement."""
    if len(run.words) != 1 or len(nxt.words) < 2:
        return False  # asked of every two runs side by side: the gap (a paragraph or more) is not split for most
    between = a.text[run.end:nxt.start].split()
    return bool(between) and all(w.lower().rstrip(".") in lang.honorifics for w in between) \
        and is_given_name(nxt.words[0][0], a.lang) and _title_ends_at(a, run.start)


def _title_ends_at(a: Analysis, pos: int) -> bool:
    """Does an office title end right before `pos`, with only a space between ('Gradonačelnik Šapca')?"""
    return any(0 < pos - m.char_end <= 2 and not a.text[m.char_end:pos].strip() for m in a.roles)


def _town_word(word: str, code: str) -> bool:
    """Is the word a GeoNames city or town, as written or in a case form of the language?"""
    lang = load(code)
    names = (data.city_names(), data.town_names(), data.small_towns())
    return any(key not in lang.not_names and any(n.get(key) for n in names)
               for key in (word.lower(), *case_readings(word.lower(), lang.city_endings)))


def _acronym_before_name(word: str, span: NameSpan) -> bool:
    """'головою Одеської ОДА Олегом Кіпером': an abbreviation opening a run of a whole name is an office's,
    unless it is a family name written in capitals ('KIM Jong Un', 'ABE Shinzo')."""
    words = [w for w, _, _ in span.words]
    rest = words[words.index(word) + 1:]
    return (word.isupper() and len(word) >= 2 and len(rest) >= 2
            and not any(w.isupper() for w in rest) and not family_name_in_capitals(word))


def _next_is_company(text: str, run: NameSpan) -> bool:
    """True when a company's legal form stands in or right after the run ("Nord Stream AG")."""
    words = [w for w, _, _ in run.words] + text[run.end:run.end + 12].split()[:1]
    return any(w.rstrip(",") in COMPANY_FORMS for w in words)


def _with_particles(name: str, written: str) -> str:
    """The name with the lower-case particles the text writes inside it ("Alexander Van der Bellen", "Ursula von
    der Leyen"), which the runs of capitalised words leave out."""
    tokens = written.split()
    if not any(t in PARTICLES for t in tokens[1:-1]):
        return name
    words = name.split()
    if len(words) != sum(1 for t in tokens if t not in PARTICLES):
        return name  # the name was reordered or joined: the particles have no place to go
    out, it = [], iter(words)
    for t in tokens:
        out.append(t if t in PARTICLES else next(it))
    return " ".join(out)


def _gloss_agrees(gloss: NameSpan, name: str) -> bool:
    """Does a bracketed Latin original spell every word of the registry's name ("Keiji Yamada" is no
    "Kenji Yamada")?"""
    written = {fold(part).lower() for word, _, _ in gloss.words for part in word.replace("-", " ").split()}
    return all(fold(part).lower() in written for part in name.replace("-", " ").split())


def _gloss_names_family(gloss: NameSpan, name: str) -> bool:
    """Does a bracketed Latin original spell the family name of the registry's name (a name matched by
    sound may differ in its given name's spelling, never in its family name)?"""
    written = {fold(part).lower() for word, _, _ in gloss.words for part in word.replace("-", " ").split()}
    return bool(name.split()) and fold(name.split()[-1]).lower() in written


BESIDE = 6  # characters between a name and the state named next to it ("チェコのフィアラ首相", "피알라 체코 총리")


def _country_bounds(countries: list[Match]) -> tuple[list[int], list[str], list[int], list[str]]:
    """The ends of the states' names in order with their states, and their starts in order with their states."""
    ends = sorted((m.char_end, m.key) for m in countries)
    starts = sorted((m.char_start, m.key) for m in countries)
    return [e for e, _k in ends], [k for _e, k in ends], [s for s, _k in starts], [k for _s, k in starts]


def _states_beside(a: Analysis, run: NameSpan) -> frozenset[str]:
    """The states named right before or right after a name: 'フィアラ・チェコ首相', 'チェコのフィアラ首相'."""
    # the country names' ends and starts sorted once per text and bisected: a chronicle's every name ran
    # through all its countries
    ends, end_keys, starts, start_keys = a.cached_for("states beside", a.countries, _country_bounds, a.countries)
    before = end_keys[bisect.bisect_left(ends, run.start - BESIDE):bisect.bisect_right(ends, run.start)]
    after = start_keys[bisect.bisect_left(starts, run.end):bisect.bisect_right(starts, run.end + BESIDE)]
    return frozenset(before + after)


NAME_JOINTS = ("·", "ㆍ", "‧")  # middle dots that join a list of names under one title ("어기구·진선미 의원")


def _joined_to_titled(a: Analysis, runs: list[NameSpan], by_run: dict, lang: Language) -> None:
    """A one-word name joined by a middle dot to a titled one shares his title and state: "어기구·진선미 민주당
    의원" names two members. From the right, so that a list of three takes the title of its last."""
    for i in range(len(runs) - 2, -1, -1):
        run, nxt = runs[i], by_run.get(i + 1)
        if (i in by_run or nxt is None or nxt.role_span is None or len(run.words) != 1
                or a.text[run.end:runs[i + 1].start] not in NAME_JOINTS):
            continue
        words = [w for w, _, _ in run.words]
        pm = PersonMention(name_before(words, a.lang, lang.name_endings, False), run.text, run.start, run.end,
                           nxt.country if nxt.registry_id is None else None, nxt.role if nxt.registry_id is None else None)
        pm.role_span = nxt.role_span
        by_run[i] = pm


_APPOSING = re.compile(r"\s*[,:–—-]\s*")  # a title set off from the list of names it heads


def _closing_a_list(a: Analysis, runs: list[NameSpan], by_run: dict, lang: Language) -> None:
    """The run that closes a list of people ("mit seinen Amtskollegen, Pawlo Klimkin, Sergej Lawrow und Laurent
    Fabius"), after the language's 'and': two people named before it with a comma between them, or one set off
    from a title before him by a dash or a comma ("ministrėmis – Maria Malmer Stenergard ir Þorgerður Katrín
    Gunnarsdóttir"), is a person too."""
    for i in range(1, len(runs)):
        run, prev = runs[i], by_run.get(i - 1)
        if i in by_run or prev is None or not 2 <= len(run.words) <= 3 \
                or a.text[runs[i - 1].end:run.start].strip().lower() not in lang.range_words:
            continue
        listed = (i - 2) in by_run and a.text[runs[i - 2].end:runs[i - 1].start].strip() == ","
        if not listed and not (prev.role_span and prev.role_span[1] <= runs[i - 1].start
                               and _APPOSING.fullmatch(a.text, prev.role_span[1], runs[i - 1].start)):
            continue
        words = [w for w, _, _ in run.words]
        if all(w[:1].isupper() and not w.isupper() for w in words):
            by_run[i] = PersonMention(name_before(words, a.lang, lang.name_endings, _noun_follows(a.text, run.end)),
                                      run.text, run.start, run.end)


def _states_down_a_list(a: Analysis, by_run: dict, lang: Language) -> None:
    """A titled person of no state named next in a list after one of a state, a comma or the language's 'and'
    between them ("Austraalia välisministri Penny Wongiga, asepeaministri ja kaitseministri Richard Marles'iga"):
    the state named once heads the whole list."""
    people = sorted(by_run.values(), key=lambda p: p.start)
    for prev, pm in zip(people, people[1:]):
        if pm.country or not pm.role_span or not prev.country or not prev.role_span or pm.registry_id is not None \
                or not prev.end <= pm.role_span[0] < pm.start:
            continue
        gap = a.text[prev.end:pm.role_span[0]].lower()
        for r in a.by_start("roles").between(prev.end, pm.role_span[0]):
            gap = gap[:r.char_start - prev.end] + " " * (r.char_end - r.char_start) + gap[r.char_end - prev.end:]
        # only a comma, 'and', and further titles of the same person ("asepeaministri ja kaitseministri")
        words = re.findall(r",|\w+", gap)
        if words.count(",") <= 1 and all(w == "," or w in lang.range_words for w in words):
            pm.country = prev.country


def find_persons(a: Analysis, lang: Language, when: dt.date | None) -> list[PersonMention]:
    """Officials from the registry and other people introduced by an office title."""
    idx = registry_index()
    runs = _apart_at_registry_names(_name_runs(a, lang), when)
    found: list[PersonMention] = []
    by_run: dict[int, PersonMention] = {}
    states = frozenset(m.key for m in a.countries)  # once, not once per run of a long text
    for i, run in enumerate(runs):
        hit = match_registry(run, when) or _respelt_registry(run, a.lang, when) or match_merged_vowels(run, a.lang, when) \
            or match_one_letter(run) or match_cased_east_asian(tuple(w for w, _, _ in run.words), lang.code)
        gloss = _with_gloss(a.text, run, a.lang)
        if hit and gloss is not run and not _gloss_agrees(gloss, idx.people[hit[0]]["name"]):
            hit = None  # "Keidzi Jamadu (Keiji Yamada)": the original in brackets says which Yamada
        if not hit and gloss is not run:
            hit = match_registry(gloss, when)
            hit = (hit[0], 0, len(run.words) - 1) if hit else None
        if not hit:  # a script of its own: through the language's romanisation, or by sound
            hit = match_rendered(run, a.lang, when, states, _states_beside(a, run))
            if hit and gloss is not run and not _gloss_names_family(gloss, idx.people[hit[0]]["name"]):
                hit = None  # "イジー・コザーク…(Mr. Jiří KOZÁK)": the original says it is no Kozuki the sound recalls
        if hit:
            pid, lo, hi = hit
            p = idx.people[pid]
            words = run.words[lo:hi + 1]
            r = role_at(p, when)
            pm = PersonMention(p["name"], a.text[words[0][1]:words[-1][2]], words[0][1], words[-1][2],
                               p.get("country"), (r or {}).get("role"), pid)
            by_run[i] = pm
    _without_namesakes(runs, by_run)
    # office titles: "minister spraw zagranicznych Zbigniew Rau", then "Chong-Dae Won, wiceminister"
    taken: set[int] = set()
    used_roles: set[int] = set()
    after = lang.titles_follow_names
    for backward_pass in ((True, False) if after else (False, True)):
        for r in a.roles:
            if r.char_start in used_roles:
                continue
            target = _run_for_role(a, runs, r, lang, backward_pass, after)
            if target is None or (backward_pass and target in taken):
                continue
            i = target
            pm = by_run.get(i)
            if pm is None:
                run = _with_gloss(a.text, runs[i], a.lang)
                if len(run.words) > 4 or _agency_credit(a.text, runs[i]):
                    continue
                glossed = run is not runs[i]  # a Latin original in brackets needs no declension
                title = a.text[r.char_start:r.char_end] if r.char_end <= run.start else ""  # the name's case
                name = name_before([w for w, _, _ in run.words], "en" if glossed else a.lang,
                                   [] if glossed else lang.name_endings, _noun_follows(a.text, run.end), title)
                if glossed and _chinese_order(name.split()):
                    name = " ".join(name.split()[1:] + name.split()[:1])  # 'Cheng Wenju': the family name first
                pm = PersonMention(name, runs[i].text, runs[i].start, runs[i].end)
                by_run[i] = pm
            if pm.role_span:
                continue
            taken.add(i)
            used_roles.add(r.char_start)
            if r.key != "counterpart" and (pm.registry_id is None or not pm.role):
                pm.role = r.key  # the registry knows an official's office better than a nearby title
            pm.role_span = (r.char_start, r.char_end)
            if pm.country is None:
                pm.country = _role_country(a, r, pm, backward_pass, lang.title_after_name) or _office_town(a, r)
            elif pm.registry_id is not None and r.key != "counterpart" and not _in_office(pm, when):
                # "Estonian Prime Minister Kaja Kallas" in an undated text: the title says which of the
                # official's offices is meant, not the registry's latest
                said = _role_country(a, r, pm, backward_pass, lang.title_after_name)
                if said and said != pm.country:
                    pm.country, pm.role = said, r.key
                elif r.key in _registry_roles(pm):
                    pm.role = r.key  # "Премьер-министр Японии Фумио Кисида": which of his offices, the text says
                elif (other := _namesake_in_role(pm, r.key)) is not None:
                    # "Peaminister Kaja Kallas": the registry files her as prime minister of Estonia and as the
                    # EU's High Representative, two entries; the title names the one meant
                    pm.registry_id, pm.role = other, r.key
                    pm.country = registry_index().people[other]["country"]
    _joined_to_titled(a, runs, by_run, lang)
    _closing_a_list(a, runs, by_run, lang)
    _states_down_a_list(a, by_run, lang)
    unrun = _families_beside_titles(a, runs, by_run, used_roles, when, states) if lang.title_after_name else []
    for i in _meeting_sides(a, runs, lang):
        # "susitiko su Hiroshi Takanaga", "Tomas Petrauskas met …": a name a meeting verb takes as its
        # subject or object is a person's, title or not
        words = [w for w, _, _ in runs[i].words]
        if i not in by_run and not _byline(a.text, runs[i]) and not _credited(a.text, runs[i], lang) \
                and has_given_name(words, a.lang):
            by_run[i] = PersonMention(east_asian_name(words, a.lang)
                                      or name_before(words, a.lang, lang.name_endings, _noun_follows(a.text, runs[i].end)),
                                      runs[i].text, runs[i].start, runs[i].end)
    glosses = [(g.start, g.end) for i in by_run if (g := _with_gloss(a.text, runs[i], a.lang)) is not runs[i]]
    for i, run in enumerate(runs):
        # "Джуничи Иший", "Kim Jong-un": an East Asian name is a person's without a title before it;
        # "Omu Sokčonu (Eom Seock-jeong)": the bracketed original of a person found is that person
        # (a line without spaces is no byline for its few words: the honorific says who is meant)
        if i not in by_run and not any(s <= run.start < e for s, e in glosses) \
                and (name := _honoured_name(a, lang, run) or (not _byline(a.text, run) and not _credited(a.text, run, lang) and (
                    east_asian_name([w for w, _, _ in run.words], a.lang)
                    or titleless_name([w for w, _, _ in run.words], a.lang)))):
            by_run[i] = PersonMention(name, run.text, run.start, run.end)
    for pm in sorted([*by_run.values(), *unrun], key=lambda p: p.start):
        if pm.registry_id is None and pm.country in EAST_ASIAN_STATES["japanese"] \
                and (japanese := japanese_officials_name(pm.original.split(), a.lang)):
            pm.name = japanese  # a title made him Japanese: his name is read so, whatever list lacks it
        if pm.registry_id is None and pm.country == "KP":
            pm.name = northern_spelling(pm.name, pm.original)  # a title made him North Korean: "Цой" is Choe
        if pm.registry_id is None:
            pm.name = _with_particles(pm.name, a.text[pm.start:pm.end])
        if pm.registry_id is None and pm.country in _family_first_states(a.lang):
            pm.name = _given_first(pm.name, pm.original, a.lang)  # "호른 줄라 헝가리 총리": Horn Gyula, family first
        if pm.registry_id is None and "-" in pm.name and (pid := korean_registry(pm.name, pm.original, when)) is not None:
            p = idx.people[pid]  # "Czo Te Jul", "Mun Dze In": a Korean official in a Slavic spelling
            pm.name, pm.registry_id, pm.country = p["name"], pid, p.get("country")
            pm.role = (role_at(p, when) or {}).get("role") or pm.role
        pm.evidence.append((pm.start, pm.end))
        found.append(pm)
    _undeclined(a, found)
    found += _lone_family_mentions(a, [r for i, r in enumerate(runs) if i not in by_run], found)
    return _merge_repeats(found, lang.patronymic)


UNDECLINED_REPEATS = 3  # times a family name is written alike, that it shows no case


def _undeclined(a: Analysis, found: list[PersonMention]) -> None:
    """A family name read as a case ("Gari Cappelli": the dative of Gara Cappella) that the text writes alike three
    times or more, wherever it stands, shows no case: a foreign name left undeclined, his given name with it
    ("predsjednik Odbora Gari Cappelli … predsjednik Odbora Cappelli … dodao je Cappelli")."""
    counts = None
    for pm in found:
        written, name = pm.original.split(), pm.name.split()
        if pm.registry_id is not None or len(written) != 2 or len(name) != 2 or name[-1] == written[-1] \
                or not written[-1].isalpha() or has_cyrillic(written[-1]):
            continue
        w, n = fold(written[-1]).lower(), fold(name[-1]).lower()
        stem = len(os.path.commonprefix([w, n]))
        if stem < 3 or len(w) - stem > 2 or len(n) - stem > 2:
            continue  # no case ending read off it: another spelling ("Kišida" is Kishida)
        if counts is None:  # counted once a text, and only where such a name is found
            counts = Counter([t.text for t in a.tokens if t.text[:1].isupper()])  # a list: no generator's frames
        if counts[written[-1]] >= UNDECLINED_REPEATS:
            given = written[0] if fold(name[0]).lower()[:3] == fold(written[0]).lower()[:3] else name[0]
            pm.name = f"{given} {written[-1]}"


def _apart_at_registry_names(runs: list[NameSpan], when: dt.date | None) -> list[NameSpan]:
    """Runs that hold two names side by side, one an official's in full ("Orbán Viktor Andrzej Dudának gratulált",
    "Novák Katalin Antony Blinkennel beszélt": Hungarian puts subject and object together before the verb), cut
    where the official's name begins and ends; each part of two words or more stays a run of its own."""
    out = []
    for run in runs:
        hit = match_registry(run, when) if len(run.words) >= 4 else None
        if hit is None or hit[2] - hit[1] < 1 or (hit[1] == 0 and hit[2] == len(run.words) - 1):
            out.append(run)
            continue
        cuts = [0, hit[1], hit[2] + 1, len(run.words)]
        parts = [run.words[x:y] for x, y in zip(cuts, cuts[1:]) if y > x]
        if any(len(p) < 2 for p in parts):
            out.append(run)  # "Andrzej Duda Kim": a lone word beside a full name may be its own part
            continue
        out += [NameSpan(p[0][1], p[-1][2], p) for p in parts]
    return out


def _respelt_registry(run: NameSpan, code: str | None, when: dt.date | None) -> tuple[int, int, int] | None:
    """match_registry on the run's words in the spelling the registry uses (names.yaml RESPELL: Taraškievica
    "Ўладзімер Макей" is Vladimir Makei)."""
    other = [(respelt(w, code), s, e) for w, s, e in run.words] if code else run.words
    return match_registry(NameSpan(run.start, run.end, other), when) if other != run.words else None


def _without_namesakes(runs: list[NameSpan], by_run: dict[int, PersonMention]) -> None:
    """'Мічіо Харада … Харада подякував': a lone family name that a person named in full in the text bears is
    that person, not the registry's namesake (Kenji Harada) unless the full name is the namesake too."""
    full: dict[str, set] = {}
    for k, run in enumerate(runs):
        if len(run.words) >= 2:
            pm = by_run.get(k)
            for w in (run.words[0][0], run.words[-1][0]):
                full.setdefault(w, set()).add(pm.registry_id if pm else None)
    for k in [k for k, pm in by_run.items() if len(runs[k].words) == 1 and pm.registry_id is not None]:
        # the word as written or in another case ("Мацуда" of "послом … Кунiхiко Мацудою")
        word = runs[k].words[0][0]
        ids = {i for w, got in full.items() if w == word or _case_forms(w.lower(), word.lower(), **NAMESAKE_FORMS)
               for i in got}
        if ids and by_run[k].registry_id not in ids:
            del by_run[k]


def _lone_family_mentions(a: Analysis, runs: list[NameSpan], found: list[PersonMention]) -> list[PersonMention]:
    """A lone capitalised word that is the family name of exactly one person named in full ("Lawrow",
    "Kim" after "Kim Jong-un") mentions that person: his later sentences are his too."""
    # each person's family name and written words split once, not once per lone word of the text
    # ... and its sound key's first letter: keys that sound alike begin alike (_key_opening), so
    # most pairs of a lone word and a family name are told apart without comparing their keys
    full = [(pm, family, pm.original.split(), _key_opening(family))
            for pm in found if len(pm.name.split()) >= 2 for family in [pm.name.split()[-1]]]
    places = ByStart([m for m in (*a.countries, *a.cities, *a.organizations)])  # bisected, not scanned per run
    # the persons a lone word can be held to: its first or last written word is the word, or its family name's
    # key opens as the word's does (else neither test below holds); looked up, not walked for every lone word
    by_word: dict[str, list[int]] = {}
    by_opening: dict[str, list[int]] = {}
    always = []  # no written words: tested as before
    for k, (_pm, _family, written, fo) in enumerate(full):
        if not written:
            always.append(k)
            continue
        for w in {written[0], written[-1]}:
            by_word.setdefault(w, []).append(k)
        by_opening.setdefault(fo, []).append(k)
    out = []
    for run in runs:
        if len(run.words) != 1 or len(run.text) < 3 or places.covers(run.start):
            continue
        word = run.words[0][0]
        opening = _key_opening(word) if full else ""
        near = sorted({*by_word.get(word, ()), *by_opening.get(opening, ()), *always})  # in the order of `full`
        same = {pm.name: pm for pm, family, written, fo in map(full.__getitem__, near)
                if _written_family(word, family, written) or (fo == opening and _sounds_like(word, family))}
        if len(same) == 1:
            pm = next(iter(same.values()))
            out.append(PersonMention(pm.name, run.text, run.start, run.end, pm.country, pm.role, pm.registry_id,
                                     evidence=[(run.start, run.end)]))
    return out


def _written_family(word: str, family: str, written: list[str]) -> bool:
    """Is `word` the family name as the person was written ("Kim" of "Kim Jong-un", "Lawrow" of "Sergei Lawrow")?"""
    # "Фунакоси и Пак договорились" after "Пак Юн Чжу": a Korean family name first, in a spelling of its own
    return word == written[-1] and len(written) >= 2 or (word == written[0] and (
        family.lower().startswith(word.lower()[:2]) or spells_family(word, family)))


@lru_cache(maxsize=None)
def _family_first_states(code: str) -> frozenset[str]:
    """names.yaml FAMILY_FIRST_STATES: states whose people this press writes family name first (Hungarians in
    Hangul and katakana: '오르반 빅토르', 'オルバーン・ヴィクトル')."""
    return frozenset(str(c).upper() for c in load(code).raw["names"].get("FAMILY_FIRST_STATES") or ())


def _given_first(name: str, original: str, code: str) -> str:
    """A two-word name read in the order written, turned given first; a name the reading turned already (its
    first word is not the first written one's) stays."""
    words, written = name.split(), original.split()
    own = hook(code, "romanise")
    if len(words) != 2 or len(written) != 2 or own is None or words[0].lower() != own(written[0]).lower():
        return name
    return f"{words[1]} {words[0]}"


# a family name in a script of its own, one or two letters after a boundary, right before a title ('조 장관', '崔外相')
_FAMILY_BEFORE_TITLE = re.compile(f"(?<![{HAN}{HANGUL}])[{HAN}{HANGUL}]{{1,2}} ?$")


def _families_beside_titles(a: Analysis, runs: list[NameSpan], by_run: dict[int, PersonMention], used_roles: set[int],
                            when: dt.date | None, states: frozenset[str]) -> list[PersonMention]:
    """'조 장관은', '최 부상은', '崔外相は': a family name in a script of its own right before a title is the person
    named in full before it whose name opens so ('최선희 … 최 부상'), else the one official of the registry
    bearing it who holds that office at the date. Returns those no run of names holds."""
    unrun: list[PersonMention] = []
    for r in a.roles:
        m = _FAMILY_BEFORE_TITLE.search(a.text, max(0, r.char_start - 3), r.char_start)
        if m is None or r.key == "counterpart":
            continue
        head = m.group().rstrip()
        start, end = m.start(), m.start() + len(head)
        over = [k for k, run in enumerate(runs) if run.start < end and start < run.end]
        if any(by_run[k].registry_id is not None for k in over if k in by_run):
            continue  # 岩屋外務大臣: the registry's own name
        if r.char_start in used_roles and not any(k in by_run and by_run[k].role_span == (r.char_start, r.char_end)
                                                 for k in over):
            continue  # the title is another name's
        named = {(o.name, o.registry_id): o for o in [*by_run.values(), *unrun] if o.start < start
                 and (full := o.original.replace(" ", "")).startswith(head) and len(full) > len(head)}
        if len(named) == 1:
            o = next(iter(named.values()))
            pm = PersonMention(o.name, head, start, end, o.country, o.role, o.registry_id)
        elif (pid := official_by_family(head, r.key, when, states)) is not None:
            p = registry_index().people[pid]
            pm = PersonMention(p["name"], head, start, end, p.get("country"),
                               (role_at(p, when) or {}).get("role") or r.key, pid)
        else:
            continue
        pm.role_span = (r.char_start, r.char_end)
        for k in over:
            by_run.pop(k, None)
        if over:
            by_run[over[0]] = pm
        else:
            unrun.append(pm)
        used_roles.add(r.char_start)
    return unrun


MEETING_GAP = 30  # characters between a meeting verb and the name it takes: a preposition, a clitic, a day


def _meeting_sides(a: Analysis, runs: list[NameSpan], lang: Language) -> list[int]:
    """Runs of two or three name words right after a meeting verb (past a preposition, a clitic or a day)
    or right before it (its subject): the people who meet."""
    meetings = [t for t in a.triggers if t.key.startswith("CONSULT")]
    if not meetings:
        return []
    common, titles = _lowercase_words(a), a.by_start("roles")
    # "met with Hanwha Aerospace CEO Jae-Il Son": a run right before a title is the firm whose officer is named
    fit = [i for i, run in enumerate(runs) if 2 <= len(run.words) <= 3
           and not any(w.lower() in common or w.isupper() for w, _, _ in run.words)
           and not titles.between(run.end, run.end + 2)]
    starts = [runs[i].start for i in fit]
    out = set()
    for t in meetings:
        k = bisect.bisect_left(starts, t.char_end)
        if k < len(fit) and runs[fit[k]].start - t.char_end <= MEETING_GAP \
                and _only_small_words(a, t.char_end, runs[fit[k]].start):
            out.add(fit[k])  # its object
        if k > 0 and 0 <= t.char_start - runs[fit[k - 1]].end <= MEETING_GAP // 2 \
                and _only_small_words(a, runs[fit[k - 1]].end, t.char_start):
            out.add(fit[k - 1])  # its subject
    return sorted(out)


def _only_small_words(a: Analysis, start: int, end: int) -> bool:
    """Does the text between two points hold only short words (prepositions, clitics) and dates?"""
    gap = without_days(a, start, end)
    return all(len(w) <= 3 for w in re.findall(r"\w+", gap)) and not re.search(r"[.;:!?()\n]", gap)


_DAY_PREP = re.compile(r"(?<=\s)\w{1,3}\s+$")


def without_days(a: Analysis, start: int, end: int) -> str:
    """The text between two points with its dates, and the short preposition before each, blanked out
    ("navštívil v úterý Ostravu", "відвідав у вівторок Львів": the day stands between verb and place)."""
    gap = a.text[start:end]
    for d in a.dates:
        if start <= d.start and d.end <= end:
            day = _DAY_PREP.search(a.text, start, d.start)
            gap = gap.replace(a.text[day.start() if day else d.start:d.end], " ", 1)
    return gap


def _noun_follows(text: str, end: int) -> bool:
    """Is the next word capitalised (the noun a prenominal genitive qualifies: "Kishidas Besuch")?"""
    rest = text[end:end + 3].lstrip(" ")
    return rest[:1].isupper()


def _namesake_in_role(pm: PersonMention, role: str) -> int | None:
    """Another registry entry of the same name that held the office the text gives, if any."""
    people = registry_index().people
    name = people[pm.registry_id]["name"]
    return next((i for i in _entries_named(people).get(name, ()) if i != pm.registry_id
                 and any(r["role"] == role for r in people[i].get("roles") or [])), None)


_BY_NAME: list = [None, {}]  # (the registry's people, {name: their indices in order}) of the last registry asked


def _entries_named(people) -> dict[str, list[int]]:
    """The registry's entries by name, built once per registry (a scan of all of them per title cost more)."""
    if _BY_NAME[0] is not people:
        by_name: dict[str, list[int]] = {}
        for i, p in enumerate(people):
            by_name.setdefault(p["name"], []).append(i)
        _BY_NAME[:] = [people, by_name]
    return _BY_NAME[1]


def _registry_roles(pm: PersonMention) -> set[str]:
    """Every office the registry knows the official to have held."""
    return {r["role"] for r in registry_index().people[pm.registry_id].get("roles") or []}


def _in_office(pm: PersonMention, when: dt.date | None) -> bool:
    """Does the registry know the official's office at the text's date (not only their latest)?"""
    return when is not None and role_at(registry_index().people[pm.registry_id], when) is not None


def _honoured_name(a: Analysis, lang: Language, run: NameSpan) -> str | None:
    """'中村仁威氏', '김철수 씨': where titles follow names, so do honorifics; a name before one is a person's."""
    if not lang.title_after_name:
        return None
    after = a.text[run.end:run.end + 4].lstrip(" ").lower()
    if not any(after.startswith(h) for h in lang.honorifics if h):
        return None
    return canonical_name([w for w, _, _ in run.words], a.lang, lang.name_endings)


BYLINE_WORDS = 5  # a line with fewer words besides a name is a byline, a photo credit, a signature


def _byline(text: str, run: NameSpan) -> bool:
    """Is the run on a short line of its own ("oprac. Piotr Miedziński", "Фото: Владимир Астапкович /
    РИА Новости", "Валерій Сааков")? Such a name signs or credits the page; it reports nothing."""
    start = text.rfind("\n", 0, run.start) + 1
    end = text.find("\n", run.end)
    line = text[start:end if end >= 0 else len(text)]
    return len(line.split()) - len(run.words) < BYLINE_WORDS


PRESS_REACH = 3  # words before a name a press word may stand ("AGERPRES special correspondent Oana Ghita")


def _agency_credit(text: str, run: NameSpan) -> bool:
    """Is the name inside a wire's slashed credit that names the agency ("ТОКИО, 14 март /Специален пратеник на
    БТА Иван Иванов/.")? Its reporter, whatever his title, takes no part in the event."""
    line_start = text.rfind("\n", 0, run.start) + 1
    opened = text.rfind("/", line_start, run.start)
    if opened < 0 or "/" not in text[run.end:run.end + 3]:
        return False
    agencies = data.name_lists()["PRESS_AGENCIES"]
    return any(w in agencies for w in _WORD.findall(text[opened + 1:run.start].lower()))


def _credited(text: str, run: NameSpan, lang: Language) -> bool:
    """Does a press word stand just before the name ("correspondent Oana Ghita", "Фото: Иван Петров")?
    The journalist reports the event; he takes no part in it."""
    if _agency_credit(text, run):
        return True
    if not lang.press_words:
        return False
    line_start = text.rfind("\n", 0, run.start) + 1
    words = _WORD.findall(text[max(line_start, run.start - 60):run.start].lower())  # "фото)Фото:" is two words
    return any(w in lang.press_words or w + "." in lang.press_words for w in words[-PRESS_REACH:]) \
        or _credit_after(text, run, lang)


def _credit_after(text: str, run: NameSpan, lang: Language) -> bool:
    """Does the name close its line's photo credit, a press word after it, an agency between ("Gabrielius
    Landsbergis / Žygimanto Gedvilos / BNS nuotr.", "Jāņa Kalniņa foto")? The photographer takes no part."""
    line_end = text.find("\n", run.end)
    tail = text[run.end:line_end if line_end >= 0 else len(text)]
    if len(tail) > 24:
        return False
    words = _WORD.findall(tail.lower())
    if not words or not (words[-1] in lang.press_words or words[-1] + "." in lang.press_words):
        return False
    agencies = data.name_lists()["PRESS_AGENCIES"]
    return all(w in agencies for w in words[:-1]) and not re.search(r"[^\w\s/.,|()-]", tail)


_WORD = re.compile(r"\w\w*")  # \w+ with a first character the engine skips to (text/tokens.py WORD_RE)


_DASH_APPOSED = re.compile(r"[ \t]+[–—-][ \t]+")  # "Name – title": a dash with spaces opens an apposition
TITLE_COMPLEMENT = 6  # lower-case words a title's complement may hold before the name


def _starts_of(runs: list[NameSpan]) -> list[int]:
    """Where each name run starts, in order."""
    return [run.start for run in runs]


_NAME_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”"}  # a mark opening a quoted name and the one closing it


def _past_name_quote(text: str, run: NameSpan, end: int) -> int:
    """Past the mark closing a quoted name at `end` (the name's or its gloss's end), where one opens right
    before the run ('코르러쩨안', '티투스 코르러쩨안(Titus Corlăţean)'); `end` where none does."""
    close = _NAME_QUOTES.get(text[run.start - 1:run.start]) if run.start else None
    return end + len(close) if close is not None and text.startswith(close, end) else end


def _run_for_role(a: Analysis, runs: list[NameSpan], r: Match, lang: Language,
                  backward: bool, after: bool = False) -> int | None:
    """The name a title belongs to: right after it, or (backward) just before it in apposition;
    `after` where the language puts titles after names ("Abe Sinzó miniszterelnökkel")."""
    key = ("runs", id(runs), len(runs))
    j = bisect.bisect_left(a.cached(key, _starts_of, runs), r.char_end)  # one list of starts for all the titles
    if backward:
        if j > 0:
            prev = runs[j - 1]
            gap_raw = a.text[prev.end:r.char_start]
            if prev.end > r.char_start or "\n" in gap_raw:
                return None  # the last test below, asked first: a long gap's readings need not be made
            # 岩屋外務大臣, 조태열 외교부 장관: the title follows the name, with its ministry before it, and the
            # name's state and Latin original may stand between (쿠피에츠키(Kupiecki) 폴란드 외교부 안보 담당 차관)
            # ... and a name read in brackets closes them before its title (黄教安(ファン・ギョアン)首相)
            # ... and so does a name's own Chinese characters (노무현(盧武鉉) 대통령), as Korean papers gloss it
            past = (g.end() if (g := _GLOSS.match(a.text, prev.end) or _HANJA_GLOSS.match(a.text, prev.end)) else
                    prev.end + 1 if re.search(r"[(（]", a.text[max(0, prev.start - 1):prev.end]) and
                    a.text[prev.end:prev.end + 1] in (")", "）") else prev.end) if lang.title_after_name else prev.end
            if lang.title_after_name:
                # ... and so do the quotes the press marks a foreign name with, its gloss inside them or not
                # ('코르러쩨안' 루마니아 외교장관, '티투스 코르러쩨안(Titus Corlăţean)' 루마니아 외교장관)
                past = _past_name_quote(a.text, prev, past)
            apposed = lang.title_after_name and past <= r.char_start \
                and re.fullmatch(r"[\w ・·]{0,14}", _without_places(a, past, r.char_start)) \
                and _words_only(a, past, r.char_start)
            # "Yamamoto Tadamicsi, Japán magyarországi nagykövete": the state's name may stand between
            gap = _without_places(a, prev.end, r.char_start)
            # an article opens an apposition only after its comma: "Kim Dzsin Phjóval, a … elnökével", but
            # "Gratulált a kormányfőnek" is a verb that opens a sentence, then its object
            joint = r"\s*(?:[,–-]\s*(?:\w{1,3}\s+)?)?" if after else r"\s*[,–-]\s*(?:\w{1,3}\s+)?"
            # "Menczer Tamás, a Külgazdasági és Külügyminisztérium államtitkára": where titles follow
            # names, the body whose title it is may stand between, in capitals
            body = rf"(?:[{UPPER}][\w-]+\s+(?:\w{{1,3}}\s+)?){{0,4}}" if after else ""
            if prev.end <= r.char_start and (apposed or re.fullmatch(joint + body, gap)) \
                    and "\n" not in gap_raw:
                return j - 1
        return None
    # where titles follow names, one before a name is its own only right before it (외무성 부상 조용삼),
    # or joined to it by a word of roles.yaml TITLE_LINKS (欧州局長の中村仁威氏)
    if j > 0 and a.text[r.char_start].islower() and _DASH_APPOSED.fullmatch(a.text, runs[j - 1].end, r.char_start) \
            and a.text[:runs[j - 1].start].rstrip(" \t")[-1:] not in ("", "\n"):
        # "Ji-in Hong – ambasador w RP, Juang-ha Kim – radca": a small title after a dash is the name's before
        # ("Владичин Хан – Амбасадор Јапана …" opens a line: a dateline's town, then the news)
        return None
    links = ("", " ", *(str(w) for w in lang.raw["roles"].get("TITLE_LINKS") or []))
    if j < len(runs) and lang.title_after_name:
        return j if a.text[r.char_end:runs[j].start] in links else None
    if j < len(runs):
        if _body_of_title(a, runs, j):
            # "Спикер Нацсобрания Южной Кореи Мун Хи Сан": the lone word is the body, the full name its holder
            if j + 1 >= len(runs) or len(runs[j + 1].words) < 2 \
                    or _without_places(a, runs[j].end, runs[j + 1].start).strip():
                return None
            j += 1
        nxt = runs[j]
        gap = a.text[r.char_end:nxt.start]
        if len(gap) > 80:  # no title names someone that far after it: said before the costlier tests
            return None
        words_between = _gap_words(a, r.char_end, nxt.start, lang)
        # a lone capitalised word names someone only right after the title ("Minister Lipavský"),
        # not after "of the" ("Mayor of the City of Tuzla")
        if len(nxt.words) == 1 and (words_between > 0 or _without_honorifics(_ABBREV_DOT.sub("", gap), lang)):
            # "împărăteasa Japoniei, Masako", "ambasadorul Japoniei, Matsutomi": the title's state, then the
            # name alone in apposition, is as near as "Minister Lipavský"
            if words_between == 0 and _STATE_APPOSED.fullmatch(_without_places(a, r.char_end, nxt.start)) \
                    and a.by_start("countries").between(r.char_end, nxt.start):
                return j
            # "министра иностранных дел России И.Иванова", "Посла Китая Хун Лэя", "посол Сенько Ю.А.": a family
            # name with its initials is a full name, as near its title as "Minister Lipavský" past the state
            if (lead := _initials_before(a.text, nxt.start)) is not None or _initials_after(a.text, nxt.end):
                lead = nxt.start if lead is None else lead
                if words_between == 0 and _SMALL_WORDS.fullmatch(_without_places(a, r.char_end, lead)) \
                        and "\n" not in a.text[r.char_end:nxt.start]:
                    return j
            return _apposed_after_complement(a, runs, j, r, words_between)
        # a long title ("министр развития общин и территорий Украины") may run to four words,
        # unless a verb of the event stands between: then the name belongs to another clause
        verbs = bool(a.by_start("triggers").between(r.char_end, nxt.start)
                     or a.by_start("future").between(r.char_end, nxt.start))
        if verbs and (_noun_before(a, nxt.start, lang) or _meets(a, r.char_end, nxt.start)):
            # "Ambasador skrytykował gazociąg Nord Stream": the name is the pipeline's; "Ambasador
            # spotkał się z Markiem Zielińskim": the one met is not the ambassador
            return None
        # "Secretarul de stat pentru afaceri globale și strategii diplomatice Cornel Feruță": a title's
        # complement in lower case may run longer than one naming places or bodies
        limit = 2 if verbs else (TITLE_COMPLEMENT if gap.strip() and gap.strip()[:1].islower()
                                 and not re.search(rf"\s[^\W\d_]*[{UPPER}]", gap) else 4)
        if r.key == "counterpart":
            limit = min(limit, 1)  # "his counterpart will focus on … the Strategic Partnership": a counterpart has no complement
        plain = _ABBREV_DOT.sub(r"\1", gap)  # "hr.", "g.", "Nj.e.": the dot of a title ends no sentence
        if not _BREAK.search(plain) and not re.search(r"[()\"“”„«»|]", gap) \
                and words_between <= limit:
            # another title in between belongs to someone else, unless it is the complement of a title
            # that names its holder by another office ("tiskovni predstavnik zunanjega ministra Jun Saito")
            if r.key in RELATIONAL_ROLES or not any(
                    o.char_end <= nxt.start for o in a.by_start("roles").between(r.char_end, nxt.start) if o is not r):
                return j
    return None


def _body_of_title(a: Analysis, runs: list[NameSpan], j: int) -> bool:
    """Is run j one word that a state's name follows right after ("Спикер Нацсобрания Южной Кореи")? It is
    the body of the title before it: a person's family name is followed by no state."""
    if len(runs[j].words) != 1:
        return False
    states = [m for m in a.by_start("countries").between(runs[j].end, runs[j].end + 3)]
    return bool(states) and not a.text[runs[j].end:states[0].char_start].strip()


RELATIONAL_ROLES = frozenset({"spokesperson"})  # titles whose complement is another office: "spokesperson of the minister"


def _apposed_after_complement(a: Analysis, runs: list[NameSpan], j: int, r: Match, words_between: int) -> int | None:
    """A capitalised word of the title's complement, then a full name in apposition: "Staatsministerin
    für Auswärtiges, KUNIMITSU Ayano", "Minister of Foreign Affairs, Taro Kono"."""
    if j + 1 >= len(runs) or len(runs[j + 1].words) < 2 or words_between + 1 > TITLE_APPOSITION_WORDS:
        return None
    nxt, name = runs[j], runs[j + 1]
    # ", Dl. Mihai Chirică": an honorific may open the apposition
    joint = _APPOSITION.fullmatch(a.text, nxt.end, name.start)
    if not joint or (joint[1] and joint[1].lower() not in load(a.lang).honorifics) or \
            is_given_name(nxt.words[0][0], a.lang):
        return None
    others = [o for o in a.by_start("roles").between(r.char_end, name.start) if o is not r]
    return None if others else j + 1


# "И.", "А.Г. ", "Дз.": a second letter in lower case, so that a state's abbreviation ending a sentence ("v ČR.") is none
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:[{UPPER}][^\W\d_{UPPER}]?\.\s?){{1,2}}$")
_SMALL_WORDS = re.compile(r"[\s,]*(?:[^\W\d_A-ZА-ЯЁ]{1,3}[\s,]+)*")  # "в" of "Посол Беларуси в Китае"
_INITIALS_AFTER = re.compile(rf"\s[{UPPER}]\.\s?[{UPPER}]\.")  # "Сенько Ю.А.": two initials after the family


_VOWEL_LETTERS = frozenset("aeiouyáéíóúýěåäöüąęаеёиоуыэюяіїєў")


def _digraph_initial(text: str, word: str, end: int) -> bool:
    """Is a word of two consonants with a dot and a capital after it ('Дж. ', 'Дз.', 'Ch. ') an initial, no name?"""
    return word[1].islower() and not (set(word.lower()) & _VOWEL_LETTERS) and text[end:end + 1] == "." \
        and text[end + 1:end + 3].strip()[:1].isupper()


def _initials_before(text: str, start: int) -> int | None:
    """Where the initials right before a name begin ('И.Иванова', 'А.Г. Лукашенко'), or None."""
    m = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    return m.start() if m else None


def _initials_after(text: str, end: int) -> bool:
    """Do two initials follow the name ('Сенько Ю.А.'), as official lists write a family name first?"""
    return bool(_INITIALS_AFTER.match(text, end))


_APPOSITION = re.compile(r",\s*(?:([^\W\d_]+)\.?\s+)?")
_STATE_APPOSED = re.compile(r"\s*,\s*")  # what stands between a title's state and the name apposed to it
TITLE_APPOSITION_WORDS = 4  # words of a title's complement before the comma of its name's apposition


def _words_only(a: Analysis, start: int, end: int) -> bool:
    """Is the text between two points all words of the tokenizer, besides spaces and dots? A tokenizer
    that leaves out particles and endings leaves uncovered the '에서 열린' of '쿠알라룸푸르에서 열린 아세안
    외교장관회의': no apposition of a name and its title runs through a case ending or a verb."""
    i = bisect.bisect_left(a.token_starts, start)
    covered = [False] * (end - start)
    while i < len(a.tokens) and a.tokens[i].start < end:
        t = a.tokens[i]
        for k in range(max(t.start, start), min(t.end, end)):
            covered[k - start] = True
        i += 1
    return all(c or a.text[start + k] in " ・·" for k, c in enumerate(covered))


def _meets(a: Analysis, start: int, end: int) -> bool:
    """Does a meeting's verb stand between two points (the title's holder meets the name's)?"""
    return any(t.key.startswith("CONSULT") for t in a.by_start("triggers").between(start, end))


def _without_places(a: Analysis, start: int, end: int) -> str:
    """The text between two points with the names of states and their adjectives taken out."""
    gap = a.text[start:end]
    for m in a.by_start("countries").between(start, end):
        if m.char_end <= end:
            gap = gap.replace(a.text[m.char_start:m.char_end], "", 1)
    return re.sub(r" {2,}", " ", gap)


def _noun_before(a: Analysis, pos: int, lang: Language) -> bool:
    """True when the word right before `pos` is a lower-case word that is no title, honorific or function word."""
    i = bisect.bisect_left(a.token_starts, pos) - 1
    if i < 0:
        return False
    t = a.tokens[i]
    return (t.text[:1].islower() and len(t.low) > 3 and t.low not in lang.honorifics
            and t.low not in lang.role_words and i not in a.place_tokens
            and not any(m.start <= i < m.end for m in a.roles + a.triggers))


def _without_honorifics(gap: str, lang: Language) -> str:
    """The words of a gap that are no honorific: "suursaadik hr Kitaoka" is as near as "Minister Lipavský"."""
    return " ".join(w for w in gap.split() if w.lower() not in lang.honorifics)


def _gap_words(a: Analysis, start: int, end: int, lang: Language) -> int:
    """Words between a title and a name that are not places, honorifics or short function words."""
    starts = a.token_starts
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    n = 0
    for i in range(lo, hi):
        t = a.tokens[i]
        if t.end > end or len(t.low) <= 3 or t.low in lang.honorifics or i in a.place_tokens:
            continue
        n += 1
    return n


def _role_country(a: Analysis, r: Match, pm: PersonMention, backward: bool, after: bool = False) -> str | None:
    """The state an office belongs to: named right after the title, else an adjective before it;
    `after` where titles follow names: only a state between the name and its title (쿠피에츠키 폴란드
    외교부 차관), since what follows the title is the sentence's (방문해 폴란드 바르샤바를)."""
    sent = a.sentences[a.sentence_of(r.char_start)]
    if after and backward:
        # "駐日ポーランド大使", "김현수 주폴란드 대사": the state of a post is the host, not the envoy's own
        posted = [m for m in a.posts if pm.end <= m.char_start and m.char_end <= r.char_start]
        own = lambda m: not any(p.char_start < m.char_end and m.char_start < p.char_end for p in posted)
        between = [m for m in a.by_start("countries").between(pm.end, r.char_start + 1)
                   if m.char_end <= r.char_start and own(m)]
        if between:
            return between[-1].key
        # ... or right before the name, joined by at most a particle (ポーランドのヤニシェフスキ駐日大使)
        lead = [m for m in a.by_start("countries").between(max(sent.start, pm.start - 12), pm.start)
                if m.char_end <= pm.start and len(a.text[m.char_end:pm.start].strip()) <= 1]
        # an envoy posted abroad with no state of his own named is the home press's ("宮島駐ポーランド大使")
        return lead[-1].key if lead else (load(a.lang).home if posted else None)
    # "Japānas vēstnieku Latvijā", "seinem japanischen Amtskollegen": the word right before the title
    countries = a.by_start("countries")
    # never across a line: a headline's "… vizīti Japānā" over "Ārlietu ministrs Artis Pabriks" is not his state
    before = [m for m in countries.between(max(sent.start, r.char_start - 30), r.char_start + 1)
              if m.char_end <= r.char_start and "\n" not in a.text[m.char_end:r.char_start]]
    lang = load(a.lang)
    if backward and lang.titles_follow_names:
        # "Menczer Tamás, a … államtitkára fogadta … japán …": the title closes the apposition, what
        # follows is the next clause's
        return before[-1].key if before and before[-1].char_start >= pm.end else None
    after_end = min(r.char_end + 45, sent.end) if backward else pm.start
    limit = max(after_end, r.char_end)
    after = [m for m in countries.between(r.char_start, limit + 1) if m.char_end <= limit]
    if before and len(a.text[before[-1].char_end:r.char_start].split()) <= 1 \
            and not (_owner_follows(a, before[-1], r, after)):
        return before[-1].key
    if after:
        return after[0].key
    return before[-1].key if before else None


LOCAL_OFFICES = ("mayor", "governor")  # offices named after a town: "primarul municipiului Iași"
TOWN_GAP = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+)?\s+")  # at most two words: "of the city of", "municipiului"


def _office_town(a: Analysis, r: Match) -> str | None:
    """The state of a town's office: a mayor or governor of a town belongs to the town's state
    ("primarul municipiului Iași", "мэр Оренбурга", "the Mayor of Szeged", "Prezydent Krakowa")."""
    if r.key not in LOCAL_OFFICES:
        return None
    for m in a.cities:
        if r.char_start < m.char_start < r.char_end or m.char_start == r.char_end + 1 or \
                (r.char_end < m.char_start <= r.char_end + 24 and TOWN_GAP.fullmatch(a.text, r.char_end + 1, m.char_start)):
            return data.city_country(m.key)
    # the town in its dictionary form after a short function word and a town noun ("of the city of")
    i = bisect.bisect_left(a.token_starts, r.char_end)
    if i < len(a.tokens) and len(a.tokens[i].low) <= 3 and not a.tokens[i].is_upper_initial:
        i += 1
    i += town_noun_at(a.tokens, i, a.lang)
    for n in (2, 1):
        toks = a.tokens[i:i + n]
        if len(toks) == n and all(t.is_upper_initial for t in toks):
            city = data.city_names().get(" ".join(t.low for t in toks))
            if city:
                return data.city_country(city)
    return None


def _owner_follows(a: Analysis, before: Match, r: Match, after: list[Match]) -> bool:
    """'у Палати Србија амбасадора Јапана': where the owner follows the title in the genitive, a
    capitalised country noun before it names something else; an adjective ('japońskiego') does not."""
    if not load(a.lang).raw["roles"].get("OWNER_AFTER_TITLE") or not after:
        return False
    right_after = len(a.text[r.char_end:after[0].char_start].split()) <= 1
    return right_after and a.text[before.char_start:before.char_start + 1].isupper()


_GLOSS = re.compile(r"\s*\(([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3})\)")
_HANJA_GLOSS = re.compile(f"[(（][{HAN}]{{2,4}}[)）]")  # a name's Chinese characters right after it


# letter groups only the English romanisations of Japanese and Korean write ('Dukgeun', 'Ahn', 'Shinzo', 'Yoshi')
_ENGLISH_ROMAN = re.compile(r"ae|eo|eu|oo|sh|ts|w|y|[aeiou]h\b", re.I)


def _english_before_local(name: str, gloss: str) -> bool:
    """Is the run the original in the English romanisation and the bracket the local spelling, both plain
    letters ("Dukgeunu Ahnu (Dukgjunu Anu)": Lithuanian writes the sound after the original)?"""
    return gloss.isascii() and bool(_ENGLISH_ROMAN.search(name)) and not _ENGLISH_ROMAN.search(gloss)


def _latin(s: str) -> bool:
    """Is every letter of the text a Latin one (a gloss of another script is its original whatever it sounds)?"""
    return all(ord(c) < 0x250 for c in s if c.isalpha())


# a word of one or two pinyin syllables ('Cheng', 'Wenju', 'Qingli'): a gloss all of such words is a Chinese name
# (j, q and x stand only before i or u: 'Jan Marian' is no pinyin)
_PINYIN_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|[aoeiuü])"
                    r"|[jqx](?:iang|iong|ing|ian|iao|uan|ia|ie|iu|in|un|ue|[iu]))")
_PINYIN = re.compile(r"(?:%s){1,2}" % _PINYIN_SYLLABLE)


def _chinese_order(words: list[str]) -> bool:
    """Is a bracketed Latin original a Chinese name written family first ('Zhang Qingli', 'Cheng Wenju'): a
    one-syllable family name, then a given name of one or two syllables, all in pinyin?"""
    return len(words) == 2 and bool(re.fullmatch(_PINYIN_SYLLABLE, words[0].lower())) \
        and bool(_PINYIN.fullmatch(words[1].lower()))


def _sounds_alike(name: str, gloss: str) -> bool:
    """Do the words of the bracketed gloss open with the consonants of the name's words (Omu ~ Eom,
    Jangdžo ~ Yang-jo), as a spelling of the same name does? Two words each when both have two: one
    chance likeness is no spelling ('Andrej Babiš (Partei Ano)': Ano ~ Andrej, and Partei is a party)."""
    keys, glosses = [sound_key(w) for w in name.split()], gloss.split()
    alike = sum(any(k and g and k[:min(2, len(k), len(g))] == g[:min(2, len(k), len(g))] for k in keys)
                for g in map(sound_key, glosses))
    if alike and len(glosses) >= 2 and all(_PINYIN.fullmatch(g.lower()) for g in glosses):
        return True  # 'Čenu Vendzju (Cheng Wenju)': a Chinese name in pinyin, whose w, j, q a local spelling renders as v, dzj, c
    return bool(glosses) and alike >= min(2, len(keys), len(glosses))


def _with_gloss(text: str, run: NameSpan, code: str | None = None) -> NameSpan:
    """'Jasuši Takasi (Yasushi Takase)': the Latin original in brackets is the better name; not when the
    run is the plain original and the brackets hold the local spelling ('Hiroaki Uchikura (Hiroakis Učikura)').
    A language may find it further on, past the title (the `gloss_after` hook)."""
    m = _GLOSS.match(text, run.end)
    if not m and code and (further := hook(code, "gloss_after")) and (words := further(text, run.end)):
        return NameSpan(words[0][1], words[-1][2], words)
    if not m or (text[run.start:run.end].isascii() and not m.group(1).isascii()) \
            or _english_before_local(text[run.start:run.end], m.group(1)) \
            or (_latin(run.text) and not _sounds_alike(run.text, m.group(1))):
        return run  # "Baiba Braze (New Unity)", "Petr Fiala (Civic Democrats)": a party, not the name again
    words, pos = [], m.start(1)
    for w in m.group(1).split(" "):
        words.append((w, pos, pos + len(w)))
        pos += len(w) + 1
    return NameSpan(words[0][1], words[-1][2], words)


def _merge_repeats(found: list[PersonMention], patronymic: re.Pattern | None = None) -> list[PersonMention]:
    """One entry per person: 'Minister Rau' joins 'Zbigniew Rau', 'Сергей Викторович' Sergey Lavrov."""
    out: list[PersonMention] = []
    for pm in found:
        if any(o is pm for o in out):
            continue  # a full name already entered for an earlier short mention of it
        fam = _words(pm.name)[-1].lower() if _words(pm.name) else ""
        same = _named_in_full(pm, found) or _given_alone(pm, found) or _given_and_patronymic(pm, found, patronymic) \
            or _tail_of_longer(pm, found)
        for o in out if same is None else ():
            ofam = _words(o.name)[-1].lower()
            if o.name == pm.name or (o.registry_id is not None and o.registry_id == pm.registry_id):
                same = o
            elif (len(_words(pm.name)) == 1 and (fam == ofam or _case_forms(fam, ofam, **FAMILY_FORMS) or _same_family(pm, o))) or \
                    (len(_words(o.name)) == 1 and (_case_forms(o.name.lower(), fam, **FAMILY_FORMS) or _same_family(o, pm))) \
                    or _one_name_in_two_cases(pm, o):
                same = o
            if same:
                break
        if same is None or same is pm:
            out.append(pm)
            continue
        if not any(o is same for o in out):  # the full name comes later: it is the entry, this one its first mention
            out.append(same)
            same.evidence.extend(pm.evidence)
            continue
        if same.registry_id is None and (len(pm.name.split()) > len(same.name.split()) or (
                len(pm.name.split()) == len(same.name.split()) and _read_as_written(pm) and not _read_as_written(same))):
            same.name, same.original = pm.name, pm.original  # "Gustaw Marek Brzezin" as written, not "Brzezina"
        same.evidence.extend(pm.evidence)
        same.role = same.role or pm.role
        same.country = same.country or pm.country
        if same.registry_id is None and pm.registry_id is not None:
            same.registry_id, same.name = pm.registry_id, pm.name
    return out


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """name.split(), kept per name: _merge_repeats and its helpers split every other mention's name for each one."""
    return tuple(name.split())


@lru_cache(maxsize=4096)
def _low_words(name: str) -> tuple[str, ...]:
    """name.lower().split(), kept per name (as _words)."""
    return tuple(name.lower().split())


def _one_name_in_two_cases(pm: PersonMention, o: PersonMention) -> bool:
    """Are two unregistered names of two or more words one name read from two cases, word by word ("Gustawa Marka
    Brzezina" read as Gustaw Marek Brzezina, "Gustaw Marek Brzezin" as written)?"""
    a, b = _low_words(pm.name), _low_words(o.name)
    return pm.registry_id is None and o.registry_id is None and len(a) == len(b) >= 2 and a[:-1] == b[:-1] \
        and _case_forms(a[-1], b[-1], **FAMILY_FORMS)


def _read_as_written(pm: PersonMention) -> bool:
    """Is the name read as the text writes it, no case ending taken off (a nominative)?"""
    return fold(pm.name).lower() == fold(pm.original).lower()


def _tail_of_longer(pm: PersonMention, found: list[PersonMention]) -> PersonMention | None:
    """"Сок Ель прибыл" after "президент Юн Сок Ель": a run of two words that are the last two of one
    earlier name of three, as written (the last perhaps in its case), is that person cut short, not a
    Korean family name of its own."""
    words = pm.original.lower().split()
    if len(words) != 2 or pm.registry_id is not None:
        return None
    fits = [o for o in found if o is not pm and o.start < pm.start and len(ow := _low_words(o.original)) == 3
            and ow[1] == words[0] and _same_stem(ow[2], words[1])]
    return fits[0] if len({o.name for o in fits}) == 1 else None


def _same_stem(a: str, b: str) -> bool:
    """One word as written or in a case of it: the shorter a prefix of the longer, with at most two letters more."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and long_.startswith(short[:-1] if len(short) > 2 else short) and len(long_) - len(short) <= 2


def _given_alone(pm: PersonMention, found: list[PersonMention]) -> PersonMention | None:
    """'министър на външните работи Екатерина' cut at a teaser's end: a lone given name is the one person
    of the text named in full with it, if there is exactly one."""
    words = pm.name.split()
    if len(words) != 1 or pm.registry_id is not None:
        return None
    full = [o for o in found if o is not pm and len(_words(o.name)) >= 2 and _words(o.name)[0] == words[0]]
    return full[0] if len({o.name for o in full}) == 1 else None


def _given_and_patronymic(pm: PersonMention, found: list[PersonMention],
                          patronymic: re.Pattern | None) -> PersonMention | None:
    """'Как отметил Сергей Викторович': a given name and a patronymic, the polite way to name a person met
    before, are the one person of the text named in full with that given name, if there is exactly one."""
    words = pm.original.split()
    if patronymic is None or len(words) != 2 or pm.registry_id is not None or not patronymic.fullmatch(words[1]):
        return None
    given, written = pm.name.split()[0], words[0].lower()
    full = [o for o in found if o is not pm and len(_words(o.name)) >= 2 and len(_words(o.original)) >= 2
            and (_words(o.name)[0] == given or _case_forms(_words(o.original)[0].lower(), written))
            and not patronymic.fullmatch(_words(o.original)[-1])]
    return full[0] if len({o.name for o in full}) == 1 else None


def _case_forms(a: str, b: str, shortest: int = 5, tail: int = 2, spread: int = 2) -> bool:
    """Two case forms of one word: `shortest` letters or more, alike but for the shorter one's last `tail`
    letters, their lengths at most `spread` apart ('Уладзімірам', 'Уладзімір'; a family name's forms
    'Kishidą', 'Kishida' with shortest=4, tail=1, spread=3)."""
    n = min(len(a), len(b))
    return n >= shortest and a[:n - tail] == b[:n - tail] and abs(len(a) - len(b)) <= spread


FAMILY_FORMS = {"shortest": 4, "tail": 1, "spread": 3}  # a lone family name against a full name's last word
# a lone registry word against a word of a name written in full: "Мацуда" of "Мацудою", not "Akišino" of "Akio"
NAMESAKE_FORMS = {"shortest": 5, "tail": 1, "spread": 2}


_NATIVE_HEAD = re.compile(f"[{HAN}{HANGUL}]{{1,2}}")


def _named_in_full(pm: PersonMention, found: list[PersonMention]) -> PersonMention | None:
    """'崔氏', '최 부상': a family name in a script of its own, alone, is the one person of the text whose name
    as written opens with it (崔善姫, 최선희). 'ランズベルギス外相', '드보르작 차관': a foreign name written in kana or
    Hangul, alone, is the one person whose name as written ends with it as its last part (ガブリエリウス・
    ランズベルギス, 마르틴 드보르작): its reading would not sound like the Latin family name."""
    if pm.registry_id is not None:
        return None
    # "야첵 차푸토비츠(Jacek Czaputowicz) … 야첵 차푸토비츠 장관은": the same name as written, without its gloss
    same = {id(o): o for o in found if o is not pm and o.original == pm.original and " " in pm.original.strip()
            and _FOREIGN_NAME.fullmatch(pm.original)}
    if len(same) == 1:
        return next(iter(same.values()))
    if _NATIVE_HEAD.fullmatch(pm.original):
        full = {id(o): o for o in found if o is not pm and len(o.original.replace(" ", "")) > len(pm.original)
                and o.original.replace(" ", "").startswith(pm.original)}
    elif _FOREIGN_WORD.fullmatch(pm.original):
        full = {id(o): o for o in found if o is not pm and re.split(r"[\s・･]+", o.original)[-1] == pm.original
                and len(re.split(r"[\s・･]+", o.original)) > 1}
    else:
        return None
    return next(iter(full.values())) if len(full) == 1 else None


_FOREIGN_NAME = re.compile(f"[{KATAKANA_LETTERS}{HANGUL}・･ ]+")  # a name in katakana or Hangul
_FOREIGN_WORD = re.compile(f"[{KATAKANA_LETTERS}]{{3,}}|[{HANGUL}]{{3,}}")  # a katakana or Hangul word


def _same_family(short: PersonMention, full: PersonMention) -> bool:
    """'Pavla' (as written) is the family name of 'Petr Pavel' in another case."""
    return _sounds_like_family(short.original.split()[-1], full)


def _sounds_like_family(word: str, full: PersonMention) -> bool:
    """Does a word as written sound like the family name of a person named in full ('Lawrow' of Lavrov)?"""
    return _sounds_like(word, full.name.split()[-1])


def _key_opening(word: str) -> str:
    """The first letter of the word's sound key: _sounds_like holds only of a word and a family name whose
    keys open alike (every way _word_matches allows opens the text's key with the name's, or asks the same
    first letter)."""
    from kronika.lang.translit import skeleton

    return skeleton(word)[:1]


@lru_cache(maxsize=16384)  # every lone word of a text is held against every person named in full
def _sounds_like(word: str, family: str) -> bool:
    from kronika.nlp.persons import _word_matches
    from kronika.lang.translit import skeleton

    return _word_matches(skeleton(word), skeleton(family))
