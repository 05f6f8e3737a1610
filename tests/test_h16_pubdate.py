"""Session h16, pubdate: the page's publication date against its last change and the dated lists of other
articles a page carries under the story."""
from __future__ import annotations

import pytest

from extracting import first
from kronika.nlp.published import find_published

LEAD = {
    "pl": "Ambasador Japonii spotkał się w Warszawie z wiceministrem spraw zagranicznych. Rozmawiano o współpracy "
          "gospodarczej, bezpieczeństwie w regionie i przygotowaniach do wizyty premiera w Tokio w przyszłym roku.",
    "cs": "Japonský velvyslanec se v Praze setkal s náměstkem ministra zahraničí. Hovořili o hospodářské spolupráci, "
          "bezpečnosti v regionu a o přípravách návštěvy premiéra v Tokiu v příštím roce.",
    "ru": "Посол Японии встретился в Москве с заместителем министра иностранных дел. Стороны обсудили экономическое "
          "сотрудничество, безопасность в регионе и подготовку визита премьер-министра в Токио.",
    "uk": "Посол Японії зустрівся у Києві із заступником міністра закордонних справ. Сторони обговорили економічну "
          "співпрацю, безпеку в регіоні та підготовку візиту прем'єр-міністра до Токіо.",
    "ro": "Ambasadorul Japoniei a fost primit la București de secretarul de stat din Ministerul Afacerilor Externe. "
          "Cei doi au discutat despre cooperarea economică, securitatea regională și vizita premierului la Tokyo.",
    "lv": "Japānas vēstnieks Rīgā tikās ar ārlietu ministra vietnieku. Puses pārrunāja ekonomisko sadarbību, "
          "drošību reģionā un premjerministra vizītes Tokijā sagatavošanu nākamajā gadā.",
    "en": "The Japanese ambassador met the deputy foreign minister in Warsaw. They discussed economic cooperation, "
          "regional security and the preparations for the prime minister's visit to Tokyo next year.",
    "cs": "Japonský velvyslanec se v Praze setkal s náměstkem ministra zahraničí. Hovořili o hospodářské spolupráci, "
          "bezpečnosti v regionu a o přípravách návštěvy premiéra v Tokiu v příštím roce.",
    "hu": "Japán nagykövete Budapesten találkozott a külügyminiszter helyettesével. Tárgyaltak a gazdasági "
          "együttműködésről, a regionális biztonságról és a miniszterelnök tokiói látogatásának előkészítéséről.",
}


def _published(head: str, code: str) -> str | None:
    day, _span = find_published(head + "\n\n" + LEAD[code] + "\n", code)
    return day.isoformat() if day else None


@pytest.mark.parametrize("code,changed,published", [
    ("pl", "Data aktualizacji:", "Data publikacji:"),
    ("cs", "Změněno:", "Vloženo:"),
    ("hu", "Módosítás:", "Megjelent:"),
    ("uk", "Дата оновлення:", "Дата публікації:"),
    ("ro", "Data actualizării:", "Data publicării:"),
    ("lv", "Atjaunināts:", "Publicēts:"),
])
def test_an_inflected_label_of_the_last_change_is_still_the_last_change(code, changed, published):
    # "Data aktualizacji: 06.03.2024" above "Data publikacji: 05.03.2024": the page came out on the 5th
    head = f"Nagłówek\n{changed} 06.03.2024 10:02\n{published} 05.03.2024 09:52"
    assert _published(head, code) == "2024-03-05"


@pytest.mark.parametrize("code,line", [
    ("en", "Updated 2024-03-06, published 2024-03-05"),
    ("ro", "Modificat 6.3.2024, publicat 5.3.2024"),
])
def test_a_publication_labelled_after_the_change_on_one_line_is_the_publication(code, line):
    # the label of the second date is what follows the first one, not the word that opened the line
    assert _published(f"Headline of the page\n{line}", code) == "2024-03-05"


@pytest.mark.parametrize("code,label", [
    ("en", "Latest News"),
    ("ru", "Последние новости"),
    ("uk", "Останні новини"),
    ("ro", "Ultimele știri"),
    ("hu", "Legfrissebb hírek"),
])
def test_a_dated_list_of_the_latest_news_under_an_undated_story_dates_nothing(code, label):
    # the site's "latest news" under a story that prints no date of its own: their stamps are other articles'
    text = (f"Headline of the page\n\n{LEAD[code]}\n\n{label}\nAnother headline about something else\n"
            "05.03.2024 10:00\nOne more headline about sport\n04.03.2024 09:00\n")
    day, _span = find_published(text, code)
    assert day is None


