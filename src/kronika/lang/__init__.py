"""Per-language knowledge, loaded from ``lang/<code>/*.yaml`` the first time it is asked for.

Every language folder has the same six files (see FORMAT.md). Adding a language means adding a
folder with those files; no code changes. A language that needs behaviour (a tokenizer for text
without spaces, a date grammar of its own, a romanisation of names) adds `hooks.py` to its folder:
the engine asks for a hook by name (`hook(code, "tokens")`) and never branches on the code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import importlib
import re
from re import _casefix  # the characters IGNORECASE adds to a letter's cases ("s": "ſ")
from functools import cache, cached_property, lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

from kronika import yamlfile
from kronika.cache import stored
from kronika.errors import KronikaError
from kronika.text.lexicon import Lexicon, MultiLexicon, _parse_form, lex_tokens

LANG_DIR = Path(__file__).parent
FILES = ("dates", "places", "roles", "events", "topics", "names")
# Behaviour a language folder may provide in hooks.py (see FORMAT.md "hooks.py").
HOOKS = ("tokens", "form_words", "find_dates", "name_spans", "romanise", "sound_of", "press_stamp", "script_latin",
         "can_be_name", "is_given_name", "name_lemma", "name_pair", "future_spans", "done_links",
         "caption_spans", "future_verb", "town_spans", "common_noun", "foreign_sound",
         "plain_dates")
RELATIVE_KEYS = ("today", "yesterday", "tomorrow", "day_before_yesterday", "day_after_tomorrow", "next_day", "day_before",
                 "same_day", "last_week", "this_week", "next_week", "last_weekend", "last_month", "this_month", "next_month",
                 "last_year", "this_year", "next_year", "then")
# Where a language's press names the participants of its event (events.yaml PARTICIPANTS)
PARTICIPANTS = ("lead", "first_sentence")
_VOWELS = set("aeiouyąęáéíóúýěůäöüõāēīūėįųыаеиоуяюэєіїёьъ")


class LanguageDataError(KronikaError, ValueError):
    """A language folder is missing or malformed."""


@cache
def available() -> list[str]:
    """Codes of the languages that have a data folder."""
    return sorted(p.name for p in LANG_DIR.iterdir()
                  if p.is_dir() and (p / "dates.yaml").exists())


@cache
def hooks(code: str) -> ModuleType | None:
    """The language's hooks.py module, imported on first use; None when the folder has none."""
    if not (LANG_DIR / code / "hooks.py").exists():
        return None
    return importlib.import_module(f"kronika.lang.{code}.hooks")


@cache  # asked thousands of times a pass, mostly of languages without the hook: getattr of a missing
# name raises and catches an AttributeError inside (2.6 us a call); the hooks are fixed once imported
def hook(code: str, name: str) -> Callable | None:
    """One named hook of a language (see HOOKS), or None when the language needs no such behaviour."""
    mod = hooks(code) if code in available() else None
    return getattr(mod, name, None) if mod else None


@cache
def _script_hooks() -> tuple[Callable, ...]:
    return tuple(f for c in available() if (f := hook(c, "script_latin")))


def script_latin(word: str) -> str | None:
    """Latin letters for a word in a script some language's hooks spell out (kana), else None."""
    for f in _script_hooks():
        if (latin := f(word)) is not None:
            return latin
    return None


def tokens(text: str, code: str | None) -> list:
    """Lexicon tokens of a text: the language's own tokenizer if it has one, else words between spaces."""
    split = hook(code, "tokens") if code else None
    return split(text) if split else lex_tokens(text)


def _read(code: str, name: str) -> dict[str, Any]:
    import yaml

    path = LANG_DIR / code / f"{name}.yaml"
    if not path.exists():
        raise LanguageDataError(f"{path}: missing; every language needs {', '.join(FILES)} (see lang/FORMAT.md)")
    try:
        data = yamlfile.loads(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise LanguageDataError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a mapping of UPPER-CASE keys")
    return data


def has_form(word: str, forms) -> bool:
    """Is a word one of a language's listed forms, a stem ending in '*' matching its start?"""
    exact, stems = _form_test(forms if isinstance(forms, tuple) else tuple(forms))
    return word in exact or word.startswith(stems)


@lru_cache(maxsize=1024)
def _form_test(forms: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the whole words, the stems) of a list of forms: two tests in C instead of a loop over the forms."""
    return (frozenset(f for f in forms if not f.endswith("*")), tuple(f[:-1] for f in forms if f.endswith("*")))


def _forms(values: Any) -> list[str]:
    if values is None:
        return []
    if isinstance(values, (str, int)):
        return [str(values)]
    return [str(v) for v in values if v is not None]


def _longest_first(values: Any) -> list[str]:
    """A list's forms in lower case, longest first: an alternation built from them tries "tudi z" before "z"."""
    return sorted((f.lower() for f in _forms(values)), key=len, reverse=True)


TITLE_THEN = r"[^,.;:!?\n]{0,45}$"  # up to a few words of title in one clause, then the person
TITLE_APPOSED = r"[^,.;:!?\n]{0,45}(?:,[ \t]*)?$"  # the same, the title in apposition: a comma before the person
# "between" or a title, never "with", then up to two names with their titles, an initial's dot allowed ("А.Г."),
# on the noun's own line ("… a decade of ties" over the lead is a headline)
def _relations_then(withs) -> str:
    """What follows a noun of relations up to the person: not a word of "with" (names.yaml RELATIONS_WITH), then
    up to 70 characters of the clause (initials' dots allowed)."""
    words = _longest_first(withs)
    partner = r"(?!(?:" + "|".join(map(re.escape, words)) + r")\s)" if words else ""
    return r"[ \t]+" + partner + r"(?:[^,.;:!?\n]|(?<=(?<!\w)\w)\.){0,70}$"


def phrases_then(forms, tail: str = "") -> re.Pattern | None:
    """The forms as whole words, then `tail`, case-blind; None for a language without them."""
    words = _longest_first(forms)
    return _phrases_then_compiled(words, tail) if words else None


def _phrases_then_compiled(words: list[str], tail: str) -> re.Pattern:
    """phrases_then's pattern of these forms (lower case, longest first)."""
    # the forms grouped by their first letter (the engine tries a group, not every form, at each word start):
    # the same strings match, so a match is found where it was and starts where it did; which form and where
    # it ends may differ, and no reader asks (events/extract.py reads bool and start() only)
    if not all(words):
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)" + tail, re.I)
    # the pattern opens with a class of the forms' first letters, which the engine skips to (one that opens with a
    # look-behind is tried at every character of the window); each branch tests the letter taken again, as
    # "(?<!\w)(?:a(?:bc|d)|x(?:y))" did: the same matches, start and end
    return re.compile(case_class({w[0] for w in words}) + r"(?<!\w[\s\S])(?:" + _by_first_letter(words, taken=True)
                      + r")(?!\w)" + tail, re.I)


