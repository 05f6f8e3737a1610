"""Issue 10, ninth round: Japanese and Korean mechanisms, tested on constructed, source-like text."""

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from extracting import first, participants  # noqa: E402


# ---------------------------------------------------------------- type
def test_letters_of_intent_exchanged_are_an_agreement():
    # "意向表明書を取り交わしました": an exchange of signed documents is a signing, not a visit
    text = ("2025年9月10日\n8月28日、湯沢市の佐藤市長とブルノ市のヴォクラール市長が、"
            "若者の交流に関する意向表明書を取り交わしました。\n")
    assert first(text, "ja").type == "AGREE"


# ---------------------------------------------------------------- who
def test_the_counterpart_met_told_after_a_lead_naming_one_side_takes_part():
    # the lead says only that the envoy's delegation met leading figures; the next sentence names whom
    text = ("김철수 의원을 단장으로 하는 대통령 특사단이 지난 12일 체코를 방문해 주요 인사를 면담했다고 외교부가 14일 밝혔다.\n"
            "특사단은 얀 리파프스키 외교장관과의 면담에서 대통령의 친서를 전달했다.\n")
    assert "Jan Lipavský" in participants(first(text, "ko", "2025-05-14"))


def test_a_japanese_counterpart_met_after_the_ceremony_takes_part():
    # "セレモニー終了後、…副大臣は、トゥスク首相と懇談し、…発展させたい旨述べました": a wish after the talk does
    # not make the talk one still to come
    text = ("令和6年10月6日\n10月5日、東京において、日本・ポーランド交流記念行事が開催され、山田外務副大臣が出席しました。\n"
            "行事終了後、山田副大臣は、トゥスク首相と懇談し、両国関係を更に発展させたい旨述べました。\n")
    assert "Donald Tusk" in participants(first(text, "ja", "2024-10-06"))


def test_a_lead_naming_both_sides_takes_no_one_met_further_down():
    # guard: the lead names both ministers; a leader met later is another contact, not one of theirs
    text = ("조태열 외교부 장관은 12일 서울에서 얀 리파프스키 체코 외교장관과 회담했다고 외교부가 밝혔다.\n"
            "리파프스키 장관은 이어 한덕수 국무총리와 면담했다.\n")
    assert "Han Duck-soo" not in participants(first(text, "ko", "2024-06-12"))


def test_names_joined_by_a_middle_dot_share_the_title_after_the_last():
    # "어기구·진선미 민주당 의원": two members under one title; the first ends like a body (기구) yet is a name
    text = "박철수 의원을 비롯해 어기구·진선미 민주당 의원이 지난 12일 체코를 방문했다고 외교부가 14일 밝혔다.\n"
    assert {"Gi-gu Eo", "Seon-mi Jin"} <= set(participants(first(text, "ko", "2025-05-14")))


def test_a_polish_name_with_zi_in_katakana_is_spelt_with_y():
    # "イズィドルチク": ズィ writes the Polish zy (ジ is zi), and a final チク is -czyk
    text = "2018年9月12日\n駐日ポーランド大使のヤツェク・イズィドルチク大使が12日、市役所を訪れ、山田市長を表敬訪問した。\n"
    assert "Jacek Izydorczyk" in participants(first(text, "ja", "2018-09-12"))
