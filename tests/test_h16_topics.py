"""What a meeting was about (h16 topics): a later item of a list of fields is a field too ("cooperation in
security, trade, culture and education"), also when a colon or dash opens the list; a cue told after the words of
one more meeting ("also met with members of parliament") belongs to that contact; lexicon forms of the defence
industry (inflected two-word phrases) are security, not economy; Hungarian nuclear industry is energy; Korean
committee compounds."""
import pytest

from kronika.events.topics import after_also_met, in_field, listed_field
from kronika.nlp.analyze import analyze

from extracting import topics


def cues(text: str, code: str) -> list[tuple[str, str]]:
    """(topic, words) of every topic cue of the text."""
    a = analyze(text, code)
    return [(m.key, a.text[m.char_start:m.char_end]) for m in a.topics]


def cue(a, word: str):
    """The topic cue that starts with `word`."""
    return next(m for m in a.topics if a.text[m.char_start:m.char_end].lower().startswith(word))


# -- a later item of a list of fields is a field ---------------------------------------------------------------

LISTS = [
    ("pl", "Strony omówiły współpracę w dziedzinie gospodarki, energetyki, kultury oraz nauki.", "nauki"),
    ("uk", "Сторони домовилися посилювати співпрацю в різних напрямках - безпеки, економіки, культури та освіти.", "освіти"),
    ("en", "They agreed to expand cooperation in the field of energy, trade, tourism and education.", "education"),
    ("cs", "Ministři jednali o spolupráci v oblasti obchodu, energetiky, kultury a vědy.", "vědy"),
    ("ru", "Стороны обсудили сотрудничество в области энергетики, торговли, культуры и образования.", "образования"),
    ("de", "Beide Seiten wollen die Zusammenarbeit im Bereich Energie, Handel, Kultur und Bildung vertiefen.", "bildung"),
]


@pytest.mark.parametrize("code,text,last", LISTS)
def test_last_item_of_a_list_of_fields_is_a_field(code, text, last):
    a = analyze(text, code)
    m = cue(a, last)
    assert not in_field(a, m)  # too far from the field word by itself
    assert listed_field(a, m)


@pytest.mark.parametrize("code,text,word", [
    ("pl", "Będziemy współpracować w dwóch kluczowych obszarach: bezpieczeństwa i gospodarki.", "bezpieczeństwa"),
    ("uk", "Співпраця в різних напрямках - безпеки та економіки.", "безпеки"),
])
def test_a_colon_or_dash_after_a_field_word_opens_its_list(code, text, word):
    a = analyze(text, code)
    assert in_field(a, cue(a, word))


@pytest.mark.parametrize("code,text,word", [
    # a full stop ends the list: the next sentence's cue is no field of the cooperation
    ("en", "They discussed cooperation in energy. Tourism, culture and education were not mentioned.", "education"),
    # a word that is neither a cue nor a joining word breaks the list
    ("pl", "Rozmawiano o współpracy w dziedzinie energetyki, a ambasador chwalił polską kulturę.", "kultur"),
])
def test_a_list_stops_at_a_sentence_or_a_foreign_word(code, text, word):
    a = analyze(text, code)
    assert not listed_field(a, cue(a, word))


BODY_LIST = {
    # a meeting on security in the lead; far in the body, one sentence lists the fields of cooperation
    "pl": "date 2023-05-10 Minister spotkał się z ambasadorem Japonii\n\nMinister spraw zagranicznych Jan Kowalski "
          "spotkał się we wtorek w Warszawie z ambasadorem Japonii Taro Yamadą. Rozmawiali o bezpieczeństwie w "
          "regionie.\n\nAmbasador przedstawił plany ambasady na najbliższy rok. Minister podziękował za dobre "
          "kontakty między ministerstwami.\n\nObie strony uznały, że wizyta japońskiej delegacji w przyszłym "
          "miesiącu będzie ważnym krokiem.\n\nMinister wskazał na potrzebę współpracy w dziedzinie gospodarki, "
          "energetyki oraz turystyki.",
    "en": "date 2023-05-10 Minister meets Japanese ambassador\n\nThe Minister of Foreign Affairs John Smith met on "
          "Tuesday with the Ambassador of Japan, Taro Yamada, in London. They discussed regional security.\n\nThe "
          "ambassador presented the plans of his embassy for the coming year. The minister thanked him for the good "
          "contacts between the ministries.\n\nBoth sides agreed that the visit of the Japanese delegation next "
          "month will be an important step.\n\nThe minister pointed to cooperation in the field of trade, energy "
          "and tourism.",
}


@pytest.mark.parametrize("code", sorted(BODY_LIST))
def test_every_field_of_a_listed_cooperation_votes(code):
    got = topics(BODY_LIST[code], code)
    assert {"economy", "energy", "culture"} <= set(got), got


# -- a cue after the words of one more meeting belongs to that contact ------------------------------------------

