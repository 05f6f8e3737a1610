"""h13 ja2 (probe-derived mechanisms only): a recalled month does not date the news; a date line alone is a stamp."""
import datetime as dt
import os
import sys

import pytest

pytest.importorskip("fugashi")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from kronika.events.document import extract_document  # noqa: E402
from kronika.model import Document  # noqa: E402

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
