"""A lone family name later in the text mentions the one person named in full with it; with two
such people it mentions neither."""
from kronika.nlp.analyze import analyze


def mentions(text: str, code: str) -> dict[str, list[str]]:
    a = analyze(text, code)
    return {p.name: [text[s:e] for s, e in p.evidence] for p in a.persons}


def test_a_korean_family_name_alone_is_the_leader_named_before():
    text = ("9. Juli 2025\n\nDer russische Außenminister Sergei Lawrow trifft Machthaber Kim Jong-un. "
            "Putin hatte Kim im Juni eingeladen, die Einladung nahm Kim an.")
    got = mentions(text, "de")
    assert got["Jong-un Kim"].count("Kim") == 2


def test_two_people_of_one_family_leave_a_lone_name_to_neither():
    text = ("9. Juli 2025\n\nMachthaber Kim Jong-un und seine Schwester, die Abteilungsleiterin Kim Yo-jong, "
            "empfingen den Minister. Später sprach Kim vor der Presse.")
    got = mentions(text, "de")
    assert all("Kim" not in spans[1:] for spans in got.values())
