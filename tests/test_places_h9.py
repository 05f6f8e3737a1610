"""Places beyond the lead's obvious city: the envoy's own state is no destination, the city named after
the lead, lower-case city adjectives that name a venue, fixed phrases that hold a topic word."""
from __future__ import annotations

import unicodedata

import pytest

from kronika.events.document import extract_document
from kronika.events.location import _is_place
from kronika.model import Document
from kronika.nlp.analyze import analyze


def event_of(text: str, lang: str):
    doc = extract_document(Document(id="t", text=text, language=lang))
    assert doc.events, f"no event in {text!r}"
    return doc.events[0]


@pytest.mark.parametrize("lang,text", [
    ("hu", "Tegnap Hajdú-Bihar megyébe látogatott Japán magyarországi nagykövete, Taro Yamada, aki a "
           "megyei közgyűlés elnökével, Kovács Péterrel tárgyalt a gazdasági együttműködésről."),
    ("lt", "Vakar Žemaitijoje lankėsi Japonijos ambasadorius Taro Yamada, kuris su apskrities vadovu Jonu "
           "Petraičiu aptarė ekonominį bendradarbiavimą."),
    ("lv", "Vakar Latgalē viesojās Japānas vēstnieks Taro Jamada, kurš ar novada vadītāju Jāni Bērziņu "
           "apsprieda ekonomisko sadarbību."),
])
def test_the_envoys_own_state_is_not_where_he_went(lang, text):
    # "Japán … nagykövete", "ambasador Japonii": the state of the office, not the place visited
    assert event_of(text, lang).location.country != "JP"


LEAD = {
    "hu": ("Japán magyarországi nagykövete, Taro Yamada csütörtökön egész napos programon vett részt, "
           "amelynek során találkozott a kormánymegbízottal és az egyetem vezetőivel, akikkel a kétoldalú "
           "kapcsolatok, a gazdasági együttműködés és a felsőoktatási cserekapcsolatok lehetőségeiről "
           "tárgyalt, és megállapodtak abban, hogy a következő hónapokban folytatják az egyeztetést."),
    "pl": ("Ambasador Japonii Taro Yamada spotkał się w czwartek z marszałkiem województwa Janem Kowalskim, "
           "z którym rozmawiał o współpracy gospodarczej, wymianie studentów i możliwościach inwestycji "
           "japońskich firm w regionie, a obie strony zgodziły się, że kontakty te trzeba rozwijać w "
           "najbliższych miesiącach i latach, także na poziomie samorządów i uczelni."),
    "lt": ("Japonijos ambasadorius Taro Yamada ketvirtadienį susitiko su apskrities vadovu Jonu Petraičiu, "
           "su kuriuo aptarė ekonominį bendradarbiavimą, studentų mainus ir japonų įmonių investicijų "
           "galimybes regione, o abi pusės sutarė, kad šiuos ryšius reikia plėtoti artimiausiais "
           "mėnesiais ir metais, taip pat savivaldybių ir universitetų lygmeniu."),
}
BODY = {
    "hu": ("Délután a program Pécsett folytatódott, ahol a nagykövet előadást tartott.", "Pécs"),
    "pl": ("Po południu ambasador gościł w Rzeszowie, gdzie wygłosił wykład dla studentów.", "Rzeszów"),
    "lt": ("Po pietų ambasadorius lankėsi Šiauliuose, kur skaitė paskaitą studentams.", "Šiauliai"),
}


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_the_city_named_after_the_lead(lang):
    body, city = BODY[lang]
    assert event_of(LEAD[lang] + "\n" + body, lang).location.city == city


@pytest.mark.parametrize("lang,text,city", [
    ("hu", "Tegnap Gödöllőn tárgyalt a nagykövet a polgármesterrel.", "Gödöllő"),
    ("hu", "Hódmezővásárhelyre látogat a japán nagykövet.", "Hódmezővásárhely"),
    ("hu", "A nagykövet Szegedre érkezett.", "Szeged"),
    ("pl", "Ambasador przebywał wczoraj w Sopocie.", "Sopot"),
    ("pl", "Ambasador przebywał wczoraj w Gnieźnie.", "Gniezno"),
    ("pl", "Ambasador spotkał się z prezydentem miasta w Gliwicach.", "Gliwice"),
    ("cs", "Velvyslanec jednal s hejtmanem v Pardubicích.", "Pardubice"),
    ("cs", "Velvyslanec jednal se starostou v Kroměříži.", "Kroměříž"),
    ("sk", "Veľvyslanec rokoval s primátorom v Piešťanoch.", "Piešťany"),
    ("hr", "Veleposlanik se sastao s gradonačelnikom u Karlovcu.", "Karlovac"),
    ("sl", "Veleposlanik se je sestal z županom v Velenju.", "Velenje"),
    ("lt", "Ambasadorius susitiko su meru Palangoje.", "Palanga"),
])
def test_a_town_in_a_case_form_after_a_place_word(lang, text, city):
    # smaller towns (under the spelling lists' floor) count where a locative word or ending marks a place
    assert [m.key for m in analyze(text, lang).cities] == [city]


