"""Events and places told anywhere in a text (issue 9, session h10): a headline or a menu line is no recalled
contact (the one-sentence-paragraph contact itself was reverted: odd recall rose, even did not move)."""
from __future__ import annotations

import pytest

from kronika.events.document import extract_document
from kronika.model import Document
from extracting import events


def dated(text: str, lang: str, published: str) -> list[tuple[str, str]]:
    return [(e.date, e.date_precision) for e in events(text, lang, published)]


@pytest.mark.parametrize("lang,published,text", [
    ("pl", "2023-09-08",
     "Minister spraw zagranicznych Jan Kowalski spotkał się 8 września 2023 roku w Warszawie z ministrem spraw "
     "zagranicznych Japonii Taro Yamadą. Ministrowie rozmawiali o współpracy gospodarczej i bezpieczeństwie.\n\n"
     "Wizyta ministra Kowalskiego w Japonii w maju 2023 roku\n"),
    ("en", "2023-09-08",
     "Foreign Minister Jan Kowalski met Japanese Foreign Minister Taro Yamada in Warsaw on 8 September 2023. "
     "The ministers discussed economic cooperation, security in Europe and Asia and support for Ukraine.\n\n"
     "Related: Kowalski visits Japan, May 2023\n"),
])
def test_a_headline_line_without_a_full_stop_is_no_recalled_contact(lang, published, text):
    assert len(events(text, lang, published)) == 1


@pytest.mark.parametrize("lang,published,text", [
    ("ja", "2018-05-31",
     "ロシアのラブロフ外相は31日、平壌に到着し、北朝鮮の李容浩外相と会談した。両外相は朝鮮半島の非核化や"
     "経済協力について意見を交わし、今後も緊密に連携していくことで一致した。\n\n"
     "ロシア外相の北朝鮮訪問は2009年以降、初めてだ。"),
    ("ko", "2018-05-31",
     "세르게이 라브로프 러시아 외무장관이 31일 평양에 도착해 리용호 북한 외무상과 회담했다. 두 장관은 한반도 "
     "비핵화와 경제 협력 문제를 논의하고 앞으로도 긴밀히 협력하기로 했다.\n\n"
     "러시아 외무장관의 북한 방문은 2009년 이후 처음이다."),
    ("en", "2018-05-31",
     "Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on 31 May and held talks with North Korean "
     "Foreign Minister Ri Yong-ho on denuclearisation and economic cooperation.\n\n"
     "It is the first visit by a Russian foreign minister to North Korea since 2009."),
])
def test_a_date_the_first_visit_since_is_no_contact(lang, published, text):
    # the SINCE word follows the date where postpositions follow their noun (ja, ko), precedes it elsewhere
    assert ("2009-01-01", "year") not in dated(text, lang, published)


def main_event(text: str, lang: str, published: str | None = None):
    evs = extract_document(Document(id="t", text=text, published=published), language=lang).events
    assert evs, f"no event in {text!r}"
    return evs[0]


@pytest.mark.parametrize("lang,text,capital", [
    ("bg", "Външният министър Мария Петрова се срещна с японския си колега Таро Коно, който е на официално "
           "посещение у нас. Двамата обсъдиха икономическото сътрудничество и сигурността в региона.", "Sofia"),
    ("pl", "Minister spraw zagranicznych Jan Kowalski rozmawiał z japońskim ministrem spraw zagranicznych Taro "
           "Kono, który przebywa z oficjalną wizytą w naszym kraju. Rozmowy dotyczyły współpracy gospodarczej.",
     "Warsaw"),
    ("en", "Croatian Foreign Minister Ana Horvat held talks with Japanese Foreign Minister Taro Kono, who is on "
           "an official visit to Croatia. The ministers discussed economic cooperation and the situation in the Western "
           "Balkans.", "Zagreb"),
])
def test_a_host_minister_receiving_a_foreign_official_meets_in_the_capital(lang, text, capital):
    # no city named: the host's minister receives a visiting official (not only an envoy) in the capital
    assert main_event(text, lang).location.city == capital


@pytest.mark.parametrize("lang,text,city", [
    ("et", "Jaapani peaminister Shinzo Abe kohtus 10. veebruaril Eesti Vabariigi peaministri Jüri Ratasega, kes "
           "on Jaapanis ametlikul visiidil. Kohtumisel arutati majandussuhteid ja kultuurivahetust.", "Tokyo"),
    ("lt", "Lietuvos Respublikos Prezidentas Gitanas Nausėda, lankydamasis Japonijoje, susitiko su Japonijos "
           "ministru pirmininku Fumio Kishida. Aptartas ekonominis bendradarbiavimas ir saugumas.", "Tokyo"),
    ("lv", "Valsts prezidents Egils Levits, uzturoties vizītē Japānā, tikās ar Japānas premjerministru Fumio "
           "Kišidu. Sarunā tika pārrunāta ekonomiskā sadarbība un drošība reģionā.", "Tokyo"),
    ("hu", "Orbán Viktor miniszterelnök Japánban hivatalos látogatáson tárgyalt Kisida Fumio japán "
           "miniszterelnökkel a gazdasági együttműködésről és a biztonságról.", "Tokyo"),
])
def test_a_state_in_a_locative_case_hosts_where_case_marks_place(lang, text, city):
    # "Jaapanis", "Japonijoje", "Japānā", "Japánban": the host is the state named in the locative, not the press's own
    assert main_event(text, lang).location.city == city


