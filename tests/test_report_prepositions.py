"""States Polish puts 'na' before ('na Ukrainie', 'na Białorusi', 'na Węgrzech': STATE_PREPOSITION of
report/messages/pl.yaml), in a headline's place and in a composed summary, as the analysts write them.
A source-like English article of a visit to a state with no city named."""
from __future__ import annotations

from kronika.pipeline import add_inputs
from kronika.report.make import make_report
from kronika.store import open_store

ARTICLE = """Japanese envoy visits Ukraine

November 21, 2018 - Japan's State Minister for Foreign Affairs Kiyoshi Odawara paid a working visit to Ukraine. The talks focused on energy efficiency and humanitarian demining.
"""


def test_a_visit_to_ukraine_is_na_ukrainie(tmp_path):
    (tmp_path / "en-ukraine.txt").write_text(ARTICLE, encoding="utf-8")
    s = open_store(str(tmp_path / "k.db"))
    assert not add_inputs(s, [str(tmp_path / "en-ukraine.txt")]).failed
    entry = next(e for sec in make_report(s, "east-asia-cee", "2018-11", "pl", with_charts=False).sections
                 for e in sec.entries)
    assert entry.headline.endswith("odbył wizytę na Ukrainie"), entry.headline
    assert entry.body.startswith("Wizyta odbyła się na Ukrainie."), entry.body
    assert "w Ukrainie" not in entry.headline + entry.body
