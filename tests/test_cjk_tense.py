"""Japanese and Korean tense: a predicate of what is still to come ("会談します", "회담한다", "訪問する方針だ",
"방문할 계획이다", "開催される") announces a meeting, which PLOVER codes AGREE on the day it was told; a bare
day told with one is the coming day; the day of a report of a plan is the announcement's. Read from the
analysers' verb endings (hooks future_spans, find_dates), with constructed sentences in the press's style."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.lang import hook  # noqa: E402
from kronika.model import Document  # noqa: E402
from kronika.nlp.dates import find_dates, resolve  # noqa: E402


def main_event(text: str, code: str, published: str):
    ev = extract_document(Document(id="t", text=text, language=code, published=published)).events[0]
    return ev.type, ev.date


@pytest.mark.parametrize("code,text", [
    ("ja", "岩屋外務大臣は、来週、ポーランドを訪問する方針だ。"),
    ("ja", "日本とポーランドの外相会談が3月5日に東京で開催される。"),
    ("ja", "日・ポーランド外相会談は3月5日に東京で開催されることになった。"),
    ("ja", "岩屋外務大臣は3月5日、ワルシャワでシコルスキ外務大臣と会談します。"),
    ("ja", "政府は、岩屋外務大臣が3月5日から7日までポーランドを訪問すると発表した。"),
    ("ja", "林官房長官は28日の記者会見で、岩屋外務大臣が来月ポーランドを訪問すると発表した。"),
    ("ko", "조태열 외교부 장관은 5일 폴란드 바르샤바에서 시코르스키 외교장관과 회담한다."),
    ("ko", "조태열 외교부 장관은 다음 달 폴란드를 방문해 시코르스키 외교장관과 회담할 방침이다."),
    ("ko", "외교부는 조태열 장관이 다음 달 5일 폴란드를 방문한다고 28일 밝혔다."),
    ("ko", "한국과 폴란드 외교장관은 다음 달 서울에서 회담을 갖기로 했다."),
])
def test_an_announced_meeting_is_agree_on_the_day_it_was_told(code, text):
    assert main_event(text, code, "2025-02-28") == ("AGREE", "2025-02-28")


@pytest.mark.parametrize("code,text,want", [
    ("ja", "岩屋外務大臣は5日、シコルスキ外務大臣と会談し、協力を強化することで一致した。", "2025-02-05"),
    ("ja", "岩屋外務大臣は5日、シコルスキ外務大臣と会談を行い、協力していく考えを示した。", "2025-02-05"),
    ("ja", "外務省は28日、岩屋外務大臣が27日にシコルスキ外務大臣と会談したと発表した。", "2025-02-27"),
    ("ko", "조태열 외교부 장관은 5일 시코르스키 폴란드 외교장관과 회담을 갖고 협력을 강화하기로 합의했다.", "2025-02-05"),
    ("ko", "조태열 외교부 장관은 5일 시코르스키 폴란드 외교장관과 회담하고 협력을 강화하고 있다고 밝혔다.", "2025-02-05"),
    ("ko", "외교부는 28일 조태열 장관이 전날 시코르스키 폴란드 외교장관과 회담했다고 밝혔다.", "2025-02-27"),
])
def test_a_meeting_told_in_the_past_stays_a_meeting_on_its_day(code, text, want):
    assert main_event(text, code, "2025-02-28") == ("CONSULT", want)


@pytest.mark.parametrize("code,text,want", [
    ("ko", "조 장관은 5일 바르샤바에서 시코르스키 장관과 회담한다.", "2025-03-05"),
    ("ko", "조 장관은 5일 바르샤바에서 시코르스키 장관과 회담했다.", "2025-02-05"),
    ("ja", "岩屋大臣は5日、ワルシャワでシコルスキ大臣と会談します。", "2025-03-05"),
    ("ja", "岩屋大臣は5日、ワルシャワでシコルスキ大臣と会談しました。", "2025-02-05"),
    # the day of the report, before the quote's own subject, is not the plan's
    ("ja", "外務省は20日、岩屋大臣がポーランドを訪問すると発表した。", "2025-02-20"),
    ("ko", "외교부는 20일 조 장관이 폴란드를 방문한다고 밝혔다.", "2025-02-20"),
])
def test_a_bare_day_told_in_the_future_is_the_coming_one(code, text, want):
    (dm,) = [dm for dm in find_dates(text, code) if dm.kind == "absolute"]
    assert str(resolve(dm, dt.date(2025, 2, 28)).date) == want


@pytest.mark.parametrize("code,text,told", [
    ("ja", "岩屋大臣は来月ポーランドを訪問する予定だ。", "訪問する"),
    ("ja", "外相会談が東京で開催される。", "開催される"),
    ("ko", "조 장관은 폴란드를 방문할 계획이다.", "방문할"),
    ("ko", "양국은 협력을 강화하고 있다.", None),
    ("ja", "両国は協力を強化している。", None),
    ("ja", "平壌を出発する外相", None),
])
def test_future_spans_are_predicates_of_what_is_to_come(code, text, told):
    spans = [text[s:e] for s, e in hook(code, "future_spans")(text)]
    assert spans == ([told] if told else [])
