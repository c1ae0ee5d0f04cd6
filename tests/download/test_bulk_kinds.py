"""``client.download`` takes what users hold: every kind of record, through a local stand-in of
the API (requests checked against the spec) that hands out links to its own files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pixxel import AsyncPixxel, Pixxel
from tests.docs import api_server

from .fileserver import FileServer
from .helpers import payload, sha256

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])


@pytest.fixture(scope="module")
def api() -> Iterator[api_server.APIServer]:
    with api_server.running() as server:
        yield server


@pytest.fixture
def client(api: api_server.APIServer) -> Iterator[Pixxel]:
    api.calls.clear()
    api.problems.clear()
    with Pixxel(api_key="fake-test-key", base_url=api.url) as pixxel_client:
        yield pixxel_client
    assert not api.problems, api.problems


def landed(result: Any) -> list[str]:
    assert result.ok, result.summary()
    return [Path(f.destination).as_posix() for f in result]


def test_archive_search_results_by_asset_key(client: Pixxel, tmp_path: Path) -> None:
    items = client.archives.search(collections=["simple-collection_2"], limit=1)
    result = client.download(items, tmp_path, assets=["reflectance"], progress=False)
    [path] = landed(result)
    assert path == (tmp_path / "20201211_223832_CS25" / "reflectance.tif").as_posix()
    assert Path(path).read_bytes() == api_server.FILE_BYTES
    # Without assets=: the assets whose role is data (the thumbnail is left out).
    again = client.download(items, tmp_path, progress=False)
    assert [f.status for f in again] == ["skipped"]


def test_items_given_by_id_are_fetched_from_their_collection(
    client: Pixxel, api: api_server.APIServer, tmp_path: Path
) -> None:
    result = client.download(
        ["20201211_223832_CS25"], tmp_path, collection="c1", assets=["thumbnail"], progress=False
    )
    assert landed(result) == [(tmp_path / "20201211_223832_CS25" / "thumb.png").as_posix()]
    assert api.calls.count("getCollectionItem") == 1


def test_jobs_catalog_entries_orders_insights_and_aoi_assets(
    client: Pixxel, api: api_server.APIServer, tmp_path: Path
) -> None:
    job = client.jobs.get("wf-1", "job-1").model_copy(update={"workflow_id": "wf-1"})
    catalog = client.catalog.search()
    order = client.orders.get("order-1")
    insights = client.insights.list("aoi-1")
    aoi_assets = client.assets.list("aoi-1")
    records = [job, catalog, order, insights, aoi_assets]
    result = client.download(records, tmp_path, layout="{kind}/{item}/{name}", progress=False)
    kinds = sorted({Path(p).relative_to(tmp_path).parts[0] for p in landed(result)})
    assert kinds == ["aoi-asset", "catalog", "insight", "job", "order-item"]
    assert {
        "downloadJob",
        "createCatalogDownload",
        "getCatalogDownload",
        "downloadInsights",
        "createAssetDownload",
        "getAssetDownload",
    } <= set(api.calls)
    for f in result:
        assert Path(f.destination).read_bytes() == api_server.FILE_BYTES


def test_a_record_missing_what_names_its_file_fails_clearly(client: Pixxel, tmp_path: Path) -> None:
    job = client.jobs.get("wf-1", "job-1")  # the documented job has no workflow_id
    result = client.download([job], tmp_path, progress=False)
    assert result[0].error == f"job {job.id} has no workflow_id: cannot ask for its file"


def test_plain_dicts_are_recognised_by_their_fields(client: Pixxel, tmp_path: Path) -> None:
    """As NDJSON lines give them: a job and a task download."""
    records = [
        {"id": "job-9", "workflow_id": "wf-1", "status": "completed"},
        {"id": "task-3", "job_id": "job-9", "workflow_id": "wf-1", "status": "ready"},
    ]
    result = client.download(records, tmp_path, layout="{item}/{name}", progress=False)
    assert landed(result) == [
        (tmp_path / "job-9" / "job.zip").as_posix(),
        (tmp_path / "task-3" / "task.zip").as_posix(),
    ]


async def test_the_async_client_takes_records_too(
    api: api_server.APIServer, tmp_path: Path
) -> None:
    async with AsyncPixxel(api_key="fake-test-key", base_url=api.url) as aclient:
        job = await aclient.jobs.get("wf-1", "job-1")
        job = job.model_copy(update={"workflow_id": "wf-1"})
        result = await aclient.download([job], tmp_path, progress=False)
    assert landed(result) == [(tmp_path / str(job.id) / "job.zip").as_posix()]


def test_an_expired_asset_link_is_refreshed_through_the_api(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """The STAC item's href expires (403): the item is fetched again for a fresh link."""
    files = FileServer(payload(100_000), expired_tokens={"old"})
    httpserver.expect_request("/files/cube.tif").respond_with_handler(files)
    fresh_calls: list[str] = []

    def get_item(request: Request) -> Response:
        fresh_calls.append(request.path)
        body = {
            "type": "Feature",
            "id": "S1",
            "collection": "c1",
            "assets": {
                "cube": {"href": httpserver.url_for("/files/cube.tif") + "?X-Amz-Signature=new"}
            },
        }
        return Response(json.dumps(body), headers={"Content-Type": "application/json"})

    httpserver.expect_request("/v0/archives/collections/c1/items/S1").respond_with_handler(get_item)
    item = {
        "type": "Feature",
        "id": "S1",
        "collection": "c1",
        "assets": {
            "cube": {"href": httpserver.url_for("/files/cube.tif") + "?X-Amz-Signature=old"}
        },
    }
    with Pixxel(api_key="fake-test-key", base_url=httpserver.url_for("")) as c:
        result = c.download([item], tmp_path, progress=False)
    assert result.ok, result.summary()
    assert fresh_calls == ["/v0/archives/collections/c1/items/S1"]
    assert result[0].download is not None and result[0].download.refreshed == 1
    assert sha256(tmp_path / "S1" / "cube.tif") == sha256_bytes(files.data)
    # The file host never saw the API key.
    assert all("Authorization" not in r for r in files.requests)


def sha256_bytes(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
