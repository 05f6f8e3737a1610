"""h16 city: a town's adjective before talks, a meeting city beside a visit to another state, a visited
state's city told after the lead, a Lithuanian form of Tokyo."""
from tests.extracting import first


def city(text: str, code: str, published: str | None = "2024-05-10") -> str | None:
    """The city of the first event extracted from `text`."""
    return first(text, code, published).location.city


# A town's adjective (lower-case where names take capitals) right before a word of talks names where they were


def test_hungarian_adjective_of_the_talks_town() -> None:
    text = ("Szijjártó Péter külügyminiszter a pekingi tárgyalásai után elmondta, hogy a két ország "
            "együttműködése erősödik.")
    assert city(text, "hu") == "Beijing"


def test_hungarian_adjective_of_the_talks_beats_an_earlier_trip() -> None:
    text = ("Kono Taro japán külügyminiszter a kínai kollégájával, Vang Jivel folytatott tokiói tárgyalása előtt "
            "beszélt a két ország kapcsolatairól. Vang tokiói látogatása előtt Kono Taro járt Pekingben ez év "
            "elején.")
    assert city(text, "hu") == "Tokyo"


def test_bulgarian_adjective_of_the_talks_town() -> None:
    text = ("След токийските разговори с японския външен министър българският министър заяви във вторник, че "
            "сътрудничеството расте.")
    assert city(text, "bg") == "Tokyo"


def test_an_adjective_of_a_person_is_no_place() -> None:  # guard: passes on the parent too
    text = "Minister spraw zagranicznych Japonii spotkał się w Tokio z warszawskim przedsiębiorcą i ambasadorem Polski."
    assert city(text, "pl") == "Tokyo"


# A meeting told in a city of another side beats a visit to a state that holds no city named


def test_czech_meeting_in_prague_beside_a_possible_trip_to_japan() -> None:
    text = ("Premiér by mohl v první polovině roku zamířit na návštěvu Japonska. Po nedělním setkání se svým "
            "japonským protějškem Fumiem Kišidou v Praze to řekl ministr zahraničí Lubomír Zaorálek.")
    assert city(text, "cs") == "Prague"


def test_polish_meeting_in_warsaw_beside_a_possible_trip_to_japan() -> None:
    text = ("Premier mógłby w pierwszej połowie roku udać się z wizytą do Japonii. Po niedzielnym spotkaniu z "
            "japońskim odpowiednikiem w Warszawie powiedział to minister spraw zagranicznych Radosław Sikorski.")
    assert city(text, "pl") == "Warsaw"


def test_croatian_meeting_in_zagreb_beside_a_possible_trip_to_japan() -> None:
    text = ("Premijer bi mogao u prvoj polovici godine otputovati u posjet Japanu. Nakon nedjeljnog sastanka s "
            "japanskim kolegom u Zagrebu to je rekao ministar vanjskih poslova Gordan Grlić Radman.")
    assert city(text, "hr") == "Zagreb"


def test_german_meeting_in_prague_beside_a_possible_trip_to_japan() -> None:
    text = ("Der Premier könnte in der ersten Jahreshälfte zu einem Besuch nach Japan reisen. Das sagte "
            "Außenminister Lipavský nach dem Treffen mit seinem japanischen Amtskollegen in Prag am Sonntag.")
    assert city(text, "de") == "Prague"


def test_talks_told_in_the_visit_sentence_keep_the_visited_state() -> None:  # guard: passes on the parent too
    text = ("Ministr zahraničí Jan Lipavský v pondělí přiletěl na návštěvu Japonska, kde jednal s japonským "
            "protějškem. Před odletem se v Praze setkal s velvyslancem Japonska.")
    assert city(text, "cs") != "Prague"


def test_a_seat_of_the_announcing_office_is_no_meeting_city() -> None:  # guard: passes on the parent too
    text = ("President Klaus Iohannis was welcomed on Tuesday by his South Korean counterpart Yoon Suk-yeol. "
            "The Romanian head of state is on an official visit to the Republic of Korea. The Presidential "
            "Administration in Bucharest announced that these political consultations will focus on trade.")
    assert city(text, "en") != "Bucharest"


# The city of a visited state told by a word of arrival after the lead


def test_ukrainian_city_of_the_visited_state_after_the_lead() -> None:
    text = ("Міністр закордонних справ Польщі Радослав Сікорський у суботу прибув до Японії з офіційним візитом. "
            "Він провів переговори з японським колегою Такеші Іваєю щодо підтримки України та відновлення "
            "енергетики, а також обговорив співпрацю у сфері безпеки і торгівлі між двома країнами.\n\n"
            "Міністр прибув до Осаки літаком з Варшави.")
    assert city(text, "uk") == "Osaka"


# Lithuanian: "į Tokijų", the destination as the press writes it


def test_lithuanian_destination_tokijų() -> None:
    text = ("Užsienio reikalų ministras Kęstutis Budrys trečiadienį vyksta į Tokijų, kur susitiks su Japonijos "
            "kolega Toshimitsu Motegi.")
    assert city(text, "lt", "2025-10-22") == "Tokyo"


# The city named after the lead is no place where its sentence tells what is still to come or is quoted


