"""Places and recalled events (issue 9, session h12): a dateline's town that no gazetteer lists, and an
envoy's posting, which is no place he visits."""
from __future__ import annotations

import pytest

from extracting import events


def city(text: str, lang: str, published: str | None = None) -> str | None:
    return events(text, lang, published)[0].location.city


@pytest.mark.parametrize("lang,text,town", [
    ("hr", "Japan donirao opremu\n\nDONJI LAPAC, 14. svibnja 2012. (Hina) - Japanski veleposlanik Yoshio Tamura "
           "predao je danas načelniku općine Ivanu Horvatu vozilo za hitnu pomoć, donaciju Vlade Japana vrijednu "
           "80.000 eura.", "Donji Lapac"),
    ("sr", "Донација Јапана\n\nВладичин Хан – Амбасадор Јапана Јасуо Сато и председник општине Петар Петровић "
           "потписали су данас уговор о донацији Владе Јапана за дом здравља у Владичином Хану, вредан 90.000 "
           "евра.", "Vladičin Han"),
    ("sk", "Japonsko darovalo hasičské auto\n\nPODOLÍNEC, 3. mája 2019 (TASR) - Veľvyslanec Japonska Kenichi "
           "Suzuki odovzdal v piatok primátorovi mesta Jánovi Novákovi hasičské vozidlo, ktoré darovala vláda "
           "Japonska v rámci grantového programu.", "Podolínec"),
])
def test_a_dateline_town_no_gazetteer_lists_is_the_place(lang, text, town):
    assert city(text, lang) == town


@pytest.mark.parametrize("lang,text", [
    # a title case line before a dash, its word never named again: a heading, not a town
    ("hr", "Japan donirao opremu\n\nDonacija – Japanski veleposlanik Yoshio Tamura predao je danas načelniku "
           "općine Ivanu Horvatu vozilo za hitnu pomoć, donaciju Vlade Japana vrijednu 80.000 eura, 14. svibnja "
           "2012."),
])
def test_a_title_case_word_before_a_dash_is_no_town_unless_named_again(lang, text):
    assert city(text, lang) != "Donacija"


@pytest.mark.parametrize("lang,text,state", [
    # the ambassador "of Japan in Serbia" is posted there; the town he visits is the dateline's
    ("sr", "Донација Владе Јапана\n\nВладичин Хан – Министар Петар Петровић и амбасадор Јапана у Србији Јасуо "
           "Сато посетили су данас дом здравља у Владичином Хану, коме је Влада Јапана донирала опрему вредну "
           "90.000 евра.", "RS"),
])
def test_an_envoys_posting_is_no_visit_target(lang, text, state):
    loc = events(text, lang, "2015-12-21")[0].location
    assert (loc.city, loc.country) == ("Vladičin Han", state)


@pytest.mark.parametrize("lang,text,elsewhere", [
    ("pl", "Minister Jan Kowalski rozmawiał 2 lipca 2024 r. z ambasadorem Japonii Taro Yamadą o współpracy "
           "gospodarczej. Japonia będzie uczestniczyła w najbliższym szczycie NATO w Waszyngtonie, a ministrowie "
           "omówili także sytuację w Azji Wschodniej.", "Washington"),
    ("en", "Foreign Minister Jan Kowalski met Japanese Ambassador Taro Yamada on 2 July 2024 to discuss economic "
           "cooperation. Japan will take part in the upcoming NATO summit in Washington, and the two also "
           "discussed the situation in East Asia.", "Washington"),
])
def test_a_place_where_its_sentence_tells_what_is_to_come_is_not_the_events(lang, text, elsewhere):
    assert city(text, lang, "2024-07-02") != elsewhere


def test_an_announced_visit_keeps_its_planned_place():
    text = ("Premier Jan Kowalski złoży wizytę w Japonii w przyszłym tygodniu. Premier będzie rozmawiał w Tokio "
            "z premierem Japonii Fumio Kishidą o współpracy gospodarczej i bezpieczeństwie w regionie.")
    ev = events(text, "pl", "2024-07-02")[0]
    assert (ev.type, ev.location.city) == ("AGREE", "Tokyo")


def dated(text: str, lang: str, published: str) -> list[tuple[str, str]]:
    return [(e.date, e.date_precision) for e in events(text, lang, published)]


