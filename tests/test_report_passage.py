"""An event keeps the passage of its document it is told in (migration 0009: events.region_start,
region_end), and a report reads its body from there: an embassy's chronicle of three dated entries,
stored as one document, gives each entry its own sentences, not a neighbour's where a person of the
entry was first named. The chronicle is written here in the style of the embassies' monthly notes."""
from __future__ import annotations

from kronika.pipeline import add_inputs
from kronika.report.build import load_events, month_bounds
from kronika.report.make import make_report
from kronika.store import open_store

CHRONICLE = """Kronika Ambasady w Tokio – listopad 2018

5 listopada: Ambasador Białorusi Ruslan Esin spotkał się w Tokio z wiceministrem spraw zagranicznych Japonii Kazuyukim Nakane. Rozmowy dotyczyły współpracy gospodarczej i inwestycji.

12 listopada: W Tokio otwarto wystawę fotografii z Mińska. W otwarciu uczestniczył ambasador Białorusi Ruslan Esin oraz przedstawiciele władz miasta. Wystawa potrwa do końca miesiąca.

20 listopada: Premier Japonii Shinzo Abe przyjął w Tokio delegację parlamentarzystów z Ukrainy. Strony omówiły sytuację na Morzu Azowskim i kwestie bezpieczeństwa.
"""


def _store(tmp_path):
    (tmp_path / "pl-kronika-ambasady.txt").write_text(CHRONICLE, encoding="utf-8")
    s = open_store(str(tmp_path / "k.db"))
    summary = add_inputs(s, [str(tmp_path / "pl-kronika-ambasady.txt")])
    assert not summary.failed, summary.failed
    return s


def test_each_event_of_a_chronicle_keeps_its_entry_as_its_passage(tmp_path):
    s = _store(tmp_path)
    events = sorted(load_events(s, *month_bounds("2018-11")), key=lambda e: e.date)
    assert [e.date for e in events] == ["2018-11-05", "2018-11-12", "2018-11-20"]
    text = events[0].document.text
    told = [text[e.region[0]:e.region[1]] for e in events]
    assert told[0].startswith("5 listopada:") and "Kazuyukim Nakane" in told[0] and "wystawę" not in told[0]
    assert told[1].startswith("12 listopada:") and "Nakane" not in told[1] and "Shinzo Abe" not in told[1]
    assert told[2].startswith("20 listopada:") and told[2].rstrip().endswith("bezpieczeństwa.")


def test_a_chronicle_entrys_body_holds_only_its_own_sentences(tmp_path):
    s = _store(tmp_path)
    rep = make_report(s, "east-asia-cee", "2018-11", "pl", with_charts=False)
    bodies = {e.date: e.body for sec in rep.sections for e in sec.entries}
    # the exhibition's entry names Esin, first named in the entry before it: that entry's meeting is not its body
    assert bodies["2018-11-12"].startswith("W Tokio otwarto wystawę fotografii z Mińska."), bodies["2018-11-12"]
    assert "Nakane" not in bodies["2018-11-12"] and "12 listopada:" not in bodies["2018-11-12"]
    assert "Nakane" in bodies["2018-11-05"] and "wystaw" not in bodies["2018-11-05"]