def test_the_story_above_a_latest_news_list_is_dated_by_its_own_stamp():
    # a guard (passes on the parent too): the article's stamp at the top still dates it, and the list below changes nothing
    text = ("Headline of the page\n12.02.2024 08:15\n\n" + LEAD["en"] + "\n\nMost Read\n"
            "Another headline about something else\n05.03.2024 10:00\n")
    day, _span = find_published(text, "en")
    assert day.isoformat() == "2024-02-12"


def test_the_event_of_an_undated_story_over_a_latest_news_list_keeps_no_date():
    # "wczoraj" with no date of writing: a list of other articles' stamps must not become the anchor
    text = ("Ambasador Japonii u wiceministra\n\n"
            "Ambasador Japonii spotkał się wczoraj w Warszawie z wiceministrem spraw zagranicznych. Rozmawiano o "
            "współpracy gospodarczej, bezpieczeństwie w regionie i przygotowaniach do wizyty premiera w Tokio.\n\n"
            "Najnowsze wiadomości\nInny tytuł o czymś innym\n05.03.2024 10:00\n")
    ev = first(text, "pl")
    assert ev.date is None


@pytest.mark.parametrize("code,heading,stamp", [
    ("pl", "Komentarze (2)", "06.03.2024 12:00"),
    ("en", "2 comments", "March 6, 2024 at 12:00 pm"),
    ("ru", "Комментарии (1)", "06.03.2024 в 12:00"),
    ("hu", "Hozzászólások", "2024.03.06. 12:00"),
])
def test_the_readers_comments_under_an_undated_story_date_nothing(code, heading, stamp):
    # a comment's stamp at the foot of the page is when a reader wrote, not when the page came out
    text = (f"Headline of the page\n\n{LEAD[code]}\n\n{heading}\nJan Kowalski\n{stamp}\n"
            "Great article, thanks.\nReply\n")
    day, _span = find_published(text, code)
    assert day is None


def test_a_sentence_opening_with_the_word_comments_does_not_end_the_article():
    # a guard (passes on the parent too): only a heading alone on its line, a count aside, ends the story
    text = ("Headline of the page\n\n" + LEAD["en"] + "\n\nComments by the minister were welcomed in Tokyo, "
            "where the two sides agreed to meet again in spring.\n12.02.2024\n")
    day, _span = find_published(text, "en")
    assert day.isoformat() == "2024-02-12"


@pytest.mark.parametrize("code,banner", [
    ("pl", "Dziś jest 7 grudnia 2026"),
    ("ru", "Сегодня: 07.12.2026"),
    ("en", "Today is December 7, 2026"),
    ("cs", "Dnes je 7. prosince 2026"),
])
def test_a_sites_date_of_today_without_a_weekday_dates_nothing(code, banner):
    # the banner of the day the page was read, over a story that prints no date of its own
    lead = LEAD.get(code, LEAD["en"])
    day, _span = find_published(f"{banner}\nHeadline of the page\n\n{lead}\n", code)
    assert day is None



def test_a_last_change_label_ending_the_line_above_does_not_label_the_next_stamp():
    # "2024年3月6日 10時02分 更新" over "2024年3月5日 9時52分 公開": the 更新 closes its own line's stamp
    text = ("日・ポーランド外相会談\n2024年3月6日 10時02分 更新\n2024年3月5日 9時52分 公開\n\n"
            "日本の外務大臣は5日、ポーランドの外務大臣と会談し、両国間の経済協力と安全保障について意見交換を行った。")
    day, _span = find_published(text, "ja")
    assert day.isoformat() == "2024-03-05"


@pytest.mark.parametrize("code,previous,following", [
    ("en", "Previous article", "Next article"),
    ("pl", "Poprzedni artykuł", "Następny artykuł"),
    ("ru", "Предыдущая статья", "Следующая статья"),
])
def test_the_links_to_the_previous_and_next_article_date_nothing(code, previous, following):
    # a blog's navigation under an undated post: the two neighbours' dates are theirs
    lead = LEAD.get(code, LEAD["en"])
    text = (f"Headline of the page\n\n{lead}\n\n{previous}\nAnother headline about something else\n06.03.2024\n"
            f"{following}\nOne more headline\n08.03.2024\n")
    day, _span = find_published(text, code)
    assert day is None
