"""Session h15, pagedates: the main event's date in texts as the page store gives them (date lines, stamps)."""
from __future__ import annotations

from extracting import first


def test_an_announced_visit_is_dated_by_the_day_its_sentence_says_it_was_told():
    # "will visit … Thursday next week, the office said Thursday", written on a Friday: the Thursday before
    text = ("March 8, 2024\n"
            "WARSAW – Prime Minister Donald Tusk will visit Japan on Thursday next week to discuss energy "
            "cooperation with Prime Minister Fumio Kishida, the government press office said on Thursday.\n"
            "Tusk will meet Kishida in Tokyo and the two leaders will sign a joint statement.")
    ev = first(text, "en")
    assert ev.type == "AGREE"
    assert ev.date == "2024-03-07"



def test_a_weekday_apposed_to_the_planned_day_is_not_the_day_it_was_told():
    # "március 14-én, csütörtökön": the planned day's own weekday, not the Thursday before the day written
    text = ("2024. március 12., kedd\n"
            "Pécsre látogat Japán nagykövete\n"
            "A nagykövet március 14-én, csütörtökön egész napját Pécsett tölti, ahol Szijjártó Péter "
            "külügyminiszterrel a gazdasági kapcsolatokról tárgyal.")
    ev = first(text, "hu")
    assert ev.date == "2024-03-12"


def test_a_weekend_ahead_in_a_month_dated_text_pins_the_weekday_of_telling():
    # month-only stamp; "am Wochenende" + "vom 21. bis 23. März" + "teilte am Mittwoch mit": written that week
    text = (" date 2024-03 Photo : Agentur\n\n"
            "Die Außenminister Polens und Japans treffen sich am Wochenende in Warschau. Das Außenministerium "
            "in Tokio teilte am Mittwoch mit, dass Außenministerin Yoko Kamikawa ihren polnischen Amtskollegen "
            "Radosław Sikorski treffen werde. Die Konferenz findet vom 22. bis 24. März statt.")
    ev = first(text, "de")
    assert ev.date == "2024-03-20"


def test_this_weekend_in_english_pins_the_weekday_of_telling():
    text = (" date 2024-03 Photo : Agency\n\n"
            "The foreign ministers of Poland and Japan will meet this weekend in Warsaw, the Japanese foreign "
            "ministry said on Wednesday. Yoko Kamikawa will hold talks with Radoslaw Sikorski at a conference "
            "that runs from March 22 to 24.")
    ev = first(text, "en")
    assert ev.date == "2024-03-20"


def test_a_bare_weekday_under_a_month_only_stamp_is_no_day_of_the_month_before():
    # "date 2022-06" and "am Mittwoch" only: the Wednesday is one of June's, which the text does not say
    text = (" date 2022-06 Die slowakische Präsidentin Zuzana Čaputová hat sich am Mittwoch in Seoul mit dem "
            "südkoreanischen Präsidenten Yoon Suk Yeol getroffen. Sie lud Yoon zu einem Besuch nach Bratislava ein.\n\n"
            "Čaputová hält sich zu einem offiziellen Besuch in Südkorea auf. Am Dienstag hatte sie sich in Seoul "
            "mit Premierminister Han Duck-soo getroffen.")
    ev = first(text, "de")
    assert ev.date is None or ev.date.startswith("2022-06")


def test_a_day_before_a_reported_clause_of_a_visit_to_come_is_the_day_it_was_told():
    # "said on Tuesday that … will visit next week": Tuesday is the announcement's day, not a day to come
    texts = {
        "en": "June 12, 2023\nThe Czech presidential office said on Tuesday that President Petr Pavel will visit "
              "South Korea next week.",
        "de": "12.06.2023\nDas Präsidialamt in Prag teilte am Dienstag mit, dass der tschechische Präsident Petr "
              "Pavel nächste Woche Südkorea besuchen werde.",
        "pl": "12.06.2023\nKancelaria prezydenta Czech poinformowała we wtorek, że prezydent Petr Pavel odwiedzi "
              "w przyszłym tygodniu Koreę Południową.",
        "ru": "12.06.2023\nВо вторник канцелярия президента Чехии сообщила, что президент Петр Павел посетит "
              "Южную Корею на следующей неделе.",
    }
    for code, text in texts.items():
        ev = first(text, code)
        assert (code, ev.type, ev.date) == (code, "AGREE", "2023-06-06")


