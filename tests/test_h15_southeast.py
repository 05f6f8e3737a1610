"""h15 southeast: what extraction of Bulgarian, Macedonian and Serbian news asks of the mechanisms added."""
from __future__ import annotations

from tests.extracting import first, participants


def test_bulgarian_palladius_chinese_name_reads_back_to_pinyin():
    # Bulgarian follows the Russian Palladius scheme without the soft sign: -н is -ng first
    ev = first("На 5 март министърът на външните работи Иван Петров прие в МВнР посланика на Китай "
               "г-н Дун Цинмин. Обсъдено бе търговското сътрудничество между България и Китай.", "bg", "2025-03-05")
    assert "Dong Qingming" in participants(ev)


def test_macedonian_chinese_name_with_ng_written_out():
    ev = first("Министерот за надворешни работи Петар Петровски денеска се сретна со кинескиот амбасадор "
               "Џианг Сјаолин. Тие разговараа за соработката меѓу Македонија и Кина.", "mk", "2025-03-05")
    assert "Jiang Xiaolin" in participants(ev)


def test_serbian_latin_chinese_name_in_a_case():
    ev = first("Ministar spoljnih poslova Marko Marković sastao se danas sa ambasadorom Kine Vangom Ćingom "
               "i razgovarao o saradnji Srbije i Kine.", "sr", "2025-03-05")
    assert "Wang Qing" in participants(ev)


def test_bulgarian_expected_visit_is_announced():
    # "Очаква се посещението ... да се проведе": the visit is still to come, an agreement to meet (PLOVER)
    ev = first("Очаква се посещението на министър-председателя на Япония в България да се проведе от 12 до 14 "
               "ноември, обяви говорителят на японското правителство на пресконференция.", "bg", "2025-11-03")
    assert ev.type == "AGREE"


def test_macedonian_attache_with_a_rank_is_a_participant():
    # the office title and a military rank before a Japanese name written family first
    ev = first("Министерот за одбрана Петар Петровски денеска оствари средба со амбасадорот на Јапонија "
               "Хироши Танака и одбранбеното аташе полковник Мацумото Кеносуке.", "mk", "2024-05-06")
    assert "Kenosuke Matsumoto" in participants(ev)


def test_serbian_rank_between_title_and_name():
    ev = first("Ministar odbrane Marko Marković sastao se danas sa ambasadorom Japana Hirošijem Tanakom i "
               "izaslanikom odbrane pukovnikom Kendžijem Satoom.", "sr", "2024-05-06")
    assert "Kenji Sato" in participants(ev)


def test_latin_text_with_cyrillic_lookalike_letters_reads_as_latin():
    # a Serbian official page writes its Latin text with some Cyrillic е and ј: the words are still Latin
    text = ("Prеdsеdnik Rеpublikе Srbijе Marko Marković primio jе danas ambasadora Rеpublikе Korеjе Kim Su-hjona, "
            "sa kojim jе razgovarao o saradnji dvе zеmljе.")
    ev = first(text, "sr", "2017-12-04")
    assert ev.countries == ["KR", "RS"]
    assert not any("Republika" in name or "Koreja" in name for name in participants(ev))


def test_serbian_letter_of_a_president_names_its_sender_not_a_participant():
    ev = first("Ministar spoljnih poslova Marko Marković primio je danas ambasadora Japana Hirošija Tanaku, "
               "koji mu je uručio pismo premijera Japana Šinzoa Abea. Razgovarali su o saradnji Srbije i Japana.",
               "sr", "2017-12-04")
    assert "Shinzo Abe" not in participants(ev)


def test_bulgarian_letter_in_the_genitive_names_its_sender():
    ev = first("Министърът на външните работи Иван Петров прие днес посланика на Япония Хироши Танака, който "
               "му връчи писмо на министър-председателя на Япония Шиндзо Абе. Двамата обсъдиха "
               "сътрудничеството между България и Япония.", "bg", "2017-12-04")
    assert "Shinzo Abe" not in participants(ev)


