"""Session h15, east (ru, uk, be): mechanisms found on fresh whole excerpts, each tested on constructed text."""
from __future__ import annotations

from tests.extracting import events, first, participants


def test_a_day_months_back_in_the_leads_second_paragraph_is_a_recalled_contact():
    """A short first paragraph tells talks under way; the next prose paragraph opens with a day three months
    earlier: that day is a contact recalled, the talks are of the page's day."""
    text = ("Глава МИД Польши вручил подарок коллеге из Японии\n\n"
            "Министр иностранных дел Польши Радослав Сикорский вручил подарок японскому коллеге Такэси Ивае "
            "перед началом переговоров. Об этом сообщила пресс-служба ведомства.\n\n"
            "«В Варшаве идут переговоры министров», — сообщили в ведомстве.\n\n"
            "3 июня Сикорский посетил Японию, где провел переговоры с руководством страны. Он побывал также в Осаке, где его встретили представители деловых кругов.")
    assert first(text, "ru", "2025-09-20").date == "2025-09-20"


def test_a_chinese_name_in_palladius_letters_and_in_its_case_is_read_in_pinyin():
    """Russian writes a Chinese name by the Palladius table and declines its consonant-final words:
    "с послом Чжаном Вэньчуанем" is Zhang Wenchuan, "Хун Лэю" Hong Lei; the family name comes first."""
    ev = first("12 марта 2024 г. министр иностранных дел Республики Беларусь Максим Рыженков провел встречу "
               "с Чрезвычайным и Полномочным Послом Китайской Народной Республики Чжаном Вэньчуанем.", "ru")
    assert "Wenchuan Zhang" in participants(ev)


def test_a_chinese_name_in_ukrainian_letters_is_read_in_pinyin():
    """Ukrainian writes і and е where Russian Palladius has и and э ("Веньчуань", "Лей")."""
    ev = first("14 квітня 2024 року заступник міністра закордонних справ України зустрівся з послом Китаю "
               "Хун Леєм у Києві.", "uk")
    assert "Lei Hong" in participants(ev)


def test_an_envoy_summoned_is_summoned_to_the_capital_of_the_state_he_is_posted_to():
    """"МЗС викликало посла" with no city named: a ministry summons to its own building, in the capital."""
    ev = first("МЗС Польщі викликало посла Білорусі та вручило йому ноту протесту через інцидент на кордоні, "
               "повідомила прес-служба відомства у вівторок, 14 травня 2024 року.", "uk")
    assert ev.type == "ACCUSE"
    assert ev.location.city == "Warsaw"


def test_to_cause_is_no_summons():
    """"вызвало возмущение" (caused outrage) beside no envoy places nothing."""
    ev = first("МИД Латвии раскритиковал заявление Москвы, которое вызвало возмущение в Риге и Таллине, "
               "сообщило ведомство 14 мая 2024 года.", "ru")
    assert ev.location.city in (None, "Riga")
