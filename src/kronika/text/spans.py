"""What the readers of a text find in it, as character spans: date mentions and name spans. Languages'
hooks (lang/<xx>/) make them and nlp/ reads them, so they live below both."""
from __future__ import annotations

import re

from dataclasses import dataclass, fields, replace as _replace
from functools import cached_property

# relative keys by the unit they name, and their offset from the context date in that unit
YEARS = {"last_year": -1, "this_year": 0, "next_year": 1}
MONTHS_REL = {"last_month": -1, "this_month": 0, "next_month": 1}
WEEKS = {"last_week": -1, "this_week": 0, "next_week": 1}
# "three days ago", "vor zwei Wochen": relative keys of a count (DateMention.d) of days or weeks before the context date
AGO = {"days_ago": 1, "weeks_ago": 7}
# "15 years ago", "před třemi měsíci": relative keys of a count of years or months back, by the precision they give
AGO_LONG = {"months_ago": "month", "years_ago": "year"}
# "last weekend", "지난 주말", "minulý víkend": the Saturday and Sunday of the calendar week before the context day's
WEEKENDS = {"last_weekend": -1}
DAYS = {"day_before_yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1, "day_after_tomorrow": 2}
# relative keys of a day counted from the one the text last spoke of, not the context date ("the next day", "накануне",
# "two days later")
SHIFTED = ("next_day", "day_before", "days_later")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str            # absolute | month | year | weekday | relative | duration (d = number of days)
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    weekday: int | None = None   # 1 = Monday
    relative: str | None = None  # a RELATIVE key of dates.yaml

    tense: str | None = None     # past | future: the tense of the clause, for a bare weekday; announcing:
                                 # the day a report of what is still to come was made ("28일 밝혔다")
    until: bool = False          # "until 9 May": the end of something, never its start
    since: bool = False          # "od 14. septembra boravi", "since 14 May": the start of a state still going on
    month_offset: int | None = None  # a bare day's month counted from the context's ("지난달 9일": -1)
    year_offset: int | None = None   # a month's year counted from the context's ("昨年11月": -1)
    modified: bool = False       # a page's last-change stamp ("更新日", "최종 수정"): it may date the page, never an event
    part: str | None = None      # a bare month's part: early | mid | late ("в начале октября")
    weekday2: int | None = None  # the last day of a span of weekdays ("on Monday and Tuesday", "von Montag bis Mittwoch")
    week_offset: int | None = None  # a weekday said to be of the last (-1) or next (+1) week: "last Wednesday",
                                    # "w ubiegłą środę", "miercurea viitoare" (strictly before / after the context day)
    aside: bool = False          # the day of a clause that describes a noun ("先月23日に署名された協定に基づき、… 14日
                                 # 会談した"): background to its sentence, whose own later day tells when it happened
    week: int | None = None      # a weekday of the calendar week (Monday to Sunday) before (-1) or after (+1) the
                                 # context day's: "on Tuesday last week", "minulý týden v úterý", "先週火曜日"

    @property
    def precision(self) -> str:
        if self.relative in AGO_LONG:
            return AGO_LONG[self.relative]
        if self.kind == "year" or self.relative in YEARS:
            return "year"
        if self.kind == "month" or self.relative in MONTHS_REL:
            return "month"
        if self.relative in WEEKS or self.relative == "weeks_ago":
            return "week"
        return "day"


@dataclass
class NameSpan:
    start: int
    end: int
    words: list[tuple[str, int, int]]  # (word, start, end)

    @property
    def text(self) -> str:
        return " ".join(w for w, _, _ in self.words)


# a photo's credit right after its stamp ("2023.7.12/뉴스1", "2023年7月12日撮影"); a clock after it is a page's
_STAMP_CREDIT = re.compile(r"[^\S\n]*[/／=＝][^\S\n]*[^\W\d_]")
_STAMP_CLOCK = re.compile(r"[^\S\n]*\d{1,2}[:時]")


def archive_photo(text: str, at: int, line_dates, plain_dates=None, end: int | None = None,
                  credits: tuple[str, ...] = (), clock_before: tuple[str, ...] = ()) -> bool:
    """Is the stamp at `at` an archive photo's: its line names before it a day set in an earlier year or month
    than the page's ("지난해 7월 11일(현지시간) … 회담을 하고 있다. 2023.7.12/뉴스1", "昨年7月11日 … 2023年7月12日撮影")?
    Then the stamp dates the photo, and the page was written a year or a month later. The line is read alone by
    `line_dates` (the language's date finder): the text's own dates leave a caption's out. Given the stamp's
    `end`, it must be a photo's: a credit follows it ("/뉴스1", a word of `credits`), no clock (a headline that
    names an earlier day over the page's "2024.03.05 15:40" is no caption; the clock may follow a word of
    `clock_before`, "오후 3:40"). `plain_dates`, when given, is a
    cheaper reader of the same mentions before a pass that may change their tense or drop a year but never gives
    one an offset (the date patterns before the tense of their verbs): a line in which it finds no earlier year
    or month is no archive photo's, and the costly reader is spared."""
    if end is not None:
        if _clock_after(text, end, clock_before) or not (
                _STAMP_CREDIT.match(text, end) or text[end:end + 40].lstrip().lower().startswith(credits)):
            return False
    line = text[text.rfind("\n", 0, at) + 1:at]
    if plain_dates is not None and not any(_earlier(dm) for dm in plain_dates(line)):
        return False  # for a Korean line, no new text for Kiwi to analyse
    return any(dm.kind == "absolute" and not dm.y and _earlier(dm) for dm in line_dates(line))


def _clock_after(text: str, end: int, clock_before: tuple[str, ...]) -> bool:
    """Does a clock follow `end`, perhaps after a word of `clock_before` (the language's "오후", "午前")?"""
    if _STAMP_CLOCK.match(text, end):
        return True
    rest = text[end:end + 12].lstrip(" \t").lower()
    return any(rest.startswith(w) and _STAMP_CLOCK.match(rest, len(w)) for w in clock_before)


def _earlier(dm: DateMention) -> bool:
    """A day said to be of an earlier year or month than the context's ("지난해 7월", "先月9日")."""
    return (dm.year_offset or 0) < 0 or (dm.month_offset or 0) < 0


_PLAIN: dict[type, frozenset[str]] = {}


def replace(obj, /, **changes):
    """dataclasses.replace, for a plain dataclass (a __dict__, every field set by __init__, no __post_init__)
    by copying its fields' values: the same object, equal and hashable alike. dataclasses.replace walks every
    field in Python and calls __init__, which sets each field of a frozen one through object.__setattr__:
    ~100 steps for a DateMention, and the date finder makes hundreds a text."""
    cls = type(obj)
    names = _PLAIN.get(cls)
    if names is None:
        plain = not hasattr(cls, "__slots__") and not hasattr(cls, "__post_init__") and all(
            f.init for f in fields(cls)) and not any(  # a cached value in __dict__ would be copied stale
            isinstance(v, cached_property) for k in cls.__mro__ for v in vars(k).values())
        names = _PLAIN[cls] = frozenset(f.name for f in fields(cls)) if plain else frozenset()
    if not names or not names.issuperset(changes):
        return _replace(obj, **changes)
    new = object.__new__(cls)
    d = new.__dict__  # filled in place: a frozen instance refuses setattr, even of __dict__
    d |= obj.__dict__
    d |= changes
    return new
