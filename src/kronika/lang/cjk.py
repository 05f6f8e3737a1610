"""Helpers shared by the Japanese and Korean hooks: analysers loaded on demand, tokens, date mentions."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Callable, Iterable

from kronika.lang import LanguageDataError
from kronika.text.spans import WEEKS, DateMention, archive_photo
from kronika.text.tokens import Token

# Separators inside compounds of country names: 日・ポーランド, 한·미·일, 한-폴란드
SEPARATORS = "・·‧･‐-－–、"
_SPLIT = re.compile(f"[{re.escape(SEPARATORS)}]")


class AnalyserMissing(LanguageDataError):
    """The morphological analyser of a language is not installed."""


def require(module: str, package: str, language: str):
    """Import an analyser, or say which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise AnalyserMissing(
            f"{language} text needs the '{package}' analyser: install the cjk extra "
            f"(pip install 'kronika[cjk]')") from e


def split_parts(text: str, start: int, low: str) -> list[Token]:
    """A token holding separators ("한·미·일", "ラドスワフ・シコルスキ") becomes one token per part."""
    if not _SPLIT.search(text):
        return [Token(text, low, start, start + len(text))]
    out, pos = [], 0
    for part in _SPLIT.split(text):
        if part:
            out.append(Token(part, part.lower(), start + pos, start + pos + len(part)))
        pos += len(part) + 1
    return out


def split_abbreviations(toks: Iterable[Token], short: frozenset[str], text: str,
                        strict: frozenset[str] = frozenset()) -> list[Token]:
    """Country abbreviations: '日米', '북러' split into one token per state; a lone `strict` one ('日')
    counts only beside a separator or another state ('日・ポーランド'), since it is also a common word."""
    toks = list(toks)
    out: list[Token] = []
    for t in toks:
        if 2 <= len(t.text) <= 4 and all(ch in short for ch in t.text):
            out += [Token(ch, ch, t.start + i, t.start + i + 1) for i, ch in enumerate(t.text)]
        else:
            out.append(t)
    for i, t in enumerate(out):
        if len(t.text) == 1 and t.text in strict and not _beside_state(out, i, text):
            out[i] = Token(t.text, "", t.start, t.end)  # unmatchable: a word, not a state
    return out


def _beside_state(toks: list[Token], i: int, text: str) -> bool:
    t = toks[i]
    before = text[t.start - 1:t.start] if t.start else ""
    after = text[t.end:t.end + 1]
    if (before and before in SEPARATORS) or (after and after in SEPARATORS):
        return True
    near = [toks[j] for j in (i - 1, i + 1) if 0 <= j < len(toks)]
    return any(n.end == t.start or n.start == t.end for n in near if len(n.text) == 1 and n.low)


def form_words(form: str, tokenize: Callable[[str], list[Token]]) -> str:
    """A lexicon form cut as the tokenizer cuts running text; a trailing '*' stays on the last word."""
    star = form.endswith("*")
    words = [t.low for t in tokenize(form.rstrip("*")) if t.low]
    if not words:
        return form
    return " ".join(words) + ("*" if star else "")