def _by_first_letter(words: list[str], taken: bool = False) -> str:
    """The alternation of `words` (longest first) as one branch per first letter: 'a(?:bc|d)|x(?:y)'; `taken`: the
    first letter is already consumed, and a look-behind tests it ('(?<=a)(?:bc|d)|(?<=x)(?:y)')."""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    open_ = (lambda f: f"(?<={re.escape(f)})") if taken else re.escape
    return "|".join(open_(first) + "(?:" + letter_alternation(rest, re.I) + ")" for first, rest in rests.items())


# the characters whose lower case (as the regex engine lowers, `_sre.unicode_tolower`) is the key, though they are
# neither its upper nor its title case form (tests/test_h16_speed2.py checks the list over all of Unicode)
_OTHER_UPPER = {"i": "\u0130", "θ": "\u03f4", "ß": "\u1e9e", "ω": "\u2126", "k": "\u212a", "å": "\u212b"}


def case_class(chars) -> str:
    """A class, outside IGNORECASE, of every character that one of these matches under IGNORECASE (a superset:
    the pattern tests the character again), so that the engine skips to where a match can open."""
    out = set()
    for ch in chars:
        low = ch.lower()[:1]  # as the engine lowers ("İ" to "i", where str.lower() adds a dot above)
        for t in (low, *map(chr, _casefix._EXTRA_CASES.get(ord(low), ()))):
            out |= {t, t.upper(), t.title(), t.lower(), *_OTHER_UPPER.get(t, "")}
        out.add(ch)
    return "(?-i:[" + "".join(re.escape(c) for c in sorted(c for c in out if len(c) == 1)) + "])"


def words_opening(words: list[str], flags: int = 0) -> str:
    """`(?<!\\w)(?:w1|w2|…)` as an opening the engine skips to: the class of the words' first letters (every case
    form under IGNORECASE), the look-behind after it, each word's letter tested again: the same order, the same
    matches (a pattern that opens with a look-behind is tried at every character)."""
    if not words or not all(words):
        return r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")"
    firsts = {w[0] for w in words}
    cls = case_class(firsts) if flags & re.IGNORECASE else "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
    return cls + r"(?<!\w[\s\S])" + taken_alternation([(w[0], w[1:]) for w in words], flags, literal=True)


def taken_alternation(alternatives: list[tuple[str, str]], flags: int = 0, literal: bool = False) -> str:
    """The alternation of (first letter, the pattern after it), in order, for a pattern whose first letter is already
    taken: one look-behind per first letter tests it again, its alternatives in their order. A character matches the
    letters of one group only (under IGNORECASE, letters that match the same characters, "s" and "ſ", are one
    group), so the order across groups asks nothing: the same matches as the plain alternation. `literal`: the rests
    are plain strings, grouped again by their own first letter (letter_alternation)."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for first, rest in alternatives:
        groups.setdefault(_fold(first) if flags & re.IGNORECASE else first, (first, []))[1].append(rest)
    join = (lambda rest: letter_alternation(rest, flags)) if literal else "|".join
    return "(?:" + "|".join(f"(?<={re.escape(f)})(?:" + join(rest) + ")" for f, rest in groups.values()) + ")"


def letter_alternation(words: list[str], flags: int = 0) -> str:
    """`w1|w2|…` of plain strings, in order; under IGNORECASE grouped by first letter (letter_groups), which
    the engine tests as a class before it enters a group. The plain alternation where grouping could change
    a match: an empty word, or no IGNORECASE (a first letter outside it is tested before its alternative anyway)."""
    plain = "|".join(map(re.escape, words))
    if not flags & re.IGNORECASE or not all(words):
        return plain
    grouped = letter_groups([(w[:1], re.escape(w[1:])) for w in words])
    return plain if grouped is None else grouped


def letter_groups(alternatives: list[tuple[str, str]]) -> str | None:
    """The alternation of (first letter, the pattern after it), in order, grouped by first letter, each group
    opening with a class of the letter's case forms and the letter tested again by a look-behind
    ("(?-i:[Oo])(?<=o)(?:d|ko)|…"): under IGNORECASE the engine tests a class before it enters an
    alternative, but enters every one that opens with a letter. A character matches those of one group only, so
    the order across groups asks nothing: the same matches as the plain alternation. None where two first letters
    are alike under IGNORECASE ("s", "ſ"), for which that does not hold."""
    groups: dict[str, list[str]] = {}
    for first, rest in alternatives:
        groups.setdefault(first, []).append(rest)
    if len({_fold(f) for f in groups}) < len(groups):
        return None
    return "|".join(f"{case_class(f)}(?<={re.escape(f)})(?:" + "|".join(rest) + ")" for f, rest in groups.items())


def _fold(ch: str) -> str:
    """One letter for all the letters that match the same characters under IGNORECASE ("s", "S", "ſ": "s")."""
    low = ch.lower()[:1]
    return min((low, *map(chr, _casefix._EXTRA_CASES.get(ord(low), ()))))


def _stem_form(name: str) -> str | None:
    """A `stem*` form for an uninflected CLDR country name ("japonia" -> "japoni*")."""
    words = name.lower().split()
    if len(words) != 1:
        return None
    w = words[0]
    while w and w[-1] in _VOWELS:
        w = w[:-1]
    return w + "*" if len(w) >= 5 else None


@cache
@stored("names")  # language id reads every language's names.yaml
def names_data(code: str) -> dict[str, Any]:
    """A language's names.yaml alone: what language id and romanisation need, without compiling the rest."""
    return _read(code, "names")


