"""The monthly report built from source-like articles: headlines naming the actors, bodies in the report's
language, an appendix of what was not placed, a bad stored event named and passed over, every format."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from clirun import kronika
from sqlalchemy import select, update

from kronika.pipeline import add_inputs
from kronika.report.build import date_text
from kronika.report.grammar import country_name, decline
from kronika.report.make import make_report
from kronika.report.messages import ReportError
from kronika.report.plural import decimal, plural
from kronika.report.render import render
from kronika.store import open_store
from kronika.store import schema as t

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# short articles of our own, in the style of ministries' press releases
ARTICLES = {
    "pl-kamikawa.txt": """Minister Kamikawa z wizytą w Warszawie

Warszawa, 12 marca 2024 r. – Minister spraw zagranicznych Japonii Yoko Kamikawa spotkała się w Warszawie
z ministrem spraw zagranicznych RP Radosławem Sikorskim. Rozmowy dotyczyły bezpieczeństwa w Europie i Azji
oraz współpracy gospodarczej. Ministrowie omówili także pomoc dla Ukrainy.
""",
    "pl-telefon.txt": """Rozmowa telefoniczna premierów Polski i Japonii

Warszawa, 18 marca 2024 r. – Premier Donald Tusk przeprowadził rozmowę telefoniczną z premierem Japonii
Fumio Kishidą. Rozmowa dotyczyła bezpieczeństwa i wsparcia dla Ukrainy.
""",
    "ru-galuzin.txt": """Встреча Посла России с Министром юстиции Японии

14 марта 2024 года Посол России в Японии Михаил Галузин встретился с Министром юстиции Японии Рюдзи Коидзуми.
Стороны обсудили вопросы двустороннего сотрудничества в области юстиции.
""",
    "en-india.txt": """Japan and India hold talks in New Delhi

New Delhi, 20 March 2024 - Japanese Foreign Minister Yoko Kamikawa met Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi on 20 March 2024. The ministers discussed trade and investment.
""",
    "pl-luty.txt": """Wiceminister w Tokio

Tokio, 20 lutego 2024 r. – Wiceminister spraw zagranicznych RP spotkał się w Tokio z wiceministrem spraw
zagranicznych Japonii. Rozmowy dotyczyły współpracy gospodarczej.
""",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Our articles, the examples and the seed articles 000-002 and 004, added as any user would."""
    d = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    s = open_store(str(d / "k.db"))
    summary = add_inputs(s, [str(d / n) for n in ARTICLES] + [str(EXAMPLES)])
    assert not summary.failed, summary.failed
    return s


@pytest.fixture(scope="module")
def march(store):
    return make_report(store, "japan-cee", "2024-03", "pl")


def entries(rep):
    return [e for s in rep.sections for e in s.entries]


def test_polish_headlines_name_the_actors_with_verbs_that_match(march):
    heads = {e.date: e.headline for e in entries(march)}
    assert heads["2024-03-12"].startswith("minister spraw zagranicznych")
    assert "spotkał" in heads["2024-03-12"] and "Sikorskim" in heads["2024-03-12"]
    assert heads["2024-03-12"].endswith("w Warszawie")
    assert "rozmawiał telefonicznie" in heads["2024-03-18"] and "Kishid" in heads["2024-03-18"]
    assert not any("podpis" in h or "porozumieni" in h for h in heads.values())


def test_bodies_are_in_the_report_language(march):
    polish = next(e for e in entries(march) if e.date == "2024-03-12")
    assert polish.body_lang is None and polish.quote is None
    assert polish.body.startswith("Minister spraw zagranicznych Japonii Yoko Kamikawa spotkała się")
    assert polish.body.endswith("pomoc dla Ukrainy.") and "Warszawa, 12 marca" not in polish.body


