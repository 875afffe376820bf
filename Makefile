# One command per task. `make run` starts the dashboard, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint bench install install-dev chromium clean

# Debian and Ubuntu ship venv's pip bootstrap separately (python3-venv): install it if needed.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV) && $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv >/dev/null && \
	  $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps: reinstall only when a requirements file changed.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Debian's chromium, for the browser tests and for server-side PNG/SVG export.
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# The store (data/local/crisis.sqlite, or $$DATABASE_URL) is set up here: migrated, the
# curated events of every crisis pack (data/crises/*/events/) loaded, the articles of data/articles/ extracted into it,
# so the dashboard's first start only reads it (a bad row or article is reported, and shown
# again by the dashboard, but does not stop it). Loading again changes nothing.
PREPARED := .cache/extracted/.prepared
$(PREPARED): $(wildcard data/articles/* data/crises/* data/crises/*/* data/crises/*/events/* data/lexicons/* dashboard/extract/*.py \
             data/*.csv dashboard/db/migrations/versions/*.py) | $(VENV)/.installed
	-$(BIN)/python -m dashboard prepare
	@mkdir -p $(@D) && touch $@

run: install $(PREPARED)
	$(BIN)/streamlit run serve.py --server.address 127.0.0.1 --server.port 8501

# The store's tests run on SQLite and on a throw-away PostgreSQL that this starts and stops.
test: install-dev chromium
	bash .ci/with-postgres.sh $(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .

bench: install
	$(BIN)/python benchmarks/bench_dashboard.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_load.py
	bash .ci/with-postgres.sh $(BIN)/python benchmarks/bench_store.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .cache