# ---------------------------------------------------------------- dates
_DASHES = "~∼〜～\\-–—"
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _alt(words) -> str:
    """A regex alternation of the words, longest first; one that matches nothing when there are none."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or r"(?!x)x"


@dataclass(frozen=True)
class DateWords:
    """What a language writes dates with: its unit characters (年 月 日), the words joining a range's days,
    its eras, and the word lists of dates.yaml (see lang/FORMAT.md)."""

    y: str
    m: str
    d: str
    joiners: tuple[str, ...]
    eras: dict
    relative: dict
    weekdays: dict
    span: str = ""                       # after a day's unit, makes it a number of days: 3日間, 3일간
    both: str = ""                       # "8、9両日": both days
    same_month: tuple[str, ...] = ()     # "同月22日": the month of the range's start
    past: tuple[str, ...] = ()           # PAST_DAY
    future: tuple[str, ...] = ()         # FUTURE_DAY
    durations: dict = field(default_factory=dict)  # DURATION
    modified: tuple[str, ...] = ()       # UPDATED
    reported: tuple[str, ...] = ()       # REPORTED
    reference: tuple[str, ...] = ()      # REFERENCE_AFTER
    stay: tuple[str, ...] = ()           # STAY
    caption: tuple[str, ...] = ()        # CAPTION
    credit: tuple[str, ...] = ()         # CAPTION_CREDIT
    caption_ends: tuple[str, ...] = ()   # CAPTION_ENDS: the word that closes a caption line ("会談の様子")
    caption_tail: tuple[str, ...] = ()   # CAPTION_TAIL: a site's button text after a caption ("이미지 확대보기")
    era_letters: dict = field(default_factory=dict)  # "R7.2.28": the letters that stand for eras in figures
    kanji_numerals: bool = False         # dates may be written in kanji numerals (二〇二五年三月五日, 五日)
    day_follow: tuple[str, ...] = ()     # KANJI_DAY_AFTER: words after a bare kanji day that make it a date
    depart: tuple[str, ...] = ()         # DEPART
    day_before: tuple[str, ...] = ()     # DAY_BEFORE
    according: tuple[str, ...] = ()      # ACCORDING
    nights: tuple[str, ...] = ()         # NIGHTS: "2泊3日", "2박3일": nights, then the days the stay lasts
    quote_ends: tuple[str, ...] = ()     # QUOTE_ENDS: "회담했다고", "会談したと": a quoted clause of what happened ends
    report_verbs: tuple[str, ...] = ()   # REPORT_VERBS: "밝혔다", "発表した": the verb that reports it
    anniversary: tuple[str, ...] = ()    # ANNIVERSARY: "周年", "주년": the years counted from a date
    count_before: tuple[str, ...] = ()   # DAY_COUNT_BEFORE: "입국 후 14일": a bare day after it counts days
    count_after: tuple[str, ...] = ()    # DAY_COUNT_AFTER: "14일 만에", "14일 이내": a bare day before it counts days
    week_link: tuple[str, ...] = ()      # WEEK_LINK: "先週の月曜日": the particle between a week word and its weekday
    month_parts: dict = field(default_factory=dict)  # MONTH_PARTS: "上旬", "초": the part of a month a word after it names
    part_particles: tuple[str, ...] = ()  # MONTH_PART_PARTICLES: "이달 초에", "上旬に": what may close a part word
    ago: dict = field(default_factory=dict)  # AGO: {months_ago | years_ago: templates}: "{n}年前", "{n}년 전"
    ago_after: tuple[str, ...] = ()      # AGO.after: the particles that may follow a count back ("2年前に", "2년 전에")


def date_words(code: str, y: str, m: str, d: str, joiners: list[str], eras: dict[str, int], **units) -> DateWords:
    """The DateWords of a language: its units and eras as given, its word lists read from its dates.yaml."""
    from kronika.lang import load

    lang = load(code)
    raw = lang.raw["dates"]
    words = lambda key: tuple(str(w) for w in raw.get(key) or [])
    return DateWords(y, m, d, tuple(joiners), eras, lang.relative, lang.weekdays, **units,
                     past=words("PAST_DAY"), future=words("FUTURE_DAY"),
                     durations={int(n): [str(f) for f in v] for n, v in (raw.get("DURATION") or {}).items()},
                     modified=words("UPDATED"), reported=words("REPORTED"),
                     reference=words("REFERENCE_AFTER"), stay=words("STAY"), caption=words("CAPTION"),
                     credit=words("CAPTION_CREDIT"), caption_ends=words("CAPTION_ENDS"),
                     caption_tail=words("CAPTION_TAIL"), depart=words("DEPART"),
                     day_before=words("DAY_BEFORE"), according=words("ACCORDING"), day_follow=words("KANJI_DAY_AFTER"),
                     nights=words("NIGHTS"), quote_ends=words("QUOTE_ENDS"), report_verbs=words("REPORT_VERBS"),
                     anniversary=words("ANNIVERSARY"), count_before=words("DAY_COUNT_BEFORE"),
                     count_after=words("DAY_COUNT_AFTER"), week_link=words("WEEK_LINK"),
                     month_parts=dict(lang.month_parts), part_particles=words("MONTH_PART_PARTICLES"),
                     ago={key: [str(t) for t in (raw.get("AGO") or {}).get(unit) or []]
                          for key, unit in (("months_ago", "month"), ("years_ago", "year"))},
                     ago_after=tuple(str(w) for w in (raw.get("AGO") or {}).get("after") or []))


_WS = r"\s*"
_WS_LINE = r"[^\S\n]*"  # spaces within a line
_BULLETS = "\\-•・▶►▷■□◆◇*※"  # the marks that open the items of a list of links
ANNIVERSARY_CHARS = 20  # characters between an anniversary's first day and the word that counts from it
WRAP_FROM, WRAP_TO = 25, 7  # a range of bare days from the 25th or later to the 7th or earlier crosses a month's end
DURATION_BESIDE = 2     # characters between a stay's length and its range in brackets: "4박 6일간(22~27일)"
CAPTION_END_LINE = 60  # letters before the closing word of a caption line ("…を受ける岸田総理の様子"); a lead says more


class DatePatterns:
    """Date expressions of a language that writes numbers with unit characters (2025年2月28日, 2월 28일)."""

    def __init__(self, w: DateWords):
        self.eras = w.eras
        self._compile_labels(w)
        self._compile_units(w)
        self._compile_figures(w)
        self._compile_words(w)
        self.ago = [(key, _ago_pattern(t, w.ago_after)) for key, ts in w.ago.items() for t in ts]

    def _compile_labels(self, w: DateWords) -> None:
        """Words around a date that say what it is: a point of reference, a change, a report, a stay."""
        # "2022년 2월 24일 이후", "2月24日以来", "27日まで": a point of reference, not when anything happened
        # ... and so is the day an anniversary counts its years from ("1919年3月22日の国交関係樹立から100周年")
        since = (rf"|[^\n。．、，,]{{0,{ANNIVERSARY_CHARS}}}?(?:{_alt(w.joiners)})\s*\d+\s*(?:{_alt(w.anniversary)})"
                 if w.anniversary and w.joiners else "")
        self.reference = re.compile(rf"\s*(?:{_alt(w.reference)}){since}")
        # "6月6日から8日まで、チェコを訪問中の大臣は、7日…会談を行った": the range frames the act of the day in it
        self.frames = re.compile(rf"(?:{_alt(w.stay)})(?!다)")  # a participle (방문한 장관), not a final verb (방문한다)
        # "4日から訪問しているポーランドで、5日、…会談した", "4일부터 방문 중인": a day that only opens a stay
        self.opens = re.compile(rf"\s*(?:{_alt(w.joiners)})(?!\s*\d)") if w.joiners else None
        self.reported = re.compile(_alt(w.reported))
        # "…회담했다고 외교부가 21일 밝혔다", "…会談したと外務省が21日発表した": the day of the verb that reports a
        # quote closed before it, past the reporter's name only
        self.quote_end = re.compile(rf"(?:{_alt(w.quote_ends)})\s*[^\s\d、，,。]{{1,12}}\s*$") if w.quote_ends else None
        self.report_verb = re.compile(rf"[\s、，,]*(?:{_alt(w.report_verbs)})") if w.report_verbs else None
        # "3일 외교부에 따르면 …전날…": a day just before the source a report cites is the report's
        self.according = re.compile(_alt(w.according)) if w.according else None
        # "28日に平壌を出発し、30日にモスクワに到着した": leaving home is not the visit's day
        self.depart = re.compile(_alt(w.depart))
        # "30日、…前日に到着した": the day before the day just named, not before the text's date
        self.day_before = frozenset(w.day_before)
        # "최종수정 2025.10.23", "更新日：…": when the page was changed, a date of nothing it reports
        # on the date's own line, or alone on the line above it ("最終更新日\n2024年…"): "…10時02分 更新" ending
        # the line above labels that line's date, not this one
        self.modified = re.compile(rf"(?:(?:{_alt(w.modified)})[ \t　]*[:：]?[ \t　]*"
                                   rf"|(?m:^)[ \t　]*(?:{_alt(w.modified)})[ \t　]*[:：]?[ \t　]*\n[ \t　]*)\Z")
        # ... or after it: "2019年10月10日 9時00分 更新", "2024.10.22 09:00 수정"
        # (a label that opens the next stamp is not: "작성일 2023-06-07 09:24:31 최종 수정일 2023-06-07")
        self.modified_after = re.compile(rf"\s*(?:\d{{1,2}}\s*時\s*\d{{1,2}}\s*分|{_TIME})?\s*(?:{_alt(w.modified)})"
                                         rf"\s*(?:[)）\]】]|$)", re.M)
        # "지난 15일": a bare day after such a word is the last such day, not one of the month named before
        self.past = re.compile(rf"(?:{_alt(w.past)})\s*$")
        # "오는 15일", "来る15日": ... and after such a word the coming one
        self.future = re.compile(rf"(?:{_alt(w.future)})\s*$")
        # "（写真）7日、平壌を出発する…", "[사진] 7일 …": a line a caption label opens dates its photo, not the event
        # ... and so does a short line that ends with a photo credit: "平壌を出発する外相＝28日（朝鮮通信＝時事）"
        self.caption = re.compile(rf"^[ \t]*(?:[(（\[【［<＜〈]\s*(?:{_alt(w.caption)})|(?:{_alt(w.caption)})\s*(?:[はは은=＝:：]))"
                                  rf"[^\n]*"
                                  rf"|^[^\n]{{0,160}}[(（][^()（）\n]{{0,20}}(?:{_alt(w.credit)})[^()（）\n]{{0,20}}[)）][ \t]*$"
                                  # ... or with the photo's date in figures and then its credit, as Korean news
                                  # sites print them: "…회담이 열리고 있다. 2019.12.12 © News1", "… 2024.09.21.
                                  # photo@newsis.com", "… 2021.11.04 [사진=외교부]", "… 2024.10.21/뉴스1"
                                  rf"|^[^\n]{{0,200}}(?<!\d)(?:19|20)\d\d[./]\s?\d{{1,2}}[./]\s?\d{{1,2}}\.?[ \t]*"
                                  rf"(?:[©ⓒ][^\n]{{0,30}}|/[ \t]*(?:{_alt(w.credit)})(?:[^\n]{{0,10}}|[ \t]*[©ⓒ][^\n]{{0,30}})|[\[［][^\]］\n]{{0,20}}[\]］]"
                                  rf"|[\w.-]+@[\w.-]+)[ \t]*$"
                                  # ... or with its credit and no date: a caption label and what follows the
                                  # equals sign ("…귀국해 답변하고 있다. 사진=뉴시스"), or a credit in square
                                  # brackets ("…지켜보고 있다. [사진=연합뉴스]")
                                  rf"|^[^\n]{{0,200}}[.。][ \t]*(?:(?:{_alt(w.caption)})[ \t]*[=＝][ \t]*[^\s=＝\[\]]{{1,15}}"
                                  rf"|[\[［][^\]］\n]{{0,20}}(?:{_alt(w.credit)})[^\]］\n]{{0,20}}[\]］]"
                                  # ... or a bare credit after the last sentence ("…악수하고 있다. 외교부 제공")
                                  rf"|(?:[^\s.。=＝]{{1,12}}[ \t]*)?(?:{_alt(w.credit)}))"
                                  # (the site may print its zoom button's text after the credit: "사진=뉴시스이미지 확대보기")
                                  rf"(?:[ \t]*(?:{_alt(w.caption_tail)}))?[ \t]*$"
                                  # ... or a line of no sentence closed by its credit after an equals sign, as
                                  # Japanese papers print them: "笑顔の市長と大使(下)…説明を受ける同大使=市提供"
                                  rf"|^[^\n。.]{{0,160}}[=＝][^\n=＝。.、]{{0,10}}(?:{_alt(w.credit)})[ \t]*$"
                                  # ... or a short line that closes with what the photo shows: "会談の様子", and the
                                  # alt text after it ("両首脳の様子 日・ポーランド首脳会談")
                                  + (rf"|^[^\n。]{{0,{CAPTION_END_LINE}}}(?:{_alt(w.caption_ends)})"
                                     rf"(?:[ \t\u3000][^\n。、]{{1,40}})?[ \t]*$" if w.caption_ends else ""),
                                  re.M)
        # "- 中国で若者の一部が暴徒化 警察と衝突も(2023年1月4日)": a bulleted line closed by a dated bracket is a
        # link to another article; its date is that article's, and lends no month to a bare day of this one
        self.listed = re.compile(rf"^[ \t]*[{_BULLETS}][ \t]*[^\n]{{2,200}}?[(（][ \t]*(?:19|20)\d\d"
                                 rf"[^()（）\n]{{2,14}}[)）][ \t]*$", re.M)

    def _compile_units(self, w: DateWords) -> None:
        """Dates written with unit characters: full, month and day, bare days, ranges, months, years."""
        ws, y, m, d = _WS, w.y, w.m, w.d
        join = "|".join([f"[{_DASHES}]", *map(re.escape, w.joiners)])
        # "8日から3日間": a number of days after the joiner is a duration, not the range's last day
        not_span = rf"(?![{re.escape(w.span)}])" if w.span else ""
        # an era year may give the common year in brackets: 令和4年(2022年), 주체113(2024)년
        gloss = rf"(?:{ws}[(（]{ws}(?P<yb>(?:19|20)\d\d){ws}{y}?{ws}[)）])?"
        # ... and a common year its era year: 2022年(令和4年), 2023(令和5)年, as prefectures and newspapers date
        era_gloss = (rf"(?:{ws}[(（]{ws}(?:{_alt(w.eras)}){ws}(?:\d{{1,3}}|元){ws}{y}?{ws}[)）])?"
                     if w.eras else "")
        yr = (rf"(?:(?P<era>{_alt(w.eras)}){ws}(?P<ey>\d{{1,3}}|元){gloss}{ws}{y}{gloss.replace('yb', 'yc')}"
              rf"|(?P<y>(?:19|20)\d\d){era_gloss}{ws}{y}{era_gloss})")
        # "6月20日（木曜日）から22日（土曜日）まで": a weekday in brackets may follow either day
        wd = r"(?:\s*[(（][^()（）\d]{1,4}[)）])?"
        # "6月20日から同月22日まで": the range's end may say "the same month" (同月) instead of its number
        same = rf"|(?:{_alt(w.same_month)}){ws}" if w.same_month else ""
        m2 = rf"(?:(?P<m2>\d{{1,2}}){ws}{m}{ws}{same})?"
        tail = rf"(?:{wd}{ws}(?:{join}){ws}{m2}(?P<d2>\d{{1,2}}){ws}{d}{not_span}{wd})?"
        # "8、9両日", "12・13の両日", "8, 9일": two days listed with the unit once are a range too
        unit2 = rf"(?:{d}{not_span}|の?{re.escape(w.both)})" if w.both else rf"{d}{not_span}"
        # (Korean lists them with the Latin middle dot: "18·19일")
        days = rf"(?P<d>\d{{1,2}}){ws}(?:{d}{tail}|(?:{join}|[、,・·･]){ws}(?P<d2b>\d{{1,2}}){ws}{unit2})"
        # "2019년 10월 8~10일": a range may write the unit only after its last day, with a year as without
        self.full = re.compile(rf"(?<!\d){yr}{ws}(?P<m>\d{{1,2}}){ws}{m}{ws}{days}")
        self.md = re.compile(rf"(?<!\d)(?P<m>\d{{1,2}}){ws}{m}{ws}{days}")
        # a day after a month written in digits belongs to it (self.md); "同月7日" is a bare day of that month
        self.day = re.compile(rf"(?<!\d)(?<!\d{m})(?<!\d{m}\s){days}")
        # "입국 후 14일 격리", "14일 만에": a bare day counted from something, not a day of the month
        self.count_before = re.compile(rf"(?<!\S)(?:{_alt(w.count_before)}){ws}$") if w.count_before else None
        self.count_after = re.compile(rf"{ws}(?:{_alt(w.count_after)})") if w.count_after else None
        # a month with no day after it on its line ("2006年5月" as a page's date line over "5月5日~"): a figure on
        # the next line is no day of it
        self.ym = re.compile(rf"(?<!\d){yr}{ws}(?P<m>\d{{1,2}}){ws}{m}(?!{_WS_LINE}\d)")
        self.mo = re.compile(rf"(?<![\d{y}])(?<!{y}\s)(?P<m>\d{{1,2}}){ws}{m}(?!{_WS_LINE}\d)")
        self.year = re.compile(rf"(?<!\d){yr}")
        # "3日間", "3일간", "사흘간": how many days something lasts
        self.dur_words = {f: n for n, forms in w.durations.items() for f in forms}
        # ... and "2泊3日", "5박7일": nights, then days (the days are no date: "3日" is no 3rd)
        nights = rf"|(?<!\d)\d{{1,2}}{ws}(?:{_alt(w.nights)}){ws}(?P<n2>\d{{1,2}}){ws}{d}" if w.nights else ""
        self.duration = re.compile(rf"(?<!\d)(?:(?P<n>\d{{1,2}}){ws}{d}[{re.escape(w.span) or '(?!x)x'}]"
                                   rf"|(?P<w>{_alt(self.dur_words)}){nights})") if w.span or self.dur_words else None
        # "지난달 9일", "先月9日": a bare day after a month word takes that month, counted from the context's
        offsets = {"last_month": -1, "this_month": 0, "next_month": 1}
        self.month_words = {f: offsets[k] for k, forms in w.relative.items() if k in offsets for f in forms}
        years = {"last_year": -1, "this_year": 0, "next_year": 1}
        self.year_words = {f: years[k] for k, forms in w.relative.items() if k in years for f in forms}
        # ... with its days as a month's are written ("本年2月26・27日", "내년 2월 19~20일")
        self.year_month = re.compile(rf"(?P<w>{_alt(self.year_words)}){ws}(?P<m>\d{{1,2}}){ws}{m}"
                                     rf"(?:{ws}{days})?")
        # ... and its days as a month's are written ("다음 달 4~8일", "来月4日から8日まで")
        self.month_day = re.compile(rf"(?P<w>{_alt(self.month_words)}){ws}{days}")
        # "3月上旬", "今月末", "이달 초", "지난달 하순": the part of a month a word after it names; the word ends there,
        # or a particle follows ("초에", "上旬に"): "초청", "말했다", "初めて" go on into another word
        self.month_part = re.compile(rf"{_WS_LINE}(?P<p>{_alt(w.month_parts)})(?:(?={_alt(w.part_particles)})"
                                     rf"|(?![\u3040-\u30ff\uac00-\ud7a3]))") if w.month_parts else None
        self.month_keys, self.part_of = frozenset(offsets), dict(w.month_parts)
        # "令和四年六月七日", "二〇二五年三月五日", "六月七日": dates in kanji numerals, as official texts and
        # vertical print write them; the year figure by figure (二〇二五) or in an era
        kn, digit = f"[{_KANJI_NUMERALS}]{{1,3}}", f"[{_KANJI_NUMERALS}]"
        kyear = (rf"(?:(?P<era>{_alt(w.eras)}){ws}(?P<ey>元|{kn})|(?<!{digit})(?P<ky>[〇一二三四五六七八九]{{4}}))"
                 rf"{ws}{y}{ws}")
        kend = rf"(?:{ws}(?:{join}){ws}(?P<d2>{kn}){ws}{d}(?![{re.escape(w.span)}]))?" if w.span else ""
        self.kanji = self.kanji_month = self.kanji_day = None
        if w.kanji_numerals:
            self.kanji = re.compile(rf"(?:{kyear})?(?<!{digit})(?P<m>{kn}){ws}{m}{ws}(?P<d>{kn}){ws}{d}{kend}")
            # "十二月", "二〇二四年十一月": a month alone (not "十二月" read as "二月")
            self.kanji_month = re.compile(rf"(?:{kyear})?(?<!{digit})(?P<m>{kn}){ws}{m}(?!{ws}{digit})")
            # "五日、": a day alone, read only in a text that writes its dates so (a day is no "ten days", 十日間,
            # nor the "one day" of 一日も早く)
            # nor the "one day" of 一日も早く); so a day followed by a pause, a time of day or a range's word
            self.kanji_day = re.compile(rf"(?<![{_KANJI_NUMERALS}\d])(?<!{digit}{m})(?P<d>{kn}){ws}{d}{kend}"
                                        rf"(?=[、，,（(]|(?:{_alt(w.day_follow)}))")

    def _compile_figures(self, w: DateWords) -> None:
        """Dates in figures only, as news sites stamp them and government releases write them."""
        # 2018/05/31, 2024.10.21, 2025-02-28, and Korean pages' dotted dates with spaces: 2024. 10. 21.
        self.numeric = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>\. ?|[/-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d)")
        # "令和7.2.28", "R7.2.28", "H30/5/31": an era's year in figures, as official documents abbreviate it
        eras = {**w.eras, **w.era_letters}
        self.era_numeric = re.compile(rf"(?<![\w.])(?P<era>{_alt(eras)})\s?(?P<ey>\d{{1,2}}|元)(?P<s>[./])(?P<m>[01]?\d)"
                                      rf"(?P=s)(?P<d>[0-3]?\d)(?![\d.])") if eras else None
        self.all_eras = eras
        # "6.11.(수)", "6/11(水)": month and day in figures, made a date (not a decimal) by the weekday after;
        # government releases write their ranges so too ("6.11.(수)~13.(금)")
        short_days = "".join(f for forms in w.weekdays.values() for f in forms if len(f) == 1) or "x"
        wday = rf"\.?\s?[(（][{short_days}][)）]"
        self.md_weekday = re.compile(
            rf"(?<![\d.])(?P<m>\d{{1,2}})(?P<s>[./])\s?(?P<d>\d{{1,2}}){wday}"
            rf"(?:\s*[{_DASHES}]\s*(?:(?P<m2>\d{{1,2}})(?P=s)\s?)?(?P<d2>\d{{1,2}}){wday})?")
        # "정상회담(6.30.) 및 외교장관 회담(9.19.)": a bracket holding only a month and day dates the noun before it
        self.md_bracketed = re.compile(r"(?<=[(（])(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])\.?(?=[)）])")
        # "12.05.2023": day first, as the European sites that publish in Japanese or Korean date their pages (a
        # Polish embassy's); the year written in full and last tells it from the year-first stamps
        self.day_first = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.])")
        # "9 日 3 月 2017 年": ... and their templates put the units in that order too
        self.day_first_units = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){_WS}{w.d}{_WS}(?P<m>\d{{1,2}}){_WS}{w.m}{_WS}"
                                          rf"(?P<y>(?:19|20)\d\d){_WS}{w.y}")
        # "8月 07, 2019": the month with its unit, then the day and the year after a comma, as blog templates
        # made for English ("M d, Y") stamp their pages in Japanese
        self.month_day_year = re.compile(rf"(?<!\d)(?P<m>[01]?\d){_WS}{w.m}{_WS}(?P<d>[0-3]?\d),{_WS}"
                                         rf"(?P<y>(?:19|20)\d\d)(?!\d)")
        # "24.10.21 15:40", "'24.10.21": a stamp with a two-figure year, told from a decimal by the clock
        # after it, the apostrophe before it or the end of its line
        # (board software writes it with dashes or slashes too: "작성일 : 23-12-14 17:30", "掲載日 : [23-11-16]")
        self.short_numeric = re.compile(r"(?<![\d./-])(?:'|’)?(?P<y>[12]\d)(?P<s>[./-])(?P<m>0?[1-9]|1[0-2])(?P=s)"
                                        r"(?P<d>[0-3]?\d)\.?"
                                        r"(?=\s*(?:(?:오전|오후|午前|午後)\s*)?\d{1,2}:\d{2}|[ \t]*$|(?<=\d)[\]］])", re.M)

    def _compile_words(self, w: DateWords) -> None:
        """Relative days and weekdays written as words; '오늘(15일)' glossed with its number."""
        self.words = sorted(((f, k) for k, forms in w.relative.items() for f in forms), key=lambda x: -len(x[0]))
        self.weekdays = sorted(((f, n) for n, forms in w.weekdays.items() for f in forms if len(f) > 1),
                               key=lambda x: -len(x[0]))
        self.short_weekday = {f: n for n, forms in w.weekdays.items() for f in forms if len(f) == 1}
        self.paren_weekday = re.compile(rf"[（(](?P<w>{_alt(self.short_weekday)})[)）]")
        self.glossed = re.compile(rf"\s*[（(]\s*(?P<d>\d{{1,2}})\s*{w.d}\s*[)）]")
        self.week_gaps = frozenset(("",) + w.week_link)  # what may stand between a week word and its weekday

    def _kanji_year(self, g: dict) -> int | None:
        """二〇二五 -> 2025, 令和七 -> 2025; None when no year is written."""
        if g.get("ky"):
            return _kanji_number(g["ky"])
        return self.eras[g["era"]] + _kanji_number(g["ey"]) - 1 if g.get("era") else None

    def _year(self, g: dict) -> int | None:
        if g.get("y"):
            return int(g["y"])
        if g.get("yb") or g.get("yc"):
            return int(g.get("yb") or g.get("yc"))
        if g.get("era"):
            n = 1 if g["ey"] == "元" else int(g["ey"])
            return self.eras[g["era"]] + n - 1
        return None

    def find(self, text: str) -> list:
        """Every date mention of the text, in text order, without those its labels say date nothing."""
        text = text.translate(_FULLWIDTH)  # "２０２２年６月７日": one character for one, so offsets hold
        f = _Found(text, self.reference)
        f.captions = self._others(text)
        self._find_ago(f)  # first: "2年前" is a count back, not a year 2
        self._find_figures(f)
        self._find_units(f)
        f.found[:] = [self._stale(text, dm) for dm in f.found]  # before a bare day looks for its month
        self._find_bare_days(f)
        self._find_words(f)
        f.found[:] = self._with_parts(text, f.found)
        found = self._without_captions(text, [self._stale(text, dm) for dm in f.found], f.captions)
        found = self._anchored(text, _join_weekdays(sorted(found, key=lambda dm: dm.start)))
        found = self._reporting_days(text, self._without_report_dates(text, found))
        return self._without_departures(text, self._without_frames(text, found))

    def _with_parts(self, text: str, found: list) -> list:
        """A month, bare or said as a word ("3月", "이달"), with the part of it a word after it names ("上旬", "초"):
        'early this month' is no day of the text's, but a month whose first third holds the event."""
        if self.month_part is None:
            return found
        out = []
        for dm in found:
            if dm.kind == "month" or (dm.kind == "relative" and dm.relative in self.month_keys):
                if x := self.month_part.match(text, dm.end):
                    dm = replace(dm, end=x.end("p"), part=self.part_of[x.group("p")])
            out.append(dm)
        return out

    def _find_ago(self, f: "_Found") -> None:
        """"2年前に", "3개월 전": a count of years or months back from the context date (relative years_ago,
        months_ago, the count in `d`), as the languages written with spaces read AGO."""
        for key, rx in self.ago:
            for x in rx.finditer(f.text):
                f.add(DateMention(x.start(), x.end(), "relative", relative=key, d=int(x.group("n"))))

    def _others(self, text: str) -> list[tuple[int, int]]:
        """Spans of the lines whose dates are another thing's: photo captions and listed links to other articles."""
        return sorted([(x.start(), x.end()) for rx in (self.caption, self.listed) for x in rx.finditer(text)])

    def caption_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of the lines that caption a photo: a caption label opens them, a credit or the word of what the
        photo shows closes them."""
        return [(x.start(), x.end()) for x in self.caption.finditer(text.translate(_FULLWIDTH))]

    def _reporting_days(self, text: str, found: list) -> list:
        """The day of a verb that reports a quoted clause closed before its reporter ("회담했다고 외교부가 21일
        밝혔다", "会談したと外務省が21日発表した") is when it was told, not when it happened: it is marked
        `aside`, and dates the event only when nothing else in the lead does."""
        if self.quote_end is None or self.report_verb is None:
            return found
        out = []
        for dm in found:
            start = max(0, dm.start - 20)
            if dm.kind == "absolute" and dm.d and not dm.d2 and self.report_verb.match(text, dm.end) \
                    and self.quote_end.search(text[start:dm.start]):
                dm = replace(dm, aside=True)
            out.append(dm)
        return out

    def _stale(self, text: str, dm):
        """The date of a page's last change ("最終更新日：…", "2024.10.22 09:00 수정") is marked `modified`: it
        dates the page when nothing else does, never what the text tells."""
        if self.modified.search(text, max(0, dm.start - 10), dm.start) or self.modified_after.match(text, dm.end):
            return replace(dm, modified=True)
        return dm

    def _find_figures(self, f: "_Found") -> None:

        for x in self.numeric.finditer(f.text):
            y, mo, d = int(x.group("y")), int(x.group("m")), int(x.group("d"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                f.add(DateMention(x.start(), x.end(), "absolute", y, mo, d))
        for rx in (self.day_first_units, self.day_first, self.month_day_year):
            for x in rx.finditer(f.text):
                y, mo, d = int(x.group("y")), int(x.group("m")), int(x.group("d"))
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    f.add(DateMention(x.start(), x.end(), "absolute", y, mo, d))
        for x in self.era_numeric.finditer(f.text) if self.era_numeric is not None else ():
            y = self.all_eras[x.group("era")] + (1 if x.group("ey") == "元" else int(x.group("ey"))) - 1
            mo, d = int(x.group("m")), int(x.group("d"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                f.add(DateMention(x.start(), x.end(), "absolute", y, mo, d))
        for x in self.kanji.finditer(f.text) if self.kanji is not None else ():
            g = x.groupdict()
            mo, d, d2 = _kanji_number(g["m"]), _kanji_number(g["d"]), _kanji_number(g.get("d2")) or None
            y = self._kanji_year(g)
            if mo and d and 1 <= mo <= 12 and 1 <= d <= 31 and (d2 is None or d < d2 <= 31):
                f.add(DateMention(x.start(), x.end(), "absolute", y, mo, d, None, mo if d2 else None, d2))
        for x in self.kanji_month.finditer(f.text) if self.kanji_month is not None else ():
            mo = _kanji_number(x.group("m"))
            if 1 <= mo <= 12:
                f.add(DateMention(x.start(), x.end(), "month", self._kanji_year(x.groupdict()), mo))
        for x in self.short_numeric.finditer(f.text):
            if 1 <= int(x.group("d")) <= 31:
                f.add(DateMention(x.start(), x.end(), "absolute", 2000 + int(x.group("y")), int(x.group("m")),
                                  int(x.group("d"))))
        for x in self.md_bracketed.finditer(f.text):
            f.add(DateMention(x.start(), x.end(), "absolute", None, int(x.group("m")), int(x.group("d"))))
        for x in self.md_weekday.finditer(f.text):
            mo, d = int(x.group("m")), int(x.group("d"))
            d2 = int(x.group("d2")) if x.group("d2") else None
            m2 = int(x.group("m2")) if x.group("m2") else (mo if d2 else None)
            if 1 <= mo <= 12 and 1 <= d <= 31:
                f.add(DateMention(x.start(), x.end(), "absolute", None, mo, d, None, m2, d2))

    def _find_units(self, f: "_Found") -> None:

        for x in self.year_month.finditer(f.text):  # "昨年11月", "내년 2월 19일": the year said as a word
            mo, d = int(x.group("m")), int(x.group("d")) if x.group("d") else None
            d2 = int(x.group("d2") or x.group("d2b")) if (x.group("d2") or x.group("d2b")) else None
            m2 = int(x.group("m2")) if x.group("m2") else (mo if d2 else None)
            if 1 <= mo <= 12 and (d is None or 1 <= d <= 31) and (d2 is None or 1 <= d2 <= 31):
                f.add(DateMention(x.start(), x.end(), "absolute" if d else "month", None, mo, d, None, m2, d2,
                                  year_offset=self.year_words[x.group("w")]))

        for rx, kind in ((self.full, "full"), (self.md, "md"), (self.ym, "ym")):
            for x in rx.finditer(f.text):
                g = x.groupdict()
                y = self._year(g) if kind != "md" else None
                mo = int(g["m"])
                if kind == "ym":
                    if 1 <= mo <= 12:
                        f.add(DateMention(x.start(), x.end(), "month", y, mo))
                    continue
                d, d2 = int(g["d"]), g.get("d2") or g.get("d2b")
                m2 = int(g["m2"]) if g.get("m2") else (mo if d2 else None)
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    f.add(DateMention(x.start(), x.end(), "absolute", y, mo, d, None, m2, int(d2) if d2 else None))
        for x in self.year.finditer(f.text):
            f.add(DateMention(x.start(), x.end(), "year", y=self._year(x.groupdict())))
        for x in self.mo.finditer(f.text):
            if 1 <= int(x.group("m")) <= 12:
                f.add(DateMention(x.start(), x.end(), "month", None, int(x.group("m"))))
        for x in self.month_day.finditer(f.text):
            d, d2 = int(x.group("d")), x.group("d2") or x.group("d2b")
            if 1 <= d <= 31:
                f.add(DateMention(x.start(), x.end(), "absolute", None, None, d, None, None, int(d2) if d2 else None,
                                  month_offset=self.month_words[x.group("w")]))
        for x in self.duration.finditer(f.text) if self.duration is not None else ():
            n = int(x.group("n") or x.group("n2") or 0) or self.dur_words[x.group("w")]
            f.add(DateMention(x.start(), x.end(), "duration", d=n))

    def _find_bare_days(self, f: "_Found") -> None:
        """'28日', '지난 15일', '오는 15일': a day alone takes the month of the full date before it, if any."""

        text = f.text
        kanji = self.kanji_day.finditer(text) if self.kanji_day is not None else ()
        for x in [*self.day.finditer(text), *kanji]:
            g = x.groupdict()
            d, d2 = _number(g["d"]), _number(g.get("d2") or g.get("d2b"))
            # "29일부터 1일까지", "30日から2日まで": a range of bare days that runs into the next month
            wrap = bool(d2) and d2 < d and d >= WRAP_FROM and d2 <= WRAP_TO
            if not 1 <= d <= 31 or (d2 and not (d < d2 <= 31 or wrap)):
                continue
            if g["d"] == "一" and text[x.end():x.end() + 1] in ("に", "の"):
                continue  # "一日に二回", "一日の": a count of one day; the 1st is written "一日、", "一日午後"
            if not d2 and ((self.count_before and self.count_before.search(text, max(0, x.start() - 4), x.start()))
                           or (self.count_after and self.count_after.match(text, x.end()))):
                continue  # "입국 후 14일 격리의무", "사고 14일 만에": so many days, not the 14th
            past = self.past.search(text, max(0, x.start() - 6), x.start())
            coming = None if past else self.future.search(text, max(0, x.start() - 6), x.start())
            said = past or coming
            prev = None if said else _last_month(f.found, x.start(), f.captions)
            if prev and prev.y and d > prev.d and _own_line(text, prev) and _year_written(text, prev):
                # "입력 2024.10.01" then "30일": a later day than a date line's is of the month before;
                # the date line is the context date, which the bare day is then read against
                prev = None
            y, mo = (prev.y, prev.m) if prev else (None, None)
            if prev and prev.m2 and prev.m2 != prev.m and prev.d2 and d <= prev.d2 < prev.d and d < prev.d:
                mo = prev.m2  # "6월 30일~7월 3일 … 2일": the day is in the range's second month
            m2 = (mo % 12 + 1 if wrap else mo) if d2 and mo else None
            f.add(DateMention(said.start() if said else x.start(), x.end(), "absolute", y, mo, d, None,
                              m2, d2 or None, tense="future" if coming else None))

    def _find_words(self, f: "_Found") -> None:

        text = f.text
        for form, key in self.words:
            if form not in text:
                continue  # most forms are in no text: a substring test, not a pattern escaped and looked up
            for x in re.finditer(re.escape(form), text):
                gloss = self.glossed.match(text, x.end())
                if gloss and key in ("today", "yesterday", "same_day", "day_before_yesterday", "tomorrow"):
                    # the day in brackets says which: a bare day, read against the context date
                    f.release(x.end(), gloss.end())
                    f.add(DateMention(x.start(), gloss.end(), "absolute", None, None, int(gloss.group("d")),
                                      relative=key))  # the word says which way: "어제(17일)" is never a coming 17th
                    continue
                f.add(DateMention(x.start(), x.end(), "relative", relative=key))
        for form, wd in self.weekdays:
            if form not in text:
                continue
            for x in re.finditer(re.escape(form), text):
                start, offset = x.start(), None
                # "지난 금요일", "오는 금요일": the last Friday before the text's date, or the coming one
                if self.past.search(text, max(0, start - 6), start):
                    offset = -1
                elif self.future.search(text, max(0, start - 6), start):
                    offset = 1
                # "先週金曜日", "지난주 금요일": the week word is the weekday's, no week of its own; that day of the
                # calendar week before (after) the text's, not the last Friday ("先週火曜日" said on a Wednesday)
                week = next((dm for dm in f.found if dm.kind == "relative" and dm.relative in _WEEK_OFFSETS
                             and dm.end <= start and text[dm.end:start].strip() in self.week_gaps), None)
                calendar = None
                if week is not None:
                    f.found.remove(week)
                    f.release(week.start, week.end)
                    start, offset, calendar = week.start, None, _WEEK_OFFSETS[week.relative]
                f.add(DateMention(start, x.end(), "weekday", weekday=wd, week_offset=offset, week=calendar,
                                  tense={-1: "past", 1: "future"}.get(calendar)))
        for x in self.paren_weekday.finditer(text):
            f.add(DateMention(x.start(), x.end(), "weekday", weekday=self.short_weekday[x.group("w")]))


    def _anchored(self, text: str, found: list) -> list:
        """'前日', '전날' (the day before) and '翌日', '다음날' (the day after) count from the day named in their
        sentence or the one before it ("ザハロワ氏は30日、崔氏が前日に到着したと述べた": the 29th), and from
        the text's date only when no day is named there."""
        out, last = [], None
        for dm in found:
            if dm.kind == "absolute" and dm.d and not dm.d2 and not dm.modified:
                last = dm
            elif dm.kind == "relative" and last is not None and _near(text, last, dm) and (
                    dm.relative == "next_day" or text[dm.start:dm.end] in self.day_before):
                moved = _shifted(last, 1 if dm.relative == "next_day" else -1)
                if moved is not None:
                    dm = replace(dm, kind="absolute", y=moved[0], m=moved[1], d=moved[2], relative=None)
            out.append(dm)
        return out

    def _without_departures(self, text: str, found: list) -> list:
        """A day whose words up to the next date of its sentence say a delegation left ("28日に平壌を出発し、
        30日にモスクワに到着した", "28일 평양을 출발해 30일 모스크바에 도착했다") dates the departure, not the
        visit: it is left out when that later date follows."""
        days = [dm for dm in found if dm.kind == "absolute" and dm.d and not dm.d2]
        drop = set()
        for d1, d2 in zip(days, days[1:]):
            end = _SENTENCE_END.search(text, d1.end)
            if d2.start < (end.start() if end else len(text)) and self.depart.search(text, d1.end, d2.start):
                drop.add(id(d1))
        return [dm for dm in found if id(dm) not in drop]

    def _without_captions(self, text: str, found: list, captions: list[tuple[int, int]]) -> list:
        """A photo's caption dates the photo ("（写真）7日、平壌を出発する外相"): its days are left out, and so are
        the photo's full dates ("… 2019.12.12 © News1", a file photo of another meeting), unless the text has no
        other date (a photo item is all caption). `captions`: the text's _others, found once by find()."""
        if not captions:
            return found
        # (a date line with its agency in brackets, "2023年12月14日 17時30分 (共同通信)", is no photo's)
        shot = lambda dm: dm.kind in ("absolute", "relative") and any(a <= dm.start < b for a, b in captions) \
            and not (dm.y and _own_line(text, dm))
        rest = [dm for dm in found if not shot(dm)]
        return rest if any(dm.kind in ("absolute", "relative") for dm in rest) else found

    def _without_frames(self, text: str, found: list) -> list:
        """A range followed in its sentence by a word of staying (訪問中, 방문 중) and then by a day inside
        it is the stay that frames that day's act: the day is the event's date, so the range is left out.
        So is a day that opens a stay ("4日から訪問している…で、5日、", "4일부터 방문 중인 … 5일")."""
        drop = set()
        for i, r in enumerate(found):
            opening = r.kind == "absolute" and r.d and not r.d2 and self.opens is not None \
                and self.opens.match(text, r.end)
            if opening:  # the stay runs from the day on: any later day inside its sentence is within it
                r = replace(r, m2=r.m, d2=31)
            if not (r.kind == "absolute" and r.d and r.d2):
                continue
            end = _SENTENCE_END.search(text, r.end)
            stop = end.start() if end else len(text)
            frame = self.frames.search(text, r.end, stop)
            if not frame:
                continue
            if stop - frame.end() <= STAY_PREDICATE and end is not None:
                # "19~20일 체코를 방문 중이다. 지난 19일에는 … 면담했다": a stay that is all its sentence tells frames
                # the days of the next one
                nxt = _SENTENCE_END.search(text, end.end())
                stop = nxt.start() if nxt else len(text)
            inside = [dm for dm in found[i + 1:] if frame.end() <= dm.start < stop and dm.kind == "absolute"
                      and dm.d and not dm.d2 and (dm.m in (None, r.m, r.m2) or r.m is None) and _within(dm, r)
                      and not (opening and dm.d <= r.d)]
            if inside:
                drop.add(id(found[i]))
                # "4박 6일간(22~27일)의 일정 중 지난 24일": the length given the frame is the frame's, not the day's
                drop |= {id(dm) for dm in found if dm.kind == "duration"
                         and 0 <= found[i].start - dm.end <= DURATION_BESIDE}
        return [dm for dm in found if id(dm) not in drop]

    def _without_report_dates(self, text: str, found: list) -> list:
        """'외교부는 10일 조 장관이 9일 회담했다고 밝혔다', '外務省は10日、大臣が9日に会談したと発表した':
        the first date of such a sentence is the report's, the event has the date the reported clause
        gives; so a day followed in its sentence by an earlier day, and that one by the verb of reporting
        with its quote ended after it (not between them), is left out. A later day is what the report
        announces ("7日、20日から実施すると発表した"): the report is then the event. So too a day just before
        the source the sentence cites, followed by an earlier day ("3일 외교부에 따르면 … 전날 …", dates.yaml
        ACCORDING): the day the source told it."""
        days = [dm for dm in found if (dm.kind == "absolute" and dm.d) or dm.relative in _DAY_WORDS]
        drop = set()
        for d1, d2 in zip(days, days[1:]):
            end = _SENTENCE_END.search(text, d1.end)
            stop = end.start() if end else len(text)
            if d2.start >= stop:
                continue
            source = self.according.search(text, d1.end, d2.start) if self.according else None
            cited = source is not None and source.start() - d1.end <= _SOURCE_REACH
            told = self.reported.search(text, d2.end, stop)
            if told is not None and _quoted_between(text, d2.end, told.start()):
                told = None  # "27日、ロシアが26日に通告したことについて「…抗議する」と述べた": what is said is the quote
            if (cited or (told and not self.reported.search(text, d1.end, d2.start))) and _before(d2, d1):
                drop.add(id(d1))
        return [dm for dm in found if id(dm) not in drop]


class _Found:
    """The mentions found so far and the text they take: a later pattern may not take it again."""

    def __init__(self, text: str, reference: re.Pattern):
        self.text, self.reference = text, reference
        self.found: list = []
        self.taken: list[tuple[int, int]] = []
        self.captions: list[tuple[int, int]] = []  # the photo captions' lines

    def add(self, dm) -> None:
        if all(dm.end <= a or dm.start >= b for a, b in self.taken):
            self.taken.append((dm.start, dm.end))
            if dm.d2 or dm.kind != "absolute" or not self.reference.match(self.text, dm.end):
                self.found.append(dm)  # (a reference point's span is taken, but it dates nothing)

    def release(self, start: int, end: int) -> None:
        """Forget what starts between the two points (the '15일' of '오늘(15일)')."""
        self.taken[:] = [t for t in self.taken if not (start <= t[0] < end)]
        self.found[:] = [dm for dm in self.found if not (start <= dm.start < end)]


def _ago_pattern(template: str, after: tuple[str, ...]) -> re.Pattern:
    """A count back written glued to its number ("{n}年前", "{n}년 전"; "a|b" either form): the count starts after
    no digit, and the template ends before no letter but for a particle of `after` ("2年前に", "2년 전에"; not
    "2年前半", the first half, nor "5년 전쟁", a war)."""
    words = template.split()
    alt = lambda w: "(?:" + "|".join(re.escape(f) for f in w.split("|")) + ")"
    body = alt(words[0][len("{n}"):]) + "".join(r"\s*" + alt(w) for w in words[1:])
    tail = "(?!\\w)" if not after else "(?:(?!\\w)|(?=" + "|".join(re.escape(a) for a in after) + "))"
    return re.compile(r"(?<![\d.])(?P<n>\d{1,2})" + body + tail)


_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_KANJI_NUMERALS = "〇一二三四五六七八九十"


def _kanji_number(s: str | None) -> int:
    """一 -> 1, 十 -> 10, 二十一 -> 21, 元 (an era's first year) -> 1; 0 for nothing."""
    if not s:
        return 0
    if s == "元":
        return 1
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_KANJI_DIGITS.get(tens, 0) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0)
    return int("".join(str(_KANJI_DIGITS[c]) for c in s if c in _KANJI_DIGITS) or 0)


