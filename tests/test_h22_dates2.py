"""h22/dates2: a run of other articles' dated headlines (a news ticker over the headline, the latest news under the
story) does not date the page; Belarusian comment headings end the article."""
import datetime as dt

import pytest

from kronika.nlp.published import article_end, find_published

LEAD = {
    "en": "The foreign minister received the Japanese ambassador. They discussed cooperation in energy, security in the "
          "region and the preparations for a visit of the prime minister next year.",
    "pl": "Minister spraw zagranicznych przyjął w poniedziałek ambasadora Japonii. Rozmawiali o współpracy w dziedzinie "
          "energetyki, o bezpieczeństwie w regionie i o przygotowaniach do wizyty premiera w przyszłym roku.",
    "hr": "Ministar vanjskih poslova primio je japanskog veleposlanika. Razgovarali su o suradnji u energetici, o "
          "sigurnosti u regiji i o pripremama za posjet premijera sljedeće godine.",
    "ru": "Министр иностранных дел принял посла Японии. Они обсудили сотрудничество в энергетике, безопасность в регионе "
          "и подготовку визита премьер-министра в следующем году.",
    "de": "Der Außenminister empfing den japanischen Botschafter. Sie sprachen über die Zusammenarbeit im Energiebereich, "
          "die Sicherheit in der Region und die Vorbereitung eines Besuchs des Premierministers im nächsten Jahr.",
    "lt": "Užsienio reikalų ministras priėmė Japonijos ambasadorių. Jie aptarė bendradarbiavimą energetikos srityje, "
          "saugumą regione ir pasirengimą ministro pirmininko vizitui kitais metais.",
    "sl": "Zunanji minister je sprejel japonskega veleposlanika. Govorila sta o sodelovanju v energetiki, o varnosti v "
          "regiji in o pripravah na obisk premierja prihodnje leto.",
}
STAMP = {"pl": "Opublikowano: 12.03.2024, 14:35", "hr": "Objavljeno: 12.03.2024. u 14:35",
         "ru": "Опубликовано: 12.03.2024 14:35", "de": "Veröffentlicht: 12.03.2024, 14:35",
         "lt": "Paskelbta: 2024-03-12 14:35", "sl": "Objavljeno: 12. 3. 2024 ob 14:35"}
TICKER = "11.03.2024 14:20 Wyniki sportowe\n11.03.2024 13:05 Pogoda na weekend\n10.03.2024 18:00 Giełda w Warszawie\n\n"


@pytest.mark.parametrize("code", sorted(STAMP))
def test_ticker_over_the_headline_is_not_the_stamp(code):
    text = f"{TICKER}Japonia\n{STAMP[code]}\n\n{LEAD[code]}\n"
    assert find_published(text, code)[0] == dt.date(2024, 3, 12)


@pytest.mark.parametrize("code", ["hr", "sl"])
def test_latest_news_under_the_story_is_not_the_stamp(code):
    below = "14.03.2024 14:20 Sportski rezultati dana\n15.03.2024 13:05 Vrijeme za vikend\n16.03.2024 10:00 Burza raste\n"
    text = f"Japan\n{STAMP[code]}\n\n{LEAD[code]}\n\n{below}"
    assert find_published(text, code)[0] == dt.date(2024, 3, 12)


def test_headlines_dated_after_them_are_a_list():
    above = ("Rezultati utakmica prvog kola (11.03.2024)\nVrijeme za vikend bit će sunčano (10.03.2024)\n"
             "Burza je danas porasla (09.03.2024)\n\n")
    text = f"{above}Japan\n{STAMP['hr']}\n\n{LEAD['hr']}\n"
    assert find_published(text, "hr")[0] == dt.date(2024, 3, 12)


@pytest.mark.parametrize("code", ["pl", "ru", "de", "en"])
def test_ticker_alone_dates_nothing(code):
    # "today" in another article's headline is not glossed by that line's date as the day of writing
    text = f"11.03.2024 14:20 Sport results today\n11.03.2024 13:05 Weather this weekend\n\nJapan\n\n{LEAD[code]}\n"
    assert find_published(text, code)[0] is None


@pytest.mark.parametrize("code,text,want", [
    # guards: a stamp with its rubric alone on its line, and two labelled stamps one under the other, still date the page
    ("pl", "Japonia\n12.03.2024 14:35 Polityka\n\n" + LEAD["pl"], dt.date(2024, 3, 12)),
    ("hr", "Japan\nObjavljeno: 12.03.2024.\nAžurirano: 14.03.2024.\n\n" + LEAD["hr"], dt.date(2024, 3, 12)),
])
def test_stamps_are_no_list(code, text, want):
    assert find_published(text, code)[0] == want


def test_belarusian_comments_heading_ends_the_article():
    lead = ("Міністр замежных спраў прыняў пасла Японіі. Яны абмеркавалі супрацоўніцтва ў энергетыцы, бяспеку ў "
            "рэгіёне і падрыхтоўку візіту прэм'ер-міністра ў наступным годзе.")
    text = f"Японія\n\n{lead}\n\nКаментары (2)\nІван, 14.03.2024 10:22\nВыдатна!\n"
    assert article_end(text, "be") == text.index("Каментары")