ALSO = {
    "pl": "date 2023-05-10 Minister Kowalski z wizytą w Japonii\n\nPodczas wizyty w Tokio minister spraw "
          "zagranicznych Jan Kowalski spotkał się we wtorek z premierem Japonii Fumio Kishidą, a rozmowa dotyczyła "
          "bezpieczeństwa; spotkał się także z przedstawicielami japońskiego parlamentu i studentami uniwersytetu.",
    "en": "date 2023-05-10 Minister Smith visits Japan\n\nDuring his visit to Tokyo, Foreign Minister John Smith "
          "met on Tuesday with Prime Minister Fumio Kishida to discuss security; he also met with members of the "
          "parliament and students of the university.",
}


@pytest.mark.parametrize("code", sorted(ALSO))
def test_topics_of_a_further_contact_do_not_vote(code):
    got = topics(ALSO[code], code)
    assert "security" in got
    assert "parliamentary" not in got and "science_education" not in got, got


def test_a_region_that_opens_with_also_met_keeps_its_topics():
    a = analyze("He also met with members of the parliament.", "en")
    m = cue(a, "parliament")
    assert not after_also_met(a, m.char_start, 0)
    a = analyze("The minister discussed security with Kishida. He also met with members of the parliament.", "en")
    m = cue(a, "parliament")
    assert after_also_met(a, m.char_start, 0)


# -- lexicon forms ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("code,text", [
    ("pl", "współpraca przemysłów obronnych"),
    ("pl", "rozwój przemysłu zbrojeniowego"),
    ("ru", "сотрудничество оборонной промышленности"),
    ("uk", "співпраця оборонної промисловості"),
    ("bg", "отбранителната промишленост"),
    ("sr", "saradnja odbrambene industrije"),
    ("hr", "suradnja obrambene industrije"),
    ("sl", "sodelovanje obrambne industrije"),
    ("cs", "rozvoj zbrojního průmyslu"),
    ("en", "cooperation in defense industrial production"),
    ("mk", "одбранбената индустрија"),
    ("be", "супрацоўніцтва абароннай прамысловасці"),
])
def test_defence_industry_is_security_not_economy(code, text):
    keys = {k for k, _ in cues(text, code)}
    assert keys == {"security"}, cues(text, code)


@pytest.mark.parametrize("text", ["a nukleáris ipar", "a nukleáris iparban", "az atomiparban"])
def test_hungarian_nuclear_industry_is_energy(text):
    assert {k for k, _ in cues(text, "hu")} == {"energy"}


def test_korean_economic_joint_committee_is_economy():
    text = "양측은 또 경제공동위, 사이버정책협의회, 정책협의회 등 세부 분야 협의체도 정례화하기로 했습니다."
    assert "economy" in {k for k, _ in cues(text, "ko")}


@pytest.mark.parametrize("code,text", [
    ("cs", "spolupráce na rekonstrukci Ukrajiny"),
    ("sk", "spolupráca pri rekonštrukcii Ukrajiny"),
    ("et", "Ukraina ülesehitamine"),
    ("en", "cooperation in rebuilding Ukraine"),
])
def test_reconstruction_of_ukraine_is_development_aid(code, text):
    assert "development_aid" in {k for k, _ in cues(text, code)}, cues(text, code)


@pytest.mark.parametrize("code,text", [
    ("sl", "okolje za poslovno sodelovanje se je izboljšalo"),
    ("en", "the investment climate has improved"),
    ("pl", "poprawa klimatu inwestycyjnego"),
    ("ro", "îmbunătățirea climatului investițional"),
    ("bg", "подобряване на инвестиционния климат"),
    ("mk", "подобрување на бизнис климата"),
])
def test_a_business_climate_is_economy_not_environment(code, text):
    assert {k for k, _ in cues(text, code)} == {"economy"}, cues(text, code)


@pytest.mark.parametrize("code,text", [
    ("sl", "zavzela sta se za vladavino prava"),
    ("hr", "poštivanje vladavinu prava i pravne države"),
    ("sr", "поштовање владавину права и правне државе"),
    ("ro", "respectarea supremației legii"),
    ("ja", "法の支配に基づく自由で開かれた国際秩序"),
    ("ko", "법치에 기반한 국제질서"),
])
def test_the_rule_of_law_as_a_value_is_no_topic(code, text):
    assert "law_justice" not in {k for k, _ in cues(text, code)}, cues(text, code)


def test_a_cue_in_a_web_address_casts_no_vote():
    text = ("URL: https://example.lv/latvija-un-japana-noziegumiem-energetika.htm\n"
            "date 2023-05-10 Minister meets Japanese ambassador\n\nThe Minister of Foreign Affairs John Smith met on "
            "Tuesday with the Ambassador of Japan, Taro Yamada, in London. They discussed regional security.")
    from kronika.events.topics import in_url
    assert in_url(text, text.index("noziegumiem"))
    assert not in_url(text, text.index("security"))
