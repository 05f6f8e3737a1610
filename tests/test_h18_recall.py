"""Session h18, recall (issue 9): every event a page reports. A contact recalled from seventeen years before is
still a contact of the pair's history the page reports, not the history of centuries ago; a month a term of
office started from ("od lutego 2016 roku", "since May 2019") is no contact of its own.
Sentences written for the tests in the style of agency news and press releases; every case but the guards fails
on the parent (main d0859757)."""
from extracting import events


def dated(evs) -> list[tuple[str, str]]:
    return [(e.date, "-".join(e.countries)) for e in evs]


EN_RECALLED_2002 = (
    "Crown Prince meets Polish President in Warsaw\n\nWarsaw, 28 June 2019\n\n"
    "Crown Prince Akishino of Japan met Polish President Andrzej Duda in Warsaw on 28 June 2019, on the occasion "
    "of the centenary of diplomatic relations between Japan and Poland.\n\n"
    "Emperor Akihito visited Poland in July 2002 and met President Aleksander Kwasniewski in Warsaw.\n")


def test_a_contact_seventeen_years_back_is_recalled():
    assert ("2002-07-01", "JP-PL") in dated(events(EN_RECALLED_2002, "en"))


def test_guard_a_contact_of_a_century_ago_is_history():
    text = EN_RECALLED_2002.replace("Emperor Akihito visited Poland in July 2002 and met President Aleksander "
                                    "Kwasniewski in Warsaw.",
                                    "Prince Kuni Kuniyoshi visited Poland in April 1909 and met the mayor of Warsaw.")
    assert all(not (e.date or "").startswith("1909") for e in events(text, "en"))


PL_TERM_SINCE = (
    "Ambasador Japonii w Olsztynie\n\nOlsztyn, 2 października 2018\n\n"
    "Marszałek województwa Gustaw Marek Brzezin spotkał się dziś z ambasadorem Japonii Shigeo Matsutomi.\n\n"
    "Shigeo Matsutomi pełni funkcję ambasadora od lutego 2016 roku, ale jest to jego pierwsza wizyta w "
    "województwie.\n")


def test_the_month_a_term_started_from_is_no_contact():
    evs = events(PL_TERM_SINCE, "pl")
    assert dated(evs)[0] == ("2018-10-02", "JP-PL")
    assert all(e.date != "2016-02-01" for e in evs)


def test_guard_a_month_without_since_still_dates_a_visit():
    text = PL_TERM_SINCE.replace("Shigeo Matsutomi pełni funkcję ambasadora od lutego 2016 roku, ale jest to jego pierwsza wizyta w "
                                 "województwie.", "Poprzednia wizyta ambasadora Japonii w województwie odbyła się w lutym 2016 roku.")
    assert ("2016-02-01", "JP-PL") in dated(events(text, "pl"))
