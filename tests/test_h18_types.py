"""Event type and CONSULT mode from evidence (h18 types): a verdict ("unacceptable", "talks are impossible") governs
the act it judges on either side; "reserves the right to respond" and a readiness to retaliate threaten; a call told
up front keeps its mode; preparations announce a visit; a reporting verb after a dash announces only what it reports.
Every case fails on the parent (main d0859757) but the guards, marked "Guard"."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def first_event(text: str, code: str):
    """The document's first event."""
    return extract_document(Document(id="t", text=text), code).events[0]


def kind_mode(text: str, code: str) -> str:
    """"TYPE" or "TYPE/mode" of the first event."""
    e = first_event(text, code)
    return f"{e.type}/{e.mode}" if e.mode else e.type


@pytest.mark.parametrize("code, text", [
    ('ru', 'Япония назвала неприемлемым введение Россией запрета на въезд 30 японским гражданам. Токио выразил протест, заявил генеральный секретарь кабинета министров Минору Кихара.'),
    ('pl', 'Japonia uznała za nie do przyjęcia nałożone przez Rosję sankcje wobec 30 obywateli Japonii, oświadczył sekretarz gabinetu Minoru Kihara.'),
    ('hu', 'Japán elfogadhatatlannak nevezte az Oroszország által 30 japán állampolgárral szemben bevezetett szankciókat - jelentette ki Kihara Minoru kabinetfőtitkár.'),
    ('lv', 'Japāna nosauca par nepieņemamām Krievijas noteiktās sankcijas pret 30 Japānas pilsoņiem, paziņoja kabineta ģenerālsekretārs Minoru Kihara.'),
    ('de', 'Japan hat die von Russland verhängten Sanktionen gegen 30 japanische Bürger als inakzeptabel bezeichnet, sagte Kabinettssekretär Minoru Kihara.'),
    ('en', "Japan called Russia's sanctions against 30 Japanese citizens unacceptable, Chief Cabinet Secretary Minoru Kihara said on Wednesday."),
    ('ja', '木原稔官房長官は12日、ロシアが日本人30人に対して入国禁止の制裁を科したことについて「到底容認できない」と述べた。'),
    ('ko', '일본 정부는 러시아가 일본인 30명에게 입국 금지 제재를 가한 것에 대해 용납할 수 없다고 밝혔다고 기하라 미노루 관방장관이 말했다.'),
])
def test_unacceptable_is_a_verdict_on_the_act_it_judges(code, text):
    """"Japan called Russia's sanctions unacceptable": the sanctions are what is criticised, on either side of it."""
    assert first_event(text, code).type == "ACCUSE"


@pytest.mark.parametrize("code, expected, text", [
    ('en', 'CONSULT/visit', "Foreign Minister Radoslaw Sikorski met Japan's Foreign Minister Yoko Kamikawa in Warsaw on Monday. The ministers agreed that Russia's aggression against Ukraine is unacceptable."),
    ('ru', 'CONSULT/visit', 'Министр иностранных дел Польши Радослав Сикорский встретился в Варшаве с министром иностранных дел Японии Ёко Камикавой. Стороны согласились, что агрессия России неприемлема.'),
    ('de', 'CONSULT/visit', 'Außenminister Radosław Sikorski traf am Montag in Warschau die japanische Außenministerin Yoko Kamikawa. Beide nannten den russischen Angriff auf die Ukraine inakzeptabel.'),
    ('pl', 'CONSULT/visit', 'Minister spraw zagranicznych Radosław Sikorski spotkał się w poniedziałek w Warszawie z szefową dyplomacji Japonii Yoko Kamikawą. Ministrowie uznali agresję Rosji za niedopuszczalną.'),
    ('en', 'CONSULT/visit', "Foreign Minister Radoslaw Sikorski met Japan's Foreign Minister Yoko Kamikawa in Warsaw on Monday. Sikorski said that peace in Europe is impossible without Russia's withdrawal."),
    ('ru', 'CONSULT/visit', 'Министр иностранных дел Польши Радослав Сикорский встретился в Варшаве с министром иностранных дел Японии Ёко Камикавой. По его словам, мир в Европе невозможен без ухода России.'),
    ('pl', 'CONSULT/visit', 'Minister spraw zagranicznych Radosław Sikorski spotkał się w poniedziałek w Warszawie z szefową dyplomacji Japonii Yoko Kamikawą. Jak powiedział, pokój w Europie jest niemożliwy bez wycofania się Rosji.'),
    ('de', 'CONSULT/visit', 'Außenminister Radosław Sikorski traf am Montag in Warschau die japanische Außenministerin Yoko Kamikawa. Frieden sei ohne Rückzug Russlands unmöglich, sagte er.'),
])
def test_guard_a_verdict_said_at_a_meeting_leaves_the_meeting(code, expected, text):
    """Guard: "the ministers agreed that the aggression is unacceptable", "peace is impossible": still the meeting."""
    assert kind_mode(text, code) == expected


