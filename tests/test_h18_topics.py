"""What a meeting was about (h18 topics, tuned on fresh pages): the name of the International Atomic Energy Agency
is an organisation, not an energy subject; Ukrainian and Belarusian feminine -ka nouns keep their topic in the
dative/locative, where k turns into c (енергетиці, навуцы); a regional legislature (Законодательное собрание, Landtag)
is subnational, not parliamentary; a portfolio word (ресор, resor, resort) names an office as a ministry does."""
import pytest

from kronika.events.topics import in_office
from kronika.nlp.analyze import analyze

from extracting import topics, topic_keys


# -- the IAEA's name is an organisation ----------------------------------------------------------------------------

IAEA = [
    ("en", "Japan asked for support for its candidate for Director General of the International Atomic Energy Agency.",
     "They discussed cooperation in nuclear energy."),
    ("de", "Japan bat um Unterstützung für seinen Kandidaten an der Spitze der Internationalen Atomenergiebehörde.",
     "Sie sprachen über die Zusammenarbeit im Energiebereich."),
    ("ru", "Посол попросил поддержать японского кандидата на пост гендиректора Международного агентства по атомной "
           "энергии.", "Стороны обсудили сотрудничество в сфере атомной энергии."),
    ("uk", "Посол попросив підтримати японського кандидата на посаду гендиректора Міжнародного агентства з атомної "
           "енергії.", "Сторони обговорили співпрацю в енергетиці."),
    ("be", "Пасол папрасіў падтрымаць японскага кандыдата на пасаду кіраўніка Міжнароднага агенцтва па атамнай энергіі.",
     "Бакі абмеркавалі супрацоўніцтва ў энергетыцы."),
    ("pl", "Ambasador poprosił o poparcie japońskiego kandydata na szefa Międzynarodowej Agencji Energii Atomowej.",
     "Rozmawiano o współpracy w dziedzinie energii atomowej."),
    ("cs", "Velvyslanec požádal o podporu japonského kandidáta do čela Mezinárodní agentury pro atomovou energii.",
     "Jednali o spolupráci v oblasti jaderné energie."),
    ("sk", "Veľvyslanec požiadal o podporu japonského kandidáta na čelo Medzinárodnej agentúry pre atómovú energiu.",
     "Rokovali o spolupráci v oblasti energetiky."),
    ("sl", "Veleposlanik je prosil za podporo japonskemu kandidatu za vodjo Mednarodne agencije za atomsko energijo.",
     "Govorili so o sodelovanju na področju energetike."),
    ("hr", "Veleposlanik je zatražio potporu japanskom kandidatu za čelnika Međunarodne agencije za atomsku energiju.",
     "Razgovarali su o suradnji u energetici."),
    ("sr", "Ambasador je zatražio podršku japanskom kandidatu za čelnika Međunarodne agencije za atomsku energiju.",
     "Razgovarali su o saradnji u energetici."),
    ("mk", "Амбасадорот побара поддршка за јапонскиот кандидат за шеф на Меѓународната агенција за атомска енергија.",
     "Разговараа за соработка во енергетиката."),
    ("bg", "Посланикът поиска подкрепа за японския кандидат за генерален директор на Международната агенция по атомна "
           "енергия.", "Обсъдиха сътрудничеството в енергетиката."),
    ("ro", "Ambasadorul a cerut sprijin pentru candidatul japonez la conducerea Agenției Internaționale pentru Energie "
           "Atomică.", "Au discutat cooperarea în domeniul energiei."),
    ("hu", "A nagykövet támogatást kért a japán jelöltnek a Nemzetközi Atomenergia-ügynökség élére.",
     "Az energetikai együttműködésről tárgyaltak."),
    ("lt", "Ambasadorė paprašė paramos Japonijos kandidatui į Tarptautinės atominės energetikos agentūros vadovo postą.",
     "Aptarė bendradarbiavimą energetikos srityje."),
    ("ja", "大使は国際原子力機関の事務局長選挙への支持を求めた。", "双方は原子力分野での協力について協議した。"),
]


@pytest.mark.parametrize("code,text,contrast", IAEA)
def test_iaea_name_is_no_energy_cue(code, text, contrast):
    assert "energy" not in topic_keys(text, code)
    assert "energy" in topic_keys(contrast, code)  # energy talks still are


