# Two entry points for a fresh machine (see README): `make lab` and `make test`.
# `make lab` builds .venv with the course only: binder/requirements.txt (the lock
# mybinder.org installs), liftlab and its Voilà template. `make test` (and `make setup`,
# what contributors and CI run) adds requirements/test.txt (test tools, constrained by
# the Binder lock) to the same .venv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.liftlab-installed
TEST_STAMP := $(VENV)/.liftlab-test-tools-installed
# Voilà finds templates in <prefix>/share/jupyter/voila/templates; voila.json selects this one.
VOILA_TEMPLATE := share/jupyter/voila/templates/liftlab
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
# Jupyter refuses to run as root unless told; containers and CI machines often are root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: help setup lab voila test lint format notebooks bench lock clean

help:
	@echo "make lab        set up .venv (the course only) and open the course in JupyterLab"
	@echo "make test       add the test tools to .venv and run every test (unit, notebooks, browser)"
	@echo "make setup      set up .venv with the course and the test tools (contributors, CI)"
	@echo "make voila      open every calculator on one page (Voila, no code)"
	@echo "make notebooks  re-execute every notebook in place, top to bottom, fresh kernel"
	@echo "make bench      print the benchmarks (widget latency, model speed, import time)"
	@echo "make lint       ruff check + format check"
	@echo "make lock       recompile the pinned locks (needs network)"

# The course: what a student (and mybinder.org, see binder/postBuild) installs.
$(STAMP): binder/requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "Python 3.10+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r binder/requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --config-settings editable_mode=compat -e .
	mkdir -p $(VENV)/share/jupyter/voila/templates
	ln -sfn $(CURDIR)/$(VOILA_TEMPLATE) $(VENV)/share/jupyter/voila/templates/liftlab
	@touch $(STAMP)

# The test tools, on top of the course.
$(TEST_STAMP): $(STAMP) requirements/test.txt
	$(BIN)/python -m pip install --quiet -r requirements/test.txt
	@touch $(TEST_STAMP)

setup: $(TEST_STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab $(AS_ROOT) notebooks/00-start-here.ipynb

voila: $(STAMP)
	$(BIN)/voila notebooks/calculators.ipynb

test: $(TEST_STAMP)
	@start=$$(date +%s); \
	$(BIN)/python -m pytest; status=$$?; \
	echo "test suite wall time: $$(( $$(date +%s) - start )) s"; \
	exit $$status

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

notebooks: $(STAMP)
	$(BIN)/python tools/execute_notebooks.py $(NOTEBOOKS)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile --universal --fork-strategy fewest --python-version 3.10 \
		--no-header --annotation-style line binder/requirements.in -o binder/requirements.txt
	$(PYTHON) -m uv pip compile --universal --fork-strategy fewest --python-version 3.10 \
		--no-header --annotation-style line requirements/test.in -o requirements/test.txt

clean:
	rm -rf $(VENV) build *.egg-info
