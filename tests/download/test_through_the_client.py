"""Downloads go through the client: its transport, its errors, its pool; memory stays flat."""

from __future__ import annotations

import hashlib
import http.client
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import pixxel
from pixxel._runtime._download import DownloadError, download_file
from pixxel._runtime._fetch import stdlib_can_send

from ..support.paths import ROOT
from .fileserver import FileServer, md5_b64
from .helpers import MiB, payload, serve, source_for

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

STORAGE = "https://bucket.storage.example/job.zip?X-Amz-Signature=sig"


def _package_handler(data: bytes, seen: list[httpx.Request]) -> Any:
    """A whole fake world behind one MockTransport: the API and the file host."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "bucket.storage.example":
            return httpx.Response(200, content=data, headers={"Content-MD5": md5_b64(data)})
        body = {"id": "j1", "status": "ready", "workflowId": "wf1", "signed_url": STORAGE}
        return httpx.Response(200, json=body)

    return handle


def test_download_to_goes_through_the_users_transport(tmp_path: Path) -> None:
    data = payload(MiB)
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(_package_handler(data, seen)))
    client = pixxel.Pixxel(
        api_key="fake-key-0123456789", base_url="https://api.test", http_client=http
    )
    result = client.jobs.download_to("wf1", "j1", tmp_path / "job.zip", timeout=10)
    assert (tmp_path / "job.zip").read_bytes() == data and result.verified == "md5"
    assert [r.url.host for r in seen] == ["api.test", "bucket.storage.example"]
    assert "authorization" not in seen[-1].headers


async def test_async_download_to_goes_through_the_users_transport(tmp_path: Path) -> None:
    data = payload(MiB)
    seen: list[httpx.Request] = []
    handle = _package_handler(data, seen)

    async def respond(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = handle(request)
        return response

    http = httpx.AsyncClient(transport=httpx.MockTransport(respond))
    async with pixxel.AsyncPixxel(
        api_key="fake-key-0123456789", base_url="https://api.test", http_client=http
    ) as client:
        result = await client.jobs.download_to("wf1", "j1", tmp_path / "job.zip", timeout=10)
    assert (tmp_path / "job.zip").read_bytes() == data and result.verified == "md5"
    assert [r.url.host for r in seen] == ["api.test", "bucket.storage.example"]


def test_the_fast_path_is_only_for_the_clients_own_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    own = pixxel.Pixxel(api_key="k").http
    users = httpx.Client()
    signed = httpx.Request("GET", STORAGE)
    assert stdlib_can_send(own, signed)
    assert not stdlib_can_send(users, signed)  # a user's pool may have a proxy, certificates...
    api = httpx.Request(
        "GET", "https://api.pixxel.space/v0/reports", headers={"Authorization": "k"}
    )
    assert not stdlib_can_send(own, api)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    assert not stdlib_can_send(own, signed)


def test_the_fast_path_trusts_the_certificates_httpx_would(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import certifi

    from pixxel._runtime._fetch import _tls_context

    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    default = _tls_context().get_ca_certs()
    bundle = tmp_path / "one-ca.pem"
    bundle.write_text(
        Path(certifi.where()).read_text().split("-----END CERTIFICATE-----")[0]
        + "-----END CERTIFICATE-----\n"
    )
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    assert len(_tls_context().get_ca_certs()) == 1 < len(default)


def test_a_bad_key_on_a_report_download_is_a_typed_error_at_once(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    calls: list[Request] = []

    def refuse(request: Request) -> Response:
        calls.append(request)
        body = {"error": {"code": "FORBIDDEN", "message": "invalid api key"}}
        return Response(json.dumps(body), 403, content_type="application/json")

    httpserver.expect_request("/v0/reports").respond_with_handler(refuse)
    client = pixxel.Pixxel(api_key="fake-wrong-key-0123456789", base_url=httpserver.url_for("/"))
    with pytest.raises(pixxel.PermissionDeniedError) as caught:
        client.reports.download_to(tmp_path / "report.csv")
    assert len(calls) == 1
    assert caught.value.code == "FORBIDDEN"
    assert list(tmp_path.iterdir()) == []


def test_an_api_error_keeps_a_whole_response_once_scrubbed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v0/stores").respond_with_json({"error": {"code": "X"}}, status=403)
    client = pixxel.Pixxel(api_key="fake-wrong-key-0123456789", base_url=httpserver.url_for("/"))
    with pytest.raises(pixxel.PermissionDeniedError) as caught:
        client.stores.list()
    assert caught.value.response.elapsed.total_seconds() > 0
    assert caught.value.response.request.headers["authorization"] == "[REDACTED]"


def test_a_403_from_a_signed_urls_host_asks_for_a_fresh_url(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    server = FileServer(payload(MiB), expired_tokens={"old"})
    url = serve(httpserver, server)
    issued = iter(["old", "new"])
    with httpx.Client() as http:
        result = download_file(
            http,
            lambda: httpx.Request("GET", f"{url}?X-Amz-Signature={next(issued)}"),
            tmp_path / "f",
        )
    assert result.refreshed == 1


def test_the_fast_path_refuses_a_redirect_from_https_to_http(
    httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = payload(MiB)
    plain = serve(httpserver, FileServer(data), "/plain/cube.tif")
    httpserver.expect_request("/secure/cube.tif").respond_with_response(
        Response(status=302, headers={"Location": plain})
    )

    # The local server speaks plain HTTP: let "https" reach it, as if TLS had been set up.
    def https_as_plain(host: str, **options: Any) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(host, timeout=options.get("timeout"))

    monkeypatch.setattr("http.client.HTTPSConnection", https_as_plain)
    secure = httpserver.url_for("/secure/cube.tif").replace("http://", "https://")
    client = pixxel.Pixxel(api_key="k")
    with pytest.raises(DownloadError, match="refused a redirect from https to http"):
        download_file(client.http, source_for(secure), tmp_path / "cube.tif", engine="stdlib")
    assert not (tmp_path / "cube.tif").exists()
    # The same redirect between two plain URLs is followed.
    plain_start = httpserver.url_for("/secure/cube.tif")
    assert download_file(client.http, source_for(plain_start), tmp_path / "ok.tif", engine="stdlib")


_MEASURE = """
import sys, tracemalloc, httpx
from pixxel._runtime._download import download_file
url, target, engine = sys.argv[1:4]
with httpx.Client() as http:
    download_file(http, lambda: httpx.Request("GET", url + "/warm-up"), target + ".w", engine=engine)
    peaks = []
    for name in ("small", "large"):
        tracemalloc.start()
        download_file(http, lambda: httpx.Request("GET", url + "/" + name), target + name, engine=engine)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
