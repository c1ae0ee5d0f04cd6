"""Which failures are retried, how often, and how long the client waits."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator

import httpx
import pytest

import pixxel
from pixxel._runtime._retry import RetryPolicy, parse_retry_after

from .helpers import async_client, json_response, sync_client

STORES: dict[str, list[object]] = {"stores": []}


class Script:
    """Answers requests from a list of responses (or exceptions), recording each request."""

    def __init__(self, *steps: object) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        assert isinstance(step, httpx.Response)
        return step


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    slept: list[float] = []
    monkeypatch.setattr("pixxel._runtime._base_client.time.sleep", slept.append)

    async def fake_async_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr("asyncio.sleep", fake_async_sleep)
    yield slept


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_get_is_retried_on_transient_statuses(status: int, no_sleep: list[float]) -> None:
    script = Script(
        json_response(status, {}), json_response(status, {}), json_response(200, STORES)
    )
    events: list[pixxel.RetryEvent] = []
    client = sync_client(script, max_retries=2, on_retry=events.append)
    assert client.stores.list().stores == []
    assert len(script.requests) == 3
    assert [e.attempt for e in events] == [1, 2]
    assert all(e.operation_id == "listStores" and e.response is not None for e in events)
    assert len(no_sleep) == 2


def test_retries_stop_at_max_retries() -> None:
    script = Script(*[json_response(503, {}) for _ in range(3)])
    with pytest.raises(pixxel.InternalServerError):
        sync_client(script, max_retries=2).stores.list()
    assert len(script.requests) == 3


def test_other_errors_are_not_retried() -> None:
    for status in (400, 403, 404, 500):
        script = Script(json_response(status, {}))
        with pytest.raises(pixxel.APIStatusError):
            sync_client(script, max_retries=3).stores.list()
        assert len(script.requests) == 1


def test_unsafe_post_is_not_retried_after_reaching_the_server() -> None:
    script = Script(json_response(503, {}), json_response(200, {"id": "j"}))
    with pytest.raises(pixxel.InternalServerError):
        sync_client(script, max_retries=3).jobs.create("wf1", project_id="p1")
    assert len(script.requests) == 1

    timeout = Script(httpx.ReadTimeout("slow"), json_response(200, {"id": "j"}))
    with pytest.raises(pixxel.APITimeoutError):
        sync_client(timeout, max_retries=3).jobs.create("wf1", project_id="p1")
    assert len(timeout.requests) == 1


def test_post_that_never_reached_the_server_is_retried() -> None:
    script = Script(httpx.ConnectError("refused"), json_response(200, {"id": "j"}))
    job = sync_client(script, max_retries=2).jobs.create("wf1", project_id="p1")
    assert job.id == "j" and len(script.requests) == 2


def test_post_marked_retry_safe_in_the_spec_is_retried() -> None:
    assert pixxel.OPERATIONS["searchArchive"].retry_safe
    script = Script(json_response(503, {}), json_response(200, {"features": []}))
    result = (
        sync_client(script, max_retries=2)
        .archives.search(collections=["pixxel-td-l2a"])
        .first_page()
    )
    assert result.features == [] and len(script.requests) == 2


def test_retry_after_is_honoured_and_capped(no_sleep: list[float]) -> None:
    script = Script(
        json_response(429, {}, {"retry-after": "3"}),
        json_response(429, {}, {"retry-after": "3600"}),
        json_response(200, STORES),
    )
    sync_client(script, max_retries=2).stores.list()
    assert no_sleep == [3.0, 60.0]


def test_retry_after_as_http_date() -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= (parse_retry_after(later) or 0) <= 30
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None


def test_backoff_grows_with_jitter() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (6, 8.0)]:
        delays = {policy.delay(attempt) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jitter


def test_per_call_options_override_retries() -> None:
    script = Script(json_response(503, {}), json_response(200, STORES))
    client = sync_client(script, max_retries=0)
    assert client.with_options(max_retries=1).stores.list().stores == []
    assert len(script.requests) == 2


async def test_async_client_retries_too(no_sleep: list[float]) -> None:
    script = Script(
        httpx.ConnectError("refused"), json_response(502, {}), json_response(200, STORES)
    )
    client = async_client(script, max_retries=2)
    assert (await client.stores.list()).stores == []
    assert len(script.requests) == 3 and len(no_sleep) == 2