def _number(s: str | None) -> int:
    """A day's number in figures or kanji numerals; 0 for nothing."""
    if not s:
        return 0
    return int(s) if s.isdigit() else _kanji_number(s)


def _within(day, rng) -> bool:
    """Is the day inside the range, as far as their numbers tell (7 in 6-8; 2 in 30 June - 3 July)?"""
    if rng.m2 and rng.m and rng.m2 != rng.m:
        return day.d >= rng.d or day.d <= rng.d2
    return rng.d <= day.d <= rng.d2


def _near(text: str, a, b) -> bool:
    """Is mention b in a's sentence or the next one, in the same paragraph?"""
    gap = text[a.end:b.start]
    return "\n\n" not in gap and len(_SENTENCE_END.findall(gap)) <= 1


def _shifted(dm, days: int) -> tuple | None:
    """(year, month, day) of a single day moved by some days; a bare day only within its month."""
    if dm.m:
        day = dt.date(dm.y or 2001, dm.m, dm.d) + dt.timedelta(days=days)  # 2001: any year without 29 Feb
        return (dm.y or None) and day.year, day.month, day.day
    d = dm.d + days  # a day before any day exists in its month; after it, only up to the 28th for sure
    return (None, None, d) if (d >= 1 if days < 0 else d <= 28) else None


