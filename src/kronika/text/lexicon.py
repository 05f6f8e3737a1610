"""Find phrases from a language's word lists in tokenised text.

A form is one or more words; a word ending in ``*`` matches any word starting with the rest.
A one-word form starting with ``*`` matches any word ending with the rest, for languages that
build compounds ("*minister" matches Estonian "välisminister", German "Außenminister").
Hyphens split words both in forms and in text, so "polsko-japońskiego" yields two words.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress
from operator import attrgetter
from dataclasses import dataclass
from typing import Iterable, Mapping

from kronika.text.tokens import Token, tokens_by

LEX_WORD_RE = re.compile(r"\w\w*(?:['.]\w+)*", re.UNICODE)  # \w\w*: a first character to skip to (tokens.WORD_RE)
MIN_STEM = 3
MIN_SUFFIX = 5


@dataclass(frozen=True, slots=True)
class Match:
    key: str
    start: int  # first token index
    end: int    # one past the last token index
    char_start: int
    char_end: int
    form: str


_new = object.__new__
_SET = tuple(getattr(Match, f).__set__ for f in ("key", "start", "end", "char_start", "char_end", "form"))


def _match(key: str, start: int, end: int, char_start: int, char_end: int, form: str) -> Match:
    """Match(key, start, end, char_start, char_end, form), its slots set directly: a frozen dataclass's
    __init__ sets each through object.__setattr__, at twice the cost."""
    m = _new(Match)
    sk, ss, se, scs, sce, sf = _SET
    sk(m, key)
    ss(m, start)
    se(m, end)
    scs(m, char_start)
    sce(m, char_end)
    sf(m, form)
    return m


def lex_tokens(text: str, offset: int = 0) -> list[Token]:
    """Tokens for lexicon look-ups: hyphenated compounds are split into their parts."""
    return tokens_by(LEX_WORD_RE, text, offset)


def _parse_form(form: str) -> tuple[tuple[str, bool], ...]:
    words = []
    for raw in form.lower().replace("’", "'").split():
        star = raw.endswith("*")
        raw = raw.rstrip("*").rstrip(".")
        parts = LEX_WORD_RE.findall(raw)
        for i, p in enumerate(parts):
            words.append((p, star and i == len(parts) - 1))
    return tuple(words)


class Lexicon:
    """Longest-match phrase finder over lower-cased tokens."""

    def __init__(self, entries: Mapping[str, Iterable[str]]):
        self.exact: dict[str, list[tuple[tuple[tuple[str, bool], ...], str, str]]] = {}
        self.prefix: dict[str, list[tuple[tuple[tuple[str, bool], ...], str, str]]] = {}
        self.suffix: dict[str, list[tuple[tuple[tuple[str, bool], ...], str, str]]] = {}
        self.max_prefix = 0
        self._opening: dict[str, bool] = {}
        for key, forms in entries.items():
            for form in forms or ():
                form = str(form)
                if form.startswith("*") and " " not in form.strip():
                    tail = form.strip().lstrip("*").lower()
                    if len(tail) >= MIN_SUFFIX:
                        self.suffix.setdefault(tail, []).append((((tail, False),), str(key), form))
                    continue
                words = _parse_form(form)
                if not words or (words[0][1] and len(words[0][0]) < MIN_STEM):
                    continue
                first, star = words[0]
                bucket = self.prefix if star else self.exact
                bucket.setdefault(first, []).append((words, str(key), str(form)))
                if star:
                    self.max_prefix = max(self.max_prefix, len(first))

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefix or self.suffix)

    def _candidates(self, low: str):
        yield from self.exact.get(low, ())
        if self.prefix:
            for n in range(min(len(low), self.max_prefix), MIN_STEM - 1, -1):
                yield from self.prefix.get(low[:n], ())
        if self.suffix:
            for n in range(len(low), MIN_SUFFIX - 1, -1):
                yield from self.suffix.get(low[-n:], ())

    @staticmethod
    def _word_ok(word: tuple[str, bool], low: str) -> bool:
        text, star = word
        return low.startswith(text) if star else low == text

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        """The longest form starting at token i, if any."""
        low = tokens[i].low
        opens = self._opening.get(low)  # the memo read here: most words open no form, and most were met before
        if not (self._opens(low) if opens is None else opens):  # one look-up, not a walk of the stems
            return None
        best = None
        for words, key, form in self._candidates(tokens[i].low):
            n = len(words)
            if i + n > len(tokens) or (best and n <= best.end - best.start):
                continue
            if all(self._word_ok(words[k], tokens[i + k].low) for k in range(1, n)):
                # exact forms beat stems of the same length
                best = Match(key, i, i + n, tokens[i].start, tokens[i + n - 1].end, form)
        return best

    def _opens(self, low: str) -> bool:
        """Does some form start with this word? Memoised per word: a text's words recur."""
        hit = self._opening.get(low)
        if hit is None:
            hit = next(self._candidates(low), None) is not None
            if len(self._opening) > MultiLexicon.CACHE_MAX:  # bounded, as MultiLexicon's caches are
                self._opening.clear()
            self._opening[low] = hit
        return hit

    def find(self, tokens: list[Token]) -> list[Match]:
        """All non-overlapping longest matches, left to right."""
        # only words that open some form are tried (match_at of any other is None): one look-up a word,
        # in C for the words met before, through _opens for the others
        lows = [t.low for t in tokens]  # a comprehension reads a slot faster than map(attrgetter) (3.11)
        opens = list(map(self._opening.get, lows))
        if None in opens:
            opens = [self._opens(low) if hit is None else hit for low, hit in zip(lows, opens)]
        out, free = [], 0
        for i in compress(range(len(tokens)), opens):
            if i < free:
                continue
            m = self.match_at(tokens, i)
            if m:
                out.append(m)
                free = m.end
        return out


