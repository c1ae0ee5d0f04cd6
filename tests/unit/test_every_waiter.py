"""Every waiter declared in the spec: its success, failure and timeout paths."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

import pixxel
from pixxel import OPERATIONS

from .helpers import json_response, sync_client

WAITERS: list[Any] = [info for info in OPERATIONS.values() if info.waiter]


def _body(info: Any, status: str) -> dict[str, Any]:
    waiter = info.waiter
    obj = {waiter["status"]: status, "id": "x1"}
    select = waiter.get("select")
    if select:
        obj[select["key"]] = "x1"
        return {
            select["items"]: [{**obj, select["key"]: "other", waiter["status"]: "running"}, obj]
        }
    return obj


def _call(info: Any, handler: Any, **options: Any) -> Any:
    client = sync_client(handler)
    resource = getattr(client, info.resource)
    method = getattr(resource, info.waiter.get("method", "wait"))
    args = ["p"] * len(re.findall(r"{[^}]+}", info.path))
    select = info.waiter.get("select")
    kwargs = {select["param"]: "x1"} if select else {}
    return method(*args, **kwargs, poll_interval=0.01, **options)


def test_there_are_waiters_for_every_long_running_resource() -> None:
    resources = {(info.resource, info.waiter.get("method", "wait")) for info in WAITERS}
    assert {
        ("jobs", "wait"),
        ("jobs", "wait_for_download"),
        ("tasks", "wait_for_download"),
        ("insights", "wait"),
        ("insights", "wait_for_download"),
        ("order_items", "wait"),
        ("catalog", "wait_for_delivery"),
        ("catalog", "wait_for_download"),
        ("downloads", "wait"),
        ("aois", "wait"),
        ("visualizations", "wait"),
    } <= resources


@pytest.mark.parametrize(
    "info", WAITERS, ids=[f"{i.resource}.{i.waiter.get('method', 'wait')}" for i in WAITERS]
)
def test_success_failure_and_timeout(info: Any) -> None:
    success, failure = info.waiter["success"][0], info.waiter["failure"][0]
    answers = iter(["running", success])

    def succeed(request: httpx.Request) -> httpx.Response:
        return json_response(200, _body(info, next(answers, success)))

    result = _call(info, succeed, timeout=10)  # a waiter that picks the wrong item fails, not hangs
    assert getattr(result, info.waiter["status"]) == success

    def fail(request: httpx.Request) -> httpx.Response:
        return json_response(200, _body(info, failure))

    with pytest.raises(pixxel.WaitFailedError) as caught:
        _call(info, fail)
    assert caught.value.status == failure

    def stall(request: httpx.Request) -> httpx.Response:
        return json_response(200, _body(info, "still-going"))

    with pytest.raises(pixxel.WaitTimeoutError):
        _call(info, stall, timeout=0.05)
