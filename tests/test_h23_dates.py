"""h23/dates: the day of telling of a meeting the lead gives no day, when the next sentence dates the meeting.

"The ministers held talks in Warsaw, the ministry said Thursday. Sikorski met Kamikawa on Wednesday …" (an agency's
lead, Yonhap, PAP, TASS): the talks were on Wednesday, not on the day the ministry told of them.
Each mechanism test fails on main and passes here; the guards pass on both and say so."""
from __future__ import annotations

import pytest
from extracting import first


def _date(code: str, text: str):
    ev = first(text, code)
    return ev.date, ev.date_end


# --- the reporting clause's day gives way to the meeting's earlier day of the same week ---------------------------

@pytest.mark.parametrize("code,text", [
    ("en", "Warsaw, March 14, 2024\n\nThe foreign ministers of Poland and Japan held talks in Warsaw on bilateral "
           "cooperation, the Polish foreign ministry said Thursday.\nPolish Foreign Minister Radoslaw Sikorski met "
           "his Japanese counterpart, Yoko Kamikawa, in Warsaw on Wednesday and discussed defence cooperation."),
    ("pl", "Warszawa, 14 marca 2024\n\nMinistrowie spraw zagranicznych Polski i Japonii rozmawiali w Warszawie o "
           "współpracy dwustronnej, poinformowało w czwartek MSZ.\nSzef MSZ Radosław Sikorski spotkał się w środę "
           "w Warszawie z minister spraw zagranicznych Japonii Yoko Kamikawą i rozmawiał o współpracy obronnej."),
    ("ru", "Москва, 14 марта 2024 года\n\nМинистры иностранных дел Польши и Японии провели переговоры в Варшаве о "
           "двустороннем сотрудничестве, сообщил в четверг МИД Польши.\nГлава МИД Польши Радослав Сикорский "
           "встретился в среду в Варшаве с министром иностранных дел Японии Ёко Камикавой."),
    ("de", "Berlin, 14. März 2024\n\nDie Außenminister Polens und Japans haben in Warschau über die bilaterale "
           "Zusammenarbeit beraten, teilte das polnische Außenministerium am Donnerstag mit.\nDer polnische "
           "Außenminister Radosław Sikorski traf am Mittwoch in Warschau die japanische Außenministerin Yoko Kamikawa."),
    ("hr", "Zagreb, 14. ožujka 2024.\n\nMinistri vanjskih poslova Poljske i Japana razgovarali su u Varšavi o "
           "bilateralnoj suradnji, priopćilo je u četvrtak poljsko ministarstvo vanjskih poslova.\nPoljski ministar "
           "Radosław Sikorski sastao se u srijedu u Varšavi s japanskom ministricom Yoko Kamikawom."),
    ("hu", "Budapest, 2024. március 14.\n\nLengyelország és Japán külügyminiszterei Varsóban tárgyaltak a kétoldalú "
           "együttműködésről, közölte csütörtökön a lengyel külügyminisztérium.\nRadosław Sikorski lengyel "
           "külügyminiszter szerdán Varsóban találkozott Kamikava Jókó japán külügyminiszterrel."),
    ("ro", "București, 14 martie 2024\n\nMiniștrii de externe ai Poloniei și Japoniei au avut convorbiri la Varșovia "
           "despre cooperarea bilaterală, a anunțat joi ministerul polonez de externe.\nMinistrul polonez de externe "
           "Radosław Sikorski s-a întâlnit miercuri la Varșovia cu ministrul japonez de externe Yoko Kamikawa."),
    ("lt", "Vilnius, 2024 m. kovo 14 d.\n\nLenkijos ir Japonijos užsienio reikalų ministrai Varšuvoje aptarė dvišalį "
           "bendradarbiavimą, ketvirtadienį pranešė Lenkijos užsienio reikalų ministerija.\nLenkijos užsienio "
           "reikalų ministras Radoslawas Sikorskis trečiadienį Varšuvoje susitiko su Japonijos ministre Yoko Kamikawa."),
])
def test_telling_day_gives_way_to_the_meetings_day(code, text):
    assert _date(code, text) == ("2024-03-13", None)


