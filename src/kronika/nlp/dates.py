"""Date expressions in running text, found with a per-language grammar built from lang data.

Mentions are found first (`find_dates`) and resolved against a context date later (`resolve`),
because the context (publication date, chronicle year) is often known only after the first pass.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
import re
from dataclasses import dataclass
from functools import cache

from kronika.cache import stored
from kronika.lang import Language, case_class, cldr_locales, hook, letter_groups, load, taken_alternation
from kronika.text.lexicon import Lexicon, MultiLexicon, lex_tokens
from kronika.text.tokens import lowered
from kronika.text.spans import AGO, DAYS, MONTHS_REL, WEEKENDS, WEEKS, YEARS, DateMention, replace

DASH = r"(?:-|–|—|‒)"


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _last_dash(text: str, lo: int, hi: int) -> int:
    """Where the last dash standing alone between spaces lies in text[lo:hi] (a clause's dash, not a hyphen), else -1."""
    found = [m.start() + 1 for m in _SPACED_DASH.finditer(text, lo, hi)]
    return found[-1] if found else -1


def reported_past_break(text: str, toks, said, cue_end: int, at: int) -> bool:
    """Does a verb of reporting (`said`, dates.yaml SAID) among `toks` stand past the last comma or dash between a
    future cue ending at `cue_end` and the offset `at` ("wird … besuchen, teilte das Amt am Dienstag mit", "odwiedzi
    … – poinformowało w środę MSZ", "…, sagte Maas … in Tokio")? Then what follows belongs to the telling."""
    # a comma, or a dash as Slavic writers set before the clause
    comma = max(text.rfind(",", cue_end, at), _last_dash(text, cue_end, at))
    return comma >= 0 and any(comma < t.start < at and t.low in said for t in toks)


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date
    end: dt.date | None
    precision: str
    mention: DateMention

    def iso(self) -> tuple[str, str | None]:
        return self.date.isoformat(), self.end.isoformat() if self.end else None

    def meets(self, lo: dt.date, hi: dt.date) -> bool:
        """Does this date fall within the days lo..hi, or its month or year hold them?"""
        if self.precision == "day":
            return lo <= self.date <= hi or (self.end is not None and self.date <= hi and lo <= self.end)  # a span holding them
        if self.precision == "month":
            if self.mention is not None and self.mention.part:
                # "early October" is not the 22nd: a part of the month holds only its third of the days
                first, last = MONTH_THIRDS[self.mention.part]
                days = (self.date.replace(day=first), self.date.replace(day=min(last, _month_days(self.date))))
                return days[0] <= hi and lo <= days[1]
            return (self.date.year, self.date.month) in {(lo.year, lo.month), (hi.year, hi.month)}
        return self.date.year in (lo.year, hi.year)


MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}  # the days a part of a month names


def _month_days(d: dt.date) -> int:
    """The number of days in the date's month."""
    return ((d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)).day


def _alt(forms: list[str]) -> str:
    """Regex alternation of word forms, longest first; `stem*` becomes `stem\\w*`."""
    return _alt_first(forms)[0]


def _alt_first(forms: list[str]) -> tuple[str, str | None, str | None]:
    """_alt's alternation; then, for a pattern to open with a class of first characters the engine can skip to,
    that class (every case form, outside IGNORECASE) and the alternation with each first letter put in a look-behind
    (`(?<=m)(?:aja|arca)`: the same test of the character the class took; lang.taken_alternation). None, None where
    an alternative is empty."""
    parts, first = set(), {}
    for f in forms:
        f = f.lower().strip()
        if not f:
            continue
        star = f.endswith("*")
        f = f.rstrip("*")
        dot = f.endswith(".")
        f = f.rstrip(".")
        p = r"\s+".join(re.escape(w) for w in f.split())
        if star:
            p += r"\w*"
        if dot:
            p += r"\.?"
        parts.add(p)
        if f:
            first[p] = f[0]
    if not parts:
        return r"(?!x)x", None, None
    order = sorted(parts, key=len, reverse=True)
    if any(p not in first for p in parts):
        return "(?:" + "|".join(order) + ")", None, None
    alt = _letter_groups([(first[p], p) for p in order])
    shifted = taken_alternation([(first[p], p[len(re.escape(first[p])):]) for p in order], re.IGNORECASE)
    return alt, case_class(first.values()), shifted


def _letter_groups(alternatives: list[tuple[str, str]]) -> str:
    """The alternation of (first letter, pattern) in order, grouped by first letter where that is exact
    (lang.letter_groups), else plain."""
    grouped = letter_groups([(f, p[len(re.escape(f)):]) for f, p in alternatives])
    return "(?:" + ("|".join(p for _f, p in alternatives) if grouped is None else grouped) + ")"


# CLDR's relative fields (unit, offset) and the RELATIVE key each stands for
CLDR_RELATIVE = {("day", -2): "day_before_yesterday", ("day", -1): "yesterday", ("day", 0): "today",
                 ("day", 1): "tomorrow", ("day", 2): "day_after_tomorrow",
                 **{("week", n): k for k, n in WEEKS.items()}, **{("month", n): k for k, n in MONTHS_REL.items()},
                 **{("year", n): k for k, n in YEARS.items()}}


@cache
@stored("cldr-dates")  # babel's locale data takes a tenth of a second to open
def cldr_words(code: str) -> dict[str, dict]:
    """Month and weekday names and relative day/week/month/year phrases from CLDR (babel's offline data).

    These add to a language's dates.yaml: the YAML lists the inflected forms CLDR does not have
    (cases, adjectives); CLDR gives every standard name and abbreviation, so none is forgotten."""
    from babel import Locale, UnknownLocaleError

    out: dict[str, dict] = {"months": {}, "month_abbr": {}, "weekdays": {}, "weekday_abbr": {}, "relative": {}}
    for loc in cldr_locales(code):
        try:
            data = Locale.parse(loc)
        except (UnknownLocaleError, ValueError):
            continue
        for ctx in ("format", "stand-alone"):
            for m, name in data.months[ctx]["wide"].items():
                out["months"].setdefault(m, set()).add(name.lower())
            for m, name in data.months[ctx]["abbreviated"].items():
                out["month_abbr"].setdefault(m, set()).add(name.lower().rstrip("."))
            for w, name in data.days[ctx]["wide"].items():
                out["weekdays"].setdefault(w + 1, set()).add(name.lower())
            for w, name in data.days[ctx]["abbreviated"].items():
                out["weekday_abbr"].setdefault(w + 1, set()).add(name.lower().rstrip("."))
        fields = data._data["date_fields"]
        for (unit, n), key in CLDR_RELATIVE.items():
            for width in ("", "-short"):
                phrase = (fields.get(unit + width) or {}).get("relative", {}).get(n)
                if phrase:
                    out["relative"].setdefault(key, set()).add(phrase.lower())
    return out


def _strs(values) -> list[str]:
    """A YAML list (or a single value) as strings."""
    if values is None:
        return []
    return [str(v) for v in (values if isinstance(values, list) else [values])]


def _merge(*maps: dict) -> dict:
    """Union of several {key: forms} maps, forms in a stable order."""
    out: dict = {}
    for mp in maps:
        for k, forms in mp.items():
            out.setdefault(k, [])
            out[k] += [f for f in sorted(forms) if f not in out[k]]
    return out


def _ago_patterns(d: dict) -> list[tuple[str, re.Pattern, tuple[tuple[str, ...], ...]]]:
    """The templates of AGO ("{n} dni temu", "przed {n} dniami|dniem", "{n} lata temu") as patterns, by relative key
    (_count_patterns); LATER ("{n} dni później") counts days after the day the text last named, not before writing."""
    ago = d.get("AGO") or {}
    return _count_patterns(d, (("days_ago", ago.get("day")), ("weeks_ago", ago.get("week")),
                               ("months_ago", ago.get("month")), ("years_ago", ago.get("year")),
                               ("days_later", d.get("LATER"))))


LASTS_KEY = "lasts"  # the `relative` of a length told by a verb of lasting, which the event's chooser tells apart


def _lasting_patterns(d: dict) -> list[tuple[str, re.Pattern, tuple[tuple[str, ...], ...]]]:
    """The templates of LASTS ("potrwa {n} dni", "will|to last {n} days"): a stay's length told by a verb of
    lasting, as patterns (_count_patterns)."""
    return _count_patterns(d, ((LASTS_KEY, d.get("LASTS")),))


def _count_patterns(d: dict, groups) -> list[tuple[str, re.Pattern, tuple[tuple[str, ...], ...]]]:
    """Templates of a count as patterns, by key: {n} is a count, digits or a word of NUMBERS; a word "a|b" is either
    form; a template without {n} counts one ("tydzień temu"). With each, its words' forms (stems of `stem*`): a
    text that lacks one of its words cannot match it."""
    numbers, num_first, num_rest = _alt_first([str(f) for forms in (d.get("NUMBERS") or {}).values()
                                               for f in _strs(forms)])
    num_class = num_first.replace("(?-i:[", r"(?-i:[\d", 1) if num_first else None  # a digit, or a number's letter
    # a template of one ("před rokem", "pirms gada") is no count back before a number or a word of AGO_NOT_BEFORE
    # ("před rokem 1989": before 1989; "pirms gada beigām": before the year's end)
    not_before = "".join("|" + re.escape(w) + r"(?!\w)" for w in _strs(d.get("AGO_NOT_BEFORE")))
    bare_end = r"(?![^\S\n]*(?:\d" + not_before + "))"
    out = []
    for key, templates in groups:
        for template in _strs(templates):
            tw = template.split()
            parts = [rf"(?P<n>\d{{1,2}}|{numbers})" if w == "{n}" else _alt(w.split("|")) for w in tw]
            rx = r"(?<![\w.])" + r"\s+".join(parts) + r"(?!\w)"
            # searched over the whole text: opening with a class of first characters (a digit or the first word's
            # letters), the look-behind after it, the character tested again ("\d{1,2}|…" as "\d(?:(?<=\d)\d?|…)")
            if tw[0] == "{n}" and num_first:
                first = rf"(?P<n>{num_class}(?<![\w.][\s\S])(?:(?<=\d)\d?|{num_rest}))"
            elif tw[0] != "{n}":
                _a, w_first, w_rest = _alt_first(tw[0].split("|"))
                first = rf"{w_first}(?<![\w.][\s\S]){w_rest}" if w_first else None
            else:
                first = None
            if first:
                rx = r"\s+".join([first] + parts[1:]) + r"(?!\w)"
            if "{n}" not in tw:
                rx += bare_end  # "před rokem 1989", "pirms gada beigām": before a year or its end, no count back
            # the word of fewest forms first: a text lacking it is passed over after the fewest scans
            words = tuple(sorted((tuple(f.lower().strip().rstrip("*") for f in w.split("|"))
                                  for w in template.split() if w != "{n}"), key=len))
            out.append((key, re.compile(rx, re.IGNORECASE), words))
    return out


