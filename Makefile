# Färdväg: the two commands a newcomer needs are `make run` and `make test`.
# Both create .venv on first use and install what the project needs into it.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin

TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint translations qm bench package package-test clean

# One stamp per set of extras, remade when pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

$(VENV)/.stamp-%: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[$*]"
	touch $@

$(VENV)/.stamp-base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Compiled translations; the .ts files are the source and live in git.
resources/i18n/%.qm: resources/i18n/%.ts | $(BIN)/pyside6-lrelease
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(BIN)/pyside6-lrelease: | $(VENV)/.stamp-base

qm: $(QM_FILES)

run: $(VENV)/.stamp-base qm
	$(BIN)/python -m desktop $(ARGS)

test: $(VENV)/.stamp-test qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.stamp-dev $(VENV)/.stamp-test
	$(BIN)/ruff check desktop tests benchmarks
	$(BIN)/ruff format --check desktop tests benchmarks
	$(BIN)/mypy

# Re-read the sources for tr()/translate() strings, then compile. Run after changing UI text,
# translate the new entries in resources/i18n/fardvag_sv.ts, and run it again.
# (qtbase_extra_sv.ts holds Qt's own strings and is edited by hand.)
translations: $(VENV)/.stamp-base
	$(BIN)/pyside6-lupdate -no-obsolete -extensions py $$(find desktop -name '*.py' | sort) -ts resources/i18n/fardvag_sv.ts
	$(MAKE) qm

# The suite (benchmarks/suite.py) at 1,000 and 10,000 people; results in benchmarks/results/.
# The single scripts (unlock.py, startup.py, participants.py, ...) still run on their own.
bench: $(VENV)/.stamp-test qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/suite.py $(BENCH_ARGS)

# A one-folder build in dist/Fardvag (PyInstaller), and its self-test run frozen.
package: $(VENV)/.stamp-dev qm
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/fardvag.spec

package-test: package
	QT_QPA_PLATFORM=offscreen dist/Fardvag/fardvag-cli --self-test

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache $(QM_FILES)
