# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# uv is installed into .tools/ (pinned), the project and its locked dependencies into .venv/.

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint bench status clean-var help

help:
	@echo "make run    process seeds/ through fetch -> clean -> extract -> load (embedded Redis + chDB)"
	@echo "make test   the whole test suite"
	@echo "make lint   ruff"
	@echo "make bench  speed figures"

$(UV):
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --target $(TOOLS) uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

run: $(VENV)/.synced
	$(VENV)/bin/suanli run seeds/

test: $(VENV)/.synced
	$(VENV)/bin/python -m pytest

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check shared services tests

bench: $(VENV)/.synced
	$(UV) sync --frozen --python $(PYTHON) --group bench
	$(VENV)/bin/python -m bench
	@rm -f $(VENV)/.synced  # the next run/test re-syncs without the bench-only packages

status: $(VENV)/.synced
	$(VENV)/bin/suanli status

clean-var:
	rm -rf var/
