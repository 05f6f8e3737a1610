"""A cheap test before full extraction: can this page hold a diplomatic event of interest?

Back-fills read news crawls where most pages are sport, weather or commerce. A page is kept when
its language is one we read (and was asked for), it names at least two parties (states, groupings
or organisations from the language's lexicons; the home state of the language's press counts as
named) and at least one event word, and, when a focus is given, one of the focus states.
"""
from __future__ import annotations

from dataclasses import dataclass

from kronika import lang as langdata
from kronika.nlp.langid import detect
from kronika.text.lexicon import lex_tokens
from kronika.text.tokens import normalise

MIN_PARTIES = 2     # an event between states needs two of them
SAMPLE = 20_000     # the lead and body of a news page; beyond this the page is not one article


@dataclass
class Verdict:
    keep: bool
    language: str | None
    why: str


def judge(text: str, languages: frozenset[str] | None = None, focus: frozenset[str] | None = None) -> Verdict:
    """Keep or drop a page, with the reason."""
    text = normalise(text[:SAMPLE])
    code = detect(text)
    if code is None or code not in langdata.available():
        return Verdict(False, code, "language not read")
    if languages and code not in languages:
        return Verdict(False, code, "language not asked for")
    lang = langdata.load(code)
    toks = lex_tokens(text)
    parties = {m.key for lex in (lang.countries, lang.groups, lang.organizations) for m in lex.find(toks)}
    named = set(parties)
    if lang.home:  # a language's press reports its home state's relations without always naming it
        parties.add(lang.home)
    if len(parties) < MIN_PARTIES:
        return Verdict(False, code, "fewer than two parties")
    if focus and not named & focus and not (lang.home in focus and len(named) >= 1):
        return Verdict(False, code, "no state of interest")
    if not lang.triggers.find(toks):
        return Verdict(False, code, "no event word")
    return Verdict(True, code, "kept")
