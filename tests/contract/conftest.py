"""The Prism server of the contract tests, and the table printed at the end of the run."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from .prism import prism_server
from .report import ROWS, table

CALLS_ENV = "PIXXEL_CONTRACT_CALLS"


def contract_calls() -> int:
    """Calls per operation (``PIXXEL_CONTRACT_CALLS``; ``make contract`` sets it, 20 by default).

    Unset or 0: the contract tests are skipped (``make test`` runs without Prism).
    """
    raw = os.environ.get(CALLS_ENV, "0").strip() or "0"
    if not raw.isdigit():
        raise pytest.UsageError(f"{CALLS_ENV} must be a whole number, got {raw!r}")
    return int(raw)


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock server (dynamic mode) on the bundled spec, for the session."""
    if not contract_calls():
        pytest.skip(f"contract tests run with `make contract` ({CALLS_ENV} unset)")
    with prism_server(tmp_path_factory.mktemp("prism") / "prism.log") as base_url:
        yield base_url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if ROWS:
        terminalreporter.section("contract: every operation against Prism")
        terminalreporter.write_line(table(list(ROWS.values())))
