"""h18/persons: participants on fresh pages in the Slavic languages and de, en, hu, ro (issue 9)."""
from __future__ import annotations

from extracting import first, names, participants


def test_whose_birthday_a_reception_marks_takes_no_part_in_it():
    text = ("Predsjednik opštine Marko Vuković prisustvovao je u Beogradu prijemu koji je upriličila Ambasada "
            "Japana povodom proslave rođendana japanskog cara Naruhita. Naruhito ove godine slavi 64. rođendan. "
            "Goste je dočekao Kenji Sato, ambasador Japana u Srbiji. Predsjednik Vuković i ambasador Sato "
            "razgovarali su o saradnji.")
    people = " ".join(participants(first(text, "sr", "2024-02-21")))
    assert "Sato" in people and "Naruhito" not in people


def test_the_emperor_of_a_national_day_is_no_guest_in_romanian_either():
    text = ("Ambasadorul Japoniei în România, Kenji Sato, a participat la o recepție cu ocazia Zilei Naționale a "
            "Japoniei, de ziua de naștere a Împăratului Naruhito, la Cluj, unde a fost primit de primarul Emil Boc.")
    people = " ".join(participants(first(text, "ro", "2024-02-23")))
    assert "Sato" in people and "Naruhito" not in people


def test_a_family_name_that_is_a_state_is_the_titled_persons_not_the_state():
    text = ("Gradonačelnik Beograda Goran Mali sastao se danas u Seulu sa gradonačelnikom Seula O Se-hunom. "
            "Mali je rekao da će Beograd i Seul sarađivati u oblasti saobraćaja.")
    ev = first(text, "sr", "2024-05-10")
    assert "Goran Mali" in participants(ev) and "ML" not in ev.countries


def test_a_family_name_that_is_a_title_word_after_a_title_and_given_name():
    text = ("W spotkaniu z ambasadorem Japonii Akio Miyajimą wziął udział burmistrz Krotoszyna Franciszek "
            "Marszałek. Rozmawiano o współpracy miast.")
    assert "Franciszek Marszałek" in names(text, "pl")


def test_a_hungarian_family_name_that_is_a_common_word_before_a_given_name_and_title():
    text = ("A rendezvényen Sato Kuni nagykövet asszony és Magyar Levente, a Külgazdasági és Külügyminisztérium "
            "parlamenti államtitkára mondott beszédet.")
    assert "Levente Magyar" in names(text, "hu")


def test_a_titled_person_named_right_after_the_meetings_course_takes_part():
    text = ("Губернатор Сахалинской области Валерий Лимаренко встретился с делегацией Японии. Стороны обсудили "
            "сотрудничество в сфере туризма.\nВ ходе встречи генеральный консул Японии Кэйити Ямада отметил "
            "интерес японских компаний к региону.")
    assert "Yamada" in " ".join(participants(first(text, "ru", "2024-05-10")))


def test_the_host_who_receives_the_lead_person_named_by_his_title_alone_takes_part():
    text = ("Ambasadorul Japoniei în România, Kenji Sato, a efectuat marți o vizită la Cluj, unde a participat la "
            "deschiderea unei expoziții de stampe japoneze la Muzeul de Artă.\nAmbasadorul a fost primit la "
            "Primăria Cluj de primarul Emil Boc. Discuțiile au vizat cooperarea culturală.")
    assert "Emil Boc" in participants(first(text, "ro", "2024-05-10"))


def test_a_short_japanese_family_name_in_the_croatian_instrumental():
    text = ("Veleposlanik Hrvatske u Japanu razgovarao je u Tokiju s japanskim premijerom Taro Asom o gospodarskoj "
            "suradnji dviju zemalja.")
    assert "Taro Aso" in names(text, "hr")


def test_a_japanese_given_name_beside_an_instrumental_family_name_stands_uninflected():
    text = ("Gradonačelnik Splita sastao se u ponedjeljak s japanskim veleposlanikom Kenji Okamotom u gradskoj "
            "vijećnici.")
    assert "Kenji Okamoto" in names(text, "hr")


def test_a_korean_name_in_cyrillic_keeps_the_order_of_its_given_syllables():
    # the registry's North Korean minister is "Ли Ён Хо"; the consul of the South is another man
    text = ("Консул Генерального консульства Республики Корея во Владивостоке Ли Хо Ён встретился с мэром "
            "Южно-Сахалинска Андреем Лобкиным.")
    people = names(text, "ru")
    assert "Yong-ho Ri" not in people and any(p.endswith("Lee") for p in people)


def test_the_leads_people_take_part_when_every_sentence_naming_anyone_carries_another_date():
    # the one sentence that names people dates a treaty in a noun phrase ("das im Jahr 2011 geschlossene …")
    text = ("In Berlin ist er schon seit Mai vergangenen Jahres tätig, aber erst jetzt kam er nach Hamburg ins "
            "Rathaus zu seinem Antrittsbesuch als Botschafter der Republik Südkorea. Kim Min-soo freute sich auf "
            "die Begegnung mit Bürgermeister Peter Tschentscher, um sich über das im Jahr 2011 geschlossene "
            "Freihandelsabkommen auszutauschen.")
    assert "Peter Tschentscher" in participants(first(text, "de", "2024-03-05"))


def test_a_korean_name_the_web_address_writes_small_is_still_a_name():
    text = ("https://www.mzv.example.sk/detail/statny-tajomnik-prijal-velvyslanca-korejskej-republiky-chung-byung-hwa\n"
            "Štátny tajomník Ministerstva zahraničných vecí SR Lukáš Parízek prijal dnes mimoriadneho a "
            "splnomocneného veľvyslanca Kórejskej republiky Chung Byung Hwa.")
    assert "Byung-hwa Chung" in names(text, "sk")


def test_a_japanese_given_name_the_web_address_writes_small_still_opens_a_name():
    text = ("http://embassy.example.rs/index.php?id=134:former-ambassador-of-japan-tadashi-nagai-visits-the-embassy\n"
            "Former Ambassador of Japan to Serbia, Tadashi Nagai, visited the Embassy in Tokyo on Monday and met "
            "with Ambassador Mrkic.")
    assert "Tadashi Nagai" in names(text, "en")


def test_an_unlisted_japanese_given_name_before_a_listed_family_name_in_its_case():
    text = ("Třetí květnovou neděli zavítal do Opavy velvyslanec Japonska v ČR. Byla to první návštěva J.E.p. "
            "Chikahita Harady v Opavě.")
    assert any(n.endswith("Harada") for n in names(text, "cs"))


def test_a_name_written_in_the_nominative_further_down_names_the_person():
    text = ("Okazją do rozmowy było spotkanie marszałka Gustawa Marka Brzezina z ambasadorem Japonii Shigeo "
            "Matsutomi.\nWalory regionu przedstawił Gustaw Marek Brzezin, marszałek województwa.")
    people = names(text, "pl")
    assert "Gustaw Marek Brzezin" in people and "Gustaw Marek Brzezina" not in people


def test_the_visitor_of_a_recent_visit_is_background():
    text = ("Областният управител на Софийска област Илиан Тодоров се срещна с губернатора на префектура Хокайдо "
            "Харуми Такахаши. Тодоров отбеляза, че сътрудничеството се сключва в момент, белязан от скорошното "
            "посещение на японския министър-председател Шиндзо Абе у нас.")
    people = " ".join(participants(first(text, "bg", "2019-03-05")))
    assert "Takahashi" in people and "Abe" not in people
