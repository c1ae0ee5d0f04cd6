"""Fixtures of the download tests: both ways of reading a body, and a pool."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture(params=["httpx", "stdlib"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A test that asks for it runs with both ways of reading the body."""
    monkeypatch.setattr("pixxel._runtime._download.DEFAULT_ENGINE", request.param)
    return str(request.param)


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


@pytest.fixture
def host() -> Iterator[HTTPServer]:
    """A file host that answers several requests at once (as storage does)."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()
