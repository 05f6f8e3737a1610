"""The publication date and title of a document, from its header, footer, dateline or URL."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from urllib.parse import unquote

from kronika.lang import hook, load, word_list, word_set
from kronika.nlp.dates import find_dates
from kronika.text.scripts import HAN, HANGUL, KANA
from kronika.text.spans import DAYS, DateMention, replace, archive_photo as spans_archive_photo
from kronika.text.tokens import UPPER, is_prose, lowered

HEADER_LINES = 25
FOOTER_LINES = 5
MAX_LINE = 130
_TIME = re.compile(r"^\W{0,4}\d{1,2}:\d{2}")
_TIME_BEFORE = re.compile(r"\d{1,2}:\d{2}\W{0,4}$")
_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?")
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
# an article number that opens with its date: "AKR20241021123400504" (Yonhap), "k=2024102100123" (Jiji),
# an archive's "/article/1989013000251" (Hankyung's articles go back to the 1980s)
# a path that files the article by month ("/2016/05/nezabarom-…"): no day, but the month it came out in
# (an article number may follow: "/politics/2010/09/74722", but no day: "/2016/05/12/")
# ... or ends with it, as a blog's archive of the month does ("/archives/date/2024/10")
_URL_MONTH = re.compile(r"/(20\d\d|19[5-9]\d)/(0[1-9]|1[0-2])(?:/(?!(?:0?[1-9]|[12]\d|3[01])(?!\d))|/?(?=[?#]|$))")
# a dpa URN ("…dpa.urn-newsml-dpa-com-20090101-150715-99-06961"): the fixed date of its namespace, then the
# article's own year, month and day of two digits each
_URL_URN_DATE = re.compile(r"newsml-[a-z]+-com-\d{8}-(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-")
# "…-hilom-22-5-2022", "/publication/25-09-20191017443", "/a/27.03.2019/": day, month and year joined by
# hyphens or dots in the path
_URL_DMY = re.compile(r"[/-](0?[1-9]|[12]\d|3[01])([-.])(0?[1-9]|1[0-2])\2((?:19|20)\d\d)(?![-.]\d)")
# "/politics/12/11/2010/5703e…": day, month and year as folders of their own, the year closing the last of them
_URL_DMY_FOLDERS = re.compile(r"/(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/((?:19|20)\d\d)(?=[/?#]|$)")
# "/world/2019/mar/27/…": a path of year, the month's English name (as platforms write it) and day
_URL_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_URL_MONTH_NAME = re.compile(r"/((?:19|20)\d\d)/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                             r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/(0?[1-9]|[12]\d|3[01])(?=/|$|[?#.])", re.I)
# "/page/2014-december", "/archive/2019/march/": an archive page of a month, the year and the month's English name
_URL_NAMED_MONTH = re.compile(r"/((?:19|20)\d\d)[-/_](january|february|march|april|may|june|july|august|september"
                              r"|october|november|december)(?=/?(?:[?#]|$))", re.I)
# "/spravy/2019.03.27/": a year, month and day joined by dots, not a version's numbers ("v2019.03.27.1")
_URL_DOTTED = re.compile(r"(?<![\w.])((?:19|20)\d\d)\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?![\d.]*\d)")
# "/news/2015/2/13/139431": a path of year, month and day whose numbers drop their leading zero
_URL_PATH_DATE = re.compile(r"/(20\d\d|19\d\d)/(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/")
# "…A181019_114013_ln_domov…", "…V231004_140843_idnestv…": a two-digit year, month and day, then the time
_URL_STAMP = re.compile(r"(?<=[A-Za-z/])(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?!\d)")
_URL_ID_DATE = re.compile(r"(?:(?<=[A-Za-z=])|(?<=/))(20\d\d|19[5-9]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4,}(?!\d)")


@lru_cache(maxsize=4)  # per text: the date line, the title and the article's end each read the same text's lines
def _lines(text: str) -> tuple[tuple[int, str], ...]:
    """(position, line) of each line that is not blank; a tuple, shared by its readers."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return tuple(out)


# a page store's record of where the text came from, on the first line ("URL: https://…", or the address alone):
# not the page's own
_RECORD_LINE = re.compile(r"\s*(?:URL:\s*\S+|https?://\S+)\s*$")


def record_line_end(text: str) -> int:
    """Where a page store's "URL: …" record line on top of the text ends; 0 when there is none."""
    if not text.startswith("URL:"):
        return 0
    end = text.find("\n")
    return len(text) if end < 0 else end


