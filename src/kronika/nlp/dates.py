"""Date expressions in running text, found with a per-language grammar built from lang data.

Mentions are found first (`find_dates`) and resolved against a context date later (`resolve`),
because the context (publication date, chronicle year) is often known only after the first pass.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from kronika.lang import Language, hook, load
from kronika.nlp.lexicon import Lexicon, MultiLexicon, lex_tokens

DASH = r"(?:-|–|—|‒)"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str            # absolute | month | year | weekday | relative | numeric
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    weekday: int | None = None   # 1 = Monday
    relative: str | None = None  # a RELATIVE key of dates.yaml

    @property
    def precision(self) -> str:
        if self.kind == "year" or (self.relative in ("this_year", "last_year")):
            return "year"
        if self.kind == "month" or self.relative in ("this_month", "last_month", "next_month"):
            return "month"
        return "day"


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date
    end: dt.date | None
    precision: str
    mention: DateMention

    def iso(self) -> tuple[str, str | None]:
        return self.date.isoformat(), self.end.isoformat() if self.end else None


def _alt(forms: list[str]) -> str:
    """Regex alternation of word forms, longest first; `stem*` becomes `stem\\w*`."""
    parts = set()
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
    if not parts:
        return r"(?!x)x"
    return "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"


class DateGrammar:
    """Compiled date patterns of one language."""

    def __init__(self, lang: Language):
        self.lang = lang
        self.month_of: dict[str, int] = {}
        for m, forms in lang.months.items():
            for f in forms:
                self.month_of[f.lower().rstrip("*").rstrip(".")] = m
        month = _alt([f for forms in lang.months.values() for f in forms])
        yw = _alt(lang.year_words) if lang.year_words else r"(?!x)x"
        dw = _alt(lang.day_words) if lang.day_words else r"(?!x)x"
        rw = _alt(lang.range_words) if lang.range_words else r"(?!x)x"
        rs = _alt(lang.range_start) if lang.range_start else r"(?!x)x"
        b, e = r"(?<![\w.])", r"(?!\w)"
        day = lambda g: rf"(?P<{g}>[0-3]?\d)(?:\.|{dw}{e})?"
        year = lambda g: rf"(?P<{g}>(?:19|20)\d\d){e}\.?(?:\s*{yw}{e}\.?)?"
        mon = lambda g: rf"(?P<{g}>{month}){e}\.?"
        sep = rf"\s*(?:{DASH}|\s{rw}\s)\s*"
        order = lang.order
        pats: list[tuple[str, str]] = [
            ("iso", rf"{b}(?P<y>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d){e}"),
            ("numeric", rf"{b}(?P<d>[0-3]?\d)\s?[./]\s?(?P<mo>[01]?\d)\s?[./]\s?(?P<y>(?:19|20)\d\d){e}\.?"),
            ("ymd_num", rf"{b}(?P<y>(?:19|20)\d\d)/(?P<mo>[01]?\d)/(?P<d>[0-3]?\d){e}"),
            ("dmy_cross", rf"{b}{day('d')}\s*{mon('m')}(?:\s*,?\s*{year('y')})?{sep}{day('d2')}\s*{mon('m2')}(?:\s*,?\s*{year('y2')})?"),
            ("dmy_range", rf"{b}(?:{rs}\s+)?{day('d')}{sep}{day('d2')}\s*{mon('m')}(?:\s*,?\s*{year('y')})?"),
            ("dmy", rf"{b}{day('d')}\s*{mon('m')}(?:\s*,?\s*{year('y')})?"),
            ("ydm", rf"{b}{year('y')}\s*{day('d')}\s*{mon('m')}"),
        ]
        if "mdy" in order or "ymd" in order:
            pats += [
                ("mdy_range", rf"{b}{mon('m')}\s+{day('d')}{sep}{day('d2')}(?:\s*,?\s*{year('y')})?"),
                # without a year, a number after the day is a time ("May 12 10:30"), not part of the date
                ("mdy", rf"{b}{mon('m')}\s+{day('d')}(?:\s*,?\s*{year('y')}|(?!\s*[:\d]))"),
            ]
        if "ymd" in order:
            pats.append(("ymd", rf"{b}{year('y')}\s*{mon('m')}\s+{day('d')}(?:\s*d\.)?"))
        pats += [
            ("month_year", rf"{b}{mon('m')}\s*,?\s*{year('y')}"),
            ("year_month", rf"{b}(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d){e}(?!-)"),
        ]
        self.patterns = [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]
        loc = _alt(sorted(lang.locative)) if lang.locative else r"(?!x)x"
        # "w 2013 r.", "в 2013 году", "în anul 2022": one word may stand between
        self.patterns.append(("year_only", re.compile(rf"{b}{loc}\s+(?:[^\W\d]+\s+)?{year('y')}", re.IGNORECASE)))
        # word-only expressions are matched on tokens, which is far faster than regex alternations
        self.words = MultiLexicon({
            "weekday": Lexicon({str(w): forms for w, forms in lang.weekdays.items()}),
            "relative": Lexicon(lang.relative),
            "month": Lexicon({str(m): forms for m, forms in lang.months.items()}),
        })
        self.month_cues = {c.lower() for c in lang.locative | set(lang.month_cues)}

    def _month(self, s: str) -> int | None:
        s = re.sub(r"\s+", " ", s.lower().rstrip("."))
        if s in self.month_of:
            return self.month_of[s]
        for n in range(len(s), 2, -1):  # stems: longest known prefix
            if s[:n] in self.month_of:
                return self.month_of[s[:n]]
        return None

    def find(self, text: str, toks: list | None = None) -> list[DateMention]:
        """Every date expression in the text, longest first where they overlap."""
        found: list[DateMention] = []
        # every numeric pattern holds a number: scan only the stretches of text around numbers
        for lo, hi in _number_windows(text):
            chunk = text[lo:hi]
            for name, rx in self.patterns:
                for m in rx.finditer(chunk):
                    dm = self._build(name, m)
                    if dm:
                        found.append(replace(dm, start=dm.start + lo, end=dm.end + lo))
        toks = lex_tokens(text) if toks is None else toks
        words = self.words.find_all(toks)
        for m in words["weekday"]:
            found.append(DateMention(m.char_start, m.char_end, "weekday", weekday=int(m.key)))
        for m in words["relative"]:
            found.append(DateMention(m.char_start, m.char_end, "relative", relative=m.key))
        for m in words["month"]:
            # a bare month needs a cue before it ("w maju", "през месец май") and no number after
            before = " ".join(t.low for t in toks[max(0, m.start - 2):m.start])
            cued = m.start > 0 and (toks[m.start - 1].low in self.month_cues or before in self.month_cues)
            after = text[m.char_end:m.char_end + 3].lstrip(" .,")
            if cued and not after[:1].isdigit():
                found.append(DateMention(m.char_start, m.char_end, "month", m=int(m.key)))
        return _non_overlapping(found)

    def _build(self, name: str, m: re.Match) -> DateMention | None:
        g = m.groupdict()
        num = lambda k: int(g[k]) if g.get(k) else None
        if name in ("iso", "numeric", "ymd_num"):
            y, mo, d = num("y"), num("mo"), num("d")
            return DateMention(m.start(), m.end(), "absolute", y, mo, d) if _valid(y, mo, d) else None
        if name == "year_only":
            return DateMention(m.start("y"), m.end(), "year", y=int(m.group("y")))
        if name == "year_month":
            y, mo = num("y"), num("mo")
            return DateMention(m.start(), m.end(), "month", y, mo) if 1 <= mo <= 12 else None
        mo = self._month(g["m"]) if g.get("m") else None
        if not mo:
            return None
        if name == "month_year":
            return DateMention(m.start(), m.end(), "month", num("y"), mo)
        d, d2 = num("d"), num("d2")
        mo2 = self._month(g["m2"]) if g.get("m2") else None
        y, y2 = num("y"), num("y2")
        if name == "dmy_cross":
            y = y or y2
        if d is None or not 1 <= d <= 31 or (d2 is not None and not 1 <= d2 <= 31):
            return None
        if d2 is not None and mo2 is None and d2 <= d:
            return None  # "7-5 maja" is not a range
        if d2 is not None and mo2 is None:
            mo2 = mo
        return DateMention(m.start(), m.end(), "absolute", y, mo, d,
                           y2 if y2 else None, mo2, d2)


_NUMBER = re.compile(r"\d+")
WINDOW = 48  # characters around a number that a date expression can reach (month names, year words)


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


_SPACE = re.compile(r"\s")


def _valid(y, m, d) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except (TypeError, ValueError):
        return False


def _non_overlapping(ms: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping mentions; a weekday right before a date joins it."""
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
        if prev and prev.kind == "weekday" and x.kind == "absolute" and 0 <= x.start - prev.end <= 3:
            merged[-1] = replace(x, start=prev.start, weekday=prev.weekday)
            continue
        merged.append(x)
    return merged