def test_people_are_not_sent_elsewhere_on_an_inferred_capital():
    # the host's capital is inferred (Tokyo); "Riigikogu" in another participant's title is no evidence that
    # she met them in Tallinn
    text = ("Jaapani peaminister Shinzo Abe kohtus 10. veebruaril Eesti Vabariigi peaministri Jüri Ratasega, kes "
            "on Jaapanis ametlikul visiidil. Kohtumisel osalesid Jaapani poolelt haridusminister Koichi Hagiuda "
            "ning Eesti poolelt haridus- ja teadusminister Mailis Reps ja Riigikogu Eesti-Jaapani "
            "parlamendirühma esimees Kaido Höövelson.")
    ev = main_event(text, "et", "2020-02-10")
    assert "Mailis Reps" in [p.name for p in ev.persons]


@pytest.mark.parametrize("lang,text,city", [
    ("ko", "[서울=뉴시스] 홍길동 기자 = 문재인 대통령의 헝가리 국빈 방문을 수행하고 있는 정의용 외교부 장관은 3일 페테르 "
           "씨야르토 헝가리 외교장관을 면담했다. 양측은 전략적 동반자 관계 격상을 환영했다.", "Budapest"),
    ("ko", "(서울=연합뉴스) 홍길동 기자 = 정의용 외교부 장관은 헝가리를 찾아 3일 페테르 씨야르토 헝가리 외교장관과 "
           "회담했다. 양측은 전략적 동반자 관계 격상을 환영했다.", "Budapest"),
])
def test_an_agencys_bracketed_dateline_is_not_where_a_visit_went(lang, text, city):
    # "[서울=뉴시스]" is where the report was written; "헝가리를 찾아", "헝가리 국빈 방문": the verb follows its object
    assert main_event(text, lang, "2021-11-04").location.city == city


@pytest.mark.parametrize("lang,text,city", [
    ("ko", "[서울=뉴시스] 홍길동 기자 = 강경화 외교부 장관은 27일 페테르 씨야르토 헝가리 외교장관과 회담하고 코로나19 "
           "협력 방안을 논의했다.", "Seoul"),
    ("ja", "【ワルシャワ=共同】岸田文雄外相は29日、ポーランドのラウ外相と会談し、ウクライナ情勢について意見を交わした。",
     "Warsaw"),
])
def test_a_bracketed_dateline_still_places_an_event_the_text_places_nowhere_else(lang, text, city):
    assert main_event(text, lang, "2021-11-04").location.city == city


CAPITAL_PHRASES = [
    ("pl", "Minister spraw zagranicznych Jan Kowalski spotkał się wczoraj w stolicy Japonii z ministrem spraw "
           "zagranicznych Japonii Taro Kono. Rozmawiali o współpracy gospodarczej."),
    ("et", "Välisminister Urmas Reinsalu kohtus eile Jaapani pealinnas Jaapani välisministri Taro Konoga. "
           "Arutati majanduskoostööd."),
    ("hu", "Szijjártó Péter külügyminiszter tegnap a japán fővárosban tárgyalt Kono Taro japán külügyminiszterrel "
           "a gazdasági együttműködésről."),
    ("ro", "Ministrul afacerilor externe Bogdan Aurescu s-a întâlnit ieri în capitala Japoniei cu ministrul "
           "afacerilor externe al Japoniei, Taro Kono. Cei doi au discutat despre cooperarea economică."),
    ("lt", "Užsienio reikalų ministras Gabrielius Landsbergis vakar Japonijos sostinėje susitiko su Japonijos "
           "užsienio reikalų ministru Taro Kono. Aptartas ekonominis bendradarbiavimas."),
    ("lv", "Ārlietu ministrs Edgars Rinkēvičs vakar Japānas galvaspilsētā tikās ar Japānas ārlietu ministru "
           "Taro Kono. Tika pārrunāta ekonomiskā sadarbība."),
    ("en", "Croatian Foreign Minister Ivan Horvat met Japanese Foreign Minister Taro Kono in the Japanese capital "
           "on Monday. They discussed economic cooperation."),
    ("de", "Außenminister Hans Müller traf am Montag in der japanischen Hauptstadt den japanischen Außenminister "
           "Taro Kono. Sie sprachen über wirtschaftliche Zusammenarbeit."),
]