# The patterns whose year of four digits is not optional: most windows around a number hold no
# year, and there they cannot match (tests/test_dates.py checks this list against the patterns)
NEED_YEAR = frozenset({"iso", "numeric", "roman", "numeric_range", "ymd_range", "ymd_words_range", "ymd_num",
                       "dmy_trunc", "ymd_trunc", "ydm", "mdy_year", "ymd", "month_year", "year_first_month", "year_month",
                       "year_only", "year_alone"})
# The patterns whose every match opens with a digit that no digit precedes (a look-behind of word
# characters or digits, then a day or a year): they are tried only where a run of digits begins,
# not at every character of the window (tests/test_dates.py checks this list against the patterns)
DIGIT_FIRST = frozenset({"iso", "numeric", "roman", "numeric_range", "ymd_range", "ymd_words_range", "numeric_yy",
                         "ymd_num", "dmy_cross", "dmy", "dmy_trunc", "ymd_trunc", "ydm", "ymd", "year_month",
                         "year_first_month", "day_this_month", "year_alone"})
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
# a capital then a small letter, whatever the pattern's IGNORECASE: the start of a word glued to a number
_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x530)) if c.isupper()}))
_LOWER = "".join(sorted({c for c in map(chr, range(0x61, 0x530)) if c.islower()}))
_GLUED_WORD = rf"(?=(?-i:[{re.escape(_UPPER)}][{re.escape(_LOWER)}]))"
# a page's stamp may glue its clock time to the year ("16.11.201809:35"): two digits, a colon, two digits
_GLUED_CLOCK = r"(?=[0-2]\d:[0-5]\d(?!\d))"
_CLOCK = re.compile(r"\s*(?:[^\W\d]{1,2}\s+)?\d{1,2}[:.]\d\d(?!\d)")
_CLOCK_DIGITS = re.compile(r"\d[:.]\d\d")  # what every _CLOCK holds
# "(15. 12.)", "(10.5.)": a day and month in brackets, right after a weekday
_BRACKETED_DAY = re.compile(r"[ \t]*\([ \t]*(?P<d>[0-3]?\d)\.[ \t]?(?P<m>[01]?\d)\.?[ \t]*\)")
_SENT_END = re.compile(r"[.!?]\s")
_CLAUSE_END = re.compile(r"[.!?;:,]\s|\n|\s[–—-]\s")  # what parts a present verb from a date of another clause


TENSE_REACH = 12  # tokens from a weekday or month to the future verb of its clause
SAID_AFTER = 2  # tokens after a day in which the verb of reporting that dates it may stand ("csütörtökön közölte")
FUTURE_SLACK = 7  # days before the context date a day of a future clause may still fall on
INTENT_BEFORE = 3  # tokens a date may stand before the verb of wanting that governs it ("októberben Tokióba akar")


@dataclass(frozen=True)
class _TokenSpan:
    """Token positions of a date found by a pattern, as `_tense` reads a lexicon match."""
    start: int
    end: int
    char_start: int
    char_end: int