@pytest.mark.parametrize("code, text", [
    ('ru', 'Россия оставляет за собой право жестко реагировать на размещение Японией ракет средней дальности, заявила официальный представитель МИД Мария Захарова.'),
    ('uk', 'Росія залишає за собою право відповісти на розміщення Японією ракет середньої дальності, заявила речниця МЗС РФ Марія Захарова.'),
    ('pl', 'Rosja zastrzega sobie prawo do reakcji na rozmieszczenie przez Japonię rakiet średniego zasięgu, oświadczyła rzeczniczka MSZ Maria Zacharowa.'),
    ('cs', 'Rusko si vyhrazuje právo reagovat na rozmístění raket středního doletu v Japonsku, uvedla mluvčí ruského ministerstva zahraničí Marija Zacharovová.'),
    ('bg', 'Русия си запазва правото да отговори на разполагането на ракети със среден обсег в Япония, заяви говорителят на руското външно министерство Мария Захарова.'),
    ('sr', 'Rusija zadržava pravo da odgovori na raspoređivanje raketa srednjeg dometa u Japanu, izjavila je portparolka ruskog ministarstva spoljnih poslova Marija Zaharova.'),
    ('ro', 'Rusia își rezervă dreptul de a răspunde la amplasarea de către Japonia a rachetelor cu rază medie de acțiune, a declarat purtătoarea de cuvânt a MAE rus, Maria Zaharova.'),
    ('hu', 'Oroszország fenntartja a jogot, hogy reagáljon a közepes hatótávolságú rakéták japán telepítésére - jelentette ki Marija Zaharova orosz külügyi szóvivő.'),
    ('lt', 'Rusija pasilieka teisę reaguoti į vidutinio nuotolio raketų dislokavimą Japonijoje, pareiškė Rusijos užsienio reikalų ministerijos atstovė Marija Zacharova.'),
    ('et', 'Venemaa jätab endale õiguse reageerida keskmaarakettide paigutamisele Jaapanisse, teatas Venemaa välisministeeriumi pressiesindaja Maria Zahharova.'),
    ('de', 'Russland behält sich das Recht vor, auf die Stationierung von Mittelstreckenraketen in Japan zu reagieren, sagte die Sprecherin des russischen Außenministeriums Maria Sacharowa.'),
    ('en', "Russia reserves the right to respond firmly to Japan's deployment of intermediate-range missiles on Okinawa, Foreign Ministry spokeswoman Maria Zakharova said."),
])
def test_reserving_the_right_to_respond_threatens(code, text):
    assert first_event(text, code).type == "THREATEN"


@pytest.mark.parametrize("code, text", [
    ('ru', 'Москва готова принять ответные меры в связи с новыми санкциями Японии, заявила официальный представитель МИД России Мария Захарова.'),
    ('uk', "Москва готова вжити контрзаходи у зв'язку з новими санкціями Японії, заявила речниця МЗС Росії Марія Захарова."),
    ('en', "Moscow is ready to take countermeasures against Japan's new sanctions, Russian Foreign Ministry spokeswoman Maria Zakharova said."),
])
def test_a_readiness_to_retaliate_threatens(code, text):
    """"ready to take countermeasures": the readiness (an AGREE cue) governs a threat, and the threat is the act."""
    assert first_event(text, code).type == "THREATEN"


@pytest.mark.parametrize("code, text", [
    ('ru', 'Песков заявил, что переговоры с Японией о мирном договоре сейчас невозможны из-за санкций Токио.'),
    ('uk', 'Пєсков заявив, що переговори з Японією щодо мирного договору зараз неможливі через санкції Токіо.'),
    ('pl', 'Pieskow oświadczył, że rozmowy z Japonią w sprawie traktatu pokojowego są obecnie niemożliwe z powodu sankcji Tokio.'),
    ('cs', 'Peskov prohlásil, že jednání s Japonskem o mírové smlouvě jsou nyní nemožná kvůli sankcím Tokia.'),
    ('bg', 'Песков заяви, че преговорите с Япония за мирен договор сега са невъзможни заради санкциите на Токио.'),
    ('sr', 'Peskov je izjavio da su pregovori sa Japanom o mirovnom ugovoru sada nemogući zbog sankcija Tokija.'),
    ('ro', 'Peskov a declarat că negocierile cu Japonia privind tratatul de pace sunt acum imposibile din cauza sancțiunilor Tokyo.'),
    ('hu', 'Peszkov kijelentette, hogy a Japánnal folytatott béketárgyalások most lehetetlenek Tokió szankciói miatt.'),
    ('lt', 'Peskovas pareiškė, kad derybos su Japonija dėl taikos sutarties dabar neįmanomos dėl Tokijo sankcijų.'),
    ('de', 'Peskow sagte, Verhandlungen mit Japan über einen Friedensvertrag seien wegen der Sanktionen Tokios derzeit unmöglich.'),
    ('en', "Peskov said that talks with Japan on a peace treaty are impossible now because of Tokyo's sanctions."),
    ('ja', 'ペスコフ大統領報道官は、日本の制裁のため、平和条約に関する日本との交渉は現在不可能だと述べた。'),
])
def test_talks_said_impossible_are_refused(code, text):
    assert first_event(text, code).type == "REJECT"