@pytest.mark.parametrize("lang,text", CAPITAL_PHRASES, ids=[c[0] for c in CAPITAL_PHRASES])
def test_the_capital_of_a_state_named_by_phrase_is_its_capital_city(lang, text):
    # "w stolicy Japonii", "Jaapani pealinnas", "in the Japanese capital": Tokyo, with the phrase as evidence
    loc = main_event(text, lang, "2019-08-14").location
    assert (loc.city, loc.country) == ("Tokyo", "JP") and loc.evidence


@pytest.mark.parametrize("lang,text", [
    ("pl", "Minister spraw zagranicznych Jan Kowalski przyjął w czwartek w Warszawie ambasadora Japonii. "
           "Rozmawiano o napływie japońskiego kapitału i o stolicy jako miejscu inwestycji."),
    ("en", "Croatian Foreign Minister Ivan Horvat met the Japanese ambassador in Zagreb on Monday. They discussed "
           "the inflow of Japanese capital into Croatia."),
])
def test_a_capital_noun_without_its_state_or_capital_as_money_moves_no_event(lang, text):
    assert main_event(text, lang, "2019-08-14").location.city in ("Warsaw", "Zagreb")


@pytest.mark.parametrize("lang,text,city", [
    ("ko", "박진 외교부 장관은 방일 중 15일 하야시 요시마사 일본 외무상과 회담을 갖고 양국 관계 개선 방안을 논의했다.", "Tokyo"),
    ("ja", "訪韓中の林芳正外相は15日、朴振外相と会談し、両国関係の改善について協議した。", "Seoul"),
    ("ko", "박진 외교부 장관은 15일 방한 중인 하야시 요시마사 일본 외무상과 회담을 갖고 양국 관계 개선 방안을 논의했다.", "Seoul"),
])
def test_a_visit_word_that_names_its_destination_says_where(lang, text, city):
    # "방일" (visit to Japan), "訪韓" (visit to Korea): the destination is in the word, not the press's home
    assert main_event(text, lang, "2023-05-15").location.city == city


@pytest.mark.parametrize("lang,text,city", [
    ("ru", "В Мадриде на форуме «Азия-Европа» провели переговоры министр иностранных дел Болгарии Екатерина "
           "Захариева и ее южнокорейская коллега Кан Ген Хва.\n\n«Наша встреча – это возможность обдумать, как "
           "развить результаты визита премьер-министра в Сеуле в сентябре и привлечь новые инвестиции в нашу "
           "страну», - заявила Захариева.", "Madrid"),
    ("pl", "W Madrycie podczas forum Azja-Europa rozmawiali minister spraw zagranicznych Bułgarii Ekaterina "
           "Zaharieva i minister spraw zagranicznych Korei Kang Kyung-wha.\n\n„Nasze spotkanie to okazja, by "
           "rozwinąć wyniki wizyty premiera w Seulu we wrześniu i przyciągnąć nowe inwestycje do naszego "
           "kraju” – powiedziała Zaharieva.", "Madrid"),
    ("en", "Bulgarian Foreign Minister Ekaterina Zaharieva and her South Korean counterpart Kang Kyung-wha held "
           "talks in Madrid at the Asia-Europe meeting.\n\n\"Our meeting builds on the results of the prime "
           "minister's visit to Seoul in September and on new investment in our country,\" Zaharieva said.",
     "Madrid"),
])
def test_a_visit_someone_speaks_of_in_a_quotation_is_not_where_the_event_is(lang, text, city):
    assert main_event(text, lang).location.city == city


ENVOY_POSTS = [
    ("bg", "Кметът на Пловдив Костадин Димитров прие посланика на Япония в София Хисаши Мичигами. Двамата "
           "обсъдиха инвестициите и културния обмен.", "Plovdiv"),
    ("en", "The Mayor of Brno Markéta Vaňková received the Ambassador of Japan in Prague Hideo Suzuki. They "
           "discussed investment and cultural exchanges.", "Brno"),
    ("hr", "Gradonačelnik Splita Ivica Puljak primio je veleposlanika Japana u Zagrebu Yoshiju Tamuru. Razgovarali "
           "su o turizmu i ulaganjima.", "Split"),
    ("cs", "Primátorka Brna Markéta Vaňková přijala velvyslance Japonska v Praze Hidea Suzukiho. Hovořili o "
           "investicích a kulturní výměně.", "Brno"),
    ("pl", "Prezydent Krakowa Jacek Majchrowski przyjął ambasadora Japonii w Warszawie Akio Miyajimę. Rozmawiano "
           "o współpracy kulturalnej i inwestycjach.", "Kraków"),
]


@pytest.mark.parametrize("lang,text,city", ENVOY_POSTS, ids=[c[0] for c in ENVOY_POSTS])
def test_an_envoys_posting_is_not_where_a_mayor_receives_him(lang, text, city):
    # "посланика на Япония в София": the city of his posting qualifies the envoy; the mayor hosts in his town
    # (a title holding its town, "Prezydent Krakowa", names it too)
    assert main_event(text, lang, "2023-05-15").location.city == city
