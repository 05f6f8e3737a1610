"""Session h23, left2: the problems the background and sameday notes left. An undated "Earlier, X met Y" is a
contact of null date (events.yaml EARLIER); a year closing a gathering's name dates it (dates.yaml NAMED_MEETINGS);
"от"/"с" before a month's adjective governs the noun, no since-point; en/de "from/ab mid-July" is one; a verb-final
plan's month is not last year's; an invitation told at a meeting makes the meeting the main event; a signing at one
of several separate meetings is that meeting's; country forms the lexicons lacked. Texts written for the tests in
the style of agency news; every case but the guards fails on main 5c24777e."""
import datetime as dt

import pytest

from extracting import events
from kronika.nlp.analyze import analyze
from kronika.nlp.dates import find_dates

PUB = dt.date(2024, 3, 15)

# h23 gate: the undated 'Earlier, X met Y' rule (EARLIER) was taken out (pool/held event precision 0.868 -> 0.866);
# its guard stays: an undated plan is no contact


def test_guard_an_undated_plan_is_no_contact():
    """"Раніше про плани … нічого не повідомлялося": nothing met, one side named."""
    text = ("Міністр закордонних справ України Дмитро Кулеба провів у четвер у Києві переговори з міністеркою "
            "закордонних справ Японії Йоко Камікавою.\nРаніше про плани Камікави відвідати Україну нічого не "
            "повідомлялося.\n")
    assert all(e.date is not None for e in events(text, "uk", PUB))


@pytest.mark.parametrize("code,text,year", [
    ("ro", "participarea ministrului la Reuniunea Anuală a Diplomației Române 2020, desfășurată online", 2020),
    ("en", "The two ministers first met at the Baltic Sea Forum 2019 in Riga.", 2019),
    ("pl", "Ministrowie spotkali się na Forum Ekonomicznym 2019 w Krynicy.", 2019),
    ("de", "Beide trafen sich am Rande der Münchner Sicherheitskonferenz 2023.", 2023),
])
def test_a_year_closing_a_gatherings_name_dates_it(code, text, year):
    assert [(d.kind, d.y) for d in find_dates(text, code)] == [("year", year)]


def test_guard_an_exhibition_or_programme_keeps_its_year():
    assert not find_dates("Japan takes part in EXPO 2025 and in Horizon 2020.", "en")


def test_a_year_in_a_gatherings_name_gives_the_recalled_contact():
    text = ("Ministrul afacerilor externe Luminița Odobescu a avut joi la București o întrevedere cu ministrul de externe "
            "al Japoniei, Yoko Kamikawa. Miniștrii au discutat despre securitate.\nA fost remarcată participarea "
            "ministrului japonez la Reuniunea Anuală a Diplomației Române 2020, desfășurată în regim de videoconferință.\n")
    assert any(e.date == "2020-01-01" and e.date_precision == "year" for e in events(text, "ro", PUB)[1:])


@pytest.mark.parametrize("code,text", [
    ("bg", "Министрите обсъдиха изпълнението на договореностите от януарското посещение на премиера."),
    ("mk", "Министрите разговараа за резултатите од јануарската посета на премиерот."),
])
def test_an_ambiguous_since_word_before_a_months_adjective_is_no_since(code, text):
    found = find_dates(text, code)
    assert found and not any(d.since for d in found)


def test_guard_since_right_before_the_month_stays():
    assert all(d.since for d in find_dates("от януари 2016 г. заема поста посланик", "bg"))


@pytest.mark.parametrize("code,text", [
    ("en", "Kang welcomed the decision to lift the entry ban for Korean arrivals from mid-July."),
    ("de", "Die Einreisesperre für koreanische Reisende gilt ab Mitte Juli nicht mehr."),
])
def test_from_a_part_of_a_month_is_a_since_point(code, text):
    found = [d for d in find_dates(text, code) if d.kind == "month"]
    assert found and all(d.since for d in found)


def test_guard_a_range_from_to_is_no_since_point():
    assert not any(d.since for d in find_dates("He visited Japan from 3 to 5 July.", "en"))


def test_a_verb_final_plans_month_is_not_last_years():
    """"5월 중순 … 방한을 추진키로 합의했다", said in March: May lies ahead, no contact of last May."""
    text = ("한일, 5월 중순 기시다 총리 방한 추진 합의\n\n[국제뉴스] = 박진 외교부 장관과 가미카와 요코 일본 외무상은 14일 "
            "도쿄에서 외교장관회담을 열고 5월 중순 기시다 후미오 총리의 방한을 추진키로 합의했다고 외교부가 밝혔다.\n")
    evs = events(text, "ko", PUB)
    assert evs[0].date == "2024-03-14"
    assert not any(e.date and e.date < "2024-01-01" for e in evs)


def test_guard_last_years_month_stays():
    text = ("박진 외교부 장관과 가미카와 요코 일본 외무상은 14일 도쿄에서 외교장관회담을 열었다.\n양 장관은 지난해 5월 서울에서 "
            "회담을 갖고 협력에 합의했다.\n")
    assert any(e.date == "2023-05-01" for e in events(text, "ko", PUB))


