"""h19/dates: the main event's date and last day on fresh pages (multi-day stays, ranges, reported days).

Each mechanism test fails on the parent main (0a52c87d) and passes here; the guards pass on both and say so."""
from __future__ import annotations

import pytest
from extracting import first


def _dates(code: str, text: str):
    from kronika.nlp.dates import find_dates

    return [(d.kind, d.m, d.d, d.m2, d.d2) for d in find_dates(text, code)]


def _span(code: str, text: str):
    ev = first(text, code)
    return ev.date, ev.date_end


# --- 1. a range written month first across a month's end -----------------------------------------------------

@pytest.mark.parametrize("code,text,want", [
    ("en", "The Korean delegation stayed in Warsaw from June 29 to July 3, holding talks with ministers.",
     ("absolute", 6, 29, 7, 3)),
    ("en", "The talks were held in Tokyo March 30-April 1, the ministry said.", ("absolute", 3, 30, 4, 1)),
    ("hu", "A delegáció június 29. és július 3. között Szöulban tárgyalt.", ("absolute", 6, 29, 7, 3)),
    ("lt", "Delegacija nuo birželio 29 iki liepos 3 lankėsi Tokijuje.", ("absolute", 6, 29, 7, 3)),
])
def test_month_first_range_across_a_month_end(code, text, want):
    assert want in _dates(code, text)


def test_two_days_months_apart_are_no_range():
    # a guard (passes on the parent too): "on May 5 and June 7" names two days, not a stay of a month
    assert [d[:3] for d in _dates("en", "They met on May 5 and June 7 in Seoul.")] == [("absolute", 5, 5), ("absolute", 6, 7)]


def test_cross_month_range_spans_the_event():
    text = (" date 2023-07-05 Seoul, July 5 - A Slovak government delegation led by Prime Minister Eduard Heger "
            "visited South Korea from June 29 to July 3, meeting Prime Minister Han Duck-soo.")
    assert _span("en", text) == ("2023-06-29", "2023-07-03")


# --- 2. a length is not joined to a day across another day ---------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("cs", " date 2023-03-08 Premiér Petr Fiala dnes v Praze přijal japonského velvyslance. Zítra odletí na "
           "třídenní návštěvu Soulu."),
    ("pl", " date 2023-03-08 Premier Mateusz Morawiecki przyjął dziś ambasadora Japonii. Jutro wyleci z "
           "trzydniową wizytą do Seulu."),
])
def test_length_of_another_days_trip(code, text):
    # today's reception is one day: the three-day trip is tomorrow's
    assert _span(code, text) == ("2023-03-08", None)


def test_length_right_after_the_day_still_spans():
    # a guard (passes on the parent too)
    text = " date 2023-03-08 Premier Japonii przybył dziś do Warszawy z trzydniową wizytą. Spotkał się z premierem."
    assert _span("pl", text) == ("2023-03-08", "2023-03-10")


# --- 3. a span of weekdays under way on the day of writing ----------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("hr", " date 2024-10-16 Ministar Gordan Grlić Radman boravi u Japanu od ponedjeljka do srijede. U Tokiju se "
           "sastao s ministricom Yoko Kamikawom."),
    ("sr", " date 2024-10-16 Ministar Marko Đurić boravi u Japanu od ponedeljka do srede. U Tokiju se sastao sa "
           "ministarkom Joko Kamikavom."),
])
def test_weekday_span_under_way(code, text):
    # written on Wednesday 16 October: Monday 14 to Wednesday 16, not next week's (a present tense read as future)
    assert _span(code, text) == ("2024-10-14", "2024-10-16")


def test_weekday_span_in_a_past_tense():
    # a guard (passes on the parent too): a past verb already dated the span
    text = (" date 2024-10-16 Minister Juraj Blanár je v Japonsku od pondelka do stredy. V Tokiu rokoval s "
            "ministerkou Jóko Kamikawovou.")
    assert _span("sk", text) == ("2024-10-14", "2024-10-16")