@pytest.mark.parametrize("lang,text,city", [
    ("hu", "A gödöllői találkozón a miniszterek megállapodtak az együttműködésről.", "Gödöllő"),
    ("hu", "A szegedi csúcson a miniszterek megállapodtak az együttműködésről.", "Szeged"),
    ("pl", "Na olsztyńskim forum ministrowie podpisali umowę o współpracy.", "Olsztyn"),
    ("pl", "Tarnowska konferencja zgromadziła ministrów spraw zagranicznych.", "Tarnów"),
    ("pl", "Gliwicki szczyt zakończył się podpisaniem deklaracji.", "Gliwice"),
    ("cs", "Na zlínském summitu se ministři dohodli na spolupráci.", "Zlín"),
    ("cs", "Pardubické fórum zahájil ministr zahraničí.", "Pardubice"),
    ("sk", "Na popradskom summite sa ministri dohodli na spolupráci.", "Poprad"),
    ("sk", "Martinská konferencia sa začala prejavom ministra.", "Martin"),
])
def test_a_town_adjective_before_a_meeting_word_names_where_it_meets(lang, text, city):
    a = analyze(text, lang)
    assert [m.key for m in a.cities] == [city]
    assert all(_is_place(a, m) for m in a.cities)


@pytest.mark.parametrize("lang,text", [
    ("hu", "A szegedi egyetem vezetőivel tárgyalt a nagykövet."),   # a university is no meeting
    ("pl", "Olsztyńska drużyna wygrała wczoraj mecz z gośćmi."),
    ("cs", "Zlínský zámek si prohlédl ministr zahraničí."),
])
def test_a_town_adjective_before_another_noun_is_no_place(lang, text):
    assert analyze(text, lang).cities == []


@pytest.mark.parametrize("lang,text", [
    ("hu", "A miniszterek aláírták a szociális biztonsági egyezményt."),
    ("de", "Die Minister unterzeichneten ein Abkommen über soziale Sicherheit."),
    ("en", "The ministers signed a social security agreement."),
    ("bg", "Министрите подписаха споразумение за социална сигурност."),
    ("sl", "Ministra sta podpisala sporazum o socialni varnosti."),
    ("ro", "Miniștrii au semnat acordul privind securitatea socială."),
    ("lv", "Ministri parakstīja sociālās drošības līgumu."),
    ("pl", "Ministrowie rozmawiali o bezpieczeństwie żywnościowym Afryki."),
    ("ru", "Министры обсудили продовольственную безопасность Африки."),
    ("uk", "Міністри обговорили продовольчу безпеку Африки."),
    ("cs", "Ministři jednali o potravinové bezpečnosti Afriky."),
])
def test_a_fixed_phrase_is_read_as_a_whole_not_as_its_topic_word(lang, text):
    # a social-security agreement or food security is no security (defence) topic
    assert "security" not in [m.key for m in analyze(text, lang).topics]


@pytest.mark.parametrize("lang,text", [
    ("hu", "A miniszterek a regionális biztonságról tárgyaltak."),
    ("en", "The ministers discussed regional security."),
    ("pl", "Ministrowie rozmawiali o bezpieczeństwie regionu."),
    ("ro", "Miniștrii au discutat despre securitatea regională."),
])
def test_security_alone_is_still_security(lang, text):
    assert "security" in [m.key for m in analyze(text, lang).topics]


def topics_of(text: str, lang: str) -> list[str]:
    return event_of(text, lang).topics


MENU = {
    "en": ("Ambassador Taro Yamada met Mayor John Smith at the city hall on Tuesday and the two discussed "
           "the friendship between their peoples, which both sides described as warm and long-standing, and "
           "agreed to meet again next year.",
           "Parliament passes budget bill\nNew parliament speaker elected\nParliament session ends"),
    "pl": ("Ambasador Taro Yamada spotkał się we wtorek z burmistrzem Janem Kowalskim w ratuszu, a obaj "
           "rozmawiali o przyjaźni między narodami, którą obie strony nazwały serdeczną i długoletnią, oraz "
           "zgodzili się spotkać ponownie w przyszłym roku.",
           "Sejm przyjął ustawę budżetową\nNowy marszałek Sejmu wybrany\nPosiedzenie Sejmu zakończone"),
    "cs": ("Velvyslanec Taro Jamada se v úterý na radnici setkal se starostou Janem Novákem a oba hovořili o "
           "přátelství mezi národy, které obě strany označily za vřelé a dlouholeté, a dohodli se, že se "
           "příští rok opět setkají.",
           "Poslanecká sněmovna schválila rozpočet\nNový předseda sněmovny zvolen\n"
           "Schůze Poslanecké sněmovny skončila"),
}


