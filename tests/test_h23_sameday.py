"""Same-day events a report tells around its main meeting (session h23): the guest's separate meetings with the
host's officials (secondary.hosts_apart), what the two sides did at the meeting besides talking (an invitation,
an announced visit, a backed candidacy: secondary._told_at_meeting), a signing told past the lead (events.yaml
SIGNED), an agreed visit where the verb follows its object (_agreed_on), separate talks in verb-final text
(separate_meetings)."""
from __future__ import annotations

import pytest

from extracting import events


def told(text: str, lang: str, published: str = "2024-03-12") -> list[tuple[str, str | None, tuple, tuple]]:
    """(type, date, countries, family names) of each event, in order."""
    return [(e.type, e.date, tuple(e.countries), tuple(sorted(p.name.split()[-1] for p in e.persons)))
            for e in events(text, lang, published)]


# hosts_apart: the host's officials the guest met one by one, each a meeting of its own
@pytest.mark.parametrize("text,lang,hosts", [
    ("Vilnius, March 11 - The speaker of the Korean National Assembly Kim Jin-pyo met Lithuanian Seimas Speaker "
     "Viktorija Čmilytė-Nielsen in Vilnius on Monday, March 11, 2024. Kim Jin-pyo also met with President Gitanas "
     "Nausėda and Prime Minister Ingrida Šimonytė.", "en", {"Čmilytė-Nielsen", "Nausėda", "Šimonytė"}),
    ("Ministr zahraničních věcí Jan Lipavský jednal 11. 3. 2024 v Tokiu se svou protějškyní Jóko Kamikawaovou. "
     "Ministr Lipavský se rovněž setkal s premiérem Fumiem Kišidou.", "cs", {"Kamikawa", "Kishida"}),
])
def test_each_host_official_met_is_a_meeting_of_its_own(text, lang, hosts):
    meetings = [e for e in told(text, lang) if e[0] == "CONSULT"]
    assert len(meetings) == len(hosts)
    met = [set(names) for _t, _d, _c, names in meetings]
    assert all(len(m) == 2 for m in met)  # the guest and one host each, not all of them in the first


def test_a_later_meeting_told_as_still_to_come_is_announced():
    text = ("Zunanja ministrica Tanja Fajon se je 11. marca 2024 v Tokiu sestala z japonsko zunanjo ministrico "
            "Joko Kamikavo. Popoldne se bo Fajon sešla tudi s premierjem Fumiom Kišido.")
    kinds = [t for t, _d, _c, _n in told(text, "sl")]
    assert kinds[:1] == ["CONSULT"] and "AGREE" in kinds


def test_the_delegations_of_one_meeting_are_not_meetings_apart():  # dev-108's pattern
    text = ("Japonijos ministras pirmininkas Fumio Kishida kovo 11 d. Tokijuje susitiko su Lietuvos ministre "
            "pirmininke Ingrida Šimonyte. Susitikime dalyvavo Japonijos užsienio reikalų ministrė Yoko Kamikawa ir "
            "Lietuvos užsienio reikalų ministras Gabrielius Landsbergis. Šimonytė taip pat susitiko su Japonijos "
            "parlamento pirmininku Fukushiro Nukagos.")
    met = [set(n) for t, _d, _c, n in told(text, "lt") if t == "CONSULT"]
    assert len(met) == 2 and not any("Kamikawa" in m for m in met[1:])  # the speaker apart, the ministers not


# events.yaml WHETHER: a meeting asked about is none
def test_a_meeting_asked_about_is_no_meeting():
    text = ("Russian Foreign Minister Sergey Lavrov met North Korean Foreign Minister Choe Son-hui in Pyongyang on "
            "March 11, 2024. Lavrov also met Premier Kim Tok-hun. The agency did not say whether Lavrov would meet "
            "leader Kim Jong-un.")
    assert [t for t, _d, _c, _n in told(text, "en")] == ["CONSULT", "CONSULT"]  # nor a meeting announced