def test_weekday_span_to_come_stays_to_come():
    # a guard (passes on the parent too): written on Friday, "from Monday to Wednesday" is next week's
    from kronika.nlp.dates import find_dates, resolve
    import datetime as dt
    dm = next(d for d in find_dates("Ministar će boraviti u Japanu od ponedjeljka do srijede.", "hr")
              if d.kind == "weekday")
    r = resolve(dm, dt.date(2024, 10, 18))
    assert (r.date, r.end) == (dt.date(2024, 10, 21), dt.date(2024, 10, 23))


# --- 4. a stay ended on the day, with the day it began --------------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("sk", " date 2023-11-09 Bratislava 9. novembra (TASR) - Predseda parlamentu ukončil dnes návštevu Japonska, "
           "kam odcestoval v nedeľu. V Tokiu rokoval s predsedom Snemovne reprezentantov."),
    ("cs", " date 2023-11-09 Praha 9. listopadu (ČTK) - Předseda Senátu dnes ukončil návštěvu Koreje, kam "
           "odcestoval v neděli. V Soulu jednal s předsedou Národního shromáždění."),
    ("en", " date 2023-11-09 Vilnius, Nov 9 - The Lithuanian speaker today concluded her visit to Japan, which "
           "she began on Sunday. In Tokyo she met the Speaker of the House of Representatives."),
    ("ru", " date 2023-11-09 Минск, 9 ноября - Председатель Совета Республики сегодня завершил визит в Японию, "
           "который начался в воскресенье. В Токио он встретился со спикером парламента."),
    ("de", " date 2023-11-09 Wien, 9. November - Der Nationalratspräsident hat heute seinen Besuch in Japan "
           "beendet, zu dem er am Sonntag aufgebrochen war. In Tokio traf er den Parlamentspräsidenten."),
])
def test_stay_ended_today_begun_on_a_weekday(code, text):
    assert _span(code, text) == ("2023-11-05", "2023-11-09")


def test_day_ended_without_a_start_stays_one_day():
    # a guard (passes on the parent too): nothing says when the stay began
    text = (" date 2023-11-09 Bratislava 9. novembra (TASR) - Predseda parlamentu ukončil dnes návštevu Japonska. "
            "V Tokiu rokoval s predsedom Snemovne reprezentantov.")
    assert _span("sk", text) == ("2023-11-09", None)


# --- 5. a stay begun on the day and bounded by a later one -----------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("pl", " date 2024-04-15 Warszawa, 15 kwietnia (PAP) - Minister spraw zagranicznych Korei przybył w "
           "poniedziałek do Warszawy z wizytą, która potrwa do środy. Spotka się z ministrem Sikorskim."),
    ("de", " date 2024-04-15 Berlin, 15. April - Der koreanische Außenminister ist am Montag zu einem Besuch "
           "in Berlin eingetroffen, der bis Mittwoch dauert. Er trifft Außenministerin Baerbock."),
])
def test_stay_begun_lasting_until(code, text):
    assert _span(code, text) == ("2024-04-15", "2024-04-17")


# --- 6. a headline's day the lead tells again with the length ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Slovak President visits Korea today on 30th anniversary of ties\n • 승인 2024.06.03 09:12\n\nPresident Peter "
    "Pellegrini of Slovakia visits Korea today at the invitation of President Yoon Suk-yeol for a three-day stay.",
    "Hungarian Foreign Minister visits Japan today on 155th anniversary of relations\n • 승인 2024.06.03 09:12\n\n"
    "Foreign Minister Peter Szijjarto of Hungary visits Japan today at the invitation of Foreign Minister Yoko "
    "Kamikawa for a three-day stay.",
])
def test_headline_day_told_again_with_length(text):
    # the headline's "today" was taken, and the lead's "three-day stay" (told beside its own "today") was lost
    assert _span("en", text) == ("2024-06-03", "2024-06-05")


