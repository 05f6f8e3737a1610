"""The part of a text an event is told in."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kronika.nlp.analyze import CREDITED
from kronika.text.tokens import is_prose

LEAD_MIN = 300  # a lead paragraph shorter than this is continued by the next one


@dataclass
class Region:
    """The part of the text an event is told in: its lead and its whole extent."""
    start: int
    lead_end: int
    end: int


def lead_prose(paragraph: str) -> bool:
    """Running text that may lead an article: prose, not a photo's caption with its credit."""
    return is_prose(paragraph) and not CREDITED.search(paragraph)


def lead_region(text: str, start: int = 0, end: int | None = None, captions=()) -> Region:
    """Headline and first real paragraph: where news puts who, what, when and where (a photo's caption above
    it, `captions`, is no paragraph of it; a list of links to other articles above the headline, none either)."""
    end = len(text) if end is None else end
    first, head = None, start
    for para in re.finditer(r"[^\n]+", text[start:end]):
        p = para.group()
        if first is None and _linked_item(text, start + para.start(), start + para.end()):
            # "- 【ライブ】最新ニュース:…(日テレNEWS LIVE)" over "- 【速報】…": the site's list of other clips
            head = start + para.end()
            continue
        if lead_prose(p) and not any(s <= start + para.start() < e for s, e in captions):
            if first is None:
                first = para
                if len(p) >= LEAD_MIN:
                    break
            else:  # a short first paragraph: the lead goes on into the next one
                return Region(head, start + para.end(), end)
    if first is not None:
        return Region(head, start + first.end(), end)
    return Region(start, min(end, start + 600), end)


_LIST_ITEM = re.compile(r"[ \t]*[-•*–][ \t]+\S")


def _linked_item(text: str, lo: int, hi: int) -> bool:
    """Is the line one item of a list of links, LINKED_ITEMS bulleted lines or more in a row? (Two or three are
    a headline's summary points, which lead the article.)"""
    if not _LIST_ITEM.match(text, lo):
        return False
    run, pos = 1, lo
    while pos and run < LINKED_ITEMS:  # the items above
        pos = text.rfind("\n", 0, pos - 1) + 1
        if not _LIST_ITEM.match(text, pos):
            break
        run += 1
    pos = hi
    while pos < len(text) and run < LINKED_ITEMS:  # and below
        pos += 1
        if not _LIST_ITEM.match(text, pos):
            break
        run += 1
        nxt = text.find("\n", pos)
        pos = nxt if nxt >= 0 else len(text)
    return run >= LINKED_ITEMS


LINKED_ITEMS = 4


def starting_in(a, name: str, lo: int, hi: int) -> list:
    """The matches of `a.<name>` that start at lo <= start < hi, in the list's order: bisected when the list
    is in text order, since a chronicle asks this of every match list for each of its entries."""
    ms = getattr(a, name)
    key = ("in text order", name, len(ms))
    ordered = a.cached(key, _in_text_order, ms)
    return a.by_start(name).between(lo, hi) if ordered else [m for m in ms if lo <= m.char_start < hi]


def _in_text_order(ms: list) -> bool:
    """Do the matches come in the text's order?"""
    return all(x.char_start <= y.char_start for x, y in zip(ms, ms[1:]))


def _in(m, lo, hi) -> bool:
    s = getattr(m, "char_start", None)
    s = m.start if s is None else s
    return lo <= s < hi
