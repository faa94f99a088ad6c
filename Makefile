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
COURSE = $(PYTHON) course.py
RUN = $(COURSE) run --venv $(VENV) $(COURSE_ARGS) --
# Where the house-price CSVs of lesson 13 lie for tests and CI (house-data, below).
SHARED_DATA ?= ../shared/data

.PHONY: house-data lab lab-zh test setup doctor unit notebooks nav translations outputs benchmark memory environments seeds lock clean-venv

lab:
	$(COURSE) lab --venv $(VENV) --port $(PORT) -- $(LAB_ARGS)

lab-zh:
	$(COURSE) lab --zh --venv $(VENV) --port $(PORT) -- $(LAB_ARGS)

test: house-data
	$(COURSE) test --edition $(EDITION) --venv $(VENV) $(COURSE_ARGS) -- $(PYTEST_ARGS)

setup:
	$(COURSE) setup --venv $(VENV)

doctor:
	$(COURSE) doctor --venv $(VENV)

unit:
	$(COURSE) run --venv $(VENV) --test-tools -- -m pytest tests -p no:cacheprovider $(PYTEST_ARGS)

# The notebooks and the tests that depend on the Python, numpy and MXNet installed.
notebooks: house-data
	$(COURSE) test --notebooks --edition $(EDITION) --venv $(VENV) $(COURSE_ARGS) -- $(PYTEST_ARGS)

nav:
	$(RUN) tools/nbnav.py

# The Chinese edition (notebooks/zh/) in step with the English: code copied, translated cells
# recorded, cells still to translate listed (tools/translations.py).
translations:
	$(RUN) tools/translations.py

outputs: house-data
	$(RUN) tools/run_notebooks.py $(NOTEBOOKS)

benchmark:
	$(RUN) benchmarks/speed.py

memory: house-data
	$(RUN) benchmarks/memory.py

# Memory and time of every notebook under each environment CI tests, side by side.
environments: house-data
	$(RUN) benchmarks/environments.py

seeds: house-data
	$(RUN) tools/check_seeds.py

# Re-resolve the pins for every platform and Python (needs the package index), then check them.
lock:
	$(COURSE) run --venv $(VENV) --test-tools -- tools/lock.py
	$(COURSE) run --venv $(VENV) --test-tools -- tools/lock.py --check

clean-venv:
	rm -rf $(VENV)

# The house-price CSVs of lesson 13 for tests and CI, which have no network: where they lie beside
# the repository, every target that runs the notebooks puts them into lesson 13's download cache
# (checked) first. Elsewhere the lesson downloads them once. Never committed.
house-data:
	@if [ -d $(SHARED_DATA)/kaggle-house ]; then \
	  $(RUN) -m d2lzh_local --from $(SHARED_DATA)/kaggle-house; fi