def test_greece_and_athens_in_bulgarian_and_serbian():
    ev = first("Министърът на външните работи Иван Петров се срещна днес в Атина с гръцкия си колега Никос "
               "Папас.", "bg", "2025-03-05")
    assert ev.countries == ["BG", "GR"] and ev.location.city == "Athens"
    ev = first("Ministar Marko Marković sastao se danas u Solunu sa grčkim kolegom Nikosom Papasom.", "sr", "2025-03-05")
    assert ev.countries == ["GR", "RS"] and ev.location.city == "Thessaloniki"


def test_a_crowd_protesting_before_an_embassy_is_a_protest_not_a_diplomatic_one():
    assert first("Nekoliko hiljada građana protestovalo je juče ispred ambasade Hrvatske u Beogradu.",
                 "sr", "2025-03-05").type == "PROTEST"
    assert first("Стотици граждани протестираха пред посолството на Русия в София.", "bg", "2025-03-05").type == "PROTEST"
    assert first("Неколку стотини граѓани протестираа пред амбасадата на Бугарија во Скопје.",
                 "mk", "2025-03-05").type == "PROTEST"
    # a diplomat's protest to a person stays an accusation
    assert first("Министерството на външните работи изрази протест пред посланика на Русия.",
                 "bg", "2025-03-05").type == "ACCUSE"


def test_a_one_syllable_given_name_reads_chinese_before_korean():
    ev = first("Вицепрезидентът Иван Петров се срещна вчера в Пекин с китайския вицепрезидент Хан Джън.",
               "bg", "2025-10-14")
    assert "Han Zheng" in participants(ev)


def test_a_signing_the_lead_tells_after_the_meeting_is_an_event_of_its_own():
    from tests.extracting import events
    text = ("Петров се срещна с Ли Мин в Пекин\n\nПрезидентът Иван Петров се срещна в понеделник в Пекин с "
            "китайския вицепрезидент Ли Мин. Двамата подписаха меморандум за сътрудничество в образованието.\n\n"
            "Разговорите бяха посветени на икономиката.")
    evs = events(text, "bg", "2024-03-12")
    assert [e.type for e in evs[:2]] == ["CONSULT", "AGREE"] and evs[1].date == evs[0].date == "2024-03-11"
    text = ("Marković razgovarao sa Li Mingom\n\nMinistar Marko Marković je u utorak u Pekingu razgovarao sa "
            "kineskim kolegom Li Mingom. Tom prilikom potpisan je sporazum o saradnji u obrazovanju.\n\n"
            "Razgovarali su o ekonomiji.")
    evs = events(text, "sr", "2024-03-13")
    assert [e.type for e in evs[:2]] == ["CONSULT", "AGREE"] and evs[1].location.city == "Beijing"


def test_the_reporter_in_a_wires_slashed_credit_is_no_participant():
    ev = first("Петров се срещна с Ишиба\n\nТОКИО, 14 март /Специален пратеник на БТА Георги Димитров/. "
               "Министър-председателят Иван Петров се срещна днес в Токио с японския премиер Шигеру Ишиба.",
               "bg", "2024-03-14")
    assert participants(ev) == ["Ivan Petrov", "Shigeru Ishiba"]


def test_a_deputy_mayor_is_no_mayor():
    # the title of a deputy is his own, not the mayor's ("Заместник-кметът", "Zamenik gradonačelnika")
    ev = first("Заместник-кметът на Пловдив Иван Петров се срещна днес с посланика на Южна Корея Ли Хо-шик.",
               "bg", "2022-11-24")
    assert [p.role for p in ev.persons if p.name == "Ivan Petrov"] == ["deputy mayor"]
    ev = first("Zamenik gradonačelnika Niša Marko Marković sastao se danas sa ambasadorom Japana Akirom Imamurom.",
               "sr", "2022-11-24")
    assert [p.role for p in ev.persons if p.name == "Marko Marković"] == ["deputy mayor"]
