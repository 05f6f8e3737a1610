"""Issue 9 (h15, west): Polish, Czech and Slovak mechanisms found on fresh probes, tested on constructed text."""

from extracting import events, first


# ---------------------------------------------------------------- what: a verb of telling is no handing over
def test_polish_przekazal_that_reports_a_statement_not_aid():
    # "przekazał, że": the spokesman told; the envoy summoned and the protest note make it ACCUSE
    text = ("Warszawa, 12 marca 2025 r. Iwan Pietrow, przedstawiciel Rosji, został wezwany do resortu dyplomacji. "
            "Potwierdził to rzecznik Jan Nowak. Przekazał, że dyplomacie zostanie wręczona nota protestacyjna "
            "w związku z naruszeniem polskiej przestrzeni powietrznej przez rosyjskie drony.\n")
    assert first(text, "pl", "2025-03-12").type == "ACCUSE"


# ---------------------------------------------------------------- when: a holiday's name holds a day and month
def test_polish_holiday_with_a_capitalised_month_is_no_event_date():
    text = ("Tokio, 10 maja 2023 r. Minister spraw zagranicznych Jan Kowalski rozpoczął wizytę w Japonii. "
            "Przed uroczystością minister wziął udział w spotkaniu z okazji Święta Konstytucji 3 Maja "
            "w polskiej ambasadzie w Tokio.\n")
    dates = {str(e.date) for e in events(text, "pl", "2023-05-10") if e.date}
    assert dates == {"2023-05-10"}


# ---------------------------------------------------------------- where: the spokesman's city is not the act's
def test_polish_city_where_a_spokesman_told_of_a_summons_is_not_its_place():
    text = ("Ministerstwo Spraw Zagranicznych wezwało we wtorek ambasadora Białorusi i wręczyło mu notę protestacyjną "
            "- poinformował w środę w Brukseli rzecznik MSZ Jan Nowak.\n")
    assert first(text, "pl", "2025-03-12").location.city != "Brussels"


def test_slovak_city_where_the_minister_told_of_talks_is_not_their_place():
    text = ("Minister zahraničných vecí Ján Novák prijal v pondelok veľvyslanca Japonska, "
            "povedal v utorok v Bruseli hovorca ministerstva Peter Malý.\n")
    assert first(text, "sk", "2025-03-12").location.city != "Brussels"


def test_polish_envoy_summoned_to_the_ministry_meets_in_the_capital():
    # "wezwany do Ministerstwa Spraw Zagranicznych": he comes to the ministry's building, in Warsaw
    text = ("We wtorek chargé d'affaires Białorusi Iwan Pietrow został wezwany do Ministerstwa "
            "Spraw Zagranicznych, gdzie wręczono mu notę protestacyjną.\n")
    assert first(text, "pl", "2025-03-12").location.city == "Warsaw"


# ---------------------------------------------------------------- language: Czech markers that Slovak shares
def test_slovak_genitive_spoluprace_does_not_make_a_text_czech():
    from kronika.nlp.langid import detect

    # "spolupráce" is the Slovak genitive of "spolupráca" as much as Czech: it marks neither
    text = ("Príspevok pôjde prostredníctvom príspevkov do medzinárodných organizácií a nástrojov rozvojovej "
            "spolupráce. Finančná pomoc má prispieť k stabilizácii humanitárnej situácie a k rozvoju spolupráce "
            "v regióne, kde ľudia sa pozerajú na zničené domy.\n")
    assert detect(text) == "sk"


# ---------------------------------------------------------------- published: the dateline's year told in a caption
def test_slovak_dateline_under_a_site_banner_takes_the_year_a_caption_gives_its_day():
    from extracting import extracted

    text = ("Spravodajský portál tlačovej agentúry\nStreda 13. marec 2024Meniny má Vlasta\n\n"
            "Vláda schválila pomoc pre Ukrajinu\n\n"
            "Dobrovoľníci nakladajú pomoc v Košiciach v piatok 4. marca 2022. Foto: TASR\n\n"
            "Bratislava 4. marca (TASR) - Slovensko poskytne Ukrajine humanitárnu pomoc v hodnote dvoch miliónov eur. "
            "Rozhodla o tom vláda na piatkovom rokovaní, ktoré sa konalo v Bratislave.\n")
    assert extracted(text, "sk").published == "2022-03-04"


