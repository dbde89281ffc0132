# The two commands a newcomer needs: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
EVENT ?=

.PHONY: run test lint bench demo screenshots clean install dist check-dist bench-dist translations messages

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

DIST_STAMP := $(VENV)/.installed-dist
$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,dist]"
	touch $(DIST_STAMP)

# dist/workshop-app/ (the one-folder bundle) and dist/workshop-app-<version>-<platform>.tar.gz
dist: $(DIST_STAMP)
	$(PY) packaging/build.py

# the built bundle, run as a new user would (clean environment, no venv): after `make dist`
check-dist: $(STAMP)
	$(PY) -m pytest tests_dist

# start-up of the built bundle against the venv (after `make dist`)
bench-dist: $(STAMP)
	$(PY) bench/startup_bundle.py

run: $(STAMP)
	@$(PY) -m workshop_app $(EVENT)

lint: $(STAMP)
	$(VENV)/bin/ruff check workshop_app tests tests_dist bench tools packaging
	$(VENV)/bin/ruff format --check workshop_app tests tests_dist bench tools packaging
	$(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/open_event.py
	$(PY) bench/save_answer.py
	$(PY) bench/export.py
	$(PY) bench/startup.py
	$(PY) bench/lan_load.py
	$(PY) bench/screening.py
	$(PY) bench/page_weight.py

# The participant page's and the exports' texts: read the sources again into
# resources/locale/messages.pot and bring every language's messages.po up to date (README, "Languages")
POT := resources/locale/messages.pot
messages: $(STAMP)
	$(VENV)/bin/pybabel extract -F babel.cfg -o $(POT) --add-location=file --no-wrap --sort-by-file \
		--omit-header --project "Workshop App" .
	$(VENV)/bin/pybabel update -i $(POT) -d resources/locale -D messages --no-wrap \
		--ignore-pot-creation-date --ignore-obsolete

demo: $(STAMP)
	$(PY) -m workshop_app demo demo.workshop
	@echo "Open it with: make run EVENT=demo.workshop"

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.presenter_screenshots docs/screenshots
	$(PY) -m tools.export_screenshots docs/screenshots
	$(PY) -m tools.participant_screenshots docs/screenshots

# the console's and projector's catalogues: re-extract the strings into
# resources/translations/*.ts (pyside6-lupdate), then compile them into the .qm the app loads
translations: $(STAMP)
	$(PY) -m tools.translations

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
