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

demo: install
	$(BIN)/kronika extract examples/ --format table

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