def _page_lines(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of the page itself: a record line on top is no head line (the crawler's date line
    under it is the first)."""
    lines = _lines(text)
    return lines[1:] if lines and _RECORD_LINE.match(lines[0][1]) else lines


# the crawler's date line at the top of the text, under a page store's record line ("URL: https://…") if there is one
_TOP_DATE = re.compile(r"(?:\s*(?:URL:|https?://)[^\n]*\n)?\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?")


# a city of two letters or more: "W poniedziałek", "V pondělí" open with a capitalised preposition; two cities
# joined by a slash, where the desk and the place differ ("Bratislava/Soul 25. júna (TASR) -")
DATELINE_CITY = re.compile(rf"^\s*[{UPPER}][\w.'’-]+(?:/[{UPPER}][\w.'’-]+)*(?:\s[{UPPER}][\w.'’-]*){{0,2}},?\s*$")


# the agency may follow in capitals after a full stop: "Москва. 19 октября. INTERFAX.RU - …"
# and a clock time may stand between: "Москва, 14 января, 2022, 14:10 — ИА Регнум."
# a word the date ends with before the agency ("vasario 12 d. (ELTA)", "12 февраля 2025 г. (ТАСС)") is part of it
_AFTER_DATELINE = re.compile(rf"(?:\s+[^\W\d_]{{1,5}}\.)?(?:\s*,?\s*\d{{1,2}}:\d\d)?\s*,?\s*(?:\.?\s*[{UPPER}]{{2}}[{UPPER}\w.]*\s*)?(?:\(|[-–—]|/)")
# a dateline without its place: "7.5.2021 (Webnoviny.sk) - Minister …", the agency in brackets, then the dash
_AGENCY_DASH = re.compile(r"\s*\([^()]{2,30}\)\s*[-–—]\s")
# "Москва, 5 декабря 2023 года. Заместитель …": a place and its comma, the date, and the report's first sentence
# or the agency in capitals after a comma, then the full stop ("Rīga, 15.maijs, LETA. Ārlietu ministre …")
_SENTENCE_AFTER = re.compile(rf"(?:,\s*[{UPPER}]{{2}}[{UPPER}\w-]*)?(?:(?<=\.)|(?:\s+[^\W\d_]{{1,6}})?\.)\s+[{UPPER}]")
_HEADLINE_CITY = re.compile(rf"\s[{UPPER}][\w.'’-]+,\s*$")
_AFTER_HEADLINE_DATE = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s")


def is_dateline(line: str, start: int, end: int) -> bool:
    """'Praha 20. září 2024 (ČTK) –', 'SEOUL, April 26 (Yonhap)': a place, the date, then the agency
    or a dash; a sentence that opens with a date ('On August 14, commencing …') is none."""
    prefix = line[:start]
    if _BRACKET_OPEN.match(prefix) and _BRACKET_AGENCY.match(line, end):
        return True  # "【12月14日 AFP】", "[東京 20日 ロイター]": the agency's date in the bracket opening the line
    if not prefix.strip():
        return bool(_AGENCY_DASH.match(line, end))
    if _PAREN_AGENCY.search(prefix) and _PAREN_CLOSE.match(line, end):
        return True  # "MOSCOW/MINSK (UrduPoint News / Sputnik - 11th June, 2020) Russian …": the agency's date
    if DATELINE_CITY.match(prefix):
        return (prefix.strip(" ,").isupper() or bool(_AFTER_DATELINE.match(line, end))
                or (prefix.rstrip().endswith(",") and bool(_SENTENCE_AFTER.match(line, end))))
    # a headline run into its dateline on one line ("… Космета Београд, 28. март 2008. године –"):
    # the place ends in a comma and the date is followed by the dash or the agency
    return bool(_HEADLINE_CITY.search(prefix)) and bool(_AFTER_HEADLINE_DATE.match(line, end))


# a place in capitals, then the agency and its date in round brackets ("WASHINGTON (Reuters - 3 May 2020)")
_PAREN_AGENCY = re.compile(r"^\s*[A-ZÀ-ÞĀ-ŽА-ЯЁЇІЄҐЎ][A-ZÀ-ÞĀ-ŽА-ЯЁЇІЄҐЎ'/ -]{1,40}\s\([^()\n]*[^\W\d_][^()\n]*\s[-–—]\s*$")
_PAREN_CLOSE = re.compile(r"\s*\)")

# a dateline in square or lenticular brackets at the start of a line, the agency after the date in them
_BRACKET_OPEN = re.compile(r"\s*[【\[［〔][^】\]］〕\n]{0,20}$")
_BRACKET_AGENCY = re.compile(r"[ \t　]*[^\W\d_][^】\]］〕\n]{0,20}[】\]］〕]")

# an embedded post's signature ("— Borut Pahor (@BorutPahor) September 21, 2021"): when it was posted
_EMBEDDED = re.compile(r"\(@\w+\)|pic\.twitter\.com")


def embedded_dates(text: str) -> list[DateMention]:
    """The full dates of the embedded posts' signatures, which platforms write in English ("— Посольство
    Японии (@JPEmbUA) September 9, 2023"): when the post quoted went out."""
    out = []
    for pos, line in _lines(text):
        if _EMBEDDED.search(line):
            out += [replace(d, start=d.start + pos, end=d.end + pos) for d in find_dates(line, PLATFORM_LANGUAGE)
                    if d.kind == "absolute" and d.y and d.d and not d.d2]
    return out


def in_embedded(text: str, pos: int) -> bool:
    """Is `pos` on the line of an embedded post's signature ("— MSZ RP (@MSZ_RP) 25 sierpnia 2016")?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:] if end < 0 else text[start:end]
    return ("@" in line or "pic.twitter" in line) and bool(_EMBEDDED.search(line))


_BULLET = re.compile(r"^\s*[-•*–]\s+\S")


def _listed(lines: list[tuple[int, str]], n: int) -> bool:
    """Is line n one item of a bulleted list ("Recent Posts", "Related"): another article's headline and date?
    A date alone, or a labelled timed stamp, in a list whose other items hold none ("• 27. kolovoza 2020." over
    "• Ured župana", "• 승인 2016.11.16 14:08" under "• 유희진 기자") is the page's own line of facts."""
    bullet = lambda k: 0 <= k < len(lines) and bool(_BULLET.match(lines[k][1]))
    if not (bullet(n) and (bullet(n - 1) or bullet(n + 1))):
        return False
    if not (_BARE_DATE.match(lines[n][1]) or _BARE_UNIT_DATE.match(lines[n][1]) or _STAMP_ITEM.match(lines[n][1])):
        return True
    lo, hi = n, n
    while bullet(lo - 1):
        lo -= 1
    while bullet(hi + 1):
        hi += 1
    return any(_ANY_YEAR.search(lines[k][1]) for k in range(lo, hi + 1) if k != n)


# another article's line in a list: its date in figures (a time may follow), then its headline ("11.03.2024 14:20
# Sport results", "• 2024-03-11 | Minister meets …"); a stamp's time or view count is no headline, nor is one word
# after it: a page's own stamps may each carry their label after the time ("12.03.2024 14:20 Utworzono"); scripts
# that do not space their words write a headline as one ("2024/10/21 岸田首相が訪米へ")
_DATED_HEADLINE = re.compile(r"^\s*(?:[-•*–]\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\.?|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
                             r"|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\.?)(?:\s*,?\s*\d{1,2}:\d\d)?\s*[|–-]?\s*"
                             rf"(?:[^\W\d_]{{2,}}\S*\s+\S*[^\W\d_]|\S*[{HAN}{KANA}{HANGUL}]{{5}})")


# the same with the date after the headline ("Sport results today (11.03.2024)"): three words or more before it and
# no colon, so a labelled stamp ("Objavljeno: 12.03.2024", "Datum objave 12.03.2024") is none
_HEADLINE_DATED = re.compile(r"^\s*(?:[-•*–]\s+)?[^\W\d_][^:\n]*?\s\S+\s\S+\s+[(\[]?(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\.?"
                             r"|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\.?)[)\]]?\s*$")


def _headline_run(lines: list[tuple[int, str]]) -> frozenset[int]:
    """Positions of the lines that belong to a run of two or more dated headlines of other articles, next to each
    other (a news ticker above the page's own headline, a list of the latest news)."""
    # the lines' ends tested in C first: most lines open with a letter and end with no figure (a paragraph's full
    # stop is no figure: the patterns are not tried along the prose)
    items = [bool((line.lstrip(" -•*–")[:1].isdigit() and _DATED_HEADLINE.match(line))
                  or (line.rstrip().rstrip(".)]")[-1:].isdigit() and _HEADLINE_DATED.match(line))) for _pos, line in lines]
    return frozenset(pos for n, (pos, _line) in enumerate(lines)
                     if items[n] and ((n > 0 and items[n - 1]) or (n + 1 < len(items) and items[n + 1])))


# a list item that is a date and nothing else ("• 27. kolovoza 2020.", "- 12.03.2021"); a year anywhere in an item
_BARE_DATE = re.compile(r"^\s*[-•*–]\s+[\d./ ]*[^\W\d_]*[\d./ ]*(?:19|20)\d\d\.?\s*$")
# the same in figures and the units of CJK dates, in any order ("• 2017年3月9日", "• 2017년 3월 9일", "• 9 日 3 月 2017 年")
_BARE_UNIT_DATE = re.compile(r"^\s*[-•*–]\s+(?=[^\n]*(?<!\d)(?:19|20)\d\d(?!\d))[\d\s年月日년월일./-]+$")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a byline's stamp set as a list item, a label of two words at most, the date in figures and the time
# ("• 승인 2016.11.16 14:08" between "• 유희진 기자" and "• 댓글 0")
_STAMP_ITEM = re.compile(r"^\s*[-•*–]\s+(?:[^\W\d_]+:?\s+){0,2}[\d./ -]*?(?:19|20)\d\d[\d./ -]*?\d{1,2}:\d\d\s*$")


def after_list(text: str, pos: int) -> int:
    """Where a text starts when a bulleted list of other articles stands above `pos` (its headline): the
    line after the list's last item; else 0."""
    lines = _lines(text)
    ends = [p + len(line) + 1 for n, (p, line) in enumerate(lines) if p < pos and _listed(lines, n)]
    return max(ends, default=0)


# exchange rates beside a date ("19 марта 2024 / USD 91.98 +0.11 EUR 100.24", "Обменный курс USD по ЦБ РФ на
# 23.07.2017 : 59.2418"): the site's live date of today
_CURRENCIES = ("USD", "EUR", "RUB", "UAH", "BYN", "PLN", "CZK", "HUF", "RON", "BGN", "GBP", "CHF", "JPY")
_RATES = re.compile(r"\b(?:" + "|".join(_CURRENCIES) + r")\b.*?[0-9]+[.,][0-9]{2,}")


def _rated(lines: list[tuple[int, str]]) -> list[bool]:
    """Which lines carry exchange rates (a site's ticker of today), each line tested once."""
    # the pattern opens with a code written out: lines without one (nearly all) are passed over by
    # substring tests in C, not by the pattern tried at each of their characters
    whole = "\n".join(line for _pos, line in lines)  # no code in any line unless one is in them all, joined (most pages)
    if not any(c in whole for c in _CURRENCIES):
        return [False] * len(lines)
    return [any(c in line for c in _CURRENCIES) and _RATES.search(line) is not None for _pos, line in lines]


def _candidates(text: str, code: str, lines: list[tuple[int, str]], dates: list[DateMention],
                listed: frozenset[int] = frozenset()):
    rated = _rated(lines)  # every line is read below: the generator is consumed whole (_fresh sorts it)
    todays = [d for d in dates if d.kind == "relative" and d.relative == "today"]
    for n, (pos, line) in enumerate(lines):
        if _EMBEDDED.search(line) or pos in listed or any(rated[n:n + 2]):
            continue  # an embedded post's date, another article's, or the site's date of today beside its rates
        for dm in dates:
            if not (pos <= dm.start < pos + len(line)) or dm.kind != "absolute" or not dm.y or dm.d2:
                continue
            if todays and _reading_day(todays, dm, pos, line):
                continue  # "Сегодня: 07.12.2026", "Today is December 7, 2026": the day the page was read
            if archive_photo(text, code, dm.start, dm.end):
                continue  # an archive photo's stamp under its caption: the day the photo was taken
            dm = replace(dm, start=dm.start - pos, end=dm.end - pos)
            # a paragraph may open with a dateline: "Praha 20. září 2024 (ČTK) – …"
            if is_dateline(line, dm.start, dm.end):
                yield (20 + 3 * n, pos + dm.start, dm)
                continue
            after, before = line[dm.end:], line[:dm.start]
            timed = bool(_TIME.match(after) or _TIME_BEFORE.search(before))
            # a rubric the site puts after a bar ("12:56, 17 Февраля 2012 | Новости политики") is no prose
            rest = len(line[:_bar(line, dm.end)].strip()) - (dm.end - dm.start)
            if len(line.strip()) > MAX_LINE:
                if not (timed and len(before.split()) <= STAMP_SOURCE_WORDS):
                    continue
                # a long line is prose, unless it opens with a timed stamp the page glued the lead to
                # ("Blesk.cz 29.04.2019 13:13  Ministr zahraničí …"): then only its source counts against it
                rest = len(before.strip())
            if not timed and len(before.split()) >= SENTENCE_WORDS and line.rstrip()[-1:] in ".!?":
                continue  # "Напомним, что правительство … приняло решение … 22 марта 2011 года.": a sentence's date
            # "Aktualizováno 15. 3. 2024 | Publikováno 14. 3. 2024": the last change is not the publication
            changed = UPDATED_PENALTY if _labelled_updated(before, code) else 0
            # "• сабота, 16 ноември 2024", "Wednesday, 4 January 2017": a weekday without a time is the
            # site's date of today above every page; a dateline or a timed stamp of the article beats it
            today = TODAY_PENALTY if not timed and (dm.weekday or _weekday_on(dates, pos, len(line))) else 0
            # a date alone on its line, with a time, near the top: a publication stamp
            yield (rest - (40 if timed else 0) + 3 * n + changed + today, pos + dm.start, dm)


def archive_photo(text: str, code: str, at: int, end: int) -> bool:
    """Is the stamp at `at`…`end` an archive photo's (text.spans.archive_photo), its line read in language `code`,
    credited by a word of its dates.yaml CAPTION or CAPTION_CREDIT ("撮影"), untimed (CLOCK_BEFORE: "오후 3:40")?"""
    credits = word_list(code, "dates", "CAPTION") + word_list(code, "dates", "CAPTION_CREDIT")
    return spans_archive_photo(text, at, lambda line: find_dates(line, code), hook(code, "plain_dates"), end, credits,
                               word_list(code, "dates", "CLOCK_BEFORE"))


def _reading_day(todays: list[DateMention], dm: DateMention, pos: int, line: str) -> bool:
    """Is `dm` a site's date of today ("Dziś jest 7 grudnia 2026", "Сегодня: 07.12.2026"): a word for today
    right before it on a line that says nothing more? In a sentence ("Dziś, 5 marca, minister przyjął …") the
    day glossed is the day of writing, which dates the page."""
    rel = next((d for d in reversed(todays) if pos <= d.start and d.end <= dm.start), None)
    if rel is None:
        return False
    gap, after = line[rel.end - pos:dm.start - pos], line[dm.end - pos:]
    return len(gap.split()) <= TODAY_WORDS and len(after.split()) <= TODAY_WORDS


TODAY_WORDS = 2  # words between a word for today and its date ("is the"), or after it (a weekday): a banner


def _bar(line: str, after: int) -> int:
    """Where the rubric after the first bar behind position `after` begins; the line's end when none."""
    at = line.find("|", after)
    return at if at >= 0 else len(line)


STAMP_SOURCE_WORDS = 2  # words (a source: "Blesk.cz") before a timed stamp that opens a long line
SENTENCE_WORDS = 5  # words before a date on its line that make it a sentence's, not a stamp's
UPDATED_PENALTY = 200  # a date labelled as the page's last change loses to any other stamp
TODAY_PENALTY = 30  # a weekday's date without a time loses to a dateline a few lines below it


def _weekday_on(dates: list[DateMention], pos: int, length: int) -> bool:
    """Does a bare weekday stand on the line ("2025. december 6. szombat")?"""
    return any(d.kind == "weekday" and pos <= d.start < pos + length for d in dates)


def _labelled_updated(before: str, code: str) -> bool:
    """Does the label right before a date say the page was updated (dates.yaml UPDATED)?"""
    label = before[-30:].lower()
    label = label[max(label.rfind("|"), label.rfind("·")) + 1:]  # the label of this date, not the one before it
    # past the last figure: "Updated 06.03.2024, published " labels a publication, the date before it the change
    label = _AFTER_FIGURES.search(label).group()
    return any(w in label for w in _updated_words(code))


_AFTER_FIGURES = re.compile(r"\D*$")


@cache
def _updated_words(code: str) -> tuple[str, ...]:
    return word_list(code, "dates", "UPDATED")


def article_end(text: str, code: str) -> int:
    """Where the article ends: the line that opens a list of other articles ('Читайте также:', dates.yaml
    RELATED) or the readers' comments ('Komentarze (2)', COMMENTS), after the first paragraph of prose; the
    text's end when there is none."""
    labels, comments = _related_words(code), _comment_words(code)
    if not labels and not comments:
        return len(text)
    prose = False
    lines = _lines(text)
    for n, (pos, line) in enumerate(lines):
        if not prose:  # nothing ends the article above its first paragraph of prose: no line lower-cased there
            prose = is_prose(line)
            continue
        low = line.strip().lower()
        # the labels' tuple tested in C first: most lines open with none
        if low.startswith(labels) and any(low.startswith(w) and not low[len(w):len(w) + 1].isalnum() for w in labels) \
                and not _story_goes_on(lines, n):
            return pos
        if comments and len(low) <= COMMENT_LINE and _COUNT.sub("", low) in comments:
            return pos  # "2 comments", "Комментарии (1)", "Leave a Reply": their dates are the readers'
    return _glued_label(text, labels) if labels else len(text)


COMMENT_LINE = 40  # characters at most of a comments heading ("Добавить новый комментарий (12)")
# what a comments heading holds besides its label: a count, brackets, a colon ("Komentarze (2):", "0 комментариев")
_COUNT = re.compile(r"^[\d\s(\[]*|[\s:()\[\]\d]*$")


@cache
def _comment_words(code: str) -> frozenset[str]:
    return word_set(code, "dates", "COMMENTS")


def _glued_label(text: str, labels: tuple[str, ...]) -> int:
    """Where a label glued to a stamp or a closing mark opens the list, in a page whose line breaks were lost
    ("… 2024.10.21/뉴스1관련 키워드북한 …", "… года.Читайте также: …"); the text's end when none is. A letter
    before the label is a word it belongs to, not a lost break; so is a hyphen ("ASEAN-related foreign ministers'
    meetings")."""
    low = lowered(text)
    glued = (k for w in labels for k in _occurrences(w, low))
    return min((k for k in glued if k and not text[k - 1].isspace() and not text[k - 1].isalpha()
                and text[k - 1] not in _JOINERS and _mid_line(text, k) and is_prose(text[:k])), default=len(text))


def _occurrences(word: str, text: str):
    """Where `word` stands in `text`, as re.finditer(re.escape(word), text) finds it (left to right, not
    overlapping), by str.find: a pattern built from each label of each text missed re's cache and was compiled
    again during the pass."""
    if not word:
        yield from (m.start() for m in re.finditer("", text))
        return
    k = text.find(word)
    while k >= 0:
        yield k
        k = text.find(word, k + len(word))


_JOINERS = "-‐‑–"  # "ASEAN-related", "COVID‑related": a compound's hyphen joins the label to its word, no lost break


def _mid_line(text: str, k: int) -> bool:
    """Does the line holding `k` have words before it, not only markup ("**Czytaj też:**" opens its line)?"""
    return any(ch.isalnum() for ch in text[text.rfind("\n", 0, k) + 1:k])


def _story_goes_on(lines: list[tuple[int, str]], n: int) -> bool:
    """Is a label alone on its line ("Related Article") a box inside the story, which goes on below it in
    sentences ("In response, Sybiha expressed his appreciation …")? A list of headlines has no full stops."""
    label = lines[n][1].strip()
    if len(label.split()) > 3 or n + 1 >= len(lines):
        return False
    if any(_STAMP_LINE.match(line.strip()) for _pos, line in lines[n + 1:n + 1 + LISTED_REACH]):
        return False  # headlines with a teaser each and their stamps ("29. 10. 2025. u 17:43"): other articles
    nxt = lines[n + 1][1].strip()
    return len(nxt.split()) >= STORY_WORDS and nxt.endswith((".", "!", "?", "”", '"'))


# a line that is only a numeric date and a time: the stamp of an item in a list of articles
_STAMP_LINE = re.compile(r"^\d{1,4}\.?\s?[./-]?\s?\d{1,2}\.?\s?[./-]?\s?\d{2,4}\.?,?\s*(?:\w{1,3}\.?\s+)?\d{1,2}:\d{2}$")
LISTED_REACH = 4  # lines under a related-articles label looked at for an item's stamp


STORY_WORDS = 8  # a sentence of the story, not a headline of a related article


LABEL_LINE = 30  # a short labelled line ("Forrás: MTI") may stand between a caption and its photo's credit


def in_caption(text: str, pos: int, code: str) -> bool:
    """Is `pos` in a picture's caption: a line that opens as one ("Na snímke …"), holds a photo's credit ("… 27. júna
    2022. Foto: TASR"), or, told without a closing full stop, has one right under it, perhaps past a short labelled
    line ("… találkozója Washingtonban 2025. március 4-én\nForrás: MTI\nFotó: KKM"), or, full stop or not, has a
    label naming the page's picture right under it ("… érkezik 2023. április 1-jén.\nNyitókép: MTI/AP")? Its date is
    the picture's."""
    credit, opens = _caption_words(code)
    if not credit and not opens:
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip().lower()
    if any(line.startswith(w) for w in opens) or any(_credited(line, w) for w in credit):
        return True
    below = [ln.strip().lower() for ln in text[line_end:line_end + 400].split("\n") if ln.strip()][:2]
    if line.endswith((".", "!", "?", "\"", "”", "»")):
        # a paragraph of prose above a photo's credit is the story, not the caption; a label that names the
        # page's picture ("Nyitókép: MTI/AP", "Titulní foto:") is put under its caption only
        return bool(below) and below[0].startswith(_image_labels(code))
    if below and len(below[0]) <= LABEL_LINE and ":" in below[0] and not any(below[0].startswith(w) for w in credit):
        below = below[1:]  # past "Forrás: MTI" to "Fotó: KKM"
    return bool(below) and (any(below[0].startswith(w) for w in credit) or below[0].startswith(_image_labels(code)))


def _credited(line: str, credit: str) -> bool:
    """Does the line open with a photo's credit, or end with one ("… 27. júna 2022. Foto: TASR")? A credit word
    with a sentence after it ("a photo: the two ministers shaking hands was posted …") is the story's prose."""
    at = line.rfind(credit)
    return at == 0 or (at > 0 and len(line) - at - len(credit) <= LABEL_LINE)


@cache
def _caption_words(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = load(code).raw["dates"]
    return (tuple(str(w).lower() for w in raw.get("PHOTO_CREDIT") or ()),
            tuple(str(w).lower() for w in raw.get("CAPTION_OPENS") or ()))


@cache
def _image_labels(code: str) -> tuple[str, ...]:
    """dates.yaml IMAGE_LABEL: labels that name the page's picture, under its caption ("nyitókép:", "titelbild:")."""
    return word_list(code, "dates", "IMAGE_LABEL")


@cache
def _related_words(code: str) -> tuple[str, ...]:
    return word_list(code, "dates", "RELATED")


def find_published(text: str, code: str, url: str | None = None, dates: list[DateMention] | None = None,
                   end: int | None = None) -> tuple[dt.date | None, tuple[int, int] | None]:
    """Publication date and the span that gives it; None when the document does not say (`end`: the
    article's end, when the caller has it)."""
    end = article_end(text, code) if end is None else end
    lines = [(pos, line) for pos, line in _page_lines(text) if pos < end]  # "Читайте также: … (19 июня 2024)" is another's
    dates = find_dates(text, code) if dates is None else dates
    head = lines[:HEADER_LINES]
    month = None  # (year, month) of a month-only date line: a full date found later must agree with it
    if head:
        m = _DATE_PREFIX.match(head[0][1])
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            span = (head[0][0] + m.start(1), head[0][0] + m.end())
            if m.group(3):
                day = _safe(y, mo, int(m.group(3)))
                return _written_after(text, code, head, dates, day) or (day, span)
            # "date 2022-12 Baku, 3. Dezember": the dateline gives the day; "date 2023-06 7.5.2021
            # (Webnoviny.sk) -": a dateline's whole date is the article's own, whatever month the line guessed
            rest = head[0][1][m.end():]
            pad = len(rest) - len(rest.lstrip())  # is_dateline reads the rest from its first word
            at = head[0][0] + m.end()
            for dm in find_dates(rest, code):
                # the day a dateline opens with, not one the story names further on ("… by měl být v Česku
                # konkrétně 19. až 20. září": the days of a visit still to come)
                if dm.kind == "absolute" and dm.m == mo and not dm.y and not dm.d2 and dm.start - pad <= LINE_DAY_REACH \
                        and _place_only(rest[pad:dm.start]):
                    return _safe(y, mo, dm.d), (span[0], at + dm.end)
                if dm.kind == "absolute" and dm.y and not dm.d2 and is_dateline(rest[pad:], dm.start - pad, dm.end - pad):
                    return _safe(dm.y, dm.m, dm.d), (at + dm.start, at + dm.end)
            # a yearless dateline of the month next to the line's: on the line itself ("date 2025-03 Seoul, Feb. 28
            # (Yonhap) --", its place within reach) or on the lines under it
            if found := _dateline_in_month(text, dates, head[:1], (y, mo)) or _dateline_in_month(text, dates, head[1:], (y, mo)):
                return found
            month = (y, mo)  # no day there: go on to the stamps, the footer and the URL
    # a dateline's full date is the article's own word, even against the month line (a crawler's guess:
    # "date 2023-06 7.5.2021 (Webnoviny.sk) - …")
    fits = lambda c: month is None or (c[2].y, c[2].m) == month or opens_dateline(text, c[1], c[1] + c[2].end - c[2].start)
    if month is None and (filed := url_month(url)):
        # a URL that files the page under a month outvotes a stamp of a year before or after it: the site's
        # date of today above an old article ("Четвер , 28.03.2024" over /2016/05/)
        fits = lambda c: abs((c[2].y * 12 + c[2].m) - (filed[0] * 12 + filed[1])) <= 1
    # a stamp of the page's last change (DateMention.modified) dates it only when no other stamp does
    # a bulleted list's items, and a run of other articles' headlines each after its date ("11.03.2024 14:20 Sport
    # results" over the headline or under the story): not the page's date
    listed = frozenset(pos for n, (pos, _line) in enumerate(lines) if _listed(lines, n)) \
        | _headline_run(head) | _headline_run(lines[-FOOTER_LINES:])
    head_all = list(_candidates(text, code, head, dates, listed))
    head_cands, stale = _fresh(c for c in head_all if fits(c))
    if not head_cands and (found := _press_stamp(text, code, lines, dates)) \
            and (month is None or (found[0] and _near_month(found[0].year, found[0].month, month))):
        return found  # a stamp the language's pages print ("입력 2024.10.21"), in or next to the date line's month
    foot_all = list(_candidates(text, code, lines[-FOOTER_LINES:], dates, listed))
    foot_cands, stale_foot = _fresh(c for c in foot_all if fits(c))
    # the month line is the crawler's guess: a page's own publication stamp of the month before or after it
    # ("date 2025-03" over "Opublikowano 28.02.2025, 14:05") dates the page when none of that month does,
    # or when that month's only stamp is a last change
    # ("Aktualizacja: 01.04.2025" over it: the crawler took the change's month)
    changed = lambda c: _labelled_updated(text[text.rfind("\n", 0, c[1]) + 1:c[1]], code)
    near = [] if month is None or any(not changed(c) for c in head_cands + foot_cands) else \
        _fresh(c for c in head_all + foot_all if not fits(c) and _near_month(c[2].y, c[2].m, month)
               and _stamp_alone(text, c[1], c[1] + c[2].end - c[2].start) and not changed(c))[0]
    cands = near or head_cands or foot_cands or stale or stale_foot
    if not cands and code != PLATFORM_LANGUAGE and head:
        cands = _platform_stamps(text, head, listed, fits, dates, code)
    d = _url_date(url) or _short_url_id(url, text, dates, end)
    if cands and (best := _confirmed_by_url(cands, d)):
        _cost, start, dm = best
        if _banner(text, dates, start, dm):
            if below := _dateline_below(text, head, dates, start, dm) or _glossed_below(text, dates, dm):
                return below
            if _weekday_disagrees(dates, _safe(dm.y, dm.m, dm.d)):
                # "petek, 26 aprila, 2024" over "v ponedeljek, 7. decembra": another year's text, which its URL
                # may still date ("/article/20211201/" under "sreda, 26. junij 2013" of a list of that day's past)
                return (d, None) if d and (month is None or _near_month(d.year, d.month, month)) else (None, None)
        return _safe(dm.y, dm.m, dm.d), (start, start + dm.end - dm.start)
    d = d or _written_in_url(url, code)
    if d and (month is None or _near_month(d.year, d.month, month)):
        return d, None  # the URL files the page by its day; the month line only guessed the month
    if month is None and (filed := url_month(url)) and (found := _dateline_in_month(text, dates, head, filed)):
        return found  # the URL files the page by month, its dateline gives the day ("/2019/03/" + "Seoul, March 27 (Yonhap)")
    if month is None and (found := _copyright_dateline(lines, dates) or _dateline_captioned(text, code, lines, dates)):
        return found
    if month is None and (found := _dateline_year_by_weekdays(text, head, dates)):
        return found
    if month is None and (found := _template_stamp(text, head)):
        return found
    if month is None and (day := _date_time_group(lines[-FOOTER_LINES:])):
        return day, None
    # no stamp at all: a relative day glossed by a full date ("Ieri, 03.05.2023, am avut …", "вчера, 5 марта
    # 2023 года") tells the day the text was written
    # (not in another article's line of a list: "11.03.2024 14:20 Sport results today")
    spans = [(pos, pos + len(line)) for pos, line in lines if pos in listed]
    own = [dm for dm in dates if dm.start < end and not any(lo <= dm.start < hi for lo, hi in spans)]
    if month is None and (day := glossed_day(text, own, lambda _m, _d: None)):
        return day, None
    return None, None


# a page template's time stamp left unrendered: the publication time in epoch milliseconds or seconds, piped to a
# date filter ("{{1755834780000 | amCalendar}}", angular-moment; "{{1700000000 | date}}")
_TEMPLATE_STAMP = re.compile(r"\{\{\s*(\d{13}|\d{10})\s*\|\s*(?:am[A-Z]\w*|date)\b")
STAMP_YEARS = (2000, 2040)  # years an epoch stamp of a news page may give


def _template_stamp(text: str, head: list[tuple[int, str]]) -> tuple[dt.date, tuple[int, int]] | None:
    """The day of an unrendered template stamp in the page's head, in UTC (_TEMPLATE_STAMP): the site's own record
    of when it published the page, where the text itself names no year."""
    for pos, line in head:
        if (m := _TEMPLATE_STAMP.search(line)) is None:
            continue
        secs = int(m.group(1)) // (1000 if len(m.group(1)) == 13 else 1)
        day = dt.datetime.fromtimestamp(secs, dt.timezone.utc).date()
        if STAMP_YEARS[0] <= day.year <= STAMP_YEARS[1]:
            return day, (pos + m.start(1), pos + m.end(1))
    return None


WEEKDAY_YEARS = 12  # years after the latest the text names in which its weekdays may pin the dateline's


def _dateline_year_by_weekdays(text: str, head: list[tuple[int, str]], dates: list[DateMention]):
    """(date, span) of a yearless dateline ("Bratislava/Soul 25. júna (TASR) -") whose year only the text's
    weekday-glossed days pin ("Pondelok (26.6.)", "v utorok (27.6.)"): the first year, from the latest the text
    names ("v apríli 2016"), on which each falls on its weekday. None when no day is glossed or no year named."""
    if not head:
        return None
    last = head[min(len(head), DATELINE_LINES) - 1]
    lo, hi = head[0][0], last[0] + len(last[1])
    line = next((dm for dm in dates if lo <= dm.start < hi and dm.kind == "absolute" and dm.m and dm.d
                 and not dm.y and not dm.d2 and opens_dateline(text, dm.start, dm.end, LINE_DAY_REACH)), None)
    glossed = [dm for dm in dates if dm.kind == "absolute" and dm.weekday and dm.m and dm.d and not dm.y and not dm.d2]
    named = [dm.y for dm in dates if dm.kind in ("absolute", "month") and dm.y]
    if line is None or not glossed or not named:
        return None
    # a day glossed in a month half a year before the dateline's falls in the next year ("25. decembra" … "(3.1.)")
    year_of = lambda y, dm: y + 1 if (dm.m - line.m) % 12 < 6 and dm.m < line.m else y
    for y in range(max(named), max(named) + WEEKDAY_YEARS):
        if all((d := _safe(year_of(y, dm), dm.m, dm.d)) and d.isoweekday() == dm.weekday for dm in glossed):
            return _safe(y, line.m, line.d), (line.start, line.end)
    return None


# a clock time after a stamp, also in CJK ("2025年2月28日 10時21分")
_STAMP_TIME = re.compile(r"(?:\W{0,4}|T)\d{1,2}(?::\d\d|時\d{1,2}分)")


# a wire message's closing date-time group, day, hour and minute run together, the zone, the month's English
# abbreviation and the year's two digits ("021510 MET mar 95", "121430 GMT MAR 96"), on a line of its own
_DATE_TIME_GROUP = re.compile(r"^\s*(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d\s*(?:[A-Z]{1,4}\s+)?"
                              r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d\d)\s*$", re.I)


def _date_time_group(lines: list[tuple[int, str]]) -> dt.date | None:
    """The day a wire message's closing date-time group gives ("021510 MET mar 95": 2 March 1995), if one ends it."""
    for _pos, line in reversed(lines):
        if m := _DATE_TIME_GROUP.match(line):
            yy = int(m.group(3))
            year = (1900 if yy >= 69 else 2000) + yy  # two digits read as POSIX strptime's %y does
            return _safe(year, _URL_MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
    return None


def _stamp_alone(text: str, start: int, end: int) -> bool:
    """Is the date at start:end a page's stamp: timed, a dateline's, or alone on its line but for a label
    ("Opublikowano 28.02.2025, 14:05", "Warszawa, 28 lutego 2025 (PAP) -", "Datum: 28.02.2025", "2019.03.27")?
    A date a line of prose names ("Minister rozmawiał 15.02.2024") is none."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo:] if hi < 0 else text[lo:hi]
    before, after = line[:start - lo], line[end - lo:]
    return bool(_STAMP_TIME.match(after) or _TIME_BEFORE.search(before)) or is_dateline(line, start - lo, end - lo) \
        or (not after.strip(" .,|") and (not before.strip() or before.rstrip().endswith(":") and len(before.split()) <= 2))


def _near_month(y: int, m: int, month: tuple[int, int]) -> bool:
    """Is the month (y, m) the date line's month or one next to it?"""
    return abs(y * 12 + m - (month[0] * 12 + month[1])) <= 1


WRITTEN_AFTER_DAYS = 45  # how much later than the crawler's date line the page's own timed stamp may say it was written
WRITTEN_BEFORE_DAYS = 1  # how much earlier a labelled timed stamp of the page's own may say so ("Written: …")
STAMP_LINE = 60  # the length of a line that holds a page's stamp, perhaps with its label ("Written: 2025-06-11 19:04:57")


def _written_after(text: str, code: str, head: list[tuple[int, str]], dates: list[DateMention], day: dt.date | None):
    """(date, span) of a timed stamp of the page's own under a crawler's full date line, when it says the page was
    written days after that line's day (" date 2025-05-23 …\nWritten: 2025-06-11 19:04:57"): no page is written
    after it was published or read, so the line's day is wrong; or, labelled, a day before it (the line's day is
    the day the page was read). None when no such stamp stands there."""
    if day is None or len(head) < 2:
        return None
    for pos, line in head[1:]:
        if len(line.strip()) > STAMP_LINE:
            continue
        for dm in dates:
            if not (pos <= dm.start < pos + len(line)) or dm.kind != "absolute" or not dm.y or dm.d2 or dm.modified:
                continue
            after, before = line[dm.end - pos:], line[:dm.start - pos]
            if not (_TIME.match(after) or _TIME_BEFORE.search(before)) or _labelled_updated(before, code):
                continue
            own = _safe(dm.y, dm.m, dm.d)
            if own and 0 < (own - day).days <= WRITTEN_AFTER_DAYS:
                return own, (dm.start, dm.end)
            if own and -WRITTEN_BEFORE_DAYS <= (own - day).days < 0 and before.strip().endswith(":"):
                # a labelled stamp of the page's own a day before the line (" date 2025-03-07 …\nWritten:
                # 2025-03-06 09:52:13"): the page says when it was written; the line is the day it was read
                return own, (dm.start, dm.end)
    return None


def _written_in_url(url: str | None, code: str) -> dt.date | None:
    """The one full date a URL writes in the text's own words, percent-encoded ("広報くじ-令和6年10月1日号" in
    /%e5%ba%83%e5%a0%b1…): a page filed under its issue's title."""
    if not url or "%" not in url:
        return None
    path = unquote(url.split("?")[0])
    if path.isascii():
        return None
    days = {(dm.y, dm.m, dm.d) for dm in find_dates(path, code) if dm.kind == "absolute" and dm.y and dm.d and not dm.d2}
    return _safe(*days.pop()) if len(days) == 1 else None


# a wire's copyright line that names its story's year ("© STA, 2018"); a span of years ("© 2005-2024") or a
# line that goes on after the year is a site's footer, not the story's
_COPYRIGHT_YEAR = re.compile(r"^\s*(?:©|\(c\)|copyright)[^\d\n]{0,30}?((?:19|20)\d\d)\s*$", re.I)


def _copyright_dateline(lines: list[tuple[int, str]], dates: list[DateMention]):
    """'Seul, 19. februarja - …' above '© STA, 2018': the day and month of a dateline that gives no year, in
    the year of the wire's copyright line at the foot; (date, span) or None."""
    foot = [m for _pos, line in lines[-FOOTER_LINES:] if "©" in line or "opyright" in line or "(c)" in line.lower()
            if (m := _COPYRIGHT_YEAR.match(line))]
    if not foot:
        return None
    year = int(foot[-1].group(1))
    for pos, line in lines[:HEADER_LINES]:
        for dm in dates:
            if pos <= dm.start < pos + len(line) and dm.kind == "absolute" and not dm.y and dm.d and not dm.d2 \
                    and is_dateline(line, dm.start - pos, dm.end - pos):
                return _safe(year, dm.m, dm.d), (dm.start, dm.end)
    return None


def _dateline_captioned(text: str, code: str, lines: list[tuple[int, str]], dates: list[DateMention]):
    """'Soul 10. apríla (TASR) – …' under a photo's caption '… počas stretnutia 10. apríla 2018 v Soule. Foto:
    TASR': the dateline's day and month in the year the caption gives that same day, the picture of the story
    the agency filed; (date, span) or None. A year the prose gives that day is another's ("a year after the
    invasion of 24 February 2022")."""
    for pos, line in lines[:HEADER_LINES]:
        for dm in dates:
            if pos <= dm.start < pos + len(line) and dm.kind == "absolute" and not dm.y and dm.d and not dm.d2 \
                    and is_dateline(line, dm.start - pos, dm.end - pos):
                years = {d.y for d in dates if d.kind == "absolute" and d.y and (d.m, d.d) == (dm.m, dm.d) and not d.d2
                         and in_caption(text, d.start, code)}
                return (_safe(years.pop(), dm.m, dm.d), (dm.start, dm.end)) if len(years) == 1 else None
    return None


DATELINE_LINES = 4  # lines under a month-only date line in which a dateline gives its day ("Photo : …\n\nSeoul, 12. Februar (Yonhap) –")


def _dateline_in_month(text: str, dates: list[DateMention], head: list[tuple[int, str]], month: tuple[int, int]):
    """(date, span) of the day and month (no year) that open a dateline on one of the lines `head` begins with
    (those under a month-only date line, or the page's first when its URL files it by month), in that month or
    the one before or after it: " date 2025-02 Photo : YONHAP News\n\nSeoul, 12. Februar (Yonhap) – …" is of
    the 12th, " date 2025-03 … Seoul, Feb. 28 (Yonhap) --" of 28 February, "Москва. 27 марта. ИНТЕРФАКС -" under
    /world/2019/03/ of 27 March 2019. None when no dateline opens so."""
    if not head:
        return None
    last = head[min(len(head), DATELINE_LINES) - 1]
    lo, hi = head[0][0], last[0] + len(last[1])
    for dm in dates:
        if not (lo <= dm.start < hi and dm.kind == "absolute" and dm.m and dm.d and not dm.y and not dm.d2):
            continue
        step = (dm.m - month[1] + 6) % 12 - 6  # months from the line's month to the dateline's, -6 … 5
        if abs(step) <= 1 and (opens_dateline(text, dm.start, dm.end, LINE_DAY_REACH) or _place_after(text, dm, dates)):
            return _safe((month[0] * 12 + month[1] - 1 + step) // 12, dm.m, dm.d), (dm.start, dm.end)
    return None


# the place a release's heading line names after its day ("12월1일 서울", "1 December Seoul"): one word, no figure
_PLACE_AFTER = re.compile(r"[ \t　]*[^\W\d_]{2,20}[ \t　]*(?=\n|$)")


def _place_after(text: str, dm: DateMention, dates: list[DateMention]) -> bool:
    """Does a day open a line that names only a place after it, as an embassy's release heads its text ("12월1일
    서울")? A weekday there is a site's date of today, no place ("2025. 02. 24. hétfő")."""
    at = text.rfind("\n", 0, dm.start) + 1
    m = _PLACE_AFTER.match(text, dm.end)
    return not text[at:dm.start].strip() and bool(m) and not any(m.start() <= d.start < m.end() for d in dates)


LINE_DAY_REACH = 40  # characters from a month-only date line to a day of that month that dates it ("Baku, 3. Dezember")


def _place_only(prefix: str) -> bool:
    """Is what stands before a day on the month line nothing, or a dateline's place ("Baku,", "Soul/Bratislava")? The
    first sentence's words ("Český prezident … se v sobotu 31. srpna vydá") make the day the story's."""
    words = prefix.replace("/", " ").strip(" ,").split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words)  # "Soul/Bratislava", "PRAHA", "Baku,"
PLATFORM_LANGUAGE = "en"  # blog and forum platforms stamp posts in English whatever the post's language


def _platform_stamps(text: str, head: list[tuple[int, str]], listed: frozenset[int], fits,
                     own: list[DateMention], code: str) -> list:
    """Stamps a platform wrote in English above a post in another language ("Sep 08, 2014 14:00" over a
    Russian LiveJournal entry), when the text's own language gives none; its words for today (`own`, the
    text's dates) still mark a site's date of reading ("Сегодня: 07.12.2026")."""
    end = head[-1][0] + len(head[-1][1])
    dates = [d for d in find_dates(text[:end], PLATFORM_LANGUAGE) if d.kind == "absolute" and d.y]
    dates += [d for d in own if d.kind == "relative" and d.relative == "today" and d.start < end]
    # the text's own language tells an archive photo's stamp ("지난해 7월 11일 … 2023.7.12/뉴스1")
    return _fresh(c for c in _candidates(text, PLATFORM_LANGUAGE, head, sorted(dates, key=lambda d: d.start),
                                         listed) if fits(c) and not archive_photo(text, code, c[1], c[1] + c[2].end - c[2].start))[0]


def _banner(text: str, dates: list[DateMention], start: int, dm) -> bool:
    """Is the stamp at `start` a site's date of today ("Sobota 6. december 2025"): a weekday, no time?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    timed = _TIME.match(text, start + dm.end - dm.start) or _TIME_BEFORE.search(text, line_start, start)
    return not timed and bool(dm.weekday or _weekday_on(dates, line_start, len(line)))


BANNER_REACH = 183  # days around a site's date of today within which a weekday-glossed day of the text must fall


def _weekday_disagrees(dates: list[DateMention], banner: dt.date | None) -> bool:
    """Does the text gloss a day without its year with a weekday that no such day near the site's date of today
    falls on ("v ponedeljek, 7. decembra" under "petek, 26 aprila, 2024": 7 December 2024 is a Saturday)? Then
    the banner is the day the page was read, not written."""
    if banner is None:
        return False
    for dm in dates:
        if dm.kind != "absolute" or dm.y or not dm.weekday or not dm.m or not dm.d or dm.d2:
            continue
        near = [d for y in (banner.year - 1, banner.year, banner.year + 1)
                if (d := _safe(y, dm.m, dm.d)) and abs((d - banner).days) <= BANNER_REACH]
        if near and all(d.isoweekday() != dm.weekday for d in near):
            return True
    return False


def _dateline_below(text: str, head: list[tuple[int, str]], dates: list[DateMention], start: int, dm):
    """(date, span) of a dateline without a year below a site's date of today ("Soul 5. marca (TASR) -"):
    the agency's day is the article's; the banner gives only the year, the last that puts it on or before."""
    banner = _safe(dm.y, dm.m, dm.d)
    end = head[-1][0] + len(head[-1][1]) if head else 0
    for d in dates:
        if start < d.start < end and d.kind == "absolute" and not d.y and d.d and not d.d2 \
                and opens_dateline(text, d.start, d.end, reach=40):
            day = _safe(_year_told(dates, d) or banner.year, d.m, d.d) if banner else None
            if day and day > banner:
                day = _safe(banner.year - 1, d.m, d.d)
            return (day, (d.start, d.end)) if day else None
    return None


def _year_told(dates: list[DateMention], day: DateMention) -> int | None:
    """The year the text gives the dateline's day elsewhere ("Bratislava 25. februára (TASR)" under a caption's
    "v piatok 25. februára 2022"): the same day and month with a year, the article's own year."""
    years = {d.y for d in dates if d.kind == "absolute" and d.y and d.m == day.m and d.d == day.d and not d.d2}
    return years.pop() if len(years) == 1 else None


def _glossed_below(text: str, dates: list[DateMention], dm):
    """(date, span) of the day a text below a site's date of today says it was written on ("dnes (22. januára)"
    under "Pondelok 12. februára 2024"): the banner gives only the year, the last that puts the day on or
    before it. None when the gloss names the banner's own day."""
    banner = _safe(dm.y, dm.m, dm.d)
    below = [d for d in dates if d.start > dm.start]
    if banner is None or not (found := glosses(text, below)):
        return None
    glossed = found[0][0]
    last_on_or_before = lambda m, d: banner.year if (m, d) <= (banner.month, banner.day) else banner.year - 1
    day = glossed_day(text, below, last_on_or_before)
    return (day, (glossed.start, glossed.end)) if day and day != banner else None


def in_date_line(text: str, pos: int) -> bool:
    """Is `pos` inside the "date 2023-06" line a crawler put before the text (its guess, not the text's)?"""
    m = _TOP_DATE.match(text) if pos < 40 or text.startswith(("URL:", "http://", "https://")) else None
    return bool(m and m.start(1) <= pos < m.end())


STAMP_LINE_REACH = 200  # characters: the crawler's stamp stands on one of the text's first lines, never further down


def line_start_past_stamp(text: str, pos: int) -> int:
    """Where the line of `pos` begins, past the "date 2024-02" stamp a crawler put before the text on that
    line ("date 2018-07 Tokio. Bundesaußenminister …": the city opens the text's own first line)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start < pos and line_start < STAMP_LINE_REACH and (m := _TOP_DATE.match(text)) \
            and line_start <= m.start(1) and m.end() <= pos:
        return m.end()
    return line_start


def opens_dateline(text: str, start: int, end: int, reach: int | None = None) -> bool:
    """Does the date at text[start:end] open a dateline of its line (within `reach` characters of the
    line's start, when given)?"""
    line_start = line_start_past_stamp(text, start)  # "date 2024-02-08 YEREVAN, FEBRUARY 3, ARMENPRESS."
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    near = reach is None or start - line_start <= reach or _paren_near(line, start - line_start, reach)
    return near and is_dateline(line, start - line_start, end - line_start)


def _paren_near(line: str, start: int, reach: int) -> bool:
    """A bracketed agency's date counts from the bracket: "MOSCOW/MINSK (UrduPoint News / Sputnik - 11th June"."""
    return 0 <= line.rfind("(", 0, start) <= reach and bool(_PAREN_AGENCY.search(line[:start]))


def _confirmed_by_url(cands: list, d: dt.date | None):
    """The best stamp, or the one the URL's date `d` repeats: a site prints today's date above its
    articles ("Wednesday, 4 January 2017" over one of /2017/01/03/). None when the best is later than
    the URL's date and none repeats it: the URL was written when the article was."""
    if d is None:
        return cands[0]
    same = next((c for c in cands if (c[2].y, c[2].m, c[2].d) == (d.year, d.month, d.day)), None)
    best = _safe(cands[0][2].y, cands[0][2].m, cands[0][2].d)
    return same or (None if best and best > d else cands[0])


# an archive's address of a page: the archived page's own URL after the archive's path and capture stamp
# ("megalodon.jp/ref/2015-0801-0330-41/www.chosunonline.com/…/2015/07/30/…", "web.archive.org/web/2015…/https://…")
_ARCHIVED_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/]+/.+?/(?P<inner>(?:https?:/{1,2}|www\.)\S+)$", re.IGNORECASE)


def archived_url(url: str | None) -> str | None:
    """The archived page's own URL inside an archive's address, else the URL itself."""
    archived = _ARCHIVED_URL.match(url.strip()) if url else None
    return archived.group("inner") if archived else url


def _url_date(url: str | None) -> dt.date | None:
    """The date a URL's path gives (/2017/01/03/, /20170103/), if any; of an archived page, its own URL's (the
    archive's capture stamp is no day of writing)."""
    url = archived_url(url)
    if url and (m := _URL_URN_DATE.search(url)):
        return _safe(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = url and (_URL_DATE.search(url) or _URL_ID_DATE.search(url) or _URL_PATH_DATE.search(url))
    if url and not m and (dmy := _URL_DMY.search(url.split("?")[0])):
        return _safe(int(dmy.group(4)), int(dmy.group(3)), int(dmy.group(1)))
    if url and not m and (dmy := _URL_DMY_FOLDERS.search(url.split("?")[0])):
        return _safe(int(dmy.group(3)), int(dmy.group(2)), int(dmy.group(1)))
    if url and not m and (ymd := _URL_DOTTED.search(url.split("?")[0])):
        return _safe(int(ymd.group(1)), int(ymd.group(2)), int(ymd.group(3)))
    if url and not m and (named := _URL_MONTH_NAME.search(url.split("?")[0])):
        return _safe(int(named.group(1)), _URL_MONTHS.index(named.group(2).lower()[:3]) + 1, int(named.group(3)))
    if url and not m and (m := _URL_STAMP.search(url)):
        return _safe(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# a six-digit id opening a URL's last segment, yymmdd ("/150102-telefonat"): a date only when the text agrees
_URL_YYMMDD = re.compile(r"/(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-_.]")


def _short_url_id(url: str | None, text: str, dates: list[DateMention], end: int) -> dt.date | None:
    """The day a URL's yymmdd id gives ("/150102-"), when the text names that day and month itself ("heute
    (02.01.)"), in that year or none: six digits are as often a plain number, so the text must confirm them."""
    m = _URL_YYMMDD.search(url.split("?")[0]) if url and "/" in url else None
    if m is None:
        return None
    y, mo, d = 2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))
    agree = any(dm.kind in ("absolute", "relative") and dm.m == mo and dm.d == d and dm.y in (None, y)
                and dm.start < end for dm in dates)
    # a day and month in figures, which the date finder leaves alone without a year ("heute (02.01.)")
    agree = agree or bool(re.search(rf"(?<![\d.])0?{d}\.\s?0?{mo}\.(?!\d)", text[:end]))
    return _safe(y, mo, d) if agree else None


def _fresh(cands) -> tuple[list, list]:
    """The candidates sorted, split into stamps of a publication and stamps of a last change."""
    cands = sorted(cands)
    return [c for c in cands if not c[2].modified], [c for c in cands if c[2].modified]


def _press_stamp(text: str, code: str, lines: list[tuple[int, str]], dates: list[DateMention]):
    """(date, span) of a stamp the language's hook finds at the top or the bottom of the page."""
    stamp = hook(code, "press_stamp")
    if not stamp or not lines:
        return None
    top = lines[min(len(lines), HEADER_LINES) - 1]
    bottom = lines[max(0, len(lines) - FOOTER_LINES)][0]
    edges = [dm for dm in dates if dm.start < top[0] + len(top[1]) or dm.start >= bottom]
    return stamp(text, edges)


def context_month(text: str, code: str, dates: list[DateMention] | None = None,
                  url: str | None = None) -> tuple[int, int] | None:
    """The month a document is dated to when its date line gives no day ("date 2018-01", "January 2018"),
    else the month its URL files it under ("/2016/05/")."""
    head = _page_lines(text)[:3]
    if head and (m := _DATE_PREFIX.match(head[0][1])) and not m.group(3):
        return int(m.group(1)), int(m.group(2))
    dates = find_dates(text, code) if dates is None else dates
    for pos, line in head:
        if len(line.strip()) > 40:
            continue
        for dm in dates:
            if dm.kind == "month" and dm.y and pos <= dm.start < pos + len(line):
                return dm.y, dm.m
    return url_month(url)


def url_month(url: str | None) -> tuple[int, int] | None:
    """(year, month) of a URL path that files the article by month, if it gives no day."""
    url = archived_url(url)
    if not url or _url_date(url):
        return None
    if m := _URL_MONTH.search(url):
        return int(m.group(1)), int(m.group(2))
    m = _URL_NAMED_MONTH.search(url)
    return (int(m.group(1)), _URL_MONTHS.index(m.group(2).lower()[:3]) + 1) if m else None


def latest_day_in(dates: list[DateMention], month: tuple[int, int]) -> dt.date | None:
    """The last full date of the text in that month or the week after: the day the text speaks from."""
    y, m = month
    lo = dt.date(y, m, 1)
    hi = (dt.date(y + m // 12, m % 12 + 1, 1)) + dt.timedelta(days=7)
    days = [d for dm in dates if dm.kind == "absolute" and dm.y == y and not dm.d2
            and (d := _safe(dm.y, dm.m, dm.d)) and lo <= d < hi]
    return max(days, default=None)


def day_in_this_week(dates: list[DateMention], month: tuple[int, int]) -> dt.date | None:
    """The day a month-dated text speaks from when it says "this week" of a dated day and names a
    weekday ("besucht diese Woche ... vom 11. bis 13. Juli ... teilte am Mittwoch mit"): that weekday
    of the dated day's week."""
    rel = {dm.relative for dm in dates if dm.kind == "relative"}
    if "this_week" not in rel:
        return None
    y, m = month
    days = [d for dm in dates if dm.kind == "absolute" and dm.y in (y, None) and dm.m == m
            and (d := _safe(y, dm.m, dm.d))]
    weekdays = [dm.weekday for dm in dates if dm.kind == "weekday" and dm.weekday]
    if not days or not weekdays:
        return None
    monday = days[0] - dt.timedelta(days=days[0].isoweekday() - 1)
    return monday + dt.timedelta(days=weekdays[0] - 1)


# what may stand between a relative day and the date glossing it: "sutra, 17. septembra", "dnes (22. januára)"
_GLOSS_GAP = re.compile(r"\s*[,(]?\s*")


def glosses(text: str, dates: list[DateMention]) -> list[tuple[DateMention, int]]:
    """The dates that gloss a relative day right before them ("danas, 16. septembra", "вчера (5 марта)"),
    each with the days it lies from the day of writing (0, -1, +1 ...)."""
    out = []
    for rel, dm in zip(dates, dates[1:]):
        if rel.kind == "relative" and rel.relative in DAYS and dm.kind == "absolute" and dm.d and not dm.d2 \
                and dm.start - rel.end <= 3 and _GLOSS_GAP.fullmatch(text, rel.end, dm.start):
            out.append((dm, DAYS[rel.relative]))
    return out


def glossed_day(text: str, dates: list[DateMention], year_of) -> dt.date | None:
    """The day of writing a glossed relative day pins ("sutra, 17. septembra" is written on the 16th), the
    year given by the gloss or by `year_of(month, day)`; None when the text glosses none."""
    for dm, offset in glosses(text, dates):
        y = dm.y or year_of(dm.m, dm.d)
        if y and (day := _safe(y, dm.m, dm.d)):
            return day - dt.timedelta(days=offset)
    return None


def _safe(y, m, d) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (TypeError, ValueError):
        return None


_HASHTAGS = re.compile(r"^\s*#[^\s#]+(?:\s+#[^\s#]+)+\s*$")  # a line of tags and nothing else
_JUNK_TITLE = re.compile(r"^\s*(date\s+\d|\d|[•*+\-]|https?:)", re.I)


# "… Jóko Kamikawu. Oba ministři …": a line that goes on after a full sentence is a paragraph, not a
# headline ("U.S. President" and "14. května" are no sentence ends: a word of three letters closes one)
_TWO_SENTENCES = re.compile(rf"[^\W\d_]{{3}}[.!?](?=[\"”»]?\s+[\"„«“]?[{UPPER}])")


# a wire dateline run into the lead as a sentence of its own: the place in capitals, a comma, the date and the
# agency ("YEREVAN, FEBRUARY 3, ARMENPRESS.")
_CAPS_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}, [^.\n]{3,40}\.")


def find_title(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The headline: the first line that reads like one."""
    lines = _lines(text)
    if lines and (m := _DATE_PREFIX.match(lines[0][1])):
        # "date 2025-12-04 Preşedintele ... a discutat": the lead's first sentence stands for a title
        pos, line = lines[0]
        rest = line[m.end():]
        rest = re.sub(r"^-\d\d\s", " ", rest) if not m.group(3) else rest
        first, *after = re.split(r"(?<=[.!?])\s", rest.strip(), maxsplit=1)
        if after and _CAPS_DATELINE.fullmatch(first):
            first = after[0].split("\n")[0]  # "YEREVAN, FEBRUARY 3, ARMENPRESS. The ministry …": the dateline is no title
            first = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
        first = first[:200]
        if len(first.split()) >= 3:
            start = pos + line.find(first[:10])
            return first, (start, start + len(first))
    for n, (pos, line) in enumerate(lines[:15]):
        if _listed(lines, n):
            continue  # "- Ukraine repatriates … 10.04.2023": a list of other articles above the headline
        if _HASHTAGS.match(line):
            continue  # "#ロシア #大使館 #日テレ #ニュース": a post's tags, under the article, are no headline
        s = line.strip().strip("#*").strip()
        words = s.split()
        # "Presse & Publikationen", "News | Press": a site's section label, not three words of a headline
        lettered = sum(1 for w in words if any(c.isalpha() for c in w))
        if 3 <= lettered and len(words) <= 30 and len(s) <= 250 and not _JUNK_TITLE.match(s):
            if two := _TWO_SENTENCES.search(s):  # a paragraph first: its first sentence stands for a title
                s = s[:two.end()].rstrip()
            start = pos + line.find(s[:10])
            return s, (start, start + len(s))
        if is_prose(s) and s.endswith((".", "!", "?", "\"", "”", "»")) and not _JUNK_TITLE.match(s):
            break  # the lead's paragraph, told in sentences: a shorter line below it is no headline
    return None, None


def dates_in_urls(text: str) -> list[dt.date]:
    """Dates written into the URLs a document cites (chronicles cite their sources)."""
    out = []
    for url in re.findall(r"https?://\S+", text):
        m = _URL_DATE.search(url)
        if m and (d := _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
            out.append(d)
    return out