@pytest.mark.parametrize("code, text", [
    ('de', 'Der japanische Premierminister Fumio Kishida führte ein Telefongespräch mit dem ukrainischen Präsidenten Wolodymyr Selenskyj und erörterte einen möglichen Besuch in Kiew.\nNach Angaben von NHK sagte Kishida, Japan werde der Ukraine helfen.\nDie Gesprächspartner erörterten auch einen möglichen Besuch von Kishida in der Ukraine.'),
    ('en', 'Japanese Prime Minister Fumio Kishida held a phone call with Ukrainian President Volodymyr Zelensky and discussed a possible visit to Kyiv.\nKishida said Japan would help Ukraine through the winter, NHK reported.\nThe two leaders also discussed a possible visit by Kishida to Ukraine.'),
    ('ru', 'Премьер-министр Японии Фумио Кисида провел телефонный разговор с президентом Украины Владимиром Зеленским и обсудил возможный визит в Киев.\nКисида заявил, что Япония поможет Украине пережить зиму, сообщает NHK.\nСобеседники также обсудили возможный визит Кисиды на Украину.'),
    ('pl', 'Premier Japonii Fumio Kishida przeprowadził rozmowę telefoniczną z prezydentem Ukrainy Wołodymyrem Zełenskim i omówił możliwą wizytę w Kijowie.\nKishida zapewnił, że Japonia pomoże Ukrainie przetrwać zimę, podała NHK.\nRozmówcy omówili także możliwą wizytę Kishidy na Ukrainie.'),
])
def test_a_call_told_first_keeps_its_mode_over_the_visit_it_discussed(code, text):
    assert kind_mode(text, code) == "CONSULT/phone"


@pytest.mark.parametrize("code, text", [
    ('ru', 'В Варшаве идет подготовка визита министра иностранных дел Японии Ёко Камикавы, сообщил МИД Польши.'),
    ('uk', 'У Варшаві триває підготовка візиту міністра закордонних справ Японії Йоко Камікави, повідомило МЗС Польщі.'),
    ('bg', 'Във Варшава тече подготовката на посещението на японския външен министър Йоко Камикава, съобщи полското външно министерство.'),
    ('sr', 'U Varšavi su u toku pripreme posete japanske ministarke spoljnih poslova Joko Kamikave, saopštilo je poljsko ministarstvo.'),
    ('hu', 'Varsóban folyik Kamikava Joko japán külügyminiszter látogatásának előkészítése - közölte a lengyel külügyminisztérium.'),
    ('lv', 'Varšavā notiek Japānas ārlietu ministres Joko Kamikavas vizītes sagatavošana, paziņoja Polijas Ārlietu ministrija.'),
])
def test_preparations_of_a_visit_announce_it(code, text):
    assert first_event(text, code).type == "AGREE"


def test_a_reporting_verb_after_a_dash_announces_only_what_it_reports():
    """"Rozwijamy współpracę – zapowiedział minister … po spotkaniu": the cue reports cooperation, not a meeting."""
    text = ("Polsko-koreańskie rozmowy\n\nRozwijamy współpracę przemysłową – zapowiedział minister obrony Mariusz "
            "Błaszczak po spotkaniu z ministrem obrony Korei Południowej Lee Jong-supem w Warszawie.")
    assert kind_mode(text, "pl") == "CONSULT/visit"


def test_guard_a_visit_announced_before_the_reporting_verb_stays_announced():
    """Guard: "odwiedzi Warszawę w przyszłym tygodniu – zapowiedział rzecznik" is still an announced visit."""
    text = "Szef MSZ Japonii odwiedzi Warszawę w przyszłym tygodniu – zapowiedział rzecznik MSZ Paweł Wroński."
    assert first_event(text, "pl").type == "AGREE"


@pytest.mark.parametrize("code, text", [
    ('ru', 'Министр обороны Республики Корея Син Вон Сик на пресс-конференции в Сеуле заявил о поддержке Украины.'),
    ('uk', 'Міністр оборони Республіки Корея Сін Вон Сік на прес-конференції в Сеулі заявив про підтримку України.'),
    ('be', 'Міністр абароны Рэспублікі Карэя Сін Вон Сік на прэс-канферэнцыі ў Сеуле заявіў пра падтрымку Украіны.'),
    ('sr', 'Južnokorejski ministar odbrane Šin Von Sik izrazio je na konferenciji za novinare u Seulu podršku Ukrajini.'),
    ('hr', 'Južnokorejski ministar obrane Shin Won-sik izrazio je na konferenciji za medije u Seulu potporu Ukrajini.'),
    ('sl', 'Južnokorejski obrambni minister Šin Von Sik je na novinarski konferenci v Seulu izrazil podporo Ukrajini.'),
    ('ro', 'Ministrul sud-coreean al apărării, Shin Won-sik, și-a exprimat la o conferință de presă la Seul sprijinul pentru Ucraina.'),
])
def test_a_press_conference_is_no_meeting(code, text):
    """"заявил на пресс-конференции о поддержке": a press conference is where it was said (NONE), no conference held."""
    assert first_event(text, code).type == "SUPPORT"
