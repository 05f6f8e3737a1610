"""h16 persprec: who is not a party to the main event though the text names him: one of an earlier contact told
after a clause of the past, a caption's person, a person of a quoted past meeting, whose relations are spoken
of, and one person written two ways."""
import pytest

from tests.extracting import first, participants


def people(text: str, code: str, published: str = "2024-05-05") -> list[str]:
    """The participants of the first event extracted from `text`, sorted."""
    return participants(first(text, code, published))


# A later paragraph's clause that opens with a word of the past (events.yaml BACKGROUND) tells an earlier contact


def test_serbian_earlier_contact_after_a_clause_of_the_past() -> None:
    text = ("Pjongjang, 19. oktobar 2023. Severnokorejski lider Kim Džong Un primio je u Pjongjangu ruskog "
            "ministra spoljnih poslova Sergeja Lavrova.\n\nSastanak je trajao nešto više od sat vremena, a pre "
            "toga Lavrov je imao razgovor sa severnokorejskom ministarkom spoljnih poslova Čoe Son Hui.")
    got = people(text, "sr", "2023-10-19")
    assert "Sergey Lavrov" in got and not any("Choe" in n for n in got)


def test_english_earlier_contact_after_a_clause_of_the_past() -> None:
    text = ("Pyongyang, 19 October 2023. North Korean leader Kim Jong Un received Russian Foreign Minister Sergey "
            "Lavrov in Pyongyang on Thursday.\n\nThe meeting lasted just over an hour, and before that Lavrov held "
            "talks with North Korean Foreign Minister Choe Son Hui.")
    got = people(text, "en", "2023-10-19")
    assert "Sergey Lavrov" in got and not any("Choe" in n for n in got)


# A short line with a caption's label of two words inside it is a caption, not the lead


def test_czech_caption_with_its_label_inside_the_line() -> None:
    text = ("Lipavský jednal s Kamikawovou\n\nPremiér Petr Fiala na snímku z archivu ČTK\n\nPraha, 5. května 2024. "
            "Ministr zahraničí Jan Lipavský se v neděli v Praze setkal s japonskou ministryní zahraničí Jóko "
            "Kamikawovou. Jednání se týkalo hospodářské spolupráce a bezpečnosti.")
    assert people(text, "cs") == ["Jan Lipavský", "Yoko Kamikawa"]


# A past meeting told in someone's words: quotation marks _quoted does not pair on one line


def test_english_quotation_left_open_into_the_next_paragraph() -> None:
    text = ("Tokyo, 5 May 2024. Polish Foreign Minister Radosław Sikorski met Japanese Foreign Minister Yoko "
            "Kamikawa in Tokyo on Sunday.\n\n\"We spoke about Ukraine,\" Sikorski told reporters. \"I recently met "
            "President Volodymyr Zelensky in Kyiv and he thanked Japan. President Zelensky asked for more help.\n\n"
            "\"Japan has been a generous partner.\"")
    assert people(text, "en") == ["Radosław Sikorski", "Yoko Kamikawa"]


def test_polish_direct_speech_opened_by_a_dash() -> None:
    text = ("Tokio, 5 maja 2024. Minister spraw zagranicznych Radosław Sikorski spotkał się w niedzielę w Tokio z "
            "szefową japońskiej dyplomacji Yoko Kamikawą.\n\n– Niedawno rozmawiałem z prezydentem Wołodymyrem "
            "Zełenskim o odbudowie Ukrainy. Prezydent Wołodymyr Zełenski dziękował Japonii – powiedział Sikorski.")
    assert people(text, "pl") == ["Radosław Sikorski", "Yoko Kamikawa"]


def test_slovene_quotation_in_reversed_guillemets() -> None:
    text = ("Tokio, 5. maja 2024. Zunanja ministrica Tanja Fajon se je v nedeljo v Tokiu sestala z japonsko "
            "zunanjo ministrico Yoko Kamikawa.\n\n»Nedavno sem se srečala z ukrajinskim predsednikom Volodimirjem "
            "Zelenskim. Predsednik Volodimir Zelenski se je Japonski zahvalil,« je povedala Fajon.")
    assert people(text, "sl") == ["Tanja Fajon", "Yoko Kamikawa"]


def test_bulgarian_quoted_street_name_closes_its_quote() -> None:
    """„Дондуков“ 2: the “ closes the „, and the ambassador after it is met."""
    text = ("Президентът Румен Радев проведе среща днес на „Дондуков“ 2 с посланика на Китайската народна "
            "република у нас Дун Сяодзюн, на която призова за засилване на сътрудничеството.")
    assert len(people(text, "bg", "2020-04-08")) == 2


# Whose relations a noun of relations speaks of (names.yaml RELATIONS) is the topic


