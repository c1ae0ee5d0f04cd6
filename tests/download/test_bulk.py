"""Bulk downloads (``client.download``) against real local file hosts: results per file, re-runs,
a shared rate limit, layouts, cancellation, progress."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import pixxel
from pixxel import BulkDownloadError, BulkProgress, Pixxel
from pixxel._runtime._bulk import FileRef, place

from .fileserver import FileServer
from .helpers import MiB, payload, sha256

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])


@pytest.fixture
def client() -> Any:
    with Pixxel(api_key="fake-test-key", base_url="http://127.0.0.1:9") as pixxel_client:
        yield pixxel_client


def serve_files(httpserver: HTTPServer, count: int, size: int = 300_000) -> dict[str, FileServer]:
    servers = {}
    for n in range(count):
        path = f"/bucket/scene-{n}/cube-{n}.tif"
        servers[path] = FileServer(payload(size + n, seed=str(n).encode()))
        httpserver.expect_request(path).respond_with_handler(servers[path])
    return servers


def stac_item(item_id: str, assets: dict[str, str]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": item_id,
        "assets": {key: {"href": href, "roles": ["data"]} for key, href in assets.items()},
    }


def test_every_file_lands_verified_and_a_rerun_transfers_nothing(
    host: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    servers = serve_files(host, 12)
    urls = [host.url_for(path) for path in servers]
    result = client.download(urls, tmp_path, max_concurrency=4, progress=False)
    assert result.ok and len(result) == 12 and len(result.done) == 12
    for path, server in servers.items():
        name = path.rsplit("/", 1)[-1]
        landed = tmp_path / name.split(".")[0] / name
        assert sha256(landed) == hashlib.sha256(server.data).hexdigest()
    assert not list(tmp_path.rglob("*.part"))
    assert max(s.max_active for s in servers.values()) == 1  # one transfer per file

    for server in servers.values():
        server.requests.clear()
    again = client.download(urls, tmp_path, max_concurrency=4, progress=False)
    assert [f.status for f in again] == ["skipped"] * 12
    # The re-run only asked each host for one byte, to prove the file is the served one.
    assert all([r.get("Range") for r in s.requests] == ["bytes=0-0"] for s in servers.values())


def test_one_failure_never_stops_the_others_and_is_named(
    httpserver: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    servers = serve_files(httpserver, 3)
    broken = FileServer(payload(200_000), corrupt=True)  # its checksum will not match
    httpserver.expect_request("/bucket/bad/bad.tif").respond_with_handler(broken)
    urls = [httpserver.url_for(p) for p in servers]
    urls.insert(1, httpserver.url_for("/bucket/bad/bad.tif"))
    result = client.download(urls, tmp_path, progress=False)
    assert [f.status for f in result] == ["done", "failed", "done", "done"]
    failed = result.failed[0]
    assert failed.item == "bad" and "checksum mismatch" in (failed.error or "")
    assert not (tmp_path / "bad" / "bad.tif").exists()
    assert "failed: bad -> " in result.summary() and "1 failed" in result.summary()

    with pytest.raises(BulkDownloadError) as raised:
        client.download(urls, tmp_path, progress=False, raise_on_error=True)
    assert [f.item for f in raised.value.failures] == ["bad"]
    assert "bad.tif" in str(raised.value)


def test_stac_items_choose_assets_and_the_layout_places_them(
    httpserver: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    for path in ("/a/reflectance.tif", "/a/thumb.png", "/b/reflectance.tif"):
        httpserver.expect_request(path).respond_with_handler(FileServer(payload(50_000)))
    items = [
        stac_item(
            "A",
            {
                "reflectance": httpserver.url_for("/a/reflectance.tif"),
                "thumbnail": httpserver.url_for("/a/thumb.png"),
            },
        ),
        stac_item("B", {"reflectance": httpserver.url_for("/b/reflectance.tif")}),
    ]
    result = client.download(
        {"type": "FeatureCollection", "features": items},
        tmp_path,
        assets=["reflectance"],
        layout="{asset}/{item}{suffix}",
        progress=False,
    )
    assert result.ok, result.summary()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.tif")) == [
        "reflectance/A.tif",
        "reflectance/B.tif",
    ]
    missing = client.download(items, tmp_path, assets=["cube"], progress=False)
    assert [f.status for f in missing] == ["failed", "failed"]
    assert "has no asset 'cube' (it has: reflectance, thumbnail)" in (missing[0].error or "")


def test_a_layout_cannot_leave_the_destination() -> None:
    ref = FileRef("item", "url", None)
    with pytest.raises(ValueError, match="not a path under the destination"):
        place("../{name}", ref, "x.tif")
    assert place("{item}/{name}", FileRef("../..", "url", None), "../x.tif") == ".._../.._x.tif"
    with pytest.raises(ValueError, match="names 'nope'"):
        place("{nope}", ref, "x.tif")


def test_two_files_with_one_destination_fail_instead_of_mixing(
    httpserver: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    for path in ("/x/cube.tif", "/y/cube.tif"):
        httpserver.expect_request(path).respond_with_handler(FileServer(payload(10_000)))
    urls = [httpserver.url_for("/x/cube.tif"), httpserver.url_for("/y/cube.tif")]
    result = client.download(urls, tmp_path, progress=False)
    assert sorted(f.status for f in result) == ["done", "failed"]
    assert "use a layout that tells them apart" in (result.failed[0].error or "")


class Throttling:
    """Answers 429 (Retry-After) to the first ``throttle`` requests, then serves files."""

    def __init__(self, servers: dict[str, FileServer], throttle: int, retry_after: float) -> None:
        self.servers = servers
        self.throttle = throttle
        self.retry_after = retry_after
        self.times: list[tuple[float, int]] = []
        self.lock = threading.Lock()

    throttle_at = 0
    """Refuse the request with this number (1-based) instead of the first ones."""

    def __call__(self, request: Request) -> Response:
        with self.lock:
            throttled = self.throttle > 0 or len(self.times) + 1 == self.throttle_at
            self.throttle -= self.throttle > 0
            self.times.append((time.monotonic(), 429 if throttled else 200))
        if throttled:
            return Response("slow down", 429, headers={"Retry-After": str(self.retry_after)})
        return self.servers[request.path](request)


def test_a_429_seen_by_one_worker_pauses_every_worker(
    host: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    servers = {f"/t/f{n}.bin": FileServer(payload(20_000)) for n in range(24)}
    throttling = Throttling(servers, throttle=0, retry_after=1)
    throttling.throttle_at = 6  # the 6th request is refused, while files keep coming
    for path in servers:
        host.expect_request(path).respond_with_handler(throttling)
    urls = [host.url_for(p) for p in servers]
    result = client.download(urls, tmp_path, max_concurrency=4, progress=False)
    assert result.ok, result.summary()
    first_429 = next(t for t, status in throttling.times if status == 429)
    during = [t - first_429 for t, _ in throttling.times if 0 < t - first_429 < 0.95]
    # Only requests already on their way when the 429 was answered (3 other workers) may
    # arrive during the pause; without the shared pause the 4 workers would fetch on.
    assert len(during) <= 3, f"requests {during} s after the 429"
    assert len(throttling.times) == 25


def test_throttling_beyond_the_shared_budget_fails_the_files_not_the_call(
    httpserver: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    servers = {f"/t/g{n}.bin": FileServer(payload(1000)) for n in range(3)}
    refusing = Throttling(servers, throttle=1000, retry_after=0)
    for path in servers:
        httpserver.expect_request(path).respond_with_handler(refusing)
    urls = [httpserver.url_for(p) for p in servers]
    result = client.download(urls, tmp_path, progress=False, max_retries=5)
    assert [f.status for f in result] == ["failed"] * 3
    assert "kept refusing" in (result[0].error or "")
    assert len(refusing.times) == 3 + 5  # one budget for the batch, not five retries per file


def _halfway_host(
    host: HTTPServer, prefix: str, count: int
) -> tuple[threading.Event, threading.Semaphore, list[str]]:
    """``count`` files of 2 MiB that each stop after their first MiB until ``release`` is set;
    ``halfway`` is released once per file that got there."""
    release = threading.Event()
    halfway = threading.Semaphore(0)

    class Slow(FileServer):
        def _stream(self, payload: bytes, drop: int | None) -> Any:  # type: ignore[override]
            yield payload[:MiB]
            halfway.release()  # the first MiB has been handed to the socket
            release.wait(30)
            yield payload[MiB:]

    paths = [f"{prefix}/f{n}.bin" for n in range(count)]
    for path in paths:
        host.expect_request(path).respond_with_handler(Slow(payload(2 * MiB)))
    return release, halfway, [host.url_for(p) for p in paths]


def test_a_cancelled_batch_keeps_parts_and_publishes_nothing_partial(
    host: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    release, halfway, urls = _halfway_host(host, "/s", 3)

    def ctrl_c() -> None:
        for _ in urls:
            halfway.acquire(timeout=30)
        time.sleep(1.0)  # the client has read what was sent
        os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C does, while every file is half-way
        time.sleep(0.5)
        release.set()

    # Python's own Ctrl-C handler (another library imported by the test run may have set its own)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Thread(target=ctrl_c)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            client.download(urls, tmp_path, progress=False)
    finally:
        timer.join()
        signal.signal(signal.SIGINT, previous)
    assert not [p for p in tmp_path.rglob("*.bin")]  # nothing partial at a final name
    parts = list(tmp_path.rglob("*.bin.part"))
    assert len(parts) == 3 and all(p.stat().st_size == MiB for p in parts)

    result = client.download(urls, tmp_path, progress=False)  # the re-run resumes them
    assert result.ok and all(f.download and f.download.resumed for f in result)
    assert all(
        sha256(Path(f.destination)) == hashlib.sha256(payload(2 * MiB)).hexdigest() for f in result
    )


def test_the_progress_callback_sees_files_bytes_and_the_end(
    httpserver: HTTPServer, client: Pixxel, tmp_path: Path
) -> None:
    servers = serve_files(httpserver, 5, size=200_000)
    urls = [httpserver.url_for(p) for p in servers]
    seen: list[BulkProgress] = []
    client.download(urls, tmp_path, progress=seen.append)
    last = seen[-1]
    assert (last.files_total, last.files_done, last.files_failed) == (5, 5, 0)
    assert last.listing_done and last.in_flight == ()
    assert last.bytes_done == sum(len(s.data) for s in servers.values()) == last.bytes_total


def test_bad_arguments_get_clear_errors(client: Pixxel, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        client.download([], tmp_path, max_concurrency=0)
    with pytest.raises(TypeError, match="progress must be"):
        client.download([], tmp_path, progress="loud")
    result = client.download(["some-id", 42], tmp_path, progress=False)
    assert [f.status for f in result] == ["failed", "failed"]
    assert "is an id" in (result[0].error or "")
    assert "cannot tell what to download" in (result[1].error or "")


async def test_the_async_client_downloads_too(httpserver: HTTPServer, tmp_path: Path) -> None:
    servers = serve_files(httpserver, 3)
    urls = [httpserver.url_for(p) for p in servers]
    async with pixxel.AsyncPixxel(
        api_key="fake-test-key", base_url="http://127.0.0.1:9"
    ) as aclient:
        result = await aclient.download(urls, tmp_path, progress=False)
    assert result.ok and len(result.done) == 3


def test_pool_is_the_clients(httpserver: HTTPServer, tmp_path: Path) -> None:
    """The files go through the client's own pool (its transport applies), not a pool of ours."""
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    serve_files(httpserver, 2)
    http = httpx.Client(event_hooks={"request": [hook]})
    with Pixxel(api_key="fake-test-key", base_url="http://127.0.0.1:9", http_client=http) as c:
        urls = [httpserver.url_for(f"/bucket/scene-{n}/cube-{n}.tif") for n in range(2)]
        assert c.download(urls, tmp_path, progress=False).ok
    assert sorted(seen) == ["/bucket/scene-0/cube-0.tif", "/bucket/scene-1/cube-1.tif"]


