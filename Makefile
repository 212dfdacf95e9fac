# Gongbao — two commands do everything on a fresh machine: `make site` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

# BASE_URL: the address the site is published at (default: the setting site.url of gongbao.toml).
BASE_URL ?=
# SIZES: the corpus sizes (documents) the benchmark builds.
SIZES ?= 50,500,5000

.PHONY: site serve test golden bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

## site: set up .venv, parse the bundled gazettes, write the datasets and the bilingual site into site/
site: $(STAMP)
	$(BIN)/gongbao summary
	$(BIN)/gongbao build --out site $(if $(BASE_URL),--base-url $(BASE_URL))

## serve: preview the built site at http://127.0.0.1:8000/
serve: site
	$(BIN)/python -m http.server --directory site --bind 127.0.0.1 8000

# The browser tests drive Debian's chromium (CHROMIUM=… for another, as CI does); CJK fonts so
# that screenshots show Chinese.
CHROMIUM ?= /usr/bin/chromium
/usr/bin/chromium:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk

## test: set up .venv when missing, install chromium when missing, and run the test suite
test: $(STAMP) $(CHROMIUM)
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest -q -n auto --dist loadfile

## golden: refresh the golden snapshots in tests/golden/ (review the diff before committing)
golden: $(STAMP)
	$(BIN)/python -m tests.golden

## bench: build synthetic corpora of SIZES documents and time every stage (benchmarks/results.json)
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run --sizes $(SIZES)

clean:
	rm -rf $(VENV) site build .cache .pytest_cache .hypothesis
