"""Session h11's mechanisms of place and time, met in real press excerpts no rule had seen: constructed
press sentences, each failing on the code before its mechanism."""
import pytest

from extracting import events


@pytest.mark.parametrize("code,text,city", [
    # the lead's visit names the state, a later arrival its city; a plan after the arrival is another verb
    ("uk", "Міністр закордонних справ Японії прибув до України\n16.11.2024\nМіністр закордонних справ Японії "
           "Такеші Івая прибув до України з неоголошеним візитом. Про це інформує агентство.\nМіністр прибув до "
           "Львова потягом з Польщі і планує провести переговори з українським колегою.", "Lviv"),
    ("en", "Japanese minister arrives in Ukraine\n16 November 2024\nJapan's foreign minister Takeshi Iwaya arrived "
           "in Ukraine on an unannounced visit, the agency reported.\nThe minister arrived in Lviv by train from "
           "Poland and plans to hold talks with his Ukrainian counterpart.", "Lviv"),
])
def test_a_later_arrival_places_a_visit_to_a_state_in_its_city(code, text, city):
    assert events(text, code)[0].location.city == city


@pytest.mark.parametrize("code,text", [
    # a plan told before the verb of visiting still makes the visit a future one: no city from it
    ("uk", "Міністр закордонних справ Японії прибув до України\n16.11.2024\nМіністр закордонних справ Японії "
           "Такеші Івая прибув до України з неоголошеним візитом.\nМіністр планує прибути до Львова потягом "
           "з Польщі."),
    ("en", "Japanese minister arrives in Ukraine\n16 November 2024\nJapan's foreign minister Takeshi Iwaya arrived "
           "in Ukraine on an unannounced visit.\nThe minister plans to visit Lviv next week."),
])
def test_a_planned_arrival_does_not_place_the_visit(code, text):
    assert events(text, code)[0].location.city != "Lviv"


@pytest.mark.parametrize("code,text,name,state", [
    # a town's office belongs to the town's state, past a town noun and an honorific in apposition
    ("ro", "Ambasadorul a vizitat primarul municipiului Iași, Dl. Mihai Chirică.", "Mihai Chirică", "RO"),
    ("en", "The ambassador met the Mayor of Iasi, Mihai Chirica.", "Mihai Chirica", "RO"),
    ("en", "The ambassador met the Mayor of the city of Osaka, Hiroshi Tanaka.", "Hiroshi Tanaka", "JP"),
])
def test_a_mayor_belongs_to_the_state_of_his_town(code, text, name, state):
    from kronika.nlp.analyze import analyze
    people = {p.name: p for p in analyze(text, code).persons}
    assert people[name].role == "mayor" and people[name].country == state


def test_a_mayors_town_makes_his_state_a_party_beside_a_state_named_in_passing():
    text = ("Vizita Ambasadorului Japoniei la Primarul Municipiului Iași\n2024/10/24\nPe data de 24 octombrie, "
            "Dl. Ambasador Takashi Katae a făcut o vizită de curtoazie la primarul municipiului Iași, Dl. Mihai "
            "Chirică.\nCei doi au discutat despre relațiile dintre orașul Iași și Japonia, precum și, în contextul "
            "agresiunii Rusiei asupra Ucrainei, despre rolul orașului Iași.")
    assert events(text, "ro")[0].countries == ["JP", "RO"]


@pytest.mark.parametrize("code,text", [
    # "a" is the Romanian auxiliary and the Slavic "and" as much as the Hungarian article: no marker of one
    ("ro", "Ambasadorul Japoniei în România, ES Takashi Katae, a efectuat o nouă vizită la Sibiu, cu ocazia "
           "Zilei Naționale a Japoniei, sărbătorită pe 23 februarie, de ziua de naștere a Împăratului. Înaltul "
           "oficial a participat la vernisajul expoziției „Made in Japan” din epoca Edo, organizată la Muzeul.\n"
           "A doua zi, pe 24 februarie, ambasadorul a fost primit la Primăria Sibiu de primarul Astrid Fodor, "
           "alături de consilierul economic al Ambasadei Japoniei, Ryo Taniguchi."),
    ("hu", "A japán nagykövet a hétvégén Szegedre látogat, ahol a polgármesterrel találkozik, majd a galériában "
           "beszédet mond a japán napok alkalmából rendezett kiállítás megnyitóján."),
    ("sk", "Veľvyslanec Japonska a primátor mesta sa stretli v piatok a hovorili o spolupráci miest a o výstave "
           "japonského umenia, ktorá sa otvorí v apríli."),
])
def test_a_word_common_to_several_languages_marks_none(code, text):
    from kronika.nlp.langid import detect
    assert detect(text) == code


@pytest.mark.parametrize("code,text,city", [
    # a town noun between the locative word and a town only GeoNames knows
    ("ru", "Встреча прошла в городе Оренбург.", "Orenburg"),
    ("en", "The talks were held in the city of Sendai.", "Sendai"),
    ("sk", "Stretnutie sa konalo v meste Poprad.", "Poprad"),
])
def test_a_town_noun_after_a_locative_word_introduces_a_town(code, text, city):
    from kronika.nlp.analyze import analyze
    assert city in [m.key for m in analyze(text, code).cities]