def names_value(code: str, key: str) -> Any:
    """One key of a language's names.yaml; None for a language not installed or whose file will not read."""
    try:
        return names_data(code).get(key) if code in available() else None
    except LanguageDataError:
        return None


def marker_words(names: dict[str, Any]) -> set[str]:
    """The marker words of a language's names.yaml (MARKERS), lower-cased, as language id counts them."""
    return {f.lower() for f in _forms(names.get("MARKERS"))}


def cldr_locales(code: str) -> list[str]:
    """CLDR's locales of a language (names.yaml CLDR_LOCALES; the code itself by default)."""
    return list(names_data(code).get("CLDR_LOCALES") or [code])


@cache
def cldr_country_names(code: str) -> dict[str, list[str]]:
    """Country names in this language from CLDR, keyed by ISO code, with stem forms."""
    from babel import Locale, UnknownLocaleError

    from kronika.data import un_members

    locales = cldr_locales(code)
    inflected = not names_data(code).get("UNINFLECTED")  # CLDR names get a stem form where words change endings
    out: dict[str, list[str]] = {}
    for loc in locales:
        try:
            terr = Locale.parse(loc).territories
        except (UnknownLocaleError, ValueError):
            continue
        for iso in un_members() | {"XK", "TW", "PS", "VA"}:
            name = terr.get(iso)
            if not name:
                continue
            forms = out.setdefault(iso, [])
            forms.append(name.lower())
            if inflected and (stem := _stem_form(name)):
                forms.append(stem)
    return out


