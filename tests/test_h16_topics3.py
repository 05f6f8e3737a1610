"""What a meeting was about (h16 topics3): a topic word inside the name of a club, an association, a named zone or
a university names a venue or a body, not the talks' subject (topics.yaml BODY, BODY_NAMED); "the international
community" is no organisation, so it no longer makes talks multilateral; a war honoured by laying a wreath is a
ceremony, not a security subject (topics.yaml CEREMONY)."""
import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def topics(text: str, code: str) -> list[str]:
    """The topics of the document's first event."""
    evs = extract_document(Document(id="t", text=text), code).events
    assert evs, "no event"
    return evs[0].topics


# -- a topic word in the name of a club, an association, a named zone or a university ---------------------------

BODY_NAMES = [
    ("sk", "economy", "Primátor Komárna prijal 18. júla japonského veľvyslanca v podnikateľskom klube mesta."),
    ("cs", "economy", "Primátor Opavy přijal 18. července japonského velvyslance v podnikatelském klubu města."),
    ("pl", "economy", "Marszałek województwa przyjął 18 lipca ambasadora Korei w Katowickiej Specjalnej Strefie "
                      "Ekonomicznej."),
    ("en", "economy", "The mayor of Pleven received the Japanese ambassador on 18 July at the Special Economic Zone."),
    ("en", "economy", "The ambassador of Japan met the rector of Kyiv on 18 July at the National Economic University."),
    ("ru", "economy", "Мэр Владивостока принял 18 июля посла Японии в Ассоциации экономического сотрудничества."),
]


@pytest.mark.parametrize("code,topic,text", BODY_NAMES)
def test_topic_word_in_a_body_name_is_no_subject(code, topic, text):
    assert topic not in topics(text, code)


def test_only_a_capitalised_zone_is_a_name():
    named = "The foreign ministers of Japan and Poland met in Tokyo on 18 July at the Special Economic Zone."
    subject = "The foreign ministers of Japan and Poland met in Tokyo on 18 July and discussed a free trade zone."
    assert "economy" not in topics(named, "en") and "economy" in topics(subject, "en")


def test_a_club_is_a_venue_but_business_talks_are_economy():
    club = "Primátor Komárna prijal 18. júla japonského veľvyslanca v podnikateľskom klube."
    talks = "Primátor Komárna prijal 18. júla japonského veľvyslanca. Rokovali o podnikateľskom prostredí a investíciách."
    assert "economy" not in topics(club, "sk") and "economy" in topics(talks, "sk")


# -- the international community is no organisation -------------------------------------------------------------

COMMUNITY = [
    ("en", "The prime ministers of Japan and Poland met in Warsaw on 13 September and agreed that a strong response "
           "is needed from the international community."),
    ("de", "Die Außenminister Japans und Ungarns trafen sich am 13. September in Budapest und riefen die "
           "internationale Gemeinschaft zu Geschlossenheit auf."),
    ("ru", "Министры иностранных дел Японии и Польши встретились 13 сентября в Варшаве и призвали международное "
           "сообщество к единству."),
]


@pytest.mark.parametrize("code,text", COMMUNITY)
def test_international_community_is_not_multilateral(code, text):
    assert "multilateral" not in topics(text, code)


def test_nato_is_multilateral_the_international_community_not():
    nato = "The prime ministers of Japan and Poland met in Warsaw on 13 September and discussed cooperation with NATO."
    community = ("The prime ministers of Japan and Poland met in Warsaw on 13 September and discussed the response of "
                 "the international community.")
    assert "multilateral" in topics(nato, "en") and "multilateral" not in topics(community, "en")


# -- a wreath laid for the fallen is a ceremony ---------------------------------------------------------------

CEREMONY = [
    ("sk", "Prezident Kiska 12. apríla v Soule rokoval s prezidentom Kórey a uctil prostredníctvom ceremónie "
           "kladenia vencov vojakov padlých v kórejskej vojne."),
    ("en", "The Polish President met the Korean President in Seoul on 12 April and laid a wreath for the soldiers "
           "who fell in the Korean War."),
    ("ru", "Президент Польши 12 апреля встретился в Сеуле с президентом Кореи и возложил венок к мемориалу "
           "павшим военнослужащим."),
]


@pytest.mark.parametrize("code,text", CEREMONY)
def test_war_dead_honoured_with_a_wreath_is_no_security(code, text):
    assert "security" not in topics(text, code)


def test_a_wreath_clause_leaves_the_talks_alone():
    wreath = ("The Polish President met the Korean President in Seoul on 12 April and laid a wreath for the soldiers "
              "who fell in the Korean War.")
    talks = ("The Polish President met the Korean President in Seoul on 12 April and discussed defence cooperation. "
             "He laid a wreath at the cemetery.")
    assert "security" not in topics(wreath, "en") and "security" in topics(talks, "en")
