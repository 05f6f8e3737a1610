"""h15 years: a year a day and month take from a neighbouring full date; a recalled contact dated by 'then'."""
from __future__ import annotations

from tests.extracting import events


def _dates(text: str, code: str, published: str | None) -> list[str]:
    return [ev.date for ev in events(text, code, published)]


# --- a day and month after a full date of the same paragraph take its year ---

def test_a_day_after_a_full_date_of_its_paragraph_takes_its_year_pl():
    text = ("Opublikowano: 14.01.2024\n\nKronika stosunków polsko-japońskich\n\n"
            "W dniu 3 maja 2019 r. premier Japonii Shinzo Abe przybył do Warszawy. Następnego dnia, 4 maja, Abe "
            "spotkał się z premierem Mateuszem Morawieckim i omówił współpracę gospodarczą.")
    dates = _dates(text, "pl", None)
    assert "2019-05-04" in dates and "2023-05-04" not in dates


def test_a_day_after_a_full_date_of_its_paragraph_takes_its_year_en():
    text = ("Looking back at a decade of ties\n\nPrime Minister Shinzo Abe arrived in Prague on 3 May 2019. "
            "On 4 May, Abe held talks with Czech Prime Minister Andrej Babiš on trade and investment.")
    dates = _dates(text, "en", "2024-01-14")
    assert "2019-05-04" in dates and "2023-05-04" not in dates


def test_a_day_after_a_december_full_date_takes_the_next_year_ru():
    text = ("Хроника\n\n28 декабря 2018 года министр иностранных дел Японии Таро Коно прибыл в Москву, "
            "а 14 января он провел переговоры с главой МИД России Сергеем Лавровым.")
    dates = _dates(text, "ru", "2024-06-20")
    assert "2019-01-14" in dates and "2024-01-14" not in dates


# --- "damals", "wówczas", "тогда", "at the time": the time the text named last dates a recalled contact ---

def _recalled(text: str, code: str, published: str) -> list[tuple[str, list[str]]]:
    return [(ev.date, sorted(p.name for p in ev.persons)) for ev in events(text, code, published)[1:]]


def test_damals_carries_the_previous_sentences_day_into_a_recalled_meeting_de():
    text = ("Berlin\n\nDie japanische Außenministerin Yoko Kamikawa traf am Mittwoch in Warschau den polnischen "
            "Außenminister Radosław Sikorski. Die Beziehungen sind seit dem 5. Dezember 2019 eng. Damals hatte der "
            "polnische Präsident Andrzej Duda in Tokio den japanischen Premierminister Shinzo Abe getroffen.")
    assert ("2019-12-05", ["Andrzej Duda", "Shinzo Abe"]) in _recalled(text, "de", "2024-03-14")


def test_wowczas_carries_the_previous_sentences_day_pl():
    text = ("Warszawa\n\nMinister spraw zagranicznych Japonii Yoko Kamikawa spotkała się w środę w Warszawie z "
            "ministrem Radosławem Sikorskim. Stosunki są bliskie od 5 grudnia 2019 r. Wówczas prezydent Andrzej "
            "Duda spotkał się w Tokio z premierem Japonii Shinzo Abe.")
    assert ("2019-12-05", ["Andrzej Duda", "Shinzo Abe"]) in _recalled(text, "pl", "2024-03-14")


def test_at_the_time_carries_the_previous_sentences_day_en():
    text = ("Tokyo\n\nJapanese Foreign Minister Yoko Kamikawa met Polish Foreign Minister Radoslaw Sikorski in "
            "Warsaw on Wednesday. Ties have been close since 5 December 2019. At the time, Polish President "
            "Andrzej Duda met Prime Minister Shinzo Abe in Tokyo.")
    assert ("2019-12-05", ["Andrzej Duda", "Shinzo Abe"]) in _recalled(text, "en", "2024-03-14")