class DateGrammar:
    """Compiled date patterns of one language."""

    def __init__(self, lang: Language):
        self.lang = lang
        # CLDR names that are common words in running text here (Russian "среда" is also "environment")
        skip = {w.lower() for w in _strs(lang.raw["dates"].get("CLDR_SKIP"))}
        cldr = {k: {n: {f for f in forms if f not in skip} for n, forms in v.items()}
                for k, v in cldr_words(lang.code).items()}
        months = _merge(lang.months, cldr["months"], cldr["month_abbr"])
        self.month_of: dict[str, int] = {}
        for m, forms in months.items():
            for f in forms:
                self.month_of.setdefault(f.lower().rstrip("*").rstrip("."), m)
        # full names, for abbreviations the lists do not give ("верес", "čer"): a prefix of one name
        self.month_names = {f.lower(): m for m, forms in _merge(lang.months, cldr["months"]).items()
                            for f in forms if not f.endswith(("*", "."))}
        self.patterns = self._patterns(lang, months)
        # words of time that may stand capitalised between a preposition and a year ("im Jahr 2025", "im Sommer 2025")
        self.year_before = {str(w).lower().rstrip(".") for w in _strs(lang.raw["dates"].get("YEAR_BEFORE"))
                            + lang.year_words + list(lang.month_parts)}
        self.slash_mdy = "mdy" in lang.order
        # nouns of a gathering whose name a year may close ("Forum 2019", "Reuniunea Anuală … 2020")
        named = _strs(lang.raw["dates"].get("NAMED_MEETINGS"))
        self.named_meeting_rx = re.compile(rf"(?:{_alt(named)})$") if named else None
        # words before a lone year ("2019. godine") that make it a bound of something, not when it happened
        self.year_bounds = {str(w).lower() for w in _strs(lang.raw["dates"].get("UNTIL"))
                            + _strs(lang.raw["dates"].get("SINCE")) + _strs(lang.raw["dates"].get("SINCE_PART"))
                + list(lang.range_start)
                            + _strs(lang.raw["dates"].get("YEAR_ALONE_NOT"))}
        # months are written small in running text: a capitalised one after a day names a holiday or street
        self.lower_months = bool(lang.raw["dates"].get("LOWER_MONTHS"))
        # the country domains whose sites write a slash date day first even in this language ("12/05/2005" on
        # an English page of a Slovenian ministry is 12 May)
        self.day_first_domains = frozenset(str(t).lower().lstrip(".")
                                           for t in _strs(lang.raw["dates"].get("DAY_FIRST_DOMAINS")))
        b, e = r"(?<![\w.])", r"(?!\w)"
        weekdays = _merge(lang.weekdays, cldr["weekdays"])
        # an abbreviated weekday ("pet.", "Mi") is also a word ("pet" is five in Croatian, "Die" an
        # article): it counts only right before a date or a clock time
        abbr = _merge(lang.weekdays, cldr["weekday_abbr"])
        self.weekday_abbr = {f.lower().rstrip("."): w for w, forms in abbr.items()
                             for f in forms if f.endswith(".") or f in cldr["weekday_abbr"].get(w, ())}
        self.weekday_names = {f.lower(): w for w, forms in weekdays.items()
                              for f in forms if not f.endswith(("*", "."))}
        # only words with a number after them (perhaps past a short word: "вів о 14:04") can qualify
        # (b after the word's first letter: a class to skip to, not a look-behind tried at every character)
        # (the letters possessive: a shorter part of the word cannot qualify where the whole fails, so no backtracking)
        self.abbr_rx = re.compile(rf"(?P<w>[^\W\d_](?<![\w.][\s\S])[^\W\d_]++)\.?,?(?=\s*(?:[^\W\d]{{1,2}}\s+)?\d)", re.IGNORECASE)
        until = _alt(lang.raw["dates"].get("UNTIL") or [])
        # the gap between two weekdays of one span: a word of range or of "until" ("Monday and Tuesday", "bis")
        spans = _alt(list(lang.range_words) + list(lang.raw["dates"].get("UNTIL") or [])) if lang.range_words else r"(?!x)x"
        self.weekday_range_rx = re.compile(rf"\s+{spans}\s+", re.IGNORECASE)
        self.range_start_words = tuple(w.lower() for w in lang.range_start)
        self.range_word_set = frozenset(str(w).lower() for w in list(lang.range_words) + list(lang.raw["dates"].get("UNTIL") or []))
        self.until_rx = re.compile(rf"(?:^|\s){until}\s+$", re.IGNORECASE)
        # a weekday phrase that holds its "until" ("до среды", listed whole among the weekdays)
        self.until_opening = re.compile(rf"{until}\s", re.IGNORECASE)
        # case endings that say "until" ("május 9-ig", "9. maini"): on the mention's last word or right after it
        self.until_endings = tuple(str(w).lower() for w in lang.raw["dates"].get("UNTIL_ENDINGS") or ())
        since = _alt(lang.raw["dates"].get("SINCE") or [])
        # a part of the month may stand between ("from mid-July", "ab Mitte Juli"): the mention starts at the month
        parts = [f for forms in (lang.raw["dates"].get("MONTH_PARTS") or {}).values() for f in forms or ()]
        part = rf"(?:{_alt(parts)}(?:\s+|\s*-\s*))?" if parts else ""
        self.since_rx = re.compile(rf"(?:^|\s){since}\s+{part}$", re.IGNORECASE)
        # words that say "since" only before a month's part ("from mid-July", "ab Mitte Juli") or after a noun of a
        # rule or measure ("sanctions from 1 July"): elsewhere "from January 2023" may qualify a contact ("talks")
        since_part = _strs(lang.raw["dates"].get("SINCE_PART"))
        rules = _strs(lang.raw["dates"].get("SINCE_RULES"))
        alts = ([rf"{_alt(since_part)}\s+{part[:-1]}"] if parts else []) + (
            [rf"{_alt(rules)}\s+{_alt(since_part)}\s+"] if rules else [])
        self.since_part_rx = re.compile(rf"(?:^|\s)(?:{'|'.join(alts)})$", re.IGNORECASE) if since_part and alts else None
        # word-only expressions are matched on tokens, which is far faster than regex alternations
        self.words = MultiLexicon({
            "weekday": Lexicon({str(w): [f for f in forms if not f.endswith(".")] for w, forms in weekdays.items()}),
            "relative": Lexicon(_merge(lang.relative, cldr["relative"])),
            "month": Lexicon({str(m): forms for m, forms in _merge(lang.months, cldr["months"]).items()}),
            "duration": Lexicon({str(n): _strs(forms)
                                 for n, forms in (lang.raw["dates"].get("DURATION") or {}).items()}),
            "month_adjective": Lexicon({str(m): _strs(forms)
                                        for m, forms in (lang.raw["dates"].get("MONTH_ADJECTIVES") or {}).items()}),
        })
        self.month_parts = lang.month_parts
        self.month_cues = {c.lower() for c in lang.locative | set(lang.month_cues)} | set(self.month_parts)
        self.month_cues_after = lang.month_cues_after | set(self.month_parts)
        self.month_nouns_after = lang.month_nouns_after
        self.month_determiners = frozenset(str(w).lower() for w in _strs(lang.raw["dates"].get("MONTH_DETERMINERS")))
        self.in_month = lang.in_month
        # the events' future phrases and the auxiliaries that put any clause in the future
        # ("wird ... besuchen", "будет"): a weekday in their clause is the coming one
        self.future = Lexicon({"future": _strs(lang.raw["events"].get("FUTURE")) +
                                         _strs(lang.raw["events"].get("FUTURE_HELD")) +
                                         _strs(lang.raw["dates"].get("FUTURE_AUX"))})
        # verbs of wanting, considering, inviting or beginning ("хочет посетить", "eingeladen, … zu besuchen",
        # "ktorá sa začne v piatok"): what they govern comes after them, so only a date after one, or right before
        # it ("októberben Tokióba akar látogatni"), is still to come. They tell the dates alone: whether a wish
        # announces a meeting is FUTURE's to say
        self.intent = Lexicon({"intent": _strs(lang.raw["dates"].get("INTENT"))})
        # present-tense forms of meeting and travelling ("trifft am Dienstag", "przybywa w piątek", "kohtub reedel"):
        # in news a present with a weekday tells a plan; it governs only dates of its own clause
        self.present = Lexicon({"present": _strs(lang.raw["dates"].get("PRESENT"))})
        # words that put a weekday in the week before or after the day of writing, right before it ("last
        # Wednesday", "w ubiegłą środę", "prošle srijede") or right after it ("miercurea trecută")
        # "v stredu 15. 5.", "am Mittwoch, 15.5.", "dne 15. 5.": a day and month in figures without a year, read only
        # where a weekday or a word of the date (DAY_MONTH_CUES) stands right before it, in a day-first language
        self.day_month_dots = lang.order == "dmy"
        cues, cue_first, cue_rest = _alt_first([str(w) for w in _strs(lang.raw["dates"].get("DAY_MONTH_CUES"))]) \
            if lang.raw["dates"].get("DAY_MONTH_CUES") else (None, None, None)
        # searched over the whole text: it opens with the cues' first letters, which the engine skips to
        opening = rf"{cue_first}(?<!\w[\s\S]){cue_rest}" if cue_first else rf"(?<!\w){cues}"
        self.day_month_cue_rx = re.compile(rf"{opening}\s*(?={_DAY_MONTH_DOTS.pattern}|{_unnamed(_DAY_RANGE_DOTS)})",
                                           re.IGNORECASE) \
            if cues else None
        # the same words between a weekday and its date join them ("v úterý dne 5. prosince", "w środę dnia 4 grudnia")
        self.day_month_cue_words = frozenset(str(w).lower() for w in _strs(lang.raw["dates"].get("DAY_MONTH_CUES")))
        self.weekday_shift = {k: ({str(w).lower() for w in _strs(lang.raw["dates"].get(f"WEEKDAY_{k}"))},
                                  {str(w).lower() for w in _strs(lang.raw["dates"].get(f"WEEKDAY_{k}_AFTER"))})
                              for k in ("LAST", "NEXT")}
        # the words opening a reported clause ("that", "dass", "że", "что"): a verb to come after one is the report's
        self.that = frozenset(str(w).lower() for w in lang.raw["dates"].get("THAT") or ())
        # past verbs of reporting ("said", "teilte", "сообщил"): a date of their clause is the day of the report
        self.said = frozenset(str(w).lower() for w in lang.raw["dates"].get("SAID") or ())
        # a language's analyser of verbs that reads a perfective present as the future ("вылетит", "прилетить")
        self.future_verb = hook(lang.code, "future_verb")
        # "a three-day visit": the words, and the unit after a number ("3-day", "3-dniowa")
        self.ago = _ago_patterns(lang.raw["dates"])
        self.lasting = _lasting_patterns(lang.raw["dates"])
        self.numbers = {str(f).lower(): int(n) for n, forms in (lang.raw["dates"].get("NUMBERS") or {}).items()
                        for f in _strs(forms)}
        # words of quantity after which a weekday's word is a plural noun (ro "ultimele luni", the last months)
        self.not_weekday_after = frozenset(str(w).lower() for w in _strs(lang.raw["dates"].get("WEEKDAY_NOT_AFTER")))
        unit = _alt(lang.raw["dates"].get("DAY_UNIT") or [])
        # "[1-9]|1[0-4]" as "[1-9](?:(?<=1)[0-4])??" (the same order of trials), b after the first digit
        self.duration_rx = re.compile(rf"(?P<n>[1-9](?<![\w.][\s\S])(?:(?<=1)[0-4])??)\s*{DASH}\s*{unit}{e}", re.IGNORECASE)

    @staticmethod
    def _patterns(lang: Language, months: dict[int, list[str]]) -> list[tuple[str, re.Pattern]]:
        """The regular expressions of the dates that hold a number, by name."""
        month, month_first, month_rest = _alt_first([f for forms in months.values() for f in forms])
        anymonth = r"[^\W\d_]{3,}"  # any word: _build keeps only month names and their cut-off forms
        yw = _alt(lang.year_words) if lang.year_words else r"(?!x)x"
        dw = _alt(lang.day_words) if lang.day_words else r"(?!x)x"
        rw = _alt(lang.range_words) if lang.range_words else r"(?!x)x"
        rs = _alt(lang.range_start) if lang.range_start else r"(?!x)x"
        # never inside a number joined by hyphens: "2019-11-20\nLapkričio" holds no range "11-20 Lapkričio"
        b, e = r"(?<![\w.])(?<!\d-)", r"(?!\w)"
        # b after the pattern's first character, taken by a class the engine skips to (one that opens with a
        # look-behind is tried at every character of the window)
        b1 = r"(?<![\w.][\s\S])(?<!\d-[\s\S])"
        day = lambda g: rf"(?P<{g}>[0-3]?\d)(?:\.|{dw}{e})?"
        # "2024 r.", "2024г." (the abbreviation glued to the number); a page's chrome may glue the next
        # capitalised word ("Sobota 6. december 2025Meniny má Mikuláš") or its clock time ("16.11.201809:35")
        # to the year
        # or the next date's day ("30 августа 202430 авг 2024")
        glued_day = rf"(?=[0-3]?\d\s*{month}{e})"
        year = lambda g: rf"(?P<{g}>(?:19|20)\d\d)(?:{e}\.?(?:\s*{yw}{e}\.?)?|{yw}{e}\.?|{_GLUED_WORD}|{_GLUED_CLOCK}|{glued_day})"
        mon = lambda g: rf"(?P<{g}>{month}){e}\.?"
        amon = lambda g: rf"(?P<{g}>{anymonth}){e}\.?"
        # b, then a month's name or any word (amon), opening with its first character
        first_mon = lambda g: (rf"(?P<{g}>{month_first}{b1}{month_rest}){e}\.?" if month_first else b + mon(g))
        first_amon = lambda g: rf"(?P<{g}>[^\W\d_]{b1}[^\W\d_]{{2,}}){e}\.?"
        sep = rf"\s*(?:{DASH}|\s{rw}\s)\s*"
        clock = r"\d\d?:\d\d(?::\d\d)?"
        order = lang.order
        pats: list[tuple[str, str]] = [
            # "2024-06-12T14:35:00+02:00": a page's machine timestamp glues the time on with a T
            ("iso", rf"{b}(?P<y>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d)(?:{e}|(?=T\d\d:))"),
            # a date may be glued to the word before it ("Korei15.03.2024"), never to a number
            ("numeric", rf"(?<![\d.])(?P<d>[0-3]?\d)\s?[./]\s?(?P<mo>[01]?\d)\s?[./]\s?{year('y')}"),
            # "18 III 2024", "18. III. 2024", "18.III.2024": the month in capital Roman numerals (never "18 i 2024")
            ("roman", rf"{b}(?P<d>[0-3]?\d)\.?\s?(?-i:(?P<rm>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I))\.?\s?{year('y')}"),
            # "11-13.03.2024", "11.–13. 3. 2024", "11.03-13.03.2024", "od 11. do 13. 3. 2024": a range of days written
            # in figures, the month and year once after the last day (the first day's month may be written too)
            ("numeric_range", rf"{b}(?P<d>[0-3]?\d)\.?(?:\s?(?P<mo1>[01]?\d)\.?)?{sep}(?P<d2>[0-3]?\d)\s?\.\s?(?P<mo>[01]?\d)"
                              rf"\s?\.\s?{year('y')}"),
            # "2024.03.11-13.", "2024-03-11–13": the same written year first, the dash between the days alone (never
            # "2024-03-11 - 13:45", a stamp and its time)
            ("ymd_range", rf"{b}(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<mo>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)\.?{DASH}"
                          rf"(?P<d2>[0-3]?\d)(?![\w:])\.?"),
            # "03-05-2017": day and month of two digits each joined by hyphens (no range: "2016-2017")
            ("numeric", rf"(?<![\d.-])(?P<d>[0-3]\d)-(?P<mo>[01]\d)-(?P<y>(?:19|20)\d\d)(?![\d-])"),
            # "18.10.14 um 22:56", "26. 10.21": a two-digit year after day and month
            ("numeric_yy", rf"{b}(?P<d>[0-3]?\d)\s?\.\s?(?P<mo>[01]?\d)\s?\.\s?(?P<yy>\d\d)(?![\d.]|\.\d)"),
            # "1/1/16", "3/3/94": a two-digit year after a slash
            ("numeric_yy", rf"{b}(?P<d>[0-3]?\d)/(?P<mo>[01]?\d)/(?P<yy>\d\d)(?![\d/])"),
            ("ymd_num", rf"{b}(?P<y>(?:19|20)\d\d)(?P<sep>[/.])\s?(?P<mo>[01]?\d)(?P=sep)\s?(?P<d>[0-3]?\d){e}\.?"),
            # a page stamp "2003 02 10": two digits each, and no third group of digits ("2019 10 000")
            ("ymd_num", rf"{b}(?P<y>(?:19|20)\d\d) (?P<mo>0[1-9]|1[0-2]) (?P<d>[0-3]\d){e}(?!\s?\d)\.?"),
            ("dmy_cross", rf"{b}{day('d')}\s*{mon('m')}(?:\s*,?\s*{year('y')})?{sep}{day('d2')}\s*{mon('m2')}(?:\s*,?\s*{year('y2')})?"),
            ("dmy_range", rf"{b}(?:{rs}\s+)?{day('d')}{sep}{day('d2')}\s*{mon('m')}(?:\s*,?\s*{year('y')})?"),
            ("dmy", rf"{b}{day('d')}\s*{mon('m')}(?:\s*,?\s*{year('y')}|\s+(?P<yy>\d\d)(?=\s+{clock}))?"),
            # a truncated month name ("21 чер 2013", "12-Iun-2013") is read only with its year
            ("dmy_trunc", rf"{b}{day('d')}(?:\s*|-){amon('m')}(?:\s*,?\s*|-){year('y')}"),
            ("ymd_trunc", rf"{b}(?P<y>(?:19|20)\d\d)-{amon('m')}-(?P<d>[0-3]?\d){e}"),
            ("ydm", rf"{b}{year('y')}\s*{day('d')}\s*{mon('m')}"),
            # "Авг 26, 2015", "Aug 05 12:00:00 2015": month first with the year after a comma or a time
            ("mdy_year", rf"{first_amon('m')}\]?\s+{day('d')}(?:st|nd|rd|th)?(?:,\s*|\s+{clock}\s+){year('y')}"),
        ]
        if "mdy" in order or "ymd" in order:
            pats += [
                # "from November 30 to December 2, 2024", "lapkričio 30 iki gruodžio 2", "november 30. és december 2.":
                # a range across months, each end with its month first
                ("mdy_cross", rf"{first_mon('m')}\s+{day('d')}(?:\s*,?\s*{year('y')})?{sep}{mon('m2')}\s+{day('d2')}"
                              rf"(?:\s*,?\s*{year('y2')})?"),
                ("mdy_range", rf"{first_mon('m')}\s+{day('d')}{sep}{day('d2')}(?:\s*,?\s*{year('y')})?"),
                # without a year, a number after the day is a time ("May 12 10:30"), not part of the date
                ("mdy", rf"{first_mon('m')}\s+{day('d')}(?:\s*,?\s*{year('y')}|(?!\s*[:\d]))"),
            ]
        if "ymd" in order:
            # "2024 m. kovo 11–13 d.": a range of days after the year and month
            pats.append(("ymd_words_range", rf"{b}{year('y')}\s*{mon('m')}\s+{day('d')}{sep}{day('d2')}(?:\s*d\.)?"))
            pats.append(("ymd", rf"{b}{year('y')}\s*{mon('m')}\s+{day('d')}(?:\s*d\.)?"))
        pats += [
            ("month_year", rf"{first_mon('m')}\s*,?\s*{year('y')}"),
            # "2022. gada jūnijā", "2022 m. birželį", "2022. aasta juunis", "2022 júniusában": the year first, as these
            # languages write a month of a year (no day after it: that is "ymd")
            ("year_first_month", rf"{b}{year('y')}\s*{mon('m')}(?!\s*[0-3]?\d(?!\d))"),
            ("year_month", rf"{b}(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d){e}(?!-)"),
        ]
        if lang.this_month:  # "przyjął 12 bm.", "12 с.м.": a day of the month the text speaks in
            # ... with the day's ordinal ending ("12-го с.м.") or a noun of the date ("12-го числа текущего месяца")
            ordinal = rf"(?:{_alt(lang.day_words)})?" if lang.day_words else ""
            date_noun = rf"(?:(?:{_alt(lang.day_nouns)})\s+)?" if lang.day_nouns else ""
            pats.append(("day_this_month", rf"{b}(?P<d>[0-3]?\d){ordinal}\.?\s*{date_noun}(?:{_alt(lang.this_month)})(?!\w)"))
        cues = sorted(lang.locative | {str(w).lower() for w in _strs(lang.raw["dates"].get("YEAR_CUES"))})
        loc, loc_first, loc_rest = _alt_first(cues) if cues else (r"(?!x)x", None, None)
        loc = f"{loc_first}{b1}{loc_rest}" if loc_first else b + loc
        # "w 2013 r.", "в 2013 году", "în anul 2022", "през 2019 г.": one word may stand between (`_names_year`
        # tells a name's year)
        pats.append(("year_only", rf"{loc}\s+(?:(?P<w>[^\W\d]+)\s+)?{year('y')}"))
        alone = _strs(lang.raw["dates"].get("YEAR_ALONE"))
        if alone:  # "posetio je 2019. godine", "відвідав 2019 року": a year in the genitive of time dates alone
            pats.append(("year_alone", rf"{b}(?P<y>(?:19|20)\d\d)\.?\s*{_alt(alone)}{e}"))
        return [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]

    def _names_year(self, m: re.Match) -> bool:
        """Is the year of "na EXPO 2025", "at Expo 2025", "in Vision 2050", "na Summitu 2019" part of a name? A capitalised
        word before it that is no word of time ("im Jahr 2025", "im Herbst 2025": YEAR_BEFORE, months, parts of a month,
        YEAR_WORDS) names an event, exhibition or programme; the year names it and dates nothing. A line in capitals
        throughout ("W ROKU 2025") says nothing by its capitals."""
        w = m.group("w")
        if not w or not w[0].isupper() or m.group().isupper():
            return False
        return w.lower() not in self.year_before and self._month(w) is None

    def _bounds_year(self, m: re.Match) -> bool:
        """Does the word before a lone year make it a bound, not a time ("od 2019. godine", "до кінця 2019 року",
        "posle 2019. godine"): UNTIL, SINCE, RANGE_START and YEAR_ALONE_NOT?"""
        before = re.search(r"([^\W\d_]+)\W{0,2}$", m.string[max(0, m.start() - 30):m.start()])
        return before is not None and before.group(1).lower() in self.year_bounds

    @staticmethod
    def _names_holiday(g: dict) -> bool:
        """Is a day with a capitalised month and no year ("Święto Konstytucji 3 Maja", "ulica 11 Listopada") a name?
        Only where months are written small (LOWER_MONTHS); a line in capitals says nothing by them."""
        mo, d = g.get("m") or "", g.get("d")
        return bool(d) and not g.get("y") and not g.get("y2") and mo[:1].isupper() and not mo.isupper()

    def _month(self, s: str) -> int | None:
        s = re.sub(r"\s+", " ", s.lower().rstrip("."))
        if s in self.month_of:
            return self.month_of[s]
        for n in range(len(s), 2, -1):  # stems: longest known prefix
            if s[:n] in self.month_of:
                return self.month_of[s[:n]]
        return None

    def _truncated(self, s: str, names: dict[str, int]) -> int | None:
        """The month or weekday a cut-off name stands for: the shortest full name it begins
        (Czech "čer" is červen, June, not červenec)."""
        s = s.lower().rstrip(".")
        if len(s) < 3:
            return None
        # the names s begins lie side by side in sorted order, from where s would go: only they are read
        # (a walk of every name cost ~1 % of a pass)
        ordered = _in_order(names)
        i, best = bisect_left(ordered, s), None
        while i < len(ordered) and ordered[i].startswith(s):
            hit = (len(ordered[i]), names[ordered[i]])
            best = hit if best is None or hit < best else best
            i += 1
        return best[1] if best else None

    def find(self, text: str, toks: list | None = None, day_first: bool = False) -> list[DateMention]:
        """Every date expression in the text, longest first where they overlap (`day_first`: slash dates
        are read day first, whatever the language's order)."""
        found: list[DateMention] = []
        # every numeric pattern holds a number: scan only the stretches of text around numbers
        for lo, hi in _number_windows(text):
            chunk, mark = text[lo:hi], len(found)
            dated = YEAR_RE.search(chunk) is not None
            digits = [m.start() for m in _NUMBER.finditer(chunk)]
            for name, rx in self.patterns:
                if name in NEED_YEAR and not dated:
                    continue
                for m in (_matches_at(rx, chunk, digits) if name in DIGIT_FIRST else rx.finditer(chunk)):
                    dm = self._build(name, m, day_first)
                    if dm and not _BROKEN.search(m.group()):
                        found.append(replace(dm, start=dm.start + lo, end=dm.end + lo))
            found += self._abbreviated_weekdays(text, lo, hi, found[mark:])  # this window's dates only
            found += [DateMention(m.start(), m.end(), "duration", d=int(m.group("n")))
                      for m in self.duration_rx.finditer(text, lo, hi)]
        if self.named_meeting_rx is not None:
            found += self._named_meeting_years(text, found)
        low = lowered(text)  # one lowered copy for the word tests of AGO and LASTS (and the readers after)
        found += self._ago(text, low)
        found += self._lasting(text, low)
        toks = lex_tokens(text) if toks is None else toks
        words = self.words.find_all(toks)
        for m in words["weekday"]:
            if self._counted(text, toks, m):
                continue  # "trei luni", "câteva luni": a count makes the word a plural noun ("months"), no weekday
            wd = DateMention(m.char_start, m.char_end, "weekday", weekday=int(m.key), tense=self._tense(text, toks, m))
            found.append(self._bracketed_day(text, self._shifted_week(toks, m, wd)))
        for m in words["relative"]:
            found.append(DateMention(m.char_start, m.char_end, "relative", relative=m.key))
        if self.day_month_dots and "." in text:
            found += self._day_month_dots(text, [x.end for x in found if x.kind == "weekday"])
        for m in words["duration"]:
            found.append(DateMention(m.char_start, m.char_end, "duration", d=int(m.key)))
        # a word of the last, this or next year right before a small month is its cue: "lani maja", "mullu mais",
        # "eelmise aasta mais" (forms that are also words or names need one)
        year_ends = {r.end for r in words["relative"] if r.key in YEARS}
        for m in words["month"]:
            # a bare month needs a cue before it ("w maju", "през месец май") or after it ("spalio pradžioje"),
            # or a case form that says "in" itself ("oktobrī"), and no number after
            before = " ".join(t.low for t in toks[max(0, m.start - 2):m.start])
            cued = (m.start > 0 and (toks[m.start - 1].low in self.month_cues or before in self.month_cues)) \
                or (m.end < len(toks) and toks[m.end].low in self.month_cues_after) \
                or (m.end - m.start == 1 and toks[m.start].low in self.in_month) \
                or (m.start in year_ends and toks[m.start].text[:1].islower()) \
                or (m.end < len(toks) and toks[m.end].low in self.month_nouns_after
                    and toks[m.start].text[:1].isupper() and toks[m.end].text[:1].islower()
                    and m.start > 0 and self._determines(toks[m.start - 1]))
            # "her January visit"; "may visit" is a verb, and so is "May Visit" in a headline's title case; after a
            # name or a hyphen the month is a name ("Theresa May visits", "the Abe-May summit")
            after = text[m.char_end:m.char_end + 3].lstrip(" .,")
            if cued and not after[:1].isdigit():
                found.append(DateMention(m.char_start, m.char_end, "month", m=int(m.key),
                                         tense=self._tense(text, toks, m), part=self._part(toks, m, before)))
        for m in words["month_adjective"]:
            # "při červnové návštěvě", "на июньском саммите": the month of the noun it qualifies, written small
            # (capitalised, "Октябрьская площадь", "Listopadowe powstanie", it names a street or an uprising)
            if toks[m.start].text[:1].islower():
                found.append(DateMention(m.char_start, m.char_end, "month", m=int(m.key),
                                         tense=self._tense(text, toks, m)))
        starts = [t.start for t in toks]
        adjectives = {m.char_start for m in words["month_adjective"]}
        ms = _weeks_joined(text, _non_overlapping(found, text, self.day_month_cue_words), self.range_word_set)
        return [self._day_tense(text, toks, starts, self._until(text, x, x.start in adjectives))
                for x in self._case_ranges(text, self._weekday_spans(text, ms))]

    def _case_ranges(self, text: str, ms: list[DateMention]) -> list[DateMention]:
        """Two dates side by side, the second in a case of "until" and the first not ("29. aprillist 2. maini",
        "április 29-től május 2-ig"): one range, as "from 29 April to 2 May" is. Languages with no such case
        (UNTIL_ENDINGS) say it with a word, which the patterns read."""
        if not self.until_endings or len(ms) < 2:
            return ms
        out: list[DateMention] = []
        for x in ms:
            prev = out[-1] if out else None
            if prev and prev.kind == x.kind == "absolute" and prev.d and x.d and prev.m and x.m \
                    and not (prev.d2 or x.d2 or x.y) and not text[prev.end:x.start].strip(" \u2013\u2014-") \
                    and "\n" not in text[prev.end:x.start] and not text[prev.start:x.start].rstrip().endswith(".") \
                    and 0 < (x.m - prev.m) % 12 * 31 + x.d - prev.d <= 62 \
                    and self._until_ending(text, x) and not self._until_ending(text, prev):
                out[-1] = replace(prev, end=x.end, m2=x.m, d2=x.d)
                continue
            out.append(x)
        return out

    def _weekday_spans(self, text: str, ms: list[DateMention]) -> list[DateMention]:
        """Two weekdays joined by a word of range ("on Monday and Tuesday", "from Monday to Wednesday", "von Montag
        bis Mittwoch"): one mention of the days from the first to the second, as a range of day numbers is."""
        if not any(x.kind == "weekday" for x in ms):
            return ms
        out: list[DateMention] = []
        for x in ms:
            prev = out[-1] if out else None
            if prev and x.kind == "weekday" and prev.kind == "weekday" and prev.weekday2 is None \
                    and 0 < (x.weekday - prev.weekday) % 7 < 7 and (self.weekday_range_rx.fullmatch(text, prev.end, x.start)
                                                                    or self._joined_by_case(text, prev, x)):
                out[-1] = replace(prev, end=x.end, weekday2=x.weekday)
                continue
            if prev and x.kind == "absolute" and prev.kind == "weekday" and prev.weekday2 is None and x.d and not x.d2 \
                    and self.weekday_range_rx.fullmatch(text, prev.end, x.start) and self._opens_range(text, prev.start):
                # "od poniedziałku do 9 maja", "from Monday to 9 May": the days from that weekday to the date
                out[-1] = replace(prev, end=x.end, y2=x.y, m2=x.m, d2=x.d)
                continue
            out.append(x)
        return out

    def _joined_by_case(self, text: str, prev: DateMention, x: DateMention) -> bool:
        """Two weekdays side by side, the second saying "until" by itself: a word of range it holds ("с понедельника
        по среду", "по среду" listed whole) or a case ending ("hétfőtől szerdáig", "esmaspäevast kolmapäevani")."""
        if text[prev.end:x.start].strip():
            return False
        if self._until_ending(text, x) and not self._until_ending(text, prev):
            return True
        first = text[x.start:x.end].split(None, 1)[0].lower()
        return first in self.range_word_set and len(text[x.start:x.end].split()) > 1

    def _opens_range(self, text: str, pos: int) -> bool:
        """Does a word that opens a range (RANGE_START: "od", "from", "с", "vom") stand right before `pos`?"""
        before = text[max(0, pos - 12):pos].rstrip().lower()
        return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
                   for w in self.range_start_words)

    def _named_meeting_years(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """The year that closes the capitalised name of a gathering ("la Reuniunea Anuală a Diplomației Române
        2020", "at the Baltic Forum 2019"): the year it was held, as "in 2020" would say. Other names keep their
        year to themselves ("EXPO 2025", "Horizon 2020": an exhibition, a programme; _names_year)."""
        return [DateMention(m.start(), m.end(), "year", y=int(m.group())) for m in _NAMED_YEAR.finditer(text)
                if not any(d.start <= m.start() < d.end for d in found) and self.meeting_name(text, m.start())]

    def meeting_name(self, text: str, pos: int) -> tuple[int, int] | None:
        """(where the name begins, where its noun begins) of a gathering's capitalised name that the year at `pos`
        closes ("Baltic Sea Forum 2019": Baltic, Forum), or None when no such name stands before it."""
        if self.named_meeting_rx is None:
            return None
        lo = max(0, pos - NAMED_REACH)
        words = list(_WORD_BEFORE.finditer(text, lo, pos))[-NAMED_WORDS:]
        for k in range(len(words) - 1, -1, -1):  # back over the name: capitalised words and the small words inside it
            w = words[k].group()
            if w[:1].isupper() and self.named_meeting_rx.search(w.lower()):  # a compound's head too (Sicherheitskonferenz)
                first = k
                while first > 0 and words[first - 1].group()[:1].isupper():
                    first -= 1  # its capitalised qualifiers ("Baltic Sea", "Münchner")
                return words[first].start(), words[k].start()
            if not (w[:1].isupper() or len(w) <= NAMED_LINK):
                return None
        return None

    def _ago(self, text: str, low: str | None = None) -> list[DateMention]:
        """"three days ago", "vor zwei Wochen", "před třemi dny": a count of days or weeks before the context date
        (`low`: the text in lower case, when the caller has it)."""
        low = lowered(text) if low is None else low
        return [DateMention(m.start(), m.end(), "relative", relative=key, d=n)
                for key, m, n in self._counts(self.ago, text, low) if n]

    def _determines(self, tok) -> bool:
        """Does the token before a capitalised month determine the noun the month qualifies (dates.yaml
        MONTH_DETERMINERS: "the May summit", "her January visit"; or a possessive, "Kamikawa's January trip")?
        After a name or a hyphen the month is a name ("Theresa May visits", "the Abe-May summit")."""
        return tok.low in self.month_determiners or tok.text.endswith(("'s", "’s", "s'", "s’"))

    def _lasting(self, text: str, low: str) -> list[DateMention]:
        """"Wizyta potrwa trzy dni", "the visit will last three days": a stay's length, as "a three-day visit" is
        (`low`: the text in lower case)."""
        return [DateMention(m.start(), m.end(), "duration", d=n, relative=LASTS_KEY)
                for _key, m, n in self._counts(self.lasting, text, low) if n and n > 1]

    def _counts(self, patterns: list, text: str, low: str):
        """(key, match, count) of each match of the templates `patterns` (_count_patterns) in the text."""
        for key, rx, words in patterns:
            # a pattern searched over the whole text costs a try at every character: first, in C, whether
            # each of its words is in the text at all ("temu", "назад" are in few)
            if all(any(f in low for f in forms) for forms in words):
                for m in rx.finditer(text):
                    yield key, m, self.ago_count(m.groupdict().get("n"))

    def ago_count(self, word: str | None) -> int | None:
        """The number a count of AGO stands for: digits, a word of NUMBERS, or one when the template has none."""
        if word is None:
            return 1
        if word.isdigit():
            return int(word) if 0 < int(word) < 100 else None
        return self.numbers.get(word.lower())

    def _bracketed_day(self, text: str, wd: DateMention) -> DateMention:
        """A weekday glossed by its day and month in brackets ("v pondelok (15. 12.)", "am Donnerstag (10.5.)"), in a
        language that writes the day first: that day, the weekday kept to check it."""
        g = _BRACKETED_DAY.match(text, wd.end) if not self.slash_mdy else None
        if not g or not (1 <= int(g.group("d")) <= 31 and 1 <= int(g.group("m")) <= 12):
            return wd
        return DateMention(wd.start, g.end(), "absolute", m=int(g.group("m")), d=int(g.group("d")),
                           weekday=wd.weekday, tense=wd.tense)

    def _counted(self, text: str, toks: list, m) -> bool:
        """Is a small weekday word counted: a number or a word of NUMBERS or WEEKDAY_NOT_AFTER right before it ("trei
        luni", "ultimele luni", "3 luni")? A number word is never a weekday's."""
        if not m.start or not toks[m.start].text[:1].islower():
            return False
        prev = toks[m.start - 1]
        before = prev.low
        # a day with its ordinal dot ends a date the weekday follows ("2025. 02. 24. hétfő"): no count
        ordinal = text[prev.end:prev.end + 1] == "."
        # a count of two or more: "one Monday in May", hu "egy keddi ülésen" (a Tuesday's session) are still days
        return (before.isdigit() and int(before) >= 2 and not ordinal) or self.numbers.get(before, 0) >= 2 \
            or before in self.not_weekday_after

    def _day_month_dots(self, text: str, weekday_ends: list[int]) -> list[DateMention]:
        """Days and months in figures without a year ("15. 5.", "15.05.") right after a weekday ("v stredu 15. 5.",
        "am Mittwoch, 15.5.") or a word of the date ("dne 15. 5."): alone, such figures may be any numbers."""
        # only where a weekday ends or a cue stands: no scan of every number in the text
        cued = {c.end() for c in self.day_month_cue_rx.finditer(text)} if self.day_month_cue_rx is not None else set()
        starts = cued | {e + len(text[e:e + 3]) - len(text[e:e + 3].lstrip(" ,")) for e in weekday_ends}
        out = []
        for at in sorted(starts):
            # a range only after a word of the date ("w dniach 11-13.03"): after a weekday it would be two days' span
            r = _DAY_RANGE_DOTS.match(text, at) if at in cued else None
            mo, d, d2 = (int(r.group(k)) for k in ("mo", "d", "d2")) if r else (0, 0, 0)
            if r and (span := _figures_range(r.start(), r.end(), None, mo, d, mo, d2)):
                out.append(span)
                continue
            m = _DAY_MONTH_DOTS.match(text, at)
            if m and 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("mo")) <= 12:
                out.append(DateMention(m.start(), m.end(), "absolute", m=int(m.group("mo")), d=int(m.group("d"))))
        return out

    def _shifted_week(self, toks: list, m, wd: DateMention) -> DateMention:
        """A weekday with a word of the last or next week beside it ("last Wednesday", "w ubiegłą środę",
        "miercurea trecută"): the word joins the mention, which names a day strictly before (after) the day written
        and so is never (always) still to come."""
        before = toks[m.start - 1] if m.start else None
        after = toks[m.end] if m.end < len(toks) else None
        for key, offset, tense in (("LAST", -1, None), ("NEXT", 1, "future")):
            pre, post = self.weekday_shift[key]
            if before is not None and before.low in pre and before.end <= wd.start:
                return replace(wd, start=before.start, week_offset=offset, tense=tense)
            if after is not None and after.low in post:
                return replace(wd, end=after.end, week_offset=offset, tense=tense)
        return wd

    def _day_tense(self, text: str, toks: list, starts: list[int], dm: DateMention) -> DateMention:
        """A day and month without a year take the tense of their clause: "посетит Токио 12 октября" said
        in July is this October's 12th, "посетил" last October's."""
        if dm.kind != "absolute" or dm.y or not dm.m or dm.tense or not toks:
            return dm
        lo, hi = bisect_left(starts, dm.start), bisect_left(starts, dm.end)
        span = _TokenSpan(lo, max(hi, lo + 1), dm.start, dm.end)
        return replace(dm, tense=self._tense(text, toks, span))

    def _part(self, toks: list, m, before: str) -> str | None:
        """The part of a bare month its cue names: "в начале", "Ende", "pradžioje" after it (MONTH_PARTS)."""
        parts = self.month_parts
        if not parts:
            return None
        near = [before, toks[m.start - 1].low if m.start else "", toks[m.end].low if m.end < len(toks) else ""]
        return next((parts[w] for w in near if w in parts), None)

    def _tense(self, text: str, toks: list, m) -> str | None:
        """'future' when a future verb stands near the weekday or month in its own sentence ("will visit ... on Friday")."""
        # twelve tokens: "должен встретиться с премьер-министром Японии Синдзо Абэ в пятницу" (a title's hyphen is one)
        for i in range(max(0, m.start - TENSE_REACH), min(len(toks), m.end + TENSE_REACH)):
            f = self.future.match_at(toks, i)
            if not f and (f := self.intent.match_at(toks, i)) and f.start >= m.end + INTENT_BEFORE:
                f = None  # "в пятницу позвонил … и пригласил": the day of the call, not of the visit invited to
            if f and f.start >= m.end and self._reported_between(text, toks, m, f.start):
                f = None  # "said on Tuesday that he will visit …": the day of saying, not of the visit
            if f and f.end <= m.start and self._report_after(text, toks, f, m):
                f = None  # "will visit next week, the office said on Tuesday": the day of saying
            if f:
                lo, hi = sorted((f.char_start, m.char_start))
                if not _sentence_ends(text, lo, hi):
                    return "future"
        return "future" if self._present_governs(text, toks, m) else None

    def _report_after(self, text: str, toks: list, f, m) -> bool:
        """Does a clause of reporting stand between a future verb and a later date, past a comma ("wird … besuchen,
        teilte das Amt am Dienstag mit", "… посетит Сеул, сообщили во вторник")? Then the date is the report's."""
        if not self.said:
            return False
        if reported_past_break(text, toks[f.end:m.start], self.said, f.char_end, m.char_start):
            return True
        # the verb may follow the day it names, right after it ("…, csütörtökön közölte a minisztérium",
        # "…, ketvirtadienį pranešė ministerija", "…, ve čtvrtek oznámilo ministerstvo")
        return any(t.low in self.said for t in toks[m.end:m.end + SAID_AFTER])

    def _reported_between(self, text: str, toks: list, m, end: int) -> bool:
        """Does a reported clause open between a weekday or date and a later verb ("teilte am Dienstag mit, dass er …
        besuchen werde", "во вторник сообщила, что … посетит")? Not a pronoun right after a date that opens its
        sentence ("On Friday, he will visit …": the visit's day)."""
        if not self.that:
            return False
        ls = max(text.rfind("\n", 0, m.char_start), max((x.end() for x in _SENT_END.finditer(text, max(0, m.char_start - 200), m.char_start)), default=-1))
        opens = len(text[ls + 1:m.char_start].split()) <= 1
        for j in range(m.end, min(end, len(toks))):
            if toks[j].low in self.that:
                return not (opens and j == m.end)
        return False

    def _present_governs(self, text: str, toks: list, m) -> bool:
        """Does a present tense of meeting or travelling govern the weekday or date, in its clause ("Zełenski przybywa
        w piątek do Warszawy", "W czwartek minister przyjmuje")? Not across a comma ("trifft am Freitag den
        Botschafter, teilte das Amt am Mittwoch mit"), nor a date more than two tokens before it."""
        for i in range(max(0, m.start - TENSE_REACH), min(len(toks), m.end + INTENT_BEFORE)):
            f = self.present.match_at(toks, i)
            if not f and self.future_verb and self.future_verb(toks[i].low):
                f = _TokenSpan(i, i + 1, toks[i].start, toks[i].end)
            if not f or not (f.end <= m.start or f.start >= m.end):
                continue
            gap = text[f.char_end:m.char_start] if f.end <= m.start else text[m.char_end:f.char_start]
            if not _CLAUSE_END.search(gap):
                return True
        return False

    def _abbreviated_weekdays(self, text: str, lo: int, hi: int, found: list[DateMention]) -> list[DateMention]:
        """'Mi 13:14', 'pon 16. čer 2014': a cut-off weekday right before a time or a date."""
        out = []
        starts = {x.start for x in found if x.kind == "absolute"}
        if not starts and not _CLOCK_DIGITS.search(text, lo, hi):
            return out  # no date and no time in the window (a time's digits would lie in it): no weekday before one
        for m in self.abbr_rx.finditer(text, lo, hi):
            nxt = _SPACES.match(text, m.end()).end()  # the next non-space: not the rest of the text copied
            if not (_CLOCK.match(text, m.end()) or nxt in starts):
                continue
            w = m.group("w").lower()
            wd = self.weekday_abbr.get(w) or self._truncated(w, self.weekday_names)
            if wd:
                out.append(DateMention(m.start(), m.end("w"), "weekday", weekday=wd))
        return out

    def _until(self, text: str, dm: DateMention, adjective: bool = False) -> DateMention:
        """Mark a date that ends something ("do 9 maja", "until 9 May") or starts what still goes on
        ("od 14. septembra boravi", "с 14 сентября находится"). A SINCE word that is also "from"/"of" (bg, mk
        "от", ru "с") means "since" only before the date itself: before a month's adjective it governs the noun
        the adjective qualifies ("разговорите от януарското посещение", the talks of the January visit), a
        contact that took place, no state's start."""
        if ((dm.kind == "absolute" and not dm.d2) or (dm.kind == "weekday" and dm.weekday2 is None and not dm.d2)) \
                and (self.until_rx.search(text, max(0, dm.start - 20), dm.start) or self._until_ending(text, dm)
                     or (dm.kind == "weekday" and self.until_opening.match(text, dm.start, dm.end))):
            return replace(dm, until=True)  # "a tour that lasts until Wednesday": its last day, no event's
        if not adjective and (dm.kind in ("month", "year") or (dm.kind == "weekday" and dm.weekday2 is None and not dm.d2)
                or (dm.kind == "absolute" and not dm.d2)) \
                and (self.since_rx.search(text, max(0, dm.start - 20), dm.start)
                     or (self.since_part_rx and self.since_part_rx.search(text, max(0, dm.start - 40), dm.start))):
            return replace(dm, since=True)  # "od lutego 2016 roku pełni funkcję": a term's start, not a contact
        return dm

    def _until_ending(self, text: str, dm: DateMention) -> bool:
        """Does the date's last word end in, or is it followed by, a case ending of "until" ("május 9-ig")?"""
        if not self.until_endings:
            return False
        last = text[dm.start:dm.end].rstrip(" .").lower()
        after = text[dm.end:dm.end + 6].lower()
        return any(last.endswith(w) or after.startswith(w) for w in self.until_endings)

    def _build(self, name: str, m: re.Match, day_first: bool = False) -> DateMention | None:
        g = m.groupdict()
        num = lambda k: int(g[k]) if g.get(k) else None
        if g.get("yy"):
            yy = int(g["yy"])
            g["y"] = str(2000 + yy if yy < 50 else 1900 + yy)  # "21" is 2021, "95" is 1995
        if name in ("iso", "numeric", "numeric_yy", "ymd_num"):
            y, mo, d = num("y"), num("mo"), num("d")
            if self.slash_mdy and not day_first and name.startswith("numeric") and "/" in m.group() and d <= 12:
                mo, d = d, mo  # "9/3/2017" in a language that writes month first: September 3
            return DateMention(m.start(), m.end(), "absolute", y, mo, d) if valid_date(y, mo, d) else None
        if name == "roman":
            y, mo, d = num("y"), ROMAN_MONTHS.index(g["rm"]) + 1, num("d")
            return DateMention(m.start(), m.end(), "absolute", y, mo, d) if valid_date(y, mo, d) else None
        if name in ("numeric_range", "ymd_range"):
            return _figures_range(m.start(), m.end(), num("y"), num("mo1") or num("mo"), num("d"), num("mo"), num("d2"))
        if name == "year_only":
            if self._names_year(m):
                return None
            return DateMention(m.start("y"), m.end(), "year", y=int(m.group("y")))
        if name == "year_alone":
            return None if self._bounds_year(m) else DateMention(m.start("y"), m.end(), "year", y=int(m.group("y")))
        if name == "day_this_month":
            d = num("d")
            return DateMention(m.start(), m.end(), "absolute", d=d, month_offset=0) if 1 <= d <= 31 else None
        if name == "year_month":
            y, mo = num("y"), num("mo")
            return DateMention(m.start(), m.end(), "month", y, mo) if 1 <= mo <= 12 else None
        if name in ("dmy_trunc", "ymd_trunc", "mdy_year"):
            # these carry a year, so a word that merely begins like a month ("Marines") is unlikely
            mo = self._month(g["m"]) or self._truncated(g["m"], self.month_names)
        else:
            mo = self._month(g["m"]) if g.get("m") else None
        if not mo or (self.lower_months and self._names_holiday(g)):
            return None
        if name in ("month_year", "year_first_month"):
            return DateMention(m.start(), m.end(), "month", num("y"), mo)
        d, d2 = num("d"), num("d2")
        mo2 = self._month(g["m2"]) if g.get("m2") else None
        y, y2 = num("y"), num("y2")
        if name in ("dmy_cross", "mdy_cross"):
            y = y or y2
        if name == "mdy_cross" and (mo2 != mo % 12 + 1 or d2 is None or d is None or d2 + 31 - d > CROSS_DAYS):
            return None  # "on May 5 and June 7" are two days; a stay across a month's end is short and into the next
        if d is None or not 1 <= d <= 31 or (d2 is not None and not 1 <= d2 <= 31):
            return None
        if d2 is not None and mo2 is None and d2 <= d:
            return None  # "7-5 maja" is not a range
        if d2 is not None and mo2 is None:
            mo2 = mo
        return DateMention(m.start(), m.end(), "absolute", y, mo, d,
                           y2 if y2 else None, mo2, d2)


