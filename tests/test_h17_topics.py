"""What a meeting was about (h17 topics, tuned on fresh pages of 20 languages): the name of the Munich Security
Conference is a venue, not a subject; "high-level exchanges" (고위급 교류, ハイレベル交流) are diplomacy, not
people-to-people culture; and a sentence that recalls an earlier report ("Как сообщало ИА …", "Як повідомляло …") tells an earlier event's subjects."""
import pytest

from kronika.nlp.analyze import analyze

from extracting import topics, topic_keys


# -- the Munich Security Conference is a venue -------------------------------------------------------------------

MUNICH = [
    ("ru", "Министры встретились на полях Мюнхенской конференции по безопасности."),
    ("uk", "Міністри зустрілися на полях Мюнхенської безпекової конференції."),
    ("pl", "Ministrowie spotkali się na marginesie Monachijskiej Konferencji Bezpieczeństwa."),
    ("cs", "Ministři se setkali na okraj Mnichovské bezpečnostní konference."),
    ("sk", "Ministri sa stretli popri Mníchovskej bezpečnostnej konferencii."),
    ("de", "Die Minister trafen sich am Rande der Münchner Sicherheitskonferenz."),
    ("en", "The ministers met on the sidelines of the Munich Security Conference."),
    ("lt", "Ministrai susitiko Miuncheno saugumo konferencijoje."),
    ("lv", "Ministri tikās Minhenes drošības konferencē."),
    ("hr", "Ministri su se sastali na marginama Minhenske sigurnosne konferencije."),
    ("ja", "両外相はミュンヘン安全保障会議の機会に会談した。"),
    ("ko", "양 장관은 뮌헨안보회의 계기에 회담했다."),
]

SECURITY = {"ru": "Стороны обсудили вопросы безопасности.", "en": "They discussed security and defence.",
            "de": "Sie sprachen über Sicherheit und Verteidigung.", "pl": "Rozmawiali o bezpieczeństwie."}


@pytest.mark.parametrize("code,text", MUNICH)
def test_munich_security_conference_is_no_security_cue(code, text):
    assert "security" not in topic_keys(text, code)
    if code in SECURITY:  # security talks still are
        assert "security" in topic_keys(SECURITY[code], code)


def test_munich_venue_leaves_the_talks_subject():
    text = ("Глава МИД Японии заявил, что в ходе встречи с российским коллегой рассчитывает обсудить вопрос "
            "мирного договора, открывая встречу на полях Мюнхенской конференции по безопасности.")
    assert topics(text, "ru") == ["territorial"]


# -- high-level exchanges are diplomacy, not culture ---------------------------------------------------------

@pytest.mark.parametrize("code,text,contrast", [
    ("ko", "양 장관은 고위급 교류가 활발하게 이어지길 바란다고 했다.", "양국은 인적 교류를 확대하기로 했다."),
    ("ja", "両外相はハイレベルの交流を続けることで一致した。", "両外相は人的交流を促進することで一致した。"),
    ("ja", "両外相はハイレベル交流の重要性を確認した。", "両国は文化交流を進める。"),
])
def test_high_level_exchanges_are_no_culture_cue(code, text, contrast):
    assert "culture" not in topic_keys(text, code)
    assert "culture" in topic_keys(contrast, code)


# -- a recalled earlier report -------------------------------------------------------------------------------

RECALLED = [
    ("ru", "Министр иностранных дел Словакии встретился в Братиславе с послом Японии. Стороны обсудили торговлю и "
           "инвестиции. Как сообщало ИА REGNUM, в конце февраля министр провел переговоры с генсеком АСЕАН, с "
           "которым обсудил вопросы здравоохранения и вакцин.", "health"),
    ("uk", "Міністр закордонних справ України зустрівся в Києві з послом Японії. Сторони обговорили торгівлю та "
           "інвестиції. Як повідомляло агентство, раніше міністр провів переговори з генсеком АСЕАН, з яким "
           "обговорив питання охорони здоров'я та вакцин.", "health"),
]


@pytest.mark.parametrize("code,text,earlier", RECALLED)
def test_recalled_report_casts_no_topic(code, text, earlier):
    got = topics(text, code)
    assert "economy" in got
    assert earlier not in got


# -- a lead with no topic word: the body's three subjects ----------------------------------------------------------

def test_short_lead_keeps_three_body_topics():
    text = ("Президент України провів зустріч із Послом Японії в Україні перед закінченням його дипломатичної місії. "
            "Про це повідомляє Офіс Президента.\nДеталі\nПрезидент подякував послу за розбудову міцних відносин між "
            "нашими країнами та лідерами і відзначив підтримку, яку Україна отримала від японського уряду.\n"
            "Це й оборонна допомога, і посилення української енергетики, і велика конференція з відбудови України. "
            "Разом ми зробили багато речей, і я дякую вам за це.\n")
    assert set(topics(text, "uk")) == {"security", "energy", "development_aid"}


# -- Polish "w zakresie" frames a field ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue", [
    ("Oba państwa mogą być partnerami w zakresie odbudowy Ukrainy.", "odbudowy"),
    ("Rozmawiano o planach rządu w zakresie energetyki jądrowej.", "energetyki jądrowej"),
])
def test_pl_zakres_frames_a_field(text, cue):
    from kronika.events.topics import in_field
    a = analyze(text, "pl")
    m = next(m for m in a.topics if text[m.char_start:m.char_end].lower() == cue)
    assert in_field(a, m)
