"""What a meeting was about (h22 topics): the UN Security Council is a body, not the security topic. Its name holds
the word for security in every language; the gold reads a talk of the Council (a seat, a candidacy, cooperation in
it) as the UN's framework, which the name of the UN beside it votes for."""
import pytest

from extracting import topics

COUNCIL = [
    ("et", "Välisminister kohtus Jaapani kolleegiga Tallinnas. Ministrid arutasid koostööd ÜRO Julgeolekunõukogus, "
           "kus mõlemad riigid on mittealalised liikmed."),
    ("lt", "Užsienio reikalų ministras susitiko su Japonijos kolega Vilniuje. Ministrai aptarė bendradarbiavimą "
           "JT Saugumo Taryboje."),
    ("sl", "Zunanja ministrica se je sestala z japonsko kolegico v Tokiu. Govorili sta o sodelovanju v Varnostnem "
           "svetu ZN."),
    ("hr", "Ministar vanjskih poslova sastao se s japanskim kolegom u Zagrebu. Razgovarali su o suradnji u Vijeću "
           "sigurnosti UN-a."),
    ("sk", "Minister zahraničných vecí rokoval s kórejským kolegom v Soule. Požiadali sme o podporu nášho členstva "
           "ako nestáleho člena Bezpečnostnej rady OSN."),
]


@pytest.mark.parametrize("lang,text", COUNCIL)
def test_security_council_is_no_security(lang, text):
    assert "security" not in topics(text, lang)


@pytest.mark.parametrize("lang,text", COUNCIL)
def test_security_council_keeps_the_un(lang, text):
    # a guard (passes on main too): the UN's name beside the Council still frames the talks
    assert "multilateral" in topics(text, lang)


def test_security_talks_still_count():
    # a guard (passes on main too): the word for security outside the Council's name is the topic
    text = ("Minister zahraničných vecí rokoval s kórejským kolegom v Soule. Ministri hovorili o bezpečnostnej "
            "spolupráci a o obrane.")
    assert "security" in topics(text, "sk")
