"""Wire-style English: the day of a summons, a dateline run into the lead, a ward before its town (session h15)."""
from extracting import first, participants


def test_weekday_at_the_end_of_a_summons_clause_dates_the_summons():
    # the day closes the clause after what was protested: calling the envoy in was that day's act
    text = ("Vilnius summons Belarusian envoy\n\n"
            "Lithuania summoned the Belarusian charge d'affaires Andrei Kozlov to protest the new border "
            "barrier on Tuesday, the ministry said.\n\n"
            "The ministry said the barrier breaks earlier agreements between the two neighbours.\n")
    ev = first(text, "en", "2024-03-06")
    assert ev.type == "ACCUSE"
    assert ev.date == "2024-03-05"


def test_headline_summons_is_a_protest():
    # "summons" in a wire headline is the verb of calling an envoy in, a diplomatic protest
    text = ("Tokyo summons Chinese ambassador over drills\n\n"
            "Japan's foreign ministry lodged a strong objection with the Chinese ambassador Wu Jianghao "
            "over the exercises near its islands.\n")
    assert first(text, "en", "2024-05-24").type == "ACCUSE"


def test_capitals_dateline_after_a_crawler_stamp_is_not_the_title_nor_the_act():
    # " date …" stamp, then the agency's dateline as a sentence of its own: the lead's act is dated by its weekday
    text = (" date 2024-03-09 RIGA, MARCH 5, LETA. The Foreign Ministry in Riga summoned the Russian charge "
            "d'affaires Dmitry Kasatkin on Tuesday to protest remarks made by a Kremlin spokesman about Latvian "
            "schools.\n\n"
            "The ministry said in a statement that the remarks were unacceptable and distorted the facts.\n")
    ev = first(text, "en")
    assert ev.date == "2024-03-05"
    assert ev.countries == ["LV", "RU"]


def test_a_ward_before_its_town_gives_the_town():
    # "in Chiyoda Ward, Tokyo": the Japanese press writes the ward, then the town it lies in
    text = ("Japan, Czech foreign ministers meet\n\n"
            "Czech Foreign Minister Jan Lipavsky met Foreign Minister Yoko Kamikawa in Chiyoda Ward, Tokyo, "
            "on Monday and agreed to deepen security cooperation.\n")
    assert first(text, "en", "2024-04-30").location.city == "Tokyo"


def test_two_weekdays_joined_by_and_are_a_span():
    # wire style: "held talks … on Monday and Tuesday" is one event of two days
    text = ("Estonia, Korea hold talks\n\n"
            "Estonian Foreign Minister Margus Tsahkna held talks with South Korean Foreign Minister Cho Tae-yul "
            "in Seoul on Monday and Tuesday.\n\nThey discussed cyber security.\n")
    ev = first(text, "en", "2024-05-10")
    assert (ev.date, ev.date_end) == ("2024-05-06", "2024-05-07")


def test_from_weekday_to_weekday_is_a_span_in_german():
    text = ("Estland und Südkorea\n\n"
            "Der estnische Außenminister Margus Tsahkna besuchte von Montag bis Mittwoch Seoul und traf den "
            "südkoreanischen Außenminister Cho Tae-yul.\n")
    ev = first(text, "de", "2024-05-10")
    assert (ev.date, ev.date_end) == ("2024-05-06", "2024-05-08")


def test_spoke_with_is_a_conversation():
    # "spoke with" / "hat mit … gesprochen": wire and German press words for talks, with no other trigger
    en = ("Latvia, Japan\n\nLatvian Foreign Minister Baiba Braze spoke with Japanese Foreign Minister "
          "Takeshi Iwaya on Thursday.\n")
    de = ("Lettland und Japan\n\nDie lettische Außenministerin Baiba Braže hat mit dem japanischen Außenminister "
          "Takeshi Iwaya gesprochen.\n")
    assert first(en, "en", "2025-03-07").type == "CONSULT"
    assert first(de, "de", "2025-03-07").type == "CONSULT"


def test_said_on_a_day_without_that_dates_the_earlier_call():
    # wire English drops "that": "said on Wednesday he had spoken … on Tuesday" dates the call to Tuesday
    text = ("Ukraine, Korea leaders talk\n\n"
            "Ukrainian President Volodymyr Zelenskiy said on Wednesday he had spoken by phone with South Korean "
            "President Yoon Suk Yeol on Tuesday about North Korean troops in Russia.\n")
    assert first(text, "en", "2024-11-20").date == "2024-11-19"


def test_visit_in_the_state_with_its_article_is_the_visits_place():
    # "zu einem Besuch in der Ukraine eingetroffen": the article between preposition and state; the ministry
    # "in Tokio" that announced it is not where the visit is
    text = ("Japans Regierungschef Fumio Kishida ist zu einem überraschenden Besuch in der Ukraine eingetroffen. "
            "Er werde Präsident Wolodymyr Selenskyj treffen, teilte das Außenministerium in Tokio am Dienstag mit.\n")
    ev = first(text, "de", "2023-03-21")
    assert ev.location.country == "UA"


def test_a_summoned_envoy_is_called_to_the_capital_of_the_state_that_summoned_him():
    # no city named: the envoy is summoned to the foreign ministry of the state he is posted to
    text = ("Poland summons Belarusian envoy\n\n"
            "Poland summoned the Belarusian charge d'affaires Alexander Chesnovsky on Monday to protest the "
            "detention of a Polish journalist in Belarus.\n")
    ev = first(text, "en", "2024-03-05")
    assert (ev.location.city, ev.location.country) == ("Warsaw", "PL")


def test_german_summons_is_in_the_capital_of_the_summoning_state():
    text = ("Russischer Botschafter einbestellt\n\n"
            "Deutschland bestellte am Montag den russischen Botschafter Sergej Netschajew ein.\n\n"
            "Das Ministerium verurteilte die Festnahme scharf.\n")
    assert first(text, "de", "2024-06-22").location.city == "Berlin"


def test_the_person_words_are_about_takes_no_part():
    # "to protest remarks … about President X": the president is the topic of the remarks, not a party
    text = ("Seoul summons Russian envoy\n\n"
            "South Korea summoned Russian Ambassador Georgy Zinoviev on Saturday to protest remarks by a Russian "
            "spokeswoman about President Yoon Suk Yeol.\n")
    assert participants(first(text, "en", "2024-02-05")) == ["Georgy Zinoviev"]


def test_a_ministry_in_its_capital_stands_for_its_state():
    # "The Foreign Ministry in Seoul summoned …": Seoul is where, and it names the side that summoned
    text = (" date 2024-02-08 The Foreign Ministry in Seoul summoned the Russian ambassador on Saturday over "
            "remarks by a Russian spokeswoman.\n\n"
            "\u201cRussia shields North Korea while it criticizes us,\u201d the ministry said after Deputy Minister "
            "Chung Byung-won summoned Ambassador Georgy Zinoviev.\n")
    assert first(text, "en").countries == ["KR", "RU"]