def _figures_range(start: int, end: int, y: int | None, m: int, d: int, m2: int, d2: int) -> DateMention | None:
    """A range of days written in figures, its last day after its first and both days of a range (_range_day)."""
    if not (_range_day(y, m, d) and _range_day(y, m2, d2)) or (m, d) >= (m2, d2):
        return None
    return DateMention(start, end, "absolute", y, m, d, None, m2, d2)


def _range_day(y: int | None, m: int, d: int) -> bool:
    """A real day of its year, or with no year written any day up to a month's 31st."""
    return valid_date(y, m, d) if y is not None else 1 <= m <= 12 and 1 <= d <= 31


CROSS_DAYS = 14  # a range written month first across a month's end ("November 30 to December 2") spans at most this
_NUMBER = re.compile(r"\d\d*")  # \d+ with a first character the engine skips to: it scans every text
_NAMED_YEAR = re.compile(r"(?<=[^\W\d] )(?:19|20)\d\d(?![\d./-]\d|\w)")  # a year right after a word
_WORD_BEFORE = re.compile(r"[^\W\d_]+")
NAMED_REACH = 80  # characters before a year that a gathering's name may take ("Reuniunea Anuală a Diplomației Române")
NAMED_WORDS = 6  # words of such a name
NAMED_LINK = 3  # letters of a small word inside a name ("a", "of", "des", "и")
WINDOW = 48  # characters around a number that a date expression can reach (month names, year words)


