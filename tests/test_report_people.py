"""Report headlines from source-like articles written as the press writes them (no report's finished
entries fed back): one person keeps one name and state across the entries, a local office keeps its
place, a request names who asks, an appointment (no PLOVER type) is told by its own sentence, a person
recalled later is not a participant, and a church's adjective is no place."""
from __future__ import annotations

import pytest

from kronika.pipeline import add_inputs
from kronika.report.make import make_report
from kronika.store import open_store

ARTICLES = {
    "pl-forum-seul.txt": """Ambasador Białorusi w Seulu na forum

Seul, 15 listopada 2018 r. – Ambasador Andrei Popkow oraz wiceminister łączności Białorusi Dmitri Szedko uczestniczyli w forum technologii informacyjnych w Seulu, zorganizowanym przez ministerstwo nauki Republiki Korei. Rozmowy dotyczyły współpracy gospodarczej.
""",
    "pl-popkow-firmy.txt": """Ambasador Białorusi Andrei Popkow spotkał się z przedstawicielami firm

Seul, 22 listopada 2018 r. – Ambasador Białorusi w Korei Południowej Andrei Popkow spotkał się w Seulu z przedstawicielami koreańskich firm farmaceutycznych. Rozmowy dotyczyły współpracy w dziedzinie zdrowia.
""",
    "pl-delegacja-pjongjang.txt": """Delegacja Cerkwi w Pjongjangu

Pjongjang, 28 listopada 2018 r. – Delegacja Rosji została przyjęta w Pjongjangu przez wiceministra spraw zagranicznych KRLD Im Chong-ila. Obie strony omówiły współpracę kulturalną.
""",
    "pl-im-maciegora.txt": """Nowy wiceminister w KRLD

Pjongjang, 7 listopada 2018 r. – Ambasada Rosji w Pjongjangu poinformowała, że wiceminister spraw zagranicznych KRLD Im Chong-il spotkał się z ambasadorem Rosji Aleksandrem Maciegorą. Rozmowy dotyczyły stosunków dwustronnych.
""",
    "pl-shiroishi.txt": """Ambasador Białorusi w Miyagi

Shiroishi, 7 listopada 2018 r. – Ambasador Białorusi w Japonii Ruslan Esin spotkał się z burmistrzem miasta Shiroishi Yamadą Yuichim. Rozmowy dotyczyły współpracy regionalnej.
""",
    "en-unsc.txt": """Russia asks U.N. Security Council to discuss North Korea sanctions

UNITED NATIONS, November 7, 2018 - Russia has asked the United Nations Security Council to meet on Thursday to discuss sanctions on North Korea, diplomats said.
""",
    "pl-rb-onz.txt": """Rosja z wnioskiem do Rady Bezpieczeństwa ONZ

Nowy Jork, 7 listopada 2018 r. – Rosja zwróciła się do Rady Bezpieczeństwa ONZ z prośbą o zwołanie posiedzenia w sprawie sankcji wobec Korei Północnej.
""",
    "pl-nominacja.txt": """Nowy wiceminister spraw zagranicznych KRLD

Pjongjang, 9 listopada 2018 r. – Ambasada Rosji w Pjongjangu poinformowała, że dyrektor Pierwszego Departamentu ds. Europejskich Kim Hyon-chol został mianowany wiceministrem spraw zagranicznych KRLD. Kim będzie odpowiedzialny za stosunki z Rosją.
""",
    "pl-sendai.txt": """Sendai w Tokio

Tokio, 29 listopada 2018 r. – Podczas prezentacji potencjału gospodarczego miasta Sendai w Tokio pracownicy Ambasady Białorusi spotkali się z burmistrzem stolicy prefektury Miyagi Kori Kazuko. Omówiono współpracę między Mińskiem a Sendai.
""",
    "pl-rosatom.txt": """Biuro Rosatomu w Tokio

Tokio, 12 listopada 2018 r. – Ambasador Rosji Michaił Gałuzin uczestniczył w otwarciu tokijskiego biura Rosatomu. Ambasador ocenił rozwój stosunków japońsko-rosyjskich jako zgodny z kierunkiem wypracowanym przez prezydenta Władimira Putina i premiera Shinzo Abe.
""",
    "pl-cerkiew.txt": """Duchowni z Moskwy w KRLD

Pjongjang, 27 listopada 2018 r. – Z okazji 70. rocznicy nawiązania stosunków dyplomatycznych między KRLD a Rosją delegacja Rosyjskiego Kościoła Prawosławnego odwiedziła Pjongjang. Delegację przyjął wiceprzewodniczący Prezydium Najwyższego Zgromadzenia Ludowego Kim Yong-de.
""",
    "pl-lawrow-rb.txt": """Ławrow apeluje do Rady Bezpieczeństwa

Moskwa, 10 listopada 2018 r. – Minister spraw zagranicznych Rosji Siergiej Ławrow zwrócił się do Rady Bezpieczeństwa ONZ z apelem o złagodzenie sankcji wobec Korei Północnej.
""",
    "en-lavrov-unsc.txt": """Lavrov appeals to the Security Council

Moscow, 12 November 2018 - Russian Foreign Minister Sergey Lavrov asked the UN Security Council to ease sanctions on North Korea.
""",
    "pl-kulik-moon.txt": """Ambasador Rosji w Zgromadzeniu Narodowym

Seul, 7 listopada 2018 r. – Ambasador Rosji Andriej Kulik spotkał się w Seulu z przewodniczącym Zgromadzenia Narodowego Republiki Korei Moon Hee-sanem. Rozmowy dotyczyły współpracy parlamentarnej.
""",
}


