# Every target sets up what it needs: a pinned uv, then the locked environment (uv.lock).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
RUN := $(UV) run --frozen --quiet
export UV_PYTHON := python3.11
export UV_PROJECT_ENVIRONMENT := .venv
# Installed packages get their bytecode at install time (as pip does), not at every import.
export UV_COMPILE_BYTECODE := 1

.PHONY: help generate check-generated test lint spec-lint spec-report cassettes record contract-live contract conformance bench build clean docs
.PHONY: release-notes release publish test-pythons test-release

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --quiet
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

generate: .venv/.synced  ## validate spec/ and regenerate generated/
	$(RUN) python -m generator generate

check-generated: .venv/.synced  ## fail when generated/ is not what spec/ and templates/ give
	$(RUN) python -m generator check

test: .venv/.synced  ## run the tests (cassettes replayed offline)
	$(RUN) pytest --record-mode=none --block-network

lint: .venv/.synced spec-lint  ## ruff + mypy over everything we ship, generated code included
	$(RUN) ruff check generator tests templates/runtime bench generated release
	$(RUN) ruff format --check generator tests templates/runtime bench generated release
	$(RUN) mypy generator templates/runtime generated/pixxel tests bench release

spec-lint: node_modules/.installed  ## Redocly lint of the bundled spec (zero errors, zero warnings)
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx --no-install redocly lint \
		--config spec/redocly.yaml --max-problems 50 generated/openapi.json

spec-report: .venv/.synced  ## one row per documented operation: in spec / generated / tested (NOTES=1: and the spec notes)
	$(RUN) python -m generator report $(if $(NOTES),--notes)

cassettes: .venv/.synced  ## rebuild tests/cassettes from the documented payloads in tests/payloads
	PYTHONPATH=generated $(RUN) python -m tests.support.cassettes

record: .venv/.synced  ## re-record read-only cassettes live (PIXXEL_API_KEY; INCLUDE_WRITES=1 adds writes)
	@test -n "$${PIXXEL_API_KEY:-}" || { echo "make record needs PIXXEL_API_KEY" >&2; exit 2; }
	PYTHONPATH=generated $(RUN) python -m tests.support.record $(if $(INCLUDE_WRITES),--include-writes)

contract-live: .venv/.synced  ## drift report: read-only operations on the live API vs the spec
	@test -n "$${PIXXEL_API_KEY:-}" || { echo "make contract-live needs PIXXEL_API_KEY" >&2; exit 2; }
	PYTHONPATH=generated $(RUN) python -m tests.support.contract_live

clean:  ## remove environments and caches
	rm -rf .venv $(TOOLS) node_modules .pytest_cache .mypy_cache .ruff_cache

bench: .venv/.synced  ## benchmarks against httpx, json.loads and curl (not part of the tests)
	$(RUN) python -m bench.run $(BENCH)

build: $(UV)  ## build the sdist and wheel of generated/ into dist/
	$(UV) build generated --out-dir dist

CONTRACT_CALLS ?= 20
contract: .venv/.synced node_modules/.installed  ## every operation CONTRACT_CALLS times (20) against a Prism mock of the spec
	PIXXEL_CONTRACT_CALLS=$(CONTRACT_CALLS) $(RUN) pytest tests/contract -m contract --record-mode=none --block-network

conformance: .venv/.synced node_modules/.installed  ## every spec feature generated into a throw-away package: wire bytes, refusals, Prism
	PIXXEL_CONFORMANCE_PRISM=1 $(RUN) pytest tests/conformance --record-mode=none --block-network

docs: .venv/.synced  ## build the documentation site into site/ (strict: any warning fails)
	NO_MKDOCS_2_WARNING=1 $(RUN) mkdocs build --strict

# Release tooling (release/, see README "Releasing"). BASE: git ref to compare with (default: the
# last v* tag). PYTEST_ARGS: the test run that gates a release or a publish (default: all tests).
BASE ?=
PYTEST_ARGS ?=
RELEASE := UV=$(abspath $(UV)) $(RUN) python -m release
RELEASE_OPTS = $(if $(BASE),--base "$(BASE)")
GATE_OPTS = $(if $(PYTEST_ARGS),--pytest-args "$(PYTEST_ARGS)")

release-notes: .venv/.synced  ## the next version and its changelog entry (BASE=<git ref>, default: last v* tag)
	$(RELEASE) notes $(RELEASE_OPTS)

release: .venv/.synced  ## set the version, prepend CHANGELOG.md, regenerate, build, commit, tag v<version> (local)
	$(RELEASE) cut $(RELEASE_OPTS) $(GATE_OPTS)

publish: .venv/.synced  ## upload wheel + sdist to PIXXEL_PUBLISH_URL (TWINE_USERNAME/TWINE_PASSWORD)
	$(RELEASE) publish $(GATE_OPTS)

test-pythons: .venv/.synced  ## the built wheel under Python 3.11, 3.12, 3.13: cassette replays + runtime unit tests
	UV_PYTHON_DOWNLOADS=never UV=$(abspath $(UV)) $(RUN) python -m release.pythons

test-release: .venv/.synced  ## release tests that build, cut releases in temporary repositories, publish to a local pypiserver
	PIXXEL_RELEASE_TESTS=1 $(RUN) pytest --record-mode=none --block-network tests/release
