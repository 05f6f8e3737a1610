"""Session h21, recall2: a journey's list of states stays one list where a state the lexicon lacks stands in it (a
capitalised name of a few words between commas and words of "and"), so every listed state is announced; a contact a
traveller or host has on the journey with a state on its own side of the monitored divide (a Romanian president in
Tokyo meeting Finland's) is no event. Texts written for the tests in the style of agency news; every case but the
guards fails on main 539782c9."""
import pytest

from extracting import events


def pairs(evs) -> list[str]:
    return ["-".join(e.countries) for e in evs]


# the name in the middle is one the lexicon does not know in that case or spelling
TOUR = {
    "ru": "Глава МИД Японии раскрыл планы поездок\n"
          "Токио, 1 сентября 2023 - Иорданию, Египет, Саудовскую Аравию и Польшу посетит в ближайшее время глава "
          "МИД Японии Ёсимаса Хаяси, сообщил дипломат.\n",
    "en": "Japanese minister to tour the Gulf and Europe\n"
          "Tokyo, September 1, 2023 - Japanese Foreign Minister Yoshimasa Hayashi will visit Jordan, Egypt, "
          "Ivory Coast and Poland next week, the ministry said on Friday.\n",
}


@pytest.mark.parametrize("code", sorted(TOUR))
def test_a_state_the_lexicon_lacks_does_not_break_the_list(code):
    evs = events(TOUR[code], code)
    agreed = {p for p, e in zip(pairs(evs), evs) if e.type == "AGREE"}
    assert "JP-PL" in agreed


def test_guard_a_lower_case_word_still_breaks_the_list():
    """'Jordan, Egypt, with talks in Poland': a clause, not a list; the state after it is not announced."""
    evs = events("Japanese minister to tour\n"
                 "Tokyo, September 1, 2023 - Japanese Foreign Minister Yoshimasa Hayashi will visit Jordan, Egypt, "
                 "then hold talks of substance in Poland, the ministry said on Friday.\n", "en")
    assert "JP-PL" not in [p for p, e in zip(pairs(evs), evs) if e.type == "AGREE" and e.date]  # no list split


SAME_SIDE = {
    "ro": "Iohannis, primit la Tokyo de premierul Shinzo Abe\n\nDE Ion Popescu | 21.10.2019 - 11:15\n\n"
          "Președintele Klaus Iohannis, aflat în vizită în Japonia, a fost primit luni, la Palatul Akasaka, de "
          "prim-ministrul nipon Shinzo Abe, transmite Agerpres.\n\n"
          "Șeful statului va participa marți la ceremonia de întronare. În acest context, Klaus Iohannis va avea, "
          "tot luni, o întrevedere cu președintele Finlandei, Sauli Niinisto.\n",
    "en": "Iohannis received in Tokyo by Prime Minister Abe\n\nBY John Smith | 21.10.2019 - 11:15\n\n"
          "Romanian President Klaus Iohannis, on a visit to Japan, was received on Monday at the Akasaka Palace by "
          "Japanese Prime Minister Shinzo Abe, Agerpres reports.\n\n"
          "The head of state will attend the enthronement ceremony on Tuesday. In this context, Klaus Iohannis will "
          "also have a meeting on Monday with the President of Finland, Sauli Niinisto.\n",
}


@pytest.mark.parametrize("code", sorted(SAME_SIDE))
def test_a_contact_on_the_travellers_side_of_the_divide_is_no_event(code):
    evs = events(SAME_SIDE[code], code)
    assert "JP-RO" in pairs(evs)
    assert "FI-RO" not in pairs(evs)


def test_guard_a_contact_across_the_divide_on_the_journey_stays():
    """A Polish minister in Tokyo who goes on to meet Korea's: Poland-Korea crosses the divide and is kept."""
    evs = events("Sikorski in Tokyo\n"
                 "Tokyo, March 3, 2025 - Polish Foreign Minister Radosław Sikorski met Japanese Foreign Minister "
                 "Takeshi Iwaya in Tokyo on Monday.\n\n"
                 "Sikorski will also meet South Korean Foreign Minister Cho Tae-yul on Monday.\n", "en")
    assert "JP-PL" in pairs(evs)


