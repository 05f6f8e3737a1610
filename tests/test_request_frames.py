"""A request, appeal or call addressed to a body is REQUEST (PLOVER), in every language; a real meeting
at that body stays CONSULT, and so does a meeting held "at the request of" someone.

The mechanisms: request phrases told around their addressee (SPLIT_TRIGGERS, "zwróciła się do Rady
Bezpieczeństwa ONZ z prośbą"), the nouns of a request with their preposition ("с просьбой", "s prošnjo"),
phrases that hold a request word and report no act ("na prośbę", "at the request of": TRIGGERS NONE),
and, where the object stands before its verb (ja, ko: GOVERNS_BEFORE), a request that governs the
meeting it asks for ("会合の開催を要請した"), but not the meeting it was made at ("会談で…要請した").
"""
from __future__ import annotations

import importlib.util

import pytest

from kronika.events.document import extract_document
from kronika.events.region import Region
from kronika.events.types import choose_type, governed
from kronika.model import Document
from kronika.nlp.analyze import analyze

CJK = pytest.mark.skipif(not (importlib.util.find_spec("fugashi") and importlib.util.find_spec("kiwipiepy")),
                         reason="the Japanese and Korean analysers are an extra")


def main_type(text: str, lang: str) -> str | None:
    doc = extract_document(Document(id="t", text=text, language=lang, published="2018-11-07"))
    return doc.events[0].type if doc.events else None


@pytest.mark.parametrize("lang,text", [
    ("pl", "Rosja zwróciła się do Rady Bezpieczeństwa ONZ z prośbą o zwołanie posiedzenia w sprawie sankcji wobec Korei Północnej."),
    ("pl", "Rosja wyszła z inicjatywą omówienia sankcji wobec Pjongjangu na posiedzeniu Rady Bezpieczeństwa ONZ."),
    ("pl", "Ukraina zwróciła się do OBWE z apelem o zwołanie nadzwyczajnego posiedzenia Stałej Rady."),
    ("en", "Russia called on the UN Security Council to discuss sanctions against North Korea."),
    ("en", "Russia asked the U.N. Security Council to discuss North Korea sanctions on Thursday."),
    ("en", "Japan requested the Security Council to convene an emergency meeting on the missile launch by North Korea."),
    ("ru", "Россия обратилась в Совет Безопасности ООН с просьбой обсудить санкции против КНДР."),
    ("ru", "Постоянный представитель России при ООН Василий Небензя обратился к председателю Совета Безопасности с запросом о созыве заседания по КНДР."),
    ("uk", "Україна звернулася до Ради Безпеки ООН з проханням скликати екстрене засідання щодо Росії."),
    ("uk", "Міністр закордонних справ України Дмитро Кулеба звернувся до ОБСЄ із закликом засудити дії Росії."),
    ("be", "Беларусь звярнулася ў Савет Бяспекі ААН з просьбай склікаць пасяджэнне па Украіне."),
    ("cs", "Česko se obrátilo na Radu bezpečnosti OSN s žádostí o svolání mimořádného zasedání k Ukrajině."),
    ("sk", "Slovensko sa obrátilo na Bezpečnostnú radu OSN so žiadosťou o zvolanie mimoriadneho zasadnutia k Ukrajine."),
    ("de", "Russland bat den UN-Sicherheitsrat um eine Sitzung zu den Sanktionen gegen Nordkorea."),
    ("de", "Russland forderte den UN-Sicherheitsrat zu einer Sondersitzung über Nordkorea auf."),
    ("de", "Russland wandte sich an den UN-Sicherheitsrat mit der Bitte um eine Sondersitzung über Nordkorea."),
    ("hu", "Oroszország azzal a kéréssel fordult az ENSZ Biztonsági Tanácsához, hogy tűzze napirendre az Észak-Koreával szembeni szankciókat."),
    ("ro", "România s-a adresat Consiliului de Securitate al ONU cu rugămintea de a convoca o reuniune de urgență privind Ucraina."),
    ("ro", "Rusia a cerut Consiliului de Securitate al ONU să discute sancțiunile impuse Coreei de Nord."),
    ("bg", "Русия се обърна към Съвета за сигурност на ООН с искане за свикване на заседание за Северна Корея."),
    ("mk", "Русија се обрати до Советот за безбедност на ОН со барање за свикување седница за Северна Кореја."),
    ("sr", "Srbija se obratila Savetu bezbednosti UN sa zahtevom da sazove hitnu sednicu o Kosovu."),
    ("sr", "Србија се обратила Савету безбедности УН са захтевом да сазове хитну седницу о Косову."),
    ("hr", "Hrvatska se obratila Vijeću sigurnosti UN-a sa zahtjevom za sazivanje hitne sjednice o Ukrajini."),
    ("sl", "Slovenija se je obrnila na Varnostni svet OZN s prošnjo za sklic nujne seje o Ukrajini."),
    ("lt", "Lietuva kreipėsi į JT Saugumo Tarybą su prašymu sušaukti skubų posėdį dėl Rusijos."),
    ("lv", "Latvija vērsās ANO Drošības padomē ar lūgumu sasaukt ārkārtas sēdi par Krieviju."),
    ("et", "Eesti pöördus ÜRO Julgeolekunõukogu poole palvega kutsuda kokku erakorraline istung Venemaa kohta."),
    pytest.param("ja", "ロシアは国連安全保障理事会に対し、北朝鮮に対する制裁について協議するよう要請した。", marks=CJK),
    pytest.param("ko", "러시아는 유엔 안전보장이사회에 대북 제재 논의를 위한 회의 소집을 요청했다.", marks=CJK),
])
def test_a_request_addressed_to_a_body_is_request(lang, text):
    assert main_type(text, lang) == "REQUEST"


