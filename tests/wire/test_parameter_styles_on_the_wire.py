"""What the generated client puts on the wire for the spec's parameter styles, byte for byte.

A real HTTP server on 127.0.0.1 (pytest-httpserver) records each request as received; the
assertions read its raw query string, not a parsed form that would hide the encoding.
"""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pixxel import Pixxel

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

COLLECTIONS: dict[str, list[object]] = {"collections": [], "links": []}


def _client(server: HTTPServer) -> Pixxel:
    return Pixxel(api_key="fake-wire-key", base_url=server.url_for("").rstrip("/"), max_retries=0)


def _recorded(server: HTTPServer, path: str) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps(COLLECTIONS), content_type="application/json")

    server.expect_request(path).respond_with_handler(handler)
    return seen


def test_list_collections_sends_ids_comma_separated(httpserver: HTTPServer) -> None:
    """``style: form, explode: false``: one ``ids`` parameter, values joined by a literal comma."""
    seen = _recorded(httpserver, "/v0/archives/collections")
    with _client(httpserver) as client:
        client.archives.list_collections(ids=["a", "b"])
    assert [r.query_string for r in seen] == [b"ids=a,b"]


def test_values_are_percent_encoded_but_the_delimiter_is_not(httpserver: HTTPServer) -> None:
    seen = _recorded(httpserver, "/v0/archives/collections")
    with _client(httpserver) as client:
        client.archives.list_collections(ids=["sentinel 2", "a,b/c"])
    assert [r.query_string for r in seen] == [b"ids=sentinel%202,a%2Cb%2Fc"]


def test_no_ids_sends_no_query(httpserver: HTTPServer) -> None:
    seen = _recorded(httpserver, "/v0/archives/collections")
    with _client(httpserver) as client:
        client.archives.list_collections()
    assert [r.query_string for r in seen] == [b""]
