"""Escape hatches (extra_headers, extra_query, extra_body, timeout) and bodies of any kind."""

from __future__ import annotations

import inspect
import json
import logging
import math
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import pixxel
from pixxel import OPERATIONS, PermissionDeniedError, models
from pixxel._runtime import _request

from ..download.fileserver import FileServer
from .helpers import API_KEY, async_client, json_response, sync_client

JOB = {"id": "j1", "status": "running", "workflow_id": "wf1"}
EXTRAS: dict[str, Any] = {
    "extra_headers": {"X-Beta": "on"},
    "extra_query": {"preview": "1"},
    "timeout": 4,
}


class Recorder:
    """A handler that records every request and answers with the next of its bodies."""

    def __init__(self, *bodies: Any, content_type: str = "application/json") -> None:
        self.bodies = list(bodies)
        self.content_type = content_type
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = self.bodies.pop(0) if len(self.bodies) > 1 else self.bodies[0]
        if isinstance(body, bytes):
            return httpx.Response(200, content=body, headers={"content-type": self.content_type})
        return json_response(200, body)

    def assert_extras_on_every_request(self, read: float = 4.0) -> None:
        assert self.requests
        for request in self.requests:
            assert request.headers["x-beta"] == "on"
            assert request.url.params["preview"] == "1"
            assert request.extensions["timeout"]["read"] == read


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr("pixxel._runtime._waiting.time.sleep", lambda s: None)
    yield


# -- every kind of operation ---------------------------------------------------------------


def test_get_with_query() -> None:
    server = Recorder({"jobs": []})
    sync_client(server).jobs.list(
        "wf1",
        status="running",
        extra_headers={"X-Beta": "on"},
        extra_query={"preview": "1", "status": "done"},
        timeout=4,
    )
    server.assert_extras_on_every_request()
    assert server.requests[0].url.params["status"] == "done"  # the extra value wins


def test_extra_query_none_removes_a_parameter() -> None:
    server = Recorder({"jobs": []})
    sync_client(server).jobs.list("wf1", status="running", extra_query={"status": None})
    assert "status" not in server.requests[0].url.params


