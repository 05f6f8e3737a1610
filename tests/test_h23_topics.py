"""What a meeting was about (h23 topics, tuned on fresh pages in 13 languages): elections to a parliament are a
state's politics, not inter-parliamentary contacts; the Weimar Triangle and the Three Seas Initiative frame talks
as multilateral; the security of energy supply is energy, not security; one more meeting told with a place between
the pronoun and the verb ("se u New Yorku sastao i s"); "bzw.", "tzv.", "npr." inside a clause end no sentence; and
the Japanese and Korean lists of topic words, of what was discussed and of fields, filled out."""
import pytest

from kronika.events import topics as topics_module
from kronika.nlp.analyze import analyze
from kronika.text.tokens import sentences as split_sentences

from extracting import topic_keys, topics

# -- parliamentary elections are no parliamentary contacts --------------------------------------------------------

ELECTIONS = [
    ("pl", "Rozmawiali o sytuacji politycznej przed wyborami parlamentarnymi w Czechach."),
    ("cs", "Hovořili o politické situaci před parlamentními volbami."),
    ("sk", "Hovorili o situácii po parlamentných voľbách."),
    ("hu", "Szó esett a parlamenti választásokról is."),
    ("ro", "Au discutat despre alegerile parlamentare din Republica Moldova."),
    ("bg", "Обсъдиха предстоящите парламентарни избори."),
    ("sr", "Razgovarali su o parlamentarnim izborima u Srbiji."),
    ("hr", "Razgovarali su o političkoj situaciji u Češkoj koja se sprema za parlamentarne izbore."),
    ("sl", "Pogovarjali so se o parlamentarnih volitvah."),
    ("mk", "Разговараа за парламентарните избори."),
    ("ru", "Стороны обсудили итоги парламентских выборов."),
    ("uk", "Сторони обговорили підсумки парламентських виборів."),
    ("lt", "Aptarė artėjančius Seimo rinkimus."),
    ("lv", "Apsprieda Saeimas vēlēšanu rezultātus."),
    ("et", "Arutasid Riigikogu valimiste tulemusi."),
    ("de", "Sie sprachen über die Parlamentswahlen in Tschechien."),
    ("en", "They discussed the upcoming parliamentary elections."),
    ("ja", "両氏は参議院選挙の結果について意見交換した。"),
    ("ko", "양측은 국회의원 선거 결과에 대해 논의했다."),
]


@pytest.mark.parametrize("code,text", ELECTIONS)
def test_parliamentary_elections_are_no_parliamentary_topic(code, text):
    assert "parliamentary" not in topic_keys(text, code)


def test_the_elections_phrase_drops_only_itself():
    """Elections are no contact; a house's delegation in the next sentence stays parliamentary."""
    assert "parliamentary" not in topic_keys("Razgovarali su o parlamentarnim izborima.", "hr")
    assert "parliamentary" in topic_keys("Razgovarali su o parlamentarnim izborima. Ministar je primio izaslanstvo "
                                         "Sabora.", "hr")


# -- frameworks of several states: the Weimar Triangle, the Three Seas --------------------------------------------

FORMATS = [
    ("pl", "Ministrowie rozmawiali o znaczeniu relacji w ramach Trójkąta Weimarskiego."),
    ("cs", "Ministři hovořili o Výmarském trojúhelníku."),
    ("de", "Die Außenminister des Weimarer Dreiecks trafen sich in Paris."),
    ("en", "The ministers met in the Weimar Triangle format."),
    ("ru", "Министры обсудили работу в рамках Веймарского треугольника."),
    ("hr", "Najavio je summit Inicijative triju mora u Dubrovniku."),
    ("ro", "Au discutat despre Inițiativa celor Trei Mări."),
    ("lt", "Aptarė Trijų jūrų iniciatyvą."),
    ("ja", "両外相はワイマール・トライアングルの枠組みについて協議した。"),
]


@pytest.mark.parametrize("code,text", FORMATS)
def test_formats_of_several_states_are_multilateral(code, text):
    assert "multilateral" in topic_keys(text, code)


# -- the security of energy supply is energy ------------------------------------------------------------------