def _before(a, b) -> bool:
    """Does mention a name an earlier day than b, as far as their words tell (전날, 9일 before 10일)?"""
    if a.relative in ("yesterday", "day_before_yesterday"):
        return True
    if a.kind != "absolute" or b.kind != "absolute" or not (a.d and b.d):
        return False
    if a.m and b.m:
        return (a.m, a.d) < (b.m, b.d)
    return a.d < b.d and not (a.m or b.m)


_SOURCE_REACH = 16  # characters from a day to the source it dates ("3일 외교부에 따르면", "7日、外務省によると")
# the weeks before and after this one (text/spans.WEEKS): a weekday after 今週/이번 주 stays the plain weekday
_WEEK_OFFSETS = {k: v for k, v in WEEKS.items() if v}
_DAY_WORDS = frozenset({"today", "yesterday", "day_before_yesterday", "same_day", "next_day"})
STAY_PREDICATE = 4  # letters after a word of staying to its sentence's end when it is the predicate ("중이다.", "中だ。")
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?:\s|$)")


def _own_line(text: str, dm) -> bool:
    """Does the date stand on a short line of its own (a date line or a stamp), not in a sentence?"""
    start, end = text.rfind("\n", 0, dm.start) + 1, text.find("\n", dm.end)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) - (dm.end - dm.start) <= 20 and not re.search(r"[。！？]|다\.", line)