def test_post_with_body_merges_extra_body() -> None:
    server = Recorder({"aoi_id": "a1", "name": "x"})
    sync_client(server).aois.create(
        name="x",
        description="d",
        provider="pixxel",
        project_id="p1",
        geometry={"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
        item_ids=["i1"],
        satellite_id="s1",
        extra_body={"name": "y", "future_field": {"when": datetime(2026, 1, 2, tzinfo=UTC)}},
        **EXTRAS,
    )
    server.assert_extras_on_every_request()
    sent = json.loads(server.requests[0].content)
    assert sent["name"] == "y" and sent["project_id"] == "p1"
    assert sent["future_field"] == {"when": "2026-01-02T00:00:00+00:00"}


def test_extra_body_is_the_body_of_an_operation_that_declares_none() -> None:
    server = Recorder(JOB)
    sync_client(server).jobs.create("wf1", project_id="p1", extra_body={"priority": "high"})
    assert json.loads(server.requests[0].content) == {"priority": "high"}


def test_paginated_list_applies_them_to_every_page() -> None:
    pages = [
        {"aois": [{"aoi_id": f"a{i}"}], "pagination": {"total": 3, "offset": i, "limit": 1}}
        for i in range(3)
    ]
    server = Recorder(*pages)
    aois = list(sync_client(server).aois.list(project_id="p1", **EXTRAS))
    assert [a.aoi_id for a in aois] == ["a0", "a1", "a2"]
    assert len(server.requests) == 3
    server.assert_extras_on_every_request()


async def test_async_paginated_list_applies_them_to_every_page() -> None:
    pages = [
        {"aois": [{"aoi_id": f"a{i}"}], "pagination": {"total": 2, "offset": i, "limit": 1}}
        for i in range(2)
    ]
    server = Recorder(*pages)
    aois = [a async for a in async_client(server).aois.list(**EXTRAS)]
    assert len(aois) == 2 and len(server.requests) == 2
    server.assert_extras_on_every_request()


def test_binary_response() -> None:
    png = b"\x89PNG\r\n\x1a\n"
    server = Recorder(png, content_type="image/png")
    client = sync_client(server)
    assert client.visualizations.generate_png("a1", "v1", **EXTRAS) == png
    raw = client.visualizations.with_raw_response.generate_png("a1", "v1", **EXTRAS)
    assert raw.parse() == png
    server.assert_extras_on_every_request()


def test_waiter_sends_them_with_every_poll(no_sleep: None) -> None:
    server = Recorder({**JOB, "status": "running"}, {**JOB, "status": "completed"})
    job = sync_client(server).jobs.wait(
        "wf1",
        "j1",
        extra_headers={"X-Beta": "on"},
        extra_query={"preview": "1"},
        request_timeout=4,
        poll_interval=0.01,
    )
    assert job.status == "completed" and len(server.requests) == 2
    server.assert_extras_on_every_request()


async def test_async_waiter_and_raw_variant(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr("asyncio.sleep", no_sleep)
    server = Recorder({**JOB, "status": "queued"}, {**JOB, "status": "completed"})
    client = async_client(server)
    await client.jobs.wait(
        "wf1",
        "j1",
        extra_headers={"X-Beta": "on"},
        extra_query={"preview": "1"},
        request_timeout=4,
        poll_interval=0.01,
    )
    raw = await client.jobs.with_raw_response.get("wf1", "j1", **EXTRAS)
    assert raw.status_code == 200 and len(server.requests) == 3
    server.assert_extras_on_every_request()


def test_raw_response_of_a_paged_list() -> None:
    server = Recorder({"aois": [], "pagination": {"total": 0, "offset": 0, "limit": 10}})
    sync_client(server).aois.with_raw_response.list(limit=10, **EXTRAS)
    server.assert_extras_on_every_request()


async def test_async_raw_response_of_a_paged_list() -> None:
    server = Recorder({"aois": [{"aoi_id": "a1"}], "pagination": {"total": 1}})
    raw = await async_client(server).aois.with_raw_response.list(limit=10, **EXTRAS)
    assert raw.json()["aois"] == [{"aoi_id": "a1"}]
    assert raw.parse().aois is not None and len(server.requests) == 1
    server.assert_extras_on_every_request()


def test_the_call_timeout_is_used_and_the_client_keeps_its_own() -> None:
    server = Recorder({"stores": []})
    client = sync_client(server, timeout=9)
    client.stores.list(timeout=httpx.Timeout(2.0, connect=1.0))
    client.stores.list()
    assert server.requests[0].extensions["timeout"] == {
        "connect": 1.0,
        "read": 2.0,
        "write": 2.0,
        "pool": 2.0,
    }
    assert server.requests[1].extensions["timeout"]["read"] == 9.0
    with pytest.raises(ValueError, match="timeout"):
        client.stores.list(timeout=0)


# -- downloads -------------------------------------------------------------------------------

pytestmark_local = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])


