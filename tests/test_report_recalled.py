"""A person the source only recalls ('Przypomnijmy, że…', 'wcześniej', 'wiosną tego roku', 'earlier this
year', 'Напомним') is no actor of the event: every mention of him stands in a sentence that recalls another
time (BACKGROUND of lang/<xx>/events.yaml) and none tells the event, so the headline does not make him
its subject ('minister gospodarki Stepan Kubiw odbył wizytę' for a forum he did not attend). Source-like
articles in Polish, English and Russian, each reported on its own."""
from __future__ import annotations

import pytest

from kronika.pipeline import add_inputs
from kronika.report.make import make_report
from kronika.store import open_store

ARTICLES = {
    "en-recalled.txt": """Ukrainian and Korean firms meet at an energy forum

KYIV, November 27, 2018 - Ukrainian and South Korean companies discussed renewable energy projects at a forum organised by the Korean embassy in Kyiv. The forum follows up a visit to Seoul by a Ukrainian delegation led by Economy Minister Stepan Kubiv earlier this year.
""",
    "pl-forum-energia.txt": """Ukraińsko-koreańskie forum energetyczne

Kijów, 27 listopada 2018 r. – Uczestnicy Ukraińsko-Koreańskiego Forum Energetycznego, zorganizowanego przez Ambasadę Republiki Korei w Kijowie, omówili współpracę w dziedzinie energii odnawialnej. Forum było kontynuacją inicjatywy delegacji ukraińskiej pod przewodnictwem ministra rozwoju gospodarczego Ukrainy Stepana Kubiwa, która wiosną tego roku odwiedziła Seul.
""",
    "pl-przypomnijmy.txt": """Koreańscy studenci w Żytomierzu

Żytomierz, 16 listopada 2018 r. – Delegacja uczelni z Korei Południowej odwiedziła Państwowy Uniwersytet Techniczny w Żytomierzu. Rozmowy dotyczyły wymiany studentów. Przypomnijmy, że w październiku uczelnię odwiedził ambasador Korei Południowej na Ukrainie Lee Yang-gu.
""",
    "ru-napomnim.txt": """Энергетический форум Украины и Кореи

Киев, 27 ноября 2018 года. Украинские и южнокорейские компании обсудили проекты в области возобновляемой энергетики на форуме, организованном посольством Республики Корея в Киеве. Напомним, весной в Сеуле побывала делегация во главе с министром экономического развития Украины Степаном Кубивом.
""",
}


@pytest.fixture(scope="module")
def heads(tmp_path_factory):
    out = {}
    for name, text in ARTICLES.items():
        d = tmp_path_factory.mktemp(name.split(".")[0])
        (d / name).write_text(text, encoding="utf-8")
        s = open_store(str(d / "k.db"))
        assert not add_inputs(s, [str(d / name)]).failed
        out[name] = [e.headline for lang in ("pl", "en") for sec in make_report(
            s, "east-asia-cee", "2018-11", lang, with_charts=False).sections for e in sec.entries]
    return out


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_a_person_only_recalled_is_not_the_headlines_actor(heads, name):
    assert len(heads[name]) == 2, heads[name]  # the event is reported, in Polish and in English
    for h in heads[name]:
        assert not any(w in h for w in ("Kubiw", "Kubiv", "Lee Yang", "I Jang Gu")), h


@pytest.mark.parametrize("name", ["pl-forum-energia.txt", "en-recalled.txt", "ru-napomnim.txt"])
def test_a_visit_only_recalled_does_not_make_the_event_a_visit(heads, name):
    # the forum follows a delegation's visit to Seoul earlier in the year: the forum itself is a meeting
    assert not any(w in h.lower() for h in heads[name] for w in ("wizyt", "visit")), heads[name]
