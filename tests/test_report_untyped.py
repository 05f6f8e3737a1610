"""Events of no PLOVER type (an award, an appointment, an exhibition) from Polish sources: the English
headline is composed from the fields that exist (who, with whom, the counterpart state, where, about
what), not 'an event involving …'; a Korean name of no known state keeps the family-first order its
source gives it; the Polish headline, the source's own sentence, starts in lower case after its date
when its first word is a common noun. Source-like Polish articles."""
from __future__ import annotations

import pytest

from kronika.pipeline import add_inputs
from kronika.report.make import make_report
from kronika.store import open_store

ARTICLES = {
    "pl-nagrody.txt": """Nagrody konkursu wiedzy o Rosji

Seul, 20 listopada 2018 r. – Ambasador Rosji w Korei Południowej Andriej Kulik i rektor Uniwersytetu Korea Kim Jae-ho wręczyli w Seulu nagrody laureatom konkursu wiedzy o Rosji wśród koreańskich studentów.
""",
    "pl-nominacja.txt": """Nowy wiceminister spraw zagranicznych KRLD

Pjongjang, 9 listopada 2018 r. – Ambasada Rosji w Pjongjangu poinformowała, że dyrektor Pierwszego Departamentu ds. Europejskich Kim Hyon-chol został mianowany wiceministrem spraw zagranicznych KRLD. Kim będzie odpowiedzialny za stosunki z Rosją.
""",
    "pl-wystawa.txt": """Wystawa japońskiej kaligrafii w Mińsku

Mińsk, 14 listopada 2018 r. – W Mińsku pokazano wystawę japońskiej kaligrafii przygotowaną przez Fundację Japońską. Ekspozycja poświęcona jest kulturze Japonii i potrwa do końca miesiąca.
""",
}


@pytest.fixture(scope="module")
def heads(tmp_path_factory):
    d = tmp_path_factory.mktemp("untyped")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    s = open_store(str(d / "k.db"))
    assert not add_inputs(s, [str(d / n) for n in ARTICLES]).failed
    return {lang: {e.date: e.headline for sec in make_report(s, "east-asia-cee", "2018-11", lang, with_charts=False)
                   .sections for e in sec.entries} for lang in ("pl", "en")}


@pytest.mark.parametrize("day,words", [
    ("2018-11-20", ["Kim Jae-ho", "with Russia's ambassador Andrey Kulik", "in Seoul"]),  # who with whom, where
    ("2018-11-09", ["Director Kim Hyon-chol", "Russia"]),
    ("2018-11-14", ["Japan and Belarus", "in Minsk", "culture"]),
])
def test_english_headlines_of_untyped_polish_events_are_composed_from_their_fields(heads, day, words):
    h = heads["en"][day]
    assert "event" not in h and all(w in h for w in words), h


def test_a_polish_headline_of_its_sources_sentence_starts_as_a_headline_does(heads):
    assert heads["pl"]["2018-11-20"].startswith("ambasador Rosji w Korei Południowej Andriej Kulik i rektor")
    assert heads["pl"]["2018-11-09"].startswith("dyrektor Pierwszego Departamentu")
