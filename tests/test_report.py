"""The monthly report: the seed report's sections rebuilt, and every format readable."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kronika.pipeline import add_inputs
from kronika.report.build import date_text
from kronika.report.grammar import country_name, decline
from kronika.report.make import make_report
from kronika.report.messages import ReportError
from kronika.report.render import render
from kronika.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def seed_store(shared, tmp_path_factory):
    """The 36 entries of the seed report (November 2018), ingested like any other documents."""
    store = open_store(str(tmp_path_factory.mktemp("seed") / "k.db"))
    import datetime as dt

    summary = add_inputs(store, [str(shared / "corpus/seeds/003_events.json")], published=dt.date(2018, 11, 30))
    assert summary.added == 36 and not summary.failed
    return store


@pytest.fixture(scope="module")
def seed_report(seed_store):
    return make_report(seed_store, "east-slavic", "2018-11", "pl")


def test_seed_report_sections_entries_dates_and_sources(seed_report, shared):
    gold = json.loads((shared / "corpus/seeds/003_events.json").read_text(encoding="utf-8"))
    assert [s.number for s in seed_report.sections] == ["II", "III"]
    for section in seed_report.sections:
        want = [g for g in gold if g["section"] == section.number]
        assert [e.date_text for e in section.entries] == [g["date_text"] for g in want]
        for entry, g in zip(section.entries, want):
            assert set(g["sources"]) <= set(entry.sources), g["n"]
            assert g["text"].split(":", 1)[1].strip()[:60] in entry.body


def test_polish_wording_is_declined():
    assert decline(country_name("JP", "pl"), "acc", "pl") == "Japonię"
    assert decline("Korea Południowa", "gen", "pl") == "Korei Południowej"
    assert decline("Warszawa", "loc", "pl") == "Warszawie"
    assert decline("Stany Zjednoczone", "loc", "pl") == "Stanach Zjednoczonych"


def test_seed_headlines_read_as_polish(seed_report):
    heads = [e.headline for s in seed_report.sections for e in s.entries]
    assert any("przez Japonię i Rosję" in h for h in heads)
    assert any("w Singapurze" in h for h in heads) and any("w Wiedniu" in h for h in heads)


@pytest.mark.parametrize("date,end,lang,want", [
    ("2018-11-07", "2018-11-08", "pl", "7-8 listopada"),
    ("2018-10-30", "2018-11-01", "pl", "30 października – 1 listopada"),
    ("2018-11-09", None, "pl", "9 listopada"),
    ("2018-11-07", "2018-11-08", "en", "7–8 November"),
])
def test_date_headings(date, end, lang, want):
    assert date_text(date, end, lang) == want


def test_conclusions_are_a_computed_draft(seed_report):
    text = " ".join(seed_report.conclusions)
    assert "Korea Południowa–Rosja" in text and "36" in text


def test_commentary_file_and_placeholder(seed_store, tmp_path):
    md = tmp_path / "k.md"
    md.write_text("1. **Rosja i Japonia** zamierzają stworzyć nowe ramy.\n\nDrugi akapit.", encoding="utf-8")
    with_file = render(make_report(seed_store, "east-slavic", "2018-11", "pl", md, with_charts=False), "md").decode()
    assert "zamierzają stworzyć nowe ramy" in with_file
    placeholder = render(make_report(seed_store, "east-slavic", "2018-11", "pl", with_charts=False), "md").decode()
    assert "--commentary" in placeholder


def test_english_report(seed_store):
    md = render(make_report(seed_store, "east-slavic", "2018-11", "en", with_charts=False), "md").decode()
    assert "## II. JAPAN – RUSSIA, UKRAINE, BELARUS" in md and "7–8 November" in md
    assert "[source text: pl]" in md


def test_html_is_self_contained_and_escapes_sources(seed_report):
    html = render(seed_report, "html").decode()
    assert "<script" not in html and "http://" not in html.split("<body>")[0]
    assert html.count("data:image/png;base64,") == 3
    assert "<link" not in html


def test_pdf_renders_to_pages_with_text(seed_report, tmp_path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render(seed_report, "pdf"))
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 5
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "WNIOSKI" in text and "listopada" in text
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (Debian poppler-utils) is not installed; .ci/run installs it")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(reader.pages)


def test_docx_has_word_headings(seed_report, tmp_path):
    import docx

    path = tmp_path / "r.docx"
    path.write_bytes(render(seed_report, "docx"))
    d = docx.Document(str(path))
    heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "I. WNIOSKI" in heads and any(h.startswith("II. JAPONIA") for h in heads)
    assert len(d.inline_shapes) == 3


def test_unknown_profile_and_language_are_clear_errors(seed_store):
    with pytest.raises(ReportError, match="shipped profiles"):
        make_report(seed_store, "nope", "2018-11")
    with pytest.raises(ReportError, match="messages"):
        make_report(seed_store, "east-slavic", "2018-11", "xx")


def test_cli_report_writes_every_format(seed_store, tmp_path):
    for fmt in ("md", "html", "docx", "pdf"):
        out = tmp_path / f"r.{fmt}"
        p = subprocess.run([sys.executable, "-m", "kronika", "report", "--db", seed_store.url.split("///", 1)[1],
                            "--profile", "east-slavic", "--month", "2018-11", "--format", fmt, "-o", str(out)],
                           capture_output=True, text=True, timeout=300)
        assert p.returncode == 0, p.stderr
        assert out.stat().st_size > 1000
