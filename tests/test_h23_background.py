"""Session h23, background: earlier contacts an article recalls besides its main event. A count of years or months
back ("15 years ago", "před dvěma lety", "prieš dvejus metus", "три месяца назад", dates.yaml AGO.year / AGO.month)
dates a recalled contact to that year or month, as "last year" does. Texts written for the tests in the style of
agency news; every case but the guards fails on main 9461925a."""
import datetime as dt

import pytest

from extracting import events
from kronika.nlp.dates import find_dates, resolve

MAIN = {
    "en": "Polish Foreign Minister Radosław Sikorski held talks with Japanese Foreign Minister Yoko Kamikawa in Warsaw "
          "on Friday. The two ministers discussed security and the economy.\n",
    "pl": "Minister spraw zagranicznych Radosław Sikorski rozmawiał w piątek w Warszawie z szefową dyplomacji Japonii "
          "Yoko Kamikawą. Ministrowie omówili bezpieczeństwo i gospodarkę.\n",
    "cs": "Ministr zahraničí Jan Lipavský jednal v pátek v Praze s japonskou ministryní zahraničí Joko Kamikawaovou. "
          "Ministři hovořili o bezpečnosti a ekonomice.\n",
    "lt": "Užsienio reikalų ministras Gabrielius Landsbergis penktadienį Vilniuje susitiko su Japonijos užsienio "
          "reikalų ministre Yoko Kamikawa. Ministrai aptarė saugumą ir ekonomiką.\n",
    "lv": "Ārlietu ministrs Krišjānis Kariņš piektdien Rīgā tikās ar Japānas ārlietu ministri Joko Kamikavu. Ministri "
          "pārrunāja drošību un ekonomiku.\n",
    "ro": "Ministrul afacerilor externe Luminiţa Odobescu a avut vineri la Bucureşti o întrevedere cu ministrul de "
          "externe al Japoniei, Yoko Kamikawa. Miniştrii au discutat despre securitate şi economie.\n",
    "hu": "Szijjártó Péter külügyminiszter pénteken Budapesten tárgyalt Kamikava Joko japán külügyminiszterrel. "
          "A miniszterek a biztonságról és a gazdaságról beszéltek.\n",
    "sr": "Министар спољних послова Марко Ђурић састао се у петак у Београду са јапанском министарком спољних послова "
          "Јоко Камикавом. Министри су разговарали о безбедности и економији.\n",
    "de": "Bundesaußenministerin Annalena Baerbock hat am Freitag in Berlin ihre japanische Amtskollegin Yoko Kamikawa "
          "empfangen. Die Ministerinnen sprachen über Sicherheit und Wirtschaft.\n",
    "ru": "Министр иностранных дел России Сергей Лавров провёл в пятницу в Москве переговоры с министром иностранных "
          "дел Японии Ёсимасой Хаяси. Министры обсудили мирный договор.\n",
}
YEARS_AGO = {
    "en": "Kamikawa's predecessor Yoshimasa Hayashi visited Warsaw two years ago and met Sikorski's predecessor "
          "Zbigniew Rau.",
    "pl": "Poprzednik Kamikawy Yoshimasa Hayashi odwiedził Warszawę dwa lata temu i spotkał się z ministrem "
          "Zbigniewem Rauem.",
    "cs": "Její předchůdce Jošimasa Hajaši navštívil Prahu před dvěma lety a setkal se s Lipavským.",
    "lt": "Jos pirmtakas Yoshimasa Hayashi lankėsi Vilniuje prieš dvejus metus ir susitiko su Landsbergiu.",
    "lv": "Viņas priekštecis Jošimasa Hajaši apmeklēja Rīgu pirms diviem gadiem un tikās ar Kariņu.",
    "ro": "Predecesorul ei Yoshimasa Hayashi a vizitat Bucureştiul acum doi ani şi s-a întâlnit cu Odobescu.",
    "hu": "Elődje, Hajasi Josimasza két évvel ezelőtt Budapesten járt, és találkozott Szijjártó Péterrel.",
    "sr": "Њен претходник Јошимаса Хајаши посетио је Београд пре две године и састао се са Ђурићем.",
}
PUB = dt.date(2024, 5, 10)


