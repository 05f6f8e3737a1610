"""h22/cjk: Korean photo blocks printed twice, a title with the copula taken for a name, kanji with a
variation selector in a registry name."""
import pytest

pytest.importorskip("kiwipiepy")
pytest.importorskip("fugashi")

from kronika.events.document import extract_document  # noqa: E402
from kronika.lang.ko import hooks as ko  # noqa: E402
from kronika.model import Document  # noqa: E402

CAPTION = "조현 외교부 장관(오른쪽)과 안드리 시비하 우크라이나 외교장관이 12일(현지시간) 키이우에서 회담하고 있다.(사진=외교부 제공)"
BODY = ("[서울=뉴스핌] 홍길동 기자 = 조현 외교부 장관은 11일(현지시간) 우크라이나 키이우에서 안드리 시비하 우크라이나 "
        "외교장관과 회담을 갖고 양국 관계와 재건 협력 방안 등에 대해 폭넓게 협의했다고 외교부가 13일 밝혔다.\n\n"
        "양 장관은 우크라이나의 조속한 평화 회복을 위해 긴밀히 협력해 나가기로 했다.")


def _events(text, lang, url=None):
    return extract_document(Document(id="t", text=text, url=url), lang).events


def test_caption_printed_twice_is_the_photos():
    text = f"한-우크라이나 외교장관 회담\n\n{CAPTION}\n\n{CAPTION}\n\n원본보기 아이콘\n\n{BODY}\n"
    spans = ko.caption_spans(text)
    assert len(spans) == 2 and all(text[s:e].strip() == CAPTION for s, e in spans)


def test_caption_printed_twice_does_not_date_the_talks():
    text = f"한-우크라이나 외교장관 회담\n\n{CAPTION}\n\n{CAPTION}\n\n원본보기 아이콘\n\n{BODY}\n"
    ev = _events(text, "ko", "https://example.co.kr/news/2025/09/13/123")
    assert ev[0].date == "2025-09-11"


def test_caption_printed_once_is_left_to_the_date_grammar():
    """guard: a caption line the page prints once may be the news itself; its words are not struck out."""
    text = f"한-우크라이나 외교장관 회담\n\n{CAPTION}\n\n{BODY}\n"
    assert ko.caption_spans(text) == []


def test_title_with_copula_is_no_name():
    text = "공식방문하고있는 정부 대표단 단장인 외무상 리용호동지와 라브로브 외무상사이의 회담이 10일에 진행되였다."
    found = {text[s:e] for s, e in ko.titled_names(text)}
    assert "단장인" not in found


def test_name_before_title_still_found():
    """guard: a native name in apposition before a title is still read."""
    text = "박용민 다자외교조정관은 회의에 참석했다."
    assert [text[s:e] for s, e in ko.titled_names(text)] == ["박용민"]


def test_registry_kanji_name_with_variation_selector():
    text = ("2月1日、午前10時5分から約25分間、辻\U000e0100清人外務副大臣は、オヴディウ・ドランガ駐日ルーマニア大使による"
            "離任表敬を受けたところ、概要は以下のとおりです。")
    ev = _events(text, "ja", "https://www.mofa.go.jp/mofaj/2024/02/01/x.html")
    assert "Kiyoto Tsuji" in {p.name for p in ev[0].persons}


def test_disaster_named_in_a_condolence_is_no_topic():
    text = ("日・ルーマニア外相会談\n\n3月5日、午後3時から約30分間、外務大臣は、訪日中のルーマニア外務大臣と会談を行いました。"
            "冒頭、大臣から、先般の地震に関するルーマニアからのお見舞いのメッセージに対して謝意を表しました。"
            "両大臣は、エネルギー分野や経済分野での協力を強化していくことで一致しました。")
    ev = _events(text, "ja", "https://www.mofa.go.jp/mofaj/2024/03/05/x.html")
    assert "disaster" not in ev[0].topics


def test_disaster_cooperation_is_still_a_topic():
    """guard: a disaster cue with no courtesy in its clause still counts."""
    text = ("日・ルーマニア外相会談\n\n3月5日、午後3時から約30分間、外務大臣は、訪日中のルーマニア外務大臣と会談を行いました。"
            "両大臣は、防災分野や地震対策での協力を強化していくことで一致しました。")
    ev = _events(text, "ja", "https://www.mofa.go.jp/mofaj/2024/03/05/x.html")
    assert "disaster" in ev[0].topics


@pytest.mark.parametrize("text,lang", [
    ("ウルズラ・フォンデアライエン欧州委員長は5月22日、ソウルを訪問し、尹錫悦大統領と会談した。", "ja"),
    ("우르줄라 폰데어라이엔 EU 집행위원장은 22일 서울에서 윤석열 대통령과 정상회담을 가졌다.", "ko"),
])
def test_family_name_with_particles_rendered_as_one_word(text, lang):
    ev = _events(text, lang, "https://example.co.kr/2023/05/22/a")
    assert "Ursula von der Leyen" in {p.name for p in ev[0].persons}
