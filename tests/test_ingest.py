"""Getting text in: every file kind, legacy encodings, and bad input that must not stop a batch."""
from __future__ import annotations

import json

import pytest

from clirun import kronika as run_cli
from kronika.ingest.files import InputError, decode_text, BadInput, iter_inputs, clean_pages

PL = "Minister spraw zagranicznych Polski spotkał się dzisiaj w Warszawie z ministrem spraw zagranicznych Japonii."
RU = "Министр иностранных дел России встретился сегодня в Москве с послом Японии."


def kronika(*args, stdin=None):
    return run_cli(*args, stdin=stdin)


def docs(paths):
    return list(iter_inputs([str(p) for p in paths]))


def test_cp1251_text_is_decoded(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes(RU.encode("cp1251"))
    (d,) = docs([f])
    assert d.text == RU


def test_iso_8859_2_text_is_decoded(tmp_path):
    f = tmp_path / "pl.txt"
    f.write_bytes(PL.encode("iso-8859-2"))
    (d,) = docs([f])
    assert d.text == PL


def test_empty_file_is_a_clear_error(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    (e,) = docs([f])
    assert isinstance(e, InputError) and "empty" in e.message and str(f) in str(e)


def test_binary_junk_is_a_clear_error(tmp_path):
    f = tmp_path / "junk.txt"
    f.write_bytes(bytes(range(256)) * 40)
    (e,) = docs([f])
    assert isinstance(e, InputError) and "binary" in e.message


def test_huge_text_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:
        out.write((PL + "\n").encode() * (50 * 1024 * 1024 // len(PL.encode())))
    (e,) = docs([f])
    assert isinstance(e, InputError) and "too large" in e.message


def test_corrupt_pdf_and_docx_are_clear_errors(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not a zip")
    errs = docs([tmp_path / "bad.pdf", tmp_path / "bad.docx"])
    assert all(isinstance(e, InputError) for e in errs)
    assert "PDF" in errs[0].message and "DOCX" in errs[1].message


def test_real_pdf_drops_running_headers_and_page_numbers(tmp_path):
    weasyprint = pytest.importorskip("weasyprint")
    body = "".join(f"<p>Akapit {i}: ambasador Japonii spotkał się z ministrem.</p>" for i in range(150))
    html = ("<html><head><style>@page { @top-center { content: 'Biuletyn Kroniki' } "
            "@bottom-center { content: counter(page) } }</style></head><body>" + body + "</body></html>")
    pdf = tmp_path / "report.pdf"
    weasyprint.HTML(string=html).write_pdf(str(pdf))
    (d,) = docs([pdf])
    assert not isinstance(d, InputError)
    assert "Biuletyn Kroniki" not in d.text
    assert "Akapit 0:" in d.text and "Akapit 149:" in d.text
    assert d.text.index("Akapit 10:") < d.text.index("Akapit 100:")  # reading order
    assert not any(line.strip().isdigit() for line in d.text.splitlines())


def test_clean_pages_keeps_unique_lines():
    topics = ["trade", "energy", "security", "culture"]
    pages = [f"Kronika Bulletin\nTalks on {t} began.\nThe ministers agreed on {t}.\nPage {i} of 4"
             for i, t in enumerate(topics, 1)]
    text = clean_pages(pages)
    assert "Kronika Bulletin" not in text and "Page" not in text
    assert "Talks on energy began." in text and text.index("trade") < text.index("culture")


def test_docx_paragraphs(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Spotkanie ministrów", 1)
    d.add_paragraph(PL)
    d.save(tmp_path / "a.docx")
    (doc,) = docs([tmp_path / "a.docx"])
    assert doc.text.startswith("Spotkanie ministrów") and PL in doc.text


def test_html_main_text_and_date(tmp_path):
    html = f"""<html><head><title>Spotkanie</title>
    <meta property="article:published_time" content="2024-01-08T10:00:00+01:00"></head>
    <body><nav>Menu Start Kontakt</nav><article><h1>Spotkanie ministrów</h1><p>{PL}</p>
    <p>{PL} Rozmowy dotyczyły bezpieczeństwa i gospodarki.</p></article><footer>© Portal</footer></body></html>"""
    f = tmp_path / "a.html"
    f.write_text(html, encoding="utf-8")
    (d,) = docs([f])
    assert "Menu Start" not in d.text and "Warszawie" in d.text
    assert d.published == "2024-01-08"


def test_jsonl_bad_line_is_reported_with_line_number(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "a", "text": PL}) + "\n{broken\n" + json.dumps({"id": "b", "text": RU}) + "\n",
                 encoding="utf-8")
    items = docs([f])
    assert [type(x).__name__ for x in items] == ["Document", "InputError", "Document"]
    assert f"{f}:2" in str(items[1])


def test_decode_rejects_whitespace_only():
    with pytest.raises(BadInput):
        decode_text(b"  \n\t ", "x")


def test_batch_goes_on_after_bad_input_and_exit_code_says_so(tmp_path):
    (tmp_path / "a.txt").write_text(PL, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(RU, encoding="utf-8")
    p = kronika("extract", "--format", "jsonl", str(tmp_path))
    assert p.returncode == 1
    ids = [json.loads(line)["id"] for line in p.stdout.splitlines()]
    assert ids == ["a", "c"]
    assert "b.txt: empty file" in p.stderr
    assert len([ln for ln in p.stderr.splitlines() if "empty" in ln]) == 1


def test_document_without_events_gives_empty_list(tmp_path):
    f = tmp_path / "weather.txt"
    f.write_text("Jutro będzie padać deszcz, a temperatura spadnie do pięciu stopni w całym kraju.", encoding="utf-8")
    p = kronika("extract", str(f))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["events"] == []
