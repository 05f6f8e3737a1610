"""Session h16, recall (issue 9): more of the events a page reports, with the right states. A recalled
meeting held in a grouping the pair belongs to ("the V4+Japan meeting of 3 March") is the grouping's and the
named side's contact, not dropped as one side's contact with an organisation; a recalled contact under a main
event of more than two states takes the states its own sentence names; a weekday told under a future cue
("в неделя Радев е очакван на Експо") is the day of a plan, not a past contact.
Sentences written for the tests in the style of ministry releases and agency news; every case but the
guards fails on the parent (main at the branch point)."""
from extracting import events


def dated(evs) -> list[tuple[str, str]]:
    return [(e.date, "-".join(e.countries)) for e in evs]


PL_V4_RECALLED = (
    "Wizyta ministra spraw zagranicznych Japonii w Polsce\n\n"
    "Warszawa, 14 kwietnia 2016 r.\n\n"
    "Minister spraw zagranicznych Witold Waszczykowski przyjął 14 kwietnia 2016 r. w Warszawie ministra spraw "
    "zagranicznych Japonii Fumio Kishidę. Ministrowie rozmawiali o współpracy gospodarczej i bezpieczeństwie.\n\n"
    "Strony podkreśliły znaczenie rozmów, które odbyły się 3 marca br. w Bratysławie na spotkaniu ministrów "
    "spraw zagranicznych Grupy Wyszehradzkiej i Japonii.\n")


def test_a_recalled_meeting_in_a_grouping_of_the_pair_is_the_groupings_contact():
    evs = events(PL_V4_RECALLED, "pl")
    assert dated(evs)[0] == ("2016-04-14", "JP-PL")
    assert ("2016-03-03", "CZ-HU-JP-PL-SK") in dated(evs[1:])


def test_the_recalled_grouping_meeting_is_multilateral_and_names_the_grouping():
    ev = next(e for e in events(PL_V4_RECALLED, "pl") if e.date == "2016-03-03")
    assert ev.mode == "multilateral" and ev.organizations == ["V4"]


EN_V4_RECALLED = (
    "Japan and Hungary hold foreign ministers' talks\n\n"
    "Budapest, 10 May 2019\n\n"
    "Hungarian Foreign Minister Peter Szijjarto met Japanese Foreign Minister Taro Kono in Budapest on Friday, "
    "10 May 2019. They discussed investment and energy.\n\n"
    "Kono also recalled the Visegrad Group plus Japan meeting held in Bratislava on 25 April 2019.\n")


def test_a_grouping_meeting_recalled_in_english_is_an_event_of_its_members():
    assert ("2019-04-25", "CZ-HU-JP-PL-SK") in dated(events(EN_V4_RECALLED, "en")[1:])


def test_an_organisation_the_pair_is_not_grouped_in_still_makes_no_contact_of_the_pair():
    """Guard (passes on the parent too): one side's talk with an organisation's head is not the pair's."""
    text = ("Japan and Hungary hold foreign ministers' talks\n\nBudapest, 10 May 2019\n\n"
            "Hungarian Foreign Minister Peter Szijjarto met Japanese Foreign Minister Taro Kono in Budapest on "
            "10 May 2019.\n\nOn 2 May 2019 Kono held talks with the NATO Secretary General in Brussels.\n")
    assert "2019-05-02" not in [e.date for e in events(text, "en")]


EN_SUMMIT_WITH_V4 = (
    "President Park attends V4 summit in Prague\n\n"
    "Prague, 3 December 2015\n\n"
    "South Korean President Park Geun-hye met the prime ministers of the Visegrad Group, Czech Prime Minister "
    "Bohuslav Sobotka, Hungarian Prime Minister Viktor Orban, Polish Prime Minister Beata Szydlo and Slovak Prime "
    "Minister Robert Fico, in Prague on 3 December 2015.\n\n"
    "Czech Prime Minister Bohuslav Sobotka visited South Korea in February 2015.\n")


def test_a_recalled_contact_under_a_summit_of_many_takes_the_states_its_sentence_names():
    evs = events(EN_SUMMIT_WITH_V4, "en")
    assert len(evs[0].countries) == 5
    assert ("2015-02-01", "CZ-KR") in dated(evs[1:])


BG_EXPECTED = (
    "Румен Радев заминава за Япония\n\n"
    "14.05.2025 | 13:03\n\n"
    "Президентът Румен Радев започва от събота петдневно посещение в Япония, съобщи външното министерство.\n\n"
    "Посещението не е обявено от президентството, но от програмата на павилиона се знае от 9 май, че в неделя "
    "Радев е очакван на Експо-2025 в Осака.\n")


def test_a_weekday_of_an_expected_visit_is_no_past_contact():
    evs = events(BG_EXPECTED, "bg")
    assert evs[0].date == "2025-05-14" and evs[0].type == "AGREE"
    assert not any(e.date == "2025-05-11" for e in evs)
