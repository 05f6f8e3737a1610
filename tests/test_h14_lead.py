"""Session h14's lead: mechanisms fixed while merging the helpers' branches, each failing before its fix."""
import pytest

from kronika.nlp.published import in_caption
from extracting import events


def test_a_credit_word_with_a_sentence_after_it_is_prose():
    text = ("Foreign Minister Radosław Sikorski met Yoko Kamikawa in Tokyo on Tuesday; a photo: the two ministers "
            "shaking hands was posted by the ministry on its website after the talks.")
    assert not in_caption(text, text.index("Tuesday"), "en")


def test_a_credit_that_ends_or_opens_a_line_makes_it_a_caption():
    ended = "Szijjártó Péter és Marco Rubio Washingtonban 2025. március 4-én. Fotó: KKM\nA két miniszter tárgyalt."
    opened = "Photo: the ministers in Tokyo on 11 June 2024\nThe two ministers met on Tuesday."
    assert in_caption(ended, ended.index("március"), "hu")
    assert in_caption(opened, opened.index("11 June"), "en")
    assert not in_caption(opened, opened.index("Tuesday"), "en")


def test_a_wish_voiced_at_the_meeting_is_no_second_event():
    pytest.importorskip("fugashi")
    text = ("日・ポーランド外相会談\n\n外務省、令和7年3月12日\n\n"
            "3月12日、午前10時から約30分間、岩屋毅外務大臣は、訪日中のラドスワフ・シコルスキ・ポーランド外務大臣と"
            "外相会談を行いました。\n\n"
            "冒頭、岩屋大臣から、シコルスキ外相の訪日を歓迎しました。これに対し、シコルスキ外相は、"
            "ウクライナ情勢について意見交換したいと応じました。")
    assert [e.type for e in events(text, "ja")] == ["CONSULT"]


def test_a_visit_the_ministers_agreed_on_is_still_a_second_event():
    # guard: the verb of agreeing before the future visit keeps it an announced event of its own
    text = ("Polish Foreign Minister Radoslaw Sikorski held talks with Japanese Foreign Minister Yoko Kamikawa in "
            "Tokyo on Wednesday. The ministers agreed that Kamikawa will visit Warsaw in May.")
    assert [e.type for e in events(text, "en", "2024-03-14")] == ["CONSULT", "AGREE"]


# -- speed: fast paths checked against the code they replaced (guards; kept here as the reference) -------------

def _town_noun_at_reference(tokens, i, code):
    from kronika.nlp.places import _town_nouns

    for noun in _town_nouns(code):
        if [t.low for t in tokens[i:i + len(noun)]] == list(noun):
            return len(noun)
    return 0


@pytest.mark.parametrize("code,text", [
    ("pl", "Spotkanie odbyło się w mieście Kraków, w stolicy Małopolski, a potem w mieście Gdynia."),
    ("ru", "Встреча прошла в городе Оренбург, затем в аэропорту города Вонсан и в столице Японии."),
    ("en", "They met in the city of Sendai and later in the capital of Japan, the city of Tokyo."),
    ("ro", "Ministrul a vizitat municipiul Sibiu și orașul Cluj-Napoca, la Primăria Sibiu."),
])
def test_town_noun_at_answers_as_the_scan_of_every_noun(code, text):
    from kronika.lang import tokens
    from kronika.nlp.places import town_noun_at

    toks = tokens(text, code)
    assert [town_noun_at(toks, i, code) for i in range(len(toks) + 1)] == \
        [_town_noun_at_reference(toks, i, code) for i in range(len(toks) + 1)]


@pytest.mark.parametrize("code,text", [
    ("pl", "Trzy dni temu minister rozmawiał z ambasadorem, a tydzień temu z wiceministrem; dni mijały."),
    ("de", "Vor zwei Wochen traf er den Botschafter, vor drei Tagen den Minister. Die Tage vor Ort waren kurz."),
    ("ru", "Три дня назад министр встретился с послом, а неделю назад — с премьером."),
    ("en", "Two weeks ago the minister met the ambassador; days later, 3 days ago, they spoke again."),
])
def test_ago_finds_what_every_pattern_tried_everywhere_finds(code, text):
    from kronika.nlp.dates import grammar

    g = grammar(code)
    reference = sorted((m.start(), m.end(), key) for key, rx, _w in g.ago for m in rx.finditer(text)
                       if g.ago_count(m.groupdict().get("n")))
    assert reference  # the text holds what the patterns read
    assert sorted((dm.start, dm.end, dm.relative) for dm in g._ago(text)) == reference
