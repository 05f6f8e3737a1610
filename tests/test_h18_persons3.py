"""h18/persons3: participants on the pooled h18 probe pages (issue 9, third round)."""
from __future__ import annotations

from extracting import first


def test_a_charge_d_affaires_named_without_in_affairs_is_an_envoy():
    text = ("Лукашенко пригласили на коронацию императора Японии\n"
            "Временный поверенный Японии в Беларуси Кэндзи Сато рассказал о том, что Президента Республики "
            "Александра Лукашенко пригласили на церемонию восхождения на престол императора Нарухито.")
    roles = {p.name: p.role for p in first(text, "ru", "2019-03-20").persons}
    assert roles.get("Kenji Sato") == "chargé d'affaires"
