# Two commands set everything up on a fresh machine (see README.md):
#   make serve   install (pinned, into .venv), run the snippets, serve the site on 127.0.0.1:8000
#   make test    install, then run every test
PYTHON ?= python3
VENV := .venv
INSTALLED := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build build-cached clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --editable ".[test]"
	touch $@

serve: $(INSTALLED)
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(INSTALLED)
	$(VENV)/bin/python -m pytest

build: $(INSTALLED)
	$(VENV)/bin/mkdocs build --strict

build-cached: $(INSTALLED)  # build from the cache alone, executing nothing
	SNIPPETS_MODE=cache $(VENV)/bin/mkdocs build --strict

clean:
	rm -rf site .cache/snippets