def test_the_bar_shows_files_bytes_and_rate_on_stderr(
    httpserver: HTTPServer, client: Pixxel, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    servers = serve_files(httpserver, 2, size=100_000)
    urls = [httpserver.url_for(p) for p in servers]
    client.download(urls, tmp_path, progress=True)
    err = capfd.readouterr().err
    assert "files 2/2" in err and "kB" in err  # the final state of the bar, drawn off a terminal


def test_auto_progress_stays_quiet_off_a_terminal(
    httpserver: HTTPServer, client: Pixxel, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    servers = serve_files(httpserver, 1, size=10_000)
    client.download([httpserver.url_for(p) for p in servers], tmp_path)
    assert capfd.readouterr().err == ""


def test_a_probe_of_a_complete_file_that_is_cut_off_is_retried(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """The one-byte check of an existing file loses its connection: tried again, not failed."""
    from pixxel._runtime._fetch import open_body
    from pixxel._runtime._transfer import Transfer

    server = FileServer(payload(50_000), checksum="repr-digest")
    httpserver.expect_request("/p/cube.tif").respond_with_handler(server)
    url = httpserver.url_for("/p/cube.tif")
    target = tmp_path / "cube.tif"
    calls: list[str] = []

    with httpx.Client() as pool:

        def send(request: httpx.Request) -> Any:
            calls.append(request.headers.get("Range", "whole"))
            if len(calls) == 2:  # the first probe of the second run
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
            return open_body(pool, request, "httpx")

        def run() -> Any:
            return Transfer(
                send,
                lambda: httpx.Request("GET", url),
                target,
                max_attempts=3,
                max_refreshes=0,
                progress=None,
            ).run()

        assert not run().skipped
        assert run().skipped
    assert calls == ["whole", "bytes=0-0", "bytes=0-0"]


async def test_cancelling_the_async_call_stops_the_workers_and_keeps_parts(
    host: HTTPServer, tmp_path: Path
) -> None:
    import asyncio

    release, halfway, urls = _halfway_host(host, "/a", 2)
    async with pixxel.AsyncPixxel(
        api_key="fake-test-key", base_url="http://127.0.0.1:9"
    ) as aclient:
        task = asyncio.create_task(aclient.download(urls, tmp_path, progress=False))
        for _ in urls:
            await asyncio.to_thread(halfway.acquire, timeout=30)
        await asyncio.sleep(1.0)
        task.cancel()
        await asyncio.sleep(0.5)  # the call has seen the cancellation before the rest arrives
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert not list(tmp_path.rglob("*.bin"))
    assert len(list(tmp_path.rglob("*.bin.part"))) == 2
