"""Japanese and Korean releases and news items as the press writes them: who acts when a ministry is named
without its state (HOME_BODIES), a press conference that is no meeting, foreign names MeCab cuts apart,
short registry renderings, two-syllable Korean names, and a visit whose days are still running."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.model import Document  # noqa: E402
from kronika.nlp.dates import find_dates, resolve  # noqa: E402


def main_event(text: str, code: str, published: str = "2024-10-21"):
    return extract_document(Document(id="t", text=text, language=code, published=published)).events[0]


@pytest.mark.parametrize("code,text,want", [
    ("ja", "外務省は21日、在京ロシア大使館の大使を招致し、北朝鮮との軍事協力に抗議した。", ["JP", "RU"]),
    ("ko", "외교부는 21일 게오르기 지노비예프 주한 러시아대사를 초치했다.", ["KR", "RU"]),
    ("ko", "정부는 21일 북한의 탄도미사일 발사를 강력히 규탄했다.", ["KP", "KR"]),
    ("ko", "외교부는 21일 일본 정부의 독도 영유권 주장에 항의했다.", ["JP", "KR"]),
])
def test_a_ministry_named_without_its_state_is_the_home_states(code, text, want):
    ev = main_event(text, code)
    assert (ev.type, ev.countries) == ("ACCUSE", want)


@pytest.mark.parametrize("code,text,want", [
    ("ja", "ロシア外務省は21日、日本の大使を呼び出し、抗議した。", ["JP", "RU"]),
    ("ko", "중국 외교부는 21일 한국 대사를 초치해 항의했다.", ["CN", "KR"]),
])
def test_a_ministry_beside_its_state_is_that_states(code, text, want):
    assert main_event(text, code).countries == want


def test_a_press_conference_is_no_meeting():
    ev = main_event("林芳正官房長官は21日の記者会見で、北朝鮮のミサイル発射を非難した。", "ja")
    assert ev.type == "ACCUSE"


def test_a_foreign_name_mecab_cuts_apart_is_one_name():
    # MeCab reads ガ (moth) + ルージン; the katakana run is the ambassador's name, matched by sound
    ev = main_event("外務省は21日、在日ロシア大使館のガルージン大使を招致し、抗議した。", "ja")
    assert [(p.name, p.country) for p in ev.persons] == [("Mikhail Galuzin", "RU")]


def test_a_short_katakana_name_the_registry_lists_alone_is_that_person():
    ev = main_event("岸田総理大臣は21日、ポーランドのドゥダ大統領と会談した。", "ja", "2023-03-21")
    assert [p.name for p in ev.persons] == ["Fumio Kishida", "Andrzej Duda"]


@pytest.mark.parametrize("text,want", [
    ("박진 외교부 장관은 21일 라우 폴란드 외교장관과 회담했다.", "Jin Park"),     # out of office: not by the registry
    ("최진 주폴란드 한국대사는 21일 폴란드 외교부 차관과 만났다.", "Jin Choi"),
])
def test_a_two_syllable_name_of_a_korean_official_is_a_korean_name(text, want):
    assert main_event(text, "ko", "2025-02-28").persons[0].name == want


@pytest.mark.parametrize("code,text", [
    ("ko", "조태열 외교부 장관은 4~6일 폴란드를 방문한다."),
    ("ja", "岩屋外務大臣は4日から6日まで、ポーランドを訪問します。"),
])
def test_a_visit_whose_days_are_still_running_is_this_months(code, text):
    (dm,) = [dm for dm in find_dates(text, code) if dm.kind == "absolute"]
    r = resolve(dm, dt.date(2025, 3, 6))
    assert (str(r.date), str(r.end)) == ("2025-03-04", "2025-03-06")


@pytest.mark.parametrize("code,text", [
    ("ja", "林外務大臣は先月、ポーランドのラウ外相と電話会談を行いました。"),
    ("ko", "박진 외교부 장관은 지난달 라우 폴란드 외교장관과 통화했다."),
    ("ja", "林外務大臣は2月、ポーランドのラウ外相と電話会談を行いました。"),
    ("en", "Foreign Minister Hayashi held a phone call with Polish Foreign Minister Rau last month."),
])
def test_a_month_without_a_day_dates_the_event_by_its_month(code, text):
    ev = main_event(text, code, "2023-03-22")
    assert (ev.date, ev.date_precision) == ("2023-02-01", "month")


# release pages as the page store returns them: the published date in the header (after menus and the
# headline, or on a label line of its own) or at the end (after 끝., with the desk, or signed by the ministry)
@pytest.mark.parametrize("code,text,want", [
    ("ja", "外務省\nホーム > 報道・広報 > 報道発表\n報道発表\n日・ポーランド外相会談\n令和7年2月28日\n\n（写真）\n\n2月28日、午後6時30分から約35分間、岩屋毅外務大臣は、訪日中のシコルスキ・ポーランド外務大臣と外相会談を行ったところ、概要は以下のとおりです。\n1 冒頭、岩屋大臣から歓迎しました。",
     ("2025-02-28", "2025-02-28", "CONSULT/visit")),
    ("ja", "日・ポーランド外相電話会談\n\n本日午後4時から約30分間、岩屋毅外務大臣は、シコルスキ・ポーランド外務大臣と電話会談を行いました。\n概要は以下のとおりです。\n\n令和7年2月28日　外務省",
     ("2025-02-28", "2025-02-28", "CONSULT/phone")),
    ("ko", "보도자료\n조태열 외교부 장관, 시코르스키 폴란드 외교장관 회담\n작성일\n2025-02-28\n조회수\n1234\n1. 조태열 외교부 장관은 2.28.(금) 오후 시코르스키 폴란드 외교장관과 회담을 갖고 양국 관계를 논의하였다.\n끝.",
     ("2025-02-28", "2025-02-28", "CONSULT/visit")),
    ("ko", "조태열 외교부 장관, 시코르스키 폴란드 외교장관 회담\n1. 조태열 외교부 장관은 2.28.(금) 오후 시코르스키 폴란드 외교장관과 회담을 갖고 양국 관계를 논의하였다.\n2. 양 장관은 협력을 확대해 나가기로 하였다.\n붙임 : 회담 사진. 끝.\n\n2025-02-28 | 유럽국 중유럽과",
     ("2025-02-28", "2025-02-28", "CONSULT/visit")),
    ("ko", "조태열 외교부 장관, 시코르스키 폴란드 외교장관 회담\n1. 조태열 외교부 장관은 2.28.(금) 오후 시코르스키 폴란드 외교장관과 회담을 갖고 양국 관계를 논의하였다.\n끝.\n\n게시일 2025.02.28.",
     ("2025-02-28", "2025-02-28", "CONSULT/visit")),
    ("ko", "조태열 외교부 장관, 시코르스키 폴란드 외교장관 회담\n1. 조태열 외교부 장관은 2월 28일(금) 오후 시코르스키 폴란드 외교장관과 회담을 갖고 양국 관계를 논의하였다.\n끝.\n\n등록일 : 2025-02-28",
     ("2025-02-28", "2025-02-28", "CONSULT/visit")),
    ("ko", "조태열 외교부 장관, 시코르스키 폴란드 외교장관 회담\n1. 조태열 외교부 장관은 2.28.(금) 오후 시코르스키 폴란드 외교장관과 회담을 갖고 양국 관계를 논의하였다.\n끝.\n\n2025년 2월 28일\n외교부 대변인",
     ("2025-02-28", "2025-02-28", "CONSULT/visit")),
])
def test_ministry_release_pages_date_themselves_in_the_header_or_at_the_end(code, text, want):
    doc = extract_document(Document(id="t", text=text, language=code))
    ev = doc.events[0]
    assert (doc.published, ev.date, f"{ev.type}/{ev.mode}") == want


# each event word issue 10 names, in the sentence a release or news item tells it in
@pytest.mark.parametrize("code,text,want", [
    ("ja", "岩屋外務大臣は28日、訪日中のシコルスキ・ポーランド外務大臣と会談を行った。", ("CONSULT", "visit")),
    ("ja", "岩屋外務大臣は28日、シコルスキ・ポーランド外務大臣と電話会談を行った。", ("CONSULT", "phone")),
    ("ja", "岩屋外務大臣とシコルスキ・ポーランド外務大臣は28日、東京で行動計画に署名した。", ("AGREE", None)),
    ("ja", "岩屋外務大臣は28日、北朝鮮による弾道ミサイル発射について、北京の大使館ルートを通じて厳重に抗議した。",
     ("ACCUSE", None)),
    ("ja", "外務省は28日、在京ロシア大使館の大使を招致した。", ("ACCUSE", None)),
    ("ja", "岩屋外務大臣は28日、ブリュッセルで開催されたNATO外相会合に出席し、シコルスキ外務大臣と会談した。",
     ("CONSULT", "third-party")),
    ("ko", "조태열 외교부 장관은 28일 방한 중인 시코르스키 폴란드 외교장관과 회담했다.", ("CONSULT", "visit")),
    ("ko", "조태열 외교부 장관은 28일 시코르스키 폴란드 외교장관과 전화 통화를 했다.", ("CONSULT", "phone")),
    ("ko", "조태열 외교부 장관과 시코르스키 폴란드 외교장관은 28일 서울에서 행동계획에 서명했다.", ("AGREE", None)),
    ("ko", "외교부는 28일 게오르기 지노비예프 주한 러시아대사를 초치했다.", ("ACCUSE", None)),
    ("ko", "외교부는 28일 일본 정부의 독도 영유권 주장에 항의했다.", ("ACCUSE", None)),
    ("ko", "정부는 28일 북한의 탄도미사일 발사를 강력히 규탄했다.", ("ACCUSE", None)),
])
def test_event_words_of_issue_10_give_type_and_mode(code, text, want):
    ev = main_event(text, code, "2025-02-28")
    assert (ev.type, ev.mode) == want


@pytest.mark.parametrize("code,text", [
    ("ja", "北朝鮮の崔善姫外相は27日に平壌を出発し、28日にモスクワでラブロフ外相と会談した。"),
    ("ko", "북한 최선희 외무상은 27일 평양을 출발해 28일 모스크바에서 라브로프 외무장관과 회담했다."),
])
def test_the_city_a_delegation_left_is_not_the_venue(code, text):
    ev = main_event(text, code, "2025-02-28")
    assert (ev.date, ev.location.city) == ("2025-02-28", "Moscow")
