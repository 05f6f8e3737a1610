"""h15 baltic: mechanisms found on fresh lt/lv/et pages (constructed texts in the manner of the sources)."""
from tests.extracting import events, first, names, participants


def test_lv_republic_in_its_locative_is_no_given_name():
    text = ("Saeimas priekšsēdētājs Jānis Ozols otrdien, 5.martā, tikās ar Japānas ārkārtējo un pilnvaroto "
            "vēstnieku Latvijas Republikā Kenu Sato, kurš bija ieradies iepazīšanās vizītē.")
    assert not any(n.startswith("Republik") for n in names(text, "lv"))


def test_lt_republic_in_its_locative_is_no_given_name():
    text = ("Seimo Pirmininkas antradienį susitiko su Kinijos Liaudies Respublikos ambasadoriumi Lietuvos "
            "Respublikoje Li Wenbo ir aptarė prekybos ryšius.")
    assert not any(n.startswith("Respublik") for n in names(text, "lt"))


def test_et_republic_in_its_inessive_is_no_given_name():
    text = "Riigikogu esimees kohtus teisipäeval Jaapani suursaadikuga Eesti Vabariigis Kenji Satoga."
    assert not any(n.startswith("Vabariig") for n in names(text, "et"))


def test_pinyin_gloss_is_the_name_given_name_first():
    # Latvian writes pinyin w, j, q as v, dzj, c: one word alike is enough when the gloss is all pinyin
    text = ("Saeimas priekšsēdētāja trešdien, 4.aprīlī, tikās ar Ķīnas Tautas Republikas vēstnieku "
            "Sunu Cjanu (Sun Qian), kurš bija ieradies atvadu vizītē.")
    assert "Qian Sun" in names(text, "lv")


def test_a_gloss_that_is_no_name_stays_out():
    text = "Ministrs tikās ar Čehijas premjerministru Andreju Babišu (Partei Ano) Prāgā."
    assert not any("Partei" in n for n in names(text, "lv"))


def test_recalled_visit_takes_its_city_from_the_next_sentence():
    text = ("Užsienio reikalų ministras Kęstutis Budrys antradienį, spalio 14 d., susitiko su Japonijos "
            "ambasadoriumi Osamu Izawa. Aptartas dvišalis bendradarbiavimas saugumo srityje.\n\n"
            "Rugsėjo pabaigoje Lietuvoje su oficialiu vizitu lankėsi Japonijos gynybos viceministras Taro Yamada. "
            "Kaune jis susitiko su Lietuvos kariuomenės vadu Raimundu Vaikšnoru.\n")
    evs = events(text, "lt", "2025-10-15")
    recalled = [e for e in evs[1:] if e.date and e.date.startswith("2025-09")]
    assert recalled and recalled[0].location.city == "Kaunas"
    assert "Raimundas Vaikšnoras" in participants(recalled[0])


def test_lt_at_the_invitation_of_is_no_invitation():
    # "X kvietimu dalyvavo": attended at X's invitation, as "prašymu" is at X's request; the attending is the event
    text = ("Alytaus meras Jonas Petraitis kovo 3 d. Japonijos ambasadoriaus Lietuvoje Taro Suzuki kvietimu "
            "dalyvavo priėmime, skirtame Japonijos nacionalinei šventei.\nRenginyje dalyvavo diplomatinio korpuso "
            "ir verslo atstovai. Susitikimo metu pabrėžta abiejų šalių partnerystės svarba.")
    assert first(text, "lt", "2026-03-05").type != "AGREE"


def test_lt_note_handed_to_a_summoned_envoy_is_a_protest():
    text = ("Užsienio reikalų ministerija pranešė, kad nota buvo įteikta į ministeriją iškviestam Rusijos ambasados "
            "Lietuvoje atstovui. Notoje ministerija pareikalavo Rusijos pateikti paaiškinimą dėl incidento.")
    assert first(text, "lt", "2025-06-02").type == "ACCUSE"


def test_a_name_before_the_noun_it_owns_takes_no_part():
    # the genitive comes first in Latvian: 'Putina partijas aktīvisti' are the activists of Putin's party
    text = ("Maskavā protestē pret Latviju\n3. un 4. jūnijā pie Latvijas vēstniecības Maskavā protestējuši "
            "Krievijas prezidenta Vladimira Putina partijas Vienotā Krievija aktīvisti. Latvija iesniegusi protesta notu.")
    assert "Vladimir Putin" not in participants(first(text, "lv", "2024-06-05"))