@pytestmark_local
def test_download_to_sends_them_to_the_api_but_not_to_the_storage_host(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    data = b"zip-bytes" * 1000
    storage = FileServer(data)
    httpserver.expect_request("/storage/job.zip").respond_with_handler(storage)
    api_requests: list[Request] = []

    def package(request: Request) -> Response:
        api_requests.append(request)
        body = {"id": "j1", "status": "ready", "signed_url": httpserver.url_for("/storage/job.zip")}
        return Response(json.dumps(body), 200, content_type="application/json")

    httpserver.expect_request(
        "/v0/workflows/wf1/jobs/j1/download", method="PUT"
    ).respond_with_handler(package)
    client = pixxel.Pixxel(api_key=API_KEY, base_url=httpserver.url_for("/"))
    client.jobs.download_to(
        "wf1",
        "j1",
        tmp_path / "job.zip",
        extra_headers={"X-Beta": "on"},
        extra_query={"preview": "1"},
        request_timeout=5,
    )
    assert (tmp_path / "job.zip").read_bytes() == data
    assert api_requests and all(r.headers["X-Beta"] == "on" for r in api_requests)
    assert all(r.args["preview"] == "1" for r in api_requests)
    assert storage.requests and all("X-Beta" not in headers for headers in storage.requests)


@pytestmark_local
def test_direct_download_to_sends_them_with_the_request(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    seen: list[Request] = []

    def report(request: Request) -> Response:
        seen.append(request)
        return Response(b"a,b\n1,2\n", 200, content_type="text/csv")

    httpserver.expect_request("/v0/reports").respond_with_handler(report)
    client = pixxel.Pixxel(api_key=API_KEY, base_url=httpserver.url_for("/"))
    client.reports.download_to(
        tmp_path / "r.csv", extra_headers={"X-Beta": "on"}, extra_query={"preview": "1"}
    )
    assert (tmp_path / "r.csv").read_bytes() == b"a,b\n1,2\n"
    assert seen[0].headers["X-Beta"] == "on" and seen[0].args["preview"] == "1"
    assert seen[0].headers["Accept"] == "text/csv, application/octet-stream"


@pytestmark_local
def test_a_pool_of_our_own_merges_headers_without_duplicates(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v0/stores").respond_with_json({"stores": []})
    client = pixxel.Pixxel(api_key=API_KEY, base_url=httpserver.url_for("/"), timeout=9)
    client.stores.list(extra_headers={"accept": "application/geo+json", "X-Beta": "on"})
    request, _ = httpserver.log[0]
    assert request.headers.getlist("Accept") == ["application/geo+json"]
    assert request.headers["X-Beta"] == "on" and request.headers["Authorization"] == API_KEY
    # the per-call timeout also on this path
    call: Any = _request.PreparedRequest("GET", "/v0/stores", {}).extend(timeout=3)
    assert client._build_request(client._http, call).extensions["timeout"]["read"] == 3.0
    client.close()


# -- bodies of any kind, the Accept header ---------------------------------------------------


class Palette(Enum):
    VIRIDIS = "viridis"


def test_png_body_as_a_model_and_accept_follows_the_media_type() -> None:
    server = Recorder(b"\x89PNG", content_type="image/png")
    options = models.VisualizationRenderOptions.model_validate({"size": 512, "legend": True})
    sync_client(server).visualizations.generate_png("a1", "v1", body=options)
    request = server.requests[0]
    assert json.loads(request.content) == {"size": 512, "legend": True}
    assert request.headers["accept"] == "image/png"


def test_sld_body_as_a_dict_with_enums_and_dates() -> None:
    server = Recorder(b"<sld/>", content_type="application/xml")
    when = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    sld = sync_client(server).visualizations.generate_sld(
        "a1", "v1", body={"palette": Palette.VIRIDIS, "at": when, "stops": (1, 2)}
    )
    assert sld == "<sld/>"
    request = server.requests[0]
    assert json.loads(request.content) == {
        "palette": "viridis",
        "at": "2026-03-04T05:06:07+00:00",
        "stops": [1, 2],
    }
    assert request.headers["accept"] == "application/xml"


def test_json_operations_still_accept_json() -> None:
    server = Recorder(JOB)
    sync_client(server).jobs.get("wf1", "j1")
    assert server.requests[0].headers.get_list("accept") == ["application/json"]


def test_body_fields_accept_models_or_dicts() -> None:
    server = Recorder({"aoi_id": "a1"})
    ring = [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]
    geometry = models.AoiGeometry.model_validate({"type": "Polygon", "coordinates": ring})
    common: dict[str, Any] = {
        "name": "x",
        "description": "d",
        "provider": "pixxel",
        "project_id": "p1",
        "item_ids": ["i1"],
        "satellite_id": "s1",
    }
    client = sync_client(server)
    client.aois.create(geometry=geometry, **common)
    client.aois.create(geometry={"type": "Polygon", "coordinates": ring}, **common)
    first, second = (json.loads(r.content) for r in server.requests)
    assert first == second and first["geometry"]["coordinates"] == ring


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({"a": {1, 2}}, "body.a: a set"),
        ({"a": [1, math.nan]}, r"body.a\[1\]: nan"),
        ({"a": {3: "x"}}, "body.a: keys must be strings"),
    ],
)
def test_a_body_json_cannot_hold_is_refused_naming_where(value: Any, where: str) -> None:
    with pytest.raises(TypeError, match=where):
        _request.json_body(value)
    server = Recorder(b"", content_type="image/png")
    with pytest.raises(TypeError, match=where):
        sync_client(server).visualizations.generate_png("a1", "v1", body=value)
    assert server.requests == []  # nothing was sent


def test_bad_escape_hatches_are_refused_clearly() -> None:
    server = Recorder(JOB)
    client = sync_client(server)
    with pytest.raises(TypeError, match="extra_headers: 'X-N' must map") as caught:
        client.jobs.get("wf1", "j1", extra_headers={"X-N": 5})  # type: ignore[dict-item]
    assert "5" not in str(caught.value).replace("X-N", "")
    with pytest.raises(TypeError, match="extra_query must be a mapping"):
        client.jobs.get("wf1", "j1", extra_query=[("a", "b")])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="JSON object body"):
        _request.PreparedRequest("POST", "/x", {}, json=[1, 2]).extend(extra_body={"a": 1})
    assert server.requests == []


