# Everything an editor or developer runs. `make serve` and `make test` set up a fresh machine themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
BROWSER_PACKAGES := chromium fonts-lohit-beng-bengali
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test check bench install browser status new-page linkcheck-external clean

serve: install ## Build the site and serve it on http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

test: install node_modules/.installed browser ## Build the real site (strict) and run every test, browser tests included
	$(BIN)/python -m pytest

bench: install node_modules/.installed browser ## Print build time, page weight and request counts
	$(BIN)/python -m scripts.bench

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Debian's Chromium drives the browser tests (Playwright's own browser download does not work here).
browser:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's Chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; \
	else \
	  echo "The browser tests need Debian's Chromium. Install it with:" >&2; \
	  echo "  sudo apt-get install -y $(BROWSER_PACKAGES)" >&2; exit 1; \
	fi

clean:
	rm -rf site .bench