def test_iaea_candidacy_leaves_the_talks_subjects():
    text = ("Lietuva ir Japonija galėtų remti viena kitos kandidatus. Apie tai kalbėta pirmadienį per premjero "
            "Andriaus Kubiliaus ir Japonijos ambasadorės Miyoko Akashi susitikimą Vilniuje. Ambasadorė paprašė Lietuvos "
            "paramos Japonijos kandidatui kandidatuojant į Tarptautinės atominės energetikos agentūros generalinio "
            "direktoriaus postą. Ambasadorė pabrėžė siekį intensyvinti šalių bendradarbiavimą mokslo ir technologijų "
            "srityje.")
    got = topics(text, "lt")
    assert "energy" not in got and "technology" in got


# -- uk/be: k turns into c in the dative and locative -----------------------------------------------------------------

@pytest.mark.parametrize("code,text,want", [
    ("uk", "Сторони домовилися про співпрацю в енергетиці та науці.", {"energy", "science_education"}),
    ("uk", "Міністри обговорили співпрацю в безпеці та логістиці.", {"security", "economy"}),
    ("uk", "Йшлося про співпрацю в робототехніці та мікроелектроніці.", {"technology"}),
    ("be", "Бакі дамовіліся пра супрацоўніцтва ў энергетыцы і навуцы.", {"energy", "science_education"}),
    ("be", "Гаворка ішла пра супрацоўніцтва ў электроніцы і лагістыцы.", {"technology", "economy"}),
])
def test_k_to_c_locative_keeps_its_topic(code, text, want):
    assert want <= topic_keys(text, code)


def test_security_locative_and_its_phrases():
    assert "security" in topic_keys("Сторони обговорили співпрацю в безпеці.", "uk")
    # the longer phrases keep their own reading in the locative too
    assert topic_keys("Обговорили питання співпраці в енергетичній безпеці.", "uk") == {"energy"}
    assert "security" not in topic_keys("Обговорили питання радіаційній безпеці.", "uk")


# -- a regional legislature is subnational ---------------------------------------------------------------------------

def test_regional_assembly_chairman_is_subnational_ru():
    text = ("Генеральный консул Республики Корея прибыл в Иркутск.\n\nСегодня консул встретился с Председателем "
            "Законодательного собрания Иркутской области Иваном Зелентом. Стороны обсудили сотрудничество региона с "
            "провинцией Кёнсан-Пукто.")
    got = topics(text, "ru")
    assert "parliamentary" not in got and "subnational" in got


def test_landtag_president_is_subnational_de():
    text = ("Bregenz - Der Botschafter von Japan, Makoto Taketoshi, stattete Landtagspräsident Harald Sonderegger am "
            "21. Juli im Landhaus Bregenz seinen Antrittsbesuch ab. Im Mittelpunkt des Austausches standen vor allem "
            "wirtschaftliche Themen.")
    got = topics(text, "de")
    assert "parliamentary" not in got and "subnational" in got


def test_regional_assembly_cue_national_parliament_cue():
    assert topic_keys("Консул встретился с председателем Законодательного собрания области.", "ru") == {"subnational"}
    assert "parliamentary" in topic_keys("Посол встретился с депутатами Государственной думы.", "ru")  # the nation's stays
    assert "subnational" in topic_keys("Der Botschafter besuchte den Landtag.", "de")
    assert "parliamentary" in topic_keys("Der Botschafter traf Abgeordnete des Bundestages.", "de")


# -- a portfolio word names an office -----------------------------------------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("bg", "В срещата участва и заместник-кметът с ресор „Хуманитарни дейности“ Елина Димитрова."),
    ("hr", "Sastanku je prisustvovao zamjenik gradonačelnika zadužen za resor gospodarstva Ivan Horvat."),
    ("sr", "Sastanku je prisustvovao član gradskog veća za resor privrede Marko Marković."),
    ("sl", "Srečanja se je udeležil podžupan, pristojen za resor gospodarstva."),
    ("cs", "Jednání se zúčastnil náměstek hejtmana pro resort zdravotnictví."),
    ("sk", "Rokovania sa zúčastnil podpredseda kraja pre rezort školstva."),
    ("pl", "W spotkaniu uczestniczył wicemarszałek odpowiedzialny za resort gospodarki."),
])
def test_portfolio_word_is_an_office(code, text):
    a = analyze(text, code)
    cues = [m for m in a.topics if m.key not in ("subnational", "parliamentary")]
    assert cues and all(in_office(a, m) for m in cues)


def test_deputy_mayors_portfolio_is_no_subject_bg():
    text = ("Кметът на Плевен д-р Валентин Христов посрещна днес в Плевен временно управляващия Посолството на "
            "Япония. В официалната среща участва и заместник-кметът с ресор „Хуманитарни дейности“ Елина Димитрова. "
            "По време на разговора бяха обсъдени изучаването на японския език и културните връзки.")
    assert "development_aid" not in topics(text, "bg")