@pytest.mark.parametrize("lang", sorted(MENU))
def test_topic_words_in_menus_and_other_headlines_do_not_vote(lang):
    lead, menu = MENU[lang]
    assert "parliamentary" not in topics_of(lead + "\n" + menu + "\n" + lead, lang)
    # the same words in running text of the report do count
    prose = " ".join(line.rstrip(".") + "." for line in menu.split("\n"))
    assert "parliamentary" in topics_of(lead + "\n" + prose + " " + prose, lang)


@pytest.mark.parametrize("lang,menu,body", [
    ("ja", "政治 経済 社会/文化 IT/科学 スポーツ 芸能",
     "ロシアのラブロフ外相は31日、平壌で北朝鮮の李容浩外相と会談し、朝鮮半島の非核化と核問題について協議した。"),
    ("en", "Politics Economy Culture Science Sport World",
     "Foreign Minister Taro Yamada met Foreign Minister Jan Kowalski in Warsaw on Tuesday and the two discussed "
     "regional security and the war, and the defence of the eastern flank, and agreed to meet again."),
    ("pl", "Polityka Gospodarka Kultura Nauka Sport Świat",
     "Minister spraw zagranicznych Taro Yamada spotkał się we wtorek w Warszawie z ministrem Janem Kowalskim; "
     "rozmawiali o bezpieczeństwie regionu, o wojnie i o obronności wschodniej flanki NATO."),
])
def test_a_sites_section_menu_is_no_topic(lang, menu, body):
    topics = topics_of(menu + "\n\n" + body, lang)
    assert "security" in topics
    assert not {"economy", "culture", "science_education"} & set(topics)


def test_a_headline_that_lists_topics_is_still_a_headline():
    text = ("Japan and Poland discuss trade, energy and security\n\nForeign Minister Taro Yamada met Foreign "
            "Minister Jan Kowalski in Warsaw on Tuesday and the two agreed to meet again next year.")
    assert {"economy", "energy", "security"} <= set(topics_of(text, "en"))


NEUTRAL = {
    "en": "Foreign Minister Taro Yamada met Foreign Minister Jan Kowalski in Warsaw on Tuesday. The two ministers "
          "praised the friendly relations and growing trade between their countries, recalled the long history of their contacts, "
          "thanked each other for the warm welcome and the excellent organisation of the visit, and agreed to meet "
          "again next year in Tokyo at a date still to be fixed.",
    "pl": "Minister spraw zagranicznych Taro Yamada spotkał się we wtorek w Warszawie z ministrem Janem Kowalskim. "
          "Obaj ministrowie podkreślili przyjazne stosunki i rosnący handel między krajami, przypomnieli długą historię kontaktów, "
          "podziękowali sobie za serdeczne przyjęcie i doskonałą organizację wizyty oraz zgodzili się spotkać "
          "ponownie w przyszłym roku w Tokio w terminie, który zostanie jeszcze ustalony.",
    "uk": "Міністр закордонних справ Таро Ямада у вівторок зустрівся у Варшаві з міністром Яном Ковальським. "
          "Обидва міністри відзначили дружні відносини і зростання торгівлі між країнами, згадали довгу історію контактів, подякували "
          "одне одному за теплий прийом і чудову організацію візиту та домовилися зустрітися знову наступного року "
          "в Токіо у термін, який ще буде визначено.",
    "hu": "Taro Yamada külügyminiszter kedden Varsóban találkozott Jan Kowalski külügyminiszterrel. A két miniszter "
          "méltatta az országok közötti baráti kapcsolatokat és a növekvő kereskedelmet, felidézte a kapcsolatok hosszú történetét, "
          "megköszönték egymásnak a szívélyes fogadtatást és a látogatás kiváló megszervezését, és megállapodtak, "
          "hogy jövőre Tokióban ismét találkoznak, egy később meghatározandó időpontban.",
}
TALKS = {
    "en": "They also discussed the reconstruction of Ukraine.",
    "pl": "Ministrowie rozmawiali także o odbudowie Ukrainy.",
    "uk": "Міністри також обговорили відновлення України.",
    "hu": "A miniszterek megvitatták Ukrajna újjáépítését is.",
}
ASIDE = {
    "en": "The reconstruction of the old town hall is almost complete.",
    "pl": "Odbudowa starego ratusza jest już prawie zakończona.",
    "uk": "Відновлення старої ратуші майже завершене.",
    "hu": "A régi városháza újjáépítése majdnem befejeződött.",
}


