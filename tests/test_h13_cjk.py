"""Issue 10, sixth round: Japanese and Korean mechanisms, tested on constructed, source-like text."""
import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.lang import load  # noqa: E402
from kronika.model import Document  # noqa: E402
from kronika.nlp.analyze import caption_lines  # noqa: E402
from extracting import first, participants as names  # noqa: E402


# ---------------------------------------------------------------- photo captions above a release's lead
_CAPTIONED = ("日・ハンガリー首脳会談\n令和6年5月10日\n"
              "オルバーン首相の出迎えを受ける岸田総理の様子\n"
              "握手する両首脳 日・ハンガリー首脳会談 (写真提供:内閣広報室)\n\n"
              "5月10日、午後4時から約1時間、ハンガリーを訪問中の岸田文雄内閣総理大臣は、オルバーン・ヴィクトル・"
              "ハンガリー首相と首脳会談を行ったところ、概要は以下のとおりです。\n"
              "1 岸田総理大臣から、両国関係の発展を歓迎すると述べました。\n")


def test_a_credited_line_and_a_line_of_what_the_photo_shows_are_captions():
    text = _CAPTIONED
    spans = [text[s:e] for s, e in caption_lines(text, load("ja"))]
    assert any(s.endswith("の様子") for s in spans)
    assert any(s.endswith("(写真提供:内閣広報室)") for s in spans)
    assert not any("概要は以下のとおり" in s for s in spans)


def test_captions_above_the_lead_are_no_part_of_it():
    # two short caption lines were the lead: the host in them took part, the minister met in the lead did not
    text = ("チェコ共和国\n\n令和5年5月3日\n"
            "フィアラ・チェコ首相の出迎えを受ける林外務大臣の様子 フィアラ・チェコ首相による出迎えを受ける林外務大臣 "
            "(写真提供:外務省)\n握手をする両者 日・チェコ外相会談 (写真提供:外務省)\n\n"
            " 現地時間5月3日、10時00分頃から約40分間、チェコ共和国を訪問中の林芳正外務大臣は、ヤン・リパフスキー・"
            "チェコ共和国外務大臣と会談を行ったところ、概要は以下のとおりです。\n"
            "  1. 林大臣から、チェコと緊密に連携していきたいと述べました。\n")
    ev = first(text, "ja")
    assert "Jan Lipavský" in names(ev)
    assert not any("Fiala" in n or "Fiara" in n for n in names(ev))


def test_a_caption_ending_word_inside_a_sentence_is_no_caption():
    # guard: 様子 inside a lead sentence closes nothing
    text = "林外務大臣は3日、訪日中のラウ外相と会談し、ウクライナの様子について意見交換した。\n"
    assert caption_lines(text, load("ja")) == []


def test_a_photo_item_that_is_all_caption_keeps_its_news():
    # guard: with no prose outside the captions, the caption is the news
    text = "握手する岸田総理とオルバーン首相 (写真提供:内閣広報室)\n"
    assert caption_lines(text, load("ja")) == []


# ---------------------------------------------------------------- short foreign family names beside their state
def test_a_short_katakana_family_name_beside_its_state_is_the_registry_person():
    # フィアラ (Fiala) and パヴェル (Pavel) have two consonants: alone they would match anyone by sound
    ev = first("石破総理大臣は4日、フィアラ・チェコ首相と会談した。", "ja", dt.date(2025, 3, 5))
    assert "Petr Fiala" in names(ev)
    ev = first("石破総理大臣は4日、チェコのパヴェル大統領と会談した。", "ja", dt.date(2025, 3, 5))
    assert "Petr Pavel" in names(ev)


def test_a_short_hangul_family_name_beside_its_state_is_the_registry_person():
    ev = first("윤석열 대통령은 4일 방한 중인 파벨 체코 대통령과 회담했다.", "ko", dt.date(2024, 3, 5))
    assert "Petr Pavel" in names(ev)


def test_a_name_the_dictionary_reads_as_a_place_is_a_name_before_a_title_beside_a_state():
    # MeCab tags ラウ a place (with no original, as real places have: ポーランド-Poland)
    ev = first("林外務大臣は4日、訪日中のポーランドのラウ外相と会談した。", "ja", dt.date(2023, 3, 5))
    assert "Zbigniew Rau" in names(ev)


def test_a_short_name_without_its_state_beside_it_is_no_one():
    # guard: no state beside the word, no person ("バルト外相" is no one's name)
    ev = first("林外務大臣は4日、バルト外相らと会談した。", "ja", dt.date(2023, 3, 5))
    assert names(ev) == ["Yoshimasa Hayashi"]


def test_a_polish_cz_written_with_a_glide_is_respelt():
    # 챠 is 차 with a glide: 챠푸토비치 is Czaputowicz, as 차푸토비치 is
    text = "강경화 외교부 장관은 14일(현지시간) 바르샤바에서 야첵 챠푸토비치 폴란드 외교장관과 회담했다."
    ev = first(text, "ko", dt.date(2019, 2, 15))
    assert any(n.endswith("Czaputowicz") for n in names(ev))


# ---------------------------------------------------------------- the leader whose visit is the occasion
def test_the_leader_whose_visit_is_the_occasion_takes_no_part_in_his_ministers_talks():
    text = "조태열 외교부 장관은 두다 폴란드 대통령의 국빈 방한을 계기로 4일 시코르스키 폴란드 외교장관과 회담했다."
    ev = first(text, "ko", dt.date(2025, 3, 5))
    assert names(ev) == ["Radosław Sikorski", "Tae-yul Cho"]
    text = "岩屋外務大臣は4日、トゥスク・ポーランド首相の訪日の機会に、シコルスキ外相と会談した。"
    ev = first(text, "ja", dt.date(2025, 3, 5))
    assert "Donald Tusk" not in names(ev)