@pytest.mark.parametrize("lang,text", [
    ("pl", "Minister spraw zagranicznych Radosław Sikorski wziął udział w posiedzeniu Rady Bezpieczeństwa ONZ w Nowym Jorku."),
    ("pl", "Na prośbę strony japońskiej ambasador Polski spotkał się z wiceministrem spraw zagranicznych Japonii."),
    ("en", "Foreign Minister Sergey Lavrov met Japanese Foreign Minister Taro Kono on the sidelines of the UN Security Council meeting in New York."),
    ("en", "At the request of the Japanese side, the Polish ambassador met the Japanese deputy foreign minister to discuss the visit."),
    ("ru", "Министр иностранных дел России Сергей Лавров принял участие в заседании Совета Безопасности ООН в Нью-Йорке."),
    ("ru", "По просьбе японской стороны посол России встретился с заместителем министра иностранных дел Японии."),
    ("uk", "Міністр закордонних справ України Дмитро Кулеба взяв участь у засіданні Ради Безпеки ООН у Нью-Йорку."),
    ("uk", "На прохання японської сторони посол України зустрівся із заступником міністра закордонних справ Японії."),
    ("be", "Міністр замежных спраў Беларусі Сяргей Алейнік прыняў удзел у пасяджэнні Савета Бяспекі ААН у Нью-Ёрку."),
    ("be", "Па просьбе японскага боку пасол Беларусі сустрэўся з намеснікам міністра замежных спраў Японіі."),
    ("cs", "Ministr zahraničí Jan Lipavský se zúčastnil zasedání Rady bezpečnosti OSN v New Yorku."),
    ("cs", "Na žádost japonské strany se velvyslanec České republiky setkal s náměstkem japonského ministra zahraničí."),
    ("sk", "Minister zahraničných vecí Juraj Blanár sa zúčastnil na zasadnutí Bezpečnostnej rady OSN v New Yorku."),
    ("sk", "Na žiadosť japonskej strany sa veľvyslanec Slovenska stretol s námestníkom japonského ministra zahraničných vecí."),
    ("de", "Außenministerin Annalena Baerbock nahm an der Sitzung des UN-Sicherheitsrats in New York teil und traf den japanischen Außenminister."),
    ("de", "Auf Bitte der japanischen Seite traf der deutsche Botschafter den japanischen Vizeaußenminister."),
    ("hu", "Szijjártó Péter külügyminiszter részt vett az ENSZ Biztonsági Tanácsának ülésén New Yorkban."),
    ("ro", "Ministrul afacerilor externe Bogdan Aurescu a participat la reuniunea Consiliului de Securitate al ONU de la New York."),
    ("ro", "La solicitarea părții japoneze, ambasadorul României s-a întâlnit cu ministrul adjunct de externe al Japoniei."),
    ("bg", "Министърът на външните работи на България Иван Кондов участва в заседание на Съвета за сигурност на ООН в Ню Йорк."),
    ("bg", "По молба на японската страна посланикът на България се срещна със заместник-министъра на външните работи на Япония."),
    ("mk", "Министерот за надворешни работи Тимчо Муцунски учествуваше на заседанието на Советот за безбедност на ОН во Њујорк."),
    ("sr", "Ministar spoljnih poslova Srbije Marko Đurić učestvovao je na zasedanju Saveta bezbednosti UN u Njujorku."),
    ("sr", "Na zahtev japanske strane ambasador Srbije sastao se sa zamenikom ministra spoljnih poslova Japana."),
    ("hr", "Ministar vanjskih poslova Gordan Grlić Radman sudjelovao je na zasjedanju Vijeća sigurnosti UN-a u New Yorku."),
    ("hr", "Na zahtjev japanske strane veleposlanik Hrvatske sastao se sa zamjenikom ministra vanjskih poslova Japana."),
    ("sl", "Ministrica za zunanje zadeve Tanja Fajon se je udeležila zasedanja Varnostnega sveta OZN v New Yorku."),
    ("lt", "Užsienio reikalų ministras Gabrielius Landsbergis dalyvavo JT Saugumo Tarybos posėdyje Niujorke."),
    ("lv", "Ārlietu ministre Baiba Braže piedalījās ANO Drošības padomes sēdē Ņujorkā."),
    ("et", "Välisminister Margus Tsahkna osales ÜRO Julgeolekunõukogu istungil New Yorgis."),
    pytest.param("ja", "岩屋外務大臣は、ニューヨークで開催された国連安全保障理事会の会合に出席しました。", marks=CJK),
    pytest.param("ko", "조태열 외교부 장관은 뉴욕에서 열린 유엔 안보리 회의를 계기로 이와야 다케시 일본 외무대신과 회담했다.", marks=CJK),
    pytest.param("ko", "조태열 외교부 장관은 이날 회담에서 북한 문제에 대한 중국의 건설적 역할을 요청했다.", marks=CJK),
    pytest.param("ja", "岩屋外務大臣は、王毅外交部長と会談で北朝鮮問題での協力を要請しました。", marks=CJK),
])
def test_a_meeting_at_the_body_or_at_someones_request_stays_consult(lang, text):
    assert main_type(text, lang) == "CONSULT"


