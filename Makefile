# make lab     set up on first use, then open JupyterLab on the notebooks (make lab-zh: 中文版)
# make test    set up on first use, then run the whole test suite
# make doctor  check Python, platform, the install, MXNet, the data and the Jupyter kernel
# Any supported Python (3.11, 3.12, 3.13): make lab PYTHON=python3.13 (VENV=.venv-3.13 keeps a
# second environment beside the first). Every target runs course.py, which does the set-up; on
# Windows without make, run course.py itself (README).
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8888
LAB_ARGS ?=
# More course.py options, e.g. COURSE_ARGS=--windows-mxnet (Windows' MXNet pin, to test it here).
COURSE_ARGS ?=
# Which edition's notebooks nbval runs in make test / make notebooks: both (default), en, zh, none.
EDITION ?= both
# Lesson 13's house-price CSVs, where they lie beside the repository for tests and CI (no network
# there): checked and copied into the data cache before a target runs the notebooks. Elsewhere
# `make test` downloads them once. Never committed.
HOUSE_DATA ?= $(wildcard ../shared/data/kaggle-house)
COURSE = $(PYTHON) course.py
ARGS = --venv $(VENV) $(COURSE_ARGS) $(if $(HOUSE_DATA),--house-data $(HOUSE_DATA))
RUN = $(COURSE) run $(ARGS) --

.PHONY: lab lab-zh test test-slow setup doctor unit notebooks nav translations outputs benchmark memory environments seeds lock clean-venv

lab:
	$(COURSE) lab --venv $(VENV) --port $(PORT) -- $(LAB_ARGS)

lab-zh:
	$(COURSE) lab --zh --venv $(VENV) --port $(PORT) -- $(LAB_ARGS)

test:
	$(COURSE) test --edition $(EDITION) $(ARGS) -- $(PYTEST_ARGS)

# The slow tests: every broken-algorithm variant of a lesson, the public workflow's Linux steps.
test-slow:
	$(COURSE) test --slow $(ARGS) -- $(PYTEST_ARGS)

setup:
	$(COURSE) setup --venv $(VENV)

doctor:
	$(COURSE) doctor --venv $(VENV)

unit:
	$(COURSE) run --venv $(VENV) --test-tools -- -m pytest tests -p no:cacheprovider $(PYTEST_ARGS)

# The notebooks and the tests that depend on the Python, numpy and MXNet installed.
notebooks:
	$(COURSE) test --notebooks --edition $(EDITION) $(ARGS) -- $(PYTEST_ARGS)

nav:
	$(RUN) tools/nbnav.py

# The Chinese edition (notebooks/zh/) in step with the English: code copied, translated cells
# recorded, cells still to translate listed (tools/translations.py).
translations:
	$(RUN) tools/translations.py

outputs:
	$(RUN) tools/run_notebooks.py $(NOTEBOOKS)

benchmark:
	$(RUN) benchmarks/speed.py

memory:
	$(RUN) benchmarks/memory.py

# Memory and time of every notebook under each environment CI tests, side by side.
environments:
	$(RUN) benchmarks/environments.py

seeds:
	$(RUN) tools/check_seeds.py

# Re-resolve the pins for every platform and Python (needs the package index), then check them.
lock:
	$(COURSE) run --venv $(VENV) --test-tools -- tools/lock.py
	$(COURSE) run --venv $(VENV) --test-tools -- tools/lock.py --check

clean-venv:
	rm -rf $(VENV)