def _year_written(text: str, dm) -> bool:
    """Is the date written with its year ("2021/11/04", "令和3年11月4日"), not a day that took it from a date
    before ("3일" on a subheading line)?"""
    return len(re.findall(r"\d", text[dm.start:dm.end])) >= 4


def _last_month(found: list, pos: int, captions: list = ()):
    """The nearest full date before `pos`: a bare day ("28日") takes its month and year. A photo caption's
    date lends them only to a day of that caption, and a caption's day takes them only from its own caption
    ("12일 오전 … 회담이 열리고 있다. 2019.12.12 © News1" is an old photo: "27일" after it is not December's)."""
    where = lambda p: next((c for c in captions if c[0] <= p < c[1]), None)
    own = where(pos)
    best = None
    for dm in found:
        if dm.kind == "absolute" and dm.m and dm.end <= pos and not dm.modified and (best is None or dm.start > best.start) \
                and where(dm.start) == own:
            best = dm
    return best


def _join_weekdays(ms: list) -> list:
    """'28일(금)': the weekday in brackets belongs to the date before it."""
    from dataclasses import replace

    out: list = []
    for dm in ms:
        prev = out[-1] if out else None
        if prev and dm.kind == "weekday" and prev.kind == "absolute" and 0 <= dm.start - prev.end <= 1:
            out[-1] = replace(prev, end=dm.end, weekday=dm.weekday)
            continue
        out.append(dm)
    return out


