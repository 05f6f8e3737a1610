"""Generated reference data equals a rebuild from upstream (as dateparser checks its data)."""
from __future__ import annotations

from kronika import data
from kronika.data import build


def test_city_index_equals_a_rebuild():
    assert build.CITIES_FILE.read_text(encoding="utf-8") == build.dumps(build.build_cities()), \
        "data/generated/cities.json is stale: run `make data` and commit it"


def test_city_index_answers_in_every_spelling():
    names = data.city_names()
    assert names["warszawa"] == "Warsaw" and names["варшава"] == "Warsaw"
    assert data.city_country("Warsaw") == "PL" and data.capital("JP") == "Tokyo"
