"""Session h12's mechanisms of sentence ends and dates, met in real press excerpts no rule had seen:
constructed press sentences, each failing on the code before its mechanism."""
import pytest

from kronika.text.tokens import sentences
from extracting import events


def pieces(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_a_headline_and_a_date_line_end_before_the_lead():
    # lines in one paragraph: a headline closing on a name, a date line closing on a number, then the lead
    text = ("Ministar: Čast mi je da idem u Japan\nTanjug 16.07.2019\nMinistar spoljnih poslova Srbije razgovarao "
            "je danas sa ambasadorom Japana u Beogradu.")
    assert pieces(text) == ["Ministar: Čast mi je da idem u Japan", "Tanjug 16.07.2019",
                            "Ministar spoljnih poslova Srbije razgovarao je danas sa ambasadorom Japana u Beogradu."]


@pytest.mark.parametrize("text", [
    # a text wrapped at a fixed width: the next line's first word would not have fitted, the sentence goes on
    "Minister spraw zagranicznych spotkał się w poniedziałek w Warszawie z premierem Japonii\n"
    "Shinzo Abe, z którym rozmawiał o współpracy gospodarczej obu krajów oraz o sytuacji na\n"
    "Ukrainie i w Korei Północnej po ostatnich testach rakietowych.",
    # a line closing on a lower-case word is a sentence going on
    "Minister spotkał się z ambasadorem\nJaponii w Warszawie.",
])
def test_a_wrapped_line_does_not_end_a_sentence(text):
    assert len(pieces(text)) == 1


def test_a_month_nearer_a_later_trigger_is_not_the_meetings():
    # "u oktobru" belongs to the invitation accepted at the end of the sentence, not to the talk it opens with
    text = ("Beograd, 16. jul 2019.\nPredsednik Srbije razgovarao je sa ambasadorom Japana i rekao da mu je "
            "čast da prihvati poziv da u oktobru prisustvuje ceremoniji u Tokiju.")
    ev = events(text, "sr")[0]
    assert ev.date == "2019-07-16"


@pytest.mark.parametrize("code,text,people", [
    # a given name and a patronymic, the polite second mention, are the person named in full with that given name
    ("ru", "Москва, 10 марта 2021 г. Министр иностранных дел России Сергей Лавров встретился с послом Японии "
           "Тоёхисой Кодзуки. Как отметил Сергей Викторович, стороны обсудили мирный договор.",
     {"Sergey Lavrov", "Toyohisa Kozuki"}),
    ("uk", "Київ, 10 березня 2021 р. Міністр закордонних справ України Дмитро Кулеба зустрівся з послом Японії "
           "Такаші Кураі. Як зазначив Дмитро Іванович, сторони обговорили співпрацю.", {"Dmytro Kuleba", "Takashi Kurai"}),
    # the given name written in the language's own spelling, the registry's in another
    ("be", "Мінск, 10 сакавіка 2021 г. Міністр замежных спраў Уладзімір Макей сустрэўся з паслом Японіі Хідэакі "
           "Уэда. Як адзначыў Уладзімір Уладзіміравіч, бакі абмеркавалі супрацоўніцтва.", {"Vladimir Makei", "Hideaki Ueda"}),
    # a family name shaped like a patronymic, with no namesake to join, stays the person it names
    ("ru", "Москва, 10 марта 2021 г. Посол Японии Тоёхиса Кодзуки встретился с Романом Абрамовичем.",
     {"Toyohisa Kozuki", "Roman Abramovich"}),
])
def test_a_given_name_and_patronymic_is_the_person_named_in_full(code, text, people):
    assert {p.name for p in events(text, code)[0].persons} == people


@pytest.mark.parametrize("text,n", [
    # a year's dot before a capitalised word closes the sentence (an ordinal's dot does not)
    ("Prezident navštívil Kóreu v apríli 2018. Zasadnutie komisie sa konalo v Soule.", 2),
    ("Predsjednik je posjetio Japan 15. 5. 2018. Sastanak je održan u Tokiju.", 2),
    ("Na 15. Zasadnutí komisie sa zúčastnil minister.", 1),
    # the year opening a Hungarian or Korean-style date: a small letter or a digit follows
    ("A miniszter 2018. május 5-én Szöulba utazott.", 1),
    ("A találkozó időpontja 2018. 5. 15. volt.", 1),
])
def test_a_years_dot_ends_a_sentence(text, n):
    assert len(pieces(text)) == n


def test_a_recalled_contact_has_only_its_own_sentences_people():
    text = ("Štátny tajomník prijal veľvyslanca\n22.1.2019\nŠtátny tajomník Lukáš Parízek prijal dnes veľvyslanca "
            "Kórejskej republiky Chung Byung Hwa. Rozvoju dialógu prispela návšteva prezidenta SR Andreja Kisku v "
            "Kórejskej republike v apríli 2018. V novembri 2018 sa v Soule uskutočnilo prvé zasadnutie zmiešanej "
            "komisie.")
    later = [e for e in events(text, "sk") if e.date == "2018-11-01"]
    assert later and not later[0].persons


LT_TRIP = ("2025-10-22 Ministras Japonijoje dalyvaus konferencijoje\n\nBNS inf.\n\nUžsienio reikalų ministras Kęstutis "
           "Budrys trečiadienį vyksta į Tokijų, kur susitiks su Japonijos kolega Toshimitsu Motegi ir dalyvaus Ukrainos "
           "išminavimo konferencijoje.\n\nKonferenciją rengia Japonijos vyriausybė.\n\nSpalio pradžioje Lietuvoje su "
           "oficialiu vizitu lankėsi Japonijos kariuomenės vadas Hiroaki Uchikura. Vilniuje jis susitiko su Lietuvos "
           "kariuomenės vadu Raimundu Vaikšnoru.")


def test_a_paragraph_goes_on_about_the_other_time_it_opened():
    # the second sentence has no date of its own: its people and its city are the earlier visit's
    main = events(LT_TRIP, "lt")[0]
    assert "Raimundas Vaikšnoras" not in {p.name for p in main.persons}
    assert main.location.city != "Vilnius"


def test_early_in_the_month_is_another_time_than_its_22nd():
    # "Spalio pradžioje" (early October) recalls a contact of its own beside an event of 22 October
    assert [e.date for e in events(LT_TRIP, "lt")][1:] == ["2025-10-01"]
