"""Session h15, southwest (hr, sl, ro, hu): mechanisms found on fresh whole excerpts, tested on constructed text."""

import datetime as dt

from extracting import extracted, first, participants


# ---------------------------------------------------------------- who: the head of a press office only tells of it
def test_the_head_of_a_press_office_who_informed_is_no_participant():
    text = ("Orbán Viktor miniszterelnök kedden Budapesten tárgyalt Li Csiang kínai miniszterelnökkel – közölte "
            "Kiss Gábor, a Miniszterelnöki Sajtóiroda vezetője az MTI-vel.\n"
            "A felek a gazdasági együttműködésről is egyeztettek.\n")
    got = participants(first(text, "hu", "2024-05-07"))
    assert "Gábor Kiss" not in got
    assert "Viktor Orbán" in got


# ---------------------------------------------------------------- what: praised …, when he received
HU_WHEN = ("A bővülő magyar-kínai gazdasági együttműködést méltatta Orbán Viktor miniszterelnök, amikor szombaton "
           "Budapesten fogadta Vang Ji kínai külügyminisztert – közölte a kormány.\n"
           "A tanácskozáson a felek megállapodtak abban, hogy folytatják a kapcsolatok fejlesztését, és hosszú távú "
           "egyezmények megkötése várható.\n\n"
           "Szijjártó Péter külügyminiszter délután további tárgyalásokat folytat kínai kollégájával, majd "
           "együttműködési megállapodást írnak alá.\n")


def test_a_when_clause_that_tells_the_sentences_only_meeting_is_the_event():
    ev = first(HU_WHEN, "hu", "2015-06-06")
    assert (ev.type, ev.mode) == ("CONSULT", "visit")


def test_who_is_received_in_that_when_clause_takes_part():
    assert "Wang Yi" in participants(first(HU_WHEN, "hu", "2015-06-06"))


# ---------------------------------------------------------------- where: "de la" after an office says whose
RO_FROM = ("Romania reprezinta un partener important al Japoniei, a declarat, ieri, Taro Aso, ministrul nipon de externe, "
           "dupa intalnirea cu omologul sau de la Bucuresti, Mihai-Razvan Ungureanu. Seful diplomatiei de la Tokyo a "
           "mai afirmat ca vizita sa reprezinta un moment istoric, fiind prima a unui ministru de externe nipon in "
           "Romania dupa 24 de ani.\n")


def test_de_la_after_an_office_names_its_government_not_the_place():
    loc = first(RO_FROM, "ro", "2007-01-11").location
    assert loc.city != "Tokyo"
    assert loc.country == "RO"
    # after a meeting's noun it still names where the meeting was
    text = ("Ministrul afacerilor externe Bogdan Aurescu a participat joi la reuniunea de la Bruxelles, unde s-a "
            "intalnit cu omologul sau japonez Yoshimasa Hayashi.\n")
    assert first(text, "ro", "2022-04-07").location.city == "Brussels"


# ---------------------------------------------------------------- how: "as a member of NATO" is no setting
def test_an_organisation_a_state_belongs_to_is_not_the_meetings_setting():
    text = ("Romania, ca stat membru al NATO si UE, este un partener important al Japoniei, a declarat, ieri, "
            "Taro Aso, ministrul nipon de externe, dupa intalnirea cu omologul sau Mihai-Razvan Ungureanu.\n")
    assert first(text, "ro", "2007-01-11").mode == "visit"


# ---------------------------------------------------------------- when: a wire's dateline, its year in the footer
def test_a_dateline_without_a_year_takes_the_year_of_the_wires_copyright_line():
    text = ("Logar v Tokiu na pogovorih z japonskim kolegom\n\n"
            "Tokio, 14. maja - Zunanji minister Anže Logar se je danes v Tokiu sestal z japonskim zunanjim "
            "ministrom Toshimitsujem Motegijem. Govorila sta o gospodarskem sodelovanju.\n\n"
            "Foto: STA\n\nmb/ep\n© STA, 2021\n")
    doc = extracted(text, "sl")
    assert doc.published == "2021-05-14" or doc.published == dt.date(2021, 5, 14)
    assert str(doc.events[0].date) == "2021-05-14"
    # a site's footer with a span of years dates nothing
    site = text.replace("© STA, 2021", "© 2005-2024 Portal d.o.o.")
    assert extracted(site, "sl").published in (None, "")


