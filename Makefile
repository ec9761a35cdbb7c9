# Two entry points (see README, Quick start): `make demo` and `make test`.
# Both set up a virtual environment in .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: demo test lint setup browser benchmarks train check-weights clean

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV): installing the dependencies (about a minute the first time)..."
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,dask]"
	@rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP)

demo: setup
	$(BIN)/sneaker demo

# Chromium for the report's browser test; needs root (apt). Without it that test skips.
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ]; then \
		(apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed: the browser test will be skipped"; \
	fi

# Both checks: `ruff check` alone let unformatted code land (fix with `ruff format .`).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Two processes (pytest-xdist; this is a 2-core machine). loadgroup: the tests that read the
# shared pass over the training mails (tests/extractors/conftest.py) run in one of them.
test: setup browser lint
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

# warehouse_compare is not a benchmark: it compares two builds of a database you name
BENCHMARKS = $(filter-out warehouse_compare,$(basename $(notdir $(wildcard benchmarks/*.py))))

benchmarks: setup
	@for m in $(BENCHMARKS); do echo "== benchmarks.$$m"; \
		$(BIN)/python -m benchmarks.$$m || exit 1; done

# The extractor's learned parts, in the order they read each other: the kind textcat, then the
# employer scorer (reads the kind), then the role chooser (reads the kind and the employer),
# then the title-span finder (reads the kind; asked where the rules and chooser find no title)
# and the switch between its span and the rules' title (fitted on the finder's held-out scores).
train: setup
	$(BIN)/python -m extractors.train
	$(BIN)/python -m extractors.train_orgs
	$(BIN)/python -m extractors.train_roles
	$(BIN)/python -m extractors.train_role_spans

# After `make train`: retrain each learned part into a temporary folder and compare with the
# shipped weights and fingerprints (~10 min quiet). `make test` checks the fingerprints only.
check-weights: setup
	SNEAKER_CHECK_WEIGHTS=1 $(BIN)/python -m pytest -q -m weights tests/extractors

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info tests/artifacts
