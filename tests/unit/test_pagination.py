"""Lazy iteration over every paging style the spec declares."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

import pixxel
from pixxel import models
from pixxel._runtime import _pagination

from .helpers import async_client, json_response, sync_client


def aoi_pages(total: int, page_size: int = 10, *, ignore_offset: bool = False):  # type: ignore[no-untyped-def]
    """A server paging `total` AOIs by offset/limit, recording each request's query."""
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen.append(params)
        offset = 0 if ignore_offset else int(params.get("offset", 0))
        limit = int(params.get("limit", page_size))
        ids = [f"aoi-{i}" for i in range(offset, min(offset + min(limit, page_size), total))]
        return json_response(
            200,
            {
                "aois": [{"aoi_id": i} for i in ids],
                "pagination": {"total": total, "offset": offset, "limit": limit},
            },
        )

    return handler, seen


def test_iterating_walks_every_page() -> None:
    handler, seen = aoi_pages(25)
    aois = list(sync_client(handler).aois.list(project_id="p1"))
    assert [a.aoi_id for a in aois] == [f"aoi-{i}" for i in range(25)]
    assert all(isinstance(a, models.Aoi) for a in aois)
    assert [q.get("offset") for q in seen] == [None, "10", "20"]
    assert all(q["project_id"] == "p1" for q in seen)


def test_pages_carry_the_total() -> None:
    handler, _ = aoi_pages(25)
    pages = list(sync_client(handler).aois.list().pages())
    assert len(pages) == 3
    assert [p.pagination.total for p in pages if p.pagination] == [25, 25, 25]
    assert [len(p.aois or []) for p in pages] == [10, 10, 5]


def test_limit_stops_early_and_asks_only_for_what_is_left() -> None:
    handler, seen = aoi_pages(100)
    aois = list(sync_client(handler).aois.list(limit=15))
    assert len(aois) == 15
    assert seen == [{"limit": "15"}, {"offset": "10", "limit": "5"}]


def test_start_offset_is_respected() -> None:
    handler, seen = aoi_pages(25)
    assert len(list(sync_client(handler).aois.list(offset=20))) == 5
    assert seen == [{"offset": "20"}]


def test_an_empty_list_makes_one_request() -> None:
    handler, seen = aoi_pages(0)
    assert list(sync_client(handler).aois.list()) == []
    assert len(seen) == 1


def test_a_server_returning_the_same_page_twice_does_not_loop(
    caplog: pytest.LogCaptureFixture,
) -> None:
    handler, seen = aoi_pages(1000, ignore_offset=True)
    with caplog.at_level(logging.WARNING, logger="pixxel"):
        aois = list(sync_client(handler).aois.list())
    assert len(aois) == 10 and len(seen) == 2
    assert "already returned" in caplog.text


def test_first_page_makes_a_single_request() -> None:
    handler, seen = aoi_pages(25)
    page = sync_client(handler).aois.list().first_page()
    assert isinstance(page, models.AoiList) and len(page.aois or []) == 10
    assert len(seen) == 1


def test_nothing_is_fetched_until_iteration() -> None:
    handler, seen = aoi_pages(25)
    paginator = sync_client(handler).aois.list()
    assert seen == []
    next(iter(paginator))
    assert len(seen) == 1


def test_body_offset_paging_without_a_total_stops_on_an_empty_page() -> None:
    bodies: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append(body)
        offset, limit = int(body.get("offset", 0)), int(body["limit"])
        count = max(0, min(limit, 7 - offset))
        return json_response(
            200, {"features": [{"id": f"item-{offset + i}"} for i in range(count)]}
        )

    items = list(sync_client(handler).archives.search(collections=["pixxel-td-l2a"], limit=100))
    assert [i.id for i in items] == [f"item-{n}" for n in range(7)]
    # a short page is not proof of the end (servers cap page sizes); the empty one is
    assert bodies == [
        {"collections": ["pixxel-td-l2a"], "limit": 100},
        {"collections": ["pixxel-td-l2a"], "limit": 93, "offset": 7},
    ]


def test_body_offset_paging_continues_while_pages_are_full() -> None:
    bodies: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append(body)
        offset = int(body.get("offset", 0))
        count = max(0, min(3, 8 - offset))  # the server caps pages at 3
        return json_response(200, {"catalogs": [{"id": f"c{offset + i}"} for i in range(count)]})

    catalogs = list(sync_client(handler).catalog.search(limit=8))
    assert [c.id for c in catalogs] == [f"c{n}" for n in range(8)]
    assert [(b.get("offset"), b["limit"]) for b in bodies] == [(None, 8), (3, 5), (6, 2)]