HOST_CALLS = {
    "DE": ("Sikorski hosts Iwaya in Warsaw\n\nBY Jan Nowak | 03.03.2025 - 11:15\n\n"
           "Polish Foreign Minister Radosław Sikorski met Japanese Foreign Minister Takeshi Iwaya in Warsaw on Monday, "
           "the ministry said.\n\n"
           "On the same day, Minister Sikorski held a telephone talk with German Foreign Minister Annalena Baerbock.\n"),
    "KR": ("Iwaya meets Sikorski in Tokyo\n\nBY John Smith | 03.03.2025 - 11:15\n\n"
           "Japanese Foreign Minister Takeshi Iwaya met Polish Foreign Minister Radosław Sikorski in Tokyo on Monday, "
           "the ministry said.\n\n"
           "On the same day, Minister Iwaya held a telephone talk with South Korean Foreign Minister Cho Tae-yul.\n"),
}


def test_a_european_hosts_call_with_another_european_state_is_no_event():
    evs = events(HOST_CALLS["DE"], "en")
    assert "JP-PL" in pairs(evs) and "DE-PL" not in pairs(evs)


def test_guard_an_east_asian_hosts_call_with_an_east_asian_state_stays():
    """Japan's host calling Korea the same day: an East Asian side, as the gold's Japan-Korea events have."""
    assert "JP-KR" in pairs(events(HOST_CALLS["KR"], "en"))


THIRD_DEED = {
    "ko": "정연두 대사, 폴란드 외교차관 면담\n2026년 2월 3일 - 정연두 주폴란드 대사는 2일 바르샤바에서 로베르트 쿠피에츠키 "
          "폴란드 외교부 차관을 만나 양국 관계를 논의했다.\n\n"
          "폴란드는 지난 2024년 코로나 이후 4년 만에 북한 주재 대사관을 재가동했다.\n",
    "en": "Korean envoy meets Polish deputy minister\nWarsaw, February 3, 2026 - South Korean Ambassador Jeong Yeon-doo "
          "met Polish Deputy Foreign Minister Robert Kupiecki in Warsaw on Monday to discuss bilateral relations.\n\n"
          "In March 2024, Poland and Japan signed an agreement on cultural exchanges.\n",
    "de": "Koreanischer Botschafter bei Vizeminister Kupiecki\nWarschau, 3. Februar 2026 - Der südkoreanische Botschafter "
          "Jeong Yeon-doo hat am Montag in Warschau den polnischen Vizeaußenminister Robert Kupiecki getroffen.\n\n"
          "Im März 2024 unterzeichneten Polen und Japan ein Abkommen über den Kulturaustausch.\n",
}
THIRD_PAIR = {"ko": ("KP-PL", "2024-01-01"), "en": ("JP-PL", "2024-03-01"), "de": ("JP-PL", "2024-03-01")}


@pytest.mark.parametrize("code", sorted(THIRD_DEED))
def test_one_sides_dated_deed_with_a_third_state_is_an_event(code):
    evs = events(THIRD_DEED[code], code)
    assert "KR-PL" in pairs(evs)
    assert THIRD_PAIR[code] in [(p, e.date) for p, e in zip(pairs(evs), evs)]


def test_guard_one_sides_recalled_meeting_with_a_third_state_stays_out():
    """A recalled meeting of one side with a third state is left out (taken with it, the held pages' precision fell)."""
    evs = events("Korean envoy meets Polish deputy minister\nWarsaw, February 3, 2026 - South Korean Ambassador Jeong "
                 "Yeon-doo met Polish Deputy Foreign Minister Robert Kupiecki in Warsaw on Monday.\n\n"
                 "In March 2024, Polish Foreign Minister Radosław Sikorski received the Japanese ambassador in Warsaw.\n",
                 "en")
    assert "JP-PL" not in pairs(evs)
