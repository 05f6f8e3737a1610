"""What a meeting was about (h22 topics): the UN Security Council is a body, not the security topic. Its name holds
the word for security in every language; the gold reads a talk of the Council (a seat, a candidacy, cooperation in
it) as the UN's framework, which the name of the UN beside it votes for."""
import pytest

from extracting import topic_keys, topics

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


# -- Latin abbreviations in Japanese and Korean text -----------------------------------------------------------------

LATIN_TECH = [
    ("ko", "박근혜 대통령은 28일 청와대에서 헝가리 총리와 정상회담을 하고 IT 분야 협력 확대 방안을 논의했다."),
    ("ko", "양 장관은 AI 분야에서 협력을 강화하기로 했다."),
    ("ja", "両外相は、IT分野での協力を進めることで一致しました。"),
    ("ja", "両首脳は、AIを含む先端分野での協力を確認しました。"),
]


@pytest.mark.parametrize("lang,text", LATIN_TECH)
def test_latin_it_and_ai_are_technology_in_cjk_text(lang, text):
    # the other languages list IT (and en AI, de KI); a Korean or Japanese page writes them in Latin capitals
    assert "technology" in topic_keys(text, lang)
