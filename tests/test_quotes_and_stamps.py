"""Words inside a quotation are what someone said, not what happened; a weekday and a date joined only
within one sentence and line."""
from __future__ import annotations

import pytest

from extracting import first as _first
from kronika.nlp.dates import find_dates


@pytest.mark.parametrize("code, text", [
    ("en", "Minister: Threats 'must not be allowed'\n\n\"Nobody must be allowed to threaten anybody,\" Foreign "
           "Minister Peter Szijjarto said after talks by phone with Park Jin, his South Korean counterpart, on "
           "Wednesday, 11 October 2023."),
    ("pl", "Minister: „Musimy żądać wycofania wojsk”\n\n„Musimy żądać wycofania wojsk” – powiedział minister "
           "Radosław Sikorski po rozmowie telefonicznej z ministrem spraw zagranicznych Japonii Takeshim "
           "Iwayą w środę 12 marca 2025 r."),
])
def test_a_demand_in_quotes_does_not_type_a_call(code, text):
    ev = _first(text, code)
    assert (ev.type, ev.mode) == ("CONSULT", "phone")


@pytest.mark.parametrize("code, text, kinds", [
    ("en", "late on Wednesday.\n12. October 2023 12:28", ["weekday", "absolute"]),  # a stamp on the next line
    ("pl", "w środę. 12 marca 2024 r. minister", ["weekday", "absolute"]),
    ("en", "on Wednesday, 11 October 2023", ["absolute"]),
    ("en", "Wed. 11 Oct 2023", ["absolute"]),          # a cut-off weekday's full stop ends no sentence
    ("de", "Mi. 13.03.2024", ["absolute"]),
])
def test_a_weekday_joins_a_date_only_in_its_sentence(code, text, kinds):
    assert [d.kind for d in find_dates(text, code)] == kinds


def test_a_stamp_below_the_lead_dates_a_weekday_before_it():
    text = ("Szijjarto: no threats\n\nForeign Minister Peter Szijjarto said on Facebook after talks by phone "
            "with Park Jin, his South Korean counterpart, late on Wednesday.\n12. October 2023 12:28\n\n"
            "The two ministers discussed trade.")
    assert _first(text, "en").date == "2023-10-11"
