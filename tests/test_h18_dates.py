"""h18/dates: the date of the main event and of further ones, on pages no rule had seen (issue 9)."""
from __future__ import annotations

import pytest
from extracting import extracted


def _extract(code: str, text: str):
    return extracted(text, code)


def _dates(code: str, text: str):
    from kronika.nlp.dates import find_dates

    return [(d.kind, d.m, d.d, d.weekday) for d in find_dates(text, code)]


# --- a word of the date between a weekday and its day joins them: the weekday then picks the year ---

@pytest.mark.parametrize("code,text,day", [
    ("cs", "Velvyslanec Shimazaki uspořádal v úterý dne 5. prosince v pražském hotelu Hilton recepci.", (12, 5, 2)),
    ("pl", "W środę dnia 4 grudnia w Poznaniu wicemarszałek spotkał się z ambasadorem Japonii.", (12, 4, 3)),
    ("sk", "V utorok dňa 7. novembra predseda kraja prijal veľvyslanca Japonska.", (11, 7, 2)),
])
def test_weekday_and_date_across_a_word_of_the_date(code, text, day):
    assert ("absolute",) + day in _dates(code, text)


def test_weekday_picks_the_year_of_an_undated_page():
    # no page date: the title's year and the weekday agree on 5 December 2017 (a Tuesday)
    text = ("Japonský národní den 2017 - recepce u příležitosti narozenin Jeho Veličenstva císaře\n\n"
            "Velvyslanec Japonska Shimazaki uspořádal v úterý dne 5. prosince v pražském hotelu Hilton recepci k "
            "národnímu dni Japonska. Po úvodním proslovu velvyslance Japonska následoval proslov předsedy Senátu "
            "Parlamentu České republiky pana Milana Štěcha.")
    ev = _extract("cs", text).events[0]
    assert ev.date == "2017-12-05"


def test_a_weekday_not_agreeing_with_the_year_dates_nothing():
    # a guard (passes on the parent too): 21 November 2015 was a Saturday, not a Tuesday
    text = ("Uroczystość wręczenia dyplomu\n\n21 listopada (wtorek) w rezydencji ambasadora Japonii odbyła się "
            "uroczystość wręczenia dyplomu posłance, która zorganizowała delegację grupy do Japonii w 2015 roku.")
    assert _extract("pl", text).events[0].date is None


# --- a later paragraph's sentence about the meeting gives the day the lead does not ---

@pytest.mark.parametrize("code,text,day", [
    ("pl", "14.03.2024 10:12\nWizyta ambasadora Japonii w Lublinie\nAmbasador Japonii Akio Miyajima odwiedził "
           "Lublin. W ratuszu spotkał się z prezydentem miasta Krzysztofem Żukiem. Rozmawiano o współpracy "
           "kulturalnej i gospodarczej.\nSpotkanie odbyło się we wtorek w sali obrad ratusza.", "2024-03-12"),
    ("cs", "8. listopadu 2023\nVelvyslanec Japonska navštívil Brno\nVelvyslanec Japonska Hideo Suzuki jednal s "
           "hejtmanem Jihomoravského kraje Janem Grolichem o spolupráci v oblasti vzdělávání a investic.\n"
           "Setkání se uskutečnilo v úterý 7. listopadu na krajském úřadě.", "2023-11-07"),
    ("ro", "08.11.2023\nAmbasadorul Japoniei, în vizită la Cluj\nAmbasadorul Japoniei a fost primit de primarul "
           "municipiului Cluj-Napoca, Emil Boc. Cei doi au discutat despre cooperarea economică și culturală.\n"
           "Întâlnirea a avut loc marți, 7 noiembrie, la Primărie.", "2023-11-07"),
    ("de", "08.11.2023\nJapanischer Botschafter in Dresden\nDer japanische Botschafter wurde vom sächsischen "
           "Ministerpräsidenten Michael Kretschmer empfangen. Beide sprachen über wirtschaftliche Zusammenarbeit.\n"
           "Das Treffen fand am Dienstag, 7. November, in der Staatskanzlei statt.", "2023-11-07"),
    ("ru", "08.11.2023\nПосол Японии посетил Новосибирск\nПосол Японии в России провёл переговоры с губернатором "
           "Новосибирской области Андреем Травниковым. Стороны обсудили экономическое сотрудничество.\n"
           "Встреча состоялась во вторник в здании правительства области.", "2023-11-07"),
    ("en", "November 8, 2023\nJapanese ambassador visits Tartu\nThe Japanese ambassador was received by the mayor "
           "of Tartu. They discussed economic and cultural cooperation between the city and its Japanese partner.\n"
           "The meeting took place on Tuesday, 7 November, at the town hall.", "2023-11-07"),
])
def test_a_later_sentence_about_the_meeting_dates_it(code, text, day):
    assert _extract(code, text).events[0].date == day