def test_a_split_request_needs_its_particle_in_the_same_clause():
    # "zwróciła się do …" without "z prośbą" is addressing someone, not asking
    text = "Minister zwróciła się do uczestników konferencji, a następnie spotkała się z ambasadorem Japonii."
    a = analyze(text, "pl")
    assert [m.key for m in a.triggers if m.form.startswith("zwróci")] == []
    assert main_type(text, "pl") == "CONSULT"
    text = "Rosja zwróciła się do Rady Bezpieczeństwa ONZ z wnioskiem o zwołanie posiedzenia."
    asked = analyze(text, "pl")  # "z wnioskiem" alone is no trigger: the split phrase is
    assert [m.form for m in asked.triggers if m.key == "REQUEST"] == ["zwróciła się"]
    assert main_type(text, "pl") == "REQUEST"


def test_the_full_stop_of_an_abbreviation_does_not_end_the_clause():
    a = analyze("Russia asked the U.N. Security Council to discuss North Korea sanctions.", "en")
    assert "REQUEST" in [m.key for m in a.triggers]
    b = analyze("Russia asked the ministry. Security talks were held to discuss sanctions.", "en")
    assert "REQUEST" not in [m.key for m in b.triggers]


def test_at_the_request_of_holds_no_request():
    a = analyze("At the request of the Japanese side, the ambassador met the deputy minister.", "en")
    assert [m.key for m in a.triggers] == ["CONSULT"]