@pytest.mark.parametrize("lang", sorted(NEUTRAL))
def test_a_topic_the_talks_were_about_counts_once_told(lang):
    # one topic word in the body counts when its sentence says what was discussed, not as an aside
    assert "economy" in topics_of(NEUTRAL[lang], lang)
    assert "development_aid" in topics_of(NEUTRAL[lang] + "\n" + TALKS[lang], lang)
    assert "development_aid" not in topics_of(NEUTRAL[lang] + "\n" + ASIDE[lang], lang)


@pytest.mark.parametrize("lang,text,city", [
    ("ro", "Ambasadorul Japoniei Takashi Katae a făcut o vizită de curtoazie la primarul municipiului Iași, "
           "Mihai Chirică.", "iasi"),
    ("pl", "Ambasador Japonii Taro Yamada spotkał się z prezydentem miasta Gliwice Adamem Nowakiem.", "gliwice"),
    ("en", "Japanese Ambassador Taro Yamada paid a courtesy call on the mayor of the city of Poprad, Anton Danko.",
     "poprad"),
])
def test_a_mayor_of_a_named_town_hosts_in_it(lang, text, city):
    # "primarul municipiului Iași": a town noun between the office and the town's name
    got = event_of(text, lang).location.city or ""
    assert unicodedata.normalize("NFKD", got).encode("ascii", "ignore").decode().lower() == city


@pytest.mark.parametrize("lang,text", [
    ("lt", "Ministras vakar grįžo iš Vilniaus."),
    ("lv", "Ministrs vakar atgriezās no Rīgas."),
    ("ru", "Заявление поступило из Кремля."),
    ("en", "A statement came from the Kremlin."),
    ("hr", "Priopćeno je iz Hrvatskog sabora."),
])
def test_a_place_after_a_word_of_origin_is_not_where(lang, text):
    a = analyze(text, lang)
    assert a.cities and not any(_is_place(a, m) for m in a.cities)


def test_a_visit_to_a_state_then_a_comma_then_an_office():
    # "posjeta Japanu, predsjednika …": the comma parts the visit's goal from the visitor's office
    text = ("Drugog dana službenog posjeta Japanu, predsjednika Hrvatskoga sabora Gordana Jandrokovića primili "
            "su u utorak u audijenciju japanski car Naruhito i carica Masako, priopćeno je iz Hrvatskog sabora.")
    assert event_of(text, "hr").location.country == "JP"


@pytest.mark.parametrize("lang,text,city", [
    ("ja", "11月7日、深澤陽一外務大臣政務官は、ズィグマールス・ズィルガルヴィス駐日ラトビア大使による表敬訪問を受けた。",
     "Tokyo"),
    ("ru", "Новый посол Японии в России Тикахито Харада встретился с заместителем министра иностранных дел России "
           "Александром Бородавкиным и передал ему копии верительных грамот.", "Moscow"),
    ("pl", "Nowy ambasador Japonii w Polsce Taro Yamada spotkał się z wiceministrem spraw zagranicznych Janem "
           "Kowalskim i przekazał mu kopie listów uwierzytelniających.", "Warsaw"),
])
def test_an_envoy_received_by_a_host_minister_meets_in_the_capital(lang, text, city):
    assert event_of(text, lang).location.city == city


@pytest.mark.parametrize("lang,text,city", [
    ("en", "Polish President Andrzej Duda received Japanese Foreign Minister Yoko Kamikawa on Monday.", "Warsaw"),
    ("en", "Lithuanian President Dalia Grybauskaite met South Korean Foreign Minister Kang Kyung-wha on Monday.",
     "Vilnius"),
    ("de", "Der polnische Präsident Andrzej Duda empfing am Montag die japanische Außenministerin Yoko Kamikawa.",
     "Warsaw"),
    ("ja", "ポーランドのドゥダ大統領は月曜日、韓国の朴振外相と会談した。", "Warsaw"),
])
def test_the_one_head_of_state_taking_part_hosts_a_guest(lang, text, city):
    # a text that names no place: the state whose head of state or government receives another's guest
    assert event_of(text, lang).location.city == city


@pytest.mark.parametrize("lang,text,city", [
    ("ko", "헝가리 대사는 제주에서 열린 포럼에 참석했다.", "Jeju City"),
    ("ko", "헝가리 대사는 5일 대전시를 방문해 시장과 협력 방안을 협의했다.", "Daejeon"),
    ("ko", "라트비아 대사는 구마모토에서 지사와 회담했다.", "Kumamoto"),
    ("ja", "ラトビア大使は5日、熊本で知事と会談した。", "Kumamoto"),
    ("ja", "ハンガリー大使は蔚山で市長と会談した。", "Ulsan"),
])
def test_more_korean_and_japanese_cities(lang, text, city):
    assert [m.key for m in analyze(text, lang).cities] == [city]


def test_a_world_war_is_no_daejeon():
    assert analyze("제2차 세계대전 이후 양국 관계는 발전했다.", "ko").cities == []
