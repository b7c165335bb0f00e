# Two commands set everything up on a fresh machine (see README.md):
#   make serve   install (pinned, into .venv), run the snippets, serve the site on 127.0.0.1:8000
#   make test    install, then run every test, with no network (see "test" below)
PYTHON ?= python3
VENV := .venv
INSTALLED := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

NOT_ROOT := $(shell [ "$$(id -u)" = 0 ] || echo yes)
SUDO := $(if $(NOT_ROOT),sudo)

APT_INSTALL := $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq

.PHONY: install serve test build build-cached clean chromium compiler netns-tools zensical

$(INSTALLED): pyproject.toml package.json package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --editable ".[test]"
	npm ci --no-audit --no-fund --loglevel=error  # KaTeX, served by the site itself
	touch $@

install: $(INSTALLED) compiler

serve: $(INSTALLED) compiler
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

# The install steps above need the package indexes; the tests must not need any
# network. They run in a new network namespace where only loopback is up (the
# browser tests serve the site on 127.0.0.1), with TESTS_NETWORK=none set there
# (tests/test_offline.py checks it). Root needs no user namespace for it; anyone
# else gets one in which they are root. Where that is impossible (not Linux, not
# permitted, no `ip`), the tests run with the machine's network, and say so.
# PYTEST_ARGS passes arguments to pytest: make test PYTEST_ARGS=tests/test_offline.py
# Two pytest workers (pytest-xdist): one runs the suite in order (the snippets, the notebooks, the
# site and every test that reads them: tests/conftest.py makes them one scope), the other the
# runner's own tests, which mostly wait on the small processes they start. TEST_WORKERS=0: one process.
TEST_WORKERS ?= 2
PYTEST := $(VENV)/bin/python -m pytest --numprocesses $(TEST_WORKERS) --dist loadscope $(PYTEST_ARGS)
UNSHARE := $(strip unshare --net $(if $(NOT_ROOT),--map-root-user))

test: $(INSTALLED) compiler chromium netns-tools
	@if $(UNSHARE) ip link set lo up 2>/dev/null; then \
	  echo "make test: pytest runs in a network namespace with only loopback up (TESTS_NETWORK=none)"; \
	  TESTS_NETWORK=none exec $(UNSHARE) sh -c 'ip link set lo up && exec $(PYTEST)'; \
	else \
	  echo "make test: the tests run WITHOUT network isolation ('$(UNSHARE) ip link set lo up' failed)"; \
	  exec env -u TESTS_NETWORK $(PYTEST); \
	fi

# The browser tests drive Debian's Chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null || { \
	  echo "Chromium is missing: installing Debian's chromium package"; $(APT_INSTALL) chromium; }

# `ip` brings loopback up inside the tests' network namespace (Linux only).
netns-tools:
	@[ "$$(uname -s)" != Linux ] || command -v ip >/dev/null || ! command -v apt-get >/dev/null || { \
	  echo "ip is missing: installing Debian's iproute2 package"; $(APT_INSTALL) iproute2; }

# torch.compile on the CPU (the speed chapter) generates C++ and needs a compiler.
compiler:
	@command -v g++ >/dev/null || { echo "g++ is missing: installing Debian's g++ package"; $(APT_INSTALL) g++; }

# The same site built by Zensical (docs/contributing.md), in a scratch copy of docs/ and
# mkdocs.yml: `zensical build --clean` deletes the whole .cache/ folder, the snippet cache with it.
zensical: $(INSTALLED) compiler
	rm -rf .zensical && mkdir .zensical && cp -R docs mkdocs.yml .zensical/
	find .zensical/docs -name '*.zh.md' -delete  # the Chinese edition needs MkDocs' i18n plugin
	cd .zensical && ../$(VENV)/bin/python -m zensical build --strict
	@echo "Zensical's build of the site is in .zensical/site/"

build: $(INSTALLED) compiler
	$(VENV)/bin/mkdocs build --strict

build-cached: $(INSTALLED)  # build from the cache alone, executing nothing
	SNIPPETS_MODE=cache $(VENV)/bin/mkdocs build --strict

clean:
	rm -rf site .zensical .cache/snippets .cache/snippets-second-run
