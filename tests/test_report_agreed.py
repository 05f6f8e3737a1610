"""A headline's verb says the parties agreed only when the event's own sentences say so (AGREED in
lang/<xx>/events.yaml, NOT_AGREED its negations): an invitation, an offer or a plan is PLOVER's AGREE,
but no agreement, and its headline names the parties' relations instead of 'uzgodnił … dalsze kroki'.
Source-like articles in Polish, English, Russian and Ukrainian, each reported on its own."""
from __future__ import annotations

import pytest

from kronika.pipeline import add_inputs
from kronika.report.make import make_report
from kronika.store import open_store

ARTICLES = {
    "en-agreed.txt": """Japan and Russia agree to speed up peace treaty talks

SINGAPORE, November 14, 2018 - Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe agreed on Wednesday to accelerate negotiations on a peace treaty.
""",
    "en-invitation.txt": """Korean ambassador invites Belarusian students

MINSK, November 17, 2018 - South Korea's ambassador to Belarus Kim Yong-ho invited Belarusian students and lecturers to an evening on Korean culture and economy at the embassy.
""",
    "pl-uzgodnili.txt": """Ministrowie Japonii i Rosji uzgodnili harmonogram rozmów

Rzym, 23 listopada 2018 r. – Minister spraw zagranicznych Japonii Taro Kono i minister spraw zagranicznych Rosji Siergiej Ławrow uzgodnili w Rzymie harmonogram dalszych negocjacji w sprawie traktatu pokojowego.
""",
    "pl-zaproszenie.txt": """Ambasador Korei w Mińsku zaprasza na spotkanie z młodzieżą

Mińsk, 17 listopada 2018 r. – Ambasada Republiki Korei na Białorusi zorganizowała spotkanie z białoruskimi studentami, na które zaproszeni zostali wykładowcy Białoruskiego Uniwersytetu Państwowego. Ambasador Republiki Korei Kim Yong-ho opowiedział o gospodarce i polityce Korei Południowej.
""",
    "ru-dogovorilis.txt": """Лавров и Коно договорились продолжить переговоры

Рим, 23 ноября 2018 года. Министр иностранных дел России Сергей Лавров и министр иностранных дел Японии Таро Коно договорились продолжить переговоры о мирном договоре.
""",
    "ru-priglashenie.txt": """Посол Республики Корея пригласил белорусских студентов

Минск, 17 ноября 2018 года. Посол Республики Корея в Беларуси Ким Ён Хо пригласил белорусских студентов и преподавателей на вечер корейской культуры в посольстве.
""",
    "uk-domovylysia.txt": """Україна та Корея домовилися про співпрацю в енергетиці

Сеул, 27 листопада 2018 року. Міністр енергетики України Ігор Насалик та міністр торгівлі Республіки Корея Сон Юн Мо домовилися про співпрацю у сфері відновлюваної енергетики.
""",
    "uk-zaproshennia.txt": """Посол Республіки Корея запросив українських студентів

Київ, 23 листопада 2018 року. Посол Республіки Корея в Україні Лі Ян Гу запросив українських студентів та викладачів на вечір корейської культури в посольстві.
""",
}
AGREED = {"en-agreed.txt", "pl-uzgodnili.txt", "ru-dogovorilis.txt", "uk-domovylysia.txt"}


@pytest.fixture(scope="module")
def heads(tmp_path_factory):
    """Each article's Polish and English headline, the article alone in its store."""
    out = {}
    for name, text in ARTICLES.items():
        d = tmp_path_factory.mktemp(name.split(".")[0])
        (d / name).write_text(text, encoding="utf-8")
        s = open_store(str(d / "k.db"))
        assert not add_inputs(s, [str(d / name)]).failed
        out[name] = {lang: [e.headline for sec in make_report(s, "east-asia-cee", "2018-11", lang,
                                                                with_charts=False).sections for e in sec.entries]
                     for lang in ("pl", "en")}
    return out


@pytest.mark.parametrize("name", sorted(set(ARTICLES) - AGREED))
def test_an_invitation_is_no_agreement(heads, name):
    pl, en = heads[name]["pl"], heads[name]["en"]
    assert len(pl) == 1 and len(en) == 1, (pl, en)
    assert "uzgodni" not in pl[0] and "dalsze kroki" not in pl[0], pl
    assert "agreed" not in en[0] and "next steps" not in en[0], en
    assert " o relacjach z " in pl[0] and " on relations with " in en[0], (pl, en)  # who, with whom, about what


@pytest.mark.parametrize("name", sorted(AGREED))
def test_an_agreement_the_source_tells_is_told(heads, name):
    pl, en = heads[name]["pl"], heads[name]["en"]
    assert len(pl) == 1 and "uzgodni" in pl[0], pl
    assert len(en) == 1 and "agreed" in en[0], en
