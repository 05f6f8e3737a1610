"""h16 city2: an envoy is never summoned in his own state, several envoys summoned at once, summoning verbs of
more languages, a dateline with its agency in slashes, no host state from a sentence of another time, a
minister receiving a foreign guest of no office at home."""
from tests.extracting import first


def city(text: str, code: str, published: str | None = "2024-05-10") -> str | None:
    """The city of the first event extracted from `text`."""
    return first(text, code, published).location.city


# An envoy is summoned in the capital of the state he is posted to, never in a city of his own state


def test_polish_summons_beats_the_city_of_the_other_envoy() -> None:
    text = ("Ambasador Rosji wezwany do MSZ\n\nPolski MSZ wezwał w czwartek ambasadora Rosji Siergieja Andriejewa. Przekazano mu notę "
            "protestacyjną w związku z groźbami wobec ambasadora Polski w Moskwie.")
    assert city(text, "pl") == "Warsaw"


def test_ukrainian_summons_beats_the_city_of_a_rally_at_the_embassy() -> None:
    text = ("МЗС Росії направило Києву ноту протесту через акції біля російського посольства в Києві. Також "
            "російське зовнішньополітичне відомство викликало до себе повіреного у справах України в РФ.")
    assert city(text, "uk") == "Moscow"


def test_russian_summons_beats_the_home_ministry_of_the_envoy() -> None:
    text = ("Министерство иностранных дел Словакии вызвало российского посла Алексея Федотова в связи с "
            "комментарием посольства. Мы её направили в МИД несколько дней назад, сообщил посол.")
    assert city(text, "ru") == "Bratislava"


def test_russian_chargés_of_three_states_summoned() -> None:
    text = ("МИД России заявил протест временным поверенным в делах Латвии, Литвы и Эстонии. Дипломаты трех "
            "стран были вызваны в МИД РФ из-за решений властей Риги, Вильнюса и Таллина.")
    assert city(text, "ru") == "Moscow"


def test_czech_summons_beats_the_city_of_the_envoys_state() -> None:
    text = ("Ministerstvo zahraničí ve čtvrtek předvolalo ruského velvyslance Alexandra Zmejevského kvůli výrokům o českém velvyslanci "
            "v Moskvě.")
    assert city(text, "cs") == "Prague"


# A dateline with its agency between slashes ("18 августа, Минск /Корр. БЕЛТА/.")


def test_russian_dateline_with_an_agency_in_slashes() -> None:
    text = ("Ректор БГУ встретится с делегацией Китая\n\n18 августа, Минск /Корр. БЕЛТА/. "
            "Ректор Белорусского государственного университета Андрей Король сегодня встретится с делегацией "
            "Пекинского университета, сообщили в пресс-службе вуза.")
    assert city(text, "ru", "2016-08-18") == "Minsk"


# The host state is not read from a sentence of another time (a title on a coronation in October)


def test_serbian_host_not_from_a_future_title() -> None:
    text = ("Vučić: Čast mi je da u oktobru prisustvujem krunisanju u Japanu\n"
            "Predsednik Srbije Aleksandar Vučić razgovarao je sa ambasadorom Japana Đunićijem Marujamom i rekao da "
            "mu je čast da prihvati poziv da u oktobru prisustvuje ceremoniji krunisanja.")
    assert city(text, "sr", "2019-07-16") == "Belgrade"


# A member of the host's government receives a named guest of another state, of no office, in the capital


def test_latvian_state_secretary_receives_a_delegation_head() -> None:
    text = ("Ārlietu ministrijas valsts sekretārs Andris Pelšs šodien tikās ar Japānas-Latvijas parlamentārās "
            "sadraudzības asociācijas vadītāju Hirofumi Nakasoni un viņa vadīto delegāciju, informē ĀM.")
    assert city(text, "lv") == "Riga"


# A third state's city naming a conference, beside a word of meeting after the lead, is where the sides met


def test_lithuanian_meeting_at_the_munich_security_conference() -> None:
    text = ("Landsbergis: laikas Lietuvai ir Japonijai stiprinti partnerystę saugumo srityje\n\n"
            "Atėjo metas Lietuvai ir Japonijai stiprinti partnerystę ir saugumo srityje, sako užsienio reikalų "
            "ministras Gabrielius Landsbergis. Ministras pabrėžė, kad Japonija jau yra strateginė Lietuvos prekybos "
            "partnerė, o dabar šalys turi glaudžiau bendradarbiauti ir saugumo srityje, nes regionų saugumas yra "
            "tarpusavyje susijęs.\n\n„Japonija jau yra strateginė Lietuvos prekybos partnerė“, – pažymėjo Lietuvos "
            "diplomatijos vadovas Miuncheno saugumo konferencijoje susitikęs su Japonijos užsienio reikalų "
            "ministru Yoshimasa Hayashi.")
    assert city(text, "lt", "2023-02-18") == "Munich"