def test_serbian_relations_of_two_presidents() -> None:
    text = ("Београд, 28. априла 2025. Министар спољних послова Марко Ђурић састао се данас са амбасадором Кине у "
            "Србији Ли Мингом.\n\nЂурић је истакао да су две државе постале челични пријатељи, чему су у великој "
            "мери допринели изванредни односи председника Александра Вучића и председника Кине Сија Ђинпинга.")
    got = people(text, "sr", "2025-04-28")
    assert "Marko Đurić" in got and "Aleksandar Vučić" not in got and "Xi Jinping" not in got


def test_english_relations_between_two_leaders() -> None:
    text = ("Warsaw, 5 May 2024. Polish Foreign Minister Radosław Sikorski met Japanese Ambassador Akio Miyajima "
            "in Warsaw on Sunday.\n\nThey praised the excellent relations between President Andrzej Duda and "
            "Prime Minister Fumio Kishida, which have lifted ties.")
    assert people(text, "en") == ["Akio Miyajima", "Radosław Sikorski"]


def test_english_relations_with_a_partner_keep_him() -> None:
    text = ("Warsaw, 5 May 2024. Polish Foreign Minister Radosław Sikorski discussed relations with Japanese "
            "Foreign Minister Yoko Kamikawa in Warsaw on Sunday.")
    assert people(text, "en") == ["Radosław Sikorski", "Yoko Kamikawa"]


# One person written two ways is one participant


def test_russian_short_and_declined_readings_of_one_name() -> None:
    text = ("Киев, 15 июля 2023 года. Президент Южной Кореи Сок Ель прибыл с необъявленным визитом на Украину. "
            "Визит Сок Еля на Украину завершает его поездку в Европу.\n\nПрезидент Южной Кореи Юн Сок Ель "
            "встретился с президентом Украины Владимиром Зеленским. Юн Сок Ель посетил Бучу.")
    got = people(text, "ru", "2023-07-15")
    assert len([n for n in got if "Yel" in n or "Yeol" in n or "Yoon" in n]) == 1


def test_english_headline_capitals_read_into_a_name() -> None:
    text = ("President Lee, Czech Prime Minister Fiala Speak for First Time since Election\n\nPresident Lee "
            "Jae-myung spoke over the phone with Czech Prime Minister Petr Fiala on Wednesday for the first time "
            "since taking office last week.")
    got = people(text, "en", "2025-06-11")
    assert len([n for n in got if "Fiala" in n]) == 1


def test_slovene_two_people_sharing_a_word_stay_two() -> None:
    text = ("Seul, 26. februarja 2018. Predsednik republike Borut Pahor se je danes v Seulu sestal s predsednikom "
            "Moon Jae-inom in z nekdanjim generalnim sekretarjem OZN Ban Ki-moonom.")
    got = people(text, "sl", "2018-02-26")
    assert any("Moon" in n and "Ban" not in n for n in got) and any("Ban" in n for n in got)


# Whom a word of doubt names (names.yaml MAYBE) is a contact not told as made


def test_ukrainian_possibly_met_president() -> None:
    text = ("Київ, 16 листопада 2024. Міністр закордонних справ Японії Такеші Івая прибув до Києва з "
            "неоголошеним візитом і провів переговори з українським колегою Андрієм Сибігою, а також, можливо, з "
            "президентом Володимиром Зеленським.\n\nСторони обговорили відбудову енергетики.")
    got = people(text, "uk", "2024-11-16")
    assert "Takeshi Iwaya" in got and "Volodymyr Zelensky" not in got


def test_english_possibly_met_and_no_one_else_keeps_him() -> None:
    text = "Tokyo, 5 May 2024. Possibly Prime Minister Fumio Kishida will receive the delegation on Sunday."
    assert "Fumio Kishida" in people(text, "en")


def test_english_relations_word_ending_a_headline_names_no_one() -> None:
    text = ("Looking back at a decade of ties\n\nPrime Minister Shinzo Abe held talks with Czech Prime Minister "
            "Andrej Babiš in Prague on 4 May 2019.")
    assert people(text, "en", "2019-05-05") == ["Andrej Babiš", "Shinzo Abe"]


# "relations with …" names a partner, in each language's own word of "with" (names.yaml RELATIONS_WITH)


@pytest.mark.parametrize("code,head,partner,between", [
    ("bg", "отношенията", "със", "между"),
    ("ru", "отношения", "с", "между"),
    ("pl", "relacje", "z", "między"),
    ("en", "relations", "with", "between"),
])
def test_relations_with_a_partner_name_no_topic(code, head, partner, between) -> None:
    from kronika.lang import load
    rx = load(code).relations
    assert rx.search(f"обсъдиха {head} {partner} министъра") is None
    assert rx.search(f"обсъдиха {head} {between} министъра") is not None
