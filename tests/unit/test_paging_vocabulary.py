"""One paging vocabulary (issue 10): ``limit`` caps the items, ``page_size`` is the API's page size."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest

from pixxel import OPERATIONS, Pixxel

from .helpers import json_response, sync_client


def project_pages(total: int, server_page: int, seen: list[dict[str, str]]) -> Any:
    """Projects paged by page_num/page_size (page 1 first); the server's own size is the default."""

    def handler(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen.append(params)
        size = int(params.get("page_size", server_page))
        page = int(params.get("page_num", 1))
        start = (page - 1) * size
        ids = [{"id": f"p{i}", "name": f"p{i}"} for i in range(start, min(start + size, total))]
        return json_response(
            200, {"projects": ids, "pagination": {"total": total, "offset": start, "limit": size}}
        )

    return handler


def test_projects_list_takes_limit_as_the_most_items_it_yields() -> None:
    seen: list[dict[str, str]] = []
    projects = list(sync_client(project_pages(20, 3, seen)).projects.list(limit=5))
    assert [p.id for p in projects] == ["p0", "p1", "p2", "p3", "p4"]
    assert seen == [{"page_num": "1"}, {"page_num": "2"}], "stops once 5 items were seen"


def test_projects_list_sends_page_size_as_the_apis_page_size() -> None:
    seen: list[dict[str, str]] = []
    projects = list(sync_client(project_pages(5, 3, seen)).projects.list(page_size=2))
    assert len(projects) == 5
    assert [s["page_size"] for s in seen] == ["2", "2", "2"]


def test_offset_lists_send_page_size_as_their_limit_and_never_more_than_is_left() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen.append(params)
        offset, size = int(params.get("offset", 0)), int(params["limit"])
        aois = [{"aoi_id": f"a{i}"} for i in range(offset, min(offset + size, 50))]
        return json_response(200, {"aois": aois, "pagination": {"total": 50}})

    aois = list(sync_client(handler).aois.list(limit=5, page_size=2))
    assert [a.aoi_id for a in aois] == ["a0", "a1", "a2", "a3", "a4"]
    assert seen == [{"limit": "2"}, {"offset": "2", "limit": "2"}, {"offset": "4", "limit": "1"}]


def test_body_offset_lists_send_page_size_as_the_body_limit() -> None:
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append(body)
        start = body.get("offset", 0)
        features = [{"id": f"i{n}"} for n in range(start, min(start + body["limit"], 9))]
        return json_response(200, {"features": features})

    items = list(sync_client(handler).archives.search(page_size=4, limit=6))
    assert [i.id for i in items] == [f"i{n}" for n in range(6)]
    assert [(b.get("offset"), b["limit"]) for b in bodies] == [(None, 4), (4, 2)]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"limit": "10"}, TypeError, r"aois\.list\(limit=\.\.\.\): expected an int, got str '10'"),
        ({"limit": 0}, ValueError, r"aois\.list\(limit=\.\.\.\): expected an int >= 1, got 0"),
        (
            {"page_size": 2.5},
            TypeError,
            r"aois\.list\(page_size=\.\.\.\): expected an int, got float",
        ),
        ({"offset": -1}, ValueError, r"aois\.list\(offset=\.\.\.\): expected an int >= 0, got -1"),
        ({"limit": True}, TypeError, r"aois\.list\(limit=\.\.\.\): expected an int, got bool"),
    ],
)
def test_a_bad_paging_argument_fails_at_the_call_before_any_request(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    sent: list[httpx.Request] = []
    client = sync_client(lambda r: sent.append(r) or json_response(200, {"aois": []}))  # type: ignore[func-returns-value]
    with pytest.raises(error, match=message):
        client.aois.list(**kwargs)
    with pytest.raises(error, match=message):
        client.aois.with_raw_response.list(**kwargs)
    assert sent == []


def test_every_paged_list_has_the_same_two_arguments_documented_the_same_way() -> None:
    client = Pixxel(api_key="k", base_url="https://api.test")
    paged = [info for info in OPERATIONS.values() if info.pagination]
    assert len(paged) >= 9
    for info in paged:
        method = getattr(getattr(client, info.resource), info.method_name)
        parameters = inspect.signature(method).parameters
        assert {"limit", "page_size"} <= set(parameters), info.operation_id
        doc = inspect.getdoc(method) or ""
        assert "limit: The most items the iterator yields over all pages" in doc, info.operation_id
        assert "page_size: Items per request: the API's own page size" in doc, info.operation_id


def test_a_bad_body_argument_of_a_paged_search_fails_at_the_call() -> None:
    sent: list[httpx.Request] = []
    client = sync_client(lambda r: sent.append(r) or json_response(200, {"features": []}))  # type: ignore[func-returns-value]
    with pytest.raises(TypeError, match=r"archives\.search\(collections=\.\.\.\): .*valid list"):
        client.archives.search(collections=7)  # type: ignore[arg-type]
    assert sent == []