@CJK
def test_a_request_governs_the_triggers_before_it_where_objects_precede_verbs():
    text = "ロシアは国連安全保障理事会に対し、北朝鮮に対する制裁について協議するよう要請した。"
    a = analyze(text, "ja")
    trig = sorted(a.triggers, key=lambda m: m.start)
    assert [m.key for m in trig] == ["SANCTION", "CONSULT", "REQUEST"]
    assert governed(a, trig) == {0, 1}
    assert choose_type(a, Region(0, len(text), len(text)), 0)[0] == "REQUEST"
    # the same words in English order: nothing before a request is its object there
    en = analyze("Sanctions were discussed, and Russia requested a vote.", "en")
    assert governed(en, sorted(en.triggers, key=lambda m: m.start)) == set()


@CJK
def test_a_request_made_at_a_meeting_leaves_the_meeting_its_own():
    text = "岩屋外務大臣は、王毅外交部長と会談で北朝鮮問題での協力を要請しました。"
    a = analyze(text, "ja")
    trig = sorted(a.triggers, key=lambda m: m.start)
    assert [m.key for m in trig] == ["CONSULT", "COOPERATE", "REQUEST"]
    assert governed(a, trig) == set()


def _request(persons=(), orgs=("UN", "UNSC"), countries=("KP", "RU")):
    from kronika.model import DocumentRef, Event, Location, StoredEvent

    return StoredEvent.of(Event(type="REQUEST", date="2018-11-07", countries=list(countries),
                                organizations=list(orgs), persons=list(persons), location=Location(),
                                topics=["multilateral", "security"]), DocumentRef(0, language="pl"))


def test_the_headline_of_a_request_to_a_body_names_the_body():
    from kronika.model import Person
    from kronika.report.headline import headline
    from kronika.report.profile import load_profile

    korea = load_profile("east-slavic").sections[1]  # the Korean Peninsula – Russia, Ukraine, Belarus
    assert headline(_request(), korea, "pl") == \
        "apel do Rady Bezpieczeństwa ONZ w relacjach Korei Północnej i Rosji w dziedzinie bezpieczeństwa"
    assert headline(_request(), korea, "en") == \
        "An appeal to the UN Security Council concerning North Korea and Russia on security"
    nebenzya = Person("Vasily Nebenzya", "Василий Небензя", "RU", "ambassador")
    assert headline(_request([nebenzya]), korea, "pl").endswith("zwrócił się z apelem do Rady Bezpieczeństwa ONZ "
                                                                "w dziedzinie bezpieczeństwa")
    # no body among the organisations (or the body is a party, as the EU is): the request between the states
    assert headline(_request(orgs=()), korea, "pl") == "apel w relacjach Korei Północnej i Rosji w sprawach wielostronnych"


def test_a_person_named_only_in_a_clause_about_another_moment_takes_no_part():
    text = ("Rosja zwróciła się do Rady Bezpieczeństwa ONZ z prośbą o zwołanie posiedzenia w sprawie sankcji. "
            "Prośba została wystosowana tego samego dnia, kiedy prezydent USA Donald Trump oznajmił, że nie ma pośpiechu.")
    doc = extract_document(Document(id="t", text=text, language="pl", published="2018-11-07"))
    assert doc.events[0].type == "REQUEST" and doc.events[0].persons == []
    # a relative clause about a person is not such a clause: the head of a delegation takes part
    text = ("Wiceminister obrony Paweł Bejda spotkał się z delegacją Republiki Korei, której przewodniczył "
            "wiceminister Chong-Dae Won.")
    doc = extract_document(Document(id="t", text=text, language="pl", published="2018-11-07"))
    assert len(doc.events[0].persons) == 2
