"""Reports built from source-like articles the report has never seen the answers of: the seed articles
000-002 and 004, examples/ and the development corpora (../shared/corpus/dev*), added as a user adds
them. Every month with events is reported, and each entry is checked against its own event's fields:
a Polish headline naming its actors in Polish (every common word a Polish word, a name after 'z' in
the instrumental), a verb the type allows, a body in the report's language, and nothing left out
without a word (an event of the month is in a section or in the appendix)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kronika.pipeline import add_inputs
from kronika.model import DocumentRef, Event, StoredEvent
from kronika.report.build import load_month, month_bounds
from kronika.report.grammar import _morfeusz
from kronika.report.headline import event_key, headline
from kronika.report.make import make_report
from kronika.report.names import gender, in_case, render
from kronika.report.profile import load_profile
from kronika.store import open_store

ROOT = Path(__file__).resolve().parent.parent
PROFILE = "east-asia-cee"  # Japan and both Koreas with the whole region: what `make demo` reports
# what each type's headline may say and never says (a meeting is no agreement, aid names no giver)
ALLOWED = {"CONSULT/phone": r"telefon", "AGREE": r"uzgodni", "AID": r"pomoc", "SUPPORT": r"popar",
           "REQUEST": r"apel|zwróci\w* się do", "ACCUSE": r"skrytykował|krytyk", "COOPERATE": r"przedsięwzięci",
           "AGREE/unsaid": r"relacj"}
# an AGREE whose source says no one agreed (an invitation, an offer) says no agreement either (AGREE/unsaid)
NEVER = {"CONSULT": r"uzgodni|porozumi|podpisa|zawar|umow", "AID": r"przekazał|ogłosił|otrzymał",
         "AGREE/unsaid": r"uzgodni|porozumi|podpisa|zawar"}
FOREIGN_OK = {"chargé", "d'affaires"}  # the office's own name in Polish


@pytest.fixture(scope="module")
def store(shared, tmp_path_factory):
    seeds = sorted(p for p in (shared / "corpus/seeds").glob("00[0124]_*.txt"))
    dev = [shared / "corpus" / d for d in ("dev", "dev2") if (shared / "corpus" / d).is_dir()]
    s = open_store(str(tmp_path_factory.mktemp("sources") / "k.db"))
    # the corpora's .json files are their gold annotations, not articles: only the texts go in
    texts = [str(p) for d in dev for p in sorted(d.glob("*.txt"))]
    summary = add_inputs(s, [str(p) for p in seeds] + [str(ROOT / "examples")] + texts)
    assert summary.added >= 60 and not summary.failed, summary.failed
    return s


def _months(store) -> list[str]:
    from kronika.store.history import dated_parties

    return sorted({ev.date[:7] for ev in dated_parties(store, "9999-12-31")})


def _unknown_words(text: str) -> list[str]:
    """Common (lower-case) words the Polish dictionary does not know: English or other foreign words."""
    words = re.findall(r"(?<![\w'’-])[a-ząćęłńóśźż][\w'’]*", text)
    return [w for w in words if w not in FOREIGN_OK
            and all(r[2][2].startswith("ign") for r in _morfeusz().analyse(w))]


def test_every_month_every_entry_is_polish_and_nothing_is_dropped(store):
    months = _months(store)
    assert len(months) >= 40
    placed_total = 0
    for month in months:
        rep = make_report(store, PROFILE, month, "pl", with_charts=False)
        entries = [e for s in rep.sections for e in s.entries]
        placed_total += len(entries)
        for e in entries:
            assert not _unknown_words(e.headline), (month, e.headline)
            if e.body_lang:  # a foreign source: the body is composed in Polish, the quote stays apart
                assert not _unknown_words(e.body), (month, e.body)
                assert e.quote and e.quote not in e.body
        first, last = month_bounds(month)
        good, undated, bad = load_month(store, first, last)
        stories = {ev.story for ev in good}
        # every story of the month is an entry, or the appendix says why it is not one
        assert len(entries) + len(rep.appendix) >= len(stories), month
        for ev, why in bad:
            assert any(str(ev.id) in line for line in rep.appendix), (month, ev.id, why)
    assert placed_total >= 60


def test_headlines_say_what_the_type_says_and_name_the_actors(store):
    profile = load_profile(PROFILE)
    checked = named = 0
    for month in _months(store):
        first, last = month_bounds(month)
        for ev in load_month(store, first, last)[0]:
            section = next((s for s in profile.sections if s.holds(set(ev.countries))), None)
            if section is None:
                continue
            h = headline(ev, section, "pl")
            key = event_key(ev)
            allowed = ALLOWED.get(key) or ALLOWED.get(ev.type or "")
            if allowed:
                assert re.search(allowed, h), (key, h)
            never = NEVER.get(key) or NEVER.get(ev.type or "")
            if never:
                assert not re.search(never, h), (key, h)
            checked += 1
            for p in ev.persons:
                if p.role and gender(p, "pl") and p.country in section.a | section.b:
                    surname = render(p, "pl").text.split()[-1]
                    if surname[:4] in h:
                        named += 1
                    # after 'z' a named person is in the instrumental, never the nominative
                    inst = in_case(render(p, "pl"), "inst", "pl")
                    if re.search(rf" z {re.escape(render(p, 'pl').text)}\b", h) and inst != render(p, "pl").text:
                        pytest.fail(f"nominative after 'z': {h}")
    assert checked >= 60 and named >= 40, (checked, named)


def test_a_text_reporting_two_events_gives_each_its_own_sentences():
    from kronika.report.body import body

    text = ("Wizyty w Warszawie\n\nMinister Kamikawa spotkała się w poniedziałek w Warszawie z ministrem Sikorskim. "
            "Rozmowy dotyczyły bezpieczeństwa. W środę premier Tusk rozmawiał telefonicznie z premierem Kishidą. "
            "Rozmowa dotyczyła pomocy dla Ukrainy.")
    span = lambda word: [text.find(word), text.find(word) + len(word)]
    told = lambda evidence: StoredEvent.of(Event(evidence=evidence), DocumentRef(0, text=text))
    visit = told({"type": [span("spotkała")], "topics": [span("bezpieczeństwa")]})
    call = told({"type": [span("telefonicznie")], "topics": [span("pomocy")]})
    assert body(visit) == ("Minister Kamikawa spotkała się w poniedziałek w Warszawie z ministrem Sikorskim. "
                           "Rozmowy dotyczyły bezpieczeństwa.")
    assert body(call) == "W środę premier Tusk rozmawiał telefonicznie z premierem Kishidą. " \
                         "Rozmowa dotyczyła pomocy dla Ukrainy."
