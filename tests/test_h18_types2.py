"""Event type and CONSULT mode from evidence (h18 types2): a visit named in a quotation after an announced visit is
no arrival; an agreement to cooperate reached at talks is the talks, with no talks it stays AGREE; in ko and ja the
last verb of a clause chain tells a meeting before it as still to come.
Every case fails on the parent (main 9cd1a816) but the guards, whose names start with test_guard_."""
import pytest

from kronika.events.document import extract_document
from kronika.events.types import under_future
from kronika.model import Document
from kronika.nlp.analyze import analyze


def kind_mode(text: str, code: str) -> str:
    """"TYPE" or "TYPE/mode" of the document's first event."""
    e = extract_document(Document(id="t", text=text), code).events[0]
    return f"{e.type}/{e.mode}" if e.mode else e.type


@pytest.mark.parametrize("code, text", [
    ("ru", "Глава МИД Японии посетит Москву в феврале | 30.12.2010 г. | Министр иностранных дел Японии Сэйдзи Маэхара "
           "намерен посетить Россию в феврале 2011 года, сообщил в четверг, 30 декабря, замглавы МИД РФ Алексей "
           "Бородавкин. «Сейчас с нашими японскими коллегами мы согласуем конкретную дату визита. Поскольку в феврале "
           "японские министры заняты обсуждением бюджета, есть небольшие проблемы», — сказал он."),
    ("pl", "Szef MSZ Japonii odwiedzi Warszawę w lutym | 30.12.2010 r. | Minister spraw zagranicznych Japonii Seiji "
           "Maehara zamierza odwiedzić Polskę w lutym 2011 roku, poinformował w czwartek, 30 grudnia, wiceminister "
           "Jan Borkowski. „Obecnie uzgadniamy z japońskimi partnerami dokładną datę wizyty. W lutym japońscy ministrowie "
           "są zajęci budżetem, więc są małe problemy” – powiedział."),
])
def test_a_visit_quoted_after_an_announced_one_is_no_arrival(code, text):
    assert kind_mode(text, code) == "AGREE"


@pytest.mark.parametrize("code, text", [
    ("ru", "Беларусь и КНДР договорились расширять взаимодействие по всем направлениям\n\n"
           "29 октября, Минск /Корр. БЕЛТА/. Беларусь и КНДР намерены расширять взаимодействие по всем направлениям. "
           "Такой договоренности во время переговоров в Минске достигли министры иностранных дел двух стран."),
    ("en", "Latvian lawmakers agree on closer cooperation with South Korea\n\n"
           "The Saeima Foreign Affairs Committee agreed on closer cooperation with South Korea during talks in Seoul "
           "on Tuesday, the committee said."),
    ("en", "The top diplomats of South Korea and Poland have agreed to continue working together to advance defense "
           "cooperation, Seoul's foreign ministry said Thursday. Foreign Minister Cho Tae-yul and Polish Foreign "
           "Minister Radoslaw Sikorski reached the understanding during their talks in Warsaw on Wednesday."),
    ("uk", "Україна та Японія домовилися поглиблювати співпрацю\n\n"
           "Міністри закордонних справ України та Японії домовилися поглиблювати співпрацю під час переговорів у "
           "Києві в понеділок."),
])
def test_cooperation_agreed_at_talks_is_the_talks(code, text):
    assert kind_mode(text, code).startswith("CONSULT")


@pytest.mark.parametrize("code, text", [
    ("en", "Israel and the Palestinians reached a consensus to exchange information on water resources on the second "
           "day of a multilateral conference on water problems in the Middle East here Thursday, the meeting's "
           "co-chairman said."),
    ("ru", "Заключено соглашение о партнерстве между Самарой и южнокорейским городом Тхонъён\n"
           "В пятницу, 17 июня, в Уфе в рамках IV Форума лучших муниципальных практик было заключено соглашение о "
           "партнерстве между Самарой и южнокорейским городом Тхонъён."),
    ("en", "Japan and Lithuania agreed to boost cooperation in cyber security, the ministry said on Monday."),
])
def test_guard_a_concrete_act_a_document_or_no_talks_stay_agree(code, text):
    assert kind_mode(text, code) == "AGREE"


def told_to_come(text: str, code: str, word: str) -> bool:
    """Is the trigger holding `word` told in the future?"""
    a = analyze(text, code)
    return any(under_future(a, t) for t in a.triggers if word in a.text[t.char_start:t.char_end])


@pytest.mark.parametrize("code, text, word", [
    ("ko", "윤석열 대통령은 한국을 방문한 로베르트 피초 슬로바키아 총리와 회담을 한다고 대통령실이 밝혔다.", "회담"),
    ("ko", "박진 외교부 장관은 다음 주 폴란드 외교장관과 회담할 예정이다.", "회담"),
])
def test_the_last_verb_of_a_chain_tells_a_meeting_to_come(code, text, word):
    assert told_to_come(text, code, word)


@pytest.mark.parametrize("code, text, word", [
    ("ko", "윤석열 대통령은 26일 로베르트 피초 슬로바키아 총리와 회담을 했다.", "회담"),
    ("ja", "岸田首相は26日、ポーランドのトゥスク首相と会談した。", "会談"),
])
def test_guard_a_chain_told_done_keeps_its_meeting(code, text, word):
    assert not told_to_come(text, code, word)
