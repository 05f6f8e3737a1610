"""What a meeting was about (h14 topics): a topic cue framed as a field of the sides' cooperation weighs as the
lead's do, wherever it stands; a cue in a sentence of background ("Earlier …") casts no vote; phrasings that tell
what was discussed; lexicon readings of compound phrases (energy security, the treaty-legal base, IT)."""
import pytest

from kronika.events.document import extract_document
from kronika.events.topics import in_field
from kronika.model import Document
from kronika.nlp.analyze import analyze

from extracting import topics


# A meeting whose lead says only security, three neutral paragraphs, then one sentence of the body that frames
# energy as a field of cooperation: one cue, far from the lead, that tells what the sides work on.
FIELD_LATE = {
    "en": "date 2023-05-10 Minister meets Korean ambassador\n\nThe Minister of Foreign Affairs John Smith met on "
          "Tuesday with the Ambassador of the Republic of Korea, Kim Min-su, in London. They discussed regional "
          "security.\n\nThe ambassador presented the plans of his embassy for the coming year. The minister thanked "
          "him for the good contacts between the ministries.\n\nBoth sides agreed that the visit of the Korean "
          "delegation next month will be an important step.\n\nThe ambassador also stressed the potential of "
          "energy cooperation between the two countries.",
    "pl": "date 2023-05-10 Wiceminister spotkał się z ambasadorem Korei\n\nWiceminister spraw zagranicznych Jan "
          "Kowalski spotkał się we wtorek w Warszawie z ambasadorem Republiki Korei Kimem Min-su. Rozmawiali o "
          "bezpieczeństwie w regionie.\n\nAmbasador przedstawił plany ambasady na najbliższy rok. Wiceminister "
          "podziękował za dobre kontakty między ministerstwami.\n\nObie strony uznały, że wizyta koreańskiej "
          "delegacji w przyszłym miesiącu będzie ważnym krokiem.\n\nAmbasador podkreślił także potencjał "
          "współpracy energetycznej obu krajów.",
    "ru": "date 2023-05-10 Министр встретился с послом Кореи\n\nМинистр иностранных дел Иван Петров во вторник "
          "встретился в Москве с послом Республики Корея Ким Мин Су. Стороны обсудили вопросы региональной "
          "безопасности.\n\nПосол рассказал о планах посольства на будущий год. Министр поблагодарил его за хорошие "
          "контакты между министерствами.\n\nСтороны согласились, что визит корейской делегации в следующем месяце "
          "станет важным шагом.\n\nПосол также отметил потенциал сотрудничества в области энергетики.",
}


@pytest.mark.parametrize("code", sorted(FIELD_LATE))
def test_a_field_of_cooperation_in_the_body_is_a_topic(code):
    got = topics(FIELD_LATE[code], code)
    assert "energy" in got and "security" in got


@pytest.mark.parametrize("code, text, cue", [
    ("en", "They agreed to deepen economic cooperation.", "economic"),
    ("en", "They spoke of cooperation in the field of energy.", "energy"),
    ("pl", "Omówili współpracę w dziedzinie energetyki.", "energetyki"),
    ("cs", "Podpořil spolupráci v oblasti IT a nanotechnologií.", "nanotechnologií"),
    ("sl", "Izrazil je upanje za širitev partnerstva na področju jedrske energije.", "jedrske energije"),
    ("mk", "Очекуваме засилена економска соработка.", "економска"),
    ("de", "Er unterstrich das Potential der wirtschaftlichen Zusammenarbeit.", "wirtschaftlichen"),
    ("hu", "Szorosabb lesz a két ország gazdasági együttműködése.", "gazdasági"),
])
def test_a_cue_next_to_a_field_word_is_framed(code, text, cue):
    a = analyze(text, code)
    m = next(m for m in a.topics if a.text[m.char_start:m.char_end] == cue)
    assert in_field(a, m)


