# Kronika: every target sets itself up on a fresh machine.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
EXTRAS  ?= pdf,web,postgres,dev

.PHONY: install demo test bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

DEMO_DB := out/demo.db

demo: install
	$(BIN)/kronika extract examples/ --format table
	mkdir -p out && rm -f $(DEMO_DB)*
	$(BIN)/kronika add --db $(DEMO_DB) examples/
	@for fmt in md html docx pdf; do \
	    $(BIN)/kronika report --db $(DEMO_DB) --profile japan-cee --month 2025-05 --format $$fmt \
	        -o out/report-japan-cee-2025-05.$$fmt || exit 1; done

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/store.py

eval: install
	$(BIN)/python $(SHARED)/eval/score.py --gold $(SHARED)/corpus/dev --gold $(SHARED)/corpus/seeds \
	    --cmd "$(BIN)/kronika extract --format jsonl" --show

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache out