@pytest.mark.parametrize("code", sorted(YEARS_AGO))
def test_a_contact_years_ago_is_dated_to_that_year(code):
    evs = events(MAIN[code] + YEARS_AGO[code] + "\n", code, PUB)
    assert evs[0].date == "2024-05-10"
    assert any(e.date == "2022-01-01" and e.date_precision == "year" and e.type == "CONSULT" for e in evs[1:])


MONTHS_AGO = {
    "de": "Vor drei Monaten hatten Baerbock und Kamikawa in einem ausführlichen Telefongespräch über die Lage in "
          "der Ukraine und in Ostasien miteinander gesprochen.",
    "ru": "Три месяца назад Хаяси и Лавров подробно беседовали по телефону о подготовке мирного договора и о "
          "ситуации вокруг Курильских островов.",
}


@pytest.mark.parametrize("code", sorted(MONTHS_AGO))
def test_a_contact_months_ago_is_dated_to_that_month(code):
    evs = events(MAIN[code] + MONTHS_AGO[code] + "\n", code, PUB)
    assert any(e.date == "2024-02-01" and e.date_precision == "month" for e in evs[1:])


@pytest.mark.parametrize("code,text,key,n", [
    ("en", "fifteen years ago, when Tanaka came", "years_ago", None), ("en", "15 years ago", "years_ago", 15),
    ("pl", "przed rokiem", "years_ago", 1), ("sk", "pred dvoma rokmi", "years_ago", 2),
    ("et", "kaks aastat tagasi", "years_ago", 2), ("bg", "преди две години", "years_ago", 2),
    ("uk", "два місяці тому", "months_ago", 2), ("hr", "prije mjesec dana", "months_ago", 1),
])
def test_counts_of_years_and_months_back_are_read(code, text, key, n):
    found = [d for d in find_dates(text, code) if d.relative == key]
    if n is None:
        assert not found  # "fifteen" is no count NUMBERS reads: nothing, rather than a wrong year
        return
    assert found and found[0].d == n
    r = resolve(found[0], PUB)
    assert r.precision == ("year" if key == "years_ago" else "month")
    assert r.date == (dt.date(PUB.year - n, 1, 1) if key == "years_ago" else dt.date(2024, 5 - n, 1))


def test_guard_an_anniversary_years_ago_is_no_contact():
    """"established diplomatic relations 30 years ago": a date of history, no contact of the two."""
    text = MAIN["en"] + "Poland and Japan established diplomatic relations 30 years ago.\n"
    assert [e.date for e in events(text, "en", PUB)] == ["2024-05-10"]


def test_guard_a_flight_is_not_a_year():
    """sl "pred letom" is "before the flight" too: only "pred enim letom" counts one year."""
    assert not [d for d in find_dates("pred letom v Tokio je minister dejal", "sl") if d.relative == "years_ago"]


SET_OFF = {
    "en": (MAIN["en"] + "Last year, in November, the two ministers held a phone call in which they agreed to deepen "
           "their cooperation on Ukraine.\n", "2023-11-01"),
    "de": (MAIN["de"] + "Im vergangenen Jahr, im November, hatten die beiden Ministerinnen in einem Telefonat über "
           "die Lage in der Ukraine gesprochen.\n", "2023-11-01"),
    "ro": (MAIN["ro"] + "Anul trecut, în luna martie, Odobescu a efectuat o vizită oficială la Tokyo, unde s-a "
           "întâlnit cu premierul Fumio Kishida.\n", "2023-03-01"),
    "en2019": (MAIN["en"] + "In 2019, in March, Polish President Andrzej Duda visited Tokyo and met Prime Minister "
               "Shinzo Abe.\n", "2019-03-01"),
}


@pytest.mark.parametrize("case", sorted(SET_OFF))
def test_a_month_set_off_by_a_comma_after_its_year_is_of_that_year(case):
    """"Last year, in November, …": one contact of that November, not one of last year and one of a November."""
    text, month = SET_OFF[case]
    evs = events(text, case[:2], PUB)
    assert [(e.date, e.date_precision) for e in evs[1:]] == [(month, "month")]


