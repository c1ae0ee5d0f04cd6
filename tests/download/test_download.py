"""Downloads against a real local server: resume, restart, expiry, integrity, memory."""

from __future__ import annotations

import hashlib
import json
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import pixxel
from pixxel._runtime._download import DownloadError, download_file, download_many

from .fileserver import FileServer

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

MiB = 1024 * 1024


def payload(size: int) -> bytes:
    return hashlib.sha256(b"seed").digest() * (size // 32) + b"x" * (size % 32)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def serve(httpserver: HTTPServer, server: FileServer, path: str = "/bucket/cube.tif") -> str:
    httpserver.expect_request(path).respond_with_handler(server)
    return httpserver.url_for(path)


def source_for(url: str) -> Callable[[], httpx.Request]:
    return lambda: httpx.Request("GET", url)


@pytest.fixture(autouse=True, params=["httpx", "stdlib"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with both ways of reading the body."""
    monkeypatch.setattr("pixxel._runtime._download.DEFAULT_ENGINE", request.param)
    return str(request.param)


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


def test_streams_to_disk_and_verifies_the_md5_etag(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(3 * MiB)
    url = serve(httpserver, FileServer(data))
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert result.size == len(data) and result.verified == "md5"
    assert sha256(tmp_path / "cube.tif") == hashlib.sha256(data).hexdigest()
    assert not (tmp_path / "cube.tif.part").exists()


def test_an_interrupted_download_resumes_to_an_identical_file(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(4 * MiB + 123)
    server = FileServer(data, drop_after=[MiB + 7, MiB])
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert result.resumed and result.verified == "md5"
    assert sha256(tmp_path / "cube.tif") == hashlib.sha256(data).hexdigest()
    ranges = [r.get("Range") for r in server.requests]
    assert ranges[0] is None
    assert ranges[1] == f"bytes={MiB + 7}-"
    assert ranges[2] == f"bytes={2 * MiB + 7}-"


def test_a_part_left_by_an_earlier_run_is_resumed(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    (tmp_path / "cube.tif.part").write_bytes(data[:12345])
    server = FileServer(data)
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert result.resumed and server.requests[-1]["Range"] == "bytes=12345-"
    assert (tmp_path / "cube.tif").read_bytes() == data


def test_without_range_support_a_drop_restarts_from_zero(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    server = FileServer(data, ranges=False, drop_after=[MiB])
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert not result.resumed
    assert (tmp_path / "cube.tif").read_bytes() == data


def test_without_range_support_repeated_drops_leave_no_truncated_file(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    server = FileServer(data, ranges=False, drop_after=[MiB] * 10)
    url = serve(httpserver, server)
    with pytest.raises(DownloadError, match="failed after 3 attempts"):
        download_file(http, source_for(url), tmp_path / "cube.tif", max_attempts=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_expired_signed_url_is_refreshed_and_the_transfer_goes_on(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(3 * MiB)
    # The first URL serves one (dropped) response, then has expired when the client resumes.
    server = FileServer(data, drop_after=[MiB], expire_after={"first": 1})
    base = serve(httpserver, server)
    urls = iter([f"{base}?X-Amz-Signature=first", f"{base}?X-Amz-Signature=second"])
    issued: list[str] = []

    def source() -> httpx.Request:
        issued.append(next(urls))
        return httpx.Request("GET", issued[-1])

    result = download_file(http, source, tmp_path / "cube.tif")
    assert result.refreshed == 1 and result.resumed
    assert len(issued) == 2
    assert [r.get("Range") for r in server.requests] == [None, f"bytes={MiB}-", f"bytes={MiB}-"]
    assert (tmp_path / "cube.tif").read_bytes() == data


def test_a_url_that_stays_expired_gives_up_clearly(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    server = FileServer(payload(MiB), expired_tokens={"old"})
    url = serve(httpserver, server) + "?X-Amz-Signature=old"
    with pytest.raises(DownloadError, match="gave up after 2 fresh URLs") as caught:
        download_file(http, source_for(url), tmp_path / "f", max_refreshes=2)
    assert "old" not in str(caught.value)  # the signature is redacted from the message
    assert list(tmp_path.iterdir()) == []


def test_a_complete_file_is_skipped(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    (tmp_path / "cube.tif").write_bytes(data)
    server = FileServer(data)
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert result.skipped
    assert len(server.requests) == 1 and server.requests[0]["Range"] == f"bytes={len(data)}-"


def test_a_checksum_mismatch_leaves_nothing_behind(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    url = serve(httpserver, FileServer(data, corrupt=True))
    with pytest.raises(DownloadError, match="md5 checksum mismatch"):
        download_file(http, source_for(url), tmp_path / "cube.tif")
    assert list(tmp_path.iterdir()) == []


def _peak_allocations(http: httpx.Client, url: str, target: Path) -> int:
    tracemalloc.start()
    try:
        download_file(http, source_for(url), target)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_while_a_large_file_streams(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    sizes = {"warm-up": MiB, "small": 8 * MiB, "large": 64 * MiB}
    for name, size in sizes.items():
        serve(httpserver, FileServer(payload(size), etag_md5=False), f"/{name}")
    download_file(
        http, source_for(httpserver.url_for("/warm-up")), tmp_path / "warm-up"
    )  # imports done
    small = _peak_allocations(http, httpserver.url_for("/small"), tmp_path / "small")
    large = _peak_allocations(http, httpserver.url_for("/large"), tmp_path / "large")
    assert (tmp_path / "large").stat().st_size == sizes["large"]
    # Eight times the data, the same memory (the local server's chunks count too: same process).
    assert large < 16 * MiB, f"peak {large / MiB:.1f} MiB while streaming 64 MiB"
    assert large - small < 2 * MiB, f"peak grew from {small / MiB:.1f} to {large / MiB:.1f} MiB"


def test_auto_engine_reads_signed_urls_with_the_standard_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pixxel._runtime._fetch import _stdlib_can_send

    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    monkeypatch.delenv("https_proxy", raising=False)
    assert _stdlib_can_send(httpx.Request("GET", "https://bucket.example.com/a?X-Amz-Signature=s"))
    assert not _stdlib_can_send(
        httpx.Request("GET", "https://api.pixxel.space/v0/reports", headers={"Authorization": "k"})
    )
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    assert not _stdlib_can_send(httpx.Request("GET", "https://bucket.example.com/a"))


def test_progress_callback_sees_the_bytes(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    url = serve(httpserver, FileServer(data))
    seen: list[tuple[int, int | None]] = []
    download_file(
        http,
        source_for(url),
        tmp_path / "f",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (len(data), len(data))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_many_downloads_respect_the_concurrency_bound(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    server = FileServer(data)
    url = serve(httpserver, server)
    jobs = [(source_for(url), tmp_path / f"f{i}.bin") for i in range(8)]
    results = download_many(http, jobs, max_concurrency=2)
    assert [r.path.name for r in results] == [f"f{i}.bin" for i in range(8)]
    assert all(r.path.read_bytes() == data for r in results)
    assert server.max_active <= 2


def test_download_to_through_the_client_waits_and_keeps_the_key_away_from_storage(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    data = payload(MiB)
    storage = FileServer(data)
    file_url = serve(httpserver, storage, "/storage/job.zip")
    answers = iter(["pending", "ready"])

    def package(request: Request) -> Response:
        status = next(answers, "ready")
        body = {"id": "j1", "status": status, "workflowId": "wf1"}
        if status == "ready":
            body["signed_url"] = file_url + "?X-Amz-Signature=abc"
        return Response(json.dumps(body), 200, content_type="application/json")

    httpserver.expect_request(
        "/v0/workflows/wf1/jobs/j1/download", method="PUT"
    ).respond_with_handler(package)
    client = pixxel.Pixxel(api_key="fake-key-that-must-not-leak", base_url=httpserver.url_for("/"))
    result = client.jobs.download_to("wf1", "j1", tmp_path / "job.zip", timeout=10)
    assert (tmp_path / "job.zip").read_bytes() == data and result.verified == "md5"
    assert all("Authorization" not in headers for headers in storage.requests)


async def test_async_download_to(httpserver: HTTPServer, tmp_path: Path) -> None:
    data = payload(MiB)
    file_url = serve(httpserver, FileServer(data), "/storage/cat.zip")
    httpserver.expect_request("/v0/catalogs/download/d1").respond_with_json(
        {"id": "d1", "status": "success", "signed_url": file_url}
    )
    async with pixxel.AsyncPixxel(api_key="k", base_url=httpserver.url_for("/")) as client:
        result = await client.catalog.download_to("d1", tmp_path / "cat.zip")
    assert result.path.read_bytes() == data


def test_large_reads_are_enabled_for_downloads(httpserver: HTTPServer, http: httpx.Client) -> None:
    from pixxel._runtime._fetch import READ_SIZE, _widen_reads

    url = serve(httpserver, FileServer(payload(MiB)))
    response = http.send(httpx.Request("GET", url), stream=True)
    try:
        _widen_reads(response)
        layer: Any = response.stream
        for name in ("_stream", "_httpcore_stream", "_stream", "_connection"):
            layer = getattr(layer, name)
        assert layer.READ_NUM_BYTES == READ_SIZE
    finally:
        response.close()


def test_progress_bar_with_rich(httpserver: HTTPServer, http: httpx.Client, tmp_path: Path) -> None:
    data = payload(2 * MiB)
    url = serve(httpserver, FileServer(data))
    result = download_file(http, source_for(url), tmp_path / "bar.bin", progress=True)
    assert result.path.read_bytes() == data


async def test_many_async_downloads_respect_the_concurrency_bound(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    data = payload(MiB)
    server = FileServer(data)
    url = serve(httpserver, server)

    async def source() -> httpx.Request:
        return httpx.Request("GET", url)

    results = await pixxel.download_many_async(
        [(source, tmp_path / f"a{i}.bin") for i in range(6)], max_concurrency=2
    )
    assert [r.path.name for r in results] == [f"a{i}.bin" for i in range(6)]
    assert all(r.path.read_bytes() == data for r in results)
    assert server.max_active <= 2
