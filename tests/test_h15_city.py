"""h15 city: where the main event happened when it is not simply the first city named."""
from tests.extracting import first


def city(text: str, code: str, published: str | None = "2024-05-10") -> str | None:
    """The city of the first event extracted from `text`."""
    return first(text, code, published).location.city


# Ukrainian soft-stem towns in -ь: the locative in -і ("у Тернополі", "у Мелітополі") reads back to -ь


def test_ukrainian_locative_of_a_soft_stem_town() -> None:
    text = ("Посол Японії вперше відвідав місто. У Мелітополі з іноземною делегацією зустрівся міський голова, "
            "розмова стосувалася співпраці Японії та України.")
    assert city(text, "uk") == "Melitopol"


def test_ukrainian_locative_of_a_town_in_pil() -> None:
    text = ("У середу з ознайомчим візитом у Тернополі перебував Посол Японії. "
            "У приміщенні міської ради з делегацією зустрівся міський голова.")
    assert city(text, "uk") == "Ternopil"


# A place where someone stays, told before the city he went to for the contact


def test_german_stay_then_destination_of_the_visit() -> None:
    text = ("In Berlin arbeitet der Botschafter Japans schon seit einem Jahr, doch erst am Dienstag kam er nach "
            "Leipzig ins Rathaus zu seinem Antrittsbesuch beim Oberbürgermeister.")
    assert city(text, "de") == "Leipzig"


def test_german_residence_then_trip_for_talks() -> None:
    text = ("Der Generalkonsul Japans lebt seit Jahren in Frankfurt, aber am Freitag fuhr er nach Dresden "
            "zu Gesprächen mit dem sächsischen Ministerpräsidenten über Investitionen aus Japan in Deutschland.")
    assert city(text, "de") == "Dresden"


# guards: where a verb of travel already names the destination, and a contact told before the journey


def test_polish_stay_then_destination_of_the_visit() -> None:
    text = ("W Warszawie ambasador Korei pracuje od ubiegłego roku, ale dopiero we wtorek przyjechał do Gdańska "
            "na spotkanie z prezydentem miasta.")
    assert city(text, "pl") == "Gdańsk"


def test_czech_stay_then_destination_of_the_visit() -> None:
    text = ("V Praze působí velvyslanec Japonska od loňského roku, ale teprve v úterý přijel do Ostravy "
            "na jednání s primátorem o spolupráci obou zemí.")
    assert city(text, "cs") == "Ostrava"


def test_a_contact_told_before_the_onward_journey_stays_where_it_was() -> None:
    text = ("In Wien traf der japanische Außenminister am Montag seinen österreichischen Amtskollegen, "
            "bevor er nach Prag weiterreiste, wo Gespräche mit der Regierung folgen.")
    assert city(text, "de") == "Vienna"


# An embassy as the venue: a crowd by the building ("outside the embassy of Japan in Belgrade") was in that city


def test_serbian_protest_outside_an_embassy() -> None:
    text = ("Протест код амбасаде Кине\nНеколико стотина грађана протестовало је испред амбасаде Кине у "
            "Београду због одлуке кинеске владе о царинама.")
    assert city(text, "sr") == "Belgrade"


def test_croatian_protest_outside_an_embassy() -> None:
    text = ("Prosvjed pred veleposlanstvom\nNekoliko desetaka ljudi prosvjedovalo je ispred veleposlanstva Kine "
            "u Zagrebu zbog odluke kineske vlade o carinama.")
    assert city(text, "hr") == "Zagreb"


def test_german_protest_outside_an_embassy() -> None:
    text = ("Protest vor der Botschaft\nHunderte Menschen protestierten am Dienstag vor der Botschaft Chinas in "
            "Berlin gegen die Zölle der chinesischen Regierung.")
    assert city(text, "de") == "Berlin"


def test_russian_rally_by_an_embassy() -> None:
    text = ("Акция у посольства\nВ среду у посольства Японии в Москве прошла акция протеста против решения "
            "японского правительства.")
    assert city(text, "ru") == "Moscow"


# The town a visit goes to, as the verb's object in the accusative (lv) or partitive (et), not the visitors' town


def test_latvian_visit_object_in_the_accusative() -> None:
    text = ("Delegācija no Sapporo otrdien apmeklēja Jelgavu, kur tikās ar pilsētas mēru. Japānas viesi "
            "apsprieda sadarbību izglītībā.")
    assert city(text, "lv") == "Jelgava"


def test_estonian_visit_object_in_the_partitive() -> None:
    text = ("Jaapani suursaadik külastas neljapäeval Rakveret, kus teda võttis vastu linnapea. Arutati koostööd "
            "hariduses.")
    assert city(text, "et") == "Rakvere"


# Talks in one city, then an onward trip told with a word of visiting: the talks are the event


def test_polish_talks_then_an_onward_trip() -> None:
    text = ("Szef MSZ Czech Jan Lipavský rozmawiał we wtorek w Tokio z ministrem spraw zagranicznych Japonii. "
            "Następnie czeski minister udał się do Kioto, gdzie odwiedził tamtejszy uniwersytet.")
    assert city(text, "pl") == "Tokyo"


def test_english_talks_then_an_onward_trip() -> None:
    text = ("Hungary's foreign minister held talks with his Japanese counterpart in Tokyo on Tuesday. "
            "Afterwards he travelled to Nagoya, where he visited a car plant.")
    assert city(text, "en") == "Tokyo"


def test_german_talks_then_an_onward_trip() -> None:
    text = ("Der tschechische Außenminister führte am Mittwoch in Seoul Gespräche mit seinem koreanischen "
            "Amtskollegen. Danach reiste er nach Ulsan weiter, wo er eine Werft besuchte.")
    assert city(text, "de") == "Seoul"


def test_russian_talks_then_an_onward_trip() -> None:
    text = ("Глава МИД Белоруссии в среду провел в Пхеньяне переговоры с министром иностранных дел КНДР. "
            "Затем он отправился в Нампхо, где посетил морской порт.")
    assert city(text, "ru") == "Pyongyang"


# ja: a visiting delegation (訪問団) names a group, and the town before it is where it comes from; a town before
# the particle から is where someone set out from


def test_japanese_delegation_from_a_town_visits_another() -> None:
    text = "チェコ・ブルノ市の訪問団が10日、新潟市を訪れ、市長と会談した。両市は文化交流について意見を交わした。"
    assert city(text, "ja") == "Niigata"


def test_japanese_town_set_out_from() -> None:
    text = "東京から駆け付けたスロバキア大使が10日、新潟で市長と会談した。"
    assert city(text, "ja") == "Niigata"