# ---------------------------------------------------------------- tense
@dataclass(frozen=True)
class Predicate:
    """A verb and its endings: its span, whether it tells what is still to come ("会談します", "회담한다",
    "訪問する予定だ"), whether a quote ends with it ("訪問すると", "방문한다고"), and whether it only links
    to the next clause ("会談し、", "방문해"), whose tense it shares, or stands inside a clause of another
    ("訪日した外相", "강화하기로 합의했다")."""
    start: int
    end: int
    future: bool
    quoted: bool = False
    link: bool = False
    embedded: bool = False


def linked(text: str, predicates: Iterable[Predicate]) -> list[Predicate]:
    """The predicates in text order, each linking one with the tense of the next predicate of its sentence
    that ends a clause of its own ("訪問し、会談します": both tell the future; "회담을 갖고 협력하기로 합의했다":
    both the past)."""
    return [replace(p, future=head.future) if head is not None else p for p, head in _heads(text, predicates)]


def _heads(text: str, predicates: Iterable[Predicate]) -> tuple[tuple[Predicate, Predicate | None], ...]:
    """Each predicate in text order with the head of its clause chain: for a linking one, the next predicate of
    its sentence that ends a clause of its own; None for the others and for a link with no head."""
    return _chains(text, tuple(predicates))


