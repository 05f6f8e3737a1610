"""h16/persons: participants named in inflected, transcribed or apposed forms, and people of another time left out."""
from __future__ import annotations

import pytest

from extracting import first, names, participants


def test_a_slovak_chinese_name_in_its_cases_is_one_person():
    # nominative, genitive/accusative, dative, instrumental/locative: "s náprotivkom Wang Im"
    found = {form: names(f"Minister Pak Čin v nedeľu hovoril s ministrom {form} o spolupráci.", "sk")
             for form in ("Wang I", "Wang Iho", "Wang Imu", "Wang Im")}
    assert all("Wang Yi" in got for got in found.values()), found


def test_a_capital_standing_for_its_government_puts_no_counterpart_elsewhere():
    text = ("Pusan 26. novembra 2023 (TASR) — Ministri zahraničných vecí Južnej Kórey a Číny sa v nedeľu stretli "
            "v juhokórejskom meste Pusan. Uviedol to šéf juhokórejskej diplomacie Pak Čin.\n\n"
            "Pak Čin na stretnutí so svojím čínskym náprotivkom Wang Im požiadal Peking o konštruktívnu úlohu.")
    assert participants(first(text, "sk")) == ["Jin Park", "Wang Yi"]


def test_a_relative_date_after_since_leaves_its_sentence_the_events():
    # "prvi put otkako je prošlog meseca … preuzeo dužnost": last month dates the taking of office, not the meeting
    text = ("21/02/2024\n\nTokom današnjeg susreta u Brazilu, japanski i južnokorejski ministri spoljnih poslova "
            "saglasili su se da nastave saradnju.\n\n"
            "Ministri su se sastali na marginama sastanka G20, prvi put otkako je prošlog meseca novi ministar "
            "spoljnih poslova Južne Koreje Čo Tae Đul preuzeo dužnost.\n\n"
            "Ministarka spoljnih poslova Japana Joko Kamikava i njen kolega iz Južne Koreje Čo Tae Đul su se "
            "sastali nakon što su ranije prošlog meseca razgovarali telefonom.")
    assert participants(first(text, "sr", "2024-02-21")) == ["Tae-yul Cho", "Yoko Kamikawa"]


def test_people_of_the_afternoons_program_are_no_party_to_the_mornings_audience():
    # no publication date: the event takes a date further down, and the people of its paragraph with it,
    # but not those named where a sentence turns to what is still to come ("iar apoi se va intalni cu …")
    text = ("Presedintele Traian Basescu, aflat, de ieri, intr-o vizita oficiala de trei zile in Japonia, a fost "
            "primit, miercuri dimineata, la Palatul imperial nipon, de catre imparatul Akihito.\n"
            "Seful statului roman a avut convorbiri la palat\n"
            "Traian Basescu va participa, miercuri dupa-amiaza, la un forum de afaceri romano-japonez, iar apoi se "
            "va intalni cu presedintele Camerei Reprezentantilor, Takahiro Yokomichi, si cu presedintele Camerei "
            "Consilierilor, Satsuki Eda.\n"
            "Presedintele Traian Basescu a mai efectuat o vizita in Japonia, la 31 mai 2005, cand a participat la "
            "Expozitia Aichi 2005.")
    got = participants(first(text, "ro"))
    assert "Takahiro Yokomichi" not in got and "Satsuki Eda" not in got and "Akihito" in got


@pytest.mark.parametrize("code,text,name", [
    ("ro", "Ministrul Bogdan Aurescu a fost primit de împărăteasa Japoniei, Masako, la Tokyo.", "Masako"),
    ("pl", "Podczas uroczystości ambasador Japonii, Matsutomi, przedstawił zasługi posłanki.", "Matsutomi"),
])
def test_a_one_word_name_apposed_after_the_titles_state_is_its_holder(code, text, name):
    assert name in names(text, code)


