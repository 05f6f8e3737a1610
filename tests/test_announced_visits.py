"""An announced visit is AGREE in every language (dev2 convention, PLOVER): the future forms of the meeting
verbs are triggers ("navštívi", "odwiedzi", "посетит", "lankysis"), and FUTURE makes them announcements."""
import pytest

from extracting import first

STAMP = "10.04.2024\n\n"


@pytest.mark.parametrize("code,text", [
    ("sk", "Japonský premiér Fumio Kišida navštívi budúci týždeň Slovensko. S premiérom Robertom Ficom sa stretne "
           "18. apríla v Bratislave."),
    ("pl", "Premier Japonii Fumio Kishida odwiedzi w przyszłym tygodniu Polskę. Z premierem Donaldem Tuskiem spotka "
           "się 18 kwietnia w Warszawie."),
    ("sr", "Јапански премијер Фумио Кишида посетиће Србију следеће недеље. Са премијером Милошем Вучевићем састаће "
           "се 18. априла у Београду."),
    ("hr", "Japanski premijer Fumio Kishida posjetit će Hrvatsku idući tjedan. S premijerom Andrejem Plenkovićem "
           "sastat će se 18. travnja u Zagrebu."),
    ("ru", "Премьер-министр Японии Фумио Кисида посетит Казахстан на следующей неделе. Он встретится с президентом "
           "Касым-Жомартом Токаевым 18 апреля в Астане."),
    ("uk", "Прем'єр-міністр Японії Фуміо Кісіда відвідає Україну наступного тижня. Він зустрінеться з президентом "
           "Володимиром Зеленським 18 квітня в Києві."),
    ("be", "Прэм'ер-міністр Японіі Фуміа Кісіда наведае Беларусь на наступным тыдні. Ён сустрэнецца з прэзідэнтам "
           "Аляксандрам Лукашэнкам 18 красавіка ў Мінску."),
    ("lt", "Japonijos premjeras Fumio Kishida kitą savaitę lankysis Lietuvoje. Su prezidentu Gitanu Nausėda jis "
           "susitiks balandžio 18 d. Vilniuje."),
    ("lv", "Japānas premjerministrs Fumio Kišida nākamnedēļ apmeklēs Latviju. Ar Valsts prezidentu Edgaru "
           "Rinkēviču viņš tiksies 18. aprīlī Rīgā."),
    ("cs", "Japonský premiér Fumio Kišida navštíví příští týden Českou republiku. S premiérem Petrem Fialou se "
           "setká 18. dubna v Praze."),
])
def test_an_announced_visit_is_agree_dated_on_the_announcement(code, text):
    ev = first(STAMP + text, code)
    assert ev.type == "AGREE" and ev.date == "2024-04-10"
    assert "Fumio Kishida" in [p.name for p in ev.persons]


@pytest.mark.parametrize("code,text", [
    ("ru", "Министр иностранных дел КНДР Цой Сон Хи посетит Россию."),
    ("pl", "Minister spraw zagranicznych Japonii odwiedzi Polskę."),
])
def test_a_brief_of_one_short_sentence_is_the_prose(code, text):
    # under its date line, a one-sentence brief is still where the future verb announces the visit
    assert first(STAMP + text, code).type == "AGREE"


def test_a_past_visit_stays_consult():
    ev = first(STAMP + "Premier Japonii Fumio Kishida odwiedził we wtorek Polskę i spotkał się z premierem "
                       "Donaldem Tuskiem w Warszawie.", "pl")
    assert ev.type == "CONSULT" and ev.date == "2024-04-09"


def test_a_separable_summons_is_no_invitation():
    # et "kutsus … välja" summons an envoy (ACCUSE); "kutsus" alone would be an invitation (AGREE)
    ev = first(STAMP + "Eesti välisministeerium kutsus kolmapäeval välja Venemaa saatkonna ajutise asjuri ja "
                       "avaldas protesti.", "et")
    assert ev.type == "ACCUSE"
    ev = first(STAMP + "Eesti välisminister kutsus Jaapani kolleegi Eestit külastama järgmisel aastal.", "et")
    assert ev.type == "AGREE"


def test_an_abbreviation_before_a_name_is_no_part_of_it():
    ev = first("03.06.2024\n\nПосол Японії в Україні Масаші Мацуда зустрівся з головою Одеської ОДА Олегом "
               "Кіпером. Сторони обговорили відбудову порту.", "uk")
    assert "Oleh Kiper" in [p.name for p in ev.persons]


def test_a_weekday_of_the_announcement_is_not_read_from_the_date_stamp():
    # "said on Wednesday" under a stamp of that Wednesday: the visit of the 17th is still to come (AGREE)
    ev = first("12 June 2024\n\nSouth Korean Foreign Minister Cho Tae-yul will visit Poland from 17 to 19 June, the "
               "ministry said on Wednesday.", "en")
    assert ev.type == "AGREE" and ev.date == "2024-06-12" and "Tae-yul Cho" in [p.name for p in ev.persons]