@pytest.mark.parametrize("code,text", [
    # no later sentence dates the talks: the day of telling is all the text gives (guard)
    ("en", "Warsaw, March 14, 2024\n\nThe foreign ministers of Poland and Japan held talks in Warsaw on bilateral "
           "cooperation, the Polish foreign ministry said Thursday.\nThey discussed defence cooperation and support "
           "for Ukraine."),
    # the later day is one to come: an announcement, the telling stays (guard)
    ("pl", "Warszawa, 14 marca 2024\n\nMinistrowie spraw zagranicznych Polski i Japonii rozmawiali telefonicznie o "
           "współpracy dwustronnej, poinformowało w czwartek MSZ.\nSzef MSZ Radosław Sikorski spotka się w piątek "
           "w Warszawie z minister spraw zagranicznych Japonii Yoko Kamikawą."),
    # the day stands in the clause of the act itself, not of the telling (guard)
    ("en", "Warsaw, March 14, 2024\n\nPolish Foreign Minister Radoslaw Sikorski arrived in Tokyo and met Japanese "
           "Foreign Minister Yoko Kamikawa on Thursday, the ministry said.\nSikorski also visited Kyoto on Wednesday "
           "with a business delegation."),
    # the later sentence recalls an earlier contact ("Earlier, on Tuesday", "Ранее, во вторник") (guards)
    ("en", "Warsaw, March 14, 2024\n\nThe foreign ministers of Poland and Japan held talks in Warsaw on bilateral "
           "cooperation, the Polish foreign ministry said Thursday.\nEarlier, on Tuesday, Sikorski met South Korean "
           "Foreign Minister Cho Tae-yul in Seoul."),
    ("ru", "Москва, 14 марта 2024 года\n\nМинистры иностранных дел Польши и Японии провели переговоры в Варшаве, "
           "сообщил в четверг МИД Польши.\nРанее, во вторник, Сикорский встретился в Сеуле с главой МИД Южной Кореи "
           "Чо Тхэ Елем."),
    # the telling sentence tells talks to come: an announcement, dated when told (guards)
    ("en", "Warsaw, March 14, 2024\n\nThe foreign ministers of Poland and Japan will hold talks in Tokyo next "
           "month, the Polish foreign ministry said Thursday.\nOn Wednesday Sikorski met Japanese Ambassador Akira "
           "Kono in Warsaw to prepare the talks."),
    ("ru", "Москва, 14 марта 2024 года\n\nМинистры иностранных дел Польши и Японии проведут переговоры в Токио в "
           "следующем месяце, сообщил в четверг МИД Польши.\nВ среду Сикорский встретился в Варшаве с послом Японии "
           "Акирой Коно."),
    # the telling sentence tells a journey, the later day another meeting on the way (guard)
    ("en", "Seoul, March 14, 2024\n\nPolish President Andrzej Duda arrived in Seoul for a state visit, the "
           "presidential office said Thursday.\nOn Wednesday Duda met Japanese Prime Minister Fumio Kishida in Tokyo."),
    ("pl", "Warszawa, 14 marca 2024\n\nPrezydent Andrzej Duda przyleciał do Seulu z wizytą państwową, poinformowała "
           "w czwartek Kancelaria Prezydenta.\nW środę Duda spotkał się w Tokio z premierem Japonii Fumio Kishidą."),
])
def test_telling_day_kept(code, text):
    assert _date(code, text) == ("2024-03-14", None)


@pytest.mark.parametrize("code,text", [
    ("en", "Warsaw, March 14, 2024\n\nThe foreign ministers of Poland and Japan held talks on defence cooperation, the "
           "Polish foreign ministry said Thursday.\nSikorski and Kamikawa met in Warsaw the day before."),
    ("ru", "Москва, 14 марта 2024 года\n\nМинистры иностранных дел Польши и Японии провели переговоры об оборонном "
           "сотрудничестве, сообщил в четверг МИД Польши.\nСикорский и Камикава встретились накануне в Варшаве."),
    ("pl", "Warszawa, 14 marca 2024\n\nMinistrowie spraw zagranicznych Polski i Japonii rozmawiali o współpracy "
           "obronnej, poinformowało w czwartek MSZ.\nSikorski i Kamikawa spotkali się dzień wcześniej w Warszawie."),
])
def test_day_before_counts_from_the_telling(code, text):
    assert _date(code, text) == ("2024-03-13", None)


