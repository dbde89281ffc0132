# The two commands a newcomer needs: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
EVENT ?=

.PHONY: run test lint bench demo screenshots clean install

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	@$(PY) -m workshop_app $(EVENT)

lint: $(STAMP)
	$(VENV)/bin/ruff check workshop_app tests bench tools
	$(VENV)/bin/ruff format --check workshop_app tests bench tools
	$(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/open_event.py
	$(PY) bench/save_answer.py
	$(PY) bench/export.py
	$(PY) bench/startup.py
	$(PY) bench/lan_load.py

demo: $(STAMP)
	$(PY) -m workshop_app demo demo.workshop
	@echo "Open it with: make run EVENT=demo.workshop"

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.presenter_screenshots docs/screenshots
	$(PY) -m tools.export_screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