@dataclass
class Language:
    """Everything Kronika knows about one language, ready for matching."""

    code: str
    raw: dict[str, dict[str, Any]] = field(repr=False)

    def __post_init__(self) -> None:
        # attribute name -> the forms of its phrases_then pattern: every match opens with one of them, so a window
        # holding no form of any such pattern holds no match of one (events/extract.py `_quiet_before`)
        self.phrase_forms: dict[str, tuple[str, ...]] = {}
        self._split_forms()
        d, p, r = self.raw["dates"], self.raw["places"], self.raw["roles"]
        ev, t, n = self.raw["events"], self.raw["topics"], self.raw["names"]
        self.months = {int(k): _forms(v) for k, v in (d.get("MONTHS") or {}).items()}
        self.weekdays = {int(k): _forms(v) for k, v in (d.get("WEEKDAYS") or {}).items()}
        self.relative = {k: _forms(v) for k, v in (d.get("RELATIVE") or {}).items()}
        self.year_words = _forms(d.get("YEAR_WORDS"))
        self.day_words = _forms(d.get("DAY_WORDS"))
        self.range_words = _forms(d.get("RANGE_WORDS"))
        self.range_start = _forms(d.get("RANGE_START"))
        self.order = str(d.get("ORDER") or "dmy")
        self.month_cues = _forms(d.get("MONTH_CUES"))
        # "spalio pradžioje", "október elején": words after a bare month that make it a date
        self.month_cues_after = frozenset(f.lower() for f in _forms(d.get("MONTH_CUES_AFTER")))
        # "Kamikawa's January visit": nouns of a meeting that make a capitalised bare month before them a date
        self.month_nouns_after = frozenset(f.lower() for f in _forms(d.get("MONTH_NOUNS_AFTER")))
        # case forms that say "in <month>" on their own ("oktobrī", "októberben", "spalį")
        self.in_month = frozenset(f.lower() for f in _forms(d.get("IN_MONTH")))
        # "в начале октября", "spalio pradžioje", "Ende Oktober": the part of the month a word names,
        # before or after it (one word, or two before it: "началото на", "end of")
        self.month_parts = {str(w).lower(): part for part, words in (d.get("MONTH_PARTS") or {}).items()
                            for w in words or ()}
        self.day_nouns = _forms(d.get("DAY_NOUNS"))  # "12-го числа текущего месяца": a noun of the day's date
        self.this_month = _forms(d.get("THIS_MONTH"))  # "12 bm.", "12 с.м.": a day of the current month
        split = hook(self.code, "form_words") or str
        countries = {k: [split(f) for f in v] for k, v in cldr_country_names(self.code).items()}
        for k, v in (p.get("COUNTRIES") or {}).items():
            countries.setdefault(str(k).upper(), []).extend(_forms(v))
        # titles several states give their officials ("Bundespräsident": "DE|AT"): the state the text names
        shared = {str(k).upper(): _forms(v) for k, v in (p.get("SHARED_TITLES") or {}).items()}
        countries |= shared
        self.shared_titles = frozenset(shared)
        # states the language's own list covers; the rest are CLDR's proper names alone
        self.listed_countries = frozenset(str(k).upper() for k in (p.get("COUNTRIES") or {})) | self.shared_titles
        self.countries = Lexicon(countries)
        # a suffix glued to a state's name that makes it another word: ko "인도적" (humanitarian) is no India, the
        # tokenizer having cut the suffix off ("인도적 지원" -> 인도, 지원)
        self.not_name_before = tuple(str(f) for f in _forms(p.get("NOT_NAME_BEFORE")))
        self.groups = Lexicon({str(k): _forms(v) for k, v in (p.get("GROUPS") or {}).items()})
        self.organizations = Lexicon({str(k): _forms(v) for k, v in (p.get("ORGANIZATIONS") or {}).items()})
        cities: dict[str, list[str]] = {}
        for key in ("CITIES", "LANDMARKS"):
            for k, v in (p.get(key) or {}).items():
                cities.setdefault(str(k), []).extend(_forms(v))
        self.cities = Lexicon(cities)
        self.landmarks = {f.lower() for v in (p.get("LANDMARKS") or {}).values() for f in _forms(v)}
        self.locative = {f.lower() for f in _forms(p.get("LOCATIVE"))}
        self.directional = {f.lower() for f in _forms(p.get("DIRECTIONAL"))}
        self.member_words = frozenset(f.lower() for f in _forms(p.get("MEMBER_WORDS")))
        self.place_by_case = bool(p.get("PLACE_BY_CASE"))
        self.visit_governs = bool(p.get("VISIT_GOVERNS"))  # a visit noun takes its goal in a case ("posjeta Tokiju")
        # case endings of city names and the nominative each gives back ("Хабаровске" -> "Хабаровск")
        self.city_endings = sorted(((str(a), str(b or "")) for a, b in (p.get("CITY_ENDINGS") or [])),
                                   key=lambda ab: -len(ab[0]))
        self.postpositions = bool(p.get("POSTPOSITIONS"))  # LOCATIVE words follow the noun (서울에서)
        self.home = str(p["HOME"]).upper() if p.get("HOME") else None
        # "外務省は", "외교부는": a body the home press names without its state is the home state's
        self.home_bodies = Lexicon({self.home or "NONE": _forms(p.get("HOME_BODIES"))})
        # a press that drops the language's marks ("imparateasa Michiko", "presedintele") writes its titles so too
        # (roles.yaml UNMARKED: each marked letter and the letter written for it)
        unmarked = str.maketrans({str(a): str(b) for a, b in (r.get("UNMARKED") or {}).items()})
        plain = (lambda forms: [*forms, *(f.translate(unmarked) for f in forms if f.translate(unmarked) != f)]) \
            if unmarked else (lambda forms: forms)  # noqa: E731
        self.roles = Lexicon({str(k): plain(_forms(v)) for k, v in (r.get("ROLES") or {}).items()})
        # "駐ポーランド大使", "주폴란드 대사": a state glued to a word of posting is where an envoy serves, not whose
        # envoy he is (roles.yaml POSTED_TO); one-word country forms of the language's own list only
        self.posts = Lexicon({str(k).upper(): [split(pre.replace(" ", "") + f) for pre in _forms(r.get("POSTED_TO"))
                                               for f in _forms(v) if " " not in f and not f.endswith("*")]
                              for k, v in (p.get("COUNTRIES") or {}).items() if str(k).upper() != "NONE"})
        self.counterpart = Lexicon({"counterpart": plain(_forms(r.get("COUNTERPART")))})
        # words of office titles ("affairs", "foreign") are never names of people
        self.role_words = {w.rstrip("*").rstrip(".") for forms in (r.get("ROLES") or {}).values()
                           for f in plain(_forms(forms)) for w in f.lower().split() if len(w) > 3 and not w.endswith("*")}
        self.honorifics = {f.lower().rstrip(".") for f in _forms(r.get("HONORIFICS"))}
        # each word of an honorific abbreviated word by word ("nj. eksc.", "nj. e."): a run of a name opens after it
        self.honorifics |= {w.rstrip(".") for f in self.honorifics | {str(x).lower() for x in _forms(r.get("HONORIFICS"))}
                            if " " in f and all(w.endswith(".") for w in str(f).split()) for w in str(f).split()}
        self.triggers = Lexicon({str(k): _forms(v) for k, v in (ev.get("TRIGGERS") or {}).items()})
        # "võttis täna Kadriorus vastu", "rief am Montag ... an": a verb whose particle ends the clause
        # ... and a request told around its addressee: "zwróciła się do Rady Bezpieczeństwa z prośbą"; both
        # parts may be phrases and end in a stem (parsed like a lexicon's forms)
        self.split_triggers = [(str(k), _parse_form(f.split("…")[0]), _parse_form(f.split("…")[1]))
                               for k, v in (ev.get("SPLIT_TRIGGERS") or {}).items() for f in _forms(v) if "…" in f]
        # types whose object stands before their verb (ja, ko: "会合の開催を要請した"): they govern backwards
        self.governs_before = frozenset(str(k).upper() for k in _forms(ev.get("GOVERNS_BEFORE")))
        # types that never govern what follows them (ja, ko: a noun of sanctions before a verb of talks)
        # verbs of suspending (events.yaml SUSPEND): a SANCTION that governs what it suspends ("halted aid")
        self.suspend = tuple(f.lower() for f in _forms(ev.get("SUSPEND")))
        # verbs of summoning an envoy (events.yaml SUMMON): an act done on a day, which any day of its clause dates
        self.summon = tuple(f.lower() for f in _forms(ev.get("SUMMON")))
        # the envoys a ministry summons (events.yaml SUMMONED: "посла", "повіреного"), before the state of each
        self.summoned = tuple(f.lower() for f in _forms(ev.get("SUMMONED")))
        # calls that can seat many (events.yaml CONFERENCE_CALL: "video conference"): of three states, one meeting
        self.conference_call = tuple(f.lower() for f in _forms(ev.get("CONFERENCE_CALL")))
        self.not_governing_after = frozenset(str(k).upper() for k in _forms(ev.get("NOT_GOVERNING_AFTER")))
        # verdicts said after what they judge (events.yaml VERDICT: "called the sanctions unacceptable", "制裁は容認
        # できない"): besides what follows, they govern the acts before them in their clause
        self.verdict = tuple(f.lower() for f in _forms(ev.get("VERDICT")))
        # the bare words of cooperating among COOPERATE (events.yaml COOPERATION): "agreed to boost cooperation"
        # at talks concluded nothing, unlike "agreed to exchange information"
        self.cooperation = frozenset(f.lower() for f in _forms(ev.get("COOPERATION")))
        # the deeds of opening among COOPERATE (events.yaml OPENING: "opened", "inaugurated", "atklāja"): an embassy
        # or consulate opened is done, not talked of, and a visit told further down does not swallow it
        self.opening = frozenset(f.lower() for f in _forms(ev.get("OPENING")))
        self.particle_ends_clause = bool(ev.get("PARTICLE_ENDS_CLAUSE"))  # German: "rief ... an." not "an der"
        # predicates that tell of the meeting noun before them that it is still to take place ("Das Treffen könnte
        # im April stattfinden", "could take place", "может состояться"): future cues whose subject is that noun
        held = _forms(ev.get("FUTURE_HELD"))
        # a coming time ("next week", "järgmisel nädalal") dates its clause after the verb too: "kohtub järgmisel nädalal"
        time = [f for f in _forms(ev.get("FUTURE_TIME")) if f not in held]
        self.future = Lexicon({"future": [f for f in _forms(ev.get("FUTURE")) if f not in held and f not in time],
                               "held": held, "time": time})
        # the future verb follows the meeting noun it announces ("会談が…開催される"): a trigger before it is its object
        self.future_after_object = bool(ev.get("FUTURE_AFTER_OBJECT"))
        # "who", "který", "ki": a clause they open says something about a person, not the event
        self.relative_pronouns = Lexicon({"relative": _forms(ev.get("RELATIVE_PRONOUNS"))})
        # "…, kiedy prezydent Trump oznajmił": a clause about another moment; who is named only there takes no part
        self.time_clause = frozenset(f.lower() for f in _forms(ev.get("TIME_CLAUSE")))
        # "…, aby", "…, da", "…, hogy": the comma opening a request's object clause ("vyzval Rusko, aby prijalo")
        clause = _longest_first(ev.get("OBJECT_CLAUSE"))
        self.object_clause = re.compile(r",\s*(?=(?:" + "|".join(map(re.escape, clause)) + r")(?!\w))",
                                        re.I) if clause else None
        # a kinship noun, then up to a few words of title, then the person: 'дъщерите на президента Владимир Путин';
        # or the person in apposition after its comma: 'soţia sa, Carmen Iohannis', 'his wife, Yuko Abe'
        self._phrases("kin", n.get("KIN"), r"(?:[^,.;:!?\n]{0,45}|[^,.;:!?\n]{0,12},\s*)$")
        # a noun of celebration, then up to a few words of title, then whose: "povodom proslave rođendana japanskog
        # cara Akihita" (names.yaml CELEBRATED): the reception for the emperor's birthday is not attended by him
        self._phrases("celebrated", n.get("CELEBRATED"), TITLE_THEN)
        # a noun right after a person's name whose owner the name is, where the genitive comes first ('Putina
        # partijas aktīvisti', 'Putino režimas'; names.yaml OWNED_AFTER): the name says whose, he takes no part
        owned = _longest_first(n.get("OWNED_AFTER"))
        self.owned_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, owned)) + r")(?!\w)", re.I) if owned else None
        # a word of a change in office, then the office's title, then the person: "сменил на посту посла Японии
        # в России Иссэя Номура", "seit dem Amtsantritt des Premierministers Shigeru Ishiba" (names.yaml SUCCESSION)
        self._phrases("succession", n.get("SUCCESSION"), r"[^,.;:!?\n]{0,75}$")
        # a word of a message, then up to a few words of title, then its sender: "eine Botschaft von Präsident
        # Wladimir Putin", "przekazał pozdrowienia od prezydenta" (names.yaml MESSAGE)
        self._phrases("message", n.get("MESSAGE"), TITLE_THEN)
        # a word of inviting, then up to a few words of title, then whom: "pozval premiéra Fumia Kišidu",
        # "ponovio poziv ministru" (names.yaml INVITED): the invited is to come another time
        self._phrases("invited", n.get("INVITED"), r"[^,.;:!?\n]{0,45}(?:,\s*)?$")
        # a word of a source, then up to a few words of title, then who tells (names.yaml SOURCE)
        self._phrases("source", n.get("SOURCE"), TITLE_THEN)
        # a commentator's noun, then up to a few words of his institution, then him: "ekspert Polskiego Instytutu
        # Spraw Międzynarodowych dr Jan Nowak", "analytik Jan Novák" (names.yaml COMMENTATOR); and the same noun
        # in apposition right after a name ("Nagy János, a Külügyi Intézet szakértője"): who comments takes no part
        self._phrases("commentator", n.get("COMMENTATOR"), r"[ \t][^,.;:!?\n]{0,70}$")
        words = _longest_first(n.get("COMMENTATOR"))
        self.commentator_after = re.compile(
            r",[ \t]+(?:[^,.;:!?\n]{0,50}?[ \t])?(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I) \
            if words else None
        # a word of recalling an envoy, then his title, then him: "повлачење амбасадора Србије у Јужној Кореји
        # Зорана Вељића", "odwołanie ambasadora" (names.yaml RECALLED): withdrawn from his post, no party
        self._phrases("recalled", n.get("RECALLED"), r"[^,.;:!?\n]{0,75}(?:,\s*)?$")
        # a word of greeting, then a few small words right before an office title: "го поздрави првиот резидентен
        # амбасадор" (names.yaml GREETED): whom the host greets is met at the event
        self._phrases("greeted", n.get("GREETED"), r"(?:\s+\w+){0,4}[\s,]*$")
        # a word marking the dead, right before a name ("故安倍晋三国葬儀", "고(故) 아베 신조 전 총리", names.yaml
        # DECEASED): the one mourned or remembered takes part in nothing; longest first, so "고(故)" before "고"
        self.deceased = tuple(_longest_first(n.get("DECEASED")))
        # a visit not yet made, then up to a few words of title, then its visitor: "a possible visit by Czech Prime
        # Minister X", "организации визита … Лаврова" (names.yaml VISIT_TO_COME): he comes another time
        self._phrases("visit_to_come", n.get("VISIT_TO_COME"), TITLE_THEN)
        # a visit already made, lately: "скорошното посещение на … Шиндзо Абе у нас", "the recent visit by Prime
        # Minister X" (names.yaml VISIT_MADE): its visitor came another time
        self._phrases("visit_made", n.get("VISIT_MADE"), TITLE_THEN)
        # a word of "then", then up to a few words of title, then who held it: "tadašnji premijer Jasuhiro Nakasone",
        # "the then Prime Minister X" (names.yaml HELD_THEN): an office of another time, its holder of that time
        self._phrases("held_then", n.get("HELD_THEN"), TITLE_THEN)
        # a word of "previous" before a title, the name apposed or not: "z poprzednią Ambasador Republiki Korei,
        # Mirą Sun" (names.yaml HELD_BEFORE): the predecessor held the office before, of another time
        self._phrases("held_before", n.get("HELD_BEFORE"), TITLE_APPOSED)
        # a request to pass greetings on, then up to a few words of title, then to whom: "asked him to convey
        # greetings to President X", "попросил передать привет президенту …" (names.yaml GREETINGS_TO): absent
        self._phrases("greetings_to", n.get("GREETINGS_TO"), TITLE_THEN)
        # a meeting told as one more, then up to a few words of title, then whom: "He also met with Prime Minister
        # X", "Srečala se je tudi z …" (names.yaml ALSO_MET): another contact of the visit, not the lead's
        self._phrases("also_met", n.get("ALSO_MET"), TITLE_THEN)
        # a word of taking part, then up to a few words of title, then who: "Vēstniecības atklāšanā piedalījās arī
        # … viceministrs X", "attended by", "в присутствии" (names.yaml ATTENDED): one present at the event
        # … and his title may stand in apposition, a comma before him ("на која присуствуваше и министерот за
        # култура и туризам, Зоран Љутков")
        self._phrases("attended", n.get("ATTENDED"), TITLE_APPOSED)
        # words of a delegation's leading, then up to a few words of title, then who leads it: "делегација
        # предводена од комесарот …, Шуничи Токура", "a delegation led by" (names.yaml LED_BY): a party to its meeting
        self._phrases("led_by", n.get("LED_BY"), TITLE_APPOSED)
        # a word that makes what follows a topic, then a capitalised title, then the person: "remarks … about
        # President Yoon Suk Yeol" (names.yaml SPOKEN_OF): whom words are about takes no part in the act
        self._phrases("spoken_of", n.get("SPOKEN_OF"), r"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$")
        # a noun of relations, then the titles and names of whose relations they are: "изванредни односи
        # председника Александра Вучића и Сија Ђинпинга" (names.yaml RELATIONS): the topic, not who takes
        # part; "relations with …" names a partner and is left alone
        self._phrases("relations", n.get("RELATIONS"), _relations_then(n.get("RELATIONS_WITH")))
        # a word of doubt, then up to a few words of title, then whom: "а також, можливо, з президентом X",
        # "possibly with President X" (names.yaml MAYBE): a contact not told as made
        self._phrases("maybe", n.get("MAYBE"), r",?" + TITLE_THEN)
        # words of a meeting not held (names.yaml NOT_HELD): "kommt nicht zustande", "не состоялась"
        self._phrases("not_held", n.get("NOT_HELD"))
        # "since", "after" (events.yaml SINCE): a date after one, with no trigger of its own, dates the
        # reference point ("the first visit since Ishiba took office last month"), not a contact
        self.since = tuple(f.lower() for f in _forms(ev.get("SINCE")))
        # "separately", "ločeno", "それぞれ" (events.yaml SEPARATELY): one host's meetings with several states, one by one
        self.separately = tuple(_longest_first(ev.get("SEPARATELY")))
        # envoys in the plural (events.yaml ENVOYS: "ambassadors", "veleposlanike"): their states' calls are one by one too
        self.envoys = tuple(_longest_first(ev.get("ENVOYS")))
        # who takes part: the people of the lead (default), or of the first sentence of the prose
        self.participants = str(ev.get("PARTICIPANTS") or "lead")
        # words that open a sentence about the past ("Earlier,", "Ранее"): its people are background
        self.background = tuple(_longest_first(ev.get("BACKGROUND")))
        # words that say the parties agreed, and their negations (a report's headline says "agreed" only then)
        self.agreed = tuple(f.lower() for f in _forms(ev.get("AGREED")))
        # words right before a meeting's noun that make the meeting the setting of its clause ("in einem Telefonat
        # … verurteilt", "на встрече … призвал"): what is condemned or asked there was said at it (events.yaml SETTING)
        self.setting = tuple(tuple(f.lower().split()) for f in _forms(ev.get("SETTING")))
        self.not_agreed = tuple(f.lower() for f in _forms(ev.get("NOT_AGREED")))
        # particles that join a date to the noun phrase after it ("1月の…訪日"): the date heads that phrase
        self.date_of_noun = tuple(str(f) for f in _forms(ev.get("DATE_OF_NOUN")))
        self.topics = Lexicon({str(k): _forms(v) for k, v in (t.get("TOPICS") or {}).items()})
        # topics.yaml FIELD, OFFICE, DISCUSS, MEMBER, APPRAISE, CONDOLENCE, REBUILD (events/topics.py): matched in the one
        # pass below, not each in its own
        self.topic_words = {key: Lexicon({key: [str(f) for f in t.get(key) or ()]})
                            for key in ("FIELD", "OFFICE", "DISCUSS", "MEMBER", "APPRAISE", "CONDOLENCE", "REBUILD")}
        self.lexicons = MultiLexicon({
            "countries": self.countries, "groups": self.groups, "organizations": self.organizations,
            "cities": self.cities, "roles": self.roles, "counterpart": self.counterpart,
            "triggers": self.triggers, "future": self.future, "topics": self.topics,
            "relative": self.relative_pronouns, "home_bodies": self.home_bodies, "posts": self.posts,
            **{"topic " + key: lex for key, lex in self.topic_words.items()}})
        self.script = str(n.get("SCRIPT") or "latin")
        # letters a language writes itself and keeps in foreign names (Latvian, Lithuanian ū)
        self.keep_letters = frozenset(str(n.get("KEEP_LETTERS") or ""))
        self.name_endings = sorted(((str(a), str(b or "")) for a, b in (n.get("NAME_ENDINGS") or [])),
                                   key=lambda ab: -len(ab[0]))
        # endings a name takes only before the noun it qualifies (German "Kishidas Besuch"; "Heiko Maas traf")
        self.prenominal_endings = frozenset(str(e) for e in n.get("PRENOMINAL_ENDINGS") or ())
        self.not_names = {f.lower() for f in _forms(n.get("NOT_NAMES"))}
        # endings of compound nouns of institutions ("Sajtóiroda", "Bundespresseamt"): no person's name
        self.not_name_endings = tuple(f.lower() for f in _forms(n.get("NOT_NAME_ENDINGS")))
        # Baltic family names take the gender of the given name: Evika Siliņa, Krišjānis Kariņš
        g = n.get("GENDER_ENDINGS") or {}
        self.gender_endings = {k: tuple(str(e) for e in v) for k, v in g.items()}
        # the endings the language adds to a foreigner's name as written (lt Jensas Stoltenbergas: Jens Stoltenberg)
        self.foreign_added_endings = tuple(str(e) for e in n.get("FOREIGN_ADDED_ENDINGS") or ())
        # the suffix the language adds to a foreign woman's family name (cs, sk Kamikawová, Sasakiová: Kamikawa, Sasaki)
        self.foreign_womans_suffix = tuple(str(e) for e in n.get("FOREIGN_WOMANS_SUFFIX") or ())
        # only a name's last word takes its case (et "Sauli Niinistöga", "peaministri Petteri Orpo"): the others stand as written
        self.last_word_inflected = bool(n.get("LAST_WORD_INFLECTED"))
        # the vowel a stem loses in declension (Czech Havlíček -> Havlíčkem, Croatian Puljak -> Puljkom)
        self.fleeting_vowel = str(n.get("FLEETING_VOWEL") or "")
        self.fleeting_before = str(n.get("FLEETING_BEFORE") or "kc")
        self.east_slavic = [(str(a), str(b)) for a, b in (n.get("EAST_SLAVIC_TO_ENGLISH") or [])]
        # a patronymic and its case forms ("Викторович", "Викторовича"): "Сергей Викторович" is Sergey Lavrov
        pat = _forms(n.get("PATRONYMIC_ENDINGS"))
        self.patronymic = re.compile(r"\w+(?:" + "|".join(map(re.escape, pat)) + r")\w{0,3}", re.I) if pat else None
        self.markers = marker_words(n)
        # words of the press ("correspondent", "фото", "oprac."): a name after one signs the text
        self.press_words = {f.lower() for f in _forms(n.get("PRESS_WORDS"))}
        self.captions = tuple(f.lower() for f in _forms(n.get("CAPTION")))  # labels of a photo's caption or credit
        # "岩屋外務大臣", "조태열 장관": the office title follows the name
        self.title_after_name = bool(n.get("TITLE_AFTER_NAME"))
        # titles usually follow names (roles.yaml TITLE_AFTER_NAME: "Szijjártó Péter külügyminiszter"), as they
        # always do, written on, in the languages of names.yaml TITLE_AFTER_NAME ("岩屋外務大臣")
        self.titles_follow_names = self.title_after_name or bool(self.raw["roles"].get("TITLE_AFTER_NAME"))

    @cached_property
    def split_by_word(self) -> dict[str, tuple]:
        """Split triggers by a word their first word fits, filled as words are met (nlp.analyze)."""
        return {}

    def _phrases(self, name: str, forms, tail: str = "") -> None:
        """Set attribute `name` to phrases_then's pattern of `forms` and `tail`, and keep its forms."""
        words = _longest_first(forms)
        setattr(self, name, _phrases_then_compiled(words, tail) if words else None)
        if words:
            self.phrase_forms[name] = tuple(words)

    def _split_forms(self) -> None:
        """Forms written without spaces are cut into the words the language's tokenizer makes."""
        split = hook(self.code, "form_words")
        if not split:
            return
        for name in ("places", "roles", "events", "topics"):
            for key, val in self.raw[name].items():
                if isinstance(val, dict) and (name, key) in WHOLE_AND_CUT:
                    self.raw[name][key] = {k: _whole_and_cut(_forms(v), split) for k, v in val.items()}
                elif isinstance(val, dict):
                    self.raw[name][key] = {k: [split(f) for f in _forms(v)] for k, v in val.items()}
                elif isinstance(val, list):
                    self.raw[name][key] = [split(f) for f in _forms(val)]


# places and titles whose one-word names a tokenizer may cut alone and keep whole in running text ("リヴィウで":
# MeCab keeps it, "リヴィウ" alone it cuts into リ ヴィ ウ; Kiwi cuts 주지사 alone into 주 지사, the title 'posted
# to' and 'governor', but reads "주지사와" whole): both spellings stay in the lexicon
WHOLE_AND_CUT = (("places", "CITIES"), ("places", "LANDMARKS"), ("roles", "ROLES"))


def _whole_and_cut(forms: list[str], split) -> list[str]:
    """Each form as the tokenizer cuts it, and as written too when it is one word that the cut parts."""
    out = []
    for f in forms:
        cut = split(f)
        out.append(cut)
        if cut != f.lower() and " " not in f and not f.endswith("*"):
            out.append(f.lower())
    return out


@cache
def word_list(code: str, file: str, key: str) -> tuple[str, ...]:
    """A word list of a language file (dates.yaml ANNIVERSARY, topics.yaml FIELD_LINK …) in lower case, in its
    order; empty where the language has none."""
    return tuple(f.lower() for f in _forms(load(code).raw[file].get(key)))


@cache
def word_set(code: str, file: str, key: str) -> frozenset[str]:
    """word_list as a set, for membership tests."""
    return frozenset(word_list(code, file, key))


@cache
@stored("lang")  # YAML, CLDR names and lexicons: compiled once, then read from the cache folder
def load(code: str) -> Language:
    """The language's data, read and compiled once per process."""
    if not (LANG_DIR / code).is_dir():
        raise LanguageDataError(
            f"no data for language '{code}'; available: {', '.join(available())}. "
            f"Add src/kronika/lang/{code}/ with the files in lang/FORMAT.md")
    return Language(code, _resolved(code, {name: _read(code, name) for name in FILES}))


# a list's entry that stands for every entry of another list of the language ("$places.LOCATIVE", "$AFTER" of the
# same file): a word list that another repeats is written once
_REFERENCE = re.compile(r"\$(?:(" + "|".join(FILES) + r")\.)?([A-Z][A-Z0-9_]*)")


def _resolved(code: str, raw: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """A language's files with each reference in a top-level list replaced by the entries of the list it names."""
    def expand(file: str, key: str, values: list, seen: tuple) -> list:
        out = []
        for v in values:
            m = _REFERENCE.fullmatch(v) if isinstance(v, str) and v.startswith("$") else None
            if m is None:
                out.append(v)
                continue
            ref = (m.group(1) or file, m.group(2))
            target = raw[ref[0]].get(ref[1])
            if not isinstance(target, list) or ref in seen:
                raise LanguageDataError(f"{LANG_DIR / code / file}.yaml {key}: '{v}' names no list of the language"
                                        f" (or one that names {key} again); write it as $file.KEY")
            out.extend(expand(ref[0], ref[1], target, seen + (ref,)))
        return out

    # names.yaml is read alone too (names_data, for language id): its lists are written out
    return {name: data if name == "names" else
            {k: expand(name, k, v, ((name, k),)) if isinstance(v, list) else v for k, v in data.items()}
            for name, data in raw.items()}


def validate(code: str) -> list[str]:
    """Problems in a language folder, as messages naming the file and key; empty when valid."""
    problems: list[str] = []
    try:
        raw = _resolved(code, {name: _read(code, name) for name in FILES})
    except LanguageDataError as e:
        return [str(e)]
    d = raw["dates"]
    for key, n in (("MONTHS", 12), ("WEEKDAYS", 7)):
        got = {int(k) for k in (d.get(key) or {})}
        if got != set(range(1, n + 1)):
            problems.append(f"{code}/dates.yaml {key}: expected keys 1..{n}, got {sorted(got)}")
    for k in (d.get("RELATIVE") or {}):
        if k not in RELATIVE_KEYS:
            problems.append(f"{code}/dates.yaml RELATIVE: unknown key '{k}'")
    for kind, forms in (raw["events"].get("SPLIT_TRIGGERS") or {}).items():
        for f in _forms(forms):
            if "…" not in f:  # read only with its gap: a form without one would be dropped unsaid
                problems.append(f"{code}/events.yaml SPLIT_TRIGGERS {kind}: '{f}' has no '…' (put it in TRIGGERS)")
    problems += _reading_problems(code, raw["names"])
    if str(raw["events"].get("PARTICIPANTS") or "lead") not in PARTICIPANTS:
        problems.append(f"{code}/events.yaml PARTICIPANTS: expected one of {', '.join(PARTICIPANTS)}")
    for name, data in raw.items():
        for key, val in data.items():
            for forms in (val.values() if isinstance(val, dict) else [val]):
                if isinstance(forms, list) and forms and isinstance(forms[0], list):
                    continue  # pairs such as NAME_ENDINGS hold no stems
                for f in _forms(forms):
                    for w in f.split():
                        if w.endswith("*") and len(w.rstrip("*")) < 4:
                            problems.append(f"{code}/{name}.yaml {key}: stem '{w}' is shorter than 4 letters")
    return problems


def _reading_problems(code: str, names: dict[str, Any]) -> list[str]:
    """names.yaml NAME_READINGS (per state) and RENDERED_READINGS: lists of [pattern, replacement] pairs whose
    patterns compile."""
    out = []
    per_state = names.get("NAME_READINGS") or {}
    for where, rules in [*((f"NAME_READINGS {s}", r) for s, r in per_state.items()),
                         ("RENDERED_READINGS", names.get("RENDERED_READINGS") or [])]:
        for rule in rules or ():
            if not (isinstance(rule, list) and len(rule) == 2):
                out.append(f"{code}/names.yaml {where}: {rule!r} is no [pattern, replacement] pair")
                continue
            try:
                re.compile(str(rule[0]))
            except re.error as e:
                out.append(f"{code}/names.yaml {where}: pattern {rule[0]!r} does not compile ({e})")
    return out