@lru_cache(maxsize=32)  # the dates, the future spans and the done links of a text read the same chains
def _chains(text: str, predicates: tuple[Predicate, ...]) -> tuple[tuple[Predicate, Predicate | None], ...]:
    preds = sorted(predicates, key=lambda p: p.start)
    out = []
    for i, p in enumerate(preds):
        head = None
        if p.link:
            stop = _sentence_stop(text, p.end)
            # not a verb inside a quotation opened after it ("会談を行い、「…支援を求めたい」と述べた"): the
            # speaker's words have their own tense; the link shares the tense of the verb that reports them
            head = next((q for q in preds[i + 1:] if q.start < stop and not (q.link or q.embedded)
                         and not _inside_quote(text, p.end, q.start)), None)
        out.append((p, head))
    return tuple(out)


def done_links(text: str, predicates: Iterable[Predicate]) -> list[tuple[int, int]]:
    """Spans of the linking predicates whose clause head, later in their sentence, tells what is done
    ("회담하고 … 신설하기로 했다": the talks were held, only what was decided is to come)."""
    return [(p.start, p.end) for p, head in _heads(text, predicates) if head is not None and not head.future]


_PAST_GLOSS = ("yesterday", "day_before_yesterday", "today", "same_day")  # "어제(17일)": a day the word puts behind


def cached_dates(dates, predicates, subjects):
    """(found, plain) for a language written without spaces: a text's date mentions with the tense of their verbs
    read (with_tense, which runs the analyser), and before it (`dates().find`, no analyser). with_tense only sets a
    tense or an aside or drops a month and year, so a line whose plain mentions hold no earlier year or month has
    none found either (text.spans.archive_photo asks the cheap one first). Each keeps its last 32 texts: the
    analysis and the page's press stamp read one text's dates."""
    @lru_cache(maxsize=32)
    def plain(text: str) -> tuple:
        return tuple(dates().find(text))

    @lru_cache(maxsize=32)
    def found(text: str) -> tuple:
        return tuple(with_tense(text, list(plain(text)), predicates(text), subjects(text)))

    return found, plain


def with_tense(text: str, found: list, predicates: Iterable[Predicate], subjects: Iterable[int]) -> list:
    """A bare day or weekday told with a predicate of what is still to come is the coming one ("5일 회담한다"
    said on the 28th is the 5th of next month). Its predicate is the first one after it in its sentence,
    past a quoted one whose own subject stands between them: "外務省は28日、大臣が訪問すると発表した",
    "외교부는 28일 장관이 방문한다고 밝혔다" date the announcement. A day of a verb that reports a quote of
    what is still to come ("방문한다고 28일 밝혔다") is the day of an announcement (tense 'announcing')."""
    preds, subj = linked(text, predicates), sorted(subjects)
    out = []
    governs = {}
    for dm in found:
        day = dm.tense is None and (dm.kind in ("weekday", "absolute") or dm.relative in _DAY_WORDS)
        p = governs[id(dm)] = _governing(text, dm.end, preds, subj) if day else None
        if p is not None and p.future and (dm.kind == "weekday" or (dm.kind == "absolute" and dm.d and dm.m is None)) \
                and dm.relative not in _PAST_GLOSS:
            dm = replace(dm, tense="future")
        elif p is not None and not p.future and _reports_plan(text, p, preds):
            dm = replace(dm, tense="announcing")
        out.append(dm)
    out = _coming_again(out, [governs[id(dm)] for dm in found])
    return _asides(text, out, [governs[id(dm)] for dm in found])


def _coming_again(found: list, preds: list) -> list:
    """A bare day no predicate tells ("슬로바키아 대통령 9일 방한…10일 정상회담", a headline of nouns) is the coming
    one when the text tells that same day, bare too, with a predicate of what is still to come ("9일부터 … 공식
    방문한다"): one text, one 9th."""
    coming = {dm.d for dm in found if dm.tense == "future" and dm.kind == "absolute" and dm.d and dm.m is None}
    if not coming:
        return found
    return [replace(dm, tense="future") if p is None and dm.tense is None and dm.kind == "absolute" and dm.m is None
            and dm.d in coming and not dm.d2 and dm.relative is None else dm for dm, p in zip(found, preds)]


def _asides(text: str, found: list, preds: list) -> list:
    """A day whose predicate describes a noun ("先月23日に署名された協定に基づき", "昨年11月23日に協定を結んだ
    カウナス市の市長が14日、…", "지난달 23일 서명한 협정에 따라 … 14일 …") is background when a later day of its
    sentence has a predicate of its own: it is marked `aside`."""
    out = list(found)
    for i, (dm, p) in enumerate(zip(found, preds)):
        if p is None or not p.embedded or p.link:
            continue
        stop = _sentence_stop(text, dm.end)
        if not any(q is not None and not q.embedded and p.end <= later.start < stop
                   for later, q in zip(found[i + 1:], preds[i + 1:])):
            continue
        out[i] = replace(dm, aside=True)
        # ... and a bare day after it in its sentence took its month from it: it is the text's own month
        # ("昨年11月23日に協定を結んだ市の市長が14日、…" is no 14 November), unless it is the next days of a
        # journey the clause began ("10月15日に入りした訪問団は、16日に市役所を訪れ": the 16th of October)
        for j in range(i + 1, len(found)):
            later = out[j]
            if later.start >= stop:
                break
            if later.kind == "absolute" and (later.y, later.m) == (dm.y, dm.m) and dm.m \
                    and not _MONTH_UNIT.search(text, later.start, later.end) and not _next_days(dm, later):
                out[j] = replace(later, y=None, m=None, m2=None if later.m2 == dm.m else later.m2)
    return out


_MONTH_UNIT = re.compile(r"[月월]")
ITINERARY_DAYS = 7  # the days of one journey a clause may begin and its sentence go on with


