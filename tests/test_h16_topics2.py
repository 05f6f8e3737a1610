"""What a meeting was about (h16 topics2, tuned on the pool-tune pages): military honours at a welcome are a
ceremony, not a security subject (NONE phrases in 20 languages); a mayor or governor named in the lead as the one who
receives makes the talks subnational cooperation, though the cue is a part of a person's title."""
import pytest


from extracting import topics, topic_keys


# -- military honours are a ceremony ---------------------------------------------------------------------------

HONOURS = [
    ("hu", "Áder János köztársasági elnök katonai tiszteletadás mellett fogadta a koreai elnököt."),
    ("en", "The President welcomed the Japanese Prime Minister with full military honours."),
    ("pl", "Prezydent powitał premiera Japonii z honorami wojskowymi."),
    ("cs", "Prezident přivítal japonského premiéra s vojenskými poctami."),
    ("sk", "Prezident privítal japonského premiéra s vojenskými poctami."),
    ("ru", "Президент встретил премьер-министра Японии с военными почестями."),
    ("uk", "Президент зустрів прем'єр-міністра Японії з військовими почестями."),
    ("de", "Der Präsident empfing den japanischen Ministerpräsidenten mit militärischen Ehren."),
    ("ro", "Președintele l-a primit pe premierul japonez cu onoruri militare."),
    ("hr", "Predsjednik je japanskog premijera dočekao uz vojne počasti."),
    ("sl", "Predsednik je japonskega premierja sprejel z vojaškimi častmi."),
    ("bg", "Президентът посрещна японския премиер с военни почести."),
]


MILITARY = {"en": "Talks covered military cooperation and the war in Ukraine.",
            "pl": "Rozmowy dotyczyły współpracy wojskowej.", "de": "Sie sprachen über militärische Zusammenarbeit."}


@pytest.mark.parametrize("code,text", HONOURS)
def test_military_honours_are_no_security_cue(code, text):
    assert "security" not in topic_keys(text, code)
    if code in MILITARY:  # the military word elsewhere stays a cue
        assert "security" in topic_keys(MILITARY[code], code)


# -- a mayor who receives makes it subnational -------------------------------------------------------------------

MAYORS = [
    ("sk", "Primátor Komárna Anton Marek prijal 17. júla 2013 veľvyslanca Japonska Akiru Takamatsu. "
           "Diskutovali o turistických možnostiach mesta a o kultúre."),
    ("bg", "Кметът на Плевен Валентин Христов посрещна на 14 ноември 2025 г. посланика на Япония Хидеаки Мачида. "
           "Обсъдени бяха културни събития и туризъм."),
    ("en", "The Mayor of Gdansk Aleksandra Dulkiewicz received the Ambassador of Japan Akio Miyajima on 5 May 2023. "
           "They discussed tourism and culture."),
]


@pytest.mark.parametrize("code,text", MAYORS)
def test_a_mayor_receiving_in_the_lead_makes_it_subnational(code, text):
    assert "subnational" in topics(text, code)


def test_only_a_local_office_counts():
    mayor = ("The Mayor of Gdansk Aleksandra Dulkiewicz received the Ambassador of Japan Akio Miyajima on 5 May 2023. "
             "They discussed trade and investment.")
    minister = ("Minister of Defence Mariusz Blaszczak received the Ambassador of Japan Akio Miyajima on 5 May 2023. "
                "They discussed trade and investment.")
    assert "subnational" in topics(mayor, "en")
    assert "security" not in topics(minister, "en")  # "minister of defence" names who met


# -- an anniversary of relations is no cultural subject ---------------------------------------------------------

@pytest.mark.parametrize("code,text,other", [
    ("ja", "河野大臣から,外交関係樹立25周年を記念して実施された行事に言及しました。", "両国の文化交流を促進したい。"),
    ("ko", "최 권한대행과 투스크 총리는 지난해 양국 수교 35주년 계기로 회담했다.", "두 정상은 문화 협력 증진 방안을 논의했다."),
])
def test_an_anniversary_of_relations_is_no_culture_cue(code, text, other):
    assert "culture" not in topic_keys(text, code)
    assert "culture" in topic_keys(other, code)  # culture itself still is
