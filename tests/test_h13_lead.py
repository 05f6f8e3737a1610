"""Session h13's lead mechanisms: where an article ends when its line breaks were lost, and the occasion of a
bilateral meeting that is not its subject. Constructed source-like text, each failing on the code before."""
import pytest

from kronika.nlp.published import article_end
from extracting import events

# a Korean agency page scraped into one line: the story, its photo credit and stamp, then the keyword box and
# related headlines glued on, one of them naming ASEAN and the Indo-Pacific
KO_ONE_LINE = (
    "김 외교부 제1차관이 21일 오후 주한 러시아대사를 서울 외교부 청사로 초치했다. 이 자리에서 김 차관은 북한의 "
    "러시아 파병과 우크라이나 전쟁 참전에 대해 엄중히 항의하고 즉각적인 군사협력 중단을 촉구했다. (외교부 제공) "
    "2024.10.21/뉴스1관련 키워드북한러시아 기자 한·아세안 국방장관회의…\"인도태평양 협력 확대\"관련 기사유엔 "
    "안보리 회의 열려…아세안 장관들 입장 발표")


def test_a_label_glued_to_a_stamp_ends_a_one_line_page():
    end = article_end(KO_ONE_LINE, "ko")
    assert KO_ONE_LINE[end:].startswith("관련 키워드")
    ev = events(KO_ONE_LINE, "ko")[0]
    assert ev.type == "ACCUSE"
    assert "multilateral" not in ev.topics  # ASEAN, UN and the Indo-Pacific are the related headlines'
    assert "security" in ev.topics


def test_a_label_glued_after_a_full_stop_ends_a_russian_page():
    text = ("Министр иностранных дел России встретился в Москве с послом Японии и обсудил с ним торговлю, "
            "инвестиции и сотрудничество в области энергетики между двумя странами.Читайте также: НАТО "
            "проведет саммит в Вашингтоне; ООН обсудит климат")
    assert text[article_end(text, "ru"):].startswith("Читайте также")


def test_a_label_opening_its_line_in_markup_is_left_to_the_line_rule():
    # "**Czytaj też:**" boxes another article inside the story, which goes on below it in sentences
    lead = ("Minister spraw zagranicznych spotkał się w Warszawie z ambasadorem Japonii i rozmawiał z nim o "
            "współpracy gospodarczej obu krajów oraz o sytuacji bezpieczeństwa w Europie i w Azji.\n\n")
    text = (lead + "**Czytaj też:** [Grupa V4 potępia działania Rosji](#)\n\n"
            "Rozmowa trwała godzinę i dotyczyła także wymiany studentów oraz współpracy uczelni obu krajów.")
    assert article_end(text, "pl") == len(text)


def test_a_word_before_a_label_keeps_it_in_the_sentence():
    # "관련기사" glued to a word is that word's ("북한관련기사를 인용했다": quoting an article about the North)
    text = ("외교부 장관은 15일 서울에서 폴란드 외교장관과 회담을 갖고 경제 협력과 에너지 협력 방안을 폭넓게 논의했다고 "
            "밝혔다. 장관은 이 자리에서 최근 북한관련기사를 인용하며 우려를 전했다.")
    assert article_end(text, "ko") == len(text)


def test_the_organisation_hosting_a_bilateral_meeting_is_not_its_topic():
    text = ("Ljubljana, 21. septembra 2021\n"
            "Predsednik Slovenije se je ob robu zasedanja Generalne skupščine Združenih narodov v New Yorku v "
            "ponedeljek sestal s predsednikom Južne Koreje. Predsednika sta govorila o trgovini in naložbah "
            "ter o krepitvi gospodarskega sodelovanja med državama.")
    ev = events(text, "sl")[0]
    assert ev.mode == "third-party"
    assert "economy" in ev.topics
    assert "multilateral" not in ev.topics


def test_an_organisation_the_talks_were_about_stays_a_topic():
    # guard: in the host's own capital the organisation is what they discussed, and it stays a topic
    text = ("Ljubljana, 21. septembra 2021\n"
            "Predsednik Slovenije se je v ponedeljek v Ljubljani sestal s predsednikom Južne Koreje. Predsednika "
            "sta govorila o sodelovanju v Združenih narodih in o reformi Varnostnega sveta Združenih narodov.")
    ev = events(text, "sl")[0]
    assert "multilateral" in ev.topics


