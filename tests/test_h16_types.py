"""Event type and CONSULT mode (h16 types): a threat of retaliation is THREATEN in every language, with the
sanctions it answers as its object; a text that tells no meeting, visit or call is no CONSULT."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def first_event(text: str, code: str):
    """The document's first event."""
    return extract_document(Document(id="t", text=text), code).events[0]


@pytest.mark.parametrize("code, text", [
    # "will not leave … unanswered", the sanctions between the verb and its answer
    ("ru", "date 2025-09-18 Официальный представитель МИД России Мария Захарова заявила, что Москва не оставит "
           "новые санкции Японии без ответа."),
    ("uk", "date 2025-09-18 Речниця МЗС Росії Марія Захарова заявила, що Москва не залишить нові санкції Японії без "
           "відповіді."),
    ("pl", "date 2025-09-18 Rzeczniczka MSZ Rosji Maria Zacharowa oświadczyła, że Moskwa nie pozostawi nowych sankcji "
           "Japonii bez odpowiedzi."),
    # countermeasures announced against sanctions: the sanctions are what is answered, not the event
    ("ru", "Захарова объявила о подготовке контрмер против санкций Японии\ndate 2025-09-18 Москва ответит на "
           "санкции Токио, заявила Мария Захарова."),
    ("cs", "date 2025-09-18 Mluvčí ruského ministerstva zahraničí Marija Zacharovová oznámila protiopatření "
           "proti novým japonským sankcím."),
    ("de", "date 2025-09-18 Russlands Außenamtssprecherin Maria Sacharowa kündigte Gegenmaßnahmen gegen die neuen "
           "Sanktionen Japans an."),
    ("en", "date 2025-09-18 Russian foreign ministry spokeswoman Maria Zakharova said Moscow would take countermeasures against "
           "Japan's new sanctions."),
    ("hu", "date 2025-09-18 Marija Zaharova orosz külügyi szóvivő ellenintézkedéseket helyezett kilátásba a japán "
           "szankciók miatt."),
    ("bg", "date 2025-09-18 Говорителят на руското външно министерство Мария Захарова обяви, че Москва ще вземе "
           "контрамерки срещу новите японски санкции."),
    ("ja", "date 2025-09-18 ロシア外務省のザハロワ報道官は、日本の新たな制裁に対し対抗措置を取ると表明した。"),
])
def test_a_threat_of_retaliation_is_threaten(code, text):
    assert first_event(text, code).type == "THREATEN"


@pytest.mark.parametrize("code, text", [
    ("ru", "date 2025-09-11 Правительство Японии ввело новые санкции против 52 российских организаций."),
    ("de", "date 2025-09-11 Japan verhängt neue Sanktionen gegen Russland."),
])
def test_sanctions_imposed_stay_sanctions(code, text):
    """Guard: sanctions imposed, with no threat of an answer, stay SANCTION."""
    assert first_event(text, code).type == "SANCTION"


@pytest.mark.parametrize("code, text", [
    ("pl", "date 2024-03-05 Japonia przekazała Ukrainie 30 ton pomocy humanitarnej."),
    ("cs", "date 2024-03-05 Japonsko poskytlo Ukrajině humanitární pomoc v hodnotě 100 milionů dolarů."),
    ("sk", "date 2024-03-05 Japonsko poskytlo Ukrajine humanitárnu pomoc v hodnote 100 miliónov dolárov."),
    ("ru", "date 2024-03-05 Япония предоставила Украине гуманитарную помощь на 100 миллионов долларов."),
    ("uk", "date 2024-03-05 Японія надала Україні гуманітарну допомогу на 100 мільйонів доларів."),
    ("hu", "date 2024-03-05 Japán humanitárius segítséget nyújt Ukrajnának."),
    ("en", "date 2024-03-05 Japan imposed sanctions on 13 Russian officials."),
    ("de", "date 2024-03-05 Japan verhängt Sanktionen gegen Russland."),
    ("ro", "date 2024-03-05 Ambasadorul Rusiei a fost convocat la Ministerul Afacerilor Externe."),
    ("bg", "date 2024-03-05 Външното министерство привика посланика на Русия и му връчи протестна нота."),
    ("lt", "date 2024-03-05 Užsienio reikalų ministerija įteikė Rusijos pasiuntiniui protesto notą."),
    ("ja", "date 2024-03-05 日本政府はロシアに対する追加制裁を決定した。"),
    ("ko", "date 2024-03-05 외교부는 주한 러시아 대사를 초치해 엄중히 항의했다."),
])
def test_a_text_without_a_meeting_is_no_consult(code, text):
    """Guard (issue 9): no meeting, visit or call in the text, no CONSULT."""
    assert first_event(text, code).type not in ("CONSULT", None)


