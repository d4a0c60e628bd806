# Everything an editor or developer runs. `make serve` and `make test` set up a fresh machine themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
BROWSER_PACKAGES := chromium fonts-lohit-beng-bengali fonts-dejavu-core
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test check bench install browser java status new-page linkcheck-external clean help cards

serve: install ## Build the site and serve it on http://127.0.0.1:8000/carers-guides/ with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

test: install node_modules/.installed browser java ## Build the real site (strict) and run every test, browser tests included
	$(BIN)/python -m pytest

check: install ## Check every page (front matter, links, translations, videos, safety) in seconds, without a build
	@$(BIN)/python -m scripts.checks

new-page: install ## Start a page in all four languages: make new-page SECTION=support TITLE="Money worries"
	$(BIN)/python -m scripts.new_page $(if $(SECTION),--section "$(SECTION)") $(if $(TITLE),--title "$(TITLE)")

status: install ## Translation status of every page in every language (add JSON=1 for JSON)
	$(BIN)/python -m scripts.translation_status list-status $(if $(JSON),--json)

review-page: install ## A fluent speaker marks a translation checked: make review-page TRANSLATION=cy PAGE=transitions/leaving-hospital.md BY="Name"
	$(BIN)/python -m scripts.translation_review mark-reviewed "$(TRANSLATION)" "$(PAGE)" --by "$(BY)" $(if $(ON),--on "$(ON)")

linkcheck-external: install ## Check links to other websites (needs internet; not part of make test)
	$(BIN)/mkdocs build --quiet --site-dir .linkcheck-site
	$(BIN)/linkchecker --check-extern --no-robots --no-status .linkcheck-site/index.html; status=$$?; rm -rf .linkcheck-site; exit $$status

bench: install node_modules/.installed browser ## Print build time, page weight and request counts
	$(BIN)/python -m scripts.bench

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	# --ignore-scripts: vnu-jar's install script would download a Java runtime; we use Debian's (make java).
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# Debian's Chromium drives the browser tests (Playwright's own browser download does not work here).
# The fonts matter too (Bengali shaping in the print and card tests), so a Debian machine with Chromium but
# without them still gets them.
browser:
	@if [ -x "$(CHROMIUM)" ] && { ! command -v dpkg >/dev/null || dpkg -s $(BROWSER_PACKAGES) >/dev/null 2>&1; }; then exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's Chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; \
	else \
	  echo "The browser tests need Debian's Chromium. Install it with:" >&2; \
	  echo "  sudo apt-get install -y $(BROWSER_PACKAGES)" >&2; exit 1; \
	fi

# Java runs the W3C Nu Html Checker (node_modules/vnu-jar) over every built page in the tests.
JAVA_PACKAGES := default-jre-headless
java:
	@if command -v java >/dev/null; then exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's Java for the HTML checker"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(JAVA_PACKAGES) >/dev/null; \
	else \
	  echo "The HTML validity test needs Java. Install it with:" >&2; \
	  echo "  sudo apt-get install -y $(JAVA_PACKAGES)" >&2; exit 1; \
	fi

cards: install browser ## Redraw the shared-link cards (overrides/assets/images/share-<lang>.png) after a site name changes
	$(BIN)/python -m scripts.share_cards

clean:
	rm -rf site .linkcheck-site

help:
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' 
