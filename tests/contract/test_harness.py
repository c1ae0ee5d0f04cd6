"""The contract harness itself: its arguments are valid, and it sees the failures it must see."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import pixxel
from pixxel import OPERATIONS, Pixxel

from ..support.contract import CoreRequest, openapi
from ..support.paths import BASE_URL
from .arguments import arguments, views
from .checks import record, request_violations, response_failure
from .report import Row

CALLS = 5


class Sent(Exception):
    """Stops a call once its request is built: the offline test needs no answer."""


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_built_arguments_make_requests_the_spec_accepts(operation_id: str) -> None:
    """Offline (part of `make test`): the client sends each built call as the spec describes."""
    info = OPERATIONS[operation_id]
    sent: list[httpx.Request] = []

    def capture(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise Sent

    http = httpx.Client(transport=httpx.MockTransport(capture))
    client = Pixxel(api_key="k", base_url=BASE_URL, http_client=http, max_retries=0)
    method = getattr(getattr(client, info.resource), info.method_name)
    for n in range(CALLS + 1):  # the last one with every optional argument
        call = arguments(operation_id, n, full=n == CALLS)
        with pytest.raises(Sent):
            result: Any = method(*call.args, **call.kwargs)
            if info.pagination:
                result.first_page()
        openapi().validate_request(CoreRequest(sent[-1], info.path))
    assert len(sent) == CALLS + 1


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_a_full_call_sets_every_optional_argument(operation_id: str) -> None:
    """``full=True`` gives every parameter and body field of the method (not the SDK's own),
    but one field of each x-pixxel-exclusive group (the client refuses two)."""
    view = views()[operation_id]
    call = arguments(operation_id, 0, full=True)
    expected = {p.python_name for p in view.keyword_params if p.location != "sdk"}
    by_wire = {p.name: p.python_name for p in view.body_params}
    for group in view.exclusive:
        assert sum(by_wire[name] in call.kwargs for name in group) == 1
        expected -= {by_wire[name] for name in group[1:]}
    assert set(call.kwargs) == expected
    assert len(call.args) == len(view.path_params)


@pytest.mark.contract
@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_prism_violations_are_read(prism: str) -> None:
    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    client = Pixxel(api_key="k", base_url=prism, http_client=http, max_retries=0)
    with pytest.raises(pixxel.APIStatusError):  # Prism answers the invalid call with an error
        client.aois.create(
            name="n",
            description="d",
            provider="pixxel",
            project_id="p",
            geometry={"type": "Polygon", "coordinates": [[[1, 2], [1.5, 2], [1.5, 3], [1, 2]]]},
            item_ids=["i"],
            satellite_id="s",
            extra_body={"provider": 5},  # valid for the client, a violation for the spec
        )
    violations = request_violations(seen[-1])
    assert any("provider" in v for v in violations), violations
    client.aois.get("a1")
    assert request_violations(seen[-1]) == []


@pytest.mark.contract
@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_seeds_repeat_and_vary_and_off_spec_responses_fail(prism: str) -> None:
    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    client = Pixxel(api_key="k", base_url=prism, http_client=http, max_retries=0)
    for seed in ("s1", "s1", "s2"):
        client.aois.get("a1", extra_headers={"Prefer": f"seed={seed}"})
    first, again, other = (r.content for r in seen)
    assert first == again and first != other
    good = seen[0]
    assert response_failure(OPERATIONS["getAoi"], good) is None
    body = {**json.loads(good.content), "progress": "lots"}
    bad = httpx.Response(200, json=body, request=good.request)
    failure = response_failure(OPERATIONS["getAoi"], bad)
    assert failure is not None and "progress" in failure


@pytest.mark.contract
@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_call_prism_refuses_is_a_failure_row(prism: str) -> None:
    """The PNG call with the Accept header the client used to send: Prism answers 406."""
    seen: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [seen.append]})
    client = Pixxel(api_key="k", base_url=prism, http_client=http, max_retries=0)
    row = Row("generateVisualizationPng")
    error: Exception | None = None
    try:
        client.visualizations.generate_png("a1", "v1", extra_headers={"Accept": "application/json"})
    except Exception as exc:  # judged by record()
        error = exc
    record(row, OPERATIONS["generateVisualizationPng"], seen[-1], error)
    assert seen[-1].status_code == 406
    assert (row.calls, row.response_failures, row.ok) == (1, 1, False)
    assert any("406" in reason for reason in row.reasons), row.reasons
    record(row, OPERATIONS["generateVisualizationPng"], None, RuntimeError("refused"))
    assert row.response_failures == 2