# ---------------------------------------------------------------- where: a seat of government for its city
def test_czech_talks_in_the_pentagon_are_in_washington():
    text = ("Publikováno: 12.5.2023\nMinistryně obrany Jana Nováková jednala v Pentagonu se svým americkým "
            "protějškem Johnem Smithem o nákupu vrtulníků.\n")
    assert first(text, "cs").location.city == "Washington"


# ---------------------------------------------------------------- who: Chinese names in the Czech transcription
def test_czech_transcribed_chinese_ambassador_is_read_back_to_pinyin():
    from extracting import names

    text = "Čínský velvyslanec v Praze Čang Ťien-min se v pondělí setkal s náměstkem ministra zahraničí.\n"
    assert "Zhang Jianmin" in names(text, "cs")


def test_slovak_transcribed_chinese_spokeswoman_and_korean_president_keep_their_readings():
    from extracting import names

    text = ("Hovorkyňa čínskeho rezortu diplomacie Chua Čchun-jing reagovala na návštevu, ktorú juhokórejský "
            "prezident Jun Sok-jol vykonal v Bratislave.\n")
    found = names(text, "sk")
    assert "Hua Chunying" in found and "Suk-yeol Yoon" in found


# ---------------------------------------------------------------- when: "after Sunday's attack" is no day of the act
def test_polish_day_after_po_with_no_event_word_is_what_the_act_followed():
    text = ("Po niedzielnym incydencie w Gdańsku Ministerstwo Spraw Zagranicznych wezwało ambasadora Rosji "
            "i wręczyło mu notę protestacyjną - poinformował rzecznik resortu.\n")
    assert first(text, "pl", "2025-11-20").date == "2025-11-20"
    # "po stredajšom rokovaní": a meeting noun after the day, which dates that meeting
    text = ("Minister zahraničných vecí Ján Novák to uviedol po stredajšom rokovaní s japonským ministrom "
            "zahraničných vecí v Tokiu.\n")
    assert first(text, "sk", "2025-11-20").date == "2025-11-19"


# ---------------------------------------------------------------- what: a talk with the press is no contact
def test_polish_talk_with_journalists_is_no_meeting():
    text = ("Rzecznik MSZ w rozmowie z dziennikarzami w Brukseli skrytykował w czwartek władze Rosji za atak "
            "na polskiego konsula.\n")
    assert first(text, "pl", "2025-11-20").type == "ACCUSE"


# ---------------------------------------------------------------- countries: a CLDR stem is no surname's start
def test_polish_president_komorowski_is_no_comoros():
    text = ("2015-02-26, 08:13 PAP\nPrezydent Bronisław Komorowski rozpoczął w czwartek oficjalną wizytę w Japonii. "
            "W Tokio spotka się z premierem Japonii.\n")
    ev = first(text, "pl")
    assert "KM" not in ev.countries and "PL" in ev.countries


# ---------------------------------------------------------------- date_end: "during the two-day visit" opens the next sentence
def test_polish_two_day_visit_told_in_the_next_sentence_ends_the_next_day():
    text = ("Prezydent Jan Kowalski przybył 26 lutego 2015 r. do Tokio. W trakcie dwudniowej wizyty spotka się "
            "z premierem Japonii i cesarzem.\n")
    ev = first(text, "pl", "2015-02-28")
    assert (ev.date, ev.date_end) == ("2015-02-26", "2015-02-27")
    # a date closed by "r." ends no sentence: "przybył 26 lutego 2015 r. do Tokio na trzydniową wizytę"
    ev = first("Prezydent Jan Kowalski przybył 26 lutego 2015 r. do Tokio na trzydniową wizytę.\n", "pl", "2015-03-02")
    assert (ev.date, ev.date_end) == ("2015-02-26", "2015-02-28")