@pytest.mark.parametrize("code,text", [
    # the later sentence names someone: another meeting, the page's day stays
    ("pl", "14.03.2024 10:12\nWizyta ambasadora Japonii w Lublinie\nAmbasador Japonii Akio Miyajima odwiedził "
           "Lublin. W ratuszu spotkał się z prezydentem miasta Krzysztofem Żukiem. Rozmawiano o współpracy "
           "kulturalnej i gospodarczej.\nSpotkał się też we wtorek z wojewodą Krzysztofem Komorskim."),
    # the later meeting is weeks before the page: a contact it recalls
    ("en", "November 8, 2023\nJapanese ambassador visits Tartu\nThe Japanese ambassador was received by the mayor "
           "of Tartu. They discussed economic and cultural cooperation between the city and its Japanese partner.\n"
           "The meeting took place on 2 September at the town hall."),
])
def test_a_later_sentence_of_another_meeting_does_not(code, text):
    # guards (pass on the parent too): the page's day stays the meeting's
    assert _extract(code, text).events[0].date == {"pl": "2024-03-14", "en": "2023-11-08"}[code]


# --- month adjectives written small are months ---

@pytest.mark.parametrize("code,text,month", [
    ("cs", "Fotografie byly věnovány schůzce s premiérem při červnové oficiální návštěvě v Japonsku.", 6),
    ("sk", "Ministri hovorili o výsledkoch júnovej návštevy premiéra v Soule.", 6),
    ("pl", "Ministrowie wrócili do ustaleń z czerwcowej wizyty premiera w Tokio.", 6),
    ("ru", "Стороны обсудили итоги июньского визита министра в Сеул.", 6),
    ("uk", "Сторони обговорили підсумки червневого візиту прем'єра до Токіо.", 6),
    ("bg", "Двамата обсъдиха резултатите от юнското посещение на премиера в Токио.", 6),
    ("sr", "Razgovarali su o rezultatima junske posete premijera Tokiju.", 6),
    ("hr", "Razgovarali su o rezultatima lipanjskog posjeta premijera Tokiju.", 6),
    ("sl", "Govorila sta o rezultatih junijskega obiska premierja v Tokiu.", 6),
    ("mk", "Разговараа за резултатите од јунската посета на премиерот во Токио.", 6),
])
def test_a_month_adjective_is_a_month(code, text, month):
    assert ("month", month, None, None) in _dates(code, text)


@pytest.mark.parametrize("code,text", [
    ("ru", "Митинг прошёл на Октябрьской площади."),
    ("pl", "Rocznica Listopadowego powstania."),
    ("pl", "Zakład zajmuje się lutowaniem płytek."),
])
def test_a_capitalised_month_adjective_or_soldering_is_no_month(code, text):
    # guards (pass on the parent too)
    assert not [d for d in _dates(code, text) if d[0] == "month"]


def test_a_recalled_visit_of_a_month_adjective_is_a_further_event():
    text = ("Japonský národní den 2017 - recepce u příležitosti narozenin Jeho Veličenstva císaře\n\n"
            "Velvyslanec Japonska Shimazaki uspořádal v úterý dne 5. prosince v pražském hotelu Hilton recepci k "
            "národnímu dni Japonska. Po úvodním proslovu velvyslance Japonska následoval proslov předsedy Senátu "
            "Parlamentu České republiky pana Milana Štěcha.\n\nDalší vystavené fotografie byly věnovány setkání "
            "premiéra Bohuslava Sobotky s japonským předsedou vlády Shinzoem Abem při červnové oficiální návštěvě "
            "českého předsedy vlády v Japonsku.")
    months = [(e.date, e.date_precision) for e in _extract("cs", text).events[1:]]
    assert ("2017-06-01", "month") in months


# --- a stay begun or ended with its length and no day of its own spans from (to) the day of writing ---

