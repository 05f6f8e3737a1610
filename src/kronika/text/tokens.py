"""Text basics: normalisation that keeps offsets, word tokens and sentences."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from collections import deque
from functools import lru_cache
from itertools import accumulate, repeat

from kronika.text.scripts import HAN, HANGUL, KANA

# One-to-one character replacements, so that character offsets survive normalisation.
_SAME_LENGTH = str.maketrans({
    "ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț",            # Romanian cedilla -> comma below
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "’": "'", "ʼ": "'", "‘": "'", "`": "'",
    "\u2011": "-", "\u2010": "-",
    "\u00ad": " ",                                       # soft hyphen
})

# str.translate looks every character up in the table (11 ms over 100,000 characters); a search
# and a replace per character of the table costs a hundredth of that, and gives the same text
# because no replacement is itself replaced
_REPLACEMENTS = tuple((chr(k), v) for k, v in _SAME_LENGTH.items())
assert not {new for _, new in _REPLACEMENTS} & {old for old, _ in _REPLACEMENTS}, "a chained replacement"

# \w\w* is \w+ with a first character the engine can skip to (a pattern opening with a repeat has none: it is
# tried at every character); the same matches
WORD_RE = re.compile(r"\w\w*(?:[-'.]\w+)*", re.UNICODE)
# Every capital letter of the Latin and Cyrillic alphabets we read, Serbian Ђ and Macedonian Ѓ
# included: written out letter by letter, since a range like А-Я leaves them out.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c.isalpha())
# Scripts without capitals start a sentence with any letter: Hangul, kana, kanji.
_CJK_LETTER = HANGUL + KANA + HAN
_CJK_RE = re.compile(f"[{_CJK_LETTER}]")
_SENT_END_RE = re.compile(r"(?<=[.!?])[\"»”']?\s+(?=[\"«„“]?[" + UPPER + _CJK_LETTER + r"0-9])"
                          r"|(?<=[。！？])[」』）]?\s*|\n\s*\n|\n(?=\s*[-•*\d])"
                          # an agency's bracketed dateline opening a line ends the headline above it, which
                          # in Japanese and Korean closes on no stop ("…会談を確認\n【ワシントン共同】", "(서울=연합뉴스)")
                          r"|\n(?=\s*(?:[【〔［]|[\[(（][^\n\])）=]{1,12}=))"
                          # a page that lost the space after a stop: "… in Nordkorea sein.Laut der …"
                          r"|(?<!www\.)(?<=[^\W\d_]{3}[.!?])(?=[" + UPPER + r"][^\W\d_])"
                          # ... or after a bracket or a quotation closed: "… am Mittwoch (Ortszeit).Nach …"
                          r"|(?<=[^\W\d_][)\]»”\"][.!?])(?=[" + UPPER + r"][^\W\d_]{2})")
ABBREVIATIONS = ("ul", "tzw", "np", "prof", "hr", "pr", "dr", "mgr", "gen", "św", "ds", "nr", "ok", "godz", "mld", "mln",
                 "tys", "sv", "st", "mr", "mrs", "ms", "ph", "jr", "sr", "str", "vs", "etc", "inc", "ltd", "nj", "eksc", "ор",
                 "гр", "ул", "г-н", "г-жа", "проф", "др", "им", "ст", "млн", "млрд", "тыс",
                 "phd",  # "(H.E. PhD. Arturs Krišjānis Kariņš, …)": a title in a Latin original in brackets
                 # words of "or", "so-called", "e.g." that stand inside a clause ("im Handels- bzw. Wirtschafts-…",
                 # "tzv. Výmarský trojúhelník"): the capital after them opens no sentence
                 "bzw", "vgl", "sog", "inkl", "resp", "tzv", "např", "napr", "popř", "tzn", "npr")
# an ordinal's dot ("14.", "am 21. März"), not a year's: "… on 21 March 2023. Earlier, …" ends there
_ABBREV_BEFORE_DOT = re.compile(r"(?:\b\w{1,2}|(?<!\d)\d{1,3}|\b(?:" + "|".join(ABBREVIATIONS) + r"))\.$", re.IGNORECASE)


def _abbreviation_ends(head: str) -> bool:
    """Does the text end with an abbreviation's dot ('prof.', 'J.', '14.') rather than a sentence's?"""
    m = _ABBREV_BEFORE_DOT.search(head[-8:])
    if not m:
        return False
    word = m.group(0)[:-1]
    # "Чве Сон Хи.", "Ri Yong Ho.": a capitalised syllable of two letters closes an East Asian name
    return not (len(word) == 2 and word[0].isupper() and word[1].islower() and word.lower() not in ABBREVIATIONS)


_YEAR_DOT = re.compile(r"(?<![\d.])(?:1[89]|20)\d\d\.$")


def _date_goes_on(head: str, nxt: str) -> bool:
    """'2018. 5. 15.': a year's dot before a digit opens a date written year first, no sentence's end (before a
    word it is one: '… v apríli 2018. S cieľom …'; only one to three digits make an ordinal's dot)."""
    # a match is the head's last five characters (`head` is stripped: "$" is its end); the look-behind still
    # sees the character before them, so the search need not try every character of a long sentence
    return bool(_YEAR_DOT.search(head, max(0, len(head) - 5))) and not nxt.isalpha()


# Cyrillic letters that look like Latin ones: a page whose Latin text was typed or converted with some of them
# ("Prеdsеdnik Rеpublikе", Serbian official sites) reads as Latin, as it looks
_CYR_TO_LAT = str.maketrans("аеорсхуіјѕАВЕКМНОРСТХІЈЅ", "aeopcxyijsABEKMHOPCTXIJS")
_LOOKALIKES = frozenset("аеорсхуіјѕАВЕКМНОРСТХІЈЅ")
# such a letter beside a Latin one; the class opens the pattern, so a scan skips fast over other letters
_MIXED = re.compile("[аеорсхуіјѕАВЕКМНОРСТХІЈЅ](?:(?<=[a-zA-Z\u00c0-\u024f].)|(?=[a-zA-Z\u00c0-\u024f]))")


def _one_script(word: str) -> str:
    """A Latin word with Cyrillic look-alike letters in Latin; a word with other Cyrillic letters unchanged."""
    return word.translate(_CYR_TO_LAT) if all(c < "\u0400" or c in _LOOKALIKES for c in word) else word


def _unmixed(text: str) -> str:
    """The text with Latin words written in Latin letters only (same length); only the words where a
    look-alike meets a Latin letter are looked at."""
    out, last = [], 0
    for m in _MIXED.finditer(text):
        lo, hi = m.start(), m.end()
        if lo < last:
            continue  # in the word already turned
        while lo > 0 and text[lo - 1].isalpha():
            lo -= 1
        while hi < len(text) and text[hi].isalpha():
            hi += 1
        out += [text[last:lo], _one_script(text[lo:hi])]
        last = hi
    return "".join(out) + text[last:] if out else text


def line_around(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding `pos`, its line break left out."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


def normalise(text: str) -> str:
    """Unify look-alike characters without changing the length of the text."""
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    text = _unmixed(text)
    # NFC only when it keeps the length; offsets into the text must stay valid.
    nfc = unicodedata.normalize("NFC", text)
    return nfc if len(nfc) == len(text) else text


@lru_cache(maxsize=65536)  # names and words are folded again and again, each time the same
def fold(s: str) -> str:
    """Lower-case ASCII-ish key for comparing names across spellings."""
    s = s.lower().replace("ł", "l").replace("ß", "ss").replace("đ", "d").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def case_readings(word: str, endings, stem: int = 3) -> list[str]:
    """The word with each case ending it may carry replaced by its nominative ('Kišidou' -> 'Kišida',
    'хабаровске' -> 'хабаровск'); a stem keeps at least `stem` letters (three: fewer reads too much)."""
    # only the endings that end in the word's last letter can fit: a language lists dozens, most words fit none
    try:
        by_last = _endings_by_last(endings if type(endings) is tuple else tuple(endings))
    except TypeError:  # pairs that are lists (unhashable): each ending tried
        by_last = {"": tuple(endings)}
    return [word[: len(word) - len(end)] + rep for end, rep in by_last.get(word[-1:], by_last[""])
            if word.endswith(end) and len(word) - len(end) >= stem]


@lru_cache(maxsize=1024)
def _endings_by_last(endings: tuple) -> dict[str, tuple]:
    """(ending, replacement) pairs by the ending's last letter, each group in the given order, an empty ending
    (which every word ends with) in every group in its place; under "" the empty endings alone."""
    lasts = {end[-1:] for end, _ in endings}
    out = {c: tuple((end, rep) for end, rep in endings if end[-1:] in (c, "")) for c in lasts}
    out[""] = tuple((end, rep) for end, rep in endings if not end)
    return out


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_upper_initial(self) -> bool:
        return self.text[:1].isupper()


# A frozen dataclass's __init__ sets each field through object.__setattr__, which cost as much as
# finding the words; tokenisers fill the slots directly (the same Token, equal and hashable as ever)
_new = object.__new__
_SET_TEXT, _SET_LOW, _SET_START, _SET_END = (Token.text.__set__, Token.low.__set__, Token.start.__set__,
                                             Token.end.__set__)


_drain = deque(maxlen=0).extend  # runs an iterator to its end in C, keeping nothing


def make_token(text: str, low: str, start: int, end: int) -> Token:
    """Token(text, low, start, end), built twice as fast."""
    t = _new(Token)
    _SET_TEXT(t, text)
    _SET_LOW(t, low)
    _SET_START(t, start)
    _SET_END(t, end)
    return t


def tokens_by(rx: re.Pattern, text: str, offset: int = 0) -> list[Token]:
    """A token for each match of rx, built in C: split() by rx captured gives the words between the gaps, and
    the running sum of the parts' lengths their starts and ends (no match object a word); the empty Tokens'
    slots are filled column by column by their descriptors' setters (a Python loop setting four slots a token
    cost twice the regular expression's scan)."""
    parts = captured(rx).split(text)  # [gap, word, gap, word, …, gap]: the matches finditer would give
    words = parts[1::2]
    at = list(accumulate(map(len, parts), initial=offset))  # at[k]: where parts[k] starts
    out = list(map(_new, repeat(Token, len(words))))
    _drain(map(_SET_TEXT, out, words))
    _drain(map(_SET_LOW, out, map(str.lower, words)))
    _drain(map(_SET_START, out, at[1::2]))
    _drain(map(_SET_END, out, at[2::2]))
    return out


_CAPTURED: dict[re.Pattern, re.Pattern] = {}


def captured(rx: re.Pattern) -> re.Pattern:
    """rx as one capturing group, for split() to keep what it matches (rx itself has no group and never
    matches the empty string: a word is one character or more)."""
    got = _CAPTURED.get(rx)
    if got is None:
        if rx.groups or rx.match(""):
            raise ValueError(f"tokens_by: {rx.pattern!r} has a group or matches the empty string")
        got = _CAPTURED[rx] = re.compile("(" + rx.pattern + ")", rx.flags)
    return got


_LOWERED: tuple = (None, "", False)  # the last text lowered: (the text, its lower case, are slices of it safe)


def _lowered(text: str) -> tuple:
    """(text, text.lower(), slices safe), kept for the last text: a document's text is lowered whole by several
    readers. One tuple, read once: a thread meeting another's text lowers its own."""
    global _LOWERED
    last = _LOWERED
    if last[0] is not text:
        low = text.lower()
        # a slice of the lower case is the slice lowered unless a letter's lower case is longer ("İ") or
        # hangs on what follows it (a final "Σ")
        last = _LOWERED = (text, low, len(low) == len(text) and "Σ" not in text)
    return last


def lowered(text: str) -> str:
    """text.lower(), the last text's kept."""
    return _lowered(text)[1]


def lowered_slice(text: str, start: int, end: int) -> str:
    """text[start:end].lower(), read from the whole text's lower case where that is the same string."""
    _, low, safe = _lowered(text)
    return low[start:end] if safe else text[start:end].lower()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens with their character offsets; punctuation is dropped."""
    return tokens_by(WORD_RE, text, offset)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    para: int  # index of the paragraph it belongs to


# a frozen dataclass's __init__ sets each field through object.__setattr__; the Sentences are made as Tokens are
_SET_S_START, _SET_S_END, _SET_S_PARA = Sentence.start.__set__, Sentence.end.__set__, Sentence.para.__set__


def _made(spans: list[tuple[int, int, int]]) -> list[Sentence]:
    """[Sentence(start, end, para) for start, end, para in spans], the slots filled column by column in C."""
    out = list(map(_new, repeat(Sentence, len(spans))))
    if spans:
        starts, ends, paras = zip(*spans)
        _drain(map(_SET_S_START, out, starts))
        _drain(map(_SET_S_END, out, ends))
        _drain(map(_SET_S_PARA, out, paras))
    return out


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping paragraph numbers; cheap rules, no model."""
    out: list[tuple[int, int, int]] = []
    para = 0
    for pstart, pend, joins in _paragraphs(text):
        ptext = text[pstart:pend]
        if not ptext.strip():
            continue
        start = 0
        for ms, me in _ends(ptext):
            if joins and any(ms <= j - pstart < me for j in joins):
                continue  # a blank line a page put inside one sentence
            if ms < start:
                continue  # a line break inside a stop's own gap
            head = ptext[start:ms].rstrip()
            if (_abbreviation_ends(head) or _date_goes_on(head, ptext[me:me + 1])) and not head.endswith(("!", "?")):
                continue
            if head.endswith("。") and _in_brackets(head, ptext, me):
                continue
            if head.strip():
                out.append((pstart + start, pstart + ms, para))
            start = me
        if ptext[start:].strip():
            out.append((pstart + start, pstart + len(ptext.rstrip()), para))
        para += 1
    return _made(out)


BRACKET_REACH = 40  # characters from an opening bracket to the stop inside it, and from the stop to its close


def _in_brackets(head: str, ptext: str, me: int) -> bool:
    """Is the ideographic stop ending `head` inside brackets that close right after it, no sentence's end
    ("5月22日午後2時45分(現地時間。日本時間同日午後9時45分)から約15分間,河野外務大臣は…")?"""
    tail = head[-BRACKET_REACH:]
    i = max(tail.rfind("("), tail.rfind("（"))
    if i < 0 or max(tail.rfind(")"), tail.rfind("）")) > i:
        return False
    rest = ptext[me:me + BRACKET_REACH]
    j = min((k for k in (rest.find(")"), rest.find("）")) if k >= 0), default=-1)
    return j >= 0 and "。" not in rest[:j] and "\n" not in rest[:j]


# every match of _SENT_END_RE starts right after a stop or at a line break; its search tries every
# character (the pattern opens with look-behinds), a search for these characters runs in C
_STOP_OR_BREAK = re.compile(r"[.!?。！？\n]")


def stop_spans(ptext: str) -> list[tuple[int, int]]:
    """The spans of _SENT_END_RE.finditer(ptext), its pattern tried only where a match can start."""
    out: list[tuple[int, int]] = []
    pos = 0  # where finditer would search on from
    last = -1  # the last place tried (a stop before a line break names it twice)
    for c in _STOP_OR_BREAK.finditer(ptext):
        at = c.start() if c.group() == "\n" else c.end()
        if at < pos or at == last:
            continue
        last = at
        m = _SENT_END_RE.match(ptext, at)
        if m:
            s, e = m.span()
            out.append((s, e))
            # after an empty match finditer moves on one character: no other match can start there,
            # since the pattern's alternatives that match empty are tried only after the others fail
            pos = e if e > s else e + 1
    return out


# a line break and the white space after it: a search for it skips to the breaks in C (one for r"[ \t]*\n\s*"
# would stop at every blank of a paragraph); the blanks before the break are added after (_line_breaks)
_BREAK_RUN = re.compile(r"\n\s*")
_CLOSED_LINE = re.compile(r"(?:[^\W\d_]*[" + UPPER + r"][^\W_]*|\d+)[\"»”')]?$")  # ends in a name or number


def _ends(ptext: str) -> list[tuple[int, int]]:
    """Where sentences end in a paragraph: at a stop, and at a line break after a line that closes on a
    name or a number, before one that opens in capitals (a headline over its lead, a date line: "Vučić:
    Čast mi je … u Japanu\nRTS 16.07.2019\nPredsednik …"); a line that closes on a lower-case word may
    be a wrapped sentence going on."""
    ends = stop_spans(ptext)
    width = None  # the longest line's, measured only when a break is asked about (most paragraphs are one line)
    line_start = 0
    for ms, me in _line_breaks(ptext):
        nxt = ptext[me:me + 1]
        if _closes_line(ptext, line_start, ms) and (nxt.isupper() or nxt.isdigit()) \
                and not _wrapped(ptext, line_start, ms, me, width if width is not None else (
                    width := max(len(line.rstrip()) for line in ptext.split("\n")))):
            ends.append((ms, me))
        line_start = me
    return sorted(set(ends))


def _line_breaks(ptext: str) -> list[tuple[int, int]]:
    """The spans of the matches of `[ \\t]*\\n\\s*` in ptext: a break with the blanks and tabs before it and the
    white space after it. A match of _BREAK_RUN is the same match from its break on; the blanks before the break are the
    rest (they follow a character that is no white space, so they never reach back into the match before)."""
    out = []
    if "\n" not in ptext:  # most paragraphs are one line
        return out
    for m in _BREAK_RUN.finditer(ptext):
        s, e = m.span()
        while s and ptext[s - 1] in " \t":
            s -= 1
        out.append((s, e))
    return out


def _closes_line(ptext: str, start: int, end: int) -> bool:
    """_CLOSED_LINE.search(ptext, start, end), looked for in the line's last word alone: a match is letters
    and digits up to the end (a quote after them), and the search would try every character of the line."""
    j = end
    if j > start and ptext[j - 1] in "\"»”')":
        j -= 1
    while j > start and ptext[j - 1].isalnum():  # [^\W_] is str.isalnum
        j -= 1
    return _CLOSED_LINE.search(ptext, j, end) is not None


def _wrapped(ptext: str, line_start: int, brk_start: int, brk_end: int, width: int) -> bool:
    """Was a line broken (at brk_start:brk_end) only because it was full? Then the next line's first word would
    not have fitted on it ("… z premierem Japonii\nShinzo Abe …" in a text wrapped at 72 columns goes on)."""
    first_word = ptext[brk_end:].split(None, 1)[0] if ptext[brk_end:].strip() else ""
    return brk_start - line_start + 1 + len(first_word) > width


_PARA_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_OPEN_END = re.compile(r"(?:^|\s)[^\W\d_]+,?\s*$")  # ends in a word (tested for lower case below)


def _paragraphs(text: str) -> list[tuple[int, int, list[int]]]:
    """Paragraph spans and where pieces were joined: the pieces a page cut out of one sentence belong
    together again, a linked name set on a line of its own ("…, hogy\n\nOrbán Viktor\n\nkormányfő …")."""
    out: list[tuple[int, int, list[int]]] = []
    for m in _PARA_RE.finditer(text):
        s, e = m.span()
        # _continues asks first of all that the paragraph before end in a letter or a comma (_open_end): its last
        # character tells, unless it is white space ([^\W\d_] is str.isalnum() without str.isdecimal())
        if out and ((c := text[out[-1][1] - 1]) == "," or c.isalnum() and not c.isdecimal() or c.isspace()) \
                and _continues(text[out[-1][0]:out[-1][1]], text[s:e]):
            ps, pe, joins = out[-1]
            out[-1] = (ps, e, [*joins, pe])
        else:
            out.append((s, e, []))
    return out


_LETTER = re.compile(r"[^\W\d_]")


def _open_end(prev: str) -> re.Match | None:
    """_OPEN_END.search(prev), tried where alone it can match: at the blank before the last word of the
    text (or at its start), since a match is a blank, then letters and a comma up to blanks and the end
    (\\s is what str.isspace() takes, as split() and rstrip() do); a search tried every character."""
    last = prev.rstrip()
    if last[-1:] != "," and not _LETTER.match(last[-1:]):
        return None  # it ends in neither a letter nor a comma
    word = last.rsplit(None, 1)[-1]
    return _OPEN_END.search(prev, max(0, len(last) - len(word) - 1))


def _continues(prev: str, cur: str) -> bool:
    """Is `cur` the rest of a sentence `prev` left open: `prev` ends in a lower-case word of running text
    (three words or more) and `cur` is a short name line or opens in lower case?"""
    first = cur.lstrip()[:1]
    end = _open_end(prev)
    if not first.isalpha() or not end or len(prev.split(None, 2)) < 3:  # three words: the rest need not be split
        return False
    if first.islower():
        return True  # "Orbán Viktor\n\nkormányfő a hónap végén …": the sentence goes on
    return end.group().strip()[:1].islower() and len(cur.split(None, 3)) <= 3 and not _SENT_END_RE.search(cur)


@lru_cache(maxsize=4096)
def strip_accents(s: str) -> str:
    """Drop combining marks (ō -> o) but keep letters such as ł."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# "ホーム > 組織でさがす > 観光戦略部 > …", "Home › News › Politics": the path of pages a site prints above its text
_BREADCRUMB_STEP = re.compile(r"\s[>›»＞]\s|＞")
BREADCRUMB_STEPS = 3
_BREADCRUMB_SIGNS = ">›»＞"  # every match of _BREADCRUMB_STEP holds one of them


def is_prose(paragraph: str) -> bool:
    """A paragraph of running text, not a headline, menu line, breadcrumb trail or date stamp."""
    # a Hangul syllable or kanji holds about three Latin letters; Japanese has no spaces to count
    n = len(paragraph)
    if 3 * n < 120:  # too short even if every character were a kanji (the count below would not help)
        return False
    # twelve words or more: split(None, 11) gives twelve parts exactly then, the count below twelve otherwise
    if not (n >= 120 and len(paragraph.split(None, 11)) >= 12):  # long enough by its words: no kanji need counting
        cjk = len(_CJK_RE.findall(paragraph))
        if not (n + 2 * cjk >= 120 and (len(paragraph.split(None, 11)) >= 12 or cjk >= 40)):
            return False
    # the steps' signs looked for in C first: the pattern opens with \s, so its search tries every character
    return not any(c in paragraph for c in _BREADCRUMB_SIGNS) \
        or len(_BREADCRUMB_STEP.findall(paragraph)) < BREADCRUMB_STEPS
