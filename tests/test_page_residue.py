"""Page residue around an article: a list of other articles ('Читайте также:', 'Související:') ends the
article, so its dates are neither the publication's nor the event's; a page's stamps above the prose
('Aktualizováno: 15. 3. 2024') date no other time, so the lead's people stay."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document
from kronika.nlp.published import article_end, find_published

RU = ("Главная / Новости / Политика\nЛавров провел переговоры с главой МИД КНДР\nВчера, 15:30\n"
      "Министр иностранных дел России Сергей Лавров провел в Москве переговоры с министром иностранных дел КНДР "
      "Цой Сон Хи. Стороны обсудили двустороннее сотрудничество и ситуацию на Корейском полуострове.\n"
      "Читайте также:\nПутин и Ким Чен Ын провели переговоры в Пхеньяне (19 июня 2024)\n© Все права защищены")


def test_a_related_articles_date_is_not_the_publication_date():
    assert find_published(RU, "ru") == (None, None)
    doc = extract_document(Document(id="t", text=RU), "ru")
    assert doc.published is None and len(doc.events) == 1
    assert doc.events[0].date is None  # "Вчера" of an unknown day: no date rather than another article's


def test_the_article_ends_at_the_label_not_before_the_prose():
    assert RU[article_end(RU, "ru"):].startswith("Читайте также")
    # a menu item that reads like a label, above the first paragraph, ends nothing
    text = "По теме\n" + RU.split("Читайте также")[0]
    assert article_end(text, "ru") == len(text)


@pytest.mark.parametrize("code,label", [("pl", "Czytaj także"), ("cs", "Související"), ("de", "Mehr zum Thema"),
                                        ("en", "Read also"), ("uk", "Читайте також"), ("lt", "Susiję straipsniai")])
def test_every_language_lists_its_labels(code, label):
    body = ("x " * 70).strip() + "."
    text = f"{body}\n{label}:\n12.03.2021 Other news"
    assert text[article_end(text, code):].startswith(label)


def test_a_page_stamp_above_the_prose_dates_no_other_time():
    text = ("Domů > Zprávy > Ministr Lipavský jednal s korejským protějškem\n"
            "Publikováno: 14. 3. 2024 | Aktualizováno: 15. 3. 2024 9:12\n"
            "Ministr zahraničních věcí Jan Lipavský se ve středu setkal se svým jihokorejským protějškem "
            "Cho Tae-yulem. Ministři jednali o spolupráci v oblasti jaderné energetiky a o podpoře Ukrajiny.")
    ev = extract_document(Document(id="t", text=text), "cs").events[0]
    assert ev.date == "2024-03-13"
    assert {"Jan Lipavský", "Tae-yul Cho"} <= {p.name for p in ev.persons}


@pytest.mark.parametrize("code,text,absent,city", [
    ("en", "12 June 2024\n\nPhoto: Prime Minister Fumio Kishida in Tokyo (archive)\nSouth Korean Ambassador to Romania "
           "Jeong Yeon-doo met on Tuesday with the mayor of Cluj-Napoca, Emil Boc, to discuss investment in the region.",
     "Fumio Kishida", "Cluj-Napoca"),
    ("de", "12.06.2024\n\nFoto: Yoon Suk Yeol in Seoul (Archiv)\nDer südkoreanische Botschafter in Deutschland, "
           "Lim Sang-beom, ist am Dienstag in München mit dem bayerischen Ministerpräsidenten Markus Söder "
           "zusammengekommen. Im Mittelpunkt standen Wirtschaftsfragen.", "Suk-yeol Yoon", "Munich"),
    ("uk", "07.01.2024\n\nМіністерка закордонних справ Японії Йоко Камікава (архівне фото)Фото: Ahn Young-joon/AFP\n"
           "Посол Японії в Україні Масаші Мацуда зустрівся у Львові з міським головою Андрієм Садовим. Сторони "
           "обговорили відбудову.", "Yoko Kamikawa", "Lviv"),
])
def test_a_photo_caption_names_no_participant_and_no_place(code, text, absent, city):
    ev = extract_document(Document(id="t", text=text), code).events[0]
    assert absent not in [p.name for p in ev.persons]
    assert ev.location.city == city


def test_a_label_inside_prose_is_no_caption():
    text = ("12 June 2024\n\nForeign Minister Radosław Sikorski met Japanese Foreign Minister Yoko Kamikawa in Tokyo "
            "on Tuesday; a photo: the two ministers shaking hands was posted by the ministry on its website after "
            "the talks on security and trade.")
    ev = extract_document(Document(id="t", text=text), "en").events[0]
    assert "Yoko Kamikawa" in [p.name for p in ev.persons] and ev.location.city == "Tokyo"
