"""Transfers on an executor the caller passes: a Dask LocalCluster (2 workers) and a process pool.

The links are asked for in the caller (the client, with its key, never travels to a worker);
the workers only stream, verify and rename. An expired link comes back from the worker and a
fresh one is sent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from pixxel import Pixxel

from .fileserver import FileServer
from .helpers import payload, sha256

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

distributed = pytest.importorskip("distributed")


@pytest.fixture
def client() -> Iterator[Pixxel]:
    with Pixxel(api_key="fake-test-key", base_url="http://127.0.0.1:9") as pixxel_client:
        yield pixxel_client


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=2,
        processes=False,
        dashboard_address=":0",  # any free port: 8787 may be taken on a shared machine
    )
    with cluster, distributed.Client(cluster) as dask:
        yield dask


def serve(httpserver: HTTPServer, count: int) -> tuple[list[str], dict[str, FileServer]]:
    servers = {}
    for n in range(count):
        servers[f"/d/s{n}/s{n}.bin"] = FileServer(payload(150_000 + n, seed=bytes([n])))
        httpserver.expect_request(f"/d/s{n}/s{n}.bin").respond_with_handler(
            servers[f"/d/s{n}/s{n}.bin"]
        )
    return [httpserver.url_for(p) for p in servers], servers


def test_transfers_run_on_a_dask_local_cluster(
    httpserver: HTTPServer, client: Pixxel, dask_client: Any, tmp_path: Path
) -> None:
    urls, servers = serve(httpserver, 6)
    executor = dask_client.get_executor()
    with distributed.get_task_stream(client=dask_client) as stream:
        result = client.download(urls, tmp_path, executor=executor, progress=False)
    assert result.ok, result.summary()
    for path, server in servers.items():
        landed = tmp_path / path.split("/")[2] / path.rsplit("/", 1)[-1]
        assert sha256(landed) == hashlib.sha256(server.data).hexdigest()
    # Each file was one Dask task on the cluster's workers.
    tasks = [t for t in stream.data if "transfer_remote" in str(t["key"])]
    assert len(tasks) == 6
    assert {t["worker"] for t in tasks} <= set(dask_client.scheduler_info()["workers"])
    again = client.download(urls, tmp_path, executor=executor, progress=False)
    assert [f.status for f in again] == ["skipped"] * 6


def test_an_expired_link_comes_back_from_the_worker_and_is_replaced(
    httpserver: HTTPServer, dask_client: Any, tmp_path: Path
) -> None:
    files = FileServer(payload(80_000), expired_tokens={"t1"})
    httpserver.expect_request("/e/cube.tif").respond_with_handler(files)
    handed_out: list[str] = []

    def item_link() -> dict[str, Any]:
        token = f"t{len(handed_out) + 1}"
        handed_out.append(token)
        return {"href": httpserver.url_for("/e/cube.tif") + f"?X-Amz-Signature={token}"}

    import json

    from werkzeug import Request, Response

    def get_item(request: Request) -> Response:
        body = {"type": "Feature", "id": "S", "collection": "c", "assets": {"cube": item_link()}}
        return Response(json.dumps(body), headers={"Content-Type": "application/json"})

    httpserver.expect_request("/v0/archives/collections/c/items/S").respond_with_handler(get_item)
    item = {"type": "Feature", "id": "S", "collection": "c", "assets": {"cube": item_link()}}
    with Pixxel(api_key="fake-test-key", base_url=httpserver.url_for("")) as c:
        result = c.download([item], tmp_path, executor=dask_client.get_executor(), progress=False)
    assert result.ok, result.summary()
    assert handed_out == ["t1", "t2"]
    assert (tmp_path / "S" / "cube.tif").read_bytes() == files.data


def test_a_process_pool_works_too(httpserver: HTTPServer, client: Pixxel, tmp_path: Path) -> None:
    urls, servers = serve(httpserver, 3)
    with ProcessPoolExecutor(2) as pool:
        result = client.download(urls, tmp_path, executor=pool, progress=False)
    assert result.ok, result.summary()
    assert sorted(f.size for f in result) == sorted(len(s.data) for s in servers.values())


def test_a_429_on_one_dask_worker_pauses_every_submission(
    host: HTTPServer, client: Pixxel, dask_client: Any, tmp_path: Path
) -> None:
    from .test_bulk import Throttling

    servers = {f"/q/f{n}/f{n}.bin": FileServer(payload(30_000)) for n in range(12)}
    throttling = Throttling(servers, throttle=0, retry_after=1)
    throttling.throttle_at = 3
    for path in servers:
        host.expect_request(path).respond_with_handler(throttling)
    urls = [host.url_for(p) for p in servers]
    result = client.download(
        urls, tmp_path, executor=dask_client.get_executor(), max_concurrency=4, progress=False
    )
    assert result.ok, result.summary()
    first_429 = next(t for t, status in throttling.times if status == 429)
    during = [t - first_429 for t, _ in throttling.times if 0 < t - first_429 < 0.95]
    assert len(during) <= 3, f"requests {during} s after the 429"
    assert len(throttling.times) == 13
