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
