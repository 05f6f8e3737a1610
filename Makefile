# Kronika: every target sets itself up on a fresh machine.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
EXTRAS  ?= pdf,web,postgres,dist,dev,cjk

.PHONY: install demo test test-minimal bench eval data screenshots serve clean fuzz

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

DEMO_DB := out/demo.db

# The demo never deletes its database: `make serve` opens it, with accounts and corrections.
# Adding is idempotent and re-extraction keeps every field an analyst changed.
demo: install
	$(BIN)/kronika extract examples/ --format table
	mkdir -p out
	$(BIN)/kronika add --db $(DEMO_DB) examples/
	$(BIN)/kronika reextract --all --db $(DEMO_DB)
	@for fmt in md html docx pdf; do \
	    $(BIN)/kronika report --db $(DEMO_DB) --profile east-asia-cee --month 2025-05 --format $$fmt \
	        -o out/report-east-asia-cee-2025-05.$$fmt || exit 1; done

test: install
	$(BIN)/python -m pytest -q -n 2 --dist loadscope --no-loadscope-reorder  # two processes (the 2-core machines we run on), each given whole modules in conftest.SLOW_FIRST order

FUZZ_EXAMPLES ?= 200
fuzz: install  # the per-format fuzz test of `kronika add`, longer: FUZZ_EXAMPLES cases per format and store
	KRONIKA_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_hardening_store.py -k fuzz

# The core alone, without extras: extraction must work on the smallest install.
MIN_VENV := .venv-min
CORE_TESTS := tests/test_extract.py tests/test_dates.py tests/test_lang_data.py tests/test_ingest.py \
              tests/test_langid.py tests/test_data_integrity.py tests/test_articles.py tests/test_docs.py
test-minimal:
	test -x $(MIN_VENV)/bin/python || $(PY) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/pip install --quiet --upgrade pip
	$(MIN_VENV)/bin/pip install --quiet -e . pytest
	$(MIN_VENV)/bin/python -m pytest -q $(CORE_TESTS)

bench: install
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/run.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/web.py
	$(BIN)/python bench/backfill.py

eval: install
	$(BIN)/python bench/quality.py --json out/quality.json

# Generated reference data (src/kronika/data/generated/), rebuilt from upstream packages.
data: install
	$(BIN)/python -m kronika.data.build

screenshots: demo  # the workspace's pages, and page 2 of the demo report's PDF (poppler's pdftoppm)
	KRONIKA_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_e2e_browser.py tests/test_report_drafts_browser.py
	pdftoppm -png -r 80 -f 2 -l 2 -singlefile out/report-east-asia-cee-2025-05.pdf docs/report-page

serve: install
	$(BIN)/kronika serve --db $(DEMO_DB)

clean:
	rm -rf $(VENV) $(MIN_VENV) build src/*.egg-info .pytest_cache out
