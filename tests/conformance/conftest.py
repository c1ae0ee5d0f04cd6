"""The conformance package (generated once per session), a recording server and a client."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .features import BY_PART, status_of
from .package import Suite, build_suite, imported

API_KEY = "test-key-not-a-secret"


@pytest.fixture(scope="session")
def suite(tmp_path_factory: pytest.TempPathFactory) -> Suite:
    return build_suite(tmp_path_factory.mktemp("conformance"))


@pytest.fixture(scope="module")
def conf(suite: Suite) -> Iterator[ModuleType]:
    """The generated conformance package, imported as ``pixxel`` for one test module."""
    with imported(suite.out) as package:
        yield package


@dataclass
class Sent:
    """One request exactly as it reached the server."""

    method: str
    raw_uri: str
    """Path and query as sent, before any decoding."""
    query: bytes
    headers: dict[str, str]
    body: bytes

    @property
    def raw_path(self) -> str:
        return self.raw_uri.split("?", 1)[0]

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")


class Wire:
    """Records every request; answers with the response set by :meth:`reply`."""

    def __init__(self, server: HTTPServer) -> None:
        self.sent: list[Sent] = []
        self._reply = Response(b"", status=204)
        server.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    def reply(
        self, status: int = 200, body: bytes | str = b"", content_type: str | None = None
    ) -> None:
        headers = {"Content-Type": content_type} if content_type else {}
        self._reply = Response(body, status=status, headers=headers)
        if not content_type:
            del self._reply.headers["Content-Type"]

    def reply_json(
        self, body: str, status: int = 200, content_type: str = "application/json"
    ) -> None:
        self.reply(status, body, content_type)

    def _handle(self, request: Request) -> Response:
        environ = request.environ
        self.sent.append(
            Sent(
                method=request.method,
                raw_uri=environ.get("RAW_URI") or environ["REQUEST_URI"],
                query=request.query_string,
                headers=dict(request.headers),
                body=request.get_data(),
            )
        )
        return self._reply

    @property
    def last(self) -> Sent:
        assert self.sent, "nothing was sent"
        return self.sent[-1]


@pytest.fixture
def wire(httpserver: HTTPServer) -> Wire:
    return Wire(httpserver)


@pytest.fixture
def client(conf: ModuleType, httpserver: HTTPServer) -> Iterator[Any]:
    with conf.Pixxel(
        api_key=API_KEY, base_url=httpserver.url_for("").rstrip("/"), max_retries=0
    ) as c:
        yield c


def needs(part: str) -> Callable[[Any], Any]:
    """Skip a wire test whose feature the table marks refused: its refusal is tested instead
    (tests/conformance/test_refusals.py checks the generator refuses exactly those)."""
    assert part in BY_PART, part
    refused = status_of(part) == "refused"
    return pytest.mark.skipif(
        refused, reason=f"{part}: refused at generate time (test_refusals checks the refusal)"
    )