# --- the reported clause's "day before" counts from the day of telling ------------------------------------------
# "MSZ poinformowało we wtorek, że … spotkał się dzień wcześniej": Monday, whatever day the page is of.

@pytest.mark.parametrize("code,text", [
    ("en", "Warsaw, March 14, 2024\n\nThe Polish foreign ministry said on Tuesday that Foreign Minister Radoslaw "
           "Sikorski had met Japanese Foreign Minister Yoko Kamikawa in Warsaw the day before."),
    ("ru", "Москва, 14 марта 2024 года\n\nМИД Польши сообщил во вторник, что министр иностранных дел Радослав "
           "Сикорский накануне встретился в Варшаве с министром иностранных дел Японии Ёко Камикавой."),
    ("pl", "Warszawa, 14 marca 2024\n\nMSZ poinformowało we wtorek, że minister spraw zagranicznych Radosław "
           "Sikorski spotkał się dzień wcześniej w Warszawie z minister spraw zagranicznych Japonii Yoko Kamikawą."),
    ("uk", "Київ, 14 березня 2024 року\n\nМЗС Польщі повідомило у вівторок, що міністр закордонних справ Радослав "
           "Сікорський напередодні зустрівся у Варшаві з міністеркою закордонних справ Японії Йоко Камікавою."),
    ("de", "Berlin, 14. März 2024\n\nDas polnische Außenministerium teilte am Dienstag mit, dass Außenminister "
           "Radosław Sikorski am Vortag in Warschau die japanische Außenministerin Yoko Kamikawa getroffen habe."),
])
def test_reported_day_before_counts_from_the_telling(code, text):
    assert _date(code, text) == ("2024-03-11", None)


# --- a stay bounded by "until" in a sentence after the arrival's --------------------------------------------------
# "Ryžankov v utorok pricestoval na návštevu do Severnej Kórey … Ryžankov bude v KĽDR pravdepodobne do piatku":
# the stay runs from Tuesday to Friday.

@pytest.mark.parametrize("code,text", [
    ("pl", "Warszawa, 11 marca 2024\n\nPrezydent Andrzej Duda przyleciał w poniedziałek do Tokio z oficjalną "
           "wizytą. Wizyta potrwa do środy."),
    ("ru", "Москва, 11 марта 2024 года\n\nПрезидент Беларуси Александр Лукашенко прибыл в понедельник в Пхеньян с "
           "официальным визитом. Визит продлится до среды."),
    ("sk", "Bratislava 11. marca 2024\n\nPrezident Peter Pellegrini v pondelok pricestoval na oficiálnu návštevu do "
           "Tokia. TASR o tom informuje podľa agentúry Kjodo. Pellegrini zostane v Japonsku do stredy."),
    ("ro", "București, 11 martie 2024\n\nPreședintele Klaus Iohannis a sosit luni la Tokyo într-o vizită oficială. "
           "Iohannis va rămâne în Japonia până miercuri."),
    ("bg", "София, 11 март 2024 г.\n\nПрезидентът Румен Радев пристигна в понеделник в Токио на официално "
           "посещение. Радев ще остане в Япония до сряда."),
    ("hu", "Budapest, 2024. március 11.\n\nSulyok Tamás köztársasági elnök hétfőn hivatalos látogatásra Tokióba "
           "érkezett. Az államfő szerdáig marad Japánban."),
])
def test_stay_bounded_in_the_next_sentence(code, text):
    assert _date(code, text) == ("2024-03-11", "2024-03-13")


@pytest.mark.parametrize("code,text", [
    # the bound is another thing's, not the visit's nor its guest's (guards)
    ("en", "Warsaw, March 11, 2024\n\nPolish President Andrzej Duda arrived in Tokyo on Monday for an official visit. "
           "The exhibition of Polish posters runs until Wednesday."),
    ("pl", "Warszawa, 11 marca 2024\n\nPrezydent Andrzej Duda przyleciał w poniedziałek do Tokio z oficjalną "
           "wizytą. Rozmowy z premierem potrwają do środy."),
])
def test_stay_not_bounded_by_another_thing(code, text):
    assert _date(code, text) == ("2024-03-11", None)