def test_togda_lends_its_people_to_the_contact_of_the_sentence_before_ru():
    text = ("Москва\n\nМинистр иностранных дел Японии Есимаса Хаяси в среду провел в Варшаве переговоры с министром "
            "иностранных дел Польши Збигневом Рау. Последний такой визит состоялся в мае 2019 года. Тогда "
            "премьер-министр Японии Синдзо Абэ встретился в Варшаве с премьер-министром Польши Матеушем Моравецким.")
    evs = events(text, "ru", "2024-03-14")
    assert "Shinzo Abe" not in [p.name for p in evs[0].persons]
    assert ("2019-05-01", ["Mateusz Morawiecki", "Shinzo Abe"]) in _recalled(text, "ru", "2024-03-14")


def test_tehdy_lends_its_people_to_the_contact_of_the_sentence_before_cs():
    text = ("Praha\n\nJaponská ministryně zahraničí Jóko Kamikawaová se ve středu v Praze setkala s ministrem "
            "zahraničí Janem Lipavským. Předchozí návštěva se konala 12. ledna 2018. Tehdy se japonský premiér "
            "Šinzó Abe v Praze setkal s premiérem Andrejem Babišem.")
    assert ("2018-01-12", ["Andrej Babiš", "Shinzo Abe"]) in _recalled(text, "cs", "2024-03-14")


# --- a day and month beside "last year" count their year from the day of writing, as the main event too ---

def _main(text: str, code: str, published: str) -> list[tuple[str, str]]:
    return [(ev.date, ev.date_precision) for ev in events(text, code, published)]


def test_a_day_of_last_year_dates_the_lead_contact_uk():
    text = ("Київ\n\nПрем'єр-міністр Японії Фуміо Кісіда 21 березня минулого року відвідав Київ і провів переговори "
            "з президентом України Володимиром Зеленським.")
    assert _main(text, "uk", "2024-01-10") == [("2023-03-21", "day")]


def test_a_day_of_last_year_dates_the_lead_contact_pl():
    text = ("Warszawa\n\nPremier Japonii Fumio Kishida 22 marca ubiegłego roku odwiedził Warszawę i spotkał się z "
            "premierem Mateuszem Morawieckim.")
    assert _main(text, "pl", "2024-01-10") == [("2023-03-22", "day")]


def test_loni_before_a_day_dates_the_lead_contact_cs():
    text = ("Praha\n\nJaponský premiér Fumio Kišida loni 22. března navštívil Prahu a setkal se s premiérem "
            "Petrem Fialou.")
    assert _main(text, "cs", "2024-01-10") == [("2023-03-22", "day")]


def test_tavaly_before_a_day_dates_the_lead_contact_hu():
    text = ("Budapest\n\nKisida Fumio japán miniszterelnök tavaly március 22-én Budapesten tárgyalt Orbán Viktor "
            "miniszterelnökkel.")
    assert _main(text, "hu", "2024-01-10") == [("2023-03-22", "day")]


def test_a_day_of_last_year_under_a_month_stamp_counts_from_the_stamps_year_cs():
    # " date 2024-02": March next to February would be 2024; "loni" makes it the year before
    text = " date 2024-02 Japonský premiér Fumio Kišida loni 22. března navštívil Prahu a setkal se s premiérem Petrem Fialou."
    assert _main(text, "cs", None) == [("2023-03-22", "day")]


def test_a_day_of_last_year_under_a_month_stamp_is_one_contact_uk():
    text = (" date 2024-01 Прем'єр-міністр Японії Фуміо Кісіда 21 березня минулого року відвідав Київ і провів "
            "переговори з президентом України Володимиром Зеленським.")
    assert _main(text, "uk", None) == [("2023-03-21", "day")]


def test_anul_trecut_a_comma_and_a_preposition_before_the_day_ro():
    text = ("București\n\nPrim-ministrul Japoniei Fumio Kishida a vizitat anul trecut, pe 22 martie, Bucureștiul și "
            "s-a întâlnit cu președintele Klaus Iohannis.")
    assert _main(text, "ro", "2024-01-10") == [("2023-03-22", "day")]