def test_foreign_sources_get_a_polish_summary_and_a_marked_quotation(store):
    rep = make_report(store, "east-slavic", "2024-03", "pl", with_charts=False)
    (entry,) = entries(rep)
    assert entry.body_lang == "ru"
    assert "Uczestnicy: " in entry.body and "Rosji Michaił Gałuzin" in entry.body  # Галузин in Polish
    assert "Strony: Japonia i Rosja" in entry.body and "dotyczyły prawa i wymiaru sprawiedliwości" in entry.body
    assert entry.quote.startswith("14 марта 2024 года Посол России")
    md = render(rep, "md").decode()
    assert "> Kluczowe zdanie źródła (ru): „14 марта" in md


def test_events_outside_the_sections_are_in_the_appendix(march):
    assert any("poza sekcjami profilu" in x and "Indie" in x and "en-india" in x for x in march.appendix)
    md = render(march, "md").decode()
    assert "## ANEKS: WYDARZENIA POZA SEKCJAMI" in md


def test_a_story_appears_once(store):
    rep = make_report(store, "east-asia-cee", "2025-05", "pl", with_charts=False)
    ids = [e.story_id for e in entries(rep)]
    assert len(ids) == len(set(ids)) >= 13  # our examples of May 2025 (more as languages are added)


def test_a_bad_stored_event_is_named_and_the_report_goes_on(store, tmp_path):
    import sqlite3

    bad_db = tmp_path / "bad.db"
    with sqlite3.connect(store.url.split("///", 1)[1]) as src, sqlite3.connect(bad_db) as dst:
        src.backup(dst)  # the write-ahead log too
    bad = open_store(str(bad_db))
    with bad.begin() as conn:
        (tusk,) = conn.execute(select(t.events.c.id).where(t.events.c.date == "2024-03-18")).first()
        (galuzin,) = conn.execute(select(t.events.c.id).where(t.events.c.date == "2024-03-14")).first()
        conn.execute(update(t.events).where(t.events.c.id == tusk).values(date="2024-13-45", type="FOOBAR"))
        conn.execute(update(t.events).where(t.events.c.id == galuzin).values(date=None))
        doc = conn.execute(select(t.events.c.document_id).where(t.events.c.id == galuzin)).scalar()
        conn.execute(update(t.documents).where(t.documents.c.id == doc).values(published="2024-03-14"))
    rep = make_report(bad, "japan-cee", "2024-03", "pl")
    assert any(f"wydarzenie nr {tusk} pominięte: date '2024-13-45' is not a date" in x for x in rep.appendix)
    assert any(x.startswith("bez daty: ") and "ru-galuzin" in x for x in rep.appendix)
    assert [e.date for e in entries(rep)] == ["2024-03-12"]
    for fmt in ("md", "html", "docx", "pdf"):
        assert render(rep, fmt)
    p = kronika("report", "--db", str(bad_db), "--profile", "japan-cee", "--month", "2024-03", "--lang", "pl")
    assert p.returncode == 0 and f"wydarzenie nr {tusk}" in p.stdout and "Traceback" not in p.stderr


def test_conclusions_say_nothing_about_history_the_database_lacks(tmp_path, store):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    fresh = open_store(str(tmp_path / "fresh.db"))  # our articles alone: nothing before February 2024
    add_inputs(fresh, [str(tmp_path / n) for n in ARTICLES])
    early = make_report(fresh, "japan-cee", "2024-02", "pl", with_charts=False)
    assert any("Brak danych sprzed 2024-02" in c for c in early.conclusions)
    assert not any("Pierwsze" in c or "poprzednim miesiącu" in c for c in early.conclusions)
    # with the examples the database goes back to May 2022 (the EU-Japan summit), but its last year
    # before February 2024 is empty: it does not cover that year, and no comparison is made with it
    known = make_report(store, "japan-cee", "2024-02", "pl", with_charts=False)
    assert any("Brak danych z 12 miesięcy przed 2024-02 (wcześniejsze dane od 2022-05)" in c for c in known.conclusions)
    assert not any("Pierwsze" in c or "poprzednim miesiącu" in c for c in known.conclusions)
    later = make_report(fresh, "japan-cee", "2024-03", "pl", with_charts=False)
    text = " ".join(later.conclusions)
    assert "w poprzednim miesiącu: 1" in text and "średnio w ostatnich 12 miesiącach: 0,1" in text
    assert "Pierwsze od co najmniej roku" not in text  # a month of history is not a year
    assert "Poziom kontaktów:" in text and "ministrowie" in text
    # February's economic talks make economy recurring in March; security is new (a label agreeing with no noun)
    assert "gospodarka (temat powracający)" in text and "bezpieczeństwo (nowy temat)" in text