def test_lithuanian_quoted_city_of_the_coming_olympics_is_no_place() -> None:
    text = ("Japonijos ambasadorius Toyoei Shigeeda praėjusį trečiadienį lankėsi mūsų rajone ir susitiko su "
            "rajono meru Vaclovu Andruliu. Jie aptarė turizmo ir kultūros bendradarbiavimą tarp Lietuvos ir "
            "Japonijos, taip pat verslo ryšius.\n\nAmbasadoriaus teigimu, daug turistų iš Japonijos atvyks į "
            "Lietuvą.\n– 2020 m. Tokijuje vyks vasaros olimpinės žaidynės, – sakė ambasadorius.")
    assert city(text, "lt") != "Tokyo"


def test_german_city_of_the_coming_olympics_is_no_place() -> None:
    text = ("Der japanische Botschafter besuchte am Mittwoch unseren Landkreis und traf den Landrat Peter Müller "
            "zu einem Gespräch über Tourismus und Kultur zwischen Deutschland und Japan sowie über die "
            "Beziehungen der Wirtschaft beider Länder.\n\nDer Botschafter sagte, viele Touristen aus Japan "
            "würden kommen.\n„Im nächsten Jahr werden in Tokio die Olympischen Spiele stattfinden“, sagte er.")
    assert city(text, "de") != "Tokyo"


def test_polish_city_of_the_coming_expo_is_no_place() -> None:
    text = ("Ambasador Japonii odwiedził w środę nasz powiat i spotkał się ze starostą Janem Kowalskim. "
            "Rozmawiali o współpracy w dziedzinie turystyki i kultury między Polską a Japonią, a także o "
            "relacjach gospodarczych obu krajów.\n\nAmbasador powiedział, że w przyszłym roku w Osace odbędzie "
            "się wystawa światowa EXPO.")
    assert city(text, "pl") != "Osaka"


# Korean: Cluj-Napoca as the press spells it too


def test_korean_cluj_napoca_spelt_with_jeu() -> None:
    text = ("임갑수 대사는 세미나 참석을 위해 클루즈나포카를 방문한 계기에 에밀 복 클루즈나포카 시장을 면담했습니다. "
            "클루즈나포카는 수원과 자매결연을 맺은 도시로, 한국과 루마니아 관계에서 중요한 역할을 하고 있다고 강조했습니다.")
    assert city(text, "ko") == "Cluj-Napoca"


# The town in the genitive by a mayor's title (places.yaml TOWN_GENITIVE), after it or before it


def test_serbian_mayor_of_a_town_in_the_genitive() -> None:
    text = "Gradonačelnik Pančeva ugostio je ambasadora Japana u Srbiji i razgovarao o investicijama."
    assert city(text, "sr") == "Pančevo"


def test_serbian_mayor_of_a_town_with_a_fleeting_a() -> None:
    text = "Gradonačelnik Čačka Milun Todorović ugostio je ambasadora Japana u Srbiji."
    assert city(text, "sr") == "Čačak"


def test_russian_mayor_of_a_soft_stem_town() -> None:
    text = "Мэр Казани встретился с послом Японии в России и обсудил сотрудничество."
    assert city(text, "ru") == "Kazan"


def test_latvian_town_before_the_mayors_title() -> None:
    text = "Liepājas mērs tikās ar Japānas vēstnieku Latvijā un pārrunāja sadarbību."
    assert city(text, "lv") == "Liepāja"


def test_a_given_name_after_the_title_is_no_town() -> None:  # guard: passes on the parent too
    text = "Gradonačelnik Beograda Aleksandar Šapić primio je ambasadora Japana."
    assert city(text, "sr") == "Belgrade"


def test_czech_mayor_of_the_town_noun_and_its_genitive() -> None:
    text = "Primátor města Opavy přijal velvyslance Japonska a jednali o spolupráci."
    assert city(text, "cs") == "Opava"


def test_russian_mayor_of_the_town_noun_and_its_genitive() -> None:
    text = "Мэр города Казани встретился с послом Японии и обсудил сотрудничество."
    assert city(text, "ru") == "Kazan"


def test_slovak_mayor_of_the_town_noun_and_its_genitive() -> None:
    text = "Primátor mesta Komárna prijal veľvyslanca Japonska na Slovensku."
    assert city(text, "sk") == "Komárno"


# "The meeting took place on 29 January in X": the meeting as subject and a day without a year say where it was


def test_german_the_meeting_took_place_in() -> None:
    text = ("Der Bürgermeister von Krotoschin nahm an einem Treffen mit dem Botschafter Südkoreas teil. Es ging um "
            "die Zusammenarbeit mit der Provinz.\nDas Treffen fand am 29. Januar in Posen statt.")
    assert city(text, "de", None) == "Poznań"


def test_russian_the_meeting_took_place_in() -> None:  # guard: the mayor's town now read must not win
    text = ("Мэр Твери принял участие во встрече с послом Южной Кореи. Обсуждалось сотрудничество с провинцией.\n"
            "Встреча состоялась 29 января в Москве.")
    assert city(text, "ru", None) == "Moscow"


def test_czech_the_meeting_took_place_in() -> None:  # guard: the mayor's town now read must not win
    text = ("Starosta Krnova se zúčastnil setkání s velvyslancem Jižní Koreje. Hovořilo se o spolupráci s "
            "provincií.\nSetkání se konalo 29. ledna v Ostravě.")
    assert city(text, "cs", None) == "Ostrava"


def test_a_year_may_name_another_meeting() -> None:  # guard: passes on the parent too
    text = ("Der Botschafter Südkoreas traf am Montag den Bürgermeister in Leipzig zu einem Gespräch über die "
            "Zusammenarbeit.\nDas Treffen fand zuletzt im Jahr 2019 in Posen statt.")
    assert city(text, "de", "2024-05-10") == "Leipzig"