def test_zelensky_in_the_spelling_of_the_gold_schema():
    # the annotators write "Volodymyr Zelensky"; the registry's own "Zelenskyy" missed his family name
    text = "Trešdien Latvijā oficiālā vizītē ieradies Ukrainas prezidents Volodimirs Zelenskis, viņš tikās ar Valsts prezidentu."
    assert "Volodymyr Zelensky" in names(text, "lv")


def test_year_written_before_its_month_dates_the_month():
    # "2022. gada jūnijā", "2022 m. birželį", "2022. aasta juunis": the year first, then the month in its case
    from tests.extracting import first_date
    for text, code in (("Ministri 2022. gada jūnijā tikās Tokijā.", "lv"), ("Ministrai 2022 m. birželį susitiko Tokijuje.", "lt"),
                       ("Ministrid kohtusid 2022. aasta juunis Tokyos.", "et")):
        dm = first_date(text, code, "month")
        assert (dm.y, dm.m) == (2022, 6), code


def test_recalled_meeting_in_a_month_of_a_named_year():
    text = ("Ārlietu ministrs Edgars Rinkēvičs otrdien Rīgā tikās ar Japānas vēstnieku Latvijā Takahiro Kato, "
            "un puses pārrunāja divpusējās attiecības un drošības jautājumus.\n\n"
            "Latvijas un Japānas ārlietu ministri iepriekš tikās 2022. gada jūnijā Tokijā, kur pārrunāja "
            "ekonomisko sadarbību un Krievijas karu Ukrainā.\n")
    evs = events(text, "lv", "2025-03-05")
    assert any(e.date == "2022-06-01" and e.date_precision == "month" for e in evs[1:])


def test_et_last_week_is_a_relative_week():
    from tests.extracting import first_date
    assert first_date("Eelmisel nädalal kohtus minister Tokyos Jaapani kolleegiga.", "et", "relative").relative == "last_week"


def test_et_otilde_of_an_east_slavic_name_is_looked_up_as_y():
    # Estonian transcribes the Ukrainian и as õ: "Andrii Sõbiha", "Denõs Šmõhal" are Sybiha and Shmyhal
    found = names("Välisminister kohtus Ukraina välisministri Andrii Sõbihaga ja peaministri Denõs Šmõhaliga.", "et")
    assert "Andrii Sybiha" in found and "Denys Shmyhal" in found


def test_baltic_agency_datelines_are_no_event():
    # "Vilnius, gegužės 15 d. (ELTA).", "Rīga, 15.maijs, LETA.": the filing date, not a contact of its own
    lt = ("Vilnius, kovo 12 d. (ELTA). Užsienio reikalų ministras Kęstutis Budrys antradienį susitiko su Japonijos "
          "ambasadoriumi Osamu Izawa ir aptarė dvišalį bendradarbiavimą saugumo srityje.")
    lv = ("Rīga, 12.marts, LETA. Ārlietu ministre Baiba Braže otrdien tikās ar Japānas vēstnieku Latvijā Takahiro Kato "
          "un pārrunāja divpusējo sadarbību drošības jomā.")
    for text, code in ((lt, "lt"), (lv, "lv")):
        ev = first(text, code, "2025-03-12")
        assert ev.date == "2025-03-11" and len(ev.persons) == 2, code


def test_invitation_at_a_meeting_naming_only_offices_has_the_meetings_people():
    # "the ambassador invited the Speaker to visit": titles only; the invitation is the meeting's parties' act
    text = ("Seimo Pirmininkė Viktorija Čmilytė-Nielsen šiandien susitiko su Japonijos ambasadoriumi Osamu Izawa ir "
            "aptarė parlamentinį bendradarbiavimą. Ambasadorius pakvietė Seimo Pirmininkę apsilankyti Japonijos parlamente.")
    agreed = [e for e in events(text, "lt", "2025-06-10") if e.type == "AGREE"]
    assert agreed and participants(agreed[0]) == ["Osamu Izawa", "Viktorija Čmilytė-Nielsen"]