@pytest.mark.parametrize("code,text,name", [
    ("lv", "Latvijas premjerministrs Aigars Kalvītis 20. aprīlī Tokijā svinīgi atklāja Latvijas vēstniecību Japānā.\n\n"
           "Atklāšanas uzrunā Ministru prezidents norādīja, ka abu valstu attiecības piedzīvo vēsturisku brīdi, jo "
           "esam liecinieki jaunām un līdz šim neapgūtām sadarbības iespējām politikā, ekonomikā un kultūrā.\n\n"
           "Vēstniecības atvēršana ir jauns izaicinājums arī Latvijas diplomātiskajam dienestam, jo Latvijas "
           "ārpolitikā pastiprinās sadarbība ar Āzijas valstīm un to tirgiem.\n\n"
           "Vēstniecības atklāšanā piedalījās arī Japānas ārlietu viceministrs Jasuhisa Šiodzaki, kurš atzinīgi "
           "novērtēja Latvijas lēmumu.", "Yasuhisa Shiozaki"),
    ("pl", "Minister Radosław Sikorski otworzył w poniedziałek w Warszawie wystawę poświęconą Japonii.\n\n"
           "Minister podkreślił w przemówieniu znaczenie relacji polsko-japońskich, które w przyszłym roku "
           "obchodzą jubileusz, oraz rosnącą wymianę gospodarczą i kulturalną między oboma krajami.\n\n"
           "Wystawa potrwa do końca miesiąca i będzie dostępna bezpłatnie dla wszystkich zwiedzających, "
           "a jej katalog przygotowali historycy sztuki z kilku uczelni.\n\n"
           "W otwarciu wziął udział także ambasador Japonii Kenji Yamada.", "Kenji Yamada"),
])
def test_one_named_once_after_a_word_of_taking_part_is_a_participant(code, text, name):
    assert name in participants(first(text, code))


def test_a_capitalised_soft_adjective_of_a_bodys_name_is_no_family_name():
    # "ředitel Informačního a kulturního centra Kohei Tsukamoto": the body's adjective, not the director
    text = ("Velvyslance doprovázel ředitel Informačního a kulturního centra při velvyslanectví Kohei Tsukamoto.")
    assert "Informačního" not in names(text, "cs")


def test_one_met_also_at_a_later_stop_in_czech_plural_is_no_party():
    # the lead runs over both paragraphs: "kde se setkali rovněž s …" names one more contact, not the visit's host
    text = ("Japonský velvyslanec navštívil Opavu\n"
            "Třetí květnovou neděli zavítal do Opavy velvyslanec Japonska v ČR Kazuhiro Tanaka. Doprovázel ho "
            "1. tajemník velvyslanectví Ikuo Shoji.\n"
            "Na radnici se zástupci velvyslanectví krátce setkali s primátorem a dalšími pracovníky města. Po schůzce "
            "shlédli zástupci ambasády operu ve Slezském divadle, kde se setkali rovněž s náměstkem ministra "
            "kultury Tomášem Stejskalem.")
    assert "Tomáš Stejskal" not in participants(first(text, "cs"))


def test_a_hangul_name_with_another_given_name_and_a_loosely_like_family_is_no_registry_official():
    # 보이치에흐 콜라르스키 (Wojciech Kolarski) is no Tomasz Grodzki: another given name, a family name alike at 0.5
    got = names("박지원 의원을 단장으로 하는 대통령 특사단이 폴란드를 방문해 주요 인사를 면담했다.\n"
                "특사단은 보이치에흐 콜라르스키 대통령실 국제정책실장과도 면담했다.", "ko")
    assert "Tomasz Grodzki" not in got


def test_a_romanian_title_written_without_its_marks_still_names_its_holder():
    text = ("Presedintele Traian Basescu a fost primit, miercuri, la Palatul imperial de catre imparatul Akihito "
            "si imparateasa Michiko.")
    assert "Michiko" in names(text, "ro")
