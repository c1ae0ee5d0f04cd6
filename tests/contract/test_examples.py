"""Every request example of the spec goes through the client unchanged, and the spec accepts it.

Offline (``make test``): the client sends each example (captured before any answer), the body
is the example exactly and openapi-core accepts the request against the bundled spec, whose own
schemas therefore accept the example. With Prism (``make contract``): Prism reports no violation
for any of them.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from pixxel import OPERATIONS, Pixxel

from ..support.contract import CoreRequest, openapi
from ..support.paths import BASE_URL
from .checks import request_violations
from .examples import RequestExample, request_examples

EXAMPLES = request_examples()


class Sent(Exception):
    """Stops a call once its request is built."""


def _send(client: Pixxel, example: RequestExample) -> None:
    info = OPERATIONS[example.operation_id]
    method = getattr(getattr(client, info.resource), info.method_name)
    result: Any = method(*example.call.args, **example.call.kwargs)
    if info.pagination:
        result.first_page()


def _check_unchanged(example: RequestExample, request: httpx.Request) -> None:
    if example.body is not None:
        assert json.loads(request.content) == example.body
    query = parse_qs(request.url.query.decode(), keep_blank_values=True)
    for name, value in example.query.items():
        assert query[name] == [str(value)], example.id


def test_the_spec_has_request_examples_of_bodies_and_parameters() -> None:
    names = {e.id for e in EXAMPLES}
    assert {"createOrder/body:documented", "searchArchive/body:documented"} <= names
    assert {"searchCatalogs/body:documented", "listAois/project_id:0"} <= names


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_each_request_example_is_sent_unchanged_and_valid(example: RequestExample) -> None:
    sent: list[httpx.Request] = []

    def capture(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise Sent

    http = httpx.Client(transport=httpx.MockTransport(capture))
    client = Pixxel(api_key="fake-key", base_url=BASE_URL, http_client=http, max_retries=0)
    with client, pytest.raises(Sent):
        _send(client, example)
    (request,) = sent
    _check_unchanged(example, request)
    openapi().validate_request(CoreRequest(request, OPERATIONS[example.operation_id].path))


@pytest.mark.contract
@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_prism_accepts_every_request_example(prism: str) -> None:
    failures = []
    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    with Pixxel(api_key="fake-key", base_url=prism, http_client=http, max_retries=0) as client:
        for example in EXAMPLES:
            seen.clear()
            try:
                _send(client, example)
            except Exception as error:  # the answer is Prism's random data; the request matters
                if not seen:
                    failures.append(f"{example.id}: nothing sent: {error}")
                    continue
            _check_unchanged(example, seen[-1].request)
            failures += [f"{example.id}: {v}" for v in request_violations(seen[-1])]
    assert failures == []