@cache
def grammar(code: str) -> DateGrammar:
    """The compiled date grammar of a language."""
    return DateGrammar(load(code))


def find_dates(text: str, code: str, tokens: list | None = None) -> list[DateMention]:
    """Date expressions in `text` written in language `code` (pass its lexicon tokens if known)."""
    if own := hook(code, "find_dates"):
        return own(text)  # a language whose dates are no words between spaces (2025年2月28日)
    return grammar(code).find(text, tokens)


def _infer_year(m: int, d: int, ctx: dt.date) -> int:
    """The year that puts day/month closest to the context, preferring the past."""
    best, best_cost = ctx.year, None
    for y in (ctx.year - 1, ctx.year, ctx.year + 1):
        if not _valid(y, m, d):
            continue
        delta = (dt.date(y, m, d) - ctx).days
        cost = abs(delta) if delta <= 0 else delta * 3  # news reports the past far more often
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def _month_from_context(dm: DateMention, ctx: dt.date | None) -> DateMention | None:
    """A bare day number is the latest such day not after the context date."""
    if ctx is None or not dm.d:
        return None
    y, m = (ctx.year, ctx.month) if dm.d <= ctx.day else \
        ((ctx.year, ctx.month - 1) if ctx.month > 1 else (ctx.year - 1, 12))
    return replace(dm, y=y, m=m, m2=m if dm.d2 else None) if _valid(y, m, dm.d) else None


