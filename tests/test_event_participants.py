"""Who takes part in the event: people named at another stop of a journey do not."""
from __future__ import annotations

import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def main_event(text: str, lang: str):
    return extract_document(Document("t", text), lang, published=None).events[0]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japanese Prime Minister Fumio Kishida arrived in Kyiv on 21 March 2023 and met President "
           "Volodymyr Zelenskyy. The visit comes a day after his talks with Indian Prime Minister "
           "Narendra Modi in New Delhi."),
    ("pl", "Premier Japonii Fumio Kishida przybył 21 marca 2023 r. do Kijowa i spotkał się z prezydentem "
           "Wołodymyrem Zełenskim. Wizyta nastąpiła dzień po jego rozmowach z premierem Indii Narendrą "
           "Modim w New Delhi."),
])
def test_a_person_met_in_a_city_of_his_own_state_elsewhere_is_at_another_stop(lang, text):
    ev = main_event(text, lang)
    assert "Narendra Modi" not in [p.name for p in ev.persons]
    assert ev.countries == ["JP", "UA"]
    assert ev.mode == "visit"


def test_a_person_whose_sentence_also_names_the_meeting_place_takes_part():
    # Belgrade is where it was announced; Tokyo, in the same sentence, is where they met
    ev = main_event("Ministri spoljnih poslova Srbije i Japana, Marko Đurić i Takeši Ivaja, razgovarali su "
                    "29. avgusta 2025. u Tokiju o jačanju bilateralnih odnosa, saopšteno je u Beogradu.", "sr")
    assert "Marko Đurić" in [p.name for p in ev.persons]


@pytest.mark.parametrize("lang,text,name,country", [
    ("sr", "Председник Александар Вучић примио је у Палати Србија амбасадора Јапана Акиру Имамуру.", "Imamura", "JP"),
    ("pl", "Prezydent przyjął w Pałacu Prezydenckim japońskiego ambasadora Akio Miyajimę.", "Miyajima", "JP"),
    ("lv", "Valsts prezidents Rīgas pilī tikās ar Japānas vēstnieku Latvijā Takahiro Kai.", "Kai", "JP"),
])
def test_the_state_of_a_title_is_its_owner_not_a_neighbouring_name(lang, text, name, country):
    from kronika.nlp.analyze import analyze

    found = {p.name.split()[-1]: p.country for p in analyze(text, lang).persons}
    assert found.get(name) == country, found


@pytest.mark.parametrize("lang,text,countries", [
    ("bg", "12 юни 2024 г.\n\nЗаместник-министърът на външните работи Иво Христов се срещна с японския "
           "заместник-министър на външните работи Масатака Окано.", ["BG", "JP"]),
    ("mk", "12 јуни 2024\n\nЗаменик-министерот за надворешни работи Фатмир Бесими оствари средба со јапонскиот "
           "заменик-министер Масатака Окано.", ["JP", "MK"]),
    ("hu", "2024. június 12.\n\nMenczer Tamás, a Külgazdasági és Külügyminisztérium államtitkára fogadta Okano "
           "Maszataka japán külügyminiszter-helyettest.", ["HU", "JP"]),
])
def test_the_press_leaves_its_own_officials_state_unsaid(lang, text, countries):
    """An official with a title and no state, facing one foreign side: the other side is the home state."""
    from kronika.events.document import extract_document
    from kronika.model import Document

    assert extract_document(Document("t", text), lang).events[0].countries == countries


def test_a_title_after_the_name_takes_no_state_from_the_next_clause():
    from kronika.nlp.analyze import analyze

    text = ("Menczer Tamás, a Külgazdasági és Külügyminisztérium államtitkára fogadta Okano Maszataka japán "
            "külügyminiszter-helyettest.")
    found = {p.name: (p.country, p.role) for p in analyze(text, "hu").persons}
    assert found["Tamás Menczer"] == (None, "state secretary") and found["Masataka Okano"][0] == "JP", found


@pytest.mark.parametrize("lang,text,countries", [
    ("pl", "12 czerwca 2024\n\nMinister Radosław Sikorski spotkał się w Warszawie z ministrem spraw zagranicznych "
           "Japonii Yoko Kamikawą. Ministrowie rozmawiali o sytuacji na Ukrainie i o wsparciu dla Kijowa.",
     ["JP", "PL"]),
    ("pl", "Polska, Japonia i Ukraina podpisały deklarację\n\nMinister Radosław Sikorski, minister Yoko Kamikawa i "
           "minister Dmytro Kułeba podpisali w Warszawie deklarację o odbudowie Ukrainy.", ["JP", "PL", "UA"]),
])
def test_a_state_the_sides_talk_about_is_no_party(lang, text, countries):
    """Both sides have their people: Ukraine, talked about twice after the meeting is told, is a topic."""
    from kronika.events.document import extract_document
    from kronika.model import Document

    assert extract_document(Document("t", text), lang).events[0].countries == countries


def test_a_counterpart_takes_no_name_a_clause_away():
    from kronika.nlp.analyze import analyze
    text = ("President Klaus Iohannis met President Yoon Suk Yeol in Seoul. The consultations between Iohannis and "
            "his counterpart will focus on strengthening the Strategic Partnership and defence cooperation.")
    names = [p.name for p in analyze(text, "en").persons]
    assert "Strategic Partnership" not in names and "Klaus Iohannis" in names
    text = "Minister Radosław Sikorski met his Japanese counterpart Yoko Kamikawa in Warsaw on Tuesday."
    assert "Yoko Kamikawa" in [p.name for p in analyze(text, "en").persons]


import pytest  # noqa: E402


@pytest.mark.parametrize("code,text,name", [
    ("lt", "Užsienio reikalų ministras Gabrielius Landsbergis antradienį Vilniuje susitiko su Hiroshi Takanaga ir "
           "aptarė ekonominį bendradarbiavimą su Japonija.", "Hiroshi Takanaga"),
    ("en", "Foreign Minister Gabrielius Landsbergis met Hiroshi Takanaga in Vilnius on Tuesday to discuss economic "
           "cooperation with Japan.", "Hiroshi Takanaga"),
    ("pl", "Minister spraw zagranicznych Radosław Sikorski spotkał się we wtorek z Hiroshim Takanagą, aby omówić "
           "współpracę gospodarczą z Japonią.", "Hiroshi Takanaga"),
    ("lt", "Tomas Petrauskas, užsienio reikalų viceministras, antradienį Vilniuje susitiko su Japonijos atstovais.",
     "Tomas Petrauskas"),
])
def test_a_name_a_meeting_verb_takes_is_a_person_without_a_title(code, text, name):
    from kronika.nlp.analyze import analyze
    assert name in [p.name for p in analyze(text, code).persons]


def test_a_firm_a_meeting_verb_takes_is_no_person():
    from kronika.nlp.analyze import analyze
    text = ("The delegation met with Samsung Electronics executives and later met with Hanwha Aerospace CEO Jae-Il Son "
            "in Seoul on Tuesday.")
    names = [p.name for p in analyze(text, "en").persons]
    assert "Samsung Electronics" not in names and "Hanwha Aerospace" not in names and "Jae-Il Son" in names


def test_a_long_family_name_sharing_its_first_letters_is_no_registry_match():
    from kronika.nlp.analyze import analyze
    text = "Tomas Petrauskas, užsienio reikalų viceministras, antradienį Vilniuje susitiko su Japonijos ambasadoriumi."
    p = analyze(text, "lt").persons[0]
    assert p.name == "Tomas Petrauskas" and p.registry_id is None  # not the Czech minister Tomáš Petříček
