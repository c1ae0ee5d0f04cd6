"""Shared fixtures: cassette settings (with secret scrubbing) and a client for replays."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pixxel import Pixxel

from .support.paths import BASE_URL, CASSETTES
from .support.scrub import scrub_request, scrub_response

TEST_API_KEY = "test-key-not-a-secret"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test a stale copy of the runtime (the tests import generated/, not templates/)."""
    from .support.freshness import stale_message, stale_runtime

    stale = stale_runtime()
    if stale:
        pytest.exit(stale_message(stale), returncode=pytest.ExitCode.USAGE_ERROR)
    if session.config.getoption("--record-mode", None) not in (None, "none"):
        # pytest-recording would delete each cassette before trying the network.
        pytest.exit(
            "cassettes are recorded by `make record` (staged, checked against the spec, never "
            "lost), not by pytest --record-mode",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": [("authorization", "REDACTED")],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def api_key(record_mode: str) -> str:
    """The live key when recording, a dummy one when replaying."""
    import os

    if record_mode not in ("none", None):
        return os.environ.get("PIXXEL_API_KEY", TEST_API_KEY)
    return TEST_API_KEY


@pytest.fixture
def client(api_key: str) -> Iterator[Pixxel]:
    with Pixxel(api_key=api_key, base_url=BASE_URL, max_retries=0) as c:
        yield c