SUPPLY = [
    ("hu", "Az együttműködés garantálhatja energiaellátásának biztonságát."),
    ("en", "They discussed the security of energy supply in Europe."),
    ("de", "Sie sprachen über die Versorgungssicherheit."),
    ("ja", "両外相はエネルギー安全保障について協議した。"),
    ("ko", "양측은 에너지 안보 협력을 논의했다."),
    ("pl", "Rozmawiali o bezpieczeństwie dostaw energii."),
    ("de", "Sie sprachen über die Sicherheit der Energieversorgung."),
]


@pytest.mark.parametrize("code,text", SUPPLY)
def test_security_of_energy_supply_is_energy(code, text):
    keys = topic_keys(text, code)
    assert "energy" in keys and "security" not in keys


# -- one more meeting with a place inside the phrase --------------------------------------------------------------

def test_croatian_also_met_with_a_place_between():
    text = ("Ministar Gordan Grlić Radman u utorak se u New Yorku sastao s iračkim ministrom Fuadom Huseinom s kojim je "
            "razgovarao o energetskoj suradnji. Grlić Radman se u New Yorku sastao i s gruzijskom ministricom s kojom "
            "je razgovarao o ljudskim pravima.")
    a = analyze(text, "hr")
    pos = text.index("ljudskim")
    assert topics_module.after_also_met(a, pos, 0)


def test_serbian_also_met_with_a_place_between():
    text = ("Ministar je u Beogradu razgovarao sa kolegom o energetici. Ministar se u Beogradu sastao i sa "
            "predstavnicima policije.")
    a = analyze(text, "sr")
    assert topics_module.after_also_met(a, text.index("policije"), 0)


# -- abbreviations inside a clause -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Minister besprachen Projekte im Handels- bzw. Wirtschafts-, im kulturellen und historischen Bereich.",
    "Ministři hovořili o tzv. Výmarském trojúhelníku a o energetice.",
    "Razgovarali su o suradnji, npr. Energetici i obrani.",
])
def test_abbreviation_inside_a_clause_ends_no_sentence(text):
    assert len(split_sentences(text)) == 1


def test_german_culture_after_bzw_is_discussed():
    """'besprachen … im Handels- bzw. Wirtschafts-, im kulturellen … Bereich': the culture is of the sentence that
    tells what was discussed."""
    text = ("Die Minister besprachen dabei praktische Fragen, insbesondere die Umsetzung von Projekten im Handels- "
            "bzw. Wirtschafts-, im kulturellen und historischen Bereich.")
    a = analyze(text, "de")
    culture = next(m for m in a.topics if m.key == "culture")
    assert a.sentence_of(culture.char_start) in topics_module.discussed(a)


# -- Japanese and Korean words filled out ---------------------------------------------------------------------

CJK = [
    ("ja", "両国は美術館の分野で協力する。", "culture"),
    ("ja", "両国は警察の分野で協力する。", "law_justice"),
    ("ja", "両外相は財界との対話について協議した。", "economy"),
    ("ja", "両外相は台風による被害への対応で協力することで一致した。", "disaster"),
    ("ja", "両外相は領有権をめぐり協議した。", "territorial"),
    ("ja", "両国は医薬品の分野で協力する。", "health"),
    ("ko", "양국은 박물관 분야 협력을 논의했다.", "culture"),
    ("ko", "양국은 태풍 대응 협력을 논의했다.", "disaster"),
    ("ko", "양국은 경찰 분야 협력을 논의했다.", "law_justice"),
    ("ko", "양국은 상공회의소 협력을 논의했다.", "economy"),
    ("ko", "양국은 영유권 문제를 논의했다.", "territorial"),
    ("ko", "양측은 의약품 분야 협력을 논의했다.", "health"),
]


@pytest.mark.parametrize("code,text,topic", CJK)
def test_cjk_topic_words(code, text, topic):
    assert topic in topic_keys(text, code)


@pytest.mark.parametrize("code,text", [
    ("ja", "今回の議題は経済であった。"),
    ("ko", "회담의 의제는 경제였다."),
    ("ko", "양측은 경제 문제에 대해 의견을 나누었다."),
    ("ko", "양측은 경제 문제에 대해 의견을 나눴다."),  # the particle is no token: "의견을 나눴" never matched
    ("ko", "양측은 경제 문제에 대해 대화를 나눴다."),
    ("ja", "両外相は経済について話し合った。"),  # the verb's token reads 話し合う, not the stem 話し合
    ("ja", "両外相は経済問題を取り上げた。"),
])
def test_cjk_discuss_words(code, text):
    a = analyze(text, code)
    assert topics_module.discussed(a)


