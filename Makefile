# make lab        set up on first use, then open JupyterLab on the notebooks (make lab-zh: 中文版)
# make test       set up on first use, then run the tests (make test-slow: the slow ones)
# make doctor     check Python, platform, the install, MXNet, the data and the Jupyter kernel
# Any supported Python: make lab PYTHON=python3.13 (VENV=.venv-3.13 keeps a second environment
# beside the first). Every target calls course.py, which does the set-up; on Windows, without
# make, call course.py itself (README). Maintainers' targets: CONTRIBUTING.md.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8888
# More course.py options, e.g. COURSE_ARGS=--windows-mxnet (Windows' MXNet pin, to test it here).
COURSE_ARGS ?=
# Which edition's notebooks `make notebooks` runs: both (default), en, zh.
EDITION ?= both
# Lesson 13's house-price CSVs, where they lie beside the repository for tests and CI (no network
# there): checked and copied into the data cache before a target runs the notebooks. Elsewhere
# `make test` downloads them once. Never committed.
HOUSE_DATA ?= $(wildcard ../shared/data/kaggle-house)
COURSE = $(PYTHON) course.py
ARGS = --venv $(VENV) $(COURSE_ARGS) $(if $(HOUSE_DATA),--house-data $(HOUSE_DATA))
RUN = $(COURSE) run $(ARGS) --

.PHONY: lab lab-zh test test-slow doctor setup notebooks outputs nav exercises translations seeds seeds-exercises benchmark benchmark-exercises memory lock clean-venv

lab:
	$(COURSE) lab --venv $(VENV) --port $(PORT) -- $(LAB_ARGS)

lab-zh:
	$(COURSE) lab --zh --venv $(VENV) --port $(PORT) -- $(LAB_ARGS)

test:
	$(COURSE) test $(ARGS) -- $(PYTEST_ARGS)

test-slow:
	$(COURSE) test --slow $(ARGS) -- $(PYTEST_ARGS)

doctor:
	$(COURSE) doctor --venv $(VENV)

setup:
	$(COURSE) setup --venv $(VENV)

# The notebooks and the tests that depend on the Python, numpy and MXNet installed: what CI runs
# in each further environment, and the public workflow on each platform.
notebooks:
	$(COURSE) test --notebooks --edition $(EDITION) $(ARGS) -- $(PYTEST_ARGS)

# Re-run notebooks in place (NOTEBOOKS=...; default all), for their committed outputs.
outputs:
	$(RUN) tools/outputs.py $(NOTEBOOKS)

nav:
	$(RUN) tools/nav.py

# Each lesson's exercise cells, in both editions, from d2lzh_local/exercises/.
exercises:
	$(RUN) tools/exercises.py

translations:
	$(RUN) tools/translations.py

seeds:
	$(RUN) tools/seeds.py $(NOTEBOOKS)

# The exercises that train, under other seeds (SEEDS="1 2 3", LESSONS="10 11").
seeds-exercises:
	$(RUN) tools/seeds.py --exercises $(LESSONS) $(if $(SEEDS),--seeds $(SEEDS))

benchmark:
	$(RUN) benchmarks/speed.py

# How long each exercise's check and worked solution take.
benchmark-exercises:
	$(RUN) benchmarks/exercises.py $(LESSONS)

# Each notebook's peak memory and time; VENVS="..." for several environments side by side.
memory:
	$(RUN) benchmarks/memory.py $(if $(VENVS),--venvs $(VENVS)) $(NOTEBOOKS)

lock:
	$(COURSE) run --venv $(VENV) --test-tools -- tools/lock.py
	$(COURSE) run --venv $(VENV) --test-tools -- tools/lock.py --check

clean-venv:
	rm -rf $(VENV)