def test_page_number_paging() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen.append(params)
        page, size = int(params["page_num"]), int(params.get("page_size", 2))
        ids = [f"p{i}" for i in range((page - 1) * size, min(page * size, 5))]
        return json_response(
            200, {"projects": [{"id": i} for i in ids], "pagination": {"total": 5}}
        )

    projects = list(sync_client(handler).projects.list(page_size=2))
    assert [p.id for p in projects] == ["p0", "p1", "p2", "p3", "p4"]
    assert [q["page_num"] for q in seen] == ["1", "2", "3"]


async def test_async_iteration() -> None:
    handler, seen = aoi_pages(25)
    client = async_client(handler)
    aois = [a.aoi_id async for a in client.aois.list(limit=21)]
    assert len(aois) == 21 and len(seen) == 3
    pages = [p async for p in client.aois.list().pages()]
    assert len(pages) == 3
    first = await client.aois.list().first_page()
    assert first.pagination is not None and first.pagination.total == 25


def cycling_pages(pages: list[bytes]):  # type: ignore[no-untyped-def]
    """A server that answers the n-th request with ``pages[n % len(pages)]``, whatever it asks."""
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.url.params))
        body = pages[(len(seen) - 1) % len(pages)]
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return handler, seen


PAGE_A = b'{"aois": [{"aoi_id": "a"}]}'
PAGE_B = b'{"aois": [{"aoi_id": "b"}]}'


def test_a_server_cycling_between_pages_does_not_loop(caplog: pytest.LogCaptureFixture) -> None:
    handler, seen = cycling_pages([PAGE_A, PAGE_B])  # A, B, A, B, ...
    with caplog.at_level(logging.WARNING, logger="pixxel"):
        aois = [a.aoi_id for a in sync_client(handler).aois.list()]
    assert aois == ["a", "b"] and len(seen) == 3
    assert "already returned" in caplog.text


def test_pages_are_compared_by_their_bytes_so_nan_cannot_defeat_the_guard() -> None:
    # NaN != NaN: two parsed pages holding NaN never compare equal, their bodies do.
    handler, seen = cycling_pages([b'{"aois": [{"aoi_id": "a", "progress": NaN}]}'])
    aois = list(sync_client(handler).aois.list())
    assert len(aois) == 1 and len(seen) == 2


def test_pages_are_capped(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(_pagination, "MAX_PAGES", 5)
    handler, seen = aoi_pages(10**9, page_size=1)  # endless, every page different
    with caplog.at_level(logging.WARNING, logger="pixxel"):
        aois = list(sync_client(handler).aois.list())
    assert len(aois) == 5 and len(seen) == 5
    assert "stopping after 5 pages" in caplog.text


def test_an_empty_page_body_is_a_validation_error_not_an_attribute_error() -> None:
    client = sync_client(lambda r: httpx.Response(200, content=b""))
    with pytest.raises(pixxel.APIResponseValidationError, match="empty body"):
        list(client.aois.list())
    with pytest.raises(pixxel.APIResponseValidationError, match="empty body"):
        client.aois.get("a1")


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (b'{"aois": "abc"}', "'aois' is a JSON string"),
        (b'{"aois": 12}', "'aois' is a JSON integer"),
        (b'{"aois": {"a": 1}}', "'aois' is a JSON object"),
        (b"[1, 2]", "the page is a JSON array"),
        (b'"x"', "the page is a JSON string"),
    ],
)
def test_a_page_whose_items_cannot_be_read_is_an_error_carrying_the_page(
    body: bytes, where: str
) -> None:
    handler, seen = cycling_pages([body])
    with pytest.raises(pixxel.APIResponseValidationError, match=where) as caught:
        list(sync_client(handler).aois.list())
    assert caught.value.body == body.decode()
    assert caught.value.operation_id == "listAois"
    assert len(seen) == 1


async def test_an_unreadable_page_is_an_error_in_async_paging_too() -> None:
    handler, _ = cycling_pages([b'{"aois": "abc"}'])
    client = async_client(handler)
    with pytest.raises(pixxel.APIResponseValidationError, match="'aois' is a JSON string"):
        [a async for a in client.aois.list()]
    await client.close()


@pytest.mark.parametrize("body", [b'{"aois": null}', b"{}"])
def test_null_or_absent_items_end_the_walk_like_an_empty_page(body: bytes) -> None:
    handler, seen = cycling_pages([body])
    assert list(sync_client(handler).aois.list()) == []
    assert len(seen) == 1


def test_a_total_of_another_type_is_ignored() -> None:
    body = b'{"aois": [{"aoi_id": "a"}], "pagination": {"total": "many"}}'
    handler, seen = cycling_pages([body, b'{"aois": []}'])
    assert [a.aoi_id for a in sync_client(handler).aois.list()] == ["a"]
    assert len(seen) == 2


async def test_async_cycle_does_not_loop() -> None:
    handler, seen = cycling_pages([PAGE_A, PAGE_B])
    client = async_client(handler)
    assert [a.aoi_id async for a in client.aois.list()] == ["a", "b"]
    assert len(seen) == 3
    await client.close()