def test_polish_plurals_and_decimal_commas():
    forms = {"one": "źródło", "few": "źródła", "many": "źródeł", "other": "źródła"}
    assert [plural(n, forms, "pl") for n in (1, 2, 5, 12, 22, 25)] == [
        "1 źródło", "2 źródła", "5 źródeł", "12 źródeł", "22 źródła", "25 źródeł"]
    assert plural(1, {"one": "source", "other": "sources"}, "en") == "1 source"
    assert decimal(0.0833, "pl") == "0,1" and decimal(0.0833, "en") == "0.1"


def test_commentary_items_count_sources_in_polish(march):
    assert all(x.endswith("(1 źródło)") for x in march.commentary_items)


def test_polish_wording_is_declined():
    assert decline(country_name("JP", "pl"), "acc", "pl") == "Japonię"
    assert decline("Korea Południowa", "gen", "pl") == "Korei Południowej"
    assert decline("Warszawa", "loc", "pl") == "Warszawie"
    assert decline("Stany Zjednoczone", "loc", "pl") == "Stanach Zjednoczonych"


@pytest.mark.parametrize("date,end,lang,want", [
    ("2018-11-07", "2018-11-08", "pl", "7-8 listopada"),
    ("2018-10-30", "2018-11-01", "pl", "30 października – 1 listopada"),
    ("2018-11-09", None, "pl", "9 listopada"),
    ("2018-11-07", "2018-11-08", "en", "7–8 November"),
])
def test_date_headings(date, end, lang, want):
    assert date_text(date, end, lang) == want


def test_count_charts_have_integer_ticks(march):
    from kronika.report.charts import topics_figure, trend_figure

    trend = trend_figure(march.stats, [s.heading for s in march.sections], "2024-03", "pl").axes[0].yaxis
    bars = topics_figure(march.stats, "pl").axes[0].xaxis
    empty = {"monthly": {"2024-03": 0}, "sections_monthly": {}}  # a year without events: still whole numbers
    quiet = trend_figure(empty, ["II"], "2024-03", "pl").axes[0].yaxis
    for axis in (trend, bars, quiet):
        ticks = [x for x in axis.get_ticklocs() if x >= 0]
        assert ticks and all(float(x).is_integer() for x in ticks)


def test_commentary_file_and_placeholder(store, tmp_path):
    md = tmp_path / "k.md"
    md.write_text("1. **Polska i Japonia** zacieśniają współpracę.\n\nDrugi akapit.", encoding="utf-8")
    with_file = render(make_report(store, "japan-cee", "2024-03", "pl", md, with_charts=False), "md").decode()
    assert "zacieśniają współpracę" in with_file
    placeholder = render(make_report(store, "japan-cee", "2024-03", "pl", with_charts=False), "md").decode()
    assert "--commentary" in placeholder


def test_english_report(store):
    md = render(make_report(store, "japan-cee", "2024-03", "en", with_charts=False), "md").decode()
    assert "## II. JAPAN – VISEGRÁD GROUP" in md and "12 March" in md
    assert "[source text: pl]" in md and "Key sentence of the source (pl)" in md


def test_html_is_self_contained(march):
    html = render(march, "html").decode()
    assert "<script" not in html and "http://" not in html.split("<body>")[0]
    assert html.count("data:image/png;base64,") == 3 and "<link" not in html


