"""h20/persons2: persons of the main event on the pooled fresh pages (wave 2).

Every test but the guards fails on main (2f60d435); the guards pass on both.
"""
from __future__ import annotations

from kronika.lang import load
from kronika.nlp.analyze import analyze
from kronika.nlp.foreign_names import japanese_shaped
from kronika.nlp.persons import canonical_name

from extracting import first, participants


def _people(text: str, code: str) -> list[str]:
    return [p.name for p in analyze(text, code).persons]


# 1. Hepburn writes the moraic n as m before b, p, m: "Gemba", "Namba", "Homma" spell Japanese syllables

def test_a_consonant_cluster_is_still_no_japanese_word_guard():
    assert not japanese_shaped("Gemb", "en") and not japanese_shaped("Lambert", "en")


# 2. the instrumental -m on a Japanese family name's final vowel ("s premiérem Abem")

def test_a_czech_instrumental_in_m_of_a_short_japanese_family_name():
    assert canonical_name(["Abem"], "cs", load("cs").name_endings) == "Abe"
    people = _people("Premiér jednal s japonským premiérem Abem o obchodu.", "cs")
    assert "Abe" in people


def test_a_czech_given_name_in_the_instrumental_keeps_its_reading_guard():
    assert canonical_name(["Janem"], "cs", load("cs").name_endings) == "Jan"


# 3. a counterpart called "partner" in the West and South Slavic languages

def test_a_slovak_partner_is_a_counterpart_title():
    people = _people("Minister rokoval so svojím japonským partnerom Kenjim Uedom v Tokiu.", "sk")
    assert "Kenji Ueda" in people


def test_a_croatian_and_polish_partner_is_a_counterpart_title():
    assert _people("Ministar je razgovarao sa svojim japanskim partnerom Kenjijem Uedom.", "hr") == ["Kenji Ueda"]
    assert _people("Minister rozmawiał ze swoim japońskim partnerem Kenjim Uedą.", "pl") == ["Kenji Ueda"]


def test_a_partner_state_is_no_person_guard():
    assert _people("Japonsko je strategickým partnerom Slovenska v Ázii.", "sk") == []


# 4. a closing quotation mark before the attribution's dash closes a quotation whose opening mark was lost

def test_a_person_after_the_attribution_of_a_quote_whose_opening_mark_is_lost():
    text = ("Lietuva ir Japonija stiprins bendradarbiavimą\n\n"
            "Vilnius, vasario 18 d. Užsienio reikalų ministras Gabrielius Landsbergis susitiko su Japonijos "
            "kolega.\n\n"
            "Japonija yra strateginė Lietuvos partnerė, atėjo metas stiprinti saugumą“, – pažymėjo Lietuvos "
            "diplomatijos vadovas Miuncheno konferencijoje susitikęs su Japonijos užsienio reikalų ministru "
            "Yoshimasa Hayashi.")
    people = participants(first(text, "lt", "2023-02-18"))
    assert any("Hayashi" in n for n in people)


# 5. the object of a meeting verb further down, with no lead person in his sentence

def test_the_object_of_a_meeting_verb_after_the_lead_is_a_party():
    text = ("Глава МИД Латвии прибыл в Токио\n\n"
            "Токио, 12 марта. Министр иностранных дел Латвии Эдгарс Ринкевичс прибыл в Японию с официальным "
            "визитом. Латвия рассчитывает на рост торговли с Японией.\n\n"
            "В понедельник он встретился с министром иностранных дел Японии Коитиро Гэмба.")
    people = participants(first(text, "ru", "2012-03-12"))
    assert any("Gemba" in n for n in people)


# 6. the guest whose arrival the lead dates apart is the other side of the meeting

def test_a_guest_named_in_the_lead_only_in_a_sentence_dated_apart_is_a_party():
    text = ("Iohannis l-a primit pe omologul polonez la Cotroceni\n\n"
            "București, 23 noiembrie 2021. Președintele Klaus Iohannis a avut marți consultări la Palatul "
            "Cotroceni. Președintele Poloniei Andrzej Duda a ajuns în România luni seara.\n\n"
            "Cei doi au discutat despre securitatea regională.")
    people = participants(first(text, "ro", "2021-11-23"))
    assert any("Duda" in n for n in people) and any("Iohannis" in n for n in people)


# 7. a page's lower-case keyword tags are no sign that the names they list are common words

