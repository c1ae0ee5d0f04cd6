"""Poll a resource that changes state until it reaches a terminal state.

Which property holds the state, and which values end the wait, are declared in the spec
(``x-pixxel-waiter``) and copied into the operation table.
"""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from ._logging import logger
from ._naming import operation_label

__all__ = ["WaitError", "WaitFailedError", "WaitTimeoutError", "wait_async", "wait_sync"]

T = TypeVar("T")

DEFAULT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 5.0
MAX_POLL_INTERVAL = 60.0
BACKOFF = 1.5


class WaitError(Exception):
    """Base of the errors a ``wait`` method raises."""


class WaitFailedError(WaitError):
    """The resource reached a failure state; ``result`` is its last fetched value."""

    def __init__(self, operation_id: str, status: str, result: Any) -> None:
        super().__init__(f"{operation_label(operation_id)}: reached failure state {status!r}")
        self.status = status
        self.result = result


class WaitTimeoutError(WaitError, TimeoutError):
    """No terminal state within ``timeout`` seconds; ``result`` is the last fetched value."""

    def __init__(self, operation_id: str, timeout: float, status: str | None, result: Any) -> None:
        super().__init__(f"{operation_label(operation_id)}: still {status!r} after {timeout:g} s")
        self.status = status
        self.result = result


class _Rules:
    """Reads the waiter declaration of one operation and judges each polled value."""

    def __init__(self, operation_id: str, waiter: Mapping[str, Any], select: Any) -> None:
        self.operation_id = operation_id
        self.status_path = str(waiter["status"]).split(".")
        self.success = {str(v).lower() for v in waiter.get("success", [])}
        self.failure = {str(v).lower() for v in waiter.get("failure", [])}
        self.select = waiter.get("select")
        self.select_value = select

    def pick(self, fetched: Any) -> Any:
        """The polled object; for list polling, the element matching the selected key."""
        if not self.select:
            return fetched
        items = getattr(fetched, self.select["items"], None) or []
        key = self.select["key"]
        return next(
            (item for item in items if str(getattr(item, key, None)) == str(self.select_value)),
            None,
        )

    def status(self, obj: Any) -> str | None:
        value: Any = obj
        for part in self.status_path:
            if value is None:
                return None
            value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
        if value is None:
            return None
        return str(getattr(value, "value", value))

    def verdict(self, status: str | None) -> bool | None:
        """True on success, False on failure, None while still in progress."""
        if status is None:
            return None
        lowered = status.lower()
        if lowered in self.success:
            return True
        if lowered in self.failure:
            return False
        return None


class _Poll:
    """One wait: judges each fetched value and says how long to sleep before the next fetch."""

    def __init__(
        self,
        rules: _Rules,
        timeout: float,
        poll_interval: float,
        on_update: Callable[[Any], None] | None,
        clock: Callable[[], float] | None,
    ) -> None:
        if timeout <= 0 or poll_interval <= 0:
            raise ValueError("timeout and poll_interval must be positive numbers of seconds")
        self.rules = rules
        self.timeout = timeout
        self.interval = poll_interval
        self.on_update = on_update
        self.clock = clock or time.monotonic
        self.deadline = self.clock() + timeout
        self.last: Any = None
        self.status: str | None = None

    def finished(self, fetched: Any) -> bool:
        """Record a fetched value: True on success, raise on failure, False to keep polling."""
        rules = self.rules
        self.last = rules.pick(fetched)
        self.status = rules.status(self.last)
        logger.debug("%s: status %r", rules.operation_id, self.status)
        if self.on_update is not None and self.last is not None:
            self.on_update(self.last)
        verdict = rules.verdict(self.status)
        if verdict is False:
            raise WaitFailedError(rules.operation_id, str(self.status), self.last)
        return verdict is True

    def remaining(self) -> float:
        """Seconds left for the next fetch; raises when the time is up."""
        left = self.deadline - self.clock()
        if left <= 0:
            raise self.timed_out()
        return left

    def timed_out(self) -> WaitTimeoutError:
        return WaitTimeoutError(self.rules.operation_id, self.timeout, self.status, self.last)

    def delay(self) -> float:
        """Seconds to sleep before the next fetch; raises when the time is up."""
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            raise WaitTimeoutError(self.rules.operation_id, self.timeout, self.status, self.last)
        delay = min(self.interval, remaining)
        self.interval = min(self.interval * BACKOFF, MAX_POLL_INTERVAL)
        return delay


def wait_sync(
    operation_id: str,
    waiter: Mapping[str, Any],
    fetch: Callable[[], T],
    *,
    select: Any = None,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_update: Callable[[Any], None] | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> Any:
    """Fetch until a success state (returned) or a failure state or timeout (raised)."""
    poll = _Poll(_Rules(operation_id, waiter, select), timeout, poll_interval, on_update, clock)
    pause = sleep or time.sleep
    while not poll.finished(_fetch_within(fetch, poll)):
        pause(poll.delay())
    return poll.last


def _fetch_within(fetch: Callable[[], T], poll: _Poll) -> T:
    """``fetch()``, given up on when the wait's time runs out (a hung poll must not outlast it).

    A blocking call cannot be interrupted, so it runs in a daemon thread; when the time is up
    the wait ends with :class:`WaitTimeoutError` and that thread's late answer is dropped.
    """
    seconds = poll.remaining()
    done = threading.Event()
    outcome: list[Any] = []

    def work() -> None:
        try:
            outcome.append((True, fetch()))
        except BaseException as error:  # handed to the waiting thread, re-raised there
            outcome.append((False, error))
        finally:
            done.set()

    context = contextvars.copy_context()
    threading.Thread(target=context.run, args=(work,), name="pixxel-wait-poll", daemon=True).start()
    if not done.wait(seconds):
        raise poll.timed_out()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


async def wait_async(
    operation_id: str,
    waiter: Mapping[str, Any],
    fetch: Callable[[], Awaitable[T]],
    *,
    select: Any = None,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_update: Callable[[Any], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> Any:
    """Asyncio twin of :func:`wait_sync`."""
    import asyncio  # here, not at the top: `import pixxel` stays free of asyncio

    poll = _Poll(_Rules(operation_id, waiter, select), timeout, poll_interval, on_update, clock)
    while True:
        try:
            fetched = await asyncio.wait_for(fetch(), poll.remaining())
        except TimeoutError:
            raise poll.timed_out() from None
        if poll.finished(fetched):
            return poll.last
        await asyncio.sleep(poll.delay())
