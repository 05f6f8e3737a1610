"""People named only in sentences about the past ("Ранее…", "Previously…") are background, not
participants of the article's meeting; people of the lead stay, whatever their sentence opens with."""
from kronika.events.document import extract_document
from kronika.model import Document


def people(text: str, code: str) -> list[str]:
    doc = extract_document(Document(id="t", text=text), code)
    return [p.name for p in doc.events[0].persons]


def test_ru_background_leader_is_no_participant():
    text = ("27 октября 2025\n\nМинистр иностранных дел России Сергей Лавров провёл переговоры с министром "
            "иностранных дел КНДР Цой Сон Хи.\n\nСтороны обсудили двустороннее сотрудничество.\n\n"
            "Ранее председатель КНДР Ким Чен Ын высказывался о дружбе с Россией.\n\n"
            "До этого председатель Ким Чен Ын встретился с Дмитрием Медведевым.")
    names = people(text, "ru")
    assert "Sergey Lavrov" in names and not any("Jong-un" in n or "Medvedev" in n for n in names)


def test_en_background_president_is_no_participant():
    text = ("5 September 2018\n\nForeign Minister Elmar Mammadyarov met Japanese Foreign Minister Taro Kono.\n\n"
            "The ministers discussed trade.\n\nPreviously, President Ilham Aliyev received a Japanese delegation. "
            "Earlier, President Ilham Aliyev visited Tokyo.")
    names = people(text, "en")
    assert "Taro Kono" in names and "Ilham Aliyev" not in names


def test_without_a_past_word_a_titled_person_named_twice_stays():
    text = ("5 September 2018\n\nForeign Minister Elmar Mammadyarov met Japanese Foreign Minister Taro Kono.\n\n"
            "The ministers discussed trade.\n\nPresident Ilham Aliyev joined the talks. "
            "President Ilham Aliyev thanked Japan.")
    assert "Ilham Aliyev" in people(text, "en")


def test_a_correspondent_signing_the_report_is_no_participant():
    text = ("23 April 2024\n\nBucharest, April 23 - AGERPRES special correspondent Oana Ghita reports: President "
            "Klaus Iohannis was welcomed Tuesday by his South Korean counterpart Yoon Suk-yeol at the Presidential Palace.")
    names = people(text, "en")
    assert "Klaus Iohannis" in names and "Oana Ghita" not in names


def test_a_photo_credit_in_polish_is_no_participant():
    text = ("12 marca 2024\n\nMinister spraw zagranicznych Radosław Sikorski spotkał się w Warszawie z ambasadorem "
            "Japonii Akiro Miyamoto. Rozmawiano o współpracy gospodarczej i bezpieczeństwie w regionie. "
            "Fot. Anna Kowalska")
    names = people(text, "pl")
    assert "Radosław Sikorski" in names and "Anna Kowalska" not in names


def test_a_photo_credit_glued_to_a_caption_is_no_participant():
    text = ("7 січня 2024\n\nМіністерка закордонних справ Японії Йоко Камікава прибула до Києва з візитом і зустрілася "
            "з міністром закордонних справ України Дмитром Кулебою.\n\n"
            "Йоко Камікава (архівне фото)Фото: Ahn Young-joon/AFP")
    names = people(text, "uk")
    assert "Yoko Kamikawa" in names and not any("Ahn" in n for n in names)


def test_a_let_us_recall_sentence_names_background_people_uk():
    text = ("5 березня 2025\n\nМіністр закордонних справ України Андрій Сибіга провів зустріч з Послом Японії "
            "Масаші Мацудою. Нагадаємо, президент Володимир Зеленський провів зустріч з Прем'єр-міністром Японії Фуміо Кісідою.")
    names = people(text, "uk")
    assert "Andrii Sybiha" in names and not any("Zelensk" in n or "Kishida" in n for n in names)


def test_a_let_us_recall_sentence_names_background_people_ru():
    text = ("5 марта 2025\n\nМинистр иностранных дел России Сергей Лавров провёл переговоры с послом Японии "
            "Тикахито Харадой. Напомним, председатель КНДР Ким Чен Ын встретился с Дмитрием Медведевым.")
    names = people(text, "ru")
    assert "Sergey Lavrov" in names and not any("Jong-un" in n or "Medvedev" in n for n in names)


def test_a_japanese_given_name_before_a_ministers_surname_is_another_person():
    text = ("5 марта 2019\n\nМинистр иностранных дел России Сергей Лавров принял посла Японии "
            "Тикахито Хараду. Стороны обсудили двусторонние отношения.")
    names = people(text, "ru")
    assert "Chikahito Harada" in names and "Kenji Harada" not in names


def test_a_person_named_in_a_dated_relative_clause_is_no_participant_sl():
    text = ("30.09.2022\n\nPredsednica DZ Urška Klakočar Zupančič, ki se je pretekli torek v Tokiu udeležila pogrebne "
            "slovesnosti nekdanjega japonskega predsednika vlade Šinza Abeja, se je v četrtek sestala s "
            "predsednikom predstavniškega doma Hirojukijem Hosodo.")
    names = people(text, "sl")
    assert "Shinzo Abe" not in names and "Hiroyuki Hosoda" in names


def test_a_person_named_in_a_dated_relative_clause_is_no_participant_en():
    text = ("5 September 2018\n\nForeign Minister Elmar Mammadyarov, who had met President Vladimir Putin in "
            "Moscow on Monday, met Japanese Foreign Minister Taro Kono in Tokyo.")
    names = people(text, "en")
    assert "Taro Kono" in names and "Vladimir Putin" not in names
