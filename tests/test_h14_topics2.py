"""The portfolio of an office (h14 topics2): a topic word that is part of an office's or an institution's name
("Ministry of Health", "министерство экономического развития", "Ministerium für Wirtschaft") names who met,
not what they talked about; it casts no topic vote, though the same topic told elsewhere still does."""
import pytest

from kronika.events.topics import in_office
from kronika.nlp.analyze import analyze

from extracting import topics


# A meeting with an official of a ministry whose name holds a topic word; the talks are about culture.
OFFICE_LEAD = {
    "en": ("On 10 May 2023 in London the ambassador of Poland met a director of the Ministry of Health. "
           "They discussed cultural exchanges.", "health"),
    "ru": ("10 мая 2023 года в Москве посол Польши встретился с директором департамента министерства "
           "экономического развития. Стороны обсудили культурный обмен.", "economy"),
    "de": ("Am 10. Mai 2023 traf der Botschafter Polens in Berlin einen Vertreter des Ministeriums für "
           "Wirtschaft und Energie. Sie besprachen den Kulturaustausch.", "energy"),
    "sk": ("10. mája 2023 sa veľvyslanec Poľska v Bratislave stretol so zástupcom ministerstva obrany. "
           "Hovorili o kultúrnej výmene.", "security"),
    "pl": ("10 maja 2023 r. w Warszawie ambasador Czech spotkał się z dyrektorem departamentu w Ministerstwie "
           "Energii. Rozmawiali o wymianie kulturalnej.", "energy"),
}


@pytest.mark.parametrize("code", sorted(OFFICE_LEAD))
def test_an_office_portfolio_casts_no_vote(code):
    text, portfolio = OFFICE_LEAD[code]
    assert portfolio not in topics(text, code)


@pytest.mark.parametrize("code,text,word", [
    ("en", "a director of the Ministry of Education and the Ministry of Health", "Health"),
    ("de", "ein Vertreter des Ministeriums für Wirtschaft und Energie", "Energie"),
    ("ru", "представитель министерства экономического развития", "экономического"),
    ("cs", "zástupce ministerstva obrany", "obrany"),
    ("en", "officials of the Ministry of Foreign Affairs and Trade", "Trade"),
    ("pl", "przedstawiciel Ministerstwa Spraw Zagranicznych i Handlu", "Handlu"),
])
def test_in_office_reads_a_portfolio(code, text, word):
    a = analyze(text, code)
    cue = next(m for m in a.topics if text[m.char_start:m.char_end] == word)
    assert in_office(a, cue)


@pytest.mark.parametrize("code,text,word", [
    ("en", "They met the minister and discussed energy.", "energy"),
    ("en", "They met the minister on economic cooperation.", "economic"),
    ("ru", "Министр обсудил энергетику.", "энергетику"),
    ("de", "Der Minister sprach über Energie.", "Energie"),
    ("en", "He met Foreign Minister Jan Kowalski and Defence officials.", "Defence"),
])
def test_a_topic_told_after_an_office_still_counts(code, text, word):
    a = analyze(text, code)
    cue = next(m for m in a.topics if text[m.char_start:m.char_end] == word)
    assert not in_office(a, cue)


def test_a_portfolio_also_told_as_the_subject_still_votes():
    text = ("On 10 May 2023 in London the ambassador of Poland met a director of the Ministry of Energy. "
            "They discussed energy cooperation and energy security.")
    assert "energy" in topics(text, "en")


def test_a_regional_official_still_tells_a_subnational_meeting():
    a = analyze("Посол встретился с заместителем председателя областного правительства.", "ru")
    cue = next(m for m in a.topics if m.key == "subnational")
    assert not in_office(a, cue)
