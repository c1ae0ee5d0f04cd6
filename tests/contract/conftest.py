"""The Prism server of the contract tests, and the table printed at the end of the run."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest

from ..support.paths import BUNDLED_SPEC
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
    folder = tmp_path_factory.mktemp("prism")
    spec = folder / "openapi.json"
    spec.write_text(json.dumps(mock_spec(json.loads(BUNDLED_SPEC.read_text()))))
    with prism_server(folder / "prism.log", spec) as base_url:
        yield base_url


# Prism generates strings for the formats it knows (date-time, date, uuid...); for the project's
# own formats (spec/README.md) it would make up any text, which strict mode rightly refuses. The
# mock's copy of the spec gives those strings a pattern of valid values to generate from (days
# up to 28: every one is a real date). These formats appear in responses only, so no request
# check is narrowed.
GENERATION_PATTERNS = {
    "timestamp": (
        r"^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])[T ]([01][0-9]|2[0-3]):[0-5][0-9]"
        r":[0-5][0-9](\.[0-9]{1,6})?(Z|[+-]0[0-9]:00)$"
    ),
    "date-dmy": r"^(0[1-9]|1[0-9]|2[0-8])-(0[1-9]|1[0-2])-20[0-9]{2}$",
    "date-underscore": r"^20[0-9]{2}_(0[1-9]|1[0-2])_(0[1-9]|1[0-9]|2[0-8])$",
}


def mock_spec(node: Any) -> Any:
    """The bundled spec with ``GENERATION_PATTERNS`` on strings of the project's formats."""
    if isinstance(node, list):
        return [mock_spec(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: mock_spec(value) for key, value in node.items()}
    pattern = GENERATION_PATTERNS.get(out.get("format"))  # type: ignore[arg-type]
    if pattern and "pattern" not in out:
        out["pattern"] = pattern
    return out


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if ROWS:
        terminalreporter.section("contract: every operation against Prism")
        terminalreporter.write_line(table(list(ROWS.values())))
