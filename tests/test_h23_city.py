"""The city of an event (session h23): a dateline behind a crawler's "date 2018-07" stamp and the desk's
"Tokio. …" full stop; a place after a verb of reporting that closes a future clause is the telling's; a recalled
visit "to" a state and the next sentence that names its guest again with the venue; an envoy's long title before
the city of his posting; a participle of being located after a town in its case of place (et, lt, hu); a
dateline yields to an organisation's meeting as the setting."""
from __future__ import annotations

import pytest

from extracting import events
from kronika.events import location as L
from kronika.nlp.analyze import analyze


def first_city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


def city_places(text: str, lang: str) -> dict[str, bool]:
    """Each city the analysis finds, and whether it is read as a place."""
    a = analyze(text, lang)
    return {m.key: L._is_place(a, m) for m in a.cities}


# location._opens_line_as_dateline: the crawler's stamp opens no line of the text; "Tokio." + the report
@pytest.mark.parametrize("lang,text,town", [
    ("de", " date 2018-07 Tokio. Bundesaußenminister Heiko Maas hat sich für eine engere Zusammenarbeit mit Japan "
           "ausgesprochen. Er traf am Mittwoch seinen Kollegen Taro Kono.", "Tokyo"),
    ("de", " date 2023-03 Peking. Außenministerin Annalena Baerbock hat ihren chinesischen Amtskollegen Qin Gang "
           "getroffen und über die Lage in der Ukraine gesprochen.", "Beijing"),
    ("ru", " date 2017-03 Токио. Министр иностранных дел России Сергей Лавров провел переговоры со своим японским "
           "коллегой Фумио Кисидой.", "Tokyo"),
])
def test_a_dateline_behind_the_crawlers_stamp(lang, text, town):
    assert first_city(text, lang) == town


# location._told_after_plan: a place after a past verb of reporting that closes a future clause is the telling's
@pytest.mark.parametrize("lang,text,town", [
    ("de", "Bundesaußenminister Heiko Maas hat sich bei seinem Besuch in Japan für eine engere Zusammenarbeit "
           "ausgesprochen. Weil die Ordnung Herausforderungen gegenüberstehe, werde die Kooperation immer wichtiger, "
           "sagte Maas bei einer Pressekonferenz mit seinem japanischen Kollegen Taro Kono am Mittwoch in Tokio.",
     "Tokyo"),
    ("de", "Außenministerin Annalena Baerbock ist zu Gesprächen in Südkorea. Die Zusammenarbeit werde enger, "
           "sagte Baerbock nach dem Treffen mit ihrem Amtskollegen Park Jin am Montag in Seoul.", "Seoul"),
])
def test_a_place_of_the_telling_after_a_future_clause(lang, text, town):
    assert first_city(text, lang) == town


def test_a_place_inside_the_future_clause_stays_to_come():  # a control: passes on main too
    text = ("Bundesaußenminister Heiko Maas traf am Mittwoch in Berlin seinen japanischen Kollegen Taro Kono. "
            "Maas sagte, er werde im Herbst nach Tokio reisen.")
    assert first_city(text, "de") == "Berlin"


# secondary._visit_to and _told_on: a recalled visit "to" a state, its venue in the next sentence naming its guest
@pytest.mark.parametrize("lang,text,year,town", [
    ("ro", "Preşedintele Klaus Iohannis a fost primit luni, 21 octombrie 2019, la Palatul Akasaka de premierul "
           "nipon Shinzo Abe. În 2018, Shinzo Abe a efectuat o vizită în România, prima vizită a unui premier "
           "japonez în ţara noastră, dar premierul nipon a fost nevoit să se plimbe prin Muzeul Satului. "
           "Preşedintele Klaus Iohannis l-a primit atunci, la Palatul Cotroceni, pe premierul Shinzo Abe.",
     "2018-01-01", "Bucharest"),
    ("ro", "Preşedintele Klaus Iohannis s-a întâlnit luni, 21 octombrie 2019, la Tokyo cu premierul Shinzo Abe. "
           "În 2018, Shinzo Abe a făcut o vizită în România, iar ministrul Teodor Meleşcanu a vorbit despre "
           "investiţii. Premierul Viorica Dăncilă l-a primit atunci, la Bucureşti, pe Shinzo Abe.",
     "2018-01-01", "Bucharest"),
])
def test_a_recalled_visit_takes_its_venue_from_the_next_sentence(lang, text, year, town):
    recalled = [e for e in events(text, lang) if e.date == year]
    assert recalled and recalled[0].location.city == town


