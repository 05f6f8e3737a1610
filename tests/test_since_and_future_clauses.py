"""A date after "since"/"after" with no trigger of its own dates a reference point, not an earlier
contact; people named after a future cue in a sentence that first tells a meeting done are still to
come; an event dated by its publication still leaves "last month" to another time."""
from extracting import events


def test_since_a_prime_minister_took_office_last_month_is_no_contact_uk():
    evs = events("16.11.2024\n\nГолова МЗС Японії Такеші Івая прибув до України з неоголошеним візитом.\n\n"
                 "Він став першим японським міністром, який відвідав країну після вступу на посаду "
                 "прем'єр-міністра Сігеру Ішіби минулого місяця.", "uk")
    assert [e.date for e in evs] == ["2024-11-16"]
    assert [p.name for p in evs[0].persons] == ["Takeshi Iwaya"]


def test_seit_dem_amtsantritt_is_no_contact_de():
    evs = events("16.11.2024\n\nDer japanische Außenminister Takeshi Iwaya ist zu einem Besuch in der Ukraine "
                 "eingetroffen. Es ist der erste Besuch eines japanischen Ministers seit dem Amtsantritt des "
                 "Premierministers Shigeru Ishiba im vergangenen Monat.", "de")
    assert [e.date for e in evs] == ["2024-11-16"]


def test_a_contact_after_since_keeps_its_date_en():
    evs = events("16 November 2024\n\nJapanese Foreign Minister Takeshi Iwaya visited Ukraine. It was the first "
                 "visit since the ministers met in Kyiv in May 2024.", "en")
    assert "2024-05" in [e.date[:7] for e in evs[1:]]  # "since the ministers met in May": a contact of its own


def test_people_after_the_future_cue_of_a_told_visit_are_still_to_come_uk():
    ev = events("16.11.2024\n\nМіністр закордонних справ Японії Такеші Івая прибув до Києва і планує провести "
                "переговори з українським колегою Андрієм Сибігою.", "uk")[0]
    assert [p.name for p in ev.persons] == ["Takeshi Iwaya"] and ev.type == "CONSULT"


def test_wants_to_meet_is_still_to_come_de():
    ev = events("16.11.2024\n\nDer japanische Außenminister Takeshi Iwaya ist in Kiew eingetroffen. Er will sich "
                "am Samstag mit Präsident Wolodymyr Selenskyj treffen.", "de")[0]
    assert [p.name for p in ev.persons] == ["Takeshi Iwaya"]
