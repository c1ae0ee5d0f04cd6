"""The request/response decisions of the spec audit, checked against the bundled spec.

Where Pixxel's pages disagree, the generated "Pixxel API" reference decides what goes on the wire
(see the operations' ``x-pixxel-notes``). Each case below sends a body through openapi-core: the
bodies that reference refuses must be refused by the spec, the ones it requires must pass. On the
response side, shapes the service was seen sending must validate.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from openapi_core.exceptions import OpenAPIError

from pixxel import OPERATIONS

from ..support.contract import CoreRequest, CoreResponse, openapi, validate_exchange
from ..support.paths import BASE_URL

POLYGON = {
    "type": "Polygon",
    "coordinates": [[[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 13.0], [77.5, 12.9]]],
}
SATELLITE = {
    "collection_id": "sentinel-2-l2a",
    "satellite_id": "0002a3a3-00a2-4b55-842b-44d8202c6d60",
}
SEARCH = {
    "start_date": "2023-04-18T11:56:49.865Z",
    "end_date": "2023-05-03T11:56:49.865Z",
    "satellites": [SATELLITE],
    "geometry": POLYGON,
}
INSIGHT = {"block": {"name": "ndvi", "version": "1"}, "input": [123, 125]}
STORE = {
    "name": "my-analysis-store",
    "type": "S3",
    "configs": {"bucket": "b", "path_prefix": "p/", "region": "us-east-2"},
    "secrets": {},
}


def _without(body: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != key}


def _request(operation_id: str, path: str, body: Any) -> CoreRequest:
    info = OPERATIONS[operation_id]
    request = httpx.Request(
        info.method,
        BASE_URL + path,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": "test-key"},
    )
    return CoreRequest(request, info.path)


REQUESTS = [
    # (case, operationId, concrete path, body, accepted)
    ("search: documented body", "searchImages", "/v0/search", SEARCH, True),
    ("search: no geometry", "searchImages", "/v0/search", _without(SEARCH, "geometry"), False),
    ("search: null geometry", "searchImages", "/v0/search", {**SEARCH, "geometry": None}, False),
    ("search: no satellites", "searchImages", "/v0/search", _without(SEARCH, "satellites"), False),
    (
        "search: guide's singular satellite",
        "searchImages",
        "/v0/search",
        {**_without(SEARCH, "satellites"), "satellite": SATELLITE},
        False,
    ),
    ("search: no start date", "searchImages", "/v0/search", _without(SEARCH, "start_date"), False),
    ("insight: byte array input", "createInsights", "/v0/aoi/a1/insights", INSIGHT, True),
    (
        "insight: object input",
        "createInsights",
        "/v0/aoi/a1/insights",
        {**INSIGHT, "input": [{"id": "x"}]},
        False,
    ),
    ("insight: no block", "createInsights", "/v0/aoi/a1/insights", {"input": [1]}, False),
    ("store: documented body", "createStore", "/v0/stores", STORE, True),
    ("store: null configs", "createStore", "/v0/stores", {**STORE, "configs": None}, False),
    ("store: no secrets", "createStore", "/v0/stores", _without(STORE, "secrets"), False),
    (
        "visualization: index only",
        "createVisualization",
        "/v0/aois/a1/visualizations",
        {"index_id": "i1"},
        True,
    ),
    (
        "visualization: no index",
        "createVisualization",
        "/v0/aois/a1/visualizations",
        {"src_asset_ids": ["x"]},
        False,
    ),
    (
        "metadata: dynamic without bins",
        "updateVisualizationMetadata",
        "/v0/aois/a1/visualizations/v1/metadata",
        {"visualization_mode": "dynamic", "legend": {}},
        False,
    ),
    (
        "metadata: theoretical without bins",
        "updateVisualizationMetadata",
        "/v0/aois/a1/visualizations/v1/metadata",
        {"visualization_mode": "theoretical", "legend": {}},
        True,
    ),
    ("order: no items", "createOrder", "/v0/orders", {"dry_run": True}, False),
    ("order: one empty item", "createOrder", "/v0/orders", {"order_items": [{}]}, True),
]


@pytest.mark.parametrize(
    ("operation_id", "path", "body", "accepted"),
    [case[1:] for case in REQUESTS],
    ids=[case[0] for case in REQUESTS],
)
def test_request_bodies_follow_the_deciding_page(
    operation_id: str, path: str, body: Any, accepted: bool
) -> None:
    request = _request(operation_id, path, body)
    if accepted:
        openapi().validate_request(request)
    else:
        with pytest.raises(OpenAPIError):
            openapi().validate_request(request)


RESPONSES = [
    # (case, operationId, concrete path, response body)
    (
        "insight progress as a fraction",
        "listInsights",
        "/v0/aoi/a1/insights",
        {"insights": [{"id": "i1", "progress": 0.5}]},
    ),
    (
        "task progress as a fraction",
        "getJob",
        "/v0/workflows/w1/jobs/j1",
        {"id": "j1", "tasks": [{"id": "t1", "progress": 12.5}]},
    ),
    (
        "visualization progress above 100",
        "listVisualizations",
        "/v0/aois/a1/visualizations",
        {"visualization": [{"id": "v1", "progress": 150}]},
    ),
    (
        "order image geometry null or shapeless",
        "getOrder",
        "/v0/orders/o1",
        {
            "id": "o1",
            "order_items": [
                {
                    "id": "i1",
                    "images": [
                        {"item_id": "a", "geometry": None},
                        {"item_id": "b", "geometry": {}},
                        {"item_id": "c", "geometry": "POLYGON((0 0))"},
                    ],
                }
            ],
        },
    ),
    (
        "store configs null",
        "listStores",
        "/v0/stores",
        {"stores": [{"id": "s1", "configs": None}]},
    ),
]


@pytest.mark.parametrize(
    ("operation_id", "path", "body"),
    [case[1:] for case in RESPONSES],
    ids=[case[0] for case in RESPONSES],
)
def test_observed_response_shapes_validate(operation_id: str, path: str, body: Any) -> None:
    info = OPERATIONS[operation_id]
    request = httpx.Request(info.method, BASE_URL + path, headers={"Authorization": "test-key"})
    response = httpx.Response(200, json=body, request=request)
    validate_exchange(response, info.path)


def test_response_check_can_fail() -> None:
    """The response check is not vacuous: a shape the spec forbids is refused."""
    info = OPERATIONS["listInsights"]
    request = httpx.Request("GET", BASE_URL + "/v0/aoi/a1/insights")
    response = httpx.Response(200, json={"insights": [{"progress": "half"}]}, request=request)
    with pytest.raises(OpenAPIError):
        openapi().validate_response(CoreRequest(request, info.path), CoreResponse(response))
