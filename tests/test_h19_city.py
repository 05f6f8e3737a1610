"""The city of an event (issue 9, session h19): a region and a town joined by a hyphen, a foreign town in
another of the language's spellings, landmarks of the Korean and Japanese press, a town's genitive before
its institution where case marks place, the visitor's town after a verb of visiting, and an undated lead
whose next sentence dates the contact it told."""
from __future__ import annotations

import pytest

from extracting import events
from kronika.nlp.analyze import analyze


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


def towns(text: str, lang: str) -> list[str]:
    return [m.key for m in analyze(text, lang).cities]


# 1. places.py _larger_after_hyphen
@pytest.mark.parametrize("lang,text,town", [
    ("de", "Die Minister trafen sich am Rande des G20-Treffens in Aichi-Nagoya zu einem Gespräch.", "Nagoya"),
    ("en", "The ministers met on the sidelines of the G20 meeting in Aichi-Nagoya on Saturday.", "Nagoya"),
])
def test_a_region_and_a_town_joined_by_a_hyphen_name_the_larger_town(lang, text, town):
    # 'Aichi' alone is a GeoNames name of another town; the town after the hyphen is the larger one
    assert towns(text, lang) == [town]


@pytest.mark.parametrize("lang,text,town", [
    ("de", "Das Flugzeug landete in Wien-Schwechat am Abend.", "Vienna"),
    ("de", "Die Delegation flog nach dem Treffen in Berlin-Brandenburg weiter.", "Berlin"),
])
def test_guard_a_smaller_town_after_the_hyphen_leaves_the_first(lang, text, town):
    # guard (passes on main too): the town before the hyphen stays where it is the larger
    assert towns(text, lang)[:1] == [town]


# 2. places.py _spelling_variant, ru places.yaml SPELLING_VARIANTS
@pytest.mark.parametrize("text,town", [
    ("Министры встретились в Кёнчжу накануне саммита.", "Gyeongju"),
    ("Переговоры прошли в Тэчжоне и завершились подписанием меморандума.", "Daejeon"),
    ("Делегация провела встречу в Кванчжу с мэром города.", "Gwangju"),
])
def test_a_korean_town_in_the_russian_press_spelling_is_read(text, town):
    # Kontsevich's чж for ㅈ; GeoNames lists Кёнджу, Тэджон, Кванджу
    assert towns(text, "ru")[:1] == [town]


# 3. ko, ja places.yaml LANDMARKS
@pytest.mark.parametrize("lang,text,town", [
    ("ko", "주일 대사는 이날 오전 고쿄에서 일왕에게 신임장을 제정했다.", "Tokyo"),
    ("ko", "북한 외무상과 러시아 외무장관이 31일 만수대의사당에서 회담했다.", "Pyongyang"),
    ("ja", "北朝鮮の外相とロシアの外相は31日、万寿台議事堂で会談した。", "Pyongyang"),
    ("ja", "両首脳はクレムリンで会談した。", "Moscow"),
])
def test_a_landmark_of_the_korean_and_japanese_press_names_its_city(lang, text, town):
    assert towns(text, lang) == [town]


# 4. nlp/places.py institution_beside (two words), lt lv et places.yaml INSTITUTIONS
@pytest.mark.parametrize("lang,text,town", [
    ("lt", "Trečiadienį Kauno miesto savivaldybėje lankėsi Japonijos miesto meras su delegacija.", "Kaunas"),
    ("lt", "Vakar Šiaulių miesto savivaldybėje viešėjo Korėjos Respublikos ambasadorius.", "Šiauliai"),
    ("lv", "Tikšanās Daugavpils Domē noslēdzās ar preses konferenci, ko rīkoja Japānas vēstnieks.", "Daugavpils"),
])
def test_a_towns_genitive_before_its_institution_names_where_it_stands(lang, text, town):
    assert city(text, lang) == town


# 5. location.py _possessor
@pytest.mark.parametrize("lang,text,town", [
    ("lv", "Liepāju 12.maijā apmeklēja Taipejas misijas vadītājs Latvijā. Viņš tikās ar pilsētas mēru.", "Liepāja"),
])
def test_the_visitors_town_in_the_genitive_after_the_verb_is_no_goal(lang, text, town):
    # 'Taipejas' (Taipei's) right after 'apmeklēja' qualifies the mission; the town before the verb was visited
    assert city(text, lang) == town


# 6. extract.py _dated_apart
@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Главы МИД трёх стран договорились о тесном взаимодействии. Министр иностранных дел Республики "
           "Корея Чо Хён и министр иностранных дел Японии Такэси Ивая встретились поздно вечером 29 октября в "
           "Кёнчжу.", "Gyeongju"),
    ("ru", "Главы МИД двух стран договорились о сотрудничестве. Министр иностранных дел Латвии и министр "
           "иностранных дел Японии встретились 14 мая в Даугавпилсе.", "Daugavpils"),
])
def test_an_undated_lead_then_its_dated_contact_is_one_time(lang, text, town):
    # no year anywhere: the lead dates nothing, its next sentence dates the meeting it told
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text,state", [
    ("lt", "Užsienio reikalų ministras lankėsi Japonijoje ir susitiko su kolega.", "JP"),
    ("lv", "Vakar Japāniju apmeklēja Latvijas ārlietu ministrs.", "LV"),
])
def test_guard_a_state_in_a_case_of_place_or_before_the_verb_is_unchanged(lang, text, state):
    # guard (main and branch alike): the possessor rule leaves a state in its locative, and one before the verb
    assert events(text, lang, None)[0].location.country == state


# 7. location.py _in_the_capital
@pytest.mark.parametrize("lang,text,town", [
    ("sk", "Minister navštívil Japonsko. V hlavnom meste sa stretol s premiérom.", "Tokyo"),
    ("hu", "Szijjártó Péter Japánba látogatott. A fővárosban tárgyalt a japán külügyminiszterrel.", "Tokyo"),
    ("pl", "Minister przybył do Japonii. W stolicy spotkał się z premierem.", "Tokyo"),
    ("ru", "Министр прибыл в Японию. В столице он встретился с премьером.", "Tokyo"),
])
def test_a_capital_noun_with_no_state_is_the_hosts_capital(lang, text, town):
    assert city(text, lang) == town


# 8. ru, uk places.yaml CITY_ENDINGS [у, а]
@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Генеральный консул Японии в Хабаровске Масанори Фукусима 20 марта прибыл в Читу, чтобы укрепить "
           "отношения своей страны с Россией, и встретился с губернатором края.", "Chita"),
])
def test_a_towns_accusative_after_a_directional_word_is_the_visits_goal(lang, text, town):
    # 'в Читу' (Чита): the consul's post in his title is not where he went
    assert city(text, lang, "2019-03-21") == town