@pytest.mark.parametrize("code,text,days", [
    ("pl", "2023-03-13, 05:45\nMinister spraw zagranicznych Zbigniew Rau rozpoczął trzydniową wizytę w Korei "
           "Południowej. Szef polskiej dyplomacji przyleciał do Seulu, gdzie będzie rozmawiał o współpracy.",
     ("2023-03-13", "2023-03-15")),
    ("ru", "14.05.2024 10:00\nПредседатель Госдумы Вячеслав Володин прибыл с трёхдневным визитом в КНДР. В Пхеньяне "
           "он проведёт переговоры с руководством страны.", ("2024-05-14", "2024-05-16")),
    ("ru", "14.05.2024 10:00\nПредседатель Госдумы Вячеслав Володин завершил трёхдневный визит в КНДР, в ходе "
           "которого провёл переговоры с руководством страны.", ("2024-05-12", "2024-05-14")),
    ("cs", "14.05.2024 10:00\nPrezident Petr Pavel zahájil čtyřdenní návštěvu Japonska. V Tokiu se setká s "
           "premiérem Fumiem Kišidou.", ("2024-05-14", "2024-05-17")),
    ("de", "14.05.2024\nBundespräsident Frank-Walter Steinmeier hat einen dreitägigen Besuch in Japan begonnen. In "
           "Tokio trifft er Premierminister Fumio Kishida.", ("2024-05-14", "2024-05-16")),
    ("hu", "2024. május 14.\nSulyok Tamás köztársasági elnök megkezdte háromnapos japán látogatását, Tokióban "
           "Kisida Fumio miniszterelnökkel tárgyal.", ("2024-05-14", "2024-05-16")),
])
def test_a_stay_begun_or_ended_today(code, text, days):
    ev = _extract(code, text).events[0]
    assert (ev.date, ev.date_end) == days


@pytest.mark.parametrize("code,text", [
    ("pl", "14.05.2024 10:00\nPrezydent Andrzej Duda, który przybył z trzydniową wizytą do Seulu, spotkał się z "
           "prezydentem Jun Sok-jolem."),
    ("pl", "14.05.2024 10:00\nPrezydent Andrzej Duda przebywa z trzydniową wizytą w Seulu. Spotkał się z "
           "prezydentem Jun Sok-jolem."),
])
def test_a_stay_of_a_clause_aside_or_already_running_is_no_span(code, text):
    # guards (pass on the parent too): the meeting is of the day of writing alone
    ev = _extract(code, text).events[0]
    assert (ev.date, ev.date_end) == ("2024-05-14", None)


# --- an announced meeting is an AGREE of one day ---

@pytest.mark.parametrize("code,text", [
    ("en", "May 10, 2025\nJapanese Foreign Minister Takeshi Iwaya will visit Poland from 10 to 12 May and will hold "
           "talks with his Polish counterpart Radosław Sikorski, the ministry said on Saturday."),
    ("de", "10.05.2025\nDer japanische Außenminister Takeshi Iwaya wird vom 10. bis 12. Mai Polen besuchen und mit "
           "seinem Amtskollegen Radosław Sikorski Gespräche führen, teilte das Ministerium mit."),
])
def test_an_announced_stay_starting_today_is_one_day(code, text):
    ev = _extract(code, text).events[0]
    assert (ev.type, ev.date, ev.date_end) == ("AGREE", "2025-05-10", None)


# --- a span from a weekday to a date ---

@pytest.mark.parametrize("code,text", [
    ("pl", "07.05.2024 10:00\nPrezydent Andrzej Duda od poniedziałku do 9 maja przebywa z wizytą w Japonii. We "
           "wtorek spotkał się w Tokio z premierem Fumio Kishidą."),
    ("cs", "07.05.2024 10:00\nPrezident Petr Pavel je od pondělí do 9. května na návštěvě Japonska. V úterý se v "
           "Tokiu setkal s premiérem Fumiem Kišidou."),
    ("ru", "07.05.2024 10:00\nПрезидент Казахстана с понедельника до 9 мая находится с визитом в Японии, где провёл "
           "переговоры с премьером Фумио Кисидой."),
    ("de", "07.05.2024\nBundespräsident Frank-Walter Steinmeier ist von Montag bis 9. Mai zu Besuch in Japan und "
           "traf Premierminister Fumio Kishida."),
])
def test_from_a_weekday_to_a_date(code, text):
    ev = _extract(code, text).events[0]
    assert (ev.date, ev.date_end) == ("2024-05-06", "2024-05-09")


def test_a_weekday_and_a_date_are_two_days():
    # a guard (passes on the parent too): "and" joins no span unless a word opens it
    text = ("07.05.2024 10:00\nW poniedziałek i 9 maja odbędą się konsultacje. Prezydent Andrzej Duda spotkał się we "
            "wtorek w Tokio z premierem Fumio Kishidą.")
    from kronika.nlp.dates import find_dates

    assert not [d for d in find_dates(text, "pl") if d.d2 or d.m2]