def test_pdf_renders_and_no_heading_ends_a_page(march, tmp_path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render(march, "pdf"))
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    texts = [p.extract_text() for p in reader.pages]
    assert "WNIOSKI" in " ".join(texts) and "marca" in " ".join(texts)
    (charts_page,) = [p for p, text in zip(reader.pages, texts) if "WYKRESY" in text]
    assert b" Do" in charts_page.get_contents().get_data()  # the heading is on the page of its first chart
    for text in texts:  # no heading ends a page with its text on the next
        lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().isdigit()]
        assert not lines or not lines[-1].endswith(("KOMENTARZ", "ANEKS: WYDARZENIA POZA SEKCJAMI")), lines
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (Debian poppler-utils) is not installed; .ci/run installs it")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(reader.pages)


def test_docx_has_word_headings(march, tmp_path):
    import docx

    path = tmp_path / "r.docx"
    path.write_bytes(render(march, "docx"))
    d = docx.Document(str(path))
    heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "I. WNIOSKI" in heads and any(h.startswith("II. JAPONIA") for h in heads)
    assert "ANEKS: WYDARZENIA POZA SEKCJAMI" in heads
    assert len(d.inline_shapes) == 3


def test_unknown_profile_and_language_are_clear_errors(store):
    with pytest.raises(ReportError, match="shipped profiles"):
        make_report(store, "nope", "2024-03")
    with pytest.raises(ReportError, match="messages"):
        make_report(store, "japan-cee", "2024-03", "xx")


def test_cli_report_writes_every_format(store, tmp_path):
    for fmt in ("md", "html", "docx", "pdf"):
        out = tmp_path / f"r.{fmt}"
        p = kronika("report", "--db", store.url.split("///", 1)[1], "--profile", "japan-cee", "--month", "2024-03",
                    "--format", fmt, "-o", str(out))
        assert p.returncode == 0, p.stderr
        assert out.stat().st_size > 1000


def test_seed_report_rebuilt_from_its_one_file(shared, tmp_path):
    """Seed 003 added as one file gives its 36 entries under its headings, with their own bodies and URLs."""
    import json

    s = open_store(str(tmp_path / "seed.db"))
    summary = add_inputs(s, [str(next((shared / "corpus/seeds").glob("003_*.txt")))])
    assert summary.added == 36 and not summary.failed
    rep = make_report(s, "east-slavic", "2018-11", "pl", with_charts=False)
    gold = json.loads((shared / "corpus/seeds/003_events.json").read_text(encoding="utf-8"))
    assert [s.number for s in rep.sections] == ["II", "III"] and not rep.appendix
    for section in rep.sections:
        want = [g for g in gold if g["section"] == section.number]
        assert [(e.date_text, e.sources) for e in section.entries] == [(g["date_text"], g["sources"]) for g in want]
    assert len({e.body for e in entries(rep)}) == 36
    assert not any("w Singapurze" in e.headline for e in entries(rep) if e.date == "2018-12-01")
    # Russia's request to the Security Council is a request, not a meeting Donald Trump took part in,
    # and says who asks (the state named as asking: 'Rosja wyszła z inicjatywą …')
    heads = [e.headline for e in entries(rep)]
    assert "Rosja zwróciła się do Rady Bezpieczeństwa ONZ w sprawie Korei Północnej" in heads
    # one person, one name and state across the entries (the seed's own names, not its headlines)
    assert not any("Chong-ila" in h for h in heads)  # the genitive of 'wiceministra … Im Chong-ila'
    # his state from his other entry, his name as the Polish source spells it ('Andrei Popkow')
    assert "ambasador Białorusi Andrei Popkow spotkał się z Kim Yong-hwanem w Seulu" in heads
    assert "burmistrz Sendai Kazuko Kori" in " ".join(heads)  # not 'burmistrz Miyagi', nor Belarusian
    assert "burmistrzem Shiroishi Yuichim Yamadą" in " ".join(heads)  # the city went into the name
    assert not any("Aleksanderem" in h or "wiceprezydent Ukrainy" in h for h in heads)
    # an appointment has no PLOVER type: the entry's own sentence says what happened, without its frame
    assert any(h.startswith("dyrektor Pierwszego Departamentu ds. Europejskich Im Chong-il został mianowany")
               for h in heads)