@pytest.mark.parametrize("text, code", [
    # the headline tells the summons; the summit is where the controversy arose, told again in the lead
    ("Čína v pondělí předvolala japonského velvyslance k vyjádření protestu ohledně kontroverze, která vznikla "
     "během víkendového summitu skupiny G7 v Hirošimě.\nNa summitu v japonské Hirošimě schválila skupina "
     "vyspělých ekonomik prohlášení, které obsahovalo kritické pasáže vztahující se k Číně a k jejím ambicím v "
     "Jihočínském moři.\nPodle Pekingu Japonsko na summitu spolupracovalo s ostatními zeměmi proti Číně.", "cs"),
    ("China on Monday summoned the Japanese ambassador to protest over a controversy, which arose during the "
     "weekend summit of the G7 in Hiroshima.\nAt the summit in the Japanese city of Hiroshima the group of "
     "advanced economies approved a statement with passages critical of China and of its ambitions in the South "
     "China Sea.\nBeijing says Japan worked with other states at the summit against China.", "en"),
    ("Москва, 22 мая 2023 года\nКитай в понедельник вызвал посла Японии в связи с заявлением, которое было "
     "принято на саммите G7 в Хиросиме.", "ru"),
])
def test_a_meeting_in_a_relative_clause_is_the_nouns_not_the_event(text, code):
    assert events(text, code)[0].type == "ACCUSE"


def test_a_meeting_in_a_relative_clause_of_a_sentence_with_no_other_act_stays():
    # guard: the relative clause is all the sentence tells of an event, so it is the event
    text = ("Praha, 22. května 2023\nMinistr zahraničí, který se v pondělí setkal s japonským velvyslancem, "
            "uvedl, že spolupráce obou zemí je dobrá.")
    assert events(text, "cs")[0].type == "CONSULT"


def test_a_german_article_after_a_comma_opens_no_relative_clause():
    # guard: ", die Einladung nahm Kim an" is a main clause; "die" is the article of the trigger itself
    text = ("Berlin, 9. Juli 2025\nPutin hat Kim am Montag zu einem Besuch in Moskau eingeladen, die Einladung "
            "nahm Kim an.")
    assert events(text, "de")[0].type == "AGREE"


def trigger_keys(text: str, code: str) -> list[str]:
    from kronika.nlp.analyze import analyze
    return [m.key for m in analyze(text, code, None).triggers]


@pytest.mark.parametrize("text, code", [
    ("Посла России вызвали в МИД Японии в связи с поездкой премьера на Итуруп.", "ru"),
    ("Посол России в Японии был срочно вызван во внешнеполитическое ведомство страны.", "ru"),
    ("Посла Росії терміново викликали в МЗС України через обстріл Києва.", "uk"),
    ("Ambasadora Rosji wezwano w poniedziałek do polskiego MSZ.", "pl"),
    ("Ministerstwo wezwało w poniedziałek rosyjskiego ambasadora do siedziby resortu.", "pl"),
    ("Ruského velvyslance ministerstvo předvolalo kvůli výrokům prezidenta.", "cs"),
    ("Руския посланик в София министерството привика заради изявлението.", "bg"),
    ("Ministerija iškvietė Rusijos ambasadorių dėl pareiškimo.", "lt"),
    ("Ārlietu ministrija izsauca Krievijas vēstnieku sakarā ar paziņojumu.", "lv"),
    ("Das Auswärtige Amt bestellte am Montag den russischen Botschafter ein.", "de"),
    ("Ministarstvo spoljnih poslova Rusije pozvalo je danas na razgovor ambasadora Južne Koreje.", "sr"),
    ("Veleposlanik Rusije pozvan je na razgovor u Ministarstvo vanjskih poslova.", "hr"),
])
def test_an_envoy_summoned_in_either_order_is_a_protest(text, code):
    assert "ACCUSE" in trigger_keys(text, code)