# -- secrets ----------------------------------------------------------------------------------

SECRET = "tok-9f8e7d6c5b4a39281706f5e4d3c2b1a0"


def test_secrets_in_escape_hatches_stay_out_of_logs_and_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    answers = iter([json_response(503, {}), json_response(403, {"error": {"code": "denied"}})])
    client = sync_client(lambda r: next(answers), max_retries=1)
    with caplog.at_level(logging.DEBUG, logger="pixxel"), pytest.raises(PermissionDeniedError) as e:
        client.jobs.get(
            "wf1",
            "j1",
            extra_headers={"X-Api-Key": SECRET, "Authorization": SECRET},
            extra_query={"token": SECRET, "api_key": SECRET},
        )
    assert e.value.request is not None and e.value.request.headers["x-api-key"] == SECRET
    shown = caplog.text + str(e.value) + repr(e.value) + (e.value.url or "")
    assert "-> 503" in caplog.text and "/v0/workflows/wf1/jobs/j1" in caplog.text
    assert SECRET not in shown


# -- every method has them -------------------------------------------------------------------

HATCHES = ("extra_headers", "extra_query", "extra_body")


def _keyword_only(method: Any) -> dict[str, inspect.Parameter]:
    return {
        name: p
        for name, p in inspect.signature(method).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    }


@pytest.mark.parametrize("client_class", [pixxel.Pixxel, pixxel.AsyncPixxel])
def test_every_generated_method_takes_the_escape_hatches(client_class: Any) -> None:
    client = client_class(api_key=API_KEY)
    methods = 0
    for op in OPERATIONS.values():
        resource = getattr(client, op.resource)
        targets = [getattr(resource, op.method_name)]
        targets.append(getattr(resource.with_raw_response, op.method_name))
        for method in targets:
            params = _keyword_only(method)
            assert all(p in params for p in (*HATCHES, "timeout")), op.operation_id
            methods += 1
    for name in dir(type(client)):
        resource = getattr(client, name) if not name.startswith("_") else None
        for attr in dir(type(resource)) if resource is not None else ():
            if attr.startswith(("wait", "download_to")):
                params = _keyword_only(getattr(resource, attr))
                assert all(p in params for p in (*HATCHES, "request_timeout")), (name, attr)
                methods += 1
    assert methods > 110  # 55 operations, their raw variants, waiters and downloads