# --- 7. weekday adjectives in every form (uk, bg) --------------------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("uk", " date 2024-03-13 Київ, 13 березня - Після вівторкової зустрічі з послом Кореї міністр закордонних "
           "справ Дмитро Кулеба заявив, що Україна і Корея поглиблять співпрацю."),
    ("bg", " date 2024-03-13 София, 13 март - След вторничната среща с посланика на Корея външният министър "
           "Мария Габриел заяви, че България и Корея ще задълбочат сътрудничеството."),
])
def test_weekday_adjective_of_the_meeting(code, text):
    assert _span(code, text) == ("2024-03-12", None)


# --- 8. a length told with a verb that ends the stay ends on the day ----------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("en", " date 2023-09-16 Bucharest, Sep 16 - South Korean Prime Minister Han Duck-soo wrapped up a three-day "
           "visit to Romania on Friday after talks with Prime Minister Marcel Ciolacu."),
    ("pl", " date 2023-09-16 Warszawa, 16 września (PAP) - Premier Korei Han Duck-soo zakończył w piątek "
           "trzydniową wizytę w Rumunii. Rozmawiał z premierem Marcelem Ciolacu."),
    ("ru", " date 2023-09-16 Москва, 16 сентября - Премьер-министр Южной Кореи Хан Дак Су в пятницу завершил "
           "трехдневный визит в Румынию, где провел переговоры с Марчелом Чолаку."),
    ("hu", " date 2023-09-16 Budapest, szeptember 16. - Han Duk Szu dél-koreai miniszterelnök pénteken befejezte "
           "háromnapos romániai látogatását, ahol Marcel Ciolacuval tárgyalt."),
    ("ro", " date 2023-09-16 București, 16 septembrie - Premierul sud-coreean Han Duck-soo și-a încheiat vineri "
           "vizita de trei zile în România, unde a discutat cu Marcel Ciolacu."),
])
def test_length_ended_on_the_day(code, text):
    assert _span(code, text) == ("2023-09-13", "2023-09-15")


def test_length_begun_on_the_day_runs_on():
    # a guard (passes on the parent too): "began a three-day visit on Wednesday" is Wednesday to Friday
    text = (" date 2023-09-16 Bucharest, Sep 16 - South Korean Prime Minister Han Duck-soo began a three-day visit "
            "to Romania on Wednesday with talks with Prime Minister Marcel Ciolacu.")
    assert _span("en", text) == ("2023-09-13", "2023-09-15")


# --- 9. "until" a weekday: in the phrase itself (ru), a terminative ending (hu), a bare word (ro) -----------------

@pytest.mark.parametrize("code,text", [
    ("ru", " date 2024-05-13 Москва, 13 мая - Президент Монголии прибыл в понедельник в Сеул с визитом, который "
           "продлится до среды. Он проведет переговоры с Юн Сок Ёлем."),
    ("hu", " date 2024-05-13 Budapest, május 13. - Novák Katalin államfő hétfőn Szöulba érkezett, ahol szerdáig "
           "tartózkodik. Jun Szok Jol elnökkel tárgyal."),
    ("ro", " date 2024-05-13 București, 13 mai - Președintele Klaus Iohannis a sosit luni la Seul pentru o vizită "
           "care va dura până miercuri. Se va întâlni cu președintele Yoon Suk-yeol."),
])
def test_stay_until_a_weekday(code, text):
    assert _span(code, text) == ("2024-05-13", "2024-05-15")


def test_a_weekday_without_until_stays_a_day():
    # a guard (passes on the parent too): "в среду" is the meeting's day, not the end of a stay
    from kronika.nlp.dates import find_dates
    dm = next(d for d in find_dates("Переговоры пройдут в среду в Сеуле.", "ru") if d.kind == "weekday")
    assert not dm.until