@pytest.mark.parametrize("lang,text,recalled", [
    ("pl", "Prezydent Andrzej Duda spotkał się 12 lipca 2023 r. w Warszawie z prezydentem Korei Południowej Jun Suk "
           "Jeolem. Prezydenci rozmawiali o współpracy w dziedzinie obronności, energetyki jądrowej i odbudowy "
           "Ukrainy.\n\nW maju 2023 r. prezydent Duda rozmawiał z prezydentem Korei Południowej w Japonii, na "
           "marginesie szczytu G7 w Hiroszimie.", ("2023-05-01", "month")),
    ("en", "President Andrzej Duda met South Korean President Yoon Suk Yeol in Warsaw on 12 July 2023. The presidents "
           "discussed cooperation in defence, nuclear energy and the reconstruction of Ukraine.\n\nIn May 2023 the two "
           "presidents already held talks in Japan, on the sidelines of the G7 summit in Hiroshima, about arms "
           "contracts and nuclear power.", ("2023-05-01", "month")),
])
def test_a_third_state_where_the_pair_met_is_only_the_venue_of_a_recalled_contact(lang, text, recalled):
    assert recalled in dated(text, lang, "2023-07-12")


def test_an_embassy_in_a_third_state_is_no_venue():
    text = ("President Andrzej Duda met South Korean President Yoon Suk Yeol in Warsaw on 12 July 2023. The presidents "
            "discussed cooperation in defence, nuclear energy and the reconstruction of Ukraine.\n\nPoland reopened "
            "its embassy in North Korea in 2022 after a long pause, a step that Seoul welcomed at the time, officials "
            "said.")
    # the reopening is an act of its own, dated by its year (h21/recall2, as dev2's gold counts such acts); the
    # talks keep their day
    assert dated(text, "en", "2023-07-12") == [("2023-07-12", "day"), ("2022-01-01", "year")]


@pytest.mark.parametrize("lang,text,recalled", [
    ("ru", "Министр иностранных дел России Сергей Лавров встретился 31 мая 2018 года в Пхеньяне с министром "
           "иностранных дел КНДР Ли Ён Хо. Стороны обсудили ситуацию на Корейском полуострове.\n\n"
           "Напомним, что 30 мая сообщалось о планируемом визите Лаврова в КНДР.", ("2018-05-30", "day")),
    ("pl", "Minister Jan Kowalski spotkał się 31 maja 2018 r. w Tokio z ministrem spraw zagranicznych Japonii Taro "
           "Kono. Ministrowie rozmawiali o współpracy gospodarczej i bezpieczeństwie.\n\n"
           "Przypomnijmy, że 30 maja MSZ zapowiedziało wizytę ministra w Japonii.", ("2018-05-30", "day")),
    ("ja", "ロシアのラブロフ外相は31日、平壌に到着し、北朝鮮の李容浩外相と会談した。両外相は朝鮮半島の非核化や"
           "経済協力について意見を交わした。\n\n先立って朝鮮中央通信はラブロフ外相がまもなく訪朝すると30日、報じていた。",
     ("2018-05-30", "day")),
])
def test_a_one_sentence_paragraph_opening_with_a_reminder_is_a_recalled_contact(lang, text, recalled):
    assert recalled in dated(text, lang, "2018-05-31")


@pytest.mark.parametrize("lang,text", [
    # a date opening the paragraph is no reminder word: a short line of its own stays out
    ("en", "Foreign Minister Jan Kowalski met Japanese Foreign Minister Taro Kono in Tokyo on 31 May 2018. The "
           "ministers discussed economic cooperation and security.\n\nLast year, Japan opened a consulate in Poland."),
    # a reminder without a full stop is a heading or a menu line
    ("ru", "Министр иностранных дел России Сергей Лавров встретился 31 мая 2018 года в Пхеньяне с министром "
           "иностранных дел КНДР Ли Ён Хо. Стороны обсудили ситуацию на Корейском полуострове.\n\n"
           "Напомним: визит Лаврова в КНДР 30 мая"),
])
def test_a_short_paragraph_without_a_reminder_word_stays_out(lang, text):
    assert len(events(text, lang, "2018-05-31")) == 1


@pytest.mark.parametrize("lang,text,town", [
    ("hu", "Martonyi János külügyminiszter megbeszélést folytatott Macumoto Takeaki japán külügyminiszterrel.\n\n"
           "A japán külügyminiszter a hétfőn kezdődő kétnapos gödöllői Ázsia-Európa találkozóra érkezett "
           "Magyarországra, ahol a két miniszter a gazdasági együttműködésről is tárgyalt.", "Gödöllő"),
    # passes on the parent too (a guard)
    ("pl", "Minister Jan Kowalski rozmawiał z ministrem spraw zagranicznych Japonii Taro Kono o współpracy "
           "gospodarczej.\n\nSzef japońskiej dyplomacji przyjechał do Polski na rzeszowskie Międzynarodowe Forum "
           "Gospodarcze, gdzie obaj ministrowie omówili także bezpieczeństwo w regionie.", "Rzeszów"),
])
def test_a_towns_adjective_before_a_meetings_own_name_names_its_venue(lang, text, town):
    assert city(text, lang, "2011-06-05") == town


