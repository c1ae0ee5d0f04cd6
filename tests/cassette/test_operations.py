"""Every operation, replayed from its cassette through the generated client.

Each built cassette's response is the documented payload (or, for the few undocumented
operations, a minimal synthetic one that says so). Every exchange is also validated against the
spec with openapi-core, request and response: a spec that disagrees with a documented payload fails
here. A cassette recorded by `make record` replays the call it recorded and is judged by the spec
alone (its data is the account's, not the documentation's).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import httpx
import pytest

from pixxel import OPERATIONS, AsyncPixxel, Pixxel
from pixxel._runtime._models import BaseModel, BaseRootModel

from ..support.contract import validate_exchange
from ..support.paths import BASE_URL, CASSETTES
from ..support.payloads import Exchange, all_exchanges
from ..support.record import recorded_exchange

EXCHANGES = [recorded_exchange(CASSETTES / f"{e.operation_id}.yaml") or e for e in all_exchanges()]
ISO_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}[^/]*")


@pytest.fixture
def default_cassette_name(exchange: Exchange) -> str:
    return exchange.operation_id


@pytest.fixture(params=EXCHANGES, ids=[e.operation_id for e in EXCHANGES])
def exchange(request: pytest.FixtureRequest) -> Exchange:
    return request.param  # type: ignore[no-any-return]


def _normalize(value: Any) -> Any:
    """Request JSON with timestamps compared by instant, not by spelling."""
    if isinstance(value, dict):
        return {k: _normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalize(v) for v in value]
    if value == "":
        return None  # the client reads an empty timestamp as None
    if isinstance(value, str):
        if ISO_TIMESTAMP.fullmatch(value):
            return datetime.fromisoformat(value)
        try:
            return float(value)  # STAC bbox values arrive as numeric strings, parse to numbers
        except ValueError:
            return value
    return value


def _check(exchange: Exchange, seen: list[httpx.Response], result: Any) -> None:
    assert len(seen) == 1, "exactly one HTTP exchange per call"
    response = seen[0]
    assert response.status_code == exchange.status
    info = OPERATIONS[exchange.operation_id]
    validate_exchange(response, info.path)
    if exchange.body is not None:
        assert _normalize(json.loads(response.request.content)) == _normalize(exchange.body)
    if exchange.response_body is None:
        assert result is None
    elif "json" in exchange.content_type:
        assert isinstance(result, BaseModel | BaseRootModel)
        # Nothing lost (a recorded body too: the round trip holds for any body), nothing rewritten: the model gives back the body exactly as received.
        assert result.to_dict() == exchange.response_body
    else:
        assert result == (
            exchange.response_bytes()
            if isinstance(result, bytes)
            else exchange.response_bytes().decode()
        )


def _replay(exchange: Exchange, api_key: str) -> tuple[list[httpx.Response], Any]:
    """Call the operation of ``exchange`` through the sync client; (responses seen, result)."""
    seen: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    http = httpx.Client(event_hooks={"response": [keep]})
    with Pixxel(
        api_key=api_key,
        base_url=BASE_URL,
        max_retries=0,
        http_client=http,
        strict_response_validation=True,
    ) as client:
        info = OPERATIONS[exchange.operation_id]
        method = getattr(getattr(client, info.resource), info.method_name)
        args, kwargs = exchange.call_arguments(method)
        result = method(*args, **kwargs)
        if info.pagination:  # a paginator: the cassette holds its first page
            result = result.first_page()
    http.close()
    return seen, result


@pytest.mark.vcr
def test_operation_replays_and_matches_spec(exchange: Exchange, api_key: str) -> None:
    seen, result = _replay(exchange, api_key)
    _check(exchange, seen, result)


@pytest.mark.vcr
async def test_operation_replays_async(exchange: Exchange, api_key: str) -> None:
    seen: list[httpx.Response] = []

    async def keep(response: httpx.Response) -> None:
        await response.aread()
        seen.append(response)

    async with (
        httpx.AsyncClient(event_hooks={"response": [keep]}) as http,
        AsyncPixxel(
            api_key=api_key,
            base_url=BASE_URL,
            max_retries=0,
            http_client=http,
            strict_response_validation=True,
        ) as client,
    ):
        info = OPERATIONS[exchange.operation_id]
        method = getattr(getattr(client, info.resource), info.method_name)
        args, kwargs = exchange.call_arguments(method)
        if info.pagination:
            result = await method(*args, **kwargs).first_page()
        else:
            result = await method(*args, **kwargs)
    _check(exchange, seen, result)