# -- the humanitarian sphere beside culture is no aid ------------------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("de", "Die Minister besprachen Projekte im kulturellen, humanitären und historischen Bereich."),
    ("en", "The ministers discussed cultural and humanitarian ties."),
    ("pl", "Ministrowie rozmawiali o współpracy kulturalnej i humanitarnej."),
])
def test_humanitarian_beside_culture_is_culture(code, text):
    a = analyze(text, code)
    aid = next(m for m in a.topics if m.key == "development_aid")
    assert topics_module.beside_culture(a, aid)


def test_humanitarian_aid_stays_aid():
    """'humanitarian aid and culture': the aid's own phrase is aid whatever stands beside it; the topics keep it."""
    text = ("Foreign Minister Jan Lipavsky met Ukrainian Foreign Minister Dmytro Kuleba in Prague on 5 May 2023. "
            "They discussed humanitarian aid and cultural ties.")
    a = analyze(text, "en")
    aid = next(m for m in a.topics if m.key == "development_aid")
    assert not topics_module.beside_culture(a, aid)
    assert "development_aid" in topics(text, "en") and "culture" in topics(text, "en")


# -- rebuilding a named state is the aid ---------------------------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("sr", "Ministri su razgovarali o obnovi Sirije."),
    ("sl", "Ministra sta govorila o obnovi Ukrajine."),
    ("mk", "Министрите разговараа за обнова на Украина."),
])
def test_rebuilding_a_named_state(code, text):
    a = analyze(text, code)
    assert topics_module.rebuilt_states(a)


def test_renewal_of_ties_is_no_rebuilding():
    a = analyze("Ministri su razgovarali o obnovi odnosa i o obnovi Sirije.", "sr")
    found = [a.text[m.char_start:m.char_end + 7] for m in topics_module.rebuilt_states(a)]
    assert found == ["obnovi Sirije"]


def test_rebuilding_votes_for_aid():
    text = ("Ministar spoljnih poslova Srbije Ivica Dačić sastao se 3. maja 2023. u Beogradu sa ministrom spoljnih poslova "
            "Ukrajine Dmitrom Kulebom. Ministri su razgovarali o mogućem doprinosu Srbije obnovi Sirije.")
    assert "development_aid" in topics(text, "sr")


# -- a quotation added to the report of the talks ------------------------------------------------------------

def test_quotation_after_the_talks_is_a_statement():
    text = ("Sybiha a declarat că au discutat despre cooperarea economică, adăugând: „Ucraina și Moldova continuă "
            "să colaboreze pe drumul nostru comun către aderarea la UE”.")
    a = analyze(text, "ro")
    eu = next(m for m in a.topics if m.key == "multilateral")
    economy = next(m for m in a.topics if m.key == "economy")
    assert topics_module.quoted_apart(a, eu)
    assert not topics_module.quoted_apart(a, economy)


def test_quotation_that_tells_the_talks_keeps_its_subjects():
    """'"We discussed energy and the EU," he wrote': the words of discussing are inside the quotation too."""
    text = '"We discussed energy and the EU agenda," the minister wrote.'
    a = analyze(text, "en")
    eu = next(m for m in a.topics if m.key == "multilateral")
    assert topics_module.discussed(a) and not topics_module.quoted_apart(a, eu)


# -- the Eastern Partnership, "Tri morja", a truncated first part of a compound --------------------------------

@pytest.mark.parametrize("code,text", [
    ("cs", "Hovořilo se o vztazích se státy Východního partnerství."),
    ("pl", "Rozmawiali o przyszłości Partnerstwa Wschodniego."),
    ("et", "Arutati idapartnerlust ja laienemist."),
    ("en", "They discussed the Eastern Partnership."),
    ("sl", "Gostitelj vrha pobude Tri morja je sprejel sekretarja."),
])
def test_eastern_partnership_and_three_seas_are_multilateral(code, text):
    assert "multilateral" in topic_keys(text, code)


def test_estonian_truncated_digi_is_technology():
    """"digi- ja kaitsekoostöö": digital and defence cooperation, the head written once."""
    assert {"technology", "security"} <= topic_keys("Suhted on head eriti digi- ja kaitsekoostöö vallas.", "et")
