# make lab   set up on first use, then open JupyterLab on the notebooks
# make test  set up on first use, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8888
LAB_ARGS ?=

.PHONY: lab test unit notebooks nav outputs benchmark memory seeds clean-venv

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { \
	  echo "d2l-basics needs Python 3.11 (MXNet 1.9.1 needs numpy 1.23.5, which has no wheels for newer Pythons)."; \
	  echo "Run with one: make $(MAKECMDGOALS) PYTHON=python3.11   (or use conda: see README, Troubleshooting)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Re-installs whenever the pins or the package definition change.
$(VENV)/.installed: $(BIN)/python requirements.txt pyproject.toml
	$(BIN)/pip install --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(BIN)/pip install --disable-pip-version-check -r requirements-test.txt
	touch $@

lab: $(VENV)/.installed
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) \
	  --ServerApp.root_dir=notebooks --LabApp.default_url=/lab/tree/00-contents.ipynb $(LAB_ARGS)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest tests notebooks --nbval-lax --nbval-current-env \
	  --nbval-cell-timeout=900 -p no:cacheprovider -v $(PYTEST_ARGS)

unit: $(VENV)/.installed-test
	$(BIN)/python -m pytest tests -p no:cacheprovider $(PYTEST_ARGS)

notebooks: $(VENV)/.installed-test
	$(BIN)/python -m pytest notebooks --nbval-lax --nbval-current-env -p no:cacheprovider $(PYTEST_ARGS)

nav: $(VENV)/.installed
	$(BIN)/python tools/nbnav.py

outputs: $(VENV)/.installed
	$(BIN)/python tools/run_notebooks.py $(NOTEBOOKS)

benchmark: $(VENV)/.installed
	$(BIN)/python benchmarks/speed.py

memory: $(VENV)/.installed
	$(BIN)/python benchmarks/memory.py

seeds: $(VENV)/.installed
	$(BIN)/python tools/check_seeds.py

clean-venv:
	rm -rf $(VENV)
