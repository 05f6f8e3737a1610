"""What a meeting was about (h21 topics2: the pieces of h21/topics that held on the gates): a government minister's
title holds no parliamentary topic, forming a government is no education, German "damals" opens a sentence of the
past, and a sentence after the lead that appraises the ties as they stand lists their record, not the talks'."""
import pytest

from extracting import topics


# -- a minister's title is no parliament -----------------------------------------------------------------------------

def test_parliamentary_vice_minister_is_no_parliament():
    text = ("На 26 април заместник-министърът Мария Ангелиева прие японска делегация, ръководена от парламентарния "
            "заместник-министър на външните работи г-н Ясуши Хосака. Страните обсъдиха търговията и туризма.")
    assert "parliamentary" not in topics(text, "bg")


def test_speaker_still_makes_parliamentary():
    # a guard (passes on main too): a house's speaker still makes the talks parliamentary
    text = ("Председателят на Народното събрание прие посланика на Япония. Страните обсъдиха търговията и "
            "туризма.")
    assert "parliamentary" in topics(text, "bg")


# -- forming a government is no education ----------------------------------------------------------------------------

FORMED = [
    ("de", "Außenminister Chung traf am Sonntag seine deutsche Amtskollegin Baerbock in Liverpool. Chung gratulierte "
           "zur Bildung der neuen Bundesregierung. Sie sprachen über den Klimawandel und die Corona-Pandemie."),
    ("ru", "Министр иностранных дел Японии встретился в Москве с российским коллегой. Японский министр поздравил "
           "его с образованием нового правительства. Стороны обсудили изменение климата и пандемию."),
]


@pytest.mark.parametrize("code,text", FORMED)
def test_forming_a_government_is_no_education(code, text):
    assert "science_education" not in topics(text, code)


# -- German "damals" opens a sentence of the past --------------------------------------------------------------------

def test_damals_opens_background():
    text = ("Außenministerin Kang wird am 10. August in Berlin mit Bundesaußenminister Maas zusammenkommen, teilte "
            "ihr Sprecher am Donnerstag mit. Beim Treffen wird die Kooperation im Zusammenhang mit Covid-19 "
            "diskutiert.\nDamals hatte sie an einer Sitzung des UN-Menschenrechtsrats teilgenommen und mit Richtern "
            "des Internationalen Strafgerichtshofs über Justiz und Menschenrechte gesprochen.")
    assert "law_justice" not in topics(text, "de")


# -- appraisal of the ties as they stand, after the lead paragraph---------------------------------------------------------

APPRAISED = [
    ("bg", "На 11 ноември министър Георг Георгиев проведе среща с посланика на Япония в България. "
           "Срещата се състоя в сградата на министерството в София и продължи повече от час, съобщиха от пресцентъра "
           "на министерството в кратко съобщение, публикувано на официалната му страница в интернет във вторник вечерта след края на срещата.\n\nВ хода на "
           "разговора двете страни високо оцениха възходящото развитие на сътрудничеството, в т.ч. културния и "
           "академичния обмен.\n\nОткроени бяха перспективите за сътрудничество в областта на икономиката, "
           "енергетиката, сигурността и иновациите.", {"culture", "science_education"}),
    ("hu", "Martonyi János külügyminiszter Budapesten tárgyalt japán kollégájával a szabadkereskedelmi "
           "megállapodásról. A két miniszter a budapesti Karmelita kolostorban találkozott, a megbeszélés több mint "
           "egy órán át tartott, közölte a minisztérium szóvivője csütörtök este a minisztérium honlapján kiadott "
           "rövid közleményében.\n\nA külügyminiszter szerint a kapcsolatok hagyományosan jók mind a tudományos, "
           "kulturális, oktatási együttműködésben, mind a turizmusban.", {"culture", "science_education"}),
    ("en", "The Foreign Minister met the Japanese Ambassador in Warsaw on Monday to discuss energy cooperation. The "
           "meeting took place at the ministry's headquarters and lasted more than an hour, the ministry's spokesman "
           "said in a short statement published on its website on Monday evening after the talks had ended.\n\n"
           "Both sides noted that relations are traditionally strong in culture, tourism, science and education.",
     {"culture", "science_education"}),
]


@pytest.mark.parametrize("code,text,record", APPRAISED)
def test_appraised_fields_are_no_subjects(code, text, record):
    assert not record & set(topics(text, code))


def test_appraised_fields_in_a_told_subject_count():
    # a guard: "the topic of the talks were the traditionally strong economic ties" tells what was discussed
    text = ("Minister Sikorski rozmawiał dziś z minister spraw zagranicznych Japonii.\nTematem konsultacji były także "
            "tradycyjnie silne relacje gospodarcze obu państw oraz przygotowania do udziału w EXPO 2025.")
    assert "economy" in topics(text, "pl")


def test_appraisal_leaves_the_only_subject():
    # a guard: a page whose one topic word is in an appraisal sentence keeps it
    text = ("Министр иностранных дел Украины встретился с послом Японии в Киеве.\nСтороны высоко оценили "
            "развитие торгово-экономического сотрудничества и инвестиционных связей.")
    assert "economy" in topics(text, "ru")


def test_appraisal_in_the_lead_still_tells_the_meeting():
    # a guard: the lead tells what this meeting was about, even in words of praise
    text = ("The Foreign Minister highly appreciated Japan's support for energy security and the defence of Ukraine "
            "at a meeting with the Japanese Ambassador in Kyiv on Monday.\nThe sides also discussed cultural "
            "exchanges and tourism, and cooperation in culture.")
    got = topics(text, "en")
    assert "energy" in got and "security" in got
