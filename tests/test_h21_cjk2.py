"""h21/cjk2: European officials named by sound in katakana and Hangul, where their own spelling reads letters
otherwise than English does (Slavic ch and rz, Russian and Georgian kh, an h closing a syllable, Romanian ch and ă),
and a Korean family name whose last syllable the analyser cut off as a particle (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("fugashi")
pytest.importorskip("kiwipiepy")

from kronika.events.document import extract_document  # noqa: E402
from kronika.lang.translit import sound_key, sound_keys  # noqa: E402
from kronika.model import Document  # noqa: E402


def _people(text: str, code: str, when: dt.date) -> set[str]:
    doc = extract_document(Document(id="t", text=text, language=code), published=when)
    return {p.name for e in doc.events for p in e.persons}


def _ja(name: str, title: str) -> str:
    return f"日本の外務大臣は10日、東京で{name}{title}と会談しました。両者は二国間関係について意見交換を行いました。"


def _ko(name: str, title: str) -> str:
    return f"외교부 장관은 10일 서울에서 {name} {title}과 회담했다.\n양측은 양국 관계 발전 방안을 논의했다.\n"


# 1. Slavic ch (and Estonian, in a name of Czech origin) is the h that katakana and Hangul write with their h row
@pytest.mark.parametrize("text,code", [
    (_ja("クリステン・ミハル", "・エストニア首相"), "ja"),
    (_ko("크리스텐 미할", "에스토니아 총리"), "ko"),
])
def test_slavic_ch_read_as_h(text, code):
    assert "Kristen Michal" in _people(text, code, dt.date(2024, 9, 10))


@pytest.mark.parametrize("text,code,name,when", [
    (_ko("야나 체르노호바", "체코 국방장관"), "ko", "Jana Černochová", dt.date(2023, 3, 10)),
    (_ja("マレク・クフチンスキ", "・ポーランド議会議長"), "ja", "Marek Kuchciński", dt.date(2017, 3, 10)),
])
def test_czech_and_polish_ch(text, code, name, when):
    assert name in _people(text, code, when)


def test_polish_rz_and_czech_r_caron_are_zh():
    assert sound_key("gujegoshu", rendered=True) in sound_keys("Grzegorz", "PL")    # グジェゴシュ
    assert sound_key("geujegosi", rendered=True) in sound_keys("Grzegorz", "PL")    # 그제고시
    assert sound_key("petoshicheku", rendered=True) in sound_keys("Petříček", "CZ")  # ペトシーチェク


# 2. kh (Russian х, Georgian ხ, Armenian խ) is that h too; an h before a consonant is フ in katakana, dropped in Hangul
@pytest.mark.parametrize("text,code,name,when", [
    (_ja("マルグス・ツァフクナ", "・エストニア外務大臣"), "ja", "Margus Tsahkna", dt.date(2024, 5, 10)),
    (_ja("ヴィクトル・フレニン", "・ベラルーシ国防大臣"), "ja", "Viktor Khrenin", dt.date(2023, 3, 10)),
    (_ko("빅토르 흐레닌", "벨라루스 국방장관"), "ko", "Viktor Khrenin", dt.date(2023, 3, 10)),
    (_ja("マムカ・バフタゼ", "・ジョージア首相"), "ja", "Mamuka Bakhtadze", dt.date(2018, 10, 10)),
    (_ko("바하근 하차투랸", "아르메니아 대통령"), "ko", "Vahagn Khachaturyan", dt.date(2023, 3, 10)),
])
def test_kh_and_an_h_closing_a_syllable(text, code, name, when):
    assert name in _people(text, code, when)


def test_a_closing_h_keeps_both_keys():
    assert sound_key("tsafukuna", rendered=True) in sound_keys("Tsahkna", "EE")  # katakana ツァフクナ
    assert sound_key("chakeuna", rendered=True) in sound_keys("Tsahkna", "EE")   # Hangul 차크나
    assert sound_key("mihairu", rendered=True) in sound_keys("Mikhail", "RU")    # ミハイル


# 3. Romanian: ch before e or i is k, and c before ă is k
def test_romanian_ch_and_c_before_a_breve():
    assert sound_key("kiku", rendered=True) in sound_keys("Chicu", "RO")
    assert sound_key("chuka", rendered=True) in sound_keys("Ciucă", "RO")
    assert _people(_ja("ニコラエ・チュカ", "・ルーマニア首相"), "ja", dt.date(2022, 3, 10)) >= {"Nicolae Ciucă"}


# 4. a Slavic c before k is a ts (ミツコスキ, 미츠코스키)
def test_slavic_c_before_k():
    assert "Hristijan Mickoski" in _people(_ja("フリスティヤン・ミツコスキ", "・北マケドニア首相"), "ja",
                                           dt.date(2024, 9, 10))


# 5. a Korean family name ending in 나, which Kiwi reads as the particle 'or'
def test_a_family_name_ending_in_na_is_not_cut_as_or():
    assert "Margus Tsahkna" in _people(_ko("마르구스 차크나", "에스토니아 외교장관"), "ko", dt.date(2024, 5, 10))


def test_or_between_two_states_stays_a_particle():  # guard
    from kronika.lang.ko import hooks as ko
    spans = [[w for w, _, _ in s.words] for s in ko.name_spans("폴란드나 체코 등 중유럽 국가와 협력을 강화하기로 했다.")]
    assert ["폴란드나"] not in spans


# guard: readings add keys, they replace none (ラブロフ, 시코르스키 still meet their names)
def test_readings_keep_the_names_own_key():
    assert sound_key("Lavrov") in sound_keys("Lavrov", "RU")
    assert sound_key("shikorusuki", rendered=True) in sound_keys("Sikorski", "PL")


# 6. the EU's bodies name the EU as the other languages' place lists do: a family name rendered alone or beside
# a given name read otherwise (シャルル, French final s) then meets its bearer's state
@pytest.mark.parametrize("text,code", [
    ("日本の首相は10日、東京でミシェル欧州理事会議長と会談しました。両者は協力について意見交換を行いました。", "ja"),
    ("기시다 총리는 10일 도쿄에서 샤를 미셸 유럽이사회 상임의장과 회담했다.\n양측은 협력 방안을 논의했다.\n", "ko"),
])
def test_eu_bodies_name_the_eu(text, code):
    assert "Charles Michel" in _people(text, code, dt.date(2023, 3, 10))


# 7. a short family name beside its state is compared letter by letter with the rendering's digraphs as one letter
# (ㅊ, チ romanised ch where Vučić folds to c): 부치치, read like a Korean name, is the Serbian president
def test_a_short_name_rendered_with_digraphs_beside_its_state():
    text = "외교부 장관은 10일 서울에서 알렉산다르 부치치 세르비아 대통령과 회담했다.\n양측은 협력 방안을 논의했다.\n"
    assert "Aleksandar Vučić" in _people(text, "ko", dt.date(2023, 3, 10))
