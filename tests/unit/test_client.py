"""Client settings, headers, raw responses and request building."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import pixxel
from pixxel import OPERATIONS, Pixxel
from pixxel.api.stores import list_stores

from .helpers import API_KEY, BASE_URL, async_client, json_response, sync_client

JOB = {"id": "j1", "status": "running", "workflow_id": "wf1", "cost": 3}


def test_sends_the_raw_key_and_a_user_agent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, JOB)

    job = sync_client(handler).jobs.get("wf1", "j1")
    assert job.id == "j1"
    request = seen[0]
    assert request.headers["authorization"] == API_KEY  # no "Bearer"
    assert request.headers["user-agent"].startswith(f"pixxel-client/{pixxel.__version__}")
    assert str(request.url) == f"{BASE_URL}/v0/workflows/wf1/jobs/j1"


def test_path_parameters_stay_one_segment() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode())
        return json_response(200, JOB)

    sync_client(handler).jobs.get("wf/1", "j 1")
    assert seen == ["/v0/workflows/wf%2F1/jobs/j%201"]
    with pytest.raises(ValueError, match=r"jobs\.get\(workflow_id=\.\.\.\): expected an id"):
        sync_client(handler).jobs.get("", "j1")


def test_query_parameters_are_sent_and_unset_ones_left_out() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return json_response(200, {"jobs": []})

    sync_client(handler).jobs.list("wf1", status="running")
    assert dict(seen[0].params) == {"status": "running"}


def test_create_job_sends_project_id_in_the_query_and_no_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, JOB)

    job = sync_client(handler).jobs.create("wf1", project_id="p1")
    assert isinstance(job, pixxel.models.Job)
    assert seen[0].method == "POST" and seen[0].url.params["project_id"] == "p1"
    assert seen[0].content == b""


def test_body_fields_use_wire_names_and_not_given_fields_are_left_out() -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return json_response(201, {"aoi_id": "a1", "name": "x"})

    geometry = {
        "type": "Polygon",
        "coordinates": [[[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 12.9]]],
    }
    sync_client(handler).aois.create(
        name="x",
        description="d",
        provider="pixxel",
        project_id="p1",
        geometry=geometry,
        item_ids=["TD2_000650_20230404_L2A_20240405_01001067"],
        satellite_id="0005c5bb-0bd2-4c80-9393-4a808341c54c",
    )
    assert seen[0] == {
        "name": "x",
        "description": "d",
        "provider": "pixxel",
        "project_id": "p1",
        "geometry": geometry,
        "item_ids": ["TD2_000650_20230404_L2A_20240405_01001067"],
        "satellite_id": "0005c5bb-0bd2-4c80-9393-4a808341c54c",
    }
    assert "lens_satellite_id" not in seen[0]


def test_an_invalid_body_is_refused_before_anything_is_sent() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return json_response(201, {})

    polygon = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    with pytest.raises(TypeError, match=r"aois\.create\(item_ids=\.\.\.\): .*valid list") as caught:
        sync_client(handler).aois.create(
            name="x",
            description="d",
            provider="pixxel",
            project_id="p1",
            geometry=polygon,
            item_ids=7,  # type: ignore[arg-type]
            satellite_id="s",
        )
    assert "AoiCreate" not in str(caught.value), "no internal model name"
    assert sent == []


def test_api_key_comes_from_the_environment_or_fails_clearly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PIXXEL_API_KEY", raising=False)
    with pytest.raises(ValueError, match="PIXXEL_API_KEY"):
        Pixxel()
    monkeypatch.setenv("PIXXEL_API_KEY", "from-env")
    monkeypatch.setenv("PIXXEL_BASE_URL", "http://127.0.0.1:9/")
    client = Pixxel()
    assert client.base_url == "http://127.0.0.1:9"
    assert "from-env" not in repr(client)


def test_a_timeout_is_always_set() -> None:
    client = Pixxel(api_key=API_KEY)
    assert client.timeout.read == 60.0 and client.timeout.connect == 10.0
    assert Pixxel(api_key=API_KEY, timeout=None).timeout.read == 60.0
    short = Pixxel(api_key=API_KEY, timeout=5)
    assert short.timeout.read == 5.0 and short.timeout.connect == 5.0
    custom = httpx.Timeout(30.0, connect=2.0)
    assert Pixxel(api_key=API_KEY, timeout=custom).timeout is custom
    with pytest.raises(ValueError, match="timeout"):
        Pixxel(api_key=API_KEY, timeout=0)


def test_the_timeout_reaches_the_request() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return json_response(200, {"stores": []})

    client = sync_client(handler, timeout=7)
    client.stores.list()
    client.with_options(timeout=httpx.Timeout(1.0, connect=0.5)).stores.list()
    assert seen[0]["read"] == 7.0
    assert seen[1] == {"connect": 0.5, "read": 1.0, "write": 1.0, "pool": 1.0}


def test_with_options_shares_the_pool_and_keeps_the_original() -> None:
    client = sync_client(lambda r: json_response(200, {"stores": []}), max_retries=4)
    other = client.with_options(max_retries=0, timeout=3)
    assert other.max_retries == 0 and client.max_retries == 4
    assert other._http is client._http
    assert other.stores is not client.stores
    other.close()  # does not close the shared pool
    client.stores.list()


def test_raw_response_gives_headers_and_parses_on_demand() -> None:
    client = sync_client(lambda r: json_response(200, JOB, {"x-request-id": "abc"}))
    raw = client.jobs.with_raw_response.get("wf1", "j1")
    assert isinstance(raw, pixxel.RawResponse)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "abc"
    assert raw.json() == JOB
    job = raw.parse()
    assert isinstance(job, pixxel.models.Job) and job.cost == 3
    # the plain resource is untouched
    assert isinstance(client.jobs.get("wf1", "j1"), pixxel.models.Job)


def test_empty_success_body_returns_none() -> None:
    client = sync_client(lambda r: httpx.Response(200))
    assert client.insights.with_raw_response.delete("a1", "i1", project_id="p1").parse() is None
    client.insights.delete("a1", "i1", project_id="p1")  # returns None, raises on error


def test_binary_response_is_returned_as_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x01"
    client = sync_client(
        lambda r: httpx.Response(200, content=png, headers={"content-type": "image/png"})
    )
    assert client.visualizations.generate_png("a1", "v1") == png


def test_operation_table_lists_every_operation() -> None:
    assert len(OPERATIONS) == 55
    info = OPERATIONS["getJob"]
    assert (info.method, info.path, info.resource, info.method_name) == (
        "GET",
        "/v0/workflows/{workflow_id}/jobs/{job_id}",
        "jobs",
        "get",
    )
    client = Pixxel(api_key=API_KEY)
    for op in OPERATIONS.values():
        assert callable(getattr(getattr(client, op.resource), op.method_name)), op.operation_id


async def test_async_client_calls_and_closes() -> None:
    client = async_client(lambda r: json_response(200, JOB))
    async with client:
        job = await client.jobs.get("wf1", "j1")
        raw = await client.jobs.with_raw_response.get("wf1", "j1")
    assert job.status == "running"
    assert raw.parse().id == "j1"
    assert not client._http.is_closed  # a pool passed in by the caller stays the caller's


async def test_own_pools_are_closed_by_the_context_managers() -> None:
    async with pixxel.AsyncPixxel(api_key=API_KEY) as async_client_:
        async_pool = async_client_._http
    assert async_pool.is_closed
    with Pixxel(api_key=API_KEY) as client:
        pool = client._http
    assert pool.is_closed


def test_the_pool_is_created_on_first_use_and_shared_with_derived_clients(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created: list[httpx.Client] = []
    real_client = httpx.Client

    def counting_client(*args: Any, **kwargs: Any) -> httpx.Client:
        created.append(real_client(*args, **kwargs))
        return created[-1]

    monkeypatch.setattr(httpx, "Client", counting_client)
    client = Pixxel(api_key=API_KEY)
    derived = client.with_options(timeout=3)
    client.jobs  # noqa: B018 - a resource needs no pool either
    assert created == []
    assert derived._http is client._http
    assert len(created) == 1
    client.close()
    assert created[0].is_closed


def test_closing_a_client_that_never_sent_creates_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpx, "Client", lambda *a, **k: pytest.fail("pool created"))
    with Pixxel(api_key=API_KEY) as client:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        client._http  # noqa: B018 - a closed client does not quietly open a new pool


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])
def test_a_pool_of_our_own_sends_the_same_headers_and_timeouts(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v0/stores").respond_with_json({"stores": []})
    client = Pixxel(api_key=API_KEY, base_url=httpserver.url_for("/"), timeout=9)
    client.stores.list()
    request, _ = httpserver.log[0]
    assert request.headers["Authorization"] == API_KEY
    assert request.headers["User-Agent"].startswith("pixxel-client/")
    assert request.headers["Accept"] == "application/json"
    assert "gzip" in request.headers["Accept-Encoding"]
    call = list_stores.build_request()
    assert client._build_request(client._http, call).extensions["timeout"]["read"] == 9.0
    faster = client.with_options(timeout=httpx.Timeout(2.0, connect=1.0))
    assert faster._build_request(faster._http, call).extensions["timeout"] == {
        "connect": 1.0,
        "read": 2.0,
        "write": 2.0,
        "pool": 2.0,
    }
    client.close()


def test_raw_response_of_a_paged_list_is_its_first_page() -> None:
    body = {"aois": [{"aoi_id": "a1"}], "pagination": {"total": 1, "offset": 0, "limit": 10}}
    client = sync_client(lambda r: json_response(200, body, {"x-request-id": "r1"}))
    raw = client.aois.with_raw_response.list(limit=10)
    assert raw.headers["x-request-id"] == "r1"
    page = raw.parse()
    assert isinstance(page, pixxel.models.AoiList) and page.aois is not None
    assert page.aois[0].aoi_id == "a1"
