"""What a meeting was about: which topic words vote, and which sentences tell the talks' subjects."""
from __future__ import annotations

import re
from functools import cache

from kronika.lang import load
from kronika.nlp.analyze import Analysis
from kronika.text.lexicon import Lexicon
from kronika.text.tokens import is_prose

MENU_ITEM = re.compile(r"[^\s/|•·]+")
MENU_PUNCT = re.compile(r"[,.;:!?、。，]")


def section_menu(a: Analysis, pos: int) -> bool:
    """Is the line holding `pos` a site's list of sections: five or more items split by spaces or slashes,
    no punctuation of a sentence, and three or more items that are topic words as a whole?"""
    start, end = a.text.rfind("\n", 0, pos) + 1, a.text.find("\n", pos)
    end = len(a.text) if end < 0 else end
    line = a.text[start:end]
    if MENU_PUNCT.search(line):
        return False
    items = [(m.start() + start, m.end() + start) for m in MENU_ITEM.finditer(line)]
    if len(items) < 5:
        return False
    whole = {(m.char_start, m.char_end) for m in a.by_start("topics").between(start, end)}
    return sum(span in whole for span in items) >= 3


def in_prose(text: str, pos: int) -> bool:
    """Does the line holding `pos` read as running text, or a list item that ends as a clause does, not as a
    menu item or another article's headline does (short, no closing stop)?"""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return is_prose(line) or line.endswith((".", "!", "?", ";", ",", ":", "。"))


@cache
def _discuss_words(code: str) -> Lexicon:
    """topics.yaml DISCUSS: the words that tell what talks were about ('discussed', 'обговорили', '協議')."""
    return Lexicon({"DISCUSS": [str(f) for f in load(code).raw["topics"].get("DISCUSS") or ()]})


def discussed(a: Analysis) -> set[int]:
    """The sentences that say what was discussed ('They discussed energy and trade', 'Rozmowy dotyczyły
    współpracy gospodarczej', '非核化について協議した'): their topic words name the talks' subjects."""
    key = ("discussed", len(a.sentences))
    if key not in a._indexes:
        words = _discuss_words(a.lang)
        a._indexes[key] = {a.sentence_of(m.char_start) for m in words.find(a.tokens)} if words else set()
    return a._indexes[key]
