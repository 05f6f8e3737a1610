"""What a meeting was about (h20 topics2, from the misses on the wave-1 pool): abbreviations the language data writes
in capitals count only in capitals, a listed given name opening a name is no topic word, training is
science_education in ja/ko, Crimean Tatars are no territory, and words that name no international body (a bare summit, 'the international community', ro victims)
vote for no topic, as in the other languages."""
import pytest


from extracting import topics, topic_keys


# -- abbreviations in capitals --------------------------------------------------------------------------------------

LOWER_WORDS = [
    ("de", "Außenminister Motegi nahm an der Panel Discussion „Keeping it Pacific“ in München teil und traf dort "
           "den niederländischen Premierminister Rutte."),
    ("lv", "Ārlietu ministrs Rinkēvičs Rīgā tikās ar Japānas vēstnieku, un viņi it kā vienojās turpināt sarunas."),
    ("lt", "Užsienio reikalų ministras Landsbergis Vilniuje susitiko su Japonijos ambasadoriumi; pokalbis buvo it "
           "senų draugų susitikimas."),
]


@pytest.mark.parametrize("code,text", LOWER_WORDS)
def test_lower_case_word_is_no_it(code, text):
    assert "technology" not in topics(text, code)


CAPITALS = [
    ("de", "Außenminister Motegi traf in Berlin Außenministerin Baerbock. Sie sprachen über die Zusammenarbeit im "
           "Bereich IT und KI."),
    ("lv", "Ārlietu ministrs Rinkēvičs Rīgā tikās ar Japānas vēstnieku. Viņi pārrunāja sadarbību IT jomā."),
]


@pytest.mark.parametrize("code,text", CAPITALS)
def test_capital_abbreviation_counts(code, text):
    assert "technology" in topics(text, code)


# -- given names ---------------------------------------------------------------------------------------------------

def test_given_name_is_no_industry():
    text = ("Prezydent Andrzej Duda spotkał się w Tokio z premierem Japonii Fumio Kishidą. Rozmawiali o współpracy "
            "w dziedzinie sportu i kultury. Przemysław Goławski, korespondent, relacjonował spotkanie.")
    assert "economy" not in topics(text, "pl")


def test_industry_still_counts():
    text = ("Prezydent Andrzej Duda spotkał się w Tokio z premierem Japonii Fumio Kishidą. Rozmawiali o rozwoju "
            "przemysłu i współpracy gospodarczej.")
    assert "economy" in topics(text, "pl")


# -- ja/ko training ---------------------------------------------------------------------------------

def test_ko_training_programme_is_science_education():
    text = ("조태열 외교부 장관은 3일 서울에서 폴란드 외교장관과 회담했다. 양측은 전문가 교류 활성화 및 외교관 "
            "훈련 프로그램 관련 정보 교환 등을 추진하기로 했다.")
    assert "science_education" in topics(text, "ko")


# -- words that name no territory or body -------------------------------------------------------------------------

def test_crimean_tatars_are_no_territory():
    assert "territorial" not in topic_keys("Sastali su se ispred spomenika genocidu nad krimskim Tatarima.", "sr")
    assert "territorial" not in topic_keys("Встреча с представителями крымских татар.", "ru")


def test_crimea_stays_territorial():
    assert "territorial" in topic_keys("Razgovarali su o okupaciji Krima.", "sr")


@pytest.mark.parametrize("code,text", [
    ("ru", "Министры обсудили подготовку японско-российского саммита."),
    ("en", "They discussed the challenges facing the international community."),
    ("de", "Sie sprachen über die Aufgaben der internationalen Gemeinschaft."),
])
def test_no_body_named(code, text):
    assert "multilateral" not in topic_keys(text, code)


def test_ro_victims_are_no_disaster():
    assert "disaster" not in topic_keys("Cei doi au păstrat un moment de reculegere în memoria victimelor războiului.", "ro")
