# Two commands set everything up on a fresh machine (see README.md):
#   make serve   install (pinned, into .venv), run the snippets, serve the site on 127.0.0.1:8000
#   make test    install, then run every test
PYTHON ?= python3
VENV := .venv
INSTALLED := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

APT_INSTALL := $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq

.PHONY: serve test build build-cached clean chromium compiler

$(INSTALLED): pyproject.toml package.json package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --editable ".[test]"
	npm ci --no-audit --no-fund --loglevel=error  # KaTeX, served by the site itself
	touch $@

serve: $(INSTALLED) compiler
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(INSTALLED) compiler chromium
	$(VENV)/bin/python -m pytest

# The browser tests drive Debian's Chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null || { \
	  echo "Chromium is missing: installing Debian's chromium package"; $(APT_INSTALL) chromium; }

# torch.compile on the CPU (the speed chapter) generates C++ and needs a compiler.
compiler:
	@command -v g++ >/dev/null || { echo "g++ is missing: installing Debian's g++ package"; $(APT_INSTALL) g++; }

build: $(INSTALLED) compiler
	$(VENV)/bin/mkdocs build --strict

build-cached: $(INSTALLED)  # build from the cache alone, executing nothing
	SNIPPETS_MODE=cache $(VENV)/bin/mkdocs build --strict

clean:
	rm -rf site .cache/snippets