@pytest.mark.parametrize("code, text", [
    # two ministers at the table, a third state only what their talks (and the headline) are about
    ("pl", "Polska i Japonia wspólnie pomogą Ukrainie\ndate 2023-07-05 Minister Radosław Sikorski rozmawiał w Tokio z "
           "ministrem spraw zagranicznych Japonii Yoko Kamikawą o pomocy dla Ukrainy."),
    ("ru", "Венгрия и Япония вместе помогут Украине\ndate 2023-07-05 Министр иностранных дел Венгрии Петер Сийярто "
           "обсудил в Токио с главой МИД Японии Ёсимасой Хаяси помощь Украине."),
    ("hr", "Hrvatska i Japan zajedno pomažu Ukrajini\ndate 2023-07-05 Ministar vanjskih poslova Gordan Grlić Radman "
           "razgovarao je u Tokiju s japanskim kolegom Yoshimasom Hayashijem o pomoći Ukrajini."),
    ("en", "Poland and Japan to help Ukraine together\ndate 2023-07-05 Foreign Minister Radosław Sikorski talked in "
           "Tokyo with Japanese Foreign Minister Yoko Kamikawa about assistance to Ukraine."),
])
def test_a_third_state_talked_about_is_no_forum(code, text):
    """People of two states met: a third state named as what they talked about makes no multilateral meeting."""
    e = first_event(text, code)
    assert (e.type, e.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize("code, text", [
    ("mk", "date 2024-11-20 Во рамки на работната посета на Јапонија, министерот за надворешни работи Тимчо Муцунски "
           "оствари средба со Шохеј Хара, заменик-претседател на Јапонската агенција за меѓународна соработка (JICA)."),
])
def test_a_national_agency_is_no_forum(code, text):
    """A state's own development agency (JICA, KOICA) is a party's arm: its talks are a visit, not a sidelines meeting."""
    e = first_event(text, code)
    assert (e.type, e.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize("code, text", [
    # an agreement backed at a meeting: the backing governs the agreement, the meeting is what happened
    ("cs", "date 2017-06-27 Premiér Bohuslav Sobotka v Tokiu podpořil rychlé uzavření dohody mezi Evropskou unií a "
           "Japonskem o strategickém partnerství a dohody o volném obchodu. S japonským premiérem Šinzó Abem diskutoval "
           "také o rozšíření hospodářských vztahů."),
    ("pl", "date 2017-06-27 Premier Beata Szydło poparła w Tokio szybkie zawarcie umowy o partnerstwie strategicznym "
           "między UE a Japonią oraz umowy o wolnym handlu. Z premierem Japonii Shinzo Abe rozmawiała także o "
           "współpracy gospodarczej."),
    ("sk", "date 2017-06-27 Premiér Robert Fico v Tokiu podporil rýchle uzavretie dohody o strategickom partnerstve "
           "medzi EÚ a Japonskom a dohody o voľnom obchode. S japonským premiérom Šinzóm Abem diskutoval aj o "
           "hospodárskych vzťahoch."),
])
def test_an_agreement_backed_at_a_meeting_is_the_meeting(code, text):
    e = first_event(text, code)
    assert (e.type, e.mode) == ("CONSULT", "visit")


def test_an_agreement_backed_is_support():
    e = first_event("date 2017-06-27 Japan supported the signing of the association agreement between the EU and "
                    "Ukraine.", "en")
    assert e.type == "SUPPORT"


@pytest.mark.parametrize("code, text", [
    ("en", "URL: https://www.example.com/news/japan-signs-agreement-sanctions-visit\nPrime Minister Beata Szydło "
           "talked in Tokyo with Japanese Prime Minister Shinzo Abe on 27 June 2017."),
    ("pl", "URL: https://www.pap.pl/japonia-podpisala-umowe-sankcje-wizyta\nPremier Beata Szydło 27 czerwca 2017 r. "
           "rozmawiała w Tokio z premierem Japonii Shinzo Abe."),
])
def test_a_web_address_tells_no_event(code, text):
    """The words of a link's slug are no triggers: the talks the prose tells are the event."""
    e = first_event(text, code)
    assert (e.type, e.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize("code, text", [
    ("bg", "date 2024-03-05 България изгони трима руски дипломати."),
    ("lt", "date 2024-03-05 Lietuva išsiuntė tris Rusijos diplomatus."),
    ("et", "date 2024-03-05 Eesti saatis riigist välja kolm Venemaa diplomaati."),
    ("de", "date 2024-03-05 Japan wies drei russische Diplomaten aus."),
    ("ja", "date 2024-03-05 日本政府はロシアの外交官3人を国外追放した。"),
    ("ko", "date 2024-03-05 한국 정부는 러시아 외교관 3명을 추방했다."),
])
def test_expelled_diplomats_are_a_sanction(code, text):
    """Expelling diplomats is SANCTION (PLOVER), in the languages whose lists lacked the verb."""
    assert first_event(text, code).type == "SANCTION"


def test_a_hungarian_request_for_support_told_object_first():
    """"támogatását kérte Japántól": the support asked for is the request's object, not backing given."""
    e = first_event("date 2025-11-12 Volodimir Zelenszkij elnök a légvédelem támogatását kérte Japántól.", "hu")
    assert e.type == "REQUEST"


def test_a_german_protest_note_handed_over_is_no_aid():
    """"übergab ihm eine Protestnote": a note of protest handed to a summoned envoy is ACCUSE, not a donation."""
    e = first_event("date 2024-03-05 Das Auswärtige Amt bestellte den russischen Botschafter ein und übergab ihm eine "
                    "Protestnote.", "de")
    assert e.type == "ACCUSE"


@pytest.mark.parametrize("code, text", [
    ("ru", "date 2024-03-05 Министр Петер Сийярто отбывает с визитом в Токио, где проведет переговоры с Ёко Камикавой."),
    ("uk", "date 2024-03-05 Міністр Дмитро Кулеба вирушає з візитом до Токіо, де проведе переговори з Йоко Камікавою."),
    ("bg", "date 2024-03-05 Президентът Румен Радев заминава за Япония, където ще се срещне с премиера Фумио Кишида."),
    ("mk", "date 2024-03-05 Министерот Тимчо Муцунски заминува во Јапонија, каде ќе се сретне со министерката Јоко Камикава."),
    ("lv", "date 2024-03-05 Ministrs Krišjānis Kariņš dodas vizītē uz Japānu, kur tiksies ar ministri Joko Kamikavu."),
    ("en", "date 2024-03-05 Foreign Minister Radosław Sikorski leaves for Japan, where he is to meet Foreign Minister Yoko Kamikawa."),
    ("de", "date 2024-03-05 Außenministerin Annalena Baerbock reist nach Japan und trifft dort Außenministerin Yoko Kamikawa."),
])
def test_a_departure_told_in_the_present_announces_the_visit(code, text):
    """"отбывает с визитом в Токио, где проведет": the visit a present-tense departure starts is still to come (AGREE)."""
    assert first_event(text, code).type == "AGREE"


@pytest.mark.parametrize("code, text", [
    ("bg", "date 2024-03-05 Външният министър Иван Кондов ще се срещне утре в София с японския си колега Йоко Камикава."),
    ("mk", "date 2024-03-05 Министерот Тимчо Муцунски утре ќе се сретне во Скопје со јапонската министерка Јоко Камикава."),
])
def test_a_meeting_after_the_future_particle_is_a_trigger(code, text):
    """"ще се срещне", "ќе се сретне": the perfective present after the future particle names a meeting to come."""
    assert first_event(text, code).type == "AGREE"


@pytest.mark.parametrize("code, text", [
    ("de", "date 2024-03-05 Japan verschenkt zehntausend Tabletten des Medikaments Avigan an Ungarn."),
    ("lv", "date 2024-03-05 Japāna uzdāvināja Latvijai desmit tūkstošus Avigan tablešu."),
])
def test_a_gift_of_goods_is_aid(code, text):
    """"verschenkt", "uzdāvināja": goods given away as a gift are AID (the verbs were missing)."""
    assert first_event(text, code).type == "AID"