print(*peaks)
"""


@pytest.mark.parametrize("engine", ["httpx", "stdlib"])
def test_memory_stays_flat_while_a_large_file_streams(
    httpserver: HTTPServer, tmp_path: Path, engine: str
) -> None:
    """The client runs in its own process: only its allocations are measured, not the server's."""
    sizes = {"warm-up": MiB, "small": 8 * MiB, "large": 64 * MiB}
    for name, size in sizes.items():
        serve(httpserver, FileServer(payload(size), checksum="none"), f"/{name}")
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, httpserver.url_for(""), str(tmp_path / "f"), engine],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT / "generated"), "PATH": "/usr/bin:/bin"},
        check=True,
    ).stdout
    small, large = (int(n) for n in out.split())
    assert (
        hashlib.sha256((tmp_path / "flarge").read_bytes()).hexdigest()
        == hashlib.sha256(payload(64 * MiB)).hexdigest()
    )
    # Eight times the data, the same memory.
    assert large < 16 * MiB, f"peak {large / MiB:.1f} MiB while streaming 64 MiB"
    assert large - small < MiB, f"peak grew from {small / MiB:.2f} to {large / MiB:.2f} MiB"


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


async def test_an_async_users_pool_carries_the_whole_transfer(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Streamed through the user's AsyncClient (a real transport), including a resume."""
    data = payload(3 * MiB)
    server = FileServer(data, drop_after=[MiB])
    url = serve(httpserver, server)
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async def source() -> httpx.Request:
        return httpx.Request("GET", url)

    async with httpx.AsyncClient(event_hooks={"request": [record]}) as http:
        result = await pixxel.download_many_async([(source, tmp_path / "cube.tif")], http=http)
    assert result[0].resumed and (tmp_path / "cube.tif").read_bytes() == data
    assert len(sent) == len(server.requests) == 2