INVITED = {
    "ru": "Литовский премьер передал российскому премьеру приглашение посетить Литву\n\n12 марта 2024, 12:25\n\n"
          "ВИЛЬНЮС. Премьер-министр Литвы Ингрида Шимоните на состоявшейся сегодня встрече с послом России Алексеем "
          "Исаковым еще раз передала российскому премьеру приглашение посетить Литву. Стороны обсудили двусторонние "
          "отношения.\n",
    "en": "Latvian premier renews invitation to Japanese prime minister\n\nRIGA. Latvian Prime Minister Evika Silina at "
          "a meeting held today with the Japanese Ambassador Toshiya Hoshino once again passed on an invitation to "
          "visit Latvia to the Japanese prime minister. The two discussed bilateral relations.\n",
}


@pytest.mark.parametrize("code", sorted(INVITED))
def test_an_invitation_told_at_a_meeting_makes_the_meeting_the_main_event(code):
    evs = events(INVITED[code], code, "2024-03-12")
    assert evs[0].type == "CONSULT"
    assert any(e.type == "AGREE" and e.date == evs[0].date for e in evs[1:])


def test_a_signing_at_one_of_the_separate_meetings_is_that_meetings():
    text = ("「V4+日本」対話\n\n令和6年3月14日\n\n ポーランドを訪問中の上川陽子外務大臣は、3月14日、ワルシャワにおいて、"
            "スロバキアのブラネツ外務大臣、ハンガリーのシーヤールトー外務貿易大臣及びチェコのリパフスキー外務大臣と"
            "それぞれ会談を行いました。\n なお、日・チェコ外相会談後には、外相間で、「日・チェコ協力のための行動計画"
            "(2024~2028年)」の署名式が行われました。\n")
    evs = events(text, "ja", PUB)
    assert any(e.type == "AGREE" and e.countries == ["CZ", "JP"] and e.date == "2024-03-14" for e in evs)


@pytest.mark.parametrize("code,text,state", [
    ("sl", "Minister se je sestal z jordanskim ministrom za industrijo.", "JO"),
    ("uk", "Міністр зустрівся з послом Соломонових Островів.", "SB"),
    ("ru", "Министр встретился с израильским коллегой.", "IL"),
    ("hr", "Ministar se sastao s kanadskim veleposlanikom.", "CA"),
    ("be", "Міністр сустрэўся з нарвежскім калегам.", "NO"),
])
def test_country_forms_the_lexicons_lacked(code, text, state):
    assert state in {m.key for m in analyze(text, code).countries}


MAIN_EN = ("Polish Foreign Minister Radosław Sikorski held talks with Japanese Foreign Minister Yoko Kamikawa in Warsaw "
           "on Friday. The two ministers discussed security and the economy.\n")
IN_FORCE = {
    "en": MAIN_EN + "They praised the social security agreement, which entered into force in 2019.\n",
    "ja": ("上川陽子外務大臣は、5月10日、ワルシャワでシコルスキ・ポーランド外務大臣と会談しました。\n両大臣は、2019年の社会保障"
           "協定発効も追い風として、経済関係の深化を図ることで一致しました。\n"),
    "pl": ("Minister spraw zagranicznych Radosław Sikorski rozmawiał w piątek w Warszawie z szefową dyplomacji Japonii "
           "Yoko Kamikawą. Ministrowie docenili umowę o zabezpieczeniu społecznym, która weszła w życie w 2019 r.\n"),
}


@pytest.mark.parametrize("code", sorted(IN_FORCE))
def test_an_agreements_entry_into_force_is_no_contact(code):
    evs = events(IN_FORCE[code], code, dt.date(2024, 5, 10))
    assert evs[0].date == "2024-05-10"
    assert not any(e.date and e.date.startswith("2019") for e in evs)


def test_guard_the_signing_year_before_entry_into_force_stays():
    text = MAIN_EN + "The social security agreement signed by Poland and Japan in 2018 entered into force in 2019.\n"
    dates = [e.date for e in events(text, "en", dt.date(2024, 5, 10))]
    assert "2018-01-01" in dates and "2019-01-01" not in dates


STAMPED = {
    "et": ("Läti peaminister saabus Eestisse\n\nEesti\n{{1718351580000 | amCalendar}}\nAutor/allikas: ERR\n\n"
           "Reedel, 14. juunil saabus Eestisse ametlikule visiidile Läti peaminister Evika Siliņa. Visiidi käigus "
           "kohtus ta Eesti peaministri Kaja Kallasega.\n"),
    "en": ("Latvian prime minister arrives in Tallinn\n\nNews\n{{1718351580 | date}}\n\nOn Friday, June 14, Latvian "
           "Prime Minister Evika Silina arrived in Estonia on an official visit and met Estonian Prime Minister Kaja "
           "Kallas.\n"),
}


@pytest.mark.parametrize("code", sorted(STAMPED))
def test_an_unrendered_template_stamp_dates_the_page(code):
    from extracting import extracted
    doc = extracted(STAMPED[code], code)
    assert doc.published == "2024-06-14"
    assert doc.events and doc.events[0].date == "2024-06-14"


def test_guard_an_article_number_is_no_stamp():
    from extracting import extracted
    text = STAMPED["en"].replace("{{1718351580 | date}}", "Article 1718351580")
    assert extracted(text, "en").published is None