def resolve(dm: DateMention, ctx: dt.date | None, prev: dt.date | None = None) -> ResolvedDate | None:
    """The calendar date of a mention, given the context date and the previous event date."""
    if dm.kind == "absolute" and dm.m is None:
        dm = _month_from_context(dm, ctx)  # "28日", "지난 15일": the day of the context's month
        if dm is None:
            return None
    if dm.kind == "absolute":
        y = dm.y or (_infer_year(dm.m, dm.d, ctx) if ctx else None)
        if y is None or not _valid(y, dm.m, dm.d):
            return None
        start = dt.date(y, dm.m, dm.d)
        end = None
        if dm.d2:
            y2 = dm.y2 or (y + 1 if dm.m2 and dm.m2 < dm.m else y)
            if _valid(y2, dm.m2 or dm.m, dm.d2):
                end = dt.date(y2, dm.m2 or dm.m, dm.d2)
                if end <= start or (end - start).days > 62:
                    end = None
        return ResolvedDate(start, end, "day", dm)
    if dm.kind == "month":
        y = dm.y or (ctx.year if ctx else None)
        if y is None:
            return None
        if not dm.y and ctx and dm.m > ctx.month + 1:
            y -= 1  # "in May" said in March is last May
        return ResolvedDate(dt.date(y, dm.m, 1), None, "month", dm)
    if dm.kind == "year":
        return ResolvedDate(dt.date(dm.y, 1, 1), None, "year", dm)
    if dm.kind == "weekday":
        if not ctx:
            return None
        back = (ctx.isoweekday() - dm.weekday) % 7
        return ResolvedDate(ctx - dt.timedelta(days=back), None, "day", dm)
    if dm.kind == "relative":
        r = dm.relative
        if r in ("next_day", "same_day"):
            if not prev:
                return None
            return ResolvedDate(prev + dt.timedelta(days=1 if r == "next_day" else 0), None, "day", dm)
        if not ctx:
            return None
        days = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2}
        if r in days:
            return ResolvedDate(ctx + dt.timedelta(days=days[r]), None, "day", dm)
        if r == "this_month":
            return ResolvedDate(ctx.replace(day=1), None, "month", dm)
        if r == "last_month":
            first = ctx.replace(day=1) - dt.timedelta(days=1)
            return ResolvedDate(first.replace(day=1), None, "month", dm)
        if r == "this_year":
            return ResolvedDate(dt.date(ctx.year, 1, 1), None, "year", dm)
        if r == "last_year":
            return ResolvedDate(dt.date(ctx.year - 1, 1, 1), None, "year", dm)
    return None
