"""Issue 10, tenth round: Japanese and Korean event dates (and their people), tested on constructed, source-like text."""

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import events, first, participants as names  # noqa: E402


# ---------------------------------------------------------------- photo captions and page residue
def test_a_caption_whose_credit_is_followed_by_the_sites_zoom_button_is_a_caption():
    # "…귀국해 답변하고 있다. 사진=뉴시스이미지 확대보기": a file photo of the 12th; the call is the 15th
    text = ("한-우크라 외교장관 첫 통화\n"
            "미국을 방문했던 조현 외교부 장관이 12일 인천국제공항을 통해 귀국해 취재진의 질문에 답변하고 있다. "
            "사진=뉴시스이미지 확대보기\n"
            "조현 외교부 장관은 15일 안드리 시비하 우크라이나 외교장관과 전화 통화를 갖고 양국 관계에 대한 의견을 "
            "교환했다고 외교부는 밝혔다.\n")
    ev = first(text, "ko", url="https://example.kr/article/2025/09/2025091521133823363_1")
    assert ev.date == "2025-09-15"


def test_a_bulleted_link_to_another_dated_article_lends_no_month_to_a_bare_day():
    # a video site lists other clips above the article, each with its own date; "27日" is April's, as the stamp says
    text = ("- 【解説】花火で新年を祝福 中国で若者の一部が暴徒化 警察と衝突も(2023年1月4日)\n"
            "- 【速報】首脳会談の思惑を紐解く\n"
            "ロシア外務省は27日、モスクワに駐在する日本大使館の外交官ら8人を追放すると発表しました。\n"
            "(2022年4月28日放送)\n")
    days = {ev.date for ev in events(text, "ja")}
    assert "2022-04-27" in days and "2023-01-27" not in days


def test_a_caption_credit_followed_by_prose_on_its_line_is_still_no_caption():
    # guard: the zoom words close a caption only at the line's end; prose after them makes the line a sentence
    from kronika.nlp.dates import find_dates

    days = lambda text: {dm.d for dm in find_dates("2025-09-16 09:00\n" + text, "ko") if dm.kind == "absolute"}
    photo = "조현 장관이 12일 귀국하고 있다. 사진=뉴시스 확대보기\n조 장관은 15일 시비하 장관과 통화했다.\n"
    prose = "조현 장관이 12일 귀국하고 있다. 사진=뉴시스 확대보기 조 장관은 15일 시비하 장관과 통화했다.\n"
    assert 12 not in days(photo) and 12 in days(prose)