# location._envoy_post: the reach from an envoy's title counts from its end, however long the title
@pytest.mark.parametrize("lang,text,town", [
    ("bg", "Това заяви външният министър Николай Младенов на срещата си с извънредния и пълномощен посланик на "
           "Япония в София Такаши Коидзуми.", "Sofia"),
    ("ru", "Министр иностранных дел Сергей Лавров встретился с Чрезвычайным и Полномочным Послом Японии в Москве "
           "Акирой Муто.", "Moscow"),
    ("sr", "Ministar Ivica Dačić sastao se sa izvanrednim i opunomoćenim ambasadorom Japana u Beogradu Akirom "
           "Imamurom.", "Belgrade"),
])
def test_the_city_of_an_envoys_long_title_is_his_posting(lang, text, town):
    assert city_places(text, lang).get(town) is False


# places.yaml POSTING for et, lt, hu: a participle of being located after a town in its case of place
@pytest.mark.parametrize("lang,text,town", [
    ("et", "Kallas tänas Jaapanit nende panuse eest Tallinnas asuva NATO küberkaitsekoostöö keskuse töösse.", "Tallinn"),
    ("lt", "Ministrai aptarė Vilniuje esančio NATO energetinio saugumo centro veiklą.", "Vilnius"),
    ("hu", "A miniszter megköszönte Japán hozzájárulását a Tallinnban található NATO-központ munkájához.", "Tallinn"),
])
def test_a_town_seating_what_follows_is_no_place(lang, text, town):
    assert city_places(text, lang).get(town) is False


@pytest.mark.parametrize("lang,text,town", [  # a control: passes on main too
    ("et", "Kallas kohtus neljapäeval Tallinnas asuvas kultuurikeskuses Jaapani välisministriga.", "Tallinn"),
    ("lt", "Ministrai susitiko Vilniuje esančiame Valdovų rūmų centre.", "Vilnius"),
])
def test_a_building_in_a_case_of_place_keeps_its_town(lang, text, town):
    assert city_places(text, lang).get(town) is True


# extract: a dateline city yields to an organisation's meeting as the lead's setting
def test_a_dateline_yields_to_an_organisations_meeting():
    text = ("Baku, 3. Dezember (AZERTAC) – Der aserbaidschanische Außenminister Jeyhun Bayramov ist im Rahmen des "
            "29. Treffens des Ministerrates der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) mit "
            "seinem japanischen Amtskollegen, Shunsuke Takei, zusammengetroffen.")
    ev = events(text, "de")[0]
    assert ev.location.city is None and ev.mode == "third-party"


# places.yaml INSTITUTIONS (lt lv et): a town's genitive before a venue of it in a case of place
@pytest.mark.parametrize("lang,text,town", [
    ("lt", "Ministras Gabrielius Landsbergis 2024 m. kovo 5 d. Tokijo viešbutyje susitiko su ministre Yoko Kamikawa.",
     "Tokyo"),
    ("lv", "Ministrs Krišjānis Kariņš 2024. gada 5. martā Tokijas viesnīcā tikās ar ministri Joko Kamikavu.", "Tokyo"),
    ("et", "Minister Margus Tsahkna kohtus 5. märtsil 2024 Tokyo hotellis minister Yoko Kamikawaga.", "Tokyo"),
    ("lt", "Prezidentas Gitanas Nausėda 2024 m. kovo 5 d. Kauno pilyje susitiko su Japonijos ambasadoriumi Osamu Izawa.",
     "Kaunas"),
])
def test_a_towns_genitive_before_its_venue_in_a_case_of_place(lang, text, town):
    assert first_city(text, lang) == town


