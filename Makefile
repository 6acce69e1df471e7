# Newsroom: the two set-up commands are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev browser-deps migrate seed lint format bench bench-wagtail wrk eval-import clean screenshots lighthouse

# Runtime dependencies, reinstalled when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Runtime and development dependencies.
$(VENV)/.installed-dev: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py import_articles seeds/

run: seed
	$(BIN)/python manage.py ensure_superuser
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# What the browser tests need besides Python: Debian's Chromium (never a
# downloaded browser) and axe-core from the npm registry.
browser-deps: node_modules/.installed
	test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

test: install-dev browser-deps
	$(BIN)/python -m pytest

# PNGs of the public pages (desktop and phone) and the admin's article form for
# README, from a throwaway database with seeds/ imported.
screenshots: install-dev browser-deps
	$(BIN)/python tools/screenshots.py

# Lighthouse's performance score (mobile profile) of an article with a hero image,
# served as production serves it; writes bench/results/lighthouse.json. A benchmark,
# not a test. Lighthouse comes from the npm registry, the browser is Debian's Chromium.
lighthouse: install browser-deps
	$(BIN)/python bench/lighthouse.py $(ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Cold pages at 1,000, 10,000 and 100,000 demo articles, cached pages, a realistic
# day (gunicorn, wrk); BENCH_QUICK=1 for a short run. Uses DATABASE_URL/REDIS_URL when
# set. Then the cold pages beside Wagtail's, and the import benchmark.
bench: install wrk
	$(BIN)/python bench/run.py
	$(BIN)/python bench/day.py
	$(MAKE) bench-wagtail
	test ! -f bench/import_bench.py || $(BIN)/python bench/import_bench.py $(if $(filter-out 0,$(BENCH_QUICK)),--quick)

# Newsroom's cold news list and article beside a small Wagtail site's (bench/wagtail/,
# run from its own virtualenv in bench/work/), in one run: bench/results/wagtail.json.
bench-wagtail: install wrk
	$(BIN)/python bench/compare_wagtail.py

wrk:
	command -v wrk >/dev/null || apt-get install -y wrk || (apt-get update && apt-get install -y wrk)

# How well the importer understands press texts: seeds, the development set and the
# project's corpus (tests/data/), scored per set and per language; writes
# bench/results/import-quality.json. ARGS=--raise-floor lifts the test's floors, ARGS=-v
# prints a line per file.
eval-import: install
	$(BIN)/python bench/eval_import.py $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis staticfiles
