"""Session h21, recall2: a journey's list of states stays one list where a state the lexicon lacks stands in it (a
capitalised name of a few words between commas and words of "and"), so every listed state is announced; one side's
own dated deed with a third state across the divide is an event (a recalled meeting with one is not). Texts written
for the tests in the style of agency news; every case but the guards fails on main 539782c9."""
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