class MultiLexicon:
    """Several lexicons matched in one pass; each keeps its own longest, non-overlapping matches."""

    CACHE_MAX = 200_000

    def __init__(self, lexicons: Mapping[str, Lexicon]):
        self.categories = list(lexicons)
        self.exact: dict[str, list] = {}
        self.prefix: dict[str, list] = {}
        self.suffix: dict[str, list] = {}
        self.max_prefix = 0
        for cat, lex in lexicons.items():
            for bucket, target in ((lex.exact, self.exact), (lex.prefix, self.prefix), (lex.suffix, self.suffix)):
                for first, entries in bucket.items():
                    target.setdefault(first, []).extend((w, cat, k, f) for w, k, f in entries)
            self.max_prefix = max(self.max_prefix, lex.max_prefix)
        self._cache: dict[str, tuple] = {}
        self._grouped: dict[str, tuple] = {}
        self._pairs: dict[tuple[str, str | None], tuple] = {}  # (word, next word) -> _chosen

    def _candidates(self, low: str) -> tuple:
        hit = self._cache.get(low)
        if hit is None:
            found = list(self.exact.get(low, ()))
            for n in range(min(len(low), self.max_prefix), MIN_STEM - 1, -1):
                found.extend(self.prefix.get(low[:n], ()))
            if self.suffix:
                for n in range(len(low), MIN_SUFFIX - 1, -1):
                    found.extend(self.suffix.get(low[-n:], ()))
            hit = tuple(found)
            if len(self._cache) > self.CACHE_MAX:  # bounded: a long-running process meets many words
                self._cache.clear()
            self._cache[low] = hit
        return hit

    def _by_category(self, low: str) -> tuple:
        """The candidates of a word per category, longest first (ties in list order): the first
        form that fits is the one `Lexicon.find` keeps, so the rest need no look."""
        groups: dict[str, list] = {}
        for words, cat, key, form in self._candidates(low):
            second = words[1] if len(words) > 1 else ("", True)  # checked first: most forms fail there
            groups.setdefault(cat, []).append((len(words), words, key, form, *second))
        hit = tuple((cat, *_by_second(tuple(sorted(c, key=lambda x: -x[0])))) for cat, c in groups.items())
        if len(self._grouped) > self.CACHE_MAX:
            self._grouped.clear()
        self._grouped[low] = hit
        return hit

    def find_all(self, tokens: list[Token]) -> dict[str, list[Match]]:
        """Matches per category, as `Lexicon.find` would give them one by one."""
        out: dict[str, list[Match]] = {c: [] for c in self.categories}
        free: dict[str, int] = dict.fromkeys(self.categories, 0)
        n_tok = len(tokens)
        # each word's candidates looked up in C, and only the words that have some visited in Python
        lows = [t.low for t in tokens]  # a comprehension reads a slot faster than map(attrgetter) (3.11)
        found = list(map(self._grouped.get, lows))
        if None in found:  # words not met before
            found = [self._by_category(low) if g is None else g for low, g in zip(lows, found)]
        pairs = self._pairs
        if len(pairs) > self.CACHE_MAX:
            pairs.clear()
        for i in compress(range(n_tok), found):
            nxt = lows[i + 1] if i + 1 < n_tok else None
            chosen = pairs.get((lows[i], nxt))
            if chosen is None:
                chosen = pairs[lows[i], nxt] = _chosen(found[i], nxt)
            if chosen is not _UNSURE:  # the forms of the word and the next one decide: as remembered
                for cat, n, key, form in chosen:
                    if i >= free[cat]:
                        out[cat].append(_match(key, i, i + n, tokens[i].start, tokens[i + n - 1].end, form))
                        free[cat] = i + n
                continue
            tok = tokens[i]
            for cat, cands, by_second in found[i]:
                if i < free[cat]:
                    continue
                if by_second and i + 1 < n_tok:  # only the forms whose second word can be the next one
                    cands = by_second.get(tokens[i + 1].low, cands)
                for n, words, key, form, second, star in cands:
                    if n > 1:
                        if i + n > n_tok:
                            continue
                        nxt = tokens[i + 1].low
                        if not (nxt.startswith(second) if star else nxt == second) or \
                                (n > 2 and not _rest_fits(words, tokens, i)):
                            continue
                    out[cat].append(Match(key, i, i + n, tok.start, tokens[i + n - 1].end, form))
                    free[cat] = i + n
                    break
        return out


