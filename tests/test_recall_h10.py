"""Events told anywhere in a text (issue 9, session h10): an earlier contact recalled in a paragraph of its own
one sentence long is an event too; a headline or a menu line is not."""
from __future__ import annotations

import pytest

from kronika.events.document import extract_document
from kronika.model import Document


def events(text: str, lang: str, published: str):
    return extract_document(Document(id="t", text=text, published=published), language=lang).events


def dated(text: str, lang: str, published: str) -> list[tuple[str, str]]:
    return [(e.date, e.date_precision) for e in events(text, lang, published)]


ONE_SENTENCE_PARAGRAPH = [
    ("pl", "2023-09-08",
     "Minister spraw zagranicznych Jan Kowalski spotkał się 8 września 2023 roku w Warszawie z ministrem spraw "
     "zagranicznych Japonii Taro Yamadą. Ministrowie rozmawiali o współpracy gospodarczej i bezpieczeństwie.\n\n"
     "Minister Yamada przebywał w Polsce na zaproszenie ministra Kowalskiego, który odwiedził Japonię w maju "
     "tego roku.",
     ("2023-05-01", "month")),
    ("en", "2023-09-08",
     "Foreign Minister Jan Kowalski met Japanese Foreign Minister Taro Yamada in Warsaw on 8 September 2023. "
     "The ministers discussed economic cooperation, security in Europe and Asia and support for Ukraine.\n\n"
     "Kowalski had visited Japan in May this year.",
     ("2023-05-01", "month")),
    ("cs", "2023-09-08",
     "Ministr zahraničních věcí Jan Novák se 8. září 2023 v Praze setkal s japonským ministrem zahraničí "
     "Taro Jamadou. Ministři jednali o hospodářské spolupráci a bezpečnosti v Evropě i v Asii.\n\n"
     "Novák navštívil Japonsko v květnu letošního roku.",
     ("2023-05-01", "month")),
    ("ja", "2018-05-31",
     "ロシアのラブロフ外相は31日、平壌に到着し、北朝鮮の李容浩外相と会談した。両外相は朝鮮半島の非核化や"
     "経済協力について意見を交わし、今後も緊密に連携していくことで一致した。\n\n"
     "先立って朝鮮中央通信はラブロフ外相がまもなく訪朝すると30日、報じていた。",
     ("2018-05-30", "day")),
]


@pytest.mark.parametrize("lang,published,text,recalled", ONE_SENTENCE_PARAGRAPH,
                         ids=[c[0] for c in ONE_SENTENCE_PARAGRAPH])
def test_a_contact_recalled_in_a_one_sentence_paragraph_is_an_event(lang, published, text, recalled):
    assert recalled in dated(text, lang, published)[1:]


@pytest.mark.parametrize("lang,published,text", [
    ("pl", "2023-09-08",
     "Minister spraw zagranicznych Jan Kowalski spotkał się 8 września 2023 roku w Warszawie z ministrem spraw "
     "zagranicznych Japonii Taro Yamadą. Ministrowie rozmawiali o współpracy gospodarczej i bezpieczeństwie.\n\n"
     "Wizyta ministra Kowalskiego w Japonii w maju 2023 roku\n"),
    ("en", "2023-09-08",
     "Foreign Minister Jan Kowalski met Japanese Foreign Minister Taro Yamada in Warsaw on 8 September 2023. "
     "The ministers discussed economic cooperation, security in Europe and Asia and support for Ukraine.\n\n"
     "Related: Kowalski visits Japan, May 2023\n"),
])
def test_a_headline_line_without_a_full_stop_is_no_recalled_contact(lang, published, text):
    assert len(events(text, lang, published)) == 1

