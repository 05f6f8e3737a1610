"""Reports built from the seed articles 000-002 and 004 as a user adds them (real texts in Polish, Bulgarian
and German): headlines naming the actors with the verb of their type, Polish bodies with the source's key
sentence quoted whole, and an appendix naming the events no report could place by date."""
from __future__ import annotations

import pytest

from kronika.pipeline import add_inputs
from kronika.report.words import sentences
from kronika.report.make import make_report
from kronika.report.render import render
from kronika.store import open_store


@pytest.fixture(scope="module")
def store(shared, tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("seeds") / "s.db"))
    seeds = sorted(p for p in (shared / "corpus/seeds").glob("00[0124]_*.txt"))
    summary = add_inputs(s, [str(p) for p in seeds])
    assert summary.added == 4 and not summary.failed
    return s


def entries(rep):
    return [e for s in rep.sections for e in s.entries]


def test_a_bulgarian_source_gets_a_polish_headline_body_and_a_marked_quote(store):
    rep = make_report(store, "japan-cee", "2025-09", "pl", with_charts=False)
    (entry,) = [e for e in entries(rep) if e.date == "2025-09-24"]
    assert entry.headline == ("prezydent Bułgarii Rumen Radew spotkał się z wiceministrem obrony narodowej Japonii "
                              "Yozo Kaneko")
    assert entry.body_lang == "bg" and "Uczestnicy: prezydent Bułgarii Rumen Radew" in entry.body
    assert "Strony: Bułgaria i Japonia." in entry.body and entry.quote.endswith(".")


def test_the_key_sentence_is_quoted_whole_past_an_ordinal(store):
    rep = make_report(store, "japan-cee", "2022-12", "pl", with_charts=False)
    (entry,) = entries(rep)
    assert entry.headline.startswith("minister spraw zagranicznych Azerbejdżanu Jeyhun Bayramov spotkał się z")
    assert entry.quote.startswith("Der aserbaidschanische Außenminister Jeyhun Bayramov ist im Rahmen des 29. Treffens")
    assert "> Kluczowe zdanie źródła (de): „Der aserbaidschanische" in render(rep, "md").decode()


@pytest.mark.parametrize("month", ["2022-05", "2025-09"])
def test_events_without_any_date_are_named_in_every_report(store, month):
    rep = make_report(store, "japan-cee", month, "pl", with_charts=False)
    undated = [x for x in rep.appendix if x.startswith("bez daty:")]
    assert len(undated) == 2 and all("ani dokument nie ma daty" in x for x in undated)
    assert any("000_" in x for x in undated) and any("001_" in x for x in undated)


def test_an_ordinals_full_stop_ends_no_sentence():
    text = "Sie trafen sich am 5. Dezember in Wien. Am 29. Treffen nahm auch Japan teil. Danach sprachen sie."
    assert sentences(text) == ["Sie trafen sich am 5. Dezember in Wien.", "Am 29. Treffen nahm auch Japan teil.",
                               "Danach sprachen sie."]
    assert sentences("Minister spotkał się z ambasadorem. Rozmowy dotyczyły gospodarki.") == [
        "Minister spotkał się z ambasadorem.", "Rozmowy dotyczyły gospodarki."]