@pytest.mark.parametrize("lang,text,state", [
    ("ja", "令和5年4月4日\n現地時間4月4日午後6時から約20分間、NATO外相会合に参加するためベルギーを訪問中の林芳正外務大臣は、"
           "ズビグニェフ・ラウ・ポーランド共和国外務大臣と外相会談を行ったところ、概要は以下のとおりです。", "BE"),
    ("ko", "2023.04.04\n북대서양조약기구(NATO) 외교장관회의 참석차 벨기에를 방문 중인 박진 외교부 장관은 4일 얀 코발스키 "
           "폴란드 외교장관과 회담을 갖고 양국 협력 방안을 논의했다.", "BE"),
])
def test_a_third_state_the_visitor_is_staying_in_hosts_the_meeting(lang, text, state):
    loc = events(text, lang, "2023-04-04")[0].location
    assert (loc.city, loc.country) == (None, state)


@pytest.mark.parametrize("lang,text,recalled", [
    ("ko", "2022.10.14\n체코 외교부 차관이 14일 서울에서 한국 외교부 차관보를 면담하여 양국 관계와 실질 협력, 주요 지역 정세 "
           "등에 대해 협의했다.\n최 차관보는 최근 한-체코 정상회담(6.30.) 및 외교장관 회담(9.19.)에 이어 차관의 방한으로 양국 간 "
           "고위급 교류가 활발하게 지속되고 있다고 평가했다.", {("2022-06-30", "day"), ("2022-09-19", "day")}),
    ("en", "Czech Deputy Foreign Minister Martin Dvorak met South Korean Deputy Minister Choi Young-sam in Seoul on 14 "
           "October 2022. The two sides discussed bilateral relations, nuclear energy and defence cooperation, and the "
           "situation on the Korean Peninsula.\n\nChoi said that after the summit (30 June) and the foreign ministers' "
           "talks (19 September), the visit kept high-level exchanges between the two countries active.",
     {("2022-06-30", "day"), ("2022-09-19", "day")}),
])
def test_a_day_in_brackets_after_a_meeting_word_dates_a_recalled_contact(lang, text, recalled):
    assert recalled <= set(dated(text, lang, "2022-10-14"))


def test_a_bracket_that_holds_more_than_a_day_stays_an_aside():
    text = ("Czech Deputy Foreign Minister Martin Dvorak met South Korean Deputy Minister Choi Young-sam in Seoul on 14 "
            "October 2022. The two sides discussed bilateral relations, nuclear energy and defence cooperation, and the "
            "situation on the Korean Peninsula.\n\nChoi praised the talks (which his predecessor had opened on 19 "
            "September) and the growing trade between the two countries, officials said on Friday.")
    assert ("2022-09-19", "day") not in dated(text, "en", "2022-10-14")


@pytest.mark.parametrize("lang,text", [
    ("sr", "Predsednik Srbije Aleksandar Vučić razgovarao je 16. jula 2019. sa ambasadorom Japana Đunićijem Marujamom i "
           "rekao da će sa zadovoljstvom prisustvovati zvaničnoj ceremoniji krunisanja u Japanu.\nVučić i ambasador "
           "Marujama razgovarali su o tekućim zajedničkim projektima i japanskim investicijama u Srbiji."),
])
def test_a_state_named_where_the_sentence_turns_to_the_future_hosts_nothing(lang, text):
    loc = events(text, lang, "2019-07-16")[0].location
    assert (loc.city, loc.country) == ("Belgrade", "RS")


@pytest.mark.parametrize("lang,text,capital", [
    ("en", "Japanese grant for a hospital\nOn 12 May 2015, at the Embassy of Japan, Ambassador Takahashi and the "
           "director of the Kaunas clinic, Dr Petras Jonaitis, signed a grant contract under which the Government of "
           "Japan funds new medical equipment for Lithuania.", "Vilnius"),
    ("pl", "Japoński grant dla szpitala\n12 maja 2015 r. w Ambasadzie Japonii ambasador Takahashi i burmistrz gminy "
           "Jan Nowak podpisali umowę o grancie rządu Japonii na nowy sprzęt medyczny dla szpitala w Polsce.",
     "Warsaw"),
])
def test_an_event_at_an_embassy_with_no_city_named_is_in_the_hosts_capital(lang, text, capital):
    assert city(text, lang) == capital
