"""A client over an in-process transport, for tests of the client's own behaviour."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from pixxel import AsyncPixxel, Pixxel

API_KEY = "sk-fake-0123456789abcdef-SECRET"
BASE_URL = "https://api.test"

Handler = Callable[[httpx.Request], httpx.Response]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **(headers or {})},
    )


def sync_client(handler: Handler, **options: Any) -> Pixxel:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Pixxel(api_key=API_KEY, base_url=BASE_URL, http_client=http, **options)


def async_client(handler: Handler, **options: Any) -> AsyncPixxel:
    async def respond(request: httpx.Request) -> httpx.Response:
        return handler(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(respond))
    return AsyncPixxel(api_key=API_KEY, base_url=BASE_URL, http_client=http, **options)
