"""Cities the language data does not list, in a case form: the GeoNames name read through the
language's CITY_ENDINGS (after a locative word, or anywhere where place is marked by case alone)."""
import pytest

from kronika.nlp.analyze import analyze


def cities(text: str, code: str) -> list[str]:
    return [m.key for m in analyze(text, code).cities]


@pytest.mark.parametrize("code,text,city", [
    ("ru", "Посол Японии встретился в Хабаровске с губернатором края.", "Khabarovsk"),
    ("ru", "Переговоры прошли в Казани.", "Kazan"),
    # the English exonym (h21/city), as Mogilev and Gomel
    ("be", "Пасол Японіі ў аўторак у Гродне сустрэўся са старшынёй аблвыканкама.", "Grodno"),
    ("be", "Сустрэча адбылася ў Брэсце.", "Brest"),
    ("uk", "Посол Японії зустрівся у Харкові з міським головою.", "Kharkiv"),
    ("hu", "Szuzuki Hideo japán nagykövet kedden Debrecenben tárgyalt a polgármesterrel.", "Debrecen"),
    ("hu", "A japán nagykövet Szegeden találkozott a polgármesterrel.", "Szeged"),
    ("hu", "A japán nagykövet Miskolcon találkozott a polgármesterrel.", "Miskolc"),
    ("hu", "A miniszter Oszakában tárgyalt japán partnerével.", "Osaka"),
    ("lt", "Japonijos ambasadorius Klaipėdoje susitiko su meru.", "Klaipėda"),
    ("lt", "Japonijos ambasadorius Šiauliuose susitiko su meru.", "Šiauliai"),
    ("lv", "Japānas vēstnieks Liepājā tikās ar mēru.", "Liepāja"),
    ("sr", "Japanski ambasador sastao se u Čačku sa gradonačelnikom.", "Čačak"),
])
def test_a_city_in_a_case_form_is_found(code, text, city):
    assert city in cities(text, code)


def test_a_case_form_is_no_person_name():
    people = [p.name for p in analyze("A japán nagykövet Szegeden tárgyalt Botka László polgármesterrel.", "hu").persons]
    assert not any("Szeged" in p for p in people)


@pytest.mark.parametrize("code,text", [
    ("hu", "Orbán Viktoron kívül Novák Katalin is részt vett a találkozón."),   # names in -on/-en
    ("ru", "Министр встретился с Лавровым в понедельник."),                     # no locative before a name
    ("et", "Välisminister kohtus teisipäeval Kallasega."),                      # a person, not a place
])
def test_no_city_without_one(code, text):
    assert cities(text, code) == []


@pytest.mark.parametrize("code,text,city", [
    ("cs", "Jihokorejský velvyslanec v Praze Hong Young-ki navštívil v úterý Ostravu, kde se setkal s primátorem "
           "Janem Dohnalem. Hovořili o investicích.", "Ostrava"),
    ("uk", "Посол Японії в Україні Масаші Мацуда відвідав у вівторок Львів, де зустрівся з міським головою "
           "Андрієм Садовим.", "Lviv"),
    ("sr", "Амбасадор Јапана у Србији Акира Имамура посетио је у уторак Нови Сад, где се састао са "
           "градоначелником Миланом Ђурићем.", "Novi Sad"),
    ("ru", "Посол Японии в России Акира Муто посетил во вторник Казань, где провел переговоры с раисом Татарстана "
           "Рустамом Миннихановым.", "Kazan"),
])
def test_the_place_visited_past_a_day_beats_the_envoys_posting(code, text, city):
    from kronika.events.document import extract_document
    from kronika.model import Document
    ev = extract_document(Document(id="t", text="12.06.2024\n\n" + text), code).events[0]
    assert ev.location.city == city


def test_a_state_after_a_verb_of_visiting_may_be_the_visitors_own():
    from kronika.events.document import extract_document
    from kronika.model import Document
    text = ("14.06.2024\n\nBirželio 11 dieną Vilniuje lankėsi Japonijos užsienio reikalų viceministras Kiyoto Tsuji, "
            "kuris susitiko su ministru Gabrieliumi Landsbergiu.")
    assert extract_document(Document(id="t", text=text), "lt").events[0].location.city == "Vilnius"
    text = ("14.06.2024\n\nPremier Japonii Fumio Kishida odwiedził we wtorek Polskę i spotkał się z premierem "
            "Donaldem Tuskiem.")
    assert extract_document(Document(id="t", text=text), "pl").events[0].location.country == "PL"