def test_a_pronoun_after_a_weekday_that_opens_the_sentence_keeps_it_to_come():
    from extracting import first_date
    assert first_date("On Friday, he will visit Tokyo.", "en", "weekday").tense == "future"


def test_a_day_in_a_clause_of_reporting_after_the_visit_to_come_is_the_day_it_was_told():
    # "wird nächste Woche … besuchen, teilte … am Dienstag mit": Tuesday is the report's day, not one to come
    texts = {
        "de": "12.06.2023\nDer tschechische Präsident Petr Pavel wird nächste Woche Südkorea besuchen, teilte die "
              "Präsidialkanzlei am Dienstag mit.",
        "ru": "12.06.2023\nПрезидент Чехии Петр Павел посетит Южную Корею на следующей неделе, сообщили "
              "в канцелярии во вторник.",
        "pl": "12.06.2023\nPrezydent Czech Petr Pavel odwiedzi Koreę Południową w przyszłym tygodniu, "
              "poinformowała we wtorek kancelaria.",
    }
    for code, text in texts.items():
        ev = first(text, code)
        assert (code, ev.type, ev.date) == (code, "AGREE", "2023-06-06")


def test_a_list_of_places_before_a_weekday_keeps_it_to_come():
    from extracting import first_date
    assert first_date("Tusk will travel to Tokyo, Seoul and Beijing on Friday.", "en", "weekday").tense == "future"


def test_a_day_of_the_month_before_a_month_only_stamp_takes_the_stamp_s_year():
    # "date 2023-03" and "28 lutego": February of the stamp's year, not a day the text cannot place
    pl = " date 2023-03 Minister Zbigniew Rau przyjął 28 lutego w Warszawie ambasadora Japonii Akio Miyajimę."
    assert first(pl, "pl").date == "2023-02-28"
    en = (" date 2023-01 Polish Foreign Minister Zbigniew Rau received Japanese Ambassador Akio Miyajima in Warsaw "
          "on December 30.")
    assert first(en, "en").date == "2022-12-30"


def test_a_dateline_under_a_month_only_stamp_gives_its_day():
    # " date 2025-02 Photo : …" then "Seoul, 12. Februar (Yonhap) –" on a line of its own below: the 12th
    from extracting import extracted
    de = (" date 2025-02 Photo : Agentur\n\nSeoul, 12. Februar (Yonhap) – Der südkoreanische Außenminister Cho "
          "Tae-yul hat am Dienstag seinen polnischen Amtskollegen Radosław Sikorski getroffen.")
    doc = extracted(de, "de")
    assert (doc.published, doc.events[0].date) == ("2025-02-12", "2025-02-11")
    uk = (" date 2025-02 Фото\n\nКИЇВ, 12 лютого. Міністр закордонних справ Андрій Сибіга у вівторок провів "
          "телефонну розмову з міністром закордонних справ Японії Такеші Іваєю.")
    doc = extracted(uk, "uk")
    assert (doc.published, doc.events[0].date) == ("2025-02-12", "2025-02-11")


def test_a_day_the_first_sentence_names_under_a_month_only_stamp_is_no_dateline():
    from extracting import extracted
    de = (" date 2025-02 Photo\n\nDer Außenminister Cho Tae-yul hat am 12. Februar in Seoul seinen polnischen "
          "Amtskollegen Radosław Sikorski getroffen.")
    assert extracted(de, "de").published is None


def test_a_dateline_whose_date_ends_in_an_abbreviated_word_before_the_agency():
    # "Vilnius, vasario 12 d. (ELTA).": the "d." of the Lithuanian date stands between it and the agency
    from extracting import extracted
    lt = (" date 2025-02 Nuotrauka\n\nVilnius, vasario 12 d. (ELTA). Užsienio reikalų ministras Kęstutis Budrys "
          "antradienį susitiko su Japonijos ambasadoriumi.")
    doc = extracted(lt, "lt")
    assert (doc.published, doc.events[0].date) == ("2025-02-12", "2025-02-11")
