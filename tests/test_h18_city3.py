"""The city of an event (issue 9, session h18, third helper): an agency's dateline in a lead that also
names another date."""
from __future__ import annotations

import pytest

from extracting import events


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


@pytest.mark.parametrize("lang,text,town", [
    ("de", "Politik\n12 März 2021, 10:15\n\nJapan will Zusammenarbeit mit Belarus 2022 ausbauen\n\n"
           "MINSK, 12. März (BelTA) – Japan will die Zusammenarbeit mit Belarus im Jahr 2022 ausbauen. Darum ging "
           "es beim Treffen des Vorsitzenden des Rates der Republik, Michail Mjasnikowitsch, mit dem Leiter der "
           "Freundschaftsgruppe „Japan-Belarus“, Hiroshi Sato, wie ein BelTA-Korrespondent bekanntgab.", "Minsk"),
    ("en", "Politics\n12 March 2021, 10:15\n\nJapan to expand ties with Belarus in 2022\n\n"
           "MINSK, 12 March (BelTA) – Japan plans to expand its cooperation with Belarus in 2022. This was "
           "discussed at a meeting of Chairman of the Council of the Republic Mikhail Myasnikovich with the head "
           "of the Japan-Belarus friendship group Hiroshi Sato, a BelTA correspondent reported.", "Minsk"),
])
def test_a_dateline_city_holds_in_a_lead_that_names_another_year(lang, text, town):
    # the lead names the plan's year too; the dateline still tells where the meeting was reported from
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Соглашение подписано\n\nВ пятницу, 17 июня, в Уфе генеральный консул Республики Корея встретился с "
           "главой Башкортостана.", "Ufa"),
    ("uk", "Консул у Башкортостані\n\n17 червня в Уфі генеральний консул Японії в Росії зустрівся з мером міста.",
     "Ufa"),
])
def test_a_city_of_three_letters_the_gazetteer_drops_is_read_from_the_lexicon(lang, text, town):
    # the GeoNames build keeps names of four letters up; 'Уфа' comes from the language's CITIES
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Депутаты встретились с японскими коллегами\n\nПредседатель Свердловской областной думы Людмила "
           "Бабушкина встретилась с генеральным консулом Японии Такаюки Сато.", "Yekaterinburg"),
    ("ru", "Встреча в думе\n\nДепутаты Сахалинской областной думы провели встречу с делегацией парламента "
           "Японии.", "Yuzhno-Sakhalinsk"),
    ("pl", "Wizyta w Urzędzie Marszałkowskim Województwa Podkarpackiego\n\nMarszałek Władysław Ortyl spotkał się "
           "z ambasadorem Japonii w Polsce Akio Miyajimą.", "Rzeszów"),
])
def test_a_region_not_named_after_its_seat_hosts_at_its_seat(lang, text, town):
    # the region's adjective is not the seat's: places.yaml REGION_SEATS gives the seat
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зустріч з Послом Японії\n\nПерший заступник голови обласної державної адміністрації Володимир Куліш "
           "зустрівся з Надзвичайним та Повноважним Послом Японії в Україні Шігекі Сумі."),
])
def test_a_given_name_after_a_governors_title_is_no_town(lang, text):
    # 'Володимир' is also the town Vladimir: before a capitalised family name it is the title's holder
    assert city(text, lang) != "Vladimir"