def test_guard_a_month_after_and_is_not_set_off():
    """"last year, and in March they met again": the March is told on its own, not as last year's."""
    text = MAIN["en"] + ("Sikorski visited Tokyo last year, and in March the two ministers met again in Brussels "
                         "on the sidelines of a NATO meeting.\n")
    assert not any(e.date == "2023-03-01" for e in events(text, "en", PUB))


QUOTED = {
    "en": MAIN["en"] + "\"I remember well our first meeting with the Japanese side in London in April 2013, when I had "
                       "just become foreign minister,\" Sikorski told reporters after the talks.\n",
    "pl": MAIN["pl"] + "„Dobrze pamiętam nasze pierwsze spotkanie z japońskimi partnerami w Tokio w marcu 2019 roku” – "
                       "powiedział Sikorski dziennikarzom po rozmowach.\n",
    "ru": MAIN["ru"] + "«Я хорошо помню нашу первую встречу с японскими коллегами в Лондоне в апреле 2013 года», – "
                       "сказал Лавров журналистам после переговоров.\n",
}


@pytest.mark.parametrize("code,month", [("en", "2013-04-01"), ("pl", "2019-03-01"), ("ru", "2013-04-01")])
def test_a_meeting_the_speaker_recalls_in_a_quotation_is_a_contact(code, month):
    evs = events(QUOTED[code], code, PUB)
    assert any(e.date == month and e.date_precision == "month" and e.type == "CONSULT" for e in evs[1:])


@pytest.mark.parametrize("quote", [
    "\"We will meet again in Tokyo in June 2025 to continue these talks on security,\" Sikorski told reporters.",
    "\"Our trade has doubled since 2019, and Japanese investment reached a record in 2023,\" Sikorski told reporters.",
])
def test_guard_a_plan_or_a_figure_in_a_quotation_is_no_contact(quote):
    assert [e.date for e in events(MAIN["en"] + quote + "\n", "en", PUB)] == ["2024-05-10"]


def test_a_capitalised_english_month_before_a_meeting_noun_dates_it():
    """"Kamikawa's January visit": a month before a noun of a meeting (en MONTH_NOUNS_AFTER) is a date."""
    text = MAIN["en"] + ("The meeting builds on the momentum of Kamikawa's January visit to Warsaw, when the two sides "
                         "agreed to deepen their cooperation on Ukraine.\n")
    assert any(e.date == "2024-01-01" and e.date_precision == "month" for e in events(text, "en", PUB)[1:])


@pytest.mark.parametrize("text", ["Kamikawa may visit Warsaw again in the autumn.", "Japanese PM May Visit Poland"])
def test_guard_may_visit_is_a_verb(text):
    assert not [d for d in find_dates(text, "en") if d.kind == "month"]


CJK = {
    "ja": ("岩屋外務大臣は10日、東京でシコルスキ・ポーランド外務大臣と会談を行いました。両大臣は安全保障と経済について"
           "意見交換しました。\n両大臣は2年前にワルシャワで会談しており、今回が2回目の会談となります。\n", "2022-01-01", "year"),
    "ko": ("조태열 외교부 장관은 10일 서울에서 라도스와프 시코르스키 폴란드 외교장관과 회담을 갖고 방산 협력 방안을 "
           "논의했다.\n두 장관은 3개월 전에 전화통화를 갖고 양국 관계 발전 방안에 대해 의견을 교환한 바 있다.\n",
           "2024-02-01", "month"),
}


@pytest.mark.parametrize("code", sorted(CJK))
def test_a_count_back_glued_to_its_number_dates_a_contact(code):
    """"2年前に", "3개월 전에" (ja/ko dates.yaml AGO, read by the cjk date finder)."""
    text, date, precision = CJK[code]
    assert any(e.date == date and e.date_precision == precision for e in events(text, code, PUB)[1:])


@pytest.mark.parametrize("code,text", [("ja", "2024年前半に協定に署名した。"), ("ja", "2年前後の期間"), ("ko", "5년 전쟁이 끝났다.")])
def test_guard_a_glued_count_inside_another_word_is_no_count_back(code, text):
    assert not [d for d in find_dates(text, code) if d.relative in ("years_ago", "months_ago")]
