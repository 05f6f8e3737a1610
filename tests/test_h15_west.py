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