@pytest.mark.parametrize("text, code", [
    ("Ambasador wezwał obie strony do dialogu.", "pl"),  # the envoy calls for dialogue: no summons
    ("Посол вызвал интерес у студентов своей лекцией.", "ru"),  # the envoy aroused interest
    ("Речь посла вызвала интерес у студентов.", "ru"),  # the envoy's speech aroused it
])
def test_an_envoy_who_calls_or_causes_is_not_summoned(text, code):
    assert "ACCUSE" not in trigger_keys(text, code)


@pytest.mark.parametrize("text, code", [
    # a ministry considering a meeting: an announcement, not the meeting
    ("Глава МИД Японии задумался о визите в Россию\nМосква, 19 октября 2016 года. Министерство иностранных дел "
     "Японии рассматривает возможность проведения встречи министров иностранных дел Японии и России в Москве в "
     "начале декабря.", "ru"),
    # the Serbian synthetic future of a journey ("otputovaće")
    ("Beograd, 20.03.2017.\nJapanski premijer krajem aprila otputovaće u Rusiju na razgovore s predsednikom "
     "Rusije, izjavio je danas japanski ministar spoljnih poslova.", "sr"),
    # a government "coordinating to hold talks"
    ("Tokyo, 21 December 2024\nA government source said on Saturday that the Japanese foreign minister is "
     "coordinating to hold talks with his Chinese counterpart in Beijing.", "en"),
])
def test_a_meeting_still_being_arranged_is_announced(text, code):
    assert events(text, code)[0].type == "AGREE"


def test_german_future_with_its_infinitive_at_the_end_and_an_aside_between():
    # "wird … Gespräche führen": the auxiliary stands apart from the infinitive; "(Ortszeit)" is an aside
    text = ("Seoul, 16. März 2018\nAußenministerin Kang wird in Washington (USA) mit ihrem japanischen "
            "Amtskollegen Taro Kono bilaterale Gespräche führen, teilte das Außenministerium in Seoul mit.")
    assert events(text, "de")[0].type == "AGREE"


def test_an_aside_does_not_join_clauses_but_a_comma_still_parts_them():
    from kronika.events.types import _breaks
    assert not _breaks("wird am Samstag (Ortszeit) in Washington Gespräche", 4, 48)
    assert _breaks("wird am Samstag, als sie Gespräche", 4, 33)
    assert _breaks("wird (nach langer Pause, so das Amt) Gespräche", 4, 45)  # a clause inside the brackets


def test_romanian_future_auxiliary_keeps_a_later_meeting_apart():
    # "va avea … o întrevedere": a meeting still to come that day is not the one told
    text = ("Preşedintele Klaus Iohannis, primit la Tokyo de premierul japonez Shinzo Abe\n\n21.10.2019 - 11:15\n\n"
            "Preşedintele Klaus Iohannis, aflat în vizită în Japonia, a fost primit luni, la Palatul Akasaka, de "
            "prim-ministrul nipon Shinzo Abe. Discuţiile vor viza parteneriatul strategic dintre România şi Japonia."
            "\n\nŞeful statului va participa marţi la ceremonia de întronare. În acest context, Klaus Iohannis va "
            "avea, tot luni, o întrevedere cu preşedintele Finlandei, Sauli Niinisto.")
    ev = events(text, "ro")[0]
    assert ev.type == "CONSULT" and ev.mode == "visit" and "FI" not in ev.countries
    assert {p.name for p in ev.persons} == {"Klaus Iohannis", "Shinzo Abe"}


def test_a_given_name_in_a_case_is_no_lone_family_name_of_an_official():
    # "povodom Dana osnivanja": the Serbian "day", also a given name, is not the Romanian president Nicușor Dan
    from kronika.nlp.analyze import analyze
    text = ("Ambasador Južne Koreje govorio je na prijemu povodom Dana osnivanja nacije u Moskvi o saradnji "
            "dve zemlje.")
    assert not any("Dan" in p.name for p in analyze(text, "sr", None).persons)


