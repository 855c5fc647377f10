# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make demo   – create the virtualenv, install, build a demo store and open the desk
#   make test   – create the virtualenv, install, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(STAMP)

.PHONY: install demo run test repeat lint typecheck check ui lock manual package
install: $(STAMP)

demo: $(STAMP)          ## fresh demo store (local SQLite, demo data) and the desk on it
	$(BIN)/receiving-desk demo

run: $(STAMP)           ## the desk on the configured station store
	$(BIN)/receiving-desk

test: $(STAMP)          ## the whole test suite (unit, integration, GUI offscreen)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

RUNS  ?= 10
CORES ?= 0,1
LOAD  ?= 2
repeat: $(STAMP)        ## the suite RUNS times in a row on CORES beside LOAD busy loops (docs/testing.md)
	PYTHON=$(BIN)/python .ci/repeat -n $(RUNS) --cores $(CORES) --load $(LOAD) -- $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

ui: $(STAMP)            ## recompile ui/*.ui into src/receiving_desk/gui/generated/
	for f in ui/*.ui; do \
	  n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic $$f -o src/receiving_desk/gui/generated/ui_$$n.py; \
	done

lock:                   ## refresh requirements.lock from the current virtualenv
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^receiving-desk' > requirements.lock

manual: $(STAMP)        ## regenerate the manual's screenshots, quick cards and command list
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/manual/make_manual.py

package:                ## wheel, PyInstaller bundle, .deb, NSIS check (installer/README.md)
	bash installer/ci-package.sh
