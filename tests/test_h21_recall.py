"""Session h21, recall: a journey announced to several states at once is an announced visit to each (a state listed
with the visited one, joined by commas and words of "and", topics.yaml AND); a date that only tells when an
anniversary was marked is no contact (dates.yaml ANNIVERSARY, now in all 20 languages). Texts written for the tests
in the style of agency news and ministry releases; every case but the guards fails on main 69879e36."""
import pytest

from extracting import events


def pairs(evs) -> list[str]:
    return ["-".join(e.countries) for e in evs]


TOUR = {
    "ru": "Глава МИД КНДР посетит Россию и Белоруссию\n"
          "Пхеньян, 3 марта 2025 - Министр иностранных дел КНДР Цой Сон Хи посетит Россию и Белоруссию по "
          "приглашению Москвы и Минска, сообщило агентство ЦТАК.\n",
    "en": "Japanese minister to visit Poland and Hungary\n"
          "Tokyo, March 3, 2025 - Japanese Foreign Minister Takeshi Iwaya will visit Poland and Hungary next week, "
          "the ministry said on Monday.\n",
    "ko": "조태열 장관, 폴란드·프랑스 방문\n"
          "2025년 2월 27일 - 조태열 외교부 장관이 다음 달 4~8일 폴란드와 프랑스를 방문한다고 외교부가 밝혔다.\n",
    "pl": "Minister Rau uda się do Korei i Japonii\n"
          "Warszawa, 3 marca 2025 - Minister spraw zagranicznych Zbigniew Rau w przyszłym tygodniu złoży wizytę w "
          "Republice Korei i Japonii, poinformował resort.\n",
}
TOUR_PAIRS = {"ru": {"KP-RU", "BY-KP"}, "en": {"JP-PL", "HU-JP"}, "ko": {"KR-PL", "FR-KR"}, "pl": {"KR-PL", "JP-PL"}}


@pytest.mark.parametrize("code", sorted(TOUR))
def test_a_journey_to_several_states_is_announced_to_each(code):
    evs = events(TOUR[code], code)
    agreed = {p for p, e in zip(pairs(evs), evs) if e.type == "AGREE"}
    assert TOUR_PAIRS[code] <= agreed
    assert len({e.date for e in evs if e.type == "AGREE"}) == 1  # all announced on the same day


def test_guard_a_stop_outside_the_monitored_divide_is_no_contact():
    """A Polish minister's tour of Korea and Vietnam: the visit to Korea is announced, Poland-Vietnam is no pair of
    interest (every gold pair joins Japan or a Korea to the other side)."""
    evs = events("Minister Rau uda się do Korei i Wietnamu\n"
                 "Warszawa, 3 marca 2025 - Minister spraw zagranicznych Zbigniew Rau w przyszłym tygodniu złoży wizytę w "
                 "Republice Korei i Wietnamie, poinformował resort.\n", "pl")
    assert "KR-PL" in pairs(evs) and "PL-VN" not in pairs(evs)


GUARD_BOTH_SIDES = (
    "Japan and Poland to hold talks\n"
    "Tokyo, March 3, 2025 - Japan, Poland and Hungary will hold talks next week on a visit to Warsaw, "
    "the ministry said on Monday.\n")


def test_guard_both_sides_in_the_list_split_nothing():
    evs = events(GUARD_BOTH_SIDES, "en")
    assert len([e for e in evs if e.type == "AGREE"]) <= 1


ANNIVERSARY = {
    "en": "Cho meets Slovak minister\n"
          "Seoul, May 15, 2024 - Foreign Minister Cho Tae-yul met Slovak Foreign Minister Juraj Blanár in Seoul on "
          "Wednesday. Minister Cho said he found it significant that active high-level exchanges between the two "
          "countries have been continuing since the 30th anniversary of diplomatic relations last year.\n",
    "sr": "Ђурић и амбасадор Јапана о билатералним односима\n"
          "Београд, 4. јул 2024 - Министар спољних послова Марко Ђурић разговарао је данас са амбасадором Јапана "
          "Акиром Имамуром. Ђурић је подсетио да су Србија и Јапан 2022. године обележили 140. годишњицу "
          "пријатељства и сарадње.\n",
    "ru": "Лавров встретился с послом Японии\n"
          "Москва, 4 июля 2024 - Министр Сергей Лавров сегодня встретился с послом Японии. Лавров напомнил, что в "
          "2022 году страны отметили 70-летие восстановления отношений и сотрудничества.\n",
}


@pytest.mark.parametrize("code", sorted(ANNIVERSARY))
def test_a_date_of_an_anniversary_is_no_contact(code):
    evs = events(ANNIVERSARY[code], code)
    assert [e.date[:4] for e in evs] == [evs[0].date[:4]] and evs[0].type == "CONSULT"


GUARD_VISIT_OF_THE_ANNIVERSARY = (
    "Cho meets Slovak minister\n"
    "Seoul, May 15, 2024 - Foreign Minister Cho Tae-yul met Slovak Foreign Minister Juraj Blanár in Seoul on "
    "Wednesday. The two ministers recalled that in May 2019 President Moon Jae-in visited Bratislava and met "
    "President Andrej Kiska on the anniversary.\n")


def test_guard_a_meeting_dated_beside_an_anniversary_stays():
    evs = events(GUARD_VISIT_OF_THE_ANNIVERSARY, "en")
    assert "2019-05-01" in [e.date for e in evs]
