"""End to end: our example articles and the seed documents give the events they report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import kronika

from kronika.events.document import extract_document
from kronika.model import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def extract(name: str) -> dict:
    doc = Document(id=name, text=(EXAMPLES / name).read_text(encoding="utf-8"))
    return extract_document(doc).to_dict()


@pytest.mark.parametrize("name,lang,date,countries", [
    ("en-eu-japan-summit.txt", "en", "2022-05-12", ["EU", "JP"]),
    ("pl-szczyt-ue-japonia.txt", "pl", "2022-05-12", ["EU", "JP"]),
    ("pl-msz-ambasador.txt", "pl", "2025-05-14", ["KR", "PL"]),
    ("de-iwaya-wien.txt", "de", "2025-05-06", ["JP", "UA"]),
    ("bg-georgiev-korea.txt", "bg", "2025-05-20", ["BG", "KR"]),
    ("ru-lavrov-choe.txt", "ru", "2025-05-21", ["KP", "RU"]),
    ("uk-sybiha-iwaya-phone.txt", "uk", "2025-05-27", ["JP", "UA"]),
    ("cs-fiala-korea.txt", "cs", "2025-05-15", ["CZ", "KR"]),
    ("ro-iohannis-japonia.txt", "ro", "2025-05-12", ["JP", "RO"]),
    ("sr-jica-ugovor.txt", "sr", "2025-05-08", ["JP", "RS"]),
    ("lt-budrys-seoul.txt", "lt", "2025-05-26", ["KR", "LT"]),
    ("en-korea-moldova-aid.txt", "en", "2025-05-29", ["KR", "MD"]),
])
def test_examples(name, lang, date, countries):
    rec = extract(name)
    assert rec["language"] == lang
    ev = rec["events"][0]
    assert ev["date"] == date
    assert ev["countries"] == countries


def test_phone_call_mode():
    ev = extract("uk-sybiha-iwaya-phone.txt")["events"][0]
    assert (ev["type"], ev["mode"]) == ("CONSULT", "phone")
    assert {p["name"] for p in ev["persons"]} >= {"Andrii Sybiha", "Takeshi Iwaya"}


def test_third_party_meeting_place():
    ev = extract("de-iwaya-wien.txt")["events"][0]
    assert ev["location"] == {"city": "Vienna", "country": "AT", "evidence": ev["location"]["evidence"]}
    assert ev["mode"] == "third-party"


def test_polish_names_are_in_the_nominative():
    ev = extract("pl-szczyt-ue-japonia.txt")["events"][0]
    names = {p["name"] for p in ev["persons"]}
    assert "Fumio Kishida" in names
    kishida = next(p for p in ev["persons"] if p["name"] == "Fumio Kishida")
    assert kishida["name_original"] == "Fumio Kishidą" and kishida["country"] == "JP"


def test_every_field_has_evidence_inside_the_text():
    rec = extract("en-eu-japan-summit.txt")
    text = (EXAMPLES / "en-eu-japan-summit.txt").read_text(encoding="utf-8")
    ev = rec["events"][0]
    for field in ("date", "countries", "type", "location"):
        assert ev["evidence"][field], field
        for s, e in ev["evidence"][field]:
            assert 0 <= s < e <= len(text)
    for p in ev["persons"]:
        s, e = p["evidence"][0]
        assert text[s:e] == p["name_original"]


def test_seed_bulgarian_president_meeting(shared):
    seed = shared / "corpus" / "seeds" / "002_4267ec4323c2a51f.txt"
    rec = extract_document(Document(id="002", text=seed.read_text(encoding="utf-8"))).to_dict()
    ev = rec["events"][0]
    assert rec["language"] == "bg" and rec["published"] == "2025-09-24"
    assert ev["date"] == "2025-09-24" and ev["countries"] == ["BG", "JP"]
    names = {p["name"] for p in ev["persons"]}
    assert {"Rumen Radev", "Yozo Kaneko"} <= names


def test_seed_report_gives_one_event_per_entry(shared):
    seed = shared / "corpus" / "seeds" / "003_b95ef6c076320980.txt"
    gold = json.loads((shared / "corpus" / "seeds" / "003_events.json").read_text(encoding="utf-8"))
    rec = extract_document(Document(id="003", text=seed.read_text(encoding="utf-8"))).to_dict()
    assert len(rec["events"]) == len(gold)
    assert [e["date"] for e in rec["events"]] == [g["date"] for g in gold]
    assert [e["date_end"] for e in rec["events"]] == [g["date_end"] for g in gold]


def test_cli_table_and_stdin():
    text = (EXAMPLES / "ru-lavrov-choe.txt").read_text(encoding="utf-8")
    p = kronika("extract", "--format", "table", "-", stdin=text)
    assert p.returncode == 0, p.stderr
    assert "KP-RU" in p.stdout and "2025-05-21" in p.stdout


def test_cli_published_option_anchors_relative_dates(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Minister spraw zagranicznych Polski spotkał się w piątek w Warszawie z ambasadorem Japonii.",
                 encoding="utf-8")
    p = kronika("extract", "--lang", "pl", "--published", "2021-05-09", str(f))
    ev = json.loads(p.stdout)["events"][0]
    assert ev["date"] == "2021-05-07"


def test_cli_rejects_unknown_language(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x y z", encoding="utf-8")
    p = kronika("extract", "--lang", "xx", str(f))
    assert p.returncode == 2 and "not supported" in p.stderr


def test_polish_spelling_of_russian_names_maps_back():
    text = ("Ambasador Rosji w Japonii Wiaczesław Nikołajew spotkał się dzisiaj w Tokio z ministrem spraw "
            "zagranicznych Japonii. Rozmowy dotyczyły współpracy gospodarczej i bezpieczeństwa w regionie.")
    ev = extract_document(Document(id="x", text=text, published="2024-03-01")).to_dict()["events"][0]
    ru = [p for p in ev["persons"] if p["country"] == "RU"]
    assert ru and ru[0]["name"] == "Vyacheslav Nikolayev" and ru[0]["name_original"] == "Wiaczesław Nikołajew"


def test_registry_maps_other_scripts_and_cases():
    text = ("Minister spraw zagranicznych Polski spotkał się z Siergiejem Ławrowem w Moskwie. "
            "Rozmowy z Ławrowem dotyczyły bezpieczeństwa.")
    ev = extract_document(Document(id="x", text=text, published="2015-03-01")).to_dict()["events"][0]
    assert "Sergey Lavrov" in [p["name"] for p in ev["persons"]]
