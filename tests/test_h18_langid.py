"""h18 language identification: Japanese prose below an English banner, Serbian Latin beside Slovak and Croatian."""
from __future__ import annotations

import pytest

from kronika.nlp.langid import detect

COOKIES = ("In order to ensure the highest quality of our services, we use small files called cookies. When using our "
           "website, the cookie files are stored on your device and you can change the settings of your browser.\n")


def test_japanese_prose_under_an_english_cookie_notice_is_japanese():
    # Japanese writes no blanks: its lines must count as prose, or the English notice is the whole sample
    text = COOKIES + ("戻る\n\n2025年5月13日、在日ハンガリー大使館において建国記念日のレセプションが開催され、"
                      "外務副大臣が出席して両国の友好関係の一層の発展を祈念する挨拶を行いました。\n")
    assert detect(text) == "ja"


def test_serbian_with_sa_many_times_is_not_slovak():
    # Serbian "sa" (with) is Slovak's reflexive "sa": one small word repeated must not decide the text
    text = ("Predsednica grupe prijateljstva sa Japanom razgovarala je sa ambasadorom Japana. Sastanku sa "
            "ambasadorom prisustvovali su i poslanici, koji su sa gostom govorili o saradnji sa japanskim "
            "kompanijama i o razmeni studenata sa univerzitetima u Tokiju i Osaki.")
    assert detect(text) == "sr"


def test_ekavian_serbian_latin_is_not_croatian():
    # "kazao" is written in Belgrade as in Zagreb; the ekavian reflex (poseti, reč, uvek) is Serbian
    text = ("Predsednik je kazao da je iskoristio priliku da zamoli japanskog premijera da poseti Beograd. Kako je "
            "kazao, reč je o prijateljskoj zemlji koja je uvek bila uz nas, i verujem da će razmotriti dolazak "
            "na proleće, kazao je on novinarima.")
    assert detect(text) == "sr"


def test_ijekavian_serbian_of_bosnia_is_serbian():
    # the Serbian of Bosnia writes ije (sjedište, gdje) like Croatian, but its words are Serbian (privreda, ambasador)
    text = ("Gradonačelnik Bijeljine sastao se danas sa ambasadorom Japana u BiH, čije je sjedište u Sarajevu. "
            "Razgovarali su o razvoju privrede, izgradnji autoputa i dolasku stranih investitora, a gradonačelnik "
            "je prezentovao potencijale grada gdje su otvorena nova radna mjesta.")
    assert detect(text) == "sr"


@pytest.mark.parametrize("code,text", [
    ("hr", "Predsjednik je kazao da je veleposlanik Japana tijekom posjeta razgovarao o gospodarskoj suradnji, a "
           "ministrica je istaknula da će se sastanak nastaviti idućeg tjedna u Zagrebu uz sudjelovanje tvrtki."),
    ("sk", "Minister sa stretol s veľvyslancom Japonska, s ktorým sa rozprával o spolupráci. Rokovanie sa "
           "uskutočnilo na ministerstve, kde sa hovorilo aj o investíciách, uviedol hovorca rezortu."),
])
def test_croatian_and_slovak_stay_themselves(code, text):
    # guards (pass on the parent too)
    assert detect(text) == code