@pytest.mark.parametrize("text, code, name", [
    ("Konsultacje prowadził dyrektor polityczny MSZ Japonii Hiroshi Suzuki.", "pl", "Hiroshi Suzuki"),
    ("Jednání vedl generální ředitel japonského ministerstva zahraničí Kenji Tanaka.", "cs", "Kenji Tanaka"),
    ("Rokovania viedol politický riaditeľ japonského ministerstva Hiroshi Suzuki.", "sk", "Hiroshi Suzuki"),
    ("Konsultacijas vadīja Ārlietu ministrijas ģenerāldirektora vietnieks Etsuro Honda.", "lv", "Etsuro Honda"),
    ("Konsultacijoms vadovavo Japonijos URM politikos direktorius Hiroshi Suzuki.", "lt", "Hiroshi Suzuki"),
    ("Konsultatsioone juhtis Jaapani välisministeeriumi poliitikadirektor Hiroshi Suzuki.", "et", "Hiroshi Suzuki"),
])
def test_a_director_general_is_a_titled_person(text, code, name):
    from kronika.nlp.analyze import analyze
    found = {p.name: p.role for p in analyze(text, code, None).persons}
    assert found.get(name) == "director general"


def test_an_announced_meeting_has_no_inferred_capital():
    # the Japanese prime minister will travel to Russia: no words say where this was told or where they meet
    text = ("Kurir 20.03.2017\nJapanski premijer Šinzo Abe krajem aprila otputovaće u Rusiju na razgovore s "
            "predsednikom Vladimirom Putinom, izjavio je danas japanski ministar spoljnih poslova.")
    ev = events(text, "sr")[0]
    assert ev.type == "AGREE" and ev.location.city is None


@pytest.mark.parametrize("text, code", [
    ("Beograd, 4. avgust 2022.\nKina je danas otkazala sastanak ministara spoljnih poslova Kine i Japana na "
     "marginama samita ASEAN u Kambodži.", "sr"),
    ("Tokyo, 4 August 2022\nChina on Thursday cancelled the meeting of the Chinese and Japanese foreign ministers "
     "on the sidelines of the ASEAN meeting in Cambodia.", "en"),
    ("Москва, 4 августа 2022 года\nКитай в четверг отменил встречу министров иностранных дел Китая и Японии в "
     "Камбодже.", "ru"),
    ("Warszawa, 4 sierpnia 2022\nChiny odwołały w czwartek spotkanie ministrów spraw zagranicznych Chin i Japonii w "
     "Kambodży.", "pl"),
    ("Berlin, 4. August 2022\nChina sagte am Donnerstag das geplante Treffen mit Japans Außenminister ab.", "de"),
])
def test_a_cancelled_meeting_is_refused_not_held(text, code):
    assert events(text, code)[0].type == "REJECT"


def test_talks_planned_within_a_visit_the_headline_and_lead_tell_as_done():
    text = ("Міністр закордонних справ Японії прибув до України з неоголошеним візитом\n"
            "Міністр планує провести переговори з українським колегою, а також з президентом України.\n"
            "Голова МЗС Японії прибув до Києва потягом з Польщі з неоголошеним візитом.")
    assert events(text, "uk")[0].type == "CONSULT"


def test_a_headline_in_the_present_with_no_done_visit_below_still_announces():
    # guard: "meets … on December 25" is told in the lead as still being arranged
    text = ("The Japanese Foreign Minister meets his Chinese counterpart on December 25\n\n"
            "A government source said on Saturday that the Japanese foreign minister is coordinating to hold "
            "talks with his Chinese counterpart in Beijing.")
    assert events(text, "en")[0].type == "AGREE"


def test_serbian_arrival_is_a_visit_with_talks_to_come():
    text = ("Lavrov u poseti Severnoj Koreji\nNovi magazin 31.05.2018 | Beta\nMinistar spoljnih poslova Rusije "
            "stigao je danas u Severnu Koreju, gde će razgovarati sa visokim zvaničnicima te zemlje.")
    assert events(text, "sr")[0].type == "CONSULT"