# ---------------------------------------------------------------- who: a Chinese name the text declined
def test_a_declined_chinese_name_is_read_back_to_its_pinyin():
    hr = "Zagreb - Predsjednik Odbora Ivo Horvat primio je u posjet veleposlanika Kine Wua Dongminga.\n"
    sl = "Ljubljana - Župan Peter Kos se je danes sestal s kitajskim veleposlanikom Xu Mingom.\n"
    assert {"Wu Dongming", "Dongming Wu"} & set(participants(first(hr, "hr", "2010-05-04")))
    assert {"Xu Ming", "Ming Xu"} & set(participants(first(sl, "sl", "2010-05-04")))


# ---------------------------------------------------------------- who: a native given name in a case is no Japanese one
def test_a_native_given_name_in_the_instrumental_is_not_read_as_a_japanese_name():
    sl = "Ljubljana - Zunanja ministrica se je danes sestala z veleposlanikom Ivanom Novakom.\n"
    assert "Ivan Novak" in participants(first(sl, "sl", "2010-05-04"))


def test_a_hungarian_family_name_before_a_listed_given_name_is_not_japanese():
    text = ("Gyula, 2014. szeptember 18. – A japán küldöttséget fogadta Kónya István alelnök és Szabó Péter "
            "polgármester a városházán.\n")
    got = participants(first(text, "hu", "2014-09-18"))
    assert "István Kónya" in got


# ---------------------------------------------------------------- who: the host a lead's guest meets further down
def test_the_host_an_envoy_of_the_lead_meets_further_down_takes_part():
    text = ("Japán nagykövet Egerben\n"
            "- Eger igen népszerű a japán turisták körében - mondta Tanaka Hiroshi japán nagykövet, aki kedden "
            "Egerbe látogatott.\n"
            "A nagykövet a vár megtekintése után a belvárosban sétált, és a helyi egyetemen előadást tartott a két "
            "ország kapcsolatairól.\n"
            "A program végén Tanaka Hiroshi a városházán találkozott Kovács Ferenc polgármesterrel is.\n")
    assert "Ferenc Kovács" in participants(first(text, "hu", "2004-07-16"))


# ---------------------------------------------------------------- where: a Hungarian town in -a/-e with its case
def test_a_town_whose_final_vowel_lengthens_before_its_case_is_the_place():
    text = ("A japán nagykövetség küldöttsége érkezett szeptember 18-án Gyulára, ahol a polgármester fogadta a "
            "nagykövetség tanácsosát. A vendégek Gyulán a várat is megtekintették.\n")
    assert first(text, "hu", "2014-09-19").location.city == "Gyula"


# ---------------------------------------------------------------- who: "Nj. Eksc." is no name
def test_the_words_of_an_honorific_abbreviated_word_by_word_are_no_name():
    text = "Ljubljana - Župan Peter Kos se je danes sestal z veleposlanikom Nj. Eksc. Kenjijem Tanako.\n"
    assert not any(n.startswith("Nj") for n in participants(first(text, "sl", "2010-05-04")))


# ---------------------------------------------------------------- when: a page's line of facts set as a list
def test_a_date_alone_in_a_list_of_the_pages_facts_is_its_publication_date():
    text = ("Župan primio veleposlanika Japana\n\n"
            "  • 14. ožujka 2021.\n"
            "  • Ured župana, Međunarodna suradnja\n"
            "Župan je danas u Vukovaru primio u nastupni posjet veleposlanika Japana.\n")
    assert str(extracted(text, "hr").published) == "2021-03-14"