# secondary._where: a recalled visit's goal, the town (or state) its word of visiting takes without a preposition
@pytest.mark.parametrize("lang,text,year,town", [
    ("pl", "Prezydent Andrzej Duda spotkał się 5 marca 2024 roku w Tokio z premierem Japonii Fumio Kishidą. "
           "W 2019 roku premier Shinzo Abe odwiedził Warszawę.", "2019-01-01", "Warsaw"),
    ("sk", "Premiér Robert Fico sa 5. marca 2024 v Tokiu stretol s japonským premiérom Fumiom Kišidom. V roku 2023 "
           "navštívil Bratislavu japonský minister zahraničných vecí Jošimasa Hajaši.", "2023-01-01", "Bratislava"),
])
def test_a_recalled_visit_takes_the_town_it_visits(lang, text, year, town):
    recalled = [e for e in events(text, lang, "2024-03-05") if e.date == year]
    assert recalled and recalled[0].location.city == town


# location._venue_states_of_lead: a desk's dateline yields to the state the lead names as the venue
@pytest.mark.parametrize("lang,text,desk,state", [
    ("ja", "【ソウル共同】韓国の趙兌烈外相は5日、訪問先のポーランドでシコルスキ外相と会談した。", "Seoul", "PL"),
    ("lt", "Vilnius, kovo 5 d. (ELTA). Japonijoje viešintis užsienio reikalų ministras Gabrielius Landsbergis "
           "antradienį susitiko su Yoko Kamikawa.", "Vilnius", "JP"),
])
def test_a_desks_dateline_yields_to_the_venue_state_of_the_lead(lang, text, desk, state):
    loc = events(text, lang, "2024-03-05")[0].location
    assert loc.city != desk and loc.country == state


def test_a_state_in_a_sentence_of_no_meeting_leaves_the_dateline():  # a control: passes on main too
    text = ("Tokio - Český ministr zahraničí Jan Lipavský a japonská ministryně Jóko Kamikawová dnes jednali o situaci "
            "kolem KLDR. Shodli se, že je nutné zesílit tlak na Severní Koreu.")
    assert first_city(text, "cs", "2024-03-05") == "Tokyo"


# location._names_the_seat: a building written together with its city before the locative ("부산시청에서")
@pytest.mark.parametrize("text,town", [
    ("박형준 부산시장은 2024년 3월 5일 부산시청에서 폴란드 대사와 면담했다.", "Busan"),
    ("조태열 외교부 장관은 5일 부산대학교에서 가미카와 요코 일본 외무상과 회담했다.", "Busan"),
])
def test_a_building_glued_to_its_city_places_the_event_there(text, town):
    assert first_city(text, "ko", "2024-03-05") == town


# places.yaml CITY_ENDINGS (cs sk pl hr sr sl be): the accusative a verb of visiting governs; nlp.analyze._visited
# past a written date ("navštívil 5. března 2024 Jihlavu")
@pytest.mark.parametrize("lang,text,town", [
    ("cs", "Velvyslanec Japonska Hideo Suzuki navštívil 5. března 2024 Jihlavu, kde se setkal s primátorem Petrem "
           "Ryškou.", "Jihlava"),
    ("pl", "Ambasador Japonii Akio Miyajima odwiedził 5 marca 2024 roku Legnicę, gdzie spotkał się z prezydentem "
           "miasta.", "Legnica"),
    ("be", "Пасол Японіі Хіраюкі Ямамота 5 сакавіка 2024 года наведаў Оршу, дзе сустрэўся з кіраўніцтвам горада.",
     "Orsha"),
    ("ro", "Ambasadorul Japoniei, Hiroshi Ueda, a vizitat pe 5 martie 2024 Timișoara, unde s-a întâlnit cu primarul "
           "orașului.", "Timișoara"),
])
def test_a_town_a_verb_of_visiting_takes_in_its_accusative(lang, text, town):
    assert first_city(text, lang, "2024-03-05") == town
