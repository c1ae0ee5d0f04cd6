"""The client's timeout governs every transfer: a stalled file host ends the attempt, the next
attempt resumes, on the stdlib fast path (the client's own pool) and through a user's httpx pool."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

import pixxel

from .helpers import MiB, payload
from .stalling import Stall, StallingHost, stalling_host

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

STALL = 10.0
"""How long the host stalls; a transfer bound by a 0.5 s timeout must end far sooner."""
BOUND = STALL / 2


def _api(httpserver: HTTPServer, file_url: str) -> str:
    httpserver.expect_request("/v0/catalogs/download/d1").respond_with_json(
        {"id": "d1", "status": "success", "signed_url": file_url}
    )
    return httpserver.url_for("/")


def _check(host: StallingHost, stall: Stall, result: pixxel.DownloadResult, data: bytes) -> None:
    assert result.path.read_bytes() == data
    assert len(host.requests) == 2
    if stall == "body":  # half the file was there: the second attempt asks for the rest
        assert result.resumed
        assert host.requests[1] == f"bytes={len(data) // 2}-"


@pytest.mark.parametrize("stall", ["head", "body"])
def test_the_clients_own_pool_ends_a_stalled_transfer_and_resumes(
    httpserver: HTTPServer, tmp_path: Path, stall: Stall, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = payload(MiB)
    host = StallingHost(data, stalls=[stall], stall_seconds=STALL)
    used: list[str] = []
    from pixxel._runtime import _fetch

    real = _fetch._send_stdlib

    def counted(request: httpx.Request) -> _fetch.ResponseStream:
        used.append("stdlib")
        return real(request)

    monkeypatch.setattr(_fetch, "_send_stdlib", counted)
    with stalling_host(host) as url:
        client = pixxel.Pixxel(api_key="fake-key", base_url=_api(httpserver, url), timeout=0.5)
        started = time.monotonic()
        result = client.catalog.download_to("d1", tmp_path / "cat.zip")
        elapsed = time.monotonic() - started
    assert elapsed < BOUND, f"took {elapsed:.1f} s with a 0.5 s timeout"
    assert used == ["stdlib", "stdlib"]  # the fast path, both attempts
    _check(host, stall, result, data)


@pytest.mark.parametrize("stall", ["head", "body"])
def test_with_options_timeout_reaches_the_transfer(
    httpserver: HTTPServer, tmp_path: Path, stall: Stall
) -> None:
    data = payload(MiB)
    host = StallingHost(data, stalls=[stall], stall_seconds=STALL)
    with stalling_host(host) as url:
        client = pixxel.Pixxel(api_key="fake-key", base_url=_api(httpserver, url), timeout=60)
        started = time.monotonic()
        result = client.with_options(timeout=0.5).catalog.download_to("d1", tmp_path / "c.zip")
        elapsed = time.monotonic() - started
    assert elapsed < BOUND, f"took {elapsed:.1f} s with a 0.5 s timeout"
    _check(host, stall, result, data)


@pytest.mark.parametrize("stall", ["head", "body"])
def test_a_users_http_client_gets_the_clients_timeout_for_the_transfer(
    httpserver: HTTPServer, tmp_path: Path, stall: Stall
) -> None:
    data = payload(MiB)
    host = StallingHost(data, stalls=[stall], stall_seconds=STALL)
    sent: list[httpx.Request] = []
    with (
        stalling_host(host) as url,
        httpx.Client(timeout=30, event_hooks={"request": [sent.append]}) as http,
    ):
        client = pixxel.Pixxel(
            api_key="fake-key", base_url=_api(httpserver, url), http_client=http, timeout=0.5
        )
        started = time.monotonic()
        result = client.catalog.download_to("d1", tmp_path / "cat.zip")
        elapsed = time.monotonic() - started
    assert elapsed < BOUND, f"took {elapsed:.1f} s with a 0.5 s timeout"
    assert [r.url.port for r in sent[1:]] == [httpx.URL(url).port] * 2  # through the user's pool
    _check(host, stall, result, data)


@pytest.mark.parametrize("stall", ["head", "body"])
async def test_an_async_users_http_client_gets_the_clients_timeout(
    httpserver: HTTPServer, tmp_path: Path, stall: Stall
) -> None:
    data = payload(MiB)
    host = StallingHost(data, stalls=[stall], stall_seconds=STALL)
    with stalling_host(host) as url:
        async with httpx.AsyncClient(timeout=30) as http:
            client = pixxel.AsyncPixxel(
                api_key="fake-key", base_url=_api(httpserver, url), http_client=http, timeout=0.5
            )
            started = time.monotonic()
            result = await client.catalog.download_to("d1", tmp_path / "cat.zip")
            elapsed = time.monotonic() - started
    assert elapsed < BOUND, f"took {elapsed:.1f} s with a 0.5 s timeout"
    _check(host, stall, result, data)


def test_download_many_takes_a_timeout(tmp_path: Path) -> None:
    data = payload(MiB)
    host = StallingHost(data, stalls=["body"], stall_seconds=STALL)
    with stalling_host(host) as url, httpx.Client(timeout=30) as http:
        started = time.monotonic()
        results = pixxel.download_many(
            http, [(lambda: httpx.Request("GET", url), tmp_path / "a.bin")], timeout=0.5
        )
        elapsed = time.monotonic() - started
    assert elapsed < BOUND and results[0].resumed
    assert results[0].path.read_bytes() == data


def test_without_a_timeout_a_transfer_has_the_pools_own(tmp_path: Path) -> None:
    data = payload(MiB)
    host = StallingHost(data, stalls=["head"], stall_seconds=STALL)
    with stalling_host(host) as url, httpx.Client(timeout=0.5) as http:
        started = time.monotonic()
        results = pixxel.download_many(http, [(lambda: httpx.Request("GET", url), tmp_path / "b")])
        elapsed = time.monotonic() - started
    assert elapsed < BOUND and results[0].path.read_bytes() == data