def test_names_listed_lower_case_in_bulleted_tags_are_still_names():
    text = ("Министърът на външните работи се срещна с японския си колега\n\n"
            "  • такако сузики-\n  • буяр османи-\n  • среща\n\n"
            "Отношенията бяха в центъра на дискусиите между външния министър на Северна Македония Буяр Османи "
            "и японския държавен министър на външните работи Такако Сузики днес в Токио.")
    people = _people(text, "bg")
    assert "Bujar Osmani" in people and "Takako Suzuki" in people


def test_a_word_lower_case_in_prose_is_still_common_guard():
    text = ("Срещата бе в центъра на вниманието. Центъра Пловдив беше домакин на министър Иван Петров.")
    assert "Центъра Пловдив" not in " ".join(_people(text, "bg"))


# 8. a Macedonian -иќ family name is a South Slavic -ić one in Latin

def test_a_macedonian_spelling_of_a_serbian_ic_name_romanises_to_ic():
    people = _people("Министерот Никола Попоски се сретна со српската министерка Андријана Цветковиќ.", "mk")
    assert "Andrijana Cvetković" in people


# 9. the close of a headline in capitals is no part of the name that follows it

def test_a_headline_in_capitals_does_not_run_into_the_next_name():
    text = ("(ВИДЕО) ПРЕДСЕДНИК СРБИЈЕ СА ЦАРЕМ НАРУХИТОМ Вучић отворио ново поглавље\n"
            "Председник Србије Александар Вучић састао се данас у Токију са царем Јапана Нарухитом.")
    people = _people(text, "sr")
    assert "Aleksandar Vučić" in people and "Naruhito" in people and len(people) == 2


def test_a_family_name_in_capitals_before_the_given_name_guard():
    people = _people("On May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, met the minister.", "en")
    assert "Fumio Kishida" in people


# 10. an article between a name and a noun is no particle of a name

def test_a_german_article_after_a_name_is_no_name_particle():
    people = _people("In Bezug auf das Abkommen erläuterte Außenminister Kono den Standpunkt Japans.", "de")
    assert people == ["Kono"]
    assert _people("Dort legte der Außenminister im Rahmen der Paneldiskussion Japans Position dar.", "de") == []


def test_van_der_and_von_der_still_join_a_name_guard():
    people = _people("Bundespräsident Alexander Van der Bellen traf Kommissionspräsidentin Ursula von der Leyen.", "de")
    assert "Alexander Van der Bellen" in people and "Ursula von der Leyen" in people


# 11. one person named in full twice, by his given name and its short form

def test_a_short_form_of_a_given_name_is_the_same_person():
    text = ("Бучковски во посета на Софија\n\n"
            "Софија, 12 јуни 2018. Специјалниот пратеник на Владата Владо Бучковски денес се сретна со "
            "министерката за надворешни работи на Бугарија Екатерина Захариева. Захариева го прими специјалниот "
            "претставник на Македонија Владимир Бучковски.")
    people = participants(first(text, "mk", "2018-06-12"))
    assert sum("Buchkovski" in n or "Bučkovski" in n for n in people) == 1


# 12. a summit conference ("정상회의") is a meeting word: the leaders listed before it are met

def test_leaders_listed_before_a_korean_summit_conference_are_met():
    text = ("박근혜 대통령, 체코 방문\n\n"
            "박근혜 대통령은 3일 체코 프라하를 방문했다. 양국 정상은 경제 협력을 논의했다. "
            "박 대통령은 이날 프라하에서 빅토르 오르반 헝가리 총리, 로베르트 피초 슬로바키아 총리와 정상회의를 "
            "갖고 공동성명을 채택했다.")
    people = participants(first(text, "ko", "2015-12-03"))
    assert any("Orb" in n for n in people) and any("Fico" in n for n in people)


# 13. ro "cu participarea" (with the participation of) names who attends, as pl "z udziałem", bg "с участието на"

def test_a_romanian_participant_after_cu_participarea_is_a_party():
    text = ("Consultări interguvernamentale româno-polone la Varșovia\n\n"
            "Varșovia, 4 martie 2019. Guvernele României și Poloniei au avut consultări interguvernamentale. "
            "Ministrul polonez Jacek Czaputowicz a prezentat agenda.\n\n"
            "Programul a cuprins o întrevedere în format restrâns cu participarea prim-ministrului Viorica Dăncilă.")
    people = participants(first(text, "ro", "2019-03-04"))
    assert any("Dăncilă" in n or "Dancila" in n for n in people)