def _next_days(first, later) -> bool:
    """Is `later` a day soon after `first`, a month and day said without a year or month of another time?"""
    return first.d is not None and later.d is not None and first.year_offset is None \
        and first.month_offset is None and not first.y and 0 < later.d - first.d <= ITINERARY_DAYS


def _reports_plan(text: str, p: Predicate, preds: list[Predicate]) -> bool:
    """Does the predicate report a quote of what is still to come ("訪問すると発表した", "방문한다고 밝혔다")?"""
    before = [q for q in preds if q.end <= p.start and _sentence_stop(text, q.end) >= p.start]
    # a plan closing a quotation the verb reports ('"… 회담을 개최할 예정"이라고 밝혔다'): a noun of the plan
    # ends the quote, no quoting ending on the predicate itself
    return bool(before) and before[-1].future and (before[-1].quoted
                                                    or _QUOTE_CLOSES.search(text, before[-1].end, p.start) is not None)


def _sentence_stop(text: str, pos: int) -> int:
    end = _SENTENCE_END.search(text, pos)
    return end.start() if end else len(text)


_QUOTE_OPENS = re.compile(r"[\"“「『]")
_QUOTE_CLOSES = re.compile(r"[\"”」』]")


def _inside_quote(text: str, pos: int, at: int) -> bool:
    """Does a quotation open between `pos` and `at` and stay open at `at`?"""
    gap = text[pos:at]
    if gap.count('"') % 2:
        return True
    return any(gap.rfind(o) > gap.rfind(c) for o, c in (("“", "”"), ("「", "」"), ("『", "』")))


def _quoted_between(text: str, lo: int, hi: int) -> bool:
    """Does a quotation open after `lo` and close before `hi` (「…」, “…”, "…")? The verb at `hi` that reports
    it says that quotation, not the clause `lo` stands in."""
    gap = text[lo:hi]
    return any(0 <= gap.find(o) < gap.rfind(c) for o, c in (("「", "」"), ("『", "』"), ("“", "”"), ('"', '"')))


def _governing(text: str, pos: int, preds: list[Predicate], subj: list[int]) -> Predicate | None:
    """The predicate a word at `pos` belongs to, in its sentence (see with_tense)."""
    stop = _sentence_stop(text, pos)
    for p in preds:
        if p.start < pos:
            continue
        if p.start >= stop:
            return None
        # ... nor one that links to it in the quote ("報道官は4日、外相が訪問し、会談すると明らかにした")
        if (p.quoted or p.link) and any(pos <= s < p.start for s in subj):
            continue
        # ... nor one inside a quotation the day stands before ('27일 대변인은 "…개최할 예정"이라며 밝혔다'), the
        # quote's closing verb or one before it ('3일 브리핑에서 "…회담을 하고 … 주최할 예정"이라며 밝혔다')
        if (p.quoted and _QUOTE_OPENS.search(text, pos, p.start)) or _inside_quote(text, pos, p.start):
            continue
        return p
    return None


def future_spans(text: str, predicates: Iterable[Predicate]) -> list[tuple[int, int]]:
    """Spans of the predicates that tell what is still to come."""
    return [(p.start, p.end) for p in linked(text, predicates) if p.future]


# ---------------------------------------------------------------- press stamps
_TIME = r"(?:\.?\s*(?:오전|오후|午前|午後)?\s*\d{1,2}:\d{2}(?::\d{2})?)?"


_STAMP_END = re.compile(rf"{_TIME}\s*(?:\d{{1,2}}\s*時\s*\d{{1,2}}\s*分)?\s*(?:[|/·│].*)?$", re.M)


class PressStamps:
    """The publication stamps a language's news pages print: '입력 2024.10.21 15:40', '2024.10.21/뉴스1'
    (a photo credit: date, slash, agency), '2018/05/31 15:40入力', '公開日：2025年2月28日'."""

    def __init__(self, before: list[str], after: list[str]):
        alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True))) or r"(?!x)x"
        self.before = re.compile(rf"(?:{alt(before)})\s*[:：]?\s*$")
        self.after = re.compile(rf"{_TIME}\s*(?:(?:{alt(after)})|/\s*[^\W\d_]{{2,}})")
        self.labelled_after = re.compile(rf"{_TIME}\s*(?:{alt(after)})")

    def find(self, text: str, dates: list, everywhere: list = (), line_dates=None, plain_dates=None) -> tuple | None:
        """(date, span) of the first stamped date among `dates` (those at the page's top and bottom); else
        of the first labelled one among `everywhere` that ends its line but for a clock or a separator
        ("입력 2024.10.21 15:40" below thirty lines of menus is still the stamp, where a photo credit's date
        or "掲載日：2018年5月31日のニュースによると" in the middle of a page is not). An archive photo's credit dates
        no page (text.spans.archive_photo, its line read by `line_dates`, sifted by `plain_dates`)."""
        return self._first(text, dates, True, line_dates, plain_dates) or \
            self._first(text, [dm for dm in everywhere if _STAMP_END.match(text, dm.end)], False, line_dates,
                        plain_dates)

    def _first(self, text: str, dates: list, credits: bool, line_dates=None, plain_dates=None) -> tuple | None:
        """(date, span) of the first of `dates` a stamp's label stands before, or after which a clock and a label
        (or, with `credits`, a photo credit "/뉴스1") follow; an archive photo's credit dates no page."""
        import datetime as dt

        for dm in dates:
            if dm.kind != "absolute" or not dm.y or dm.d2 or dm.modified:
                continue
            if self.before.search(text, max(0, dm.start - 12), dm.start) or \
                    (self.after.match(text, dm.end) and (credits or self.labelled_after.match(text, dm.end))
                     and (self.labelled_after.match(text, dm.end) or line_dates is None
                          or not archive_photo(text, dm.start, line_dates, plain_dates))):
                try:
                    return dt.date(dm.y, dm.m, dm.d), (dm.start, dm.end)
                except (TypeError, ValueError):
                    continue
        return None


@cache
def press_stamps(code: str) -> PressStamps:
    """The stamps of language `code`'s news pages, from its dates.yaml (STAMP_BEFORE, STAMP_AFTER)."""
    from kronika.lang import load

    raw = load(code).raw["dates"]
    return PressStamps([str(w) for w in raw.get("STAMP_BEFORE") or []], [str(w) for w in raw.get("STAMP_AFTER") or []])


def press_stamp(code: str, text: str, dates: list | None, find_dates, plain_dates=None) -> tuple | None:
    """(date, span) of the page's publication stamp among `dates` (else among every date `find_dates` reads;
    `plain_dates` reads them before their tense, text.spans.archive_photo)."""
    everything = find_dates(text)
    return press_stamps(code).find(text, everything if dates is None else dates, everything, find_dates,
                                   plain_dates)


# ---------------------------------------------------------------- Latin originals of foreign names
# "カトリーヌ・コロンナ仏欧州・外務相(H.E. Ms. Catherine COLONNA, Minister for Europe …)": a government release
# writes a foreign guest's name as its bearer does, in brackets after the name, the state and the title; the
# family name in capitals. The honours before it are no part of the name.
_HONOURS = r"(?:(?:H\.\s?E\.|The\s+Hono(?:u)?rable|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Sir)\s*)*"
_BRACKETED = re.compile(rf"[(（]\s*{_HONOURS}(?P<n>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){{1,3}})\s*(?:[,，;)）]|$)")


def latin_original(text: str, end: int, gap: re.Pattern, reach: int = 30) -> list[tuple[str, int, int]] | None:
    """The words (word, start, end) of the Latin original of the name ending at `end`, written in brackets
    after it and what may stand between (its state and title: no character `gap` finds, at most `reach`
    characters); words in capitals are written as names (COLONNA -> Colonna). None when there is none, or
    when the brackets hold no name written with its family name in capitals or after an honour (H.E., Mr.;
    then they may say anything).
    A family name in capitals before the given name ("WANG Yi") is put last: "Given Family"."""
    window = text[end:end + reach + 1]
    open_at = next((i for i, ch in enumerate(window) if ch in "(（"), None)
    if open_at is None or gap.search(window, 0, open_at):
        return None
    m = _BRACKETED.match(text, end + open_at)
    if not m:
        return None
    words, pos = [], m.start("n")
    for w in m.group("n").split():
        pos = text.index(w, pos)
        words.append((w.capitalize() if w.isupper() and len(w) > 1 else w, pos, pos + len(w)))
        pos += len(w)
    caps = [text[s:e].isupper() and e - s > 1 for _w, s, e in words]
    # without capitals the brackets name someone only when an honour opens them ("(H.E. Mr. Egidijus Meilunas,")
    if not any(caps) and not text[m.start() + 1:m.start("n")].strip():
        return None
    # "H.E. Mr. WANG Yi": an East Asian name in capitals first is its family name first
    return words[1:] + words[:1] if caps[0] and not caps[-1] else words