def test_the_leader_whose_visit_is_the_occasion_is_the_counterpart_when_alone():
    # guard: no other person of his state, so his visit's talks are his
    text = "한덕수 국무총리는 오르반 헝가리 총리의 공식 방한을 계기로 4일 서울에서 회담을 가졌다."
    ev = first(text, "ko", dt.date(2025, 3, 5))
    assert "Viktor Orbán" in names(ev)


# ---------------------------------------------------------------- a stay told first, the meeting in the next sentence
def test_a_stay_that_is_its_sentence_frames_the_day_of_the_next_one():
    text = "조태열 외교부 장관은 19~20일 체코를 방문 중이다. 지난 19일에는 프라하에서 리파프스키 체코 외교장관과 면담했다."
    ev = first(text, "ko", dt.date(2024, 9, 20))
    assert (ev.date, ev.date_end) == ("2024-09-19", None)
    assert "Jan Lipavský" in names(ev)
    text = "上川外務大臣は19日から20日までチェコを訪問中です。19日にはプラハでリパフスキー外相と会談しました。"
    ev = first(text, "ja", dt.date(2024, 9, 20))
    assert (ev.date, ev.date_end) == ("2024-09-19", None)
    assert "Jan Lipavský" in names(ev)


def test_a_stay_with_more_to_tell_in_its_sentence_frames_only_its_own():
    # guard: the stay is not its sentence's predicate, so the next sentence's day is another matter
    text = ("조태열 외교부 장관은 19~20일 체코를 방문 중인 가운데 프라하에서 동포 간담회를 열었다. "
            "20일에는 귀국길에 오른다.")
    ev = first(text, "ko", dt.date(2024, 9, 20))
    assert (ev.date, ev.date_end) == ("2024-09-19", "2024-09-20")


# ---------------------------------------------------------------- a mode told of another time
def test_a_call_recalled_in_the_lead_does_not_make_a_meeting_a_call():
    text = ("石破茂首相は5日夜、首相官邸でポーランドのトゥスク首相と会談した。\n"
            "両首脳は、昨年11月の電話会談に続き、2月28日の外相会談の成果を歓迎した。")
    ev = first(text, "ja", dt.date(2025, 3, 5))
    assert (ev.type, ev.mode) == ("CONSULT", "visit")
    text = ("Prime Minister Shigeru Ishiba met Polish Prime Minister Donald Tusk in Tokyo on Wednesday evening.\n"
            "Following their phone call last November, the two leaders welcomed the results of the talks of 28 February.")
    ev = first(text, "en", dt.date(2025, 3, 5))
    assert (ev.type, ev.mode) == ("CONSULT", "visit")


def test_a_call_told_on_the_events_day_stays_a_call():
    # guard: the call's own sentence gives the event's day
    text = ("本20日、午後5時から約30分間、岩屋毅外務大臣は、ブドリース・リトアニア外務大臣と電話会談を行いました。\n"
            "両外相は、昨年9月の会談の成果を確認しました。")
    ev = first(text, "ja", dt.date(2024, 12, 20))
    assert ev.mode == "phone"


def test_a_call_recalled_after_the_lead_does_not_make_a_meeting_a_call():
    text = ("ニュース 政治\n2025年2月28日 22時10分\n\n"
            "岩屋外務大臣は28日夜、外務省でポーランドのシコルスキ外相と会談し、行動計画に署名しました。\n"
            "岩屋大臣は、去年11月に電話会談を行ったシコルスキ外相と初めて対面で会談しました。\n")
    ev = first(text, "ja")
    assert ev.mode == "visit"


# ---------------------------------------------------------------- a file photo's date with its agency's credit
def test_a_file_photos_date_credited_with_the_reporters_name_dates_nothing():
    text = ("윤 대통령, 체코 대통령과 정상회담\n\n원전 협력 강화에 방점\n\n"
            "윤석열 대통령이 10일(현지시간) 북대서양조약기구 75주년 정상회의가 개최된 미국 워싱턴DC 컨벤션센터에서 열린 "
            "한-체코 정상회담에서 페트르 파벨 체코 대통령과 악수하고 있다. "
            "(대통령실 제공) 2024.7.11/뉴스1 ⓒ News1 송원영 기자\n\n"
            "(프라하=뉴스1) 한상희 기자 = 체코를 공식 방문 중인 윤석열 대통령이 19일(현지 시간) 페트르 파벨 체코 대통령과 "
            "정상회담을 시작했다.\n")
    doc = extract_document(Document(id="t", text=text, language="ko"))
    assert doc.published != "2024-07-11"
    assert doc.events[0].date != "2024-07-10"


# ---------------------------------------------------------------- t and s met in one rendered consonant
def test_a_latin_ds_rendered_as_one_consonant_still_sounds_alike():
    # the ds of Landsbergis is the one ㅈ of 란즈베르기스 and the one ズ of ランズベルギス
    ev = first("조태열 외교부 장관은 4일 가브리엘리우스 란즈베르기스 리투아니아 외교장관과 회담했다.", "ko", dt.date(2024, 3, 5))
    assert "Gabrielius Landsbergis" in names(ev)
    ev = first("林外務大臣は4日、ランズベルギス・リトアニア外相と会談した。", "ja", dt.date(2023, 3, 5))
    assert "Gabrielius Landsbergis" in names(ev)
