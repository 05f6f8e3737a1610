"""h18/persons2: participants on the pooled h18 probe pages (issue 9, second round)."""
from __future__ import annotations

from extracting import first, names, participants


def test_a_spokesperson_named_alone_makes_the_statement_herself():
    text = ("МОСКВА, 27 ноября. /ТАСС/. Россия оставляет за собой право жестко реагировать на возможное "
            "размещение Японией ракет средней дальности на острове Окинава. Об этом заявила официальный "
            "представитель МИД РФ Мария Захарова.")
    assert any("Zakharova" in n for n in participants(first(text, "ru", "2025-11-27")))


def test_a_spokesperson_beside_the_ministers_only_tells_of_their_talks():
    text = ("МОСКВА, 27 ноября. /ТАСС/. Министр иностранных дел России Сергей Лавров провел переговоры с "
            "министром иностранных дел Японии Такеси Иваей, сообщила официальный представитель МИД РФ "
            "Мария Захарова.")
    people = " ".join(participants(first(text, "ru", "2025-11-27")))
    assert "Lavrov" in people and "Zakharova" not in people


def test_a_korean_envoy_written_rim_keeps_his_own_spelling():
    text = ("Ceremonia a avut loc la Rădăuți în prezența ambasadorului Coreei în România, excelența sa Rim "
            "Kap-Soo. În cadrul evenimentului, ambasadorul Rim Kap-Soo s-a întâlnit cu primarul orașului.")
    assert any(n.endswith("Rim") for n in participants(first(text, "ro", "2024-05-10")))


def test_a_diplomatic_rank_after_minister_is_no_name():
    text = ("The delegation was led by the president Kwang-Hee Hong and accompanied by Sorin Toader, Minister "
            "Counsellor at the Embassy of Romania to the Republic of Korea.")
    found = names(text, "en")
    assert "Sorin Toader" in found and not any("Counsellor" in n for n in found)


def test_the_emperor_whose_ambassador_calls_on_a_president_stays_at_home():
    text = ("МИНСК, 15 фев – Sputnik. Новый посол Японии в Беларуси Хироюки Ямамото во время вручения верительных "
            "грамот президенту республики Александру Лукашенко передал заинтересованность императора Японии "
            "Нарухито в продвижении отношений двух государств.")
    people = " ".join(participants(first(text, "ru", "2024-02-15")))
    assert "Lukashenko" in people and "Naruhito" not in people


def test_the_emperor_who_receives_a_visiting_president_takes_part():
    text = ("ТОКИО, 15 фев. Император Японии Нарухито принял в Императорском дворце в Токио президента Казахстана "
            "Касым-Жомарта Токаева. На встрече присутствовал посол Японии в Казахстане Кадзуя Ямада.")
    people = " ".join(participants(first(text, "ru", "2024-02-15")))
    assert "Naruhito" in people
