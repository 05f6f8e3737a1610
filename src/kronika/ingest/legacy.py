"""Past monthly reports in: one document per dated entry, with its own text, date, section and URLs."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from kronika.errors import KronikaError
from kronika.model import Document

SECTION = re.compile(r"^\s*([IVX]{1,5})\.\s+(\S.*?)\s*$")
URL = re.compile(r"^\s*(https?://\S+)\s*$")
YEAR_IN_URL = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?:[-/_.]?)(0[1-9]|1[0-2])(?!\d)")
PERIOD_LINE = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")
# "<day(s)> <words>:" at a line's start: a date heading in any language, checked before month names
_ANY_DATE_HEADING = re.compile(r"^\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[^\W\d]+(?:\s*[-–]\s*\d{1,2}\s+[^\W\d]+)?:")
MIN_ENTRIES = 3  # fewer dated entries than this and the text is an article, not a report


class LegacyError(KronikaError, ValueError):
    """A past report cannot be read as asked; the message names the file and the fix."""


@dataclass
class LegacyEntry:
    """One dated entry of a past report."""
    section: str
    section_heading: str
    date: str
    date_end: str | None
    date_text: str
    headline: str
    text: str
    urls: list[str] = field(default_factory=list)
    period: str = ""


@cache
def _months(code: str) -> dict[str, int]:
    """Month words of a language (lang/<xx>/dates.yaml MONTHS) -> month number; abbreviations and
    stems are left out: a date heading writes its month in full."""
    from kronika.lang import _read  # the dates file alone: loading a whole language takes seconds

    out: dict[str, int] = {}
    for number, forms in (_read(code, "dates").get("MONTHS") or {}).items():
        for form in forms:
            word = str(form).lower()
            if len(word) > 2 and not word.endswith((".", "*")):
                out.setdefault(word, int(number))
    return out


def report_language(text: str) -> str | None:
    """The language whose month names head the most lines as dates ('listopada' is November in
    Polish and October in Croatian: the report's other headings decide)."""
    from kronika import lang as langdata

    lines = text.splitlines()
    counts = {code: sum(1 for ln in lines if _entry_start(code).match(ln)) for code in langdata.available()}
    best = max(counts, key=lambda c: (counts[c], c == "pl"), default=None)
    return best if best and counts[best] else None


@cache
def _entry_start(code: str) -> re.Pattern:
    """'7-8 listopada:', '30 października – 1 listopada:', '9 November:' at the start of a line."""
    month = "|".join(sorted(map(re.escape, _months(code)), key=len, reverse=True))
    return re.compile(rf"^\s*(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?(?:\s+({month}))?"
                      rf"(?:\s*[-–]\s*(\d{{1,2}}))?\s+({month}):\s*(.*)$", re.I)


# a heading in capitals after the entries ('KOMENTARZ', 'CHARTS'): no dated entries follow it
END_HEADING = re.compile(r"^\s*[^\W\d_a-zà-ÿа-я]{3,}(?:[ -][^\W\d_a-zà-ÿа-я]+){0,3}\s*$")


def is_report(text: str) -> bool:
    """A text is a past report when it has dated entry headings and numbered sections."""
    lines = text.splitlines()
    maybe = sum(1 for ln in lines if _ANY_DATE_HEADING.match(ln))
    if maybe < MIN_ENTRIES or not any(SECTION.match(ln) for ln in lines):
        return False  # most documents stop here, before any month names are read
    code = report_language(text)
    starts = sum(1 for ln in lines if code and _entry_start(code).match(ln))
    return starts >= MIN_ENTRIES and any(SECTION.match(ln) for ln in lines)


def _join(parts: list[str]) -> str:
    """Lines of a paragraph into one: a word broken after a hyphen is joined with its hyphen kept."""
    out = ""
    for p in (x.strip() for x in parts):
        if not p:
            continue
        out = out + p if out.endswith("-") and out[-2:-1].isalpha() else (out + " " + p if out else p)
    return out


_ABBREV = re.compile(r"\b\w{1,3}\.$")


def first_sentence(text: str) -> tuple[str, str]:
    """(headline, rest): the text up to the first full stop that ends a sentence."""
    for m in re.finditer(r"\.(\s+|$)", text):
        head = text[: m.start() + 1]
        if _ABBREV.search(head) and m.end() < len(text) and not text[m.end()].isupper():
            continue
        if re.search(r"\b(?:ds|np|m\.in|tzw|św|ul|nr|dr|prof|im)\.$", head, re.I):
            continue
        return head.strip(), text[m.end():].strip()
    return text.strip(), ""


def period_of(text: str, period: str | None, published: str | None, months: list[int],
              code: str = "pl") -> tuple[int, int]:
    """(year, month) of the report: given, else written in its opening lines, else the dates in its
    source addresses, else the publication date; the month is the one most entries fall in."""
    if period:
        m = re.fullmatch(r"(\d{4})-(\d{2})", period)
        if not m:
            raise LegacyError(f"period '{period}' is not a month; write it as YYYY-MM")
        return int(m.group(1)), int(m.group(2))
    month = Counter(months).most_common(1)[0][0] if months else None
    for ln in text.splitlines()[:15]:
        names = [n for n in _months(code) if re.search(rf"\b{re.escape(n)}\b", ln.lower())]
        y = PERIOD_LINE.search(ln)
        if names and y:
            return int(y.group(1)), _months(code)[names[0]]
    years = Counter()
    for ln in text.splitlines():
        u = URL.match(ln)
        for y, mo in YEAR_IN_URL.findall(u.group(1)) if u else ():
            if month is None or int(mo) in (month, month % 12 + 1, (month - 2) % 12 + 1):
                years[int(y)] += 1
    if years:
        return years.most_common(1)[0][0], month or 1
    if published:
        return int(published[:4]), month or int(published[5:7])
    raise LegacyError("the report's year is not written in it; give its period (--period YYYY-MM)")


def _year_for(month: int, period: tuple[int, int]) -> int:
    """Entries run a few days across the period's edges: December before a January report, etc."""
    y, m = period
    if m == 1 and month == 12:
        return y - 1
    if m == 12 and month == 1:
        return y + 1
    return y


@dataclass
class _Raw:
    section: str
    heading: str
    groups: tuple
    lines: list[str]
    urls: list[str] = field(default_factory=list)


def _scan(text: str, code: str) -> tuple[list[_Raw], list[tuple[list[_Raw], list[str]]]]:
    """Entries in order, and each block of source addresses with the entries that were waiting for it."""
    entries: list[_Raw] = []
    blocks: list[tuple[list[_Raw], list[str]]] = []
    waiting: list[_Raw] = []
    section, heading, current, urls = "", "", None, []
    for line in text.splitlines() + ["\x00"]:  # a last line that closes the last block of addresses
        u = URL.match(line)
        if u:
            urls.append(u.group(1))
            continue
        if not line.strip():  # empty lines (between paragraphs of a Word file) do not end a block
            continue
        if urls:
            blocks.append((waiting, urls))
            waiting, urls = [], []
        if line == "\x00":
            break
        s = SECTION.match(line)
        start = _entry_start(code).match(line)
        if s and s.group(2).upper() == s.group(2):
            section, heading, current = s.group(1), s.group(2).strip(), None
        elif END_HEADING.match(line) and len(line.strip()) >= 6:
            current = None
        elif start and section:
            current = _Raw(section, heading, start.groups(), [start.group(6)])
            entries.append(current)
            waiting.append(current)
        elif current is not None:
            current.lines.append(line)
    return entries, blocks


def split_report(text: str, period: str | None = None, published: str | None = None) -> list[LegacyEntry]:
    """The dated entries of a past report, each with its own text and source addresses."""
    code = report_language(text)
    entries, blocks = _scan(text, code) if code else ([], [])
    if not entries:
        raise LegacyError("no dated entries ('7 listopada: …') under numbered sections ('II. …')")
    month_no = _months(code)
    ym = period_of(text, period, published, [month_no[g[4].lower()] for g in (e.groups for e in entries)], code)
    for waiting, urls in blocks:
        for entry, got in zip(waiting, assign_urls(waiting, urls)):
            entry.urls += got
    out = []
    for e in entries:
        d1, d2, m1, d3, m2, _rest = e.groups
        end_month = month_no[m2.lower()]
        start_month = month_no[m1.lower()] if m1 else end_month
        day1, day2 = int(d1), int(d3 or d2 or 0)
        date = f"{_year_for(start_month, ym):04d}-{start_month:02d}-{day1:02d}"
        end = f"{_year_for(end_month, ym):04d}-{end_month:02d}-{day2:02d}" if day2 else None
        body = _join(e.lines)
        head, _ = first_sentence(body)
        date_text = _date_text(e.groups)
        out.append(LegacyEntry(e.section, e.heading, date, end, date_text, head, f"{date_text}: {body}", e.urls,
                               f"{ym[0]:04d}-{ym[1]:02d}"))
    return out


def _date_text(g: tuple) -> str:
    d1, d2, m1, d3, m2, _ = g
    if m1:
        return f"{d1} {m1} – {d3} {m2}"
    return f"{d1}-{d2} {m2}" if d2 else f"{d1} {m2}"


# ------------------------------------------------------------------ which address belongs to which entry


def _fold(s: str) -> str:
    s = s.lower().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _stems(text: str, n: int = 5) -> set[str]:
    return {w[:n] for w in re.findall(r"[a-z]{4,}", _fold(text))}


@cache
def _country_stem(code: str) -> str:
    """The start of a state's Polish name that its inflected forms and adjectives share."""
    from kronika.report_names import country_name

    name = _fold(country_name(code, "pl").split()[0])
    return name[: max(4, len(name) - 2)] if name != code.lower() else ""


def url_score(url: str, entry_text: str) -> float:
    """How well an address fits an entry: words of its path in the text, its state named in the text."""
    host = re.sub(r"^https?://", "", url).split("/")[0].split(":")[0]
    path = url[url.find(host) + len(host):]
    words = {w[:5] for w in re.findall(r"[a-z]{5,}", _fold(path))}
    score = float(len(words & _stems(entry_text)))
    tld = host.rsplit(".", 1)[-1]
    stem = _country_stem(tld.upper()) if len(tld) == 2 else ""
    if stem and stem in _fold(entry_text):
        head, _ = first_sentence(entry_text)
        score += 1.0 + (0.5 if stem in _fold(head) else 0.0)
    segments = [x for x in _fold(path.split("?")[0]).split("/") if re.fullmatch(r"[a-z]{2}(?:-[a-z]{2})?", x)]
    for code in {c for x in segments for c in x.split("-")}:  # '/ua-ko/': the pair a mission serves
        stem = _country_stem(code.upper())
        if stem and stem in _fold(entry_text):
            score += 1.0
    return score


def assign_urls(entries: list[_Raw], urls: list[str]) -> list[list[str]]:
    """Split a block of addresses, in order, among the entries waiting for it: each entry gets a run
    of consecutive addresses (one at least while there are enough), the split that fits best."""
    m, k = len(entries), len(urls)
    if not m:
        return []
    texts = [_join(e.lines) for e in entries]
    fit = [[url_score(u, t) for u in urls] for t in texts]
    empty_cost = 3.0 if k >= m else 0.0
    neg = float("-inf")
    # best[i][j]: first i entries took the first j addresses
    best = [[neg] * (k + 1) for _ in range(m + 1)]
    back = [[0] * (k + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for i in range(1, m + 1):
        for j in range(k + 1):
            for s in range(j + 1):
                if best[i - 1][s] == neg:
                    continue
                run = sum(fit[i - 1][s:j]) - (empty_cost if s == j else 0.0) - 0.01 * max(0, j - s - 1) * (m - i)
                if run + best[i - 1][s] > best[i][j]:
                    best[i][j], back[i][j] = run + best[i - 1][s], s
    out, j = [], k
    for i in range(m, 0, -1):
        s = back[i][j]
        out.append(urls[s:j])
        j = s
    return out[::-1]


# ------------------------------------------------------------------ documents


def entry_documents(doc: Document, period: str | None = None) -> list[Document]:
    """One document per entry of a past report read as one document."""
    entries = split_report(doc.text, period, doc.published)
    out = []
    for i, e in enumerate(entries, 1):
        meta = {"urls": e.urls[1:], "legacy": {"section": e.section, "section_heading": e.section_heading,
                                               "date": e.date, "date_end": e.date_end, "date_text": e.date_text,
                                               "headline": e.headline, "urls": e.urls, "source": doc.source,
                                               "period": e.period}}
        out.append(Document(id=f"{doc.id}#{i}", text=e.text, url=e.urls[0] if e.urls else None,
                            title=e.headline, language=doc.language, published=e.date_end or e.date,
                            source=doc.source, meta=meta))
    return out


def expand_report(doc: Document, period: str | None = None) -> list[Document]:
    """A past report becomes its entries; any other document stays as it is."""
    if not is_report(doc.text):
        return [doc]
    return entry_documents(doc, period)


def legacy_meta(doc: Document) -> dict | None:
    """What the store keeps about an entry's place in its report (fetch_meta), or None."""
    info = doc.meta.get("legacy")
    return {"source": doc.source, "legacy": info} if info else None


def pin_dates(doc: Document) -> Document:
    """The entry's own date heading is its event's date: the analyst wrote it; one event per entry."""
    info = doc.meta.get("legacy")
    if info and doc.events:
        main = doc.events[0]
        main.date, main.date_end, main.date_precision = info["date"], info["date_end"], "day"
        main.date_basis = "text"
        doc.events = [main]
    return doc
