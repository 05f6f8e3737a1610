"""h18/persons3: participants on the pooled h18 probe pages (issue 9, third round)."""
from __future__ import annotations

from kronika.nlp.analyze import analyze

from extracting import first, names, participants


def test_a_charge_d_affaires_named_without_in_affairs_is_an_envoy():
    text = ("Лукашенко пригласили на коронацию императора Японии\n"
            "Временный поверенный Японии в Беларуси Кэндзи Сато рассказал о том, что Президента Республики "
            "Александра Лукашенко пригласили на церемонию восхождения на престол императора Нарухито.")
    roles = {p.name: p.role for p in first(text, "ru", "2019-03-20").persons}
    assert roles.get("Kenji Sato") == "chargé d'affaires"


def test_a_family_name_after_a_title_and_an_honorific_is_a_person():
    text = ("Suursaadik hr Kitaoka külastas Tartut\n\n2021/10/13\n"
            "13. oktoobril külastas suursaadik hr Kitaoka Tartu linnavalitsust ja kohtus linnapeaga.")
    assert any("Kitaoka" in n for n in participants(first(text, "et", "2021-10-13")))


def test_an_estonian_school_noun_ends_the_name_it_follows():
    text = "Suursaadik esines loenguga Jaan Poska Gümnaasiumis, kus teda võttis vastu direktor Mari Roostik."
    assert not any("Gümnaasium" in n for n in names(text, "et"))


def test_a_title_after_a_dash_belongs_to_the_name_before_it():
    text = ("Spotkanie odbyło się 29 stycznia w Poznaniu. Koreę reprezentowali Ji-in Hong – ambasador w RP, "
            "Juang-ha Kim – radca Ambasady RK.")
    roles = {p.name: p.role for p in analyze(text, "pl").persons}
    assert roles.get("Ji-in Hong") == "ambassador" and roles.get("Juang-ha Kim") != "ambassador"