# "január 15.\n\n2024. március 14.": a paragraph break, or a line that ends in a full stop, parts two dates
_BROKEN = re.compile(r"\n\s*\n|\.[ \t]*\n")


def _number_windows(text: str) -> list[tuple[int, int]]:
    """Merged spans around the numbers of the text, widened to whole words."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in _NUMBER.finditer(text):
        if spans and m.start() - WINDOW <= spans[-1][1]:
            hi = min(n, m.end() + WINDOW)
            ws = _SPACE.search(text, hi)
            spans[-1] = (spans[-1][0], ws.start() if ws else n)
            continue
        lo, hi = max(0, m.start() - WINDOW), min(n, m.end() + WINDOW)
        lo = max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo)) + 1 if lo > 0 else 0
        ws = _SPACE.search(text, hi)
        spans.append((lo, ws.start() if ws else n))
    return spans


def _matches_at(rx: re.Pattern, chunk: str, starts: list[int]):
    """rx.finditer(chunk) for a pattern whose matches can only begin at these positions: tried there alone."""
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(chunk, p)):
            end = m.end()
            yield m


_SPACE = re.compile(r"\s")
_ORDERED: dict[int, tuple[dict, list[str]]] = {}


def _in_order(names: dict[str, int]) -> list[str]:
    """The names sorted, once per dict (a grammar's name dicts never change after it is built)."""
    kept = _ORDERED.get(id(names))
    if kept is None or kept[0] is not names:
        kept = _ORDERED[id(names)] = (names, sorted(names))
    return kept[1]
_SPACES = re.compile(r"\s*")  # \s is what str.isspace() takes, as lstrip() strips


def valid_date(y, m, d) -> bool:
    """Do year, month and day make a date of the calendar (no 31 February)?"""
    try:
        dt.date(y, m, d)
        return True
    except (TypeError, ValueError):
        return False


def _sentence_between(text: str, weekday: DateMention, date: DateMention) -> bool:
    """Does a line or a sentence end between a weekday and a date? The full stop of a cut-off weekday
    ("Wed. 12 Oct", "Mi. 13.") ends no sentence: only a full name (five letters or more) stands before one."""
    gap = text[weekday.end:date.start]
    return bool(_LINE_BREAK.search(gap)) or (gap.startswith(".") and weekday.end - weekday.start >= 5)


_LINE_BREAK = re.compile(r"[\n!?;]")


def _non_overlapping(ms: list[DateMention], text: str, cues: frozenset[str] = frozenset()) -> list[DateMention]:
    """Keep the longest of overlapping mentions; a weekday right before a date joins it, within its line
    and sentence ("late on Wednesday.\n12. October 2023" is a weekday and a page's stamp), across a word of
    the date (DAY_MONTH_CUES: "v úterý dne 5. prosince") too."""
    ms = sorted(ms, key=lambda x: (x.start, -(x.end - x.start)))
    out: list[DateMention] = []
    for x in ms:
        if out and x.start < out[-1].end:
            if (x.end - x.start) > (out[-1].end - out[-1].start):
                out[-1] = x
            continue
        out.append(x)
    merged: list[DateMention] = []
    for x in out:
        prev = merged[-1] if merged else None
        if prev and prev.kind == "weekday" and x.kind == "absolute" and _joined(text[prev.end:x.start], cues) \
                and not _sentence_between(text, prev, x):
            merged[-1] = replace(x, start=prev.start, weekday=prev.weekday)
            continue
        merged.append(x)
    return merged


_WEEK_GAP = re.compile(r"[\s,]*(?:(?P<w>\w{1,3})\s+)?", re.UNICODE)  # "Tuesday last week", "minulý týden v úterý"


def _weeks_joined(text: str, ms: list[DateMention], conjunctions: frozenset[str] = frozenset()) -> list[DateMention]:
    """A weekday beside a word of the last or next week ("on Tuesday last week", "во вторник на прошлой неделе",
    "minulý týden v úterý", "săptămâna trecută, marți"): one mention, that weekday of the calendar week before
    (after) the context day's. Alone, "last week" dates nothing to the day, and the weekday alone is the last one."""
    if not any(x.kind == "weekday" for x in ms):
        return ms
    out: list[DateMention] = []
    for x in ms:
        prev = out[-1] if out else None
        gap = prev is not None and {prev.kind, x.kind} == {"weekday", "relative"} \
            and _WEEK_GAP.fullmatch(text, prev.end, x.start)
        # "on Tuesday and last week": a word of range or "and" between them parts them (RANGE_WORDS, UNTIL)
        if gap and (gap.group("w") or "").lower() not in conjunctions:
            wd, rel = (prev, x) if prev.kind == "weekday" else (x, prev)
            if rel.relative in ("last_week", "next_week") and wd.week_offset is None and wd.weekday2 is None:
                week = WEEKS[rel.relative]
                out[-1] = replace(wd, start=prev.start, end=x.end, week=week,
                                  tense="future" if week > 0 else "past")
                continue
        out.append(x)
    return out


def _joined(gap: str, cues: frozenset[str]) -> bool:
    """Does the gap between a weekday and a date join them: up to three characters, or a word of the date
    (DAY_MONTH_CUES) between spaces or a comma ("úterý dne 5.", "środę, dnia 4")?"""
    return len(gap) <= 3 or (len(gap) <= 14 and gap.strip(" ,").lower() in cues)


@cache
def grammar(code: str) -> DateGrammar:
    """The compiled date grammar of a language."""
    return DateGrammar(load(code))


def find_dates(text: str, code: str, tokens: list | None = None, url: str | None = None) -> list[DateMention]:
    """Date expressions in `text` written in language `code` (pass its lexicon tokens if known, and the
    page's URL: a site of a country that writes the day first does so in English too)."""
    if own := hook(code, "find_dates"):
        return own(text)  # a language whose dates are no words between spaces (2025年2月28日)
    g = grammar(code)
    return _slashes_agreeing(text, g.find(text, tokens, _country_domain(url) in g.day_first_domains))


def _country_domain(url: str | None) -> str | None:
    """The last label of a URL's host ("si" of https://www2.gov.si/…), lower-case; None without a URL."""
    m = url and re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/:?#]+)", url.strip(), re.IGNORECASE)
    return m.group(1).rstrip(".").rsplit(".", 1)[-1].lower() if m else None


AGREE_DAYS = 45  # another date of the text this close makes one reading of "12/06/2024" the right one


def _slashes_agreeing(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'Published: 12/06/2024' in a text that also says 'on 11 June': of the two readings of a slash date
    whose numbers could each be the month, the one near the text's other dates (December 6 is not)."""
    flips = [k for k, dm in enumerate(dates) if dm.kind == "absolute" and dm.y and dm.m and dm.d and dm.d != dm.m
             and dm.d <= 12 and not dm.d2 and "/" in text[dm.start:dm.end]]
    if not flips:
        return dates
    anchors = [(dm.y, dm.m, dm.d) for k, dm in enumerate(dates) if k not in flips and dm.kind == "absolute"
               and dm.m and dm.d]

    def near(y: int, m: int, d: int) -> bool:
        day = dt.date(y, m, d)  # an anchor without its year ("on 11 June") takes the slash date's
        return any(valid_date(ay or y, am, ad) and abs((day - dt.date(ay or y, am, ad)).days) <= AGREE_DAYS
                   for ay, am, ad in anchors)

    out = list(dates)
    for k in flips:
        dm = dates[k]
        if not near(dm.y, dm.m, dm.d) and near(dm.y, dm.d, dm.m):
            out[k] = replace(dm, m=dm.d, d=dm.m)
    return out


def _infer_year(m: int, d: int, ctx: dt.date, tense: str | None = None) -> int:
    """The year that puts day/month closest to the context, preferring the past; in a future clause, the
    coming such day (a week's slack: a report may come out after a visit it announced has begun)."""
    if tense == "future":
        return next((y for y in (ctx.year - 1, ctx.year, ctx.year + 1)
                     if valid_date(y, m, d) and (dt.date(y, m, d) - ctx).days >= -FUTURE_SLACK), ctx.year)
    best, best_cost = ctx.year, None
    for y in (ctx.year - 1, ctx.year, ctx.year + 1):
        if not valid_date(y, m, d):
            continue
        delta = (dt.date(y, m, d) - ctx).days
        cost = abs(delta) if delta <= 0 else delta * 3  # news reports the past far more often
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def _month_from_context(dm: DateMention, ctx: dt.date | None) -> DateMention | None:
    """A bare day number is the latest such day not after the context date (the coming one when future)."""
    if ctx is None or not dm.d:
        return None
    if dm.month_offset is not None:  # "先月9日", "이달 9일": the month is said, relative to the context's
        y, m0 = divmod(ctx.month - 1 + dm.month_offset, 12)
        y, m = ctx.year + y, m0 + 1
    elif dm.tense == "future":  # "오는 15일", "来る15日": the coming such day (or days still running: "4~6일")
        y, m = (ctx.year, ctx.month) if max(dm.d, dm.d2 or 0) >= ctx.day else \
            ((ctx.year, ctx.month + 1) if ctx.month < 12 else (ctx.year + 1, 1))
    else:
        y, m = (ctx.year, ctx.month) if dm.d <= ctx.day else \
            ((ctx.year, ctx.month - 1) if ctx.month > 1 else (ctx.year - 1, 12))
    # a range of bare days whose last day is smaller ("29일부터 1일까지") ends in the next month
    m2 = (m % 12 + 1 if dm.d2 < dm.d else m) if dm.d2 else None
    return replace(dm, y=y, m=m, m2=m2) if valid_date(y, m, dm.d) else None


def resolve(dm: DateMention, ctx: dt.date | None, prev: dt.date | None = None) -> ResolvedDate | None:
    """The calendar date of a mention, given the context date and the previous event date."""
    if dm.kind == "absolute" and dm.m is None:
        dm = _month_from_context(dm, ctx)  # "28日", "지난 15일": the day of the context's month
        if dm is None:
            return None
    if dm.year_offset is not None and not dm.y and ctx:
        dm = replace(dm, y=ctx.year + dm.year_offset)  # "昨年11月", "내년 2월 19일"
    if dm.kind == "absolute":
        y = dm.y or (_infer_year(dm.m, dm.d, ctx, dm.tense) if ctx else None)
        if y is None or not valid_date(y, dm.m, dm.d):
            return None
        start = dt.date(y, dm.m, dm.d)
        end = None
        if dm.d2:
            y2 = dm.y2 or (y + 1 if dm.m2 and dm.m2 < dm.m else y)
            if valid_date(y2, dm.m2 or dm.m, dm.d2):
                end = dt.date(y2, dm.m2 or dm.m, dm.d2)
                # a long span is a range only when both ends write their year ("1 September 1939 – 2 September 1945")
                if end <= start or ((end - start).days > 62 and not (dm.y and dm.y2)):
                    end = None
        return ResolvedDate(start, end, "day", dm)
    if dm.kind == "month":
        y = dm.y or (ctx.year if ctx else None)
        if y is None:
            return None
        if not dm.y and ctx and dm.tense == "future" and dm.m < ctx.month:
            y += 1  # "посетит в феврале" said in December is next February
        elif not dm.y and ctx and dm.tense != "future" and dm.m > ctx.month + 1:
            y -= 1  # "in May" said in March is last May
        return ResolvedDate(dt.date(y, dm.m, 1), None, "month", dm)
    if dm.kind == "year":
        return ResolvedDate(dt.date(dm.y, 1, 1), None, "year", dm)
    if dm.kind == "weekday":
        return _weekday(dm, ctx)
    if dm.kind == "relative":
        return _relative(dm, ctx, prev)
    return None


def with_duration(r: ResolvedDate, mentions: list[DateMention], text: str) -> ResolvedDate:
    """A single day followed in its sentence by "a three-day visit" becomes a range of three days."""
    if r.end or r.precision != "day" or r.mention is None:
        return r
    for dm in mentions:
        if dm.kind == "duration" and dm.d and dm.d > 1 and (_same_sentence(text, r.mention.end, dm.start)
                                                            or _opens_next_sentence(text, r.mention.end, dm.start)):
            if _day_between(mentions, r.mention, dm):
                return r  # "ukončil dnes návštevu.Do Soulu odcestoval v nedeľu na štvordňovú návštevu": the Sunday's
            return replace(r, end=r.date + dt.timedelta(days=dm.d - 1))
    return r


def _day_between(mentions: list[DateMention], day: DateMention, length: DateMention) -> bool:
    """Does another day stand between a day and the length after it? The length then tells that day's stay
    ("ended today … left on Sunday for a four-day visit"), not this one's."""
    return any(day.end <= o.start and o.end <= length.start and o.kind in ("absolute", "weekday", "relative")
               for o in mentions)


NEXT_OPENING = 25  # characters from a sentence's start to the duration it opens with ("W trakcie dwudniowej wizyty")


def _opens_next_sentence(text: str, a: int, b: int) -> bool:
    """Does the duration open the sentence right after the day's ("przybyli w czwartek do Tokio. W trakcie dwudniowej
    wizyty …", "Během třídenní návštěvy …")? Such a sentence goes on about the visit the day began."""
    if b <= a or b - a > 400:
        return False
    breaks = list(re.finditer(r"[.!?]\s+|[。！？]", text[a:b]))
    return len(breaks) == 1 and "\n\n" not in text[a:b] and b - (a + breaks[0].end()) <= NEXT_OPENING


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return hi - lo < 300 and not re.search(r"[.!?]\s|[。！？]|\n", text[lo:hi])


# "15. 5.", "15.05.": a day and a month in figures, each closed by a dot, with no number before or after
_DAY_MONTH_DOTS = re.compile(r"(?<![\d.,:/-])(?P<d>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.(?!\s?\d)(?![\w-])")
# "11-13.03.", "11.–13. 3.": a range of such days, the month written once after the last ("w dniach 11-13.03")
_DAY_RANGE_DOTS = re.compile(r"(?<![\d.,:/-])(?P<d>[0-3]?\d)\.?\s?(?:-|–|—)\s?(?P<d2>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.?"
                             r"(?!\s?\d)(?![\w-])")


def _unnamed(rx: re.Pattern) -> str:
    """The pattern with its named groups made plain, to stand beside another that names the same groups."""
    return re.sub(r"\(\?P<\w+>", "(?:", rx.pattern)


_STOP = re.compile(r"[.!?]\s|\n|\.(?=[^\W\d_])")


def _sentence_ends(text: str, lo: int, hi: int) -> bool:
    """Does a sentence end between lo and hi: a stop and a space, a line break, or a page's glued stop between a
    small and a capital letter ("teilte … am Donnerstag mit.Es wird ihre erste Reise")?"""
    for m in _STOP.finditer(text, lo, hi):
        if m.group() != "." or (m.start() > 0 and text[m.start() - 1].islower() and text[m.end()].isupper()):
            return True
    return False


def _weekday(dm: DateMention, ctx: dt.date | None) -> ResolvedDate | None:
    """A bare weekday is the last such day, or the coming one when its clause speaks of the future."""
    if not ctx:
        return None
    if dm.week:
        # "on Tuesday last week": that day of the week (from Monday) before the context day's, whatever its weekday
        day = ctx + dt.timedelta(days=7 * dm.week + dm.weekday - ctx.isoweekday())
        return ResolvedDate(day, _span_end(day, dm), "day", dm)
    if dm.week_offset:
        # "last Wednesday" written on a Wednesday is a week before, "next Wednesday" a week after
        days = (dm.weekday - ctx.isoweekday()) % 7 or 7 if dm.week_offset > 0 else \
            -((ctx.isoweekday() - dm.weekday) % 7 or 7)
        return ResolvedDate(ctx + dt.timedelta(days=days), _span_end(ctx + dt.timedelta(days=days), dm), "day", dm)
    if dm.weekday2 is not None:
        # "boravi u Japanu od četvrtka do petka" written on the Friday: the span under way, whatever the tense
        first = ctx - dt.timedelta(days=(ctx.isoweekday() - dm.weekday) % 7)
        if first <= ctx <= _span_end(first, dm):
            return ResolvedDate(first, _span_end(first, dm), "day", dm)
    if dm.tense == "future":
        ahead = (dm.weekday - ctx.isoweekday()) % 7
        return ResolvedDate(ctx + dt.timedelta(days=ahead), _span_end(ctx + dt.timedelta(days=ahead), dm), "day", dm)
    back = (ctx.isoweekday() - dm.weekday) % 7
    return ResolvedDate(ctx - dt.timedelta(days=back), _span_end(ctx - dt.timedelta(days=back), dm), "day", dm)


def _span_end(day: dt.date, dm: DateMention) -> dt.date | None:
    """The last day of a span of weekdays that begins on `day` ("from Monday to Wednesday"), or of a span from a
    weekday to a date ("od poniedziałku do 9 maja": within two months after it), or None for a single weekday."""
    if dm.weekday2:
        return day + dt.timedelta(days=(dm.weekday2 - dm.weekday) % 7)
    if dm.d2 and dm.m2:
        y = dm.y2 or (day.year if dm.m2 >= day.month else day.year + 1)
        if valid_date(y, dm.m2, dm.d2) and 0 < (dt.date(y, dm.m2, dm.d2) - day).days <= 62:
            return dt.date(y, dm.m2, dm.d2)
    return None


def _relative(dm: DateMention, ctx: dt.date | None, prev: dt.date | None) -> ResolvedDate | None:
    """Today, last week, next month, this year ... counted from the context date."""
    r = dm.relative
    if r == "day_before" and (prev or ctx):
        # "накануне", "am Vortag": the day before the one the text speaks of, or before it was written
        return ResolvedDate((prev or ctx) - dt.timedelta(days=1), None, "day", dm)
    if r in ("next_day", "same_day"):
        if not prev:
            return None
        return ResolvedDate(prev + dt.timedelta(days=1 if r == "next_day" else 0), None, "day", dm)
    if r == "days_later":
        # "two days later", "через два дня": counted from the day spoken of, never from the day of writing
        return ResolvedDate(prev + dt.timedelta(days=dm.d), None, "day", dm) if prev and dm.d else None
    if not ctx:
        return None
    if r in DAYS:
        return ResolvedDate(ctx + dt.timedelta(days=DAYS[r]), None, "day", dm)
    if r == "days_ago" and dm.d:
        return ResolvedDate(ctx - dt.timedelta(days=dm.d), None, "day", dm)
    if r == "weeks_ago" and dm.d:
        # "two weeks ago": the week that held the day so many weeks back, by its Monday, as "last week"
        day = ctx - dt.timedelta(days=AGO[r] * dm.d)
        return ResolvedDate(day - dt.timedelta(days=day.isoweekday() - 1), None, "week", dm)
    if r == "months_ago" and dm.d:
        # "three months ago", "před třemi měsíci": that month, as "last month" is
        y, m = divmod(ctx.month - 1 - dm.d, 12)
        return ResolvedDate(dt.date(ctx.year + y, m + 1, 1), None, "month", dm)
    if r == "years_ago" and dm.d:
        # "15 years ago", "два года назад": that year, as "last year" is
        return ResolvedDate(dt.date(ctx.year - dm.d, 1, 1), None, "year", dm)
    if r in WEEKENDS:
        # a weekend is its two days, not the week's Monday: "지난 주말" in a Wednesday's item is Saturday-Sunday before
        saturday = ctx + dt.timedelta(days=7 * WEEKENDS[r] + 6 - ctx.isoweekday())
        return ResolvedDate(saturday, saturday + dt.timedelta(days=1), "day", dm)
    if r in WEEKS:
        monday = ctx - dt.timedelta(days=ctx.isoweekday() - 1) + dt.timedelta(weeks=WEEKS[r])
        return ResolvedDate(monday, None, "week", dm)
    if r in MONTHS_REL:
        y, m = divmod(ctx.month - 1 + MONTHS_REL[r], 12)
        return ResolvedDate(dt.date(ctx.year + y, m + 1, 1), None, "month", dm)
    if r in YEARS:
        return ResolvedDate(dt.date(ctx.year + YEARS[r], 1, 1), None, "year", dm)
    return None


CARRY_DAYS = 92      # how far after a full date a day and month of its paragraph may fall to take its year
CARRY_STALE = 60     # a day the context date puts this far from itself is no news of the day of writing


def years_carried(text: str, dates: list[DateMention], ctx: dt.date | None) -> list[DateMention]:
    """A day and month without a year, told after a full date of the same paragraph and within weeks of it,
    take its year ("arrived on 3 May 2019. On 4 May he met …" in a text of 2024 is 4 May 2019), unless the
    context date puts the day near itself (then the day is the news and the full date background)."""
    out, last = [], None  # last: the latest day-precise mention with a year, as (date, its end)
    for k, dm in enumerate(dates):
        if dm.kind in ("absolute", "month") and dm.m and not dm.y and dm.year_offset is None:
            dm = _relative_year_of(text, dates, k)
        if dm.kind != "absolute" or not dm.m or not dm.d or dm.modified:
            out.append(dm)
            continue
        if dm.y and valid_date(dm.y, dm.m, dm.d):
            last = (dt.date(dm.y, dm.m, dm.d), dm.end)
        elif not dm.y and dm.year_offset is None and last and "\n" not in text[last[1]:dm.start]:
            y = _carried_year(last[0], dm, ctx)
            if y is not None:
                dm = replace(dm, y=y, y2=y if dm.d2 and not dm.y2 and (dm.m2 or dm.m) >= dm.m else dm.y2)
                last = (dt.date(y, dm.m, dm.d), dm.end)
        out.append(dm)
    return out


YEAR_GAP = 5  # characters between a month and the relative year that gives it ("loni v červnu", "anul trecut, pe 22 martie")


def _relative_year_of(text: str, dates: list[DateMention], k: int) -> DateMention:
    """A month or a day and month with "last year", "this year" beside it ("у березні минулого року", "loni
    v červnu", "tavaly március 22-én") counts its year from the context's, as "昨年11月" does."""
    dm = dates[k]
    for j in (k - 1, k + 1):
        if 0 <= j < len(dates) and dates[j].relative in YEARS:
            o = dates[j]
            lo, hi = (o.end, dm.start) if j < k else (dm.end, o.start)
            if 0 <= hi - lo <= YEAR_GAP and not any(c in text[lo:hi] for c in ".;\n"):
                return replace(dm, year_offset=YEARS[o.relative])
    return dm


def _carried_year(full: dt.date, dm: DateMention, ctx: dt.date | None) -> int | None:
    """The year of `full` (or the next, past New Year) that puts the day up to CARRY_DAYS after it, if the
    context date would not put the day near itself."""
    y = next((yy for yy in (full.year, full.year + 1) if valid_date(yy, dm.m, dm.d)
              and 0 <= (dt.date(yy, dm.m, dm.d) - full).days <= CARRY_DAYS), None)
    if y is None or ctx is None:
        return y
    own = _infer_year(dm.m, dm.d, ctx, dm.tense)
    if own == y or not valid_date(own, dm.m, dm.d) or abs((dt.date(own, dm.m, dm.d) - ctx).days) <= CARRY_STALE:
        return None
    return y
