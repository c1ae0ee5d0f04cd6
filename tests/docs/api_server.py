"""A local stand-in for the Pixxel API that the documentation examples run against.

It listens on 127.0.0.1 (a free port) and answers every operation of ``pixxel.OPERATIONS``
with the response of that operation's cassette, whatever the ids in the path. A few answers
are adjusted so the examples' story can finish (a job that completes, a download that is
ready); each adjustment is listed in ``SCENARIO``. Signed URLs point back at this server,
which serves the files under ``/files/``. A request no operation matches gets a 404, and one
the spec refuses (openapi-core, as in the cassette tests) gets a 400 naming the problem; both are
recorded in ``problems``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pixxel import OPERATIONS
from tests.support.contract import CoreRequest, openapi
from tests.support.paths import CASSETTES

SPEC_SERVER = "https://api.pixxel.space"

FILE_BYTES = hashlib.sha256(b"pixxel docs").digest() * 4096  # 128 KiB
"""The body of every file the server hands out."""

Adjust = Callable[[Any, str], Any]


def _set(**values: Any) -> Adjust:
    def adjust(body: Any, base: str) -> Any:
        return {
            **body,
            **{k: v.format(base=base) if isinstance(v, str) else v for k, v in values.items()},
        }

    return adjust


def _real_footprints(body: Any, base: str) -> Any:
    """The documented search result with a real footprint on each item (its example geometry is
    a placeholder, `"coordinates": "<any>"`), so the GeoDataFrame hand-off has shapes to show."""
    ring = [[77.48, 12.88], [77.70, 12.88], [77.70, 13.08], [77.48, 13.08], [77.48, 12.88]]
    features = [
        {
            **f,
            "geometry": {"type": "Polygon", "coordinates": [ring]},
            "bbox": [77.48, 12.88, 77.7, 13.08],
            "assets": _assets(base, f["id"]),
        }
        for f in body.get("features", [])
    ]
    return {**body, "features": features}


def _assets(base: str, item_id: str) -> dict[str, Any]:
    """Assets served by this server (the documented items have none): a cube and a thumbnail."""
    return {
        "reflectance": {
            "href": f"{base}/files/{item_id}/reflectance.tif",
            "type": "image/tiff; application=geotiff",
            "roles": ["data"],
        },
        "thumbnail": {"href": f"{base}/files/{item_id}/thumb.png", "roles": ["thumbnail"]},
    }


def _with_assets(body: Any, base: str) -> Any:
    return {**body, "assets": _assets(base, body["id"])}


SCENARIO: dict[str, Adjust] = {
    "getCollectionItem": _with_assets,
    "searchArchive": _real_footprints,
    # The documented job and download bodies are placeholders ("string"): make them finish.
    "getJob": _set(status="completed", progress="100"),
    "downloadJob": _set(status="ready", signed_url="{base}/files/job.zip?X-Amz-Signature=s1"),
    "downloadTask": _set(status="ready", signed_url="{base}/files/task.zip?X-Amz-Signature=s2"),
    "getOrderItem": _set(status="COMPLETED"),
    "getCatalogDownload": _set(signed_url="{base}/files/catalog.zip?X-Amz-Signature=s3"),
    "downloadInsights": _set(
        status="ready", signed_url="{base}/files/insight.zip?X-Amz-Signature=s4"
    ),
    "getAssetDownload": _set(signed_url="{base}/files/asset.tif?X-Amz-Signature=s5"),
}


@dataclass
class Route:
    operation_id: str
    path: str
    method: str
    pattern: re.Pattern[str]
    status: int
    content_type: str | None
    body: bytes


@dataclass
class APIServer:
    """The running server: ``url`` to give ``PIXXEL_BASE_URL``, ``calls`` it answered."""

    url: str
    calls: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _routes() -> list[Route]:
    routes = []
    for op_id, info in OPERATIONS.items():
        cassette = yaml.safe_load((CASSETTES / f"{op_id}.yaml").read_text())
        response = cassette["interactions"][0]["response"]
        types = response.get("headers", {}).get("Content-Type") or [None]
        regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(info.path))
        routes.append(
            Route(
                operation_id=op_id,
                path=info.path,
                method=info.method,
                pattern=re.compile(regex + "/?"),
                status=response["status"]["code"],
                content_type=types[0],
                body=response["body"]["string"].encode(),
            )
        )
    # Fixed segments win over parameters: /v0/aois/{aoi_id}/assets before /v0/aoi/{aoi_id}.
    return sorted(routes, key=lambda r: r.pattern.pattern.count("[^/]+"))


def _answer(route: Route, base: str) -> Response:
    body = route.body
    adjust = SCENARIO.get(route.operation_id)
    if adjust is not None:
        body = json.dumps(adjust(json.loads(body), base)).encode()
    headers = {"Content-Type": route.content_type} if route.content_type else {}
    return Response(body, status=route.status, headers=headers)


def _spec_problem(route: Route, request: Request) -> str | None:
    """Why the spec refuses ``request`` (as sent to the real server), or None."""
    query = request.query_string.decode()
    url = SPEC_SERVER + request.path + (f"?{query}" if query else "")
    sent = httpx.Request(
        request.method, url, headers=list(request.headers.items()), content=request.get_data()
    )
    try:
        openapi().validate_request(CoreRequest(sent, route.path))
    except Exception as exc:
        causes = getattr(exc, "schema_errors", None) or [exc.__cause__ or exc]
        return f"{route.operation_id}: {exc} ({'; '.join(str(c) for c in causes)[:500]})"
    return None


def _error(status: int, message: str) -> Response:
    body = json.dumps({"code": "docs_server", "message": message})
    return Response(body, status=status, headers={"Content-Type": "application/json"})


def _file(request: Request) -> Response:
    md5 = hashlib.md5(FILE_BYTES).hexdigest()
    return Response(FILE_BYTES, headers={"ETag": f'"{md5}"', "Accept-Ranges": "none"})


@contextmanager
def running() -> Iterator[APIServer]:
    """Start the server on a free local port; stop it on exit."""
    routes = _routes()
    httpserver = HTTPServer(host="127.0.0.1", port=0)
    httpserver.start()
    server = APIServer(url=httpserver.url_for("").rstrip("/"))

    def handle(request: Request) -> Response:
        if request.path.startswith("/files/"):
            server.calls.append(f"GET {request.path}")
            return _file(request)
        for route in routes:
            if route.method == request.method and route.pattern.fullmatch(request.path):
                server.calls.append(route.operation_id)
                problem = _spec_problem(route, request)
                if problem:
                    server.problems.append(problem)
                    return _error(400, f"the request does not match the spec: {problem}")
                return _answer(route, server.url)
        server.problems.append(f"no operation answers {request.method} {request.path}")
        return _error(404, f"no operation answers {request.method} {request.path}")

    httpserver.expect_request(re.compile(".*")).respond_with_handler(handle)
    try:
        yield server
    finally:
        httpserver.clear()
        if httpserver.is_running():
            httpserver.stop()
