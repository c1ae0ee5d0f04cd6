"""Waiters poll until a terminal state from the spec, and fail clearly otherwise."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import pixxel
from pixxel import models
from pixxel._runtime._waiting import WaitFailedError, WaitTimeoutError

from .helpers import async_client, json_response, sync_client


def statuses(*values: str, key: str = "status", extra: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    """A server answering with each status in turn (then repeating the last)."""
    remaining = list(values)
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        value = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        return json_response(200, {"id": "x", key: value, **(extra or {})})

    return handler, calls


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    slept: list[float] = []
    monkeypatch.setattr("pixxel._runtime._waiting.time.sleep", slept.append)
    yield slept


def test_waits_until_success_and_reports_each_poll(sleeps: list[float]) -> None:
    handler, calls = statuses("queued", "running", "completed")
    seen: list[str] = []
    job = sync_client(handler).jobs.wait(
        "wf1", "j1", poll_interval=2, on_update=lambda j: seen.append(j.status)
    )
    assert isinstance(job, models.Job) and job.status == "completed"
    assert seen == ["queued", "running", "completed"]
    assert len(calls) == 3 and all(c.url.path == "/v0/workflows/wf1/jobs/j1" for c in calls)
    assert sleeps == [2.0, 3.0]  # backs off between polls


def test_failure_state_raises_with_the_last_value() -> None:
    handler, _ = statuses("running", "failed")
    with pytest.raises(WaitFailedError) as caught:
        sync_client(handler).jobs.wait("wf1", "j1", poll_interval=0.01)
    assert caught.value.status == "failed"
    assert isinstance(caught.value.result, models.Job)
    assert isinstance(caught.value, pixxel.WaitError)


def test_timeout_raises_with_the_last_state() -> None:
    handler, calls = statuses("running")
    with pytest.raises(WaitTimeoutError) as caught:
        sync_client(handler).jobs.wait("wf1", "j1", timeout=0.2, poll_interval=0.05)
    assert caught.value.status == "running"
    assert "getJob" in str(caught.value) and "0.2" in str(caught.value)
    assert len(calls) >= 2
    assert isinstance(caught.value, TimeoutError)


def test_states_compare_without_regard_to_case(sleeps: list[float]) -> None:
    handler, _ = statuses(
        "IN_PROGRESS", "SUCCESS", extra={"download_id": "d1", "signed_url": "https://x"}
    )
    download = sync_client(handler).downloads.wait("a1", "d1", poll_interval=1)
    assert download.status == "SUCCESS"


def test_partial_final_states_of_order_items_end_the_wait(sleeps: list[float]) -> None:
    handler, _ = statuses("ACTIVE", "PARTIALLY_FULFILLED")
    item = sync_client(handler).order_items.wait("oi1", poll_interval=1)
    assert item.status == "PARTIALLY_FULFILLED"


def test_list_polling_picks_the_element_by_id(sleeps: list[float]) -> None:
    answers = [
        {"insights": [{"id": "i1", "status": "completed"}, {"id": "i2", "status": "running"}]},
        {"insights": [{"id": "i1", "status": "completed"}, {"id": "i2", "status": "completed"}]},
    ]
    calls: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url)
        return json_response(200, answers.pop(0))

    insight = sync_client(handler).insights.wait("a1", id="i2", poll_interval=1)
    assert isinstance(insight, models.Insight) and insight.id == "i2"
    assert all(url.params["id"] == "i2" for url in calls) and len(calls) == 2


def test_download_packages_are_waited_for(sleeps: list[float]) -> None:
    handler, calls = statuses("pending", "ready", key="status", extra={"signed_url": "https://x"})
    download = sync_client(handler).jobs.wait_for_download("wf1", "j1", poll_interval=1)
    assert download.status == "ready" and calls[0].method == "PUT"


def test_bad_arguments_are_refused() -> None:
    handler, calls = statuses("running")
    with pytest.raises(ValueError, match="positive"):
        sync_client(handler).jobs.wait("wf1", "j1", timeout=0)
    assert calls == []


async def test_async_waiter(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def fake_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr("asyncio.sleep", fake_sleep)
    handler, _ = statuses("running", "completed")
    job = await async_client(handler).jobs.wait("wf1", "j1", poll_interval=1)
    assert job.status == "completed" and slept == [1.0]


def test_timeout_bounds_a_poll_that_hangs() -> None:
    """One poll may take the client's whole timeout and retries: the wait ends on time anyway."""
    release = threading.Event()
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) > 1:
            release.wait(30)  # the second poll hangs
        return json_response(200, {"id": "x", "status": "running"})

    started = time.monotonic()
    try:
        with pytest.raises(WaitTimeoutError) as caught:
            sync_client(handler).jobs.wait("wf1", "j1", timeout=0.5, poll_interval=0.05)
    finally:
        release.set()
    assert time.monotonic() - started < 2
    assert caught.value.status == "running" and len(calls) == 2


async def test_async_timeout_bounds_a_poll_that_hangs() -> None:
    calls: list[httpx.Request] = []

    async def respond(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) > 1:
            await asyncio.sleep(30)
        return json_response(200, {"id": "x", "status": "running"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(respond))
    client = pixxel.AsyncPixxel(api_key="k", base_url="https://api.test", http_client=http)
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as caught:
        await client.jobs.wait("wf1", "j1", timeout=0.5, poll_interval=0.05)
    assert time.monotonic() - started < 2
    assert caught.value.status == "running" and len(calls) == 2


def test_an_error_of_a_poll_reaches_the_caller() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(404, {"error": {"code": "NOT_FOUND", "message": "no such job"}})

    with pytest.raises(pixxel.NotFoundError):
        sync_client(handler).jobs.wait("wf1", "j1", timeout=5, poll_interval=0.05)
