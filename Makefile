# Two commands for a new machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := scoring/samples/de_stadtwerke.txt
OUTDIR := out

.PHONY: install install-test demo test test-fast clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install only when the project definition changed (idempotent).
# PYTHONWARNINGS silences setuptools' notices about editable installs; errors still show.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	@mkdir -p $(OUTDIR)
	$(BIN)/quellcheck analyze $(DEMO) --format json -o $(OUTDIR)/demo.json
	$(BIN)/quellcheck analyze $(DEMO) --format html -o $(OUTDIR)/demo.html
	@$(BIN)/quellcheck analyze $(DEMO) --format text
	@echo
	@echo "Demo output written to $(OUTDIR)/demo.json (tables) and $(OUTDIR)/demo.html (report: open it in a browser)"

# The whole suite, as CI runs it (browser tests, corpus runs, the quality gate on ../shared).
test: install-test
	$(BIN)/python -m pytest

# The unit tests alone (no browser, no corpus runs, no quality gate): a few minutes.
test-fast: install-test
	$(BIN)/python -m pytest -m "not slow"

clean:
	rm -rf $(VENV) $(OUTDIR) build *.egg-info