@pytest.fixture(scope="module")
def heads(tmp_path_factory):
    """The Polish and English headlines of November 2018, by the words they begin with."""
    d = tmp_path_factory.mktemp("people")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    s = open_store(str(d / "k.db"))
    summary = add_inputs(s, [str(d / n) for n in ARTICLES])
    assert not summary.failed, summary.failed
    out = {}
    for lang in ("pl", "en"):
        rep = make_report(s, "east-asia-cee", "2018-11", lang, with_charts=False)
        out[lang] = [e.headline for sec in rep.sections for e in sec.entries]
    return out


def test_an_ambassador_read_as_the_host_states_takes_the_state_his_other_entry_gives(heads):
    # 'Ambasador Andrei Popkow' at a forum in Seoul was read as Korea's; his other entry says Belarus
    forum = [h for h in heads["pl"] if "Popk" in h]
    # both entries, one spelling: the Polish source's own, 'Popkow'
    assert len(forum) == 2 and all(h.startswith("ambasador Białorusi Andrei Popkow ") for h in forum), forum
    assert not any("Korei Południowej Andrei" in h for h in heads["pl"])


def test_a_name_left_in_a_polish_case_takes_its_base_form_from_another_entry(heads):
    # 'przez wiceministra spraw zagranicznych KRLD Im Chong-ila' (genitive); another entry: 'Im Chong-il'
    assert not any("Chong-ila" in h for h in heads["pl"] + heads["en"])
    assert sum("Im Chong-il" in h for h in heads["pl"]) == 2


def test_a_mayors_city_goes_to_the_office_not_into_the_name(heads):
    text = " ".join(heads["pl"])
    assert "z burmistrzem Shiroishi Yuichim Yamadą" in text  # 'burmistrzem miasta Shiroishi Yamadą Yuichim'
    assert "Shiroishim" not in text
    # 'burmistrzem stolicy prefektury Miyagi Kori Kazuko': a prefecture is no mayor's city; the
    # sentence names Sendai, and she is Japanese, not Belarusian
    assert "burmistrz Sendai Kazuko Kori przyjęła przedstawicieli Białorusi w Tokio" in heads["pl"]
    assert "the mayor of Sendai Kazuko Kori received representatives of Belarus in Tokyo" in \
        [h[:1].lower() + h[1:] for h in heads["en"]]


def test_a_name_the_source_declined_as_a_mans_tells_the_verb_its_gender(heads):
    # 'z przewodniczącym … Moon Hee-sanem': no dictionary knows the name, the source's '-em' does
    kulik = [h for h in heads["pl"] if "Kulik" in h]
    assert kulik and kulik[0].startswith("ambasador Rosji Andriej Kulik spotkał się z ") and "Hee-sanem" in kulik[0]


def test_a_request_names_who_asks(heads):
    # the English and the Polish report of the one request of 7 November are one entry: the request is dated
    # on the day it was made, not on the Thursday of the meeting it asks for
    assert heads["pl"].count("Rosja zwróciła się do Rady Bezpieczeństwa ONZ w sprawie Korei Północnej") == 1
    assert "Russia asked the UN Security Council to take up North Korea" in heads["en"]


def test_a_request_by_a_minister_names_him_with_his_office(heads):
    # 'Minister spraw zagranicznych Rosji Siergiej Ławrow zwrócił się do Rady Bezpieczeństwa ONZ z apelem …'
    assert heads["pl"].count("minister spraw zagranicznych Rosji Siergiej Ławrow zwrócił się do Rady "
                             "Bezpieczeństwa ONZ w sprawie Korei Północnej") == 2
    assert "Russia's minister of foreign affairs Sergey Lavrov asked the UN Security Council to take up " \
           "North Korea" in heads["en"]


def test_an_event_of_no_type_is_told_by_its_own_sentence_without_the_reporting_frame(heads):
    assert ("dyrektor Pierwszego Departamentu ds. Europejskich Kim Hyon-chol został mianowany wiceministrem "
            "spraw zagranicznych KRLD") in heads["pl"]


def test_a_person_recalled_later_is_no_participant(heads):
    rosatom = [h for h in heads["pl"] if "Gałuzin" in h]
    assert rosatom == ["ambasador Rosji Michaił Gałuzin spotkał się z przedstawicielami Japonii w Tokio"]


def test_a_place_read_from_an_adjective_is_not_said(heads):
    # 'delegacja Rosyjskiego Kościoła Prawosławnego odwiedziła Pjongjang': not 'wizyta w Rosji'
    assert not any("Kim Yong-de" in h and "Rosji" in h for h in heads["pl"])
    assert any("Kim Yong-de" in h for h in heads["pl"])


@pytest.mark.parametrize("state, verb", [("Rosja", "zwróciła"), ("Czechy", "zwróciły"), ("Stany Zjednoczone", "zwróciły"),
                                         ("Maroko", "zwróciło"), ("Iran", "zwrócił")])
def test_a_verb_agrees_with_a_state_as_subject(state, verb):
    from kronika.report.headline import state_verb

    assert state_verb("zwrócił", state, "pl") == verb


def test_an_office_is_named_as_the_polish_source_names_it(heads):
    # 'z przewodniczącym Zgromadzenia Narodowego Republiki Korei Moon Hee-sanem': the roles' data has 'marszałek
    # sejmu' first for a speaker of parliament, the source its own words for Korea's
    kulik = [h for h in heads["pl"] if "Kulik" in h]
    assert kulik and " z przewodniczącym Zgromadzenia Narodowego Korei Południowej Moon Hee-sanem" in kulik[0], kulik
    assert not any("marszałk" in h for h in heads["pl"])
