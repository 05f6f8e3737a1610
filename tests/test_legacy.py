"""Past reports in: one document per dated entry, with its own text, date, section and source URLs."""
from __future__ import annotations

import json

import pytest
from clirun import kronika

from kronika.ingest.legacy import LegacyError, is_report, split_report
from kronika.pipeline import add_inputs
from kronika.report.make import make_report
from kronika.store import open_store

# a short report of our own in the analysts' layout: PDF-style footnote blocks of bare URLs
REPORT = """RAPORT: Japonia, Półwysep Koreański wobec Ukrainy, Białorusi i Rosji
Okres: marzec 2024

I. WNIOSKI

a. Kontakty Japonii z Rosją były w marcu częste.

II. JAPONIA – ROSJA, UKRAINA, BIAŁORUŚ

3 marca: ambasador Rosji spotkał się z ministrem sprawiedliwości Japonii. Rozmowy dotyczyły
współpracy prawnej. Strony uzgodniły kolejne spotkanie w przyszłym roku.

5-6 marca: premier Japonii odwiedził Kijów. Premier zapowiedział pomoc dla Ukrainy w odbudowie
energetyki.
https://www.mid.ru/ru/press/galuzin-minister-justice
https://www.mofa.go.jp/erp/ukraine-visit
https://www.president.gov.ua/en/news/prime-minister-japan-kyiv-visit
 sieci energetycznej.

III. PÓŁWYSEP KOREAŃSKI – ROSJA, UKRAINA, BIAŁORUŚ

28 lutego – 1 marca: delegacja Korei Południowej odwiedziła Mińsk. Rozmawiano o handlu i
inwestycjach w sektorze rolno-
spożywczym.

KOMENTARZ

1. Rosja i Japonia rozmawiają coraz częściej.
https://korea.mfa.gov.by/ru/embassy/news/delegation
"""


def test_entries_with_their_own_text_dates_sections_and_urls():
    entries = split_report(REPORT)
    assert [(e.section, e.date, e.date_end, e.date_text) for e in entries] == [
        ("II", "2024-03-03", None, "3 marca"),
        ("II", "2024-03-05", "2024-03-06", "5-6 marca"),
        ("III", "2024-02-28", "2024-03-01", "28 lutego – 1 marca"),
    ]
    assert [e.urls for e in entries] == [
        ["https://www.mid.ru/ru/press/galuzin-minister-justice"],
        ["https://www.mofa.go.jp/erp/ukraine-visit", "https://www.president.gov.ua/en/news/prime-minister-japan-kyiv-visit"],
        ["https://korea.mfa.gov.by/ru/embassy/news/delegation"],  # the block after KOMENTARZ is its
    ]
    assert entries[0].headline == "ambasador Rosji spotkał się z ministrem sprawiedliwości Japonii."
    assert entries[1].text.endswith("w odbudowie energetyki. sieci energetycznej.")  # text around a URL block
    assert "rolno-spożywczym" in entries[2].text  # a word broken at a line end keeps its hyphen
    assert "KOMENTARZ" not in entries[2].text and "rozmawiają" not in entries[2].text


def test_year_of_the_period():
    no_title = REPORT.split("\n", 2)[2]
    with pytest.raises(LegacyError, match="--period"):
        split_report(no_title)
    assert split_report(no_title, period="2019-03")[0].date == "2019-03-03"
    assert split_report(no_title, published="2021-03-31")[0].date == "2021-03-03"
    dated_urls = no_title.replace("/press/", "/press/2022/03/")
    assert split_report(dated_urls)[0].date == "2022-03-03"  # the dates in its source addresses
    with pytest.raises(LegacyError, match="YYYY-MM"):
        split_report(REPORT, period="marzec")


def test_december_entries_of_a_january_report_keep_their_year():
    text = REPORT.replace("Okres: marzec 2024", "Okres: styczeń 2024").replace("28 lutego", "30 grudnia")
    text = text.replace("3 marca", "3 stycznia").replace("5-6 marca", "5-6 stycznia").replace("1 marca", "1 stycznia")
    assert [e.date for e in split_report(text)] == ["2024-01-03", "2024-01-05", "2023-12-30"]


def test_an_article_is_not_a_report():
    article = "Minister spraw zagranicznych spotkał się 3 marca z ambasadorem.\n\n3 marca: spotkanie."
    assert not is_report(article)
    assert is_report(REPORT)


@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    """The same report as text, Markdown, Word and PDF."""
    import docx
    import weasyprint

    d = tmp_path_factory.mktemp("legacy")
    (d / "r.txt").write_text(REPORT, encoding="utf-8")
    (d / "r.md").write_text(REPORT.replace("I. WNIOSKI", "I. WNIOSKI"), encoding="utf-8")
    doc = docx.Document()
    for para in REPORT.split("\n"):
        doc.add_paragraph(para)
    doc.save(str(d / "r.docx"))
    html = "".join(f"<p>{line}</p>" for line in REPORT.split("\n") if line.strip())
    (d / "r.pdf").write_bytes(weasyprint.HTML(string=f"<html><body style='font-size:9pt'>{html}</body></html>")
                              .write_pdf())
    return d


@pytest.mark.parametrize("suffix", ["txt", "md", "docx", "pdf"])
def test_every_format_gives_the_entries(report_files, suffix, migrated_db):
    store = open_store(migrated_db("k.db"))
    summary = add_inputs(store, [str(report_files / f"r.{suffix}")])
    assert summary.added == 3 and not summary.failed, summary.failed
    rep = make_report(store, "east-slavic", "2024-03", "pl", with_charts=False)
    got = [[(e.date_text, e.sources) for e in s.entries] for s in rep.sections]
    assert got == [[("3 marca", ["https://www.mid.ru/ru/press/galuzin-minister-justice"]),
                    ("5-6 marca", ["https://www.mofa.go.jp/erp/ukraine-visit",
                                   "https://www.president.gov.ua/en/news/prime-minister-japan-kyiv-visit"])],
                   [("28 lutego – 1 marca", ["https://korea.mfa.gov.by/ru/embassy/news/delegation"])]]
    bodies = [e.body for s in rep.sections for e in s.entries]
    assert len(set(bodies)) == 3 and bodies[0].startswith("Rozmowy dotyczyły współpracy prawnej.")


def test_cli_import_report(report_files, tmp_path):
    db = tmp_path / "k.db"
    run = lambda *a: kronika("import-report", "--db", str(db), *a)
    p = run(str(report_files / "r.txt"))
    assert p.returncode == 0, p.stderr
    assert "3 entries added" in p.stdout
    article = tmp_path / "a.txt"
    article.write_text("Minister spotkał się z ambasadorem.", encoding="utf-8")
    p = run(str(article))
    assert p.returncode == 1 and "not a past report" in p.stderr and "Traceback" not in p.stderr
    p = run("--period", "03-2024", str(report_files / "r.txt"))
    assert p.returncode == 1 and "YYYY-MM" in p.stderr and "Traceback" not in p.stderr


def test_seed_report_gives_36_entries_with_their_own_bodies_and_urls(shared):
    seed = next((shared / "corpus/seeds").glob("003_*.txt")).read_text(encoding="utf-8")
    gold = json.loads((shared / "corpus/seeds/003_events.json").read_text(encoding="utf-8"))
    entries = split_report(seed, period="2018-11")
    assert len(entries) == 36
    assert [(e.section, e.date, e.date_text, e.urls) for e in entries] == \
        [(g["section"], g["date"], g["date_text"], g["sources"]) for g in gold]
    assert len({e.text for e in entries}) == 36
