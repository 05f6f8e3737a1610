"""Who visits and who receives when the stored place is not the event's: a Russian church delegation
'odwiedziła Pjongjang' and was received by a North Korean deputy minister, but the place was read from the
adjective 'Rosyjskiego Kościoła'; the city the sentences that tell the event name (in the source language's
CITIES) makes the Korean the host, not a visitor. A Korean name the source declines as only a man's is
declined ('Pak Myong-guka') tells the verb its gender, in that entry and in another entry naming him
undeclined. Source-like Polish articles."""
from __future__ import annotations

import pytest

from kronika.pipeline import add_inputs
from kronika.report.make import make_report
from kronika.store import open_store

ARTICLES = {
    "pl-duchowni.txt": """Duchowni z Moskwy w Pjongjangu

Pjongjang, 28 listopada 2018 r. – Z okazji rocznicy nawiązania stosunków dyplomatycznych delegacja Rosyjskiego Kościoła Prawosławnego odwiedziła Pjongjang. Delegacja została przyjęta przez wiceministra spraw zagranicznych KRLD Pak Myong-guka. Obie strony omówiły współpracę między wspólnotami religijnymi.
""",
    "pl-pak.txt": """Wiceminister KRLD w ambasadzie Rosji

Pjongjang, 8 listopada 2018 r. – Wiceminister spraw zagranicznych KRLD Pak Myong-guk spotkał się w Pjongjangu z ambasadorem Rosji Aleksandrem Maciegorą. Rozmowy dotyczyły stosunków dwustronnych.
""",
}


@pytest.fixture(scope="module")
def heads(tmp_path_factory):
    d = tmp_path_factory.mktemp("host")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    s = open_store(str(d / "k.db"))
    assert not add_inputs(s, [str(d / n) for n in ARTICLES]).failed
    return {lang: {e.date: e.headline for sec in make_report(s, "east-asia-cee", "2018-11", lang, with_charts=False)
                   .sections for e in sec.entries} for lang in ("pl", "en")}


def test_the_official_of_the_visited_state_receives_the_visitors(heads):
    assert heads["pl"]["2018-11-28"].endswith("Myong-guk przyjął przedstawicieli Rosji"), heads["pl"]
    assert heads["en"]["2018-11-28"].endswith("Myong-guk received representatives of Russia"), heads["en"]


def test_a_mans_case_ending_in_one_entry_tells_the_verb_in_another(heads):
    # 'Pak Myong-guka' (genitive, a man's) in one article; 'Pak Myong-guk' in the other: not the neutral form
    assert " spotkał się z ambasadorem Rosji " in heads["pl"]["2018-11-08"], heads["pl"]