def test_a_page_without_a_headline_still_announces_a_visit():
    # the first line is too long for a headline, so the second one stands for it: its past visit is no
    # prose telling this one done
    text = ("Външният министър на Северна Корея Чхое Сон Хуи ще бъде на официално посещение в Руската федерация от "
            "15 до 17 януари по покана на руския външен министър Сергей Лавров, съобщи днес в Пхенян държавната "
            "агенция KCNA, цитирана от ТАСС и други агенции.\n\nЛидерът на Северна Корея Ким Чен Ун посети Русия "
            "през септември миналата година и се срещна с президента Владимир Путин.\n")
    assert events(text, "bg")[0].type == "AGREE"


def test_no_headline_below_the_leads_paragraph():
    from kronika.nlp.published import find_title
    text = ("Japonia jest jednym z najważniejszych partnerów Polski w Azji i partnerem strategicznym naszego kraju - "
            "powiedział w poniedziałek w Tokio premier na spotkaniu z przedstawicielami japońskiego biznesu, nauki i "
            "kultury oraz z Polonią mieszkającą w Japonii.\n\nAmbasador powitał gości spotkania w ambasadzie RP.")
    assert find_title(text) == (None, None)


def test_a_states_adjective_after_a_preposition_is_whose_not_where():
    # "w polskiej ambasadzie" is the Polish embassy in Tokyo, not a visit to Poland
    text = ("Japonia jest jednym z najważniejszych partnerów Polski w Azji i partnerem strategicznym naszego kraju - "
            "powiedział w poniedziałek w Tokio premier Mateusz Morawiecki na spotkaniu z przedstawicielami "
            "japońskiego biznesu, nauki i kultury.\n\nGości spotkania w polskiej ambasadzie powitał ambasador RP w "
            "Japonii Jan Kowalski, który przypomniał, że w 2019 roku Polska i Japonia obchodziły stulecie stosunków "
            "dyplomatycznych.")
    assert events(text, "pl")[0].location.city == "Tokyo"


def test_belarusian_classical_orthography_titles_and_russia():
    # Taraškievica (Radio Svaboda, Nasha Niva): "міністар", "амбасадар", "Расейская Фэдэрацыя"
    from kronika.nlp.analyze import analyze
    text = ("Міністар замежных спраў Беларусі правёў сустрэчу з новым амбасадарам Расейскай Фэдэрацыі ў "
            "Рэспубліцы Беларусь Барысам Грызловым.")
    a = analyze(text, "be", None)
    roles = {p.role for p in a.persons}
    assert "ambassador" in roles
    assert "RU" in {m.key for m in a.countries}
    assert not any("Federats" in p.name or "Fedeh" in p.name for p in a.persons)


@pytest.mark.parametrize("text, code", [
    ("В Москве готовятся к визиту лидера КНДР в Россию, заявил замглавы МИД.", "ru"),
    ("W Warszawie trwają przygotowania do wizyty premiera Japonii, poinformował rzecznik MSZ.", "pl"),
    ("Japan and Poland are preparing for the visit of the Japanese prime minister to Warsaw, the ministry said.",
     "en"),
])
def test_preparations_for_a_visit_announce(text, code):
    assert events(text, code)[0].type == "AGREE"


def test_bulgarian_reported_is_no_aid():
    # "предаде ТАСС" is "TASS reported", not a handing over
    from kronika.nlp.analyze import analyze
    text = "Говорителката потвърди визитата на министъра в Северна Корея между 11 и 13 юли, предаде ТАСС."
    assert "AID" not in {m.key for m in analyze(text, "bg", None).triggers}


@pytest.mark.parametrize("a, b, family, alike", [
    ("уладзімірам", "уладзімір", False, True),   # a given name in two cases
    ("sergei", "sergey", False, True),            # the last letters differ only
    ("petr", "petra", False, False),              # four letters: too short for a given name's stem
    ("kishidą", "kishida", True, True),           # a family name's case ending
    ("abe", "abem", True, False),                 # three letters: too short even for a family name
    ("nowak", "nowakowski", True, False),         # another name, five letters longer
    ("kim", "kima", False, False),
])
def test_case_forms_of_one_word(a, b, family, alike):
    from kronika.nlp.analyze import FAMILY_FORMS, _case_forms
    assert _case_forms(a, b, **(FAMILY_FORMS if family else {})) is alike