# _told_at_meeting: an invitation, an announced visit, a backed candidacy
@pytest.mark.parametrize("text,lang,kind", [
    ("Minister zahraničných vecí Juraj Blanár rokoval v pondelok 11. marca 2024 v Soule s kórejským ministrom "
     "zahraničných vecí Čo Te-julom. Blanár pripomenul pozvanie pre premiéra Kórejskej republiky na Slovensko.",
     "sk", "AGREE"),
    ("Minister zahraničných vecí Juraj Blanár rokoval v pondelok 11. marca 2024 v Soule s kórejským ministrom "
     "zahraničných vecí Čo Te-julom. Ministri sa tiež vzájomne podporili v kandidatúrach do medzinárodných "
     "inštitúcií.", "sk", "SUPPORT"),
    ("Foreign Minister Gabrielius Landsbergis met Japanese Foreign Minister Yoko Kamikawa in Tokyo on March 11, "
     "2024. The ministers discussed regional security.\n\nLandsbergis also asked for Japan's support for "
     "Lithuania's candidacy to the UN Human Rights Council.",
     "en", "REQUEST"),
])
def test_what_the_sides_did_at_the_meeting_is_an_event_of_that_day(text, lang, kind):
    evs = told(text, lang)
    assert evs[0][0] == "CONSULT"
    assert any(t == kind and d == evs[0][1] for t, d, _c, _n in evs[1:])


def test_an_invitation_to_invest_is_no_visit_agreed():
    text = ("Lithuanian President Gitanas Nausėda met Japanese Prime Minister Fumio Kishida in Tokyo on March 11, "
            "2024. Nausėda also met Speaker Fukushiro Nukaga.\n\nThe president invited Japan to invest in "
            "Lithuania's laser industry.")
    assert [t for t, _d, _c, _n in told(text, "en")] == ["CONSULT", "CONSULT"]


# events.yaml SIGNED, past the lead: a signing in a sentence of the pair alone
def test_a_signing_told_further_on_is_an_agreement_of_that_day():
    text = ("11 березня 2024 року в Токіо відбулася зустріч Міністра закордонних справ України Дмитра Кулеби з "
            "Міністром закордонних справ Японії Йоко Камікавою.\n\nМіністри обговорили підтримку України.\n\n"
            "У ході зустрічі було підписано меморандум про співпрацю між міністерствами двох країн.")
    evs = told(text, "uk")
    assert any(t == "AGREE" and d == evs[0][1] for t, d, _c, _n in evs[1:])


# _agreed_on: the verb of agreeing after the meeting noun it governs (GOVERNS_BEFORE AGREE)
def test_a_visit_agreed_with_the_verb_after_it_is_announced():
    text = ("한일, 5월 기시다 총리 방한 추진 합의\n조태열 외교부 장관과 가미카와 요코 일본 외무상은 11일 도쿄에서 외교장관회담을 열고 5월 중 기시다 후미오 "
            "총리의 방한을 추진하기로 합의했다고 외교부가 밝혔다.\n양 장관은 북한 문제에 대해서도 논의했다.")
    evs = told(text, "ko")
    assert evs[0][0] == "CONSULT" and ("AGREE", evs[0][1]) in [(t, d) for t, d, _c, _n in evs[1:]]


# separate_meetings: the host who opens a verb-final sentence met the states after him one by one
def test_separate_talks_in_a_verb_final_sentence_are_one_meeting_each():
    text = ("令和6年3月11日\n ポーランドを訪問中の上川陽子外務大臣は、3月11日、ヤン・リパフスキー・チェコ共和国外務大臣、"
            "シーヤールトー・ペーテル・ハンガリー外務貿易大臣と個別に会談を行いました。")
    pairs = {c for t, _d, c, _n in told(text, "ja") if t == "CONSULT"}
    assert pairs == {("CZ", "JP"), ("HU", "JP")}


def test_a_state_a_signed_paper_is_about_is_no_party_to_it():  # _of_the_pair with the verb's place
    text = ("Ministr Lipavský se 20. září 2024 v Praze setkal se svým korejským protějškem Čo Tche-jolem.\n\n"
            "Šéfové české a korejské diplomacie také podepsali memorandum o spolupráci na rekonstrukci Ukrajiny.")
    evs = told(text, "cs", "2024-09-20")
    assert [(t, c) for t, _d, c, _n in evs[1:]] == [("AGREE", ("CZ", "KR"))]


def test_a_bracket_dating_what_it_follows_is_no_day_of_the_meeting():  # _dated_otherwise skips asides
    text = ("President Klaus Iohannis met South Korean President Yoon Suk-yeol in Seoul on April 23, 2024. The two "
            "presidents discussed defence and energy cooperation.\n\nThe talks focused on the strategic partnership "
            "and on trade, investment and nuclear energy.\n\nAfterwards, Iohannis will have a meeting with Prime Minister Han Duck-soo to assess the results of the "
            "10th Joint Committee for Industrial Cooperation (Seoul, 25 March 2024).")
    evs = told(text, "en", "2024-04-23")
    assert [d for _t, d, _c, n in evs[1:] if "Han" in n] == ["2024-04-23"]  # his meeting, on the visit's day
