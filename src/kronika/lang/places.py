"""One language's places.yaml as the place choosers read it: word lists lower-cased and patterns built once.

`places(code)` is read by events/location.py (where an event happened); each list is read from the language's
data on first use and kept (see FORMAT.md for what each key means).
"""
from __future__ import annotations

import re
from functools import cache, cached_property

from kronika.lang import Language, load


def _lower(values) -> tuple[str, ...]:
    """A places.yaml list, its forms lower-cased, in order."""
    return tuple(str(f).lower() for f in values or ())


def _alternation(values) -> str:
    """The lower-cased forms of a list as a regex alternation, the longest first."""
    return "|".join(re.escape(w) for w in sorted({str(f).lower() for f in values or ()}, key=len, reverse=True))


def _words(key: str, doc: str) -> cached_property:
    """A view's property: the places.yaml list `key`, its forms lower-cased, in order, read on first use."""
    def read(self) -> tuple[str, ...]:
        return _lower(self.raw.get(key))
    read.__doc__ = f"{key}: {doc}"
    return cached_property(read)


def _word_set(key: str, doc: str) -> cached_property:
    """As `_words`, as a set (for membership tests)."""
    def read(self) -> frozenset[str]:
        return frozenset(_lower(self.raw.get(key)))
    read.__doc__ = f"{key}: {doc}"
    return cached_property(read)


class Places:
    """The places.yaml words and patterns of one language (each built on first use)."""

    def __init__(self, lang: Language):
        self.lang, self.raw = lang, lang.raw["places"]

    embassy = _words("EMBASSY", "a city after these seats a mission, not the event.")
    seat = _words("SEAT", "a noun for a body's seat: a city after one is where it sits, not the event, unless placed.")

    @cached_property
    def seats(self) -> tuple[str, ...]:
        """EMBASSY and SEAT: a city after either seats a mission or a body, not an event."""
        return self.embassy + self.seat

    region_words = _words("REGION_WORDS", "a region named after its seat puts the event there.")
    venue_words = _words("VENUE_WORDS", "a city (adjective) naming a conference meets there.")
    origin = _words("ORIGIN", 'after an office or a counterpart, the phrase of where he comes from ("de la").')
    building_of = _words("BUILDING_OF",
                         'words of origin that also give where a named building stands ("la Palatul Imperial din").')
    by_building = _words("BY_BUILDING",
                         'by a building ("outside the embassy in X"): the building named after one is the venue.')
    visitors = _words("VISITORS", "a visit word inside a noun for the visitors (訪問団): the town before it is theirs.")
    seat_of_state = _words("SEAT_OF_STATE",
                           "a state's office before a city (“das Außenministerium in”): its seat, not a meeting's.")
    posting = _words("POSTING",
                     "right after a city, the posting of a mission there (주재, 駐在): its seat, not the event's place.")
    posting_cases = _words("POSTING_CASES", "the endings of a case of place on the participle of POSTING (et, lt: it "
                           "agrees with its noun, 'asuvas', 'esančiame') or on the noun after it (hu: 'központban').")

    @cached_property
    def posting_agrees(self) -> bool:
        """POSTING_AGREES: the participle takes its noun's case (et, lt), so its own ending tells the case."""
        return bool(self.raw.get("POSTING_AGREES"))

    articles = _word_set("ARTICLES", "the articles of the language ('the', 'der').")
    told = _words("TOLD", "the verbs of telling that may stand before where the telling was done.")
    home_bodies = _word_set("HOME_BODIES",
                            "the bodies the home press names without their state ('外務省', 'МИД'), lower-cased.")

    @cached_property
    def local_time(self) -> tuple[str, ...]:
        """LOCAL_TIME: the asides that tell a time as it was where the event happened, written without spaces."""
        # "현지시각" and "현지 시각" are one word (a loader may space Korean compounds)
        return tuple({str(w).lower().replace(" ", "") for w in self.raw.get("LOCAL_TIME") or ()})

    @cached_property
    def region_seats(self) -> tuple[tuple[str, str], ...]:
        """REGION_SEATS as (stem of the region's adjective, its seat), the longest stem first."""
        seats = self.raw.get("REGION_SEATS") or {}
        pairs = [(str(stem).rstrip("*").lower(), str(city)) for city, stems in seats.items() for stem in stems or ()]
        return tuple(sorted(pairs, key=lambda p: -len(p[0])))

    @cached_property
    def region_name_endings(self) -> tuple[tuple[str, str], ...]:
        """REGION_NAME_ENDINGS: (ending, the seat's ending) of a region's name made from its seat's."""
        return tuple((str(x), str(y or "")) for x, y in self.raw.get("REGION_NAME_ENDINGS") or ())

    @cached_property
    def two_case(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
        """TWO_CASE: a locative word that also governs an accusative of aim -> (the accusative endings of a state's
        name, the locative endings that end in one of them, the nouns of aim it follows): 'tlak na Severní Koreu'
        names no place, 'odcestoval na Slovensko' the place he went to."""
        raw = self.raw.get("TWO_CASE") or {}
        return {str(w).lower(): (tuple(_lower((v or {}).get("accusative"))), tuple(_lower((v or {}).get("locative"))),
                                 tuple(_lower((v or {}).get("aims"))))
                for w, v in raw.items()}

    @cached_property
    def town_end(self) -> re.Pattern | None:
        """A town noun closing a text ('the city of', 'miasto'), from CITY_WORDS; None without them."""
        towns = _alternation(self.raw.get("CITY_WORDS"))
        return re.compile(rf"(?:^|\s)(?:{towns})\s*$") if towns else None

    @cached_property
    def visit_gap(self) -> re.Pattern:
        """The words that may stand between a verb of visiting and its place: CLITICS, then a word of its goal
        (VISIT_GOAL, 'посета на Софија'), then a CITY_WORDS noun ('posjetio je Split', 'посетила город Краков')."""
        towns, clitics = _alternation(self.raw.get("CITY_WORDS")), _alternation(self.raw.get("CLITICS"))
        goal = _alternation(self.raw.get("VISIT_GOAL"))
        gap = rf"\s*(?:(?:{clitics})\s+){{0,2}}" if clitics else r"\s*"
        gap += rf"(?:(?:{goal})\s+)?" if goal else ""
        gap += rf"(?:(?:{towns})\s+)?" if towns else ""
        return re.compile(gap)

    @cached_property
    def district(self) -> tuple[re.Pattern, re.Pattern] | None:
        """(a ward word and a comma right after a name, 'Minato Ward, '; a locative, a name, its ward word and the
        comma before a town, 'in Minato Ward, ') from DISTRICT_WORDS, which write the part before the whole."""
        words = "|".join(re.escape(w) for w in _lower(self.raw.get("DISTRICT_WORDS")))
        locs = "|".join(re.escape(w) for w in self.lang.locative)
        if not words or not locs:
            return None
        return (re.compile(rf"\s+(?i:{words})\s*,\s+(?=\w)"),
                re.compile(rf"(?:^|\s)(?i:{locs})\s+[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?\s+(?i:{words})\s*,\s+$"))


@cache
def places(code: str) -> Places:
    """The places.yaml view of a language, made once."""
    return Places(load(code))
