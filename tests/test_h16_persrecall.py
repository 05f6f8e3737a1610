"""h16 persrecall: participants a text names that were not found as names at all: a family name with initials
past its title's state, a Chinese given name in a case, a Korean official's one-letter syllable, a Chinese name
whose first syllable the language writes as a small word."""
from kronika.lang import load
from kronika.nlp.persons import canonical_name, chinese_of
from tests.extracting import first, participants


def people(text: str, code: str, published: str = "2024-05-05") -> list[str]:
    """The participants of the first event extracted from `text`, sorted."""
    return participants(first(text, code, published))


# A family name with its initials is a full name, as near its title as "Minister Lipavský" past the state


def test_russian_initials_before_family_names_past_the_titles_state() -> None:
    text = ("24 декабря состоялся телефонный разговор министра иностранных дел России С.Петрова с министром "
            "иностранных дел Японии Ё.Кавагути. Обсуждалась ситуация на Корейском полуострове.")
    got = people(text, "ru", "2002-12-24")
    assert any("Petrov" in n for n in got) and any("Kawaguchi" in n for n in got)


def test_russian_initials_with_a_space_and_two_letters() -> None:
    text = ("24 декабря в Минске министр иностранных дел Японии Ё. Накаяма провела переговоры с "
            "министром иностранных дел Беларуси А.Г. Мельником.")
    got = people(text, "ru", "2021-12-24")
    assert any("Nakayama" in n for n in got) and any("Melnik" in n for n in got)


def test_russian_family_name_before_its_initials() -> None:
    text = ("24 декабря 2021 года Чрезвычайный и Полномочный Посол Республики Беларусь в Китайской Народной "
            "Республике Сенько Ю.А. вручил копии верительных грамот директору Протокольного департамента "
            "МИД КНР Хун Лэю.")
    got = people(text, "ru", "2021-12-24")
    assert any("Senko" in n for n in got)


def test_russian_initial_of_two_letters() -> None:
    text = ("24 декабря состоялся телефонный разговор министра иностранных дел России И.Иванова с министром "
            "иностранных дел Японии Дз. Коидзуми.")
    assert any("Koizumi" in n for n in people(text, "ru", "2002-12-24"))


# A Chinese given name in a case is read with the fewest syllables: the case ending is no syllable


def test_palladius_given_name_in_its_case() -> None:
    assert chinese_of(["Хун", "Лэю"], "ru") == "Hong Lei"
    assert chinese_of(["Хун", "Лэя"], "ru") == "Hong Lei"


def test_serbian_chinese_given_name_in_its_case_is_no_korean_name() -> None:
    endings = load("sr").name_endings
    assert canonical_name(["Ли", "Мингом"], "sr", endings) == "Li Ming"
    assert canonical_name(["Ли", "Минга"], "sr", endings) == "Li Ming"


def test_korean_given_name_with_a_case_ending_stays_korean() -> None:  # guard
    assert canonical_name(["Ли", "Джунсоком"], "ru", load("ru").name_endings) == "Jun-sok Lee"


# A registry alias with a syllable of one letter ("Чон Ый Ён") is spelt out by all its words


def test_korean_minister_with_a_one_letter_syllable() -> None:
    text = "5 марта 2021 года Глава МИД Южной Кореи Чон Ый Ён провел телефонные переговоры с министром иностранных дел Турции."
    assert "Eui-yong Chung" in people(text, "ru", "2021-03-05")


# A small word the text writes in lower case elsewhere still opens a Chinese name it reads as


def test_bulgarian_si_opens_a_chinese_name() -> None:
    text = ("Китайският лидер Си Цзинпин се срещна днес в Пекин с беларуския си колега Александър Лукашенко, "
            "предаде агенция Синхуа.")
    got = people(text, "bg", "2025-06-04")
    assert "Xi Jinping" in got and "Alexander Lukashenko" in got


# A Czech given name in the genitive puts the family name beside it in the genitive too (names.yaml GENITIVE_PAIR)


def test_czech_genitive_pair() -> None:
    endings = load("cs").name_endings
    assert canonical_name(["Juraje", "Chmiela"], "cs", endings) == "Juraj Chmiel"
    assert canonical_name(["Tomáše", "Petříčka"], "cs", endings) == "Tomáš Petříček"


def test_czech_ambassador_in_the_genitive_in_a_sentence() -> None:
    text = ("Dne 5. května 2023 se v Brně uskutečnilo setkání pod záštitou velvyslance České republiky "
            "v Maďarsku Juraje Chmiela s velvyslancem Japonska Kenjim Hiramatsuem.")
    assert "Juraj Chmiel" in people(text, "cs", "2023-05-05")
