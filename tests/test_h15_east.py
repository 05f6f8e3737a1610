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
    assert "Zhang Wenchuan" in participants(ev)


def test_a_chinese_name_in_ukrainian_letters_is_read_in_pinyin():
    """Ukrainian writes і and е where Russian Palladius has и and э ("Веньчуань", "Лей")."""
    ev = first("14 квітня 2024 року заступник міністра закордонних справ України зустрівся з послом Китаю "
               "Хун Леєм у Києві.", "uk")
    assert "Hong Lei" in participants(ev)


def test_an_envoy_summoned_is_summoned_to_the_capital_of_the_state_he_is_posted_to():
    """"МЗС викликало посла" with no city named: a ministry summons to its own building, in the capital."""
    ev = first("МЗС Польщі викликало посла Білорусі та вручило йому ноту протесту через інцидент на кордоні, "
               "повідомила прес-служба відомства у вівторок, 14 травня 2024 року.", "uk")
    assert ev.type == "ACCUSE"
    assert ev.location.city == "Warsaw"


def test_a_day_of_the_month_before_a_month_only_date_line_takes_its_year_and_its_range_end():
    """A page filed under /2024/06/ that tells "С 27 по 30 мая" tells of May 2024, 27th to 30th."""
    text = ("С 27 по 30 мая состоялся официальный визит парламентской делегации Беларуси во главе с Председателем "
            "Палаты представителей Игорем Сергеенко в Японию. Во время визита прошли встречи с руководством "
            "парламента Японии и представителями деловых кругов, обсуждались вопросы сотрудничества.")
    ev = first(text, "ru", url="https://example.by/2024/06/vizit-delegacii-v-yaponiyu")
    assert (ev.date, ev.date_end) == ("2024-05-27", "2024-05-30")


def test_one_named_below_only_in_a_sentence_of_another_date_is_no_participant():
    """The event's date comes from the lead of an undated page; the next paragraph recalls a visit "в марте
    2023 года": the president named only there takes no part."""
    text = ("3 июня состоялся официальный визит парламентской делегации Беларуси во главе с Председателем "
            "Палаты представителей Игорем Сергеенко в Японию. Во время визита прошли встречи с руководством "
            "парламента Японии и представителями деловых кругов, обсуждались вопросы сотрудничества.\n\n"
            "В ходе визита Президента Беларуси Александра Лукашенко в Японию в марте 2023 года речь шла и о "
            "межпарламентском сотрудничестве, и было принято решение о новом визите.")
    ev = first(text, "ru", url="https://example.by/2024/06/vizit-delegacii-v-yaponiyu")
    assert "Alexander Lukashenko" not in participants(ev)


def test_a_weekday_and_day_take_the_one_year_the_text_names_whose_day_is_that_weekday():
    """No full date and no date line: "в субботу, 20 июня" beside "до конца 2020 года" is 20 June 2020,
    a Saturday (2019's and 2021's are not)."""
    text = ("Об этом сказал посол Японии в Украине во время встречи с министром обороны Украины, сообщает "
            "пресс-служба оборонного ведомства в субботу, 20 июня. До конца 2020 года планируется поставить "
            "оборудование, а в 2019 и 2021 годах Япония передавала помощь в другие регионы.")
    assert first(text, "ru").date == "2020-06-20"


def test_the_last_two_words_of_an_earlier_korean_name_are_that_person_cut_short():
    """The press shortens "Юн Сок Ель" to "Сок Ель": the same president, not a Mr Seok of his own."""
    text = ("С необъявленным визитом в Литву прибыл президент Южной Кореи Юн Сок Ель, передает агентство Yonhap. "
            "СМИ отмечает, что Сок Ель вместе с женой прибыл в Вильнюс из Польши, где он находился в рамках "
            "европейского турне.")
    ev = first(text, "ru", "2023-07-11")
    assert len(ev.persons) == 1 and ev.persons[0].country == "KR"


