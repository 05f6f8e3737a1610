"""Whose side a person outside the registry is on, when no title names the state: a Japanese or Korean
name is that state's, a European given name is not Japan's or Korea's."""
from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.persons import european_given, name_origin


def sides(text: str, code: str) -> dict[str, str | None]:
    doc = extract_document(Document(id="t", text=text), code)
    return {p.name: p.country for p in doc.events[0].persons}


def test_name_origin():
    assert name_origin("Tadamichi Yamamoto") == "japanese"
    assert name_origin("Seock-jeong Eom") == "korean"
    assert name_origin("László Nagy") is None and name_origin("Solvita Āboltiņa") is None
    assert european_given("Solvita Āboltiņa") and not european_given("Tae-yul Cho")


def test_an_ambassador_posted_in_hungary_is_japans():
    text = ("2013. november 5.\n\nYamamoto Tadamicsi, Japán magyarországi nagykövete kedden Szegeden tárgyalt "
            "Botka László polgármesterrel a két ország kapcsolatairól.")
    got = sides(text, "hu")
    assert got.get("Tadamichi Yamamoto") == "JP" and got.get("László Botka") == "HU"


def test_a_latvian_speaker_facing_a_korean_delegation_is_latvias():
    text = ("2011. gada 17. maijā\n\nSaeimas priekšsēdētāja Solvita Āboltiņa otrdien Rīgā tikās ar Korejas Republikas "
            "Nacionālās asamblejas delegāciju, kuru vadīja deputāts Oms Sokčons (Eom Seock-jeong).")
    got = sides(text, "lv")
    assert got.get("Solvita Āboltiņa") == "LV"


def test_a_german_federal_title_names_germany():
    text = ("14.03.2024\n\nBundesaußenministerin Annalena Baerbock ist am Dienstag in Tokio mit ihrer japanischen "
            "Amtskollegin Yoko Kamikawa zusammengetroffen.")
    doc = extract_document(Document(id="t", text=text), "de")
    assert doc.events[0].countries == ["DE", "JP"]
    assert {p.name: p.country for p in doc.events[0].persons}.get("Annalena Baerbock") == "DE"


def test_an_undated_title_says_which_of_an_officials_offices_is_meant():
    from kronika.nlp.analyze import analyze
    text = ("TOKYO, June 12 Kyodo - Japanese Prime Minister Fumio Kishida and Estonian Prime Minister Kaja Kallas "
            "on Wednesday agreed to boost security cooperation.")
    kallas = next(p for p in analyze(text, "en").persons if p.name == "Kaja Kallas")
    assert kallas.country == "EE" and kallas.role == "prime minister"