@pytest.mark.parametrize("code, text, cue", [
    ("en", "The trade grew. Cooperation continued.", "trade"),  # a full stop between: another clause
    ("en", "Energy prices rose sharply last year, while cooperation stalled.", "energy"),  # too far
    ("ru", "Обсудили расширение сотрудничества с американскими компаниями.", "компаниями"),  # a partner
    ("pl", "Omówili rozwój współpracy z polskimi firmami.", "firmami"),
])
def test_a_cue_away_from_the_field_word_is_not_framed(code, text, cue):
    a = analyze(text, code)
    m = next(m for m in a.topics if a.text[m.char_start:m.char_end].lower() == cue)
    assert not in_field(a, m)


def test_a_background_sentence_casts_no_topic_vote():
    text = ("date 2023-03-21 Prime minister arrives in Kyiv\n\nПрем'єр-міністр Японії Фуміо Кісіда прибув до Києва "
            "у вівторок. Кісіда і Зеленський обговорили підтримку Японії у відновленні України.\n\nВізит тримали в "
            "таємниці до самого приїзду.\n\nРаніше Зеленський взяв участь в онлайн-саміті G7 та у зустрічі G7 "
            "присвяченій річниці.")
    assert "multilateral" not in topics(text, "uk")


@pytest.mark.parametrize("code, text", [
    ("ru", "date 2023-05-10 Министр энергетики Иван Петров встретился в Москве с послом Республики Корея Ким Мин "
           "Су. Стороны обсудили роль энергетической безопасности региона."),
    ("pl", "date 2023-05-10 Minister Jan Kowalski spotkał się w Warszawie z ambasadorem Republiki Korei Kimem "
           "Min-su. Rozmawiali o bezpieczeństwie energetycznym regionu."),
])
def test_energy_security_is_energy(code, text):
    got = topics(text, code)
    assert "energy" in got and "security" not in got


def test_the_treaty_legal_base_is_no_law_topic():
    text = ("date 2021-10-18 Міністр закордонних справ України Дмитро Кулеба провів телефонну розмову з міністром "
            "Польщі Яном Ковальським. Сторони обговорили розширення договірно-правової бази відносин і торгівлю.")
    assert "law_justice" not in topics(text, "uk")


def test_the_un_general_assembly_is_no_parliament():
    text = ("date 2018-09-27 Министар Дачић састао се, у оквиру заседања Генералне скупштине Уједињених нација, са "
            "министром иностраних послова Колумбије. Разговарали су о сарадњи у економији.")
    assert "parliamentary" not in topics(text, "sr")


@pytest.mark.parametrize("code, text, topic", [
    ("de", "date 2020-06-02 Außenminister Oleg Krawtschenko traf in Minsk den Beauftragten Michael Siebert am Rande "
           "der Konferenz über Handel und Investitionen.\n\nDie Lage war ruhig.\n\nDanach tauschten die Seiten die Meinungen über Sicherheit "
           "und Digitalisierung aus.", "technology"),
    ("ru", "date 2023-05-10 Министр Иван Петров встретился в Москве с послом Республики Корея Ким Мин Су на форуме "
           "по торговле и инвестициям.\n\nВстреча прошла в дружеской атмосфере.\n\nСтороны обменялись мнениями о "
           "цифровизации.", "technology"),
])
def test_a_phrase_of_exchanged_views_tells_the_talks(code, text, topic):
    got = topics(text, code)
    assert "economy" in got and topic in got  # one body cue beside a lead's topic: the talks tell it


def test_a_part_of_a_persons_name_is_no_topic():
    # "Jong-un": the hyphen splits off "un", which as a word is the UN
    text = ("date 2025-07-09 Der russische Außenminister Sergei Lawrow besucht diese Woche Nordkorea. Er werde vom "
            "11. bis 13. Juli in Pjöngjang sein und Machthaber Kim Jong-un eine Botschaft überbringen.")
    evs = extract_document(Document(id="t", text=text), "de").events
    assert evs and "multilateral" not in evs[0].topics and "UN" not in evs[0].organizations


def test_korean_development_alone_is_no_aid_and_batteries_are_technology():
    text = ("date 2023-06-05 김진표 국회의장은 5일 헝가리 국회의장과 회담을 갖고 의회교류 확대와 배터리 분야 협력에 "
            "공감대를 형성했다. 김 의장은 한국의 원전 개발 경험을 소개했다.")
    got = topics(text, "ko")
    assert "technology" in got and "development_aid" not in got and "culture" not in got