def test_obshchalis_tells_an_earlier_contact():
    """"В последний раз они общались в мае этого года в Хиросиме": общаться (to talk with) is a contact, so
    the sentence dates an earlier one."""
    text = ("С необъявленным визитом в Киев прибыл премьер-министр Японии Фумио Кисида, передает агентство Kyodo. "
            "Ожидаются переговоры с президентом Украины Владимиром Зеленским.\n\n"
            "В последний раз Кисида и Зеленский общались в марте этого года.")
    evs = events(text, "ru", "2023-07-15")
    assert any(e.date == "2023-03-01" for e in evs[1:])


def test_a_charge_d_affaires_summoned_is_summoned_to_the_capital_of_the_other_side():
    """"вызвало временного поверенного в делах Белоруссии": the state of the envoy stands after "в делах",
    so the other side (Latvia) summons him, in Riga."""
    ev = first("Министерство иностранных дел Латвии вызвало временного поверенного в делах Белоруссии и вручило "
               "ему ноту протеста из-за инцидента на границе, сообщили в ведомстве 12 мая 2024 года.", "ru")
    assert (ev.type, ev.location.city) == ("ACCUSE", "Riga")


def test_a_visit_announced_is_an_agreement_dated_on_the_day_told_without_its_length():
    """"Трёхдневный визит … анонсирован 2 июня": анонсирован tells the visit is still to come (AGREE), on the
    day it was told; the three days are the visit's, not the announcement's."""
    text = ("02.06.2025 10:04\n\nТрехдневный визит в Японию президента Латвии Эдгара Ринкевича анонсирован "
            "2 июня в канцелярии президента. В столице Японии намечена встреча латвийского лидера с "
            "премьер-министром страны, стороны обсудят перспективы развития двусторонних отношений.")
    ev = first(text, "ru", "2025-06-02")
    assert (ev.type, ev.date, ev.date_end) == ("AGREE", "2025-06-02", None)


def test_a_belarusian_page_reads_its_russian_date_stamp():
    """tvr.by/bel prints "18 ноября 2019" above a Belarusian text: the page's date, read in Russian months."""
    text = ("Кіраўнікі МЗС Беларусі і Расіі правялі пасяджэнне калегій\n\n18 ноября 2019\n"
            "Сёння ў сталіцы Расіі прайшлі перамовы кіраўнікоў МЗС дзвюх краін. Міністры абмеркавалі праблемы "
            "бяспекі і супрацоўніцтва ў рамках Саюзнай дзяржавы, а таксама падпісалі праграму дзеянняў.")
    assert first(text, "be").date == "2019-11-18"


def test_a_pole_named_in_russian_is_spelt_the_polish_way():
    """"временного поверенного в делах Польши Войцеха Филимоновича": a Pole outside the registry, romanised
    from Russian, takes the Polish spelling of his family name (Filimonowicz, not Filimonovich)."""
    ev = first("Министерство иностранных дел Белоруссии 19 сентября 2025 года вызвало временного поверенного в "
               "делах Польши Войцеха Филимоновича для обстоятельного разговора.", "ru")
    assert any(p.name.endswith("Filimonowicz") and p.country == "PL" for p in ev.persons)


def test_a_pole_named_in_ukrainian_is_spelt_the_polish_way():
    """Ukrainian romanises "Філімонович" as Filimonovych; of Poland, it is Filimonowicz."""
    ev = first("Міністерство закордонних справ Білорусі 19 вересня 2025 року викликало тимчасового повіреного у "
               "справах Польщі Войцеха Філімоновича для розмови.", "uk")
    assert any(p.name.endswith("Filimonowicz") for p in ev.persons)


def test_a_day_after_a_word_of_the_past_in_a_later_lead_sentence_is_a_recalled_contact():
    """One long lead paragraph: the statement of the page's day, then "МИД ранее сообщал, что 15 сентября …
    провёл телефонные переговоры": the call is recalled, the statement is the news."""
    text = ("МОСКВА, 23 сен - РИА Новости. Республика Корея продолжит поддерживать Польшу, заявил министр "
            "иностранных дел Южной Кореи Чо Хён в ходе встречи в Сеуле. Южнокорейский МИД ранее сообщал, что "
            "15 сентября Чо Хён провёл телефонные переговоры с главой МИД Польши Радославом Сикорским.")
    evs = events(text, "ru", "2025-09-23")
    assert evs[0].date == "2025-09-23"
