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
# The website's tools (requirements/site.txt), its JavaScript (tools/site_assets.py: npm, once)
# and an offline wheelhouse for the JupyterHub install test: all fetched here, so that
# `make site` and `make test` need no network.
SITE_STAMP := $(VENV)/.liftlab-site-installed
WHEELS := $(VENV)/share/liftlab-wheels
# Jupyter refuses to run as root unless told; containers and CI machines often are root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: help setup lab voila test lint format notebooks bench lock clean site

help:
	@echo "make lab        set up .venv (the course only) and open the course in JupyterLab"
	@echo "make test       add the test tools to .venv and run every test (unit, notebooks, browser)"
	@echo "make setup      set up .venv with the course and the test tools (contributors, CI)"
	@echo "make voila      open every calculator on one page (Voila, no code)"
	@echo "make site       build the course website into _build/html/ (offline, stored outputs)"
	@echo "make notebooks  re-execute every notebook in place, top to bottom, fresh kernel"
	@echo "make bench      print the benchmarks (widget latency, model speed, import time)"
	@echo "make lint       ruff check + format check"
	@echo "make lock       recompile the pinned locks (needs network)"
	@echo "make instructor set up .venv-instructor (the course + nbgrader) for lecturers"

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

$(SITE_STAMP): $(STAMP) requirements/site.txt requirements/wheelhouse.txt docs/site-assets.json
	$(BIN)/python -m pip install --quiet -r requirements/site.txt
	$(BIN)/python tools/site_assets.py
	$(BIN)/python -m pip download --quiet --no-deps --dest $(WHEELS) -r binder/requirements.txt
	$(BIN)/python -m pip download --quiet --no-deps --require-hashes --dest $(WHEELS) \
		-r requirements/wheelhouse.txt
	@touch $(SITE_STAMP)

setup: $(TEST_STAMP) $(SITE_STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab $(AS_ROOT) notebooks/00-start-here.ipynb

# ---------------------------------------------------------------- lecturers (instructor/)
# nbgrader lives in a venv of its own, .venv-instructor = the Binder lock +
# requirements/instructor.txt + liftlab: students never install it, and nbgrader's
# JupyterLab extensions stay out of the course's JupyterLab. `make setup` builds it (with
# the network) because `make test` runs nbgrader end to end (tests/test_instructor_nbgrader.py).
INSTRUCTOR_VENV  := .venv-instructor
INSTRUCTOR_STAMP := $(INSTRUCTOR_VENV)/.liftlab-installed

.PHONY: instructor lock-instructor clean-instructor

$(INSTRUCTOR_STAMP): binder/requirements.txt requirements/instructor.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "Python 3.10+ is required"'
	$(PYTHON) -m venv $(INSTRUCTOR_VENV)
	$(INSTRUCTOR_VENV)/bin/python -m pip install --quiet \
		-r binder/requirements.txt -r requirements/instructor.txt
	$(INSTRUCTOR_VENV)/bin/python -m pip install --quiet --no-deps \
		--config-settings editable_mode=compat -e .
	@touch $(INSTRUCTOR_STAMP)

instructor: $(INSTRUCTOR_STAMP)

setup test: $(INSTRUCTOR_STAMP)

lock: lock-instructor
lock-instructor:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile --universal --fork-strategy fewest --python-version 3.10 \
		--no-header --annotation-style line requirements/instructor.in -o requirements/instructor.txt

clean: clean-instructor
clean-instructor:
	rm -rf $(INSTRUCTOR_VENV)

voila: $(STAMP)
	$(BIN)/voila notebooks/calculators.ipynb

test: $(TEST_STAMP) $(SITE_STAMP)
	@start=$$(date +%s); \
	$(BIN)/python -m pytest; status=$$?; \
	echo "test suite wall time: $$(( $$(date +%s) - start )) s"; \
	exit $$status

site: $(SITE_STAMP)
	$(BIN)/python tools/build_site.py

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
	$(PYTHON) -m uv pip compile --universal --fork-strategy fewest --python-version 3.10 \
		--no-header --annotation-style line requirements/site.in -o requirements/site.txt

clean:
	rm -rf $(VENV) build *.egg-info _build
