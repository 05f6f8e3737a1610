"""Review fixes of session h23 (fix3): each test is built from a reviewer's sentence or one like it in another
language, and fails before its fix."""
import datetime as dt

import pytest

from extracting import events
from kronika.lang import word_list
from kronika.nlp.analyze import analyze
from kronika.nlp.dates import find_dates
from kronika.text.spans import archive_photo


# text.spans.archive_photo: the words before a clock ("오후", "午後") come from dates.yaml CLOCK_BEFORE, none in text/
@pytest.mark.parametrize("lang,text", [
    ("ko", "윤 대통령, 지난해 7월 11일 빌뉴스 회담 이후 첫 통화 2024.03.05 오후 3:40 /뉴스1"),
    ("ja", "岸田首相、昨年7月11日の会談に続き 2024年3月5日 午後3時 /時事"),
])
def test_the_words_before_a_clock_are_the_languages(lang, text):
    at = text.index("2024")
    end = text.index(" ", at + 6) if lang == "ko" else text.index("日", at) + 1
    args = (text, at, lambda line: find_dates(line, lang), None, end, ())
    assert archive_photo(*args, clock_before=word_list(lang, "dates", "CLOCK_BEFORE")) is False


def test_no_clock_word_is_built_into_the_engine():
    text = "Spotkanie 11 lipca ubiegłego roku 5.03.2024 popołudniu 3:40 /PAP"
    at = text.index("5.03")
    assert archive_photo(text, at, lambda line: [], None, at + 9, (), clock_before=("popołudniu",)) is False


# nlp.analyze._given_name_before_family: a state's name is a given name only whole or past a case ending of names,
# and never before a title or a given name ("Samoa Prime Minister", "Andory Xavier")
@pytest.mark.parametrize("lang,text,state", [
    ("en", "Samoa Prime Minister Fiame Naomi Mata'afa met Japanese Prime Minister Fumio Kishida.", "WS"),
    ("pl", "Premier Andory Xavier Espot Zamora spotkał się w Warszawie z premierem Donaldem Tuskiem.", "AD"),
    ("hr", "Premijer Andore Xavier Espot Zamora sastao se u Zagrebu s Andrejem Plenkovićem.", "AD"),
    ("ro", "Premierul Samoa Fiame Naomi Mata'afa s-a întâlnit la Tokyo cu Fumio Kishida.", "WS"),
    ("en", "Samoa Deputy Prime Minister Tuala Iosefo Ponifasio visited Tokyo.", "WS"),
])
def test_a_state_before_its_persons_title_or_name_is_no_given_name(lang, text, state):
    assert state in {m.key for m in analyze(text, lang).countries}