# A town in the page's web address is residue, not a town the lead tells of


def test_hungarian_town_in_the_address_line_is_no_place() -> None:
    text = ("URL: https://index.hu/kulfold/2022/03/11/japan-jelentos-osszegu-humanitarius-segellyel-tamogatja-kijevet/\n"
            "Japán humanitárius segítséget nyújt Ukrajnának. A japán kormány pénteken úgy határozott, hogy 8,8 "
            "millió jennel támogatja az orosz invázió által sújtott országot, írta a Japan Times.")
    assert city(text, "hu", "2022-03-11") is None


# Whose envoy: his state right before the envoy word; a state after "to" is the one he is posted to


def test_english_ambassador_to_a_state_summoned_there() -> None:
    text = ("Estonia summons Russian ambassador over rude comments\n\nRussia's Ambassador to Estonia was summoned by "
            "the Ministry of Foreign Affairs on Tuesday after an official spokesperson posted a rude social media "
            "post about Prime Minister Kaja Kallas.")
    assert city(text, "en", "2022-05-17") == "Tallinn"


# An unnamed envoy summoned in the press's own capital, not in the city of what was protested (the envoy's state)


def test_polish_unnamed_envoy_summoned() -> None:
    text = "MSZ wezwało w piątek ambasadora Rosji w związku z atakiem na polskich dyplomatów w Moskwie."
    assert city(text, "pl") == "Warsaw"


def test_slovak_unnamed_envoy_summoned() -> None:
    text = ("Ministerstvo zahraničných vecí v piatok predvolalo ruského veľvyslanca pre útok na slovenských "
            "diplomatov v Moskve.")
    assert city(text, "sk") == "Bratislava"


def test_hungarian_unnamed_envoy_summoned() -> None:
    text = ("A Külügyminisztérium pénteken bekérette az orosz nagykövetet, miután magyar diplomatákat támadtak meg "
            "Moszkvában.")
    assert city(text, "hu") == "Budapest"


def test_lithuanian_unnamed_envoy_summoned() -> None:
    text = ("Užsienio reikalų ministerija penktadienį iškvietė Rusijos ambasadorių dėl išpuolio prieš Lietuvos "
            "diplomatus Maskvoje.")
    assert city(text, "lt") == "Vilnius"


def test_bulgarian_unnamed_envoy_summoned() -> None:
    text = ("Министерството на външните работи привика в петък руския посланик заради нападение срещу български "
            "дипломати в Москва.")
    assert city(text, "bg") == "Sofia"


def test_russian_unnamed_envoy_summoned_by_another_state() -> None:
    text = "МИД Японии в пятницу вызвал российского посла из-за нападения на японских дипломатов в Москве."
    assert city(text, "ru") == "Tokyo"


def test_german_summons_already_placed() -> None:  # guard: passes on the parent too
    text = ("Das Auswärtige Amt hat am Freitag den russischen Botschafter einbestellt, nachdem deutsche Diplomaten "
            "in Moskau angegriffen wurden.")
    assert city(text, "de") == "Berlin"


# A summoner the lead names by its state beats the press's home body read by default ("МИД" on a Ukrainian site
# writing in Russian)


def test_russian_language_ukrainian_ministry_summons() -> None:
    # constructed: a Russian-language Ukrainian news site, "МИД" alone in the headline (the parent said Moscow)
    text = ("URL: https://www.example.com.ua/rus/news/2025/04/08/1\nМИД вызвал временного поверенного в делах Китая\n\n"
            "Министерство иностранных дел Украины вызвало временного поверенного в делах Китая для разъяснений "
            "по поводу сообщений о гражданах КНР, воюющих на стороне России против Украины.")
    assert city(text, "ru", "2025-04-08") == "Kyiv"


# A protest handed to an envoy ("протест японскому послу") is delivered where he is posted, as a summons is


def test_russian_protest_handed_to_an_envoy() -> None:
    text = ("МИД России выразил решительный протест японскому послу, передает ТАСС.\nПоводом стали намерения "
            "правительства Японии использовать доходы от замороженных российских активов для поддержки Украины. "
            "Российская сторона предупредила, что Токио ожидают жесткие ответные шаги.")
    assert city(text, "ru") == "Moscow"