@pytest.mark.parametrize("text, code", [
    ("Warszawa, 7 lipca 2025\nPremier przyjmie ministra spraw zagranicznych Japonii w Kancelarii Premiera.", "pl"),
    ("Москва, 7 июля 2025 года\nМинистры обсудят на встрече в Москве отношения России и Японии.", "ru"),
    ("Praha, 7. července 2025\nMinistři projednají při setkání v Praze vztahy Česka a Japonska.", "cs"),
])
def test_perfective_futures_of_receiving_and_discussing_announce(text, code):
    assert events(text, code)[0].type == "AGREE"


@pytest.mark.parametrize("text, code, name", [
    ("Кметът на общината Иван Иванов посрещна посланика на Япония.", "bg", "Ivan Ivanov"),
    ("Кметът Петър Петров посрещна посланика на Япония.", "bg", "Petar Petrov"),
    ("Starosta Ivan Ivanov přijal japonského velvyslance.", "cs", "Ivan Ivanov"),
])
def test_a_namesake_whose_family_name_is_a_form_of_the_given_name_is_no_official(text, code, name):
    # both words are forms of an official's given name ("Ivanov" of "Ivan"): no alias is spelt out
    import datetime as dt
    from kronika.nlp.analyze import analyze
    assert [p.name for p in analyze(text, code, dt.date(2025, 5, 5)).persons] == [name]


def test_an_officials_full_name_still_matches():
    # guard
    import datetime as dt
    from kronika.nlp.analyze import analyze
    persons = analyze("Prezident Petr Pavel přijal japonského velvyslance.", "cs", dt.date(2025, 5, 5)).persons
    assert [(p.name, p.role) for p in persons] == [("Petr Pavel", "president")]


@pytest.mark.parametrize("text, code, state", [
    ("The UAE and Japan signed an agreement on Monday.", "en", "AE"),
    ("Japan and the US held talks on Monday.", "en", "US"),
    ("한-UAE 정상회담이 서울에서 열렸다.", "ko", "AE"),
])
def test_state_acronyms(text, code, state):
    from kronika.nlp.analyze import analyze
    assert state in {m.key for m in analyze(text, code, None).countries}


def test_the_pronoun_us_is_no_state():
    # guard
    from kronika.nlp.analyze import analyze
    assert "US" not in {m.key for m in analyze("He told us about Japan.", "en", None).countries}


@pytest.mark.parametrize("text, code", [
    ("Warszawa, 7 lipca 2025\nMinister wezwał Rosję, aby przyjęła propozycję rozmów pokojowych.", "pl"),
    ("Москва, 7 июля 2025 года\nМинистр призвал Японию, чтобы она приняла предложение о переговорах.", "ru"),
    ("Praha, 7. července 2025\nMinistr vyzval Rusko, aby přijalo návrh mírových rozhovorů.", "cs"),
    ("Київ, 7 липня 2025 року\nМіністр закликав Росію, щоб вона прийняла пропозицію про переговори.", "uk"),
])
def test_what_a_request_asks_for_in_its_object_clause_is_no_act(text, code):
    # OBJECT_CLAUSE (h13/types2's key) for pl, cs, ru, uk, bg, sr: the talks are what was asked for
    assert events(text, code)[0].type == "REQUEST"


@pytest.mark.parametrize("text, code", [
    ("Warszawa, 7 lipca 2025\nPremier Japonii nie odwiedzi Polski w tym roku, poinformował rzecznik rządu.", "pl"),
    ("Москва, 7 июля 2025 года\nПремьер-министр Японии не посетит Россию в этом году, сообщил представитель МИД.", "ru"),
    # guard: English already read "will not visit" as refused
    ("Tokyo, 7 July 2025\nThe Japanese prime minister will not visit Poland this year, a spokesman said.", "en"),
    ("София, 7 юли 2025\nПремиерът на Япония няма да посети България тази година, съобщи говорителят.", "bg"),
])
def test_a_visit_that_will_not_happen_is_refused(text, code):
    assert events(text, code)[0].type == "REJECT"