_UNSURE = ("unsure",)  # a word whose choice depends on words after the next one: chosen at each place


def _chosen(groups: tuple, nxt: str | None) -> tuple:
    """(category, length, key, form) of the form each category keeps at a word of these candidate
    groups followed by the word `nxt` (None at the end of the text), as find_all's walk of the
    candidates chooses it; _UNSURE when a form of three words or more gets as far as its third word.
    Most candidates are forms of one or two words (function words open dozens of them), so the
    choice is remembered per pair of words instead of walked at every place."""
    out = []
    for cat, cands, by_second in groups:
        if by_second and nxt is not None:
            cands = by_second.get(nxt, cands)
        for n, _words, key, form, second, star in cands:
            if n > 1:
                if nxt is None or not (nxt.startswith(second) if star else nxt == second):
                    continue  # no next word, or not this form's second: find_all passes it over too
                if n > 2:
                    return _UNSURE  # the words after the next one decide
            out.append((cat, n, key, form))
            break
    return tuple(out)


def _by_second(cands: tuple) -> tuple[tuple, dict[str, tuple]]:
    """A word's candidates as (those that fit whatever its next word is, {next word: those that fit it}),
    each in the given order: "w" opens forty forms in Polish ("w tym tygodniu", "w przyszłym roku"),
    and a look-up of the next word leaves the few that can fit. The dict is empty when no form
    needs a given second word."""
    seconds = {c[4] for c in cands if c[0] > 1 and not c[5]}
    if not seconds:
        return cands, {}
    loose = tuple(c for c in cands if c[0] == 1 or c[5])
    return loose, {w: tuple(c for c in cands if c[0] == 1 or c[5] or c[4] == w) for w in seconds}


def _rest_fits(words, tokens: list[Token], i: int) -> bool:
    """Do the form's words from the third on fit the tokens after token i + 1?"""
    for k in range(2, len(words)):
        text, star = words[k]
        low = tokens[i + k].low
        if not (low.startswith(text) if star else low == text):
            return False
    return True


_CHAR_START = attrgetter("char_start")


class ByStart:
    """Matches sorted by their first character: those in a range in log time, whatever the text's length."""

    def __init__(self, matches: list):
        # keys and running maximum in C: an index is built for every kind of match of every text
        self.matches = sorted(matches, key=_CHAR_START)
        self.starts = [m.char_start for m in self.matches]  # a comprehension reads a slot faster than attrgetter
        self._max_end = list(accumulate([m.char_end for m in self.matches], max))  # the furthest end up to each one

    def between(self, lo: int, hi: int) -> list:
        """Matches that start at lo <= start < hi, in text order."""
        return self.matches[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def overlaps(self, lo: int, hi: int) -> bool:
        """Does some match share a character with lo..hi (start < hi and lo < end)?"""
        i = bisect.bisect_left(self.starts, hi) - 1
        return i >= 0 and self._max_end[i] > lo

    def covers(self, pos: int) -> bool:
        """Does some match span the character at `pos`?"""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self._max_end[i] > pos
