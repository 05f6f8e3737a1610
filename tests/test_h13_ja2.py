"""h13 ja2 (probe-derived mechanisms only): a recalled month does not date the news; a date line alone is a stamp."""
import pytest

pytest.importorskip("fugashi")

from kronika.events.document import extract_document
from kronika.model import Document

DIARY = ("活動日記\n\n2024.03.09\n姉妹都市のプラハ市から、市長らご一行がご入洛。駐日チェコ大使もご一緒で、議長や多くの職員とともに"
         "お迎えしました。\n\n{month}には市民の皆様と共にプラハ市を訪問し、記念公演など様々な事業を通じて友好を深めました。"
         "市長らと文化芸術、環境政策、観光などについて意見交換しました。\n")


def test_a_month_of_last_year_recalled_in_the_lead_does_not_date_the_news():
    """'昨年6月には…訪問し' in a diary entry of 9 March: a contact it recalls; the entry's own day is the news."""
    doc = extract_document(Document(id="t", text=DIARY.format(month="昨年6月"), language="ja"))
    assert (doc.events[0].date, doc.events[0].date_precision) == ("2024-03-09", "day")
    assert ("2023-06-01", "month") in [(e.date, e.date_precision) for e in doc.events[1:]]


def test_a_recent_month_with_no_day_still_dates_the_event():
    """Guard: last month ('先月') is recent enough to be the news's own time."""
    doc = extract_document(Document(id="t", text=DIARY.format(month="先月"), language="ja"))
    assert (doc.events[0].date, doc.events[0].date_precision) == ("2024-02-01", "month")


def test_the_pages_date_line_under_the_headline_is_no_meeting_of_its_own():
    """A MOFA page dated 平成29年2月23日 about talks on 20 February: its date line, alone on its line under
    the headline that names the talks, is the page's stamp, not a second meeting on the 23rd."""
    text = ("チェコ共和国\n上川外務副大臣とカウツキー・チェコ共和国外務副大臣との会談\n平成29年2月23日\n"
            "2月20日,上川外務副大臣は,ルカーシュ・カウツキー・チェコ共和国外務副大臣と会談したところ,概要は以下のとおりです。\n"
            "1 冒頭,上川副大臣から,日・チェコ国交回復60周年という記念すべき年におけるカウツキー副大臣の訪日を歓迎しました。"
            "これに対し,カウツキー副大臣からは,日本側の温かい歓迎に謝意を表しました。\n"
            "2 両副大臣は,経済・人的交流の更なる強化に向けて意見を交わし,協力を進めていくことで一致しました。\n")
    doc = extract_document(Document(id="t", text=text, language="ja"))
    assert doc.events[0].date == "2017-02-20"
    assert "2017-02-23" not in [e.date for e in doc.events]
