# Every command a person or CI runs. The venv is made from the hashed lock and nothing else.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
FORMAT ?= text
HOST ?= 127.0.0.1:8000

.PHONY: serve build test validate bench bench-validate diff deploy rollback clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: requirements/site.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/site.txt
	touch $@

$(VENV)/.dev-installed: requirements/dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.txt
	touch $@ $(VENV)/.site-installed

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict --quiet --site-dir "$$(mktemp -d)"
	$(BIN)/mkdocs serve --strict --dev-addr $(HOST)

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict --clean --site-dir site

validate: $(VENV)/.site-installed
	$(BIN)/python -m campaign validate --format $(FORMAT) data

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest

bench-validate: $(VENV)/.site-installed
	$(BIN)/python bench/validate.py

clean:
	rm -rf site $(VENV) .pytest_cache .hypothesis
